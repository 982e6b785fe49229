#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-2-Clause
# speed.sh - the speed and memory benchmark of precis, beside its peer and
# the physical floor, in one run.
#
#   bench/speed.sh [--quick] [--build DIR] [--out DIR] [DATA.jsonl[.gz]]...
#
# DATA defaults to ../shared/data/cnndm-dev.jsonl.gz and bbc-dev.jsonl.gz
# beside the repository.  For each data set it measures, on the same texts:
#
#   precis        the library in process, one thread (bench/speed.c)
#   precis batch  the command end to end, .jsonl.gz to a file, --jobs 1
#                 and 2, with peak memory (when `precis batch` exists)
#   OTS           Open Text Summarizer in process, 3 sentences
#                 (bench/ots_speed.c), on the first OTS_DOCS articles, beside
#                 precis on the same articles
#   floors        cat and wc -w of the texts, zcat of the .gz
#   one article   `precis FILE` and `ots FILE` as whole processes
#
# and the ratios precis / OTS, precis / wc -w and 2 jobs / 1 job.  Then a
# batch's peak memory for 2,000 and 20,000 articles, and for WARC files of
# 1,000 and 10,000 pages (written by tests/tools/make_warc.c).  Times are medians of
# repeated runs on the monotonic clock; every ratio is of numbers measured
# in this run.  The table goes to standard output and, with the machine,
# compiler and flags, to OUT/speed.md and OUT/speed.json (OUT defaults to
# bench/results, which git ignores).  --quick: few articles, few runs, for
# a smoke test of the script itself.
# --build DIR: the build directory (default build-bench, a Release build).
# PRECIS=PATH benchmarks another build of the precis command; OTS_DOCS=N
# sets the number of articles of the OTS comparison (default 100).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench_name=speed.sh
. "$root/bench/lib.sh"
bench_args "$@"

if [ $quick = 1 ]; then
	limit=100      # articles per data set (0: all)
	ots_docs=10    # articles for the in-process OTS comparison
	min_time=0.2   # seconds of timed passes, at least
	min_runs=1
	one_runs=5     # runs of the one-article processes
	turns=1        # turns of the batch commands
	mem_small=200 mem_large=2000
	warc_small=100 warc_large=1000
else
	limit=0
	ots_docs=${OTS_DOCS:-100}
	min_time=2
	min_runs=5
	one_runs=50
	turns=5
	mem_small=2000 mem_large=20000
	warc_small=1000 warc_large=10000
fi

"$root/scripts/setup.sh" --bench

# ---------------------------------------------------------------------
# Build.

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# The benchmarks' own build directory (as bench/quality.sh): an optimised
# build without the tests.
bench_build precis_cli precis_bench_speed precis_bench_run
have_ots=0
if cmake --build "$build" -j2 --target precis_bench_ots >/dev/null 2>&1 &&
	command -v ots >/dev/null; then
	have_ots=1
fi
precis=${PRECIS:-$build/src/cli/precis}
harness=$build/bench/precis_bench_speed
otsh=$build/bench/precis_bench_ots
run=$build/bench/precis_bench_run
# `precis batch --help` succeeds where the subcommand exists; where it does
# not, "batch" is taken for a file name and --help prints the main usage,
# so the usage line must name the subcommand too.
have_batch=0
if "$precis" batch --help >"$tmp/batch-help" 2>/dev/null &&
	grep -q "^Usage: .*batch" "$tmp/batch-help"; then
	have_batch=1
fi
have_time=0
if [ -x /usr/bin/time ]; then
	have_time=1
fi
have_valgrind=0
if command -v valgrind >/dev/null; then
	have_valgrind=1
fi

# ---------------------------------------------------------------------
# Helpers.

