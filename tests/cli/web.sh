# SPDX-License-Identifier: BSD-2-Clause
# web.sh - web pages: `precis extract`, and `precis FILE` / `precis split`
# on HTML (found by content, or by --input), gzip'd or not.
. "$(dirname "$0")/lib.sh"

W="$PRECIS_TEST_DATA/web"

# extract -f text: the headline, a blank line, the paragraphs.
run "$PRECIS" extract "$W/news.html"
expect_status 0 "extract a page"
expect_empty err "nothing on stderr"
checks=$((checks + 1))
[ "$(head -n 1 out)" = "Harbour wall to be rebuilt after winter storms" ] ||
	fail "headline: $(head -n 1 out)"
checks=$((checks + 1))
[ "$(sed -n 2p out)" = "" ] || fail "no blank line after the headline"
expect_lines 13 out "headline, six paragraphs, blank lines between"
checks=$((checks + 1))
if grep -Eq 'Share|Related|grandfather|Copyright|Weather|lifeboat station' out
then
	fail "boilerplate in the article: $(cat out)"
fi
expect_grep '^Fishing fleet moved$' out "the subheading is kept"

# Standard input, gzip'd input, and the same text either way.
run "$PRECIS" extract <"$W/news.html"
cp out plain_out
gzip -c "$W/news.html" >news.html.gz
run "$PRECIS" extract news.html.gz
expect_status 0 "extract a gzip'd page"
expect_same out plain_out "gzip'd and plain pages give the same article"

# -f json: one object a page.
run "$PRECIS" extract -f json "$W/news.html" "$W/cp1251.html"
expect_status 0 "extract -f json"
expect_lines 2 out "one line a page"
jq -se '.[0].title == "Harbour wall to be rebuilt after winter storms"
	and .[0].language == "english"
	and .[0].url == "https://courier.example/news/harbour-wall"
	and (.[0].text | startswith("The council has agreed"))
	and .[1].charset == "windows-1251" and .[1].language == "russian"' \
	out >/dev/null || fail "extract -f json: $(cat out)"

# A bad input among good ones: reported, the others still extracted.
printf '\037\213not really gzip' >bad.html.gz
run "$PRECIS" extract "$W/ogtitle.html" bad.html.gz "$W/amp.html"
expect_status 1 "a damaged gzip file fails"
expect_stderr "precis: bad.html.gz: damaged gzip data" "gzip error"
expect_grep '^==> .*amp.html <==$' out "the next page is still extracted"
expect_grep '^Night trains return to the mountain line$' out "amp headline"

run "$PRECIS" extract -f xml "$W/news.html"
expect_status 2 "unknown format"

# precis FILE: a page is summarized from its article, headline as title.
run "$PRECIS" -f json "$W/news.html"
expect_status 0 "summarize a page"
jq -e '.title == "Harbour wall to be rebuilt after winter storms"
	and (.summary | length) == 3
	and all(.summary[]; .text | test("Share|Comments|Copyright") | not)' \
	out >/dev/null || fail "summary of a page: $(cat out)"

# Found by content, whatever the name; --input overrides.
cp "$W/news.html" page.txt
run "$PRECIS" -n 2 page.txt
expect_status 0 "summarize HTML named .txt"
expect_lines 2 out "two sentences"
checks=$((checks + 1))
if grep -q '<' out; then fail "markup in the summary: $(cat out)"; fi
run "$PRECIS" --input=text -n 40 page.txt
checks=$((checks + 1))
grep -q '<' out || fail "--input=text should summarize the markup itself"
printf '<p>A paragraph that is a page without any header at all, one that is long enough.</p>\n' >frag.txt
run "$PRECIS" --input=html frag.txt
expect_status 0 "--input=html"
expect_same out /dev/stdin "fragment read as HTML" <<'TXT'
A paragraph that is a page without any header at all, one that is long enough.
TXT
run "$PRECIS" --input=xml page.txt
expect_status 2 "unknown input kind"

# A page without any text: an empty summary, not an error.
printf '<html><body><script>x()</script></body></html>' >empty.html
run "$PRECIS" empty.html
expect_status 0 "a page without text"
expect_empty out "nothing to summarize"

# precis split reads pages too: the headline first.
run "$PRECIS" split "$W/ogtitle.html"
expect_status 0 "split a page"
checks=$((checks + 1))
[ "$(head -n 1 out)" = "Village orchard saves forty old apple varieties" ] ||
	fail "split headline: $(head -n 1 out)"
expect_lines 4 out "headline and three sentences"

finish
