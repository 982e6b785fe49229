/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_terms.c - the word scanner and the vocabulary.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "terms.h"

/*
 * Scans text and checks the words against want, a "|"-separated list in
 * which a word that does not start a new chunk of running text is written
 * with a leading "+".
 */
static void check_words(const char *text, const char *want)
{
	struct precis_word_scan scan;
	char got[512] = "";
	size_t b, n, used = 0;
	bool chunk;

	precis_word_scan_init(&scan, text, 0, strlen(text));
	while (precis_word_next(&scan, &b, &n, &chunk))
		used += (size_t)snprintf(got + used, sizeof(got) - used,
					 "%s%s%.*s", used ? "|" : "",
					 chunk ? "" : "+", (int)n, text + b);
	if (strcmp(got, want) != 0)
		fail_msg("scanning \"%s\": got \"%s\", want \"%s\"", text, got,
			 want);
}

static void scanner(void **state)
{
	(void)state;
	check_words("", "");
	check_words(" \t ", "");
	check_words("Hello, world!", "Hello|world");
	check_words("don't stop O'Brien", "don't|stop|O'Brien");
	check_words("don\xe2\x80\x99t", "don\xe2\x80\x99t");
	check_words("pi is 3.14, or 1,000.50", "pi|is|3.14|or|1,000.50");
	check_words("the U.S.A. and u.s. cases", "the|U.S.A|and|u.s|cases");
	check_words("self-standing words", "self|+standing|words");
	check_words("world.Today", "world|+Today");
	check_words("\"Quoted\" (text)", "Quoted|text");
	check_words("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, "
		    "\xd0\xbc\xd0\xb8\xd1\x80",
		    "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82|"
		    "\xd0\xbc\xd0\xb8\xd1\x80");
	/* Combining marks stay inside the word. */
	check_words("e\xcc\x81t\xcc\x81 x", "e\xcc\x81t\xcc\x81|x");
	/* A trailing apostrophe or point is not part of the word. */
	check_words("dogs' end.", "dogs|end");
	/* Han and kana: overlapping pairs, one chunk; a lone one alone. */
	check_words("東京都の AB東", "東京|+京都|+都の|AB|+東");
	check_words("北京、上海", "北京|+上海");
	check_words("中 国", "中|国");
	/* Hangul is written in words. */
	check_words("서울시는 어제", "서울시는|어제");
}

/* No stemmer: pairs with particles and Korean particles. */
static void no_stemmer(void **state)
{
	static const char stop[] = "の\nは\n的\n了\n";
	struct precis_vocab v;
	struct precis_stem *a, *b;

	(void)state;
	assert_int_equal(precis_vocab_init(&v, "japanese", stop, strlen(stop),
					   PRECIS_FOLD_NO_STEM),
			 PRECIS_OK);
	assert_null(v.stemmer);
	/* a kana stopword in the pair, both characters stopwords */
	assert_int_equal(precis_vocab_lookup(&v, "都の", strlen("都の"), &a),
			 PRECIS_OK);
	assert_null(a);
	assert_int_equal(precis_vocab_lookup(&v, "的了", strlen("的了"), &a),
			 PRECIS_OK);
	assert_null(a);
	/* one Han stopword in a pair of Han characters keeps the pair */
	assert_int_equal(precis_vocab_lookup(&v, "的人", strlen("的人"), &a),
			 PRECIS_OK);
	assert_non_null(a);
	assert_int_equal(precis_vocab_lookup(&v, "東京", strlen("東京"), &a),
			 PRECIS_OK);
	assert_non_null(a);
	assert_int_equal(a->len, strlen("東京"));
	/* Korean: the particle comes off, two syllables stay */
	assert_int_equal(precis_vocab_lookup(&v, "정부는", strlen("정부는"),
					     &a),
			 PRECIS_OK);
	assert_int_equal(precis_vocab_lookup(&v, "정부가", strlen("정부가"),
					     &b),
			 PRECIS_OK);
	assert_non_null(a);
	assert_ptr_equal(a, b);
	assert_int_equal(a->len, strlen("정부"));
	/* a one-syllable stem keeps its particle */
	assert_int_equal(precis_vocab_lookup(&v, "나는", strlen("나는"), &a),
			 PRECIS_OK);
	assert_int_equal(a->len, strlen("나는"));
	precis_vocab_free(&v);
}

static int setup(void **state)
{
	static struct precis_vocab vocab;
	static const char stop[] = "the | article\nand of\ndon't\n";

	if (precis_vocab_init(&vocab, "english", stop, sizeof(stop) - 1, 0) !=
	    PRECIS_OK)
		return -1;
	*state = &vocab;
	return 0;
}

static int teardown(void **state)
{
	precis_vocab_free(*state);
	return 0;
}

/* The stem of s, or NULL for a word that is no term. */
static struct precis_stem *look(struct precis_vocab *v, const char *s)
{
	struct precis_stem *stem = (struct precis_stem *)v;

