/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * speed.c - how fast libprecis summarizes articles already in memory.
 *
 * One context, one thread, the default options (three sentences): the cost
 * a caller pays per document once its text is in hand.  Each summary is
 * consumed (the spans and ranks of its sentences go into the checksum) and
 * freed, as a caller would.  See harness.h for the options and the output.
 */
#include <stdlib.h>

#include "harness.h"
#include "precis.h"

static int setup(void **state)
{
	precis_status st;

	*state = precis_new("english", &st);
	if (*state == NULL) {
		fprintf(stderr, "precis_new: %s\n", precis_strerror(st));
		return -1;
	}
	return 0;
}

static int pass(void *state, const struct bench_corpus *c, uint64_t *check)
{
	precis_ctx *ctx = state;
	precis_options opt;
	uint64_t h = 0;
	size_t i, k;

	precis_options_init(&opt);
	for (i = 0; i < c->n; i++) {
		precis_summary *sum;
		precis_status st;

		st = precis_summarize(ctx, c->docs[i].text, c->docs[i].len,
				      &opt, &sum);
		if (st != PRECIS_OK) {
			fprintf(stderr, "article %zu: %s\n", i,
				precis_strerror(st));
			return -1;
		}
		h = bench_mix(h, precis_summary_sentence_count(sum));
		for (k = 0; k < precis_summary_count(sum); k++) {
			const precis_sentence *s = precis_summary_at(sum, k);

			h = bench_mix(h, s->offset);
			h = bench_mix(h, s->length);
			h = bench_mix(h, s->rank);
		}
		precis_summary_free(sum);
	}
	*check = h;
	return 0;
}

/*
 * Every summary: one line per selected sentence with its index, rank,
 * score (all 17 digits, so that any change in scoring shows) and folded
 * text; then one line with the word count, character count and features of
 * every sentence of the article; and a blank line.
 */
static void dump_sentences(const precis_summary *sum, FILE *f)
{
	size_t i, k;

	fputc('#', f);
	for (i = 0; i < precis_summary_sentence_count(sum); i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);

		fprintf(f, " %zu/%zu", s->words, s->chars);
		for (k = 0; k < PRECIS_FEATURE_COUNT; k++) {
			precis_feature feat = (precis_feature)k;

			fprintf(f, "/%.17g",
				precis_summary_feature(sum, i, feat));
		}
	}
	fputc('\n', f);
}

static int dump(void *state, const struct bench_corpus *c, FILE *f)
{
	precis_ctx *ctx = state;
	precis_options opt;
	size_t i, k;

	precis_options_init(&opt);
	for (i = 0; i < c->n; i++) {
		precis_summary *sum;
		const char *base;

		if (precis_summarize(ctx, c->docs[i].text, c->docs[i].len, &opt,
				     &sum) != PRECIS_OK)
			return -1;
		base = precis_summary_text(sum, NULL);
		for (k = 0; k < precis_summary_count(sum); k++) {
			const precis_sentence *s = precis_summary_at(sum, k);
			char *out = malloc(s->length + 1);
			size_t n;

			if (out == NULL) {
				precis_summary_free(sum);
				return -1;
			}
			n = precis_fold_space(base + s->offset, s->length, out,
					      NULL);
			fprintf(f, "%zu\t%zu\t%.17g\t%.*s\n", s->index, s->rank,
				s->score, (int)n, out);
			free(out);
		}
		dump_sentences(sum, f);
		fputc('\n', f);
		precis_summary_free(sum);
	}
	return ferror(f) ? -1 : 0;
}

static void teardown(void *state)
{
	precis_free(state);
}

int main(int argc, char **argv)
{
	static const struct bench_engine engine = {
		.name = "precis",
		.setup = setup,
		.pass = pass,
		.dump = dump,
		.teardown = teardown,
	};

	return bench_main(&engine, argc, argv);
}
