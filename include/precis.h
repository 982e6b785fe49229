/*
 * precis.h - the public interface of libprecis, a fast extractive summarizer.
 *
 * precis reads an article, splits it into sentences, stems its words, scores
 * every sentence by term frequency, position and a few cheap features, and
 * selects the best sentences under a budget.  Everything is reported as byte
 * spans (offset, length) into the article text: nothing is copied per stage.
 *
 * Usage:
 *
 *     precis_status st;
 *     precis_ctx *ctx = precis_new("english", &st);
 *     if (ctx == NULL) { fprintf(stderr, "%s\n", precis_strerror(st)); ... }
 *     precis_options opt;
 *     precis_options_init(&opt);
 *     opt.sentences = 3;
 *     precis_summary *sum;
 *     st = precis_summarize(ctx, text, len, &opt, &sum);
 *     if (st == PRECIS_OK) {
 *         const char *base = precis_summary_text(sum, NULL);
 *         for (size_t i = 0; i < precis_summary_count(sum); i++) {
 *             const precis_sentence *s = precis_summary_at(sum, i);
 *             fwrite(base + s->offset, 1, s->length, stdout);
 *         }
 *         precis_summary_free(sum);
 *     }
 *     precis_free(ctx);
 *
 * Threads: the library has no mutable global state.  A context is not
 * thread-safe (the Snowball stemmer inside it is not), so use one context per
 * thread; contexts are cheap to make and cache stems across documents.
 * Summaries are independent of their context once made and may be read from
 * any thread.
 *
 * Errors: every fallible call returns a precis_status or reports one through
 * an out-parameter; the library never prints, never exits, and reports a
 * failed allocation as PRECIS_ERR_NOMEM.
 */
#ifndef PRECIS_H
#define PRECIS_H

#include <stdbool.h>
#include <stddef.h>

#include "precis_export.h"
#include "precis_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------- */
/* Status codes.  Published values are never renumbered.                  */

typedef enum precis_status {
	PRECIS_OK = 0,
	PRECIS_ERR_NOMEM = 1,    /* an allocation failed */
	PRECIS_ERR_INVALID = 2,  /* an argument is out of range or NULL */
	PRECIS_ERR_BINARY = 3,   /* the input holds NUL bytes: not text */
	PRECIS_ERR_TOO_LARGE = 4, /* the input exceeds options.max_bytes */
	PRECIS_ERR_LANGUAGE = 5, /* unknown or unsupported language */
	PRECIS_ERR_STEMMER = 6,  /* the Snowball stemmer failed */
	PRECIS_ERR_WEIGHTS = 7,  /* a weight specification could not be parsed */
	PRECIS_ERR_EMPTY_REFERENCE = 8, /* a ROUGE reference has no token */
} precis_status;

/*
 * Returns a short, static, human-readable description of a status, in lower
 * case without a final period ("out of memory").  Never NULL; an unknown
 * value gives "unknown error".
 */
PRECIS_EXPORT const char *precis_strerror(precis_status status);

/* Returns the library version as "MAJOR.MINOR.PATCH" (static storage). */
PRECIS_EXPORT const char *precis_version(void);

/*
 * Copies text[0..len) to out with every run of white space (ASCII white
 * space, the byte-order mark and Unicode space separators) folded to one
 * ASCII space, and leading and trailing white space removed: the form in
 * which the precis command prints a sentence.  The text must be valid UTF-8
 * (as precis_summary_text() is).  out must have room for len bytes; it is
 * not NUL-terminated; out may be NULL to only measure.  Returns the number
 * of bytes written.  If chars is not NULL, stores the number of code points
 * written.
 */
PRECIS_EXPORT size_t precis_fold_space(const char *text, size_t len, char *out,
				       size_t *chars);

/* ---------------------------------------------------------------------- */
/* Languages.                                                              */

/*
 * Number of supported languages, and the i-th one's Snowball name
 * ("english"), ISO 639-1 code ("en") and the source of its stopword list.
 * The strings are static.  An out-of-range i gives NULL.
 */
PRECIS_EXPORT size_t precis_language_count(void);
PRECIS_EXPORT const char *precis_language_name(size_t i);
PRECIS_EXPORT const char *precis_language_code(size_t i);
PRECIS_EXPORT const char *precis_language_stopword_source(size_t i);

