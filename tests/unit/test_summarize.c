/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_summarize.c - the public summarize API end to end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <math.h>

#include "precis.h"
#include "test_data.h"

struct fixture {
	precis_ctx *ctx;
	char *text;
	size_t len;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	precis_status st;

	if (fx == NULL)
		return -1;
	fx->ctx = precis_new("english", &st);
	if (fx->ctx == NULL)
		return -1;
	fx->text = read_test_data("harbour.txt", &fx->len);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;

	precis_free(fx->ctx);
	free(fx->text);
	free(fx);
	return 0;
}

static precis_summary *summarize(struct fixture *fx, const precis_options *o)
{
	precis_summary *sum = NULL;

	assert_int_equal(precis_summarize(fx->ctx, fx->text, fx->len, o, &sum),
			 PRECIS_OK);
	assert_non_null(sum);
	return sum;
}

/*
 * Checks what holds of every summary: spans inside the text, sentences in
 * article order without overlap, selection flags matching the summary, and
 * nothing of the title in it.
 */
static void check_invariants(const precis_summary *sum)
{
	size_t len, n = precis_summary_sentence_count(sum), i, selected = 0;
	size_t t_off = 0, t_len = 0;
	bool title = precis_summary_title(sum, &t_off, &t_len);
	const char *text = precis_summary_text(sum, &len);

	assert_non_null(text);
	for (i = 0; i < n; i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);

		assert_int_equal(s->index, i);
		assert_true(s->length > 0);
		assert_true(s->offset + s->length <= len);
		if (i > 0) {
			const precis_sentence *p =
				precis_summary_sentence(sum, i - 1);

			assert_true(p->offset + p->length <= s->offset);
		}
		if (title)
			assert_true(s->offset >= t_off + t_len);
		if (s->selected)
			selected++;
	}
	assert_int_equal(selected, precis_summary_count(sum));
	for (i = 0; i < precis_summary_count(sum); i++)
		assert_true(precis_summary_at(sum, i)->selected);
	assert_null(precis_summary_at(sum, precis_summary_count(sum)));
}

static void defaults(void **state)
{
	struct fixture *fx = *state;
	precis_summary *sum = summarize(fx, NULL);
	size_t off, len, i;

	check_invariants(sum);
	assert_int_equal(precis_summary_count(sum), 3);
	for (i = 1; i < 3; i++)
		assert_true(precis_summary_at(sum, i - 1)->index <
			    precis_summary_at(sum, i)->index);
	assert_true(precis_summary_title(sum, &off, &len));
	assert_int_equal(off, 0);
	assert_int_equal(len, strlen("Harbour town votes to rebuild "
				     "storm-damaged pier"));
	assert_string_equal(precis_summary_language(sum), "english");
	assert_false(precis_summary_converted(sum));
	assert_ptr_equal(precis_summary_text(sum, NULL), fx->text);
	/* Paragraphs are blank-line separated. */
	assert_int_equal(precis_summary_sentence(sum, 0)->paragraph, 0);
	assert_int_equal(precis_summary_sentence(sum, 1)->paragraph, 1);
	precis_summary_free(sum);
}

static void sentence_counts(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum;
	size_t n;

	precis_options_init(&o);
	o.sentences = 1;
	sum = summarize(fx, &o);
	check_invariants(sum);
	assert_int_equal(precis_summary_count(sum), 1);
	assert_int_equal(precis_summary_at(sum, 0)->rank, 1);
	n = precis_summary_sentence_count(sum);
	precis_summary_free(sum);

	o.sentences = 1000;
	o.redundancy = 1.0;
	sum = summarize(fx, &o);
	assert_int_equal(precis_summary_count(sum), n);
	precis_summary_free(sum);

	o.ratio = 0.5;
	sum = summarize(fx, &o);
	assert_int_equal(precis_summary_count(sum), (n + 1) / 2);
	precis_summary_free(sum);
}

