/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * split_invariants.h - the sentence splitter's guarantees, checked with a
 * UTF-8 reader and a white-space test of their own (not the library's), so
 * that a bug shared with the library cannot hide.  Shared by the unit tests
 * and the fuzz target.
 */
#ifndef PRECIS_TEST_SPLIT_INVARIANTS_H
#define PRECIS_TEST_SPLIT_INVARIANTS_H

#include <stddef.h>
#include <stdint.h>

#include "precis.h"
#include "split.h"

/* Room for every rule table: the generic one and one per language. */
#define SPLIT_RULES_MAX 64

/*
 * Stores every rule table in out, each once: the generic table and the
 * table of each supported language (a language without one of its own
 * shares the generic table).  Derived from the language list, so that a
 * table added with its language is tested and fuzzed at once.  Returns the
 * number stored.
 */
static size_t split_all_rules(const struct precis_split_rules **out)
{
	size_t n = 0, i, k;

	out[n++] = &precis_split_rules_generic;
	for (i = 0; i < precis_language_count(); i++) {
		const struct precis_split_rules *r =
			precis_split_rules_for(precis_language_name(i));

		for (k = 0; k < n && out[k] != r; k++)
			;
		if (k == n && n < SPLIT_RULES_MAX)
			out[n++] = r;
	}
	return n;
}

/* ---------------------------------------------------------------- */
/* An independent UTF-8 reader for the checks */

static uint32_t dec(const unsigned char *s, size_t len, size_t i, size_t *n)
{
	unsigned char c = s[i];
	size_t need, k;
	uint32_t cp, min;

	*n = 1;
	if (c < 0x80)
		return c;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1, cp = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2, cp = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3, cp = c & 0x07, min = 0x10000;
	} else {
		return 0xFFFD;
	}
	if (len - i <= need)
		return 0xFFFD;
	for (k = 1; k <= need; k++) {
		if ((s[i + k] & 0xC0) != 0x80)
			return 0xFFFD;
		cp = (cp << 6) | (s[i + k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0xFFFD;
	*n = need + 1;
	return cp;
}

static int white(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 ||
	       c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
	       c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
	       c == 0xFEFF;
}

/*
 * Checks the span invariants; returns NULL or what is wrong.  Characters
 * are read from the start of the text, so that spans must also fall on
 * character boundaries.
 */
static const char *split_violation(const char *text, size_t len,
				   const struct precis_spanvec *v)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, k = 0, n;

	while (i < len) {
		uint32_t c = dec(s, len, i, &n);

		if (k < v->n && i == v->v[k].offset) {
			size_t end = v->v[k].offset + v->v[k].length;
			uint32_t last = 0;

			if (v->v[k].length == 0)
				return "empty span";
			if (end > len)
				return "span past the end";
			if (white(c))
				return "span starts with white space";
			while (i < end) {
				last = dec(s, len, i, &n);
				i += n;
			}
			if (i != end)
				return "span ends inside a character";
			if (white(last))
				return "span ends with white space";
			k++;
			continue;
		}
		if (k < v->n && i > v->v[k].offset)
			return "spans out of order or not on a character";
		if (!white(c))
			return "text outside the spans";
		i += n;
	}
	if (k != v->n)
		return "spans out of order or past the end";
	return NULL;
}

#endif
