/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * split_rules.c - per-language sentence rules: end marks, quotes,
 * abbreviations and sentence starters.
 *
 * The generic table holds what is true of most scripts: the end marks of
 * Latin, Greek, Cyrillic, Arabic, Indic, Armenian, Ethiopic and CJK text,
 * and the common quotes and brackets.  A language table adds its words:
 * abbreviations by kind, the words that typically open a sentence, verbs
 * of speech.  Adding a language means adding a table here, nothing else.
 */
#include "split.h"
#include "split_rules.h"

#include <string.h>

/* The tables are packed by hand, a language at a time. */
/* clang-format off */

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/*
 * The end marks of every script, in one table that the splitter and the
 * title finder share (precis_split_is_end_mark()).  Those that end a
 * sentence when what follows agrees: ! ? ‼ ⁇ ⁈ ⁉, Arabic ؟ and the Urdu
 * full stop ۔, Devanagari । ॥, Armenian ։, Ethiopic ። ፧, the Greek
 * question mark U+037E, the small ﹖ ﹗, Tibetan ། ༎ and Sinhala ෴.
 * Thai and Lao write no mark at a sentence's end, only a space, which
 * also parts phrases: the splitter does not split Thai at spaces, so a
 * Thai paragraph without line breaks is one sentence.
 */
static const uint32_t common_end_marks[] = {
	'!', '?', 0x203C, 0x2047, 0x2048, 0x2049, 0x061F, 0x06D4, 0x0964,
	0x0965, 0x0589, 0x1362, 0x1367, 0x037E, 0xFE56, 0xFE57, 0x0F0D,
	0x0F0E, 0x0DF4, 0
};

/* Greek: the semicolon is the question mark. */
static const uint32_t greek_end_marks[] = {
	'!', '?', ';', 0x037E, 0x203C, 0x2047, 0x2048, 0x2049, 0
};

/*
 * Armenian ends a sentence with ։, which much typed text writes as the
 * ASCII colon; the colon of other languages is the Armenian ․ or ".".
 */
static const uint32_t armenian_end_marks[] = {
	'!', '?', ':', 0x0589, 0x203C, 0x2049, 0
};

/* Hindi and Nepali: the danda, often typed as a vertical bar. */
static const uint32_t devanagari_end_marks[] = {
	'!', '?', '|', 0x0964, 0x0965, 0x203C, 0x2049, 0
};

/*
 * Marks that end a sentence whatever follows, even with no space: the CJK
 * full stops and their full- and half-width forms 。．｡ ！ ？, the Myanmar
 * and Khmer sentence ends ။ ។ ៕.
 */
static const uint32_t common_strong_marks[] = {
	0x3002, 0xFF01, 0xFF1F, 0xFF61, 0xFF0E, 0x104B, 0x17D4, 0x17D5, 0
};

/* … and ‥ */
static const uint32_t common_ellipses[] = { 0x2026, 0x2025, 0 };

/* • ◦ ‣ ⁃ ▪ ▫ ● ○ ■ □ ► ▶ ➢ ✓ ✔ */
static const uint32_t common_bullets[] = {
	0x2022, 0x25E6, 0x2023, 0x2043, 0x25AA, 0x25AB, 0x25CF, 0x25CB,
	0x25A0, 0x25A1, 0x25BA, 0x25B6, 0x27A2, 0x2713, 0x2714, 0
};

static const uint32_t common_line_bullets[] = {
	'-', '*', '+', 0x00B7, 0x2013, 0x2014, 0
};

static const char *const common_openers[] = {
	"``", "\"", "'", "`", "(", "[", "{", "\xe2\x80\x9c" /* “ */,
	"\xe2\x80\x98" /* ‘ */, "\xe2\x80\x9e" /* „ */, "\xe2\x80\x9a" /* ‚ */,
	"\xc2\xab" /* « */, "\xc2\xbb" /* » */, "\xe2\x80\xb9" /* ‹ */,
	"\xe3\x80\x8c" /* 「 */, "\xe3\x80\x8e" /* 『 */, "\xc2\xbf" /* ¿ */,
	"\xc2\xa1" /* ¡ */, "\xef\xbc\x88" /* （ */,
	"\xe3\x80\x90" /* 【 */, "\xe3\x80\x94" /* 〔 */,
	"\xe3\x80\x8a" /* 《 */, "\xe3\x80\x88" /* 〈 */,
	"\xef\xbd\xa2" /* ｢ */, "\xef\xbc\x82" /* ＂ */, NULL
};

static const char *const common_closers[] = {
	"''", "\"", "'", ")", "]", "}", "\xe2\x80\x9d" /* ” */,
	"\xe2\x80\x99" /* ’ */, "\xc2\xbb" /* » */, "\xc2\xab" /* « */,
	"\xe2\x80\xba" /* › */, "\xe2\x80\x9c" /* “ */,
	"\xe3\x80\x8d" /* 」 */, "\xe3\x80\x8f" /* 』 */,
	"\xef\xbc\x89" /* ） */, "\xe3\x80\x91" /* 】 */,
	"\xe3\x80\x95" /* 〕 */, "\xe3\x80\x8b" /* 》 */,
	"\xe3\x80\x89" /* 〉 */, "\xef\xbd\xa3" /* ｣ */,
	"\xef\xbc\x82" /* ＂ */, "\xef\xbc\x87" /* ＇ */, NULL
};

/*
 * Guillemets as French, Italian, Spanish, Portuguese, Norwegian and Russian
 * write them, « opening and » closing, often with a space inside: a «
 * after an end mark opens the next sentence, it does not close this one.
 */
static const char *const guillemet_openers[] = {
	"``", "\"", "'", "`", "(", "[", "{", "\xe2\x80\x9c" /* “ */,
	"\xe2\x80\x98" /* ‘ */, "\xe2\x80\x9e" /* „ */, "\xe2\x80\x9a" /* ‚ */,
	"\xc2\xab" /* « */, "\xe2\x80\xb9" /* ‹ */, "\xc2\xbf" /* ¿ */,
	"\xc2\xa1" /* ¡ */, NULL
};

static const char *const guillemet_closers[] = {
	"''", "\"", "'", ")", "]", "}", "\xe2\x80\x9d" /* ” */,
	"\xe2\x80\x99" /* ’ */, "\xc2\xbb" /* » */, "\xe2\x80\xba" /* › */,
	"\xe2\x80\x9c" /* “ */, NULL
};

/* Danish and German books: » opens and « closes. */
static const char *const reversed_openers[] = {
	"``", "\"", "'", "`", "(", "[", "{", "\xe2\x80\x9c" /* “ */,
	"\xe2\x80\x98" /* ‘ */, "\xe2\x80\x9e" /* „ */, "\xe2\x80\x9a" /* ‚ */,
	"\xc2\xbb" /* » */, "\xe2\x80\xba" /* › */, NULL
};

/* German „…“ and ‚…‘ close with “ and ‘; » « as in Danish. */
static const char *const german_closers[] = {
	"''", "\"", "'", ")", "]", "}", "\xe2\x80\x9d" /* ” */,
	"\xe2\x80\x99" /* ’ */, "\xe2\x80\x9c" /* “ */, "\xe2\x80\x98" /* ‘ */,
	"\xc2\xab" /* « */, "\xe2\x80\xb9" /* ‹ */, NULL
};

/*
 * Abbreviations common to many languages that write titles with a period:
 * the generic table knows these and no more.
 */
