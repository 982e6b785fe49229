/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * text.c - bytes to text.
 *
 * Real-world news arrives as UTF-8, as Windows-1252, and as UTF-8 with a few
 * stray Windows-1252 bytes pasted in.  Rather than reject or mangle the last
 * kind, the converter keeps every well-formed UTF-8 sequence and reads only
 * the bytes that do not form one as Windows-1252.  ASCII, the common case,
 * goes through a word-at-a-time fast path.
 */
#include "text.h"

#include <string.h>
#include <utf8proc.h>

#include "alloc.h"
#include "precis.h"

/* Number of leading ASCII bytes, eight at a time. */
static size_t ascii_prefix(const unsigned char *s, size_t len)
{
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (w & UINT64_C(0x8080808080808080))
			break;
	}
	while (i < len && s[i] < 0x80)
		i++;
	return i;
}

bool precis_utf8_valid(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;

	while (i < len) {
		size_t n;

		i += ascii_prefix(s + i, len - i);
		if (i >= len)
			break;
		n = precis_utf8_length(s + i, len - i);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

/* Windows-1252's 0x80..0x9F; the five undefined bytes map to C1 controls. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

size_t precis_utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

int precis_cp1252_to_utf8(const char *text, size_t len, char **out,
			  size_t *out_len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, o = 0;
	char *buf;

	/* A byte becomes at most three bytes of UTF-8. */
	if (len > (SIZE_MAX - 1) / 3)
		return -1;
	buf = precis_malloc(len * 3 + 1);
	if (buf == NULL)
		return -1;
	while (i < len) {
		size_t n = precis_utf8_length(s + i, len - i);

		if (n > 0) {
			memcpy(buf + o, s + i, n);
			o += n;
			i += n;
			continue;
		}
		if (s[i] >= 0x80 && s[i] < 0xA0)
			o += precis_utf8_encode(cp1252_high[s[i] - 0x80],
						buf + o);
		else
			o += precis_utf8_encode(s[i], buf + o);
		i++;
	}
	buf[o] = '\0';
	*out = buf;
	*out_len = o;
	return 0;
}

#define ASCII_CLASS(c)                                                         \
	((c) >= 'A' && (c) <= 'Z'                   ? PRECIS_ASCII_UPPER :     \
	 (c) >= 'a' && (c) <= 'z'                   ? PRECIS_ASCII_LOWER :     \
	 (c) >= '0' && (c) <= '9'                   ? PRECIS_ASCII_DIGIT :     \
	 (c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? PRECIS_ASCII_SPACE :     \
						      0u)
#define ASCII_CLASS4(c)                                                        \
	ASCII_CLASS(c), ASCII_CLASS((c) + 1), ASCII_CLASS((c) + 2),            \
		ASCII_CLASS((c) + 3)
#define ASCII_CLASS16(c)                                                       \
	ASCII_CLASS4(c), ASCII_CLASS4((c) + 4), ASCII_CLASS4((c) + 8),         \
		ASCII_CLASS4((c) + 12)
#define ASCII_CLASS64(c)                                                       \
	ASCII_CLASS16(c), ASCII_CLASS16((c) + 16), ASCII_CLASS16((c) + 32),    \
		ASCII_CLASS16((c) + 48)

const unsigned char precis_ascii_class[256] = {
	ASCII_CLASS64(0), ASCII_CLASS64(64) /* the rest: past ASCII, 0 */
};

bool precis_is_space(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	if (cp == 0x85 || cp == 0xA0 || cp == 0xFEFF)
		return true;
	if (cp < 0x1680)
		return false;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return true;
	default:
		return false;
	}
}

bool precis_is_letter(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return true;
	default:
		return false;
	}
}

bool precis_is_word_char(int32_t cp)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ||
		       (cp >= '0' && cp <= '9');
	if (precis_is_letter(cp))
		return true;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

size_t precis_fold_space(const char *text, size_t len, char *out, size_t *chars)
{
	size_t i = 0, o = 0, n = 0;
	bool pending = false;

	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		int32_t cp = c;
		size_t k = 1;

		if (c >= 0x80)
			k = precis_utf8_decode(text, len, i, &cp);
		if (precis_is_space(cp)) {
			pending = o > 0;
		} else {
			if (pending) {
				if (out != NULL)
					out[o] = ' ';
				o++;
				n++;
				pending = false;
			}
			if (out != NULL)
				memcpy(out + o, text + i, k);
			o += k;
			n++;
		}
		i += k;
	}
	if (chars != NULL)
		*chars = n;
	return o;
}

/* ------------------------------------------------------------------ */
/* Folding words.                                                      */

/* Maps a code point before utf8proc decomposes and case folds it. */
static utf8proc_int32_t fold_premap(utf8proc_int32_t cp, void *data)
{
	unsigned flags = *(const unsigned *)data;

	switch (cp) {
	case 0x2018:
	case 0x2019:
	case 0x02BC:
		return '\'';
	case 0x0130: /* capital I with dot above */
		return 'i';
	case 'I':
		return (flags & PRECIS_FOLD_TURKIC) ? 0x0131 : 'i';
	case 0x055B:
	case 0x055C:
	case 0x055E:
		return 0x00AD; /* ignorable: dropped */
	default:
		return cp;
	}
}

