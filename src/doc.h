/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * doc.h - one document as the scorer and the selector see it.
 *
 * The summarizer fills a struct precis_doc from the text: sentences as
 * spans with their counts and layout, and the content terms of each
 * sentence as document-local term ids.  Scoring and selection read and
 * annotate it; nothing in it points into the text except through offsets.
 * The arrays belong to the context and are reused from document to
 * document, so a document costs no allocation once the arrays are large
 * enough.
 */
#ifndef PRECIS_DOC_H
#define PRECIS_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "precis.h"

struct precis_stem;

struct precis_doc_sent {
	size_t offset;
	size_t length;
	size_t paragraph; /* blank-line separated block, from 0 */
	size_t tok_begin; /* its content terms: toks[tok_begin..tok_end) */
	size_t tok_end;
	size_t words;    /* words of running text */
	size_t chars;    /* code points, white space folded */
	bool para_start; /* first sentence of its paragraph */
	bool line_start; /* starts a line */
	double quoted;   /* share of its bytes inside quotation marks */
	double feat[PRECIS_FEATURE_COUNT];
	double score;
	size_t rank;
	bool selected;
};

struct precis_doc_term {
	struct precis_stem *stem;
	uint32_t tf;    /* occurrences in the body */
	uint32_t mark;  /* scratch: set membership, see new_mark() */
	uint32_t seen;  /* scratch: a second set, see select.c */
	uint32_t count; /* scratch: occurrences in one sentence */
	double degree;  /* scratch: sum of the weights of its sentences */
	bool in_title;
	size_t first_offset; /* first occurrence in the text */
	size_t first_length;
};

struct precis_rank {
	double score;
	size_t index;
};

struct precis_doc {
	struct precis_doc_sent *sents;
	size_t nsents;
	size_t sents_cap;
	struct precis_doc_term *terms;
	size_t nterms;
	size_t terms_cap;
	uint32_t *toks;
	size_t ntoks;
	size_t toks_cap;
	struct precis_rank *order; /* scratch for sorting by score */
	size_t order_cap;
	size_t *picked; /* selected sentence indices, in pick order */
	size_t npicked;
	size_t picked_cap;
	size_t title_terms; /* distinct content terms of the title */
	size_t words;       /* words of the body */
	uint32_t max_tf;
	uint32_t mark; /* current value for precis_doc_term.mark */
	uint32_t seen; /* current value for precis_doc_term.seen */
};

/*
 * Starts a new set over doc->terms[].mark (or .seen): after the call, a term
 * is in the set exactly when its field equals the returned value.
 */
uint32_t precis_doc_new_mark(struct precis_doc *doc);
uint32_t precis_doc_new_seen(struct precis_doc *doc);

/* Computes every sentence's features and score. */
void precis_score(struct precis_doc *doc, const precis_weights *weights);

/* Fills weights with the content method's table. */
void precis_weights_content(precis_weights *weights);

/* The position feature of the sentence of index i (from 0), in (0, 1]. */
double precis_position_prior(size_t index);

/*
 * The title feature of a sentence holding hits of the title's title_terms
 * distinct terms: hits / title_terms, and 0 without a title.
 */
double precis_title_overlap(size_t hits, size_t title_terms);

/*
 * Selects sentences under the options' budget into doc->picked, sets each
 * sentence's rank and selected flag, and orders picked as options->order
 * asks.  Returns 0, or -1 when an allocation failed.
 */
int precis_select(struct precis_doc *doc, const precis_options *options);

void precis_doc_free(struct precis_doc *doc);

#endif
