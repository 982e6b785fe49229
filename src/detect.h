/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * detect.h - the stopword index that language detection reads.
 *
 * gen_stopword_index.c builds it at compile time from the stopword lists: every
 * case-folded stopword of every language, once, with the set of languages
 * whose list holds it (bit i: the i-th language of lang.c's table, which
 * is sorted by name as the files are).  The entries are sorted by their
 * bytes, for binary search.
 */
#ifndef PRECIS_DETECT_H
#define PRECIS_DETECT_H

#include <stddef.h>
#include <stdint.h>

struct precis_stopword_entry {
	const char *word; /* folded, not NUL-terminated for the search */
	uint32_t len;
	uint32_t langs; /* bit i: language i */
};

extern const struct precis_stopword_entry precis_stopword_index[];
extern const size_t precis_stopword_index_count;

/* The languages of the bits, in order: the names of the lists. */
extern const char *const precis_stopword_index_langs[];
extern const size_t precis_stopword_index_langs_count;

/* The languages whose list holds the folded word; 0 if none. */
uint32_t precis_stopword_langs(const char *word, size_t len);

#endif
