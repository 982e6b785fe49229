/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_text.c - UTF-8 checks, Windows-1252 conversion, white space folding.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "alloc.h"
#include "precis.h"
#include "text.h"

#define VALID(s) precis_utf8_valid(s, sizeof(s) - 1)

static void utf8_validity(void **state)
{
	(void)state;
	assert_true(VALID(""));
	assert_true(VALID("plain ASCII text, long enough for the fast path"));
	assert_true(VALID("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
	assert_true(VALID("\xf4\x8f\xbf\xbf"));  /* U+10FFFF */
	assert_false(VALID("\xc0\x80"));         /* overlong NUL */
	assert_false(VALID("\xe0\x80\xaf"));     /* overlong / */
	assert_false(VALID("\xed\xa0\x80"));     /* surrogate */
	assert_false(VALID("\xf4\x90\x80\x80")); /* past U+10FFFF */
	assert_false(VALID("abc\xe2\x82"));      /* truncated */
	assert_false(VALID("\xff"));
	assert_false(VALID("12345678\x80")); /* lone continuation */
}

static void cp1252_conversion(void **state)
{
	const char in[] = "Caf\xe9 \x80"
			  "5 \x93quoted\x94 and \xc3\xa9";
	const char want[] = "Caf\xc3\xa9 \xe2\x82\xac"
			    "5 \xe2\x80\x9cquoted"
			    "\xe2\x80\x9d and \xc3\xa9";
	char *out;
	size_t len;

	(void)state;
	assert_int_equal(precis_cp1252_to_utf8(in, sizeof(in) - 1, &out, &len),
			 0);
	assert_int_equal(len, sizeof(want) - 1);
	assert_memory_equal(out, want, len);
	assert_true(precis_utf8_valid(out, len));
	precis_dealloc(out);
}

static void fold_space(void **state)
{
	const char in[] = "  one\ttwo\r\n three\xc2\xa0"
			  "four\xe2\x80\x83 \n";
	char out[sizeof(in)];
	size_t chars, n;

	(void)state;
	n = precis_fold_space(in, sizeof(in) - 1, out, &chars);
	assert_int_equal(n, strlen("one two three four"));
	assert_memory_equal(out, "one two three four", n);
	assert_int_equal(chars, 18);
	assert_int_equal(precis_fold_space(in, sizeof(in) - 1, NULL, &chars),
			 n);
	assert_int_equal(precis_fold_space("   ", 3, out, &chars), 0);
	assert_int_equal(chars, 0);
	n = precis_fold_space("\xc3\xa9t\xc3\xa9", 5, out, &chars);
	assert_int_equal(n, 5);
	assert_int_equal(chars, 3);
}

static void classes(void **state)
{
	(void)state;
	assert_true(precis_is_space(0xFEFF));
	assert_true(precis_is_space(0x3000));
	assert_true(precis_is_space(0x2029));
	assert_false(precis_is_space('a'));
	assert_true(precis_is_word_char(0x0301)); /* combining acute */
	assert_true(precis_is_word_char(0x0915)); /* Devanagari ka */
	assert_true(precis_is_letter(0x0416));    /* Cyrillic Zhe */
	assert_false(precis_is_word_char('-'));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(utf8_validity),
		cmocka_unit_test(cp1252_conversion),
		cmocka_unit_test(fold_space),
		cmocka_unit_test(classes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
