# SPDX-License-Identifier: BSD-2-Clause
# completion.sh - bash completion (completions/precis): subcommands, each
# subcommand's long options as its --help lists them, and option values.

here=$(cd "$(dirname "$0")" && pwd)
COMPLETION=${COMPLETION:-$here/../../completions/precis}
. "$here/lib.sh"
mkdir bin
ln -s "$PRECIS" bin/precis

# try_complete WORD...: what completing the last WORD offers, one a line, in
# out (bash with bash-completion, as an interactive shell has it).
try_complete() {
	PATH="$SCRATCH/bin:$PATH" bash -c '
		. /usr/share/bash-completion/bash_completion
		. "$1"; shift
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		COMPREPLY=()
		_precis
		for w in "${COMPREPLY[@]}"; do printf "%s\n" "$w"; done |
			sort' sh "$COMPLETION" "$@" \
		>out 2>err
}

try_complete precis ""
expect_grep '^batch$' out "subcommands: batch"
expect_grep '^split$' out "subcommands: split"
expect_grep '^eval$' out "subcommands: eval"

try_complete precis --sen
printf -- '--sentences=\n' >want
expect_same want out "precis --sen"

try_complete precis batch --out
printf -- '--output-dir=\n--output=\n' >want
expect_same want out "precis batch --out"

# eval's options take their value as the next word.
try_complete precis eval --per
printf -- '--per-doc\n' >want
expect_same want out "precis eval --per"

# split has no --sentences.
try_complete precis split --sen
expect_empty out "precis split --sen"

try_complete precis --order ""
printf 'article\nscore\n' >want
expect_same want out "precis --order"

try_complete precis -l ge
expect_grep '^german$' out "precis -l ge: german"
checks=$((checks + 1))
! grep -qv '^ge' out || fail "precis -l ge: offers $(tr '\n' ' ' <out)"

try_complete precis --lan
printf -- '--language=\n' >want
expect_same want out "precis --lan"

finish
