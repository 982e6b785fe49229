#!/bin/bash
# End-to-end tests of `precis eval`.  The binary is $PRECIS.
set -eu
export LC_ALL=C

: "${PRECIS:?set PRECIS to the precis binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

# expect STATUS CMD...: runs CMD, keeps stdout and stderr in $tmp/out and
# $tmp/err, and checks its exit status; returns 1 (after counting a failure)
# when it differs.
expect() {
	local want=$1 got=0
	shift
	"$@" >"$tmp/out" 2>"$tmp/err" || got=$?
	if [ "$got" -ne "$want" ]; then
		fail "exit $got, want $want: $*"
		sed 's/^/  stderr: /' "$tmp/err" >&2
		return 1
	fi
}

# has FILE TEXT: FILE contains the fixed string TEXT.
has() {
	if ! grep -qF -- "$2" "$1" 2>/dev/null; then
		fail "$1 lacks: $2"
		sed 's/^/  /' "$1" >&2 2>/dev/null || true
	fi
}

# lines FILE N: FILE has N lines.
lines() {
	local n
	n=$(wc -l <"$1" 2>/dev/null) || n=missing
	[ "$n" = "$2" ] || fail "$1: $n lines, want $2"
}

cat >"$tmp/ref.jsonl" <<'EOF'
{"id": "d1", "summary": ["The cat sat on the mat.", "It was happy."]}
{"id": "d2", "summary": "Profits rose by 5% to $3bn.\nShares fell."}
EOF

# Identical summaries score 1 everywhere (d2's as a string with lines).
cp "$tmp/ref.jsonl" "$tmp/same.jsonl"
if expect 0 "$PRECIS" eval "$tmp/ref.jsonl" "$tmp/same.jsonl"; then
	has "$tmp/out" "Documents: 2 (0 without a system summary)"
	for m in ROUGE-1 ROUGE-2 ROUGE-L; do
		for v in R P F; do
			has "$tmp/out" \
			    "$m Average_$v: 1.00000 (95%-conf.int. 1.00000 - 1.00000)"
		done
	done
fi

# A string with one sentence per line equals an array of sentences.
cat >"$tmp/sys-array.jsonl" <<'EOF'
{"id": "d1", "summary": ["The cat sat.", "The mat was happy."]}
{"id": "d2", "summary": ["Profits fell.", "Shares rose by 5%."]}
EOF
cat >"$tmp/sys-string.jsonl" <<'EOF'
{"id": "d2", "summary": "Profits fell.\nShares rose by 5%."}
{"id": "d1", "summary": "The cat sat.\nThe mat was happy."}
EOF
expect 0 "$PRECIS" eval "$tmp/ref.jsonl" "$tmp/sys-array.jsonl" &&
	mv "$tmp/out" "$tmp/array.txt"
expect 0 "$PRECIS" eval "$tmp/ref.jsonl" "$tmp/sys-string.jsonl" &&
	{ cmp -s "$tmp/out" "$tmp/array.txt" ||
	  fail "string and array summaries score differently"; }

# Gzip'd input reads the same.
gzip -c "$tmp/sys-array.jsonl" >"$tmp/sys-array.jsonl.gz"
expect 0 "$PRECIS" eval "$tmp/ref.jsonl" "$tmp/sys-array.jsonl.gz" &&
	{ cmp -s "$tmp/out" "$tmp/array.txt" ||
	  fail "gzip'd input scores differently"; }

# A reference without a system summary counts as empty, and so does a
# `precis batch` record with an error.
cat >"$tmp/sys-partial.jsonl" <<'EOF'
{"id": "d1", "summary": ["The cat sat on the mat.", "It was happy."], "sentences": 2}
{"id": "d9", "summary": ["Unrelated."]}
EOF
if expect 0 "$PRECIS" eval --per-doc "$tmp/per-doc.jsonl" \
	"$tmp/ref.jsonl" "$tmp/sys-partial.jsonl"; then
	has "$tmp/out" "Documents: 2 (1 without a system summary)"
	has "$tmp/per-doc.jsonl" \
	    '{"id":"d1","rouge-1":{"r":1.0,"p":1.0,"f":1.0},'
	has "$tmp/per-doc.jsonl" \
	    '{"id":"d2","rouge-1":{"r":0.0,"p":0.0,"f":0.0},"rouge-2":{"r":0.0,"p":0.0,"f":0.0},"rouge-l":{"r":0.0,"p":0.0,"f":0.0},"missing":true}'
	lines "$tmp/per-doc.jsonl" 2
