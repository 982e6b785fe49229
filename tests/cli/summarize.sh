# summarize.sh - the summarize command: defaults, options, formats.
. "$(dirname "$0")/lib.sh"

A="$PRECIS_TEST_DATA/harbour.txt"
B="$PRECIS_TEST_DATA/plain.txt"

run "$PRECIS" "$A"
expect_status 0 "summary of a file"
expect_lines 3 out "three sentences by default"
expect_empty err "nothing on stderr"
expect_in_order out "$A" "summary sentences are verbatim, in article order"
cp out default

checks=$((checks + 1))
grep -q "Harbour town votes" out && fail "the title is never part of the summary"

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

total=$("$PRECIS" split "$A" | wc -l)
run "$PRECIS" -r 1 --redundancy 1 "$A"
expect_lines $((total - 1)) out "-r 1 gives every body sentence"
run "$PRECIS" --ratio 0.5 "$A"
expect_lines $(((total - 1 + 1) / 2)) out "--ratio 0.5 rounds up"

# Lead: the first sentences of the body, in order.
run "$PRECIS" --method lead -n 2 "$A"
"$PRECIS" split "$A" | sed -n '2,3p' >want
expect_same out want "--method lead gives the first sentences"

# Score order: the same sentences, best first.
run "$PRECIS" --order score -n 3 "$A"
sort out >a
sort default >b
expect_same a b "--order score picks the same sentences"
run "$PRECIS" --order score -n 1 "$A"
head -n 1 <out >best
run "$PRECIS" -n 3 -f json --order score "$A"
checks=$((checks + 1))
grep -q '"rank":1,' out || fail "the best sentence has rank 1"

# Several files: head(1)-style headers.
run "$PRECIS" -n 1 "$A" "$B"
expect_status 0 "two files"
expect_lines 5 out "two headers, a blank line and two summaries"
checks=$((checks + 1))
[ "$(sed -n 1p out)" = "==> $A <==" ] || fail "first header: $(sed -n 1p out)"
checks=$((checks + 1))
[ "$(sed -n 3p out)" = "" ] && [ "$(sed -n 4p out)" = "==> $B <==" ] ||
	fail "second header: $(sed -n 3,4p out)"

# Keywords, as words of the text.
run "$PRECIS" -k 3 "$A"
expect_grep '^Keywords: pier, ' out "-k lists the top terms as they appear"
run "$PRECIS" --keywords=3 -f json "$A"
expect_grep '"keywords":\[\{"word":"pier","weight":1' out "JSON keywords"

# Explain: every sentence with every feature.
run "$PRECIS" --explain "$A"
expect_status 0 "--explain"
expect_grep "^index +sel +rank +score +tf +position +paragraph +title +length +centrality +quote +sentence$" out "--explain header"
checks=$((checks + 1))
[ "$(grep -c '^ *[0-9]+ ' out || true)" -ge 0 ] || fail "explain rows"
rows=$(awk '/^index/ { on = 1; next } on && NF > 0 { n++ } END { print n }' out)
checks=$((checks + 1))
[ "$rows" -eq $((total - 1)) ] || fail "--explain shows $rows rows, want $((total - 1))"

# JSON: one object a line, with title, counts and spans.
run "$PRECIS" -f json "$A"
expect_status 0 "-f json"
expect_lines 1 out "one JSON object"
jq -e '.title == "Harbour town votes to rebuild storm-damaged pier"
	and .language == "english" and (.summary | length) == 3
	and .sentences == '$((total - 1))' and .words > 100' out >/dev/null ||
	fail "JSON fields: $(cat out)"
# Each sentence's offset and length locate its text in the file.
jq -r '.summary[] | "\(.offset) \(.length)"' out | while read -r off len; do
	tail -c +$((off + 1)) "$A" | head -c "$len" | tr -s ' \n' '  '
	echo
done >spans
jq -r '.summary[].text' out >texts
expect_same spans texts "JSON offsets and lengths are byte spans of the input"
run "$PRECIS" -f json --explain "$A"
jq -e '(.explain | length) == '$((total - 1))' and
	(.explain[0].features | keys | length) == 7' out >/dev/null ||
	fail "JSON explain: $(head -c 300 out)"

# Title modes.
run "$PRECIS" --title none -r 1 --redundancy 1 "$A"
expect_grep '^Harbour town votes' out "--title none keeps the first line as text"
run "$PRECIS" --title first-line -f json "$B"
jq -e '.title != null' out >/dev/null || fail "--title first-line"

# Weights change the choice; bad weights are a usage error.
run "$PRECIS" -n 1 --weights position=100 "$A"
"$PRECIS" split "$A" | sed -n 2p >want
expect_same out want "--weights position=100 picks the lead"

# Stopwords from a file.
printf 'pier\n' >stop.txt
run "$PRECIS" -k 1 --stopwords stop.txt "$A"
checks=$((checks + 1))
grep -q '^Keywords: pier$' out && fail "--stopwords removes a word from the terms"

# Languages.
run "$PRECIS" --list-languages
expect_grep '^english +en ' out "--list-languages"
run "$PRECIS" -l en -n 1 "$A"
expect_status 0 "-l en"

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
