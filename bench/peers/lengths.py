# SPDX-License-Identifier: BSD-2-Clause
"""lengths.py - summaries of every length from one ranking of the sentences.

    python3 lengths.py RANKED.jsonl PREFIX n:1,2,3 w:25,50

RANKED holds records {"id", "sentences", "scores"}, the sentences in article
order (bench/ots_rank.c, bench/peers/textrank-rank.js).  For each n:N it
writes PREFIX-nN.jsonl with the N best scored sentences (the earlier of two
equal ones first), and for each w:W PREFIX-wW.jsonl with the best whole
sentences that fit in W words, a word being a run of letters and digits;
each summary in article order, as records {"id", "summary"} that
`precis eval` scores.
"""
import json
import re
import sys

WORD = re.compile(r"\w+")


def main():
    ranked, prefix = sys.argv[1], sys.argv[2]
    lengths = []
    for arg in sys.argv[3:]:
        kind, values = arg.split(":", 1)
        lengths += [(kind, int(v)) for v in values.split(",") if v]
    outs = {(k, v): open("%s-%s%d.jsonl" % (prefix, k, v), "w",
                         encoding="utf-8") for k, v in lengths}
    with open(ranked, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            sents, scores = rec["sentences"], rec["scores"]
            order = sorted(range(len(sents)), key=lambda i: (-scores[i], i))
            words = [len(WORD.findall(s)) for s in sents]
            for (kind, x), out in outs.items():
                if kind == "n":
                    pick = order[:x]
                else:
                    pick, left = [], x
                    for i in order:
                        if words[i] <= left:
                            pick.append(i)
                            left -= words[i]
                out.write(json.dumps({"id": rec["id"], "summary":
                                      [sents[i] for i in sorted(pick)]},
                                     ensure_ascii=False) + "\n")
    for out in outs.values():
        out.close()


if __name__ == "__main__":
    main()