static const struct precis_abbr generic_abbrevs[] = {
	{ "dr", PRECIS_ABBR_TITLE }, { "prof", PRECIS_ABBR_TITLE },
	{ "mr", PRECIS_ABBR_TITLE }, { "mrs", PRECIS_ABBR_TITLE },
	{ "mme", PRECIS_ABBR_TITLE }, { "mlle", PRECIS_ABBR_TITLE },
	{ "sr", PRECIS_ABBR_TITLE }, { "sra", PRECIS_ABBR_TITLE },
	{ "srta", PRECIS_ABBR_TITLE }, { "dra", PRECIS_ABBR_TITLE },
	{ "sig", PRECIS_ABBR_TITLE }, { "sig.ra", PRECIS_ABBR_TITLE },
	{ "dott", PRECIS_ABBR_TITLE }, { "ing", PRECIS_ABBR_TITLE },
	{ "hr", PRECIS_ABBR_TITLE }, { "fr", PRECIS_ABBR_TITLE },
	{ "dhr", PRECIS_ABBR_TITLE }, { "mevr", PRECIS_ABBR_TITLE },
	{ "st", PRECIS_ABBR_TITLE }, { "gen", PRECIS_ABBR_TITLE },
	{ "no", PRECIS_ABBR_NUMBER }, { "nr", PRECIS_ABBR_NUMBER },
	{ "n\xc2\xb0", PRECIS_ABBR_NUMBER }, { "tel", PRECIS_ABBR_NUMBER },
	{ "ca", PRECIS_ABBR_NUMBER }, { "art", PRECIS_ABBR_NUMBER },
	{ "p", PRECIS_ABBR_NUMBER }, { "pp", PRECIS_ABBR_NUMBER },
	{ "vol", PRECIS_ABBR_NUMBER }, { "ul", PRECIS_ABBR_NUMBER },
	{ "e.g", PRECIS_ABBR_INNER }, { "i.e", PRECIS_ABBR_INNER },
	{ "vs", PRECIS_ABBR_INNER }, { "bzw", PRECIS_ABBR_INNER },
	{ "z.b", PRECIS_ABBR_INNER }, { "mio", PRECIS_ABBR_INNER },
	{ "mrd", PRECIS_ABBR_INNER }, { "etc", PRECIS_ABBR_SUFFIX },
	{ "usw", PRECIS_ABBR_SUFFIX },
};

/*
 * What every table below shares: the marks that end a sentence whatever
 * follows, the one-character ellipses, the bullets, and the fewest words
 * before an ambiguous abbreviation that ends a sentence.
 */
#define SHARED_RULES \
	.strong_marks = common_strong_marks, \
	.ellipses = common_ellipses, \
	.bullets = common_bullets, \
	.line_bullets = common_line_bullets, \
	.min_words_ambiguous = 3

const struct precis_split_rules precis_split_rules_generic = {
	.name = "generic",
	.abbrevs = generic_abbrevs,
	.n_abbrevs = N_OF(generic_abbrevs),
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
};

bool precis_split_is_end_mark(uint32_t cp)
{
	const uint32_t *const lists[] = { common_end_marks,
					  common_strong_marks,
					  common_ellipses };
	size_t k;

	if (cp == '.')
		return true;
	for (k = 0; k < N_OF(lists); k++) {
		const uint32_t *m;

		for (m = lists[k]; *m; m++)
			if (*m == cp)
				return true;
	}
	return false;
}

/*
 * The kinds of abbreviation, one letter each so that the tables below
 * read as lists.
 */
#define T PRECIS_ABBR_TITLE
#define N PRECIS_ABBR_NUMBER
#define I PRECIS_ABBR_INNER
#define S PRECIS_ABBR_SUFFIX
#define A PRECIS_ABBR_AMBIGUOUS
#define M PRECIS_ABBR_TIME

/* ---------------------------------------------------------------- */
/* English */


static const struct precis_abbr english_abbrevs[] = {
	/* titles and ranks */
	{ "mr", T }, { "mrs", T }, { "ms", T }, { "messrs", T }, { "mssrs", T },
	{ "dr", T }, { "drs", T }, { "prof", T }, { "profs", T }, { "rev", T },
	{ "gen", T }, { "sen", T }, { "sens", T }, { "rep", T }, { "reps", T },
	{ "gov", T }, { "pres", T }, { "hon", T }, { "capt", T }, { "cpt", T },
	{ "col", T }, { "lt", T }, { "maj", T }, { "sgt", T }, { "cpl", T },
	{ "pvt", T }, { "adm", T }, { "cmdr", T }, { "cdr", T }, { "brig", T },
	{ "supt", T }, { "insp", T }, { "det", T }, { "fr", T }, { "msgr", T },
	{ "mt", T }, { "mme", T }, { "mlle", T }, { "atty", T }, { "gov't", T },
	{ "lieut", T }, { "gens", T }, { "sr", A }, { "jr", A }, { "st", A },
	{ "ft", A }, { "esq", A },
	/* before numbers */
	{ "no", N }, { "nos", N }, { "nr", N }, { "n\xc2\xb0", N }, { "p", N },
	{ "pp", N }, { "vol", N }, { "vols", N }, { "fig", N }, { "figs", N },
	{ "art", N }, { "arts", N }, { "ch", N }, { "chap", N }, { "sec", N },
	{ "sect", N }, { "para", N }, { "ed", N }, { "eds", N }, { "op", N },
	{ "tel", N }, { "ext", N }, { "ref", N }, { "approx", N }, { "ca", N },
	{ "c", N }, { "pt", N }, { "pts", N }, { "ex", N }, { "est", N },
	{ "jan", N }, { "feb", N }, { "mar", N }, { "apr", N }, { "jun", N },
	{ "jul", N }, { "aug", N }, { "sep", N }, { "sept", N }, { "oct", N },
	{ "nov", N }, { "dec", N }, { "mon", N }, { "tue", N }, { "tues", N },
	{ "wed", N }, { "thu", N }, { "thur", N }, { "thurs", N }, { "fri", N },
	{ "sat", N }, { "sun", N }, { "rt", N }, { "hwy", N }, { "rte", N },
	/* inside a sentence */
	{ "e.g", I }, { "i.e", I }, { "vs", I }, { "v", I }, { "cf", I },
	{ "viz", I }, { "eg", I }, { "ibid", I }, { "resp", I }, { "incl", I },
	/* after a word */
	{ "etc", S }, { "al", S }, { "lbs", S }, { "oz", S }, { "hrs", S },
	{ "mins", S }, { "yrs", S }, { "sq", S }, { "mph", S },
	/* companies */
	/* places, initialisms */
	{ "inc", S }, { "ltd", S }, { "co", S }, { "corp", S }, { "bros", S },
	{ "llc", S }, { "plc", S }, { "cos", S }, { "mfg", A }, { "intl", A },
	{ "dept", A }, { "univ", A }, { "assn", A }, { "ave", A },
	{ "blvd", A },
	{ "rd", A }, { "ln", A }, { "mtn", A }, { "u.s", A }, { "u.s.a", A },
	{ "u.k", A }, { "e.u", A }, { "u.n", A }, { "a.m", M }, { "p.m", M },
	{ "d.c", A }, { "ph.d", A }, { "b.a", A }, { "m.a", A }, { "b.sc", A },
	{ "m.sc", A }, { "m.d", A }, { "l.a", A }, { "n.y", A },
	{ "bldg", A }, { "pkwy", A }, { "ct", A }, { "pl", A }, { "cir", A },
	{ "inst", A }, { "govt", A }, { "assoc", A }, { "natl", A },
	/* states, as news writes them */
	{ "ala", A }, { "ariz", A }, { "ark", A }, { "calif", A },
	{ "colo", A }, { "conn", A }, { "fla", A }, { "kan", A },
	{ "kans", A }, { "ky", A }, { "md", A }, { "mich", A }, { "minn", A },
	{ "mont", A }, { "neb", A }, { "nev", A }, { "okla", A },
	{ "tenn", A }, { "tex", A }, { "vt", A }, { "wis", A }, { "wyo", A },
	/* more before numbers */
	{ "apt", N }, { "ste", N }, { "eq", N }, { "min", N }, { "max", N },
	{ "dist", N }, { "yr", N }, { "mx", T }, { "rm", N }, { "bk", N },
	{ "rs", N }, { "gmbh", S }, { "pty", S },
};

