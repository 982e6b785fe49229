/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_warc.c - the WARC record framing (src/cli/warc.c) and the HTTP
 * response reader (src/cli/http.c) of precis batch, on records and
 * responses written out by hand here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <zlib.h>

#include "cli/http.h"
#include "cli/warc.h"

static volatile sig_atomic_t never;

/* ------------------------------------------------------------------ */
/* HTTP.                                                                */

static void parse_ok(const char *block, struct http_response *h)
{
	assert_int_equal(http_parse(block, strlen(block), h), HTTP_OK);
}

static void test_http_header(void **state)
{
	struct http_response h;
	const char *r = "HTTP/1.1 200 OK\r\n"
			"Server: x\r\n"
			"content-type: Text/HTML ; Charset=\"Windows-1251\"\r\n"
			"Content-Type: text/plain\r\n"
			"X-Folded: a\r\n  b\r\n"
			"Content-Encoding: gzip\r\n"
			"Transfer-Encoding: chunked\r\n"
			"Content-Length: 12\r\n"
			"\r\nbody";

	(void)state;
	parse_ok(r, &h);
	assert_int_equal(h.status, 200);
	assert_string_equal(h.media_type, "text/html"); /* the first */
	assert_string_equal(h.charset, "Windows-1251");
	assert_true(h.chunked);
	assert_int_equal(h.ncodings, 1);
	assert_int_equal(h.codings[0], HTTP_GZIP);
	assert_null(h.unknown_coding);
	assert_true(h.has_length);
	assert_int_equal(h.length, 12);
	assert_string_equal(r + h.body, "body");
	assert_true(http_is_html(&h));
	http_response_clear(&h);

	/* Bare LFs, XHTML, no charset; a 404 page is not a page to read. */
	parse_ok("HTTP/1.0 404 Not Found\nContent-Type: "
		 "application/xhtml+xml\n\n",
		 &h);
	assert_int_equal(h.status, 404);
	assert_null(h.charset);
	assert_false(http_is_html(&h));
	http_response_clear(&h);
	parse_ok("HTTP/2 204\r\n\r\n", &h);
	assert_int_equal(h.status, 204);
	assert_null(h.media_type);
	assert_false(http_is_html(&h));
	http_response_clear(&h);
	parse_ok("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n", &h);
	assert_false(http_is_html(&h));
	http_response_clear(&h);
}

static void test_http_refused(void **state)
{
	struct http_response h;

	(void)state;
	assert_int_equal(http_parse("GET / HTTP/1.1\r\n\r\n", 18, &h),
			 HTTP_NOT_HTTP);
	assert_int_equal(http_parse("HTTP", 4, &h), HTTP_NOT_HTTP);
	/* No status code, a short one, no end of header. */
	assert_int_equal(http_parse("HTTP/1.1 OK\r\n\r\n", 15, &h), HTTP_BAD);
	assert_int_equal(http_parse("HTTP/1.1 20\r\n\r\n", 15, &h), HTTP_BAD);
	assert_int_equal(http_parse("HTTP/1.1 2000\r\n\r\n", 17, &h), HTTP_BAD);
	assert_int_equal(http_parse("HTTP/1.1 200 OK\r\nA: b\r\n", 24, &h),
			 HTTP_BAD);
	assert_int_equal(http_parse("HTTP/1.1 200 OK", 15, &h), HTTP_BAD);
}

/* Decodes the body of response r (a string); returns the rc. */
static int decode(const char *r, size_t len, size_t max, bool cut_ok,
		  char **out, size_t *n, const char **why)
{
	struct http_response h;
	int rc;

	assert_int_equal(http_parse(r, len, &h), HTTP_OK);
	rc = http_decode_body(&h, r, len, max, cut_ok, out, n, why);
	http_response_clear(&h);
	return rc;
}

