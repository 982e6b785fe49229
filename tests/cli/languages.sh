# SPDX-License-Identifier: BSD-2-Clause
# languages.sh - every language: the list, -l by name and by code, and the
# detection of each test text's language (reported with -v and in JSON).
. "$(dirname "$0")/lib.sh"

D="$PRECIS_TEST_DATA/lang"

run "$PRECIS" --list-languages
expect_status 0 "--list-languages"
expect_lines 32 out "--list-languages: auto and 31 languages"
expect_grep '^auto ' out "--list-languages: auto"
expect_no_grep '^porter ' out "--list-languages: porter is listed"
check "--list-languages: a stopword source for each language" \
	test "$(grep -c ' stopwords: ' out)" -eq 31
cp out languages

for f in "$D"/*.txt; do
	lang=$(basename "$f" .txt)
	code=$(awk -v l="$lang" '$1 == l { print $2 }' languages)

	run "$PRECIS" -f json "$f"
	expect_status 0 "$lang: auto"
	jq -r '[.language, .language_reliable, .language_detected] | @tsv' \
		out >got
	expect_text "$lang	true	$lang" got "$lang: detected"
	check "$lang: no summary" jq -e '(.summary | length) >= 1' out

	run "$PRECIS" -v "$f"
	expect_status 0 "$lang: -v"
	expect_grep "^precis: .*: language: $lang \(detected, score" err \
		"$lang: -v reports the language"
	expect_in_order out "$f" "$lang: summary from the text"

	run "$PRECIS" -l "$code" -f json "$f"
	expect_status 0 "$lang: -l $code"
	jq -r '.language + " " + (has("language_reliable") | tostring)' \
		out >got
	expect_text "$lang false" got "$lang: -l $code is taken as given"
	cp out by_code
	run "$PRECIS" -l "$lang" -f json "$f"
	expect_status 0 "$lang: -l $lang"
	expect_same out by_code "$lang: -l $lang is -l $code"
done

# Too little to tell: English, and said to be unsure.
printf 'Guten Tag\n' >short.txt
run "$PRECIS" -f json -v short.txt
expect_status 0 "two words"
jq -r '[.language, .language_reliable] | @tsv' out >got
expect_text "english	false" got "two words"
expect_grep 'language: english \(detection unsure' err "two words: -v"

: >empty.txt
run "$PRECIS" -f json empty.txt
expect_status 0 "empty input"
check "empty: $(cat out)" jq -e '.language_reliable == false' out

# Several inputs in several languages, one context.
run "$PRECIS" -f json "$D/greek.txt" "$D/english.txt" "$D/greek.txt"
expect_status 0 "several languages"
jq -r .language out >got
expect_text "greek
english
greek" got "several languages"

run "$PRECIS" -l auto -f json "$D/turkish.txt"
expect_status 0 "-l auto"
jq -r '[.language, .language_reliable, .language_detected] | @tsv' out >got
expect_text "turkish	true	turkish" got "-l auto detects"
run "$PRECIS" -l porter "$D/english.txt"
expect_status 2 "-l porter"
expect_grep "^precis: unsupported language: 'porter'" err "-l porter: message"
run "$PRECIS" split -l auto "$D/russian.txt"
expect_status 0 "split detects"
expect_lines 4 out "split: Russian sentences"

finish
