# SPDX-License-Identifier: BSD-2-Clause
# precis batch writes its records in input order, and the output is
# byte-identical whatever the number of worker threads.
. "$(dirname "$0")/lib.sh"

mkdir src
for i in $(seq -w 1 300); do
	# Articles of very different lengths, so that workers finish out of
	# order.
	{
		article "$i"
		n=$((10#$i % 7 * 40))
		awk -v n="$n" -v seed="$i" 'BEGIN {
			srand(seed)
			for (k = 0; k < n; k++)
				printf "The council counted %d votes in ward %d.\n",
					int(rand() * 1e4), int(rand() * 90)
		}'
	} >"src/a$i.txt"
done
(cd src && tar -czf ../all.tar.gz .)
for i in $(seq 1 300); do
	printf '{"id":"r%s","title":"Title %s","text":"Sentence one of %s is here. The second sentence of record %s follows. A third one ends it."}\n' \
		"$i" "$i" "$i" "$i"
done >all.jsonl

for in in src all.tar.gz all.jsonl; do
	"$PRECIS" batch -q -j 1 "$in" >one.out
	"$PRECIS" batch -q -j 4 "$in" >four.out
	"$PRECIS" batch -q -j 3 --explain -k 3 "$in" >three.out
	"$PRECIS" batch -q -j 1 --explain -k 3 "$in" -o one.gz.jsonl.gz
	expect_same one.out four.out "$in: -j 1 and -j 4 differ"
	gzip -dc one.gz.jsonl.gz >one.gz.out
	expect_same one.gz.out three.out \
		"$in: -j 1 and -j 3 differ with --explain"
	expect_lines 300 one.out "$in: record count"
done
# A small --max-bytes bounds the ring by bytes (2N + 2 times the limit)
# before its slots fill up: the same records, in the same order.
"$PRECIS" batch -q -j 3 --max-bytes 200 all.jsonl >small3.out
"$PRECIS" batch -q -j 1 --max-bytes 200 all.jsonl >small1.out
"$PRECIS" batch -q -j 1 all.jsonl >plain.out
expect_same plain.out small1.out "--max-bytes 200: a record changed"
expect_same small1.out small3.out "--max-bytes 200: -j 1 and -j 3 differ"

# Input order: the ids of the JSON Lines file, in its order.
ids one.out >got
seq 1 300 | sed 's/^/r/' >want
expect_same want got "order"

# Several inputs, several runs: always the same bytes.
"$PRECIS" batch -q -j 4 all.jsonl src all.tar.gz >a.out
"$PRECIS" batch -q -j 2 all.jsonl src all.tar.gz >b.out
"$PRECIS" batch -q -j 1 all.jsonl src all.tar.gz >c.out
expect_same a.out b.out "several inputs: -j 4 and -j 2"
expect_same a.out c.out "several inputs: -j 4 and -j 1"
expect_lines 900 a.out "several inputs: record count"

# The real data, when it is at hand.
data=${PRECIS_DATA:-$CLI_DIR/../../../shared/data}/cnndm-dev.jsonl.gz
if test -f "$data"; then
	"$PRECIS" batch -q -j 1 "$data" -o d1.out
	"$PRECIS" batch -q -j 4 "$data" -o d4.out
	expect_same d1.out d4.out "cnndm: -j 1 and -j 4 differ"
else
	echo "$data is not at hand: the real-data comparison is not run"
fi

finish