static void test_http_chunked(void **state)
{
	static const char r[] = "HTTP/1.1 200 OK\r\n"
				"Transfer-Encoding: chunked\r\n\r\n"
				"5;name=x\r\nHello\r\n"
				"  7\r\n, world\r\n"
				"0\r\nTrailer: yes\r\n\r\n";
	static const char bad[] = "HTTP/1.1 200 OK\r\n"
				  "Transfer-Encoding: chunked\r\n\r\n"
				  "zz\r\nHello\r\n0\r\n\r\n";
	const char *why = NULL;
	char *out;
	size_t n, cut;

	(void)state;
	assert_int_equal(decode(r, sizeof(r) - 1, 0, false, &out, &n, &why), 0);
	assert_int_equal(n, 12);
	assert_string_equal(out, "Hello, world");
	free(out);

	/* Cut inside the second chunk: an error, or what there is. */
	cut = strstr(r, "orld") - r;
	assert_int_equal(decode(r, cut, 0, false, &out, &n, &why), -1);
	assert_string_equal(why, "HTTP body cut short");
	assert_int_equal(decode(r, cut, 0, true, &out, &n, &why), 0);
	assert_string_equal(out, "Hello, w");
	free(out);
	/* Cut before the last chunk. */
	cut = strstr(r, "0\r\nTrailer") - r;
	assert_int_equal(decode(r, cut, 0, false, &out, &n, &why), -1);

	assert_int_equal(decode(bad, sizeof(bad) - 1, 0, false, &out, &n, &why),
			 -1);
	assert_string_equal(why, "malformed chunked body");
}

/* "HTTP/1.1 200 OK" with one header line hdr and body data[0..n). */
static char *response(const char *hdr, const void *data, size_t n, size_t *len)
{
	size_t h = strlen("HTTP/1.1 200 OK\r\n") + strlen(hdr) + 4;
	char *r = malloc(h + n + 1);

	assert_non_null(r);
	sprintf(r, "HTTP/1.1 200 OK\r\n%s\r\n\r\n", hdr);
	memcpy(r + h, data, n);
	r[h + n] = '\0';
	*len = h + n;
	return r;
}

/* data compressed with wbits (31 gzip, 15 zlib, -15 raw) into *n bytes. */
static unsigned char *squeeze(const char *data, size_t len, int wbits,
			      size_t *n)
{
	z_stream z;
	unsigned char *out = malloc(len + 1024);

	assert_non_null(out);
	memset(&z, 0, sizeof(z));
	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, wbits, 8,
				      Z_DEFAULT_STRATEGY),
			 Z_OK);
	z.next_in = (unsigned char *)(uintptr_t)data;
	z.avail_in = (unsigned)len;
	z.next_out = out;
	z.avail_out = (unsigned)(len + 1024);
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	*n = z.total_out;
	deflateEnd(&z);
	return out;
}

