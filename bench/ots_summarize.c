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

int main(int argc, char **argv)
{
	gzFile in;
	char *buf = NULL;
	size_t cap = 0;
	int lines;

	if (argc != 3 || (lines = atoi(argv[2])) <= 0) {
		fprintf(stderr, "usage: %s FILE.jsonl[.gz] N\n", argv[0]);
		return 2;
	}
	in = gzopen(argv[1], "rb");
	if (in == NULL) {
		perror(argv[1]);
		return 1;
	}
	while (read_line(in, &buf, &cap) != NULL) {
		json_t *rec = json_loads(buf, 0, NULL), *o;
		const char *text;
		char *line;

		if (rec == NULL)
			continue;
		text = json_string_value(json_object_get(rec, "text"));
		o = json_pack("{s:O,s:o}", "id", json_object_get(rec, "id"),
			      "summary", summarize(text ? text : "", lines));
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
