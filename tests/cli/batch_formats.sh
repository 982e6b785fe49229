# SPDX-License-Identifier: BSD-2-Clause
# precis batch reads directories, every archive format, gzip'd text and
# JSON Lines, and gives the same summaries for the same articles.
. "$(dirname "$0")/lib.sh"

mkdir -p src/sub/deeper
for i in 1 2 3 4 5; do
	article $i >"src/sub/a$i.txt"
done
article 6 >src/b.txt
article 7 >src/sub/deeper/c.txt

# A directory: walked recursively, in sorted order, ids are the paths.
"$PRECIS" batch -q src >dir.jsonl
ids dir.jsonl >got
printf '%s\n' src/b.txt src/sub/a1.txt src/sub/a2.txt src/sub/a3.txt \
	src/sub/a4.txt src/sub/a5.txt src/sub/deeper/c.txt >want
expect_same want got "directory order"
check "summary is not an array of strings" grep -q '"summary":\["' dir.jsonl
check "no spans" grep -q '"spans":\[{"index":' dir.jsonl
check "title of a text file" \
	grep -q '"title":"Report number 6 on the harbour"' dir.jsonl

# Every archive format; members in archive order, ids are member paths.
(cd src && tar -cf ../t.tar b.txt sub)
(cd src && tar -czf ../t.tar.gz b.txt sub)
(cd src && tar -czf ../t.tgz b.txt sub)
(cd src && tar -cjf ../t.tar.bz2 b.txt sub)
(cd src && tar -cJf ../t.tar.xz b.txt sub)
(cd src && tar --zstd -cf ../t.tar.zst b.txt sub)
(cd src && zip -qr ../t.zip b.txt sub)
summaries dir.jsonl | sort >want.sum
for a in t.tar t.tar.gz t.tgz t.tar.bz2 t.tar.xz t.tar.zst t.zip; do
	expect_rc 0 "$PRECIS" batch -q "$a" >"$a.jsonl"
	expect_lines 7 "$a.jsonl" "$a: record count"
	ids "$a.jsonl" | sort >got
	printf '%s\n' b.txt sub/a1.txt sub/a2.txt sub/a3.txt sub/a4.txt \
		sub/a5.txt sub/deeper/c.txt >want
	expect_same want got "$a: ids"
	summaries "$a.jsonl" | sort >got.sum
	expect_same want.sum got.sum "$a: summaries differ from the directory's"
done
# Archive order is kept.
tar -tf t.tar | grep -v '/$' >want
ids t.tar.jsonl >got
expect_same want got "archive order"

# A gzip'd text file and a plain one give the same summary.
gzip -c src/b.txt >b.txt.gz
"$PRECIS" batch -q b.txt.gz src/b.txt >gz.jsonl
check "gzip'd text" test "$(summaries gz.jsonl | sort -u | wc -l)" -eq 1
check "gzip'd text id" grep -q '^{"id":"b.txt.gz",' gz.jsonl

# JSON Lines, plain, gzip'd, on standard input and inside an archive.
{
	printf '{"id":"r1","title":"Harbour news","text":"%s"}\n' \
		"The harbour board met to discuss the new ferry. Ferry tickets rose after the storm. Fishermen said the storm damaged boats. The mayor promised help."
	printf '{"id":"r2","text":"Caf\\u00e9 owners met today. They spoke of \\u201ccoffee\\u201d prices. Prices rose in the spring. Owners were worried."}\n'
	printf '{"id":"r3"}\n'
	printf '{"id":"r4","text":["not","a","string"]}\n'
	printf '{"id":"r5","text":null}\n'
	printf '{"text":"A record without an id. Its id is its line number."}\n'
	printf '\n'
	printf '{"id":12,"text":"A numeric id. It is written as a string."}\n'
	printf '{"id":"r9","body":"Another field name. It holds the text.","head":"A head"}\n'
} >odd.jsonl
expect_rc 1 "$PRECIS" batch -q odd.jsonl >odd.out 2>odd.err
expect_lines 8 odd.out "odd JSON Lines: record count"
ids odd.out >got
printf '%s\n' r1 r2 r3 r4 r5 6 12 r9 >want
expect_same want got "odd JSON Lines: ids"
check "record title" grep -q '^{"id":"r1","title":"Harbour news",' odd.out
check "unicode escapes" \
	grep -q '"summary":\["Café owners met today.",' odd.out
check "missing text" \
	grep -q '^{"id":"r3","error":"no \\"text\\" field"}$' odd.out
check "non-string text" \
	grep -q '^{"id":"r4","error":"\\"text\\" is not a string"}$' odd.out
check "null text" grep -q '^{"id":"r5","error":' odd.out
check "record without text field" grep -q '^{"id":"r9","error":' odd.out
expect_text 'precis: odd.jsonl: r3: no "text" field
precis: odd.jsonl: r4: "text" is not a string
precis: odd.jsonl: r5: "text" is not a string
precis: odd.jsonl: r9: no "text" field' odd.err "stderr messages"
# The title is the first line; offsets refer to the record's text.
check "offsets" grep -q '"spans":\[{"index":0,"offset":0,' odd.out

