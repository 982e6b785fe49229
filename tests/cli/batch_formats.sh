# precis batch reads directories, every archive format, gzip'd text and
# JSON Lines, and gives the same summaries for the same articles.
. "$(dirname "$0")/batch_common.sh"

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
cmp want got || fail "directory order"
grep -q '"summary":\["' dir.jsonl || fail "summary is not an array of strings"
grep -q '"spans":\[{"index":' dir.jsonl || fail "no spans"
grep -q '"title":"Report number 6 on the harbour"' dir.jsonl ||
	fail "title of a text file"

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
	"$PRECIS" batch -q "$a" >"$a.jsonl" || fail "$a: exit status"
	test "$(wc -l <"$a.jsonl")" -eq 7 || fail "$a: record count"
	ids "$a.jsonl" | sort >got
	printf '%s\n' b.txt sub/a1.txt sub/a2.txt sub/a3.txt sub/a4.txt \
		sub/a5.txt sub/deeper/c.txt >want
	cmp want got || fail "$a: ids"
	summaries "$a.jsonl" | sort >got.sum
	cmp want.sum got.sum || fail "$a: summaries differ from the directory's"
done
# Archive order is kept.
tar -tf t.tar | grep -v '/$' >want
ids t.tar.jsonl >got
cmp want got || fail "archive order"

# A gzip'd text file and a plain one give the same summary.
gzip -c src/b.txt >b.txt.gz
"$PRECIS" batch -q b.txt.gz src/b.txt >gz.jsonl
test "$(summaries gz.jsonl | sort -u | wc -l)" -eq 1 || fail "gzip'd text"
grep -q '^{"id":"b.txt.gz",' gz.jsonl || fail "gzip'd text id"

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
set +e
"$PRECIS" batch -q odd.jsonl >odd.out 2>odd.err
rc=$?
set -e
test $rc -eq 1 || fail "odd JSON Lines: exit status $rc"
test "$(wc -l <odd.out)" -eq 8 || fail "odd JSON Lines: record count"
ids odd.out >got
printf '%s\n' r1 r2 r3 r4 r5 6 12 r9 >want
cmp want got || fail "odd JSON Lines: ids"
grep -q '^{"id":"r1","title":"Harbour news",' odd.out || fail "record title"
grep -q '"summary":\["Café owners met today.",' odd.out ||
	fail "unicode escapes"
grep -q '^{"id":"r3","error":"no \\"text\\" field"}$' odd.out ||
	fail "missing text"
grep -q '^{"id":"r4","error":"\\"text\\" is not a string"}$' odd.out ||
	fail "non-string text"
grep -q '^{"id":"r5","error":' odd.out || fail "null text"
grep -q '^{"id":"r9","error":' odd.out || fail "record without text field"
grep -q '^precis: odd.jsonl: r3: no "text" field$' odd.err ||
	fail "stderr message"
# The title is the first line; offsets refer to the record's text.
grep -q '"spans":\[{"index":0,"offset":0,' odd.out || fail "offsets"

"$PRECIS" batch -q --text-field body --title-field head --id-field id \
	odd.jsonl >fields.out 2>/dev/null || true
grep -q '^{"id":"r9","title":"A head",' fields.out || fail "field options"

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
set +e
"$PRECIS" batch -q top.jsonl >top.out 2>/dev/null
rc=$?
set -e
test $rc -eq 1 || fail "top-level fields: exit status $rc"
ids top.out >got
printf '%s\n' t1 t2 3 4 5 t6 >want
cmp want got || fail "top-level fields: ids"
jq -e -s '.[0].summary == ["The outer text counts.", "Here it is."] and
	.[1].summary[0] == "The last value is kept." and
	(.[2].summary | length) == 2 and
	(.[3].error | startswith("invalid JSON")) and
	.[4].error == "not a JSON object" and
	.[5].error == "\"text\" is not a string"' top.out >/dev/null ||
	fail "top-level fields: $(cat top.out)"

gzip -c odd.jsonl >odd.jsonl.gz
cp odd.jsonl odd.ndjson
"$PRECIS" batch -q odd.jsonl.gz >gz.out 2>/dev/null || true
"$PRECIS" batch -q odd.ndjson >nd.out 2>/dev/null || true
"$PRECIS" batch -q - <odd.jsonl >stdin.out 2>/dev/null || true
cmp odd.out gz.out || fail ".jsonl.gz"
cmp odd.out nd.out || fail ".ndjson"
cmp odd.out stdin.out || fail "standard input"
tar -cf j.tar odd.jsonl
"$PRECIS" batch -q j.tar >tar.out 2>/dev/null || true
cmp odd.out tar.out || fail ".jsonl member of an archive"

# Several inputs: in the order given.
"$PRECIS" batch -q src/b.txt t.zip >multi.jsonl
test "$(ids multi.jsonl | head -2 | tr '\n' ' ')" = "src/b.txt b.txt " ||
	fail "input order"

# -o FILE, gzip'd when it ends in .gz.
"$PRECIS" batch -q t.tar -o out.jsonl
cmp out.jsonl t.tar.jsonl || fail "-o"
"$PRECIS" batch -q t.tar -o out.jsonl.gz
gzip -dc out.jsonl.gz | cmp - t.tar.jsonl || fail "-o FILE.gz"

# The final line, and its absence with --quiet.
"$PRECIS" batch t.tar >/dev/null 2>final.err
grep -q '^precis: batch: 7 documents, 0 errors, ' final.err ||
	fail "final summary line"
"$PRECIS" batch --quiet t.tar >/dev/null 2>quiet.err
test ! -s quiet.err || fail "--quiet"

# Usage errors.
set +e
"$PRECIS" batch >/dev/null 2>&1
test $? -eq 2 || fail "no INPUT"
"$PRECIS" batch -j 0 t.tar >/dev/null 2>&1
test $? -eq 2 || fail "-j 0"
"$PRECIS" batch --language klingon t.tar >/dev/null 2>&1
test $? -eq 2 || fail "bad language"
set -e
echo ok
