/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * summary.c - the result: sentences, choice, keywords and accessors.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "summary.h"

static int by_keyword(const void *a, const void *b)
{
	const struct precis_doc_term *x =
		*(const struct precis_doc_term *const *)a;
	const struct precis_doc_term *y =
		*(const struct precis_doc_term *const *)b;

	if (x->tf != y->tf)
		return x->tf > y->tf ? -1 : 1;
	return (x->first_offset > y->first_offset) -
	       (x->first_offset < y->first_offset);
}

precis_status precis_summary_make_keywords(precis_ctx *ctx, size_t want,
					   precis_summary *sum)
{
	struct precis_doc *doc = &ctx->doc;
	struct precis_doc_term **cand;
	size_t i, n = 0;

	if (want == 0 || doc->nterms == 0)
		return PRECIS_OK;
	cand = precis_malloc(doc->nterms * sizeof(*cand));
	if (cand == NULL)
		return PRECIS_ERR_NOMEM;
	for (i = 0; i < doc->nterms; i++)
		if (doc->terms[i].tf > 0 && !doc->terms[i].stem->numeric)
			cand[n++] = &doc->terms[i];
	qsort(cand, n, sizeof(*cand), by_keyword);
	if (n > want)
		n = want;
	sum->keywords = precis_malloc((n ? n : 1) * sizeof(*sum->keywords));
	if (sum->keywords == NULL) {
		precis_dealloc(cand);
		return PRECIS_ERR_NOMEM;
	}
	for (i = 0; i < n; i++) {
		sum->keywords[i].offset = cand[i]->first_offset;
		sum->keywords[i].length = cand[i]->first_length;
		sum->keywords[i].weight = (double)cand[i]->tf / doc->max_tf;
	}
	sum->nkeywords = n;
	precis_dealloc(cand);
	return PRECIS_OK;
}

precis_status precis_summary_fill(precis_ctx *ctx, precis_summary *sum,
				  bool scored)
{
	const struct precis_doc *doc = &ctx->doc;
	size_t i, n = doc->nsents;

	sum->nsents = n;
	sum->words = doc->words;
	sum->sents = precis_malloc((n ? n : 1) * sizeof(*sum->sents));
	if (sum->sents == NULL)
		return PRECIS_ERR_NOMEM;
	if (scored) {
		sum->feats = precis_malloc((n ? n : 1) * PRECIS_FEATURE_COUNT *
					   sizeof(*sum->feats));
		sum->picked = precis_malloc((doc->npicked ? doc->npicked : 1) *
					    sizeof(*sum->picked));
		if (sum->feats == NULL || sum->picked == NULL)
			return PRECIS_ERR_NOMEM;
		if (doc->npicked > 0)
			memcpy(sum->picked, doc->picked,
			       doc->npicked * sizeof(*sum->picked));
		sum->npicked = doc->npicked;
	}
	for (i = 0; i < n; i++) {
		const struct precis_doc_sent *s = &doc->sents[i];
		precis_sentence *o = &sum->sents[i];

		o->index = i;
		o->offset = s->offset;
		o->length = s->length;
		o->paragraph = s->paragraph;
		o->words = s->words;
		o->chars = s->chars;
		o->score = scored ? s->score : 0.0;
		o->rank = scored ? s->rank : 0;
		o->selected = scored && s->selected;
		if (scored)
			memcpy(sum->feats + i * PRECIS_FEATURE_COUNT, s->feat,
			       sizeof(s->feat));
	}
	return PRECIS_OK;
}

void precis_summary_free(precis_summary *sum)
{
	if (sum == NULL)
		return;
	precis_dealloc(sum->owned);
	precis_dealloc(sum->sents);
	precis_dealloc(sum->feats);
	precis_dealloc(sum->picked);
	precis_dealloc(sum->keywords);
	precis_dealloc(sum);
}

const char *precis_summary_text(const precis_summary *sum, size_t *len)
{
	if (len != NULL)
		*len = sum != NULL ? sum->len : 0;
	return sum != NULL ? sum->text : NULL;
}

size_t precis_summary_count(const precis_summary *sum)
{
	return sum != NULL ? sum->npicked : 0;
}

const precis_sentence *precis_summary_at(const precis_summary *sum, size_t i)
{
	if (sum == NULL || i >= sum->npicked)
		return NULL;
	return &sum->sents[sum->picked[i]];
}

size_t precis_summary_sentence_count(const precis_summary *sum)
{
	return sum != NULL ? sum->nsents : 0;
}

const precis_sentence *precis_summary_sentence(const precis_summary *sum,
					       size_t i)
{
	return sum != NULL && i < sum->nsents ? &sum->sents[i] : NULL;
}

double precis_summary_feature(const precis_summary *sum, size_t i,
			      precis_feature f)
{
	if (sum == NULL || sum->feats == NULL || i >= sum->nsents ||
	    (unsigned)f >= PRECIS_FEATURE_COUNT)
		return 0.0;
	return sum->feats[i * PRECIS_FEATURE_COUNT + (size_t)f];
}

bool precis_summary_title(const precis_summary *sum, size_t *offset,
			  size_t *length)
{
	if (sum == NULL || !sum->has_title)
		return false;
	if (offset != NULL)
		*offset = sum->title_offset;
	if (length != NULL)
		*length = sum->title_length;
	return true;
}

const char *precis_summary_language(const precis_summary *sum)
{
	return sum != NULL ? sum->language : NULL;
}

bool precis_summary_detection(const precis_summary *sum, precis_detection *out)
{
	if (sum == NULL || !sum->detected)
		return false;
	if (out != NULL)
		*out = sum->detection;
	return true;
}

bool precis_summary_converted(const precis_summary *sum)
{
	return sum != NULL && sum->converted;
}

size_t precis_summary_word_count(const precis_summary *sum)
{
	return sum != NULL ? sum->words : 0;
}

size_t precis_summary_keyword_count(const precis_summary *sum)
{
	return sum != NULL ? sum->nkeywords : 0;
}

bool precis_summary_keyword(const precis_summary *sum, size_t i, size_t *offset,
			    size_t *length, double *weight)
{
	if (sum == NULL || i >= sum->nkeywords)
		return false;
	if (offset != NULL)
		*offset = sum->keywords[i].offset;
	if (length != NULL)
		*length = sum->keywords[i].length;
	if (weight != NULL)
		*weight = sum->keywords[i].weight;
	return true;
}
