/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * warc.h - the record framing of WARC files (ISO 28500, WARC 1.0 and 1.1)
 * read from a stream: a version line, header fields, a blank line, then
 * Content-Length bytes of block and two line ends.  A .warc.gz is read
 * through zlib, one gzip member a record or one member for all alike.
 *
 *     struct warc_record rec = { 0 };
 *     while (warc_next(s, &line, &rec, &err) == 1) {
 *         ... warc_read(s, buf, n, &err) / warc_skip(s, n, &err) until
 *             rec.length bytes of block are consumed ...
 *         if (warc_end(s, &err) != 0) break;
 *     }
 *     warc_record_clear(&rec);
 */
#ifndef PRECIS_CLI_WARC_H
#define PRECIS_CLI_WARC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "stream.h"

/* Longest header line and longest header read. */
#define WARC_MAX_LINE 16384
#define WARC_MAX_HEADER 262144

struct warc_record {
	char type[32];   /* WARC-Type, or "" */
	char *uri;       /* WARC-Target-URI, without <>, or NULL */
	char *date;      /* WARC-Date, or NULL */
	bool truncated;  /* WARC-Truncated was given */
	uint64_t length; /* Content-Length of the block */
	size_t number;   /* records read so far, this one included */
};

/* What went wrong: damage to the file, or a failed read of it. */
struct warc_error {
	bool truncated; /* the input ended inside a record */
	char why[256];
};

/*
 * Reads the next record's version line and header into rec (freeing what
 * rec held), leaving the stream at its block.  Blank lines before the
 * version line are passed over.  l is a line buffer the caller keeps.
 * Returns 1, 0 at the end of the input, -1 for damage or a read error
 * (err), -2 when out of memory.
 */
int warc_next(struct stream *s, struct stream_line *l, struct warc_record *rec,
	      struct warc_error *err);

/* Reads exactly n bytes of block into buf; 0, or -1 (err). */
int warc_read(struct stream *s, char *buf, size_t n, struct warc_error *err);

/* Reads and drops n bytes of block; 0, or -1 (err). */
int warc_skip(struct stream *s, uint64_t n, struct warc_error *err);

/*
 * Reads the two line ends that close a record (CR LF CR LF, or bare LFs);
 * the end of the input right after the block is taken for them.  0, or -1
 * (err): the block was not as long as its Content-Length said.
 */
int warc_end(struct stream *s, struct warc_error *err);

void warc_record_clear(struct warc_record *rec);

#endif
