#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""split-eval.py - boundary F1 of `precis split` and detection of short texts.

    scripts/split-eval.py [--precis PROGRAM] [--auto] DIR...

Reads the sentence cases of each DIR (the format of tests/split: a note,
the input, "---", the expected sentences, "===", with "@lang NAME" lines),
splits each input with `precis split --language NAME` (or with the
language detected, --auto) and prints, per language, the expected and
found sentences and the boundary F1: a boundary is counted by the number
of non-space characters before it, so one wrong split costs one boundary.
Then it runs `precis -f json` on every expected sentence alone and on
every pair of neighbours and counts how often the language used is the
file's, for the files named after their language (LANG.txt).  Only the
standard library is needed.
"""
import argparse
import collections
import json
import os
import subprocess


def cases(path):
    lang = "english"
    note, inp, exp, state = None, [], [], "note"
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if state == "note":
                if line.startswith("@lang "):
                    lang = line[6:].strip()
                elif line.startswith("#"):
                    note, inp, exp, state = line, [], [], "input"
            elif state == "input":
                if line == "---":
                    state = "expected"
                else:
                    inp.append(line)
            elif line == "===":
                yield lang, note, "\n".join(inp), exp
                state = "note"
            elif line:
                exp.append(line)


def boundaries(sents):
    out, n = set(), 0
    for s in sents[:-1]:
        n += sum(1 for c in s if not c.isspace())
        out.add(n)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--precis", default="build/src/cli/precis")
    ap.add_argument("--auto", action="store_true")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    stats = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
    det = collections.defaultdict(lambda: [0, 0])
    misses = []
    for d in a.dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            for lang, note, text, exp in cases(os.path.join(d, name)):
                if lang == "generic":
                    continue
                args = [a.precis, "split"]
                if not a.auto:
                    args += ["--language", lang]
                got = subprocess.run(args, input=text, text=True,
                                     capture_output=True).stdout
                got = [s for s in got.split("\n") if s.strip()]
                want, have = boundaries(exp), boundaries(got)
                st = stats[lang]
                st[0] += len(exp)
                st[1] += len(got)
                st[2] += len(want & have)
                st[3] += len(want)
                st[4] += len(have)
                # detection: only the files of one language (LANG.txt)
                if name != lang + ".txt":
                    continue
                snippets = [(1, s) for s in exp]
                snippets += [(2, exp[i] + " " + exp[i + 1])
                             for i in range(len(exp) - 1)]
                for k, t in snippets:
                    r = subprocess.run([a.precis, "-f", "json"], input=t,
                                       text=True, capture_output=True)
                    used = json.loads(r.stdout.split("\n")[0])["language"]
                    det[k][1] += 1
                    if used == lang:
                        det[k][0] += 1
                    else:
                        misses.append("%s read as %s: %s" % (lang, used, t))
    print("language      sentences  found  boundary F1")
    for lang in sorted(stats):
        e, g, ok, w, h = stats[lang]
        p = ok / h if h else 1.0
        r = ok / w if w else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print("%-12s %10d %6d %12.3f" % (lang, e, g, f1))
    for k in sorted(det):
        ok, n = det[k]
        print("detection, %d sentence%s: %d of %d (%.1f%%)" %
              (k, "s" if k > 1 else "", ok, n, 100.0 * ok / n))
    for m in misses:
        print("  " + m)


if __name__ == "__main__":
    main()
