# SPDX-License-Identifier: BSD-2-Clause
# The JSON Lines stream mode (precis batch - on standard input and output)
# split across processes with GNU parallel --pipe gives the same records as
# a single run (the recipe of docs/batch.md).
. "$(dirname "$0")/lib.sh"

if ! command -v parallel >/dev/null 2>&1; then
	fail "GNU parallel is not installed (scripts/setup.sh --test installs it)"
	finish
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
check "exit statuses $rc1 and $rc2" test $rc1 -eq 1 -a $rc2 -eq 1
# The error record's id is a line number within the chunk: compare the rest.
grep -v '"error"' single.out >a
grep -v '"error"' par.out >b
expect_same a b "parallel --pipe gives other records"
expect_lines 500 a "record count"
check "error record" test "$(grep -c '"error":"invalid JSON' par.out)" -eq 1

# Unordered, the same set of records.
parallel --will-cite --pipe --block 4k -j 4 "$PRECIS" batch -q - \
	<in.jsonl 2>/dev/null | grep -v '"error"' | sort >c || true
sort a >a.sorted
expect_same a.sorted c "parallel --pipe, unordered"

finish
