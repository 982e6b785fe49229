/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_api.c - the promises of the public header that are not about
 * summaries: the layout and size rule of precis_options, the NULL rules of
 * the accessors, and stable language names in detection results.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "options.h"
#include "precis.h"

static const char article[] =
	"Harbour reopens\n"
	"The harbour reopened on Monday after a storm closed it for a week. "
	"Fishing boats left at dawn. "
	"The mayor said repairs to the sea wall would take a month. "
	"Traders said the closure had cost them dearly.\n";

/*
 * The fields published so far never move: a field inserted before one of
 * them, or a weights array that grows with the features, fails here.  The
 * offsets are those of the LP64 layout, worked out by hand from the header.
 */
static void test_options_layout(void **state)
{
	(void)state;
	assert_true(PRECIS_FEATURE_COUNT <= PRECIS_WEIGHTS_CAPACITY);
	assert_int_equal(sizeof(precis_weights),
			 PRECIS_WEIGHTS_CAPACITY * sizeof(double));
	assert_int_equal(offsetof(precis_options, size), 0);
	if (sizeof(size_t) != 8 || sizeof(int) != 4)
		skip();
	assert_int_equal(offsetof(precis_options, sentences), 8);
	assert_int_equal(offsetof(precis_options, ratio), 16);
	assert_int_equal(offsetof(precis_options, words), 24);
	assert_int_equal(offsetof(precis_options, chars), 32);
	assert_int_equal(offsetof(precis_options, title), 40);
	assert_int_equal(offsetof(precis_options, order), 44);
	assert_int_equal(offsetof(precis_options, method), 48);
	assert_int_equal(offsetof(precis_options, keywords), 56);
	assert_int_equal(offsetof(precis_options, redundancy), 64);
	assert_int_equal(offsetof(precis_options, max_bytes), 72);
	assert_int_equal(offsetof(precis_options, weights), 80);
	assert_true(sizeof(precis_options) >= 80 + 32 * sizeof(double));
}

static void test_options_init(void **state)
{
	precis_options o;
	size_t f;

	(void)state;
	memset(&o, 0xff, sizeof(o));
	precis_options_init(&o);
	assert_int_equal(o.size, sizeof(precis_options));
	assert_int_equal(o.sentences, 3);
	for (f = PRECIS_FEATURE_COUNT; f < PRECIS_WEIGHTS_CAPACITY; f++)
		assert_true(o.weights.w[f] == 0.0);
	precis_options_init(NULL); /* ignored, not a crash */
}

/* A size the library does not know is refused, with *out cleared. */
static void test_options_unknown_size(void **state)
{
	const size_t bad[] = { 0,
			       1,
			       sizeof(size_t),
			       sizeof(precis_options) - 8,
			       sizeof(precis_options) + 8,
			       SIZE_MAX };
	precis_ctx *ctx = precis_new("english", NULL);
	precis_summary *sum;
	precis_options o;
	size_t i;

	(void)state;
	assert_non_null(ctx);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		precis_options_init(&o);
		o.size = bad[i];
		sum = (precis_summary *)&o; /* must be overwritten */
		assert_int_equal(precis_summarize(ctx, article,
						  sizeof(article) - 1, &o,
						  &sum),
				 PRECIS_ERR_INVALID);
		assert_null(sum);
	}
	precis_free(ctx);
}

/* The caller's fields are read: a known size, and NULL for the defaults. */
static void test_options_read(void **state)
{
	precis_ctx *ctx = precis_new("english", NULL);
	precis_summary *a, *b;
	precis_options o;

	(void)state;
	assert_non_null(ctx);
	assert_int_equal(precis_summarize(ctx, article, sizeof(article) - 1,
					  NULL, &a),
			 PRECIS_OK);
	/* Four body sentences; three by default. */
	assert_int_equal(precis_summary_sentence_count(a), 4);
	assert_int_equal(precis_summary_count(a), 3);
	precis_options_init(&o);
	o.sentences = 1;
	o.keywords = 2;
	assert_int_equal(precis_summarize(ctx, article, sizeof(article) - 1, &o,
					  &b),
			 PRECIS_OK);
	assert_int_equal(precis_summary_count(b), 1);
	assert_int_equal(precis_summary_keyword_count(b), 2);
	assert_int_equal(precis_summary_keyword_count(a), 0);
	precis_summary_free(a);
	precis_summary_free(b);
	precis_free(ctx);
}

/*
 * A struct of an older, shorter layout: the fields it holds are read, the
 * others take their defaults.  Here the older layout ends before keywords
 * (offset 56 in the LP64 layout), as if keywords and what follows it had
 * been appended later.
 */
static void test_options_older_layout(void **state)
{
	size_t old = offsetof(precis_options, keywords);
	const size_t sizes[] = { sizeof(precis_options), old };
	precis_options in, out, defaults;
	size_t f;

	(void)state;
	precis_options_init(&defaults);
	memset(&in, 0x5a, sizeof(in)); /* what an old program leaves past */
	precis_options_init(&in);
	in.size = old;
	in.sentences = 7;
	in.ratio = 0.5;
	in.method = PRECIS_METHOD_LEAD;
	in.keywords = 9;     /* past the old size: not read */
	in.redundancy = 0.3; /* not read */
	in.weights.w[0] = 42;
	assert_int_equal(precis_options_read_sizes(&in, &out, sizes, 2),
			 PRECIS_OK);
	assert_int_equal(out.size, sizeof(precis_options));
	assert_int_equal(out.sentences, 7);
	assert_true(out.ratio == 0.5);
	assert_int_equal(out.method, PRECIS_METHOD_LEAD);
	assert_int_equal(out.keywords, defaults.keywords);
	assert_true(out.redundancy == defaults.redundancy);
	assert_int_equal(out.max_bytes, defaults.max_bytes);
	for (f = 0; f < PRECIS_WEIGHTS_CAPACITY; f++)
		assert_true(out.weights.w[f] == defaults.weights.w[f]);
	/* Not a known size: refused, out left at the defaults. */
	in.size = old + 8;
	assert_int_equal(precis_options_read_sizes(&in, &out, sizes, 2),
			 PRECIS_ERR_INVALID);
	/* The current size: every field read. */
	precis_options_init(&in);
	in.keywords = 9;
	assert_int_equal(precis_options_read_sizes(&in, &out, sizes, 2),
			 PRECIS_OK);
	assert_int_equal(out.keywords, 9);
}