/* ---------------------------------------------------------------------- */
/* Language detection.                                                     */

/* What precis_detect() found. */
typedef struct precis_detection {
	size_t language;  /* index for precis_language_name() and friends */
	const char *name; /* its Snowball name (static) */
	double score;     /* the winner's share of the votes of the best two
			     languages, in [0, 1]; 0 when nothing voted */
	bool reliable;    /* enough evidence, and a clear winner */
} precis_detection;

/*
 * Guesses the language of text[0..len) from at most its first 8 KB (less
 * once the stopwords leave no doubt): the script of its letters, the
 * stopwords of each language among its words, and letters and letter
 * pairs typical of one language.  Deterministic, linear in the prefix
 * read, and without allocation.  Text that is not valid UTF-8 is read up
 * to its first invalid byte.
 *
 * The result is reliable when the prefix holds at least five words of one
 * script that makes up most of its letters, at least two stopwords of the
 * winner (three under ten words), and the winner clearly leads (a close
 * relative, Norwegian for Danish or Spanish for Portuguese, it need only
 * lead, since either's stemmer serves).  A shorter text, down to three
 * words, is reliable when its script belongs to one language (Greek,
 * Armenian, Chinese, Korean...) or to a few of which the winner leads, or,
 * in the Latin script, when the winner leads with a stopword or a telling
 * letter and English has at most a third of its votes (or none of its
 * letters: æ, ą).  Empty text, one or two words, text
 * mixing scripts evenly, text in a script precis does not support, and
 * text whose letters betray a language it does not support (the letters
 * proper to Czech, Polish, Ukrainian, Persian or Vietnamese, say) are not.
 * When nothing votes, the guess is English (or the first language written
 * in the script).
 *
 * Returns PRECIS_OK and fills *out, or PRECIS_ERR_INVALID for a NULL out,
 * or NULL text with len > 0.
 */
PRECIS_EXPORT precis_status precis_detect(const char *text, size_t len,
					  precis_detection *out);

/* ---------------------------------------------------------------------- */
/* Contexts.                                                               */

typedef struct precis_ctx precis_ctx;

/*
 * Creates a context for a language, given by its Snowball name ("english")
 * or its ISO 639-1 code ("en"); NULL means English.  The stemmer, the
 * embedded stopword list and the sentence rules are loaded here.
 *
 * "auto" makes a context that detects each document's language with
 * precis_detect() and summarizes it in that language, or in English when
 * the detection is not reliable (see precis_summary_detection()); the
 * stemmer and stopwords of a language are loaded the first time a document
 * needs them and kept for later documents.
 *
 * Returns the context, or NULL with *status (if status is not NULL) set to
 * PRECIS_ERR_LANGUAGE, PRECIS_ERR_NOMEM or PRECIS_ERR_STEMMER.  Free it with
 * precis_free().
 */
PRECIS_EXPORT precis_ctx *precis_new(const char *language,
				     precis_status *status);

/* Frees a context.  NULL is allowed. */
PRECIS_EXPORT void precis_free(precis_ctx *ctx);

/* The context's Snowball language name, or "auto" (static storage). */
PRECIS_EXPORT const char *precis_language(const precis_ctx *ctx);

/*
 * Replaces the context's stopwords with a list in Snowball's format: UTF-8,
 * words separated by white space, "|" starts a comment that runs to the end
 * of the line.  Words are case-folded.  The list is copied.
 * Returns PRECIS_OK, PRECIS_ERR_INVALID for a NULL list, or
 * PRECIS_ERR_NOMEM (the context keeps its old list then).
 */
PRECIS_EXPORT precis_status precis_set_stopwords(precis_ctx *ctx,
						 const char *list, size_t len);

/* ---------------------------------------------------------------------- */
/* Options.                                                                */

typedef enum precis_title_mode {
	PRECIS_TITLE_AUTO = 0,  /* a short first line without an end mark */
	PRECIS_TITLE_FIRST_LINE = 1, /* the first line, whatever it is */
	PRECIS_TITLE_NONE = 2,  /* no title: every line is body text */
} precis_title_mode;

typedef enum precis_order {
	PRECIS_ORDER_ARTICLE = 0, /* selected sentences in article order */
	PRECIS_ORDER_SCORE = 1,   /* best first */
} precis_order;

