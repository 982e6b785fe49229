/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * utf8.h - the one UTF-8 decoder of the library and the program.
 *
 * Header-only, so that the precis program, which otherwise uses nothing
 * but the public header, reads UTF-8 exactly as the library does without
 * the library exporting a general UTF-8 API: both include this file (the
 * program through its own include path, src/common/).  Well-formed means
 * RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF.
 */
#ifndef PRECIS_UTF8_H
#define PRECIS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Length (1 to 4) of the well-formed UTF-8 sequence at s[0..left), left
 * >= 1, or 0 when the bytes there are not one.
 */
static inline size_t precis_utf8_length(const unsigned char *s, size_t left)
{
	unsigned char c = s[0];

	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return left >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (left < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (left < 4 || (s[1] & 0xC0) != 0x80 ||
		    (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0; /* overlong */
		if (c == 0xF4 && s[1] >= 0x90)
			return 0; /* past U+10FFFF */
		return 4;
	}
	return 0;
}

/*
 * Decodes the code point at s[i], i < len, and stores its length in *n: a
 * byte that starts no well-formed sequence decodes as U+FFFD, length 1.
 */
static inline uint32_t precis_utf8_next(const unsigned char *s, size_t len,
					size_t i, size_t *n)
{
	const unsigned char *p = s + i;

	if (p[0] < 0x80) {
		*n = 1;
		return p[0];
	}
	switch (*n = precis_utf8_length(p, len - i)) {
	case 2:
		return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	case 3:
		return ((uint32_t)(p[0] & 0x0F) << 12) |
		       ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	case 4:
		return ((uint32_t)(p[0] & 0x07) << 18) |
		       ((uint32_t)(p[1] & 0x3F) << 12) |
		       ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
	default:
		*n = 1;
		return 0xFFFD;
	}
}

#endif
