/* SPDX-License-Identifier: BSD-2-Clause */
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
 *
 * NULL: every free function accepts NULL.  Every accessor of a context or a
 * summary accepts a NULL object and returns what an empty one would (0,
 * NULL or false; the text NULL with length 0).  Optional out-parameters,
 * said so below, may be NULL.  A NULL where a call needs an object gives
 * PRECIS_ERR_INVALID; a text pointer may be NULL only with a length of 0.
 * The few arguments that must not be NULL are marked so.
 *
 * Compatibility: the library's SONAME (libprecis.so.0) changes only when a
 * program built against an older header could break: a function removed or
 * changed, a field moved or retyped, a published value renumbered.  Adding
 * functions, appending fields to precis_options (see its rules) and
 * appending values to an enumeration keep the SONAME.  Structs the library
 * fills through a caller's pointer (precis_detection) keep their size.
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
	PRECIS_ERR_NOMEM = 1,     /* an allocation failed */
	PRECIS_ERR_INVALID = 2,   /* an argument is out of range or NULL */
	PRECIS_ERR_BINARY = 3,    /* the input holds NUL bytes: not text */
	PRECIS_ERR_TOO_LARGE = 4, /* the input exceeds options.max_bytes */
	PRECIS_ERR_LANGUAGE = 5,  /* unknown or unsupported language */
	PRECIS_ERR_STEMMER = 6,   /* the Snowball stemmer failed */
	PRECIS_ERR_WEIGHTS = 7, /* a weight specification could not be parsed */
	PRECIS_ERR_EMPTY_REFERENCE = 8, /* a ROUGE reference has no token
					   (precis_eval.h) */
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
 * The version of a library libprecis is built on, by name: "utf8proc" (the
 * version running, from utf8proc_version()) or "snowball" (the version of
 * the Snowball stemmers libprecis was built with, since libstemmer has no
 * version call; "unknown" when the build could not tell).  Static storage;
 * NULL for another or a NULL name.
 */
PRECIS_EXPORT const char *precis_dependency_version(const char *name);

/*
 * Copies text[0..len) to out with every run of white space (ASCII white
 * space, the byte-order mark and Unicode space separators) folded to one
 * ASCII space, and leading and trailing white space removed: the form in
 * which the precis command prints a sentence, and in which the library
 * counts a sentence's characters (precis_sentence.chars, the chars budget),
 * so that a program can print or measure a sentence as precis does.  The
 * text must be valid UTF-8 (as precis_summary_text() is); text may be NULL
 * when len is 0.  out must have room for len bytes; it is not
 * NUL-terminated; out may be NULL to only measure.  Returns the number of
 * bytes written.  If chars is not NULL, stores the number of code points
 * written.
 */
PRECIS_EXPORT size_t precis_fold_space(const char *text, size_t len, char *out,
				       size_t *chars);

/* ---------------------------------------------------------------------- */
/* Languages.                                                              */

/*
 * Number of supported languages, and the i-th one's Snowball name
 * ("english"), ISO 639-1 code ("en") and the source of its stopword list.
 * The strings are static.  An out-of-range i gives NULL.  A language's
 * name and code never change; its index i may change from one version of
 * the library to the next, as languages are added.
 */
PRECIS_EXPORT size_t precis_language_count(void);
PRECIS_EXPORT const char *precis_language_name(size_t i);
PRECIS_EXPORT const char *precis_language_code(size_t i);
PRECIS_EXPORT const char *precis_language_stopword_source(size_t i);

/* ---------------------------------------------------------------------- */
/* Language detection.                                                     */

/*
 * What precis_detect() found.  The language's name and code are stable:
 * store or compare those.  Its index is only a position in the running
 * library's table, which a later version may renumber when it adds a
 * language: use it within the process, never keep it.
 */
