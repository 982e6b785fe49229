# SPDX-License-Identifier: BSD-2-Clause
# packaging.sh - the Debian packaging (debian/) agrees with the build: its
# version is the project's, and its Build-Depends name every package that
# scripts/setup.sh installs for building.  Building the packages themselves
# takes minutes and is left to scripts/package-deb.sh.

here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
. "$here/lib.sh"

: "${PRECIS_VERSION:?PRECIS_VERSION must name the project version}"

checks=$((checks + 1))
changelog=$(sed -n '1s/^precis (\([^)]*\)).*/\1/p' "$top/debian/changelog")
[ "$changelog" = "$PRECIS_VERSION" ] ||
	fail "debian/changelog is at '$changelog', the project at $PRECIS_VERSION"

# The Build-Depends field, one package name a line.
sed -n '/^Build-Depends:/,/^[A-Z]/p' "$top/debian/control" |
	sed 's/^Build-Depends://; /^[A-Z]/d' | tr ',' '\n' |
	sed 's/([^)]*)//; s/^[[:space:]]*//; s/[[:space:]]*$//' |
	grep . >build-depends
# setup.sh's build list; make, gcc and libc6-dev come with build-essential.
sed -n '/^build="/,/"$/p' "$top/scripts/setup.sh" |
	sed 's/^build="//; s/"$//' | tr ' \t' '\n\n' | grep . |
	grep -vxE 'make|gcc|libc6-dev' >setup-build
checks=$((checks + 1))
[ -s setup-build ] || fail "no build list in scripts/setup.sh"
missing=$(grep -vxF -f build-depends setup-build || true)
checks=$((checks + 1))
[ -z "$missing" ] ||
	fail "debian/control Build-Depends lacks:" $missing

finish
