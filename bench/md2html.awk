# SPDX-License-Identifier: BSD-2-Clause
# md2html.awk - the Markdown that bench/report.sh writes, as one HTML page.
#
#     awk -f md2html.awk report.md > report.html
#
# Knows only what the report uses: headings, paragraphs, lists, tables,
# images, links, inline code, bold and a rule.

function esc(s) {
	gsub(/&/, "\\&amp;", s)
	gsub(/</, "\\&lt;", s)
	gsub(/>/, "\\&gt;", s)
	return s
}

function inline(s,   out, pre, m, rest) {
	s = esc(s)
	out = ""
	while (match(s, /`[^`]*`/)) {
		pre = substr(s, 1, RSTART - 1)
		m = substr(s, RSTART + 1, RLENGTH - 2)
		rest = substr(s, RSTART + RLENGTH)
		out = out spans(pre) "<code>" m "</code>"
		s = rest
	}
	return out spans(s)
}

function spans(s) {
	while (match(s, /!\[[^]]*\]\([^)]*\)/))
		s = substr(s, 1, RSTART - 1) img(substr(s, RSTART, RLENGTH)) \
		    substr(s, RSTART + RLENGTH)
	while (match(s, /\[[^]]*\]\([^)]*\)/))
		s = substr(s, 1, RSTART - 1) link(substr(s, RSTART, RLENGTH)) \
		    substr(s, RSTART + RLENGTH)
	while (match(s, /\*\*[^*]+\*\*/))
		s = substr(s, 1, RSTART - 1) "<strong>" \
		    substr(s, RSTART + 2, RLENGTH - 4) "</strong>" \
		    substr(s, RSTART + RLENGTH)
	return s
}

function img(s,   i) {
	i = index(s, "](")
	return "<img src=\"" substr(s, i + 2, length(s) - i - 2) "\" alt=\"" \
	    substr(s, 3, i - 3) "\">"
}

function link(s,   i) {
	i = index(s, "](")
	return "<a href=\"" substr(s, i + 2, length(s) - i - 2) "\">" \
	    substr(s, 2, i - 2) "</a>"
}

function close_blocks() {
	if (inpara) print "</p>"
	if (inlist) print "</ul>"
	if (intable) print "</tbody></table>"
	inpara = inlist = intable = 0
}

function cells(s, tag,   n, a, i, out) {
	sub(/^\| */, "", s)
	sub(/ *\|$/, "", s)
	n = split(s, a, / *\| */)
	out = "<tr>"
	for (i = 1; i <= n; i++)
		out = out "<" tag ">" inline(a[i]) "</" tag ">"
	return out "</tr>"
}

BEGIN {
	print "<!DOCTYPE html>"
	print "<html lang=\"en\"><head><meta charset=\"utf-8\">"
	print "<title>precis benchmark report</title>"
	print "<style>body{font-family:sans-serif;max-width:72em;margin:auto;" \
	    "padding:1em}table{border-collapse:collapse;margin:1em 0}" \
	    "td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}" \
	    "img{max-width:100%}code{background:#f4f4f4}</style>"
	print "</head><body>"
}

/^#+ / {
	close_blocks()
	n = index($0, " ") - 1
	t = substr($0, n + 2)
	id = tolower(t)
	gsub(/[^a-z0-9 -]/, "", id)
	gsub(/ /, "-", id)
	printf "<h%d id=\"%s\">%s</h%d>\n", n, id, inline(t), n
	next
}
/^---$/ { close_blocks(); print "<hr>"; next }
/^\| *---/ { next }
/^\|/ {
	if (!intable) {
		close_blocks()
		intable = 1
		print "<table><thead>" cells($0, "th") "</thead><tbody>"
	} else {
		print cells($0, "td")
	}
	next
}
/^- / {
	if (!inlist) {
		close_blocks()
		inlist = 1
		print "<ul>"
	}
	print "<li>" inline(substr($0, 3)) "</li>"
	next
}
/^$/ { close_blocks(); next }
{
	if (!inpara) {
		close_blocks()
		inpara = 1
		print "<p>"
	}
	print inline($0)
}
END {
	close_blocks()
	print "</body></html>"
}
