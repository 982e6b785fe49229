#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# python.sh - the speed of the Python package against the C library in
# process, on the same texts, beside the TextRank peer.
#
#   bench/python.sh [--quick] [--build DIR] [--out DIR] [DATA.jsonl[.gz]]...
#
# DATA defaults to ../shared/data/cnndm-dev.jsonl.gz and bbc-dev.jsonl.gz
# beside the repository.  For each data set, in turns (so that a change in
# the machine's load falls on every row alike):
#
#   C, 1 thread            bench/speed.c: libprecis in process
#   two C processes        two of it at once: what a second core gives now
#   Python, 1 thread       bench/python_speed.py: precis.Summarizer, the
#   Python, 2 threads      same context and options as bench/speed.c
#   TextRank               node bench/peers/textrank.js (npm ts-textrank),
#                          a whole process over the first 300 records (it
#                          is two orders of magnitude slower), once a turn
#
# and the ratios Python 1 thread / C (target >= 0.8) and Python 2 threads /
# 1 thread (target >= 1.7), from the wall-clock and the CPU medians.  The
# package is installed, as README says, into a temporary virtual
# environment of Debian's Python, against the library of the build DIR
# (default build-bench, a Release build, as bench/speed.sh uses).  The table
# goes to standard output and OUT/python.md (OUT defaults to bench/results).
# --quick: 200 articles, short runs, for a smoke test of the script.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench_name=python.sh
. "$root/bench/lib.sh"
bench_args "$@"
if [ $quick = 1 ]; then
	limit=200 min_time=0.2 min_runs=2 turns=1
else
	limit=0 min_time=1 min_runs=3 turns=3
fi

"$root/scripts/setup.sh" --test

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

bench_build precis precis_bench_speed precis_bench_run
harness=$build/bench/precis_bench_speed
run=$build/bench/precis_bench_run

/usr/bin/python3 -m venv --system-site-packages "$tmp/venv"
PRECIS_BUILD_DIR=$build "$tmp/venv/bin/pip" install --quiet \
	--no-build-isolation --no-index "$root/bindings/python"
py=$tmp/venv/bin/python

textrank=""
if command -v node >/dev/null && command -v npm >/dev/null; then
	peers=$root/bench/.peers
	if [ ! -d "$peers/node_modules/ts-textrank" ]; then
		mkdir -p "$peers"
		npm install --silent --no-audit --no-fund --prefix "$peers" \
			ts-textrank@1.0.3 >/dev/null
	fi
	export NODE_PATH=$peers/node_modules
	textrank=1
else
	echo "python.sh: node and npm not found: no TextRank row" >&2
fi

