/*
 * summarize.c - `precis [OPTION]... [FILE]...`: summarize articles.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
	OPT_TITLE = CHAR_MAX + 1,
	OPT_ORDER,
	OPT_EXPLAIN,
	OPT_STOPWORDS,
	OPT_MAX_BYTES,
	OPT_METHOD,
	OPT_WEIGHTS,
	OPT_REDUNDANCY,
	OPT_LIST_LANGUAGES,
};

static const struct option long_options[] = {
	{ "sentences", required_argument, NULL, 'n' },
	{ "ratio", required_argument, NULL, 'r' },
	{ "words", required_argument, NULL, 'w' },
	{ "chars", required_argument, NULL, 'c' },
	{ "format", required_argument, NULL, 'f' },
	{ "keywords", required_argument, NULL, 'k' },
	{ "language", required_argument, NULL, 'l' },
	{ "title", required_argument, NULL, OPT_TITLE },
	{ "order", required_argument, NULL, OPT_ORDER },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "stopwords", required_argument, NULL, OPT_STOPWORDS },
	{ "max-bytes", required_argument, NULL, OPT_MAX_BYTES },
	{ "method", required_argument, NULL, OPT_METHOD },
	{ "weights", required_argument, NULL, OPT_WEIGHTS },
	{ "redundancy", required_argument, NULL, OPT_REDUNDANCY },
	{ "list-languages", no_argument, NULL, OPT_LIST_LANGUAGES },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void usage(void)
{
	size_t f;

	printf("Usage: %s [OPTION]... [FILE]...\n"
	       "       %s split [OPTION]... [FILE]...\n"
	       "       %s eval [OPTION]... REFERENCES SYSTEM\n",
	       cli_program, cli_program, cli_program);
	fputs("Print the best sentences of each article FILE, in article order.\n"
	      "With no FILE, or when FILE is -, read standard input.  With more\n"
	      "than one FILE, each summary follows a '==> FILE <==' header.\n"
	      "\n"
	      "Budget (the best whole sentences that fit; never a cut sentence):\n"
	      "  -n, --sentences=N      at most N sentences (default 3)\n"
	      "  -r, --ratio=R          the share R (0 < R <= 1) of the sentences,\n"
	      "                         rounded up; overrides -n\n"
	      "  -w, --words=W          at most W words in all\n"
	      "  -c, --chars=C          at most C characters in all, counting one\n"
	      "                         separator between sentences\n"
	      "\n"
	      "Output:\n"
	      "  -f, --format=FORMAT    text (one sentence a line) or json (one\n"
	      "                         object a line, with offsets and scores)\n"
	      "      --order=ORDER      article (default) or score (best first)\n"
	      "  -k, --keywords=N       also list the N top terms, as in the text\n"
	      "      --explain          also show every sentence's features and score\n"
	      "\n"
	      "Text and scoring:\n"
	      "  -l, --language=LANG    Snowball name or ISO 639-1 code (default\n"
	      "                         english); see --list-languages\n"
	      "      --title=MODE       auto (a short first line without an end\n"
	      "                         mark, followed by a line break), first-line,\n"
	      "                         or none; the title guides scoring and is\n"
	      "                         never part of the summary\n"
	      "      --stopwords=FILE   use the stopwords in FILE (Snowball format)\n"
	      "      --method=METHOD    default (scored) or lead (first sentences)\n"
	      "      --weights=SPEC     feature weights, as name=value,...; names:\n"
	      "                        ", stdout);
	for (f = 0; f < PRECIS_FEATURE_COUNT; f++)
		printf(" %s", precis_feature_name((precis_feature)f));
	fputs("\n"
	      "      --redundancy=X     skip a sentence sharing at least the share X\n"
	      "                         of its terms with a chosen one (default 0.8;\n"
	      "                         1 disables)\n"
	      "      --max-bytes=N      refuse inputs over N bytes (default 64 MiB;\n"
	      "                         0 disables)\n"
	      "\n"
	      "      --list-languages   list the supported languages and exit\n"
	      "  -h, --help             display this help and exit\n"
	      "  -V, --version          output version information and exit\n"
	      "\n"
	      "Subcommands:\n"
	      "  split                  print every sentence, one a line\n"
	      "  eval                   score summaries with ROUGE\n"
	      "\n"
	      "Exit status: 0 success, 1 if some input failed or output could not\n"
	      "be written, 2 for a usage error.\n", stdout);
}

static void list_languages(void)
{
	size_t i;

	for (i = 0; i < precis_language_count(); i++)
		printf("%-12s %-3s stopwords: %s\n", precis_language_name(i),
		       precis_language_code(i),
		       precis_language_stopword_source(i));
}

struct run {
	precis_ctx *ctx;
	precis_options opt;
	struct cli_render render;
	bool json;
};

/* Summarizes one input and writes it; 0, or -1 after reporting an error. */
static int summarize_one(struct run *run, const char *path, bool header,
			 bool first)
{
	const char *name = cli_input_name(path);
	precis_summary *sum;
	precis_status st;
	char *data;
	size_t len;
	int rc = 0;

	if (cli_read_file(path, run->opt.max_bytes, &data, &len) != 0)
		return -1;
	st = precis_summarize(run->ctx, data, len, &run->opt, &sum);
	if (st != PRECIS_OK) {
		cli_error(name, "%s", precis_strerror(st));
		free(data);
		return -1;
	}
	if (run->json) {
		json_t *o = cli_summary_json(sum, &run->render);

		if (o != NULL && header)
			json_object_set_new(o, "file", json_string(path));
		if (o == NULL || cli_write_json(stdout, o) != 0)
			rc = -1;
		json_decref(o);
	} else {
		if (header)
			printf("%s==> %s <==\n", first ? "" : "\n", name);
		rc = cli_write_text(stdout, sum, &run->render);
	}
	if (rc != 0)
		cli_error(name, "%s", precis_strerror(PRECIS_ERR_NOMEM));
	precis_summary_free(sum);
	free(data);
	return rc;
}

