/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * lang.c - the language table.
 *
 * A language is a row here: adding one means adding its stopword list under
 * stopwords/, its sentence rules in split_rules.c (found by name) and a row
 * below.  The rows are sorted by name, and a language's index in this table
 * is also its bit in the stopword index that language detection uses
 * (generated from stopwords/ in the same order, see gen_stopword_index.c).
 */
#include "lang.h"

#include <string.h>

#include "embedded.h"
#include "precis.h"
#include "split.h"
#include "text.h"

#define SNOWBALL_LIST "Snowball project list (3-clause BSD)"
#define ISO_LIST "stopwords-iso 1.1.0 (MIT)"
#define OWN_LIST "closed-class words, written for precis"

#define LATIN PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_LATIN)
#define CYRILLIC PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_CYRILLIC)
#define GREEK PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_GREEK)
#define ARMENIAN PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_ARMENIAN)
#define HEBREW PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_HEBREW)
#define ARABIC PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_ARABIC)
#define DEVANAGARI PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_DEVANAGARI)
#define TAMIL PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_TAMIL)
#define HAN PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_HAN)
#define KANA PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_KANA)
#define HANGUL PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_HANGUL)
/* No Snowball stemmer: a word, or a pair of CJK characters, is its term. */
#define NO_STEM PRECIS_FOLD_NO_STEM