typedef struct precis_detection {
	size_t language;  /* index for precis_language_name() and friends */
	const char *name; /* its Snowball name ("english"; static) */
	double score;     /* the winner's share of the votes of the best two
			     languages, in [0, 1]; 0 when nothing voted */
	bool reliable;    /* enough evidence, and a clear winner */
	const char *code; /* its ISO 639-1 code ("en"; static) */
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

/*
 * The context's Snowball language name, or "auto" (static storage); NULL
 * for a NULL ctx.
 */
PRECIS_EXPORT const char *precis_language(const precis_ctx *ctx);

/*
 * Replaces the context's stopwords with a list in Snowball's format: UTF-8,
 * words separated by white space, "|" starts a comment that runs to the end
 * of the line.  Words are case-folded.  The list is copied.
 * Returns PRECIS_OK, PRECIS_ERR_INVALID for a NULL ctx or list, or
 * PRECIS_ERR_NOMEM (the context keeps its old list then).
 */
PRECIS_EXPORT precis_status precis_set_stopwords(precis_ctx *ctx,
						 const char *list, size_t len);

/* ---------------------------------------------------------------------- */
/* Options.                                                                */

typedef enum precis_title_mode {
	PRECIS_TITLE_AUTO = 0, /* a short first line without an end mark */
	PRECIS_TITLE_FIRST_LINE = 1, /* the first line, whatever it is */
	PRECIS_TITLE_NONE = 2,       /* no title: every line is body text */
} precis_title_mode;

typedef enum precis_order {
	PRECIS_ORDER_ARTICLE = 0, /* selected sentences in article order */
	PRECIS_ORDER_SCORE = 1,   /* best first */
} precis_order;

/*
 * How sentences are chosen.  The news method scores every sentence with
 * options->weights (position counts: news puts its summary first; a title
 * adds evidence).  The content method scores with a built-in table that
 * ignores position and layout and ignores options->weights: for references
 * that cover the whole article (long extracts) and for feature stories.
 * The lead method takes the first sentences, a prefix of the article.
 */
typedef enum precis_method {
	PRECIS_METHOD_DEFAULT = 0, /* the news method */
	PRECIS_METHOD_LEAD = 1,    /* the first sentences, under the budget */
	PRECIS_METHOD_CONTENT = 2, /* shared terms, centrality and length */
} precis_method;

/*
 * The sentence features.  Each is normalised to [0, 1]; a sentence's score
 * is the weighted sum of its features (see precis_weights).
 */
typedef enum precis_feature {
	PRECIS_FEATURE_TF = 0,     /* mean term weight of its content words */
	PRECIS_FEATURE_POSITION,   /* early in the article */
	PRECIS_FEATURE_PARAGRAPH,  /* first sentence of its paragraph */
	PRECIS_FEATURE_TITLE,      /* share of title terms it contains */
	PRECIS_FEATURE_LENGTH,     /* close to a typical sentence length */
	PRECIS_FEATURE_CENTRALITY, /* cosine to the document's term centroid */
	PRECIS_FEATURE_QUOTE,      /* mostly a quotation */
	PRECIS_FEATURE_DEGREE,     /* terms shared with the other sentences */
	PRECIS_FEATURE_COUNT
} precis_feature;

/*
 * The feature's short name ("tf", "position", ...), or NULL if out of range.
 * Features are only ever added at the end, so a program can learn those of
 * the library it runs with by asking for names from 0 until NULL.
 */
PRECIS_EXPORT const char *precis_feature_name(precis_feature f);

/*
 * Room for this many features: the array never grows, so that adding a
 * feature moves no field of precis_options.  Slot f is the weight of
 * feature f; the slots from PRECIS_FEATURE_COUNT on are unused (zero after
 * precis_options_init()) and never read.
 */
#define PRECIS_WEIGHTS_CAPACITY 32

typedef struct precis_weights {
	double w[PRECIS_WEIGHTS_CAPACITY];
} precis_weights;

/*
 * Fills the weights of the PRECIS_FEATURE_COUNT features with their
 * defaults; the unused slots are left as they are (they are never read).
 * weights must not be NULL.
 */
PRECIS_EXPORT void precis_weights_default(precis_weights *weights);

/*
 * Parses "name=value,name=value" (names from precis_feature_name) into
 * weights, changing only the named features.  Returns PRECIS_OK,
 * PRECIS_ERR_INVALID for a NULL weights or spec, or PRECIS_ERR_WEIGHTS
 * (weights unchanged) for an unknown name or a value that is not a finite
 * number.
 */
PRECIS_EXPORT precis_status precis_weights_parse(precis_weights *weights,
						 const char *spec);

/*
 * Options of a summary, in a struct the caller allocates (on the stack, as
 * a rule) and the library reads.
 *
 * The rule: always set it up with precis_options_init(), then set fields by
 * name; never build it by hand or with an initializer list, never copy it
 * from a different build.  precis_options_init() stores
 * sizeof(precis_options) as the program was compiled in `size`, and
 * precis_summarize() reads only that many bytes: a program built against
 * an older header passes a shorter struct, whose missing fields take their
 * defaults.  A size the library does not know gives PRECIS_ERR_INVALID.
 *
 * So that old programs keep working under the same SOVERSION, fields are
 * only ever appended at the end, each new group of fields ending on an
 * 8-byte boundary; no field is removed, moved or retyped, and `weights`
 * has a fixed capacity (PRECIS_WEIGHTS_CAPACITY) so that a new feature
 * moves nothing.  Enumerations (features, methods, title modes, orders,
 * status codes) only gain values at their end.
 */
typedef struct precis_options {
	/* sizeof(precis_options), set by precis_options_init(). */
	size_t size;

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
	 * A candidate that shares at least this share (0..1) of its own
	 * distinct terms with an already selected sentence is skipped; 1
	 * disables the check.  The default is 0.6.
	 */
	double redundancy;

	/* Inputs longer than this many bytes are refused (0: no limit). */
	size_t max_bytes;

	precis_weights weights;

	/* New fields go here, at the end. */
} precis_options;

/*
 * Sets every option to its default, and `size` (see above).  NULL is
 * ignored.
 */
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
 * ctx, out or text with len > 0, an option out of range, a weight that is
 * NaN or infinite, or an options size the library does not know),
 * PRECIS_ERR_BINARY, PRECIS_ERR_TOO_LARGE, PRECIS_ERR_NOMEM or
 * PRECIS_ERR_STEMMER, and sets *out to NULL.  Empty text, or text with no
 * sentence, gives an empty summary, not an error.
 */
