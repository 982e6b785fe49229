/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * score.c - sentence features and scores.
 *
 * Each feature is a number in [0, 1] that a cheap, linear-time pass over
 * the document's terms gives; a sentence's score is the weighted sum of its
 * features, with the weights of precis_weights (a table a benchmark run can
 * fit and a user can override).  The features:
 *
 *   tf          term-frequency density: the summed relative frequency of
 *               its distinct terms over the square root of its length, so
 *               that long sentences neither win nor lose by length alone;
 *   position    the lead bias of news: exp(-i / POSITION_SCALE) for the
 *               sentence of index i, a smooth decay that leaves the first
 *               few sentences close and later ones far behind;
 *   paragraph   first sentence of a paragraph (or of a line, in text that
 *               has no blank lines);
 *   title       share of the title's terms it holds: 0 when there is no
 *               title, so a headline only ever adds evidence;
 *   length      a prior against fragments and run-ons;
 *   centrality  cosine between its term vector and the document's;
 *   quote       share of it inside quotation marks;
 *   degree      its degree in the graph of sentences linked by the terms
 *               they share: the sum over every other sentence of the
 *               distinct terms both hold, divided by (n_i n_j)^DEGREE_DAMP
 *               for sentences of n_i and n_j distinct terms.  A sentence
 *               that shares many terms with many others covers what the
 *               article keeps returning to; the mild damping leaves long
 *               sentences their extra coverage, where the cosine of
 *               centrality favours short ones.  Since the similarity is a
 *               product, the sum is a dot product with one accumulated
 *               vector: linear in the document, not quadratic.
 *
 * Every feature is computed the same way for every article, whatever its
 * source or form.  Features that depend on the document's scale (tf,
 * centrality, degree) are divided by their maximum over the document.
 *
 * Two weight tables are built in, fitted by bench/fit-weights.sh on news
 * with human references: the news table (the default) leans on position,
 * and the content table, for references that cover the whole article
 * rather than follow its lede, has no position at all.
 */
#include <math.h>

#include "doc.h"

static const char *const feature_names[PRECIS_FEATURE_COUNT] = {
	[PRECIS_FEATURE_TF] = "tf",
	[PRECIS_FEATURE_POSITION] = "position",
	[PRECIS_FEATURE_PARAGRAPH] = "paragraph",
	[PRECIS_FEATURE_TITLE] = "title",
	[PRECIS_FEATURE_LENGTH] = "length",
	[PRECIS_FEATURE_CENTRALITY] = "centrality",
	[PRECIS_FEATURE_QUOTE] = "quote",
	[PRECIS_FEATURE_DEGREE] = "degree",
};

/*
 * The news method's weights (the default): bench/fit-weights.sh -m news.
 * paragraph is left out of the fit (see the script).
 */
static const double news_weights[PRECIS_FEATURE_COUNT] = {
	[PRECIS_FEATURE_TF] = 0.1,        [PRECIS_FEATURE_POSITION] = 1.5,
	[PRECIS_FEATURE_PARAGRAPH] = 0.0, [PRECIS_FEATURE_TITLE] = 0.2,
	[PRECIS_FEATURE_LENGTH] = 0.3,    [PRECIS_FEATURE_CENTRALITY] = 1.1,
	[PRECIS_FEATURE_QUOTE] = 0.1,
};

/* The content method's weights: bench/fit-weights.sh -m content. */
static const double content_weights[PRECIS_FEATURE_COUNT] = {
	[PRECIS_FEATURE_TF] = -0.3,
	[PRECIS_FEATURE_LENGTH] = 0.5,
	[PRECIS_FEATURE_CENTRALITY] = 0.5,
	[PRECIS_FEATURE_DEGREE] = 0.6,
};

/* The position prior falls by a factor e every this many sentences. */
#define POSITION_SCALE 3.0
/* Sentences of about this many words or more are not penalised as short. */
#define LENGTH_FULL 20.0
/* Past this many words, a sentence is penalised as a run-on. */
#define LENGTH_LONG 55.0
/* The degree feature divides a link by (n_i n_j) to this power. */
#define DEGREE_DAMP 0.1

const char *precis_feature_name(precis_feature f)
{
	if ((unsigned)f >= PRECIS_FEATURE_COUNT)
		return NULL;
	return feature_names[f];
}

void precis_weights_default(precis_weights *weights)
{
	size_t i;

	for (i = 0; i < PRECIS_FEATURE_COUNT; i++)
		weights->w[i] = news_weights[i];
}

void precis_weights_content(precis_weights *weights)
{
	size_t i;

	for (i = 0; i < PRECIS_FEATURE_COUNT; i++)
		weights->w[i] = content_weights[i];
}

double precis_position_prior(size_t index)
{
	return exp(-(double)index / POSITION_SCALE);
}

double precis_title_overlap(size_t hits, size_t title_terms)
{
	return title_terms > 0 ? (double)hits / (double)title_terms : 0.0;
}

static double length_prior(size_t words)
{
	double w = (double)words;

	if (w < LENGTH_FULL)
		return w / LENGTH_FULL;
	if (w > LENGTH_LONG)
		return LENGTH_LONG / w;
	return 1.0;
}

