# SPDX-License-Identifier: BSD-2-Clause
# budgets.sh - word and character budgets are never exceeded, and never
# cut a sentence.
. "$(dirname "$0")/lib.sh"

A="$PRECIS_TEST_DATA/harbour.txt"

# words: fields holding a letter or digit.
count_words() {
	awk '{ for (i = 1; i <= NF; i++) if ($i ~ /[[:alnum:]]/) n++ }
	     END { print n + 0 }' "$1"
}

# harbour.txt, counted by hand: its shortest body sentence in words has 10,
# its shortest in characters 56.
short_w='"This is a clear mandate," said council leader Mary Okafor.'
short_c='Work on the new deck is expected to start in the spring.'

# Every budget from the shortest sentence up holds at least one sentence.
for w in 10 20 30 45 60 100 200; do
	run "$PRECIS" -w "$w" "$A"
	expect_status 0 "-w $w"
	check "-w $w: at least one sentence" test -s out
	expect_in_order out "$A" "-w $w: whole sentences in article order"
	n=$(count_words out)
	check "-w $w: $n words" test "$n" -le "$w"
done
run "$PRECIS" -w 10 "$A"
expect_text "$short_w" out "-w 10: the only sentence of 10 words or fewer"
run "$PRECIS" -w 200 "$A"
expect_lines 3 out "-w 200: the default three sentences fit"
run "$PRECIS" -w 10000 -n 2 "$A"
expect_lines 2 out "-w with -n: the sentence limit still holds"

for c in 50 100 150 250 400 1000; do
	run "$PRECIS" --chars "$c" "$A"
	expect_status 0 "-c $c"
	expect_in_order out "$A" "-c $c: whole sentences in article order"
	# Characters of the lines, plus one separator between lines.
	n=$(awk '{ n += length($0) } END { print n + (NR > 1 ? NR - 1 : 0) }' out)
	check "-c $c: $n characters" test "$n" -le "$c"
	[ "$c" -lt 56 ] || check "-c $c: at least one sentence" test -s out
done
run "$PRECIS" --chars 56 "$A"
expect_text "$short_c" out "-c 56: the only sentence of 56 characters or fewer"

# A budget smaller than every sentence gives an empty summary, not an error.
for budget in "-w 1" "-w 5" "-w 9" "-c 55"; do
	# shellcheck disable=SC2086
	run "$PRECIS" $budget "$A"
	expect_status 0 "$budget"
	expect_empty out "$budget: no sentence fits"
	expect_empty err "$budget: no message"
done

for bad in "-w 0" "-w x" "-c -5" "-n 0" "-r 0" "-r 1.5" "-n 3x"; do
	# shellcheck disable=SC2086
	run "$PRECIS" $bad "$A"
	expect_status 2 "$bad is a usage error"
	expect_lines 2 err "$bad: one line and a pointer to --help"
	expect_grep "^Try 'precis --help' for more information.$" err "$bad"
done

finish
