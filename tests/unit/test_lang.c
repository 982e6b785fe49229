/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_lang.c - every language: the table, detection, folding, tokens,
 * stemming, splitting and a summary of a short news text in each.
 *
 * The texts are tests/data/lang/<language>.txt, written for these tests.
 * Each row below gives the number of sentences the text has, and a pair of
 * inflected forms of one word that the language's stemmer should conflate.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "detect.h"
#include "lang.h"
#include "precis.h"
#include "terms.h"
#include "text.h"
#include "test_data.h"

struct lang_case {
	const char *name;
	size_t sentences;          /* sentences in the text */
	const char *form1, *form2; /* conflated by the stemmer */
};

static const struct lang_case cases[] = {
	{ "arabic", 4, "المدينة", "مدينة" },
	{ "armenian", 4, "երեխաներ", "երեխա" },
	{ "basque", 4, "udalak", "udal" },
	{ "catalan", 4, "obres", "obra" },
	/* no stemmer: a word is its term */
	{ "chinese", 4, "学校", "学校" },
	{ "danish", 4, "planen", "planer" },
	{ "dutch", 4, "woningen", "woning" },
	{ "english", 4, "approved", "approves" },
	{ "finnish", 4, "kirjaston", "kirjastoon" },
	{ "french", 4, "nouvelles", "nouvelle" },
	{ "german", 5, "Straßenbahnlinie", "Straßenbahnlinien" },
	{ "greek", 4, "δήμαρχο", "δήμαρχος" },
	{ "hindi", 4, "महीने", "महीना" },
	{ "hungarian", 4, "tervek", "terv" },
	{ "indonesian", 4, "pembangunan", "membangun" },
	{ "irish", 4, "bhaile", "baile" },
	{ "italian", 4, "lavori", "lavoro" },
	{ "japanese", 4, "学校", "学校" },
	/* the particle comes off the noun */
	{ "korean", 4, "학교를", "학교에는" },
	{ "lithuanian", 4, "tilto", "tiltas" },
	{ "nepali", 4, "सडकहरू", "सडक" },
	{ "norwegian", 4, "millioner", "million" },
	{ "portuguese", 4, "cidades", "cidade" },
	{ "romanian", 4, "proiectul", "proiect" },
	{ "russian", 4, "города", "город" },
	{ "serbian", 4, "града", "град" },
	{ "spanish", 4, "árboles", "árbol" },
	{ "swedish", 4, "hallen", "hall" },
	{ "tamil", 4, "சாலைகளை", "சாலை" },
	{ "turkish", 4, "yolcular", "yolcuları" },
	{ "yiddish", 4, "קינדער", "קינד" },
};
#define NCASES (sizeof(cases) / sizeof(cases[0]))

/* The test text of a language, tests/data/lang/<name>.txt. */
static char *read_text(const char *name, size_t *len)
{
	char rel[256];

	snprintf(rel, sizeof(rel), "lang/%s.txt", name);
	return read_test_data(rel, len);
}

/* The table: every Snowball language but porter, a list for each. */
static void table(void **state)
{
	size_t i, len;

	(void)state;
	assert_int_equal(precis_language_count(), 31);
	assert_int_equal(precis_lang_count, NCASES);
	assert_int_equal(precis_stopword_index_langs_count, precis_lang_count);
	for (i = 0; i < precis_lang_count; i++) {
		precis_ctx *by_name, *by_code;
		precis_status st;

		assert_string_equal(precis_langs[i].name, cases[i].name);
		/* The detection index numbers the languages as the table. */
		assert_string_equal(precis_stopword_index_langs[i],
				    precis_langs[i].name);
		assert_non_null(precis_lang_stopwords(&precis_langs[i], &len));
		assert_true(len > 0);
		assert_non_null(precis_language_stopword_source(i));
		by_name = precis_new(precis_language_name(i), &st);
		assert_non_null(by_name);
		by_code = precis_new(precis_language_code(i), &st);
		assert_non_null(by_code);
		assert_string_equal(precis_language(by_code),
				    precis_language_name(i));
		precis_free(by_name);
		precis_free(by_code);
	}
	assert_null(precis_lang_find("porter"));
	assert_null(precis_language_name(precis_language_count()));
}

