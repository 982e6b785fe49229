/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * warc.c - WARC record framing (warc.h).
 *
 * Only what a reader needs is kept of a header: the type, the target URI,
 * the date, the block's length and whether the crawler truncated it.  The
 * framing is checked where it can be: a record must begin with a version
 * line and end with two line ends right after Content-Length bytes of
 * block, so that a length that lies, or garbage between records, is found
 * at the record it concerns rather than summarized as a page.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "warc.h"

void warc_record_clear(struct warc_record *rec)
{
	size_t number = rec->number;

	free(rec->uri);
	free(rec->date);
	memset(rec, 0, sizeof(*rec));
	rec->number = number;
}

static int fail(struct warc_error *err, bool truncated, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

static int fail(struct warc_error *err, bool truncated, const char *fmt, ...)
{
	va_list ap;

	err->truncated = truncated;
	va_start(ap, fmt);
	vsnprintf(err->why, sizeof(err->why), fmt, ap);
	va_end(ap);
	return -1;
}

/* A failed read of the stream: damage to its compression, or I/O. */
static int read_failed(struct stream *s, struct warc_error *err)
{
	return fail(err, s->cut, "%s", s->why);
}

/*
 * Reads one header line into l, without its newline, like stream_getline()
 * but never past WARC_MAX_LINE bytes: a longer line is reported (l->over)
 * as soon as the limit is passed, so that garbage without line breaks (a
 * member inflating to gigabytes of zeros) is not read to its end.
 * Returns 1, 0 at the end, -1 on a read error.
 */
static int header_getline(struct stream *s, struct stream_line *l)
{
	bool any = false;
	int r;

	l->len = 0;
	l->over = false;
	if (l->cap < WARC_MAX_LINE + 1) {
		char *p = realloc(l->data, WARC_MAX_LINE + 1);

		if (p == NULL) {
			snprintf(s->why, sizeof(s->why), "out of memory");
			return -1;
		}
		l->data = p;
		l->cap = WARC_MAX_LINE + 1;
	}
	while ((r = stream_fill(s)) > 0) {
		char *p = s->buf + s->pos;
		char *nl = memchr(p, '\n', s->end - s->pos);
		size_t k = nl ? (size_t)(nl - p) : s->end - s->pos;

		any = true;
		if (k > WARC_MAX_LINE - l->len) {
			l->over = true;
			return 1;
		}
		memcpy(l->data + l->len, p, k);
		l->len += k;
		s->pos += k + (nl != NULL);
		if (nl != NULL)
			return 1;
	}
	if (r < 0)
		return -1;
	return any ? 1 : 0;
}

/* Strips a CR before the newline header_getline() removed. */
static void chop_cr(struct stream_line *l)
{
	if (l->len > 0 && l->data[l->len - 1] == '\r')
		l->len--;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* The value of a header line whose name is name, trimmed, or NULL. */
static const char *field(const char *line, size_t n, const char *name,
			 size_t *vlen)
{
	size_t k = strlen(name);
	const char *v;

	if (n <= k || line[k] != ':' || strncasecmp(line, name, k) != 0)
		return NULL;
	v = line + k + 1;
	n -= k + 1;
	while (n > 0 && is_space(*v)) {
		v++;
		n--;
	}
	while (n > 0 && is_space(v[n - 1]))
		n--;
	*vlen = n;
	return v;
}

static char *dup_value(const char *v, size_t n)
{
	char *p = malloc(n + 1);

	if (p != NULL) {
		memcpy(p, v, n);
		p[n] = '\0';
	}
	return p;
}

/* Content-Length: decimal digits only, at most 18 of them. */
static bool parse_length(const char *v, size_t n, uint64_t *out)
{
	uint64_t x = 0;
	size_t i;

	if (n == 0 || n > 18)
		return false;
	for (i = 0; i < n; i++) {
		if (v[i] < '0' || v[i] > '9')
			return false;
		x = x * 10 + (uint64_t)(v[i] - '0');
	}
	*out = x;
	return true;
}

/* Keeps the fields of one header line; 0, -1 (err) or -2 (memory). */
static int header_line(struct warc_record *rec, const char *line, size_t n,
		       bool *have_length, struct warc_error *err)
{
	const char *v;
	size_t vn;

	if ((v = field(line, n, "Content-Length", &vn)) != NULL) {
		if (!parse_length(v, vn, &rec->length))
			return fail(err, false, "invalid Content-Length '%.*s'",
				    (int)(vn < 40 ? vn : 40), v);
		*have_length = true;
	} else if ((v = field(line, n, "WARC-Type", &vn)) != NULL) {
		snprintf(rec->type, sizeof(rec->type), "%.*s", (int)vn, v);
	} else if ((v = field(line, n, "WARC-Target-URI", &vn)) != NULL &&
		   rec->uri == NULL) {
		/* WARC 1.0 wrote the URI in angle brackets. */
		if (vn >= 2 && v[0] == '<' && v[vn - 1] == '>') {
			v++;
			vn -= 2;
		}
		if ((rec->uri = dup_value(v, vn)) == NULL)
			return -2;
	} else if ((v = field(line, n, "WARC-Date", &vn)) != NULL &&
		   rec->date == NULL) {
		if ((rec->date = dup_value(v, vn)) == NULL)
			return -2;
	} else if (field(line, n, "WARC-Truncated", &vn) != NULL) {
		rec->truncated = true;
	}
	return 0;
}

int warc_next(struct stream *s, struct stream_line *l, struct warc_record *rec,
	      struct warc_error *err)
{
	size_t total = 0;
	bool have_length = false;
	int got, rc;

	warc_record_clear(rec);
	rec->number++;
	for (;;) {
		got = header_getline(s, l);
		if (got == 0) {
			rec->number--;
			return 0;
		}
		if (got < 0)
			return read_failed(s, err);
		chop_cr(l);
		if (l->over || l->len > 0)
			break;
	}
	if (l->over || l->len < 6 || memcmp(l->data, "WARC/", 5) != 0)
		return fail(err, false,
			    "no WARC record where one should begin");
	for (;;) {
		got = header_getline(s, l);
		if (got == 0)
			return fail(err, true, "the input ends in a header");
		if (got < 0)
			return read_failed(s, err);
		if (l->over)
			return fail(err, false, "header line over %d bytes",
				    WARC_MAX_LINE);
		total += l->len + 1;
		if (total > WARC_MAX_HEADER)
			return fail(err, false, "header over %d bytes",
				    WARC_MAX_HEADER);
		chop_cr(l);
		if (l->len == 0)
			break;
		if (is_space(l->data[0]))
			continue; /* a folded line: no field we keep folds */
		rc = header_line(rec, l->data, l->len, &have_length, err);
		if (rc != 0)
			return rc;
	}
	if (!have_length)
		return fail(err, false, "no Content-Length");
	return 1;
}

/*
 * Sets *k to how many of the n bytes still wanted of a block s holds
 * buffered, at least one, refilling its buffer.  0, or -1 when the input
 * fails or ends first.
 */
static int block_bytes(struct stream *s, uint64_t n, size_t *k,
		       struct warc_error *err)
{
	int r = stream_fill(s);

	if (r < 0)
		return read_failed(s, err);
	if (r == 0)
		return fail(err, true, "the input ends in a block");
	*k = s->end - s->pos;
	if (*k > n)
		*k = (size_t)n;
	return 0;
}

int warc_read(struct stream *s, char *buf, size_t n, struct warc_error *err)
{
	size_t done = 0, k;

	while (done < n) {
		if (block_bytes(s, n - done, &k, err) != 0)
			return -1;
		memcpy(buf + done, s->buf + s->pos, k);
		s->pos += k;
		done += k;
	}
	return 0;
}

int warc_skip(struct stream *s, uint64_t n, struct warc_error *err)
{
	size_t k;

	while (n > 0) {
		if (*s->stop)
			return fail(err, false, "interrupted");
		if (block_bytes(s, n, &k, err) != 0)
			return -1;
		s->pos += k;
		n -= k;
	}
	return 0;
}

/* The next byte, or -1 at the end, -2 on a read error. */
static int next_byte(struct stream *s)
{
	int r = stream_fill(s);

	if (r <= 0)
		return r == 0 ? -1 : -2;
	return (unsigned char)s->buf[s->pos++];
}

int warc_end(struct stream *s, struct warc_error *err)
{
	int i, c;

	for (i = 0; i < 2; i++) {
		c = next_byte(s);
		if (c == -1 && i == 0)
			return 0;
		if (c == '\r')
			c = next_byte(s);
		if (c == -2)
			return read_failed(s, err);
		if (c != '\n')
			return fail(err, c == -1,
				    "the block does not end where its "
				    "Content-Length says");
	}
	return 0;
}
