/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * options.c - the summary options shared by `precis` and `precis batch`.
 *
 * Each command merges cli_summary_options with its own table, hands every
 * option it does not know to cli_summary_option(), and finally calls
 * cli_config_finish() to make the context.
 */
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
};

const struct option cli_summary_options[] = {
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
	{ "verbose", no_argument, NULL, 'v' },
	{ NULL, 0, NULL, 0 },
};

void cli_merge_options(struct option *out, const struct option *own)
{
	size_t n = 0, i;

	for (i = 0; cli_summary_options[i].name != NULL; i++)
		out[n++] = cli_summary_options[i];
	for (i = 0; own[i].name != NULL && n + 1 < CLI_MAX_OPTIONS; i++)
		out[n++] = own[i];
	memset(&out[n], 0, sizeof(out[n]));
}

void cli_summary_help(FILE *out, bool records)
{
	size_t f;

	fputs("Budget (the best whole sentences that fit; never a cut "
	      "sentence):\n"
	      "  -n, --sentences=N      at most N sentences (default 3)\n"
	      "  -r, --ratio=R          the share R (0 < R <= 1) of the "
	      "sentences,\n"
	      "                         rounded up; overrides -n\n"
	      "  -w, --words=W          at most W words in all, as white "
	      "space\n"
	      "                         parts them (Chinese and Japanese: use "
	      "-c)\n"
	      "  -c, --chars=C          at most C characters in all, counting "
	      "one\n"
	      "                         separator between sentences\n"
	      "\n"
	      "Output:\n",
	      out);
	if (records)
		fputs("  -f, --format=json      JSON Lines, the only record "
		      "format\n",
		      out);
	else
		fputs("  -f, --format=FORMAT    text (one sentence a line) or "
		      "json (one\n"
		      "                         object a line, with offsets "
		      "and scores)\n",
		      out);
	fputs("      --order=ORDER      article (default) or score (best "
	      "first)\n"
	      "  -k, --keywords=N       also list the N top terms, as in the "
	      "text\n"
	      "      --explain          also show every sentence's features "
	      "and score\n"
	      "\n"
	      "Text and scoring:\n"
	      "  -l, --language=LANG    name (english) or ISO 639-1 code (en), "
	      "or\n"
	      "                         auto (default): detect each input's\n"
	      "                         language, English when unsure; see\n"
	      "                         --list-languages\n"
	      "  -v, --verbose          report each input's language on "
	      "stderr\n"
	      "      --title=MODE       auto (a short first line without an "
	      "end\n"
	      "                         mark, followed by a line break), "
	      "first-line,\n"
	      "                         or none; the title guides scoring and "
	      "is\n"
	      "                         never part of the summary\n"
	      "      --stopwords=FILE   use the stopwords in FILE (Snowball "
	      "format)\n"
	      "      --method=METHOD    news (default: position counts, a "
	      "title\n"
	      "                         adds evidence), content (coverage of "
	      "the\n"
	      "                         whole article: shared terms, "
	      "centrality\n"
	      "                         and length, no position), or lead "
	      "(the\n"
	      "                         first sentences)\n"
	      "      --weights=SPEC     the news method's feature weights, as\n"
	      "                         name=value,...; names:\n"
	      "                        ",
	      out);
	for (f = 0; f < PRECIS_FEATURE_COUNT; f++)
		fprintf(out, " %s", precis_feature_name((precis_feature)f));
	fputs("\n"
	      "      --redundancy=X     skip a sentence sharing at least the "
	      "share X\n"
	      "                         of its terms with a chosen one "
	      "(default 0.6;\n"
	      "                         1 disables)\n"
	      "      --max-bytes=N      refuse inputs over N bytes (default 64 "
	      "MiB;\n"
	      "                         0 disables)\n",
	      out);
}

void cli_config_init(struct cli_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	precis_options_init(&cfg->opt);
	cfg->language = "auto";
}

/* Matches arg against names[0..n); returns its index or -1. */
static int pick(const char *arg, const char *const *names, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(arg, names[i]) == 0)
			return i;
	return -1;
}

