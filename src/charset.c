/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * charset.c - bytes of a web page to UTF-8.
 *
 * Labels are read as browsers read them (the WHATWG Encoding standard's
 * aliases for the common ones: a page declaring ISO-8859-1 is decoded as
 * Windows-1252, GB2312 as GB18030), and every conversion goes through
 * glibc's iconv, which knows the legacy character sets of the web.  Bytes
 * that do not decode become U+FFFD, so that any input gives valid UTF-8.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "charset.h"
#include "text.h"

/* WHATWG labels whose decoder is another character set than the label. */
static const struct alias {
	const char *label;
	const char *name;
} aliases[] = {
	{ "ascii", "windows-1252" },
	{ "big5", "big5-hkscs" },
	{ "chinese", "gb18030" },
	{ "cp1252", "windows-1252" },
	{ "cp819", "windows-1252" },
	{ "csgb2312", "gb18030" },
	{ "csshiftjis", "cp932" },
	{ "euc-kr", "cp949" },
	{ "gb2312", "gb18030" },
	{ "gb_2312-80", "gb18030" },
	{ "gbk", "gb18030" },
	{ "ibm819", "windows-1252" },
	{ "iso-8859-1", "windows-1252" },
	{ "iso-8859-9", "windows-1254" },
	{ "iso8859-1", "windows-1252" },
	{ "iso_8859-1", "windows-1252" },
	{ "ks_c_5601-1987", "cp949" },
	{ "l1", "windows-1252" },
	{ "latin1", "windows-1252" },
	{ "ms932", "cp932" },
	{ "ms_kanji", "cp932" },
	{ "shift-jis", "cp932" },
	{ "shift_jis", "cp932" },
	{ "sjis", "cp932" },
	{ "unicode-1-1-utf-8", "utf-8" },
	{ "us-ascii", "windows-1252" },
	{ "utf8", "utf-8" },
	{ "windows-31j", "cp932" },
	{ "windows-949", "cp949" },
	{ "x-cp1252", "windows-1252" },
	{ "x-gbk", "gb18030" },
	{ "x-sjis", "cp932" },
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool precis_charset_name(const char *label, size_t len, bool from_meta,
			 char out[PRECIS_CHARSET_MAX])
{
	iconv_t cd;
	size_t i;

	while (len > 0 && is_space(*label)) {
		label++;
		len--;
	}
	while (len > 0 && (is_space(label[len - 1]) || label[len - 1] == '"' ||
			   label[len - 1] == '\''))
		len--;
	while (len > 0 && (*label == '"' || *label == '\'')) {
		label++;
		len--;
	}
	if (len == 0 || len >= PRECIS_CHARSET_MAX)
		return false;
	for (i = 0; i < len; i++) {
		char c = label[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
			   c == '-' || c == '_' || c == '.' || c == ':'))
			return false;
		out[i] = c;
	}
	out[len] = '\0';
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcmp(out, aliases[i].label) == 0) {
			strcpy(out, aliases[i].name);
			break;
		}
	/* A page that could say it is UTF-16 in ASCII is not UTF-16. */
	if (from_meta && strncmp(out, "utf-16", 6) == 0)
		strcpy(out, "utf-8");
	if (strcmp(out, "utf-8") == 0)
		return true;
	cd = iconv_open("UTF-8", out);
	if (cd == (iconv_t)-1)
		return false;
	iconv_close(cd);
	return true;
}

const char *precis_charset_bom(const char *data, size_t len, size_t *bom)
{
	const unsigned char *s = (const unsigned char *)data;

	*bom = 0;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		*bom = 3;
		return "utf-8";
	}
	if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
		*bom = 2;
		return "utf-16le";
	}
	if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		*bom = 2;
		return "utf-16be";
	}
	return NULL;
}

/*
 * Copies src[0..len) to dst (which may be src: the copy only moves bytes
 * back) without NUL bytes and C0 controls but tab, LF and CR, and
 * terminates it.  Eight bytes at a time go through when none of them is
 * below 0x20.  Returns the length copied.
 */