/* Every accessor given NULL answers as for an empty object. */
static void test_null_accessors(void **state)
{
	precis_detection d;
	size_t off = 7, len = 7;
	double w = 7;

	(void)state;
	assert_null(precis_summary_text(NULL, &len));
	assert_int_equal(len, 0);
	assert_null(precis_summary_text(NULL, NULL));
	assert_int_equal(precis_summary_count(NULL), 0);
	assert_null(precis_summary_at(NULL, 0));
	assert_int_equal(precis_summary_sentence_count(NULL), 0);
	assert_null(precis_summary_sentence(NULL, 0));
	assert_true(precis_summary_feature(NULL, 0, PRECIS_FEATURE_TF) == 0.0);
	assert_false(precis_summary_title(NULL, &off, &len));
	assert_null(precis_summary_language(NULL));
	assert_false(precis_summary_detection(NULL, &d));
	assert_false(precis_summary_converted(NULL));
	assert_int_equal(precis_summary_word_count(NULL), 0);
	assert_int_equal(precis_summary_keyword_count(NULL), 0);
	assert_false(precis_summary_keyword(NULL, 0, &off, &len, &w));
	assert_null(precis_language(NULL));
	precis_summary_free(NULL);
	precis_free(NULL);
	assert_int_equal(precis_fold_space(NULL, 0, NULL, NULL), 0);
}

/* A NULL where a call needs an object is an error, not a crash. */
static void test_null_arguments(void **state)
{
	precis_ctx *ctx = precis_new(NULL, NULL);
	precis_summary *sum = NULL;
	precis_weights w;

	(void)state;
	assert_non_null(ctx);
	assert_string_equal(precis_language(ctx), "english");
	assert_int_equal(precis_summarize(NULL, article, 3, NULL, &sum),
			 PRECIS_ERR_INVALID);
	assert_null(sum);
	assert_int_equal(precis_summarize(ctx, NULL, 3, NULL, &sum),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_summarize(ctx, article, 3, NULL, NULL),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_split(NULL, article, 3, PRECIS_TITLE_NONE,
				      &sum),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_set_stopwords(NULL, "a", 1),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_set_stopwords(ctx, NULL, 0),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_weights_parse(NULL, "tf=1"),
			 PRECIS_ERR_INVALID);
	precis_weights_default(&w);
	assert_int_equal(precis_weights_parse(&w, NULL), PRECIS_ERR_INVALID);
	assert_int_equal(precis_detect(NULL, 0, NULL), PRECIS_ERR_INVALID);
	assert_int_equal(precis_detect(NULL, 5, NULL), PRECIS_ERR_INVALID);
	/* Empty text is a summary without sentences, NULL text included. */
	assert_int_equal(precis_summarize(ctx, NULL, 0, NULL, &sum), PRECIS_OK);
	assert_int_equal(precis_summary_sentence_count(sum), 0);
	assert_null(precis_summary_at(sum, 0));
	precis_summary_free(sum);
	precis_free(ctx);
}

/*
 * Detection names its language by name and code, which agree with the
 * table at the index it reports.
 */
static void test_detection_names(void **state)
{
	static const char german[] =
		"Die Stadt hat am Montag den Hafen wieder geöffnet, nachdem "
		"ein Sturm ihn eine Woche lang geschlossen hatte. Die Fischer "
		"sind mit ihren Booten bei Sonnenaufgang ausgelaufen, und der "
		"Bürgermeister sagte, dass die Reparatur der Mauer noch einen "
		"Monat dauern werde.";
	precis_detection d;

	(void)state;
	assert_int_equal(precis_detect(german, sizeof(german) - 1, &d),
			 PRECIS_OK);
	assert_true(d.reliable);
	assert_string_equal(d.name, "german");
	assert_string_equal(d.code, "de");
	assert_string_equal(precis_language_name(d.language), d.name);
	assert_string_equal(precis_language_code(d.language), d.code);
}

/* The versions of the libraries underneath, by name. */
static void test_dependency_versions(void **state)
{
	const char *v = precis_dependency_version("utf8proc");

	(void)state;
	assert_non_null(v);
	assert_true(v[0] >= '1' && v[0] <= '9' && strchr(v, '.') != NULL);
	assert_non_null(precis_dependency_version("snowball"));
	assert_null(precis_dependency_version("zlib"));
	assert_null(precis_dependency_version(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_options_layout),
		cmocka_unit_test(test_options_init),
		cmocka_unit_test(test_options_unknown_size),
		cmocka_unit_test(test_options_read),
		cmocka_unit_test(test_options_older_layout),
		cmocka_unit_test(test_null_accessors),
		cmocka_unit_test(test_null_arguments),
		cmocka_unit_test(test_detection_names),
		cmocka_unit_test(test_dependency_versions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
