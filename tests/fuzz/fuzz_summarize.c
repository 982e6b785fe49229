/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fuzz_summarize.c - the whole summarize call, options from the first bytes.
 *
 * Byte 0 sets the sentence count, bytes 1 and 2 the word and character
 * budgets, byte 3 the title mode, order, method, keywords and whether the
 * context is English or detects the language, byte 4 the ratio (0: none),
 * byte 5 the redundancy threshold (0: the default), bytes 6 and 7 the
 * feature weights (byte 6 = 0: the defaults); the rest is the article.
 * Checked, not merely survived: every sentence span lies in the text, the
 * sentences are in order and disjoint, the title comes before them, every
 * keyword is a span of the title or of a sentence and the keywords come
 * best first; the summary keeps the budget, the ratio and the requested
 * order, and takes every sentence it may when nothing else limits it; a
 * score is the weighted sum of its features; a second run gives the same
 * result; and the language used is the one detected when detection was
 * sure, English otherwise.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A failed check names itself on stderr, then aborts. */
#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, \
				__LINE__, #cond);                              \
			abort();                                               \
		}                                                              \
	} while (0)

/* The weights set from bytes 6 and 7, when byte 6 is not 0. */
static bool own_weights;
static double weight[PRECIS_FEATURE_COUNT];

/*
 * Sets the weights by name from two bytes: feature f gets a weight from
 * -0.5 to 1.5 when bit f of a is set, 0 otherwise.
 */
static void set_weights(precis_options *o, uint8_t a, uint8_t b)
{
	char spec[512];
	size_t used = 0;
	int f;

	for (f = 0; f < PRECIS_FEATURE_COUNT; f++) {
		weight[f] =
			f < 8 && (a >> f) & 1 ? ((b + f) % 5) * 0.5 - 0.5 : 0;
		used += (size_t)snprintf(spec + used, sizeof(spec) - used,
					 "%s%s=%g", f > 0 ? "," : "",
					 precis_feature_name((precis_feature)f),
					 weight[f]);
		CHECK(used < sizeof(spec));
	}
	CHECK(precis_weights_parse(&o->weights, spec) == PRECIS_OK);
}

/* The sentence limit: the ratio's share of n when set, else the count. */
static size_t limit_of(const precis_options *o, size_t n)
{
	if (o->ratio > 0) {
		double k = ceil(o->ratio * (double)n);

		if (k < 1)
			k = 1;
		return k >= (double)n ? n : (size_t)k;
	}
	return o->sentences == 0 || o->sentences > n ? n : o->sentences;
}

/* The span [off, off + len) lies in the title or in one sentence. */
static bool in_title_or_sentence(const precis_summary *sum, size_t off,
				 size_t len)
{
	size_t t_off, t_len, i, n = precis_summary_sentence_count(sum);

	if (precis_summary_title(sum, &t_off, &t_len) && off >= t_off &&
	    off + len <= t_off + t_len)
		return true;
	for (i = 0; i < n; i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);

		if (off >= s->offset && off + len <= s->offset + s->length)
			return true;
	}
	return false;
}

static void check_title_keywords(const precis_summary *sum,
				 const precis_options *o)
{
	const char *text;
	size_t len, t_off, t_len, i, prev_off = 0;
	size_t n = precis_summary_sentence_count(sum);
	double prev_weight = 1;

	text = precis_summary_text(sum, &len);
	if (precis_summary_title(sum, &t_off, &t_len)) {
		CHECK(o->title != PRECIS_TITLE_NONE);
		CHECK(t_len > 0 && t_off + t_len <= len);
		CHECK(memchr(text + t_off, '\n', t_len) == NULL);
		CHECK(n == 0 ||
		      t_off + t_len <= precis_summary_sentence(sum, 0)->offset);
	}
	CHECK(precis_summary_keyword_count(sum) <= o->keywords);
	for (i = 0; i < precis_summary_keyword_count(sum); i++) {
		size_t off, klen;
		double w;

		CHECK(precis_summary_keyword(sum, i, &off, &klen, &w));
		CHECK(klen > 0 && off + klen <= len);
		CHECK(in_title_or_sentence(sum, off, klen));
		CHECK(w > 0 && w <= prev_weight);
		CHECK(i == 0 || w < prev_weight || off > prev_off);
		prev_weight = w;
		prev_off = off;
	}
	CHECK(!precis_summary_keyword(sum, i, NULL, NULL, NULL));
}

