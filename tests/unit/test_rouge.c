/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_rouge.c - the ROUGE scorer against ROUGE-1.5.5's own numbers.
 *
 * The fixture file (JSON Lines, gzip) holds reference/system pairs with the
 * per-document scores and per-sentence tokens that ROUGE-1.5.5 gives them;
 * every record must come out the same here, all nine values to the last
 * printed digit.  Its path is the first argument; without the file the
 * program says so and exits 77, which ctest reports as skipped.  Hand-made
 * cases below check the stemmer, the tokenizer, rounding ties, edge cases
 * and the bootstrap.
 */
#define _XOPEN_SOURCE 700

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>
#include <zlib.h>

#include "alloc.h"
#include "rouge.h"

#define SKIP_EXIT 77

static json_t **records;
static size_t nrecords;

/* Reads the gzip'd JSON Lines file at path.  Returns 0, or -1 if absent. */
static int load_fixtures(const char *path)
{
	gzFile f = gzopen(path, "rb");
	char *buf = NULL, *line, *end;
	size_t len = 0, cap = 0, cap_rec = 0;
	int n;

	if (f == NULL)
		return -1;
	for (;;) {
		if (len + 65536 > cap) {
			cap = cap ? cap * 2 : 1 << 20;
			buf = realloc(buf, cap + 1);
			if (buf == NULL)
				abort();
		}
		n = gzread(f, buf + len, 65536);
		if (n < 0) {
			fprintf(stderr, "%s: read error\n", path);
			exit(1);
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	gzclose(f);
	buf[len] = '\0';
	for (line = buf; line < buf + len; line = end + 1) {
		json_error_t err;
		json_t *rec;

		end = strchr(line, '\n');
		if (end == NULL)
			end = buf + len;
		*end = '\0';
		if (*line == '\0')
			continue;
		rec = json_loads(line, 0, &err);
		if (rec == NULL) {
			fprintf(stderr, "%s: %s\n", path, err.text);
			exit(1);
		}
		if (nrecords == cap_rec) {
			cap_rec = cap_rec ? cap_rec * 2 : 1024;
			records = realloc(records, cap_rec * sizeof(*records));
			if (records == NULL)
				abort();
		}
		records[nrecords++] = rec;
	}
	free(buf);
	return 0;
}

/* The sentences of a JSON array of strings (texts borrowed from it). */
static precis_rouge_text *sentences(json_t *arr, size_t *n)
{
	precis_rouge_text *s;
	size_t i;

	*n = json_array_size(arr);
	s = calloc(*n + 1, sizeof(*s));
	assert_non_null(s);
	for (i = 0; i < *n; i++) {
		json_t *v = json_array_get(arr, i);

		assert_true(json_is_string(v));
		s[i].text = json_string_value(v);
		s[i].length = json_string_length(v);
	}
	return s;
}

static double field(json_t *rec, const char *metric, const char *which)
{
	json_t *v =
		json_object_get(json_object_get(json_object_get(rec, "rouge"),
						metric),
				which);

	assert_true(json_is_number(v));
	return json_number_value(v);
}

static void test_fixture_scores(void **state)
{
	static const char *metric[3] = { "rouge-1", "rouge-2", "rouge-l" };
	static const char *which[3] = { "r", "p", "f" };
	precis_rouge *r = precis_rouge_new(NULL);
	size_t i, bad = 0, values = 0;

	(void)state;
	assert_non_null(r);
	for (i = 0; i < nrecords; i++) {
		json_t *rec = records[i];
		precis_rouge_text *ref, *sys;
		precis_rouge_scores sc;
		const precis_rouge_prf *got[3];
		size_t nref, nsys, m;

		ref = sentences(json_object_get(rec, "reference"), &nref);
		sys = sentences(json_object_get(rec, "system"), &nsys);
		assert_int_equal(precis_rouge_score(r, ref, nref, sys, nsys,
						    &sc),
				 PRECIS_OK);
		got[0] = &sc.rouge1;
		got[1] = &sc.rouge2;
		got[2] = &sc.rougel;
		for (m = 0; m < 3; m++) {
			double v[3] = { got[m]->recall, got[m]->precision,
					got[m]->f };
			size_t k;

			for (k = 0; k < 3; k++) {
				double want = field(rec, metric[m], which[k]);

				values++;
				if (fabs(v[k] - want) < 1e-9)
					continue;
				if (bad++ < 20)
					fprintf(stderr,
						"%s %s %s: got %.5f, "
						"ROUGE %.5f\n",
						json_string_value(
							json_object_get(rec,
									"id")),
						metric[m], which[k], v[k],
						want);
			}
		}
		free(ref);
		free(sys);
	}
	fprintf(stderr,
		"fixture scores: %zu records, %zu values, %zu "
		"differ\n",
		nrecords, values, bad);
	assert_int_equal(bad, 0);
	assert_int_equal(values, nrecords * 9);
	precis_rouge_free(r);
}

/* Collects tokens into a JSON array. */
static int collect(void *arg, const char *tok, size_t len)
{
	return json_array_append_new(arg, json_stringn(tok, len));
}

static size_t check_tokens(precis_rouge *r, json_t *rec, const char *side)
{
	json_t *text = json_object_get(rec, side);
	json_t *want = json_object_get(json_object_get(rec, "tokens"), side);
	size_t i, bad = 0;

	assert_int_equal(json_array_size(text), json_array_size(want));
	for (i = 0; i < json_array_size(text); i++) {
		json_t *s = json_array_get(text, i);
		json_t *got = json_array();

		assert_int_equal(precis_rouge_tokens(r, json_string_value(s),
						     json_string_length(s),
						     collect, got),
				 PRECIS_OK);
		if (!json_equal(got, json_array_get(want, i))) {
			char *g = json_dumps(got, 0);
			char *w = json_dumps(json_array_get(want, i), 0);

			if (bad == 0)
				fprintf(stderr,
					"%s %s[%zu]:\n got  %s\n"
					" want %s\n",
					json_string_value(
						json_object_get(rec, "id")),
					side, i, g, w);
			free(g);
			free(w);
			bad++;
		}
		json_decref(got);
	}
	return bad;
}

static void test_fixture_tokens(void **state)
{
	precis_rouge *r = precis_rouge_new(NULL);
	size_t i, bad = 0;

	(void)state;
	assert_non_null(r);
	for (i = 0; i < nrecords; i++) {
		bad += check_tokens(r, records[i], "reference");
		bad += check_tokens(r, records[i], "system");
	}
	fprintf(stderr,
		"fixture tokens: %zu records, %zu sentences "
		"differ\n",
		nrecords, bad);
	assert_int_equal(bad, 0);
	precis_rouge_free(r);
}

/* The stem of one word, through the same path as scoring. */
static char *stem(precis_rouge *r, const char *word)
{
	json_t *got = json_array();
	char *s;

	assert_int_equal(precis_rouge_tokens(r, word, strlen(word), collect,
					     got),
			 PRECIS_OK);
	assert_int_equal(json_array_size(got), 1);
	s = strdup(json_string_value(json_array_get(got, 0)));
	json_decref(got);
	return s;
}

static void test_stems(void **state)
{
	static const char *const cases[][2] = {
		/* The differences from Snowball's porter. */
		{ "specced", "spec" },
		{ "grokking", "grok" },
		{ "possibly", "possibl" },
		{ "possible", "possibl" },
		{ "assembly", "assembl" },
		{ "accessibly", "access" },
		{ "technology", "technolog" },
		{ "technological", "technolog" },
		{ "biology", "biologi" },
		{ "agreement", "agreem" },
		{ "agree", "agre" },
		{ "agreed", "agre" },
		{ "accidental", "accid" },
		{ "fundamental", "fundam" },
		{ "argument", "argum" },
		{ "element", "elem" },
		{ "commissioner", "commiss" },
		{ "affectionate", "affect" },
		{ "governmental", "govern" },
		/* The classic algorithm. */
		{ "caresses", "caress" },
		{ "ponies", "poni" },
		{ "cats", "cat" },
		{ "feed", "feed" },
		{ "plastered", "plaster" },
		{ "motoring", "motor" },
		{ "conflated", "conflat" },
		{ "hopping", "hop" },
		{ "falling", "fall" },
		{ "filing", "file" },
		{ "happy", "happi" },
		{ "relational", "relat" },
		{ "rational", "ration" },
		{ "hopeful", "hope" },
		{ "goodness", "good" },
		{ "revival", "reviv" },
		{ "adoption", "adopt" },
		{ "controll", "control" },
		{ "rate", "rate" },
		{ "cease", "ceas" },
		{ "youth", "youth" },
		{ "yelling", "yell" },
		{ "1990s", "1990" },
		{ "2005", "2005" },
		/* WordNet exceptions come first and are final. */
		{ "said", "say" },
		{ "went", "go" },
		{ "goes", "go" },
		{ "were", "be" },
		{ "children", "child" },
		{ "data", "datum" },
		{ "media", "medium" },
		{ "best", "well" },
		{ "better", "well" },
		{ "offer", "offer" },
		{ "testes", "testes" },
		{ "runs", "run" },
		{ "lice", "louse" },
		/* Three bytes or fewer are kept as they are. */
		{ "men", "men" },
		{ "ran", "ran" },
		{ "was", "was" },
		{ "cats", "cat" },
		{ "Ms", "ms" },
	};
	precis_rouge *r = precis_rouge_new(NULL);
	size_t i;

	(void)state;
	assert_non_null(r);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *s = stem(r, cases[i][0]);

		if (strcmp(s, cases[i][1]) != 0)
			fail_msg("%s: got %s, want %s", cases[i][0], s,
				 cases[i][1]);
		free(s);
	}
	/* The surface cache must not change anything the second time. */
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *s = stem(r, cases[i][0]);

		assert_string_equal(s, cases[i][1]);
		free(s);
	}
	precis_rouge_free(r);
}

