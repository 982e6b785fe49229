/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * detect.c - language detection: script, stopwords and telling letters.
 *
 * A news article gives itself away in its first few kilobytes.  The script
 * of its letters narrows the languages down to those written in it (Greek,
 * Armenian, Tamil, Hebrew and Arabic letters each leave one); its most
 * frequent words are function words, which the stopword lists of the
 * languages hold, so each word found in some lists votes for them (a word
 * that n lists share gives each 1/n); and a few letters that are common in
 * one language and rare in its neighbours (å, ñ, ő, ș) add a small vote.
 *
 * The stopword index is a constant table made at build time
 * (gen_stopword_index.c), so detection allocates nothing, has no state and
 * costs one pass over a bounded prefix plus a binary search per word.
 */
#include "detect.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "lang.h"
#include "precis.h"
#include "terms.h"
#include "text.h"

/* Only this many bytes from the start are read. */
#define DETECT_PREFIX 8192
/* Longer words are no function words: not looked up. */
#define DETECT_WORD_MAX 48
/* Fewer words of the main script than this are not enough to be sure. */
#define DETECT_MIN_WORDS 5
/*
 * ... or than this, in a script that only one language writes (a Chinese
 * or Japanese "word" is a pair of characters).
 */
#define DETECT_MIN_WORDS_UNIQUE 3
/* A short text's winner needs this many votes (a stopword is 1)... */
#define SHORT_MIN_VOTES 0.4
/* ... or this many when its telling letters show (æ ø, ı ğ) */
#define SHORT_MIN_VOTES_LETTERS 0.3
/* ... and, in the Latin script, this many times English's. */
#define SHORT_EN_RATIO 3.0
/* Japanese: this share of kana among its Han characters and kana, at least */
#define JAPANESE_MIN_KANA 0.05
/*
 * Fewer stopwords of the chosen language than this neither; one more in a
 * text of fewer than DETECT_SHORT_WORDS words, where two are easily chance.
 */
#define DETECT_MIN_HITS 2
#define DETECT_SHORT_WORDS 10
/* The main script must hold this share of the letters. */
#define DETECT_MIN_SCRIPT_SHARE 0.6
/*
 * The winner's votes over the runner-up's must reach this, or over the
 * best outside its family (lang.h) when the runner-up is a relative.
 */
#define DETECT_MIN_RATIO 1.3
/*
 * In a text of fewer than DETECT_SHORT_WORDS words the margin must be
 * wider: "Smith et al. (2010) found no effect." holds three Catalan
 * stopwords and reads as Catalan by 1.45 to 1.  A short text is mostly a
 * headline or a test sentence, and English is the safer guess.
 */
#define DETECT_SHORT_RATIO 2.0
/*
 * Letters of languages precis does not support, more than this share of
 * the main script's letters (and at least twice), make a result unsure.
 */
#define DETECT_MAX_FOREIGN 0.01
/*
 * A stopword of one letter (Spanish y, Italian e, and the letters some
 * lists hold for elisions or by accident) votes this much: such words are
 * also initials, option letters and list marks.
 */
#define LETTER_WORD_WEIGHT 0.3
/*
 * A Latin-script language none of whose telling letters shows in this
 * many letters of the text keeps this share of its votes.
 */
#define MISSING_LETTERS_AFTER 40
#define MISSING_LETTERS_WEIGHT 0.5
/* A telling letter's vote, against a stopword's 1. */
#define LETTER_WEIGHT 0.2
/* ... times this for a letter that only one language names */
#define OWN_LETTER_FACTOR 2.0

#define MAX_LANGS 32
/* Telling letters are all below this code point (Latin and Cyrillic). */
#define LETTER_LIMIT 0x0460
/* Stop early once this many words ... */
#define EARLY_WORDS 64
/* ... have given the winner this many stopwords and this lead. */
#define EARLY_HITS 16
#define EARLY_RATIO 1.5

static int by_entry(const void *key, const void *elem)
{
	const struct precis_stopword_entry *k = key, *e = elem;
	size_t n = k->len < e->len ? k->len : e->len;
	int c = memcmp(k->word, e->word, n);

	if (c != 0)
		return c;
	return (k->len > e->len) - (k->len < e->len);
}

