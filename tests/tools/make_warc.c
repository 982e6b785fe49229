/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * make_warc.c - writes WARC files (WARC/1.1) for the tests of precis batch.
 *
 *     make_warc OUT KIND [N]
 *
 * OUT ending in .gz is written one gzip member a record, as crawlers write
 * them; otherwise plain.  KIND:
 *
 *   sample      three pages among seven records that are not pages
 *               (details at sample() below)
 *   many N      a warcinfo record, then N request and response pairs, each
 *               response a page numbered from 1
 *   cycle N     the same, but the text of page i is page ((i - 1) mod 100)
 *               + 1's, so that the words seen stop growing after 100 (for
 *               measuring memory against the number of records)
 *   cl-long     page 1, then a page whose Content-Length is 100 more than
 *               its block, then page 3
 *   cl-short    the same with 100 less
 *   cl-negative the same with a Content-Length of -5
 *   cl-huge     page 1, then a record claiming 999999999999999 bytes
 *   cl-overflow page 1, then a record claiming 99999999999999999999999
 *   bomb        page 1, a page whose gzip'd body of 65 KB inflates to
 *               64 MiB, then page 3
 *   cut         page 1, a chunked page without its last chunk, the same
 *               marked WARC-Truncated, then page 4
 *   garbage     page 1, a line of garbage, then page 3
 *
 * Page i is at http://example.com/news/<i>.html, dated
 * 2024-05-<i, two digits>T08:30:00Z, titled "Harbour report <i>".
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

struct buf {
	char *data;
	size_t len, cap;
};

static void die(const char *what)
{
	fprintf(stderr, "make_warc: %s\n", what);
	exit(1);
}

static void put(struct buf *b, const void *data, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;

		while (cap < b->len + n + 1)
			cap *= 2;
		b->data = realloc(b->data, cap);
		if (b->data == NULL)
			die("out of memory");
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void puts_buf(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void printf_buf(struct buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static void printf_buf(struct buf *b, const char *fmt, ...)
{
	char tmp[4096];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(tmp))
		die("line too long");
	put(b, tmp, (size_t)n);
}

/* Compresses data with zlib: gzip (wbits 31), zlib (15) or raw (-15). */
static struct buf compress_buf(const char *data, size_t n, int wbits)
{
	struct buf out = { 0 };
	z_stream z;
	char chunk[65536];
	int rc;

	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 9, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY) !=
	    Z_OK)
		die("deflateInit2");
	z.next_in = (unsigned char *)(uintptr_t)data;
	z.avail_in = (unsigned)n;
	do {
		z.next_out = (unsigned char *)chunk;
		z.avail_out = sizeof(chunk);
		rc = deflate(&z, Z_FINISH);
		put(&out, chunk, sizeof(chunk) - z.avail_out);
	} while (rc == Z_OK);
	if (rc != Z_STREAM_END)
		die("deflate");
	deflateEnd(&z);
	return out;
}

/* gzip of `total` spaces, made without holding them. */
static struct buf gzip_spaces(size_t total)
{
	struct buf out = { 0 };
	static char in[65536], chunk[65536];
	z_stream z;
	int rc, flush;

	memset(in, ' ', sizeof(in));
	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		die("deflateInit2");
	do {
		size_t k = total < sizeof(in) ? total : sizeof(in);

		total -= k;
		flush = total == 0 ? Z_FINISH : Z_NO_FLUSH;
		z.next_in = (unsigned char *)in;
		z.avail_in = (unsigned)k;
		do {
			z.next_out = (unsigned char *)chunk;
			z.avail_out = sizeof(chunk);
			rc = deflate(&z, flush);
			put(&out, chunk, sizeof(chunk) - z.avail_out);
		} while (z.avail_out == 0);
	} while (flush != Z_FINISH);
	if (rc != Z_STREAM_END)
		die("deflate");
	deflateEnd(&z);
	return out;
}

static FILE *out;
static bool gz;
static int record_no;

/*
 * Writes one record.  declared is the Content-Length to write ("" for the
 * block's true length); extra holds more header lines, each ending CRLF.
 */