static void test_porter_direct(void **state)
{
	char w[32];
	size_t n;

	(void)state;
	strcpy(w, "generalizations");
	n = precis_rouge_porter(w, strlen(w));
	assert_int_equal(n, 5);
	assert_memory_equal(w, "gener", 5);
	strcpy(w, "oscillators");
	n = precis_rouge_porter(w, strlen(w));
	assert_memory_equal(w, "oscil", n);
	assert_int_equal(n, 5);
	assert_null(precis_rouge_exception("cats", 4));
	assert_string_equal(precis_rouge_exception("geese", 5), "goose");
	/* Six keys of WordNet 3.0 that ROUGE's 2.0 lists do not have. */
	assert_null(precis_rouge_exception("ashes", 5));
	assert_null(precis_rouge_exception("morses", 6));
}

static void test_tokenizer(void **state)
{
	static const char *const cases[][2] = {
		{ "U.S.-based", "[\"u\", \"s\", \"base\"]" },
		{ "$5.3bn", "[\"5\", \"3bn\"]" },
		{ "1,200", "[\"1\", \"200\"]" },
		{ "don't", "[\"don\", \"t\"]" },
		{ "state-of-the-art", "[\"state\", \"of\", \"the\", \"art\"]" },
		{ "caf\xc3\xa9", "[\"caf\"]" },
		{ "S\xc3\xa3o", "[\"s\", \"o\"]" },
		{ "na\xc3\xafve", "[\"na\", \"ve\"]" },
		{ "\xe2\x80\x9cQuote\xe2\x80\x9d", "[\"quot\"]" },
		{ "AT&amp;T", "[\"at\", \"amp\", \"t\"]" },
		{ "\xe4\xb8\xad\xe6\x96\x87 ...", "[]" },
		{ "", "[]" },
	};
	precis_rouge *r = precis_rouge_new(NULL);
	size_t i;

	(void)state;
	assert_non_null(r);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *got = json_array();
		json_t *want = json_loads(cases[i][1], 0, NULL);

		assert_non_null(want);
		assert_int_equal(precis_rouge_tokens(r, cases[i][0],
						     strlen(cases[i][0]),
						     collect, got),
				 PRECIS_OK);
		if (!json_equal(got, want)) {
			char *g = json_dumps(got, 0);

			fail_msg("%s: got %s, want %s", cases[i][0], g,
				 cases[i][1]);
		}
		json_decref(got);
		json_decref(want);
	}
	precis_rouge_free(r);
}