typedef enum precis_method {
	PRECIS_METHOD_DEFAULT = 0, /* the scored, budgeted selection */
	PRECIS_METHOD_LEAD = 1,    /* the first sentences, under the budget */
} precis_method;

/*
 * The sentence features.  Each is normalised to [0, 1]; a sentence's score
 * is the weighted sum of its features (see precis_weights).
 */
typedef enum precis_feature {
	PRECIS_FEATURE_TF = 0,       /* mean term weight of its content words */
	PRECIS_FEATURE_POSITION,     /* early in the article */
	PRECIS_FEATURE_PARAGRAPH,    /* first sentence of its paragraph */
	PRECIS_FEATURE_TITLE,        /* share of title terms it contains */
	PRECIS_FEATURE_LENGTH,       /* close to a typical sentence length */
	PRECIS_FEATURE_CENTRALITY,   /* cosine to the document's term centroid */
	PRECIS_FEATURE_QUOTE,        /* mostly a quotation */
	PRECIS_FEATURE_LEDE,         /* early in an article without a title */
	PRECIS_FEATURE_COUNT
} precis_feature;

/* The feature's short name ("tf", "position", ...), or NULL if out of range. */
PRECIS_EXPORT const char *precis_feature_name(precis_feature f);

typedef struct precis_weights {
	double w[PRECIS_FEATURE_COUNT];
} precis_weights;

/* Fills weights with the defaults. */
PRECIS_EXPORT void precis_weights_default(precis_weights *weights);

/*
 * Parses "name=value,name=value" (names from precis_feature_name) into
 * weights, changing only the named features.  Returns PRECIS_OK, or
 * PRECIS_ERR_WEIGHTS (weights unchanged) for an unknown name or a value that
 * is not a finite number.
 */
PRECIS_EXPORT precis_status precis_weights_parse(precis_weights *weights,
						 const char *spec);

typedef struct precis_options {
	/*
	 * Budget.  The summary holds at most `sentences` sentences (0: no
	 * limit), or the share `ratio` of the article's sentences when
	 * ratio > 0 (rounded up, at least one); and never more than `words`
	 * words or `chars` characters (0: no limit), counting whole sentences
	 * only.  The defaults are 3 sentences and no other limit.
	 */
	size_t sentences;
	double ratio;
	size_t words;
	size_t chars;

	precis_title_mode title;
	precis_order order;
	precis_method method;

	/* Number of keywords to report (0: none). */
	size_t keywords;

	/*
	 * A candidate whose term overlap with an already selected sentence
	 * is at least this (0..1) is skipped; 1 disables the check.
	 */
	double redundancy;

	/* Inputs longer than this many bytes are refused (0: no limit). */
	size_t max_bytes;

	precis_weights weights;
} precis_options;

/* Sets every option to its default. */
PRECIS_EXPORT void precis_options_init(precis_options *options);

/* ---------------------------------------------------------------------- */
/* Summaries.                                                              */

typedef struct precis_summary precis_summary;

/* One sentence of the article, as a byte span of precis_summary_text(). */
typedef struct precis_sentence {
	size_t index;     /* position among the article's sentences, from 0 */
	size_t offset;    /* byte offset of its first byte */
	size_t length;    /* byte length */
	size_t paragraph; /* index of its paragraph, from 0 */
	size_t words;     /* number of words */
	size_t chars;     /* number of characters (code points), folded */
	double score;     /* final score; 0 when not scored */
	size_t rank;      /* 1 for the best sentence; 0 when not scored */
	bool selected;    /* part of the summary */
} precis_sentence;

/*
 * Summarizes the text text[0..len) with the given options (NULL: defaults).
 *
 * The text is UTF-8; a leading byte-order mark is skipped, and CR LF and CR
 * line ends are understood.  Text that is not valid UTF-8 is read as
 * Windows-1252 and converted; the summary then refers to its own converted
 * copy (see precis_summary_text).  Text holding a NUL byte is refused as
 * binary.
 *
 * On success returns PRECIS_OK and stores a new summary in *out, to be freed
 * with precis_summary_free().  On failure returns PRECIS_ERR_INVALID (NULL
 * ctx, out or text with len > 0, or an option out of range),
 * PRECIS_ERR_BINARY, PRECIS_ERR_TOO_LARGE, PRECIS_ERR_NOMEM or
 * PRECIS_ERR_STEMMER, and sets *out to NULL.  Empty text, or text with no
 * sentence, gives an empty summary, not an error.
 */
