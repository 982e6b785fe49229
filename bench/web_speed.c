/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * web_speed.c - precis on web pages in process: extraction alone, or
 * extraction and a summary, over every page given, single thread.
 *
 *   precis_bench_web [--summarize] [--runs=N] PAGE...
 *
 * The pages (uncompressed HTML) are read into memory first; then the whole
 * set is processed N times (default 3).  Prints
 *
 *   web: pages=P bytes=B runs=N median_s=M cpu_median_s=C
 *
 * with the median wall and CPU seconds of one pass over the set.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "precis.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, r;

	if (f == NULL)
		return NULL;
	do {
		if (n == cap) {
			char *p = realloc(buf, cap ? cap * 2 : 65536);

			if (p == NULL) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = p;
			cap = cap ? cap * 2 : 65536;
		}
		r = fread(buf + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	fclose(f);
	*len = n;
	return buf;
}

/* One pass over the pages; 0 or -1. */
static int pass(precis_ctx *ctx, char **pages, const size_t *lens, size_t n)
{
	precis_options opt;
	size_t i;

	precis_options_init(&opt);
	opt.title = PRECIS_TITLE_FIRST_LINE;
	for (i = 0; i < n; i++) {
		precis_page *page;

		if (precis_page_parse(pages[i], lens[i], NULL, &page) !=
		    PRECIS_OK)
			return -1;
		if (ctx != NULL) {
			size_t tl, bl;
			const char *t = precis_page_title(page, &tl);
			const char *b = precis_page_text(page, &bl);
			char *doc = malloc(tl + bl + 2);
			precis_summary *sum;
			precis_status st;

			if (doc == NULL)
				return -1;
			memcpy(doc, t, tl);
			memcpy(doc + tl, "\n\n", 2);
			memcpy(doc + tl + 2, b, bl);
			st = precis_summarize(ctx, doc, tl + 2 + bl, &opt,
					      &sum);
			precis_summary_free(sum);
			free(doc);
			if (st != PRECIS_OK)
				return -1;
		}
		precis_page_free(page);
	}
	return 0;
}

int main(int argc, char **argv)
{
	bool summarize = false;
	size_t runs = 3, n = 0, bytes = 0, r;
	char **pages;
	size_t *lens;
	double *wall, *cpu;
	precis_ctx *ctx = NULL;
	int i;

	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (strcmp(argv[i], "--summarize") == 0)
			summarize = true;
		else if (strncmp(argv[i], "--runs=", 7) == 0)
			runs = strtoul(argv[i] + 7, NULL, 10);
		else
			break;
	}
	if (i >= argc || runs == 0) {
		fprintf(stderr, "usage: %s [--summarize] [--runs=N] PAGE...\n",
			argv[0]);
		return 2;
	}
	pages = calloc((size_t)(argc - i), sizeof *pages);
	lens = calloc((size_t)(argc - i), sizeof *lens);
	wall = calloc(runs, sizeof *wall);
	cpu = calloc(runs, sizeof *cpu);
	if (pages == NULL || lens == NULL || wall == NULL || cpu == NULL)
		return 1;
	for (; i < argc; i++, n++) {
		pages[n] = slurp(argv[i], &lens[n]);
		if (pages[n] == NULL) {
			fprintf(stderr, "%s: cannot read %s\n", argv[0],
				argv[i]);
			return 1;
		}
		bytes += lens[n];
	}
	if (summarize) {
		ctx = precis_new("auto", NULL);
		if (ctx == NULL)
			return 1;
	}
	for (r = 0; r < runs; r++) {
		double w0 = bench_now(), c0 = bench_cpu_now();

		if (pass(ctx, pages, lens, n) != 0) {
			fprintf(stderr, "%s: a page failed\n", argv[0]);
			return 1;
		}
		wall[r] = bench_now() - w0;
		cpu[r] = bench_cpu_now() - c0;
	}
	printf("web: pages=%zu bytes=%zu runs=%zu median_s=%.4f "
	       "cpu_median_s=%.4f\n",
	       n, bytes, runs, bench_median(wall, runs),
	       bench_median(cpu, runs));
	precis_free(ctx);
	for (r = 0; r < n; r++)
		free(pages[r]);
	free(pages);
	free(lens);
	free(wall);
	free(cpu);
	return 0;
}
