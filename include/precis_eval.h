/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * precis_eval.h - libprecis-eval, the ROUGE scorer of the precis program.
 *
 * Scoring summaries is the program's business (precis eval), not an
 * embedder's: the scorer and its table of WordNet exceptions live in this
 * second library, static and not installed, which the program, its tests
 * and its benchmarks link beside libprecis.  It shares libprecis's status
 * codes (precis.h) and needs nothing else from it.
 */
#ifndef PRECIS_EVAL_H
#define PRECIS_EVAL_H

#include <stddef.h>

#include "precis.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A scorer that gives the per-document ROUGE-1, ROUGE-2 and summary-level
 * ROUGE-L recall, precision and F of the original ROUGE-1.5.5 Perl script
 * run as "ROUGE-1.5.5.pl -c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a -m": tokens
 * are the runs of ASCII letters and digits, lower-cased; tokens longer than
 * three bytes are stemmed with WordNet's exception lists, then ROUGE's own
 * Porter stemmer; stopwords are kept; every value is rounded to 5 decimals
 * as ROUGE does, and F is computed from the rounded recall and precision.
 *
 * A scorer is not thread-safe (it caches stems across documents); use one
 * per thread.
 */

typedef struct precis_rouge precis_rouge;

/* One sentence of a summary: length bytes of text, not NUL-terminated. */
typedef struct precis_rouge_text {
	const char *text;
	size_t length;
} precis_rouge_text;

/* Recall, precision and F (alpha = 0.5), each in [0, 1]. */
typedef struct precis_rouge_prf {
	double recall;
	double precision;
	double f;
} precis_rouge_prf;

/* The scores of one document. */
typedef struct precis_rouge_scores {
	precis_rouge_prf rouge1;
	precis_rouge_prf rouge2;
	precis_rouge_prf rougel;
} precis_rouge_scores;

/*
 * Creates a scorer.  Returns it, or NULL with *status (if status is not
 * NULL) set to PRECIS_ERR_NOMEM.  Free it with precis_rouge_free().
 */
precis_rouge *precis_rouge_new(precis_status *status);

/* Frees a scorer and its stem cache.  NULL is allowed. */
void precis_rouge_free(precis_rouge *rouge);

/*
 * Scores one system summary against one reference summary, each given as
 * an array of sentences (the texts are read, not kept).  A sentence holding
 * line breaks counts as one sentence per line, as in ROUGE's
 * one-sentence-per-line files.  An empty system summary, or one without any
 * token, scores 0 everywhere.
 *
 * Returns PRECIS_OK and fills *out; PRECIS_ERR_INVALID for a NULL rouge or
 * out, or a NULL array or sentence text with a nonzero count or length;
 * PRECIS_ERR_EMPTY_REFERENCE when the reference has no token (ROUGE-1.5.5
 * has no score for it: it aborts); PRECIS_ERR_NOMEM.  On failure *out is
 * set to zeros (when out is not NULL).
 */
precis_status precis_rouge_score(precis_rouge *rouge,
				 const precis_rouge_text *reference,
				 size_t reference_count,
				 const precis_rouge_text *system,
				 size_t system_count, precis_rouge_scores *out);

/* An average over documents with its bootstrap confidence interval. */
typedef struct precis_rouge_interval {
	double average; /* ROUGE's Average: the mean of the resample means */
	double low;     /* lower bound of the confidence interval */
	double high;    /* upper bound */
	double mean;    /* the plain mean of the values, unrounded */
} precis_rouge_interval;

/*
 * ROUGE-1.5.5's bootstrap over per-document values (for example the
 * rouge1.f of every document): `resamples` samples of `count` values drawn
 * with replacement, resample s drawing from Perl's drand48 generator seeded
 * with s, as ROUGE does; the average is the mean of the sample means and
 * the interval is read from the sorted means at `confidence` percent
 * (0..100; ROUGE's -c 95 -r 1000 is confidence 95, resamples 1000).
 * average, low and high are rounded to 5 decimals as ROUGE prints them.
 * The results are deterministic; they equal ROUGE's when the values come
 * in the order in which ROUGE sorts its evaluation ids.  count = 0 gives
 * zeros.
 *
 * Returns PRECIS_OK and fills *out; PRECIS_ERR_INVALID for a NULL out, NULL
 * values with count > 0, resamples = 0 or a confidence outside 0..100;
 * PRECIS_ERR_NOMEM.  Nothing is kept.
 */
precis_status precis_rouge_bootstrap(const double *values, size_t count,
				     size_t resamples, double confidence,
				     precis_rouge_interval *out);

#ifdef __cplusplus
}
#endif

#endif /* PRECIS_EVAL_H */
