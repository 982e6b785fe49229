/*
 * fuzz_split.c - libFuzzer target for the sentence splitter.
 *
 * Splits the input with each rule table and aborts when a span breaks the
 * splitter's guarantees: non-empty, in order, inside the text, starting
 * and ending on a character that is not white space, with only white
 * space between spans.  The first input byte picks the rule table, so
 * that the fuzzer explores all of them.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "split.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 ||
	       c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
	       c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
	       c == 0x3000 || c == 0xFEFF;
}

static void check(const unsigned char *s, size_t len,
		  const struct precis_spanvec *v)
{
	size_t i = 0, k = 0, n;

	while (i < len) {
		uint32_t c = dec(s, len, i, &n);

		if (k < v->n && i == v->v[k].offset) {
			size_t end = v->v[k].offset + v->v[k].length;
			uint32_t last = 0;

			if (v->v[k].length == 0 || end > len || white(c))
				abort();
			while (i < end) {
				last = dec(s, len, i, &n);
				i += n;
			}
			if (i != end || white(last))
				abort();
			k++;
			continue;
		}
		if (k < v->n && i > v->v[k].offset)
			abort();
		if (!white(c))
			abort();
		i += n;
	}
	if (k != v->n)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct precis_split_rules *const rules[] = {
		&precis_split_rules_english, &precis_split_rules_generic,
		&precis_split_rules_german, &precis_split_rules_greek,
		&precis_split_rules_french, &precis_split_rules_spanish,
		&precis_split_rules_italian, &precis_split_rules_portuguese,
		&precis_split_rules_dutch, &precis_split_rules_russian,
	};
	struct precis_spanvec v = { 0 };
	const struct precis_split_rules *r;

	if (size == 0)
		return 0;
	r = rules[data[0] % (sizeof(rules) / sizeof(rules[0]))];
	data++;
	size--;
	if (precis_split_text(r, (const char *)data, size, &v) != 0)
		abort();
	check(data, size, &v);
	precis_spanvec_free(&v);
	return 0;
}
