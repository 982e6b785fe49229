/*
 * lang.h - what precis knows of each language: the Snowball stemmer's name,
 * the ISO 639-1 code, the embedded stopword list and the sentence rules.
 */
#ifndef PRECIS_LANG_H
#define PRECIS_LANG_H

#include <stddef.h>

struct precis_split_rules;

struct precis_lang {
	const char *name;     /* Snowball algorithm name, "english" */
	const char *code;     /* ISO 639-1, "en" */
	const char *stopword_source; /* where the stopword list comes from */
};

/* The languages, sorted by name. */
extern const struct precis_lang precis_langs[];
extern const size_t precis_lang_count;

/* Finds a language by Snowball name or ISO code; NULL if unknown. */
const struct precis_lang *precis_lang_find(const char *name_or_code);

/* The sentence rules of a language (the generic ones if it has none). */
const struct precis_split_rules *precis_lang_split(const struct precis_lang *lang);

/*
 * The embedded stopword list of a language, in Snowball's format, or NULL
 * (with *len = 0) if there is none.
 */
const char *precis_lang_stopwords(const struct precis_lang *lang, size_t *len);

#endif
