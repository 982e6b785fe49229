// SPDX-License-Identifier: BSD-2-Clause
// Times Readability.js (npm @mozilla/readability on jsdom) on web pages.
//
//     node web_readability.js PAGE...
//
// Reads every page (uncompressed HTML) first, then parses each into a DOM
// and extracts its article once, and prints
// "peer: pages=P cpu_s=C wall_s=W" (CPU time of the whole process).
'use strict';
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const pages = process.argv.slice(2).map((p) => fs.readFileSync(p, 'utf8'));
const c0 = process.cpuUsage();
const w0 = process.hrtime.bigint();
for (const html of pages) {
	const dom = new JSDOM(html);
	new Readability(dom.window.document).parse();
	dom.window.close();
}
const c = process.cpuUsage(c0);
const w = Number(process.hrtime.bigint() - w0) / 1e9;
console.log(`peer: pages=${pages.length} cpu_s=${((c.user + c.system) / 1e6).toFixed(4)} wall_s=${w.toFixed(4)}`);