static const char *const english_starters[] = {
	"a", "also", "although", "an", "another", "are", "being", "both",
	"but", "can", "could", "did", "do", "does", "each", "earlier", "even",
	"every", "few", "finally", "had", "has", "have", "he", "her", "here",
	"his", "how", "however", "i", "if", "indeed", "instead", "is", "it",
	"its", "it's", "let", "many", "meanwhile", "millions", "more",
	"moreover", "most", "much", "my", "neither", "now", "once", "one",
	"only", "other", "our", "she", "so", "some", "still", "such", "that",
	"the", "their", "then", "there", "these", "they", "this", "those",
	"though", "thus", "today", "was", "we", "were", "what", "when",
	"where", "whether", "which", "while", "who", "why", "will", "would",
	"yesterday", "yet", "you", "your", "nobody", "everyone", "everybody",
	"someone", "somebody", "nothing", "none", "all", "most", "i'm",
	"i've", "i'll", "i'd", "we're", "we've", "we'll", "they're",
	"they've", "you're", "he's", "she's", "there's", "that's",
	"what's", NULL
};

static const char *const english_weak_starters[] = {
	"after", "and", "any", "as", "at", "because", "before", "by",
	"despite", "during", "first", "for", "from", "in", "last", "later",
	"no", "nor", "not", "of", "on", "or", "over", "since", "to", "under",
	"until", "with", NULL
};

static const char *const english_speech_verbs[] = {
	"said", "says", "say", "asked", "asks", "added", "adds", "told",
	"tells", "wrote", "writes", "replied", "explained", "noted",
	"continued", "shouted", "whispered", "cried", "yelled", "insisted",
	"exclaimed", "recalled", "argued", "declared", "stated",
	"warned", "laughed", "remarked", "muttered", "screamed", "screams",
	"shouts", "tweeted", "pleaded", "begged", "joked", NULL
};

static const char *const english_speech_subjects[] = {
	"he", "she", "they", "we", "i", "you", "it", NULL
};

static const char *const english_exclamations[] = {
	"yahoo", "jeopardy", NULL
};

const struct precis_split_rules precis_split_rules_english = {
	.name = "english",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = english_abbrevs,
	.n_abbrevs = N_OF(english_abbrevs),
	.starters = english_starters,
	.weak_starters = english_weak_starters,
	.speech_verbs = english_speech_verbs,
	.speech_subjects = english_speech_subjects,
	.exclamations = english_exclamations,
};

/* ---------------------------------------------------------------- */
/* German: ordinal numbers take a period ("am 3. Oktober"). */

static const struct precis_abbr german_abbrevs[] = {
	{ "dr", PRECIS_ABBR_TITLE }, { "prof", PRECIS_ABBR_TITLE },
	{ "hr", PRECIS_ABBR_TITLE }, { "fr", PRECIS_ABBR_TITLE },
	{ "st", PRECIS_ABBR_TITLE }, { "nr", PRECIS_ABBR_NUMBER },
	{ "s", PRECIS_ABBR_NUMBER }, { "abs", PRECIS_ABBR_NUMBER },
	{ "ca", PRECIS_ABBR_NUMBER }, { "bzw", PRECIS_ABBR_INNER },
	{ "z.b", PRECIS_ABBR_INNER }, { "d.h", PRECIS_ABBR_INNER },
	{ "u.a", PRECIS_ABBR_INNER }, { "vgl", PRECIS_ABBR_INNER },
	{ "sog", PRECIS_ABBR_INNER }, { "evtl", PRECIS_ABBR_INNER },
	{ "ggf", PRECIS_ABBR_INNER }, { "usw", PRECIS_ABBR_SUFFIX },
	{ "etc", PRECIS_ABBR_SUFFIX }, { "jh", PRECIS_ABBR_SUFFIX },
	{ "mio", PRECIS_ABBR_INNER }, { "mrd", PRECIS_ABBR_INNER },
	{ "str", PRECIS_ABBR_AMBIGUOUS }, { "u.s", PRECIS_ABBR_AMBIGUOUS },
	/* before a noun, which German writes with a capital */
	{ "inkl", PRECIS_ABBR_INNER }, { "exkl", PRECIS_ABBR_INNER },
	{ "zzgl", PRECIS_ABBR_INNER }, { "bzgl", PRECIS_ABBR_INNER },
	{ "bspw", PRECIS_ABBR_INNER }, { "gem", PRECIS_ABBR_INNER },
	{ "lt", PRECIS_ABBR_INNER }, { "v.a", PRECIS_ABBR_INNER },
	{ "o.\xc3\xa4", PRECIS_ABBR_INNER }, { "u.\xc3\xa4", PRECIS_ABBR_INNER },
	{ "u.u", PRECIS_ABBR_INNER }, { "z.t", PRECIS_ABBR_INNER },
	{ "gg\xc3\xbc", PRECIS_ABBR_INNER },
	/* weekdays and months before a date */
	{ "mo", PRECIS_ABBR_NUMBER }, { "di", PRECIS_ABBR_NUMBER },
	{ "mi", PRECIS_ABBR_NUMBER }, { "do", PRECIS_ABBR_NUMBER },
	{ "sa", PRECIS_ABBR_NUMBER }, { "so", PRECIS_ABBR_NUMBER },
	{ "jan", PRECIS_ABBR_NUMBER }, { "feb", PRECIS_ABBR_NUMBER },
	{ "aug", PRECIS_ABBR_NUMBER }, { "sept", PRECIS_ABBR_NUMBER },
	{ "okt", PRECIS_ABBR_NUMBER }, { "nov", PRECIS_ABBR_NUMBER },
	{ "dez", PRECIS_ABBR_NUMBER },
};

static const char *const german_starters[] = {
	"der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "ich",
	"aber", "auch", "doch", "dann", "in", "im", "am", "auf", "nach",
	"bei", "mit", "zu", "dies", "diese", "dieser", "so", "wie", "was",
	"wer", "wo", "nun", "damit", "dabei", "danach", "dennoch", "jetzt",
	"heute", "man", "ihr", "du", NULL
};

static const char *const german_months[] = {
	"januar", "februar", "m\xc3\xa4rz", "april", "mai", "juni", "juli",
	"august", "september", "oktober", "november", "dezember", "jan",
	"feb", "okt", "dez", NULL
};

const struct precis_split_rules precis_split_rules_german = {
	.name = "german",
	.flags = PRECIS_SPLIT_ORDINAL_DOT,
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = reversed_openers,
	.closers = german_closers,
	.abbrevs = german_abbrevs,
	.n_abbrevs = N_OF(german_abbrevs),
	.starters = german_starters,
	.ordinal_next = german_months,
};

/* ---------------------------------------------------------------- */
/* Greek: ';' is the question mark. */

/*
 * κ. κα. δρ. καθ. αγ. before a name; αρ. σελ. οδ. τηλ. before a number;
 * δηλ. π.χ. βλ. ό.π. εκατ. δισ. περ. inside a sentence; κ.λπ. κλπ. κτλ.
 * κ.ά. χλμ. τ.μ. αι. after a word; μ.Χ.
 */