# field NAME LINE: the value of NAME=value in a result line.
field() {
	printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

# calc EXPR: a floating-point expression, printed with %.6g.
calc() {
	awk "BEGIN { x = $1; printf \"%.6g\", x }"
}

# Rows: data, what, docs, bytes, runs, median, min, max, cpu, peak RSS KiB,
# note.  A "-" is a value not measured; a note says why a row is n/a.
rows=$tmp/rows.tsv
: >"$rows"
row() {
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" \
		"$3" "$4" "$5" "$6" "$7" "$8" "$9" "${10}" "${11:--}" >>"$rows"
}
# na DATA WHAT REASON: a row not measured.
na() {
	row "$1" "$2" - - - - - - - - "$3"
}

# harness_row DATA WHAT LINE: a row from an in-process result line.
harness_row() {
	row "$1" "$2" "$(field docs "$3")" "$(field bytes "$3")" \
		"$(field runs "$3")" "$(field median_s "$3")" \
		"$(field min_s "$3")" "$(field max_s "$3")" \
		"$(field cpu_median_s "$3")" -
}

# run_row DATA WHAT DOCS BYTES RSS LINE: a row from a precis_bench_run line.
run_row() {
	row "$1" "$2" "$3" "$4" "$(field runs "$6")" "$(field median_s "$6")" \
		"$(field min_s "$6")" "$(field max_s "$6")" \
		"$(field cpu_median_s "$6")" "$5"
}

# peak_rss COMMAND...: the peak resident set in KiB of one run.
peak_rss() {
	/usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null
	tail -n 1 "$tmp/rss"
}

timed() {
	"$run" --min-time="$min_time" --min-runs="$min_runs" "$@"
}

# merge_turns FILE: one result line from the precis_bench_run lines of
# several turns: the median of their medians and CPU medians, the least
# minimum and the greatest maximum, the runs added up.
merge_turns() {
	tr ' ' '\n' <"$1" | awk -F= '
		function median(a, n,   i, j, t) {
			for (i = 2; i <= n; i++)
				for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
					t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
				}
			return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		}
		$1 == "runs" { runs += $2 }
		$1 == "median_s" { m[++nm] = $2 }
		$1 == "cpu_median_s" { c[++nc] = $2 }
		$1 == "min_s" && (lo == "" || $2 < lo) { lo = $2 }
		$1 == "max_s" && (hi == "" || $2 > hi) { hi = $2 }
		END {
			printf "run: runs=%d median_s=%.6g min_s=%s max_s=%s cpu_median_s=%.6g\n",
				runs, median(m, nm), lo, hi, median(c, nc)
		}'
}

# Ratios: data, what, value from the wall-clock medians, value from the CPU
# medians, target; "-" for none.
ratios=$tmp/ratios.tsv
: >"$ratios"

# rate WHAT DATA docs|mb wall|cpu: docs/s or MB/s of a row already
# recorded, from its median wall or CPU time.
rate() {
	awk -F '\t' -v d="$2" -v w="$1" -v c="$3" -v t="$4" '
		$1 == d && $2 == w {
			s = (t == "cpu" ? $9 : $6)
			if (s != "-" && s > 0)
				v = (c == "docs" ? $3 : $4 / 1e6) / s
		}
		END { if (v != "") printf "%.6g", v }' "$rows"
}

# ratio DATA WHAT_A WHAT_B docs|mb LABEL TARGET: rate of A over rate of B.
ratio() {
	local t a b v=()
	for t in wall cpu; do
		a=$(rate "$2" "$1" "$4" "$t")
		b=$(rate "$3" "$1" "$4" "$t")
		if [ -n "$a" ] && [ -n "$b" ]; then
			v+=("$(calc "$a / $b")")
		else
			v+=(n/a)
		fi
	done
	printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$5" "${v[0]}" "${v[1]}" "$6" \
		>>"$ratios"
}

# ---------------------------------------------------------------------
# Measurements.

