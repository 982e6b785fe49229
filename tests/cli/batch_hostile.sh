# Hostile inputs to precis batch: many tiny members, member names that are
# not UTF-8 or hold control characters, and JSON Lines built to break a
# parser.  Each is survived, reported, and leaves the good documents in.
. "$(dirname "$0")/batch_common.sh"

# check_rss KB WHAT: the peak RSS in ./rss (from time -f %M) is under KB.
# Not in a sanitizer build, whose shadow memory and quarantine are no
# measure of the program's own.
check_rss() {
	if [ "${PRECIS_SANITIZED:-0}" = 1 ]; then
		echo "$2: peak memory not checked in a sanitizer build"
		return
	fi
	test "$(tail -n 1 rss)" -lt "$1" ||
		fail "$2: peak RSS $(tail -n 1 rss) KB, over $1 KB"
}

# 100,000 tiny members: all summarized, one record each, in the archive's
# order.  MANY_MEMBERS is the test tool that writes such an archive.
: "${MANY_MEMBERS:?set MANY_MEMBERS to the many_members tool}"
"$MANY_MEMBERS" many.tar 100000
"$PRECIS" batch -q many.tar -o many.out || fail "100,000 members: exit $?"
test "$(wc -l <many.out)" -eq 100000 || fail "100,000 members: $(wc -l <many.out) records"
seq -f 'many/%06g.txt' 1 100000 >members
jq -r .id many.out >got
cmp -s members got || fail "100,000 members: ids are not the members in order"
test "$(sed -n 99999p many.out | jq -r '.summary[0]')" = \
	"Member 99999 speaks." || fail "100,000 members: a member's summary"

# A reader that goes away: the batch ends quietly (SIGPIPE), no message.
set +e
"$PRECIS" batch many.tar 2>pipe.err | head -c 1 >/dev/null
set -e
test ! -s pipe.err || fail "closed pipe: $(cat pipe.err)"

# Members that are not regular files: a hard link, a symbolic link, device
# nodes and a FIFO each get an error record; the regular ones around them
# are summarized.
"$MANY_MEMBERS" special.tar special
set +e
"$PRECIS" batch -q special.tar -o special.out 2>special.err
rc=$?
set -e
test $rc -eq 1 || fail "special members: exit $rc, want 1"
test "$(jq -r 'select(.summary) | .id' special.out | tr '\n' ' ')" = \
	"special/regular.txt special/after.txt " ||
	fail "special members: summarized $(jq -r 'select(.summary) | .id' special.out)"
test "$(jq -r 'select(.error) | "\(.id): \(.error)"' special.out)" = "special/hard.txt: hard link: not read
special/link.txt: symbolic link: not read
special/null: not a regular file
special/disk: not a regular file
special/fifo: not a regular file" || fail "special members: $(jq -c 'select(.error)' special.out)"
test "$(wc -l <special.err)" -eq 5 || fail "special members: $(cat special.err)"

# Member names that are not valid UTF-8 or hold control characters: the
# ids are valid JSON strings, and stderr holds no raw control character.
mkdir names
article 1 >"$(printf 'names/bad\377name.txt')"
article 2 >"$(printf 'names/esc\033[2Jname.txt')"
tar cf names.tar names
"$PRECIS" batch -q names.tar -o names.out 2>names.err || fail "odd names: exit $?"
jq -e -s 'length == 2 and all(.[]; .summary | length > 0)' names.out >/dev/null ||
	fail "odd names: records $(cat names.out)"
grep -q "$(printf '\033')" names.out names.err && fail "odd names: a raw ESC was printed"

# JSON Lines built to break a parser: each bad line is an error record, the
# good ones around it are summarized.  A lone surrogate escape is allowed by
# JSON's grammar though it is no character: replaced, the record is kept.
{
	printf '{"id":"good1","text":"The first record is fine. It has two sentences."}\n'
	printf '%*s\n' 100000 '' | tr ' ' '['
	printf '{"id":"esc","text":"bad \\q escape"}\n'
	printf '{"id":"surrogate","text":"A lone \\udc00 surrogate. Then \\ud800 another."}\n'
	printf '{"id":"nul","text":"A \\u0000 is refused."}\n'
	printf '{"id":"good2","text":"The last record is fine too. Really."}\n'
} >nasty.jsonl
# A 100 MB line: refused at the limit without reading it into memory whole.
{
	printf '{"id":"huge","text":"'
	head -c 100000000 /dev/zero | tr '\0' 'a'
	printf '"}\n'
} >huge.jsonl
cat nasty.jsonl huge.jsonl >all.jsonl
printf '{"id":"after","text":"After the huge line. Still read."}\n' >>all.jsonl
set +e
/usr/bin/time -f %M -o rss "$PRECIS" batch -q all.jsonl -o all.out 2>all.err
rc=$?
set -e
test $rc -eq 1 || fail "nasty JSON Lines: exit $rc, want 1"
test "$(jq -r 'select(.summary) | .id' all.out | tr '\n' ' ')" = "good1 surrogate good2 after " ||
	fail "nasty JSON Lines: summarized $(jq -r 'select(.summary) | .id' all.out | tr '\n' ' ')"
test "$(jq -r 'select(.summary) | select(.id == "surrogate") | .summary[]' all.out)" = \
	"$(printf 'A lone \357\277\275 surrogate.\nThen ? another.')" ||
	fail "lone surrogates: $(grep surrogate all.out)"
test "$(jq -r 'select(.error) | .id' all.out | wc -l)" -eq 4 ||
	fail "nasty JSON Lines: error records $(jq -c 'select(.error)' all.out)"
# Bounded by the limit (64 MiB) and the queue, not by the 100 MB line.
check_rss 200000 "nasty JSON Lines"

# A corpus of ever new words (names, codes, typos at scale): each context's
# word cache is bounded, so memory stays flat however many words go by.
awk 'BEGIN { srand(7); for (d = 0; d < 10000; d++) {
	printf "{\"id\":\"d%d\",\"text\":\"", d
	for (s = 0; s < 10; s++) {
		for (w = 0; w < 15; w++) printf "w%dx%d ", d, int(rand() * 100000)
		printf "end. "
	}
	print "\"}" } }' >distinct.jsonl
/usr/bin/time -f %M -o rss "$PRECIS" batch -q -j 2 distinct.jsonl -o distinct.out ||
	fail "distinct words: exit $?"
test "$(wc -l <distinct.out)" -eq 10000 || fail "distinct words: $(wc -l <distinct.out) records"
check_rss 65536 "distinct words"

echo "batch_hostile: ok"
