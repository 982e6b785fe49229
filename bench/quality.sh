#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# quality.sh - ROUGE of precis and its peers on news with human references.
#
#   bench/quality.sh [-n N] [-o DIR] [DATA.jsonl.gz...]
#
# Summarizes each data set (default: the dev sets in ../shared/data) with
# precis (its news and content methods), the LEAD-N baseline, the Open
# Text Summarizer
# (Debian libots) and TextRank (the npm package ts-textrank, installed
# into bench/.peers),
# scores every run with `precis eval` (ROUGE-1.5.5 -c 95 -2 -1 -U -r 1000
# -n 4 -w 1.2 -a -m), and prints a Markdown table of ROUGE-1/2/L F1 with
# 95% confidence intervals and the mean summary length in words.  The table
# and a JSON file of every figure are written to DIR (default
# bench/results).  The data is read where it lies and never copied.
set -eu
cd "$(dirname "$0")/.."

sentences=3
out=bench/results
while getopts n:o: opt; do
	case $opt in
	n) sentences=$OPTARG ;;
	o) out=$OPTARG ;;
	*) echo "usage: $0 [-n N] [-o DIR] [DATA.jsonl.gz...]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
	set -- ../shared/data/cnndm-dev.jsonl.gz \
		../shared/data/cnndm-dev-titled.jsonl.gz \
		../shared/data/bbc-dev.jsonl.gz
fi

scripts/setup.sh --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j "$(nproc 2>/dev/null || echo 2)" \
	--target precis_cli precis_bench_ots_summarize >/dev/null
precis=build-bench/src/cli/precis
ots=build-bench/bench/precis_bench_ots_summarize
mkdir -p "$out/runs"

# TextRank through node; without node and npm its rows are left out.
textrank=""
if command -v node >/dev/null && command -v npm >/dev/null; then
	peers=bench/.peers
	if [ ! -d "$peers/node_modules/ts-textrank" ]; then
		mkdir -p "$peers"
		npm install --silent --no-audit --no-fund --prefix "$peers" \
			ts-textrank@1.0.3 >/dev/null
	fi
	textrank="node bench/peers/textrank.js"
	export NODE_PATH="$PWD/$peers/node_modules"
else
	echo "quality: node and npm not found: TextRank rows left out" >&2
fi

# mean_words FILE: mean number of words of the summaries in FILE.
mean_words() {
	jq -s '[.[] | (.summary // []) | join(" ") | [scan("\\S+")] | length]
		| add / length' "$1"
}

# row NAME DATASET SYSTEM-FILE REFERENCES: one JSON object of figures.
row() {
	"$precis" eval -f json "$4" "$3" | jq -c --arg sys "$1" --arg data "$2" \
		--argjson words "$(mean_words "$3")" '
		def pct: . * 10000 | round / 100;
		def m(k): {f: .[k].f.average | pct, low: .[k].f.low | pct,
			   high: .[k].f.high | pct};
		{data: $data, system: $sys, documents: .documents,
		 rouge1: m("rouge-1"), rouge2: m("rouge-2"), rougel: m("rouge-l"),
		 words: ($words * 10 | round / 10)}'
}

: >"$out/quality.jsonl"
for data in "$@"; do
	name=$(basename "$data" .jsonl.gz)
	name=${name%.jsonl}
	for method in news content lead; do
		"$precis" batch -q -n "$sentences" --method "$method" "$data" \
			-o "$out/runs/$name-precis-$method.jsonl"
	done
	"$ots" "$data" "$sentences" >"$out/runs/$name-ots.jsonl"
	if [ -n "$textrank" ]; then
		gzip -dcf "$data" | $textrank "$sentences" \
			>"$out/runs/$name-textrank.jsonl"
	fi
	row "precis (news, the default)" "$name" \
		"$out/runs/$name-precis-news.jsonl" "$data" >>"$out/quality.jsonl"
	row "precis --method content" "$name" \
		"$out/runs/$name-precis-content.jsonl" "$data" \
		>>"$out/quality.jsonl"
	row "LEAD-$sentences (precis --method lead)" "$name" \
		"$out/runs/$name-precis-lead.jsonl" "$data" >>"$out/quality.jsonl"
	row "Open Text Summarizer (libots)" "$name" "$out/runs/$name-ots.jsonl" \
		"$data" >>"$out/quality.jsonl"
	if [ -n "$textrank" ]; then
		row "TextRank (npm ts-textrank)" "$name" \
			"$out/runs/$name-textrank.jsonl" "$data" \
			>>"$out/quality.jsonl"
	fi
done

{
	echo "ROUGE F1 (95% confidence interval), $sentences sentences a summary;"
	echo "precis $("$precis" --version | cut -d' ' -f2), $(date -u +%Y-%m-%d)."
	echo
	echo "| data | system | ROUGE-1 | ROUGE-2 | ROUGE-L | words |"
	echo "| --- | --- | --- | --- | --- | --- |"
	jq -r 'def c(x): "\(x.f) (\(x.low)–\(x.high))";
		"| \(.data) | \(.system) | \(c(.rouge1)) | \(c(.rouge2)) | \(c(.rougel)) | \(.words) |"' \
		"$out/quality.jsonl"
} >"$out/quality.md"
jq -s . "$out/quality.jsonl" >"$out/quality.json"
cat "$out/quality.md"
