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
#include <zlib.h>

/* Reads one line of any length; NULL at the end. */
static char *read_line(gzFile in, char **buf, size_t *cap)
{
	size_t len = 0;

	for (;;) {
		if (*cap - len < 2) {
			size_t ncap = *cap ? *cap * 2 : 1 << 16;
			char *p = realloc(*buf, ncap);

			if (p == NULL)
				return NULL;
			*buf = p;
			*cap = ncap;
		}
		if (gzgets(in, *buf + len, (int)(*cap - len)) == NULL)
			return len > 0 ? *buf : NULL;
		len += strlen(*buf + len);
		if (len > 0 && (*buf)[len - 1] == '\n')
			return *buf;
	}
}

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

int main(int argc, char **argv)
{
	gzFile in;
	char *buf = NULL;
	size_t cap = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: %s FILE.jsonl[.gz]\n", argv[0]);
		return 2;
	}
	in = gzopen(argv[1], "rb");
	if (in == NULL) {
		perror(argv[1]);
		return 1;
	}
	while (read_line(in, &buf, &cap) != NULL) {
		json_t *rec = json_loads(buf, 0, NULL), *o;
		json_t *sents = json_array(), *scores = json_array();
		const char *text;
		char *line;

		if (rec == NULL) {
			json_decref(sents);
			json_decref(scores);
			continue;
		}
		text = json_string_value(json_object_get(rec, "text"));
		rank(text ? text : "", sents, scores);
		o = json_pack("{s:O,s:o,s:o}", "id", json_object_get(rec, "id"),
			      "sentences", sents, "scores", scores);
		line = o ? json_dumps(o, JSON_COMPACT) : NULL;
		if (line != NULL)
			puts(line);
		free(line);
		json_decref(o);
		json_decref(rec);
	}
	free(buf);
	gzclose(in);
	return ferror(stdout) ? 1 : 0;
}
