# SPDX-License-Identifier: BSD-2-Clause
# lib.sh - the harness of the CLI tests, sourced by each script.
#
# PRECIS names the binary under test (CMake passes it); PRECIS_TEST_DATA
# the directory of test articles (tests/data unless given).  Each script
# runs in a scratch directory, $SCRATCH, removed on exit; $CLI_DIR is the
# directory of the scripts.
#
# A check is one call of an expect_* function or of check: it counts, and
# a failed one prints "FAIL: ..." and counts as failed; the script goes on.
# Every script ends with one closing line, "NAME: N checks, P passed, F
# failed", printed by finish or, when the script ends without it, on exit.
# The exit status is 0 only when every check passed and the script ran to
# its end.  lib.sh owns the EXIT trap: a script that needs its own must call
# on_exit at its end.

set -eu
export LC_ALL=C.UTF-8

: "${PRECIS:?PRECIS must name the precis binary}"
: "${PRECIS_TEST_DATA:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../data" && pwd)}"

CLI_DIR=$(cd "$(dirname "$0")" && pwd)
SCRATCH=$(mktemp -d)
cd "$SCRATCH"

failures=0
checks=0
finished=0
test_name=$(basename "$0")

# The closing line.  A failure outside a counted check still counts.
closing_line() {
	[ "$checks" -ge "$failures" ] || checks=$failures
	echo "$test_name: $checks checks, $((checks - failures)) passed," \
		"$failures failed"
}

on_exit() {
	rc=$?
	cd /
	rm -rf "$SCRATCH"
	[ "$finished" -eq 0 ] || exit "$rc"
	if [ "$rc" -ne 0 ]; then
		echo "FAIL: $test_name stopped early (exit status $rc)" >&2
		failures=$((failures + 1))
	fi
	closing_line
	[ "$rc" -eq 0 ] || exit "$rc"
	[ "$failures" -eq 0 ] || exit 1
}
trap on_exit EXIT

# fail DESCRIPTION: reports a failed check and counts it.
fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

# check DESCRIPTION CMD...: one check, that CMD exits with status 0 (its
# standard output is dropped).
check() {
	local what=$1 rc=0
	shift
	checks=$((checks + 1))
	"$@" >/dev/null || rc=$?
	[ "$rc" -eq 0 ] || fail "$what"
}

# run CMD...: runs the command, keeping its stdout, stderr and status in
# out, err and $status.
run() {
	set +e
	"$@" >out 2>err
	status=$?
	set -e
}

# expect_status N DESCRIPTION
expect_status() {
	checks=$((checks + 1))
	[ "$status" -eq "$1" ] || fail "$2: exit status $status, want $1 (stderr: $(head -c 300 err))"
}

# expect_rc N CMD...: runs CMD (its output goes where the caller sends
# it), which must exit with status N.
expect_rc() {
	local want=$1 got=0
	shift
	checks=$((checks + 1))
	"$@" || got=$?
	[ "$got" -eq "$want" ] || fail "$*: exit status $got, want $want"
}

# expect_stderr TEXT DESCRIPTION: stderr is exactly TEXT (one line).
expect_stderr() {
	checks=$((checks + 1))
	printf '%s\n' "$1" >want_err
	cmp -s want_err err || fail "$2: stderr is '$(cat err)', want '$1'"
}

# expect_empty FILE DESCRIPTION
expect_empty() {
	checks=$((checks + 1))
	[ ! -s "$1" ] || fail "$2: $1 is not empty: $(head -c 300 "$1")"
}

# expect_lines N FILE DESCRIPTION
expect_lines() {
	checks=$((checks + 1))
	n=$(wc -l <"$2")
	[ "$n" -eq "$1" ] || fail "$3: $n lines in $2, want $1"
}

# expect_same A B DESCRIPTION
expect_same() {
	checks=$((checks + 1))
	cmp -s "$1" "$2" || fail "$3: $1 and $2 differ"
}

# expect_text TEXT FILE DESCRIPTION: FILE is exactly the lines of TEXT.
expect_text() {
	checks=$((checks + 1))
	printf '%s\n' "$1" >want_text
	cmp -s want_text "$2" ||
		fail "$3: $2 is '$(head -c 300 "$2")', want '$1'"
}

# expect_grep PATTERN FILE DESCRIPTION (extended regular expression)
expect_grep() {
	checks=$((checks + 1))
	grep -Eq -- "$1" "$2" || fail "$3: no match for '$1' in $2"
}

# expect_fixed TEXT FILE DESCRIPTION: FILE holds the fixed string TEXT.
expect_fixed() {
	checks=$((checks + 1))
	grep -Fq -- "$1" "$2" ||
		fail "$3: no '$1' in $2: $(head -c 300 "$2")"
}

# expect_no_grep PATTERN FILE DESCRIPTION: no line of FILE matches.
expect_no_grep() {
	checks=$((checks + 1))
	! grep -Eq -- "$1" "$2" || fail "$3: '$1' matches in $2"
}

# fold FILE: the file with every run of white space folded to one space.
fold_text() {
	tr -s ' \t\r\n' '    ' <"$1" | sed 's/^ //; s/ $//'
}

# expect_in_order SUMMARY ARTICLE DESCRIPTION: every line of SUMMARY is a
# verbatim (white-space-folded) part of ARTICLE, in article order.
expect_in_order() {
	checks=$((checks + 1))
	fold_text "$2" >folded
	if ! awk -v doc="$(cat folded)" '
		{ i = index(doc, $0)
		  if ($0 == "" || i == 0) { print "not in article: " $0; bad = 1; exit }
		  doc = substr(doc, i + length($0)) }
		END { exit bad }' "$1" >order_err; then
		fail "$3: $(cat order_err)"
	fi
}

# finish: the closing line; exits 0 when every check passed.
finish() {
	finished=1
	closing_line
	[ "$failures" -eq 0 ] || exit 1
	exit 0
}

# Article generators and record readers of the batch tests.

# article N: a short article whose words depend on N, with a title line.
article() {
	printf 'Report number %s on the harbour\n\n' "$1"
	printf 'The harbour board met on day %s to discuss the new ferry.\n' "$1"
	printf 'Ferry tickets rose by %s percent after the storm.\n' "$1"
	printf 'Fishermen said the storm damaged %s boats near the pier.\n' "$1"
	printf 'The mayor promised help for the harbour and the boats.\n'
	printf 'A decision on the ferry is expected in %s weeks.\n' "$1"
}

# summaries FILE...: the value of "summary" in each record of a JSON Lines
# file.
summaries() {
	sed 's/.*"summary":\(\[[^]]*\]\).*/\1/' "$@"
}

# ids FILE...: the ids of the records, one a line.
ids() {
	sed 's/^{"id":"\([^"]*\)".*/\1/' "$@"
}
