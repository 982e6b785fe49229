/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * http.h - the HTTP responses that WARC files record: the status line and
 * the header fields a reader of pages needs, and the body decoded from its
 * transfer coding (chunked) and content codings (gzip, deflate).
 *
 *     struct http_response h;
 *     if (http_parse(block, len, &h) == HTTP_OK && http_is_html(&h)) {
 *         char *body; size_t n; const char *why;
 *         if (http_decode_body(&h, block, len, max, &body, &n, &why) == 0)
 *             ...
 *         http_response_clear(&h);
 *     }
 */
#ifndef PRECIS_CLI_HTTP_H
#define PRECIS_CLI_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Codings applied to a body, in the order they were applied. */
#define HTTP_MAX_CODINGS 4

enum http_coding { HTTP_IDENTITY, HTTP_GZIP, HTTP_DEFLATE };

struct http_response {
	int status;       /* 100 to 999 */
	char *media_type; /* Content-Type without parameters, lower case,
			    * or NULL */
	char *charset;    /* Content-Type's charset parameter, or NULL */
	bool chunked;     /* Transfer-Encoding ends with chunked */
	enum http_coding codings[HTTP_MAX_CODINGS];
	size_t ncodings; /* gzip or deflate, from Transfer-Encoding and
			    * Content-Encoding, outermost last */
	const char *unknown_coding; /* a coding that cannot be decoded
				     * (static text), or NULL */
	bool has_length;            /* a Content-Length field was given */
	uint64_t length;
	size_t body; /* offset of the body in the block */
};

enum http_result {
	HTTP_OK = 0,
	HTTP_NOT_HTTP, /* the block does not start with a status line */
	HTTP_BAD,      /* a status line, but no well-formed header */
	HTTP_NOMEM,
};

/* Largest header http_parse() reads, status line included. */
#define HTTP_MAX_HEADER 65536

/*
 * Parses the status line and the header of the response at block[0..len).
 * On HTTP_OK, h holds what it found (free with http_response_clear());
 * otherwise h holds nothing to free.
 */
enum http_result http_parse(const char *block, size_t len,
			    struct http_response *h);

/* Whether the response is a page: a 2xx status and an HTML media type. */
bool http_is_html(const struct http_response *h);

/*
 * The body of block[0..len) (h from http_parse() of the same block),
 * without its transfer and content codings, in new memory (free()) with a
 * NUL after its *out_len bytes.  A body that decodes to more than max
 * bytes (0: no limit) is refused, as soon as the limit is passed, so that
 * a small body cannot inflate without end.  cut_ok takes a body that ends
 * early (a chunked body without its last chunk, a gzip stream without its
 * end, fewer bytes than Content-Length) as it is, decoded as far as it
 * goes; otherwise that is an error.
 *
 * Returns 0; -1 with *why (static text) saying why the body cannot be
 * decoded; -2 when over max; -3 when out of memory.
 */
int http_decode_body(const struct http_response *h, const char *block,
		     size_t len, size_t max, bool cut_ok, char **out,
		     size_t *out_len, const char **why);

void http_response_clear(struct http_response *h);

#endif
