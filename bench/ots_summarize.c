/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ots_summarize.c - summaries by the Open Text Summarizer, for comparison.
 *
 *     precis_bench_ots_summarize FILE.jsonl[.gz] N > out.jsonl
 *
 * Reads JSON Lines records {"id", "text"} and writes {"id", "summary"} with
 * the N sentences libots selects for each (ots_highlight_doc_lines), in its
 * own sentence split, so that `precis eval` can score them beside precis.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <ots/libots.h>

#include "ots_jsonl.h"

static json_t *summarize(const char *text, int lines)
{
	OtsArticle *art = ots_new_article();
	json_t *out = json_array();
	GList *l;

	ots_load_xml_dictionary(art, (const unsigned char *)"en");
	ots_parse_stream((const unsigned char *)text, strlen(text), art);
	ots_grade_doc(art);
	ots_highlight_doc_lines(art, lines);
	for (l = art->lines; l != NULL; l = l->next) {
		const OtsSentence *s = l->data;
		unsigned char *t;
		size_t n;

		if (!ots_is_line_selected(s))
			continue;
		t = ots_get_line_text(s, TRUE, &n);
		if (t != NULL && n > 0)
			json_array_append_new(out, json_stringn((char *)t, n));
		g_free(t);
	}
	ots_free_article(art);
	return out;
}

/* The record of one article: its id and the summary of *ARG lines. */
static json_t *summary_record(json_t *id, const char *text, void *arg)
{
	return json_pack("{s:O,s:o}", "id", id, "summary",
			 summarize(text, *(int *)arg));
}

int main(int argc, char **argv)
{
	int lines;

	if (argc != 3 || (lines = atoi(argv[2])) <= 0) {
		fprintf(stderr, "usage: %s FILE.jsonl[.gz] N\n", argv[0]);
		return 2;
	}
	return ots_jsonl_map(argv[1], summary_record, &lines);
}
