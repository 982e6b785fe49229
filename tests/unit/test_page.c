/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_page.c - web pages: the article and headline of small pages written
 * for the tests (tests/data/web), character sets, and hostile pages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "charset.h"
#include "precis.h"
#include "test_data.h"
#include "text.h"

static char *repeat(const char *head, const char *unit, size_t n,
		    const char *tail, size_t *len);

static precis_page *parse_ok(const char *html, size_t len, const char *cs)
{
	precis_page *page = NULL;

	assert_int_equal(precis_page_parse(html, len, cs, &page), PRECIS_OK);
	assert_non_null(page);
	return page;
}

static precis_page *parse_file(const char *name, const char *cs)
{
	size_t len;
	char *html = read_test_data(name, &len);
	precis_page *page = parse_ok(html, len, cs);

	free(html);
	return page;
}

static size_t count(const char *s, const char *needle)
{
	size_t n = 0;

	while ((s = strstr(s, needle)) != NULL) {
		n++;
		s += strlen(needle);
	}
	return n;
}

/* Text and title are valid UTF-8, NUL-terminated at their length. */
static void check_strings(const precis_page *page)
{
	size_t tl, bl;
	const char *t = precis_page_title(page, &tl);
	const char *b = precis_page_text(page, &bl);

	assert_true(precis_utf8_valid(t, tl));
	assert_true(precis_utf8_valid(b, bl));
	assert_int_equal(strlen(t), tl);
	assert_int_equal(strlen(b), bl);
}

/* A news page: navigation, byline, share bars, a caption, related links,
 * comments and a footer around five paragraphs and a subheading. */
static void test_news(void **state)
{
	precis_page *page = parse_file("web/news.html", NULL);
	size_t len;
	const char *text = precis_page_text(page, &len);

	(void)state;
	check_strings(page);
	assert_string_equal(precis_page_title(page, NULL),
			    "Harbour wall to be rebuilt after winter storms");
	assert_string_equal(precis_page_charset(page), "utf-8");
	assert_string_equal(precis_page_url(page),
			    "https://courier.example/news/harbour-wall");
	assert_true(strncmp(text, "The council has agreed to rebuild", 33) ==
		    0);
	assert_non_null(strstr(text, "\n\nFishing fleet moved\n\nWhile the"));
	assert_non_null(strstr(text, "when the herring season begins."));
	assert_int_equal(count(text, "\n\n"), 5);
	assert_int_equal(text[len - 1], '.');
	assert_null(strstr(text, "Share"));
	assert_null(strstr(text, "Morag"));
	assert_null(strstr(text, "lifeboat station"));
	assert_null(strstr(text, "Lifeboat crew"));
	assert_null(strstr(text, "grandfather"));
	assert_null(strstr(text, "Copyright"));
	assert_null(strstr(text, "Weather"));
	assert_null(strstr(text, "analytics"));
	assert_null(strstr(text, "font-family"));
	precis_page_free(page);
}

static void test_og_title(void **state)
{
	precis_page *page = parse_file("web/ogtitle.html", NULL);
	const char *text = precis_page_text(page, NULL);

	(void)state;
	assert_string_equal(precis_page_title(page, NULL),
			    "Village orchard saves forty old apple varieties");
	assert_null(precis_page_url(page));
	assert_true(strncmp(text, "A community orchard", 19) == 0);
	assert_int_equal(count(text, "\n\n"), 2);
	assert_null(strstr(text, "Archive"));
	precis_page_free(page);
}

static void test_amp(void **state)
{
	precis_page *page = parse_file("web/amp.html", NULL);
	const char *text = precis_page_text(page, NULL);

	(void)state;
	assert_string_equal(precis_page_title(page, NULL),
			    "Night trains return to the mountain line");
	assert_true(strncmp(text, "Sleeper trains will run", 23) == 0);
	assert_int_equal(count(text, "\n\n"), 2);
	assert_null(strstr(text, "Timetables"));
	assert_null(strstr(text, "visibility"));
	precis_page_free(page);
}

/* Windows-1251, declared by http-equiv, converted to UTF-8. */
static void test_cp1251(void **state)
{
	precis_page *page = parse_file("web/cp1251.html", NULL);
	const char *text = precis_page_text(page, NULL);

	(void)state;
	check_strings(page);
	assert_string_equal(precis_page_charset(page), "windows-1251");
	assert_string_equal(precis_page_title(page, NULL),
			    "\xD0\x9D\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9 "
			    "\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82 \xD1\x87"
			    "\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB7 \xD1\x80"
			    "\xD0\xB5\xD0\xBA\xD1\x83 \xD0\xBE\xD1\x82"
			    "\xD0\xBA\xD1\x80\xD0\xBE\xD1\x8E\xD1\x82 "
			    "\xD0\xBE\xD1\x81\xD0\xB5\xD0\xBD\xD1\x8C"
			    "\xD1\x8E");
	/* "Строительство" */
	assert_true(strncmp(text,
			    "\xD0\xA1\xD1\x82\xD1\x80\xD0\xBE\xD0\xB8"
			    "\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C\xD1\x81\xD1"
			    "\x82\xD0\xB2\xD0\xBE",
			    26) == 0);
	assert_int_equal(count(text, "\n\n"), 2);
	precis_page_free(page);
	/* The caller's charset wins over the page's own. */
	page = parse_file("web/cp1251.html", "KOI8-R");
	assert_string_equal(precis_page_charset(page), "koi8-r");
	check_strings(page);
	precis_page_free(page);
	/* An unknown name is ignored. */
	page = parse_file("web/cp1251.html", "no-such-charset");
	assert_string_equal(precis_page_charset(page), "windows-1251");
	precis_page_free(page);
}

