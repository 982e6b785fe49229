#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# format.sh - formats the C sources with clang-format 14 and .clang-format.
#
#   scripts/format.sh            formats every C file in place
#   scripts/format.sh --check    changes nothing: names each file that is
#                                not formatted and exits 1 if there is one
#   scripts/format.sh [--check] FILE...   the same, for the files given
#
# The files are the *.c and *.h under src/, include/, tests/ and bench/.
# Another clang-format version may format differently, so version 14 is
# asked for (scripts/setup.sh --test installs it).
set -eu
cd "$(dirname "$0")/.."

check=0
if [ "${1:-}" = --check ]; then
	check=1
	shift
fi

if command -v clang-format-14 >/dev/null 2>&1; then
	fmt=clang-format-14
elif command -v clang-format >/dev/null 2>&1 &&
	clang-format --version | grep -q 'version 14\.'; then
	fmt=clang-format
else
	echo "format.sh: clang-format 14 is not installed" \
		"(scripts/setup.sh --test installs it)" >&2
	exit 2
fi

if [ $# -eq 0 ]; then
	# shellcheck disable=SC2046 # the names hold no white space
	set -- $(find src include tests bench -type f \
		\( -name '*.c' -o -name '*.h' \) | LC_ALL=C sort)
fi

if [ "$check" -eq 0 ]; then
	"$fmt" -i --style=file "$@"
	exit 0
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
unclean=0
for f in "$@"; do
	"$fmt" --style=file "$f" >"$tmp"
	if ! cmp -s "$f" "$tmp"; then
		echo "$f: not formatted (scripts/format.sh $f formats it)"
		unclean=$((unclean + 1))
	fi
done
if [ "$unclean" -ne 0 ]; then
	echo "format.sh: $unclean of $# files not formatted" >&2
	exit 1
fi
echo "format.sh: $# files formatted"