static const struct precis_abbr greek_abbrevs[] = {
	{ "\xce\xba", T }, { "\xce\xba\xce\xb1", T },
	{ "\xce\xb4\xcf\x81", T }, { "\xce\xba\xce\xb1\xce\xb8", T },
	{ "\xce\xb1\xce\xb3", T }, { "\xce\xb1\xcf\x81", N },
	{ "\xcf\x83\xce\xb5\xce\xbb", N }, { "\xce\xbf\xce\xb4", N },
	{ "\xcf\x84\xce\xb7\xce\xbb", N }, { "\xce\xb4\xce\xb7\xce\xbb", I },
	{ "\xcf\x80.\xcf\x87", I }, { "\xce\xb2\xce\xbb", I },
	{ "\xcf\x8c.\xcf\x80", I }, { "\xce\xb5\xce\xba\xce\xb1\xcf\x84", I },
	{ "\xce\xb4\xce\xb9\xcf\x83", I }, { "\xcf\x80\xce\xb5\xcf\x81", I },
	{ "\xce\xba.\xce\xbb\xcf\x80", S }, { "\xce\xba\xce\xbb\xcf\x80", S },
	{ "\xce\xba\xcf\x84\xce\xbb", S }, { "\xce\xba.\xce\xac", S },
	{ "\xcf\x87\xce\xbb\xce\xbc", S }, { "\xcf\x84.\xce\xbc", S },
	{ "\xce\xb1\xce\xb9", S }, { "\xce\xbc.\xcf\x87", A },
};

const struct precis_split_rules precis_split_rules_greek = {
	.name = "greek",
	.end_marks = greek_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = greek_abbrevs,
	.n_abbrevs = N_OF(greek_abbrevs),
};

/* ---------------------------------------------------------------- */
/* Romance languages, Dutch and Russian: titles, a few abbreviations, the
 * words that open most sentences. */


static const struct precis_abbr french_abbrevs[] = {
	{ "mm", T }, { "mme", T }, { "mmes", T }, { "mlle", T }, { "mlles", T },
	{ "dr", T }, { "pr", T }, { "me", T }, { "mgr", T }, { "st", T },
	{ "ste", T }, { "gal", T }, { "no", N }, { "n\xc2\xb0", N }, { "p", N },
	{ "pp", N }, { "art", N }, { "chap", N }, { "vol", N }, { "t", N },
	{ "env", N }, { "janv", N }, { "f\xc3\xa9vr", N }, { "avr", N },
	{ "juil", N }, { "sept", N }, { "oct", N }, { "nov", N },
	{ "d\xc3\xa9" "c", N }, { "cf", I }, { "vs", I },
	{ "c.-\xc3\xa0-d", I },
	{ "etc", S }, { "e.-u", A },
};

static const char *const french_starters[] = {
	"le", "la", "les", "un", "une", "des", "il", "elle", "ils", "elles",
	"nous", "vous", "on", "je", "ce", "cette", "ces", "mais", "et", "en",
	"dans", "pour", "selon", "c'est", "cependant", "depuis", "apr\xc3\xa8s",
	"lors", "alors", NULL
};

static const char *const french_speech_verbs[] = {
	"a-t-il", "a-t-elle", "dit", "d\xc3\xa9" "clare",
	"d\xc3\xa9" "clar\xc3\xa9",
	"affirme", "explique", "ajoute", "s'exclame", NULL
};

const struct precis_split_rules precis_split_rules_french = {
	.name = "french",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = french_abbrevs,
	.n_abbrevs = N_OF(french_abbrevs),
	.starters = french_starters,
	.speech_verbs = french_speech_verbs,
};

static const struct precis_abbr spanish_abbrevs[] = {
	{ "sr", T }, { "sra", T }, { "srta", T }, { "sres", T }, { "dr", T },
	{ "dra", T }, { "d", T }, { "d\xc3\xb1" "a", T }, { "ud", T },
	{ "uds", T },
	{ "lic", T }, { "ing", T }, { "prof", T }, { "gral", T }, { "gob", T },
	{ "n\xc3\xbam", N }, { "p\xc3\xa1g", N }, { "art", N }, { "cap", N },
	{ "vol", N }, { "tel", N }, { "aprox", N }, { "ene", N }, { "feb", N },
	{ "abr", N }, { "ago", N }, { "sept", N }, { "dic", N }, { "p.ej", I },
	{ "vs", I }, { "etc", S }, { "ee.uu", A }, { "uu", A },
};

static const char *const spanish_starters[] = {
	"el", "la", "los", "las", "un", "una", "\xc3\xa9l", "ella", "ellos",
	"ellas", "nosotros", "pero", "y", "en", "seg\xc3\xban", "este", "esta",
	"estos", "sin", "no", "se", "lo", "adem\xc3\xa1s", "tambi\xc3\xa9n",
	"sin", "desde", "tras", NULL
};

const struct precis_split_rules precis_split_rules_spanish = {
	.name = "spanish",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = spanish_abbrevs,
	.n_abbrevs = N_OF(spanish_abbrevs),
	.starters = spanish_starters,
};

static const struct precis_abbr italian_abbrevs[] = {
	{ "sig", T }, { "sigg", T }, { "sig.ra", T }, { "dott", T },
	{ "dott.ssa", T }, { "prof", T }, { "prof.ssa", T }, { "avv", T },
	{ "ing", T }, { "on", T }, { "arch", T }, { "mons", T }, { "gen", T },
	{ "n", N }, { "pag", N }, { "art", N }, { "cap", N }, { "vol", N },
	{ "tel", N }, { "ca", N }, { "es", I }, { "cfr", I }, { "ecc", S },
	{ "etc", S },
};

static const char *const italian_starters[] = {
	"il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "lui", "lei",
	"loro", "noi", "ma", "e", "in", "per", "secondo", "questo", "questa",
	"non", "si", "anche", "dopo", "inoltre", NULL
};

const struct precis_split_rules precis_split_rules_italian = {
	.name = "italian",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = italian_abbrevs,
	.n_abbrevs = N_OF(italian_abbrevs),
	.starters = italian_starters,
};

static const struct precis_abbr portuguese_abbrevs[] = {
	{ "sr", T }, { "sra", T }, { "srs", T }, { "dr", T }, { "dra", T },
	{ "prof", T }, { "profa", T }, { "eng", T }, { "d", T },
	{ "n\xc2\xba", N }, { "n", N }, { "p\xc3\xa1g", N }, { "art", N },
	{ "cap", N }, { "vol", N }, { "tel", N }, { "p.ex", I }, { "etc", S },
	{ "eua", A },
};

static const char *const portuguese_starters[] = {
	"o", "a", "os", "as", "um", "uma", "ele", "ela", "eles", "elas", "mas",
	"e", "em", "segundo", "este", "esta", "n\xc3\xa3o", "no", "na",
	"tamb\xc3\xa9m", "depois", "al\xc3\xa9m", NULL
};

const struct precis_split_rules precis_split_rules_portuguese = {
	.name = "portuguese",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = portuguese_abbrevs,
	.n_abbrevs = N_OF(portuguese_abbrevs),
	.starters = portuguese_starters,
};

static const struct precis_abbr dutch_abbrevs[] = {
	{ "dhr", T }, { "mevr", T }, { "mw", T }, { "mr", T }, { "dr", T },
	{ "prof", T }, { "ir", T }, { "drs", T }, { "ing", T }, { "ds", T },
	{ "kard", T }, { "st", T }, { "nr", N }, { "blz", N }, { "art", N },
	{ "p", N }, { "tel", N }, { "ca", N }, { "no", N }, { "bijv", I },
	{ "o.a", I }, { "d.w.z", I }, { "m.b.t", I }, { "i.p.v", I },
	{ "incl", I }, { "z.g.a.n", I }, { "i.v.m", I }, { "t.a.v", I },
	{ "m.u.v", I }, { "o.m", I }, { "resp", I }, { "vs", I }, { "zgn", I },
	{ "zg", I }, { "mln", I }, { "mld", I }, { "mrd", I }, { "enz", S },
	{ "e.d", S }, { "etc", S }, { "jl", S }, { "a.s", S }, { "jr", S },
	{ "sr", S }, { "v.chr", S }, { "n.chr", S },
};