void precis_score(struct precis_doc *doc, const precis_weights *weights)
{
	double doc_norm = 0.0, max_tf_feat = 0.0, max_cent = 0.0;
	double max_degree = 0.0;
	bool has_blank = false, has_lines = false;
	size_t i, t;

	for (t = 0; t < doc->nterms; t++) {
		double tf = doc->terms[t].tf;

		doc_norm += tf * tf;
		doc->terms[t].degree = 0.0;
	}
	doc_norm = sqrt(doc_norm);
	for (i = 0; i < doc->nsents; i++) {
		if (doc->sents[i].paragraph > 0)
			has_blank = true;
		if (i > 0 && doc->sents[i].line_start)
			has_lines = true;
	}

	for (i = 0; i < doc->nsents; i++) {
		struct precis_doc_sent *s = &doc->sents[i];
		double dens = 0.0, dot = 0.0, snorm = 0.0, link;
		size_t k, title_hits = 0, distinct = 0;
		uint32_t mark = precis_doc_new_mark(doc);
		double n = (double)(s->tok_end - s->tok_begin);

		/* Count each distinct term of the sentence, then visit it. */
		for (k = s->tok_begin; k < s->tok_end; k++) {
			struct precis_doc_term *term =
				&doc->terms[doc->toks[k]];

			if (term->mark != mark) {
				term->mark = mark;
				term->count = 0;
				distinct++;
				dens += (double)term->tf / doc->max_tf;
				if (term->in_title)
					title_hits++;
			}
			term->count++;
		}
		/* The sentence's share of each of its terms' degree sums. */
		link = distinct > 0 ? pow((double)distinct, -DEGREE_DAMP) : 0.0;
		s->feat[PRECIS_FEATURE_DEGREE] = link;
		for (k = s->tok_begin; k < s->tok_end; k++) {
			struct precis_doc_term *term =
				&doc->terms[doc->toks[k]];
			double c = term->count;

			if (c > 0) {
				dot += c * term->tf;
				snorm += c * c;
				term->degree += link;
				term->count = 0;
			}
		}
		s->feat[PRECIS_FEATURE_TF] = n > 0 ? dens / sqrt(n) : 0.0;
		s->feat[PRECIS_FEATURE_CENTRALITY] =
			snorm > 0 && doc_norm > 0 ?
				dot / (sqrt(snorm) * doc_norm) :
				0.0;
		if (s->feat[PRECIS_FEATURE_TF] > max_tf_feat)
			max_tf_feat = s->feat[PRECIS_FEATURE_TF];
		if (s->feat[PRECIS_FEATURE_CENTRALITY] > max_cent)
			max_cent = s->feat[PRECIS_FEATURE_CENTRALITY];

		s->feat[PRECIS_FEATURE_POSITION] = precis_position_prior(i);
		if (has_blank)
			s->feat[PRECIS_FEATURE_PARAGRAPH] = s->para_start;
		else if (has_lines)
			s->feat[PRECIS_FEATURE_PARAGRAPH] = s->line_start;
		else
			s->feat[PRECIS_FEATURE_PARAGRAPH] = i == 0;
		s->feat[PRECIS_FEATURE_TITLE] =
			precis_title_overlap(title_hits, doc->title_terms);
		s->feat[PRECIS_FEATURE_LENGTH] = length_prior(s->words);
		s->feat[PRECIS_FEATURE_QUOTE] = s->quoted;
	}

	/*
	 * Degree: each distinct term's sum over the sentences holding it,
	 * less the sentence's own share, times the sentence's weight.
	 */
	for (i = 0; i < doc->nsents; i++) {
		struct precis_doc_sent *s = &doc->sents[i];
		double link = s->feat[PRECIS_FEATURE_DEGREE], sum = 0.0;
		uint32_t mark = precis_doc_new_mark(doc);
		size_t k;

		for (k = s->tok_begin; k < s->tok_end; k++) {
			struct precis_doc_term *term =
				&doc->terms[doc->toks[k]];

			if (term->mark != mark) {
				term->mark = mark;
				sum += term->degree - link;
			}
		}
		s->feat[PRECIS_FEATURE_DEGREE] = sum * link;
		if (s->feat[PRECIS_FEATURE_DEGREE] > max_degree)
			max_degree = s->feat[PRECIS_FEATURE_DEGREE];
	}

	for (i = 0; i < doc->nsents; i++) {
		struct precis_doc_sent *s = &doc->sents[i];
		double score = 0.0;
		size_t f;

		if (max_degree > 0)
			s->feat[PRECIS_FEATURE_DEGREE] /= max_degree;
		if (max_tf_feat > 0)
			s->feat[PRECIS_FEATURE_TF] /= max_tf_feat;
		if (max_cent > 0)
			s->feat[PRECIS_FEATURE_CENTRALITY] /= max_cent;
		for (f = 0; f < PRECIS_FEATURE_COUNT; f++)
			score += weights->w[f] * s->feat[f];
		s->score = score;
	}
}