static void word_and_char_budgets(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	size_t budget, i, shortest = SIZE_MAX, shortest_chars = SIZE_MAX;
	precis_summary *sum;

	precis_options_init(&o);
	o.sentences = 0;
	sum = summarize(fx, &o);
	for (i = 0; i < precis_summary_sentence_count(sum); i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);

		if (s->words < shortest)
			shortest = s->words;
		if (s->chars < shortest_chars)
			shortest_chars = s->chars;
	}
	precis_summary_free(sum);

	for (budget = 1; budget <= 120; budget++) {
		size_t words = 0, chars = 0;

		o.words = budget;
		o.chars = 0;
		sum = summarize(fx, &o);
		check_invariants(sum);
		for (i = 0; i < precis_summary_count(sum); i++)
			words += precis_summary_at(sum, i)->words;
		assert_true(words <= budget);
		/* The budget is used when any sentence fits. */
		assert_true((precis_summary_count(sum) > 0) ==
			    (budget >= shortest));
		precis_summary_free(sum);

		o.words = 0;
		o.chars = budget * 6;
		sum = summarize(fx, &o);
		check_invariants(sum);
		for (i = 0; i < precis_summary_count(sum); i++)
			chars += precis_summary_at(sum, i)->chars + (i > 0);
		assert_true(chars <= budget * 6);
		assert_true((precis_summary_count(sum) > 0) ==
			    (budget * 6 >= shortest_chars));
		precis_summary_free(sum);
	}
}

static void score_order_and_lead(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum;
	size_t i;

	precis_options_init(&o);
	o.sentences = 4;
	o.order = PRECIS_ORDER_SCORE;
	sum = summarize(fx, &o);
	check_invariants(sum);
	for (i = 1; i < precis_summary_count(sum); i++)
		assert_true(precis_summary_at(sum, i - 1)->score >=
			    precis_summary_at(sum, i)->score);
	precis_summary_free(sum);

	o.order = PRECIS_ORDER_ARTICLE;
	o.method = PRECIS_METHOD_LEAD;
	sum = summarize(fx, &o);
	check_invariants(sum);
	assert_int_equal(precis_summary_count(sum), 4);
	for (i = 0; i < 4; i++)
		assert_int_equal(precis_summary_at(sum, i)->index, i);
	precis_summary_free(sum);
}

static void features_and_keywords(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum;
	size_t i, f, off, len;
	double w, prev = 2.0;

	precis_options_init(&o);
	o.keywords = 4;
	sum = summarize(fx, &o);
	for (i = 0; i < precis_summary_sentence_count(sum); i++) {
		const precis_sentence *s = precis_summary_sentence(sum, i);
		double total = 0;

		assert_true(s->rank >= 1);
		for (f = 0; f < PRECIS_FEATURE_COUNT; f++) {
			double v = precis_summary_feature(sum, i,
							  (precis_feature)f);

			assert_true(v >= 0.0 && v <= 1.0);
			total += o.weights.w[f] * v;
		}
		assert_true(total - s->score < 1e-9 && s->score - total < 1e-9);
	}
	assert_int_equal(precis_summary_keyword_count(sum), 4);
	for (i = 0; i < 4; i++) {
		assert_true(precis_summary_keyword(sum, i, &off, &len, &w));
		assert_true(w > 0 && w <= prev);
		assert_true(off + len <= fx->len);
		prev = w;
	}
	/* "pier" is the article's most frequent term. */
	assert_true(precis_summary_keyword(sum, 0, &off, &len, NULL));
	assert_int_equal(len, 4);
	assert_memory_equal(fx->text + off, "pier", 4);
	assert_false(precis_summary_keyword(sum, 4, NULL, NULL, NULL));
	precis_summary_free(sum);
}

