#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# test.sh - sets up, builds and runs the whole test suite: once in the
# release build with warnings as errors, once under AddressSanitizer and
# UndefinedBehaviorSanitizer, then a bounded fuzzing run of every fuzz
# target (FUZZ_SECONDS each, default 20).
set -eu
cd "$(dirname "$0")/.."

scripts/setup.sh --test
# The quick benchmark report in the suite runs the peers (OTS, readability).
scripts/setup.sh --bench
jobs=$(nproc 2>/dev/null || echo 2)

echo "== release build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
	-DPRECIS_WERROR=ON
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON \
	-DBUILD_TESTING=ON -DPRECIS_WERROR=ON
cmake --build build-sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ctest --test-dir build-sanitize --output-on-failure -j "$jobs"

echo "== fuzzing (libFuzzer, ASan + UBSan), ${FUZZ_SECONDS:-20} s a target"
scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
