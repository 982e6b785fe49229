#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# fuzz.sh - builds the libFuzzer targets with clang under ASan and UBSan and
# fuzzes each for a bounded time, starting from a copy of its seed corpus.
#
#   scripts/fuzz.sh [SECONDS]     (default 60 a target)
#
# A crash, a leak or a failed invariant stops the run with a non-zero
# status and leaves the reproducer in build-fuzz/findings/<target>/.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}

scripts/setup.sh --test
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug \
	-DPRECIS_FUZZ=ON -DPRECIS_SANITIZE=ON >/dev/null
cmake --build build-fuzz -j "$(nproc 2>/dev/null || echo 2)" >/dev/null

for bin in build-fuzz/tests/fuzz/fuzz_*; do
	case "$bin" in *_replay) continue ;; esac
	[ -x "$bin" ] || continue
	name=${bin##*/fuzz_}
	work=build-fuzz/findings/$name
	rm -rf "$work" && mkdir -p "$work/corpus"
	cp tests/fuzz/corpus/"$name"/* "$work/corpus/"
	echo "== fuzz_$name: $seconds s"
	"$bin" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
		-rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$work/" "$work/corpus" 2>"$work/log" || {
		tail -n 60 "$work/log"
		echo "fuzz_$name: FAILED (reproducer in $work/)"
		exit 1
	}
	grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' \
		"$work/log" | sed "s/^/fuzz_$name: /"
	echo "fuzz_$name: no crash found"
done
