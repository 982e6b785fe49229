/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fuzz_warc.c - the WARC reader of precis batch (framing, HTTP header,
 * chunked and gzip/deflate bodies).
 *
 * The first byte picks how the rest is read: 0 as a .warc file, 1 as a
 * .warc.gz file (gzip members), 2 and up as the block of one response
 * record written around it, so that the HTTP reader is reached without
 * the fuzzer having to find WARC framing first.  Every record becomes a
 * document, an error or nothing; nothing crashes, texts respect the limit.
 */
#include "fuzz_sources.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char head[] = "WARC/1.1\r\n"
				   "WARC-Type: response\r\n"
				   "WARC-Target-URI: http://example.com/a\r\n"
				   "WARC-Date: 2024-05-01T08:30:00Z\r\n"
				   "Content-Length: %zu\r\n\r\n";
	char line[256];
	uint8_t *rec;
	size_t n;

	if (size < 1)
		return 0;
	if (data[0] < 2) {
		fuzz_read(data + 1, size - 1, data[0] ? ".warc.gz" : ".warc");
		return 0;
	}
	n = (size_t)snprintf(line, sizeof(line), head, size - 1);
	rec = malloc(n + size - 1 + 4);
	CHECK(rec != NULL);
	memcpy(rec, line, n);
	memcpy(rec + n, data + 1, size - 1);
	memcpy(rec + n + size - 1, "\r\n\r\n", 4);
	fuzz_read(rec, n + size - 1 + 4, ".warc");
	free(rec);
	return 0;
}