hargs=(--min-time="$min_time" --min-runs="$min_runs" --limit="$limit")
for d in "${data[@]}"; do
	name=$(basename "$d")
	name=${name%.gz}
	name=${name%.jsonl}
	texts=$tmp/$name.txt
	echo "speed.sh: $name" >&2
	# The file the commands read: the data set, or its first $limit
	# records, so that every row sees the same articles.
	src=$d
	if [ "$limit" -gt 0 ]; then
		src=$tmp/$name.jsonl.gz
		{ zcat -f "$d" || true; } | head -n "$limit" | gzip -1 >"$src"
	fi

	# precis in process, all articles; the texts it read, for the floors.
	line=$("$harness" "${hargs[@]}" --dump-texts="$texts" "$d")
	harness_row "$name" "precis, in process, 1 thread" "$line"
	docs=$(field docs "$line")
	bytes=$(field bytes "$line")

	# The same few articles through precis and through libots.
	if [ $have_ots = 1 ]; then
		line=$("$harness" --min-time="$min_time" \
			--min-runs="$min_runs" --limit="$ots_docs" "$d")
		harness_row "$name" "precis, in process, first $ots_docs" \
			"$line"
		line=$("$otsh" --min-time=0 --min-runs=3 --limit="$ots_docs" \
			"$d")
		harness_row "$name" "OTS, in process, first $ots_docs" "$line"
	else
		na "$name" "OTS, in process" "libots or ots not installed: scripts/setup.sh --bench"
	fi

	# The batch command, end to end: 1 job, 2 jobs, and two 1-job
	# processes at once, which shows how much of a second core the
	# machine gives at the moment.  The three are measured in turns, so
	# that a change in the machine's load falls on all of them alike.
	if [ $have_batch = 1 ]; then
		one=("$precis" batch -q --jobs 1 -o "$tmp/batch1.jsonl" "$src")
		two=("$precis" batch -q --jobs 2 -o "$tmp/batch2.jsonl" "$src")
		pair=(sh -c '"$@" -o "$0.a" & "$@" -o "$0.b" || exit 1
			wait $! || exit 1' "$tmp/pair" "$precis" batch -q \
			--jobs 1 "$src")
		rss1=- rss2=-
		if [ $have_time = 1 ]; then
			rss1=$(peak_rss "${one[@]}")
			rss2=$(peak_rss "${two[@]}")
		fi
		: >"$tmp/turns1" && : >"$tmp/turns2" && : >"$tmp/turnsp"
		for t in $(seq "$turns"); do
			"$run" --min-time=0 --min-runs=2 -- "${one[@]}" \
				>>"$tmp/turns1"
			"$run" --min-time=0 --min-runs=2 -- "${two[@]}" \
				>>"$tmp/turns2"
			"$run" --min-time=0 --min-runs=2 -- "${pair[@]}" \
				>>"$tmp/turnsp"
		done
		cmp -s "$tmp/batch1.jsonl" "$tmp/batch2.jsonl" || {
			echo "speed.sh: $name: --jobs 1 and 2 differ" >&2
			exit 1
		}
		run_row "$name" "precis batch --jobs 1" "$docs" "$bytes" \
			"$rss1" "$(merge_turns "$tmp/turns1")"
		run_row "$name" "precis batch --jobs 2" "$docs" "$bytes" \
			"$rss2" "$(merge_turns "$tmp/turns2")"
		run_row "$name" "two precis batch --jobs 1 at once" \
			"$((2 * docs))" "$((2 * bytes))" - \
			"$(merge_turns "$tmp/turnsp")"
	else
		na "$name" "precis batch" "precis batch not available"
	fi

	# The floors, on the same bytes: the texts as precis read them, and the
	# compressed file as it lies on disk.
	line=$(timed -- cat "$texts")
	run_row "$name" "cat (read the texts)" "$docs" "$bytes" - "$line"
	line=$(timed -- wc -w "$texts")
	run_row "$name" "wc -w (count words)" "$docs" "$bytes" - "$line"
	if gzip -t "$d" 2>/dev/null; then
		raw=$(zcat "$src" | wc -c)
		recs=$(zcat "$src" | wc -l)
		line=$(timed -- zcat "$src")
		run_row "$name" "zcat (decompress the .gz)" "$recs" "$raw" - \
			"$line"
	else
		na "$name" "zcat (decompress the .gz)" "input is not gzip'd"
	fi

	# One article as a whole process: its first article.
	"$harness" --limit=1 --warmup=0 --min-runs=1 --min-time=0 \
		--dump-texts="$tmp/one.txt" "$d" >/dev/null
	one_bytes=$(wc -c <"$tmp/one.txt")
	line=$("$run" --min-time=1 --min-runs="$one_runs" -- \
		"$precis" "$tmp/one.txt")
	run_row "$name" "precis FILE (one article, whole process)" 1 \
		"$one_bytes" "$(field maxrss_kib "$line")" "$line"
	if [ $have_valgrind = 1 ]; then
		valgrind --tool=callgrind --callgrind-out-file=/dev/null \
			"$precis" "$tmp/one.txt" >/dev/null 2>"$tmp/vg" || true
		ins=$(sed -n 's/.*Collected : *//p' "$tmp/vg")
		printf '%s\tprecis FILE, instructions (callgrind)\t%s\t-\t-\n' \
			"$name" "${ins:-n/a}" >>"$ratios"
	fi
	if [ $have_ots = 1 ]; then
		line=$("$run" --min-time=1 --min-runs="$one_runs" -- \
			ots "$tmp/one.txt")
		run_row "$name" "ots FILE (one article, whole process)" 1 \
			"$one_bytes" "$(field maxrss_kib "$line")" "$line"
	fi

	ratio "$name" "precis, in process, first $ots_docs" \
		"OTS, in process, first $ots_docs" docs \
		"precis / OTS, documents/s (same articles)" "≥ 100"
	ratio "$name" "precis, in process, 1 thread" "wc -w (count words)" mb \
		"precis / wc -w, MB/s" "≥ 0.25"
	ratio "$name" "precis batch --jobs 2" "precis batch --jobs 1" docs \
		"batch 2 jobs / 1 job, documents/s" "≥ 1.8"
	ratio "$name" "two precis batch --jobs 1 at once" \
		"precis batch --jobs 1" docs \
		"two 1-job processes / one, documents/s (what the machine gives)" -
	ratio "$name" "precis FILE (one article, whole process)" \
		"ots FILE (one article, whole process)" docs \
		"precis FILE / ots FILE, runs/s" -
done

# Peak memory of a batch against its input size: the records of all the
# data sets, cycled to the two sizes.
zcat -f "${data[@]}" >"$tmp/all.jsonl"
for n in $mem_small $mem_large; do
	awk -v n="$n" '{ r[NR] = $0 } END { for (i = 0; i < n; i++)
		print r[i % NR + 1] }' "$tmp/all.jsonl" | gzip -1 >"$tmp/mem-$n.jsonl.gz"
