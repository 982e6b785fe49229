/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * sources.c - the documents of `precis batch` and how the input readers
 * hand them over.
 *
 * Every input becomes a sequence of documents handed one at a time, in
 * order, to a callback, so that memory holds at most one document per
 * reader, never a whole archive.  All byte sources are read through one
 * small buffered stream (stream.c), and every read of a document stops at
 * --max-bytes.  Archives are read with libarchive only.
 *
 * A document that cannot be read becomes a document carrying an error, so
 * that nothing is silently lost: the batch writes an error record for it
 * and goes on.  Damage to an archive or a compressed stream ends that
 * input after everything before the damage has been handed over.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "reader.h"
#include "../common/utf8.h"

void source_doc_clear(struct source_doc *doc)
{
	free(doc->id);
	free(doc->rel);
	free(doc->text);
	free(doc->error);
	free(doc->charset);
	free(doc->url);
	free(doc->date);
	memset(doc, 0, sizeof(*doc));
}

char *source_utf8_dup(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	char *out = malloc(len * 3 + 1);
	size_t i = 0, o = 0, k;

	if (out == NULL)
		return NULL;
	while (i < len) {
		k = precis_utf8_length(u + i, len - i);
		if (k > 0 && u[i] != 0) {
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
		} else {
			memcpy(out + o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		}
	}
	out[o] = '\0';
	return out;
}

bool source_ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

enum source_kind source_kind(const char *name)
{
	static const char *const archives[] = {
		".tar",    ".tar.gz", ".tgz",     ".tar.bz2", ".tbz2",
		".tar.xz", ".txz",    ".tar.zst", ".tzst",    ".zip",
	};
	size_t i;

	for (i = 0; i < sizeof(archives) / sizeof(archives[0]); i++)
		if (source_ends_with(name, archives[i]))
			return KIND_ARCHIVE;
	if (source_ends_with(name, ".jsonl") ||
	    source_ends_with(name, ".ndjson") ||
	    source_ends_with(name, ".jsonl.gz") ||
	    source_ends_with(name, ".ndjson.gz"))
		return KIND_JSONL;
	if (source_ends_with(name, ".warc") ||
	    source_ends_with(name, ".warc.gz"))
		return KIND_WARC;
	if (source_ends_with(name, ".gz"))
		return KIND_GZ_TEXT;
	return KIND_TEXT;
}

/* ------------------------------------------------------------------ */
/* Handing documents over.                                              */

int source_give(struct source_reader *r, struct source_doc *d, uint64_t pos)
{
	d->input = r->input;
	d->consumed = pos >= r->last ? pos - r->last : 0;
	r->last = pos;
	return r->emit(r->arg, d);
}

int source_doc_verror(struct source_doc *d, const char *fmt, va_list ap)
{
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	d->error = source_utf8_dup(msg, strlen(msg));
	return d->error != NULL ? 0 : -1;
}

int source_give_error(struct source_reader *r, const char *id, uint64_t pos,
		      const char *fmt, ...)
{
	struct source_doc d = { 0 };
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = source_doc_verror(&d, fmt, ap);
	va_end(ap);
	d.id = source_utf8_dup(id, strlen(id));
	if (rc != 0 || d.id == NULL) {
		source_doc_clear(&d);
		return -1;
	}
	return source_give(r, &d, pos);
}

int source_give_text(struct source_reader *r, struct stream *s, const char *id,
		     const char *rel)
{
	struct source_doc d = { 0 };
	size_t max = r->cfg->max_bytes;
	int rc;

	if (r->cfg->check_paths && source_unsafe_path(rel) != NULL)
		return source_give_error(r, id, stream_position(s), "%s",
					 source_unsafe_path(rel));
	rc = stream_read_all(s, max, &d.text, &d.len);
	if (rc == -2)
		return source_give_error(
			r, id, stream_position(s),
			"larger than the limit of %zu bytes (--max-bytes)",
			max);
	if (rc < 0) {
		if (*r->cfg->stop)
			return -1;
		return source_give_error(r, id, stream_position(s), "%s%s",
					 s->fatal ? "damaged archive: " : "",
					 s->why);
	}
	d.file = true;
	d.html =
		source_ends_with(rel, ".html") || source_ends_with(rel, ".htm");
	d.id = source_utf8_dup(id, strlen(id));
	d.rel = strdup(rel);
	if (d.id == NULL || d.rel == NULL) {
		source_doc_clear(&d);
		return -1;
	}
	return source_give(r, &d, stream_position(s));
}
