/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * harness.c - the in-process benchmark driver.
 *
 * Only the passes are timed: the corpus is in memory before the clock
 * starts, and the engine's setup (loading a language) happens once before
 * it.  Reporting the median pass with the fastest and slowest beside it
 * keeps one slow pass on a shared machine from moving the result.
 */
#include "harness.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"

struct bench_args {
	double min_time;
	unsigned long min_runs;
	unsigned long max_runs;
	unsigned long warmup;
	size_t limit;
	const char *dump_texts;
	const char *dump_summaries;
};

static void usage(FILE *f, const char *prog)
{
	fprintf(f,
		"Usage: %s [OPTION]... FILE...\n"
		"Time summarizing every article of the JSON Lines FILEs"
		" (optionally .gz).\n"
		"\n"
		"  --min-time=S        time passes until S seconds in all"
		" (default 2)\n"
		"  --min-runs=N        at least N timed passes (default 5)\n"
		"  --max-runs=N        at most N timed passes (default 1000)\n"
		"  --warmup=N          N untimed passes first (default 1)\n"
		"  --limit=N           only the first N articles"
		" (default all)\n"
		"  --dump-texts=F      write the articles to F, each followed"
		" by a line feed\n"
		"  --dump-summaries=F  write every summary to F (untimed)\n",
		prog);
}

static int parse_ulong(const char *s, unsigned long *out)
{
	char *end;

	errno = 0;
	*out = strtoul(s, &end, 10);
	return errno == 0 && end != s && *end == '\0' && s[0] != '-' ? 0 : -1;
}

/* Matches "--name=value"; stores value. */
static int opt(const char *arg, const char *name, const char **value)
{
	size_t n = strlen(name);

	if (strncmp(arg, name, n) != 0 || arg[n] != '=')
		return 0;
	*value = arg + n + 1;
	return 1;
}

static int parse_args(int argc, char **argv, struct bench_args *a, int *first)
{
	int i;

	a->min_time = 2.0;
	a->min_runs = 5;
	a->max_runs = 1000;
	a->warmup = 1;
	a->limit = 0;
	a->dump_texts = NULL;
	a->dump_summaries = NULL;
	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		const char *v;
		unsigned long u;
		char *end;

		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strcmp(argv[i], "--help") == 0) {
			usage(stdout, argv[0]);
			exit(0);
		}
		if (opt(argv[i], "--min-time", &v)) {
			a->min_time = strtod(v, &end);
			if (end == v || *end != '\0' || !(a->min_time >= 0))
				goto bad;
		} else if (opt(argv[i], "--min-runs", &v)) {
			if (parse_ulong(v, &a->min_runs) != 0 ||
			    a->min_runs == 0)
				goto bad;
		} else if (opt(argv[i], "--max-runs", &v)) {
			if (parse_ulong(v, &a->max_runs) != 0 ||
			    a->max_runs == 0)
				goto bad;
		} else if (opt(argv[i], "--warmup", &v)) {
			if (parse_ulong(v, &a->warmup) != 0)
				goto bad;
		} else if (opt(argv[i], "--limit", &v)) {
			if (parse_ulong(v, &u) != 0)
				goto bad;
			a->limit = u;
		} else if (opt(argv[i], "--dump-texts", &v)) {
			a->dump_texts = v;
		} else if (opt(argv[i], "--dump-summaries", &v)) {
			a->dump_summaries = v;
		} else {
			goto bad;
		}
	}
	if (i >= argc || a->max_runs < a->min_runs) {
		usage(stderr, argv[0]);
		return -1;
	}
	*first = i;
	return 0;
bad:
	fprintf(stderr, "%s: bad option '%s'\n", argv[0], argv[i]);
	usage(stderr, argv[0]);
	return -1;
}

static int dump(const char *path, const struct bench_engine *e, void *state,
		const struct bench_corpus *c, int summaries)
{
	FILE *f = fopen(path, "w");
	int rc;

	if (f == NULL) {
		perror(path);
		return -1;
	}
	rc = summaries ? e->dump(state, c, f) : bench_corpus_dump(c, f);
	if (fclose(f) != 0)
		rc = -1;
	if (rc != 0)
		fprintf(stderr, "%s: write failed\n", path);
	return rc;
}

/* Whether checksum c agrees with the first one seen. */
static bool agree(bool *have, uint64_t *check, uint64_t c)
{
	if (!*have) {
		*have = true;
		*check = c;
	}
	return c == *check;
}

int bench_main(const struct bench_engine *e, int argc, char **argv)
{
	struct bench_corpus corpus = { 0 };
	struct bench_args a;
	void *state = NULL;
	double *t = NULL, *cpu = NULL, total = 0, med;
	uint64_t check = 0, c;
	unsigned long runs = 0, i;
	int first, k, rc = 1;
	bool have = false;

	if (parse_args(argc, argv, &a, &first) != 0)
		return 2;
	for (k = first; k < argc; k++)
		if (bench_corpus_load(&corpus, argv[k], a.limit) != 0)
			goto out;
	if (corpus.n == 0) {
		fprintf(stderr, "%s: no articles\n", argv[0]);
		goto out;
	}
	if (a.dump_texts != NULL && dump(a.dump_texts, e, NULL, &corpus, 0))
		goto out;
	if (e->setup(&state) != 0) {
		fprintf(stderr, "%s: %s: setup failed\n", argv[0], e->name);
		goto out;
	}
	if (a.dump_summaries != NULL) {
		if (e->dump == NULL) {
			fprintf(stderr, "%s: %s cannot dump summaries\n",
				argv[0], e->name);
			goto out;
		}
		if (dump(a.dump_summaries, e, state, &corpus, 1) != 0)
			goto out;
	}
	for (i = 0; i < a.warmup; i++) {
		if (e->pass(state, &corpus, &c) != 0)
			goto failed;
		if (!agree(&have, &check, c))
			goto disagree;
	}
	t = malloc(a.max_runs * sizeof(*t));
	cpu = malloc(a.max_runs * sizeof(*cpu));
	if (t == NULL || cpu == NULL)
		goto out;
	while (runs < a.max_runs && (runs < a.min_runs || total < a.min_time)) {
		double c0 = bench_cpu_now(), t0 = bench_now();

		if (e->pass(state, &corpus, &c) != 0)
			goto failed;
		t[runs] = bench_now() - t0;
		cpu[runs] = bench_cpu_now() - c0;
		total += t[runs];
		if (!agree(&have, &check, c))
			goto disagree;
		runs++;
	}
	med = bench_median(t, runs);
	printf("%s: docs=%zu bytes=%zu runs=%lu median_s=%.6f min_s=%.6f "
	       "max_s=%.6f cpu_median_s=%.6f docs_per_s=%.1f mb_per_s=%.3f "
	       "check=%016llx\n",
	       e->name, corpus.n, corpus.bytes, runs, med, t[0], t[runs - 1],
	       bench_median(cpu, runs), med > 0 ? (double)corpus.n / med : 0.0,
	       med > 0 ? (double)corpus.bytes / med / 1e6 : 0.0,
	       (unsigned long long)check);
	rc = fflush(stdout) == 0 ? 0 : 1;
	goto out;
disagree:
	fprintf(stderr, "%s: %s: passes disagree\n", argv[0], e->name);
	goto out;
failed:
	fprintf(stderr, "%s: %s: a pass failed\n", argv[0], e->name);
out:
	if (state != NULL)
		e->teardown(state);
	free(t);
	free(cpu);
	bench_corpus_free(&corpus);
	return rc;
}
