/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * warc_input.c - WARC files as input of `precis batch`: every `response`
 * record whose HTTP response is a page (2xx, text/html or XHTML) becomes a
 * document, its id the record's WARC-Target-URI, carrying that URI and the
 * record's WARC-Date; every other record is skipped and counted.
 *
 * Records are read one at a time: a skipped record's block is read past
 * without being kept, and a page's block is kept only when its body is
 * within --max-bytes, as is the body once decoded, so memory stays flat
 * however many records a file holds.  A record that is well framed but
 * cannot be used (a malformed HTTP header, a body that does not decode)
 * becomes an error document and the reading goes on; damage to the framing
 * itself (a Content-Length that lies, garbage where a record should begin,
 * the end of the input inside a record) ends the input with an error
 * document, after every record before it has been handed over.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "reader.h"
#include "warc.h"

/* The record being read and what its documents need. */
struct warc_input {
	struct source_reader *r;
	struct stream *s;
	struct warc_record rec;
	struct warc_error err;
};

/* The record's id: its target URI, else "record N". */
static char *record_id(const struct warc_input *w)
{
	char num[48];

	if (w->rec.uri != NULL && w->rec.uri[0] != '\0')
		return source_utf8_dup(w->rec.uri, strlen(w->rec.uri));
	snprintf(num, sizeof(num), "record %zu", w->rec.number);
	return strdup(num);
}

/* Sets the id, url and date of a document of the record; 0 or -1. */
static int describe(const struct warc_input *w, struct source_doc *d)
{
	const struct warc_record *rec = &w->rec;

	d->id = record_id(w);
	if (d->id == NULL)
		return -1;
	if (rec->uri != NULL &&
	    (d->url = source_utf8_dup(rec->uri, strlen(rec->uri))) == NULL)
		return -1;
	if (rec->date != NULL &&
	    (d->date = source_utf8_dup(rec->date, strlen(rec->date))) == NULL)
		return -1;
	return 0;
}