uint32_t precis_stopword_langs(const char *word, size_t len)
{
	struct precis_stopword_entry key = { word, (uint32_t)len, 0 };
	const struct precis_stopword_entry *e;

	e = bsearch(&key, precis_stopword_index, precis_stopword_index_count,
		    sizeof(*e), by_entry);
	return e != NULL ? e->langs : 0;
}

/* The lowest set bit's index; x is not 0. */
static int lowest_bit(uint32_t x)
{
	int i = 0;

	while (!(x & 1u)) {
		x >>= 1;
		i++;
	}
	return i;
}

/* 1/n for a set of n languages. */
static double share(uint32_t langs)
{
	int n = 0;

	for (; langs != 0; langs &= langs - 1)
		n++;
	return n > 0 ? 1.0 / n : 0.0;
}

/* The end of the prefix: at most DETECT_PREFIX bytes, valid, whole words. */
static size_t prefix_end(const char *text, size_t len)
{
	size_t end = len, i;

	if (end > DETECT_PREFIX) {
		end = DETECT_PREFIX;
		while (end > 0 && ((unsigned char)text[end] & 0xC0) == 0x80)
			end--;
		for (i = end; i > end / 2; i--)
			if (text[i - 1] == ' ' || text[i - 1] == '\n') {
				end = i;
				break;
			}
	}
	if (precis_utf8_valid(text, end))
		return end;
	/* Read up to the first byte that is not UTF-8. */
	for (i = 0; i < end;) {
		size_t n = precis_utf8_length((const unsigned char *)text + i,
					      end - i);

		if (n == 0)
			break;
		i += n;
	}
	return i;
}

struct tally {
	double votes[MAX_LANGS];
	size_t hits[MAX_LANGS];
	size_t letters[PRECIS_SCRIPT_COUNT];
	size_t words[PRECIS_SCRIPT_COUNT];
	size_t all_letters;
	size_t all_words;
	size_t foreign;              /* letters of unsupported languages */
	uint16_t seen[LETTER_LIMIT]; /* occurrences of non-ASCII letters */
	uint32_t own_letters; /* bit i: a telling letter of language i seen */
};

/*
 * Whether a letter (lower case below LETTER_LIMIT) belongs to languages
 * that share a script with supported ones but are not supported: Czech and
 * Slovak ř ě ů ľ, Polish ł ś ź ż ń, Latvian ā ē ī ģ ķ ļ ņ, Icelandic þ ð,
 * Vietnamese ơ ư and its stacked vowels, Ukrainian and Belarusian і ї є ґ
 * ў, Macedonian ѓ ќ ѕ, Kazakh and others' ә ғ қ ң ө ұ ү һ, and the Persian
 * and Urdu letters of the Arabic script.
 */
static bool is_foreign(int32_t cp)
{
	switch (cp) {
	case 0x0159:
	case 0x011B:
	case 0x016F:
	case 0x0165:
	case 0x010F:
	case 0x0148:
	case 0x013E:
	case 0x013A:
	case 0x0155:
	case 0x0142:
	case 0x015B:
	case 0x017A:
	case 0x017C:
	case 0x0144:
	case 0x0101:
	case 0x0113:
	case 0x012B:
	case 0x0123:
	case 0x0137:
	case 0x013C:
	case 0x0146:
	case 0x00FE:
	case 0x00F0:
	case 0x01A1:
	case 0x01B0:
	case 0x0456:
	case 0x0457:
	case 0x0454:
	case 0x045E:
	case 0x0453:
	case 0x045C:
	case 0x0455:
	case 0x067E:
	case 0x0686:
	case 0x0698:
	case 0x06AF:
	case 0x06A9:
	case 0x06CC:
	case 0x0679:
	case 0x0688:
	case 0x0691:
	case 0x06BA:
	case 0x06D2:
	case 0x06BE:
		return true;
	default:
		break;
	}
	if (cp >= 0x0490 && cp < 0x0500) {
		switch (cp | 1) {
		case 0x0491:
		case 0x0493:
		case 0x049B:
		case 0x04A3:
		case 0x04AF:
		case 0x04B1:
		case 0x04BB:
		case 0x04D9:
		case 0x04E9:
			return true;
		default:
			return false;
		}
	}
	return cp >= 0x1EA0 && cp <= 0x1EF9;
}

