/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_alloc.c - every allocation on the summarize path fails in turn.
 *
 * Linked against precis_alloc_testing, the library built with failure
 * injection: for n = 1, 2, ... the n-th allocation and every later one
 * fail.  Each call must then return PRECIS_ERR_NOMEM (or succeed, when it
 * needed fewer allocations), leave no leak behind (the sanitizer build's
 * LeakSanitizer checks), and leave a context that still works once
 * allocations succeed again.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "alloc.h"
#include "precis.h"

static const char article[] =
	"Harbour town votes to rebuild pier\n\n"
	"Residents of Kelmouth voted on Tuesday to rebuild the town's pier. "
	"The council said 62% of voters backed the plan, which will cost "
	"\xc2\xa3"
	"4.2m. Turnout was 48%, the highest in a decade.\n\n"
	"\"This is a clear mandate,\" said council leader Mary Okafor. "
	"Opponents wanted flood defences instead. Work starts in spring.\n";

/*
 * Windows-1252 bytes force the conversion path too; the same text in UTF-8
 * goes without it.
 */
static const char cp1252[] = "Caf\xe9 owners protest\n\nCaf\xe9 owners said "
			     "the rules would close them early. The council "
			     "disagreed.\n";
static const char utf8[] = "Caf\xc3\xa9 owners protest\n\nCaf\xc3\xa9 owners "
			   "said the rules would close them early. The "
			   "council disagreed.\n";

/* German and Greek, for a context that detects the language. */
static const char german[] =
	"Der Stadtrat hat am Mittwoch den Bau einer neuen Linie beschlossen. "
	"Die Strecke soll den Bahnhof mit dem S\xc3\xbc"
	"den der Stadt "
	"verbinden. Die Kosten werden auf rund 180 Millionen Euro "
	"gesch\xc3\xa4tzt.\n";
static const char greek[] =
	"\xce\x9f\xce\xb9 \xce\xba\xce\xac\xcf\x84\xce\xbf\xce\xb9"
	"\xce\xba\xce\xbf\xce\xb9 \xce\xb6\xce\xb7\xcf\x84\xce\xbf"
	"\xcf\x8d\xce\xbd \xce\xba\xce\xb1\xce\xb9 \xcf\x84\xce\xb1 "
	"\xce\xb4\xce\xad\xce\xbd\xcf\x84\xcf\x81\xce\xb1 \xce\xba"
	"\xce\xb1\xce\xb9 \xcf\x84\xce\xbf \xce\xbd\xce\xb5\xcf\x81"
	"\xcf\x8c. \xce\x97 \xcf\x80\xcf\x8c\xce\xbb\xce\xb7 \xce\xb8"
	"\xce\xb1 \xce\xb1\xce\xbb\xce\xbb\xce\xac\xce\xbe\xce\xb5"
	"\xce\xb9 \xce\xba\xce\xb1\xce\xb9 \xce\xbf \xce\xb4\xce\xae"
	"\xce\xbc\xce\xb1\xcf\x81\xcf\x87\xce\xbf\xcf\x82 \xcf\x84"
	"\xce\xbf \xce\xbb\xce\xad\xce\xb5\xce\xb9.\n";

/* The context's language for the next run_summarize(). */
static const char *language = "english";

/* Fails allocation n onwards; returns whether the run needed fewer. */
static bool run_summarize(unsigned long n, const char *text, size_t len)
{
	precis_status st;
	precis_ctx *ctx;
	precis_summary *sum = NULL;
	precis_options opt;
	unsigned long made;

	precis_alloc_fail_at(n);
	ctx = precis_new(language, &st);
	if (ctx == NULL) {
		assert_int_equal(st, PRECIS_ERR_NOMEM);
		precis_alloc_fail_at(0);
		return false;
	}
	precis_options_init(&opt);
	opt.keywords = 3;
	st = precis_summarize(ctx, text, len, &opt, &sum);
	if (st == PRECIS_OK) {
		assert_non_null(sum);
		assert_true(precis_summary_count(sum) <= 3);
		precis_summary_free(sum);
	} else {
		assert_int_equal(st, PRECIS_ERR_NOMEM);
		assert_null(sum);
	}
	st = precis_split(ctx, text, len, PRECIS_TITLE_NONE, &sum);
	if (st == PRECIS_OK)
		precis_summary_free(sum);
	else
		assert_int_equal(st, PRECIS_ERR_NOMEM);
	made = precis_alloc_fail_at(0);

	/* With memory back, the same context works. */
	assert_int_equal(precis_summarize(ctx, text, len, &opt, &sum),
			 PRECIS_OK);
	assert_true(precis_summary_count(sum) > 0);
	precis_summary_free(sum);
	precis_free(ctx);
	return made < n;
}