# Other field names: only r9 has a "body"; each other record is an error.
expect_rc 1 "$PRECIS" batch -q --text-field body --title-field head \
	--id-field id odd.jsonl >fields.out 2>fields.err
expect_lines 8 fields.out "field options: record count"
check "field options: title and summary" jq -e -s \
	'.[7] | .id == "r9" and .title == "A head" and
	.summary == ["Another field name.", "It holds the text."]' fields.out
check "field options: an error for each record without a body" \
	test "$(grep -c '"error":"no \\"body\\" field"}$' fields.out)" -eq 7
ids odd.out | sed '$d' | sed 's/.*/precis: odd.jsonl: &: no "body" field/' \
	>want
expect_same want fields.err "field options: one message a bad record"

# Only the top-level fields count; a repeated field keeps its last value;
# an id that is a number but no integer is no id; a line must be one object.
{
	printf '{"meta":{"id":"inner","text":"Not this text."},"id":"t1","text":"The outer text counts. Here it is."}\n'
	printf '{"id":"t2","text":"The first value is dropped.","text":"The last value is kept. It is summarized."}\n'
	printf '{"id":2.5,"text":"A real number id. The line number stands in."}\n'
	printf '{"id":"t4","text":"One object."} {"id":"t4b"}\n'
	printf '[{"id":"t5","text":"An array is no record."}]\n'
	printf '{"id":"t6","text":["A list of strings.","Is no text."]}\n'
} >top.jsonl
expect_rc 1 "$PRECIS" batch -q top.jsonl >top.out 2>top.err
sed 's/^\(precis: top.jsonl: [^:]*\): .*/\1/' top.err >got
expect_text "precis: top.jsonl: 4
precis: top.jsonl: 5
precis: top.jsonl: t6" got "top-level fields: one message a bad line"
ids top.out >got
printf '%s\n' t1 t2 3 4 5 t6 >want
expect_same want got "top-level fields: ids"
check "top-level fields: $(cat top.out)" jq -e -s '.[0].summary == ["The outer text counts.", "Here it is."] and
	.[1].summary[0] == "The last value is kept." and
	(.[2].summary | length) == 2 and
	(.[3].error | startswith("invalid JSON")) and
	.[4].error == "not a JSON object" and
	.[5].error == "\"text\" is not a string"' top.out

gzip -c odd.jsonl >odd.jsonl.gz
cp odd.jsonl odd.ndjson
# The same records and messages (under the input's name) from each.
expect_rc 1 "$PRECIS" batch -q odd.jsonl.gz >gz.out 2>gz.err
expect_rc 1 "$PRECIS" batch -q odd.ndjson >nd.out 2>nd.err
expect_rc 1 "$PRECIS" batch -q - <odd.jsonl >stdin.out 2>stdin.err
expect_same odd.out gz.out ".jsonl.gz"
expect_same odd.out nd.out ".ndjson"
expect_same odd.out stdin.out "standard input"
sed 's/^precis: odd.jsonl: /precis: odd.jsonl.gz: /' odd.err >want
expect_same want gz.err ".jsonl.gz: messages"
sed 's/^precis: odd.jsonl: /precis: odd.ndjson: /' odd.err >want
expect_same want nd.err ".ndjson: messages"
expect_lines 4 stdin.err "standard input: messages"
tar -cf j.tar odd.jsonl
expect_rc 1 "$PRECIS" batch -q j.tar >tar.out 2>tar.err
expect_same odd.out tar.out ".jsonl member of an archive"
expect_lines 4 tar.err ".jsonl member of an archive: messages"

# Several inputs: in the order given.
"$PRECIS" batch -q src/b.txt t.zip >multi.jsonl
ids multi.jsonl | head -n 2 >got
expect_text "src/b.txt
b.txt" got "input order"

# -o FILE, gzip'd when it ends in .gz.
"$PRECIS" batch -q t.tar -o out.jsonl
expect_same out.jsonl t.tar.jsonl "-o"
"$PRECIS" batch -q t.tar -o out.jsonl.gz
gzip -dc out.jsonl.gz >got
expect_same got t.tar.jsonl "-o FILE.gz"

# The final line, and its absence with --quiet.
"$PRECIS" batch t.tar >/dev/null 2>final.err
check "final summary line" \
	grep -q '^precis: batch: 7 documents, 0 errors, ' final.err
"$PRECIS" batch --quiet t.tar >/dev/null 2>quiet.err
expect_empty quiet.err "--quiet"

# Usage errors.
for args in "" "-j 0 t.tar" "--language klingon t.tar"; do
	# shellcheck disable=SC2086
	run "$PRECIS" batch $args
	expect_status 2 "batch $args: usage error"
	expect_grep "^Try 'precis batch --help' for more information.$" err \
		"batch $args: hint"
	expect_empty out "batch $args: no records"
done

finish