static void deterministic(void **state)
{
	struct fixture *fx = *state;
	precis_summary *a = summarize(fx, NULL), *b;
	precis_ctx *fresh = precis_new("en", NULL);
	size_t i;

	assert_non_null(fresh);
	assert_int_equal(precis_summarize(fresh, fx->text, fx->len, NULL, &b),
			 PRECIS_OK);
	assert_int_equal(precis_summary_sentence_count(a),
			 precis_summary_sentence_count(b));
	for (i = 0; i < precis_summary_sentence_count(a); i++) {
		const precis_sentence *x = precis_summary_sentence(a, i);
		const precis_sentence *y = precis_summary_sentence(b, i);

		assert_int_equal(x->offset, y->offset);
		assert_true(x->score == y->score);
		assert_int_equal(x->selected, y->selected);
	}
	precis_summary_free(a);
	precis_summary_free(b);
	precis_free(fresh);
}

static void near_duplicates(void **state)
{
	struct fixture *fx = *state;
	static const char text[] =
		"The council approved the budget for the new library on "
		"Monday evening.\n"
		"The council approved the budget for the new library on "
		"Monday night.\n"
		"Builders will start work in March and finish next year.\n";
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	o.sentences = 2;
	o.title = PRECIS_TITLE_NONE;
	assert_int_equal(precis_summarize(fx->ctx, text, sizeof(text) - 1, &o,
					  &sum),
			 PRECIS_OK);
	assert_int_equal(precis_summary_sentence_count(sum), 3);
	assert_int_equal(precis_summary_count(sum), 2);
	assert_int_equal(precis_summary_at(sum, 1)->index, 2);
	precis_summary_free(sum);

	o.redundancy = 1.0;
	assert_int_equal(precis_summarize(fx->ctx, text, sizeof(text) - 1, &o,
					  &sum),
			 PRECIS_OK);
	assert_int_equal(precis_summary_at(sum, 1)->index, 1);
	precis_summary_free(sum);
}

static void empty_and_bad_input(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum = (precis_summary *)&o;

	assert_int_equal(precis_summarize(fx->ctx, NULL, 0, NULL, &sum),
			 PRECIS_OK);
	assert_int_equal(precis_summary_count(sum), 0);
	assert_int_equal(precis_summary_sentence_count(sum), 0);
	precis_summary_free(sum);
	assert_int_equal(precis_summarize(fx->ctx, " \n\t\n", 4, NULL, &sum),
			 PRECIS_OK);
	assert_int_equal(precis_summary_sentence_count(sum), 0);
	precis_summary_free(sum);

	assert_int_equal(precis_summarize(fx->ctx, "a\0b", 3, NULL, &sum),
			 PRECIS_ERR_BINARY);
	assert_null(sum);
	precis_options_init(&o);
	o.max_bytes = 10;
	assert_int_equal(precis_summarize(fx->ctx, fx->text, fx->len, &o, &sum),
			 PRECIS_ERR_TOO_LARGE);
	assert_null(sum);
	assert_int_equal(precis_summarize(NULL, "x", 1, NULL, &sum),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_summarize(fx->ctx, NULL, 1, NULL, &sum),
			 PRECIS_ERR_INVALID);
	precis_options_init(&o);
	o.ratio = 2.0;
	assert_int_equal(precis_summarize(fx->ctx, "x", 1, &o, &sum),
			 PRECIS_ERR_INVALID);
	assert_null(sum);
}