static void check(const precis_summary *sum, const precis_options *o)
{
	size_t len, i, f, words = 0, chars = 0;
	size_t n = precis_summary_sentence_count(sum);
	size_t k = precis_summary_count(sum);
	size_t limit = limit_of(o, n);

	precis_summary_text(sum, &len);
	for (i = 0; i < n; i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);
		double want = 0, scale = 1;

		CHECK(s->length > 0 && s->offset + s->length <= len);
		if (i > 0) {
			const precis_sentence *p =
				precis_summary_sentence(sum, i - 1);

			CHECK(p->offset + p->length <= s->offset);
		}
		if (!own_weights || s->rank == 0)
			continue;
		for (f = 0; f < PRECIS_FEATURE_COUNT; f++) {
			double x = precis_summary_feature(sum, i,
							  (precis_feature)f);

			CHECK(x >= 0 && x <= 1);
			want += weight[f] * x;
			scale += fabs(weight[f] * x);
		}
		CHECK(fabs(s->score - want) <= 1e-9 * scale);
	}
	CHECK(k <= limit);
	/* Nothing but the limit stops the choice: the limit is reached. */
	if (o->words == 0 && o->chars == 0 &&
	    (o->method == PRECIS_METHOD_LEAD || o->redundancy >= 1))
		CHECK(k == limit);
	for (i = 0; i < k; i++) {
		const precis_sentence *s = precis_summary_at(sum, i);

		CHECK(s->selected);
		words += s->words;
		chars += s->chars + (i > 0);
		if (i > 0 && o->order == PRECIS_ORDER_ARTICLE)
			CHECK(precis_summary_at(sum, i - 1)->index < s->index);
		if (i > 0 && o->order == PRECIS_ORDER_SCORE)
			CHECK(precis_summary_at(sum, i - 1)->score >= s->score);
		/* Without a budget or redundancy check, the best ones. */
		if (o->words == 0 && o->chars == 0 &&
		    o->method == PRECIS_METHOD_DEFAULT && o->redundancy >= 1)
			CHECK(s->rank <= k);
	}
	CHECK(o->words == 0 || words <= o->words);
	CHECK(o->chars == 0 || chars <= o->chars);
	check_title_keywords(sum, o);
}

static bool same(const precis_summary *a, const precis_summary *b)
{
	size_t i;

	if (precis_summary_count(a) != precis_summary_count(b) ||
	    precis_summary_sentence_count(a) !=
		    precis_summary_sentence_count(b))
		return false;
	for (i = 0; i < precis_summary_count(a); i++)
		if (precis_summary_at(a, i)->offset !=
			    precis_summary_at(b, i)->offset ||
		    precis_summary_at(a, i)->score !=
			    precis_summary_at(b, i)->score)
			return false;
	return true;
}

/* Detection is deterministic and its result in range. */
static void check_detection(const precis_summary *sum, const uint8_t *data,
			    size_t size)
{
	precis_detection d, again;

	CHECK(precis_detect((const char *)data, size, &d) == PRECIS_OK);
	CHECK(precis_detect((const char *)data, size, &again) == PRECIS_OK);
	CHECK(d.language == again.language && d.score == again.score &&
	      d.reliable == again.reliable);
	CHECK(d.language < precis_language_count());
	CHECK(strcmp(d.name, precis_language_name(d.language)) == 0);
	CHECK(d.score >= 0 && d.score <= 1);
	if (sum == NULL || precis_summary_converted(sum))
		return;
	CHECK(precis_summary_detection(sum, &again));
	CHECK(again.language == d.language && again.reliable == d.reliable);
	CHECK(strcmp(precis_summary_language(sum),
		     again.reliable ? again.name : "english") == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static precis_ctx *english, *detecting;
	precis_summary *a = NULL, *b = NULL;
	precis_ctx *ctx;
	precis_options o;
	precis_status st;
	bool detect;

	if (size < 8)
		return 0;
	if (english == NULL) {
		english = precis_new("english", NULL);
		detecting = precis_new("auto", NULL);
		CHECK(english != NULL && detecting != NULL);
	}
	detect = (data[3] & 0x80) != 0;
	ctx = detect ? detecting : english;
	precis_options_init(&o);
	o.sentences = data[0] % 8;
	o.words = data[1] < 128 ? 0 : (size_t)(data[1] - 128) * 4;
	o.chars = data[2] < 128 ? 0 : (size_t)(data[2] - 128) * 16;
	o.title = (precis_title_mode)(data[3] % 3);
	o.order = (data[3] & 4) ? PRECIS_ORDER_SCORE : PRECIS_ORDER_ARTICLE;
	o.method = (data[3] & 8) ? PRECIS_METHOD_LEAD : PRECIS_METHOD_DEFAULT;
	o.keywords = (data[3] >> 4) & 7;
	if (data[4] > 0)
		o.ratio = data[4] / 255.0;
	if (data[5] > 0)
		o.redundancy = (data[5] - 1) / 254.0;
	own_weights = data[6] != 0;
	if (own_weights)
		set_weights(&o, data[6], data[7]);
	data += 8;
	size -= 8;

	st = precis_summarize(ctx, (const char *)data, size, &o, &a);
	if (memchr(data, 0, size) != NULL) {
		CHECK(st == PRECIS_ERR_BINARY && a == NULL);
		return 0;
	}
	CHECK(st == PRECIS_OK);
	check(a, &o);
	if (detect)
		check_detection(a, data, size);
	/* The same context, warm now, must give the same summary. */
	CHECK(precis_summarize(ctx, (const char *)data, size, &o, &b) ==
	      PRECIS_OK);
	CHECK(same(a, b));
	precis_summary_free(a);
	precis_summary_free(b);
	return 0;
}