static const char *const dutch_starters[] = {
	"de", "het", "een", "hij", "zij", "ze", "wij", "we", "ik", "maar", "en",
	"in", "volgens", "dit", "deze", "er", "dat", "ook", "toen", "na", NULL
};

const struct precis_split_rules precis_split_rules_dutch = {
	.name = "dutch",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = dutch_abbrevs,
	.n_abbrevs = N_OF(dutch_abbrevs),
	.starters = dutch_starters,
};

/*
 * Russian: г. гг. в. вв. (year, century), н.э., обл.; inside a sentence
 * т.е. т.к. т.н. англ. нем. франц. лат. греч. итал. исп. кит. яп. укр.
 * араб. им. напр. см. ср. тыс. млн. млрд. ок. прим.; after a word т.д. т.п.
 * др. пр. руб. долл. коп. чел. км.; before a name проф. акад. ген. св. г-н
 * г-жа с. п. р. о. оз. пос.; before a number ул. д. кв. корп. стр. ст. гл.
 * рис. табл. т.
 */
static const struct precis_abbr russian_abbrevs[] = {
	{ "\xd0\xb3", A }, { "\xd0\xb3\xd0\xb3", A },
	{ "\xd0\xb2\xd0\xb2", A }, { "\xd0\xb2", A },
	{ "\xd0\xbd.\xd1\x8d", A }, { "\xd0\xbe\xd0\xb1\xd0\xbb", A },
	{ "\xd1\x82.\xd0\xb5", I }, { "\xd1\x82.\xd0\xba", I },
	{ "\xd1\x82.\xd0\xbd", I }, { "\xd0\xb0\xd0\xbd\xd0\xb3\xd0\xbb", I },
	{ "\xd0\xbd\xd0\xb5\xd0\xbc", I },
	{ "\xd1\x84\xd1\x80\xd0\xb0\xd0\xbd\xd1\x86", I },
	{ "\xd0\xbb\xd0\xb0\xd1\x82", I },
	{ "\xd0\xb3\xd1\x80\xd0\xb5\xd1\x87", I },
	{ "\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbb", I },
	{ "\xd0\xb8\xd1\x81\xd0\xbf", I }, { "\xd0\xba\xd0\xb8\xd1\x82", I },
	{ "\xd1\x8f\xd0\xbf", I }, { "\xd1\x83\xd0\xba\xd1\x80", I },
	{ "\xd0\xb0\xd1\x80\xd0\xb0\xd0\xb1", I }, { "\xd0\xb8\xd0\xbc", I },
	{ "\xd0\xbd\xd0\xb0\xd0\xbf\xd1\x80", I }, { "\xd1\x81\xd0\xbc", I },
	{ "\xd1\x81\xd1\x80", I }, { "\xd1\x82\xd1\x8b\xd1\x81", I },
	{ "\xd0\xbc\xd0\xbb\xd0\xbd", I },
	{ "\xd0\xbc\xd0\xbb\xd1\x80\xd0\xb4", I }, { "\xd0\xbe\xd0\xba", I },
	{ "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc", I }, { "\xd1\x82.\xd0\xb4", S },
	{ "\xd1\x82.\xd0\xbf", S }, { "\xd0\xb4\xd1\x80", S },
	{ "\xd0\xbf\xd1\x80", S }, { "\xd1\x80\xd1\x83\xd0\xb1", S },
	{ "\xd0\xb4\xd0\xbe\xd0\xbb\xd0\xbb", S },
	{ "\xd0\xba\xd0\xbe\xd0\xbf", S }, { "\xd1\x87\xd0\xb5\xd0\xbb", S },
	{ "\xd0\xba\xd0\xbc", S }, { "\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84", T },
	{ "\xd0\xb0\xd0\xba\xd0\xb0\xd0\xb4", T },
	{ "\xd0\xb3\xd0\xb5\xd0\xbd", T }, { "\xd1\x81\xd0\xb2", T },
	{ "\xd0\xb3-\xd0\xbd", T }, { "\xd0\xb3-\xd0\xb6\xd0\xb0", T },
	{ "\xd1\x81", T }, { "\xd0\xbf", T }, { "\xd1\x80", T },
	{ "\xd0\xbe", T }, { "\xd0\xbe\xd0\xb7", T },
	{ "\xd0\xbf\xd0\xbe\xd1\x81", T }, { "\xd1\x83\xd0\xbb", N },
	{ "\xd0\xb4", N }, { "\xd0\xba\xd0\xb2", N },
	{ "\xd0\xba\xd0\xbe\xd1\x80\xd0\xbf", N },
	{ "\xd1\x81\xd1\x82\xd1\x80", N }, { "\xd1\x81\xd1\x82", N },
	{ "\xd0\xb3\xd0\xbb", N }, { "\xd1\x80\xd0\xb8\xd1\x81", N },
	{ "\xd1\x82\xd0\xb0\xd0\xb1\xd0\xbb", N }, { "\xd1\x82", N },
};

/* он она они мы я в на но и это по как однако при после */
static const char *const russian_starters[] = {
	"\xd0\xbe\xd0\xbd", "\xd0\xbe\xd0\xbd\xd0\xb0",
	"\xd0\xbe\xd0\xbd\xd0\xb8", "\xd0\xbc\xd1\x8b", "\xd1\x8f",
	"\xd0\xb2", "\xd0\xbd\xd0\xb0", "\xd0\xbd\xd0\xbe", "\xd0\xb8",
	"\xd1\x8d\xd1\x82\xd0\xbe", "\xd0\xbf\xd0\xbe",
	"\xd0\xba\xd0\xb0\xd0\xba",
	"\xd0\xbe\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xba\xd0\xbe",
	"\xd0\xbf\xd1\x80\xd0\xb8",
	"\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb5",
	"\xd0\xbf\xd0\xbe\xd1\x82\xd0\xbe\xd0\xbc", NULL
};

const struct precis_split_rules precis_split_rules_russian = {
	.name = "russian",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = russian_abbrevs,
	.n_abbrevs = N_OF(russian_abbrevs),
	.starters = russian_starters,
};

/* ---------------------------------------------------------------- */
/* The Nordic languages, Finnish, Hungarian, Turkish and Serbian: titles,
 * abbreviations, ordinals where the language writes them with a period,
 * and the words that open most sentences. */

/* Danish: ordinals take a period ("den 3. oktober"); kl. before a time. */

static const struct precis_abbr danish_abbrevs[] = {
	{ "hr", T }, { "fr", T }, { "dr", T }, { "prof", T }, { "sct", T },
	{ "skt", T }, { "st", T }, { "nr", N }, { "ca", N }, { "kl", N },
	{ "jan", N }, { "feb", N }, { "mar", N }, { "apr", N }, { "jun", N },
	{ "jul", N }, { "aug", N }, { "sep", N }, { "okt", N }, { "nov", N },
	{ "dec", N }, { "s", N }, { "stk", N }, { "tlf", N }, { "d", N },
	{ "bl.a", I }, { "f.eks", I }, { "jf", I }, { "dvs", I }, { "ift", I },
	{ "vedr", I }, { "mio", I }, { "mia", I }, { "mht", I }, { "pga", I },
	{ "hhv", I }, { "inkl", I }, { "evt", I }, { "ang", I }, { "ifm", I },
	{ "iflg", I }, { "osv", S }, { "m.m", S }, { "mv", S }, { "etc", S },
	{ "pct", S }, { "kr", S }, { "m.fl", S }, { "o.l", S },
};

