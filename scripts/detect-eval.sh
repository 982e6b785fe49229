#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# detect-eval.sh - measures language detection on the test texts.
#
#   scripts/detect-eval.sh [PRECIS]
#
# Runs the precis program (default build/src/cli/precis) on each text of
# tests/data/lang as a whole and on each of its sentences alone (cut at
# . ! ? ; । and ։ followed by white space), and counts how often the
# detected language is the text's, how often it is also reported reliable,
# and how often a wrong language is reported reliable.  Needs jq.
set -eu

precis=${1:-build/src/cli/precis}
dir=$(dirname "$0")/../tests/data/lang
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# score LANG FILE: prints "ok reliable wrong-but-reliable" for one input.
score() {
	r=$("$precis" -f json "$2" | jq -r '[.language_detected,
		.language_reliable] | @tsv')
	d=${r%%	*}
	rel=${r##*	}
	if [ "$d" = "$1" ]; then
		[ "$rel" = true ] && echo "1 1 0" || echo "1 0 0"
	else
		echo "  $1 read as $d (reliable: $rel): $(head -c 70 "$2")" >&2
		[ "$rel" = true ] && echo "0 0 1" || echo "0 0 0"
	fi
}

for f in "$dir"/*.txt; do
	lang=$(basename "$f" .txt)
	score "$lang" "$f" >>"$tmp/texts"
	tr '\n' ' ' <"$f" |
		sed 's/\([.!?;।։]\) \+/\1\n/g' |
		while IFS= read -r s; do
			[ -n "$s" ] || continue
			printf '%s\n' "$s" >"$tmp/s"
			score "$lang" "$tmp/s"
		done >>"$tmp/sentences"
done
for set in texts sentences; do
	awk -v set="$set" '{ n++; ok += $1; rel += $2; bad += $3 }
		END { printf "%s: %d inputs, %d detected, %d detected " \
			"and reliable, %d wrong but reliable\n",
			set, n, ok, rel, bad }' "$tmp/$set"
done
