/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_split_cases.c - runs the table-driven sentence-splitter cases.
 *
 * Usage: test_split_cases [DIR] [--cli PROGRAM] [--lang NAME]
 *
 * DIR defaults to the case directory named at build time.
 *
 * Every file DIR/<category>.txt holds cases of the form
 *
 *     # what the case pins
 *     input line
 *     input line
 *     ---
 *     expected sentence
 *     expected sentence
 *     ===
 *
 * The input is the lines between the note and "---", joined by newlines.
 * A line "@lang NAME" between cases switches the rules (a language name
 * known to precis_split_rules_for, or generic) for the rest of the file;
 * with --cli it is passed on as "PROGRAM split --lang NAME FILE".
 * A run of '#' lines before a case is a comment whose last line is the
 * note (so a file may start with a header).  A note starting with
 * "[convention]" marks a case whose answer is a matter of convention: it
 * is run and its result printed, but it is not required.
 * Each expected sentence is written with its inner white space folded to
 * single spaces.  Each file is one cmocka test; every failing case is
 * printed with its note and a line diff, and the test fails unless every
 * required case passes.  With --cli, "PROGRAM split FILE" is run for
 * each case (FILE holding the input) and its output lines are compared
 * instead of the library's spans.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "split.h"

struct strvec {
	char **v;
	size_t n, cap;
};

struct config {
	const char *dir;
	const char *cli;
	const char *lang;
	const struct precis_split_rules *rules;
};

struct file_test {
	const struct config *cfg;
	char *path;
	char *name;
};

static void die(const char *what)
{
	perror(what);
	exit(2);
}

static void sv_push(struct strvec *sv, char *s)
{
	if (sv->n == sv->cap) {
		sv->cap = sv->cap ? sv->cap * 2 : 16;
		sv->v = realloc(sv->v, sv->cap * sizeof(*sv->v));
		if (sv->v == NULL)
			die("realloc");
	}
	sv->v[sv->n++] = s;
}

static void sv_free(struct strvec *sv)
{
	size_t k;

	for (k = 0; k < sv->n; k++)
		free(sv->v[k]);
	free(sv->v);
	sv->v = NULL;
	sv->n = sv->cap = 0;
}

