/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * split.c - `precis split [OPTION]... [FILE]...`: print every sentence.
 *
 * Each sentence goes on a line of its own with its white space folded, and
 * nothing else is printed: the form sentence-boundary test suites compare.
 * Every line of the input is body text (no title is taken off).
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_MAX_BYTES = CHAR_MAX + 1, OPT_INPUT };

static const struct option long_options[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "language", required_argument, NULL, 'l' },
	{ "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
	{ "input", required_argument, NULL, OPT_INPUT },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static void usage(void)
{
	printf("Usage: %s split [OPTION]... [FILE]...\n", cli_program);
	fputs("Print every sentence of each FILE on a line of its own, with "
	      "its\n"
	      "white space folded to single spaces.  With no FILE, or when "
	      "FILE\n"
	      "is -, read standard input.\n"
	      "\n"
	      "  -f, --format=FORMAT    text (default) or json (one object an\n"
	      "                         input, with each sentence's byte "
	      "offset\n"
	      "                         and length)\n"
	      "  -l, --language=LANG    name (english) or ISO 639-1 code (en), "
	      "or auto\n"
	      "                         (default) to detect each input's "
	      "language;\n"
	      "                         a short or unclear text is read as "
	      "English\n"
	      "      --max-bytes=N      refuse inputs over N bytes (default 64 "
	      "MiB;\n"
	      "                         0 disables)\n"
	      "      --input=KIND       auto (default), text or html: a web "
	      "page\n"
	      "                         (found by its content under auto) is "
	      "split\n"
	      "                         from its article, headline first\n"
	      "  -h, --help             display this help and exit\n"
	      "\n"
	      "Exit status: 0 success, 1 if some input failed or output could "
	      "not\n"
	      "be written, 2 for a usage error.\n",
	      stdout);
}

static json_t *split_json(const precis_summary *sum, const char *path)
{
	const char *text = precis_summary_text(sum, NULL);
	json_t *o = json_object(), *arr = json_array();
	size_t i;
	int bad = o == NULL || arr == NULL;

	for (i = 0; !bad && i < precis_summary_sentence_count(sum); i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);
		json_t *e = json_object();
		char *buf = malloc(s->length ? s->length : 1);

		bad = e == NULL || buf == NULL;
		if (!bad) {
			size_t n = precis_fold_space(text + s->offset,
						     s->length, buf, NULL);

			bad |= json_object_set_new(e, "offset",
						   json_integer(
							   (json_int_t)
								   s->offset));
			bad |= json_object_set_new(e, "length",
						   json_integer(
							   (json_int_t)
								   s->length));
			bad |= json_object_set_new(e, "text",
						   json_stringn(buf, n));
		}
		free(buf);
		bad |= json_array_append_new(arr, e);
	}
	if (!bad) {
		bad |= json_object_set_new(o, "file", json_string(path));
		bad |= json_object_set_new(o, "sentences", arr);
		arr = NULL;
	}
	json_decref(arr);
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static int split_one(precis_ctx *ctx, int input, const char *path,
		     size_t max_bytes, bool json)
{
	bool html, has_title;
	const char *name = cli_input_name(path);
	precis_summary *sum;
	precis_status st;
	char *data;
	size_t len, i;
	int rc = 0;

	if (cli_read_article(path, max_bytes, input, &data, &len, &html,
			     &has_title) != 0)
		return -1;
	st = precis_split(ctx, data, len, PRECIS_TITLE_NONE, &sum);
	if (st != PRECIS_OK) {
		cli_error(name, "%s", precis_strerror(st));
		free(data);
		return -1;
	}
	if (json) {
		json_t *o = split_json(sum, path);

		rc = o == NULL ? -1 : cli_write_json(stdout, o);
		json_decref(o);
	} else {
		const char *text = precis_summary_text(sum, NULL);

		for (i = 0; rc == 0 && i < precis_summary_sentence_count(sum);
		     i++) {
			const precis_sentence *s =
				precis_summary_sentence(sum, i);

			rc = cli_put_folded(stdout, text + s->offset,
					    s->length);
		}
	}
	if (rc != 0)
		cli_error(name, "%s", precis_strerror(PRECIS_ERR_NOMEM));
	precis_summary_free(sum);
	free(data);
	return rc;
}

int cli_split_main(int argc, char **argv)
{
	const char *language = "auto";
	size_t max_bytes = (size_t)64 << 20;
	bool json = false, failed = false;
	precis_status st;
	precis_ctx *ctx;
	int c, i, input = CLI_INPUT_AUTO;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:l:h", long_options, NULL)) !=
	       -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "text") == 0)
				json = false;
			else if (strcmp(optarg, "json") == 0)
				json = true;
			else
				return cli_usage_error(
					"split",
					"invalid format: '%s' (text or json)",
					optarg);
			break;
		case 'l':
			language = optarg;
			break;
		case OPT_MAX_BYTES:
			if (cli_parse_size(optarg, &max_bytes) != 0)
				return cli_usage_error(
					"split", "invalid byte count: '%s'",
					optarg);
			break;
		case OPT_INPUT:
			input = cli_parse_input_mode(optarg);
			if (input < 0)
				return cli_usage_error(
					"split",
					"invalid input kind: '%s' "
					"(auto, text or html)",
					optarg);
			break;
		case 'h':
			usage();
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		default:
			return cli_option_error(c, argv, "split");
		}
	}
	ctx = precis_new(language, &st);
	if (ctx == NULL) {
		if (st == PRECIS_ERR_LANGUAGE)
			return cli_usage_error("split",
					       "unsupported language: '%s'",
					       language);
		cli_error(NULL, "%s", precis_strerror(st));
		return CLI_EXIT_FAILURE;
	}
	if (optind >= argc)
		failed = split_one(ctx, input, "-", max_bytes, json) != 0;
	for (i = optind; i < argc; i++)
		if (split_one(ctx, input, argv[i], max_bytes, json) != 0)
			failed = true;
	precis_free(ctx);
	if (cli_close_stdout() != 0)
		failed = true;
	return failed ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}