static void record(const char *type, const char *uri, const char *date,
		   const char *ctype, const char *block, size_t len,
		   const char *declared, const char *extra)
{
	struct buf r = { 0 };

	record_no++;
	puts_buf(&r, "WARC/1.1\r\n");
	printf_buf(&r, "WARC-Type: %s\r\n", type);
	printf_buf(&r,
		   "WARC-Record-ID: "
		   "<urn:uuid:00000000-0000-4000-8000-%012d>\r\n",
		   record_no);
	printf_buf(&r, "WARC-Date: %s\r\n", date);
	if (uri != NULL)
		printf_buf(&r, "WARC-Target-URI: %s\r\n", uri);
	printf_buf(&r, "Content-Type: %s\r\n", ctype);
	if (extra != NULL)
		puts_buf(&r, extra);
	if (declared[0] != '\0')
		printf_buf(&r, "Content-Length: %s\r\n\r\n", declared);
	else
		printf_buf(&r, "Content-Length: %zu\r\n\r\n", len);
	put(&r, block, len);
	puts_buf(&r, "\r\n\r\n");
	if (gz) {
		struct buf c = compress_buf(r.data, r.len, 31);

		if (fwrite(c.data, 1, c.len, out) != c.len)
			die("write error");
		free(c.data);
	} else if (fwrite(r.data, 1, r.len, out) != r.len) {
		die("write error");
	}
	free(r.data);
}

/* An HTTP response: status line, header lines (each CRLF), body. */
static struct buf http(const char *status, const char *headers,
		       const char *body, size_t n)
{
	struct buf b = { 0 };

	printf_buf(&b, "HTTP/1.1 %s\r\n", status);
	puts_buf(&b, headers);
	puts_buf(&b, "\r\n");
	put(&b, body, n);
	return b;
}

/* The HTML of page i: a headline, navigation and four sentences. */
static struct buf page(int i)
{
	struct buf b = { 0 };

	printf_buf(
		&b,
		"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
		"<title>Harbour report %d - Example News</title></head>\n"
		"<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>"
		"</nav>\n<article><h1>Harbour report %d</h1>\n",
		i, i);
	printf_buf(&b,
		   "<p>The harbour board met on day %d to discuss the new "
		   "ferry between the islands.</p>\n"
		   "<p>Ferry tickets rose by %d percent after the storm that "
		   "closed the pier for a week.</p>\n"
		   "<p>Fishermen said the storm damaged %d boats near the old "
		   "pier and the fish market.</p>\n"
		   "<p>The mayor promised help for the harbour, the boats and "
		   "the families who depend on them.</p>\n"
		   "</article><footer>Copyright Example News</footer></body>"
		   "</html>\n",
		   i, i + 10, i + 3);
	return b;
}

static void page_uri(char *uri, size_t n, int i)
{
	snprintf(uri, n, "http://example.com/news/%d.html", i);
}

static void page_date(char *date, size_t n, int i)
{
	snprintf(date, n, "2024-05-%02dT08:30:00Z", (i - 1) % 28 + 1);
}

/* Page i as a plain response record, with the text of page text. */
static void page_as(int i, int text, const char *declared)
{
	char uri[128], date[64];
	struct buf p = page(text), h;
	char headers[256];

	page_uri(uri, sizeof(uri), i);
	page_date(date, sizeof(date), i);
	snprintf(headers, sizeof(headers),
		 "Content-Type: text/html; charset=utf-8\r\n"
		 "Content-Length: %zu\r\n",
		 p.len);
	h = http("200 OK", headers, p.data, p.len);
	record("response", uri, date, "application/http; msgtype=response",
	       h.data, h.len, declared, NULL);
	free(p.data);
	free(h.data);
}

/* Page i as a plain response record, with declared as its length. */
static void page_record(int i, const char *declared)
{
	page_as(i, i, declared);
}

static void warcinfo(void)
{
	static const char info[] = "software: make_warc\r\n"
				   "format: WARC File Format 1.1\r\n";

	record("warcinfo", NULL, "2024-05-01T08:00:00Z",
	       "application/warc-fields", info, sizeof(info) - 1, "", NULL);
}

/* Chunks of 97 bytes, then the last chunk unless cut. */
static struct buf chunked(const char *data, size_t n, bool cut)
{
	struct buf b = { 0 };
	size_t i, k;

	for (i = 0; i < n; i += k) {
		k = n - i < 97 ? n - i : 97;
		printf_buf(&b, "%zx;ext=1\r\n", k);
		put(&b, data + i, k);
		puts_buf(&b, "\r\n");
	}
	if (!cut)
		puts_buf(&b, "0\r\nX-Trailer: yes\r\n\r\n");
	return b;
}