/* Each text: detected, split, stemmed and summarized. */
static void texts(void **state)
{
	precis_ctx *ctx = precis_new("auto", NULL);
	size_t i;

	(void)state;
	assert_non_null(ctx);
	assert_string_equal(precis_language(ctx), "auto");
	for (i = 0; i < NCASES; i++) {
		const struct lang_case *c = &cases[i];
		const struct precis_lang *lang = precis_lang_find(c->name);
		precis_detection d;
		struct precis_vocab v;
		struct precis_stem *s1, *s2;
		precis_summary *sum;
		precis_ctx *fixed;
		size_t len, want;
		char *text = read_text(c->name, &len);

		assert_int_equal(precis_detect(text, len, &d), PRECIS_OK);
		if (strcmp(d.name, c->name) != 0 || !d.reliable)
			fail_msg("%s: detected %s (reliable %d, score %.2f)",
				 c->name, d.name, d.reliable, d.score);

		assert_int_equal(precis_summarize(ctx, text, len, NULL, &sum),
				 PRECIS_OK);
		assert_string_equal(precis_summary_language(sum), c->name);
		assert_true(precis_summary_detection(sum, &d));
		assert_true(d.reliable);
		assert_true(precis_summary_count(sum) >= 1);
		want = c->sentences;
		if (precis_summary_sentence_count(sum) != want)
			fail_msg("%s: %zu sentences, want %zu", c->name,
				 precis_summary_sentence_count(sum), want);
		precis_summary_free(sum);

		/* A context for the language itself agrees. */
		fixed = precis_new(c->name, NULL);
		assert_non_null(fixed);
		assert_int_equal(precis_split(fixed, text, len,
					      PRECIS_TITLE_NONE, &sum),
				 PRECIS_OK);
		assert_int_equal(precis_summary_sentence_count(sum), want);
		assert_false(precis_summary_detection(sum, NULL));
		precis_summary_free(sum);
		precis_free(fixed);

		assert_int_equal(precis_vocab_init(&v, lang->name, NULL, 0,
						   lang->fold_flags),
				 PRECIS_OK);
		assert_int_equal(precis_vocab_lookup(&v, c->form1,
						     strlen(c->form1), &s1),
				 PRECIS_OK);
		assert_int_equal(precis_vocab_lookup(&v, c->form2,
						     strlen(c->form2), &s2),
				 PRECIS_OK);
		assert_non_null(s1);
		assert_non_null(s2);
		if (s1 != s2)
			fail_msg("%s: %s -> %.*s but %s -> %.*s", c->name,
				 c->form1, (int)s1->len, s1->key, c->form2,
				 (int)s2->len, s2->key);
		precis_vocab_free(&v);
		free(text);
	}
	precis_free(ctx);
}

static void check_unsure(const char *text)
{
	precis_detection d;

	assert_int_equal(precis_detect(text, strlen(text), &d), PRECIS_OK);
	if (d.reliable)
		fail_msg("\"%s\": claims %s reliably", text, d.name);
}

