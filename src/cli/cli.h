/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * cli.h - shared pieces of the precis program: reading inputs, writing
 * summaries, messages.  Everything here is built on the public header only.
 *
 * Names in the program.  A name seen outside its file starts with the
 * name of the header that declares it: cli_ for cli.h (util.c, render.c,
 * options.c and each command's entry point cli_NAME_main in NAME.c),
 * source_ for sources.h and reader.h (the batch's documents and the
 * readers that make them), stream_ for stream.h, jsonl_ for jsonl.h,
 * warc_ for warc.h, http_ for http.h; a header for one part of the cli_
 * module adds the part (archive_dl.h: cli_archive_).  Types follow the
 * same rule (struct cli_config, struct source_doc, struct warc_record),
 * macros and enum constants take it in capitals (CLI_EXIT_OK); include
 * guards are PRECIS_CLI_H and PRECIS_CLI_FILE_H.  Everything used in one
 * file only is static and has no prefix.
 */
#ifndef PRECIS_CLI_H
#define PRECIS_CLI_H

#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "precis.h"

/* Exit statuses, documented in --help and README.md. */
enum {
	CLI_EXIT_OK = 0,
	CLI_EXIT_FAILURE =
		1, /* some input failed, or output could not be written */
	CLI_EXIT_USAGE = 2, /* bad command line */
};

extern const char *cli_program; /* "precis" */

/*
 * Prints the version of the program and of the libraries it runs with
 * (libprecis, Snowball, utf8proc, libarchive), one a line, to stdout.
 */
void cli_print_version(void);

/*
 * Writes s with every control character (C0, DEL, C1) and every byte that
 * is not part of valid UTF-8 as \xHH, so that no escape sequence from an
 * input reaches a terminal.
 */
void cli_put_escaped(FILE *out, const char *s);

/*
 * Prints "precis: NAME: message" (NAME omitted when NULL) to stderr, name
 * and message escaped with cli_put_escaped().
 */
void cli_error(const char *name, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Prints a usage error and the pointer to --help; returns CLI_EXIT_USAGE. */
int cli_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* The name under which an input is reported: "standard input" for "-". */
const char *cli_input_name(const char *path);

/*
 * Reads a whole file ("-" for standard input) into a new buffer (free()),
 * refusing more than max_bytes bytes (0: no limit).  On failure prints the
 * error and returns -1.
 */
int cli_read_file(const char *path, size_t max_bytes, char **data, size_t *len);

/* Parses a whole non-negative integer / a finite real; 0 or -1. */
int cli_parse_size(const char *s, size_t *out);
int cli_parse_double(const char *s, double *out);

/* What to put in a summary's JSON and text renderings. */
struct cli_render {
	bool explain;
	size_t keywords;
};

/*
 * Writes text[0..len) to out with white space folded (precis_fold_space),
 * followed by a newline.  Returns 0 or -1 on allocation failure.
 */
int cli_put_folded(FILE *out, const char *text, size_t len);

/* The summary as text: one sentence a line, then keywords and explanation. */
int cli_write_text(FILE *out, const precis_summary *sum,
		   const struct cli_render *r);

/*
 * The summary as a JSON object (new reference; NULL when out of memory):
 * title, language, counts, summary sentences, and keywords and every
 * sentence's features when asked for.
 */
json_t *cli_summary_json(const precis_summary *sum, const struct cli_render *r);

/*
 * Prints "precis: NAME: language: L" to stderr, with what detection found
 * when the language was detected.
 */
void cli_report_language(const char *name, const precis_summary *sum);

/* Writes a JSON value on one line, followed by a newline. */
int cli_write_json(FILE *out, const json_t *value);

/*
 * Flushes and checks stdout; prints a write error once.  Returns 0 or -1.
 */
int cli_close_stdout(void);

/* ------------------------------------------------------------------ */
/* Summary options, shared by the commands that summarize.              */

struct cli_config {
	precis_options opt;
	struct cli_render render;
	bool json;
	bool verbose; /* report each input's language on stderr */
	const char *language;
	const char *stopwords; /* file of stopwords, or NULL */
	precis_ctx *ctx;       /* made by cli_config_finish() */
};

/*
 * The shared short options.  Commands start their optstring with ':' and
 * set opterr = 0, so that getopt_long reports problems as '?' or ':' for
 * cli_option_error() to word, under the program's own name.
 */
#define CLI_SUMMARY_SHORTOPTS "n:r:w:c:f:k:l:v"

/* Long-only option codes from here up are free for a command's own use. */
#define CLI_OPT_FIRST_FREE (CHAR_MAX + 64)

/* Room for the shared options, a command's own and the terminator. */
#define CLI_MAX_OPTIONS 64

extern const struct option cli_summary_options[];

/* out = the shared options followed by own (both terminated by a zero row). */
void cli_merge_options(struct option *out, const struct option *own);

/*
 * Prints the shared options' part of --help; records says that the command
 * writes JSON records only (no text format).
 */
void cli_summary_help(FILE *out, bool records);

void cli_config_init(struct cli_config *cfg);

/*
 * Applies option c (a getopt_long result) with argument arg.  Returns
 * CLI_EXIT_OK, or CLI_EXIT_USAGE after printing the usage error (an unknown
 * c is taken for getopt_long's own error).  command names the subcommand
 * for the pointer to --help, or is NULL.
 */
int cli_summary_option(struct cli_config *cfg, int c, const char *arg,
		       const char *command);

/* Reports getopt_long's '?' or ':' result c; returns CLI_EXIT_USAGE. */
int cli_option_error(int c, char **argv, const char *command);

/*
 * Makes cfg->ctx once the options are parsed.  Returns CLI_EXIT_OK, or
 * CLI_EXIT_USAGE / CLI_EXIT_FAILURE after printing why.
 */
int cli_config_finish(struct cli_config *cfg, const char *command);

/*
 * A new context as cfg asks (language, stopwords); for commands that need
 * one per thread.  NULL, with *status set, after printing any error other
 * than an unknown language.
 */
precis_ctx *cli_config_context(const struct cli_config *cfg,
			       precis_status *status);

/* ------------------------------------------------------------------ */
/* Web pages.                                                           */

/*
 * As cli_read_file(), and unpacks gzip'd data (found by its magic bytes),
 * refusing more than max_bytes (0: 256 MiB) unpacked.
 */
int cli_read_page(const char *path, size_t max_bytes, char **data, size_t *len);

/*
 * Whether data starts as HTML does: after white space, a '<', and a
 * doctype or an <html>, <head> or <body> tag in the first kilobyte.
 */
bool cli_looks_like_html(const char *data, size_t len);

/*
 * The article of the page html[0..len), read in charset (NULL: as the page
 * says), as text to summarize: the headline and a blank line, when there
 * is a headline (*prefix: their length, or 0), then the paragraphs.  Stores
 * a new NUL-terminated buffer (free()) in *text.  PRECIS_OK, or why not.
 */
precis_status cli_page_article(const char *html, size_t len,
			       const char *charset, char **text,
			       size_t *text_len, size_t *prefix);

/* How to read an input: --input=auto|text|html. */
enum { CLI_INPUT_AUTO, CLI_INPUT_TEXT, CLI_INPUT_HTML };

/* The CLI_INPUT_ value named by arg, or -1. */
int cli_parse_input_mode(const char *arg);

/*
 * Reads an input (gzip'd or not) to summarize or split: text as it is, or
 * a web page's article (cli_page_article) when mode says HTML, or when mode
 * is auto and it looks like HTML (*html set).  Stores a new buffer (free())
 * in *text.  0, or -1 after printing the error.
 */
int cli_read_article(const char *path, size_t max_bytes, int mode, char **text,
		     size_t *len, bool *html, bool *has_title);

/* The subcommands. */
int cli_summarize_main(int argc, char **argv);
int cli_split_main(int argc, char **argv);
int cli_batch_main(int argc, char **argv);
int cli_eval_main(int argc, char **argv);
int cli_extract_main(int argc, char **argv);

#endif
