/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_page_alloc.c - every allocation of precis_page_parse() fails in
 * turn (the library built with PRECIS_ALLOC_TESTING): each failure gives
 * PRECIS_ERR_NOMEM and no page, never a crash or a leak (ASan checks the
 * leaks), until the parse needs fewer allocations than the one failed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "alloc.h"
#include "precis.h"
#include "test_data.h"

/* Parses with allocation n onwards failing; whether all were needed. */
static bool run(unsigned long n, const char *html, size_t len,
		const char *charset)
{
	precis_page *page = NULL;
	precis_status st;
	unsigned long made;

	precis_alloc_fail_at(n);
	st = precis_page_parse(html, len, charset, &page);
	made = precis_alloc_fail_at(0);
	if (st == PRECIS_OK) {
		assert_non_null(page);
		precis_page_free(page);
	} else {
		assert_int_equal(st, PRECIS_ERR_NOMEM);
		assert_null(page);
	}
	return made < n;
}

static void fail_each(const char *name, const char *charset)
{
	size_t len;
	char *html = read_test_data(name, &len);
	unsigned long n;
	precis_page *page;

	for (n = 1; n < 100000; n++)
		if (run(n, html, len, charset))
			break;
	assert_true(n > 10 && n < 100000);
	/* With memory back, the page parses as before. */
	assert_int_equal(precis_page_parse(html, len, charset, &page),
			 PRECIS_OK);
	assert_true(strlen(precis_page_text(page, NULL)) > 100);
	precis_page_free(page);
	free(html);
}

static void test_news(void **state)
{
	(void)state;
	fail_each("web/news.html", NULL);
}

/* Read twice: as UTF-8, then in the charset its <meta> names. */
static void test_cp1251(void **state)
{
	(void)state;
	fail_each("web/cp1251.html", NULL);
	fail_each("web/cp1251.html", "windows-1251");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_news),
		cmocka_unit_test(test_cp1251),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