/* Too little, or too mixed, to be sure; English is the fallback. */
static void unsure(void **state)
{
	precis_detection d;
	precis_summary *sum;
	precis_ctx *ctx;

	(void)state;
	assert_int_equal(precis_detect(NULL, 0, &d), PRECIS_OK);
	assert_false(d.reliable);
	assert_string_equal(d.name, "english");
	assert_int_equal(precis_detect("", 0, &d), PRECIS_OK);
	assert_false(d.reliable);
	assert_string_equal(d.name, "english");
	assert_int_equal(precis_detect(NULL, 1, &d), PRECIS_ERR_INVALID);
	assert_int_equal(precis_detect("x", 1, NULL), PRECIS_ERR_INVALID);
	check_unsure("Hello world");
	check_unsure("Guten Tag");
	check_unsure("Καλημέρα κόσμε");
	check_unsure("Привет, мир!");
	check_unsure("12345 67890 !!! ???");
	check_unsure("东京 北京");
	/* Half Russian, half English: no script holds most letters. */
	check_unsure("The mayor said that the work would begin in the spring "
		     "and end in the autumn. Мэр сказал, что работы начнутся "
		     "весной и закончатся осенью.");

	/* Unsupported languages whose letters betray them. */
	check_unsure("Městská rada v Brně ve středu schválila plán na stavbu "
		     "nové tramvajové trati. Podle primátora práce začnou na "
		     "jaře a potrvají dva roky.");
	check_unsure("Rada miasta w Krakowie zatwierdziła we wtorek plan "
		     "budowy nowej linii tramwajowej. Według prezydenta miasta "
		     "prace rozpoczną się wiosną i potrwają dwa lata.");
	check_unsure("Міська рада Львова в середу схвалила будівництво нової "
		     "лінії трамваю. За словами мера, роботи почнуться навесні "
		     "і триватимуть два роки.");
	check_unsure(
		"شورای شهر تهران روز چهارشنبه طرح ساخت یک خط جدید مترو "
		"را تصویب کرد. به گفته شهردار، کار از بهار آغاز می‌شود و "
		"دو سال طول می‌کشد.");

	ctx = precis_new("auto", NULL);
	assert_non_null(ctx);
	assert_int_equal(precis_summarize(ctx, "Guten Tag", 9, NULL, &sum),
			 PRECIS_OK);
	assert_string_equal(precis_summary_language(sum), "english");
	assert_true(precis_summary_detection(sum, &d));
	assert_false(d.reliable);
	precis_summary_free(sum);
	assert_int_equal(precis_summarize(ctx, "", 0, NULL, &sum), PRECIS_OK);
	assert_string_equal(precis_summary_language(sum), "english");
	precis_summary_free(sum);
	precis_free(ctx);
}

/* Mixed scripts: the main script decides, foreign names do not. */
/*
 * One sentence of content words, without telling letters or with few
 * stopwords: word endings, letter pairs and letters of one language decide.
 */
static void short_sentences(void **state)
{
	static const struct {
		const char *text, *lang;
	} snips[] = {
		{ "Liikenne ohjataan kiertotielle.", "finnish" },
		{ "Proje için halk toplantısı yapıldı.", "turkish" },
		{ "Hat, okul, hastane vb. kamu binalarını birbirine "
		  "bağlayacak.",
		  "turkish" },
		{ "Borgmesteren siger, at pengene er fundet.", "danish" },
		{ "Ordføreren sier at pengene er funnet.", "norwegian" },
		{ "Omwonenden maken zich zorgen over het verkeer.", "dutch" },
	};
	precis_detection d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(snips) / sizeof(snips[0]); i++) {
		assert_int_equal(precis_detect(snips[i].text,
					       strlen(snips[i].text), &d),
				 PRECIS_OK);
		if (!d.reliable || strcmp(d.name, snips[i].lang) != 0)
			fail_msg("\"%s\": %s (%s), want %s", snips[i].text,
				 d.name, d.reliable ? "sure" : "unsure",
				 snips[i].lang);
	}
	/* a Roman numeral is no Finnish vowel pair */
	assert_int_equal(precis_detect("(iii) Goodbye world.", 20, &d),
			 PRECIS_OK);
	assert_string_equal(d.name, "english");
}

static void mixed(void **state)
{
	static const char ru[] =
		"Компания Apple и компания Google в понедельник представили "
		"новые телефоны в Москве. По словам аналитиков, цены на них "
		"будут выше, чем в прошлом году.";
	static const char sr_latin[] =
		"Skupština grada je u četvrtak usvojila plan za izgradnju "
		"novog mosta. Prema rečima gradonačelnika, radovi će početi "
		"na proleće i trajaće oko dve godine.";
	precis_detection d;

	(void)state;
	assert_int_equal(precis_detect(ru, strlen(ru), &d), PRECIS_OK);
	assert_string_equal(d.name, "russian");
	assert_true(d.reliable);
	assert_int_equal(precis_detect(sr_latin, strlen(sr_latin), &d),
			 PRECIS_OK);
	assert_string_equal(d.name, "serbian");
	assert_true(d.reliable);
}

