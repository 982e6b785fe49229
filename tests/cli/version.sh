# SPDX-License-Identifier: BSD-2-Clause
# version.sh - precis --version names the program's version and those of
# the libraries it runs with.

here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

run "$PRECIS" --version
expect_status 0 "--version"
expect_empty err "--version: stderr"
expect_lines 5 out "--version: five lines"
checks=$((checks + 1))
first=$(head -n 1 out)
echo "$first" | grep -Eq '^precis [0-9]+\.[0-9]+\.[0-9]+$' ||
	fail "--version: first line '$first'"
# The library the program runs with is the one it was built with here.
expect_grep "^libprecis ${first#precis }\$" out "--version: libprecis"
expect_grep '^Snowball ([0-9]+\.[0-9.]+|unknown) \(libstemmer, as built\)$' out \
	"--version: Snowball"
expect_grep '^utf8proc [0-9]+\.[0-9]+\.[0-9]+$' out "--version: utf8proc"
expect_grep '^libarchive [0-9]+\.[0-9]+\.[0-9]+ \(libarchive\.so\.[0-9]+, for precis batch\)$' \
	out "--version: libarchive"

finish