/*
 * The fold of a code point that needs neither full case folding nor
 * normalisation: the letters of the Latin, Greek, Cyrillic, Armenian,
 * Hebrew and Arabic alphabets whose full case fold is their lower case and
 * that compose with nothing; -1 for every other (marks, which may compose
 * with the letter before them, included), which takes the full path.
 */
static int32_t fold_simple(int32_t cp, unsigned flags)
{
	if (cp < 0x80) {
		if (cp == 'I' && (flags & PRECIS_FOLD_TURKIC))
			return 0x0131;
		return cp >= 'A' && cp <= 'Z' ? cp | 0x20 : cp;
	}
	switch (cp) {
	case 0x00DF:
	case 0x0149:
	case 0x017F:
	case 0x01F0: /* ß ŉ ſ ǰ */
	case 0x0387:
	case 0x0390:
	case 0x03B0:
	case 0x03D0:
	case 0x03D1:
	case 0x03D5:
	case 0x03D6:
	case 0x03F0:
	case 0x03F1:
	case 0x03F5:
		return -1;
	case 0x0130:
		return 'i';
	case 0x03C2: /* final sigma */
		return 0x03C3;
	case 0x2018:
	case 0x2019:
	case 0x02BC:
		return '\'';
	default:
		break;
	}
	if ((cp >= 0x00C0 && cp < 0x0250 && cp != 0x00D7 && cp != 0x00F7) ||
	    (cp >= 0x0386 && cp < 0x03D0) || (cp >= 0x0400 && cp < 0x0482) ||
	    (cp >= 0x048A && cp < 0x0530) || (cp >= 0x0531 && cp < 0x0557) ||
	    (cp >= 0x0561 && cp < 0x0587) || (cp >= 0x05D0 && cp < 0x05F3) ||
	    (cp >= 0x0620 && cp < 0x064B))
		return utf8proc_tolower(cp);
	return -1;
}

/* Grows one of the fold buffers, unless they are fixed; 0 or -1. */
static int fold_grow(const struct precis_fold_buf *b, void **ptr, size_t *cap,
		     size_t need, size_t elem)
{
	if (b->fixed)
		return need <= *cap ? 0 : -1;
	return precis_grow(ptr, cap, need, elem);
}

size_t precis_fold_word(struct precis_fold_buf *b, const char *s, size_t len,
			unsigned flags)
{
	const utf8proc_option_t opt = UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE |
				      UTF8PROC_STABLE | UTF8PROC_IGNORE;
	utf8proc_ssize_t n, i;
	size_t o = 0, k;

	/* Lower case may turn I into two bytes, never more. */
	if (fold_grow(b, (void **)&b->out, &b->out_cap, len * 2 + 1, 1) != 0)
		return SIZE_MAX;
	/* ASCII: lower case is the whole story (but for Turkish I). */
	for (k = 0; k < len; k++) {
		unsigned char c = (unsigned char)s[k];

		if (c >= 0x80 || (c == 'I' && (flags & PRECIS_FOLD_TURKIC)))
			break;
		b->out[k] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
	}
	if (k == len)
		return len;
	/* Most words of the common alphabets: lower case, letter by letter. */
	if (!(flags & PRECIS_FOLD_FULL)) {
		size_t i2 = k;
		int32_t cp = 0;

		o = k;
		while (i2 < len) {
			i2 += precis_utf8_decode(s, len, i2, &cp);
			cp = fold_simple(cp, flags);
			if (cp < 0)
				break;
			o += precis_utf8_encode(cp, b->out + o);
		}
		if (cp >= 0)
			return o;
		o = 0;
	}
	/* A code point folds to at most three; start with one per byte. */
	for (;;) {
		n = utf8proc_decompose_custom((const utf8proc_uint8_t *)s,
					      (utf8proc_ssize_t)len, b->ucs,
					      (utf8proc_ssize_t)b->ucs_cap, opt,
					      fold_premap, &flags);
		if (n < 0) {
			/* Not valid UTF-8: leave the word as it is. */
			memcpy(b->out, s, len);
			return len;
		}
		if ((size_t)n <= b->ucs_cap && b->ucs != NULL)
			break;
		if (fold_grow(b, (void **)&b->ucs, &b->ucs_cap,
			      (size_t)n > len ? (size_t)n : len,
			      sizeof(*b->ucs)) != 0)
			return SIZE_MAX;
	}
	n = utf8proc_normalize_utf32(b->ucs, n, opt);
	if (n < 0) {
		memcpy(b->out, s, len);
		return len;
	}
	if (fold_grow(b, (void **)&b->out, &b->out_cap, (size_t)n * 4 + 1, 1) !=
	    0)
		return SIZE_MAX;
	for (i = 0; i < n; i++)
		o += precis_utf8_encode(b->ucs[i], b->out + o);
	return o;
}

void precis_fold_buf_free(struct precis_fold_buf *b)
{
	if (b->fixed)
		return;
	precis_dealloc(b->ucs);
	precis_dealloc(b->out);
	memset(b, 0, sizeof(*b));
}
