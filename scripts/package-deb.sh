#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# package-deb.sh - builds the Debian packages precis, libprecis0 and
# libprecis-dev (and the native source package) with dpkg-buildpackage,
# then checks them with lintian.
#
#   scripts/package-deb.sh [--check-install] [OUTDIR]   (default: build-deb)
#
# With --check-install (as root, on a machine where precis may be installed
# for a moment), it then installs the precis package with apt, summarizes
# the packaged sample article from another directory, and purges it.
#
# The repository's files (tracked, and new ones not ignored) are copied to
# OUTDIR/precis-VERSION and built there, so the working tree stays clean;
# the .deb files end up in OUTDIR.  Needs dpkg-dev, debhelper, lintian and
# the build dependencies of debian/control (scripts/setup.sh --package).
# Exits non-zero when the build fails or lintian reports an error.
set -eu
cd "$(dirname "$0")/.."

check_install=false
if [ "${1:-}" = --check-install ]; then
	check_install=true
	shift
fi
out=${1:-build-deb}
version=$(dpkg-parsechangelog -S Version)
mkdir -p "$out"
out=$(cd "$out" && pwd)
src=$out/precis-$version
rm -rf "$src"
mkdir -p "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files -z --cached --others --exclude-standard |
		xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
		tar --null -T - -cf - | tar -xf - -C "$src"
else
	tar --exclude='./build*' -cf - . | tar -xf - -C "$src"
fi
rm -f "$out"/precis_"$version"* "$out"/libprecis*_"$version"_*

echo "== dpkg-buildpackage in $src"
(cd "$src" && dpkg-buildpackage -us -uc)

changes=$(ls "$out"/precis_"$version"_*.changes)
echo "== packages"
for f in "$out"/*_"$version"_*.deb; do
	printf '%8s  %s\n' "$(stat -c %s "$f")" "$(basename "$f")"
done
echo "== lintian"
lintian --fail-on error "$changes"
echo "lintian: no errors"

if $check_install; then
	echo "== apt install ./precis_${version}_*.deb"
	(cd "$out" && apt-get -o DPkg::Lock::Timeout=600 install -y \
		./precis_"$version"_*.deb)
	status=0
	lines=$(cd / && precis /usr/share/doc/precis/examples/sample.txt |
		wc -l) || status=$?
	echo "precis /usr/share/doc/precis/examples/sample.txt, from /:" \
		"$lines lines"
	[ "$lines" -eq 3 ] || status=1
	(cd /tmp && precis --version) || status=1
	apt-get -o DPkg::Lock::Timeout=600 purge -y precis >/dev/null
	[ "$status" -eq 0 ] || { echo "install check failed" >&2; exit 1; }
	echo "install check: ok"
fi
