#!/bin/sh
# setup.sh - installs the Debian 12 packages precis needs.
#
#   scripts/setup.sh          what building needs
#   scripts/setup.sh --test   and what the test suite needs too
#   scripts/setup.sh --bench  and what the benchmarks need
#
# Runs apt-get as root (through sudo when not root).  Packages already
# installed are not asked for again, so a second run costs nothing.
set -eu

build="cmake make gcc libc6-dev pkg-config libstemmer-dev uthash-dev
	zlib1g-dev libutf8proc-dev libjansson-dev libyajl-dev libarchive-dev wordnet-base"
test="libcmocka-dev jq clang libclang-rt-14-dev util-linux time parallel tar
	gzip bzip2 xz-utils zstd zip gnuplot-nox libxml2-utils"

bench="libots-dev libglib2.0-dev ots time valgrind jq gnuplot-nox
	libxml2-utils python3-readability python3-lxml"

want=$build
case "${1:-}" in
--test) want="$build $test" ;;
--bench) want="$build $bench" ;;
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
