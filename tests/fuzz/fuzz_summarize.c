/*
 * fuzz_summarize.c - the whole summarize call, options from the first bytes.
 *
 * Byte 0 sets the sentence count, bytes 1 and 2 the word and character
 * budgets, byte 3 the title mode, order, method, keywords and whether the
 * context is English or detects the language; the rest is the article.
 * Checked, not merely survived: every sentence span lies in the text, the
 * sentences are in order and disjoint, the summary keeps the budget and the
 * requested order, a second run gives the same result, and the language
 * used is the one detected when detection was sure, English otherwise.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                          \
	do {                                                                 \
		if (!(cond))                                                 \
			abort();                                             \
	} while (0)

static void check(const precis_summary *sum, const precis_options *o)
{
	size_t len, i, words = 0, chars = 0;
	size_t n = precis_summary_sentence_count(sum);
	size_t k = precis_summary_count(sum);

	precis_summary_text(sum, &len);
	for (i = 0; i < n; i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);

		CHECK(s->length > 0 && s->offset + s->length <= len);
		if (i > 0) {
			const precis_sentence *p =
				precis_summary_sentence(sum, i - 1);

			CHECK(p->offset + p->length <= s->offset);
		}
	}
	CHECK(o->sentences == 0 || k <= o->sentences);
	for (i = 0; i < k; i++) {
		const precis_sentence *s = precis_summary_at(sum, i);

		CHECK(s->selected);
		words += s->words;
		chars += s->chars + (i > 0);
		if (i > 0 && o->order == PRECIS_ORDER_ARTICLE)
			CHECK(precis_summary_at(sum, i - 1)->index < s->index);
		if (i > 0 && o->order == PRECIS_ORDER_SCORE)
			CHECK(precis_summary_at(sum, i - 1)->score >= s->score);
	}
	CHECK(o->words == 0 || words <= o->words);
	CHECK(o->chars == 0 || chars <= o->chars);
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

	if (size < 4)
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
	data += 4;
	size -= 4;

	st = precis_summarize(ctx, (const char *)data, size, &o, &a);
	if (memchr(data, 0, size) != NULL) {
		CHECK(st == PRECIS_ERR_BINARY && a == NULL);
		return 0;
	}
	CHECK(st == PRECIS_OK);
	check(a, &o);
	if (detect)
		check_detection(a, data, size);
	CHECK(precis_summary_keyword_count(a) <= o.keywords);
	/* The same context, warm now, must give the same summary. */
	CHECK(precis_summarize(ctx, (const char *)data, size, &o, &b) ==
	      PRECIS_OK);
	CHECK(same(a, b));
	precis_summary_free(a);
	precis_summary_free(b);
	return 0;
}