fi
cat >"$tmp/sys-error.jsonl" <<'EOF'
{"id": "d1", "summary": ["The cat sat on the mat.", "It was happy."]}
{"id": "d2", "error": "input is binary"}
EOF
if expect 0 "$PRECIS" eval --per-doc "$tmp/per-doc2.jsonl" \
	"$tmp/ref.jsonl" "$tmp/sys-error.jsonl"; then
	has "$tmp/out" "Documents: 2 (0 without a system summary)"
	has "$tmp/per-doc2.jsonl" \
	    '{"id":"d2","rouge-1":{"r":0.0,"p":0.0,"f":0.0},'
fi

# JSON output, and other field names.
sed 's/"summary"/"abstract"/' "$tmp/ref.jsonl" >"$tmp/ref-abstract.jsonl"
sed 's/"summary"/"text"/' "$tmp/same.jsonl" >"$tmp/same-text.jsonl"
if expect 0 "$PRECIS" eval -f json --reference-field abstract \
	--system-field text "$tmp/ref-abstract.jsonl" "$tmp/same-text.jsonl"
then
	has "$tmp/out" '"documents": 2'
	has "$tmp/out" '"rouge-l": {"r": {"average": 1.0, "low": 1.0, "high": 1.0, "mean": 1.0}'
fi
expect 0 "$PRECIS" eval --format=text "$tmp/ref.jsonl" "$tmp/same.jsonl" || true

# Bad input: exit 1 with one line naming the file.
printf '{"id": "d1", "summary": ["x"]}\n{"id": "d2", summary}\n' \
	>"$tmp/bad.jsonl"
if expect 1 "$PRECIS" eval "$tmp/ref.jsonl" "$tmp/bad.jsonl"; then
	has "$tmp/err" "precis: $tmp/bad.jsonl: line 2: invalid JSON"
	lines "$tmp/err" 1
fi
if expect 1 "$PRECIS" eval "$tmp/ref.jsonl" "$tmp/missing.jsonl"; then
	has "$tmp/err" "precis: $tmp/missing.jsonl: "
fi
expect 1 "$PRECIS" eval "$tmp/missing.jsonl" "$tmp/same.jsonl" || true
printf '{"id": "d1", "summary": "..."}\n' >"$tmp/noword.jsonl"
if expect 1 "$PRECIS" eval "$tmp/noword.jsonl" "$tmp/same.jsonl"; then
	has "$tmp/err" 'reference "d1" has no word to score'
fi
printf '{"id": "d1", "summary": 3}\n' >"$tmp/number.jsonl"
expect 1 "$PRECIS" eval "$tmp/ref.jsonl" "$tmp/number.jsonl" || true
cat "$tmp/ref.jsonl" "$tmp/ref.jsonl" >"$tmp/dup.jsonl"
if expect 1 "$PRECIS" eval "$tmp/dup.jsonl" "$tmp/same.jsonl"; then
	has "$tmp/err" 'duplicate id "d1"'
fi

# Usage errors: exit 2, a line and a hint.
for args in "--bogus" "-f xml" "--per-doc" "only-one.jsonl" "a b c"; do
	# shellcheck disable=SC2086
	if expect 2 "$PRECIS" eval $args; then
		has "$tmp/err" "Try 'precis eval --help' for more information."
		lines "$tmp/err" 2
	fi
done

# Help goes to stdout.
if expect 0 "$PRECIS" eval --help; then
	has "$tmp/out" "Usage: precis eval [OPTION]... REFERENCES SYSTEM"
	lines "$tmp/err" 0
fi

# A write error on stdout is reported.
if [ -w /dev/full ]; then
	got=0
	"$PRECIS" eval "$tmp/ref.jsonl" "$tmp/same.jsonl" >/dev/full \
		2>"$tmp/err" || got=$?
	[ "$got" -eq 1 ] || fail "write error: exit $got, want 1"
	has "$tmp/err" "precis: "
fi

if [ "$failures" -ne 0 ]; then
	echo "$failures failure(s)" >&2
	exit 1
fi
echo "eval.sh: all passed"
