# SPDX-License-Identifier: BSD-2-Clause
# precis batch on hostile WARC files (written by make_warc): a
# Content-Length that lies (too long, too short, negative, huge, past any
# integer), a gzip bomb in an HTTP body, an HTTP body cut short, garbage
# between records.  Each gives a clear error record and exit status 1,
# keeps every page before it, and the ones after it when the framing
# survives; none crashes.
. "$(dirname "$0")/lib.sh"
: "${MAKE_WARC:?MAKE_WARC must name the make_warc tool}"

p1=http://example.com/news/1.html
p2=http://example.com/news/2.html
p3=http://example.com/news/3.html
p4=http://example.com/news/4.html

# check KIND ERROR ID... : batch over KIND, plain and gzip'd a member a
# record; the records' ids are the IDs, the error record's message starts
# with ERROR.
check() {
	kind=$1 error=$2
	shift 2
	printf '%s\n' "$@" >want
	for ext in warc warc.gz; do
		"$MAKE_WARC" "$kind.$ext" "$kind"
		run "$PRECIS" batch -j 1 --max-bytes 1000000 "$kind.$ext"
		expect_status 1 "$kind.$ext"
		jq -r .id out >got
		expect_same want got "$kind.$ext: ids"
		expect_grep "\"error\":\"$error" out "$kind.$ext: error record"
		expect_grep "^precis: $kind.$ext: .+: $error" err \
			"$kind.$ext: message"
		checks=$((checks + 1))
		test "$(grep -c '"error"' out)" -eq 1 ||
			fail "$kind.$ext: one error record"
	done
}

# Damage to the framing ends the file after the record it concerns.
check cl-long "damaged WARC: record 2: the block does not end where its Content-Length says" \
	"$p1" "$p2"
check cl-short "damaged WARC: record 2: the block does not end where its Content-Length says" \
	"$p1" "$p2"
check cl-negative "damaged WARC: record 2: invalid Content-Length '-5'" \
	"$p1" "$p2"
check cl-overflow "damaged WARC: record 2: invalid Content-Length '99999999999999999999999'" \
	"$p1" "$p2"
check cl-huge "truncated WARC: record 2: the input ends in a block" \
	"$p1" "$p2"
check garbage "damaged WARC: " "$p1" "record 2"

# A gzip member between records that inflates to 64 MiB of zeros, no line
# break in them, after three records: damage, found within the limit of
# a header line.
head -c 67108864 /dev/zero | gzip -c >zeros.gz
"$MAKE_WARC" first.warc.gz many 1
cat first.warc.gz zeros.gz first.warc.gz >zeros.warc.gz
run "$PRECIS" batch -j 1 zeros.warc.gz
expect_status 1 "zeros between records"
expect_grep '^\{"id":"http://example.com/news/1.html",' out \
	"zeros between records: the page before"
expect_grep '^\{"id":"record 4","error":"damaged WARC: no WARC record where one should begin"\}$' \
	out "zeros between records: the error record"
expect_lines 2 out "zeros between records: nothing after the damage"

# A bad body is that record's error only: the next page is read.
check bomb "larger than the limit of 1000000 bytes once decoded" \
	"$p1" "$p2" "$p3"
check cut "HTTP body cut short" "$p1" "$p2" "$p3" "$p4"
# The page cut short but marked WARC-Truncated is summarized.
checks=$((checks + 1))
jq -s -e 'map(select(.id == "'"$p3"'"))[0].summary | length > 0' out \
	>/dev/null ||
	fail "a page marked WARC-Truncated is summarized"

# Under a limit above what the bomb inflates to (64 MiB of spaces), its
# body is read, and the page after it too.
run "$PRECIS" batch -j 1 --max-bytes 100000000 bomb.warc.gz
expect_grep "\"id\":\"$p2\",\"url\"" out "bomb under a larger limit: read"
expect_grep "^\{\"id\":\"$p3\",\"url\":\"$p3\",\"date\":\"[^\"]+\",\"title\"" \
	out "bomb under a larger limit: the next page"

finish
