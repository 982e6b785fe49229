/*
 * sources.c - the input readers of `precis batch`.
 *
 * Every input becomes a sequence of documents handed one at a time, in
 * order, to a callback, so that memory holds at most one document per
 * reader, never a whole archive.  All byte sources (a file descriptor, a
 * zlib stream, an archive member) are read through one small buffered
 * stream, and every read of a document stops at --max-bytes: an oversized
 * member, or a bomb that inflates without end, is cut off by the limit
 * while it is read, not after.  Archives are read with libarchive only.
 *
 * A document that cannot be read becomes a document carrying an error, so
 * that nothing is silently lost: the batch writes an error record for it
 * and goes on.  Damage to an archive or a compressed stream ends that
 * input after everything before the damage has been handed over.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yajl/yajl_parse.h>
#include <zlib.h>

#include "archive_dl.h"
#include "sources.h"
#include "../common/utf8.h"

#define STREAM_BUF 65536

enum stream_kind { STREAM_FD, STREAM_GZ, STREAM_ARCHIVE };

/* A buffered byte source. */
struct stream {
	enum stream_kind kind;
	int fd;
	gzFile gz;
	struct archive *ar;
	volatile sig_atomic_t *stop;
	uint64_t raw;  /* bytes read from fd */
	size_t pos, end;
	bool eof;
	bool fatal;    /* the archive cannot be read any further */
	char why[256]; /* what went wrong, after a failed read */
	char buf[STREAM_BUF];
};

/* What the readers of one INPUT share. */
struct reader {
	const struct source_config *cfg;
	const char *input;
	source_emit emit;
	void *arg;
	uint64_t last; /* position of the current file already accounted for */
};

enum kind { KIND_TEXT, KIND_GZ_TEXT, KIND_JSONL, KIND_ARCHIVE };

/* ------------------------------------------------------------------ */
/* Small helpers.                                                       */

void batch_doc_clear(struct batch_doc *doc)
{
	free(doc->id);
	free(doc->rel);
	free(doc->text);
	free(doc->error);
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

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* What a file holds, judged by its name. */
static enum kind kind_of(const char *name)
{
	static const char *const archives[] = {
		".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz",
		".txz", ".tar.zst", ".tzst", ".zip",
	};
	size_t i;

	for (i = 0; i < sizeof(archives) / sizeof(archives[0]); i++)
		if (ends_with(name, archives[i]))
			return KIND_ARCHIVE;
	if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson") ||
	    ends_with(name, ".jsonl.gz") || ends_with(name, ".ndjson.gz"))
		return KIND_JSONL;
	if (ends_with(name, ".gz"))
		return KIND_GZ_TEXT;
	return KIND_TEXT;
}

/* Why a path may not be written under --output-dir, or NULL if it may. */
static const char *unsafe_path(const char *p)
{
	size_t parts = 0;

	if (*p == '/')
		return "absolute path refused";
	while (*p != '\0') {
		size_t n = strcspn(p, "/");

		if (n == 2 && p[0] == '.' && p[1] == '.')
			return "'..' in path refused";
		if (n > 0 && !(n == 1 && p[0] == '.'))
			parts++;
		p += n;
		if (*p == '/')
			p++;
	}
	return parts == 0 ? "empty path refused" : NULL;
}

/* ------------------------------------------------------------------ */
/* Streams.                                                             */

static struct stream *stream_new(enum stream_kind kind,
				 volatile sig_atomic_t *stop)
{
	struct stream *s = calloc(1, sizeof(*s));

	if (s != NULL) {
		s->kind = kind;
		s->fd = -1;
		s->stop = stop;
	}
	return s;
}

static ssize_t stream_raw_read(struct stream *s)
{
	ssize_t r;
	int err;

	switch (s->kind) {
	case STREAM_FD:
		for (;;) {
			r = read(s->fd, s->buf, sizeof(s->buf));
			if (r >= 0) {
				s->raw += (uint64_t)r;
				return r;
			}
			if (errno != EINTR || *s->stop)
				break;
		}
		snprintf(s->why, sizeof(s->why), "%s", strerror(errno));
		return -1;
	case STREAM_GZ:
		r = gzread(s->gz, s->buf, sizeof(s->buf));
		if (r >= 0)
			return r;
		{
			const char *m = gzerror(s->gz, &err);

			if (err == Z_ERRNO)
				snprintf(s->why, sizeof(s->why), "%s",
					 strerror(errno));
			else
				snprintf(s->why, sizeof(s->why),
					 "undecodable gzip data: %s", m);
		}
		return -1;
	case STREAM_ARCHIVE:
		r = archive_read_data(s->ar, s->buf, sizeof(s->buf));
		if (r >= 0)
			return r;
		s->fatal = r == ARCHIVE_FATAL;
		snprintf(s->why, sizeof(s->why), "%s",
			 archive_error_string(s->ar) ?
				 archive_error_string(s->ar) :
				 "read error");
		return -1;
	}
	return -1;
}