# field NAME LINE: the value of NAME=value in a result line.
field() {
	printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

# median FILE: the median of the numbers in FILE, one a line.
median() {
	sort -g "$1" | awk '{ v[NR] = $1 } END {
		printf "%.6g", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Rows: data, what, docs a run, wall docs/s, CPU docs/s (each the median
# over the turns).
rows=$tmp/rows.tsv
: >"$rows"
cd "$tmp"
for d in "${data[@]}"; do
	name=$(basename "$d")
	name=${name%.gz}
	name=${name%.jsonl}
	echo "python.sh: $name" >&2
	src=$tmp/$name.jsonl
	if [ "$limit" -gt 0 ]; then
		{ zcat -f "$d" || true; } | head -n "$limit" >"$src"
	else
		zcat -f "$d" >"$src"
	fi
	h=(--min-time="$min_time" --min-runs="$min_runs" "$src")
	for w in c c2 py1 py2 tr; do : >"$tmp/$w.wall"; : >"$tmp/$w.cpu"; done
	for t in $(seq "$turns"); do
		line=$("$harness" "${h[@]}")
		docs=$(field docs "$line")
		field docs_per_s "$line" >>"$tmp/c.wall"
		awk -v n="$docs" -v s="$(field cpu_median_s "$line")" \
			'BEGIN { print n / s }' >>"$tmp/c.cpu"

		"$harness" "${h[@]}" >"$tmp/a" & "$harness" "${h[@]}" >"$tmp/b"
		wait $!
		awk -F'docs_per_s=' '{ split($2, v, " "); s += v[1] }
			END { print s }' "$tmp/a" "$tmp/b" >>"$tmp/c2.wall"
		awk -v n="$docs" '{ split($0, f, "cpu_median_s="); split(f[2], v, " ");
			s += n / v[1] } END { print s }' "$tmp/a" "$tmp/b" >>"$tmp/c2.cpu"

		for k in 1 2; do
			line=$("$py" "$root/bench/python_speed.py" --threads "$k" \
				"${h[@]}")
			field docs_per_s "$line" >>"$tmp/py$k.wall"
			awk -v n="$(field docs "$line")" \
				-v s="$(field cpu_median_s "$line")" \
				'BEGIN { print n / s }' >>"$tmp/py$k.cpu"
		done

		if [ -n "$textrank" ]; then
			head -n 300 "$src" >"$tmp/tr.jsonl"
			trn=$(wc -l <"$tmp/tr.jsonl")
			line=$("$run" --min-time=0 --min-runs=1 -- sh -c \
				'node "$0" 3 <"$1" >/dev/null' \
				"$root/bench/peers/textrank.js" "$tmp/tr.jsonl")
			awk -v n="$trn" -v s="$(field median_s "$line")" \
				'BEGIN { print n / s }' >>"$tmp/tr.wall"
			awk -v n="$trn" -v s="$(field cpu_median_s "$line")" \
				'BEGIN { print n / s }' >>"$tmp/tr.cpu"
		fi
	done
	for w in "c:C library in process, 1 thread" \
		"c2:two C processes at once (the machine's ceiling)" \
		"py1:Python package, 1 thread" "py2:Python package, 2 threads" \
		"tr:TextRank (npm ts-textrank, node, whole process)"; do
		k=${w%%:*}
		[ -s "$tmp/$k.wall" ] || continue
		n=$docs
		[ "$k" = tr ] && n=$trn
		printf '%s\t%s\t%s\t%s\t%s\n' "$name" "${w#*:}" "$n" \
			"$(median "$tmp/$k.wall")" "$(median "$tmp/$k.cpu")" >>"$rows"
	done
done

rate() { # rate DATA WHAT-PREFIX wall|cpu
	awk -F '\t' -v d="$1" -v w="$2" -v c="$3" '$1 == d && index($2, w) == 1 {
		print (c == "cpu" ? $5 : $4) }' "$rows"
}

{
	echo "| data | what | docs | docs/s (wall) | docs/s (CPU) |"
	echo "| --- | --- | ---: | ---: | ---: |"
	awk -F '\t' '{ printf "| %s | %s | %s | %.0f | %.0f |\n", $1, $2, $3, $4, $5 }' "$rows"
	echo
	echo "| data | ratio | wall | CPU | target |"
	echo "| --- | --- | ---: | ---: | --- |"
	for d in $(cut -f 1 "$rows" | uniq); do
		for t in wall cpu; do
			c=$(rate "$d" "C library" "$t")
			c2=$(rate "$d" "two C" "$t")
			p1=$(rate "$d" "Python package, 1" "$t")
			p2=$(rate "$d" "Python package, 2" "$t")
			eval "r1_$t=\$(awk 'BEGIN { printf \"%.3f\", $p1 / $c }')"
			eval "r2_$t=\$(awk 'BEGIN { printf \"%.3f\", $p2 / $p1 }')"
			eval "r3_$t=\$(awk 'BEGIN { printf \"%.3f\", $c2 / $c }')"
		done
		echo "| $d | Python 1 thread / C | $r1_wall | $r1_cpu | ≥ 0.8 |"
		echo "| $d | Python 2 threads / 1 thread | $r2_wall | $r2_cpu | ≥ 1.7 |"
		echo "| $d | two C processes / one | $r3_wall | $r3_cpu | |"
	done
	echo
	echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg), $(/usr/bin/python3 --version)"
} | tee "$out/python.md"
