# SPDX-License-Identifier: BSD-2-Clause
# summarize.sh - the summarize command: defaults, options, formats.
. "$(dirname "$0")/lib.sh"

A="$PRECIS_TEST_DATA/harbour.txt"
B="$PRECIS_TEST_DATA/plain.txt"

# harbour.txt, read by hand: a title line, then 11 body sentences in seven
# paragraphs.  These are its first two.
total=12
first='Residents of Kelmouth voted on Tuesday to rebuild the town'"'"'s Victorian pier, which was badly damaged by a winter storm in January.'
second='The council said 62% of those who voted backed the plan, which will cost an estimated £4.2m and take two years to complete.'

run "$PRECIS" "$A"
expect_status 0 "summary of a file"
expect_lines 3 out "three sentences by default"
expect_empty err "nothing on stderr"
expect_in_order out "$A" "summary sentences are verbatim, in article order"
cp out default

expect_no_grep "Harbour town votes" out "the title is never part of the summary"

run "$PRECIS" - <"$A"
expect_same out default "'-' reads standard input"
run "$PRECIS" <"$A"
expect_same out default "no file reads standard input"
run "$PRECIS" -- "$A"
expect_same out default "'--' ends the options"

for n in 1 2 5; do
	run "$PRECIS" -n "$n" "$A"
	expect_lines "$n" out "-n $n"
	expect_in_order out "$A" "-n $n in article order"
	run "$PRECIS" --sentences="$n" "$A"
	expect_lines "$n" out "--sentences=$n"
done

run "$PRECIS" -r 1 --redundancy 1 "$A"
expect_lines $((total - 1)) out "-r 1 gives every body sentence"
run "$PRECIS" --ratio 0.5 "$A"
expect_lines $(((total - 1 + 1) / 2)) out "--ratio 0.5 rounds up"

# Lead: the first sentences of the body, in order.
run "$PRECIS" --method lead -n 2 "$A"
expect_text "$first
$second" out "--method lead gives the first sentences"

# Score order: the same sentences, best first.
run "$PRECIS" --order score -n 3 "$A"
cp out by_score
sort out >a
sort default >b
expect_same a b "--order score picks the same sentences"
run "$PRECIS" --order score -n 1 "$A"
head -n 1 by_score >best
expect_same out best "--order score: the best sentence comes first"
run "$PRECIS" -n 3 -f json --order score "$A"
check "--order score: ranks 1, 2, 3 in JSON, in that order" \
	jq -e '[.summary[].rank] == [1, 2, 3]' out
jq -r '.summary[].text' out >json_text
expect_same json_text by_score "--order score: JSON and text agree"
run "$PRECIS" -n 3 -f json "$A"
check "article order: indices ascend" \
	jq -e '[.summary[].index] | . == sort' out

# Several files: head(1)-style headers.
run "$PRECIS" -n 1 "$A" "$B"
expect_status 0 "two files"
expect_lines 5 out "two headers, a blank line and two summaries"
sed -n '1p; 3,4p' out >headers
expect_text "==> $A <==

==> $B <==" headers "head(1)-style headers"

# Keywords, as words of the text.
run "$PRECIS" -k 3 "$A"
expect_grep '^Keywords: pier, ' out "-k lists the top terms as they appear"
run "$PRECIS" --keywords=3 -f json "$A"
expect_grep '"keywords":\[\{"word":"pier","weight":1' out "JSON keywords"

# Explain: every sentence with every feature.
run "$PRECIS" --explain "$A"
expect_status 0 "--explain"
expect_grep "^index +sel +rank +score +tf +position +paragraph +title +length +centrality +quote +degree +sentence$" out "--explain header"
# One row a body sentence: indices 0, 1, ... in order, ranks 1 to 11 each
# once, and three selected (the default summary).
awk '/^index/ { on = 1; next } on && NF > 0' out >rows
expect_lines $((total - 1)) rows "--explain: one row a body sentence"
check "--explain: the rows are numbered in order" \
	awk '$1 != NR - 1 { exit 1 }' rows
