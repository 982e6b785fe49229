/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * jsonl.c - JSON Lines input of `precis batch`: the reader splits lines
 * and hands each over unparsed; the workers turn a line into a document
 * with source_parse_record().
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_parse.h>

#include "jsonl.h"
#include "reader.h"

/* Makes d an error document; 0, or -1 when out of memory. */
static int set_error(struct source_doc *d, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static int set_error(struct source_doc *d, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	free(d->text);
	d->text = NULL;
	d->prefix = 0;
	free(d->error);
	d->error = source_utf8_dup(msg, strlen(msg));
	return d->error == NULL ? -1 : 0;
}

/*
 * A JSON Lines record is parsed as a stream of events (yajl), keeping only
 * the id, text and title fields of the top-level object: no tree is built
 * and the other fields (reference summaries, metadata) are only scanned.
 * Building jansson's tree of every record took a quarter of a batch's
 * CPU time on CNN/DailyMail; the events take a tenth of that.
 */

/* Nesting deeper than this is refused (the parser itself has no bound). */
#define RECORD_MAX_DEPTH 1000

enum { F_ID = 1, F_TEXT = 2, F_TITLE = 4 };

/* One kept field: absent, a string (copied), or something else. */
struct field {
	bool present, string;
	bool integer; /* a number written as an integer (for the id) */
	char *s;      /* the string or the number's text, NUL-terminated */
	size_t len;
};

struct record {
	const struct source_config *cfg;
	unsigned depth; /* containers open */
	unsigned key;   /* F_* named by the current top-level key */
	bool object;    /* the root is an object */
	bool started;   /* the root has begun */
	bool nomem;
	const char *why;   /* why the record was refused, or NULL */
	struct field f[3]; /* id, text, title */
};

static struct field *field_of(struct record *r, unsigned bit)
{
	return &r->f[bit == F_ID ? 0 : bit == F_TEXT ? 1 : 2];
}

/* Notes the start of a value; true when it is a top-level field's. */
static bool record_value(struct record *r)
{
	if (!r->started) {
		r->started = true;
		return false;
	}
	return r->depth == 1 && r->key != 0;
}

/* Stores a scalar value in the fields its key names; 0 cancels parsing. */
static int record_set(struct record *r, const char *s, size_t len, bool string,
		      bool integer)
{
	unsigned bit;

	if (!record_value(r))
		return 1;
	for (bit = F_ID; bit <= F_TITLE; bit <<= 1) {
		struct field *f = field_of(r, bit);

		if (!(r->key & bit))
			continue;
		/* Like a JSON object, a repeated key keeps its last value. */
		free(f->s);
		memset(f, 0, sizeof(*f));
		f->present = true;
		f->string = string;
		f->integer = integer;
		if (s == NULL)
			continue;
		f->s = malloc(len + 1);
		if (f->s == NULL) {
			r->nomem = true;
			return 0;
		}
		memcpy(f->s, s, len);
		f->s[len] = '\0';
		f->len = len;
	}
	r->key = 0;
	return 1;
}

static int on_null(void *ctx)
{
	return record_set(ctx, NULL, 0, false, false);
}

static int on_boolean(void *ctx, int value)
{
	(void)value;
	return record_set(ctx, NULL, 0, false, false);
}

static int on_number(void *ctx, const char *s, size_t len)
{
	size_t i = s[0] == '-';

	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	return record_set(ctx, s, len, false, i == len);
}

static int on_string(void *ctx, const unsigned char *s, size_t len)
{
	struct record *r = ctx;

	if (r->depth == 1 && r->key != 0 && memchr(s, '\0', len) != NULL) {
		r->why = "\\u0000 in a string";
		return 0;
	}
	return record_set(r, (const char *)s, len, true, false);
}

static int on_open(void *ctx, bool map)
{
	struct record *r = ctx;

	if (!r->started)
		r->object = map;
	/* The value of a kept field, then no string; or the root begins. */
	record_set(r, NULL, 0, false, false);
	if (++r->depth > RECORD_MAX_DEPTH) {
		r->why = "nested too deeply";
		return 0;
	}
	return 1;
}

static int on_start_map(void *ctx)
{
	return on_open(ctx, true);
}

static int on_start_array(void *ctx)
{
	return on_open(ctx, false);
}

static int on_close(void *ctx)
{
	struct record *r = ctx;

	r->depth--;
	return 1;
}

static int on_key(void *ctx, const unsigned char *k, size_t len)
{
	struct record *r = ctx;
	const struct source_config *cfg = r->cfg;

	if (r->depth != 1)
		return 1;
	r->key = 0;
	if (strlen(cfg->id_field) == len && memcmp(k, cfg->id_field, len) == 0)
		r->key |= F_ID;
	if (strlen(cfg->text_field) == len &&
	    memcmp(k, cfg->text_field, len) == 0)
		r->key |= F_TEXT;
	if (strlen(cfg->title_field) == len &&
	    memcmp(k, cfg->title_field, len) == 0)
		r->key |= F_TITLE;
	return 1;
}

static const yajl_callbacks record_events = {
	.yajl_null = on_null,
	.yajl_boolean = on_boolean,
	.yajl_number = on_number,
	.yajl_string = on_string,
	.yajl_start_map = on_start_map,
	.yajl_map_key = on_key,
	.yajl_end_map = on_close,
	.yajl_start_array = on_start_array,
	.yajl_end_array = on_close,
};

/*
 * The parser checks that the record is UTF-8 but decodes a lone surrogate
 * escape into the bytes of a surrogate, which are not; each becomes U+FFFD,
 * which takes as many bytes.  (A lone high surrogate it already turns into
 * "?".)
 */
static void replace_surrogates(char *s, size_t len)
{
	char *p = s, *end = s + len;

	while ((p = memchr(p, 0xed, (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && (unsigned char)p[1] >= 0xa0)
			memcpy(p, "\xef\xbf\xbd", 3);
		p++;
	}
}

/* Parses d's line into r; 0, or -1 when out of memory. */
static int parse_line(struct record *r, const struct source_doc *d, char *msg,
		      size_t size)
{
	yajl_handle h = yajl_alloc(&record_events, NULL, r);
	yajl_status st;

	msg[0] = '\0';
	if (h == NULL)
		return -1;
	st = yajl_parse(h, (const unsigned char *)d->text, d->len);
	if (st == yajl_status_ok)
		st = yajl_complete_parse(h);
	if (st != yajl_status_ok && !r->nomem) {
		if (r->why != NULL) {
			snprintf(msg, size, "%s", r->why);
		} else {
			unsigned char *e = yajl_get_error(h, 0, NULL, 0);
			size_t n;

			if (e == NULL) {
				yajl_free(h);
				return -1;
			}
			snprintf(msg, size, "%s", (const char *)e);
			yajl_free_error(h, e);
			n = strlen(msg);
			while (n > 0 &&
			       (msg[n - 1] == '\n' || msg[n - 1] == ' '))
				msg[--n] = '\0';
		}
	}
	yajl_free(h);
	return r->nomem ? -1 : 0;
}

int source_parse_record(const struct source_config *cfg, struct source_doc *d)
{
	struct record r = { .cfg = cfg };
	struct field *id = &r.f[0], *text = &r.f[1], *title = &r.f[2];
	char num[64], msg[256];
	char *buf;
	size_t hlen, i;
	int rc = -1;

	d->record = false;
	snprintf(num, sizeof(num), "%zu", d->lineno);
	d->id = strdup(num);
	if (d->id == NULL || parse_line(&r, d, msg, sizeof(msg)) != 0)
		goto out;
	if (msg[0] != '\0') {
		rc = set_error(d, "invalid JSON: %s", msg);
		goto out;
	}
	if (!r.object) {
		rc = set_error(d, "not a JSON object");
		goto out;
	}
	if (id->string || id->integer) {
		free(d->id);
		d->id = source_utf8_dup(id->s, id->len);
		if (d->id == NULL)
			goto out;
	}
	if (!text->string) {
		rc = set_error(d,
			       !text->present ? "no \"%s\" field" :
						"\"%s\" is not a string",
			       cfg->text_field);
		goto out;
	}
	if (cfg->check_paths && source_unsafe_path(d->id) != NULL) {
		rc = set_error(d, "%s", source_unsafe_path(d->id));
		goto out;
	}
	hlen = title->string ? title->len : 0;
	d->prefix = hlen > 0 ? hlen + 2 : 0;
	buf = malloc(d->prefix + text->len + 1);
	d->rel = strdup(d->id);
	if (buf == NULL || d->rel == NULL) {
		free(buf);
		goto out;
	}
	if (hlen > 0) {
		/* The title is one line, then a blank line. */
		for (i = 0; i < hlen; i++)
			buf[i] = title->s[i] == '\n' || title->s[i] == '\r' ?
					 ' ' :
					 title->s[i];
		memcpy(buf + hlen, "\n\n", 2);
	}
	memcpy(buf + d->prefix, text->s, text->len);
	buf[d->prefix + text->len] = '\0';
	replace_surrogates(buf, d->prefix + text->len);
	free(d->text);
	d->text = buf;
	d->len = d->prefix + text->len;
	rc = 0;
out:
	for (i = 0; i < 3; i++)
		free(r.f[i].s);
	return rc;
}

/*
 * Hands over one JSON line as it is: the workers parse it, so that the
 * reader only splits lines.  0 or -1 to stop.
 */
static int give_record(struct source_reader *r, const char *line, size_t len,
		       size_t lineno, uint64_t pos)
{
	struct source_doc d = { 0 };

	d.text = malloc(len + 1);
	if (d.text == NULL)
		return source_give_error(r, "?", pos, "%s", strerror(ENOMEM));
	memcpy(d.text, line, len);
	d.text[len] = '\0';
	d.len = len;
	d.lineno = lineno;
	d.record = true;
	return source_give(r, &d, pos);
}

static bool blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

int jsonl_next(struct stream *s, size_t max, struct stream_line *l,
	       size_t *lineno)
{
	int got;

	while ((got = stream_getline(s, max, l)) > 0) {
		++*lineno;
		if (l->over || !blank(l->data, l->len))
			break;
	}
	return got;
}

/* Reads JSON Lines from s; name is used for damage reports. */
int source_read_jsonl(struct source_reader *r, struct stream *s,
		      const char *name)
{
	struct stream_line l = { 0 };
	size_t lineno = 0;
	int rc = 0, got;

	while (rc == 0) {
		if (*r->cfg->stop) {
			rc = -1;
			break;
		}
		got = jsonl_next(s, r->cfg->max_bytes, &l, &lineno);
		if (got == 0)
			break;
		if (got < 0) {
			if (*r->cfg->stop)
				rc = -1;
			else
				rc = source_give_error(
					r, name, stream_position(s), "%s%s",
					s->fatal ? "damaged archive: " : "",
					s->why);
			break;
		}
		if (l.over) {
			char id[32];

			snprintf(id, sizeof(id), "%zu", lineno);
			rc = source_give_error(
				r, id, stream_position(s),
				"line larger than the limit of %zu bytes "
				"(--max-bytes)",
				r->cfg->max_bytes);
		} else {
			rc = give_record(r, l.data, l.len, lineno,
					 r->cfg->positions ?
						 stream_position(s) :
						 r->last);
		}
	}
	free(l.data);
	return rc;
}
