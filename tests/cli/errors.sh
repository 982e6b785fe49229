# SPDX-License-Identifier: BSD-2-Clause
# errors.sh - bad input: one line on stderr naming the input, exit 1, and
# the other inputs still summarized.
. "$(dirname "$0")/lib.sh"

A="$PRECIS_TEST_DATA/harbour.txt"
"$PRECIS" "$A" >good

run "$PRECIS" missing.txt
expect_status 1 "missing file"
expect_stderr "precis: missing.txt: No such file or directory" "missing file"
expect_empty out "missing file: no output"

mkdir adir
run "$PRECIS" adir
expect_status 1 "directory"
expect_stderr "precis: adir: Is a directory" "directory"

run "$PRECIS" "$A/x"
expect_status 1 "path through a file"
expect_stderr "precis: $A/x: Not a directory" "path through a file"

printf 'secret text.\n' >locked.txt
chmod 000 locked.txt
if [ "$(id -u)" -eq 0 ]; then
	# Root reads anything: drop to an unprivileged user for this case.
	chmod 755 "$SCRATCH"
	run setpriv --reuid=65534 --regid=65534 --clear-groups "$PRECIS" locked.txt
else
	run "$PRECIS" locked.txt
fi
expect_status 1 "unreadable file"
expect_stderr "precis: locked.txt: Permission denied" "unreadable file"

printf 'text\000more text.\n' >binary.bin
run "$PRECIS" binary.bin
expect_status 1 "binary input"
expect_stderr "precis: binary.bin: binary input (NUL bytes), not text" "binary input"

run "$PRECIS" --max-bytes 100 "$A"
expect_status 1 "input over --max-bytes"
expect_stderr "precis: $A: larger than the limit of 100 bytes (--max-bytes)" "--max-bytes"
size=$(wc -c <"$A")
run "$PRECIS" --max-bytes "$size" "$A"
expect_status 0 "input of exactly --max-bytes"
expect_same out good "input of exactly --max-bytes: summarized"

# One bad input among good ones: the good ones are still summarized.
run "$PRECIS" missing.txt "$A" binary.bin
expect_status 1 "bad inputs among good ones"
expect_lines 2 err "one line per bad input"
sed -n '2,$p' out >got
expect_same got good "the good input is summarized"

: >empty.txt
run "$PRECIS" empty.txt
expect_status 0 "empty input"
expect_empty out "empty input: empty output"
expect_empty err "empty input: no message"
printf '  \n\n\t\n' >blank.txt
run "$PRECIS" blank.txt
expect_status 0 "blank input"
expect_empty out "blank input: empty output"

run "$PRECIS" - </dev/null
expect_status 0 "empty standard input"
expect_empty out "empty standard input: empty output"
expect_empty err "empty standard input: no message"

# A name holding control characters is escaped: no escape sequence reaches
# the terminal.
bad=$(printf 'no\033[31mred\302\233\377.txt')
run "$PRECIS" "$bad"
expect_status 1 "missing file with control characters in its name"
expect_stderr 'precis: no\x1b[31mred\xc2\x9b\xff.txt: No such file or directory' \
	"control characters escaped"

# Windows-1252 is read, not rejected.
run "$PRECIS" "$PRECIS_TEST_DATA/cp1252.txt"
expect_status 0 "Windows-1252 input"
expect_grep 'Café owners in the old town' out "Windows-1252 converted to UTF-8"

# Usage errors.
run "$PRECIS" --bogus
expect_status 2 "unknown option"
expect_stderr "precis: unrecognized option '--bogus'
Try 'precis --help' for more information." "unknown option"
run "$PRECIS" -n
expect_status 2 "missing argument"
expect_grep "^precis: option '-n' requires an argument$" err "missing argument"
run "$PRECIS" -f xml "$A"
expect_status 2 "bad format"
expect_stderr "precis: invalid format: 'xml' (text or json)
Try 'precis --help' for more information." "bad format"
expect_empty out "bad format: no output"
run "$PRECIS" -l klingon "$A"
expect_status 2 "unknown language"
expect_grep "^precis: unsupported language: 'klingon'" err "unknown language"
run "$PRECIS" --stopwords missing.txt "$A"
expect_status 1 "missing stopword file"
expect_stderr "precis: missing.txt: No such file or directory" "missing stopword file"

# Output errors: a full disk is an error, a closed pipe is quiet.
check "/dev/full is at hand" test -w /dev/full
set +e
"$PRECIS" "$A" >/dev/full 2>err
status=$?
set -e
expect_status 1 "writing to a full disk"
expect_stderr "precis: write error: No space left on device" "full disk"
set +e
"$PRECIS" -r 1 "$A" "$A" "$A" "$A" 2>err | head -c 1 >/dev/null
set -e
expect_empty err "a closed pipe ends the program quietly"

finish