static void test_round5(void **state)
{
	(void)state;
	/* Exact binary ties round half to even, as printf does. */
	assert_true(precis_rouge_round5(1.0 / 64) == 0.01562);
	assert_true(precis_rouge_round5(5.0 / 64) == 0.07812);
	assert_true(precis_rouge_round5(2.0 / 3) == 0.66667);
	assert_true(precis_rouge_round5(1.0) == 1.0);
	assert_true(precis_rouge_round5(0.0) == 0.0);
}

static precis_rouge_text T(const char *s)
{
	precis_rouge_text t = { s, strlen(s) };

	return t;
}

static void assert_prf(const precis_rouge_prf *p, double r, double pr, double f)
{
	if (fabs(p->recall - r) > 1e-12 || fabs(p->precision - pr) > 1e-12 ||
	    fabs(p->f - f) > 1e-12)
		fail_msg("got %.5f %.5f %.5f, want %.5f %.5f %.5f", p->recall,
			 p->precision, p->f, r, pr, f);
}

static void test_edge_cases(void **state)
{
	precis_rouge *r = precis_rouge_new(NULL);
	precis_rouge_text ref[2] = { T("The cat sat on the mat."),
				     T("It was happy.") };
	precis_rouge_text one = T("Hello!");
	precis_rouge_text punct = T("... !!!");
	precis_rouge_scores sc;

	(void)state;
	assert_non_null(r);
	/* Identical summaries. */
	assert_int_equal(precis_rouge_score(r, ref, 2, ref, 2, &sc), PRECIS_OK);
	assert_prf(&sc.rouge1, 1, 1, 1);
	assert_prf(&sc.rouge2, 1, 1, 1);
	assert_prf(&sc.rougel, 1, 1, 1);
	/* A one-token summary has no bigram. */
	assert_int_equal(precis_rouge_score(r, &one, 1, &one, 1, &sc),
			 PRECIS_OK);
	assert_prf(&sc.rouge1, 1, 1, 1);
	assert_prf(&sc.rouge2, 0, 0, 0);
	assert_prf(&sc.rougel, 1, 1, 1);
	/* An empty system summary, or one without tokens. */
	assert_int_equal(precis_rouge_score(r, ref, 2, NULL, 0, &sc),
			 PRECIS_OK);
	assert_prf(&sc.rouge1, 0, 0, 0);
	assert_prf(&sc.rougel, 0, 0, 0);
	assert_int_equal(precis_rouge_score(r, ref, 2, &punct, 1, &sc),
			 PRECIS_OK);
	assert_prf(&sc.rouge2, 0, 0, 0);
	/* A reference without tokens has no ROUGE score. */
	assert_int_equal(precis_rouge_score(r, &punct, 1, ref, 2, &sc),
			 PRECIS_ERR_EMPTY_REFERENCE);
	assert_int_equal(precis_rouge_score(r, NULL, 0, ref, 2, &sc),
			 PRECIS_ERR_EMPTY_REFERENCE);
	/* Bad arguments. */
	assert_int_equal(precis_rouge_score(NULL, ref, 2, ref, 2, &sc),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_rouge_score(r, ref, 2, ref, 2, NULL),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_rouge_score(r, NULL, 1, ref, 2, &sc),
			 PRECIS_ERR_INVALID);
	precis_rouge_free(NULL);
	precis_rouge_free(r);
}