	assert_int_equal(precis_vocab_lookup(v, s, strlen(s), &stem),
			 PRECIS_OK);
	assert_true(stem != (struct precis_stem *)v);
	return stem;
}

static void vocabulary(void **state)
{
	struct precis_vocab *v = *state;
	struct precis_stem *a, *b;
	size_t words;
	char *huge;

	/* Stopwords, case folded, with typographic apostrophes. */
	assert_null(look(v, "the"));
	assert_null(look(v, "The"));
	assert_null(look(v, "DON\xe2\x80\x99T"));
	assert_non_null(look(v, "article")); /* in a comment: not listed */

	/* Inflected forms share one interned stem. */
	a = look(v, "Running");
	b = look(v, "runs");
	assert_ptr_equal(a, b);
	assert_int_equal(a->len, 3);
	assert_memory_equal(a->key, "run", 3);
	assert_ptr_equal(look(v, "connection"), look(v, "connected"));
	assert_ptr_not_equal(look(v, "harbour"), a);

	/* A word is cached: seen again, it adds nothing. */
	words = v->count;
	assert_ptr_equal(look(v, "Running"), a);
	assert_int_equal(v->count, words);
	assert_true(look(v, "1,000")->numeric);
	assert_false(a->numeric);

	/* An over-long word is no term and is not cached. */
	huge = malloc(100000);
	assert_non_null(huge);
	memset(huge, 'x', 100000);
	words = v->count;
	assert_int_equal(precis_vocab_lookup(v, huge, 100000, &a), PRECIS_OK);
	assert_null(a);
	assert_int_equal(v->count, words);
	free(huge);
}

/* The stem of the made-up word "w<n>x", found once. */
static struct precis_stem *look_nth(struct precis_vocab *v, unsigned n)
{
	char w[32];

	snprintf(w, sizeof(w), "w%ux", n);
	return look(v, w);
}

static void trim(void **state)
{
	struct precis_vocab *v = *state;
	struct precis_stem *run, *kept[3];
	unsigned i, j;
	size_t words;

	/* Three words found often, one less often, and a long tail. */
	run = look(v, "running");
	for (i = 0; i < 3; i++)
		kept[i] = look_nth(v, i);
	for (j = 0; j < 5; j++)
		for (i = 0; i < 3; i++)
			assert_ptr_equal(look_nth(v, i), kept[i]);
	assert_ptr_equal(look(v, "running"), run);
	for (i = 100; i < 1100; i++)
		look_nth(v, i);
	words = v->count;
	assert_int_equal(words, 1004);

	/*
	 * Keeping four keeps the four found most: looked up again they add
	 * nothing.  Their stems are the same stems, though a trim moves them.
	 */
	precis_vocab_trim(v, 4);
	assert_int_equal(v->count, 4);
	for (i = 0; i < 3; i++) {
		kept[i] = look_nth(v, i);
		assert_int_equal(kept[i]->len, 3);
		assert_int_equal(kept[i]->key[0], 'w');
		assert_ptr_equal(look_nth(v, i), kept[i]);
	}
	run = look(v, "running");
	assert_memory_equal(run->key, "run", 3);
	assert_int_equal(v->count, 4);
	assert_ptr_equal(look(v, "runs"), run); /* a new word, a kept stem */
	assert_int_equal(v->count, 5);

	/* A dropped word comes back as new, with an equal stem. */
	assert_memory_equal(look_nth(v, 500)->key, "w500x", 5);
	assert_int_equal(v->count, 6);

	/* Keeping more than there are changes nothing; keeping none empties. */
	precis_vocab_trim(v, 100);
	assert_int_equal(v->count, 6);
	precis_vocab_trim(v, 0);
	assert_int_equal(v->count, 0);
	assert_ptr_not_equal(look(v, "running"), NULL);
	assert_int_equal(v->count, 1);
}

/* A vocabulary of stopwords only has no stem table to trim. */
static void trim_stopwords(void **state)
{
	struct precis_vocab *v = *state;

	assert_null(look(v, "the"));
	assert_null(look(v, "and"));
	assert_null(look(v, "the"));
	assert_int_equal(v->count, 2);
	assert_int_equal(v->stems_cap, 0);
	precis_vocab_trim(v, 1);
	assert_int_equal(v->count, 1);
	assert_null(look(v, "the")); /* found more: kept */
	assert_int_equal(v->count, 1);
}

static void replace_stopwords(void **state)
{
	struct precis_vocab *v = *state;
	static const char list[] = "harbour\n";

	assert_null(look(v, "the"));
	assert_int_equal(precis_vocab_set_stopwords(v, list, sizeof(list) - 1),
			 PRECIS_OK);
	assert_null(look(v, "Harbour"));
	assert_non_null(look(v, "the"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(scanner),
		cmocka_unit_test(no_stemmer),
		cmocka_unit_test_setup_teardown(vocabulary, setup, teardown),
		cmocka_unit_test_setup_teardown(trim, setup, teardown),
		cmocka_unit_test_setup_teardown(trim_stopwords, setup,
						teardown),
		cmocka_unit_test_setup_teardown(replace_stopwords, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
