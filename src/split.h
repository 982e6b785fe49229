/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * split.h - the sentence splitter.
 *
 * The splitter finds sentence boundaries in UTF-8 text in one left-to-right
 * pass (linear time, no recursion, no backtracking beyond a bounded window).
 * What it knows of a language (end marks, abbreviations, quote styles) comes
 * from a precis_split_rules table, so that a language is added as data.
 */
#ifndef PRECIS_SPLIT_H
#define PRECIS_SPLIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A sentence: a byte span of the text. */
struct precis_span {
	size_t offset;
	size_t length;
};

/* A growable array of spans, reused from document to document. */
struct precis_spanvec {
	struct precis_span *v;
	size_t n;
	size_t cap;
};

/* The rule tables of one language (defined in split_rules.c). */
struct precis_split_rules;

extern const struct precis_split_rules precis_split_rules_generic;
extern const struct precis_split_rules precis_split_rules_english;
extern const struct precis_split_rules precis_split_rules_german;
extern const struct precis_split_rules precis_split_rules_greek;
extern const struct precis_split_rules precis_split_rules_french;
extern const struct precis_split_rules precis_split_rules_spanish;
extern const struct precis_split_rules precis_split_rules_italian;
extern const struct precis_split_rules precis_split_rules_portuguese;
extern const struct precis_split_rules precis_split_rules_dutch;
extern const struct precis_split_rules precis_split_rules_russian;
extern const struct precis_split_rules precis_split_rules_danish;
extern const struct precis_split_rules precis_split_rules_norwegian;
extern const struct precis_split_rules precis_split_rules_swedish;
extern const struct precis_split_rules precis_split_rules_finnish;
extern const struct precis_split_rules precis_split_rules_hungarian;
extern const struct precis_split_rules precis_split_rules_turkish;
extern const struct precis_split_rules precis_split_rules_serbian;
extern const struct precis_split_rules precis_split_rules_lithuanian;
extern const struct precis_split_rules precis_split_rules_tamil;
extern const struct precis_split_rules precis_split_rules_hindi;
extern const struct precis_split_rules precis_split_rules_nepali;
extern const struct precis_split_rules precis_split_rules_armenian;

/*
 * Whether cp ends a sentence in some script: the full stop, and the marks
 * of the generic rules (! ? 。 ։ । ። ؟ … and the like).  Language tables
 * add marks of their own (the Greek ';', the Armenian ':').
 */
bool precis_split_is_end_mark(uint32_t cp);

/*
 * Returns the rule table for a language by its Snowball name ("english"),
 * or the generic table when the language has none of its own.
 */
const struct precis_split_rules *precis_split_rules_for(const char *lang);

/*
 * Splits text[0..len), valid UTF-8, into sentences and appends them to out
 * (which is emptied first).  Guarantees: every span is non-empty, starts and
 * ends on a character that is not white space, lies inside the text, and
 * the spans are in order and do not overlap; the bytes outside all spans
 * are white space only (ASCII or Unicode, the byte-order mark included).
 *
 * Returns 0, or -1 when an allocation failed (out then holds a prefix).
 */
int precis_split_text(const struct precis_split_rules *rules, const char *text,
		      size_t len, struct precis_spanvec *out);

/*
 * What the splitter derives from a rule table before it reads a text (the
 * byte sets of its marks, bullets, openers and closers, the hash of its
 * abbreviations): about 14,000 instructions, 3% of summarizing a news
 * article, so a caller that splits many texts keeps it between them.
 * Zero-initialise one; precis_split_prepared() remakes it whenever it is
 * given another table.  It owns no memory.
 */
#define PRECIS_ABBR_SLOTS 512

struct precis_split_strings {
	const char *const *list;
	uint64_t heads[4]; /* the bytes that begin a string of the list */
	uint64_t tails[4]; /* the bytes that end one */
};

struct precis_split_prep {
	const struct precis_split_rules *rules; /* made for; NULL: not yet */
	uint64_t ascii_marks[2];
	uint64_t ascii_bullets[2];
	uint64_t multi_marks; /* bit c % 64 of each mark c past ASCII */
	struct precis_split_strings openers;
	struct precis_split_strings closers;
	bool abbr_built;     /* the abbreviation hash is made on first use */
	bool abbr_usable;    /* false: too many words, scan the table */
	size_t abbr_longest; /* the longest hashed word, in bytes */
	uint16_t
		abbr_slot[PRECIS_ABBR_SLOTS]; /* index in the table + 1, or 0 */
};

/* precis_split_text() with the preparation of rules kept in *prep. */
int precis_split_prepared(struct precis_split_prep *prep,
			  const struct precis_split_rules *rules,
			  const char *text, size_t len,
			  struct precis_spanvec *out);

/* Frees the array of a span vector and empties it. */
void precis_spanvec_free(struct precis_spanvec *vec);

#endif
