/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ots_jsonl.h - the JSON Lines loop of the Open Text Summarizer peers
 * (bench/ots_rank.c, bench/ots_summarize.c).
 */
#ifndef PRECIS_BENCH_OTS_JSONL_H
#define PRECIS_BENCH_OTS_JSONL_H

#include <jansson.h>

/*
 * Reads the JSON Lines records {"id", "text"} of PATH (.gz or plain) and
 * writes for each, on a line of standard output, the object FN returns
 * for its id and text ("" without one); FN's object is released after.
 * Lines that are not JSON are skipped.  Returns the exit status: 0, or 1
 * when PATH cannot be opened (with a message) or standard output failed.
 */
int ots_jsonl_map(const char *path,
		  json_t *(*fn)(json_t *id, const char *text, void *arg),
		  void *arg);

#endif
