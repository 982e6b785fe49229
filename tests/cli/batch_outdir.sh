# precis batch --output-dir writes one text summary per document under DIR,
# mirroring the member paths, and never writes outside DIR.
. "$(dirname "$0")/batch_common.sh"

mkdir -p src/sub
article 1 >src/sub/a.txt
article 2 >src/b.txt
(cd src && tar -czf ../good.tar.gz sub/a.txt b.txt)

"$PRECIS" batch -q --output-dir out good.tar.gz >records
test ! -s records || fail "records without errors"
test -f out/sub/a.txt && test -f out/b.txt || fail "mirrored paths"
"$PRECIS" -n 3 src/sub/a.txt >want
cmp want out/sub/a.txt || fail "text summary differs from precis FILE"
# A second run replaces the files.
"$PRECIS" batch -q --output-dir out good.tar.gz >records
cmp want out/sub/a.txt || fail "second run"

# Hostile member paths: absolute, "..", and a symbolic link member.
mkdir outside
article 3 >x
tar -cf evil.tar -P --transform='s,^x$,/tmp/precis-evil-x,' x 2>/dev/null
tar -rf evil.tar -P --transform='s,^x$,../../x,' x 2>/dev/null
tar -rf evil.tar -P --transform='s,^x$,a/../../x,' x 2>/dev/null
tar -rf evil.tar -P --transform='s,^x$,./../outside/x,' x 2>/dev/null
ln -s "$T/outside" lnk
tar -rf evil.tar lnk
tar -rf evil.tar -P --transform='s,^x$,fine/x,' x 2>/dev/null
rm -f /tmp/precis-evil-x
set +e
"$PRECIS" batch -q --output-dir d evil.tar >evil.out 2>evil.err
rc=$?
set -e
test $rc -eq 1 || fail "hostile paths: exit status $rc"
test ! -e /tmp/precis-evil-x || fail "absolute path written"
test ! -e "$T/x.txt" && test ! -e outside/x || fail "'..' path written"
ids evil.out >got
printf '%s\n' /tmp/precis-evil-x ../../x a/../../x ./../outside/x lnk >want
cmp want got || fail "hostile paths: error records"
test "$(grep -c '"error"' evil.out)" -eq 5 || fail "hostile: errors"
test -f d/fine/x || fail "safe member next to hostile ones"
test "$(wc -l <evil.err)" -eq 5 || fail "hostile: messages"

# Symbolic links planted inside DIR are not followed: neither a link in
# place of a directory nor one in place of the file.
mkdir -p planted
ln -s "$T/outside" planted/sub
ln -s "$T/outside/b.txt" planted/b.txt
set +e
"$PRECIS" batch -q --output-dir planted good.tar.gz >pl.out 2>pl.err
rc=$?
set -e
test ! -e outside/a.txt && test ! -e outside/b.txt ||
	fail "wrote through a planted link"
test $rc -eq 1 || fail "planted directory link: exit status $rc"
grep -q '^{"id":"sub/a.txt","error":' pl.out || fail "planted dir link"
test -f planted/b.txt && test ! -L planted/b.txt ||
	fail "planted file link not replaced by a file"

# A hard link planted in DIR is replaced, not written through.
mkdir hard
article 9 >outside/keep
ln outside/keep hard/b.txt
cp outside/keep keep.orig
"$PRECIS" batch -q --output-dir hard good.tar.gz >/dev/null
cmp keep.orig outside/keep || fail "wrote through a hard link"

# JSON Lines ids as paths, checked the same way.
printf '{"id":"../up","text":"A text. Another one."}\n{"id":"ok/r","text":"A text. Another one."}\n' >r.jsonl
set +e
"$PRECIS" batch -q --output-dir jd r.jsonl >r.out 2>/dev/null
rc=$?
set -e
test $rc -eq 1 || fail "record id path: exit status"
test -f jd/ok/r && test ! -e up || fail "record id paths"
echo ok