PRECIS_EXPORT precis_status precis_summarize(precis_ctx *ctx,
					     const char *text, size_t len,
					     const precis_options *options,
					     precis_summary **out);

/*
 * Splits the text into sentences only: the result is a summary whose
 * sentences are all unscored and none selected.  The title is detected as
 * with PRECIS_TITLE_AUTO only if title_mode says so; pass
 * PRECIS_TITLE_NONE to have every line treated as body text.  Returns and
 * fails as precis_summarize().
 */
PRECIS_EXPORT precis_status precis_split(precis_ctx *ctx, const char *text,
					 size_t len, precis_title_mode title_mode,
					 precis_summary **out);

/* Frees a summary.  NULL is allowed. */
PRECIS_EXPORT void precis_summary_free(precis_summary *summary);

/*
 * The text that every offset refers to: the caller's buffer when it was
 * valid UTF-8 (so the caller must keep it alive while using the summary),
 * or the summary's own converted copy.  Stores its length in *len if len is
 * not NULL.
 */
PRECIS_EXPORT const char *precis_summary_text(const precis_summary *summary,
					      size_t *len);

/* Number of selected sentences, and the i-th in the requested order. */
PRECIS_EXPORT size_t precis_summary_count(const precis_summary *summary);
PRECIS_EXPORT const precis_sentence *
precis_summary_at(const precis_summary *summary, size_t i);

/* Number of sentences in the article, and the i-th in article order. */
PRECIS_EXPORT size_t precis_summary_sentence_count(const precis_summary *summary);
PRECIS_EXPORT const precis_sentence *
precis_summary_sentence(const precis_summary *summary, size_t i);

/*
 * Feature f of the i-th article sentence, in [0, 1]; 0 for an unscored
 * summary or out-of-range arguments.
 */
PRECIS_EXPORT double precis_summary_feature(const precis_summary *summary,
					    size_t i, precis_feature f);

/*
 * The title's span, if a title was found: returns true and stores offset
 * and length (either may be NULL); otherwise returns false.
 */
PRECIS_EXPORT bool precis_summary_title(const precis_summary *summary,
					size_t *offset, size_t *length);

/* The Snowball name of the language the summary was made in (static). */
PRECIS_EXPORT const char *
precis_summary_language(const precis_summary *summary);

/*
 * Whether the language was detected (the context was made with "auto"):
 * returns true and, if out is not NULL, stores what precis_detect() found.
 * out->name may differ from precis_summary_language() when the detection
 * was not reliable and English was used instead.  Returns false for a
 * context made for one language.
 */
PRECIS_EXPORT bool precis_summary_detection(const precis_summary *summary,
					    precis_detection *out);

/* Whether the input was converted from Windows-1252. */
PRECIS_EXPORT bool precis_summary_converted(const precis_summary *summary);

/* Number of words in the article body (the title excluded). */
PRECIS_EXPORT size_t precis_summary_word_count(const precis_summary *summary);

/*
 * Keywords, best first: the i-th keyword's span in the text (its first
 * occurrence) and its weight, its frequency relative to the most frequent
 * term's, in (0, 1].  Returns false for an out-of-range i.
 */
PRECIS_EXPORT size_t precis_summary_keyword_count(const precis_summary *summary);
PRECIS_EXPORT bool precis_summary_keyword(const precis_summary *summary,
					  size_t i, size_t *offset,
					  size_t *length, double *weight);

/* ---------------------------------------------------------------------- */
/* ROUGE evaluation.                                                       */
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
PRECIS_EXPORT precis_rouge *precis_rouge_new(precis_status *status);

/* Frees a scorer and its stem cache.  NULL is allowed. */
PRECIS_EXPORT void precis_rouge_free(precis_rouge *rouge);

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
PRECIS_EXPORT precis_status
precis_rouge_score(precis_rouge *rouge,
		   const precis_rouge_text *reference, size_t reference_count,
		   const precis_rouge_text *system, size_t system_count,
		   precis_rouge_scores *out);

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
PRECIS_EXPORT precis_status
precis_rouge_bootstrap(const double *values, size_t count, size_t resamples,
		       double confidence, precis_rouge_interval *out);

#ifdef __cplusplus
}
#endif

#endif /* PRECIS_H */