/*
 * sample: warcinfo; request for page 1; page 1 (identity, utf-8); a
 * metadata record; page 2 (gzip, then chunked, charset windows-1251 in the
 * HTTP header only, its body in that charset); a PNG response; a 404 page;
 * page 3 (XHTML, deflate, URI in angle brackets as WARC 1.0 wrote it); a
 * revisit record; a DNS response (not HTTP).
 */
static void sample(void)
{
	/* "Мэр обещал помощь гавани." and more, in windows-1251. */
	static const char cyr[] =
		"<html><head><title>\xcd\xee\xe2\xee\xf1\xf2\xe8 "
		"\xe3\xe0\xe2\xe0\xed\xe8</title></head><body><article>"
		"<h1>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe3\xe0\xe2\xe0\xed\xe8</h1>"
		"<p>\xcc\xfd\xf0 \xee\xe1\xe5\xf9\xe0\xeb \xef\xee\xec\xee\xf9"
		"\xfc \xe3\xe0\xe2\xe0\xed\xe8 \xef\xee\xf1\xeb\xe5 "
		"\xf8\xf2\xee\xf0\xec\xe0.</p>"
		"<p>\xd0\xfb\xe1\xe0\xea\xe8 \xf1\xea\xe0\xe7\xe0\xeb\xe8, "
		"\xf7\xf2\xee \xf8\xf2\xee\xf0\xec \xef\xee\xe2\xf0\xe5\xe4"
		"\xe8\xeb \xeb\xee\xe4\xea\xe8.</p>"
		"<p>\xd6\xe5\xed\xfb \xed\xe0 \xe1\xe8\xeb\xe5\xf2\xfb "
		"\xe2\xfb\xf0\xee\xf1\xeb\xe8 \xed\xe0 \xe4\xe5\xf1\xff\xf2"
		"\xfc \xef\xf0\xee\xf6\xe5\xed\xf2\xee\xe2.</p>"
		"</article></body></html>";
	static const char req[] = "GET /news/1.html HTTP/1.1\r\n"
				  "Host: example.com\r\n\r\n";
	static const char meta[] = "via: http://example.com/\r\n";
	static const char png[] = "\x89PNG\r\n\x1a\n not really";
	static const char missing[] = "<html><body><p>Not found.</p>"
				      "</body></html>";
	static const char dns[] = "20240501080000\nexample.com. 300 IN A "
				  "192.0.2.1\n";
	struct buf p, z, c, h;

	warcinfo();
	record("request", "http://example.com/news/1.html",
	       "2024-05-01T08:30:00Z", "application/http; msgtype=request", req,
	       sizeof(req) - 1, "", NULL);
	page_record(1, "");
	record("metadata", "http://example.com/news/1.html",
	       "2024-05-01T08:30:00Z", "application/warc-fields", meta,
	       sizeof(meta) - 1, "", NULL);

	z = compress_buf(cyr, sizeof(cyr) - 1, 31);
	c = chunked(z.data, z.len, false);
	h = http("200 OK",
		 "Content-Type: text/html; charset=windows-1251\r\n"
		 "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n",
		 c.data, c.len);
	record("response", "http://example.ru/news/2.html",
	       "2024-05-02T08:30:00Z", "application/http; msgtype=response",
	       h.data, h.len, "", NULL);
	free(z.data);
	free(c.data);
	free(h.data);

	h = http("200 OK", "Content-Type: image/png\r\n", png, sizeof(png) - 1);
	record("response", "http://example.com/logo.png",
	       "2024-05-02T08:31:00Z", "application/http; msgtype=response",
	       h.data, h.len, "", NULL);
	free(h.data);

	h = http("404 Not Found", "Content-Type: text/html\r\n", missing,
		 sizeof(missing) - 1);
	record("response", "http://example.com/gone.html",
	       "2024-05-02T08:32:00Z", "application/http; msgtype=response",
	       h.data, h.len, "", NULL);
	free(h.data);

	p = page(3);
	z = compress_buf(p.data, p.len, 15);
	h = http("200 OK",
		 "content-type: application/xhtml+xml\r\n"
		 "content-encoding: deflate\r\n",
		 z.data, z.len);
	record("response", "<http://example.com/news/3.html>",
	       "2024-05-03T08:30:00Z", "application/http; msgtype=response",
	       h.data, h.len, "", NULL);
	free(p.data);
	free(z.data);
	free(h.data);

	record("revisit", "http://example.com/news/1.html",
	       "2024-05-04T08:30:00Z", "application/http; msgtype=response",
	       "HTTP/1.1 304 Not Modified\r\n\r\n", 30, "", NULL);
	record("response", "dns:example.com", "2024-05-04T08:31:00Z",
	       "text/dns", dns, sizeof(dns) - 1, "", NULL);
}

