// SPDX-License-Identifier: BSD-2-Clause
// textrank-peer.js - what textrank.js and textrank-rank.js share: the
// ts-textrank summarizer, with the same settings for both, and the loop
// over the JSON Lines records {"id", "text"} of standard input.
"use strict";

const readline = require("readline");
const {
	AbsoluteSummarizerConfig, DefaultTextParser, NullLogger,
	SorensenDiceSimilarity, Summarizer,
} = require("ts-textrank");

// Writes, for each non-blank line of standard input, the object that
// fn(summarizer, record) returns, as one JSON line; the summarizer
// selects n sentences.
function mapRecords(n, fn) {
	const config = new AbsoluteSummarizerConfig(n,
		new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85,
		Summarizer.SORT_OCCURENCE);
	const summarizer = new Summarizer(config, new NullLogger());
	const lines = readline.createInterface({ input: process.stdin });

	lines.on("line", (line) => {
		if (line.trim() === "")
			return;
		const rec = JSON.parse(line);
		process.stdout.write(JSON.stringify(fn(summarizer, rec)) + "\n");
	});
}

module.exports = { mapRecords };
