# SPDX-License-Identifier: BSD-2-Clause
# precis batch over WARC files written by make_warc (tests/tools): pages
# become documents with their URI, url and date; every other record is
# skipped and counted in the final line; plain, gzip'd a member a record,
# and gzip'd otherwise give the same records; a damaged WARC keeps what
# came before the damage and exits 1.
. "$(dirname "$0")/lib.sh"
: "${MAKE_WARC:?MAKE_WARC must name the make_warc tool}"

"$MAKE_WARC" sample.warc sample
"$MAKE_WARC" sample.warc.gz sample

# The three pages, in file order, with their URI, url and date; the seven
# other records (warcinfo, request, metadata, a PNG, a 404 page, revisit,
# DNS) skipped.
run "$PRECIS" batch -j 1 sample.warc
expect_status 0 "sample.warc"
expect_lines 3 out "sample.warc: one record a page"
jq -r '[.id, .url, .date] | @tsv' out >got
printf '%s\t%s\t%s\n' \
	http://example.com/news/1.html http://example.com/news/1.html \
	2024-05-01T08:30:00Z \
	http://example.ru/news/2.html http://example.ru/news/2.html \
	2024-05-02T08:30:00Z \
	http://example.com/news/3.html http://example.com/news/3.html \
	2024-05-03T08:30:00Z >want
expect_same want got "ids, urls and dates"
expect_grep '^precis: batch: 3 documents, 0 errors, 7 records skipped, ' \
	err "final line counts the skipped records"
cp out plain.jsonl

# Each page's article is summarized, not its markup: the headline is the
# title, and the page sent gzip'd and chunked in windows-1251 (named only
# in the HTTP header) reads as Russian.
jq -r .title out >got
printf '%s\n' "Harbour report 1" "Новости гавани" "Harbour report 3" >want
expect_same want got "titles are the pages' headlines"
jq -r '.summary[]' out >got
checks=$((checks + 1))
! grep -q '[<>]' got || fail "markup in a summary: $(grep '[<>]' got)"
expect_grep '^The harbour board met on day 1 to discuss the new ferry between the islands\.$' \
	got "page 1's first paragraph"
expect_grep '^Мэр обещал помощь гавани после шторма\.$' got \
	"the windows-1251 page read in its HTTP charset"
checks=$((checks + 1))
! grep -q -e 'Home' -e 'Copyright' got || fail "navigation or footer summarized"
expect_grep '"language":"russian"' out "the Russian page's language"

# One gzip member a record, the whole file in one member, and members that
# cut across records all read alike; so do two jobs.
run "$PRECIS" batch -j 1 sample.warc.gz
expect_status 0 "sample.warc.gz"
expect_same plain.jsonl out "a gzip member a record"
gzip -c sample.warc >whole.warc.gz
run "$PRECIS" batch -j 1 whole.warc.gz
expect_same plain.jsonl out "one gzip member"
size=$(wc -c <sample.warc)
{
	head -c 1000 sample.warc | gzip -c
	tail -c +1001 sample.warc | head -c 1777 | gzip -c
	tail -c +2778 sample.warc | gzip -c
} >split.warc.gz
test "$size" -gt 2778 || fail "sample.warc is too small to split"
run "$PRECIS" batch -j 1 split.warc.gz
expect_same plain.jsonl out "members cutting across records"
run "$PRECIS" batch -j 2 sample.warc.gz
expect_same plain.jsonl out "two jobs"

# A .warc member of an archive is read as one; a .warc.gz member is not.
tar -cf warcs.tar sample.warc sample.warc.gz
run "$PRECIS" batch -j 1 warcs.tar
expect_status 1 "WARCs in a tar"
head -n 3 out >got
expect_same plain.jsonl got "a .warc member: its pages"
expect_grep '^\{"id":"sample.warc.gz","error":"a gzip'"'"'d WARC inside an archive is not read"\}$' \
	out "a .warc.gz member: an error record"
expect_lines 4 out "WARCs in a tar: four records"

