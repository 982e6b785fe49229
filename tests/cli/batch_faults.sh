# SPDX-License-Identifier: BSD-2-Clause
# One bad document never stops precis batch: each gets an error record and
# a message, the others are summarized, and the exit status is 1.
. "$(dirname "$0")/lib.sh"

mkdir src
for i in $(seq -w 1 40); do
	article "$i" >"src/m$i.txt"
done

# A truncated .tar.gz: everything before the damage, then an error.  The
# members are long and varied, so that the damage falls among them.
mkdir big
for i in $(seq -w 1 40); do
	awk -v seed="$i" 'BEGIN {
		srand(seed)
		for (k = 0; k < 300; k++)
			printf "Station %d logged a reading of %d today.\n",
				int(rand() * 1e6), int(rand() * 1e9)
	}' >"big/m$i.txt"
done
(cd big && tar -czf ../full.tar.gz m*.txt)
size=$(wc -c <full.tar.gz)
head -c $((size / 2)) full.tar.gz >trunc.tar.gz
expect_rc 1 "$PRECIS" batch -q trunc.tar.gz >trunc.out 2>trunc.err
n=$(grep -c '"summary"' trunc.out)
check "truncated archive: only $n records before the damage" \
	test "$n" -ge 5
check "truncated archive: all records" test "$n" -lt 40
tail -n 1 trunc.out >last
check "truncated archive: no error record" \
	grep -q '"error":"damaged archive: ' last
check "truncated archive: no message" \
	grep -q '^precis: trunc.tar.gz: .*damaged archive' trunc.err
"$PRECIS" batch -q full.tar.gz | head -n "$n" >want
head -n "$n" trunc.out >got
expect_same want got "truncated archive: records before the damage differ"

# A corrupt member of a zip: the other members are still summarized.
(cd src && zip -qX ../z.zip m01.txt m02.txt m03.txt)
# The second local header's data starts 30 + name length bytes after its
# "PK" (-X: no extra field); spoil bytes a little way into it.
off=$(grep -abo 'PK' z.zip | sed -n 's/:PK$//p' | sed -n 2p)
off=$((off + 30 + 7 + 4))
cp z.zip zc.zip
printf '\377\377\377\377\377\377\377\377\377\377\377\377' |
	dd of=zc.zip bs=1 seek="$off" conv=notrunc 2>/dev/null
expect_rc 1 "$PRECIS" batch -q zc.zip >zc.out 2>zc.err
expect_lines 3 zc.out "corrupt zip member: record count"
check "zip: member before" grep -q '^{"id":"m01.txt","title"' zc.out
check "zip: corrupt member" grep -q '^{"id":"m02.txt","error":' zc.out
check "zip: member after" grep -q '^{"id":"m03.txt","title"' zc.out
check "zip: message" grep -q '^precis: zc.zip: m02.txt: ' zc.err

# A binary member and an oversized one, in a tar.xz and in a directory.
mkdir bad
article 1 >bad/a.txt
head -c 3000 /dev/zero >bad/b.bin
yes 'The storm hit the harbour again today.' | head -c 200000 >bad/c.txt
article 4 >bad/d.txt
tar -C bad -cJf bad.tar.xz a.txt b.bin c.txt d.txt
for in in bad.tar.xz bad; do
	expect_rc 1 "$PRECIS" batch -q --max-bytes 100000 $in >bad.out 2>bad.err
	expect_lines 4 bad.out "$in: record count"
	check "$in: binary member" \
		grep -q '"id":"[a-z/]*b.bin","error":"binary' bad.out
	check "$in: oversized member" \
		grep -q '"id":"[a-z/]*c.txt","error":"larger than the limit' bad.out
	check "$in: good members" test "$(grep -c '"summary"' bad.out)" -eq 2
	expect_lines 2 bad.err "$in: messages"
done

# A corrupt gzip'd text file among good ones.
mkdir gz
article 1 | gzip >gz/a.txt.gz
article 2 | gzip >gz/b.txt.gz
article 3 | gzip >gz/c.txt.gz
printf '\377\377\377\377\377\377\377\377' |
	dd of=gz/b.txt.gz bs=1 seek=20 conv=notrunc 2>/dev/null
