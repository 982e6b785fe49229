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

const readline = require("readline");
const {
	AbsoluteSummarizerConfig, DefaultTextParser, NullLogger,
	SorensenDiceSimilarity, Summarizer,
} = require("ts-textrank");

const n = parseInt(process.argv[2] || "3", 10);
const config = new AbsoluteSummarizerConfig(n, new SorensenDiceSimilarity(),
	new DefaultTextParser(), 0.85, Summarizer.SORT_OCCURENCE);
const summarizer = new Summarizer(config, new NullLogger());

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
	if (line.trim() === "")
		return;
	const rec = JSON.parse(line);
	let summary = [];
	try {
		summary = summarizer.summarize(rec.text || "", "en");
	} catch (e) {
		summary = [];
	}
	process.stdout.write(JSON.stringify({ id: rec.id, summary }) + "\n");
});
