#!/bin/sh
# setup.sh - installs the Debian 12 packages the speed benchmark needs, on
# top of what building precis needs (scripts/setup.sh).
#
#   libots-dev, libglib2.0-dev  the peer, Open Text Summarizer, as a library
#                               (libots-dev does not pull in glib's headers)
#   ots                         and as a command
#   time                        GNU time, for peak memory (-f %M)
#   valgrind                    instruction counts of one short run
#
# Runs apt-get as root (through sudo when not root); packages already
# installed are not asked for again.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
"$here/../scripts/setup.sh"

missing=""
for p in libots-dev libglib2.0-dev ots time valgrind; do
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
echo "bench/setup: installing$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
	--no-install-recommends $missing