/*
 * Letter pairs and word endings that tell close languages apart where their
 * function words do not, and that a sentence of content words shows even
 * without them: Norwegian gj kj øy ei (gjelder, kjøpe, øy, vei) against
 * Danish ej øj (vej, høj); Finnish ää yy öö uu uo yö and its case
 * endings (-ssa, -sta, -lla, -lta, -ksi, -nen); Turkish plurals and
 * participles (-lar, -ler, -yor, -acak); Dutch ij oe sch and vr; and
 * English th wh and -ing, so that an English sentence keeps its own
 * evidence against them.  Each occurrence votes LETTER_WEIGHT times its
 * weight.  They decide only short texts: a text of fewer than PAIR_WORDS
 * words is read a second time for them, a longer one not at all.
 */
#define PAIR_WORDS 64

static const struct {
	const char *pair;
	const char *lang;
	double weight;
	bool end; /* only at the end of a word */
} pairs[] = {
	{ "gj", "norwegian", 1, false },
	{ "kj", "norwegian", 1, false },
	{ "\xc3\xb8y", "norwegian", 1, false },
	{ "ei", "norwegian", 1, false },
	{ "ej", "danish", 1, false },
	{ "\xc3\xb8j", "danish", 1, false },
	{ "\xc3\xa4\xc3\xa4", "finnish", 1, false },
	{ "yy", "finnish", 1, false },
	{ "\xc3\xb6\xc3\xb6", "finnish", 1, false },
	{ "uu", "finnish", 1, false },
	{ "uo", "finnish", 1, false },
	{ "y\xc3\xb6", "finnish", 1, false },
	{ "aa", "finnish", 0.5, false },
	{ "aa", "dutch", 0.5, false },
	{ "ssa", "finnish", 1, true },
	{ "ss\xc3\xa4", "finnish", 1, true },
	{ "sta", "finnish", 0.5, true },
	{ "lla", "finnish", 1, true },
	{ "ll\xc3\xa4", "finnish", 1, true },
	{ "lta", "finnish", 1, true },
	{ "ksi", "finnish", 1, true },
	{ "nen", "finnish", 0.5, true },
	{ "aan", "finnish", 1, true },
	{ "\xc3\xa4\xc3\xa4n", "finnish", 1, true },
	{ "lle", "finnish", 1, true },
	{ "lar", "turkish", 1, true },
	{ "ler", "turkish", 0.5, true },
	{ "yor", "turkish", 1, false },
	{ "acak", "turkish", 1, true },
	{ "ecek", "turkish", 1, true },
	{ "ij", "dutch", 1, false },
	{ "oe", "dutch", 0.5, false },
	{ "sch", "dutch", 0.5, false },
	{ "vr", "dutch", 1, false },
	{ "th", "english", 1, false },
	{ "wh", "english", 1, false },
	{ "ing", "english", 1, true },
};

static void vote_pairs(struct tally *t, const char *w, size_t len)
{
	size_t i, k;

	for (i = 0; i + 1 < len; i++) {
		unsigned char c = (unsigned char)w[i] | 0x20;

		/* the first bytes of the pairs */
		if (!strchr("aegiklnostuvwy", c) && (unsigned char)w[i] != 0xC3)
			continue;
		for (k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++) {
			const char *p = pairs[k].pair;
			size_t n = strlen(p), j;
			const struct precis_lang *l;

			if (i + n > len || (pairs[k].end && i + n != len))
				continue;
			for (j = 0; j < n; j++) {
				unsigned char x = (unsigned char)w[i + j];

				if (x < 0x80)
					x |= 0x20;
				if (x != (unsigned char)p[j])
					break;
			}
			if (j < n)
				continue;
			l = precis_lang_find(pairs[k].lang);
			t->votes[l - precis_langs] +=
				LETTER_WEIGHT * pairs[k].weight;
		}
	}
}

static void count_word(struct tally *t, const char *w, size_t len,
		       struct precis_fold_buf *fb)
{
	enum precis_script script = PRECIS_SCRIPT_OTHER;
	size_t i = 0, n;
	uint32_t langs;

