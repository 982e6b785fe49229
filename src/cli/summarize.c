/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * summarize.c - `precis [OPTION]... [FILE]...`: summarize articles.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_LIST_LANGUAGES = CLI_OPT_FIRST_FREE, OPT_INPUT };

static const struct option own_options[] = {
	{ "list-languages", no_argument, NULL, OPT_LIST_LANGUAGES },
	{ "input", required_argument, NULL, OPT_INPUT },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n"
	       "       %s split [OPTION]... [FILE]...\n"
	       "       %s batch [OPTION]... INPUT...\n"
	       "       %s eval [OPTION]... REFERENCES SYSTEM\n"
	       "       %s extract [OPTION]... [FILE]...\n",
	       cli_program, cli_program, cli_program, cli_program, cli_program);
	fputs("Print the best sentences of each article FILE, in article "
	      "order.\n"
	      "With no FILE, or when FILE is -, read standard input.  With "
	      "more\n"
	      "than one FILE, each summary follows a '==> FILE <==' header.\n"
	      "A web page (HTML, found by its content: a doctype or an "
	      "<html>,\n"
	      "<head> or <body> tag at the start) is summarized from its "
	      "article,\n"
	      "with its headline as the title (see precis extract --help).  A\n"
	      "gzip'd FILE is unpacked.\n"
	      "\n",
	      stdout);
	cli_summary_help(stdout, false);
	fputs("\n"
	      "Input:\n"
	      "      --input=KIND       auto (default), text or html: how to "
	      "read\n"
	      "                         each FILE\n"
	      "\n"
	      "      --list-languages   list the supported languages and exit\n"
	      "  -h, --help             display this help and exit\n"
	      "  -V, --version          output version information and exit\n"
	      "\n"
	      "Subcommands:\n"
	      "  split                  print every sentence, one a line\n"
	      "  batch                  summarize archives, directories and "
	      "JSON\n"
	      "                         Lines, on all cores (see precis batch "
	      "--help)\n"
	      "  eval                   score summaries with ROUGE\n"
	      "  extract                print the article of web pages\n"
	      "\n"
	      "Exit status: 0 success, 1 if some input failed or output could "
	      "not\n"
	      "be written, 2 for a usage error.\n",
	      stdout);
}

static void list_languages(void)
{
	size_t i;

	printf("%-12s %-3s detect the language of each input (default)\n",
	       "auto", "");
	for (i = 0; i < precis_language_count(); i++)
		printf("%-12s %-3s stopwords: %s\n", precis_language_name(i),
		       precis_language_code(i),
		       precis_language_stopword_source(i));
}

/* Summarizes one input and writes it; 0, or -1 after reporting an error. */
static int summarize_one(struct cli_config *run, int input, const char *path,
			 bool header, bool *first)
{
	precis_options opt = run->opt;
	bool html, has_title;
	const char *name = cli_input_name(path);
	precis_summary *sum;
	precis_status st;
	char *data;
	size_t len;
	int rc = 0;

	if (cli_read_article(path, run->opt.max_bytes, input, &data, &len,
			     &html, &has_title) != 0)
		return -1;
	/* A page's headline is its title; its body has none. */
	if (html)
		opt.title =
			has_title ? PRECIS_TITLE_FIRST_LINE : PRECIS_TITLE_NONE;
	st = precis_summarize(run->ctx, data, len, &opt, &sum);
	if (st != PRECIS_OK) {
		cli_error(name, "%s", precis_strerror(st));
		free(data);
		return -1;
	}
	if (run->verbose)
		cli_report_language(name, sum);
	if (run->json) {
		json_t *o = cli_summary_json(sum, &run->render);

		if (o != NULL && header)
			json_object_set_new(o, "file", json_string(path));
		if (o == NULL || cli_write_json(stdout, o) != 0)
			rc = -1;
		json_decref(o);
	} else {
		if (header)
			printf("%s==> %s <==\n", *first ? "" : "\n", name);
		*first = false;
		rc = cli_write_text(stdout, sum, &run->render);
	}
	if (rc != 0)
		cli_error(name, "%s", precis_strerror(PRECIS_ERR_NOMEM));
	precis_summary_free(sum);
	free(data);
	return rc;
}

int cli_summarize_main(int argc, char **argv)
{
	struct option longopts[CLI_MAX_OPTIONS];
	struct cli_config run;
	bool failed = false, first = true;
	int c, i, rc, input = CLI_INPUT_AUTO;

	cli_config_init(&run);
	cli_merge_options(longopts, own_options);
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":" CLI_SUMMARY_SHORTOPTS "hV",
				longopts, NULL)) != -1) {
		switch (c) {
		case OPT_LIST_LANGUAGES:
			list_languages();
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		case OPT_INPUT:
			input = cli_parse_input_mode(optarg);
			if (input < 0)
				return cli_usage_error(
					NULL,
					"invalid input kind: '%s' "
					"(auto, text or html)",
					optarg);
			break;
		case 'h':
			usage();
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		case 'V':
			cli_print_version();
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		case '?':
		case ':':
			return cli_option_error(c, argv, NULL);
		default:
			rc = cli_summary_option(&run, c, optarg, NULL);
			if (rc != CLI_EXIT_OK)
				return rc;
		}
	}
	rc = cli_config_finish(&run, NULL);
	if (rc != CLI_EXIT_OK)
		return rc;
	if (optind >= argc) {
		failed = summarize_one(&run, input, "-", false, &first) != 0;
	} else {
		bool header = argc - optind > 1;

		for (i = optind; i < argc; i++)
			if (summarize_one(&run, input, argv[i], header,
					  &first) != 0)
				failed = true;
	}
	precis_free(run.ctx);
	if (cli_close_stdout() != 0)
		failed = true;
	return failed ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}
