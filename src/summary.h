/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * summary.h - the result of summarizing, as the library hands it back.
 */
#ifndef PRECIS_SUMMARY_H
#define PRECIS_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>

#include "context.h"

struct keyword {
	size_t offset;
	size_t length;
	double weight;
};

struct precis_summary {
	const char *text; /* what the offsets refer to */
	size_t len;
	char *owned; /* the converted text, if any */
	const char *language;
	bool detected; /* the language was detected: see detection */
	precis_detection detection;
	bool converted;
	bool has_title;
	size_t title_offset;
	size_t title_length;
	size_t words;
	precis_sentence *sents;
	size_t nsents;
	double *feats;  /* nsents rows of PRECIS_FEATURE_COUNT; or NULL */
	size_t *picked; /* indices into sents, in the requested order */
	size_t npicked;
	struct keyword *keywords;
	size_t nkeywords;
};

/*
 * Copies the document's sentences (and features and choice, if scored)
 * into sum.  PRECIS_OK or PRECIS_ERR_NOMEM.
 */
precis_status precis_summary_fill(precis_ctx *ctx, precis_summary *sum,
				  bool scored);

/*
 * Stores the want most frequent terms of the document that are not numbers
 * in sum, by first occurrence among equals.  PRECIS_OK or
 * PRECIS_ERR_NOMEM.
 */
precis_status precis_summary_make_keywords(precis_ctx *ctx, size_t want,
					   precis_summary *sum);

#endif
