#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# web.sh - quality of precis's article extraction on saved web pages.
#
#   bench/web.sh [-s all|dev|held] [-p PRECIS] [-o DIR] [DATA_DIR]
#
# Extracts the article of every page of DATA_DIR (default
# ../shared/data/web-dev: ID.html.gz pages, ground-truth.json and the
# benchmark's scorer score.py) with `precis extract -f json`, and scores
# the texts with score.py.  Prints the pages' precision, recall and F1 of
# the benchmark's metric, then "page ID F1" for every page (F1 of that
# page's precision and recall), for plots.  -s takes a split of the pages
# by the first hex digit of their id: dev (0-9), on which the extractor
# was developed, or held (a-f), kept back to check that it generalises.
# The pages are read where they lie and never copied.
set -eu
cd "$(dirname "$0")/.."

split=all
precis=""
out=""
while getopts s:p:o: opt; do
	case $opt in
	s) split=$OPTARG ;;
	p) precis=$OPTARG ;;
	o) out=$OPTARG ;;
	*) echo "usage: $0 [-s all|dev|held] [-p PRECIS] [-o DIR] [DATA_DIR]" >&2
	   exit 2 ;;
	esac
done
shift $((OPTIND - 1))
data=${1:-../shared/data/web-dev}
case $split in
all) pattern='[0-9a-f]' ;;
dev) pattern='[0-9]' ;;
held) pattern='[a-f]' ;;
*) echo "$0: unknown split '$split' (all, dev or held)" >&2; exit 2 ;;
esac

if [ -z "$precis" ]; then
	scripts/setup.sh
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release \
		-DBUILD_TESTING=OFF >/dev/null
	cmake --build build-bench -j "$(nproc 2>/dev/null || echo 2)" \
		--target precis_cli >/dev/null
	precis=build-bench/src/cli/precis
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$out" ] || out=$tmp/pred
mkdir -p "$out"

for page in "$data"/$pattern*.html.gz; do
	id=${page##*/}
	id=${id%.html.gz}
	"$precis" extract -f json "$page" >"$out/$id.json" || true
done

# The ground truth of the split's pages only.
/usr/bin/python3 - "$data/ground-truth.json" "$out" "$tmp/truth.json" <<'PY'
import json, os, sys
truth = json.load(open(sys.argv[1], encoding='utf-8'))
ids = {f[:-5] for f in os.listdir(sys.argv[2]) if f.endswith('.json')}
json.dump({k: v for k, v in truth.items() if k in ids},
          open(sys.argv[3], 'w', encoding='utf-8'))
PY
echo "split $split"
/usr/bin/python3 "$data/score.py" "$tmp/truth.json" "$out" \
	--per-page "$tmp/per-page.jsonl"
/usr/bin/python3 - "$tmp/per-page.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    p, q = r.get('precision', 0.0), r.get('recall', 0.0)
    f = 2 * p * q / (p + q) if p + q > 0 else 0.0
    print('page %s %.3f' % (r.get('id', '?'), f))
PY