# Many records: every page, every request skipped.
"$MAKE_WARC" many.warc.gz many 300
run "$PRECIS" batch many.warc.gz
expect_status 0 "many.warc.gz"
expect_lines 300 out "300 pages"
jq -r .id out >got
seq 1 300 | sed 's|.*|http://example.com/news/&.html|' >want
expect_same want got "300 ids in order"
expect_grep '^precis: batch: 300 documents, 0 errors, 301 records skipped' \
	err "300 pages, 301 skipped"

# Other inputs beside a WARC: the count is the WARC's.
printf 'The board met. The ferry was late. The mayor spoke.\n' >a.txt
run "$PRECIS" batch a.txt sample.warc
expect_lines 4 out "a text file and a WARC"
expect_grep '^precis: batch: 4 documents, 0 errors, 7 records skipped' \
	err "text and WARC"
# No WARC, no count of skipped records.
run "$PRECIS" batch a.txt
expect_grep '^precis: batch: 1 documents, 0 errors, [0-9.]+ MB' err \
	"no skipped count without a WARC"

# Damage: the input cut inside the fifth record (the second page), plain
# and gzip'd.  The first page is kept, then an error record; exit 1.
head -c 2000 sample.warc >cut.warc
run "$PRECIS" batch -j 1 cut.warc
expect_status 1 "cut.warc"
expect_lines 2 out "cut.warc: the page before the damage and the error"
jq -r .id out >got
printf '%s\n' http://example.com/news/1.html http://example.ru/news/2.html \
	>want
expect_same want got "cut.warc: ids"
expect_grep '"error":"truncated WARC: record 5: ' out "cut.warc: error record"
expect_grep '^precis: cut.warc: http://example.ru/news/2.html: truncated WARC' \
	err "cut.warc: message"
head -c 1500 sample.warc.gz >cut.warc.gz
run "$PRECIS" batch -j 1 cut.warc.gz
expect_status 1 "cut.warc.gz"
jq -r .id out >got
expect_same want got "cut.warc.gz: ids"
expect_grep '"error":"truncated WARC: record 5: the gzip data ends inside' \
	out "cut.warc.gz: error record"
# Not a WARC at all.
printf '<html><body>Hello</body></html>\n' >page.warc
run "$PRECIS" batch page.warc
expect_status 1 "not a WARC"
expect_grep '^\{"id":"record 1","error":"damaged WARC: no WARC record where one should begin"\}$' \
	out "not a WARC: error record"

# --output-dir: a page's summary at its URI without the scheme.
run "$PRECIS" batch -q --output-dir pages sample.warc
expect_status 0 "--output-dir"
expect_empty out "--output-dir: no records"
for f in example.com/news/1.html example.ru/news/2.html \
	example.com/news/3.html; do
	checks=$((checks + 1))
	test -s "pages/$f" || fail "--output-dir: no pages/$f"
done
# A URI that climbs out of DIR is refused; one ending in / is "index".
# (A record written by hand: the block, then its length.)
warc_page() {
	printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n'
	printf '<html><body><p>The board met. The ferry was late. '
	printf 'The mayor spoke.</p></body></html>'
}
warc_page >block
for uri in http://example.com/../../escape.html http://example.com/; do
	printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n' \
		"$uri"
	printf 'Content-Length: %d\r\n\r\n' "$(wc -c <block)"
	cat block
	printf '\r\n\r\n'
done >paths.warc
run "$PRECIS" batch -q --output-dir pages2 paths.warc
expect_status 1 "--output-dir: a URI with .."
expect_grep '^\{"id":"http://example.com/../../escape.html","url":"http://example.com/../../escape.html","error":"'"'..'"' in path refused"\}$' \
	out "--output-dir: '..' refused"
checks=$((checks + 1))
test ! -e escape.html && test ! -e pages2/../escape.html ||
	fail "--output-dir: written outside DIR"
checks=$((checks + 1))
test -s pages2/example.com/index || fail "--output-dir: no pages2/example.com/index"

finish
