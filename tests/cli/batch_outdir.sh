# SPDX-License-Identifier: BSD-2-Clause
# precis batch --output-dir writes one text summary per document under DIR,
# mirroring the member paths, and never writes outside DIR.
. "$(dirname "$0")/lib.sh"

mkdir -p src/sub
article 1 >src/sub/a.txt
article 2 >src/b.txt
(cd src && tar -czf ../good.tar.gz sub/a.txt b.txt)

"$PRECIS" batch -q --output-dir out good.tar.gz >records
expect_empty records "records without errors"
check "mirrored paths" test -f out/sub/a.txt -a -f out/b.txt
"$PRECIS" -n 3 src/sub/a.txt >want
expect_same want out/sub/a.txt "text summary differs from precis FILE"
# A second run replaces the files.
"$PRECIS" batch -q --output-dir out good.tar.gz >records
expect_same want out/sub/a.txt "second run"

# Hostile member paths: absolute, "..", and a symbolic link member.
mkdir outside
article 3 >x
tar -cf evil.tar -P --transform='s,^x$,/tmp/precis-evil-x,' x 2>/dev/null
tar -rf evil.tar -P --transform='s,^x$,../../x,' x 2>/dev/null
tar -rf evil.tar -P --transform='s,^x$,a/../../x,' x 2>/dev/null
tar -rf evil.tar -P --transform='s,^x$,./../outside/x,' x 2>/dev/null
ln -s "$SCRATCH/outside" lnk
tar -rf evil.tar lnk
tar -rf evil.tar -P --transform='s,^x$,fine/x,' x 2>/dev/null
rm -f /tmp/precis-evil-x
expect_rc 1 "$PRECIS" batch -q --output-dir d evil.tar >evil.out 2>evil.err
check "absolute path written" test ! -e /tmp/precis-evil-x
check "'..' path written" test ! -e "$SCRATCH/x.txt" -a ! -e outside/x
ids evil.out >got
printf '%s\n' /tmp/precis-evil-x ../../x a/../../x ./../outside/x lnk >want
expect_same want got "hostile paths: error records"
check "hostile: errors" test "$(grep -c '"error"' evil.out)" -eq 5
check "safe member next to hostile ones" test -f d/fine/x
expect_lines 5 evil.err "hostile: messages"

# Symbolic links planted inside DIR are not followed: neither a link in
# place of a directory nor one in place of the file.
mkdir -p planted
ln -s "$SCRATCH/outside" planted/sub
ln -s "$SCRATCH/outside/b.txt" planted/b.txt
expect_rc 1 "$PRECIS" batch -q --output-dir planted good.tar.gz >pl.out \
	2>pl.err
check "wrote through a planted link" \
	test ! -e outside/a.txt -a ! -e outside/b.txt
check "planted dir link" grep -q '^{"id":"sub/a.txt","error":' pl.out
check "planted file link not replaced by a file" \
	test -f planted/b.txt -a ! -L planted/b.txt

# A hard link planted in DIR is replaced, not written through.
mkdir hard
article 9 >outside/keep
ln outside/keep hard/b.txt
cp outside/keep keep.orig
"$PRECIS" batch -q --output-dir hard good.tar.gz >/dev/null
expect_same keep.orig outside/keep "wrote through a hard link"

# JSON Lines ids as paths, checked the same way.
printf '{"id":"../up","text":"A text. Another one."}\n{"id":"ok/r","text":"A text. Another one."}\n' >r.jsonl
expect_rc 1 "$PRECIS" batch -q --output-dir jd r.jsonl >r.out 2>r.err
check "record id paths" test -f jd/ok/r -a ! -e up -a ! -e jd/../up
check "record id path: error record" grep -q '^{"id":"../up","error":' r.out
expect_lines 1 r.err "record id path: one message"

finish
