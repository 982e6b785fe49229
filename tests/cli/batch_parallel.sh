# The JSON Lines stream mode (precis batch - on standard input and output)
# split across processes with GNU parallel --pipe gives the same records as
# a single run (the recipe of docs/batch.md).
. "$(dirname "$0")/batch_common.sh"

if ! command -v parallel >/dev/null 2>&1; then
	echo "FAIL: GNU parallel is not installed (scripts/setup.sh --test installs it)"
	exit 1
fi
for i in $(seq 1 500); do
	printf '{"id":"doc-%s","title":"Title %s","text":"Sentence one of %s is here. The second sentence of record %s follows. A third one, %s, ends it."}\n' \
		"$i" "$i" "$i" "$i" "$i"
done >in.jsonl
printf 'not json\n' >>in.jsonl

set +e
"$PRECIS" batch -q - <in.jsonl >single.out 2>/dev/null
rc1=$?
parallel --will-cite --pipe --keep-order --block 4k \
	"$PRECIS" batch -q -j 1 - <in.jsonl >par.out 2>/dev/null
rc2=$?
set -e
test $rc1 -eq 1 && test $rc2 -eq 1 || fail "exit statuses $rc1 and $rc2"
# The error record's id is a line number within the chunk: compare the rest.
grep -v '"error"' single.out >a
grep -v '"error"' par.out >b
cmp a b || fail "parallel --pipe gives other records"
test "$(wc -l <a)" -eq 500 || fail "record count"
test "$(grep -c '"error":"invalid JSON' par.out)" -eq 1 || fail "error record"

# Unordered, the same set of records.
parallel --will-cite --pipe --block 4k -j 4 "$PRECIS" batch -q - \
	<in.jsonl 2>/dev/null | grep -v '"error"' | sort >c || true
sort a | cmp - c || fail "parallel --pipe, unordered"
echo ok