static void test_charsets(void **state)
{
	static const char latin[] = "<p>Un caf\xE9 cr\xE8me, s'il vous "
				    "pla\xEEt, et l'addition.</p>";
	static const char declared[] = "<meta charset=utf-8><p>caf\xE9</p>";
	static const char bom8[] = "\xEF\xBB\xBF<p>na\xC3\xAFve</p>";
	static const char bom16[] = "\xFF\xFE<\0p\0>\0\xE9\0<\0/\0p\0>\0";
	char name[PRECIS_CHARSET_MAX];
	precis_page *page;

	(void)state;
	/* Undeclared and not UTF-8: Windows-1252. */
	page = parse_ok(latin, sizeof latin - 1, NULL);
	assert_string_equal(precis_page_charset(page), "windows-1252");
	assert_non_null(strstr(precis_page_text(page, NULL), "caf\xC3\xA9"));
	precis_page_free(page);
	/* Declared UTF-8 but not: U+FFFD. */
	page = parse_ok(declared, sizeof declared - 1, NULL);
	assert_string_equal(precis_page_charset(page), "utf-8");
	assert_string_equal(precis_page_text(page, NULL), "caf\xEF\xBF\xBD");
	precis_page_free(page);
	/* Named UTF-8 by the caller: a five-byte form of old is five U+FFFD. */
	page = parse_ok("<p>a\xF9\xA6\xA6\xA6\xA6</p>", 13, "utf-8");
	assert_string_equal(precis_page_text(page, NULL),
			    "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
			    "\xEF\xBF\xBD\xEF\xBF\xBD");
	precis_page_free(page);
	page = parse_ok(bom8, sizeof bom8 - 1, NULL);
	assert_string_equal(precis_page_text(page, NULL), "na\xC3\xAFve");
	precis_page_free(page);
	page = parse_ok(bom16, sizeof bom16 - 1, NULL);
	assert_string_equal(precis_page_charset(page), "utf-16le");
	assert_string_equal(precis_page_text(page, NULL), "\xC3\xA9");
	precis_page_free(page);

	/* The <meta> wins over valid UTF-8, wherever it is; a BOM over both. */
	{
		size_t len;
		char *html = repeat("<html><head>", "<!-- padding -->", 4000,
				    "<meta charset=windows-1252></head><p>"
				    "caf\xC3\xA9</p>",
				    &len);

		page = parse_ok(html, len, NULL);
		assert_string_equal(precis_page_charset(page), "windows-1252");
		assert_string_equal(precis_page_text(page, NULL),
				    "caf\xC3\x83\xC2\xA9");
		precis_page_free(page);
		free(html);
		html = repeat("\xEF\xBB\xBF<meta charset=koi8-r>", "", 0,
			      "<p>caf\xC3\xA9</p>", &len);
		page = parse_ok(html, len, NULL);
		assert_string_equal(precis_page_charset(page), "utf-8");
		assert_string_equal(precis_page_text(page, NULL),
				    "caf\xC3\xA9");
		precis_page_free(page);
		free(html);
	}

	assert_true(precis_charset_name("ISO-8859-1", 10, false, name));
	assert_string_equal(name, "windows-1252");
	assert_true(precis_charset_name(" \"GB2312\"", 9, false, name));
	assert_string_equal(name, "gb18030");
	assert_true(precis_charset_name("UTF-16", 6, true, name));
	assert_string_equal(name, "utf-8");
	assert_true(precis_charset_name("UTF-16", 6, false, name));
	assert_string_equal(name, "utf-16");
	assert_true(precis_charset_name("Shift_JIS", 9, false, name));
	assert_string_equal(name, "cp932");
	assert_false(precis_charset_name("x-no-such", 9, false, name));
	assert_false(precis_charset_name("utf-8;x", 7, false, name));
	assert_false(precis_charset_name("", 0, false, name));
}

