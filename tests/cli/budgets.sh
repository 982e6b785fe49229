# budgets.sh - word and character budgets are never exceeded, and never
# cut a sentence.
. "$(dirname "$0")/lib.sh"

A="$PRECIS_TEST_DATA/harbour.txt"

# words: fields holding a letter or digit.
count_words() {
	awk '{ for (i = 1; i <= NF; i++) if ($i ~ /[[:alnum:]]/) n++ }
	     END { print n + 0 }' "$1"
}

for w in 5 10 20 30 45 60 100 200; do
	run "$PRECIS" -w "$w" "$A"
	expect_status 0 "-w $w"
	expect_in_order out "$A" "-w $w: whole sentences in article order"
	n=$(count_words out)
	checks=$((checks + 1))
	[ "$n" -le "$w" ] || fail "-w $w: $n words"
done
run "$PRECIS" -w 10000 -n 2 "$A"
expect_lines 2 out "-w with -n: the sentence limit still holds"

for c in 50 100 150 250 400 1000; do
	run "$PRECIS" --chars "$c" "$A"
	expect_status 0 "-c $c"
	expect_in_order out "$A" "-c $c: whole sentences in article order"
	# Characters of the lines, plus one separator between lines.
	n=$(awk '{ n += length($0) } END { print n + (NR > 1 ? NR - 1 : 0) }' out)
	checks=$((checks + 1))
	[ "$n" -le "$c" ] || fail "-c $c: $n characters"
done

# A budget smaller than every sentence gives an empty summary, not an error.
run "$PRECIS" -w 1 "$A"
expect_status 0 "-w 1"
expect_empty out "-w 1: no sentence fits"

for bad in "-w 0" "-w x" "-c -5" "-n 0" "-r 0" "-r 1.5" "-n 3x"; do
	# shellcheck disable=SC2086
	run "$PRECIS" $bad "$A"
	expect_status 2 "$bad is a usage error"
	expect_lines 2 err "$bad: one line and a pointer to --help"
	expect_grep "^Try 'precis --help' for more information.$" err "$bad"
done

finish