done
mem_note=""
if [ $have_batch = 1 ] && [ $have_time = 1 ]; then
	for n in $mem_small $mem_large; do
		rss=$(peak_rss "$precis" batch -q --jobs 2 -o "$tmp/batch.jsonl" \
			"$tmp/mem-$n.jsonl.gz")
		row "mixed" "precis batch --jobs 2, $n articles, peak memory" \
			"$n" - - - - - - "$rss"
		eval "rss_$n=$rss"
	done
	eval "a=\$rss_$mem_large b=\$rss_$mem_small"
	printf 'mixed\tpeak memory %s / %s articles\t%s\t-\t≤ 1.25\n' \
		"$mem_large" "$mem_small" "$(calc "$a / $b")" >>"$ratios"
else
	mem_note="precis batch not available"
	na "mixed" "precis batch, peak memory ($mem_small vs $mem_large)" \
		"$mem_note"
fi

# Peak memory of a WARC batch against its number of records: .warc.gz of
# pages whose texts cycle through 100, so that the library's word caches
# stop growing and what is left to grow is the reader's.
if [ $have_batch = 1 ] && [ $have_time = 1 ] &&
	cc -O2 -o "$tmp/make_warc" "$root/tests/tools/make_warc.c" -lz; then
	for n in $warc_small $warc_large; do
		"$tmp/make_warc" "$tmp/warc-$n.warc.gz" cycle "$n"
		rss=$(peak_rss "$precis" batch -q --jobs 2 -o "$tmp/batch.jsonl" \
			"$tmp/warc-$n.warc.gz")
		row "warc" "precis batch --jobs 2, $n WARC pages, peak memory" \
			"$n" - - - - - - "$rss"
		eval "wrss_$n=$rss"
	done
	eval "a=\$wrss_$warc_large b=\$wrss_$warc_small"
	printf 'warc\tpeak memory %s / %s WARC pages\t%s\t-\t≤ 1.25\n' \
		"$warc_large" "$warc_small" "$(calc "$a / $b")" >>"$ratios"
else
	na "warc" "precis batch, peak memory ($warc_small vs $warc_large WARC pages)" \
		"precis batch or a C compiler not available"
fi

# ---------------------------------------------------------------------
# Machine.

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
cores=$(nproc)
cache=$build/CMakeCache.txt
cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$cache")
btype=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$cache")
btype_uc=$(printf '%s' "$btype" | tr '[:lower:]' '[:upper:]')
# The library's compile flags as the build used them (link-time
# optimisation included), less the warnings and include paths.
flags=$(sed -n 's/^C_FLAGS = //p' "$build/src/CMakeFiles/precis.dir/flags.make" \
	2>/dev/null | tr ' ' '\n' | grep -v '^-W\|^-I\|^-D[A-Z0-9_]*EXPORTS$\|^$' |
	tr '\n' ' ' | sed 's/ $//')
if [ -z "$flags" ]; then
	flags=$(sed -n "s/^CMAKE_C_FLAGS:[A-Z]*=//p; s/^CMAKE_C_FLAGS_$btype_uc:[A-Z]*=//p" \
		"$cache" | tr '\n' ' ' | sed 's/  */ /g; s/ $//')
