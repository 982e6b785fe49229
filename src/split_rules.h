/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * split_rules.h - the layout of a language's sentence rules.
 *
 * Everything the splitter knows about a language is data in one of these
 * tables: which characters end a sentence, which quotes and brackets may
 * follow or precede one, which words ending in a period are abbreviations
 * (and of what kind), which words typically open a sentence.  The algorithm
 * in split.c only reads them, so that a language is added by writing a
 * table in split_rules.c.
 *
 * Lists of strings are NULL-terminated arrays of UTF-8 strings; lists of
 * code points end with 0.  Word lists are matched without regard to ASCII
 * case; abbreviations are written in lower case without the final period
 * ("u.s", "e.g", "mr").
 */
#ifndef PRECIS_SPLIT_RULES_H
#define PRECIS_SPLIT_RULES_H

#include <stddef.h>
#include <stdint.h>

/* How an abbreviation behaves before the next word. */
enum precis_abbr_kind {
	/* Precedes a name, never ends a sentence: Mr. Dr. Prof. Mt. */
	PRECIS_ABBR_TITLE = 1,
	/* Precedes a number, ends a sentence otherwise: p. 5, No. 3, Jan. 5 */
	PRECIS_ABBR_NUMBER,
	/* Only inside a sentence: e.g. i.e. vs. cf. */
	PRECIS_ABBR_INNER,
	/* Follows a word; ends a sentence before a capital: etc. Inc. Co. */
	PRECIS_ABBR_SUFFIX,
	/*
	 * Ends a sentence only before a word that typically opens one (see
	 * starters): U.S. a.m. Jr. St.
	 */
	PRECIS_ABBR_AMBIGUOUS,
	/*
	 * A time of day after a number: ends a sentence before a capital
	 * that is not a time zone: "at 10 p.m. I'm going", "5 p.m. EST".
	 */
	PRECIS_ABBR_TIME,
};

struct precis_abbr {
	const char *word;
	unsigned char kind;
};

/* Flags. */
/* A number with a period before a lower-case word or a month is an
 * ordinal, not a sentence end (German "am 3. Oktober"). */
#define PRECIS_SPLIT_ORDINAL_DOT 0x1u

struct precis_split_rules {
	const char *name;
	unsigned flags;
	/*
	 * Marks that end a sentence when what follows agrees (besides the
	 * full stop '.', which is always one): ! ? and their equivalents.
	 */
	const uint32_t *end_marks;
	/* Marks that end a sentence whatever follows, even with no space. */
	const uint32_t *strong_marks;
	/* Single-character ellipses, treated like "...". */
	const uint32_t *ellipses;
	/* Bullets: start a new item wherever a word may start. */
	const uint32_t *bullets;
	/* Bullets only at the start of a line ("-", "*"). */
	const uint32_t *line_bullets;
	/* Quotes and brackets that may precede the first word of a sentence. */
	const char *const *openers;
	/* Quotes and brackets that may follow an end mark. */
	const char *const *closers;
	/* Abbreviations, in any order. */
	const struct precis_abbr *abbrevs;
	size_t n_abbrevs;
	/* Words that often open a sentence (after an ambiguous abbreviation) */
	const char *const *starters;
	/* Words that open a sentence only when capitalized (prepositions). */
	const char *const *weak_starters;
	/* Verbs of speech: "Go!" she said. */
	const char *const *speech_verbs;
	/* Pronouns that may stand between a quote and a verb of speech. */
	const char *const *speech_subjects;
	/* Names that end in '!' (Yahoo!). */
	const char *const *exclamations;
	/* Words an ordinal may precede (months), with the ordinal flag. */
	const char *const *ordinal_next;
	/* Fewest words before an ambiguous abbreviation that ends a sentence */
	unsigned min_words_ambiguous;
};

#endif