const struct precis_lang precis_langs[] = {
	{ "arabic", "ar", ISO_LIST, ARABIC, 0, "", 0, false },
	{ "armenian", "hy", ISO_LIST, ARMENIAN, 0, "", 0, false },
	{ "basque", "eu", ISO_LIST, LATIN, 0, "", 0, false },
	{ "catalan", "ca", ISO_LIST, LATIN, 0, "òàèç", PRECIS_FAMILY_IBERIAN,
	  false },
	{ "chinese", "zh", ISO_LIST, HAN, NO_STEM, "", 0, false },
	{ "danish", "da", SNOWBALL_LIST, LATIN, 0, "æøå", PRECIS_FAMILY_NORDIC,
	  false },
	{ "dutch", "nl", SNOWBALL_LIST, LATIN, 0, "ĳ", 0, false },
	{ "english", "en", SNOWBALL_LIST, LATIN, 0, "", 0, false },
	{ "finnish", "fi", SNOWBALL_LIST, LATIN, 0, "äö", 0, false },
	{ "french", "fr", SNOWBALL_LIST, LATIN, 0, "éèêàçùœ", 0, true },
	{ "german", "de", SNOWBALL_LIST, LATIN, 0, "äöüß", 0, false },
	{ "greek", "el", ISO_LIST, GREEK, 0, "", 0, false },
	{ "hindi", "hi", ISO_LIST, DEVANAGARI, 0, "", PRECIS_FAMILY_INDIC,
	  false },
	{ "hungarian", "hu", SNOWBALL_LIST, LATIN, 0, "őűáé", 0, true },
	{ "indonesian", "id", SNOWBALL_LIST, LATIN, 0, "", 0, false },
	{ "irish", "ga", SNOWBALL_LIST, LATIN, 0, "áíóú", 0, false },
	{ "italian", "it", SNOWBALL_LIST, LATIN, 0, "àèìòù", 0, false },
	{ "japanese", "ja", ISO_LIST, HAN | KANA, NO_STEM, "", 0, false },
	{ "korean", "ko", ISO_LIST, HANGUL, NO_STEM, "", 0, false },
	{ "lithuanian", "lt", ISO_LIST, LATIN, 0, "ąčęėįšųūž", 0, true },
	{ "nepali", "ne", OWN_LIST, DEVANAGARI, 0, "", PRECIS_FAMILY_INDIC,
	  false },
	{ "norwegian", "no", SNOWBALL_LIST, LATIN, 0, "æøå",
	  PRECIS_FAMILY_NORDIC, false },
	{ "portuguese", "pt", SNOWBALL_LIST, LATIN, 0, "ãõçáéêó",
	  PRECIS_FAMILY_IBERIAN, true },
	{ "romanian", "ro", ISO_LIST, LATIN, 0, "ăâîșțşţ", 0, true },
	{ "russian", "ru", SNOWBALL_LIST, CYRILLIC, 0, "ыэъёщяюйь", 0, false },
	{ "serbian", "sr", OWN_LIST, LATIN | CYRILLIC, 0, "đćčšžђјљњћџ", 0,
	  false },
	{ "spanish", "es", SNOWBALL_LIST, LATIN, 0, "ñáéíóú",
	  PRECIS_FAMILY_IBERIAN, false },
	{ "swedish", "sv", SNOWBALL_LIST, LATIN, 0, "åäö", PRECIS_FAMILY_NORDIC,
	  false },
	{ "tamil", "ta", OWN_LIST, TAMIL, 0, "", 0, false },
	{ "turkish", "tr", ISO_LIST, LATIN, PRECIS_FOLD_TURKIC, "ığşçöü", 0,
	  true },
	{ "yiddish", "yi", OWN_LIST, HEBREW, 0, "", 0, false },
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

enum precis_script precis_script_of(int cp)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ?
			       PRECIS_SCRIPT_LATIN :
			       PRECIS_SCRIPT_OTHER;
	if (cp < 0x0250)
		return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 ?
			       PRECIS_SCRIPT_LATIN :
			       PRECIS_SCRIPT_OTHER;
	if (cp >= 0x0370 && cp < 0x0400)
		return PRECIS_SCRIPT_GREEK;
	if (cp >= 0x0400 && cp < 0x0530)
		return PRECIS_SCRIPT_CYRILLIC;
	if (cp >= 0x0530 && cp < 0x0590)
		return PRECIS_SCRIPT_ARMENIAN;
	if (cp >= 0x0590 && cp < 0x0600)
		return PRECIS_SCRIPT_HEBREW;
	if ((cp >= 0x0600 && cp < 0x0780) || (cp >= 0x08A0 && cp < 0x0900))
		return PRECIS_SCRIPT_ARABIC;
	if (cp >= 0x0900 && cp < 0x0980)
		return PRECIS_SCRIPT_DEVANAGARI;
	if (cp >= 0x0B80 && cp < 0x0C00)
		return PRECIS_SCRIPT_TAMIL;
	if (cp >= 0x1E00 && cp < 0x1F00)
		return PRECIS_SCRIPT_LATIN;
	if (cp >= 0x1F00 && cp < 0x2000)
		return PRECIS_SCRIPT_GREEK;
	if (cp >= 0xFB1D && cp < 0xFB50)
		return PRECIS_SCRIPT_HEBREW;
	if (cp >= 0x3040 && cp < 0x3100 && cp != 0x30FB)
		return PRECIS_SCRIPT_KANA;
	if ((cp >= 0x31F0 && cp < 0x3200) || (cp >= 0xFF66 && cp < 0xFF9E))
		return PRECIS_SCRIPT_KANA;
	if ((cp >= 0x3400 && cp < 0x4DC0) || (cp >= 0x4E00 && cp < 0xA000) ||
	    (cp >= 0xF900 && cp < 0xFB00) || (cp >= 0x20000 && cp < 0x30000) ||
	    cp == 0x3005)
		return PRECIS_SCRIPT_HAN;
	if ((cp >= 0xAC00 && cp < 0xD7A4) || (cp >= 0x1100 && cp < 0x1200) ||
	    (cp >= 0x3130 && cp < 0x3190))
		return PRECIS_SCRIPT_HANGUL;
	if ((cp >= 0xFB50 && cp < 0xFE00) || (cp >= 0xFE70 && cp < 0xFF00))
		return PRECIS_SCRIPT_ARABIC;
	return PRECIS_SCRIPT_OTHER;
}

const struct precis_split_rules *
precis_lang_split(const struct precis_lang *lang)
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