static void encodings_and_line_ends(void **state)
{
	struct fixture *fx = *state;
	precis_summary *sum;
	const char *text;
	size_t len, off, tlen;
	char *data = read_test_data("cp1252.txt", &len);

	assert_int_equal(precis_summarize(fx->ctx, data, len, NULL, &sum),
			 PRECIS_OK);
	check_invariants(sum);
	assert_true(precis_summary_converted(sum));
	text = precis_summary_text(sum, &len);
	assert_ptr_not_equal(text, data);
	assert_true(precis_summary_title(sum, &off, &tlen));
	assert_int_equal(tlen, strlen("Caf\xc3\xa9 owners protest new rules"));
	assert_memory_equal(text + off, "Caf\xc3\xa9 owners", 12);
	assert_int_equal(precis_summary_sentence_count(sum), 2);
	precis_summary_free(sum);
	free(data);

	data = read_test_data("crlf.txt", &len);
	assert_int_equal(precis_summarize(fx->ctx, data, len, NULL, &sum),
			 PRECIS_OK);
	check_invariants(sum);
	assert_false(precis_summary_converted(sum));
	assert_true(precis_summary_title(sum, &off, &tlen));
	assert_int_equal(off, 3); /* after the byte-order mark */
	assert_int_equal(tlen, strlen("Wind farm approved"));
	assert_int_equal(precis_summary_sentence_count(sum), 3);
	assert_int_equal(precis_summary_count(sum), 3);
	precis_summary_free(sum);
	free(data);
}

static void title_modes(void **state)
{
	struct fixture *fx = *state;
	static const char wrapped[] = "The river rose two metres\n"
				      "overnight, and farmers moved cattle.\n";
	static const char ended[] = "The river rose.\nFarmers moved cattle.\n";
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	/* A hard-wrapped first line is not a title. */
	assert_int_equal(precis_summarize(fx->ctx, wrapped, sizeof(wrapped) - 1,
					  &o, &sum),
			 PRECIS_OK);
	assert_false(precis_summary_title(sum, NULL, NULL));
	precis_summary_free(sum);
	/* Nor is a first line with an end mark. */
	assert_int_equal(precis_summarize(fx->ctx, ended, sizeof(ended) - 1, &o,
					  &sum),
			 PRECIS_OK);
	assert_false(precis_summary_title(sum, NULL, NULL));
	precis_summary_free(sum);
	/* Unless asked for. */
	o.title = PRECIS_TITLE_FIRST_LINE;
	assert_int_equal(precis_summarize(fx->ctx, ended, sizeof(ended) - 1, &o,
					  &sum),
			 PRECIS_OK);
	assert_true(precis_summary_title(sum, NULL, NULL));
	assert_int_equal(precis_summary_sentence_count(sum), 1);
	precis_summary_free(sum);
	/* And never when switched off. */
	o.title = PRECIS_TITLE_NONE;
	assert_int_equal(precis_summarize(fx->ctx, fx->text, fx->len, &o, &sum),
			 PRECIS_OK);
	assert_false(precis_summary_title(sum, NULL, NULL));
	assert_int_equal(precis_summary_sentence(sum, 0)->offset, 0);
	precis_summary_free(sum);
}

/* Summarizes text[0..len) with o into a new summary, which must succeed. */
static precis_summary *summarize_text(struct fixture *fx, const char *text,
				      const precis_options *o)
{
	precis_summary *sum = NULL;

	assert_int_equal(precis_summarize(fx->ctx, text, strlen(text), o, &sum),
			 PRECIS_OK);
	assert_non_null(sum);
	return sum;
}

static void close_to(double got, double want)
{
	assert_true(fabs(got - want) < 1e-9);
}

static const char pier_titled[] =
	"Pier repairs approved\n\n"
	"The council approved repairs to the pier on Monday.\n"
	"Storms in March had damaged the old pier badly.\n"
	"Fishermen welcomed the news from the town hall.\n"
	"Work starts in May and ends before the summer.\n";

/*
 * Position: exp(-i / 3) for the sentence of index i, the same whether or
 * not the article has a title.  A title adds its own feature and changes
 * nothing else.
 */