static size_t copy_text(char *dst, const char *src, size_t len)
{
	size_t i = 0, o = 0;

	while (i < len) {
		uint64_t x;
		size_t end;

		if (i + 8 <= len) {
			memcpy(&x, src + i, 8);
			if (((x - 0x2020202020202020u) & ~x &
			     0x8080808080808080u) == 0) {
				memmove(dst + o, &x, 8);
				o += 8;
				i += 8;
				continue;
			}
		}
		end = i + 8 <= len ? i + 8 : len;
		for (; i < end; i++) {
			unsigned char c = (unsigned char)src[i];

			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				continue;
			dst[o++] = src[i];
		}
	}
	dst[o] = '\0';
	return o;
}

static size_t drop_controls(char *s, size_t len)
{
	return copy_text(s, s, len);
}

/*
 * Grows convert()'s output buffer by half; on failure frees it, closes cd
 * and returns -1.
 */
static int grow_output(char **buf, size_t *cap, iconv_t cd)
{
	void *p = *buf;

	if (precis_grow(&p, cap, *cap + *cap / 2 + 64, 1) != 0) {
		precis_dealloc(*buf);
		iconv_close(cd);
		return -1;
	}
	*buf = p;
	return 0;
}

/*
 * UTF-8 that is not all well-formed, made so: every byte that starts no
 * well-formed sequence becomes U+FFFD.  iconv is no judge of that, since
 * glibc's reads the five- and six-byte forms that UTF-8 has long dropped.
 */
static int repair_utf8(const char *data, size_t len, char **out,
		       size_t *out_len)
{
	const unsigned char *u = (const unsigned char *)data;
	char *buf = precis_malloc(3 * len + 1);
	size_t i = 0, o = 0, n;

	if (buf == NULL)
		return -1;
	while (i < len) {
		n = precis_utf8_length(u + i, len - i);
		if (n == 0) {
			memcpy(buf + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
			continue;
		}
		memcpy(buf + o, data + i, n);
		o += n;
		i += n;
	}
	*out_len = drop_controls(buf, o);
	*out = buf;
	return 0;
}

/* iconv from charset, U+FFFD for what does not decode. */
static int convert(const char *data, size_t len, const char *charset,
		   char **out, size_t *out_len)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	size_t cap = len + len / 2 + 64, used = 0;
	char *buf = precis_malloc(cap);
	char *in = (char *)data;
	size_t in_left = len;
	iconv_t cd;

	if (buf == NULL)
		return -1;
	cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1) {
		precis_dealloc(buf);
		return -1;
	}
	for (;;) {
		char *o;
		size_t o_left, r;
		int err;

		/* Room for more output, a U+FFFD and the NUL, always. */
		if (cap - used < 64 && grow_output(&buf, &cap, cd) != 0)
			return -1;
		o = buf + used;
		o_left = cap - used - 4;
		r = iconv(cd, in_left > 0 ? &in : NULL, &in_left, &o, &o_left);
		err = errno;
		used = (size_t)(o - buf);
		if (r != (size_t)-1 && in_left == 0) {
			if (in != NULL)
				in = NULL; /* one more round: flush */
			else
				break;
			continue;
		}
		if (r != (size_t)-1)
			continue;
		if (err == E2BIG) {
			if (grow_output(&buf, &cap, cd) != 0)
				return -1;
			continue;
		}
		/* EILSEQ, or EINVAL for a sequence cut at the end. */
		memcpy(buf + used, fffd, 3);
		used += 3;
		if (err == EINVAL || in_left <= 1) {
			in_left = 0;
			in = NULL;
			iconv(cd, NULL, NULL, NULL, NULL);
			break;
		}
		in++;
		in_left--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	*out_len = drop_controls(buf, used);
	*out = buf;
	return 0;
}

int precis_charset_convert(const char *data, size_t len, const char **charset,
			   bool lenient, char **out, size_t *out_len)
{
	char *buf;

	if (strcmp(*charset, "utf-8") == 0) {
		if (precis_utf8_valid(data, len)) {
			buf = precis_malloc(len + 1);
			if (buf == NULL)
				return -1;
			*out_len = copy_text(buf, data, len);
			*out = buf;
			return 0;
		}
		if (lenient) {
			size_t n;
			char *conv;

			if (precis_cp1252_to_utf8(data, len, &conv, &n) != 0)
				return -1;
			buf = precis_realloc(conv, n + 1);
			if (buf == NULL) {
				precis_dealloc(conv);
				return -1;
			}
			*out_len = drop_controls(buf, n);
			*out = buf;
			*charset = "windows-1252";
			return 0;
		}
		return repair_utf8(data, len, out, out_len);
	}
	return convert(data, len, *charset, out, out_len);
}