static void test_http_codings(void **state)
{
	static const char text[] = "<p>The harbour board met today.</p>";
	const char *why = NULL;
	unsigned char *z, *two;
	char *r, *out;
	size_t zn, rn, n;

	(void)state;
	/* gzip, and zlib data sent as gzip. */
	z = squeeze(text, sizeof(text) - 1, 31, &zn);
	r = response("Content-Encoding: x-gzip", z, zn, &rn);
	assert_int_equal(decode(r, rn, 0, false, &out, &n, &why), 0);
	assert_string_equal(out, text);
	free(out);
	/* Cut inside the gzip stream. */
	assert_int_equal(decode(r, rn - 10, 0, false, &out, &n, &why), -1);
	assert_string_equal(why, "HTTP body cut short");
	free(r);
	/* Two gzip members are one body. */
	two = malloc(2 * zn);
	memcpy(two, z, zn);
	memcpy(two + zn, z, zn);
	r = response("Content-Encoding: gzip", two, 2 * zn, &rn);
	assert_int_equal(decode(r, rn, 0, false, &out, &n, &why), 0);
	assert_int_equal(n, 2 * (sizeof(text) - 1));
	free(out);
	free(r);
	free(two);
	free(z);

	/* deflate: zlib-wrapped as HTTP says, and raw as servers send. */
	z = squeeze(text, sizeof(text) - 1, 15, &zn);
	r = response("Content-Encoding: deflate", z, zn, &rn);
	assert_int_equal(decode(r, rn, 0, false, &out, &n, &why), 0);
	assert_string_equal(out, text);
	free(out);
	free(r);
	free(z);
	z = squeeze(text, sizeof(text) - 1, -15, &zn);
	r = response("Content-Encoding: deflate", z, zn, &rn);
	assert_int_equal(decode(r, rn, 0, false, &out, &n, &why), 0);
	assert_string_equal(out, text);
	free(out);
	free(r);
	free(z);

	/* Not gzip at all, and a coding zlib does not know. */
	r = response("Content-Encoding: gzip", text, sizeof(text) - 1, &rn);
	assert_int_equal(decode(r, rn, 0, false, &out, &n, &why), -1);
	assert_string_equal(why, "undecodable gzip body");
	free(r);
	r = response("Content-Encoding: br", text, sizeof(text) - 1, &rn);
	assert_int_equal(decode(r, rn, 0, false, &out, &n, &why), -1);
	assert_string_equal(why, "Content-Encoding br is not supported");
	free(r);

	/* Identity: a Content-Length the body falls short of. */
	r = response("Content-Length: 100", text, sizeof(text) - 1, &rn);
	assert_int_equal(decode(r, rn, 0, false, &out, &n, &why), -1);
	assert_int_equal(decode(r, rn, 0, true, &out, &n, &why), 0);
	assert_string_equal(out, text);
	free(out);
	/* Over the limit as it is. */
	assert_int_equal(decode(r, rn, 10, true, &out, &n, &why), -2);
	free(r);
}

static void test_http_bomb(void **state)
{
	size_t big = (size_t)32 << 20, zn, rn, n;
	char *zeros = calloc(1, big), *r, *out = NULL;
	unsigned char *z;
	const char *why = NULL;

	(void)state;
	assert_non_null(zeros);
	z = squeeze(zeros, big, 31, &zn);
	free(zeros);
	assert_true(zn < big / 500);
	r = response("Content-Encoding: gzip", z, zn, &rn);
	/* Refused once past the limit, whatever it would inflate to. */
	assert_int_equal(decode(r, rn, 1 << 20, false, &out, &n, &why), -2);
	assert_null(out);
	/* Exactly at the limit is allowed. */
	assert_int_equal(decode(r, rn, big, false, &out, &n, &why), 0);
	assert_int_equal(n, big);
	free(out);
	assert_int_equal(decode(r, rn, big - 1, false, &out, &n, &why), -2);
	free(r);
	free(z);
}

/* ------------------------------------------------------------------ */
/* WARC framing.                                                        */

/* A stream of data[0..n), through a scratch file, gzip'd when gz. */
static struct stream *open_data(const char *data, size_t n, bool gz)
{
	FILE *f = tmpfile();
	unsigned char *z = NULL;
	struct stream *s;
	size_t zn;

	assert_non_null(f);
	if (gz) {
		z = squeeze(data, n, 31, &zn);
		data = (const char *)z;
		n = zn;
	}
	assert_int_equal(fwrite(data, 1, n, f), n);
	assert_int_equal(fflush(f), 0);
	rewind(f);
	s = stream_members(dup(fileno(f)), &never);
	fclose(f);
	free(z);
	assert_non_null(s);
	return s;
}

static const char two_records[] = "\r\n"
				  "WARC/1.1\r\n"
				  "WARC-Type: response\r\n"
				  "warc-target-uri: <http://example.com/a>\r\n"
				  "WARC-Date: 2024-05-01T08:30:00Z\r\n"
				  "WARC-Truncated: length\r\n"
				  "Content-Length: 5\r\n"
				  "\r\n"
				  "Hello\r\n\r\n"
				  "WARC/1.0\n"
				  "WARC-Type:metadata\n"
				  "Content-Length:   3  \n"
				  "\n"
				  "abc\n\n";