static void position_feature(void **state)
{
	struct fixture *fx = *state;
	const char *body = strstr(pier_titled, "The council");
	precis_options o;
	precis_summary *titled, *bare;
	size_t i, f, n;

	precis_options_init(&o);
	titled = summarize_text(fx, pier_titled, &o);
	bare = summarize_text(fx, body, &o);
	assert_true(precis_summary_title(titled, NULL, NULL));
	assert_false(precis_summary_title(bare, NULL, NULL));
	n = precis_summary_sentence_count(bare);
	assert_int_equal(n, 4);
	assert_int_equal(precis_summary_sentence_count(titled), n);
	for (i = 0; i < n; i++) {
		double t =
			precis_summary_feature(titled, i, PRECIS_FEATURE_TITLE);

		close_to(precis_summary_feature(bare, i,
						PRECIS_FEATURE_POSITION),
			 exp(-(double)i / 3.0));
		for (f = 0; f < PRECIS_FEATURE_COUNT; f++)
			if (f != PRECIS_FEATURE_TITLE)
				close_to(precis_summary_feature(titled, i,
								(precis_feature)
									f),
					 precis_summary_feature(bare, i,
								(precis_feature)
									f));
		t = precis_summary_feature(bare, i, PRECIS_FEATURE_TITLE);
		assert_true(t == 0.0);
		t = precis_summary_feature(titled, i, PRECIS_FEATURE_TITLE);
		/* The headline adds its weight times the overlap. */
		close_to(precis_summary_sentence(titled, i)->score,
			 precis_summary_sentence(bare, i)->score +
				 o.weights.w[PRECIS_FEATURE_TITLE] * t);
	}
	precis_summary_free(titled);
	precis_summary_free(bare);
}

/* Title overlap: the share of the title's distinct terms a sentence holds. */
static void title_overlap_feature(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	sum = summarize_text(fx, pier_titled, &o);
	/* "pier", "repair", "approv": all three, one, none, none. */
	close_to(precis_summary_feature(sum, 0, PRECIS_FEATURE_TITLE), 1.0);
	close_to(precis_summary_feature(sum, 1, PRECIS_FEATURE_TITLE),
		 1.0 / 3.0);
	close_to(precis_summary_feature(sum, 2, PRECIS_FEATURE_TITLE), 0.0);
	close_to(precis_summary_feature(sum, 3, PRECIS_FEATURE_TITLE), 0.0);
	precis_summary_free(sum);
}

/* A headline ending in a question mark is a title, not a sentence. */
static void question_title(void **state)
{
	struct fixture *fx = *state;
	static const char text[] = "Will the night trains return?\n\n"
				   "Night trains will run again from December. "
				   "Tickets go on sale in October.\n";
	precis_options o;
	precis_summary *sum;
	size_t off, len;

	precis_options_init(&o);
	sum = summarize_text(fx, text, &o);
	assert_true(precis_summary_title(sum, &off, &len));
	assert_int_equal(off, 0);
	assert_int_equal(len, strlen("Will the night trains return?"));
	assert_int_equal(precis_summary_sentence_count(sum), 2);
	precis_summary_free(sum);
}

/* In first-line mode a blank first line means no title. */
static void blank_first_line(void **state)
{
	struct fixture *fx = *state;
	static const char text[] = "  \t\n\nHarbour news\n"
				   "The pier reopened on Monday.\n";
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	o.title = PRECIS_TITLE_FIRST_LINE;
	sum = summarize_text(fx, text, &o);
	assert_false(precis_summary_title(sum, NULL, NULL));
	assert_int_equal(precis_summary_sentence_count(sum), 2);
	precis_summary_free(sum);
}

/* NaN and infinite weights cannot order sentences: they are refused. */
static void bad_weights(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum = (precis_summary *)1;

	precis_options_init(&o);
	o.weights.w[PRECIS_FEATURE_TF] = NAN;
	assert_int_equal(precis_summarize(fx->ctx, fx->text, fx->len, &o, &sum),
			 PRECIS_ERR_INVALID);
	assert_null(sum);
	o.weights.w[PRECIS_FEATURE_TF] = -INFINITY;
	assert_int_equal(precis_summarize(fx->ctx, fx->text, fx->len, &o, &sum),
			 PRECIS_ERR_INVALID);
	o.weights.w[PRECIS_FEATURE_TF] = 0.5;
	o.method = (precis_method)3;
	assert_int_equal(precis_summarize(fx->ctx, fx->text, fx->len, &o, &sum),
			 PRECIS_ERR_INVALID);
}