/* Hands over an error document for the current record; 0 or -1. */
static int give_error(struct warc_input *w, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static int give_error(struct warc_input *w, const char *fmt, ...)
{
	struct source_doc d = { 0 };
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = source_doc_verror(&d, fmt, ap);
	va_end(ap);
	if (rc != 0 || describe(w, &d) != 0) {
		source_doc_clear(&d);
		return -1;
	}
	return source_give(w->r, &d, stream_position(w->s));
}

/* Reports damage to the framing, which ends the input: 1, or -1 to stop. */
static int damaged(struct warc_input *w)
{
	if (*w->r->cfg->stop)
		return -1;
	/* Without a URI, the id already says "record N". */
	if (w->rec.uri != NULL ?
		    give_error(w, "%s WARC: record %zu: %s",
			       w->err.truncated ? "truncated" : "damaged",
			       w->rec.number, w->err.why) :
		    give_error(w, "%s WARC: %s",
			       w->err.truncated ? "truncated" : "damaged",
			       w->err.why))
		return -1;
	return 1;
}

/*
 * The path under --output-dir of a page at uri: the URI without its scheme
 * and fragment, "index" added to a path that ends with a slash.
 */
static char *url_path(const char *uri)
{
	const char *p = strstr(uri, "://");
	size_t n;
	char *out;

	p = p != NULL ? p + 3 : uri;
	n = strcspn(p, "#");
	out = malloc(n + sizeof("index"));
	if (out == NULL)
		return NULL;
	memcpy(out, p, n);
	out[n] = '\0';
	if (n == 0 || out[n - 1] == '/')
		strcpy(out + n, "index");
	return out;
}

/* Skips the rest of a record's block and reads its end; 0 or -1 (damage). */
static int pass_over(struct warc_input *w, uint64_t rest)
{
	if (warc_skip(w->s, rest, &w->err) != 0 || warc_end(w->s, &w->err) != 0)
		return -1;
	return 0;
}

/*
 * A page: decodes the HTTP body of block[0..len) and hands it over as an
 * HTML document.  Takes block.  0, or -1 to stop.
 */
static int give_page(struct warc_input *w, struct http_response *h, char *block,
		     size_t len)
{
	const struct source_config *cfg = w->r->cfg;
	struct source_doc d = { 0 };
	const char *why = "", *unsafe;
	char *rel = NULL;
	int rc;

	rc = http_decode_body(h, block, len, cfg->max_bytes, w->rec.truncated,
			      &d.text, &d.len, &why);
	free(block);
	if (rc == -2)
		return give_error(w,
				  "larger than the limit of %zu bytes once "
				  "decoded (--max-bytes)",
				  cfg->max_bytes);
	if (rc == -3)
		return give_error(w, "%s", strerror(ENOMEM));
	if (rc != 0)
		return give_error(w, "%s", why);
	if (cfg->check_paths) {
		rel = url_path(w->rec.uri != NULL ? w->rec.uri : "");
		if (rel == NULL) {
			source_doc_clear(&d);
			return -1;
		}
		unsafe = w->rec.uri == NULL ? "no WARC-Target-URI" :
					      source_unsafe_path(rel);
		if (unsafe != NULL) {
			source_doc_clear(&d);
			free(rel);
			return give_error(w, "%s", unsafe);
		}
	}
	d.rel = rel;
	d.html = true;
	if (h->charset != NULL) {
		d.charset = h->charset;
		h->charset = NULL;
	}
	if (describe(w, &d) != 0) {
		source_doc_clear(&d);
		return -1;
	}
	return source_give(w->r, &d, stream_position(w->s));
}

/*
 * Reads one record whose header was just read.  Returns 0 to go on, 1
 * after damage (reported), -1 to stop.
 */
static int read_record(struct warc_input *w)
{
	const struct source_config *cfg = w->r->cfg;
	uint64_t length = w->rec.length;
	size_t head =
		length < HTTP_MAX_HEADER ? (size_t)length : HTTP_MAX_HEADER;
	struct http_response h;
	enum http_result hr;
	char *block, *p;
	int rc;

	if (strcmp(w->rec.type, "response") != 0) {
		if (pass_over(w, length) != 0)
			return damaged(w);
		if (cfg->counts != NULL)
			cfg->counts->skipped++;
		return 0;
	}
	/* Enough of the block to read the HTTP header and decide. */
	block = malloc(head + 1);
	if (block == NULL)
		return give_error(w, "%s", strerror(ENOMEM));
	if (warc_read(w->s, block, head, &w->err) != 0) {
		free(block);
		return damaged(w);
	}
	hr = http_parse(block, head, &h);
	if (hr == HTTP_NOMEM) {
		free(block);
		return give_error(w, "%s", strerror(ENOMEM));
	}
	if (hr != HTTP_OK || !http_is_html(&h)) {
		free(block);
		http_response_clear(&h);
		if (pass_over(w, length - head) != 0)
			return damaged(w);
		if (hr == HTTP_BAD)
			return give_error(w, "malformed HTTP response header");
		if (cfg->counts != NULL)
			cfg->counts->skipped++;
		return 0;
	}
	if (cfg->max_bytes > 0 && length - h.body > cfg->max_bytes) {
		free(block);
		http_response_clear(&h);
		if (pass_over(w, length - head) != 0)
			return damaged(w);
		return give_error(w,
				  "larger than the limit of %zu bytes "
				  "(--max-bytes)",
				  cfg->max_bytes);
	}
	p = length < SIZE_MAX ? realloc(block, (size_t)length + 1) : NULL;
	if (p == NULL) {
		free(block);
		http_response_clear(&h);
		if (pass_over(w, length - head) != 0)
			return damaged(w);
		return give_error(w, "%s", strerror(ENOMEM));
	}
	block = p;
	/* The record counts only once its end is where it should be. */
	if (warc_read(w->s, block + head, (size_t)length - head, &w->err) !=
		    0 ||
	    warc_end(w->s, &w->err) != 0) {
		free(block);
		http_response_clear(&h);
		return damaged(w);
	}
	rc = give_page(w, &h, block, (size_t)length);
	http_response_clear(&h);
	return rc;
}

int source_read_warc(struct source_reader *r, struct stream *s)
{
	struct warc_input w = { .r = r, .s = s };
	struct stream_line l = { 0 };
	int rc = 0, got;

	if (r->cfg->counts != NULL)
		r->cfg->counts->warcs++;
	while (rc == 0) {
		if (*r->cfg->stop) {
			rc = -1;
			break;
		}
		got = warc_next(s, &l, &w.rec, &w.err);
		if (got == 0)
			break;
		if (got == -2) {
			rc = give_error(&w, "%s", strerror(ENOMEM));
			break;
		}
		if (got < 0) {
			rc = damaged(&w);
			break;
		}
		rc = read_record(&w);
	}
	free(l.data);
	warc_record_clear(&w.rec);
	return rc > 0 ? 0 : rc;
}