/* Makes data available: 1, 0 at the end, -1 on error (see s->why). */
static int stream_fill(struct stream *s)
{
	ssize_t r;

	if (s->pos < s->end)
		return 1;
	if (s->eof)
		return 0;
	r = stream_raw_read(s);
	if (r < 0)
		return -1;
	s->pos = 0;
	s->end = (size_t)r;
	if (r == 0) {
		s->eof = true;
		return 0;
	}
	return 1;
}

/* Bytes of the underlying input consumed so far. */
static uint64_t stream_position(const struct stream *s)
{
	long long off;

	switch (s->kind) {
	case STREAM_FD:
		return s->raw;
	case STREAM_GZ:
		off = (long long)gzoffset(s->gz);
		return off > 0 ? (uint64_t)off : 0;
	case STREAM_ARCHIVE:
		off = (long long)archive_filter_bytes(s->ar, -1);
		return off > 0 ? (uint64_t)off : 0;
	}
	return 0;
}

/*
 * Reads the rest of the stream, at most max bytes (0: no limit).
 * Returns 0, -1 on a read error (s->why), or -2 when over the limit.
 */
static int stream_read_all(struct stream *s, size_t max, char **data,
			   size_t *len)
{
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int r;

	while ((r = stream_fill(s)) > 0) {
		size_t k = s->end - s->pos;

		if (max > 0 && k > max - n) {
			free(buf);
			return -2;
		}
		if (n + k + 1 > cap) {
			size_t ncap = cap ? cap * 2 : STREAM_BUF;
			char *p;

			while (ncap < n + k + 1)
				ncap *= 2;
			if (max > 0 && ncap > max + 1)
				ncap = max + 1;
			p = realloc(buf, ncap);
			if (p == NULL) {
				free(buf);
				snprintf(s->why, sizeof(s->why), "%s",
					 strerror(ENOMEM));
				return -1;
			}
			buf = p;
			cap = ncap;
		}
		memcpy(buf + n, s->buf + s->pos, k);
		n += k;
		s->pos = s->end;
	}
	if (r < 0) {
		free(buf);
		return -1;
	}
	*data = buf;
	*len = n;
	return 0;
}

struct line {
	char *data;
	size_t len, cap;
	bool over; /* longer than the limit: data dropped */
};

/*
 * Reads one line, without its newline, keeping at most max bytes (0: no
 * limit).  Returns 1, 0 at the end, -1 on error.
 */
