/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * charset.h - bytes of a web page to UTF-8: character set names and their
 * conversion with iconv.
 */
#ifndef PRECIS_CHARSET_H
#define PRECIS_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

/* Room for a normalised character set name, NUL included. */
#define PRECIS_CHARSET_MAX 32

/*
 * Normalises a character set label (an HTTP or <meta> charset value) to
 * the name iconv is given, in lower case, into out: WHATWG's aliases are
 * followed ("latin1", "iso-8859-1" and "ascii" are "windows-1252", "gb2312"
 * is "gb18030", "x-sjis" is "shift_jis"), and a label naming UTF-16 in a
 * <meta> (from_meta) means UTF-8, as browsers read it.  Returns false for
 * an empty or overlong label, or one iconv does not know.
 */
bool precis_charset_name(const char *label, size_t len, bool from_meta,
			 char out[PRECIS_CHARSET_MAX]);

/*
 * The character set named by a byte-order mark at the start of data, or
 * NULL; stores the mark's length in *bom.
 */
const char *precis_charset_bom(const char *data, size_t len, size_t *bom);

/*
 * Converts data[0..len) from charset (a name from precis_charset_name) to
 * UTF-8 with iconv: every byte iconv cannot read becomes U+FFFD; NUL bytes
 * and C0 controls other than tab, line feed and carriage return are
 * dropped.  "utf-8" is checked, not converted: when it is not valid UTF-8
 * and lenient is true, the text is read as Windows-1252 instead (*charset
 * is then set to "windows-1252").  Stores a new NUL-terminated buffer
 * (precis_dealloc) in *out and its length in *out_len.  Returns 0, or -1
 * when out of memory.
 */
int precis_charset_convert(const char *data, size_t len, const char **charset,
			   bool lenient, char **out, size_t *out_len);

#endif