static void test_warc_records(void **state)
{
	struct stream_line l = { 0 };
	struct warc_record rec = { 0 };
	struct warc_error err;
	char buf[8];
	int gz;

	(void)state;
	for (gz = 0; gz < 2; gz++) {
		struct stream *s =
			open_data(two_records, sizeof(two_records) - 1, gz);

		memset(&rec, 0, sizeof(rec));
		assert_int_equal(warc_next(s, &l, &rec, &err), 1);
		assert_string_equal(rec.type, "response");
		assert_string_equal(rec.uri, "http://example.com/a");
		assert_string_equal(rec.date, "2024-05-01T08:30:00Z");
		assert_true(rec.truncated);
		assert_int_equal(rec.length, 5);
		assert_int_equal(rec.number, 1);
		assert_int_equal(warc_read(s, buf, 5, &err), 0);
		assert_memory_equal(buf, "Hello", 5);
		assert_int_equal(warc_end(s, &err), 0);

		assert_int_equal(warc_next(s, &l, &rec, &err), 1);
		assert_string_equal(rec.type, "metadata");
		assert_null(rec.uri);
		assert_false(rec.truncated);
		assert_int_equal(rec.length, 3);
		assert_int_equal(rec.number, 2);
		assert_int_equal(warc_skip(s, 3, &err), 0);
		assert_int_equal(warc_end(s, &err), 0);
		assert_int_equal(warc_next(s, &l, &rec, &err), 0);
		warc_record_clear(&rec);
		stream_close(s);
	}
	free(l.data);
}

/* Reads the first record of data; returns what warc_next() did. */
static int first(const char *data, struct warc_record *rec,
		 struct warc_error *err)
{
	struct stream_line l = { 0 };
	struct stream *s = open_data(data, strlen(data), false);
	int rc;

	memset(rec, 0, sizeof(*rec));
	rc = warc_next(s, &l, rec, err);
	free(l.data);
	stream_close(s);
	return rc;
}

static void test_warc_bad_headers(void **state)
{
	struct warc_record rec;
	struct warc_error err;

	(void)state;
	assert_int_equal(first("<html>\r\n", &rec, &err), -1);
	assert_string_equal(err.why, "no WARC record where one should begin");
	assert_int_equal(first("WARC/1.1\r\nWARC-Type: x\r\n\r\n", &rec, &err),
			 -1);
	assert_string_equal(err.why, "no Content-Length");
	warc_record_clear(&rec);
	assert_int_equal(first("WARC/1.1\r\nContent-Length: -5\r\n\r\n", &rec,
			       &err),
			 -1);
	assert_string_equal(err.why, "invalid Content-Length '-5'");
	assert_int_equal(first("WARC/1.1\r\nContent-Length: "
			       "99999999999999999999\r\n\r\n",
			       &rec, &err),
			 -1);
	assert_int_equal(first("WARC/1.1\r\nContent-Length: 1e3\r\n\r\n", &rec,
			       &err),
			 -1);
	assert_int_equal(first("WARC/1.1\r\nContent-Length: 5\r\n", &rec, &err),
			 -1);
	assert_true(err.truncated);
	assert_int_equal(first("", &rec, &err), 0);
	assert_int_equal(first("\r\n\n", &rec, &err), 0);
}