static int stream_getline(struct stream *s, size_t max, struct line *l)
{
	bool any = false;
	int r;

	l->len = 0;
	l->over = false;
	while ((r = stream_fill(s)) > 0) {
		char *p = s->buf + s->pos;
		char *nl = memchr(p, '\n', s->end - s->pos);
		size_t k = nl ? (size_t)(nl - p) : s->end - s->pos;

		any = true;
		s->pos += k + (nl != NULL);
		if (!l->over && max > 0 && k > max - l->len) {
			l->over = true;
			l->len = 0;
		}
		if (!l->over) {
			if (l->len + k + 1 > l->cap) {
				size_t ncap = l->cap ? l->cap : 4096;
				char *q;

				while (ncap < l->len + k + 1)
					ncap *= 2;
				q = realloc(l->data, ncap);
				if (q == NULL) {
					snprintf(s->why, sizeof(s->why), "%s",
						 strerror(ENOMEM));
					return -1;
				}
				l->data = q;
				l->cap = ncap;
			}
			memcpy(l->data + l->len, p, k);
			l->len += k;
		}
		if (nl != NULL)
			return 1;
	}
	if (r < 0)
		return -1;
	return any ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* Handing documents over.                                              */

static int give(struct reader *r, struct batch_doc *d, uint64_t pos)
{
	d->input = r->input;
	d->consumed = pos >= r->last ? pos - r->last : 0;
	r->last = pos;
	return r->emit(r->arg, d);
}

/* Hands over an error document for id (raw bytes); 0 or -1 to stop. */
static int give_error(struct reader *r, const char *id, uint64_t pos,
		      const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

static int give_error(struct reader *r, const char *id, uint64_t pos,
		      const char *fmt, ...)
{
	struct batch_doc d = { 0 };
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	d.id = source_utf8_dup(id, strlen(id));
	d.error = source_utf8_dup(msg, strlen(msg));
	if (d.id == NULL || d.error == NULL) {
		batch_doc_clear(&d);
		return -1;
	}
	return give(r, &d, pos);
}

/* Hands over a text document read from s. */
static int give_text(struct reader *r, struct stream *s, const char *id,
		     const char *rel)
{
	struct batch_doc d = { 0 };
	size_t max = r->cfg->max_bytes;
	int rc;

	if (r->cfg->check_paths && unsafe_path(rel) != NULL)
		return give_error(r, id, stream_position(s), "%s",
				  unsafe_path(rel));
	rc = stream_read_all(s, max, &d.text, &d.len);
	if (rc == -2)
		return give_error(r, id, stream_position(s),
			"larger than the limit of %zu bytes (--max-bytes)",
			max);
	if (rc < 0) {
		if (*r->cfg->stop)
			return -1;
		return give_error(r, id, stream_position(s), "%s%s",
				  s->fatal ? "damaged archive: " : "", s->why);
	}
	d.id = source_utf8_dup(id, strlen(id));
	d.rel = strdup(rel);
	if (d.id == NULL || d.rel == NULL) {
		batch_doc_clear(&d);
		return -1;
	}
	return give(r, &d, stream_position(s));
}

/* ------------------------------------------------------------------ */
/* JSON Lines.                                                          */

/* Makes d an error document; 0, or -1 when out of memory. */
static int set_error(struct batch_doc *d, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static int set_error(struct batch_doc *d, const char *fmt, ...)
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
	bool integer;  /* a number written as an integer (for the id) */
	char *s;       /* the string or the number's text, NUL-terminated */
	size_t len;
};

struct record {
	const struct source_config *cfg;
	unsigned depth;    /* containers open */
	unsigned key;      /* F_* named by the current top-level key */
	bool object;       /* the root is an object */
	bool started;      /* the root has begun */
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
static int record_set(struct record *r, const char *s, size_t len,
		      bool string, bool integer)
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
static int parse_line(struct record *r, const struct batch_doc *d,
		      char *msg, size_t size)
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
			while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
				msg[--n] = '\0';
		}
	}
	yajl_free(h);
	return r->nomem ? -1 : 0;
}

