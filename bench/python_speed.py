# SPDX-License-Identifier: BSD-2-Clause
"""python_speed.py - how fast the Python package summarizes articles already
in memory, with one thread or several.

    python3 python_speed.py [--threads N] [--min-time S] [--min-runs N]
                            [--limit N] FILE...

Reads the records of the JSON Lines FILEs (optionally .gz) as
bench/corpus.c does (the title, when not empty, as a first line followed by
a blank line, then the text), then times passes over all of them: each of
N threads has its own precis.Summarizer("english") (the context of
bench/speed.c) and summarizes every article, so that a pass does N times
the articles.  One untimed pass first; then passes until both the minimum
runs and time.  Prints one line, as the C harnesses do:

    python-N: docs=D bytes=B runs=R median_s=M min_s=A max_s=Z \\
              cpu_median_s=P docs_per_s=X mb_per_s=Y

(D and B count every thread's articles; P is the process's CPU time.)
Every pass must give the summaries of the first, or the run fails.
"""
import argparse
import gzip
import json
import statistics
import sys
import threading
import time

import precis


def load(paths, limit):
    docs = []
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if limit and len(docs) >= limit:
                    return docs
                if not line.strip():
                    continue
                rec = json.loads(line)
                title = rec.get("title") or ""
                text = rec.get("text") or ""
                docs.append(f"{title}\n\n{text}" if title else text)
    return docs


def one_pass(summarizers, docs):
    """Every thread summarizes every article; returns each thread's
    summaries."""
    results = [None] * len(summarizers)

    def work(k):
        s = summarizers[k]
        results[k] = [s.summarize(d) for d in docs]

    threads = [threading.Thread(target=work, args=(k,))
               for k in range(len(summarizers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--min-time", type=float, default=2.0)
    ap.add_argument("--min-runs", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    docs = load(args.files, args.limit)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    summarizers = [precis.Summarizer("english")
                   for _ in range(args.threads)]
    want = one_pass(summarizers, docs)[0]
    walls, cpus = [], []
    total = 0.0
    while len(walls) < args.min_runs or total < args.min_time:
        c0, t0 = time.process_time(), time.perf_counter()
        got = one_pass(summarizers, docs)
        t1, c1 = time.perf_counter(), time.process_time()
        if any(g != want for g in got):
            print("python_speed: a pass gave other summaries",
                  file=sys.stderr)
            return 1
        walls.append(t1 - t0)
        cpus.append(c1 - c0)
        total += t1 - t0
    med = statistics.median(walls)
    n = len(docs) * args.threads
    b = nbytes * args.threads
    print(f"python-{args.threads}: docs={n} bytes={b} runs={len(walls)} "
          f"median_s={med:.6f} min_s={min(walls):.6f} "
          f"max_s={max(walls):.6f} "
          f"cpu_median_s={statistics.median(cpus):.6f} "
          f"docs_per_s={n / med:.1f} mb_per_s={b / med / 1e6:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
