/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_split.c - property tests of the sentence splitter.
 *
 * Whatever the input, the spans must be non-empty, in order, inside the
 * text, must start and end on a character that is not white space, and
 * only white space may lie between them.  These tests check that over
 * inputs built at random from sentence-like pieces and from raw bytes
 * (with a fixed seed, so that a failure repeats), and over pathological
 * inputs that would expose quadratic behaviour: a megabyte of periods, a
 * ten-megabyte line without spaces, a million quotes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <utf8proc.h>

#include "../split_invariants.h"
#include "alloc.h"
#include "split.h"
#include "split_rules.h"

static size_t check_split(const struct precis_split_rules *rules,
			  const char *text, size_t len)
{
	struct precis_spanvec v = { 0 };
	const char *why;
	char *copy = malloc(len ? len : 1);
	size_t n;

	/* an exact-size copy, so that a sanitizer sees any read past it */
	assert_non_null(copy);
	memcpy(copy, text, len);
	text = copy;
	assert_int_equal(precis_split_text(rules, text, len, &v), 0);
	why = split_violation(text, len, &v);
	if (why != NULL) {
		fprintf(stderr,
			"invariant broken: %s\ninput (%zu bytes): "
			"%.*s\n",
			why, len, (int)(len < 400 ? len : 400), text);
		fail();
	}
	n = v.n;
	precis_spanvec_free(&v);
	free(copy);
	return n;
}

/* ---------------------------------------------------------------- */
/* Random inputs */

struct rng {
	uint64_t s;
};

static uint32_t next_rand(struct rng *r)
{
	r->s ^= r->s << 13;
	r->s ^= r->s >> 7;
	r->s ^= r->s << 17;
	return (uint32_t)(r->s >> 11);
}

static const char *const pieces[] = {
	"Hello",
	"world",
	"the",
	"U.S.",
	"e.g.",
	"Mr.",
	"Dr",
	"St.",
	"a.m.",
	"J.",
	"I",
	"i",
	"Inc.",
	"etc.",
	"3.14",
	"$5.3bn",
	"1,000.50",
	"v2.1.3",
	"1.",
	"2.",
	"3)",
	"a.",
	"b)",
	"ii.",
	"(1)",
	"\xe2\x80\xa2",
	"\xe2\x81\x83",
	"-",
	"*",
	".",
	"..",
	"...",
	". . .",
	"\xe2\x80\xa6",
	"?",
	"!",
	"?!",
	"!!",
	"\"",
	"'",
	"''",
	"``",
	"\xe2\x80\x9c",
	"\xe2\x80\x9d",
	"\xe2\x80\x99",
	"\xc2\xab",
	"\xc2\xbb",
	"(",
	")",
	"[",
	"]",
	"[...]",
	" ",
	" ",
	" ",
	"  ",
	"\n",
	"\n",
	"\n\n",
	"\r\n",
	"\t",
	"\xc2\xa0",
	"\xe2\x80\x83",
	"\xe3\x80\x80",
	"\xef\xbb\xbf",
	"\xe2\x80\xa8",
	"\xe2\x80\xa9",
	"\xe3\x80\x82",
	"\xef\xbc\x81",
	"\xe3\x80\x8d",
	"\xe0\xa5\xa4",
	"\xd8\x9f",
	";",
	":",
	",",
	"https://example.com/a.html",
	"Jane.Doe@example.com",
	"iPhone",
	"HELLO",
	"\xce\x91",
	"\xd0\xaf",
	"\xff",
	"\xc3",
	"\xe2\x80",
	"\x80",
	"\xed\xa0\x80",
	"N\xc2\xb0",
	"0",
};

static size_t build_random(struct rng *r, char *buf, size_t cap)
{
	size_t len = 0, count = next_rand(r) % 120, k;

	for (k = 0; k < count; k++) {
		const char *p = pieces[next_rand(r) %
				       (sizeof(pieces) / sizeof(pieces[0]))];
		size_t n = strlen(p);

		if (len + n + 1 > cap)
			break;
		memcpy(buf + len, p, n);
		len += n;
		if (next_rand(r) % 3 == 0 && len + 1 < cap)
			buf[len++] = ' ';
	}
	return len;
}

static void test_random_pieces(void **state)
{
	const struct precis_split_rules *all[SPLIT_RULES_MAX];
	size_t nall = split_all_rules(all);
	struct rng r = { 0x9E3779B97F4A7C15ull };
	char buf[4096];
	int k;

	(void)state;
	for (k = 0; k < 40000; k++) {
		size_t len = build_random(&r, buf, sizeof(buf));

		check_split(all[(size_t)k % nall], buf, len);
	}
}

