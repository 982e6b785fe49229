# SPDX-License-Identifier: BSD-2-Clause
# manual.sh - the manual pages (man/): groff renders them without a
# warning, and precis(1) names every subcommand and every long option that
# the program's --help texts list.

here=$(cd "$(dirname "$0")" && pwd)
MAN_DIR=${MAN_DIR:-$here/../../man}
. "$here/lib.sh"

for page in precis.1 libprecis.3; do
	run groff -man -ww -z -Tutf8 "$MAN_DIR/$page"
	expect_status 0 "groff $page"
	expect_empty err "groff warnings in $page"
	run man --warnings -l "$MAN_DIR/$page"
	expect_status 0 "man -l $page"
	expect_empty err "man warnings in $page"
	expect_grep '^(LIBPRECIS|PRECIS)\(' out "man -l $page: header line"
done

# Each page's title line names the version of the program.
version=$("$PRECIS" --version | sed -n '1s/^precis //p')
expect_grep "^\.TH PRECIS 1 .*\"precis $version\"" "$MAN_DIR/precis.1" \
	"precis.1 names version $version"
expect_grep "^\.TH LIBPRECIS 3 .*\"libprecis $version\"" \
	"$MAN_DIR/libprecis.3" "libprecis.3 names version $version"

# precis(1) as text: ASCII hyphens for \-, no hyphenation, no wrapping.
groff -man -Tascii -P-cbou -rHY=0 -rLL=200n "$MAN_DIR/precis.1" \
	>page.txt 2>/dev/null

# The subcommands listed by precis --help, and the options of each.
"$PRECIS" --help >help-main
subcommands=$(awk '/^Subcommands:/ { on = 1; next }
	on && /^$/ { exit }
	on && /^  [a-z]/ { print $1 }' help-main)
checks=$((checks + 1))
[ -n "$subcommands" ] || fail "no Subcommands: section in precis --help"

missing=""
for sub in "" $subcommands; do
	name="precis${sub:+ $sub}"
	if [ -n "$sub" ]; then
		"$PRECIS" "$sub" --help >help 2>&1 ||
			fail "$name --help: exit status $?"
		checks=$((checks + 1))
		grep -Eq "precis $sub([^a-z-]|\$)" page.txt ||
			missing="$missing
  $name: the subcommand itself"
	else
		cp help-main help
	fi
	for opt in $(grep -oE -- '--[a-z][a-z0-9-]*' help | sort -u); do
		checks=$((checks + 1))
		grep -Eq -- "$opt([^a-z0-9-]|\$)" page.txt ||
			missing="$missing
  $name: $opt"
	done
done
[ -z "$missing" ] ||
	fail "precis(1) (man/precis.1) lacks what --help lists:$missing"

finish
