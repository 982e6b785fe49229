#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# run.sh - installs the Python package into a new virtual environment, with
# the command README gives, against a CMake build tree, and runs its tests.
#
#   PRECIS=BUILD/src/cli/precis run.sh SOURCE_DIR BUILD_DIR
#
# Debian's Python (/usr/bin/python3, or PRECIS_PYTHON) with python3-cffi,
# python3-setuptools, python3-wheel, python3-venv, python3-pytest and
# python3-distributed (scripts/setup.sh --test) is required: anything
# missing fails the test with the package to install.  The package is
# copied to a temporary directory first, so that every run builds afresh.
set -eu

src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
py=${PRECIS_PYTHON:-/usr/bin/python3}

fail() {
	echo "python tests: $*" >&2
	exit 1
}

[ -x "$py" ] || fail "$py not found (Debian: python3)"
for m in cffi:python3-cffi setuptools:python3-setuptools wheel:python3-wheel \
	venv:python3-venv pytest:python3-pytest \
	distributed:python3-distributed; do
	"$py" -c "import ${m%%:*}" 2>/dev/null ||
		fail "$py cannot import ${m%%:*} (Debian: ${m#*:}; scripts/setup.sh --test)"
done
[ -n "${PRECIS:-}" ] && [ -x "$PRECIS" ] ||
	fail "PRECIS must name the built precis program"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/pkg"
(cd "$src/bindings/python" &&
	tar -cf - --exclude=./build --exclude='*.egg-info' \
		--exclude=__pycache__ --exclude='_precis*' .) |
	tar -xf - -C "$tmp/pkg"

"$py" -m venv --system-site-packages "$tmp/venv"
PRECIS_BUILD_DIR=$build PRECIS_SOURCE_DIR=$src \
	"$tmp/venv/bin/pip" install --quiet --no-build-isolation --no-index \
	"$tmp/pkg" || fail "pip install failed"

# Run from an empty directory, so that the installed package is imported,
# not the source beside the tests.
cd "$tmp"
PRECIS_SOURCE_DIR=$src "$tmp/venv/bin/python" -m pytest -p no:cacheprovider -q \
	"$tmp/pkg/tests"
