/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * page.c - web pages in the precis program: reading a page (gzip'd or not),
 * telling HTML from text, and `precis extract`.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "cli.h"

/* What a gzip'd page may unpack to when no --max-bytes limit is set. */
#define GUNZIP_DEFAULT_LIMIT ((size_t)256 << 20)

/* Unpacks every gzip member of in[0..len); 0, or -1 after the error. */
static int gunzip(const char *name, const char *in, size_t len,
		  size_t max_bytes, char **data, size_t *out_len)
{
	size_t limit = max_bytes > 0 ? max_bytes : GUNZIP_DEFAULT_LIMIT;
	size_t cap = len * 4 + 4096, n = 0;
	char *buf = NULL;
	z_stream z;
	int zr = Z_OK;

	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 15 + 16) != Z_OK) {
		cli_error(name, "%s", precis_strerror(PRECIS_ERR_NOMEM));
		return -1;
	}
	z.next_in = (unsigned char *)in;
	z.avail_in = (uInt)len;
	for (;;) {
		if (n == cap || buf == NULL) {
			char *p;

			if (buf != NULL)
				cap *= 2;
			if (cap > limit + 1)
				cap = limit + 1;
			p = realloc(buf, cap);
			if (p == NULL) {
				cli_error(name, "%s",
					  precis_strerror(PRECIS_ERR_NOMEM));
				goto fail;
			}
			buf = p;
		}
		if (n > limit) {
			cli_error(name, "unpacks to more than %zu bytes",
				  limit);
			goto fail;
		}
		z.next_out = (unsigned char *)buf + n;
		z.avail_out = (uInt)(cap - n);
		zr = inflate(&z, Z_NO_FLUSH);
		n = cap - z.avail_out;
		if (zr == Z_STREAM_END) {
			if (z.avail_in == 0)
				break;
			if (inflateReset(&z) != Z_OK)
				goto damaged;
			continue;
		}
		if (zr == Z_BUF_ERROR && z.avail_in == 0)
			goto damaged; /* cut short */
		if (zr != Z_OK && zr != Z_BUF_ERROR)
			goto damaged;
	}
	inflateEnd(&z);
	*data = buf;
	*out_len = n;
	return 0;
damaged:
	cli_error(name, "damaged gzip data");
fail:
	inflateEnd(&z);
	free(buf);
	return -1;
}

int cli_read_page(const char *path, size_t max_bytes, char **data, size_t *len)
{
	char *raw;
	size_t n;

	if (cli_read_file(path, max_bytes, &raw, &n) != 0)
		return -1;
	if (n >= 2 && (unsigned char)raw[0] == 0x1F &&
	    (unsigned char)raw[1] == 0x8B) {
		int rc = gunzip(cli_input_name(path), raw, n, max_bytes, data,
				len);

		free(raw);
		return rc;
	}
	*data = raw;
	*len = n;
	return 0;
}

/* Case-insensitive search for needle in s[0..len). */
static bool has_prefix_ci(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);

	return len >= n && strncasecmp(s, needle, n) == 0;
}

bool cli_looks_like_html(const char *data, size_t len)
{
	static const char *const marks[] = {
		"<!doctype html",
		"<html",
		"<head",
		"<body",
	};
	size_t i = 0, end, k;

	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\t' ||
			   data[i] == '\n' || data[i] == '\r'))
		i++;
	if (i >= len || data[i] != '<')
		return false;
	end = len - i < 1024 ? len : i + 1024;
	for (; i < end; i++) {
		if (data[i] != '<')
			continue;
		for (k = 0; k < sizeof marks / sizeof marks[0]; k++)
			if (has_prefix_ci(data + i, end - i, marks[k]))
				return true;
	}
	return false;
}

precis_status cli_page_article(const char *html, size_t len,
			       const char *charset, char **text,
			       size_t *text_len, size_t *prefix)
{
	precis_page *page;
	precis_status st = precis_page_parse(html, len, charset, &page);
	size_t tl, bl;
	const char *title, *body;
	char *out;

	if (st != PRECIS_OK)
		return st;
	title = precis_page_title(page, &tl);
	body = precis_page_text(page, &bl);
	out = malloc(tl + bl + 3);
	if (out == NULL) {
		precis_page_free(page);
		return PRECIS_ERR_NOMEM;
	}
	*prefix = tl > 0 ? tl + 2 : 0;
	memcpy(out, title, tl);
	memcpy(out + tl, "\n\n", *prefix > 0 ? 2 : 0);
	memcpy(out + *prefix, body, bl);
	*text_len = *prefix + bl;
	out[*text_len] = '\0';
	*text = out;
	precis_page_free(page);
	return PRECIS_OK;
}

/* ------------------------------------------------------------------ */
/* precis extract                                                       */

enum { OPT_CHARSET = CLI_OPT_FIRST_FREE, OPT_MAX_BYTES };

