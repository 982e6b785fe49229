#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# web-speed.sh - speed of article extraction from web pages: precis beside
# readability-lxml (Debian python3-readability) and Readability.js (npm
# @mozilla/readability on jsdom, installed into bench/.peers), in one run.
#
#   bench/web-speed.sh [-r RUNS] [DATA_DIR]
#
# The pages of DATA_DIR (default ../shared/data/web-dev, ID.html.gz) are
# unpacked into a scratch directory; every tool then reads the same
# uncompressed HTML, single thread.  Rows:
#   precis extract, in process        precis_page_parse over the pages
#   precis extract + summarize, in process
#   precis extract, whole command     one `precis extract` over every page
#   precis FILE, whole command        one `precis -n 3` over every page
#   readability-lxml, in process      Document(html).summary()
#   Readability.js, in process        new Readability(new JSDOM(html)...)
# Figures are CPU seconds (user + system) of one pass over the pages, the
# median of RUNS runs (default 3) for precis; the peers run once.  CPU
# time, not wall time, because the machine may be shared.  Prints a
# Markdown table of pages/s and MB/s of HTML (10^6 bytes), and each row's
# speed relative to readability-lxml.
set -eu
cd "$(dirname "$0")/.."

runs=3
while getopts r: opt; do
	case $opt in
	r) runs=$OPTARG ;;
	*) echo "usage: $0 [-r RUNS] [DATA_DIR]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
data=${1:-../shared/data/web-dev}

scripts/setup.sh --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
	>/dev/null
cmake --build build-bench -j "$(nproc 2>/dev/null || echo 2)" \
	--target precis_cli precis_bench_web precis_bench_run >/dev/null
bin=build-bench

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for page in "$data"/*.html.gz; do
	id=${page##*/}
	gzip -dc "$page" >"$tmp/${id%.gz}"
done
set -- "$tmp"/*.html
pages=$#
bytes=$(cat "$@" | wc -c)

# field NAME LINE: the value of NAME=VALUE in LINE.
field() {
	echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

rows=""
row() { # NAME CPU_SECONDS
	rows="$rows$1|$2
"
}

line=$("$bin/bench/precis_bench_web" --runs="$runs" "$@")
row "precis extract, in process" "$(field cpu_median_s "$line")"
line=$("$bin/bench/precis_bench_web" --summarize --runs="$runs" "$@")
row "precis extract + summarize, in process" \
	"$(field cpu_median_s "$line")"
line=$("$bin/bench/precis_bench_run" --min-runs="$runs" --max-runs="$runs" \
	-- "$bin/src/cli/precis" extract "$@")
row "precis extract, whole command" "$(field cpu_median_s "$line")"
line=$("$bin/bench/precis_bench_run" --min-runs="$runs" --max-runs="$runs" \
	-- "$bin/src/cli/precis" -n 3 "$@")
row "precis FILE (extract + summarize), whole command" \
	"$(field cpu_median_s "$line")"

line=$(/usr/bin/python3 bench/peers/web_readability_lxml.py "$@")
lxml=$(field cpu_s "$line")
row "readability-lxml 0.8 (Debian), in process" "$lxml"

if command -v node >/dev/null && command -v npm >/dev/null; then
	peers=bench/.peers
	if [ ! -d "$peers/node_modules/@mozilla/readability" ] ||
	   [ ! -d "$peers/node_modules/jsdom" ]; then
		mkdir -p "$peers"
		npm install --silent --no-audit --no-fund --prefix "$peers" \
			@mozilla/readability@0.6.0 jsdom@26 >/dev/null
	fi
	line=$(NODE_PATH="$PWD/$peers/node_modules" \
		node bench/peers/web_readability.js "$@" 2>/dev/null)
	row "Readability.js 0.6.0 (jsdom), in process" "$(field cpu_s "$line")"
fi

echo "$pages pages, $bytes bytes of HTML; CPU seconds, single thread"
echo
echo "| extractor | CPU s | pages/s | MB/s | x readability-lxml |"
echo "| --- | ---: | ---: | ---: | ---: |"
printf '%s' "$rows" | awk -F'|' -v n="$pages" -v b="$bytes" -v ref="$lxml" '
	NF >= 2 && $2 > 0 {
		printf "| %s | %.3f | %.1f | %.1f | %.1f |\n", $1, $2, n / $2,
			b / 1e6 / $2, ref / $2
	}'
