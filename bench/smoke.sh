#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# smoke.sh - runs the speed harness once on a tiny generated input and
# checks that it prints a well-formed result line.  No timing is checked.
#
#   bench/smoke.sh PATH/TO/precis_bench_speed
set -eu

harness=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

i=0
while [ $i -lt 20 ]; do
	printf '{"id": "d%d", "title": "Harbour works %d", "text": "%s %s %s"}\n' \
		$i $i \
		"The harbour board approved the new quay on Monday." \
		"Work on the quay starts in spring and takes two years." \
		"Fishermen said the quay was long overdue." >>"$tmp/in.jsonl"
	i=$((i + 1))
done
gzip -c "$tmp/in.jsonl" >"$tmp/in.jsonl.gz"

"$harness" --min-runs=1 --max-runs=1 --min-time=0 --warmup=0 \
	--dump-summaries="$tmp/sum.txt" "$tmp/in.jsonl.gz" >"$tmp/out"
cat "$tmp/out"
n='[0-9][0-9]*\(\.[0-9]*\)\{0,1\}'
re="^precis: docs=20 bytes=[0-9]* runs=1 median_s=$n min_s=$n max_s=$n"
re="$re cpu_median_s=$n docs_per_s=$n mb_per_s=$n check=[0-9a-f]\{16\}\$"
grep -q "$re" "$tmp/out" || { echo "smoke: malformed result line" >&2; exit 1; }
# Three sentences a summary, then a line of counts and a blank line.
test "$(grep -c -v -e '^#' -e '^$' "$tmp/sum.txt")" -eq 60 ||
	{ echo "smoke: expected 60 summary lines" >&2; exit 1; }