fi
ccver=$("$cc" --version | head -n 1)
when=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load=$(cut -d ' ' -f 1-3 /proc/loadavg)
locale=${LC_ALL:-${LC_CTYPE:-${LANG:-C}}}

# ---------------------------------------------------------------------
# Report.

md=$out/speed.md
json=$out/speed.json
{
	echo "## Speed ($when)"
	echo
	echo "Machine: $cpu, $cores cores; load average at the end $load."
	echo "Compiler: $ccver; build type $btype, flags \`$flags\`."
	echo "Locale of the floors: $locale. MB = 10^6 bytes of article text."
	[ $quick = 1 ] && echo "Quick mode: $limit articles a data set, few runs."
	echo
	echo "| data | what | docs | MB | runs | median s (min–max) | CPU s | docs/s | MB/s | peak RSS MiB |"
	echo "| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
	awk -F '\t' '
		function f(x, fmt) { return x == "-" ? "" : sprintf(fmt, x) }
		function span(m, lo, hi, note) {
			if (note != "-")
				return "n/a (" note ")"
			if (m == "-")
				return ""
			return sprintf("%.4g (%.4g–%.4g)", m, lo, hi)
		}
		{
			rate = ($6 != "-" && $6 > 0)
			printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
				$1, $2, f($3, "%d"),
				$4 == "-" ? "" : sprintf("%.2f", $4 / 1e6),
				f($5, "%d"),
				span($6, $7, $8, $11),
				f($9, "%.4g"),
				rate && $3 != "-" ? sprintf("%.1f", $3 / $6) : "",
				rate && $4 != "-" ? sprintf("%.2f", $4 / 1e6 / $6) : "",
				$10 == "-" ? "" : sprintf("%.1f", $10 / 1024)
		}' "$rows"
	echo
	echo "| data | ratio | from wall medians | from CPU medians | target |"
	echo "| --- | --- | ---: | ---: | --- |"
	awk -F '\t' '{
		for (i = 3; i <= 5; i++)
			if ($i == "-")
				$i = ""
		printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5
	}' "$ratios"
} >"$md"

# JSON by hand: every string here is ours or a file name, so escaping the
# backslash and the double quote is enough.
jstr() {
	printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}
jnum() {
	if [ "$1" = - ] || [ "$1" = n/a ] || [ -z "$1" ]; then
		printf null
	else
		printf '%s' "$1"
	fi
}
{
	printf '{\n  "when": %s,\n' "$(jstr "$when")"
	printf '  "machine": {"cpu": %s, "cores": %s, "load": %s},\n' \
		"$(jstr "$cpu")" "$cores" "$(jstr "$load")"
	printf '  "compiler": %s,\n  "build_type": %s,\n  "flags": %s,\n' \
		"$(jstr "$ccver")" "$(jstr "$btype")" "$(jstr "$flags")"
	printf '  "locale": %s,\n  "quick": %s,\n  "rows": [' \
		"$(jstr "$locale")" "$([ $quick = 1 ] && echo true || echo false)"
	sep=""
	while IFS=$'\t' read -r dn what dc by rn me mi ma cp rs note; do
		printf '%s\n    {"data": %s, "what": %s, "docs": %s, "bytes": %s, ' \
			"$sep" "$(jstr "$dn")" "$(jstr "$what")" "$(jnum "$dc")" \
			"$(jnum "$by")"
		printf '"runs": %s, "median_s": %s, "min_s": %s, "max_s": %s, ' \
			"$(jnum "$rn")" "$(jnum "$me")" "$(jnum "$mi")" \
			"$(jnum "$ma")"
		printf '"cpu_median_s": %s, "peak_rss_kib": %s' \
			"$(jnum "$cp")" "$(jnum "$rs")"
		if [ "$note" != - ]; then
			printf ', "na": %s' "$(jstr "$note")"
		fi
		printf '}'
		sep=","
	done <"$rows"
	printf '\n  ],\n  "ratios": ['
	sep=""
	while IFS=$'\t' read -r dn what v vc target; do
		printf '%s\n    {"data": %s, "what": %s, "value": %s, ' "$sep" \
			"$(jstr "$dn")" "$(jstr "$what")" "$(jnum "$v")"
		printf '"value_cpu": %s, "target": %s}' "$(jnum "$vc")" \
			"$([ "$target" = - ] && echo null || jstr "$target")"
		sep=","
	done <"$ratios"
	printf '\n  ]\n}\n'
} >"$json"

cat "$md"
echo
echo "speed.sh: wrote $md and $json" >&2
