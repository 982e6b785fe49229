// SPDX-License-Identifier: BSD-2-Clause
// textrank.js - summaries by the npm package ts-textrank, for comparison.
//
//     node textrank.js N < records.jsonl > summaries.jsonl
//
// Reads JSON Lines records {"id", "text"} on standard input and writes
// {"id", "summary"} with the N sentences TextRank ranks highest, in article
// order, so that `precis eval` can score them beside precis.  The package
// is installed by bench/quality.sh into a directory named by NODE_PATH.
"use strict";

const { mapRecords } = require("./textrank-peer");

const n = parseInt(process.argv[2] || "3", 10);
mapRecords(n, (summarizer, rec) => {
	let summary = [];
	try {
		summary = summarizer.summarize(rec.text || "", "en");
	} catch (e) {
		summary = [];
	}
	return { id: rec.id, summary };
});
