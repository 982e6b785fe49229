/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * lang.h - what precis knows of each language: the Snowball stemmer's name,
 * the ISO 639-1 code, the embedded stopword list, the sentence rules, the
 * scripts it is written in and the letters that betray it.
 */
#ifndef PRECIS_LANG_H
#define PRECIS_LANG_H

#include <stdbool.h>
#include <stddef.h>

struct precis_split_rules;

/* Writing systems, as far as language detection tells them apart. */
enum precis_script {
	PRECIS_SCRIPT_LATIN,
	PRECIS_SCRIPT_CYRILLIC,
	PRECIS_SCRIPT_GREEK,
	PRECIS_SCRIPT_ARMENIAN,
	PRECIS_SCRIPT_HEBREW,
	PRECIS_SCRIPT_ARABIC,
	PRECIS_SCRIPT_DEVANAGARI,
	PRECIS_SCRIPT_TAMIL,
	PRECIS_SCRIPT_HAN,    /* Chinese characters, Japanese kanji */
	PRECIS_SCRIPT_KANA,   /* Japanese hiragana and katakana */
	PRECIS_SCRIPT_HANGUL, /* Korean */
	PRECIS_SCRIPT_OTHER,
	PRECIS_SCRIPT_COUNT
};

#define PRECIS_SCRIPT_BIT(s) (1u << (s))

struct precis_lang {
	const char *name;            /* Snowball algorithm name, "english" */
	const char *code;            /* ISO 639-1, "en" */
	const char *stopword_source; /* where the stopword list comes from */
	unsigned scripts;            /* PRECIS_SCRIPT_BIT()s it is written in */
	unsigned fold_flags;         /* PRECIS_FOLD_* for its words */
	/*
	 * Lower-case letters that are frequent in the language and rare in
	 * the others of its script (UTF-8, no separators); "" if none.
	 */
	const char *letters;
	/*
	 * Languages close enough that one's stemmer and stopwords serve
	 * the other tolerably share a family (0: none): detection is sure of
	 * a family before it is sure of a language in it.
	 */
	unsigned char family;
	/* One of its letters shows in nearly every sentence (ă ș ț, ä ö). */
	bool letters_always;
};

enum {
	PRECIS_FAMILY_NONE,
	PRECIS_FAMILY_NORDIC,  /* Danish, Norwegian, Swedish */
	PRECIS_FAMILY_IBERIAN, /* Catalan, Portuguese, Spanish */
	PRECIS_FAMILY_INDIC,   /* Hindi, Nepali */
};

/* The languages, sorted by name; at most 32. */
extern const struct precis_lang precis_langs[];
extern const size_t precis_lang_count;

/* Finds a language by Snowball name or ISO code; NULL if unknown. */
const struct precis_lang *precis_lang_find(const char *name_or_code);

/* The sentence rules of a language (the generic ones if it has none). */
const struct precis_split_rules *
precis_lang_split(const struct precis_lang *lang);

/* The script of a code point (PRECIS_SCRIPT_OTHER for non-letters too). */
enum precis_script precis_script_of(int cp);

/*
 * The embedded stopword list of a language, in Snowball's format, or NULL
 * (with *len = 0) if there is none.
 */
const char *precis_lang_stopwords(const struct precis_lang *lang, size_t *len);

#endif
