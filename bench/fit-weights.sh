#!/bin/sh
# fit-weights.sh - fits precis's feature weights on news with references.
#
#   bench/fit-weights.sh [-r ROUNDS] [-s START] [DATA.jsonl.gz...]
#
# Coordinate ascent on the weight table: from START (a --weights spec;
# default: every feature at 0.5, lede at 1), each round tries every weight
# one step up and one step down, keeps a change that raises the objective,
# and halves the step.  The objective is the mean of ROUGE-1, -2 and -L F1
# (as `precis eval` computes them) over the data sets, each data set
# counting equally.
#
# To keep the fit honest, every data set is cut in two by line parity: the
# odd lines fit the weights, the even lines only report them, beside LEAD-3
# on the same half.  The halves go to a temporary directory, never into
# the repository.  Deterministic: the same data gives the same weights.
set -eu
cd "$(dirname "$0")/.."

rounds=4
start=""
while getopts r:s: opt; do
	case $opt in
	r) rounds=$OPTARG ;;
	s) start=$OPTARG ;;
	*) echo "usage: $0 [-r ROUNDS] [-s START] [DATA.jsonl.gz...]" >&2
	   exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
	set -- ../shared/data/cnndm-dev.jsonl.gz ../shared/data/bbc-dev.jsonl.gz
fi

scripts/setup.sh --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j "$(nproc 2>/dev/null || echo 2)" --target precis_cli \
	>/dev/null
precis=build-bench/src/cli/precis

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=""
for data in "$@"; do
	name=$(basename "$data" .jsonl.gz)
	name=${name%.jsonl}
	names="$names $name"
	gzip -dcf "$data" | awk 'NR % 2 == 1' >"$tmp/$name.fit.jsonl"
	gzip -dcf "$data" | awk 'NR % 2 == 0' >"$tmp/$name.test.jsonl"
done

# The feature names, as --help lists them.
features=$("$precis" --help | awk '/names:$/ { getline; print; exit }')
if [ -z "$start" ]; then
	for f in $features; do
		v=0.5
		[ "$f" = lede ] && v=1
		start="$start${start:+,}$f=$v"
	done
fi

# evaluate HALF WEIGHTS [METHOD]: prints "<objective> <name: R1 R2 RL>...".
evaluate() {
	half=$1 spec=$2 method=${3:-default}
	total=0
	detail=""
	for name in $names; do
		"$precis" batch -q -j 2 --method "$method" --weights "$spec" \
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
echo "fitted weights: $spec"
echo "fit half (odd lines):   $best"
echo "test half (even lines): $(evaluate test "$spec")"
echo "LEAD-3, test half:      $(evaluate test "$spec" lead)"