static int load_stopwords(precis_ctx *ctx, const char *path)
{
	precis_status st;
	char *data;
	size_t len;

	if (cli_read_file(path, 0, &data, &len) != 0)
		return -1;
	st = precis_set_stopwords(ctx, data, len);
	free(data);
	if (st != PRECIS_OK) {
		cli_error(cli_input_name(path), "%s", precis_strerror(st));
		return -1;
	}
	return 0;
}

int cli_summarize_main(int argc, char **argv)
{
	struct run run = { 0 };
	const char *language = "english", *stopwords = NULL;
	const char *weights = NULL;
	bool failed = false;
	precis_status st;
	int c, i;

	precis_options_init(&run.opt);
	while ((c = getopt_long(argc, argv, "n:r:w:c:f:k:l:hV", long_options,
				NULL)) != -1) {
		switch (c) {
		case 'n':
			if (cli_parse_size(optarg, &run.opt.sentences) != 0 ||
			    run.opt.sentences == 0)
				return cli_usage_error(NULL,
					"invalid number of sentences: '%s'",
					optarg);
			break;
		case 'r':
			if (cli_parse_double(optarg, &run.opt.ratio) != 0 ||
			    !(run.opt.ratio > 0 && run.opt.ratio <= 1))
				return cli_usage_error(NULL,
					"invalid ratio: '%s' (0 < R <= 1)",
					optarg);
			break;
		case 'w':
			if (cli_parse_size(optarg, &run.opt.words) != 0 ||
			    run.opt.words == 0)
				return cli_usage_error(NULL,
					"invalid number of words: '%s'", optarg);
			break;
		case 'c':
			if (cli_parse_size(optarg, &run.opt.chars) != 0 ||
			    run.opt.chars == 0)
				return cli_usage_error(NULL,
					"invalid number of characters: '%s'",
					optarg);
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				run.json = false;
			else if (strcmp(optarg, "json") == 0)
				run.json = true;
			else
				return cli_usage_error(NULL,
					"invalid format: '%s' (text or json)",
					optarg);
			break;
		case 'k':
			if (cli_parse_size(optarg, &run.render.keywords) != 0)
				return cli_usage_error(NULL,
					"invalid number of keywords: '%s'",
					optarg);
			run.opt.keywords = run.render.keywords;
			break;
		case 'l':
			language = optarg;
			break;
		case OPT_TITLE:
			if (strcmp(optarg, "auto") == 0)
				run.opt.title = PRECIS_TITLE_AUTO;
			else if (strcmp(optarg, "first-line") == 0)
				run.opt.title = PRECIS_TITLE_FIRST_LINE;
			else if (strcmp(optarg, "none") == 0)
				run.opt.title = PRECIS_TITLE_NONE;
			else
				return cli_usage_error(NULL,
					"invalid title mode: '%s' (auto, first-line or none)",
					optarg);
			break;
		case OPT_ORDER:
			if (strcmp(optarg, "article") == 0)
				run.opt.order = PRECIS_ORDER_ARTICLE;
			else if (strcmp(optarg, "score") == 0)
				run.opt.order = PRECIS_ORDER_SCORE;
			else
				return cli_usage_error(NULL,
					"invalid order: '%s' (article or score)",
					optarg);
			break;
		case OPT_EXPLAIN:
			run.render.explain = true;
			break;
		case OPT_STOPWORDS:
			stopwords = optarg;
			break;
		case OPT_MAX_BYTES:
			if (cli_parse_size(optarg, &run.opt.max_bytes) != 0)
				return cli_usage_error(NULL,
					"invalid byte count: '%s'", optarg);
			break;
		case OPT_METHOD:
			if (strcmp(optarg, "default") == 0)
				run.opt.method = PRECIS_METHOD_DEFAULT;
			else if (strcmp(optarg, "lead") == 0)
				run.opt.method = PRECIS_METHOD_LEAD;
			else
				return cli_usage_error(NULL,
					"invalid method: '%s' (default or lead)",
					optarg);
			break;
		case OPT_WEIGHTS:
			weights = optarg;
			break;
		case OPT_REDUNDANCY:
			if (cli_parse_double(optarg, &run.opt.redundancy) != 0 ||
			    !(run.opt.redundancy >= 0 &&
			      run.opt.redundancy <= 1))
				return cli_usage_error(NULL,
					"invalid redundancy: '%s' (0 <= X <= 1)",
					optarg);
			break;
		case OPT_LIST_LANGUAGES:
			list_languages();
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		case 'h':
			usage();
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		case 'V':
			printf("%s %s\n", cli_program, precis_version());
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		default:
			/* getopt_long has printed what was wrong. */
			fprintf(stderr,
				"Try '%s --help' for more information.\n",
				cli_program);
			return CLI_EXIT_USAGE;
		}
	}
	if (weights != NULL &&
	    precis_weights_parse(&run.opt.weights, weights) != PRECIS_OK)
		return cli_usage_error(NULL, "invalid weights: '%s'", weights);

	run.ctx = precis_new(language, &st);
	if (run.ctx == NULL) {
		if (st == PRECIS_ERR_LANGUAGE)
			return cli_usage_error(NULL,
				"unsupported language: '%s' (see --list-languages)",
				language);
		cli_error(NULL, "%s", precis_strerror(st));
		return CLI_EXIT_FAILURE;
	}
	if (stopwords != NULL && load_stopwords(run.ctx, stopwords) != 0) {
		precis_free(run.ctx);
		return CLI_EXIT_FAILURE;
	}
	if (optind >= argc) {
		failed = summarize_one(&run, "-", false, true) != 0;
	} else {
		bool header = argc - optind > 1;

		for (i = optind; i < argc; i++)
			if (summarize_one(&run, argv[i], header, i == optind) != 0)
				failed = true;
	}
	precis_free(run.ctx);
	if (cli_close_stdout() != 0)
		failed = true;
	return failed ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
}