/* 0.07 of 100 sentences is 7, although 0.07 * 100 is a little over 7. */
static void ratio_rounding(void **state)
{
	struct fixture *fx = *state;
	char *text = malloc(100 * 32);
	precis_options o;
	precis_summary *sum;
	size_t i, len = 0;

	assert_non_null(text);
	for (i = 0; i < 100; i++)
		len += (size_t)sprintf(text + len,
				       "Sentence number %zu ends.\n", i);
	precis_options_init(&o);
	o.title = PRECIS_TITLE_NONE;
	o.redundancy = 1.0; /* the sentences share most of their terms */
	o.ratio = 0.07;
	assert_int_equal(precis_summarize(fx->ctx, text, len, &o, &sum),
			 PRECIS_OK);
	assert_int_equal(precis_summary_sentence_count(sum), 100);
	assert_int_equal(precis_summary_count(sum), 7);
	precis_summary_free(sum);
	o.ratio = 0.071;
	assert_int_equal(precis_summarize(fx->ctx, text, len, &o, &sum),
			 PRECIS_OK);
	assert_int_equal(precis_summary_count(sum), 8);
	precis_summary_free(sum);
	free(text);
}

/* LEAD-N under a word or character budget is a prefix of the article. */
static void lead_is_a_prefix(void **state)
{
	struct fixture *fx = *state;
	static const char text[] =
		"The pier reopened on Monday.\n"
		"Hundreds of people walked its whole length in the sunshine, "
		"many of them for the first time since the storms.\n"
		"The cafe was full.\n";
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	o.title = PRECIS_TITLE_NONE;
	o.method = PRECIS_METHOD_LEAD;
	o.words = 12; /* 5 + 20 + 4 words: the third would fit alone */
	sum = summarize_text(fx, text, &o);
	assert_int_equal(precis_summary_count(sum), 1);
	assert_int_equal(precis_summary_at(sum, 0)->index, 0);
	precis_summary_free(sum);
	o.words = 0;
	o.chars = 60;
	sum = summarize_text(fx, text, &o);
	assert_int_equal(precis_summary_count(sum), 1);
	precis_summary_free(sum);
}

/*
 * Redundancy is the share of the candidate's own terms: a long sentence
 * that holds a short chosen one's few terms is new, a short one whose
 * terms a chosen long one holds is not.
 */
static void redundancy_denominator(void **state)
{
	struct fixture *fx = *state;
	static const char long_second[] =
		"Council approves budget.\n"
		"The council approved a budget for the library, the pool, "
		"the park and three new schools across the county.\n"
		"Rain is expected tomorrow.\n";
	static const char short_second[] =
		"The council approved a budget for the library, the pool, "
		"the park and three new schools across the county.\n"
		"Council approves budget.\n"
		"Rain is expected tomorrow.\n";
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	o.title = PRECIS_TITLE_NONE;
	o.sentences = 2;
	memset(&o.weights, 0, sizeof(o.weights));
	o.weights.w[PRECIS_FEATURE_POSITION] = 1.0; /* article order */
	sum = summarize_text(fx, long_second, &o);
	assert_int_equal(precis_summary_count(sum), 2);
	assert_int_equal(precis_summary_at(sum, 1)->index, 1);
	precis_summary_free(sum);
	sum = summarize_text(fx, short_second, &o);
	assert_int_equal(precis_summary_count(sum), 2);
	assert_int_equal(precis_summary_at(sum, 1)->index, 2);
	precis_summary_free(sum);
}

