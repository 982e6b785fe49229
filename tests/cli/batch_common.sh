# SPDX-License-Identifier: BSD-2-Clause
# batch_common.sh - the harness of the CLI tests under its former name,
# for scripts that still source it: lib.sh, with $T for the scratch
# directory.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
T=$SCRATCH
