/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * corpus.h - articles from JSON Lines files, loaded into memory before any
 * timing starts.
 */
#ifndef PRECIS_BENCH_CORPUS_H
#define PRECIS_BENCH_CORPUS_H

#include <stddef.h>
#include <stdio.h>

struct bench_doc {
	char *text; /* NUL-terminated, for libraries that want a string */
	size_t len;
};

struct bench_corpus {
	struct bench_doc *docs;
	size_t n;
	size_t cap;
	size_t bytes; /* sum of the documents' lengths */
};

/*
 * Appends the articles of a JSON Lines file (gzip'd or not) to corpus, at
 * most limit of them in all (0: no limit).  Each record's "text" field is
 * the article; a non-empty "title" becomes its first line, followed by a
 * blank line, as the precis command's batch mode reads records.  Returns 0,
 * or -1 after printing the reason on stderr.
 */
int bench_corpus_load(struct bench_corpus *corpus, const char *path,
		      size_t limit);

/* Writes every article to f, each followed by a line feed. */
int bench_corpus_dump(const struct bench_corpus *corpus, FILE *f);

void bench_corpus_free(struct bench_corpus *corpus);

#endif
