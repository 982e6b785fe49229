# Shared set-up of the batch tests: strict mode, the C locale, a scratch
# directory removed on exit, and small article generators.
set -eu
export LC_ALL=C
: "${PRECIS:?set PRECIS to the precis binary}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# article N: a short article whose words depend on N, with a title line.
article() {
	printf 'Report number %s on the harbour\n\n' "$1"
	printf 'The harbour board met on day %s to discuss the new ferry.\n' "$1"
	printf 'Ferry tickets rose by %s percent after the storm.\n' "$1"
	printf 'Fishermen said the storm damaged %s boats near the pier.\n' "$1"
	printf 'The mayor promised help for the harbour and the boats.\n'
	printf 'A decision on the ferry is expected in %s weeks.\n' "$1"
}

# The value of "summary" in each record of a JSON Lines file.
summaries() {
	sed 's/.*"summary":\(\[[^]]*\]\).*/\1/' "$@"
}

# The ids of the records, one a line.
ids() {
	sed 's/^{"id":"\([^"]*\)".*/\1/' "$@"
}
