#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# report.sh - every benchmark of precis in one run, as one report with plots.
#
#   bench/report.sh [--quick] [--out DIR] [--build DIR] [--jobs N]
#
# Builds what it needs (a Release build in build-bench, as the other
# benchmarks), finds the data in $PRECIS_DATA_DIR or ../shared/data beside
# the repository, and runs:
#
#   quality     ROUGE-1/2/L F1 of precis (news style, and content style
#               where `precis --method content` exists), LEAD-N, the Open
#               Text Summarizer and TextRank, for 1 to 6 sentences and for
#               budgets of 25 to 150 words, on cnndm-dev, cnndm-dev-titled
#               and bbc-dev, scored by `precis eval`
#   speed       bench/speed.sh (throughput beside OTS and the reading
#               floors, with the spread of the runs)
#   memory      peak RSS of `precis batch` for 1,000 to 50,000 documents
#   extraction  F1 per page of `precis extract` (where it exists),
#               Readability.js and readability-lxml on the web-dev pages,
#               with the benchmark's own scorer (web-dev/score.py)
#
# and writes DIR/report.md, DIR/report.html and the plots DIR/*.svg (made
# with gnuplot), with the machine, compiler, flags, date and commit.  DIR
# defaults to bench/results.  Every number and plot comes from this run;
# only the peers' rankings are reused from earlier runs, from a cache keyed
# by the input's and the peer's bytes (build-bench/report-cache).
#
# --quick: the first few documents of each data set and few pages, few
# timing runs: a check that the whole chain works, not a measurement.
# Without the data folder, --quick uses small inputs made from tests/data
# and says so in the report; a full run needs the data.
# --jobs N: parallel jobs of the quality and extraction stages (default
# 2); the timed stages always run alone.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench_name=report.sh
. "$root/bench/lib.sh"
jobs=2
while [ $# -gt 0 ]; do
	if bench_option "$@"; then
		shift "$bench_used"
		continue
	fi
	case $1 in
	--jobs) jobs=$2; shift ;;
	--jobs=*) jobs=${1#*=} ;;
	*) echo "$bench_name: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
case $jobs in
'' | *[!0-9]* | 0) echo "report.sh: --jobs: not a positive number" >&2
	exit 2 ;;
esac
mkdir -p "$out"
out=$(cd "$out" && pwd)
datadir=${PRECIS_DATA_DIR:-$root/../shared/data}
started=$(date +%s)

say() { echo "report.sh: $*" >&2; }
die() { say "$*"; exit 1; }

"$root/scripts/setup.sh" --bench
for t in gnuplot xmllint jq gzip; do
	command -v "$t" >/dev/null || die "$t not found: scripts/setup.sh --bench"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------------
# Build.

say "building in $build"
bench_build precis_cli
precis=$build/src/cli/precis
otsrank=""
if cmake --build "$build" -j2 --target precis_bench_ots_rank \
	>"$work/ots-build.log" 2>&1; then
	otsrank=$build/bench/precis_bench_ots_rank
fi
cache=$build/report-cache
mkdir -p "$cache"

# What this precis offers: the content style, the extract subcommand.  A
# subcommand's --help names it in its usage line; an unknown word is taken
# for a file name and prints the main usage instead.
have_content=0
if "$precis" --help | grep -A3 -e '--method' | grep -qw content; then
	have_content=1
fi
have_extract=0
if "$precis" extract --help >"$work/extract-help" 2>/dev/null &&
	grep -q '^Usage: .*extract' "$work/extract-help"; then
	have_extract=1
fi

# Node peers (TextRank, Readability.js), installed into bench/.peers as
# bench/quality.sh does.
peers=$root/bench/.peers
node_note=""
if command -v node >/dev/null && command -v npm >/dev/null; then
	need=""
	[ -d "$peers/node_modules/ts-textrank" ] || need="ts-textrank@1.0.3"
	[ -d "$peers/node_modules/@mozilla/readability" ] ||
		need="$need @mozilla/readability@0.6.0"
	[ -d "$peers/node_modules/jsdom" ] || need="$need jsdom@29.1.1"
	if [ -n "$need" ]; then
		mkdir -p "$peers"
		# shellcheck disable=SC2086
		npm install --silent --no-audit --no-fund --prefix "$peers" \
			$need >/dev/null 2>"$work/npm.log" ||
			node_note="npm install failed: $(tail -n 1 "$work/npm.log")"
	fi
	export NODE_PATH=$peers/node_modules
else
	node_note="node and npm not found"
fi
npm_version() {
	jq -r .version "$peers/node_modules/$1/package.json" 2>/dev/null ||
		echo ""
}
textrank_version=$(npm_version ts-textrank)
readability_version=$(npm_version @mozilla/readability)
jsdom_version=$(npm_version jsdom)

# ---------------------------------------------------------------------
# Data.  Quick mode cuts each set to its first documents; without the
# data folder it makes small sets from tests/data.

