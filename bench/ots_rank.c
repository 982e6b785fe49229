/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ots_rank.c - every sentence of each article with the score the Open Text
 * Summarizer gives it, for summaries of any length from one grading.
 *
 *     precis_bench_ots_rank FILE.jsonl[.gz] > ranked.jsonl
 *
 * Reads JSON Lines records {"id", "text"} and writes {"id", "sentences",
 * "scores"}: the sentences as libots splits them, in article order, and the
 * grade of each (ots_grade_doc).  ots_highlight_doc_lines(N) selects the N
 * best-graded lines, the earlier of two equal ones first;
 * bench/peers/lengths.py applies the same rule to these scores for every
 * length at once, instead of loading the dictionary and grading each
 * article once per length.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <ots/libots.h>

#include "ots_jsonl.h"

/* Adds the graded sentences of TEXT to SENTS and their grades to SCORES. */
static void rank(const char *text, json_t *sents, json_t *scores)
{
	OtsArticle *art = ots_new_article();
	GList *l;

	ots_load_xml_dictionary(art, (const unsigned char *)"en");
	ots_parse_stream((const unsigned char *)text, strlen(text), art);
	ots_grade_doc(art);
	for (l = art->lines; l != NULL; l = l->next) {
		const OtsSentence *s = l->data;
		unsigned char *t;
		size_t n;

		t = ots_get_line_text(s, FALSE, &n);
		if (t != NULL && n > 0) {
			json_array_append_new(sents,
					      json_stringn((char *)t, n));
			json_array_append_new(scores, json_integer(s->score));
		}
		g_free(t);
	}
	ots_free_article(art);
}

/* The record of one article: its id, sentences and grades. */
static json_t *rank_record(json_t *id, const char *text, void *arg)
{
	json_t *sents = json_array(), *scores = json_array();

	(void)arg;
	rank(text, sents, scores);
	return json_pack("{s:O,s:o,s:o}", "id", id, "sentences", sents,
			 "scores", scores);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s FILE.jsonl[.gz]\n", argv[0]);
		return 2;
	}
	return ots_jsonl_map(argv[1], rank_record, NULL);
}
