/*
 * lang.c - the language table.
 *
 * A language is a row here: adding one means adding its stopword list under
 * stopwords/, its sentence rules in split_rules.c and a row below.
 */
#include "lang.h"

#include <string.h>

#include "embedded.h"
#include "precis.h"
#include "split.h"

#define SNOWBALL_LIST "Snowball project list (3-clause BSD)"

const struct precis_lang precis_langs[] = {
	{ "danish", "da", SNOWBALL_LIST },
	{ "dutch", "nl", SNOWBALL_LIST },
	{ "english", "en", SNOWBALL_LIST },
	{ "finnish", "fi", SNOWBALL_LIST },
	{ "french", "fr", SNOWBALL_LIST },
	{ "german", "de", SNOWBALL_LIST },
	{ "hungarian", "hu", SNOWBALL_LIST },
	{ "indonesian", "id", SNOWBALL_LIST },
	{ "irish", "ga", SNOWBALL_LIST },
	{ "italian", "it", SNOWBALL_LIST },
	{ "norwegian", "no", SNOWBALL_LIST },
	{ "portuguese", "pt", SNOWBALL_LIST },
	{ "russian", "ru", SNOWBALL_LIST },
	{ "spanish", "es", SNOWBALL_LIST },
	{ "swedish", "sv", SNOWBALL_LIST },
};
const size_t precis_lang_count = sizeof(precis_langs) / sizeof(precis_langs[0]);

const struct precis_lang *precis_lang_find(const char *name_or_code)
{
	size_t i;

	for (i = 0; i < precis_lang_count; i++)
		if (strcmp(precis_langs[i].name, name_or_code) == 0 ||
		    strcmp(precis_langs[i].code, name_or_code) == 0)
			return &precis_langs[i];
	return NULL;
}

const struct precis_split_rules *precis_lang_split(const struct precis_lang *lang)
{
	return precis_split_rules_for(lang->name);
}

const char *precis_lang_stopwords(const struct precis_lang *lang, size_t *len)
{
	size_t i;

	for (i = 0; i < precis_stopwords_count; i++)
		if (strcmp(precis_stopwords[i].name, lang->name) == 0) {
			*len = precis_stopwords[i].size;
			return precis_stopwords[i].data;
		}
	*len = 0;
	return NULL;
}

size_t precis_language_count(void)
{
	return precis_lang_count;
}

const char *precis_language_name(size_t i)
{
	return i < precis_lang_count ? precis_langs[i].name : NULL;
}

const char *precis_language_code(size_t i)
{
	return i < precis_lang_count ? precis_langs[i].code : NULL;
}

const char *precis_language_stopword_source(size_t i)
{
	return i < precis_lang_count ? precis_langs[i].stopword_source : NULL;
}