/* Only a bounded prefix is read: a long text costs no more. */
static void prefix(void **state)
{
	size_t len, i, n = 0;
	char *one = read_text("german", &len);
	char *big = malloc(len * 200 + 1);
	precis_detection d;

	(void)state;
	assert_non_null(big);
	for (i = 0; i < 200; i++, n += len)
		memcpy(big + n, one, len);
	/* Invalid UTF-8 far away does not matter. */
	big[n - 5] = (char)0xFF;
	assert_int_equal(precis_detect(big, n, &d), PRECIS_OK);
	assert_string_equal(d.name, "german");
	assert_true(d.reliable);
	free(big);
	free(one);
}

static void check_fold(unsigned flags, const char *in, const char *want)
{
	struct precis_fold_buf fb = { 0 };
	size_t n = precis_fold_word(&fb, in, strlen(in), flags);

	assert_true(n != SIZE_MAX);
	if (n != strlen(want) || memcmp(fb.out, want, n) != 0)
		fail_msg("folding \"%s\": got \"%.*s\", want \"%s\"", in,
			 (int)n, fb.out, want);
	precis_fold_buf_free(&fb);
}

/*
 * The letter-by-letter fold agrees with utf8proc's full one for every code
 * point up to the Arabic block, inside a word and at its end, with and
 * without the Turkish flag.
 */
static void fold_paths_agree(void)
{
	struct precis_fold_buf fast = { 0 }, full = { 0 };
	unsigned flags;
	int32_t cp;

	for (flags = 0; flags <= 2 * PRECIS_FOLD_TURKIC + 1; flags++)
		for (cp = 0x41; cp < 0x0700; cp++) {
			char word[16];
			size_t n = 0, a, b;

			n += precis_utf8_encode('A', word + n);
			n += precis_utf8_encode(cp, word + n);
			/* Odd rounds: the code point ends the word. */
			if (!(flags & 1))
				n += precis_utf8_encode(0x0436, word + n);
			a = precis_fold_word(&fast, word, n, flags >> 1);
			b = precis_fold_word(&full, word, n,
					     (flags >> 1) | PRECIS_FOLD_FULL);
			if (a != b || memcmp(fast.out, full.out, a) != 0)
				fail_msg("U+%04X: the fold paths differ",
					 (unsigned)cp);
		}
	precis_fold_buf_free(&fast);
	precis_fold_buf_free(&full);
}

static void folding(void **state)
{
	(void)state;
	fold_paths_agree();
	check_fold(0, "HELLO", "hello");
	/* Greek: final sigma and capital sigma fold alike. */
	check_fold(0, "ΛΌΓΟΣ", "λόγοσ");
	check_fold(0, "λόγος", "λόγοσ");
	/* NFC: a decomposed accent composes. */
	check_fold(0, "Cafe\xcc\x81", "café");
	check_fold(0, "Straße", "strasse");
	/* Turkish: dotted capital I to i; with the flag, I to dotless i. */
	check_fold(0, "İSTANBUL", "istanbul");
	check_fold(PRECIS_FOLD_TURKIC, "ILIK", "ılık");
	/* Typographic apostrophe; zero-width joiners dropped. */
	check_fold(0, "don\xe2\x80\x99t", "don't");
	check_fold(0, "क\xe2\x80\x8dष", "कष");
	/* Yiddish: a precomposed pointed alef is its NFC, alef + patah. */
	check_fold(0, "\xef\xac\xae", "\xd7\x90\xd6\xb7");
	check_fold(0, "Ёлка", "ёлка");
	check_fold(0, "ԱՐԵՎ", "արեվ");
}

static void check_tokens(const char *text, size_t want)
{
	struct precis_word_scan scan;
	size_t b, n, count = 0;
	bool chunk;

	precis_word_scan_init(&scan, text, 0, strlen(text));
	while (precis_word_next(&scan, &b, &n, &chunk))
		count++;
	if (count != want)
		fail_msg("\"%s\": %zu words, want %zu", text, count, want);
}

