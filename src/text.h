/*
 * text.h - bytes to text: UTF-8 checks and decoding, Windows-1252
 * conversion, character classes.
 */
#ifndef PRECIS_TEXT_H
#define PRECIS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether text[0..len) is well-formed UTF-8 (no overlongs, surrogates). */
bool precis_utf8_valid(const char *text, size_t len);

/*
 * Converts text that is not valid UTF-8: every well-formed UTF-8 sequence is
 * kept and every other byte is read as Windows-1252.  Stores a new buffer
 * (free with precis_dealloc) in *out and its length in *out_len.  Returns 0
 * or -1 when an allocation failed.
 */
int precis_cp1252_to_utf8(const char *text, size_t len, char **out,
			  size_t *out_len);

/*
 * Decodes the code point at text[i], i < len, of valid UTF-8; stores it in
 * *cp and returns its length in bytes (1 to 4).
 */
static inline size_t precis_utf8_decode(const char *text, size_t len,
					size_t i, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)text + i;
	size_t left = len - i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] < 0xE0 && left >= 2) {
		*cp = ((int32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (s[0] < 0xF0 && left >= 3) {
		*cp = ((int32_t)(s[0] & 0x0F) << 12) |
		      ((int32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		return 3;
	}
	if (left >= 4) {
		*cp = ((int32_t)(s[0] & 0x07) << 18) |
		      ((int32_t)(s[1] & 0x3F) << 12) |
		      ((int32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		return 4;
	}
	*cp = 0xFFFD; /* unreachable for valid input */
	return 1;
}

/* Encodes cp as UTF-8 into out (room for 4 bytes); returns the length. */
size_t precis_utf8_encode(int32_t cp, char *out);

/*
 * White space as the library understands it: ASCII white space, U+0085,
 * the byte-order mark U+FEFF, and the Unicode separators (Zs, Zl, Zp).
 */
bool precis_is_space(int32_t cp);

/* Letters, marks and digits: the characters that make up words. */
bool precis_is_word_char(int32_t cp);

/* Letters only (general category L*). */
bool precis_is_letter(int32_t cp);

#endif
