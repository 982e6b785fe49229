/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * corpus.c - loading the benchmark articles.
 *
 * A file is read whole through zlib (which passes plain files through
 * unchanged), cut into lines, and each line parsed by jansson.  Articles get
 * a buffer each, as a caller that summarizes documents one by one would
 * hold them.
 */
#include "corpus.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static char *read_all(const char *path, size_t *len)
{
	gzFile gz = gzopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;

	if (gz == NULL)
		return NULL;
	for (;;) {
		int got;

		if (cap - n < 65536) {
			char *nb;

			cap = cap ? cap * 2 : 1 << 20;
			nb = realloc(buf, cap + 1);
			if (nb == NULL)
				goto fail;
			buf = nb;
		}
		got = gzread(gz, buf + n, (unsigned)(cap - n));
		if (got < 0)
			goto fail;
		if (got == 0)
			break;
		n += (size_t)got;
	}
	gzclose(gz);
	buf[n] = '\0';
	*len = n;
	return buf;
fail:
	gzclose(gz);
	free(buf);
	return NULL;
}

/* The string field key of obj, or "" when absent or not a string. */
static const char *field(json_t *obj, const char *key, size_t *len)
{
	json_t *v = json_object_get(obj, key);

	if (!json_is_string(v)) {
		*len = 0;
		return "";
	}
	*len = json_string_length(v);
	return json_string_value(v);
}

static int add(struct bench_corpus *c, json_t *rec)
{
	size_t tlen, hlen, len;
	const char *text = field(rec, "text", &tlen);
	const char *title = field(rec, "title", &hlen);
	char *buf;

	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 1024;
		struct bench_doc *d = realloc(c->docs, cap * sizeof(*d));

		if (d == NULL)
			return -1;
		c->docs = d;
		c->cap = cap;
	}
	len = hlen > 0 ? hlen + 2 + tlen : tlen;
	buf = malloc(len + 1);
	if (buf == NULL)
		return -1;
	if (hlen > 0) {
		memcpy(buf, title, hlen);
		memcpy(buf + hlen, "\n\n", 2);
		memcpy(buf + hlen + 2, text, tlen);
	} else {
		memcpy(buf, text, tlen);
	}
	buf[len] = '\0';
	c->docs[c->n].text = buf;
	c->docs[c->n].len = len;
	c->n++;
	c->bytes += len;
	return 0;
}

int bench_corpus_load(struct bench_corpus *c, const char *path, size_t limit)
{
	size_t len, line = 0;
	char *buf = read_all(path, &len), *p, *end;

	if (buf == NULL) {
		fprintf(stderr, "%s: cannot read\n", path);
		return -1;
	}
	for (p = buf, end = buf + len; p < end && (limit == 0 || c->n < limit);
	     p++) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		json_error_t err;
		json_t *rec;

		if (nl == NULL)
			nl = end;
		line++;
		if (nl > p) {
			rec = json_loadb(p, (size_t)(nl - p), 0, &err);
			if (rec == NULL) {
				fprintf(stderr, "%s:%zu: %s\n", path, line,
					err.text);
				free(buf);
				return -1;
			}
			if (add(c, rec) != 0) {
				fprintf(stderr, "%s: out of memory\n", path);
				json_decref(rec);
				free(buf);
				return -1;
			}
			json_decref(rec);
		}
		p = nl;
	}
	free(buf);
	return 0;
}

int bench_corpus_dump(const struct bench_corpus *c, FILE *f)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		if (fwrite(c->docs[i].text, 1, c->docs[i].len, f) !=
			    c->docs[i].len ||
		    putc('\n', f) == EOF)
			return -1;
	}
	return 0;
}

void bench_corpus_free(struct bench_corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->docs[i].text);
	free(c->docs);
	memset(c, 0, sizeof(*c));
}