/*
 * den det de han hun vi jeg men og i på der da nu efter ifølge samtidig
 * desuden derfor
 */
static const char *const danish_starters[] = {
	"den", "det", "de", "han", "hun", "vi", "jeg", "men", "og", "i",
	"p\xc3\xa5", "der", "da", "nu", "efter", "if\xc3\xb8lge", "samtidig",
	"desuden", "derfor", NULL
};

static const char *const danish_months[] = {
	"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
	"september", "oktober", "november", "december", "jan", "feb", "aug",
	"sep", "okt", "nov", "dec", NULL
};

const struct precis_split_rules precis_split_rules_danish = {
	.name = "danish",
	.flags = PRECIS_SPLIT_ORDINAL_DOT,
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = reversed_openers,
	.closers = german_closers,
	.abbrevs = danish_abbrevs,
	.n_abbrevs = N_OF(danish_abbrevs),
	.starters = danish_starters,
	.ordinal_next = danish_months,
};

/* Norwegian: ordinals take a period ("3. oktober"); kl. before a time. */

static const struct precis_abbr norwegian_abbrevs[] = {
	{ "dr", T }, { "prof", T }, { "st", T }, { "adv", T }, { "nr", N },
	{ "ca", N }, { "kl", N }, { "s", N }, { "d", N }, { "jan", N },
	{ "feb", N }, { "aug", N }, { "sep", N }, { "okt", N }, { "nov", N },
	{ "des", N }, { "kap", N }, { "bl.a", I }, { "f.eks", I }, { "jf", I },
	{ "dvs", I }, { "mill", I }, { "mrd", I }, { "pga", I }, { "ev", I },
	{ "evt", I }, { "iflg", I }, { "ifm", I }, { "inkl", I }, { "mht", I },
	{ "ang", I }, { "vedr", I }, { "osv", S }, { "m.m", S }, { "mv", S },
	{ "etc", S }, { "pst", S }, { "kr", S }, { "m.fl", S }, { "o.l", S },
};

/*
 * den det de han hun vi jeg men og i på der da nå etter ifølge samtidig
 * dessuten derfor
 */
static const char *const norwegian_starters[] = {
	"den", "det", "de", "han", "hun", "vi", "jeg", "men", "og", "i",
	"p\xc3\xa5", "der", "da", "n\xc3\xa5", "etter", "if\xc3\xb8lge",
	"samtidig", "dessuten", "derfor", NULL
};

static const char *const norwegian_months[] = {
	"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
	"september", "oktober", "november", "desember", "jan", "feb", "aug",
	"sep", "okt", "nov", "des", NULL
};

const struct precis_split_rules precis_split_rules_norwegian = {
	.name = "norwegian",
	.flags = PRECIS_SPLIT_ORDINAL_DOT,
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = norwegian_abbrevs,
	.n_abbrevs = N_OF(norwegian_abbrevs),
	.starters = norwegian_starters,
	.ordinal_next = norwegian_months,
};

/* Swedish: kl. before a time, t.ex. and bl.a. inside sentences. */

static const struct precis_abbr swedish_abbrevs[] = {
	{ "dr", T }, { "prof", T }, { "nr", N }, { "ca", N }, { "kl", N },
	{ "s", N }, { "jan", N }, { "feb", N }, { "aug", N }, { "sept", N },
	{ "okt", N }, { "nov", N }, { "dec", N }, { "bl.a", I }, { "t.ex", I },
	{ "dvs", I }, { "s.k", I }, { "jfr", I }, { "resp", I },
	{ "fr.o.m", I }, { "t.o.m", I }, { "milj", I }, { "mdr", I },
	{ "osv", S }, { "m.m", S }, { "etc", S },
};

/*
 * den det de han hon vi jag men och i på där då nu efter enligt samtidigt
 * dessutom därför
 */
static const char *const swedish_starters[] = {
	"den", "det", "de", "han", "hon", "vi", "jag", "men", "och", "i",
	"p\xc3\xa5", "d\xc3\xa4r", "d\xc3\xa5", "nu", "efter", "enligt",
	"samtidigt", "dessutom", "d\xc3\xa4rf\xc3\xb6r", NULL
};

const struct precis_split_rules precis_split_rules_swedish = {
	.name = "swedish",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = swedish_abbrevs,
	.n_abbrevs = N_OF(swedish_abbrevs),
	.starters = swedish_starters,
};

/* Finnish: ordinals take a period ("3. lokakuuta"); klo before a time. */

static const struct precis_abbr finnish_abbrevs[] = {
	{ "prof", T }, { "tri", T }, { "dos", T }, { "maist", T },
	{ "toim", T }, { "pj", T }, { "nro", N }, { "n", N }, { "klo", N },
	{ "s", N }, { "p", N }, { "puh", N }, { "v", N }, { "vol", N },
	{ "esim", I }, { "ns", I }, { "mm", I }, { "milj", I }, { "mrd", I },
	{ "vrt", I }, { "ks", I }, { "ts", I }, { "ml", I }, { "ao", I },
	{ "ko", I }, { "em", I }, { "ed", I }, { "huom", I }, { "jne", S },
	{ "yms", S }, { "ym", S }, { "tms", S }, { "ekr", S }, { "jkr", S },
	{ "kpl", S }, { "ry", S },
};

/*
 * hän he se ne me minä sinä te tämä tämän nämä tuo siellä täällä nyt myös
 * mutta ja kun jos sitten lisäksi vaikka koska kuitenkin
 */
static const char *const finnish_starters[] = {
	"h\xc3\xa4n", "he", "se", "ne", "me", "min\xc3\xa4", "sin\xc3\xa4",
	"te", "t\xc3\xa4m\xc3\xa4", "t\xc3\xa4m\xc3\xa4n",
	"n\xc3\xa4m\xc3\xa4", "tuo", "siell\xc3\xa4",
	"t\xc3\xa4\xc3\xa4ll\xc3\xa4", "nyt", "my\xc3\xb6s", "mutta", "ja",
	"kun", "jos", "sitten", "lis\xc3\xa4ksi", "vaikka", "koska",
	"kuitenkin", NULL
};

/*
 * tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta
 * heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta
 */
static const char *const finnish_months[] = {
	"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
	"kes\xc3\xa4kuuta", "hein\xc3\xa4kuuta", "elokuuta", "syyskuuta",
	"lokakuuta", "marraskuuta", "joulukuuta", NULL
};

const struct precis_split_rules precis_split_rules_finnish = {
	.name = "finnish",
	.flags = PRECIS_SPLIT_ORDINAL_DOT,
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = finnish_abbrevs,
	.n_abbrevs = N_OF(finnish_abbrevs),
	.starters = finnish_starters,
	.ordinal_next = finnish_months,
};

/* Hungarian: ordinals and years take a period ("2024. október 3."). */

static const struct precis_abbr hungarian_abbrevs[] = {
	{ "dr", T }, { "id", T }, { "ifj", T }, { "\xc3\xb6zv", T },
	{ "kb", N }, { "sz", N }, { "u", N }, { "pl", I }, { "ill", I },
	{ "\xc3\xban", I }, { "v\xc3\xb6", I }, { "stb", S },
};

/*
 * a az egy ez ezt ő ők mi de és ha most ekkor azonban szerinte így tegnap
 * ma
 */
static const char *const hungarian_starters[] = {
	"a", "az", "egy", "ez", "ezt", "\xc5\x91", "\xc5\x91k", "mi", "de",
	"\xc3\xa9s", "ha", "most", "ekkor", "azonban", "szerinte",
	"\xc3\xadgy", "tegnap", "ma", NULL
};