/* Words are runs of characters other than white space, as wc -w counts. */
static void words_as_wc(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	o.title = PRECIS_TITLE_NONE;
	sum = summarize_text(fx,
			     "Prices rose - sharply - in May, 2.5 % up.\n"
			     "Shops  \t were \"full\" again.\n",
			     &o);
	assert_int_equal(precis_summary_sentence_count(sum), 2);
	assert_int_equal(precis_summary_sentence(sum, 0)->words, 10);
	assert_int_equal(precis_summary_sentence(sum, 1)->words, 4);
	assert_int_equal(precis_summary_word_count(sum), 14);
	precis_summary_free(sum);
}

/*
 * Degree, worked by hand.  The sentences' distinct terms: {harbour, pier,
 * storm}, {harbour, pier, council, budget, vote}, {dog, bark, loud},
 * {harbour, light, glow}.  A link between sentences of n_i and n_j
 * distinct terms counts the terms they share over (n_i n_j)^0.1:
 *   0: 2 / 15^0.1 + 1 / 9^0.1 = 2.328282
 *   1: 2 / 15^0.1 + 1 / 15^0.1 = 2.288308
 *   2: 0 (nothing shared)
 *   3: 1 / 9^0.1 + 1 / 15^0.1 = 1.565509
 * and divided by the largest.  The short first sentence outranks the long
 * second: its links are as many and less damped.
 */
static void degree_feature(void **state)
{
	struct fixture *fx = *state;
	precis_options o;
	precis_summary *sum;
	double l15 = pow(15.0, -0.1), l9 = pow(9.0, -0.1);
	double top = 2 * l15 + l9;

	precis_options_init(&o);
	o.title = PRECIS_TITLE_NONE;
	sum = summarize_text(fx,
			     "Harbour pier storm.\n"
			     "Harbour pier council budget vote.\n"
			     "Dogs bark loudly.\n"
			     "Harbour lights glow.\n",
			     &o);
	assert_int_equal(precis_summary_sentence_count(sum), 4);
	close_to(precis_summary_feature(sum, 0, PRECIS_FEATURE_DEGREE), 1.0);
	close_to(precis_summary_feature(sum, 1, PRECIS_FEATURE_DEGREE),
		 3 * l15 / top);
	close_to(precis_summary_feature(sum, 2, PRECIS_FEATURE_DEGREE), 0.0);
	close_to(precis_summary_feature(sum, 3, PRECIS_FEATURE_DEGREE),
		 (l9 + l15) / top);
	precis_summary_free(sum);
}

/*
 * The content method ignores position and the caller's weights: the same
 * sentences in another order give the same choice.
 */
static void content_method(void **state)
{
	struct fixture *fx = *state;
	static const char a[] =
		"Rain is expected tomorrow.\n"
		"The harbour council voted to rebuild the pier, and the pier "
		"will reopen to the harbour's visitors in May.\n"
		"A dog barked.\n";
	static const char b[] =
		"A dog barked.\n"
		"Rain is expected tomorrow.\n"
		"The harbour council voted to rebuild the pier, and the pier "
		"will reopen to the harbour's visitors in May.\n";
	precis_options o;
	precis_summary *sum;

	precis_options_init(&o);
	o.title = PRECIS_TITLE_NONE;
	o.sentences = 1;
	o.method = PRECIS_METHOD_CONTENT;
	o.weights.w[PRECIS_FEATURE_POSITION] = 100.0; /* ignored */
	sum = summarize_text(fx, a, &o);
	assert_int_equal(precis_summary_at(sum, 0)->index, 1);
	precis_summary_free(sum);
	sum = summarize_text(fx, b, &o);
	assert_int_equal(precis_summary_at(sum, 0)->index, 2);
	precis_summary_free(sum);
	/* The news method with that weight takes the first. */
	o.method = PRECIS_METHOD_DEFAULT;
	sum = summarize_text(fx, b, &o);
	assert_int_equal(precis_summary_at(sum, 0)->index, 0);
	precis_summary_free(sum);
}

