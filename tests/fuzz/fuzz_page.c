/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fuzz_page.c - libFuzzer target for the extraction of web pages.
 *
 * Parses the input as a web page, the first byte picking the charset the
 * caller names (none, or one of a few that iconv decodes differently), and
 * aborts unless the page parses and its headline and text keep their
 * promises: valid UTF-8 of the stated length, the headline on one line,
 * the text in paragraphs of one line each, a blank line between them, and
 * no white space at either end of a paragraph.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_text(const char *s, size_t len, bool paragraphs)
{
	size_t i;

	if (strlen(s) != len || !precis_utf8_valid(s, len))
		abort();
	if (len > 0 && (s[0] == ' ' || s[0] == '\n' || s[len - 1] == ' ' ||
			s[len - 1] == '\n'))
		abort();
	for (i = 0; i < len; i++) {
		if (s[i] != '\n')
			continue;
		if (!paragraphs || i + 2 >= len || s[i + 1] != '\n' ||
		    s[i + 2] == '\n' || s[i + 2] == ' ' || s[i - 1] == ' ')
			abort();
		i++;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const charsets[] = {
		NULL,       "utf-8",   "windows-1251", "shift_jis",
		"utf-16le", "gb18030", "iso-2022-jp",  "no-such-charset",
	};
	const char *charset;
	precis_page *page;
	size_t len;
	const char *s;

	if (size == 0)
		return 0;
	charset = charsets[data[0] % (sizeof charsets / sizeof charsets[0])];
	data++;
	size--;
	if (precis_page_parse((const char *)data, size, charset, &page) !=
	    PRECIS_OK)
		abort();
	s = precis_page_title(page, &len);
	check_text(s, len, false);
	s = precis_page_text(page, &len);
	check_text(s, len, true);
	if (strlen(precis_page_charset(page)) == 0)
		abort();
	precis_page_free(page);
	return 0;
}
