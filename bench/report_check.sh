#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# report_check.sh - runs bench/report.sh --quick into a fresh folder and
# checks what it wrote: the report, each plot a well-formed SVG with at
# least one data series drawn, and every link of the report resolving.
#
#   bench/report_check.sh OUT-DIR BUILD-DIR
#
# The data is what bench/report.sh finds ($PRECIS_DATA_DIR or
# ../shared/data, else small inputs from tests/data); the report says
# which.  BUILD-DIR is the Release build the report makes and reuses.
set -eu

[ $# -eq 2 ] || { echo "usage: $0 OUT-DIR BUILD-DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
out=$1
rm -rf "$out"
mkdir -p "$out"

fail() {
	echo "report_check: $*" >&2
	exit 1
}

"$here/report.sh" --quick --out "$out" --build "$2" ||
	fail "bench/report.sh --quick failed"

md=$out/report.md
[ -s "$md" ] || fail "$md: missing or empty"
[ -s "$out/report.html" ] || fail "$out/report.html: missing or empty"
xmllint --html --noout "$out/report.html" 2>/dev/null ||
	fail "report.html: not readable HTML"
grep -q '^\*\*Quick run\*\*' "$md" || fail "$md: does not say it is a quick run"
grep -q '^| data | ' "$md" || fail "$md: does not name its data"

# The plots the report must have; extraction.svg where there are pages.
want="quality-*.svg throughput.svg memory.svg"
if ! grep -q '^| data | .*no web pages' "$md"; then
	want="$want extraction.svg"
fi
for w in $want; do
	set -- "$out"/$w
	[ -e "$1" ] || fail "no $w"
done

# Each SVG: well-formed XML, and at least one plotted series (gnuplot
# puts each in a group gnuplot_plot_N) holding a drawn path.
n=0
for f in "$out"/*.svg; do
	xmllint --noout "$f" || fail "$f: not well-formed XML"
	paths=$(xmllint --xpath 'count(//*[local-name()="g"][starts-with(@id,
		"gnuplot_plot_")]//*[local-name()="path"][string-length(@d) > 0])' \
		"$f") || fail "$f: cannot count series"
	[ "$paths" -gt 0 ] || fail "$f: no data series drawn"
	n=$((n + 1))
done
echo "report_check: $n SVG files well-formed, each with a data series"

# Every Markdown link: a file beside the report, or a heading of it.
links=$(grep -o '](\([^)]*\))' "$md" | sed 's/^](//; s/)$//' | sort -u)
[ -n "$links" ] || fail "$md: no links"
for l in $links; do
	case $l in
	\#*)
		anchor=${l#\#}
		grep '^#' "$md" | sed 's/^#* //' | tr 'A-Z' 'a-z' |
			sed 's/[^a-z0-9 -]//g; s/ /-/g' | grep -qx "$anchor" ||
			fail "$md: link $l names no heading"
		;;
	*://*) fail "$md: link to another site: $l" ;;
	*) [ -s "$out/$l" ] || fail "$md: link $l: no such file" ;;
	esac
done
# Every plot the report links, and every plot written, is linked.
for f in "$out"/*.svg; do
	grep -q "](${f##*/})" "$md" || fail "$md: ${f##*/} not linked"
done
echo "report_check: $(echo "$links" | wc -l) links of report.md resolve"