data_note=""
sets=(cnndm-dev cnndm-dev-titled bbc-dev)
mkdir -p "$work/data"
if [ -d "$datadir" ]; then
	datadir=$(cd "$datadir" && pwd)
	for s in "${sets[@]}"; do
		[ -r "$datadir/$s.jsonl.gz" ] ||
			die "$datadir/$s.jsonl.gz: not found"
		if [ $quick = 1 ]; then
			{ zcat "$datadir/$s.jsonl.gz" || true; } | head -n 30 |
				gzip -1 >"$work/data/$s.jsonl.gz"
		else
			ln -s "$datadir/$s.jsonl.gz" "$work/data/$s.jsonl.gz"
		fi
	done
	webdir=$datadir/web-dev
	if [ $quick = 1 ]; then
		data_note="the first 30 documents of each data set and the first 3 web pages of \`$datadir\`"
	fi
elif [ $quick = 1 ]; then
	# Articles of tests/data, each with its first two sentences (as precis
	# splits them) for a reference: enough to run every stage, too few and
	# too artificial to say anything about quality.
	sets=(tests-data)
	for f in "$root"/tests/data/*.txt "$root"/tests/data/lang/english.txt; do
		"$precis" split "$f" 2>/dev/null | head -n 2 >"$work/ref.txt" ||
			true
		jq -cn --rawfile t "$f" --rawfile s "$work/ref.txt" \
			--arg id "$(basename "$f" .txt)" \
			'{id: $id, title: "", text: $t,
			  summary: ($s | split("\n") | map(select(. != "")))}'
	done | gzip -1 >"$work/data/tests-data.jsonl.gz"
	webdir=""
	data_note="no data folder at \`$datadir\`: small articles made from \`tests/data\`, each with its first two sentences for a reference; no web pages"
else
	die "$datadir: no data folder (set PRECIS_DATA_DIR)"
fi

# ---------------------------------------------------------------------
# Parallel jobs: spawn runs a command in the background, at most $jobs at
# once; a failed job leaves its name in $work/failed.

: >"$work/failed"
running=0
spawn() {
	local name=$1
	shift
	{ "$@" || echo "$name" >>"$work/failed"; } &
	running=$((running + 1))
	if [ "$running" -ge "$jobs" ]; then
		wait -n || true
		running=$((running - 1))
	fi
}
drain() {
	wait || true
	running=0
	if [ -s "$work/failed" ]; then
		die "failed: $(tr '\n' ' ' <"$work/failed")"
	fi
}

# cached KEYFILE... -- COMMAND...: the standard output of COMMAND, kept in
# the cache under the hash of the files named before --, and reused while
# they stay the same.
cached() {
	local keys=() key tmp
	while [ "$1" != -- ]; do
		keys+=("$1")
		shift
	done
	shift
	key=$(cat "${keys[@]}" | sha256sum | cut -c1-32)
	if [ ! -s "$cache/$key" ]; then
		tmp=$cache/$key.$BASHPID
		"$@" >"$tmp" && mv "$tmp" "$cache/$key"
	fi
	cat "$cache/$key"
}

# ---------------------------------------------------------------------
# Quality against length.

if [ $quick = 1 ]; then
	lengths_n="1 3 6"
	lengths_w="25 75 150"
else
	lengths_n="1 2 3 4 5 6"
	lengths_w="25 50 75 100 125 150"
fi
systems=(news)
if [ $have_content = 1 ]; then
	systems+=(content)
fi
systems+=(lead)
if [ -n "$otsrank" ]; then
	systems+=(ots)
fi
if [ -n "$textrank_version" ]; then
	systems+=(textrank)
fi
label() {
	case $1 in
	news) echo "precis (news style)" ;;
	content) echo "precis (content style)" ;;
	lead) echo "LEAD (precis --method lead)" ;;
	ots) echo "Open Text Summarizer (libots)" ;;
	textrank) echo "TextRank (ts-textrank)" ;;
	esac
}

# The peers rank every sentence once; the summaries of each length come
# from that ranking by their own rule (bench/peers/lengths.py): the N best,
# or the best whole sentences that fit in W words, in article order.
peer_lengths() {
	python3 "$root/bench/peers/lengths.py" "$work/q/$1/$2.ranked" \
		"$work/q/$1/$2" "n:$(echo $lengths_n | tr ' ' ,)" \
		"w:$(echo $lengths_w | tr ' ' ,)"
}

libots_version=$(dpkg-query -W -f '${Version}' libots0 2>/dev/null || true)
rank_ots() {
	printf '%s\n' "$libots_version" >"$work/ots-version"
	cached "$1" "$root/bench/ots_rank.c" "$root/bench/ots_jsonl.c" \
		"$work/ots-version" -- \
		"$otsrank" "$1" >"$2"
}
rank_textrank() {
	printf '%s\n' "$textrank_version" >"$work/textrank-version"
	cached "$1" "$root/bench/peers/textrank-rank.js" \
		"$root/bench/peers/textrank-peer.js" "$work/textrank-version" -- \
		sh -c 'zcat -f "$1" | node "$2"' sh "$1" \
		"$root/bench/peers/textrank-rank.js" >"$2"
}

# summarize SET SYSTEM KIND X OUT: the summaries of one length.
summarize() {
	local d=$work/data/$1.jsonl.gz opt
	# A word budget alone: -n would otherwise keep its default of 3.
	[ "$3" = n ] && opt=(-n "$4") || opt=(-n 1000 -w "$4")
	case $2 in
	news) "$precis" batch -q --jobs 1 "${opt[@]}" "$d" -o "$5" ;;
	content) "$precis" batch -q --jobs 1 --method content "${opt[@]}" \
		"$d" -o "$5" ;;
	lead) "$precis" batch -q --jobs 1 --method lead "${opt[@]}" "$d" \
		-o "$5" ;;
	ots | textrank) ;; # written by peer_lengths
	esac
}

# score SET SYSTEM KIND X: one line of figures, from `precis eval`.
score() {
	local f=$work/q/$1/$2-$3$4
	summarize "$1" "$2" "$3" "$4" "$f.jsonl"
	"$precis" eval -f json "$work/data/$1.jsonl.gz" "$f.jsonl" >"$f.eval"
	jq -r --arg set "$1" --arg sys "$2" --arg kind "$3" --arg x "$4" \
		--argjson words "$(python3 -c '
import json, re, sys
w, n = 0, 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    w += len(re.findall(r"\w+", " ".join(r.get("summary") or [])))
    n += 1
print(w / n if n else 0)' "$f.jsonl")" '
		def p(k): .[k].f | (.average * 100), (.low * 100),
			(.high * 100);
		[$set, $sys, $kind, $x, p("rouge-1"), p("rouge-2"),
		 p("rouge-l"), $words, .documents] | @tsv' "$f.eval" >"$f.tsv"
}

say "quality: ${systems[*]} on ${sets[*]}"
q0=$(date +%s)
# The peers read the id and text only: the cache key is those, so that a
# set with titles reuses the ranking of the same texts without.  Sets of
# texts already seen are ranked in a second round, from the cache.
seen=" "
for round in 1 2; do
	for s in "${sets[@]}"; do
		mkdir -p "$work/q/$s"
		if [ $round = 1 ]; then
			zcat "$work/data/$s.jsonl.gz" | jq -c '{id, text}' \
				>"$work/q/$s/texts"
		fi
		h=$(sha256sum <"$work/q/$s/texts" | cut -c1-32)
		case "$seen" in
		*" $s "*) continue ;;
		*" $h "*) [ $round = 2 ] || continue ;;
		*) seen="$seen$h " ;;
		esac
		seen="$seen$s "
		if [ -n "$otsrank" ]; then
			spawn "ots $s" rank_ots "$work/q/$s/texts" \
				"$work/q/$s/ots.ranked"
		fi
		if [ -n "$textrank_version" ]; then
			spawn "textrank $s" rank_textrank "$work/q/$s/texts" \
				"$work/q/$s/textrank.ranked"
		fi
	done
	drain
done
for s in "${sets[@]}"; do
	for sys in ots textrank; do
		if [ -s "$work/q/$s/$sys.ranked" ]; then
			spawn "$sys $s lengths" peer_lengths "$s" "$sys"
		fi
	done
done
drain
for s in "${sets[@]}"; do
	for sys in "${systems[@]}"; do
		for n in $lengths_n; do
			spawn "$s $sys n$n" score "$s" "$sys" n "$n"
		done
		for w in $lengths_w; do
			spawn "$s $sys w$w" score "$s" "$sys" w "$w"
		done
	done
done
drain
cat "$work"/q/*/*.tsv | sort -t "$(printf '\t')" -k1,1 -k2,2 -k3,3 -k4,4n \
	>"$work/quality.tsv"