static void test_counts(void **state)
{
	precis_rouge *r = precis_rouge_new(NULL);
	precis_rouge_text ref = T("a b c d e f g h");
	precis_rouge_text sys = T("a b x d");
	precis_rouge_text ref2[2] = { T("a b"), T("c d") };
	precis_rouge_text joined = T("a b\nc d");
	precis_rouge_text sys2 = T("b a d c");
	precis_rouge_scores sc, sc2;

	(void)state;
	assert_non_null(r);
	/* ROUGE-1: 3 of 8 and 3 of 4; ROUGE-2: 1 of 7 and 1 of 3. */
	assert_int_equal(precis_rouge_score(r, &ref, 1, &sys, 1, &sc),
			 PRECIS_OK);
	assert_prf(&sc.rouge1, 0.375, 0.75, 0.5);
	assert_prf(&sc.rouge2, 0.14286, 0.33333, 0.2);
	assert_prf(&sc.rougel, 0.375, 0.75, 0.5);
	/*
	 * A line break inside a sentence splits it, as in ROUGE's files:
	 * the LCS is then taken per line (a b, c d against b a d c gives
	 * one hit per line), while n-grams run across lines.
	 */
	assert_int_equal(precis_rouge_score(r, ref2, 2, &sys2, 1, &sc),
			 PRECIS_OK);
	assert_int_equal(precis_rouge_score(r, &joined, 1, &sys2, 1, &sc2),
			 PRECIS_OK);
	assert_memory_equal(&sc, &sc2, sizeof(sc));
	assert_prf(&sc.rougel, 0.5, 0.5, 0.5);
	assert_prf(&sc.rouge1, 1, 1, 1);
	precis_rouge_free(r);
}