expect_rc 1 "$PRECIS" batch -q gz >gz.out 2>gz.err
ids gz.out >got
printf '%s\n' gz/a.txt.gz gz/b.txt.gz gz/c.txt.gz >want
expect_same want got "corrupt gzip: ids"
check "corrupt gzip: error record" \
	grep -q '^{"id":"gz/b.txt.gz","error":"undecodable gzip data: ' gz.out

# A bomb: a member that inflates far past the limit is cut off while read.
dd if=/dev/zero bs=1M count=256 2>/dev/null | gzip -1 >zeros.gz
mkdir bomb && mv zeros.gz bomb/
expect_rc 1 "$PRECIS" batch -q --max-bytes 1000000 bomb >bomb.out 2>/dev/null
check "gzip bomb" grep -q '"error":"larger than the limit' bomb.out

# An invalid JSON line among good ones; an over-long line.
{
	printf '{"id":"g1","text":"A good record. It has two sentences."}\n'
	printf '{"id":"g2","text":"Broken record\n'
	printf '{"id":"g3","text":"Another good record. It is fine."}\n'
	printf '{"id":"g4","text":"%s"}\n' "$(head -c 5000 /dev/zero | tr '\0' a)"
	printf '{"id":"g5","text":"The last record. It is fine too."}\n'
} >bad.jsonl
expect_rc 1 "$PRECIS" batch -q --max-bytes 2000 bad.jsonl >j.out 2>j.err
ids j.out >got
printf '%s\n' g1 2 g3 4 g5 >want
expect_same want got "invalid JSON lines: ids"
check "invalid JSON" grep -q '^{"id":"2","error":"invalid JSON: ' j.out
check "long line" \
	grep -q '^{"id":"4","error":"line larger than the limit' j.out

# Control characters in an id never reach the terminal.
printf '{"id":"x\\u001b[2Jy\\u0007"}\n' >esc.jsonl
expect_rc 1 "$PRECIS" batch -q esc.jsonl >esc.out 2>esc.err
check "escaped id" \
	grep -q '^precis: esc.jsonl: x\\x1b\[2Jy\\x07: no "text" field$' esc.err
check "escape character on stderr" \
	bash -c '! LC_ALL=C grep -q "$(printf "\033")" esc.err'

# An output that cannot be written: a message and exit status 1.
expect_rc 1 "$PRECIS" batch -q src -o /dev/full 2>full.err
check "/dev/full message" \
	grep -q '^precis: /dev/full: write error: No space left on device$' full.err
expect_rc 1 sh -c '"$0" batch -q src >/dev/full 2>full2.err' "$PRECIS"
check "stdout on /dev/full" grep -q 'write error' full2.err

# A missing input: an error record, and the others are still read.
expect_rc 1 "$PRECIS" batch -q nonexistent src/m01.txt >miss.out 2>/dev/null
expect_lines 2 miss.out "missing input"

# SIGINT and SIGTERM: the records finished are flushed, and the exit
# status is 128 + the signal's number, as --help says.
for sig in INT:130 TERM:143; do
	want=${sig#*:}
	sig=${sig%:*}
	rm -f int.out
	set -m
	{
		for i in 1 2 3 4; do
			printf '{"id":"s%s","text":"Record %s is here. It is short."}\n' $i $i
		done
		sleep 30
	} | "$PRECIS" batch -q - -o int.out &
	job=$!
	for i in $(seq 50); do
		test -s int.out && test "$(wc -l <int.out)" -eq 4 && break
		sleep 0.1
	done
	kill -"$sig" %1
	set +e
	wait "$job"
	rc=$?
	set -e
	set +m
	check "SIG$sig: exit status $rc, want $want" test $rc -eq "$want"
	expect_lines 4 int.out "SIG$sig: records lost"
done
run "$PRECIS" batch --help
expect_grep '128 \+ N on signal N\.$' out "--help: the exit status on a signal"

finish