int cli_summary_option(struct cli_config *cfg, int c, const char *arg,
		       const char *command)
{
	static const char *const formats[] = { "text", "json" };
	static const char *const titles[] = { "auto", "first-line", "none" };
	static const char *const orders[] = { "article", "score" };
	static const char *const methods[] = { "news", "default", "lead",
					       "content" };
	static const precis_method method_of[] = {
		PRECIS_METHOD_DEFAULT,
		PRECIS_METHOD_DEFAULT,
		PRECIS_METHOD_LEAD,
		PRECIS_METHOD_CONTENT,
	};
	precis_options *o = &cfg->opt;
	int k;

	switch (c) {
	case 'n':
		if (cli_parse_size(arg, &o->sentences) != 0 ||
		    o->sentences == 0)
			return cli_usage_error(
				command, "invalid number of sentences: '%s'",
				arg);
		return CLI_EXIT_OK;
	case 'r':
		if (cli_parse_double(arg, &o->ratio) != 0 ||
		    !(o->ratio > 0 && o->ratio <= 1))
			return cli_usage_error(
				command, "invalid ratio: '%s' (0 < R <= 1)",
				arg);
		return CLI_EXIT_OK;
	case 'w':
		if (cli_parse_size(arg, &o->words) != 0 || o->words == 0)
			return cli_usage_error(command,
					       "invalid number of words: '%s'",
					       arg);
		return CLI_EXIT_OK;
	case 'c':
		if (cli_parse_size(arg, &o->chars) != 0 || o->chars == 0)
			return cli_usage_error(
				command, "invalid number of characters: '%s'",
				arg);
		return CLI_EXIT_OK;
	case 'f':
		if ((k = pick(arg, formats, 2)) < 0)
			return cli_usage_error(
				command, "invalid format: '%s' (text or json)",
				arg);
		cfg->json = k == 1;
		return CLI_EXIT_OK;
	case 'k':
		if (cli_parse_size(arg, &o->keywords) != 0)
			return cli_usage_error(
				command, "invalid number of keywords: '%s'",
				arg);
		cfg->render.keywords = o->keywords;
		return CLI_EXIT_OK;
	case 'l':
		cfg->language = arg;
		return CLI_EXIT_OK;
	case 'v':
		cfg->verbose = true;
		return CLI_EXIT_OK;
	case OPT_TITLE:
		if ((k = pick(arg, titles, 3)) < 0)
			return cli_usage_error(
				command,
				"invalid title mode: '%s' (auto, first-line or "
				"none)",
				arg);
		o->title = (precis_title_mode)k;
		return CLI_EXIT_OK;
	case OPT_ORDER:
		if ((k = pick(arg, orders, 2)) < 0)
			return cli_usage_error(
				command,
				"invalid order: '%s' (article or score)", arg);
		o->order = (precis_order)k;
		return CLI_EXIT_OK;
	case OPT_EXPLAIN:
		cfg->render.explain = true;
		return CLI_EXIT_OK;
	case OPT_STOPWORDS:
		cfg->stopwords = arg;
		return CLI_EXIT_OK;
	case OPT_MAX_BYTES:
		if (cli_parse_size(arg, &o->max_bytes) != 0)
			return cli_usage_error(command,
					       "invalid byte count: '%s'", arg);
		return CLI_EXIT_OK;
	case OPT_METHOD:
		if ((k = pick(arg, methods, 4)) < 0)
			return cli_usage_error(
				command,
				"invalid method: '%s' (news, content or lead)",
				arg);
		o->method = method_of[k];
		return CLI_EXIT_OK;
	case OPT_WEIGHTS:
		if (precis_weights_parse(&o->weights, arg) != PRECIS_OK)
			return cli_usage_error(command, "invalid weights: '%s'",
					       arg);
		return CLI_EXIT_OK;
	case OPT_REDUNDANCY:
		if (cli_parse_double(arg, &o->redundancy) != 0 ||
		    !(o->redundancy >= 0 && o->redundancy <= 1))
			return cli_usage_error(
				command,
				"invalid redundancy: '%s' (0 <= X <= 1)", arg);
		return CLI_EXIT_OK;
	default:
		return cli_usage_error(command, "invalid option");
	}
}

int cli_option_error(int c, char **argv, const char *command)
{
	const char *word = argv[optind - 1];

	if (c == ':')
		return cli_usage_error(command,
				       "option '%s' requires an argument",
				       word);
	if (optopt != 0)
		return cli_usage_error(command, "invalid option -- '%c'",
				       optopt);
	return cli_usage_error(command, "unrecognized option '%s'", word);
}

int cli_config_finish(struct cli_config *cfg, const char *command)
{
	precis_status st;

	cfg->ctx = cli_config_context(cfg, &st);
	if (cfg->ctx != NULL)
		return CLI_EXIT_OK;
	if (st == PRECIS_ERR_LANGUAGE)
		return cli_usage_error(
			command,
			"unsupported language: '%s' (see --list-languages)",
			cfg->language);
	return CLI_EXIT_FAILURE;
}

precis_ctx *cli_config_context(const struct cli_config *cfg,
			       precis_status *status)
{
	precis_ctx *ctx = precis_new(cfg->language, status);
	char *data;
	size_t len;

	if (ctx == NULL) {
		if (*status != PRECIS_ERR_LANGUAGE)
			cli_error(NULL, "%s", precis_strerror(*status));
		return NULL;
	}
	if (cfg->stopwords == NULL)
		return ctx;
	if (cli_read_file(cfg->stopwords, 0, &data, &len) != 0) {
		*status = PRECIS_ERR_INVALID;
		precis_free(ctx);
		return NULL;
	}
	*status = precis_set_stopwords(ctx, data, len);
	free(data);
	if (*status != PRECIS_OK) {
		cli_error(cli_input_name(cfg->stopwords), "%s",
			  precis_strerror(*status));
		precis_free(ctx);
		return NULL;
	}
	return ctx;
}
