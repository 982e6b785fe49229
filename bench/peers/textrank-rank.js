// SPDX-License-Identifier: BSD-2-Clause
// textrank-rank.js - every sentence of each article with its TextRank score
// (the npm package ts-textrank), for summaries of any length from one run.
//
//     node textrank-rank.js < records.jsonl > ranked.jsonl
//
// Reads JSON Lines records {"id", "text"} and writes {"id", "sentences",
// "scores"}: the sentences as ts-textrank splits them, in article order,
// with their scores.  ts-textrank's summary of N sentences is the N best
// scored, the earlier of two equal ones first (a stable sort), so the same
// rule applied to these scores (bench/peers/lengths.py) gives textrank.js's
// summary of any length.
// The package is installed by bench/report.sh into a directory named by
// NODE_PATH.
"use strict";

const { mapRecords } = require("./textrank-peer");

mapRecords(1, (summarizer, rec) => {
	let sents = [];
	try {
		summarizer.summarize(rec.text || "", "en");
		sents = summarizer.text.sentences.slice()
			.sort((a, b) => a.position - b.position);
	} catch (e) {
		sents = [];
	}
	return {
		id: rec.id,
		sentences: sents.map((s) => s.raw),
		scores: sents.map((s) => s.score),
	};
});