check "--explain: every rank once" \
	bash -c "awk '{ print (\$2 == \"*\" ? \$3 : \$2) }' rows | sort -n |
		cmp -s - <(seq 1 $((total - 1)))"
check "--explain: three sentences selected" \
	test "$(grep -c '^ *[0-9][0-9]* *\* ' rows)" -eq 3

# JSON: one object a line, with title, counts and spans.
run "$PRECIS" -f json "$A"
expect_status 0 "-f json"
expect_lines 1 out "one JSON object"
check "JSON fields: $(head -c 300 out)" \
	jq -e '.title == "Harbour town votes to rebuild storm-damaged pier"
	and .language == "english" and (.summary | length) == 3
	and .sentences == '$((total - 1))' and .words > 100' out
# Each sentence's offset and length locate its text in the file.
jq -r '.summary[] | "\(.offset) \(.length)"' out | while read -r off len; do
	tail -c +$((off + 1)) "$A" | head -c "$len" | tr -s ' \n' '  '
	echo
done >spans
jq -r '.summary[].text' out >texts
expect_same spans texts "JSON offsets and lengths are byte spans of the input"
run "$PRECIS" -f json --explain "$A"
check "JSON explain: $(head -c 300 out)" \
	jq -e '(.explain | length) == '$((total - 1))' and
	(.explain[0].features | keys | length) == 8' out

# Title modes.
run "$PRECIS" --title none -r 1 --redundancy 1 "$A"
expect_grep '^Harbour town votes' out "--title none keeps the first line as text"
# A first line that ends as a sentence is no headline unless asked.
printf 'Floods hit the valley.\nThe river rose. Farmers moved the cattle.\n' \
	>flood.txt
run "$PRECIS" --title first-line -f json flood.txt
check "--title first-line: the first line is the title" \
	jq -e '.title == "Floods hit the valley." and .sentences == 2' out
run "$PRECIS" -f json flood.txt
check "--title auto: no title when the first line is a sentence" \
	jq -e '.title == null and .sentences == 3' out

# Weights change the choice; bad weights are a usage error.
run "$PRECIS" -n 1 --weights position=100 "$A"
expect_text "$first" out "--weights position=100 picks the lead"

# Stopwords from a file.
printf 'pier\n' >stop.txt
run "$PRECIS" -k 1 --stopwords stop.txt "$A"
expect_grep '^Keywords: [a-z]+$' out "--stopwords: one keyword"
expect_no_grep '^Keywords: pier$' out "--stopwords removes a word from the terms"

# Languages.
run "$PRECIS" --list-languages
expect_grep '^english +en ' out "--list-languages"
run "$PRECIS" -l en -v -f json -n 1 "$A"
expect_status 0 "-l en"
check "-l en: English, not detected" \
	jq -e '.language == "english" and (has("language_reliable") | not)' out
expect_stderr "precis: $A: language: english" "-l en: -v says it was given"

# README.md shows the summary of the bundled sample as the command prints it.
root=$(cd "$PRECIS_TEST_DATA/../.." && pwd)
awk '/^\$ precis examples\/sample.txt$/ { on = 1; next } on && /^```/ { exit }
	on { print }' "$root/README.md" >readme_example
run "$PRECIS" "$root/examples/sample.txt"
expect_same out readme_example "README.md's example output"

# Help and version.
run "$PRECIS" --help
expect_status 0 "--help"
for opt in --sentences --ratio --words --chars --format --title --order \
	--explain --keywords --stopwords --max-bytes --language --method \
	--weights --help --version "precis split" "precis batch" "precis eval"; do
	expect_grep "$opt" out "--help documents $opt"
done
run "$PRECIS" -V
expect_status 0 "-V"
expect_grep '^precis [0-9]+\.[0-9]+\.[0-9]+$' out "--version"

finish