static void test_warc_long_header(void **state)
{
	struct warc_record rec;
	struct warc_error err;
	size_t n = WARC_MAX_LINE + 100;
	char *data = malloc(n + 64);

	(void)state;
	strcpy(data, "WARC/1.1\r\nX: ");
	memset(data + 13, 'a', n);
	strcpy(data + 13 + n, "\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
	assert_int_equal(first(data, &rec, &err), -1);
	assert_non_null(strstr(err.why, "header line over"));
	warc_record_clear(&rec);
	free(data);
}

/* A record whose block is n bytes and whose Content-Length says len. */
static int end_of(const char *block, const char *len, const char *after)
{
	char data[256];
	struct stream_line l = { 0 };
	struct warc_record rec = { 0 };
	struct warc_error err;
	struct stream *s;
	char buf[64];
	int rc;

	snprintf(data, sizeof(data),
		 "WARC/1.1\r\nContent-Length: %s\r\n\r\n%s%s", len, block,
		 after);
	s = open_data(data, strlen(data), false);
	assert_int_equal(warc_next(s, &l, &rec, &err), 1);
	rc = warc_read(s, buf, (size_t)rec.length, &err);
	if (rc == 0)
		rc = warc_end(s, &err);
	free(l.data);
	warc_record_clear(&rec);
	stream_close(s);
	return rc;
}

static void test_warc_lengths(void **state)
{
	(void)state;
	assert_int_equal(end_of("Hello", "5", "\r\n\r\n"), 0);
	assert_int_equal(end_of("Hello", "5", "\n\n"), 0);
	/* The end of the input right after the block. */
	assert_int_equal(end_of("Hello", "5", ""), 0);
	/* Too short, too long, and longer than the input. */
	assert_int_equal(end_of("Hello", "4", "\r\n\r\n"), -1);
	assert_int_equal(end_of("Hello", "7", "\r\n\r\nWARC/1.1\r\n"), -1);
	assert_int_equal(end_of("Hello", "50", "\r\n\r\n"), -1);
	/* Only one line end. */
	assert_int_equal(end_of("Hello", "5", "\r\nWARC/1.1\r\n"), -1);
}

static void test_warc_gzip_damage(void **state)
{
	static const char rec[] = "WARC/1.1\r\nContent-Length: 1\r\n\r\n"
				  "x\r\n\r\n";
	struct stream_line l = { 0 };
	struct warc_record r = { 0 };
	struct warc_error err;
	unsigned char *z, *data;
	struct stream *s;
	size_t zn;
	FILE *f;
	int fd, rc;

	(void)state;
	/* One good member, then bytes that are not a member. */
	z = squeeze(rec, sizeof(rec) - 1, 31, &zn);
	data = malloc(zn + 10);
	memcpy(data, z, zn);
	memcpy(data + zn, "not gzip!\n", 10);
	f = tmpfile();
	assert_int_equal(fwrite(data, 1, zn + 10, f), zn + 10);
	fflush(f);
	rewind(f);
	fd = dup(fileno(f));
	fclose(f);
	s = stream_members(fd, &never);
	assert_int_equal(warc_next(s, &l, &r, &err), 1);
	assert_int_equal(warc_skip(s, 1, &err), 0);
	assert_int_equal(warc_end(s, &err), 0);
	assert_int_equal(warc_next(s, &l, &r, &err), -1);
	assert_false(err.truncated);
	assert_non_null(strstr(err.why, "not gzip after a gzip member"));
	stream_close(s);

	/* A member cut short. */
	f = tmpfile();
	assert_int_equal(fwrite(z, 1, zn - 12, f), zn - 12);
	fflush(f);
	rewind(f);
	fd = dup(fileno(f));
	fclose(f);
	s = stream_members(fd, &never);
	/* Found at the first read past what inflates. */
	rc = warc_next(s, &l, &r, &err);
	if (rc == 1)
		rc = warc_skip(s, 1, &err);
	if (rc == 0)
		rc = warc_end(s, &err);
	if (rc == 0)
		rc = warc_next(s, &l, &r, &err);
	assert_int_equal(rc, -1);
	assert_true(err.truncated);
	stream_close(s);
	warc_record_clear(&r);
	free(l.data);
	free(data);
	free(z);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_http_header),
		cmocka_unit_test(test_http_refused),
		cmocka_unit_test(test_http_chunked),
		cmocka_unit_test(test_http_codings),
		cmocka_unit_test(test_http_bomb),
		cmocka_unit_test(test_warc_records),
		cmocka_unit_test(test_warc_bad_headers),
		cmocka_unit_test(test_warc_long_header),
		cmocka_unit_test(test_warc_lengths),
		cmocka_unit_test(test_warc_gzip_damage),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
