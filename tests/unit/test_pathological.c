/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_pathological.c - inputs built to find quadratic time, deep
 * recursion, unbounded memory or broken invariants.
 *
 * Each case is generated, summarized with the defaults and with a word
 * budget, and checked: spans inside the text, in order, disjoint; the
 * budget kept; the same result twice.  ctest's timeout bounds the time; no
 * case asserts a duration.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "precis.h"

struct buf {
	char *data;
	size_t len;
	size_t cap;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2;
		b->data = realloc(b->data, b->cap);
		assert_non_null(b->data);
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

static void puts_n(struct buf *b, const char *s, size_t times)
{
	size_t n = strlen(s);

	while (times-- > 0)
		put(b, s, n);
}

static void check(precis_ctx *ctx, const struct buf *b, size_t min_sents)
{
	precis_options o;
	precis_summary *sum, *again;
	size_t i, len, words = 0;

	precis_options_init(&o);
	o.max_bytes = 0;
	assert_int_equal(precis_summarize(ctx, b->data, b->len, &o, &sum),
			 PRECIS_OK);
	precis_summary_text(sum, &len);
	assert_true(precis_summary_sentence_count(sum) >= min_sents);
	assert_true(precis_summary_count(sum) <= 3);
	for (i = 0; i < precis_summary_sentence_count(sum); i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);

		assert_true(s->length > 0 && s->offset + s->length <= len);
		if (i > 0) {
			const precis_sentence *p =
				precis_summary_sentence(sum, i - 1);

			assert_true(p->offset + p->length <= s->offset);
		}
	}
	assert_int_equal(precis_summarize(ctx, b->data, b->len, &o, &again),
			 PRECIS_OK);
	assert_int_equal(precis_summary_count(again),
			 precis_summary_count(sum));
	for (i = 0; i < precis_summary_count(sum); i++)
		assert_int_equal(precis_summary_at(sum, i)->offset,
				 precis_summary_at(again, i)->offset);
	precis_summary_free(again);
	precis_summary_free(sum);

	o.words = 25;
	assert_int_equal(precis_summarize(ctx, b->data, b->len, &o, &sum),
			 PRECIS_OK);
	for (i = 0; i < precis_summary_count(sum); i++)
		words += precis_summary_at(sum, i)->words;
	assert_true(words <= 25);
	precis_summary_free(sum);
}

static int setup(void **state)
{
	*state = precis_new("english", NULL);
	return *state == NULL ? -1 : 0;
}

static int teardown(void **state)
{
	precis_free(*state);
	return 0;
}

static void one_huge_line(void **state)
{
	struct buf b = { 0 };

	puts_n(&b, "a", 50u << 20); /* 50 MB, no space */
	check(*state, &b, 1);
	free(b.data);
}

static void million_sentence_ends(void **state)
{
	struct buf b = { 0 };

	puts_n(&b, "Go. ", 1000000);
	check(*state, &b, 1);
	b.len = 0;
	puts_n(&b, ".", 1u << 20); /* a megabyte of dots */
	check(*state, &b, 1);
	b.len = 0;
	puts_n(&b, "?! ", 1000000);
	check(*state, &b, 1);
	free(b.data);
}

static void million_distinct_words(void **state)
{
	struct buf b = { 0 };
	char w[16];
	size_t i;

	for (i = 0; i < 1000000; i++) {
		size_t k = i, n = 0;

		do {
			w[n++] = (char)('a' + k % 26);
			k /= 26;
		} while (k > 0);
		w[n++] = i % 17 == 16 ? '.' : ' ';
		put(&b, w, n);
	}
	check(*state, &b, 1);
	free(b.data);
}

static void nesting(void **state)
{
	struct buf b = { 0 };

	puts_n(&b, "(", 1000000);
	puts_n(&b, "deep", 1);
	puts_n(&b, ")", 1000000);
	puts_n(&b, ".", 1);
	check(*state, &b, 1);
	b.len = 0;
	puts_n(&b, "\"", 1000000);
	check(*state, &b, 1);
	b.len = 0;
	puts_n(&b, "\"He said \xe2\x80\x9cshe said \xe2\x80\x98no.", 200000);
	check(*state, &b, 1);
	free(b.data);
}

static void degenerate_content(void **state)
{
	struct buf b = { 0 };

	puts_n(&b, "the of and to a in it is. ", 10000);
	check(*state, &b, 1);
	b.len = 0;
	puts_n(&b, "12 3.5 1,000 42. ", 10000);
	check(*state, &b, 1);
	b.len = 0;
	puts_n(&b, "!? -- ... ,; :: () [] . ", 10000);
	check(*state, &b, 1);
	b.len = 0;
	puts_n(&b, "\xf0\x9f\x98\x80\xf0\x9f\x8e\x89 \xf0\x9f\x91\x8d. ",
	       10000);
	check(*state, &b, 1);
	free(b.data);
}

static void long_words(void **state)
{
	struct buf b = { 0 };
	int i;

	for (i = 0; i < 20; i++) {
		puts_n(&b, "x", 100000);
		puts_n(&b, i % 2 ? ". " : " ", 1);
	}
	check(*state, &b, 1);
	free(b.data);
}

static void mixed_scripts(void **state)
{
	struct buf b = { 0 };

	puts_n(&b,
	       "The \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 "
	       "talks \xce\xb1\xce\xb8\xce\xae\xce\xbd\xce\xb1 ended. "
	       "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4"
	       "\xe0\xa5\x87 \xd8\xa7\xd9\x84\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 "
	       "\xe6\x97\xa5\xe6\x9c\xac\xe3\x80\x82 Next one here. ",
	       5000);
	check(*state, &b, 3);
	free(b.data);
}

static void invalid_utf8(void **state)
{
	static const char *const bad[] = {
		"\xc3",             /* truncated two-byte sequence */
		"\xe2\x82",         /* truncated three-byte sequence */
		"\xf0\x9f\x98",     /* truncated four-byte sequence */
		"\xc0\xaf",         /* overlong */
		"\xe0\x80\xaf",     /* overlong */
		"\xed\xa0\x80",     /* surrogate */
		"\xf4\x90\x80\x80", /* past U+10FFFF */
		"\xff",
		"\x80", /* lone continuation byte */
	};
	size_t i, pos;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		/* At the start, inside a word, between words, at the end. */
		for (pos = 0; pos < 4; pos++) {
			struct buf b = { 0 };
			const char *w[] = { "", "Wor", "Word ", "Words end." };

			puts_n(&b, w[pos], 1);
			puts_n(&b, bad[i], 1);
			puts_n(&b, "d goes on. A second sentence here.", 1);
			check(*state, &b, 1);
			free(b.data);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(one_huge_line),          T(million_sentence_ends),
		T(million_distinct_words), T(nesting),
		T(degenerate_content),     T(long_words),
		T(mixed_scripts),          T(invalid_utf8),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
