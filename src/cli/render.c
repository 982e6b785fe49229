/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * render.c - summaries as text and as JSON.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_put_folded(FILE *out, const char *text, size_t len)
{
	char stack[1024], *buf = len <= sizeof(stack) ? stack : malloc(len);
	size_t n;

	if (buf == NULL)
		return -1;
	n = precis_fold_space(text, len, buf, NULL);
	fwrite(buf, 1, n, out);
	fputc('\n', out);
	if (buf != stack)
		free(buf);
	return 0;
}

/* A folded copy of text[0..len) as a JSON string; NULL when out of memory. */
static json_t *folded_string(const char *text, size_t len)
{
	char stack[1024], *buf = len <= sizeof(stack) ? stack : malloc(len);
	json_t *s;
	size_t n;

	if (buf == NULL)
		return NULL;
	n = precis_fold_space(text, len, buf, NULL);
	s = json_stringn(buf, n);
	if (buf != stack)
		free(buf);
	return s;
}

static int write_explain(FILE *out, const precis_summary *sum)
{
	const char *text = precis_summary_text(sum, NULL);
	size_t i, f;

	fprintf(out, "\n%5s %3s %5s %8s", "index", "sel", "rank", "score");
	for (f = 0; f < PRECIS_FEATURE_COUNT; f++)
		fprintf(out, " %10s", precis_feature_name((precis_feature)f));
	fputs("  sentence\n", out);
	for (i = 0; i < precis_summary_sentence_count(sum); i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);

		fprintf(out, "%5zu %3s %5zu %8.4f", s->index,
			s->selected ? "*" : "", s->rank, s->score);
		for (f = 0; f < PRECIS_FEATURE_COUNT; f++)
			fprintf(out, " %10.4f",
				precis_summary_feature(sum, i,
						       (precis_feature)f));
		fputs("  ", out);
		if (cli_put_folded(out, text + s->offset, s->length) != 0)
			return -1;
	}
	return 0;
}

void cli_report_language(const char *name, const precis_summary *sum)
{
	precis_detection d;

	if (!precis_summary_detection(sum, &d))
		cli_error(name, "language: %s", precis_summary_language(sum));
	else if (d.reliable)
		cli_error(name, "language: %s (detected, score %.2f)", d.name,
			  d.score);
	else
		cli_error(name,
			  "language: %s (detection unsure: %s, score %.2f)",
			  precis_summary_language(sum), d.name, d.score);
}

int cli_write_text(FILE *out, const precis_summary *sum,
		   const struct cli_render *r)
{
	const char *text = precis_summary_text(sum, NULL);
	size_t i, n = precis_summary_keyword_count(sum);

	for (i = 0; i < precis_summary_count(sum); i++) {
		const precis_sentence *s = precis_summary_at(sum, i);

		if (cli_put_folded(out, text + s->offset, s->length) != 0)
			return -1;
	}
	if (r->keywords > 0 && n > 0) {
		fputs("\nKeywords: ", out);
		for (i = 0; i < n; i++) {
			size_t off, len;

			precis_summary_keyword(sum, i, &off, &len, NULL);
			if (i > 0)
				fputs(", ", out);
			fwrite(text + off, 1, len, out);
		}
		fputc('\n', out);
	}
	if (r->explain)
		return write_explain(out, sum);
	return 0;
}

/* Adds key: value to obj, taking the reference; -1 if value is NULL. */
static int set_new(json_t *obj, const char *key, json_t *value)
{
	return value == NULL ? -1 : json_object_set_new(obj, key, value);
}

static json_t *sentence_json(const precis_summary *sum,
			     const precis_sentence *s, bool features)
{
	const char *text = precis_summary_text(sum, NULL);
	json_t *o = json_object();
	int bad;

	if (o == NULL)
		return NULL;
	bad = set_new(o, "index", json_integer((json_int_t)s->index));
	bad |= set_new(o, "offset", json_integer((json_int_t)s->offset));
	bad |= set_new(o, "length", json_integer((json_int_t)s->length));
	bad |= set_new(o, "score", json_real(s->score));
	bad |= set_new(o, "rank", json_integer((json_int_t)s->rank));
	if (features) {
		json_t *f = json_object();
		size_t k;

		bad |= set_new(o, "paragraph",
			       json_integer((json_int_t)s->paragraph));
		bad |= set_new(o, "words", json_integer((json_int_t)s->words));
		bad |= set_new(o, "selected", json_boolean(s->selected));
		for (k = 0; f != NULL && k < PRECIS_FEATURE_COUNT; k++)
			bad |= set_new(f,
				       precis_feature_name((precis_feature)k),
				       json_real(precis_summary_feature(
					       sum, s->index,
					       (precis_feature)k)));
		bad |= set_new(o, "features", f);
	}
	bad |= set_new(o, "text", folded_string(text + s->offset, s->length));
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

json_t *cli_summary_json(const precis_summary *sum, const struct cli_render *r)
{
	const char *text = precis_summary_text(sum, NULL);
	json_t *o = json_object(), *arr;
	precis_detection det;
	size_t off, len, i;
	int bad = 0;

	if (o == NULL)
		return NULL;
	if (precis_summary_title(sum, &off, &len))
		bad |= set_new(o, "title", folded_string(text + off, len));
	else
		bad |= set_new(o, "title", json_null());
	bad |= set_new(o, "language",
		       json_string(precis_summary_language(sum)));
	if (precis_summary_detection(sum, &det)) {
		bad |= set_new(o, "language_reliable",
			       json_boolean(det.reliable));
		bad |= set_new(o, "language_detected", json_string(det.name));
		bad |= set_new(o, "language_score", json_real(det.score));
	}
	bad |= set_new(o, "sentences",
		       json_integer(
			       (json_int_t)precis_summary_sentence_count(sum)));
	bad |= set_new(o, "words",
		       json_integer(
			       (json_int_t)precis_summary_word_count(sum)));
	if (precis_summary_converted(sum))
		bad |= set_new(o, "encoding", json_string("windows-1252"));
	arr = json_array();
	for (i = 0; arr != NULL && i < precis_summary_count(sum); i++)
		bad |= json_array_append_new(
			arr,
			sentence_json(sum, precis_summary_at(sum, i), false));
	bad |= set_new(o, "summary", arr);
	if (r->keywords > 0) {
		arr = json_array();
		for (i = 0;
		     arr != NULL && i < precis_summary_keyword_count(sum);
		     i++) {
			json_t *k = json_object();
			double w;

			precis_summary_keyword(sum, i, &off, &len, &w);
			if (k != NULL) {
				bad |= set_new(k, "word",
					       json_stringn(text + off, len));
				bad |= set_new(k, "weight", json_real(w));
			}
			bad |= json_array_append_new(arr, k);
		}
		bad |= set_new(o, "keywords", arr);
	}
	if (r->explain) {
		arr = json_array();
		for (i = 0;
		     arr != NULL && i < precis_summary_sentence_count(sum); i++)
			bad |= json_array_append_new(
				arr,
				sentence_json(sum,
					      precis_summary_sentence(sum, i),
					      true));
		bad |= set_new(o, "explain", arr);
	}
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

int cli_write_json(FILE *out, const json_t *value)
{
	if (json_dumpf(value, out, JSON_COMPACT | JSON_REAL_PRECISION(6)) != 0)
		return -1;
	fputc('\n', out);
	return 0;
}
