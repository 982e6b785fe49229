/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ots_speed.c - how fast the Open Text Summarizer (libots) summarizes the
 * same articles, in process, asked for three sentences.
 *
 * libots keeps its language data in the article: the English dictionary
 * (an XML file of stemming rules and stopwords) is loaded into every new
 * article, so loading it is part of the cost of each document, as it is
 * for any caller of the library.  The selected lines are consumed into the
 * checksum.  See harness.h for the options and the output.
 */
/* libots.h uses FILE without including stdio.h. */
#include <stdio.h>

#include <ots/libots.h>

#include "harness.h"

static int setup(void **state)
{
	/* Checks once that the dictionary loads. */
	OtsArticle *art = ots_new_article();
	gboolean ok = ots_load_xml_dictionary(art, (const unsigned char *)"en");

	ots_free_article(art);
	if (!ok) {
		fprintf(stderr, "libots: no English dictionary\n");
		return -1;
	}
	*state = (void *)1;
	return 0;
}

/* Summarizes one article; NULL when libots fails. */
static OtsArticle *summarize(const struct bench_doc *d)
{
	OtsArticle *art = ots_new_article();

	if (!ots_load_xml_dictionary(art, (const unsigned char *)"en")) {
		ots_free_article(art);
		return NULL;
	}
	ots_parse_stream((const unsigned char *)d->text, d->len, art);
	ots_grade_doc(art);
	ots_highlight_doc_lines(art, 3);
	return art;
}

static int pass(void *state, const struct bench_corpus *c, uint64_t *check)
{
	uint64_t h = 0;
	size_t i;

	(void)state;
	for (i = 0; i < c->n; i++) {
		OtsArticle *art = summarize(&c->docs[i]);
		GList *l;
		uint64_t line = 0;

		if (art == NULL)
			return -1;
		h = bench_mix(h, (uint64_t)art->lineCount);
		for (l = art->lines; l != NULL; l = l->next, line++) {
			const OtsSentence *s = l->data;

			if (s->selected) {
				h = bench_mix(h, line);
				h = bench_mix(h, (uint64_t)s->wc);
			}
		}
		ots_free_article(art);
	}
	*check = h;
	return 0;
}

/* Every summary as libots prints it, and a blank line after each. */
static int dump(void *state, const struct bench_corpus *c, FILE *f)
{
	size_t i;

	(void)state;
	for (i = 0; i < c->n; i++) {
		OtsArticle *art = summarize(&c->docs[i]);

		if (art == NULL)
			return -1;
		ots_print_doc(f, art);
		fputc('\n', f);
		ots_free_article(art);
	}
	return ferror(f) ? -1 : 0;
}

static void teardown(void *state)
{
	(void)state;
}

int main(int argc, char **argv)
{
	static const struct bench_engine engine = {
		.name = "ots",
		.setup = setup,
		.pass = pass,
		.dump = dump,
		.teardown = teardown,
	};

	return bench_main(&engine, argc, argv);
}
