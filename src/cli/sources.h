/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * sources.h - the inputs of `precis batch`: directories, text and HTML
 * files (gzip'd or not), archives, JSON Lines and WARC files, each turned
 * into a sequence of documents in input order.
 */
#ifndef PRECIS_CLI_SOURCES_H
#define PRECIS_CLI_SOURCES_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * One document as read.  Either text is set (the article, possibly preceded
 * by a title line and a blank line, `prefix` bytes in all) or error is (why
 * it could not be read).  All strings are owned by the document.
 */
struct source_doc {
	const char *input; /* the INPUT argument it came from (not owned) */
	char *id;          /* valid UTF-8: path, member path or record id */
	char *rel;         /* path under --output-dir, or NULL */
	char *text;
	size_t len;
	size_t prefix; /* bytes of "title\n\n" at the start of text */
	char *error;
	uint64_t consumed; /* input bytes read since the previous document */
	bool record;       /* text is a JSON line still to be parsed */
	size_t lineno;     /* its line number, from 1 */
	bool file;         /* text is a whole file or archive member */
	bool html;         /* text is a web page to extract the article of:
			    * named .html or .htm, or a WARC record's
			    * (others are recognised by their content) */
	char *charset;     /* the page's charset as sent over HTTP, or NULL */
	char *url;         /* a WARC record's target URI, or NULL */
	char *date;        /* a WARC record's date, or NULL */
};

/* What the readers count beside the documents. */
struct source_counts {
	size_t warcs;   /* WARC inputs read */
	size_t skipped; /* WARC records that are not HTML responses */
};

struct source_config {
	size_t max_bytes;       /* per document; 0: no limit */
	const char *text_field; /* JSON Lines field names */
	const char *id_field;
	const char *title_field;
	bool check_paths; /* refuse paths unsafe under --output-dir */
	bool positions;   /* set doc->consumed for each JSON line too
				  * (a system call a line on gzip'd input) */
	volatile sig_atomic_t *stop;  /* set when the batch must end early;
				      * never NULL */
	struct source_counts *counts; /* or NULL */
};

/*
 * Receives each document, taking ownership of its strings whatever it
 * returns: 0 to go on, -1 to stop reading.
 */
typedef int (*source_emit)(void *arg, struct source_doc *doc);

/*
 * Reads INPUT ("-": JSON Lines on standard input) and hands every document
 * to emit, in order.  Problems with single documents, and damage to an
 * archive or a stream, are reported as documents carrying an error.
 * Returns 0, or -1 when emit asked to stop.
 */
int source_read(const struct source_config *cfg, const char *input,
		source_emit emit, void *arg);

/*
 * Turns a document holding a JSON line (doc->record) into a text document,
 * or an error document for a line that is not a usable record.  Safe to
 * call from several threads.  Returns 0, or -1 when out of memory.
 */
int source_parse_record(const struct source_config *cfg,
			struct source_doc *doc);

/* The size in bytes of INPUT if it is a regular file, else 0. */
uint64_t source_size(const char *input);

/* Frees the document's strings and clears it. */
void source_doc_clear(struct source_doc *doc);

/*
 * A copy of s[0..len) that is valid UTF-8, each invalid byte replaced with
 * U+FFFD; NULL when out of memory.
 */
char *source_utf8_dup(const char *s, size_t len);

#endif