static void tokens(void **state)
{
	(void)state;
	/* Devanagari vowel signs and nukta are marks inside the word. */
	check_tokens("किताबें बाज़ार में", 3);
	check_tokens("सार्वजनिक गरेको छ।", 3);
	/* Tamil vowel signs and virama. */
	check_tokens("தெரிவித்துள்ளனர் என்று", 2);
	/* Arabic with vowel marks, Hebrew-script Yiddish with points. */
	check_tokens("كَتَبَ الوَلَدُ", 2);
	check_tokens("אַ נײַע ביבליאָטעק", 3);
	/* Armenian question mark over a vowel, inside the word. */
	check_tokens("ինչո՞ւ եկար", 2);
	/* Zero-width non-joiner inside a word. */
	check_tokens("می\xe2\x80\x8cخواهم", 1);
	check_tokens("Καλημέρα, κόσμε!", 2);
	/* Irish n-, t-, h- before a vowel stay with their word. */
	check_tokens("go n-osclófar an t-uisce", 4);
}

/* Sentence rules of each language: abbreviations, ordinals, marks, quotes. */
struct split_case {
	const char *lang;
	const char *text;
	size_t sentences;
};

static const struct split_case split_cases[] = {
	{ "de",
	  "Die Sitzung beginnt am 3. Oktober um 10 Uhr. Dr. Müller "
	  "leitet sie, z.B. mit einem Bericht.",
	  2 },
	{ "de", "Er sagte: „Wir fangen morgen an.“ Dann ging er.", 2 },
	{ "fr",
	  "Le maire a parlé hier. « Nous partons demain ! » Puis il "
	  "est reparti.",
	  3 },
	{ "fr",
	  "Le maire a parlé hier. «Nous partons demain!» Puis il est "
	  "reparti.",
	  3 },
	{ "es", "El Sr. García llegó ayer. ¿Vendrá mañana? Nadie lo sabe.", 3 },
	{ "it", "Il sig. Rossi è arrivato ieri. Ha detto che tornerà.", 2 },
	{ "pt", "O Sr. Silva chegou ontem. Disse que volta amanhã.", 2 },
	{ "nl",
	  "Dhr. Jansen kwam gisteren aan, o.a. met zijn zoon. Hij "
	  "blijft tot zondag.",
	  2 },
	{ "ru",
	  "Об этом сообщил проф. Иванов. Он доволен, т.е. всё идёт "
	  "по плану.",
	  2 },
	{ "tr",
	  "Prof. Dr. Ahmet Yılmaz açıklama yaptı. 19. yüzyılda kurulan "
	  "okul yenilenecek.",
	  2 },
	{ "da",
	  "Mødet starter kl. 10 den 3. oktober. Der kommer bl.a. to "
	  "ministre.",
	  2 },
	{ "no",
	  "Møtet starter kl. 10 den 3. oktober. Det kommer bl.a. to "
	  "statsråder.",
	  2 },
	{ "sv",
	  "Mötet börjar kl. 10 i morgon. Det kommer bl.a. två "
	  "ministrar, t.ex. finansministern.",
	  2 },
	{ "fi",
	  "Kokous alkaa 3. lokakuuta klo 10. Se kestää n. kaksi "
	  "tuntia, ja paikalla on mm. kaksi ministeriä.",
	  2 },
	{ "hu",
	  "A találkozó 2024. október 3. napján lesz. Dr. Kovács is "
	  "részt vesz.",
	  2 },
	{ "sr",
	  "Sastanak počinje 3. oktobra u 10 časova. Doći će dr. "
	  "Petrović.",
	  2 },
	{ "el", "Θα έρθει; Κανείς δεν ξέρει.", 2 },
	{ "hy", "Նա եկավ։ Բոլորը ուրախ էին։", 2 },
	{ "hi", "वह आया। सब खुश थे।", 2 },
	{ "ar", "هل سيأتي؟ لا أحد يعرف.", 2 },
	{ "de",
	  "Das kostet inkl. Steuern rund 5 Euro. Danach wird es "
	  "teurer.",
	  2 },
	{ "de", "Das Treffen ist am Mo. 3. Juni. Alle kommen.", 2 },
	{ "tr", "Toplantıya yakl. 300 kişi katıldı. Herkes memnun.", 2 },
	{ "fr", "M. Macron a parlé hier soir. Il reviendra.", 2 },
	{ "es", "Pagó aprox. 300 euros, según la policía. Nadie lo cree.", 2 },
	{ "it", "La sig.ra Verdi è arrivata. Ha parlato poco.", 2 },
	{ "ru", "В 2020 г. город вырос на 5 тыс. человек. Мэр доволен.", 2 },
	/* Quote styles, with and without the French spaces. */
	{ "fr",
	  "Le maire hésite. « Vraiment ? » a-t-il demandé. Personne "
	  "ne répond !",
	  3 },
	{ "fr",
	  "Le maire hésite. «Vraiment?» a-t-il demandé. Personne ne "
	  "répond!",
	  3 },
	{ "de", "Sie sagte: ‚Gut.‘ Dann schwieg sie.", 2 },
	{ "de", "Er sagte: »Wir fangen morgen an.« Dann ging er.", 2 },
	{ "da", "Han sagde: »Vi kommer i morgen.« Så gik han.", 2 },
	{ "no", "Han sa: «Vi kommer i morgen.» Så gikk han.", 2 },
	{ "ru", "Он сказал: «Мы придём завтра». Потом он ушёл.", 2 },
};

