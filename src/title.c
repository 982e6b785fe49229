/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * title.c - finding the title.
 *
 * In auto mode a title is a short first line (at most TITLE_MAX_WORDS
 * words and TITLE_MAX_BYTES bytes) that does not end as a statement does
 * (a question mark may end a headline) and is followed by the body on a
 * line of its own.  In first-line mode the first line is the title unless
 * it is blank: a blank first line means there is none.
 */
#include <stdint.h>
#include <string.h>

#include "split.h"
#include "text.h"
#include "title.h"

/* A title has at most this many words and bytes. */
#define TITLE_MAX_WORDS 25
#define TITLE_MAX_BYTES 300

static bool is_ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Whether the code point ends a sentence in some script (the splitter's
 * table), or leads on to more text (':' ';').
 */
static bool is_end_mark(int32_t cp)
{
	return precis_split_is_end_mark((uint32_t)cp) || cp == ':' || cp == ';';
}

/* Whether the code point asks a question, which a headline may do. */
static bool is_question_mark(int32_t cp)
{
	return cp == '?' || cp == 0xFF1F || cp == 0x061F;
}

static bool is_closing_quote(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D ||
	       cp == 0x2019 || cp == 0x00BB;
}

/* The last code point of s[0..len) before position end, and its start. */
static int32_t last_cp(const char *s, size_t *end)
{
	size_t i = *end;
	int32_t cp;

	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	precis_utf8_decode(s, *end, i, &cp);
	*end = i;
	return cp;
}

bool precis_title_find(const char *text, size_t len, size_t start,
		       precis_title_mode mode, size_t *off, size_t *tlen,
		       size_t *body)
{
	size_t b = start, e, after, words = 0, i;
	const char *nl, *cr;
	bool in_word = false;
	int32_t cp;

	if (mode == PRECIS_TITLE_NONE)
		return false;
	if (mode == PRECIS_TITLE_FIRST_LINE) {
		/* Past spaces and tabs only: a line break ends a blank line. */
		while (b < len && (text[b] == ' ' || text[b] == '\t'))
			b++;
		if (b >= len || text[b] == '\n' || text[b] == '\r')
			return false;
	}
	while (b < len && is_ascii_space((unsigned char)text[b]))
		b++;
	if (b >= len)
		return false;
	/* The end of the line; memchr() rather than a byte loop: a text of
	 * one line (tokenized corpora) is read to its end. */
	nl = memchr(text + b, '\n', len - b);
	e = nl != NULL ? (size_t)(nl - text) : len;
	cr = memchr(text + b, '\r', e - b);
	if (cr != NULL)
		e = (size_t)(cr - text);
	after = e;
	while (e > b && is_ascii_space((unsigned char)text[e - 1]))
		e--;
	if (mode == PRECIS_TITLE_AUTO) {
		size_t k = e, next = after;

		if (after >= len || e - b > TITLE_MAX_BYTES)
			return false;
		for (i = b; i < e; i++) {
			bool sp = is_ascii_space((unsigned char)text[i]);

			if (!sp && !in_word)
				words++;
			in_word = !sp;
		}
		if (words > TITLE_MAX_WORDS)
			return false;
		cp = last_cp(text, &k);
		while (k > b && is_closing_quote(cp))
			cp = last_cp(text, &k);
		if (is_end_mark(cp) && !is_question_mark(cp))
			return false;
		/* A body must follow, and not as the rest of a wrapped line. */
		while (next < len && is_ascii_space((unsigned char)text[next]))
			next++;
		if (next >= len)
			return false;
		precis_utf8_decode(text, len, next, &cp);
		if (cp >= 'a' && cp <= 'z')
			return false;
	}
	*off = b;
	*tlen = e - b;
	*body = after;
	return true;
}