/* The bootstrap recomputed with the C library's drand48. */
static void bootstrap_reference(const double *v, size_t n, size_t resamples,
				double *avg, double *lo, double *hi)
{
	double *means = malloc(resamples * sizeof(*means)), sum = 0;
	size_t s, i;

	assert_non_null(means);
	for (s = 0; s < resamples; s++) {
		double t = 0;

		srand48((long)s);
		for (i = 0; i < n; i++)
			t += v[(size_t)(drand48() * (double)n)];
		means[s] = t / (double)n;
	}
	/* Insertion sort: small and obviously right. */
	for (s = 1; s < resamples; s++) {
		double x = means[s];

		for (i = s; i > 0 && means[i - 1] > x; i--)
			means[i] = means[i - 1];
		means[i] = x;
	}
	for (s = 0; s < resamples; s++)
		sum += means[s];
	*avg = precis_rouge_round5(sum / (double)resamples);
	/* -c 95 -r 1000: the 26th and the 975th of the sorted means. */
	*lo = precis_rouge_round5(means[25]);
	*hi = precis_rouge_round5(means[974]);
	free(means);
}

static void test_bootstrap(void **state)
{
	double v[37], avg, lo, hi;
	precis_rouge_interval ci, ci2;
	size_t i;

	(void)state;
	for (i = 0; i < 37; i++)
		v[i] = precis_rouge_round5((double)((i * 7919) % 101) / 101);
	assert_int_equal(precis_rouge_bootstrap(v, 37, 1000, 95, &ci),
			 PRECIS_OK);
	bootstrap_reference(v, 37, 1000, &avg, &lo, &hi);
	assert_true(ci.average == avg);
	assert_true(ci.low == lo);
	assert_true(ci.high == hi);
	assert_true(ci.low <= ci.average && ci.average <= ci.high);
	assert_true(fabs(ci.mean - ci.average) < 0.02);
	/* Deterministic. */
	assert_int_equal(precis_rouge_bootstrap(v, 37, 1000, 95, &ci2),
			 PRECIS_OK);
	assert_memory_equal(&ci, &ci2, sizeof(ci));
	/* Constant values. */
	for (i = 0; i < 37; i++)
		v[i] = 0.25;
	assert_int_equal(precis_rouge_bootstrap(v, 37, 1000, 95, &ci),
			 PRECIS_OK);
	assert_true(ci.average == 0.25 && ci.low == 0.25 && ci.high == 0.25 &&
		    ci.mean == 0.25);
	/* No values, bad arguments. */
	assert_int_equal(precis_rouge_bootstrap(NULL, 0, 1000, 95, &ci),
			 PRECIS_OK);
	assert_true(ci.average == 0 && ci.low == 0 && ci.high == 0);
	assert_int_equal(precis_rouge_bootstrap(NULL, 3, 1000, 95, &ci),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_rouge_bootstrap(v, 3, 0, 95, &ci),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_rouge_bootstrap(v, 3, 1000, 101, &ci),
			 PRECIS_ERR_INVALID);
	assert_int_equal(precis_rouge_bootstrap(v, 3, 1000, 95, NULL),
			 PRECIS_ERR_INVALID);
}

