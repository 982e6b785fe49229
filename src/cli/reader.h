/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * reader.h - what the readers of the batch inputs share: the state of the
 * INPUT being read, handing documents over in order, and the kind of a
 * file as its name tells it.  The readers themselves live one a file:
 * jsonl.c (JSON Lines), archive.c (tar and zip members), warc_input.c
 * (WARC files, framed by warc.c, their HTTP responses read by http.c),
 * walk.c (files and directories, and source_read()); paths.c says which
 * paths are safe to write under --output-dir.
 */
#ifndef PRECIS_CLI_READER_H
#define PRECIS_CLI_READER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "sources.h"
#include "stream.h"

/* What the readers of one INPUT share. */
struct source_reader {
	const struct source_config *cfg;
	const char *input;
	source_emit emit;
	void *arg;
	uint64_t last; /* position of the current file already accounted for */
};

enum source_kind {
	KIND_TEXT,
	KIND_GZ_TEXT,
	KIND_JSONL,
	KIND_ARCHIVE,
	KIND_WARC
};

/* Whether s ends with suffix, ignoring case. */
bool source_ends_with(const char *s, const char *suffix);

/* What a file holds, judged by its name. */
enum source_kind source_kind(const char *name);

/* Why a path may not be written under --output-dir, or NULL if it may. */
const char *source_unsafe_path(const char *p);

/*
 * Hands d over, with the input bytes consumed since the previous document
 * (pos is the input's position now).  Returns emit's answer.
 */
int source_give(struct source_reader *r, struct source_doc *d, uint64_t pos);

/* Sets d->error to the message fmt formats with ap; 0 or -1. */
int source_doc_verror(struct source_doc *d, const char *fmt, va_list ap)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 0)))
#endif
	;

/* Hands over an error document for id (raw bytes); 0 or -1 to stop. */
int source_give_error(struct source_reader *r, const char *id, uint64_t pos,
		      const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

/*
 * Hands over a text document read from the rest of s, its id and its path
 * under --output-dir rel.  0 or -1 to stop.
 */
int source_give_text(struct source_reader *r, struct stream *s, const char *id,
		     const char *rel);

/* Reads JSON Lines from s; name is used for damage reports. */
int source_read_jsonl(struct source_reader *r, struct stream *s,
		      const char *name);

/* Reads WARC records from s. */
int source_read_warc(struct source_reader *r, struct stream *s);

/* Reads the archive at path, member by member; id names it in errors. */
int source_read_archive(struct source_reader *r, const char *path,
			const char *id);

#endif