/*
 * Fails each allocation point of run_summarize() on text in turn, until a
 * run needs fewer; returns the number of points.
 */
static unsigned long fail_each(const char *text, size_t len)
{
	unsigned long n;

	for (n = 1; n < 100000; n++)
		if (run_summarize(n, text, len))
			break;
	assert_true(n < 100000);
	return n - 1;
}

static void summarize_path(void **state)
{
	unsigned long points, plain;

	(void)state;
	points = fail_each(article, sizeof(article) - 1);
	assert_true(points >= 10);
	print_message("summarize: %lu allocation points failed in turn\n",
		      points);
	/* The conversion to UTF-8 allocates: more points than without it. */
	plain = fail_each(utf8, sizeof(utf8) - 1);
	assert_true(plain >= 10);
	points = fail_each(cp1252, sizeof(cp1252) - 1);
	print_message("Windows-1252: %lu allocation points, %lu in UTF-8\n",
		      points, plain);
	assert_true(points > plain);
}

/* A detecting context makes a vocabulary for the detected language. */
static void auto_path(void **state)
{
	(void)state;
	language = "auto";
	assert_true(fail_each(german, sizeof(german) - 1) >= 10);
	assert_true(fail_each(greek, sizeof(greek) - 1) >= 10);
	language = "english";
}

/* Stopwords for every vocabulary of a detecting context. */
static void auto_stopwords_path(void **state)
{
	static const char list[] = "alpha beta | comment\ngamma\n";
	precis_summary *sum;
	precis_ctx *ctx;
	unsigned long n;
	precis_status st;

	(void)state;
	for (n = 1; n < 1000; n++) {
		unsigned long made;

		ctx = precis_new("auto", NULL);
		assert_non_null(ctx);
		assert_int_equal(precis_summarize(ctx, german,
						  sizeof(german) - 1, NULL,
						  &sum),
				 PRECIS_OK);
		precis_summary_free(sum);
		precis_alloc_fail_at(n);
		st = precis_set_stopwords(ctx, list, sizeof(list) - 1);
		made = precis_alloc_fail_at(0);
		if (st != PRECIS_OK)
			assert_int_equal(st, PRECIS_ERR_NOMEM);
		/* Whatever failed, both languages still summarize. */
		assert_int_equal(precis_summarize(ctx, german,
						  sizeof(german) - 1, NULL,
						  &sum),
				 PRECIS_OK);
		assert_string_equal(precis_summary_language(sum), "german");
		precis_summary_free(sum);
		assert_int_equal(precis_summarize(ctx, article,
						  sizeof(article) - 1, NULL,
						  &sum),
				 PRECIS_OK);
		precis_summary_free(sum);
		precis_free(ctx);
		if (st == PRECIS_OK && made < n)
			break;
	}
	assert_true(n > 1);
}

static void stopwords_path(void **state)
{
	static const char list[] = "alpha beta | comment\ngamma\n";
	precis_ctx *ctx;
	unsigned long n;
	precis_status st;

	(void)state;
	ctx = precis_new("english", NULL);
	assert_non_null(ctx);
	for (n = 1; n < 1000; n++) {
		unsigned long made;

		precis_alloc_fail_at(n);
		st = precis_set_stopwords(ctx, list, sizeof(list) - 1);
		made = precis_alloc_fail_at(0);
		if (st == PRECIS_OK) {
			assert_true(made < n);
			break;
		}
		assert_int_equal(st, PRECIS_ERR_NOMEM);
	}
	assert_true(n > 1);
	precis_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(summarize_path),
		cmocka_unit_test(stopwords_path),
		cmocka_unit_test(auto_path),
		cmocka_unit_test(auto_stopwords_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