static void test_random_bytes(void **state)
{
	static const char alphabet[] = " .\n!?\"'()aA1\t\xc2\xa0\xe2\x80\xa6";
	struct rng r = { 12345 };
	char buf[512];
	int k;

	(void)state;
	for (k = 0; k < 40000; k++) {
		size_t len = next_rand(&r) % sizeof(buf), i;
		int raw = k % 2;

		for (i = 0; i < len; i++)
			buf[i] = raw ? (char)next_rand(&r) :
				       alphabet[next_rand(&r) %
						(sizeof(alphabet) - 1)];
		check_split(&precis_split_rules_english, buf, len);
	}
}

/* ---------------------------------------------------------------- */
/* Fixed inputs */

static void test_empty_and_blank(void **state)
{
	struct precis_spanvec v = { 0 };

	(void)state;
	assert_int_equal(precis_split_text(&precis_split_rules_english, "", 0,
					   &v),
			 0);
	assert_int_equal(v.n, 0);
	assert_int_equal(check_split(&precis_split_rules_english,
				     " \n\t\xc2\xa0\xe3\x80\x80", 8),
			 0);
	assert_int_equal(check_split(&precis_split_rules_english, "x", 1), 1);
	assert_int_equal(check_split(&precis_split_rules_english, ".", 1), 1);
	assert_int_equal(check_split(NULL, "A b. C d.", 9), 2);
	precis_spanvec_free(&v);
}

static void test_rules_for(void **state)
{
	(void)state;
	assert_ptr_equal(precis_split_rules_for("english"),
			 &precis_split_rules_english);
	assert_ptr_equal(precis_split_rules_for("german"),
			 &precis_split_rules_german);
	assert_ptr_equal(precis_split_rules_for("greek"),
			 &precis_split_rules_greek);
	assert_ptr_equal(precis_split_rules_for("klingon"),
			 &precis_split_rules_generic);
	assert_ptr_equal(precis_split_rules_for(NULL),
			 &precis_split_rules_generic);
}

static void test_reuses_vector(void **state)
{
	struct precis_spanvec v = { 0 };
	const char *a = "One. Two. Three.", *b = "Four.";

	(void)state;
	assert_int_equal(precis_split_text(&precis_split_rules_english, a,
					   strlen(a), &v),
			 0);
	assert_int_equal(v.n, 3);
	assert_int_equal(precis_split_text(&precis_split_rules_english, b,
					   strlen(b), &v),
			 0);
	assert_int_equal(v.n, 1);
	assert_int_equal(v.v[0].offset, 0);
	assert_int_equal(v.v[0].length, 5);
	precis_spanvec_free(&v);
	assert_null(v.v);
}

/* A word of a rule table: valid UTF-8, in lower case, not empty. */
static void check_word(const char *w)
{
	const unsigned char *s = (const unsigned char *)w;
	size_t len = strlen(w), i = 0, n;

	if (len == 0)
		fail_msg("empty word in a rule table");
	while (i < len) {
		uint32_t c = dec(s, len, i, &n);

		if (c == 0xFFFD)
			fail_msg("invalid UTF-8 in rule word \"%s\"", w);
		if ((uint32_t)utf8proc_tolower((utf8proc_int32_t)c) != c)
			fail_msg("rule word \"%s\" is not in lower case", w);
		i += n;
	}
}

static void check_words(const char *const *list)
{
	for (; list != NULL && *list != NULL; list++)
		check_word(*list);
}

/* The rule tables: abbreviations are lower case without a final period. */
static void test_rule_tables(void **state)
{
	const struct precis_split_rules *all[SPLIT_RULES_MAX];
	size_t nall = split_all_rules(all);
	size_t t, k;

	(void)state;
	/* generic and the 21 languages with tables of their own */
	assert_true(nall >= 22);
	for (t = 0; t < nall; t++) {
		const struct precis_split_rules *r = all[t];

		assert_non_null(r->name);
		assert_non_null(r->openers);
		assert_non_null(r->closers);
		for (k = 0; k < r->n_abbrevs; k++) {
			const char *w = r->abbrevs[k].word;
			size_t n = strlen(w), i;

			assert_true(n > 0);
			assert_true(w[n - 1] != '.');
			for (i = 0; i < n; i++)
				assert_false(w[i] >= 'A' && w[i] <= 'Z');
			check_word(w);
			assert_true(r->abbrevs[k].kind >= PRECIS_ABBR_TITLE &&
				    r->abbrevs[k].kind <= PRECIS_ABBR_TIME);
		}
		check_words(r->starters);
		check_words(r->weak_starters);
		check_words(r->speech_verbs);
		check_words(r->speech_subjects);
		check_words(r->exclamations);
		check_words(r->ordinal_next);
	}
}

/* ---------------------------------------------------------------- */
/* Pathological inputs */

static char *repeat(const char *unit, size_t times, size_t *len)
{
	size_t n = strlen(unit), k;
	char *buf = malloc(n * times + 1);

	assert_non_null(buf);
	for (k = 0; k < times; k++)
		memcpy(buf + k * n, unit, n);
	*len = n * times;
	buf[*len] = '\0';
	return buf;
}

