/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * http.c - HTTP responses as WARC files record them (http.h).
 *
 * The header is read leniently, as crawlers meet it: a line without a
 * colon is passed over, field names are matched without regard to case,
 * and only the fields a page reader needs are kept.  The body is decoded
 * with zlib, never more than the caller's limit: the output buffer grows
 * only while the limit allows, so a bomb of a few kilobytes that inflates
 * to gigabytes costs at most the limit.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "http.h"

void http_response_clear(struct http_response *h)
{
	free(h->media_type);
	free(h->charset);
	memset(h, 0, sizeof(*h));
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* Trims spaces and tabs from both ends of s[0..*n); returns the start. */
static const char *trim(const char *s, size_t *n)
{
	while (*n > 0 && is_space(*s)) {
		s++;
		(*n)--;
	}
	while (*n > 0 && is_space(s[*n - 1]))
		(*n)--;
	return s;
}

/* s[0..n) in new memory, lower-cased when lower; NULL if out of memory. */
static char *copy(const char *s, size_t n, bool lower)
{
	char *p = malloc(n + 1);
	size_t i;

	if (p == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		p[i] = lower && s[i] >= 'A' && s[i] <= 'Z' ?
			       (char)(s[i] - 'A' + 'a') :
			       s[i];
	p[n] = '\0';
	return p;
}

static bool token_is(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

/* Content-Type: the media type and the charset parameter. */
static int content_type(struct http_response *h, const char *v, size_t n)
{
	const char *semi = memchr(v, ';', n);
	size_t k = semi ? (size_t)(semi - v) : n;
	const char *t = trim(v, &k);

	if (h->media_type != NULL)
		return 0; /* the first one counts */
	h->media_type = copy(t, k, true);
	if (h->media_type == NULL)
		return -1;
	while (semi != NULL) {
		const char *p = semi + 1, *end = v + n, *eq;
		size_t pn;

		semi = memchr(p, ';', (size_t)(end - p));
		pn = (size_t)((semi ? semi : end) - p);
		p = trim(p, &pn);
		eq = memchr(p, '=', pn);
		if (eq == NULL)
			continue;
		k = (size_t)(eq - p);
		t = trim(p, &k);
		if (!token_is(t, k, "charset") || h->charset != NULL)
			continue;
		k = pn - (size_t)(eq + 1 - p);
		t = trim(eq + 1, &k);
		if (k >= 2 && t[0] == '"' && t[k - 1] == '"') {
			t++;
			k -= 2;
		}
		if (k > 0 && k < 64) {
			h->charset = copy(t, k, false);
			if (h->charset == NULL)
				return -1;
		}
	}
	return 0;
}

/* A list of codings (Content-Encoding or Transfer-Encoding), in order. */
static void codings(struct http_response *h, const char *v, size_t n,
		    bool transfer)
{
	const char *end = v + n;

	while (v < end) {
		const char *comma = memchr(v, ',', (size_t)(end - v));
		size_t k = (size_t)((comma ? comma : end) - v);
		const char *t = trim(v, &k);

		v = comma ? comma + 1 : end;
		if (k == 0 || token_is(t, k, "identity"))
			continue;
		if (transfer && token_is(t, k, "chunked")) {
			h->chunked = true;
			continue;
		}
		if (h->ncodings == HTTP_MAX_CODINGS) {
			h->unknown_coding = "too many content codings";
		} else if (token_is(t, k, "gzip") || token_is(t, k, "x-gzip")) {
			h->codings[h->ncodings++] = HTTP_GZIP;
		} else if (token_is(t, k, "deflate")) {
			h->codings[h->ncodings++] = HTTP_DEFLATE;
		} else if (h->unknown_coding == NULL) {
			h->unknown_coding =
				token_is(t, k, "br") ?
					"Content-Encoding br is not supported" :
					"an unsupported content coding";
		}
	}
}

static void content_length(struct http_response *h, const char *v, size_t n)
{
	uint64_t x = 0;
	size_t i;

	if (n == 0 || n > 18)
		return;
	for (i = 0; i < n; i++) {
		if (v[i] < '0' || v[i] > '9')
			return;
		x = x * 10 + (uint64_t)(v[i] - '0');
	}
	h->has_length = true;
	h->length = x;
}

enum http_result http_parse(const char *block, size_t len,
			    struct http_response *h)
{
	size_t limit = len < HTTP_MAX_HEADER ? len : HTTP_MAX_HEADER;
	const char *p, *end = block + limit, *nl;
	/* Transfer codings are applied after the content's: keep apart. */
	struct http_response te;
	size_t i;

	memset(h, 0, sizeof(*h));
	memset(&te, 0, sizeof(te));
	if (len < 5 || memcmp(block, "HTTP/", 5) != 0)
		return HTTP_NOT_HTTP;
	nl = memchr(block, '\n', limit);
	if (nl == NULL)
		return HTTP_BAD;
	for (p = block + 5; p < nl && *p != ' '; p++)
		;
	while (p < nl && *p == ' ')
		p++;
	if (nl - p < 3 || p[0] < '1' || p[0] > '9' || p[1] < '0' ||
	    p[1] > '9' || p[2] < '0' || p[2] > '9' ||
	    (p + 3 < nl && p[3] != ' ' && p[3] != '\r'))
		return HTTP_BAD;
	h->status = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
	for (p = nl + 1;; p = nl + 1) {
		const char *colon, *v;
		size_t n, vn, k;

		nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
		if (nl == NULL) {
			http_response_clear(h);
			return HTTP_BAD;
		}
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n == 0)
			break;
		colon = memchr(p, ':', n);
		if (is_space(p[0]) || colon == NULL)
			continue; /* a folded line or not a field */
		k = (size_t)(colon - p);
		vn = n - k - 1;
		v = trim(colon + 1, &vn);
		if (token_is(p, k, "Content-Type")) {
			if (content_type(h, v, vn) != 0) {
				http_response_clear(h);
				return HTTP_NOMEM;
			}
		} else if (token_is(p, k, "Content-Encoding")) {
			codings(h, v, vn, false);
		} else if (token_is(p, k, "Transfer-Encoding")) {
			codings(&te, v, vn, true);
		} else if (token_is(p, k, "Content-Length")) {
			content_length(h, v, vn);
		}
	}
	h->body = (size_t)(nl + 1 - block);
	h->chunked = te.chunked;
	if (te.unknown_coding != NULL && h->unknown_coding == NULL)
		h->unknown_coding = te.unknown_coding;
	for (i = 0; i < te.ncodings; i++) {
		if (h->ncodings == HTTP_MAX_CODINGS)
			h->unknown_coding = "too many content codings";
		else
			h->codings[h->ncodings++] = te.codings[i];
	}
	return HTTP_OK;
}

bool http_is_html(const struct http_response *h)
{
	return h->status >= 200 && h->status <= 299 && h->media_type != NULL &&
	       (strcmp(h->media_type, "text/html") == 0 ||
		strcmp(h->media_type, "application/xhtml+xml") == 0);
}

static int hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Removes the chunked transfer coding of in[0..n) into out (room for n
 * bytes).  Returns 0, or -1 for a malformed chunk size; *cut is set when
 * the body ends before its last chunk.
 */
static int dechunk(const char *in, size_t n, char *out, size_t *out_len,
		   bool *cut)
{
	size_t i = 0, o = 0;

	*cut = false;
	for (;;) {
		uint64_t size = 0;
		int digits = 0;
		const char *nl;

		while (i < n && is_space(in[i]))
			i++;
		while (i < n && hex(in[i]) >= 0) {
			if (++digits > 15)
				return -1;
			size = size * 16 + (uint64_t)hex(in[i++]);
		}
		if (i == n) {
			*cut = true;
			break;
		}
		if (digits == 0)
			return -1;
		/* Chunk extensions run to the end of the line. */
		nl = memchr(in + i, '\n', n - i);
		if (nl == NULL) {
			*cut = true;
			break;
		}
		i = (size_t)(nl - in) + 1;
		if (size == 0)
			break; /* the last chunk; trailer fields are not kept */
		if (size > n - i) {
			memcpy(out + o, in + i, n - i);
			o += n - i;
			*cut = true;
			break;
		}
		memcpy(out + o, in + i, (size_t)size);
		o += (size_t)size;
		i += (size_t)size;
		if (i < n && in[i] == '\r')
			i++;
		if (i < n && in[i] == '\n')
			i++;
	}
	*out_len = o;
	return 0;
}

/* Whether in[0..n) starts with a zlib header (else raw deflate). */
static bool zlib_header(const unsigned char *in, size_t n)
{
	return n >= 2 && (in[0] & 0x0f) == 8 && (in[0] >> 4) <= 7 &&
	       ((unsigned)in[0] << 8 | in[1]) % 31 == 0;
}

/*
 * Inflates in[0..n) into *out, at most max bytes (0: no limit).  Returns
 * 0, -1 (*why), -2 over max, -3 out of memory; *cut is set when the data
 * ends before the compressed stream does.
 */
static int inflate_all(enum http_coding c, const char *in, size_t n, size_t max,
		       char **out, size_t *out_len, bool *cut, const char **why)
{
	const unsigned char *u = (const unsigned char *)in;
	z_stream z;
	char *buf = NULL;
	size_t cap = 0, used = 0, fed = 0;
	int rc = 0, zr;

	*cut = false;
	memset(&z, 0, sizeof(z));
	if (n == 0) {
		*out = calloc(1, 1);
		*out_len = 0;
		return *out == NULL ? -3 : 0;
	}
	/* gzip: gzip or zlib data, as servers send either under the name. */
	zr = inflateInit2(&z, c == HTTP_GZIP    ? 15 + 32 :
			      zlib_header(u, n) ? 15 :
						  -15);
	if (zr != Z_OK)
		return zr == Z_MEM_ERROR ? -3 : -1;
	for (;;) {
		if (z.avail_in == 0 && fed < n) {
			size_t k = n - fed < UINT_MAX ? n - fed : UINT_MAX;

			z.next_in = (unsigned char *)(uintptr_t)(u + fed);
			z.avail_in = (unsigned)k;
			fed += k;
		}
		if (cap - used < 2) {
			/* Room for one byte past max, to know it was passed. */
			size_t ncap = cap ? cap * 2 : 4 * n + 4096;
			char *p;

			if (max > 0 && used > max) {
				rc = -2;
				break;
			}
			if (max > 0 && ncap > max + 2)
				ncap = max + 2;
			p = realloc(buf, ncap);
			if (p == NULL) {
				rc = -3;
				break;
			}
			buf = p;
			cap = ncap;
		}
		z.next_out = (unsigned char *)buf + used;
		z.avail_out =
			(unsigned)(cap - used - 1 < UINT_MAX ? cap - used - 1 :
							       UINT_MAX);
		zr = inflate(&z, Z_NO_FLUSH);
		used = (size_t)((char *)z.next_out - buf);
		if (max > 0 && used > max) {
			rc = -2;
			break;
		}
		if (zr == Z_STREAM_END) {
			size_t left = z.avail_in + (n - fed);
			const unsigned char *next = z.next_in;

			/* Several gzip members make one body. */
			if (c == HTTP_GZIP && left >= 2 && next[0] == 0x1f &&
			    next[1] == 0x8b && inflateReset(&z) == Z_OK)
				continue;
			break;
		}
		if (zr == Z_BUF_ERROR && z.avail_in == 0 && fed == n) {
			*cut = true;
			break;
		}
		if (zr == Z_MEM_ERROR) {
			rc = -3;
			break;
		}
		if (zr != Z_OK && zr != Z_BUF_ERROR) {
			*why = c == HTTP_GZIP ? "undecodable gzip body" :
						"undecodable deflate body";
			rc = -1;
			break;
		}
	}
	inflateEnd(&z);
	if (rc != 0) {
		free(buf);
		return rc;
	}
	buf[used] = '\0';
	*out = buf;
	*out_len = used;
	return 0;
}

int http_decode_body(const struct http_response *h, const char *block,
		     size_t len, size_t max, bool cut_ok, char **out,
		     size_t *out_len, const char **why)
{
	const char *body = block + h->body;
	size_t n = len - h->body, blen = 0;
	char *buf;
	bool cut = false;
	size_t i;

	*out = NULL;
	*out_len = 0;
	if (h->unknown_coding != NULL) {
		*why = h->unknown_coding;
		return -1;
	}
	if (h->ncodings == 0 && max > 0 && n > max)
		return -2;
	buf = malloc(n + 1);
	if (buf == NULL)
		return -3;
	if (h->chunked) {
		if (dechunk(body, n, buf, &blen, &cut) != 0) {
			free(buf);
			*why = "malformed chunked body";
			return -1;
		}
	} else {
		memcpy(buf, body, n);
		blen = n;
		cut = h->ncodings == 0 && h->has_length && n < h->length;
	}
	buf[blen] = '\0';
	for (i = h->ncodings; i-- > 0;) {
		char *next;
		size_t nlen;
		bool short_data;
		int rc = inflate_all(h->codings[i], buf, blen, max, &next,
				     &nlen, &short_data, why);

		free(buf);
		if (rc != 0)
			return rc;
		buf = next;
		blen = nlen;
		cut = cut || short_data;
	}
	if (cut && !cut_ok) {
		free(buf);
		*why = "HTTP body cut short";
		return -1;
	}
	if (max > 0 && blen > max) {
		free(buf);
		return -2;
	}
	*out = buf;
	*out_len = blen;
	return 0;
}
