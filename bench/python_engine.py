# SPDX-License-Identifier: BSD-2-Clause
"""python_engine.py - which way a Dask task should summarize a shard: the
precis command as a subprocess, or the Python package in the worker.

    python3 python_engine.py SHARD.jsonl PRECIS [RUNS]

Times, in turns, RUNS (default 5) times each: `precis batch --quiet --jobs
1 SHARD` as a subprocess (what precis.dask runs), and the package in this
process reading the shard line by line, summarizing each record with
Summarizer.summary() and writing a JSON record with id, title, language,
counts, summary and spans (fewer fields than precis batch writes).  Prints
the median records/s of each.
"""
import json
import statistics
import subprocess
import sys
import time

import precis


def package(src):
    s = precis.Summarizer()
    out = []
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            r = json.loads(line)
            sm = s.summary(r["text"], r.get("title") or None)
            out.append(json.dumps({
                "id": str(r.get("id", n)), "title": sm.title,
                "language": sm.language, "sentences": sm.sentence_count,
                "words": sm.word_count,
                "summary": [x.text for x in sm.sentences],
                "spans": [{"index": x.index, "offset": x.offset,
                           "length": x.length, "score": x.score,
                           "rank": x.rank} for x in sm.sentences]},
                ensure_ascii=False))
    return "\n".join(out)


def command(src, cli):
    return subprocess.run([cli, "batch", "--quiet", "--jobs", "1", src],
                          stdout=subprocess.PIPE).stdout


def main():
    src, cli = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with open(src, encoding="utf-8") as f:
        n = sum(1 for line in f if line.strip())
    times = {"precis batch --jobs 1, subprocess": [],
             "Python package in process": []}
    for _ in range(runs):
        for name, run in zip(times, (lambda: command(src, cli),
                                     lambda: package(src))):
            t0 = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - t0)
    for name, t in times.items():
        m = statistics.median(t)
        print(f"{name}: {n} records, median {m:.3f} s, {n / m:.0f} "
              "records/s")


if __name__ == "__main__":
    main()