#ifdef PRECIS_ALLOC_TESTING
/* Every allocation failure gives PRECIS_ERR_NOMEM, never a crash or leak. */
static void test_alloc_failures(void **state)
{
	precis_rouge_text ref[2] = {
		T("Quarterly profits rose sharply."),
		T("The children went home, said Ms Lee."),
	};
	precis_rouge_text sys = T("Profits rose; the children said so.");
	unsigned long n;

	(void)state;
	for (n = 1;; n++) {
		precis_status st;
		precis_rouge *r;
		precis_rouge_scores sc;

		precis_alloc_fail_at(n);
		r = precis_rouge_new(&st);
		if (r == NULL) {
			assert_int_equal(st, PRECIS_ERR_NOMEM);
			continue;
		}
		st = precis_rouge_score(r, ref, 2, &sys, 1, &sc);
		/* A failed call leaves a usable scorer. */
		precis_alloc_fail_at(0);
		if (st == PRECIS_OK) {
			precis_rouge_free(r);
			break;
		}
		assert_int_equal(st, PRECIS_ERR_NOMEM);
		assert_int_equal(precis_rouge_score(r, ref, 2, &sys, 1, &sc),
				 PRECIS_OK);
		assert_true(sc.rouge1.recall > 0);
		precis_rouge_free(r);
	}
	precis_alloc_fail_at(0);
}
#endif

int main(int argc, char **argv)
{
	const struct CMUnitTest fixture_tests[] = {
		cmocka_unit_test(test_fixture_tokens),
		cmocka_unit_test(test_fixture_scores),
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stems),
		cmocka_unit_test(test_porter_direct),
		cmocka_unit_test(test_tokenizer),
		cmocka_unit_test(test_round5),
		cmocka_unit_test(test_edge_cases),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_bootstrap),
#ifdef PRECIS_ALLOC_TESTING
		cmocka_unit_test(test_alloc_failures),
#endif
	};
	int failed;
	size_t i;

	if (argc < 2) {
		fprintf(stderr, "usage: %s ROUGE-FIXTURES.jsonl.gz\n", argv[0]);
		return 2;
	}
	failed = cmocka_run_group_tests_name("rouge", tests, NULL, NULL);
	if (failed)
		return 1;
	if (load_fixtures(argv[1]) != 0) {
		printf("%s: fixture file not found: the ROUGE-1.5.5 fixture "
		       "tests are skipped (set PRECIS_DATA_DIR)\n",
		       argv[1]);
		return SKIP_EXIT;
	}
	failed = cmocka_run_group_tests_name("rouge_fixtures", fixture_tests,
					     NULL, NULL);
	for (i = 0; i < nrecords; i++)
		json_decref(records[i]);
	free(records);
	return failed ? 1 : 0;
}
