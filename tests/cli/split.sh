# SPDX-License-Identifier: BSD-2-Clause
# split.sh - `precis split`: every sentence, one a line, nothing else.
. "$(dirname "$0")/lib.sh"

P="$PRECIS_TEST_DATA/plain.txt"
A="$PRECIS_TEST_DATA/harbour.txt"

run "$PRECIS" split "$P"
expect_status 0 "split a file"
expect_lines 6 out "six sentences"
expect_empty err "nothing on stderr"
expect_in_order out "$P" "sentences are verbatim and in order"
head -n 1 out >first
expect_text "The river rose two metres overnight." first "first sentence"

run "$PRECIS" split <"$P"
expect_lines 6 out "split reads standard input"

# Every line of the input is text: the headline is a sentence of its own.
run "$PRECIS" split "$A"
head -n 1 out >first
expect_text "Harbour town votes to rebuild storm-damaged pier" first "headline"
expect_in_order out "$A" "verbatim and in order"

# Folding: inner line breaks and runs of spaces become single spaces.
printf 'One   sentence\nwrapped over\nthree lines.  Two.\n' >wrapped.txt
run "$PRECIS" split wrapped.txt
printf 'One sentence wrapped over three lines.\nTwo.\n' >want
expect_same out want "white space folded"

run "$PRECIS" split -f json "$P"
check "split -f json: $(head -c 200 out)" \
	jq -e '(.sentences | length) == 6 and .sentences[0].offset == 0' out

run "$PRECIS" split missing.txt "$P"
expect_status 1 "split of a missing file"
expect_stderr "precis: missing.txt: No such file or directory" "split error"
expect_lines 6 out "the other file is still split"

run "$PRECIS" split --bogus
expect_status 2 "split usage error"
expect_grep "^Try 'precis split --help' for more information.$" err "split usage"
run "$PRECIS" split --help
expect_status 0 "split --help"
expect_grep '^Usage: precis split' out "split --help"

finish