int source_parse_record(const struct source_config *cfg, struct batch_doc *d)
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
		rc = set_error(d, !text->present ? "no \"%s\" field" :
						  "\"%s\" is not a string",
			       cfg->text_field);
		goto out;
	}
	if (cfg->check_paths && unsafe_path(d->id) != NULL) {
		rc = set_error(d, "%s", unsafe_path(d->id));
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
					 ' ' : title->s[i];
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
static int give_record(struct reader *r, const char *line, size_t len,
		       size_t lineno, uint64_t pos)
{
	struct batch_doc d = { 0 };

	d.text = malloc(len + 1);
	if (d.text == NULL)
		return give_error(r, "?", pos, "%s", strerror(ENOMEM));
	memcpy(d.text, line, len);
	d.text[len] = '\0';
	d.len = len;
	d.lineno = lineno;
	d.record = true;
	return give(r, &d, pos);
}

static bool blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* Reads JSON Lines from s; name is used for damage reports. */
static int read_jsonl(struct reader *r, struct stream *s, const char *name)
{
	struct line l = { 0 };
	size_t lineno = 0;
	int rc = 0, got;

	while (rc == 0) {
		if (*r->cfg->stop) {
			rc = -1;
			break;
		}
		got = stream_getline(s, r->cfg->max_bytes, &l);
		if (got == 0)
			break;
		if (got < 0) {
			if (*r->cfg->stop)
				rc = -1;
			else
				rc = give_error(r, name, stream_position(s),
						"%s%s",
						s->fatal ? "damaged archive: " :
							   "",
						s->why);
			break;
		}
		lineno++;
		if (l.over) {
			char id[32];

			snprintf(id, sizeof(id), "%zu", lineno);
			rc = give_error(r, id, stream_position(s),
				"line larger than the limit of %zu bytes (--max-bytes)",
				r->cfg->max_bytes);
		} else if (!blank(l.data, l.len)) {
			rc = give_record(r, l.data, l.len, lineno,
					 r->cfg->positions ?
						 stream_position(s) : r->last);
		}
	}
	free(l.data);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Archives.                                                            */

/* Reads one archive member whose header was just read. */
static int read_member(struct reader *r, struct stream *s,
		       struct archive_entry *e, const char *name)
{
	size_t max = r->cfg->max_bytes;
	uint64_t pos = stream_position(s);

	if (archive_entry_filetype(e) == AE_IFDIR)
		return 0;
	if (archive_entry_hardlink(e) != NULL)
		return give_error(r, name, pos, "hard link: not read");
	if (archive_entry_filetype(e) == AE_IFLNK)
		return give_error(r, name, pos, "symbolic link: not read");
	if (archive_entry_filetype(e) != AE_IFREG)
		return give_error(r, name, pos, "not a regular file");
	if (kind_of(name) == KIND_JSONL && !ends_with(name, ".gz"))
		return read_jsonl(r, s, name);
	if (max > 0 && archive_entry_size_is_set(e) &&
	    archive_entry_size(e) > (la_int64_t)max)
		return give_error(r, name, pos,
			"larger than the limit of %zu bytes (--max-bytes)",
			max);
	return give_text(r, s, name, name);
}

/* Opens path as an archive in s; 0, or -1 with s->why set. */
static int archive_open(struct stream *s, const char *path)
{
	const char *why;

	if (cli_archive_load(&why) != 0) {
		snprintf(s->why, sizeof(s->why), "%s", why);
		return -1;
	}
	if (s->ar != NULL)
		archive_read_free(s->ar);
	s->fatal = false;
	s->ar = archive_read_new();
	if (s->ar == NULL) {
		snprintf(s->why, sizeof(s->why), "%s", strerror(ENOMEM));
		return -1;
	}
	archive_read_support_filter_all(s->ar);
	archive_read_support_format_tar(s->ar);
	archive_read_support_format_zip(s->ar);
	if (archive_read_open_filename(s->ar, path, STREAM_BUF) != ARCHIVE_OK) {
		snprintf(s->why, sizeof(s->why), "%s",
			 archive_error_string(s->ar));
		return -1;
	}
	return 0;
}

/*
 * After a member of a zip archive proved corrupt, reopens the archive past
 * its first `done` members: zip members are found through the central
 * directory, so damage to one need not lose the others.  0 or -1.
 */
static int zip_resume(struct stream *s, const char *path, size_t done)
{
	struct archive_entry *e;
	size_t i;

	if ((archive_format(s->ar) & ARCHIVE_FORMAT_BASE_MASK) !=
		    ARCHIVE_FORMAT_ZIP ||
	    archive_open(s, path) != 0)
		return -1;
	for (i = 0; i < done; i++)
		if (archive_read_next_header(s->ar, &e) < ARCHIVE_WARN)
			return -1;
	return 0;
}

static int read_archive(struct reader *r, const char *path, const char *id)
{
	struct stream *s = stream_new(STREAM_ARCHIVE, r->cfg->stop);
	struct archive_entry *e;
	size_t members = 0;
	int rc = 0, st;

	if (s == NULL)
		return give_error(r, id, 0, "%s", strerror(ENOMEM));
	if (archive_open(s, path) != 0) {
		rc = give_error(r, id, 0, "%s", s->why);
		goto out;
	}
	while (rc == 0) {
		const char *name;

		if (*r->cfg->stop) {
			rc = -1;
			break;
		}
		st = archive_read_next_header(s->ar, &e);
		if (st == ARCHIVE_EOF)
			break;
		if (st == ARCHIVE_FATAL || st == ARCHIVE_RETRY) {
			rc = give_error(r, id, stream_position(s),
					"damaged archive: %s",
					archive_error_string(s->ar));
			break;
		}
		members++;
		name = archive_entry_pathname_utf8(e);
		if (name == NULL)
			name = archive_entry_pathname(e);
		if (name == NULL)
			name = "";
		if (st == ARCHIVE_FAILED) {
			rc = give_error(r, *name ? name : id,
					stream_position(s), "%s",
					archive_error_string(s->ar));
			continue;
		}
		s->pos = s->end = 0;
		s->eof = false;
		rc = read_member(r, s, e, name);
		if (rc == 0 && s->fatal && zip_resume(s, path, members) != 0)
			break;
	}
out:
	if (s->ar != NULL)
		archive_read_free(s->ar);
	free(s);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Files and directories.                                               */

/* Opens a gzip (or plain) stream on fd, which it takes. */
static struct stream *gz_stream(int fd, volatile sig_atomic_t *stop)
{
	struct stream *s = stream_new(STREAM_GZ, stop);

	if (s == NULL) {
		close(fd);
		return NULL;
	}
	s->gz = gzdopen(fd, "rb");
	if (s->gz == NULL) {
		close(fd);
		free(s);
		return NULL;
	}
	gzbuffer(s->gz, STREAM_BUF);
	return s;
}

/* Reads the file at path; rel is its path under --output-dir. */
static int read_path(struct reader *r, const char *path, const char *rel)
{
	enum kind kind = kind_of(path);
	struct stream *s = NULL;
	char *out = NULL;
	int fd, rc;

	r->last = 0;
	if (kind == KIND_ARCHIVE)
		return read_archive(r, path, path);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return give_error(r, path, 0, "%s", strerror(errno));
	if (kind == KIND_TEXT ||
	    (kind == KIND_JSONL && !ends_with(path, ".gz"))) {
		s = stream_new(STREAM_FD, r->cfg->stop);
		if (s == NULL)
			close(fd);
		else
			s->fd = fd;
	} else {
		s = gz_stream(fd, r->cfg->stop);
	}
	if (s == NULL)
		return give_error(r, path, 0, "%s", strerror(ENOMEM));
	if (kind == KIND_JSONL) {
		rc = read_jsonl(r, s, path);
	} else if (kind == KIND_GZ_TEXT) {
		out = strdup(rel);
		if (out == NULL) {
			rc = -1;
		} else {
			out[strlen(out) - 3] = '\0'; /* drop ".gz" */
			rc = give_text(r, s, path, out);
		}
	} else {
		rc = give_text(r, s, path, rel);
	}
	free(out);
	if (s->kind == STREAM_GZ)
		gzclose_r(s->gz);
	else
		close(s->fd);
	free(s);
	return rc;
}

static int skip_dots(const struct dirent *d)
{
	return strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* a + "/" + b in new memory (b alone when a is NULL). */
static char *join(const char *a, const char *b)
{
	size_t n = a ? strlen(a) : 0;
	char *p;

	while (n > 1 && a[n - 1] == '/')
		n--;
	p = malloc(n + strlen(b) + 2);
	if (p == NULL)
		return NULL;
	if (a == NULL)
		strcpy(p, b);
	else
		sprintf(p, "%.*s%s%s", (int)n, a,
			n == 1 && a[0] == '/' ? "" : "/", b);
	return p;
}

/* Walks dir recursively in sorted order; rel is its path under the root. */
static int walk(struct reader *r, const char *dir, const char *rel)
{
	struct dirent **list;
	int n, i, rc = 0;

	n = scandir(dir, &list, skip_dots, by_name);
	if (n < 0)
		return give_error(r, dir, 0, "%s", strerror(errno));
	for (i = 0; i < n; i++) {
		char *path = join(dir, list[i]->d_name);
		char *sub = join(rel, list[i]->d_name);
		struct stat st;

		if (rc != 0 || *r->cfg->stop) {
			rc = -1;
		} else if (path == NULL || sub == NULL) {
			rc = give_error(r, dir, 0, "%s", strerror(ENOMEM));
		} else if (lstat(path, &st) != 0) {
			rc = give_error(r, path, 0, "%s", strerror(errno));
		} else if (S_ISLNK(st.st_mode) && stat(path, &st) != 0) {
			rc = give_error(r, path, 0, "dangling symbolic link");
		} else if (S_ISDIR(st.st_mode)) {
			struct stat lst;

			if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
				rc = give_error(r, path, 0,
					"symbolic link to a directory: not followed");
			else
				rc = walk(r, path, sub);
		} else if (S_ISREG(st.st_mode)) {
			rc = read_path(r, path, sub);
		} else {
			rc = give_error(r, path, 0, "not a regular file");
		}
		free(path);
		free(sub);
		free(list[i]);
	}
	free(list);
	return rc;
}

int source_read(const struct source_config *cfg, const char *input,
		source_emit emit, void *arg)
{
	struct reader r = { cfg, input, emit, arg, 0 };
	const char *base;
	struct stat st;

	if (strcmp(input, "-") == 0) {
		/* Plain reads, which return what a pipe has so far. */
		struct stream *s = stream_new(STREAM_FD, cfg->stop);
		int rc;

		if (s == NULL)
			return give_error(&r, "standard input", 0, "%s",
					  strerror(ENOMEM));
		s->fd = STDIN_FILENO;
		rc = read_jsonl(&r, s, "standard input");
		free(s);
		return rc;
	}
	if (stat(input, &st) != 0)
		return give_error(&r, input, 0, "%s", strerror(errno));
	if (S_ISDIR(st.st_mode))
		return walk(&r, input, NULL);
	base = strrchr(input, '/');
	base = base ? base + 1 : input;
	return read_path(&r, input, *base ? base : input);
}

uint64_t source_size(const char *input)
{
	struct stat st;

	if (strcmp(input, "-") != 0 && stat(input, &st) == 0 &&
	    S_ISREG(st.st_mode))
		return (uint64_t)st.st_size;
	return 0;
}
