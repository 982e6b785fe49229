# languages.sh - every language: the list, -l by name and by code, and the
# detection of each test text's language (reported with -v and in JSON).
. "$(dirname "$0")/lib.sh"

D="$PRECIS_TEST_DATA/lang"

run "$PRECIS" --list-languages
expect_status 0 "--list-languages"
expect_lines 32 out "--list-languages: auto and 31 languages"
expect_grep '^auto ' out "--list-languages: auto"
checks=$((checks + 1))
grep -q '^porter ' out && fail "--list-languages: porter is listed"
checks=$((checks + 1))
[ "$(grep -c ' stopwords: ' out)" -eq 31 ] ||
	fail "--list-languages: a stopword source for each language"
cp out languages

for f in "$D"/*.txt; do
	lang=$(basename "$f" .txt)
	code=$(awk -v l="$lang" '$1 == l { print $2 }' languages)

	run "$PRECIS" -f json "$f"
	expect_status 0 "$lang: auto"
	checks=$((checks + 1))
	got=$(jq -r '[.language, .language_reliable, .language_detected] |
		@tsv' out)
	[ "$got" = "$lang	true	$lang" ] ||
		fail "$lang: detected as '$got'"
	checks=$((checks + 1))
	[ "$(jq '.summary | length' out)" -ge 1 ] || fail "$lang: no summary"

	run "$PRECIS" -v "$f"
	expect_status 0 "$lang: -v"
	expect_grep "^precis: .*: language: $lang \(detected, score" err \
		"$lang: -v reports the language"
	expect_in_order out "$f" "$lang: summary from the text"

	run "$PRECIS" -l "$code" -f json "$f"
	expect_status 0 "$lang: -l $code"
	checks=$((checks + 1))
	[ "$(jq -r '.language + " " + (has("language_reliable") | tostring)' \
		out)" = "$lang false" ] || fail "$lang: -l $code: $(cat out)"
	run "$PRECIS" -l "$lang" "$f"
	expect_status 0 "$lang: -l $lang"
done

# Too little to tell: English, and said to be unsure.
printf 'Guten Tag\n' >short.txt
run "$PRECIS" -f json -v short.txt
expect_status 0 "two words"
checks=$((checks + 1))
got=$(jq -r '[.language, .language_reliable] | @tsv' out)
[ "$got" = "english	false" ] || fail "two words: $(cat out)"
expect_grep 'language: english \(detection unsure' err "two words: -v"

: >empty.txt
run "$PRECIS" -f json empty.txt
expect_status 0 "empty input"
checks=$((checks + 1))
[ "$(jq -r '.language_reliable' out)" = false ] || fail "empty: $(cat out)"

# Several inputs in several languages, one context.
run "$PRECIS" -f json "$D/greek.txt" "$D/english.txt" "$D/greek.txt"
expect_status 0 "several languages"
checks=$((checks + 1))
[ "$(jq -r .language out | tr '\n' ' ')" = "greek english greek " ] ||
	fail "several languages: $(jq -r .language out)"

run "$PRECIS" -l auto -f json "$D/turkish.txt"
expect_status 0 "-l auto"
run "$PRECIS" -l porter "$D/english.txt"
expect_status 2 "-l porter"
run "$PRECIS" split -l auto "$D/russian.txt"
expect_status 0 "split detects"
expect_lines 4 out "split: Russian sentences"

finish
