#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# fit-weights.sh - fits precis's feature weights on news with references.
#
#   bench/fit-weights.sh [-m news|content] [-r ROUNDS] [-s START] [DATA.jsonl.gz...]
#
# Coordinate ascent on the weight table: from START (a --weights spec),
# each round tries every free weight one step up and one step down, keeps
# a change that raises the objective, and halves the step.  The objective
# is the mean of ROUGE-1, -2 and -L F1 (the exact means over documents, as
# `precis eval` reports them) over the data sets, each counting equally.
#
# -m news (the default) fits the news method on both CNN/DailyMail dev
# files, the articles without their headlines and the same articles with
# them, so that one set of weights serves both; paragraph stays at 0 there,
# since those files have no layout (an article is one line) and a weight
# fitted on them would learn their form, not how news is written.
# -m content fits the content method on the BBC dev set: position and
# paragraph stay at 0, since that method has neither.  Either way the weights are fitted
# through `--method news --weights`, which scores with the same features;
# the fitted figures go into src/score.c by hand.
#
# To keep the fit honest, every data set is cut in two by line parity: the
# odd lines fit the weights, the even lines only report them, beside
# LEAD-3 on the same half.  The halves go to a temporary directory, never
# into the repository.  Deterministic: the same data gives the same
# weights.
set -eu
cd "$(dirname "$0")/.."

rounds=4
start=""
method=news
while getopts m:r:s: opt; do
	case $opt in
	m) method=$OPTARG ;;
	r) rounds=$OPTARG ;;
	s) start=$OPTARG ;;
	*) echo "usage: $0 [-m news|content] [-r ROUNDS] [-s START] [DATA.jsonl.gz...]" >&2
	   exit 2 ;;
	esac
done
shift $((OPTIND - 1))
data=${PRECIS_DATA_DIR:-../shared/data}
case $method in
news)
	fixed="paragraph"
	[ $# -gt 0 ] || set -- "$data/cnndm-dev.jsonl.gz" \
		"$data/cnndm-dev-titled.jsonl.gz"
	[ -n "$start" ] ||
		start="tf=0,position=2,paragraph=0,title=0,length=0.5,centrality=0.5,quote=0,degree=0"
	;;
content)
	fixed="position paragraph"
	[ $# -gt 0 ] || set -- "$data/bbc-dev.jsonl.gz"
	[ -n "$start" ] ||
		start="tf=0.5,position=0,paragraph=0,title=0,length=0.5,centrality=1,quote=0,degree=1"
	;;
*)
	echo "$0: invalid method: '$method' (news or content)" >&2
	exit 2 ;;
esac

scripts/setup.sh --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j "$(nproc 2>/dev/null || echo 2)" --target precis_cli \
	>/dev/null
precis=build-bench/src/cli/precis

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=""
for d in "$@"; do
	name=$(basename "$d" .jsonl.gz)
	name=${name%.jsonl}
	names="$names $name"
	gzip -dcf "$d" | awk 'NR % 2 == 1' >"$tmp/$name.fit.jsonl"
	gzip -dcf "$d" | awk 'NR % 2 == 0' >"$tmp/$name.test.jsonl"
done

# The feature names, as --help lists them.
features=$("$precis" --help | awk '/names:$/ { getline; print; exit }')

# evaluate HALF WEIGHTS [METHOD]: prints "<objective> <name: R1 R2 RL>...".
evaluate() {
	half=$1 spec=$2 m=${3:-news}
	total=0
	detail=""
	for name in $names; do
		"$precis" batch -q -j 2 --method "$m" --weights "$spec" \
			"$tmp/$name.$half.jsonl" -o "$tmp/sys.jsonl"
		f=$("$precis" eval -f json "$tmp/$name.$half.jsonl" \
			"$tmp/sys.jsonl" | jq -r '[.["rouge-1"].f.mean,
			.["rouge-2"].f.mean, .["rouge-l"].f.mean]
			| map(. * 100 | tostring) | join(" ")')
		detail="$detail | $name $(echo "$f" |
			awk '{ printf "%.2f/%.2f/%.2f", $1, $2, $3 }')"
		total=$(echo "$total $f" |
			awk '{ printf "%.6f", $1 + ($2 + $3 + $4) / 3 }')
	done
	echo "$(echo "$total $(echo $names | wc -w)" |
		awk '{ printf "%.6f", $1 / $2 }')$detail"
}

# set_weight SPEC NAME VALUE: SPEC with NAME's value replaced.
set_weight() {
	echo "$1" | tr ',' '\n' | awk -F= -v n="$2" -v v="$3" '
		$1 == n { $0 = n "=" v } { printf "%s%s", sep, $0; sep = "," }'
}

get_weight() {
	echo "$1" | tr ',' '\n' | awk -F= -v n="$2" '$1 == n { print $2 }'
}

spec=$start
best=$(evaluate fit "$spec")
echo "start: $spec"
echo "       $best"
step=0.4
round=1
while [ "$round" -le "$rounds" ]; do
	for f in $features; do
		case " $fixed " in *" $f "*) continue ;; esac
		w=$(get_weight "$spec" "$f")
		for d in "$step" "-$step"; do
			v=$(awk -v w="$w" -v d="$d" 'BEGIN { printf "%.3g", w + d }')
			cand=$(set_weight "$spec" "$f" "$v")
			got=$(evaluate fit "$cand")
			if awk -v a="${got%% *}" -v b="${best%% *}" \
				'BEGIN { exit !(a > b + 1e-6) }'; then
				spec=$cand
				best=$got
				echo "round $round: $f=$v  $best"
				break
			fi
		done
	done
	step=$(awk -v s="$step" 'BEGIN { printf "%.3g", s / 2 }')
	round=$((round + 1))
done

echo
echo "fitted weights ($method): $spec"
echo "fit half (odd lines):   $best"
echo "test half (even lines): $(evaluate test "$spec")"
echo "LEAD-3, fit half:       $(evaluate fit "$spec" lead)"
echo "LEAD-3, test half:      $(evaluate test "$spec" lead)"
