# SPDX-License-Identifier: BSD-2-Clause
# precis batch on web pages that are files or archive members: a page is
# known by its name (.html, .htm, also gzip'd) or by its content (a doctype
# or an <html>, <head> or <body> tag near the start), and its article is
# summarized with its headline as the title; other text is read as before.
. "$(dirname "$0")/lib.sh"

# page TITLE N: a news page with navigation, a headline, four paragraphs,
# related links and a footer.
page() {
	printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
	printf '<title>%s | The Daily Example</title></head>\n' "$1"
	printf '<body><nav><ul><li><a href="/">Home</a></li>'
	printf '<li><a href="/world">World</a></li></ul></nav>\n'
	printf '<article><h1>%s</h1>\n' "$1"
	printf '<p>The harbour board met on day %s to discuss the new ferry.</p>\n' "$2"
	printf '<p>Ferry tickets rose by %s percent after the storm.</p>\n' "$2"
	printf '<p>Fishermen said the storm damaged %s boats near the pier.</p>\n' "$2"
	printf '<p>The mayor promised help for the harbour and the boats.</p>\n'
	printf '</article><aside><h2>Related</h2><ul><li><a href="/a">Storm '
	printf 'closes schools</a></li></ul></aside>\n'
	printf '<footer>Copyright The Daily Example. All rights reserved.</footer>'
	printf '</body></html>\n'
}

mkdir -p in/sub
page "Ferry fares rise" 1 >in/a.html
page "Boats damaged" 2 >in/sub/b.htm
page "Mayor promises help" 3 | gzip -c >in/c.html.gz
# Known by content only: a .txt holding a page, and one starting with a
# comment before the doctype.
page "Board meets" 4 >in/d.txt
{ printf '<!-- saved page -->\n'; page "Pier closed" 5; } >in/e.txt
# Text that mentions markup is still text.
printf 'Tags such as <html> are explained below. The board met. The mayor spoke.\n' \
	>in/f.txt

run "$PRECIS" batch -j 1 in
expect_status 0 "a directory of pages"
expect_lines 6 out "six documents"
jq -r '[.id, .title] | @tsv' out >got
printf '%s\t%s\n' in/a.html "Ferry fares rise" in/c.html.gz "Mayor promises help" \
	in/d.txt "Board meets" in/e.txt "Pier closed" in/f.txt "" \
	in/sub/b.htm "Boats damaged" >want
expect_same want got "ids and headlines"
jq -r '.summary[]' out >got
checks=$((checks + 1))
! grep -q -e '<p>' -e 'Home' -e 'Copyright' -e 'Related' -e 'schools' got ||
	fail "markup or page furniture summarized"
expect_grep '^The harbour board met on day 1 to discuss the new ferry\.$' got \
	"a page's first paragraph"
expect_grep '^Tags such as <html> are explained below\.$' got \
	"text mentioning a tag is read as text"

# The same pages as archive members, and with two jobs.
(cd in && tar -cf ../pages.tar a.html sub/b.htm d.txt)
run "$PRECIS" batch -j 2 pages.tar
expect_status 0 "pages.tar"
jq -r '[.id, .title] | @tsv' out >got
printf '%s\t%s\n' a.html "Ferry fares rise" sub/b.htm "Boats damaged" \
	d.txt "Board meets" >want
expect_same want got "archive members: ids and headlines"

# A page with no text: an error record, and the others go on.
printf '<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>\n' \
	>empty.html
run "$PRECIS" batch -j 1 empty.html in/a.html
expect_status 1 "a page without text"
expect_grep '^\{"id":"empty.html","error":"no article text in the page"\}$' \
	out "empty page: error record"
expect_grep '^\{"id":"in/a.html",' out "empty page: the next page"
expect_grep '^precis: empty.html: no article text in the page$' err \
	"empty page: message"

finish