	while (i < len) {
		int32_t cp;
		enum precis_script s;

		i += precis_utf8_decode(w, len, i, &cp);
		s = precis_script_of(cp);
		if (s == PRECIS_SCRIPT_OTHER)
			continue;
		t->letters[s]++;
		t->all_letters++;
		if (script == PRECIS_SCRIPT_OTHER)
			script = s;
		if (cp < 0x80)
			continue;
		if (cp < LETTER_LIMIT) {
			cp = utf8proc_tolower(cp);
			if (cp < LETTER_LIMIT && t->seen[cp] < UINT16_MAX)
				t->seen[cp]++;
		}
		if (is_foreign(cp))
			t->foreign++;
	}
	if (script == PRECIS_SCRIPT_OTHER)
		return;
	t->words[script]++;
	t->all_words++;
	if (len > DETECT_WORD_MAX)
		return;
	n = precis_fold_word(fb, w, len, 0);
	if (n == SIZE_MAX)
		return;
	langs = precis_stopword_langs(fb->out, n);
	if (langs != 0) {
		int32_t cp;
		double v = share(langs);

		if (precis_utf8_decode(fb->out, n, 0, &cp) == n)
			v *= LETTER_WORD_WEIGHT;

		while (langs != 0) {
			int l = lowest_bit(langs);

			t->votes[l] += v;
			t->hits[l]++;
			langs &= langs - 1;
		}
	}
}

/*
 * Adds the votes of the telling letters: each occurrence of a letter that
 * n languages name gives each of them LETTER_WEIGHT / n.
 */
static void vote_letters(struct tally *t)
{
	uint32_t owners[MAX_LANGS * 8], seen_own = 0;
	int32_t cps[MAX_LANGS * 8];
	size_t n = 0, i, k, j;

	for (i = 0; i < precis_lang_count && i < MAX_LANGS; i++) {
		const char *s = precis_langs[i].letters;
		size_t len = strlen(s);

		for (k = 0; k < len;) {
			int32_t cp;

			k += precis_utf8_decode(s, len, k, &cp);
			if (cp >= LETTER_LIMIT || t->seen[cp] == 0)
				continue;
			for (j = 0; j < n && cps[j] != cp; j++)
				;
			if (j == n) {
				if (n == MAX_LANGS * 8)
					continue;
				cps[n] = cp;
				owners[n++] = 0;
			}
			owners[j] |= 1u << i;
			seen_own |= 1u << i;
		}
	}
	/*
	 * A language of the Latin script whose telling letters are all
	 * missing from a sentence's worth of letters is less likely: one
	 * of ă ș ț, of ą č ė, of ı ş ğ appears in nearly every sentence.
	 */
	for (i = 0; i < precis_lang_count && i < MAX_LANGS; i++)
		if (t->letters[PRECIS_SCRIPT_LATIN] >= MISSING_LETTERS_AFTER &&
		    (precis_langs[i].scripts &
		     PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_LATIN)) &&
		    precis_langs[i].letters_always && !(seen_own & (1u << i)))
			t->votes[i] *= MISSING_LETTERS_WEIGHT;
	t->own_letters = seen_own;
	for (j = 0; j < n; j++) {
		double v = LETTER_WEIGHT * share(owners[j]) * t->seen[cps[j]];

		/* a letter of one language alone (Turkish ı ğ) tells more */
		if ((owners[j] & (owners[j] - 1)) == 0)
			v *= OWN_LETTER_FACTOR;
		uint32_t m = owners[j];

		while (m != 0) {
			t->votes[lowest_bit(m)] += v;
			m &= m - 1;
		}
	}
}

/* Whether the stopwords have already decided, well past any doubt. */
static bool decided(const struct tally *t)
{
	double best = 0, second = 0;
	size_t i, hits = 0;

	if (t->all_words < EARLY_WORDS)
		return false;
	for (i = 0; i < precis_lang_count && i < MAX_LANGS; i++) {
		if (t->votes[i] > best) {
			second = best;
			best = t->votes[i];
			hits = t->hits[i];
		} else if (t->votes[i] > second) {
			second = t->votes[i];
		}
	}
	return hits >= EARLY_HITS && best >= EARLY_RATIO * second;
}

/*
 * A sentence or two seldom holds the stopwords that the rules above ask
 * for, and English, the fallback, is the wrong guess for most of them: a
 * short text is also sure when it is written in its script, its winner
 * has a stopword or a telling letter, leads every other language, and,
 * in the Latin script, English has no stopword in it that the winner does
 * not outweigh three times.
 */