/* Length of the white-space character at s, or 0. */
static size_t space_len(const unsigned char *s, size_t n)
{
	if (n >= 1 && (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')))
		return 1;
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0x85))
		return 2;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
		return 3;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return 3;
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3;
	if (n >= 3 && s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
		return 3;
	return 0;
}

/* A copy of s[0..n) with white-space runs folded to one space, trimmed. */
static char *fold_ws(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	char *o = malloc(n + 1);
	size_t i = 0, k = 0, w;
	int pending = 0;

	if (o == NULL)
		die("malloc");
	while (i < n) {
		w = space_len(u + i, n - i);
		if (w) {
			pending = k > 0;
			i += w;
			continue;
		}
		if (pending)
			o[k++] = ' ';
		pending = 0;
		o[k++] = s[i++];
	}
	o[k] = '\0';
	return o;
}

static int split_lib(const struct config *cfg, const char *input,
		     struct strvec *got)
{
	struct precis_spanvec vec = { 0 };
	size_t k;

	if (precis_split_text(cfg->rules, input, strlen(input), &vec) != 0)
		return -1;
	for (k = 0; k < vec.n; k++)
		sv_push(got, fold_ws(input + vec.v[k].offset, vec.v[k].length));
	precis_spanvec_free(&vec);
	return 0;
}

static int split_cli(const struct config *cfg, const char *input,
		     struct strvec *got)
{
	char path[] = "/tmp/split_case_XXXXXX";
	char *cmd, *line = NULL;
	size_t cap = 0, need;
	ssize_t n;
	FILE *p;
	int fd = mkstemp(path), rc;

	if (fd < 0)
		die("mkstemp");
	if (write(fd, input, strlen(input)) != (ssize_t)strlen(input))
		die("write");
	close(fd);
	need = strlen(cfg->cli) + strlen(path) + 64 +
	       (cfg->lang ? strlen(cfg->lang) : 0);
	cmd = malloc(need);
	if (cmd == NULL)
		die("malloc");
	if (cfg->lang)
		snprintf(cmd, need, "'%s' split --lang '%s' '%s'", cfg->cli,
			 cfg->lang, path);
	else
		snprintf(cmd, need, "'%s' split '%s'", cfg->cli, path);
	p = popen(cmd, "r");
	if (p == NULL)
		die("popen");
	while ((n = getline(&line, &cap, p)) >= 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		sv_push(got, fold_ws(line, (size_t)n));
	}
	free(line);
	rc = pclose(p);
	unlink(path);
	free(cmd);
	return rc == 0 ? 0 : -1;
}

static void print_diff(const struct strvec *want, const struct strvec *got)
{
	size_t k, m = want->n > got->n ? want->n : got->n;

	for (k = 0; k < m; k++) {
		const char *w = k < want->n ? want->v[k] : NULL;
		const char *g = k < got->n ? got->v[k] : NULL;

		if (w && g && strcmp(w, g) == 0) {
			printf("      %s\n", w);
			continue;
		}
		if (w)
			printf("    - %s\n", w);
		if (g)
			printf("    + %s\n", g);
	}
}

#define CONVENTION "[convention]"

/* Whether the note marks a case whose answer is a convention. */
static int is_convention(const char *note)
{
	return strncmp(note, CONVENTION, sizeof(CONVENTION) - 1) == 0;
}

/* Runs one case; returns 1 when it passed. */
static int run_case(const struct config *cfg, const char *file,
		    const char *note, const char *input,
		    const struct strvec *want)
{
	struct strvec got = { 0 };
	int ok, rc;
	size_t k;

	rc = cfg->cli ? split_cli(cfg, input, &got) :
			split_lib(cfg, input, &got);
	ok = rc == 0 && got.n == want->n;
	for (k = 0; ok && k < want->n; k++)
		ok = strcmp(got.v[k], want->v[k]) == 0;
	if (!ok || is_convention(note)) {
		printf("%s %s: %s%s\n", !ok ? "FAIL" : "pass", file, note,
		       rc ? " (splitter failed)" : "");
		if (!ok)
			print_diff(want, &got);
	}
	sv_free(&got);
	return ok;
}

/* Appends line to the growing input text. */
static void append(char **buf, size_t *len, const char *line)
{
	size_t n = strlen(line);
	char *b = realloc(*buf, *len + n + 2);

	if (b == NULL)
		die("realloc");
	if (*len)
		b[(*len)++] = '\n';
	memcpy(b + *len, line, n + 1);
	*len += n;
	*buf = b;
}

static void test_file(void **state)
{
	const struct file_test *ft = *state;
	struct config cfg = *ft->cfg;
	enum { NOTE, INPUT, EXPECT } where = NOTE;
	FILE *f = fopen(ft->path, "r");
	char *line = NULL, *note = NULL, *input = NULL, *lang = NULL;
	size_t cap = 0, ilen = 0;
	struct strvec want = { 0 };
	unsigned cases = 0, failed = 0, lineno = 0;
	unsigned conv = 0, conv_passed = 0;
	ssize_t n;

	if (f == NULL)
		die(ft->path);
	while ((n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		switch (where) {
		case NOTE:
			if (n == 0)
				break;
			if (strncmp(line, "@lang ", 6) == 0) {
				free(lang);
				lang = strdup(line + 6);
				cfg.lang = lang;
				cfg.rules = precis_split_rules_for(lang);
				break;
			}
			if (line[0] != '#') {
				printf("%s:%u: expected '# note'\n", ft->path,
				       lineno);
				fail();
			}
			free(note);
			note = strdup(line + 1 + (line[1] == ' '));
			free(input);
			input = calloc(1, 1);
			ilen = 0;
			where = INPUT;
			break;
		case INPUT:
			if (ilen == 0 && line[0] == '#') {
				/* still the comment: its last line, the note */
				free(note);
				note = strdup(line + 1 + (line[1] == ' '));
			} else if (strcmp(line, "---") == 0)
				where = EXPECT;
			else
				append(&input, &ilen, line);
			break;
		case EXPECT:
			if (strcmp(line, "===") == 0) {
				int ok = run_case(&cfg, ft->name, note, input,
						  &want);

				cases++;
				if (is_convention(note)) {
					conv++;
					conv_passed += ok;
				} else if (!ok) {
					failed++;
				}
				sv_free(&want);
				where = NOTE;
			} else {
				sv_push(&want, fold_ws(line, (size_t)n));
			}
			break;
		}
	}
	fclose(f);
	if (where != NOTE) {
		printf("%s: unterminated case '%s'\n", ft->path,
		       note ? note : "");
		failed++;
	}
	free(line);
	free(note);
	free(input);
	free(lang);
	sv_free(&want);
	printf("%s: %u required cases, %u passed; "
	       "%u convention cases, %u passed\n",
	       ft->name, cases - conv, cases - conv - failed, conv,
	       conv_passed);
	assert_int_equal(failed, 0);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	struct config cfg = { 0 };
	struct strvec names = { 0 };
	struct CMUnitTest *tests;
	struct file_test *fts;
	struct dirent *de;
	DIR *d;
	size_t k;
	int i, rc;

	cfg.rules = &precis_split_rules_english;
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--cli") == 0 && i + 1 < argc)
			cfg.cli = argv[++i];
		else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			cfg.rules = precis_split_rules_for(argv[++i]);
		else if (cfg.dir == NULL)
			cfg.dir = argv[i];
	}
#ifdef PRECIS_SPLIT_CASES_DIR
	if (cfg.dir == NULL)
		cfg.dir = PRECIS_SPLIT_CASES_DIR;
#endif
	if (cfg.dir == NULL) {
		fprintf(stderr, "usage: %s DIR [--cli PROGRAM] [--lang NAME]\n",
			argv[0]);
		return 2;
	}
	d = opendir(cfg.dir);
	if (d == NULL)
		die(cfg.dir);
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(de->d_name);

		if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0)
			sv_push(&names, strdup(de->d_name));
	}
	closedir(d);
	if (names.n == 0) {
		fprintf(stderr, "%s: no case files\n", cfg.dir);
		return 2;
	}
	qsort(names.v, names.n, sizeof(*names.v), by_name);
	tests = calloc(names.n, sizeof(*tests));
	fts = calloc(names.n, sizeof(*fts));
	if (tests == NULL || fts == NULL)
		die("calloc");
	for (k = 0; k < names.n; k++) {
		size_t need = strlen(cfg.dir) + strlen(names.v[k]) + 2;

		fts[k].cfg = &cfg;
		fts[k].name = names.v[k];
		fts[k].path = malloc(need);
		if (fts[k].path == NULL)
			die("malloc");
		snprintf(fts[k].path, need, "%s/%s", cfg.dir, names.v[k]);
		tests[k].name = names.v[k];
		tests[k].test_func = test_file;
		tests[k].initial_state = &fts[k];
	}
	rc = _cmocka_run_group_tests("split_cases", tests, names.n, NULL, NULL);
	for (k = 0; k < names.n; k++)
		free(fts[k].path);
	free(fts);
	free(tests);
	sv_free(&names);
	return rc;
}