/*
 * Splits unit repeated times and checks the invariants; returns the number
 * of sentences.  Time is bounded by the test's ctest timeout, so that a
 * quadratic case fails without a clock in the test.
 */
static size_t run_big(const char *unit, size_t times)
{
	size_t len, n;
	char *buf = repeat(unit, times, &len);

	n = check_split(&precis_split_rules_english, buf, len);
	free(buf);
	return n;
}

static void test_megabyte_of_dots(void **state)
{
	(void)state;
	assert_int_equal(run_big(".", 1u << 20), 1);
	assert_true(run_big(". ", 1u << 19) >= 1);
	assert_true(run_big(". . . ", 1u << 18) >= 1);
	assert_int_equal(run_big("\xe2\x80\xa6", 1u << 18), 1);
	assert_int_equal(run_big("?!", 1u << 19), 1);
}

static void test_long_line(void **state)
{
	(void)state;
	assert_int_equal(run_big("a", 10u << 20), 1);
	assert_int_equal(run_big("a.", 5u << 20), 1);
	assert_int_equal(run_big("U.S.", 1u << 20), 1);
	assert_int_equal(run_big("\xe4\xb8\xad", 1u << 20), 1);
}

static void test_million_quotes(void **state)
{
	(void)state;
	assert_int_equal(run_big("\"", 1000000), 1);
	assert_int_equal(run_big("'", 1000000), 1);
	assert_int_equal(run_big(".\"", 1000000), 1);
	assert_true(run_big(".\" ", 1000000) >= 1);
	assert_true(run_big("\xe2\x80\x9d ", 1000000) >= 1);
	assert_true(run_big("( ", 1000000) >= 1);
}

/* Marks glued to a very long word of quotes or brackets. */
static void test_long_word_of_openers(void **state)
{
	size_t n = 1u << 20, k;
	char *buf = malloc(4 * n);

	(void)state;
	assert_non_null(buf);
	memset(buf, '(', n);
	for (k = 0; k < n; k++)
		memcpy(buf + n + 3 * k, ".Ab", 3);
	assert_int_equal(check_split(&precis_split_rules_english, buf, 4 * n),
			 1);
	memset(buf, '\'', n);
	assert_int_equal(check_split(&precis_split_rules_english, buf, 4 * n),
			 1);
	free(buf);
}

static void test_million_items(void **state)
{
	(void)state;
	assert_true(run_big("a. ", 1000000) >= 1);
	assert_true(run_big("1. ", 1000000) >= 1);
	assert_true(run_big("Mr. ", 1000000) >= 1);
	assert_true(run_big("\xe2\x80\xa2 ", 1000000) >= 1);
	assert_true(run_big("\n", 1000000) == 0);
	assert_true(run_big(" ", 1000000) == 0);
	assert_int_equal(run_big("\xe3\x80\x82", 1000000), 1);
	assert_int_equal(run_big("Hello world. ", 100000), 100000);
	assert_int_equal(run_big("x\n\n", 100000), 100000);
	assert_int_equal(run_big("\xe5\xa5\xbd\xe3\x80\x82", 100000), 100000);
}

static void test_counts_sequential_list(void **state)
{
	char *buf = malloc(20u << 20);
	size_t len = 0, k;

	(void)state;
	assert_non_null(buf);
	for (k = 1; k <= 999; k++)
		len += (size_t)sprintf(buf + len, "%zu. item ", k);
	assert_int_equal(check_split(&precis_split_rules_english, buf, len),
			 999);
	free(buf);
}

#ifdef PRECIS_ALLOC_TESTING
/* Every allocation failure is reported as -1, without a leak. */
static void test_alloc_failures(void **state)
{
	const char *text = "One. Two. Three. Four. Five. Six. Seven. Eight. "
			   "Nine. Ten. Eleven. Twelve. Thirteen. Fourteen. "
			   "Fifteen. Sixteen. Seventeen. Eighteen.";
	unsigned long n;

	(void)state;
	for (n = 1; n < 10; n++) {
		struct precis_spanvec v = { 0 };
		int rc;

		precis_alloc_fail_at(n);
		rc = precis_split_text(&precis_split_rules_english, text,
				       strlen(text), &v);
		precis_alloc_fail_at(0);
		precis_spanvec_free(&v);
		if (rc == 0)
			break;
		assert_int_equal(rc, -1);
	}
	assert_true(n < 10);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_and_blank),
		cmocka_unit_test(test_reuses_vector),
		cmocka_unit_test(test_rules_for),
		cmocka_unit_test(test_rule_tables),
		cmocka_unit_test(test_random_pieces),
		cmocka_unit_test(test_random_bytes),
		cmocka_unit_test(test_megabyte_of_dots),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_million_quotes),
		cmocka_unit_test(test_million_items),
		cmocka_unit_test(test_long_word_of_openers),
		cmocka_unit_test(test_counts_sequential_list),
#ifdef PRECIS_ALLOC_TESTING
		cmocka_unit_test(test_alloc_failures),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