static void split_only(void **state)
{
	struct fixture *fx = *state;
	precis_summary *sum;
	size_t len;
	char *data = read_test_data("plain.txt", &len);

	assert_int_equal(precis_split(fx->ctx, data, len, PRECIS_TITLE_NONE,
				      &sum),
			 PRECIS_OK);
	check_invariants(sum);
	assert_int_equal(precis_summary_sentence_count(sum), 6);
	assert_int_equal(precis_summary_count(sum), 0);
	assert_true(precis_summary_sentence(sum, 0)->score == 0.0);
	precis_summary_free(sum);
	free(data);
}

static void stopwords_override(void **state)
{
	struct fixture *fx = *state;
	static const char list[] = "pier the of\n";
	precis_options o;
	precis_summary *sum;
	size_t off, len;

	precis_options_init(&o);
	o.keywords = 1;
	assert_int_equal(precis_set_stopwords(fx->ctx, list, sizeof(list) - 1),
			 PRECIS_OK);
	sum = summarize(fx, &o);
	assert_true(precis_summary_keyword(sum, 0, &off, &len, NULL));
	assert_false(len == 4 && memcmp(fx->text + off, "pier", 4) == 0);
	precis_summary_free(sum);
	assert_int_equal(precis_set_stopwords(fx->ctx, NULL, 0),
			 PRECIS_ERR_INVALID);
}

static void contexts_and_strings(void **state)
{
	precis_status st = PRECIS_OK;
	precis_weights w;
	char version[32];

	(void)state;
	assert_null(precis_new("klingon", &st));
	assert_int_equal(st, PRECIS_ERR_LANGUAGE);
	precis_free(NULL);
	precis_summary_free(NULL);
	snprintf(version, sizeof(version), "%d.%d.%d", PRECIS_VERSION_MAJOR,
		 PRECIS_VERSION_MINOR, PRECIS_VERSION_PATCH);
	assert_string_equal(precis_version(), version);
	assert_string_equal(precis_version(), PRECIS_VERSION_STRING);
	assert_string_equal(precis_strerror(PRECIS_OK), "success");
	assert_string_equal(precis_strerror((precis_status)999),
			    "unknown error");
	assert_true(precis_language_count() > 0);
	assert_null(precis_language_name(precis_language_count()));

	precis_weights_default(&w);
	assert_int_equal(precis_weights_parse(&w, "tf=2,quote=-1.5"),
			 PRECIS_OK);
	assert_true(w.w[PRECIS_FEATURE_TF] == 2.0);
	assert_true(w.w[PRECIS_FEATURE_QUOTE] == -1.5);
	assert_int_equal(precis_weights_parse(&w, "tf=3,bogus=1"),
			 PRECIS_ERR_WEIGHTS);
	assert_true(w.w[PRECIS_FEATURE_TF] == 2.0); /* unchanged */
	assert_int_equal(precis_weights_parse(&w, "tf=x"), PRECIS_ERR_WEIGHTS);
	assert_int_equal(precis_weights_parse(&w, "tf=inf"),
			 PRECIS_ERR_WEIGHTS);
	assert_int_equal(precis_weights_parse(&w, ""), PRECIS_ERR_WEIGHTS);
	assert_null(precis_feature_name(PRECIS_FEATURE_COUNT));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(defaults),
		T(sentence_counts),
		T(word_and_char_budgets),
		T(score_order_and_lead),
		T(features_and_keywords),
		T(deterministic),
		T(near_duplicates),
		T(empty_and_bad_input),
		T(encodings_and_line_ends),
		T(title_modes),
		T(position_feature),
		T(title_overlap_feature),
		T(question_title),
		T(blank_first_line),
		T(bad_weights),
		T(ratio_rounding),
		T(lead_is_a_prefix),
		T(redundancy_denominator),
		T(words_as_wc),
		T(degree_feature),
		T(content_method),
		T(split_only),
		T(stopwords_override),
		cmocka_unit_test(contexts_and_strings),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
