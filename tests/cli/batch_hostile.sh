# SPDX-License-Identifier: BSD-2-Clause
# Hostile inputs to precis batch: many tiny members, member names that are
# not UTF-8 or hold control characters, and JSON Lines built to break a
# parser.  Each is survived, reported, and leaves the good documents in.
. "$(dirname "$0")/lib.sh"

# check_rss KB WHAT: the peak RSS in ./rss (from time -f %M) is under KB.
# Not in a sanitizer build, whose shadow memory and quarantine are no
# measure of the program's own.
check_rss() {
	if [ "${PRECIS_SANITIZED:-0}" = 1 ]; then
		echo "$2: peak memory not checked in a sanitizer build"
		return
	fi
	check "$2: peak RSS $(tail -n 1 rss) KB, over $1 KB" \
		test "$(tail -n 1 rss)" -lt "$1"
}

# 100,000 tiny members: all summarized, one record each, in the archive's
# order.  MANY_MEMBERS is the test tool that writes such an archive.
: "${MANY_MEMBERS:?set MANY_MEMBERS to the many_members tool}"
"$MANY_MEMBERS" many.tar 100000
expect_rc 0 "$PRECIS" batch -q many.tar -o many.out
expect_lines 100000 many.out "100,000 members: one record each"
seq -f 'many/%06g.txt' 1 100000 >members
jq -r .id many.out >got
expect_same members got "100,000 members: ids are the members in order"
sed -n 99999p many.out | jq -r '.summary[0]' >got
expect_text "Member 99999 speaks." got "100,000 members: a member's summary"

# A reader that goes away: the batch ends quietly (SIGPIPE), no message.
set +e
"$PRECIS" batch many.tar 2>pipe.err | head -c 1 >/dev/null
set -e
expect_empty pipe.err "closed pipe"

# Members that are not regular files: a hard link, a symbolic link, device
# nodes and a FIFO each get an error record; the regular ones around them
# are summarized.
"$MANY_MEMBERS" special.tar special
expect_rc 1 "$PRECIS" batch -q special.tar -o special.out 2>special.err
jq -r 'select(.summary) | .id' special.out >got
expect_text "special/regular.txt
special/after.txt" got "special members: the regular ones summarized"
jq -r 'select(.error) | "\(.id): \(.error)"' special.out >got
expect_text "special/hard.txt: hard link: not read
special/link.txt: symbolic link: not read
special/null: not a regular file
special/disk: not a regular file
special/fifo: not a regular file" got "special members: error records"
expect_lines 5 special.err "special members: one message each"

# Member names that are not valid UTF-8 or hold control characters: the
# ids are valid JSON strings, and stderr holds no raw control character.
mkdir names
article 1 >"$(printf 'names/bad\377name.txt')"
article 2 >"$(printf 'names/esc\033[2Jname.txt')"
tar cf names.tar names
expect_rc 0 "$PRECIS" batch -q names.tar -o names.out 2>names.err
check "odd names: records $(cat names.out)" \
	jq -e -s 'length == 2 and all(.[]; .summary | length > 0)' names.out
check "odd names: a raw ESC was printed" \
	bash -c '! grep -q "$(printf "\033")" names.out names.err'

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
expect_rc 1 /usr/bin/time -f %M -o rss "$PRECIS" batch -q all.jsonl \
	-o all.out 2>all.err
jq -r 'select(.summary) | .id' all.out >got
expect_text "good1
surrogate
good2
after" got "nasty JSON Lines: the good records summarized"
jq -r 'select(.summary) | select(.id == "surrogate") | .summary[]' all.out \
	>got
expect_text "$(printf 'A lone \357\277\275 surrogate.\nThen ? another.')" got \
	"lone surrogates"
jq -r 'select(.error) | .id' all.out >got
expect_lines 4 got "nasty JSON Lines: error records"
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
expect_rc 0 /usr/bin/time -f %M -o rss "$PRECIS" batch -q -j 2 \
	distinct.jsonl -o distinct.out
expect_lines 10000 distinct.out "distinct words: one record each"
check_rss 65536 "distinct words"

finish