/* The site's name is cut off the <title>; a short title is kept whole. */
static void test_site_name(void **state)
{
	static const char a[] = "<title>Ferry fares to rise again in "
				"spring | Island News</title><p>x</p>";
	static const char b[] = "<meta property=og:site_name content='The "
				"Daily Long Name Example'><title>The Daily "
				"Long Name Example - Storm</title>";
	static const char c[] = "<title>Brexit - what next</title>";
	precis_page *page;

	(void)state;
	page = parse_ok(a, sizeof a - 1, NULL);
	assert_string_equal(precis_page_title(page, NULL),
			    "Ferry fares to rise again in spring");
	precis_page_free(page);
	page = parse_ok(b, sizeof b - 1, NULL);
	assert_string_equal(precis_page_title(page, NULL), "Storm");
	precis_page_free(page);
	page = parse_ok(c, sizeof c - 1, NULL);
	assert_string_equal(precis_page_title(page, NULL),
			    "Brexit - what next");
	precis_page_free(page);
}

static void test_arguments(void **state)
{
	precis_page *page = (precis_page *)&page;
	size_t len = 7;

	(void)state;
	assert_int_equal(precis_page_parse(NULL, 3, NULL, &page),
			 PRECIS_ERR_INVALID);
	assert_null(page);
	assert_int_equal(precis_page_parse("<p>", 3, NULL, NULL),
			 PRECIS_ERR_INVALID);
	page = parse_ok(NULL, 0, NULL);
	assert_string_equal(precis_page_text(page, &len), "");
	assert_int_equal(len, 0);
	assert_string_equal(precis_page_title(page, NULL), "");
	precis_page_free(page);
	precis_page_free(NULL);
	assert_string_equal(precis_page_text(NULL, &len), "");
	assert_int_equal(len, 0);
}

/* ------------------------------------------------------------------ */
/* Hostile pages: each gives a bounded result, none crashes.            */

static char *repeat(const char *head, const char *unit, size_t n,
		    const char *tail, size_t *len)
{
	size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail), i;
	char *s = malloc(hl + ul * n + tl + 1), *p = s;

	assert_non_null(s);
	memcpy(p, head, hl);
	p += hl;
	for (i = 0; i < n; i++, p += ul)
		memcpy(p, unit, ul);
	memcpy(p, tail, tl + 1);
	*len = hl + ul * n + tl;
	return s;
}

static void test_deep_nesting(void **state)
{
	static const char *const units[] = { "<div>", "<b>", "<span><p>",
					     "<table><tr><td>", "<li><ul>" };
	size_t k;

	(void)state;
	for (k = 0; k < sizeof units / sizeof units[0]; k++) {
		size_t len;
		char *html =
			repeat("<html><body>", units[k], 100000,
			       "The text at the very bottom of it all.", &len);
		precis_page *page = parse_ok(html, len, NULL);

		check_strings(page);
		assert_non_null(strstr(precis_page_text(page, NULL),
				       "The text at the very bottom"));
		precis_page_free(page);
		free(html);
	}
}

static void test_huge_attribute(void **state)
{
	size_t len;
	char *html = repeat("<html><body><p title=\"", "aaaaaaaaaa", 5000000,
			    "\">A paragraph after a fifty megabyte attribute, "
			    "which is not text.</p>",
			    &len);
	precis_page *page = parse_ok(html, len, NULL);

	(void)state;
	assert_string_equal(precis_page_text(page, NULL),
			    "A paragraph after a fifty megabyte attribute, "
			    "which is not text.");
	precis_page_free(page);
	free(html);
}

static void test_no_text(void **state)
{
	static const char *const pages[] = {
		"<html><head><title></title></head><body></body></html>",
		("<html><body><script>var a = '<p>not text</p>';</script>"
		 "<style>p { color: red }</style><img src=x></body></html>"),
		"<!doctype html>",
		"<",
		"<p></p><p> \xC2\xA0 </p>",
		"\xEF\xBB\xBF",
	};
	size_t k;

	(void)state;
	for (k = 0; k < sizeof pages / sizeof pages[0]; k++) {
		precis_page *page = parse_ok(pages[k], strlen(pages[k]), NULL);

		assert_string_equal(precis_page_text(page, NULL), "");
		check_strings(page);
		precis_page_free(page);
	}
}

/* Every byte of a page in turn replaced by a byte that breaks UTF-8. */
static void test_invalid_bytes(void **state)
{
	static const unsigned char bad[] = { 0xFF, 0x80, 0xC3, 0xE2, 0x00 };
	size_t len, i, k;
	char *html = read_test_data("web/ogtitle.html", &len);

	(void)state;
	for (k = 0; k < sizeof bad; k++)
		for (i = 0; i < len; i++) {
			char keep = html[i];
			precis_page *page;

			html[i] = (char)bad[k];
			page = parse_ok(html, len, NULL);
			check_strings(page);
			precis_page_free(page);
			html[i] = keep;
		}
	free(html);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_news),
		cmocka_unit_test(test_og_title),
		cmocka_unit_test(test_amp),
		cmocka_unit_test(test_cp1251),
		cmocka_unit_test(test_charsets),
		cmocka_unit_test(test_site_name),
		cmocka_unit_test(test_arguments),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_huge_attribute),
		cmocka_unit_test(test_no_text),
		cmocka_unit_test(test_invalid_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
