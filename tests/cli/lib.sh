# lib.sh - helpers for the CLI tests, sourced by each script.
#
# PRECIS names the binary under test (CMake passes it); PRECIS_TEST_DATA
# the directory of test articles.  Each script runs in a scratch directory
# that is removed on exit.

set -eu
export LC_ALL=C.UTF-8

: "${PRECIS:?PRECIS must name the precis binary}"
: "${PRECIS_TEST_DATA:?PRECIS_TEST_DATA must name tests/data}"

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
cd "$SCRATCH"

failures=0
checks=0

fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
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

# expect_grep PATTERN FILE DESCRIPTION (extended regular expression)
expect_grep() {
	checks=$((checks + 1))
	grep -Eq -- "$1" "$2" || fail "$3: no match for '$1' in $2"
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

finish() {
	echo "$checks checks, $failures failed"
	[ "$failures" -eq 0 ]
}