/*
 * január február március április május június július augusztus szeptember
 * október november december jan febr márc ápr jún júl aug szept okt nov
 * dec
 */
static const char *const hungarian_months[] = {
	"janu\xc3\xa1r", "febru\xc3\xa1r", "m\xc3\xa1rcius", "\xc3\xa1prilis",
	"m\xc3\xa1jus", "j\xc3\xbanius", "j\xc3\xbalius", "augusztus",
	"szeptember", "okt\xc3\xb3" "ber", "november", "december", "jan",
	"febr", "m\xc3\xa1rc", "\xc3\xa1pr", "j\xc3\xban", "j\xc3\xbal", "aug",
	"szept", "okt", "nov", "dec", NULL
};

const struct precis_split_rules precis_split_rules_hungarian = {
	.name = "hungarian",
	.flags = PRECIS_SPLIT_ORDINAL_DOT,
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = hungarian_abbrevs,
	.n_abbrevs = N_OF(hungarian_abbrevs),
	.starters = hungarian_starters,
	.ordinal_next = hungarian_months,
};

/* Turkish: ordinals take a period ("19. yüzyıl"); titles Dr. Prof. Doç. */

static const struct precis_abbr turkish_abbrevs[] = {
	{ "dr", T }, { "prof", T }, { "do\xc3\xa7", T }, { "yrd", T },
	{ "av", T }, { "sn", T }, { "op", T }, { "uzm", T }, { "alb", T },
	{ "gen", T }, { "org", T }, { "korg", T }, { "tu\xc4\x9fg", T },
	{ "yzb", T }, { "b\xc5\x9fk", T }, { "hz", T }, { "sy", T },
	{ "m\xc3\xbc" "d", T }, { "t.c", T }, { "no", N }, { "s", N },
	{ "sf", N }, { "tel", N }, { "nr", N }, { "md", N }, { "bkz", I },
	{ "\xc3\xb6rn", I }, { "yakl", I }, { "cad", I }, { "sok", I },
	{ "mah", I }, { "apt", I }, { "ltd", I }, { "vd", I }, { "vb", S },
	{ "vs", S }, { "yy", S }, { "\xc5\x9fti", S }, { "a.\xc5\x9f", S },
	{ "m\xc3\xb6", S }, { "ms", S },
};

/*
 * bu bir o bunu ancak ama fakat ve şimdi daha böylece ayrıca onlar biz ben
 * dün bugün
 */
static const char *const turkish_starters[] = {
	"bu", "bir", "o", "bunu", "ancak", "ama", "fakat", "ve",
	"\xc5\x9fimdi", "daha", "b\xc3\xb6ylece", "ayr\xc4\xb1" "ca", "onlar",
	"biz", "ben", "d\xc3\xbcn", "bug\xc3\xbcn", NULL
};

/*
 * ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım
 * aralık
 */
static const char *const turkish_months[] = {
	"ocak", "\xc5\x9fubat", "mart", "nisan", "may\xc4\xb1s", "haziran",
	"temmuz", "a\xc4\x9fustos", "eyl\xc3\xbcl", "ekim", "kas\xc4\xb1m",
	"aral\xc4\xb1k", NULL
};

const struct precis_split_rules precis_split_rules_turkish = {
	.name = "turkish",
	.flags = PRECIS_SPLIT_ORDINAL_DOT,
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = turkish_abbrevs,
	.n_abbrevs = N_OF(turkish_abbrevs),
	.starters = turkish_starters,
	.ordinal_next = turkish_months,
};

/* Serbian, in either alphabet: ordinals take a period ("3. oktobra"). */

static const struct precis_abbr serbian_abbrevs[] = {
	{ "dr", T }, { "prof", T }, { "br", N }, { "str", N }, { "npr", I },
	{ "tj", I }, { "mil", I }, { "mlrd", I }, { "itd", S }, { "sl", S },
	{ "god", S }, { "\xd0\xb4\xd1\x80", T },
	{ "\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84", T }, { "\xd0\xb1\xd1\x80", N },
	{ "\xd1\x81\xd1\x82\xd1\x80", N }, { "\xd0\xbd\xd0\xbf\xd1\x80", I },
	{ "\xd1\x82\xd1\x98", I }, { "\xd0\xbc\xd0\xb8\xd0\xbb", I },
	{ "\xd0\xbc\xd0\xbb\xd1\x80\xd0\xb4", I },
	{ "\xd0\xb8\xd1\x82\xd0\xb4", S }, { "\xd1\x81\xd0\xbb", S },
	{ "\xd0\xb3\xd0\xbe\xd0\xb4", S },
};

/*
 * on ona oni mi ja to taj ta ovaj ova u na ali i a sada prema međutim
 * zatim juče danas он она они ми ја то тај та овај ова у на али и а сада
 * према међутим затим јуче данас
 */
static const char *const serbian_starters[] = {
	"on", "ona", "oni", "mi", "ja", "to", "taj", "ta", "ovaj", "ova", "u",
	"na", "ali", "i", "a", "sada", "prema", "me\xc4\x91utim", "zatim",
	"ju\xc4\x8d" "e", "danas", "\xd0\xbe\xd0\xbd",
	"\xd0\xbe\xd0\xbd\xd0\xb0", "\xd0\xbe\xd0\xbd\xd0\xb8",
	"\xd0\xbc\xd0\xb8", "\xd1\x98\xd0\xb0", "\xd1\x82\xd0\xbe",
	"\xd1\x82\xd0\xb0\xd1\x98", "\xd1\x82\xd0\xb0",
	"\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x98", "\xd0\xbe\xd0\xb2\xd0\xb0",
	"\xd1\x83", "\xd0\xbd\xd0\xb0", "\xd0\xb0\xd0\xbb\xd0\xb8", "\xd0\xb8",
	"\xd0\xb0", "\xd1\x81\xd0\xb0\xd0\xb4\xd0\xb0",
	"\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb0",
	"\xd0\xbc\xd0\xb5\xd1\x92\xd1\x83\xd1\x82\xd0\xb8\xd0\xbc",
	"\xd0\xb7\xd0\xb0\xd1\x82\xd0\xb8\xd0\xbc",
	"\xd1\x98\xd1\x83\xd1\x87\xd0\xb5",
	"\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xb0\xd1\x81", NULL
};

/*
 * januara februara marta aprila maja juna jula avgusta septembra oktobra
 * novembra decembra јануара фебруара марта априла маја јуна јула августа
 * септембра октобра новембра децембра
 */
static const char *const serbian_months[] = {
	"januara", "februara", "marta", "aprila", "maja", "juna", "jula",
	"avgusta", "septembra", "oktobra", "novembra", "decembra",
	"\xd1\x98\xd0\xb0\xd0\xbd\xd1\x83\xd0\xb0\xd1\x80\xd0\xb0",
	"\xd1\x84\xd0\xb5\xd0\xb1\xd1\x80\xd1\x83\xd0\xb0\xd1\x80\xd0\xb0",
	"\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0",
	"\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb0",
	"\xd0\xbc\xd0\xb0\xd1\x98\xd0\xb0", "\xd1\x98\xd1\x83\xd0\xbd\xd0\xb0",
	"\xd1\x98\xd1\x83\xd0\xbb\xd0\xb0",
	"\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0",
	"\xd1\x81\xd0\xb5\xd0\xbf\xd1\x82\xd0\xb5"
	"\xd0\xbc\xd0\xb1\xd1\x80\xd0\xb0",
	"\xd0\xbe\xd0\xba\xd1\x82\xd0\xbe\xd0\xb1\xd1\x80\xd0\xb0",
	"\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xbc\xd0\xb1\xd1\x80\xd0\xb0",
	"\xd0\xb4\xd0\xb5\xd1\x86\xd0\xb5\xd0\xbc\xd0\xb1\xd1\x80\xd0\xb0",
	NULL
};

