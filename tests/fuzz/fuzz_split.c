/* SPDX-License-Identifier: BSD-2-Clause */
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
	static const struct precis_split_rules *rules[SPLIT_RULES_MAX];
	static size_t nrules;
	struct precis_spanvec v = { 0 };
	const struct precis_split_rules *r;

	if (size == 0)
		return 0;
	if (nrules == 0)
		nrules = split_all_rules(rules);
	r = rules[data[0] % nrules];
	data++;
	size--;
	if (precis_split_text(r, (const char *)data, size, &v) != 0)
		abort();
	if (split_violation((const char *)data, size, &v) != NULL)
		abort();
	precis_spanvec_free(&v);
	return 0;
}
