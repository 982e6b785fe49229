# SPDX-License-Identifier: BSD-2-Clause
# news.sh - the default scorer's choice on hand-checked news articles, with
# and without their headlines (tests/data/news/README.md).
. "$(dirname "$0")/lib.sh"

N="$PRECIS_TEST_DATA/news"
for article in "$N"/*.txt; do
	name=$(basename "$article" .txt)
	run "$PRECIS" "$article"
	expect_status 0 "$name"
	expect_same out "$N/$name.expected" "$name with its headline"
	tail -n +3 "$article" >body
	run "$PRECIS" body
	expect_status 0 "$name (body)"
	expect_same out "$N/$name.expected" "$name without its headline"
done

# Seven articles, so that a loop that found none cannot pass.
checks=$((checks + 1))
[ "$(ls "$N"/*.expected | wc -l)" -eq 7 ] || fail "expected 7 articles"

# A headline asking a question is the title, never a summary sentence.
run "$PRECIS" -f json "$N/trains.txt"
expect_grep '"title":"Will the night trains return\?"' out "question headline"

# A headline adds evidence: the same sentences score higher with it, and
# position counts either way.
run "$PRECIS" -f json --explain "$N/harvest.txt"
jq -c '.explain[] | [.score, .features.position]' out >with
tail -n +3 "$N/harvest.txt" >body
run "$PRECIS" -f json --explain body
jq -c '.explain[] | [.score, .features.position]' out >without
expect_lines 9 with "harvest: nine sentences"
checks=$((checks + 1))
paste -d' ' with without | tr -d '[]' | tr ',' ' ' |
	awk '$1 + 1e-9 < $3 || $2 != $4 { bad = 1 } END { exit bad }' ||
	fail "harvest: a headline lowered a score or changed a position"

# The content method ignores position: a body read backwards gives the
# same sentences.
run "$PRECIS" --method content --title none body
sort out >forward
awk 'BEGIN { RS = ""; ORS = "\n\n" } { p[NR] = $0 } END { for (i = NR; i > 0; i--) print p[i] }' body >reversed
run "$PRECIS" --method content --title none reversed
sort out >backward
expect_same forward backward "content method: order of paragraphs"

# default is the news method's other name; an unknown method is a usage
# error that names the three.
run "$PRECIS" --method default "$N/harvest.txt"
expect_same out "$N/harvest.expected" "--method default"
run "$PRECIS" --method news "$N/harvest.txt"
expect_same out "$N/harvest.expected" "--method news"
run "$PRECIS" --method best "$N/harvest.txt"
expect_status 2 "--method best"
expect_grep "invalid method: 'best' \(news, content or lead\)" err "--method best"

finish