const struct precis_split_rules precis_split_rules_serbian = {
	.name = "serbian",
	.flags = PRECIS_SPLIT_ORDINAL_DOT,
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = serbian_abbrevs,
	.n_abbrevs = N_OF(serbian_abbrevs),
	.starters = serbian_starters,
	.ordinal_next = serbian_months,
};

/* ---------------------------------------------------------------- */
/* Lithuanian, Tamil, Hindi and Nepali, Armenian. */

/*
 * Lithuanian: p. pon. gerb. šv. before a name; pvz. žr. plg. mln. mlrd.
 * tūkst. t.y. inside a sentence; kt. pan. proc. after a word; m. d. a.
 * val. (year, day, century, hour) and g. pr. r. aps. sav. (street,
 * avenue, district) after a number or name, ending a sentence only before
 * a word that opens one.
 */
static const struct precis_abbr lithuanian_abbrevs[] = {
	{ "p", T }, { "pon", T }, { "gerb", T }, { "dr", T }, { "prof", T },
	{ "doc", T }, { "\xc5\xa1v", T }, { "gen", T }, { "mjr", T },
	{ "plk", T }, { "nr", N }, { "tel", N }, { "psl", N }, { "str", N },
	{ "pvz", I }, { "\xc5\xber", I }, { "plg", I }, { "mln", I },
	{ "mlrd", I }, { "t\xc5\xabkst", I }, { "t.y", I }, { "vyr", I },
	{ "gim", I }, { "kt", S }, { "pan", S }, { "proc", S }, { "m", A },
	{ "d", A }, { "a", A }, { "val", A }, { "g", A }, { "pr", A },
	{ "r", A }, { "aps", A }, { "sav", A },
};

static const char *const lithuanian_starters[] = {
	"jis", "ji", "jie", "jos", "tai", "ta\xc4\x8diau", "bet", "o", "taip",
	"be", "\xc5\xa1is", "\xc5\xa1i", "\xc5\xa1ie", "kaip", "kai", "po",
	"nors", "dabar", "vakar", "\xc5\xa1iandien", "mes", "a\xc5\xa1",
	"v\xc4\x97liau", "pasak", "tuo", "be", "to", "jau", NULL
};

const struct precis_split_rules precis_split_rules_lithuanian = {
	.name = "lithuanian",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = lithuanian_abbrevs,
	.n_abbrevs = N_OF(lithuanian_abbrevs),
	.starters = lithuanian_starters,
};

/* Tamil: திரு. திருமதி. செல்வி. (Mr, Mrs, Miss), எ.கா. (e.g.), கி.மு. கி.பி. */
static const struct precis_abbr tamil_abbrevs[] = {
	{ "\xe0\xae\xa4\xe0\xae\xbf\xe0\xae\xb0\xe0\xaf\x81", T },
	{ "\xe0\xae\xa4\xe0\xae\xbf\xe0\xae\xb0\xe0\xaf\x81\xe0\xae\xae\xe0"
	  "\xae\xa4\xe0\xae\xbf", T },
	{ "\xe0\xae\x9a\xe0\xaf\x86\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb5\xe0"
	  "\xae\xbf", T },
	{ "\xe0\xae\x8e.\xe0\xae\x95\xe0\xae\xbe", I },
	{ "\xe0\xae\x95\xe0\xae\xbf.\xe0\xae\xae\xe0\xaf\x81", A },
	{ "\xe0\xae\x95\xe0\xae\xbf.\xe0\xae\xaa\xe0\xae\xbf", A },
};

const struct precis_split_rules precis_split_rules_tamil = {
	.name = "tamil",
	.end_marks = common_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = tamil_abbrevs,
	.n_abbrevs = N_OF(tamil_abbrevs),
};

/*
 * Hindi and Nepali: डॉ. प्रो. श्रीमती. before a name, उदा. (e.g.),
 * ई.पू. (BC)
 */
static const struct precis_abbr devanagari_abbrevs[] = {
	{ "\xe0\xa4\xa1\xe0\xa5\x89", T },
	{ "\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x8b", T },
	{ "\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\xae\xe0"
	  "\xa4\xa4\xe0\xa5\x80", T },
	{ "\xe0\xa4\x89\xe0\xa4\xa6\xe0\xa4\xbe", I },
	{ "\xe0\xa4\x88.\xe0\xa4\xaa\xe0\xa5\x82", A },
};

const struct precis_split_rules precis_split_rules_hindi = {
	.name = "hindi",
	.end_marks = devanagari_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = devanagari_abbrevs,
	.n_abbrevs = N_OF(devanagari_abbrevs),
};

const struct precis_split_rules precis_split_rules_nepali = {
	.name = "nepali",
	.end_marks = devanagari_end_marks,
	SHARED_RULES,
	.openers = common_openers,
	.closers = common_closers,
	.abbrevs = devanagari_abbrevs,
	.n_abbrevs = N_OF(devanagari_abbrevs),
};

/*
 * Armenian: պրն. տկն. դոկտ. պրոֆ. before a name; օր. մլն. մլրդ. inside a
 * sentence; այլն. դր. կմ. after a word; թ. թթ. (year) after a number.
 */
static const struct precis_abbr armenian_abbrevs[] = {
	{ "\xd5\xba\xd6\x80\xd5\xb6", T }, { "\xd5\xbf\xd5\xaf\xd5\xb6", T },
	{ "\xd5\xa4\xd5\xb8\xd5\xaf\xd5\xbf", T },
	{ "\xd5\xba\xd6\x80\xd5\xb8\xd6\x86", T }, { "\xd6\x85\xd6\x80", I },
	{ "\xd5\xb4\xd5\xac\xd5\xb6", I },
	{ "\xd5\xb4\xd5\xac\xd6\x80\xd5\xa4", I },
	{ "\xd5\xa1\xd5\xb5\xd5\xac\xd5\xb6", S }, { "\xd5\xa4\xd6\x80", S },
	{ "\xd5\xaf\xd5\xb4", S }, { "\xd5\xa9", A },
	{ "\xd5\xa9\xd5\xa9", A },
};

const struct precis_split_rules precis_split_rules_armenian = {
	.name = "armenian",
	.end_marks = armenian_end_marks,
	SHARED_RULES,
	.openers = guillemet_openers,
	.closers = guillemet_closers,
	.abbrevs = armenian_abbrevs,
	.n_abbrevs = N_OF(armenian_abbrevs),
};

#undef T
#undef N
#undef I
#undef S
#undef A
#undef M
#undef SHARED_RULES

/* ---------------------------------------------------------------- */

const struct precis_split_rules *precis_split_rules_for(const char *lang)
{
	static const struct precis_split_rules *const all[] = {
		&precis_split_rules_english, &precis_split_rules_german,
		&precis_split_rules_greek, &precis_split_rules_french,
		&precis_split_rules_spanish, &precis_split_rules_italian,
		&precis_split_rules_portuguese, &precis_split_rules_dutch,
		&precis_split_rules_russian, &precis_split_rules_danish,
		&precis_split_rules_norwegian, &precis_split_rules_swedish,
		&precis_split_rules_finnish, &precis_split_rules_hungarian,
		&precis_split_rules_turkish, &precis_split_rules_serbian,
		&precis_split_rules_lithuanian, &precis_split_rules_tamil,
		&precis_split_rules_hindi, &precis_split_rules_nepali,
		&precis_split_rules_armenian,
	};
	size_t k;

	for (k = 0; lang != NULL && k < N_OF(all); k++)
		if (strcmp(all[k]->name, lang) == 0)
			return all[k];
	return &precis_split_rules_generic;
}
/* clang-format on */