q1=$(date +%s)

# ---------------------------------------------------------------------
# Extraction: F1 per page with the benchmark's scorer.  Readability.js and
# readability-lxml never change for a page, so their texts are cached.

extractors=()
web_note=""
if [ -z "$webdir" ] || [ ! -r "$webdir/ground-truth.json" ]; then
	web_note="no web pages (\`web-dev/\` not found in the data folder)"
else
	mkdir -p "$work/web/pages"
	pages=$(cd "$webdir" && ls ./*.html.gz | sed 's|^\./||; s|\.html\.gz$||')
	if [ $quick = 1 ]; then
		pages=$(printf '%s\n' "$pages" | head -n 3)
	fi
	for id in $pages; do
		zcat "$webdir/$id.html.gz" >"$work/web/pages/$id.html"
	done
	# The ground truth of these pages only, so that a quick run scores
	# the pages it extracted.
	jq --arg ids "$pages" '($ids | split("\n")) as $k
		| with_entries(select(.key as $x | $k | index($x)))' \
		"$webdir/ground-truth.json" >"$work/web/truth.json"

	cat >"$work/web/extract_lxml.py" <<'EOF'
import sys
import lxml.html
from readability import Document

# The article's text, a line break after every block so that words of
# neighbouring paragraphs stay apart.
html = open(sys.argv[1], encoding="utf-8", errors="replace").read()
doc = lxml.html.fromstring(Document(html).summary(html_partial=True))
for el in doc.iter():
    if el.tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5",
                  "h6", "tr", "blockquote", "pre", "table", "ul", "ol"):
        el.tail = "\n" + (el.tail or "")
sys.stdout.write(doc.text_content())
EOF
	cat >"$work/web/readability.js" <<'EOF'
"use strict";
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [page, url] = process.argv.slice(2);
const html = fs.readFileSync(page, "utf8");
const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
const art = new Readability(dom.window.document).parse();
process.stdout.write(art && art.textContent ? art.textContent : "");
EOF
	lxml_version=$(dpkg-query -W -f '${Version}' python3-readability \
		2>/dev/null || true)
	printf 'lxml %s\n' "$lxml_version" >"$work/web/lxml-key"
	printf 'js %s %s\n' "$readability_version" "$jsdom_version" \
		>"$work/web/js-key"
	if [ $have_extract = 1 ]; then
		extractors+=(precis)
	fi
	if /usr/bin/python3 -c 'import readability, lxml.html' 2>/dev/null; then
		extractors+=(lxml)
	fi
	if [ -n "$readability_version" ] && [ -n "$jsdom_version" ]; then
		extractors+=(js)
	fi

	# extract WHO ID: one page's text, or an empty text and a note.
	extract() {
		local p=$work/web/pages/$2.html o=$work/web/$1/$2.txt url
		case $1 in
		precis) o=$work/web/$1/$2.json
			"$precis" extract -f json "$p" >"$o" 2>/dev/null ||
			{ : >"$o"; echo "$2" >>"$work/web/$1.failed"; } ;;
		lxml) cached "$p" "$work/web/extract_lxml.py" "$work/web/lxml-key" -- \
			/usr/bin/python3 "$work/web/extract_lxml.py" "$p" >"$o" \
			2>/dev/null || { : >"$o"; echo "$2" >>"$work/web/$1.failed"; } ;;
		js) url=$(jq -r --arg id "$2" '.[$id].url // "http://localhost/"' \
			"$work/web/truth.json")
			cached "$p" "$work/web/readability.js" "$work/web/js-key" \
			-- node "$work/web/readability.js" "$p" "$url" >"$o" \
			2>/dev/null || { : >"$o"; echo "$2" >>"$work/web/$1.failed"; } ;;
		esac
	}
	say "extraction: ${extractors[*]:-none} on $(printf '%s\n' "$pages" | wc -l) pages"
	for e in "${extractors[@]}"; do
		mkdir -p "$work/web/$e"
		: >"$work/web/$e.failed"
		for id in $pages; do
			spawn "extract $e $id" extract "$e" "$id"
		done
	done
	drain
	for e in "${extractors[@]}"; do
		python3 "$webdir/score.py" "$work/web/truth.json" "$work/web/$e" \
			--json --per-page "$work/web/$e.pages" >"$work/web/$e.json"
	done
fi
w1=$(date +%s)

# ---------------------------------------------------------------------
# Speed: bench/speed.sh on the untitled sets, alone on the machine.

speed_sets=()
for s in "${sets[@]}"; do
	[ "$s" = cnndm-dev-titled ] || speed_sets+=("$work/data/$s.jsonl.gz")
done
say "speed: bench/speed.sh"
speed_args=(--build "$build" --out "$work/speed")
if [ $quick = 1 ]; then
	speed_args+=(--quick)
fi
"$root/bench/speed.sh" "${speed_args[@]}" "${speed_sets[@]}" \
	>"$work/speed.log" 2>&1 || { cat "$work/speed.log" >&2; die "speed.sh failed"; }
s1=$(date +%s)

# ---------------------------------------------------------------------
# Memory against input size: the records of all the sets, cycled.

if [ $quick = 1 ]; then
	mem_sizes="100 300 1000"
else
	mem_sizes="1000 2000 5000 10000 20000 50000"
fi
: >"$work/memory.tsv"
mem_note=""
if [ -x /usr/bin/time ]; then
	zcat "$work"/data/*.jsonl.gz >"$work/all.jsonl"
	for n in $mem_sizes; do
		awk -v n="$n" '{ r[NR] = $0 } END { for (i = 0; i < n; i++)
			print r[i % NR + 1] }' "$work/all.jsonl" |
			gzip -1 >"$work/mem.jsonl.gz"
		mb=$(zcat "$work/mem.jsonl.gz" | wc -c)
		line="$n	$mb"
		for j in 1 2; do
			/usr/bin/time -f %M -o "$work/rss" "$precis" batch -q \
				--jobs "$j" -o "$work/mem-out.jsonl" \
				"$work/mem.jsonl.gz"
			line="$line	$(tail -n 1 "$work/rss")"
		done
		printf '%s\n' "$line" >>"$work/memory.tsv"
	done
	rm -f "$work/mem.jsonl.gz" "$work/mem-out.jsonl" "$work/all.jsonl"
else
	mem_note="/usr/bin/time not found (Debian time): no memory figures"
fi
m1=$(date +%s)

# ---------------------------------------------------------------------
# Plots: gnuplot scripts on data files written from this run's figures.

plot=$work/plot
mkdir -p "$plot"
rm -f "$out"/*.svg
term='set terminal svg size 1000,760 dynamic enhanced font "sans,11" background "white"'
tab=$(printf '\t')

# Quality: one figure a data set, ROUGE-1 and ROUGE-2 against sentences
# and against words.  Columns of quality.tsv: set, system, kind, x, R1,
# low, high, R2, low, high, RL, low, high, words, documents.
for s in "${sets[@]}"; do
	for sys in "${systems[@]}"; do
		for k in n w; do
			awk -F '\t' -v s="$s" -v y="$sys" -v k="$k" \
				'$1 == s && $2 == y && $3 == k { print $4, $5, $8 }' \
				"$work/quality.tsv" >"$plot/$s-$sys-$k.dat"
		done
	done
	# Where a precis style crosses the lead: linear interpolation between
	# the two lengths where the sign of the difference changes.
	for sys in news content; do
		[ -s "$plot/$s-$sys-n.dat" ] || continue
		for k in n w; do
			for col in 2 3; do
				paste -d ' ' "$plot/$s-$sys-$k.dat" \
					"$plot/$s-lead-$k.dat" | awk -v c="$col" '
				# A crossing: the difference changes sign between two
				# lengths (a tie on the way counts as the crossing).
				{
					x = $1; p = $c; d = $c - $(c + 3)
					sg = d > 0 ? 1 : d < 0 ? -1 : 0
					if (sg != 0 && ls != 0 && sg != ls) {
						t = pd == 0 ? 0 : pd / (pd - d)
						printf "%.4g %.4g %s\n", px + t * (x - px),
							pp + t * (p - pp), (sg > 0 ? "up" : "down")
					}
					if (sg != 0)
						ls = sg
					if (NR == 1 || sg != 0 && first == 0)
						first = sg
					px = x; pp = p; pd = d
				}
				END {
					if (NR)
						printf "# %d %d\n", first, ls
				}' >"$plot/$s-$sys-$k-$col.cross"
			done
		done
	done
	{
		echo "$term"
		echo "set output '$out/quality-$s.svg'"
		docs=$(awk -F '\t' -v s="$s" '$1 == s { print $15; exit }' \
			"$work/quality.tsv")
		echo "set multiplot layout 2,2 title 'Quality against length: $s ($docs documents)'"
		echo "set grid; set key bottom right font ',9'"
		echo "set datafile commentschars '#'"
		for col in 2 3; do
			m=$([ $col = 2 ] && echo 1 || echo 2)
			for k in n w; do
				if [ $k = n ]; then
					echo "set xlabel 'summary length (sentences)'"
					echo "set xrange [0.8:6.2]; set xtics 1"
				else
					echo "set xlabel 'word budget (words)'"
					echo "set xrange [20:155]; set xtics 25"
				fi
				echo "set ylabel 'ROUGE-$m F1 (%)'"
				printf 'plot'
				sep=" "
				for sys in "${systems[@]}"; do
					printf "%s'%s' using 1:%s with linespoints lw 2 title '%s'" \
						"$sep" "$plot/$s-$sys-$k.dat" "$col" \
						"$(label "$sys")"
					sep=", "
				done
				for sys in news content; do
					c=$plot/$s-$sys-$k-$col.cross
					if [ -f "$c" ] && grep -qv '^#' "$c"; then
						printf "%s'%s' using 1:2 with points pt 6 ps 2.5 lw 2 lc rgb 'black' title 'precis (%s) crosses LEAD'" \
							"$sep" "$c" "$sys"
					fi
				done
				echo
			done
		done
		echo "unset multiplot"
	} >"$plot/quality-$s.gp"
	gnuplot "$plot/quality-$s.gp"
done

# Throughput: bars of documents/s and MB/s on a log scale, the error bars
# from the fastest to the slowest run, per data set.
speed_json=$work/speed/speed.json
# The rows of speed.json shown, each as a prefix of its "what" and a label.
speed_rows='[["precis, in process, 1 thread", "precis in process"],
	["precis batch --jobs 1", "precis batch -j1"],
	["precis batch --jobs 2", "precis batch -j2"],
	["OTS, in process, first", "OTS in process"],
	["cat (read the texts)", "cat"], ["wc -w (count words)", "wc -w"],
	["zcat (decompress the .gz)", "zcat"]]'
speed_names=$(jq -r '[.rows[].data] | unique | map(select(. != "mixed"))
	| .[]' "$speed_json")
for unit in docs mb; do
	jq -r --arg unit "$unit" --argjson want "$speed_rows" '
		def amount: if $unit == "docs" then .docs else .bytes / 1e6 end;
		def rates: if .median_s == null or .median_s <= 0 then ["-", "-", "-"]
			else [amount / .median_s, amount / .max_s, amount / .min_s]
			end;
		. as $all | ([.rows[].data] | unique | map(select(. != "mixed"))) as $sets
		| $want[] as $w
		| [$w[1]]
		  + ([$sets[] as $s | ($all.rows | map(select(.data == $s
			and (.what | startswith($w[0])))) | first // {})
			| if .docs then rates else ["-", "-", "-"] end] | add)
		| @tsv' "$speed_json" >"$plot/speed-$unit.dat"
done
{
	echo "$term"
	echo "set output '$out/throughput.svg'"
	echo "set multiplot layout 2,1 title 'Throughput, median of the runs; error bars: slowest to fastest run'"
	echo "set style data histogram"
	echo "set style histogram errorbars gap 2 lw 1"
	echo "set style fill solid 0.6 border -1"
	echo "set datafile separator '\t'; set datafile missing '-'"
	echo "set logscale y; set grid ytics; set key top left"
	echo "set xtics font ',10' scale 0"
	for unit in docs mb; do
		if [ $unit = docs ]; then
			echo "set ylabel 'documents/s (log scale)'"
		else
			echo "set ylabel 'MB/s of text (log scale)'"
		fi
		printf 'plot'
		i=0
		for name in $speed_names; do
			c=$((2 + 3 * i))
			[ $i = 0 ] && xt=":xtic(1)" || xt=""
			printf "%s'%s' using %d:%d:%d%s title '%s'" \
				"$([ $i = 0 ] && echo ' ' || echo ', ')" \
				"$plot/speed-$unit.dat" "$c" "$((c + 1))" \
				"$((c + 2))" "$xt" "$name"
			i=$((i + 1))
		done
		echo
	done
	echo "unset multiplot"
} >"$plot/throughput.gp"
gnuplot "$plot/throughput.gp"

# Memory against the number of documents.
if [ -s "$work/memory.tsv" ]; then
	cat >"$plot/memory.gp" <<EOF
$term
set output '$out/memory.svg'
set title 'Peak RSS of precis batch against the number of documents'
set logscale x; set grid; set key top left
set xlabel 'documents in the batch (log scale)'
set ylabel 'peak RSS (MiB)'
set yrange [0:*]
plot '$work/memory.tsv' using 1:(\$3/1024) with linespoints lw 2 pt 7 title 'precis batch --jobs 1', \
     '' using 1:(\$4/1024) with linespoints lw 2 pt 5 title 'precis batch --jobs 2'
EOF
	gnuplot "$plot/memory.gp"
fi

# Extraction: F1 of each page, sorted, one curve an extractor.
ext_label() {
	case $1 in
	precis) echo "precis extract" ;;
	lxml) echo "readability-lxml $lxml_version (Debian)" ;;
	js) echo "Readability.js $readability_version (jsdom $jsdom_version)" ;;
	esac
}
if [ ${#extractors[@]} -gt 0 ]; then
	for e in "${extractors[@]}"; do
		jq -r 'if .precision == null or .recall == null then 0
			elif .precision + .recall == 0 then 0
			else 2 * .precision * .recall / (.precision + .recall) end' \
			"$work/web/$e.pages" | sort -g | awk '{ print NR, $1 }' \
			>"$plot/web-$e.dat"
	done
	{
		echo "$term"
		echo "set output '$out/extraction.svg'"
		echo "set title 'Article extraction: F1 of each web page, sorted'"
		echo "set grid; set key bottom right"
		echo "set xlabel 'pages, worst to best'; set ylabel 'F1 of the page'"
		echo "set yrange [0:1.02]"
		printf 'plot'
		sep=" "
		for e in "${extractors[@]}"; do
			printf "%s'%s' using 1:2 with steps lw 2 title '%s'" "$sep" \
				"$plot/web-$e.dat" "$(ext_label "$e")"
			sep=", "
		done
		echo
	} >"$plot/extraction.gp"
	gnuplot "$plot/extraction.gp"
fi

# ---------------------------------------------------------------------
# The report.

finished=$(date +%s)
commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
# Changes to the code only: the report's own files are rewritten by now.
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no -- . \
	':!bench/results' 2>/dev/null)" ]; then
	commit="$commit (with uncommitted changes)"
fi
sj() { jq -r "$1" "$speed_json"; }
version=$("$precis" --version | head -n 1)
md=$out/report.md

# mtable SET KIND: ROUGE-1 / ROUGE-2 of every system at every length.
mtable() {
	local xs unit
	if [ "$2" = n ]; then xs=$lengths_n; unit=sentences
	else xs=$lengths_w; unit=words; fi
	printf '| system |'
	for x in $xs; do printf ' %s %s |' "$x" "$unit"; done
	printf '\n| --- |'
	for x in $xs; do printf ' ---: |'; done
	echo
	for sys in "${systems[@]}"; do
		printf '| %s |' "$(label "$sys")"
		for x in $xs; do
			awk -F '\t' -v s="$1" -v y="$sys" -v k="$2" -v x="$x" '
				$1 == s && $2 == y && $3 == k && $4 == x {
					printf " %.2f / %.2f", $5, $8
					if (k == "w")
						printf " (%.0f)", $14
				}' "$work/quality.tsv"
			printf ' |'
		done
		echo
	done
}

# crossings SET: where each precis style crosses the lead, in words.
crossings() {
	local sys k col c what
	for sys in news content; do
		for k in n w; do
			for col in 2 3; do
				c=$plot/$1-$sys-$k-$col.cross
				[ -f "$c" ] || continue
				what="ROUGE-$([ $col = 2 ] && echo 1 || echo 2), $([ $k = n ] && echo sentences || echo words)"
				awk -v who="precis ($sys style)" -v what="$what" \
					-v unit="$([ $k = n ] && echo sentences || echo words)" '
					/^#/ { first = $2; last = $3; next }
					# A line of each crossing: where, and which is above
					# after it.
					{
						n++
						fmt = "%s at %.1f %s (%s it after)"
						if (unit == "words")
							fmt = "%s at %.0f %s (%s it after)"
						s = s sprintf(fmt, n > 1 ? "," : "", $1, unit,
							$3 == "up" ? "above" : "below")
					}
					END {
						if (n)
							printf "- %s, %s: crosses LEAD%s.\n", what, who, s
						else if (first > 0 && last > 0)
							printf "- %s, %s: above LEAD wherever the two differ.\n", what, who
						else if (first < 0 && last < 0)
							printf "- %s, %s: below LEAD wherever the two differ.\n", what, who
						else
							printf "- %s, %s: level with LEAD at every length.\n", what, who
					}' "$c"
			done
		done
	done
}

{
	echo "# precis benchmark report"
	echo
	if [ $quick = 1 ]; then
		echo "**Quick run** (\`bench/report.sh --quick\`): a check that every stage works, on few documents and few timing runs; its numbers are not measurements."
		echo
	fi
	echo "Every number, table and plot below was produced by one run of \`bench/report.sh$([ $quick = 1 ] && echo ' --quick')\` on the machine described here; none is copied from elsewhere. Speed figures are of this machine at the time of the run (shared, so compare ratios, not absolute times, between runs)."
	echo
	echo "| | |"
	echo "| --- | --- |"
	echo "| date (UTC) | $(date -u -d "@$started" +%Y-%m-%dT%H:%M:%SZ) |"
	echo "| commit | \`$commit\` |"
	echo "| precis | $version |"
	echo "| machine | $(sj .machine.cpu), $(sj .machine.cores) cores; load average at the end of the speed stage $(sj .machine.load) |"
	echo "| compiler | $(sj .compiler) |"
	echo "| build | $(sj .build_type), flags \`$(sj .flags)\` |"
	echo "| data | \`$datadir\`$([ -n "$data_note" ] && echo "; $data_note") |"
	echo "| run time | $((finished - started)) s: quality $((q1 - q0)) s, extraction $((w1 - q1)) s, speed $((s1 - w1)) s, memory $((m1 - s1)) s |"
	echo
	echo "Contents: [quality](#quality-against-length), [throughput](#throughput), [memory](#memory-against-input-size), [extraction](#extraction)."
	echo
	echo "## Quality against length"
	echo
	echo "ROUGE F1 (%) of each system's summaries against the human references, scored by \`precis eval\` (ROUGE-1.5.5's settings: stemming, stopwords kept, 95% bootstrap intervals of 1,000 resamples), as the summary grows from 1 to 6 sentences and from 25 to 150 words. precis and LEAD use their own budgets (\`-n N\`, \`-w W\`: the best whole sentences that fit). The peers rank every sentence once (\`bench/ots_rank.c\`, \`bench/peers/textrank-rank.js\`), and \`bench/peers/lengths.py\` takes every length from that ranking: their N-sentence summaries are the N best, the same as those of \`bench/ots_summarize.c\` and \`bench/peers/textrank.js\`, and their W-word summaries the best whole sentences that fit in W words, a word being a run of letters and digits. The peers read the text only, without the title. Words in the tables: the mean length of the summaries in such words."
	echo
	[ $have_content = 1 ] || echo "precis has no content style here (\`precis --help\` lists no \`--method content\`): its rows are absent."
	[ -n "$otsrank" ] || echo "The Open Text Summarizer is absent: libots was not found (\`scripts/setup.sh --bench\`)."
	[ -n "$textrank_version" ] || echo "TextRank is absent: ${node_note:-ts-textrank not installed}."
	echo
	for s in "${sets[@]}"; do
		docs=$(awk -F '\t' -v s="$s" '$1 == s { print $15; exit }' \
			"$work/quality.tsv")
		echo "### $s ($docs documents)"
		echo
		echo "![Quality against length on $s](quality-$s.svg)"
		echo
		crossings "$s"
		echo
		echo "ROUGE-1 / ROUGE-2 F1 by sentences:"
		echo
		mtable "$s" n
		echo
		echo "ROUGE-1 / ROUGE-2 F1 (mean words) by word budget:"
		echo
		mtable "$s" w
		echo
		echo "At 3 sentences, the customary setting, with 95% intervals:"
		echo
		echo "| system | ROUGE-1 | ROUGE-2 | ROUGE-L | words |"
		echo "| --- | --- | --- | --- | ---: |"
		for sys in "${systems[@]}"; do
			awk -F '\t' -v s="$s" -v y="$sys" -v l="$(label "$sys")" '
				$1 == s && $2 == y && $3 == "n" && $4 == 3 {
					printf "| %s | %.2f (%.2f–%.2f) | %.2f (%.2f–%.2f) | %.2f (%.2f–%.2f) | %.1f |\n",
						l, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14
				}' "$work/quality.tsv"
		done
		echo
	done
	echo "## Throughput"
	echo
	echo "From \`bench/speed.sh$([ $quick = 1 ] && echo ' --quick')\`, run alone in this report (see \`bench/README.md\` for what each row measures). Bars: the median rate; error bars: the rates of the slowest and the fastest run. OTS runs on the first articles only, as the table says."
	echo
	echo "![Throughput](throughput.svg)"
	echo
	sed '1,/^$/d' "$work/speed/speed.md" | sed '1,/^$/d'
	echo
	echo "## Memory against input size"
	echo
	if [ -s "$work/memory.tsv" ]; then
		echo "Peak resident set (\`/usr/bin/time -f %M\`) of one \`precis batch\` run over the records of the data sets above, cycled to each size, written to a file."
		echo
		echo "![Memory against input size](memory.svg)"
		echo
		echo "| documents | MB of JSON | peak RSS, --jobs 1 (MiB) | peak RSS, --jobs 2 (MiB) |"
		echo "| ---: | ---: | ---: | ---: |"
		awk -F '\t' '{ printf "| %d | %.1f | %.1f | %.1f |\n", $1, $2 / 1e6,
			$3 / 1024, $4 / 1024 }' "$work/memory.tsv"
	else
		echo "Not measured: $mem_note."
	fi
	echo
	echo "## Extraction"
	echo
	if [ ${#extractors[@]} -eq 0 ]; then
		echo "Not measured: ${web_note:-no extractor available}."
	else
		pages_n=$(jq length "$work/web/truth.json")
		echo "The article body of each of $pages_n saved web pages (\`web-dev/\`), scored against the annotators' text with the benchmark's own metric (\`web-dev/score.py\`: shingles of 4 words; F1 of the mean precision and mean recall). The plot shows each page's own F1, sorted: the further right the curve stays high, the more pages come out whole."
		echo
		if [ $have_extract = 0 ]; then
			echo "**precis extract is absent** from this build (\`precis extract --help\` does not name it): only the peers are shown."
			echo
		fi
		echo "![Extraction F1 per page](extraction.svg)"
		echo
		echo "| extractor | F1 | precision | recall | exact pages | empty extractions |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: |"
		for e in "${extractors[@]}"; do
			jq -r --arg l "$(ext_label "$e")" '"| \($l) | \(.f1 * 1000 | round / 1000) | \(.precision * 1000 | round / 1000) | \(.recall * 1000 | round / 1000) | \(.accuracy * .pages | round) | \(.empty) |"' \
				"$work/web/$e.json"
		done
		for e in "${extractors[@]}"; do
			if [ -s "$work/web/$e.failed" ]; then
				echo
				echo "$(ext_label "$e") failed on $(wc -l <"$work/web/$e.failed") of the pages (scored as empty): $(sed 's/.*/`&`/' "$work/web/$e.failed" | tr '\n' ' ')"
			fi
		done
	fi
	echo
	echo "---"
	echo "Written by \`bench/report.sh\`. Plots: $(cd "$out" && ls ./*.svg | sed 's|^\./||' | tr '\n' ' ')"
} >"$md"

# A copy in HTML: the same text, the plots inline as images.
awk -f "$root/bench/md2html.awk" "$md" >"$out/report.html"

say "wrote $md, $out/report.html and $(ls "$out"/*.svg | wc -l) plots in $((finished - started)) s"
