/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * select.c - choosing the summary under a budget.
 *
 * Greedy: candidates are taken best first; a candidate that would break
 * the word or character budget is passed over for a shorter one further
 * down, and one that nearly repeats a sentence already chosen is skipped.
 * The lead method takes sentences in article order and stops at the first
 * that does not fit, so that LEAD-N is always a prefix of the article.
 * The near-repeat test compares the candidate's distinct terms against
 * each of the last REDUNDANCY_WINDOW choices only, which keeps selection
 * linear in the document even when the budget is large.
 */
#include <math.h>
#include <stdlib.h>

#include "alloc.h"
#include "doc.h"

#define REDUNDANCY_WINDOW 16

/* Best score first; ties go to the earlier sentence. */
static int by_score(const void *a, const void *b)
{
	const struct precis_rank *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return (x->index > y->index) - (x->index < y->index);
}

static int by_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/* Number of distinct terms of sentence s in the current mark set. */
static size_t shared_terms(struct precis_doc *doc,
			   const struct precis_doc_sent *s, uint32_t mark)
{
	uint32_t seen = precis_doc_new_seen(doc);
	size_t k, shared = 0;

	for (k = s->tok_begin; k < s->tok_end; k++) {
		struct precis_doc_term *t = &doc->terms[doc->toks[k]];

		if (t->seen == seen)
			continue;
		t->seen = seen;
		if (t->mark == mark)
			shared++;
	}
	return shared;
}

/*
 * Whether candidate s shares at least the share threshold of its own
 * distinct terms with one of the last choices.  The candidate's count is
 * the denominator: a short chosen sentence whose few terms a long
 * candidate holds does not make the long one a repeat, while a candidate
 * that adds little to a chosen one is.
 */
static bool redundant(struct precis_doc *doc, const struct precis_doc_sent *s,
		      double threshold)
{
	uint32_t mark;
	size_t k, j, from, ns = 0;

	if (threshold >= 1.0 || doc->npicked == 0 || s->tok_begin == s->tok_end)
		return false;
	mark = precis_doc_new_mark(doc);
	for (k = s->tok_begin; k < s->tok_end; k++)
		if (doc->terms[doc->toks[k]].mark != mark) {
			doc->terms[doc->toks[k]].mark = mark;
			ns++;
		}
	from = doc->npicked > REDUNDANCY_WINDOW ?
		       doc->npicked - REDUNDANCY_WINDOW :
		       0;
	for (j = from; j < doc->npicked; j++) {
		const struct precis_doc_sent *p = &doc->sents[doc->picked[j]];
		size_t shared = shared_terms(doc, p, mark);

		if ((double)shared / (double)ns >= threshold)
			return true;
	}
	return false;
}

static size_t sentence_limit(const struct precis_doc *doc,
			     const precis_options *opt)
{
	if (opt->ratio > 0) {
		/*
		 * The product carries floating error (0.07 * 100 is a little
		 * over 7): a share within a billionth of a whole number of
		 * sentences is that number.
		 */
		double x = opt->ratio * (double)doc->nsents;
		double k = ceil(x - 1e-9 * x);

		if (k < 1)
			k = 1;
		return k >= (double)doc->nsents ? doc->nsents : (size_t)k;
	}
	return opt->sentences == 0 ? doc->nsents : opt->sentences;
}

int precis_select(struct precis_doc *doc, const precis_options *opt)
{
	size_t n = doc->nsents, i, limit, words = 0, chars = 0;
	bool lead = opt->method == PRECIS_METHOD_LEAD;

	doc->npicked = 0;
	if (n == 0)
		return 0;
	if (precis_grow((void **)&doc->order, &doc->order_cap, n,
			sizeof(*doc->order)) != 0 ||
	    precis_grow((void **)&doc->picked, &doc->picked_cap, n,
			sizeof(*doc->picked)) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		doc->order[i].score = doc->sents[i].score;
		doc->order[i].index = i;
		doc->sents[i].selected = false;
	}
	qsort(doc->order, n, sizeof(*doc->order), by_score);
	for (i = 0; i < n; i++)
		doc->sents[doc->order[i].index].rank = i + 1;

	limit = sentence_limit(doc, opt);
	for (i = 0; i < n && doc->npicked < limit; i++) {
		size_t idx = lead ? i : doc->order[i].index;
		struct precis_doc_sent *s = &doc->sents[idx];
		size_t sep = doc->npicked > 0 ? 1 : 0;

		if ((opt->words > 0 && words + s->words > opt->words) ||
		    (opt->chars > 0 && chars + sep + s->chars > opt->chars)) {
			if (lead)
				break;
			continue;
		}
		if (!lead && redundant(doc, s, opt->redundancy))
			continue;
		s->selected = true;
		words += s->words;
		chars += sep + s->chars;
		doc->picked[doc->npicked++] = idx;
	}

	if (opt->order == PRECIS_ORDER_ARTICLE) {
		qsort(doc->picked, doc->npicked, sizeof(*doc->picked),
		      by_index);
	} else if (lead) {
		/* Best first: walk the score order, keep what was picked. */
		size_t k = 0;

		for (i = 0; i < n; i++)
			if (doc->sents[doc->order[i].index].selected)
				doc->picked[k++] = doc->order[i].index;
	}
	return 0;
}