static void many(int n, int cycle)
{
	static const char req[] = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n";
	char uri[128], date[64];
	int i;

	warcinfo();
	for (i = 1; i <= n; i++) {
		page_uri(uri, sizeof(uri), i);
		page_date(date, sizeof(date), i);
		record("request", uri, date,
		       "application/http; msgtype=request", req,
		       sizeof(req) - 1, "", NULL);
		page_as(i, cycle > 0 ? (i - 1) % cycle + 1 : i, "");
	}
}

/* Page 2 with a Content-Length that lies by delta (or says text). */
static void lying_page(long delta, const char *text)
{
	char uri[128], date[64], len[64];
	struct buf p = page(2), h;

	page_uri(uri, sizeof(uri), 2);
	page_date(date, sizeof(date), 2);
	h = http("200 OK", "Content-Type: text/html\r\n", p.data, p.len);
	if (text != NULL)
		snprintf(len, sizeof(len), "%s", text);
	else
		snprintf(len, sizeof(len), "%ld", (long)h.len + delta);
	record("response", uri, date, "application/http; msgtype=response",
	       h.data, h.len, len, NULL);
	free(p.data);
	free(h.data);
}

static void bomb(void)
{
	char uri[128], date[64];
	struct buf z = gzip_spaces((size_t)64 << 20), h;

	page_uri(uri, sizeof(uri), 2);
	page_date(date, sizeof(date), 2);
	h = http("200 OK",
		 "Content-Type: text/html\r\n"
		 "Content-Encoding: gzip\r\n",
		 z.data, z.len);
	record("response", uri, date, "application/http; msgtype=response",
	       h.data, h.len, "", NULL);
	free(z.data);
	free(h.data);
}

/* Page i sent chunked without its last chunk; marked truncated or not. */
static void cut_page(int i, bool marked)
{
	char uri[128], date[64];
	struct buf p = page(i), c, h;

	page_uri(uri, sizeof(uri), i);
	page_date(date, sizeof(date), i);
	c = chunked(p.data, p.len, true);
	h = http("200 OK",
		 "Content-Type: text/html\r\n"
		 "Transfer-Encoding: chunked\r\n",
		 c.data, c.len);
	record("response", uri, date, "application/http; msgtype=response",
	       h.data, h.len, "", marked ? "WARC-Truncated: length\r\n" : NULL);
	free(p.data);
	free(c.data);
	free(h.data);
}

int main(int argc, char **argv)
{
	const char *kind;
	size_t n;

	if (argc < 3)
		die("usage: make_warc OUT KIND [N]");
	n = strlen(argv[1]);
	gz = n > 3 && strcmp(argv[1] + n - 3, ".gz") == 0;
	out = fopen(argv[1], "wb");
	if (out == NULL)
		die("cannot open the output");
	kind = argv[2];
	if (strcmp(kind, "sample") == 0) {
		sample();
	} else if (strcmp(kind, "many") == 0 && argc == 4) {
		many(atoi(argv[3]), 0);
	} else if (strcmp(kind, "cycle") == 0 && argc == 4) {
		many(atoi(argv[3]), 100);
	} else if (strcmp(kind, "cut") == 0) {
		page_record(1, "");
		cut_page(2, false);
		cut_page(3, true);
		page_record(4, "");
	} else {
		page_record(1, "");
		if (strcmp(kind, "cl-long") == 0)
			lying_page(100, NULL);
		else if (strcmp(kind, "cl-short") == 0)
			lying_page(-100, NULL);
		else if (strcmp(kind, "cl-negative") == 0)
			lying_page(0, "-5");
		else if (strcmp(kind, "cl-huge") == 0)
			lying_page(0, "999999999999999");
		else if (strcmp(kind, "cl-overflow") == 0)
			lying_page(0, "99999999999999999999999");
		else if (strcmp(kind, "bomb") == 0)
			bomb();
		else if (strcmp(kind, "garbage") == 0)
			fputs("this line is not a WARC record\r\n", out);
		else
			die("unknown KIND");
		if (strcmp(kind, "cl-huge") != 0)
			page_record(3, "");
	}
	if (fclose(out) != 0)
		die("write error");
	return 0;
}
