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

#include "../split_invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	if (split_violation((const char *)data, size, &v) != NULL)
		abort();
	precis_spanvec_free(&v);
	return 0;
}