static bool short_but_clear(const struct tally *t, enum precis_script main,
			    size_t best, size_t second, size_t rival)
{
	const struct precis_lang *en = precis_lang_find("english");
	size_t e = (size_t)(en - precis_langs);

	if (main == PRECIS_SCRIPT_OTHER || best == e ||
	    t->words[main] < DETECT_MIN_WORDS_UNIQUE ||
	    t->letters[main] <
		    DETECT_MIN_SCRIPT_SHARE * (double)t->all_letters ||
	    (t->foreign >= 2 &&
	     t->foreign > DETECT_MAX_FOREIGN * (double)t->letters[main]))
		return false;
	/*
	 * Other scripts than Latin: English is never right, the best of the
	 * script's languages is (the first, Hindi or Russian, on a tie).
	 */
	if (main != PRECIS_SCRIPT_LATIN)
		return second == SIZE_MAX || t->votes[best] >= t->votes[second];
	if (t->votes[best] < ((t->own_letters & (1u << best)) ?
				      SHORT_MIN_VOTES_LETTERS :
				      SHORT_MIN_VOTES))
		return false;
	/* a tie with a relative still tells the family, which serves */
	if (second != SIZE_MAX && t->votes[best] <= t->votes[second] &&
	    (precis_langs[best].family == PRECIS_FAMILY_NONE ||
	     precis_langs[best].family != precis_langs[second].family))
		return false;
	if (rival != SIZE_MAX &&
	    t->votes[best] < DETECT_MIN_RATIO * t->votes[rival])
		return false;
	/* letters English never writes (æ ø, ą ė) rule it out */
	return t->votes[best] >= SHORT_EN_RATIO * t->votes[e] ||
	       ((t->own_letters & (1u << best)) &&
		t->votes[best] > t->votes[e]);
}