static const struct option extract_options[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "charset", required_argument, NULL, OPT_CHARSET },
	{ "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static void extract_usage(void)
{
	printf("Usage: %s extract [OPTION]... [FILE]...\n", cli_program);
	fputs("Print the article of each web page FILE: its headline, a blank\n"
	      "line, then its paragraphs separated by blank lines, without "
	      "the\n"
	      "page's navigation, comments, share bars, related links and "
	      "ads.\n"
	      "FILE is HTML, possibly gzip'd.  With no FILE, or when FILE is "
	      "-,\n"
	      "read standard input.  With more than one FILE, each page "
	      "follows\n"
	      "a '==> FILE <==' header.\n"
	      "\n"
	      "  -f, --format=FORMAT    text (default) or json: one object a "
	      "page,\n"
	      "                         {\"title\", \"text\", \"language\", "
	      "\"charset\",\n"
	      "                         \"url\" when the page states it, "
	      "\"file\"}\n"
	      "      --charset=NAME     read the pages in NAME (as an HTTP "
	      "header\n"
	      "                         would say), not in the charset they "
	      "declare\n"
	      "      --max-bytes=N      refuse pages over N bytes (default 64 "
	      "MiB;\n"
	      "                         0 disables)\n"
	      "  -h, --help             display this help and exit\n"
	      "\n"
	      "Character sets: --charset, else a byte-order mark, else the "
	      "page's\n"
	      "<meta charset> or http-equiv Content-Type, else UTF-8, read as\n"
	      "Windows-1252 when it is not valid UTF-8.\n"
	      "\n"
	      "Exit status: 0 success, 1 if some input failed or output could "
	      "not\n"
	      "be written, 2 for a usage error.\n",
	      stdout);
}

struct extract_run {
	bool json;
	const char *charset;
	size_t max_bytes;
	bool first;
	bool header; /* more than one FILE: a '==> FILE <==' line before each */
};

static int put_json(const char *path, const precis_page *page)
{
	size_t tl, bl;
	const char *title = precis_page_title(page, &tl);
	const char *text = precis_page_text(page, &bl);
	precis_detection det;
	json_t *o = json_object();
	int bad = o == NULL;
	int rc;

	if (precis_detect(text, bl, &det) != PRECIS_OK)
		bad = 1;
	if (!bad) {
		bad |= json_object_set_new(o, "title", json_stringn(title, tl));
		bad |= json_object_set_new(o, "text", json_stringn(text, bl));
		bad |= json_object_set_new(o, "language",
					   json_string(det.name));
		bad |= json_object_set_new(o, "language_reliable",
					   json_boolean(det.reliable));
		bad |= json_object_set_new(o, "charset",
					   json_string(
						   precis_page_charset(page)));
		if (precis_page_url(page) != NULL)
			bad |= json_object_set_new(o, "url",
						   json_string(precis_page_url(
							   page)));
		bad |= json_object_set_new(o, "file", json_string(path));
	}
	rc = bad ? -1 : cli_write_json(stdout, o);
	json_decref(o);
	return rc;
}

static int extract_one(struct extract_run *run, const char *path)
{
	const char *name = cli_input_name(path);
	precis_page *page;
	precis_status st;
	char *data;
	size_t len;
	int rc = 0;

	if (cli_read_page(path, run->max_bytes, &data, &len) != 0)
		return -1;
	st = precis_page_parse(data, len, run->charset, &page);
	free(data);
	if (st != PRECIS_OK) {
		cli_error(name, "%s", precis_strerror(st));
		return -1;
	}
	if (run->json) {
		rc = put_json(path, page);
	} else {
		size_t tl, bl;
		const char *title = precis_page_title(page, &tl);
		const char *text = precis_page_text(page, &bl);

		if (run->header)
			printf("%s==> %s <==\n", run->first ? "" : "\n", name);
		else if (!run->first)
			putchar('\n');
		run->first = false;
		fwrite(title, 1, tl, stdout);
		fputs("\n\n", stdout);
		fwrite(text, 1, bl, stdout);
		if (bl > 0)
			putchar('\n');
	}
	if (rc != 0)
		cli_error(name, "%s", precis_strerror(PRECIS_ERR_NOMEM));
	precis_page_free(page);
	return rc;
}

int cli_extract_main(int argc, char **argv)
{
	struct extract_run run = { false, NULL, (size_t)64 << 20, true, false };
	bool failed = false;
	int c, i;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:h", extract_options, NULL)) !=
	       -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "json") == 0)
				run.json = true;
			else if (strcmp(optarg, "text") == 0)
				run.json = false;
			else
				return cli_usage_error(
					"extract",
					"invalid format: '%s' (text or json)",
					optarg);
			break;
		case OPT_CHARSET:
			run.charset = optarg;
			break;
		case OPT_MAX_BYTES:
			if (cli_parse_size(optarg, &run.max_bytes) != 0)
				return cli_usage_error("extract",
						       "invalid size: '%s'",
						       optarg);
			break;
		case 'h':
			extract_usage();
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		default:
			return cli_option_error(c, argv, "extract");
		}
	}
	if (optind >= argc) {
		failed = extract_one(&run, "-") != 0;
	} else {
		run.header = argc - optind > 1;
		for (i = optind; i < argc; i++)
			if (extract_one(&run, argv[i]) != 0)
				failed = true;
	}
	if (cli_close_stdout() != 0)
		failed = true;
	return failed ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}

int cli_parse_input_mode(const char *arg)
{
	if (strcmp(arg, "auto") == 0)
		return CLI_INPUT_AUTO;
	if (strcmp(arg, "text") == 0)
		return CLI_INPUT_TEXT;
	if (strcmp(arg, "html") == 0)
		return CLI_INPUT_HTML;
	return -1;
}

int cli_read_article(const char *path, size_t max_bytes, int mode, char **text,
		     size_t *len, bool *html, bool *has_title)
{
	char *data;
	size_t n, prefix;
	precis_status st;

	*html = false;
	*has_title = false;
	if (cli_read_page(path, max_bytes, &data, &n) != 0)
		return -1;
	if (mode == CLI_INPUT_TEXT ||
	    (mode == CLI_INPUT_AUTO && !cli_looks_like_html(data, n))) {
		*text = data;
		*len = n;
		return 0;
	}
	*html = true;
	st = cli_page_article(data, n, NULL, text, len, &prefix);
	free(data);
	if (st != PRECIS_OK) {
		cli_error(cli_input_name(path), "%s", precis_strerror(st));
		return -1;
	}
	*has_title = prefix > 0;
	return 0;
}
