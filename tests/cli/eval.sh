# SPDX-License-Identifier: BSD-2-Clause
# eval.sh - `precis eval`: ROUGE of a system's summaries against
# references, its inputs, its output formats and its errors.
. "$(dirname "$0")/lib.sh"

cat >ref.jsonl <<'EOF'
{"id": "d1", "summary": ["The cat sat on the mat.", "It was happy."]}
{"id": "d2", "summary": "Profits rose by 5% to $3bn.\nShares fell."}
EOF

# Identical summaries score 1 everywhere (d2's as a string with lines).
cp ref.jsonl same.jsonl
run "$PRECIS" eval ref.jsonl same.jsonl
expect_status 0 "identical summaries"
expect_fixed "Documents: 2 (0 without a system summary)" out "document count"
for m in ROUGE-1 ROUGE-2 ROUGE-L; do
	for v in R P F; do
		expect_fixed \
		    "$m Average_$v: 1.00000 (95%-conf.int. 1.00000 - 1.00000)" \
		    out "identical summaries: $m $v"
	done
done
cp out same.txt

# A string with one sentence per line equals an array of sentences.
cat >sys-array.jsonl <<'EOF'
{"id": "d1", "summary": ["The cat sat.", "The mat was happy."]}
{"id": "d2", "summary": ["Profits fell.", "Shares rose by 5%."]}
EOF
cat >sys-string.jsonl <<'EOF'
{"id": "d2", "summary": "Profits fell.\nShares rose by 5%."}
{"id": "d1", "summary": "The cat sat.\nThe mat was happy."}
EOF
run "$PRECIS" eval ref.jsonl sys-array.jsonl
expect_status 0 "array summaries"
mv out array.txt
expect_no_grep "Average_R: 1\.00000" array.txt "other summaries score below 1"
run "$PRECIS" eval ref.jsonl sys-string.jsonl
expect_status 0 "string summaries"
expect_same out array.txt "string and array summaries score the same"

# Gzip'd input reads the same.
gzip -c sys-array.jsonl >sys-array.jsonl.gz
run "$PRECIS" eval ref.jsonl sys-array.jsonl.gz
expect_status 0 "gzip'd input"
expect_same out array.txt "gzip'd input scores the same"

# A reference without a system summary counts as empty, and so does a
# `precis batch` record with an error.
cat >sys-partial.jsonl <<'EOF'
{"id": "d1", "summary": ["The cat sat on the mat.", "It was happy."], "sentences": 2}
{"id": "d9", "summary": ["Unrelated."]}
EOF
run "$PRECIS" eval --per-doc per-doc.jsonl ref.jsonl sys-partial.jsonl
expect_status 0 "a missing system summary"
expect_fixed "Documents: 2 (1 without a system summary)" out \
	"a missing system summary is counted"
expect_fixed '{"id":"d1","rouge-1":{"r":1.0,"p":1.0,"f":1.0},' per-doc.jsonl \
	"--per-doc: a perfect match"
expect_fixed '{"id":"d2","rouge-1":{"r":0.0,"p":0.0,"f":0.0},"rouge-2":{"r":0.0,"p":0.0,"f":0.0},"rouge-l":{"r":0.0,"p":0.0,"f":0.0},"missing":true}' \
	per-doc.jsonl "--per-doc: a missing summary"
expect_lines 2 per-doc.jsonl "--per-doc: one line a reference"
cat >sys-error.jsonl <<'EOF'
{"id": "d1", "summary": ["The cat sat on the mat.", "It was happy."]}
{"id": "d2", "error": "input is binary"}
EOF
run "$PRECIS" eval --per-doc per-doc2.jsonl ref.jsonl sys-error.jsonl
expect_status 0 "an error record"
expect_fixed "Documents: 2 (0 without a system summary)" out \
	"an error record is a summary"
expect_fixed '{"id":"d2","rouge-1":{"r":0.0,"p":0.0,"f":0.0},' per-doc2.jsonl \
	"an error record scores 0"

# JSON output, and other field names.
sed 's/"summary"/"abstract"/' ref.jsonl >ref-abstract.jsonl
sed 's/"summary"/"text"/' same.jsonl >same-text.jsonl
run "$PRECIS" eval -f json --reference-field abstract --system-field text \
	ref-abstract.jsonl same-text.jsonl
expect_status 0 "-f json and field names"
expect_fixed '"documents": 2' out "JSON document count"
expect_fixed '"rouge-l": {"r": {"average": 1.0, "low": 1.0, "high": 1.0, "mean": 1.0}' \
	out "JSON ROUGE-L"
run "$PRECIS" eval --format=text ref.jsonl same.jsonl
expect_status 0 "--format=text"
expect_same out same.txt "--format=text is the default report"

# Bad input: exit 1 with one line naming the file.
printf '{"id": "d1", "summary": ["x"]}\n{"id": "d2", summary}\n' >bad.jsonl
run "$PRECIS" eval ref.jsonl bad.jsonl
expect_status 1 "invalid JSON"
expect_grep "^precis: bad.jsonl: line 2: invalid JSON" err "invalid JSON"
expect_lines 1 err "invalid JSON: one line"
run "$PRECIS" eval ref.jsonl missing.jsonl
expect_status 1 "missing system file"
expect_stderr "precis: missing.jsonl: No such file or directory" \
	"missing system file"
run "$PRECIS" eval missing.jsonl same.jsonl
expect_status 1 "missing reference file"
expect_stderr "precis: missing.jsonl: No such file or directory" \
	"missing reference file"
expect_empty out "missing reference file: no report"
printf '{"id": "d1", "summary": "..."}\n' >noword.jsonl
run "$PRECIS" eval noword.jsonl same.jsonl
expect_status 1 "a reference without words"
expect_fixed 'reference "d1" has no word to score' err \
	"a reference without words"
printf '{"id": "d1", "summary": 3}\n' >number.jsonl
run "$PRECIS" eval ref.jsonl number.jsonl
expect_status 1 "a number for a summary"
expect_stderr 'precis: number.jsonl: line 1: "summary" is not a string or an array of strings' \
	"a number for a summary"
cat ref.jsonl ref.jsonl >dup.jsonl
run "$PRECIS" eval dup.jsonl same.jsonl
expect_status 1 "duplicate ids"
expect_fixed 'duplicate id "d1"' err "duplicate ids"

# Usage errors: exit 2, a line and a hint.
for args in "--bogus" "-f xml" "--per-doc" "only-one.jsonl" "a b c"; do
	# shellcheck disable=SC2086
	run "$PRECIS" eval $args
	expect_status 2 "eval $args"
	expect_fixed "Try 'precis eval --help' for more information." err \
		"eval $args: hint"
	expect_lines 2 err "eval $args: two lines"
done

# Help goes to stdout.
run "$PRECIS" eval --help
expect_status 0 "eval --help"
expect_fixed "Usage: precis eval [OPTION]... REFERENCES SYSTEM" out \
	"eval --help"
expect_empty err "eval --help: nothing on stderr"

# A write error on stdout is reported.
check "/dev/full is at hand" test -w /dev/full
set +e
"$PRECIS" eval ref.jsonl same.jsonl >/dev/full 2>err
status=$?
set -e
expect_status 1 "write error"
expect_grep "^precis: .*No space left on device$" err "write error: message"

finish