precis_status precis_detect(const char *text, size_t len, precis_detection *out)
{
	struct tally t;
	int32_t ucs[DETECT_WORD_MAX * 4];
	char folded[DETECT_WORD_MAX * 16 + 1];
	struct precis_fold_buf fb = { ucs, DETECT_WORD_MAX * 4, folded,
				      sizeof(folded), true };
	struct precis_word_scan scan;
	size_t end, wb, wl, i, best, second, rival;
	enum precis_script main_script = PRECIS_SCRIPT_OTHER;
	uint32_t cand = 0;
	double kana_share = 0;
	bool chunk;

	if (out == NULL || (text == NULL && len > 0))
		return PRECIS_ERR_INVALID;
	memset(&t, 0, sizeof(t));
	end = len > 0 ? prefix_end(text, len) : 0;
	if (end >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3, end -= 3;
	precis_word_scan_init(&scan, text, 0, end);
	while (precis_word_next(&scan, &wb, &wl, &chunk)) {
		count_word(&t, text + wb, wl, &fb);
		if (t.all_words % 16 == 0 && decided(&t))
			break;
	}
	if (t.all_words < PAIR_WORDS) {
		precis_word_scan_init(&scan, text, 0, end);
		while (precis_word_next(&scan, &wb, &wl, &chunk)) {
			int32_t cp;

			precis_utf8_decode(text, end, wb, &cp);
			if (precis_script_of(cp) == PRECIS_SCRIPT_LATIN)
				vote_pairs(&t, text + wb, wl);
		}
	}
	vote_letters(&t);

	/* Japanese writes kana between its kanji: both are its script. */
	if (t.letters[PRECIS_SCRIPT_KANA] > 0) {
		t.letters[PRECIS_SCRIPT_KANA] += t.letters[PRECIS_SCRIPT_HAN];
		t.words[PRECIS_SCRIPT_KANA] += t.words[PRECIS_SCRIPT_HAN];
		kana_share = (double)(t.letters[PRECIS_SCRIPT_KANA] -
				      t.letters[PRECIS_SCRIPT_HAN]) /
			     (double)t.letters[PRECIS_SCRIPT_KANA];
		if (kana_share >= JAPANESE_MIN_KANA)
			t.letters[PRECIS_SCRIPT_HAN] = 0;
		else
			t.letters[PRECIS_SCRIPT_KANA] = 0;
	}
	for (i = 0; i < PRECIS_SCRIPT_OTHER; i++)
		if (t.letters[i] > 0 && (main_script == PRECIS_SCRIPT_OTHER ||
					 t.letters[i] > t.letters[main_script]))
			main_script = (enum precis_script)i;
	for (i = 0; i < precis_lang_count && i < MAX_LANGS; i++) {
		unsigned bit = PRECIS_SCRIPT_BIT(main_script);

		if (main_script != PRECIS_SCRIPT_OTHER &&
		    (precis_langs[i].scripts & bit) &&
		    !(main_script == PRECIS_SCRIPT_HAN &&
		      (precis_langs[i].scripts &
		       PRECIS_SCRIPT_BIT(PRECIS_SCRIPT_KANA)))) {
			cand |= 1u << i;
		}
	}
	/*
	 * The best and the runner-up.  When nothing votes, the first of the
	 * script's languages, or English for the Latin script or none.
	 */
	best = second = SIZE_MAX;
	for (i = 0; i < precis_lang_count; i++) {
		if (!(cand & (1u << i)))
			continue;
		if (best == SIZE_MAX || t.votes[i] > t.votes[best]) {
			second = best;
			best = i;
		} else if (second == SIZE_MAX || t.votes[i] > t.votes[second]) {
			second = i;
		}
	}
	if (best == SIZE_MAX ||
	    (t.votes[best] == 0 && main_script == PRECIS_SCRIPT_LATIN)) {
		const struct precis_lang *en = precis_lang_find("english");

		best = (size_t)(en - precis_langs);
	}
	/*
	 * The runner-up outside the winner's family: the winner must lead it
	 * clearly, and only lead its own relatives.
	 */
	rival = SIZE_MAX;
	for (i = 0; i < precis_lang_count; i++)
		if ((cand & (1u << i)) && i != best &&
		    (precis_langs[i].family == PRECIS_FAMILY_NONE ||
		     precis_langs[i].family != precis_langs[best].family) &&
		    (rival == SIZE_MAX || t.votes[i] > t.votes[rival]))
			rival = i;
	out->language = best;
	out->name = precis_langs[best].name;
	out->code = precis_langs[best].code;
	if (t.votes[best] <= 0)
		out->score = 0.0;
	else if (second == SIZE_MAX)
		out->score = 1.0;
	else
		out->score = t.votes[best] / (t.votes[best] + t.votes[second]);
	if (second == SIZE_MAX && main_script != PRECIS_SCRIPT_OTHER &&
	    main_script != PRECIS_SCRIPT_LATIN) {
		/*
		 * The only language of its script (Greek, Armenian, Tamil,
		 * Hebrew, Chinese, Japanese, Korean): the script says enough
		 * in a sentence, without stopwords.
		 */
		out->score = 1.0;
		out->reliable =
			t.words[main_script] >= DETECT_MIN_WORDS_UNIQUE &&
			t.letters[main_script] >=
				DETECT_MIN_SCRIPT_SHARE *
					(double)t.all_letters &&
			(t.foreign < 2 ||
			 t.foreign <= DETECT_MAX_FOREIGN *
					      (double)t.letters[main_script]);
		return PRECIS_OK;
	}
	out->reliable =
		main_script != PRECIS_SCRIPT_OTHER &&
		t.words[main_script] >= DETECT_MIN_WORDS &&
		t.letters[main_script] >=
			DETECT_MIN_SCRIPT_SHARE * (double)t.all_letters &&
		(t.foreign < 2 ||
		 t.foreign <=
			 DETECT_MAX_FOREIGN * (double)t.letters[main_script]) &&
		t.hits[best] >= DETECT_MIN_HITS + (t.words[main_script] <
						   DETECT_SHORT_WORDS) &&
		(second == SIZE_MAX || t.votes[best] > t.votes[second]) &&
		(rival == SIZE_MAX ||
		 t.votes[best] >= DETECT_MIN_RATIO * t.votes[rival]) &&
		(t.words[main_script] >= DETECT_SHORT_WORDS ||
		 second == SIZE_MAX ||
		 t.votes[best] >= DETECT_SHORT_RATIO * t.votes[second]);
	if (!out->reliable)
		out->reliable =
			short_but_clear(&t, main_script, best, second, rival);
	return PRECIS_OK;
}