static void sentence_rules(void **state)
{
	size_t i, k, bad = 0;

	(void)state;
	for (i = 0; i < sizeof(split_cases) / sizeof(split_cases[0]); i++) {
		const struct split_case *c = &split_cases[i];
		precis_ctx *ctx = precis_new(c->lang, NULL);
		precis_summary *sum;
		size_t n;

		assert_non_null(ctx);
		assert_int_equal(precis_split(ctx, c->text, strlen(c->text),
					      PRECIS_TITLE_NONE, &sum),
				 PRECIS_OK);
		n = precis_summary_sentence_count(sum);
		if (n != c->sentences) {
			for (k = 0; k < n; k++) {
				const precis_sentence *s =
					precis_summary_sentence(sum, k);

				print_message("  [%.*s]\n", (int)s->length,
					      c->text + s->offset);
			}
			print_message("%s: \"%s\": %zu sentences, want %zu\n",
				      c->lang, c->text, n, c->sentences);
			bad++;
		}
		precis_summary_free(sum);
		precis_free(ctx);
	}
	assert_int_equal(bad, 0);
}

/* The quote feature sees the quotation marks of other languages. */
static double quote_of_second(const char *lang, const char *text)
{
	precis_ctx *ctx = precis_new(lang, NULL);
	precis_summary *sum;
	double q;

	assert_non_null(ctx);
	assert_int_equal(precis_summarize(ctx, text, strlen(text), NULL, &sum),
			 PRECIS_OK);
	assert_int_equal(precis_summary_sentence_count(sum), 3);
	q = precis_summary_feature(sum, 1, PRECIS_FEATURE_QUOTE);
	/* The sentence after the quote is not quoted. */
	assert_true(precis_summary_feature(sum, 2, PRECIS_FEATURE_QUOTE) ==
		    0.0);
	precis_summary_free(sum);
	precis_free(ctx);
	return q;
}

static void quotes(void **state)
{
	(void)state;
	assert_true(quote_of_second("de",
				    "Der Rat tagte am Abend. "
				    "„Wir bauen eine neue Schule“, sagte die "
				    "Bürgermeisterin. "
				    "Die Kosten sind noch offen.") > 0.3);
	assert_true(
		quote_of_second(
			"fr",
			"Le conseil a voté hier. "
			"« Nous allons construire une école », a dit le maire. "
			"Le coût reste inconnu.") > 0.3);
	assert_true(
		quote_of_second("da",
				"Byrådet mødtes i aftes. "
				"»Vi bygger en ny skole«, sagde borgmesteren. "
				"Prisen er ukendt.") > 0.3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table),   cmocka_unit_test(texts),
		cmocka_unit_test(unsure),  cmocka_unit_test(short_sentences),
		cmocka_unit_test(mixed),   cmocka_unit_test(prefix),
		cmocka_unit_test(folding), cmocka_unit_test(tokens),
		cmocka_unit_test(quotes),  cmocka_unit_test(sentence_rules),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
