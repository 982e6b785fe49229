/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * text.h - bytes to text: UTF-8 checks and decoding, Windows-1252
 * conversion, character classes.
 */
#ifndef PRECIS_TEXT_H
#define PRECIS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/utf8.h"

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
 * Decodes the code point at text[i], i < len; stores it in *cp and returns
 * its length in bytes (1 to 4).  A byte that starts no well-formed sequence
 * reads as U+FFFD, length 1 (common/utf8.h).
 */
static inline size_t precis_utf8_decode(const char *text, size_t len, size_t i,
					int32_t *cp)
{
	size_t n;

	*cp = (int32_t)precis_utf8_next((const unsigned char *)text, len, i,
					&n);
	return n;
}

/* Encodes cp as UTF-8 into out (room for 4 bytes); returns the length. */
size_t precis_utf8_encode(int32_t cp, char *out);

/*
 * White space as the library understands it: ASCII white space, U+0085,
 * the byte-order mark U+FEFF, and the Unicode separators (Zs, Zl, Zp).
 */
bool precis_is_space(int32_t cp);

/*
 * Classes of the ASCII bytes, for the loops that read most of the text: one
 * table load in place of several comparisons.  Bytes past ASCII have none.
 */
#define PRECIS_ASCII_UPPER 0x01u
#define PRECIS_ASCII_LOWER 0x02u
#define PRECIS_ASCII_DIGIT 0x04u
/* White space, as precis_is_space() has it. */
#define PRECIS_ASCII_SPACE 0x08u
/* Letters and digits: precis_is_word_char(). */
#define PRECIS_ASCII_WORD                                                      \
	(PRECIS_ASCII_UPPER | PRECIS_ASCII_LOWER | PRECIS_ASCII_DIGIT)

extern const unsigned char precis_ascii_class[256];

/* Letters, marks and digits: the characters that make up words. */
bool precis_is_word_char(int32_t cp);

/* Letters only (general category L*). */
bool precis_is_letter(int32_t cp);

/*
 * Characters that join the letters on either side of them into one word
 * without being letters themselves: the zero-width (non-)joiners of Indic
 * and Arabic scripts, the soft hyphen, and the Armenian emphasis,
 * exclamation and question marks, which are written over a word's
 * stressed vowel, inside the word.
 */
static inline bool precis_is_inner_joiner(int32_t cp)
{
	return cp == 0x200C || cp == 0x200D || cp == 0x00AD || cp == 0x055B ||
	       cp == 0x055C || cp == 0x055E;
}

/*
 * Han characters and kana: the letters of Chinese and Japanese, which
 * write no space between words.  The word scanner reads them as
 * overlapping pairs, and the splitter ends a sentence between them.
 */
static inline bool precis_is_cjk(int32_t cp)
{
	if (cp < 0x3005)
		return false;
	return cp == 0x3005 ||
	       (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB && cp != 0x30A0) ||
	       (cp >= 0x31F0 && cp <= 0x31FF) ||
	       (cp >= 0x3400 && cp <= 0x4DBF) ||
	       (cp >= 0x4E00 && cp <= 0x9FFF) ||
	       (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFF66 && cp <= 0xFF9D) ||
	       (cp >= 0x20000 && cp <= 0x2FFFF);
}

/* Fold flags: Turkish and Azerbaijani dotted and dotless i. */
#define PRECIS_FOLD_TURKIC 0x1u
/* Always take utf8proc's path (the letter-by-letter one is checked so). */
#define PRECIS_FOLD_FULL 0x2u
/*
 * No stemmer: the folded word is the term (Chinese, Japanese, Korean; see
 * terms.c).  The folding itself ignores it.
 */
#define PRECIS_FOLD_NO_STEM 0x4u

/*
 * Scratch buffers for precis_fold_word, reused from word to word.  With
 * `fixed` set the buffers are the caller's and never grow: a word that
 * does not fit fails as if out of memory.
 */
struct precis_fold_buf {
	int32_t *ucs;
	size_t ucs_cap;
	char *out;
	size_t out_cap;
	bool fixed;
};

/*
 * Folds the word s[0..len), valid UTF-8, into buf->out: Unicode full case
 * folding (final sigma as sigma, sharp s as "ss"), NFC composition,
 * typographic apostrophes as ASCII ones, and default-ignorable characters
 * (zero-width joiners, soft hyphens) and Armenian in-word marks removed.
 * Capital I with a dot folds to i; with PRECIS_FOLD_TURKIC, I folds to
 * dotless i.  Returns the length of the result, or SIZE_MAX when a buffer
 * could not grow.  Allocates through alloc.h only.
 */
size_t precis_fold_word(struct precis_fold_buf *buf, const char *s, size_t len,
			unsigned flags);

/* Frees the scratch buffers and empties buf. */
void precis_fold_buf_free(struct precis_fold_buf *buf);

#endif
