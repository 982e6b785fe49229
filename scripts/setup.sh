#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# setup.sh - installs the Debian 12 packages precis needs.
#
#   scripts/setup.sh          what building needs
#   scripts/setup.sh --test   and what the test suite needs too
#   scripts/setup.sh --bench  and what the benchmarks need
#   scripts/setup.sh --package  and what scripts/package-deb.sh needs
#
# Runs apt-get as root (through sudo when not root).  Packages already
# installed are not asked for again, so a second run costs nothing.
set -eu

build="cmake make gcc libc6-dev pkg-config libstemmer-dev uthash-dev
	zlib1g-dev libutf8proc-dev libjansson-dev libyajl-dev libarchive-dev wordnet-base
	libxml2-dev"
test="libcmocka-dev jq clang clang-format libclang-rt-14-dev util-linux time
	parallel tar gzip bzip2 xz-utils zstd zip groff-base man-db bash-completion
	python3 python3-dev python3-venv python3-cffi python3-setuptools python3-wheel
	python3-pytest python3-distributed gnuplot-nox libxml2-utils"

bench="libots-dev libglib2.0-dev ots time valgrind jq gnuplot-nox
	libxml2-utils python3-readability python3-lxml"
package="dpkg-dev debhelper lintian fakeroot"

want=$build
case "${1:-}" in
--test) want="$build $test" ;;
--bench) want="$build $bench" ;;
--package) want="$build $package" ;;
esac

missing=""
for p in $want; do
	if ! dpkg-query -W -f '${Status}' "$p" 2>/dev/null |
		grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -n "$missing" ] || exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo=sudo
fi
echo "setup: installing$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
	--no-install-recommends $missing