PRECIS_EXPORT precis_status precis_summarize(precis_ctx *ctx, const char *text,
					     size_t len,
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
					 size_t len,
					 precis_title_mode title_mode,
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

/*
 * Number of selected sentences, and the i-th in the requested order (NULL
 * for an out-of-range i).  The sentence lives as long as the summary.
 */
PRECIS_EXPORT size_t precis_summary_count(const precis_summary *summary);
PRECIS_EXPORT const precis_sentence *
precis_summary_at(const precis_summary *summary, size_t i);

/*
 * Number of sentences in the article, and the i-th in article order (NULL
 * for an out-of-range i).
 */
PRECIS_EXPORT size_t
precis_summary_sentence_count(const precis_summary *summary);
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

/*
 * The Snowball name of the language the summary was made in (static); NULL
 * for a NULL summary.
 */
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
PRECIS_EXPORT size_t
precis_summary_keyword_count(const precis_summary *summary);
PRECIS_EXPORT bool precis_summary_keyword(const precis_summary *summary,
					  size_t i, size_t *offset,
					  size_t *length, double *weight);

/* ---------------------------------------------------------------------- */
/* Web pages.                                                              */
/*
 * Extracts a web page's article: its headline and its main text, without
 * navigation, comments, share bars, related links, captions, scripts and
 * the rest of a page's furniture.  The page is parsed by libxml2's HTML
 * parser, and read as UTF-8 after conversion (iconv) from the character
 * set named by the caller (the HTTP header's), else by the page's
 * byte-order mark, else by its <meta charset> or http-equiv Content-Type,
 * else as UTF-8, Windows-1252 when it is not valid UTF-8.
 *
 * Usage:
 *
 *     precis_page *page;
 *     if (precis_page_parse(html, len, NULL, &page) == PRECIS_OK) {
 *         size_t n;
 *         const char *text = precis_page_text(page, &n);
 *         fwrite(text, 1, n, stdout);
 *         precis_page_free(page);
 *     }
 *
 * A page is independent of the caller's buffer and of any context once
 * made; parsing needs no context and may run in any number of threads.
 */

typedef struct precis_page precis_page;

/*
 * Parses html[0..len) and extracts its article.  charset is the character
 * set the page was sent with (the HTTP Content-Type's charset parameter),
 * or NULL to find it in the page.  An unknown charset name is ignored.
 *
 * Returns PRECIS_OK and stores a new page in *out, to be freed with
 * precis_page_free(); a page without any article text gives an empty text,
 * not an error.  On failure returns PRECIS_ERR_INVALID (NULL out, or NULL
 * html with len > 0), PRECIS_ERR_TOO_LARGE (more than 256 MB of HTML) or
 * PRECIS_ERR_NOMEM, and sets *out to NULL (when out is not NULL).
 */
PRECIS_EXPORT precis_status precis_page_parse(const char *html, size_t len,
					      const char *charset,
					      precis_page **out);

/*
 * The headline (og:title, else the page's h1, else its <title>, without
 * the site's name), in UTF-8 on one line; may be empty.  NUL-terminated;
 * stores its length in *len if len is not NULL.  Lives as long as the page.
 */
PRECIS_EXPORT const char *precis_page_title(const precis_page *page,
					    size_t *len);

/*
 * The article's text in UTF-8: paragraphs separated by a blank line, each
 * on one line, white space folded; may be empty.  NUL-terminated; stores
 * its length in *len if len is not NULL.  Lives as long as the page.
 */
PRECIS_EXPORT const char *precis_page_text(const precis_page *page,
					   size_t *len);

/*
 * The character set the page was read in, as named where it was found
 * ("utf-8", "windows-1251"; lower case).  Lives as long as the page.
 */
PRECIS_EXPORT const char *precis_page_charset(const precis_page *page);

/*
 * The page's address as it states it (<link rel="canonical">, else
 * og:url), or NULL.  Lives as long as the page.
 */
PRECIS_EXPORT const char *precis_page_url(const precis_page *page);

/* Frees a page.  NULL is allowed. */
PRECIS_EXPORT void precis_page_free(precis_page *page);

#ifdef __cplusplus
}
#endif

#endif /* PRECIS_H */
