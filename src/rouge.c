/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * rouge.c - ROUGE-1, ROUGE-2 and summary-level ROUGE-L, digit for digit as
 * the ROUGE-1.5.5 Perl script computes them with stemming (-m), plus its
 * bootstrap averages.
 *
 * The idea: every token is turned into a small integer once.  A scorer
 * keeps a hash (uthash) from each surface token it has met to the id of its
 * stem, so a word is lower-cased, looked up in WordNet's exception lists and
 * Porter-stemmed only the first time; after that a document is two arrays
 * of ids.  N-gram counts are then sorted arrays of ids (a bigram is two ids
 * packed in 64 bits) merged in one pass, which gives the clipped hit count
 * without a per-document table.  ROUGE-L needs an LCS table per pair of
 * reference and system sentences, which is what ROUGE itself does; the
 * per-id unigram budgets that clip its hits live in arrays indexed by id
 * and are reset token by token after each document.
 *
 * The Porter stemmer is not the Snowball one: ROUGE ships its own Perl
 * version of the 1980 algorithm, with `bli` -> `ble` and `logi` -> `log` in
 * step 2, undoubling of every consonant but l, s and z in step 1b, and a
 * step 4 that may remove -ment, then -ent or -ion, after another suffix.
 * Its conditions are Perl regular expressions over the classes below; they
 * are matched here by a tiny NFA over the same classes, so that the odd
 * cases (a y that may be read as vowel or consonant) come out the same.
 */
#include "rouge.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "alloc.h"
#include "hash.h"

#define NO_STEM UINT32_MAX

/* ---------------------------------------------------------------------- */
/* Rounding.                                                               */

double precis_rouge_round5(double x)
{
	char buf[64];

	/*
	 * ROUGE prints with "%7.5f" and goes on with the printed number;
	 * reading it back with strtod() in the same locale gives the same
	 * double, ties rounded to even on the exact binary value.
	 */
	snprintf(buf, sizeof(buf), "%.5f", x);
	return strtod(buf, NULL);
}

/* R, P and F from hit and count totals, as ROUGE-1.5.5 rounds them. */
static precis_rouge_prf prf(size_t hits, size_t ref_count, size_t sys_count)
{
	precis_rouge_prf s;
	double alpha = 0.5;

	s.recall =
		ref_count ?
			precis_rouge_round5((double)hits / (double)ref_count) :
			0.0;
	s.precision =
		sys_count ?
			precis_rouge_round5((double)hits / (double)sys_count) :
			0.0;
	if ((1 - alpha) * s.precision + alpha * s.recall > 0)
		s.f = precis_rouge_round5(
			s.precision * s.recall /
			((1 - alpha) * s.precision + alpha * s.recall));
	else
		s.f = 0.0;
	return s;
}

/* ---------------------------------------------------------------------- */
/* WordNet exceptions.                                                     */

struct exc_key {
	const char *s;
	size_t len;
};

static int exc_cmp(const void *a, const void *b)
{
	const struct exc_key *k = a;
	const struct precis_rouge_exc *e = b;
	size_t elen = strlen(e->key);
	int c = memcmp(k->s, e->key, k->len < elen ? k->len : elen);

	if (c != 0)
		return c;
	return (k->len > elen) - (k->len < elen);
}

const char *precis_rouge_exception(const char *tok, size_t len)
{
	struct exc_key k = { tok, len };
	const struct precis_rouge_exc *e;

	e = bsearch(&k, precis_rouge_exc, precis_rouge_exc_count,
		    sizeof(*precis_rouge_exc), exc_cmp);
	return e ? e->base : NULL;
}

/* ---------------------------------------------------------------------- */
/* Porter stemmer.                                                         */

/* The character classes of ROUGE's stemmer patterns. */
enum cls {
	CL_C,   /* [^aeiou]: a consonant (y included) */
	CL_NY,  /* [^aeiouy]: the rest of a consonant run */
	CL_V,   /* [aeiouy]: a vowel (y included) */
	CL_VS,  /* [aeiou]: the rest of a vowel run */
	CL_END, /* [^aeiouwxy]: the last letter of *o */
};

static int in_class(enum cls cl, unsigned char ch)
{
	int vowel =
		ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';

	switch (cl) {
	case CL_C:
		return !vowel;
	case CL_NY:
		return !vowel && ch != 'y';
	case CL_V:
		return vowel || ch == 'y';
	case CL_VS:
		return vowel;
	case CL_END:
		return !vowel && ch != 'w' && ch != 'x' && ch != 'y';
	}
	return 0;
}

/*
 * One element of a pattern anchored at the start: a class matched once or
 * (star) any number of times; skip > 0 marks the first atom of an optional
 * group of that many atoms.
 */
struct atom {
	unsigned char cl;
	unsigned char star;
	unsigned char skip;
};

#define MAX_ATOMS 16

struct pattern {
	struct atom a[MAX_ATOMS];
	unsigned n;
	int anchored_end; /* the pattern ends with $ */
};

/*
 * The patterns of ROUGE's stemmer, with C = c[^aeiouy]* (consonant run)
 * and V = v[aeiou]* (vowel run).
 */
#define OPT_C                                                                  \
	{ CL_C, 0, 2 },                                                        \
	{                                                                      \
		CL_NY, 1, 0                                                    \
	}
#define ATOM_C                                                                 \
	{ CL_C, 0, 0 },                                                        \
	{                                                                      \
		CL_NY, 1, 0                                                    \
	}
#define ATOM_V                                                                 \
	{ CL_V, 0, 0 },                                                        \
	{                                                                      \
		CL_VS, 1, 0                                                    \
	}

/* ^(C)?VC: m > 0 */
static const struct pattern p_mgr0 = { { OPT_C, ATOM_V, ATOM_C }, 6, 0 };

/* ^(C)?VC(V)?$: m = 1 */
static const struct pattern p_meq1 = {
	{ OPT_C, ATOM_V, ATOM_C, { CL_V, 0, 2 }, { CL_VS, 1, 0 } }, 8, 1
};

/* ^(C)?VCVC: m > 1 */
static const struct pattern p_mgr1 = {
	{ OPT_C, ATOM_V, ATOM_C, ATOM_V, ATOM_C }, 10, 0
};

/* ^(C)?v: a vowel in the stem */
static const struct pattern p_hasv = { { OPT_C, { CL_V, 0, 0 } }, 3, 0 };

/* ^Cv[^aeiouwxy]$: *o for a one-syllable stem */
static const struct pattern p_cvc = {
	{ ATOM_C, { CL_V, 0, 0 }, { CL_END, 0, 0 } }, 4, 1
};

/* Adds to set the states reachable from it without reading a byte. */
static uint32_t closure(const struct pattern *p, uint32_t set)
{
	unsigned i;

	/* Every move goes forward, so one pass in order suffices. */
	for (i = 0; i < p->n; i++) {
		if (!(set & (1u << i)))
			continue;
		if (p->a[i].star)
			set |= 1u << (i + 1);
		if (p->a[i].skip)
			set |= 1u << (i + p->a[i].skip);
	}
	return set;
}

/* Whether w[0..len) matches p (a prefix of it, if p is not anchored). */
static int match(const struct pattern *p, const char *w, size_t len)
{
	uint32_t accept = 1u << p->n;
	uint32_t set = closure(p, 1);
	size_t k;
	unsigned i;

	for (k = 0; k < len; k++) {
		uint32_t next = 0;

		if (!p->anchored_end && (set & accept))
			return 1;
		for (i = 0; i < p->n; i++) {
			if (!(set & (1u << i)) ||
			    !in_class(p->a[i].cl, (unsigned char)w[k]))
				continue;
			next |= p->a[i].star ? 1u << i : 1u << (i + 1);
		}
		set = closure(p, next);
		if (set == 0)
			return 0;
	}
	return (set & accept) != 0;
}

static int ends(const char *w, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);

	return len >= n && memcmp(w + len - n, suffix, n) == 0;
}

struct rule {
	const char *suffix;
	const char *repl;
};

/* Step 2 and 3 rules; the longest matching suffix is the one tried. */
static const struct rule step2[] = {
	{ "ational", "ate" }, { "tional", "tion" }, { "enci", "ence" },
	{ "anci", "ance" },   { "izer", "ize" },    { "bli", "ble" },
	{ "alli", "al" },     { "entli", "ent" },   { "eli", "e" },
	{ "ousli", "ous" },   { "ization", "ize" }, { "ation", "ate" },
	{ "ator", "ate" },    { "alism", "al" },    { "iveness", "ive" },
	{ "fulness", "ful" }, { "ousness", "ous" }, { "aliti", "al" },
	{ "iviti", "ive" },   { "biliti", "ble" },  { "logi", "log" },
	{ NULL, NULL }
};

static const struct rule step3[] = { { "icate", "ic" }, { "ative", "" },
				     { "alize", "al" }, { "iciti", "ic" },
				     { "ical", "ic" },  { "ful", "" },
				     { "ness", "" },    { NULL, NULL } };

/* The first pass of step 4: suffixes removed when m > 1. */
static const struct rule step4[] = {
	{ "al", "" },    { "ance", "" }, { "ence", "" }, { "er", "" },
	{ "ic", "" },    { "able", "" }, { "ible", "" }, { "ant", "" },
	{ "ement", "" }, { "ou", "" },   { "ism", "" },  { "ate", "" },
	{ "iti", "" },   { "ous", "" },  { "ive", "" },  { "ize", "" },
	{ NULL, NULL }
};

static const struct rule *longest(const struct rule *rules, const char *w,
				  size_t len)
{
	const struct rule *best = NULL;

	for (; rules->suffix; rules++)
		if (ends(w, len, rules->suffix) &&
		    (best == NULL ||
		     strlen(rules->suffix) > strlen(best->suffix)))
			best = rules;
	return best;
}

/*
 * Replaces the longest suffix of w among rules by its replacement if what
 * precedes it matches cond.  The replacement is never longer.
 */
static void replace_rule(const struct rule *rules, const struct pattern *cond,
			 char *w, size_t *len)
{
	const struct rule *r = longest(rules, w, *len);
	size_t stem, rl;

	if (r == NULL)
		return;
	stem = *len - strlen(r->suffix);
	if (!match(cond, w, stem))
		return;
	rl = strlen(r->repl);
	memcpy(w + stem, r->repl, rl);
	*len = stem + rl;
}

/* Removes suffix from w if w ends with it and the rest has m > 1. */
static int strip_mgr1(char *w, size_t *len, const char *suffix)
{
	size_t n = strlen(suffix);

	if (!ends(w, *len, suffix) || !match(&p_mgr1, w, *len - n))
		return 0;
	*len -= n;
	return 1;
}

size_t precis_rouge_porter(char *w, size_t len)
{
	int first_y;
	size_t stem;

	if (len < 3)
		return len;
	/* An initial y is a consonant for every pattern. */
	first_y = w[0] == 'y';
	if (first_y)
		w[0] = 'Y';

	/* Step 1a. */
	if (ends(w, len, "sses") || ends(w, len, "ies"))
		len -= 2;
	else if (len >= 2 && w[len - 1] == 's' && w[len - 2] != 's')
		len--;

	/* Step 1b. */
	if (ends(w, len, "eed")) {
		if (match(&p_mgr0, w, len - 3))
			len--;
	} else if (ends(w, len, "ed") || ends(w, len, "ing")) {
		stem = len - (ends(w, len, "ed") ? 2 : 3);
		if (match(&p_hasv, w, stem)) {
			len = stem;
			if (ends(w, len, "at") || ends(w, len, "bl") ||
			    ends(w, len, "iz"))
				w[len++] = 'e';
			else if (len >= 2 && w[len - 1] == w[len - 2] &&
				 !strchr("aeiouylsz", w[len - 1]))
				len--;
			else if (match(&p_cvc, w, len))
				w[len++] = 'e';
		}
	}

	/* Step 1c. */
	if (len >= 1 && w[len - 1] == 'y' && match(&p_hasv, w, len - 1))
		w[len - 1] = 'i';

	/* Steps 2 and 3. */
	replace_rule(step2, &p_mgr0, w, &len);
	replace_rule(step3, &p_mgr0, w, &len);

	/* Step 4, in ROUGE's three tries. */
	replace_rule(step4, &p_mgr1, w, &len);
	strip_mgr1(w, &len, "ment");
	if (ends(w, len, "ent")) {
		strip_mgr1(w, &len, "ent");
	} else if (ends(w, len, "sion") || ends(w, len, "tion")) {
		if (match(&p_mgr1, w, len - 3))
			len -= 3;
	}

	/* Step 5. */
	if (len >= 1 && w[len - 1] == 'e') {
		stem = len - 1;
		if (match(&p_mgr1, w, stem) ||
		    (match(&p_meq1, w, stem) && !match(&p_cvc, w, stem)))
			len = stem;
	}
	if (ends(w, len, "ll") && match(&p_mgr1, w, len))
		len--;

	if (first_y)
		w[0] = 'y';
	return len;
}

/* ---------------------------------------------------------------------- */
/* The scorer.                                                             */

/* A token string: a surface form, a stem, or both. */
struct word {
	UT_hash_handle hh;
	uint32_t id;
	uint32_t stem; /* id of the stem of this surface form, or NO_STEM */
	size_t len;
	char key[];
};

/* A growable array of token ids. */
struct ids {
	uint32_t *v;
	size_t n, cap;
};

/* A summary as token ids, with the start of every sentence. */
struct doc {
	struct ids tok;
	size_t *start; /* sentence i is tok.v[start[i] .. start[i + 1]) */
	size_t nsent, cap;
};

struct precis_rouge {
	struct word *words; /* every string met, by key */
	struct word **byid; /* the same, by id */
	size_t nid, capid;

	/* Per-id unigram budgets for ROUGE-L, all zero between documents. */
	uint32_t *ref_budget, *sys_budget;
	size_t capref, capsys;

	struct doc ref, sys;
	uint64_t *ga, *gb; /* n-gram keys */
	size_t capga, capgb;
	unsigned char *dir; /* LCS back-pointers */
	size_t capdir;
	uint32_t *row; /* two rows of LCS lengths */
	size_t caprow;
	unsigned char *mask; /* hit mask of one reference sentence */
	size_t capmask;
	char *buf; /* a token being stemmed */
	size_t capbuf;
};

precis_rouge *precis_rouge_new(precis_status *status)
{
	precis_rouge *r = precis_calloc(1, sizeof(*r));

	if (status)
		*status = r ? PRECIS_OK : PRECIS_ERR_NOMEM;
	return r;
}

static void doc_free(struct doc *d)
{
	precis_dealloc(d->tok.v);
	precis_dealloc(d->start);
}

void precis_rouge_free(precis_rouge *r)
{
	struct word *w, *tmp;

	if (r == NULL)
		return;
	HASH_ITER(hh, r->words, w, tmp) {
		HASH_DEL(r->words, w);
		precis_dealloc(w);
	}
	precis_dealloc(r->byid);
	precis_dealloc(r->ref_budget);
	precis_dealloc(r->sys_budget);
	doc_free(&r->ref);
	doc_free(&r->sys);
	precis_dealloc(r->ga);
	precis_dealloc(r->gb);
	precis_dealloc(r->dir);
	precis_dealloc(r->row);
	precis_dealloc(r->mask);
	precis_dealloc(r->buf);
	precis_dealloc(r);
}

/*
 * Finds the word s[0..len), adding it if new.  Returns NULL when out of
 * memory or out of ids.
 */
static struct word *intern(precis_rouge *r, const char *s, size_t len)
{
	struct word *w;
	bool hash_oom = false;

	HASH_FIND(hh, r->words, s, len, w);
	if (w)
		return w;
	if (r->nid >= NO_STEM || len > SIZE_MAX - sizeof(*w) - 1)
		return NULL;
	if (precis_grow((void **)&r->byid, &r->capid, r->nid + 1,
			sizeof(*r->byid)) != 0)
		return NULL;
	w = precis_malloc(sizeof(*w) + len + 1);
	if (w == NULL)
		return NULL;
	memset(w, 0, sizeof(*w));
	w->id = (uint32_t)r->nid;
	w->stem = NO_STEM;
	w->len = len;
	memcpy(w->key, s, len);
	w->key[len] = '\0';
	HASH_ADD_KEYPTR(hh, r->words, w->key, len, w);
	if (hash_oom) {
		precis_dealloc(w);
		return NULL;
	}
	r->byid[r->nid++] = w;
	return w;
}

/*
 * The stem id of the lower-case surface token s[0..len), which may lie in
 * r->buf.  Returns 0, or -1 when out of memory.
 */
static int stem_id(precis_rouge *r, const char *s, size_t len, uint32_t *id)
{
	struct word *w = intern(r, s, len), *st;
	const char *base;

	if (w == NULL)
		return -1;
	if (w->stem != NO_STEM) {
		*id = w->stem;
		return 0;
	}
	/* From here on s may be stale: work on the word's own copy. */
	if (len <= 3) {
		st = w;
	} else if ((base = precis_rouge_exception(w->key, len)) != NULL) {
		st = intern(r, base, strlen(base));
	} else {
		size_t n;

		if (precis_grow((void **)&r->buf, &r->capbuf, len + 1, 1))
			return -1;
		memcpy(r->buf, w->key, len);
		n = precis_rouge_porter(r->buf, len);
		st = intern(r, r->buf, n);
	}
	if (st == NULL)
		return -1;
	w->stem = st->id;
	*id = st->id;
	return 0;
}

static int is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/*
 * Calls fn(arg, id) for every token of text[0..len) and nl(arg) at every
 * line break.  Tokens are the runs of ASCII letters and digits; every other
 * byte separates them.  Returns 0, -1 when out of memory, or what a
 * callback returned.
 */
static int scan(precis_rouge *r, const char *text, size_t len,
		int (*fn)(void *arg, uint32_t id), int (*nl)(void *arg),
		void *arg)
{
	size_t i = 0, j;
	int rc;

	while (i < len) {
		unsigned char c = (unsigned char)text[i];

		if (!is_alnum(c)) {
			if (c == '\n' && nl && (rc = nl(arg)) != 0)
				return rc;
			i++;
			continue;
		}
		for (j = i; j < len && is_alnum((unsigned char)text[j]); j++)
			;
		{
			uint32_t id;
			size_t k;

			if (precis_grow((void **)&r->buf, &r->capbuf, j - i + 1,
					1))
				return -1;
			for (k = i; k < j; k++) {
				c = (unsigned char)text[k];
				r->buf[k - i] = (char)(c >= 'A' && c <= 'Z' ?
							       c - 'A' + 'a' :
							       c);
			}
			if (stem_id(r, r->buf, j - i, &id) != 0)
				return -1;
			if ((rc = fn(arg, id)) != 0)
				return rc;
		}
		i = j;
	}
	return 0;
}

static int ids_push(struct ids *a, uint32_t id)
{
	if (precis_grow((void **)&a->v, &a->cap, a->n + 1, sizeof(*a->v)))
		return -1;
	a->v[a->n++] = id;
	return 0;
}

/* Starts a new sentence of d at the current token. */
static int sent_open(struct doc *d)
{
	if (precis_grow((void **)&d->start, &d->cap, d->nsent + 2,
			sizeof(*d->start)))
		return -1;
	d->start[d->nsent++] = d->tok.n;
	d->start[d->nsent] = d->tok.n;
	return 0;
}

static int doc_token(void *arg, uint32_t id)
{
	struct doc *d = arg;

	if (ids_push(&d->tok, id))
		return -1;
	d->start[d->nsent] = d->tok.n;
	return 0;
}

static int doc_newline(void *arg)
{
	return sent_open(arg);
}

/* Turns the sentences s[0..n) into d.  Returns 0 or -1 (out of memory). */
static int doc_build(precis_rouge *r, struct doc *d, const precis_rouge_text *s,
		     size_t n)
{
	size_t i;

	d->tok.n = 0;
	d->nsent = 0;
	if (precis_grow((void **)&d->start, &d->cap, 1, sizeof(*d->start)))
		return -1;
	d->start[0] = 0;
	for (i = 0; i < n; i++) {
		if (sent_open(d) || scan(r, s[i].text, s[i].length, doc_token,
					 doc_newline, d) != 0)
			return -1;
	}
	return 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/*
 * Sorted keys of the n-grams (n = 1 or 2) of the tokens of d, which run
 * across sentence boundaries as in ROUGE.  Returns their number, or
 * SIZE_MAX when out of memory.
 */
static size_t grams(const struct doc *d, unsigned n, uint64_t **keys,
		    size_t *cap)
{
	size_t i, count;

	if (d->tok.n < n)
		return 0;
	count = d->tok.n - n + 1;
	if (precis_grow((void **)keys, cap, count, sizeof(**keys)))
		return SIZE_MAX;
	for (i = 0; i < count; i++)
		(*keys)[i] =
			n == 1 ? d->tok.v[i] :
				 (uint64_t)d->tok.v[i] << 32 | d->tok.v[i + 1];
	qsort(*keys, count, sizeof(**keys), cmp_u64);
	return count;
}

/* ROUGE-N for n = 1 or 2.  Returns 0 or -1 (out of memory). */
static int rouge_n(precis_rouge *r, unsigned n, precis_rouge_prf *out)
{
	size_t na, nb, i = 0, j = 0, hits = 0;

	na = grams(&r->ref, n, &r->ga, &r->capga);
	nb = grams(&r->sys, n, &r->gb, &r->capgb);
	if (na == SIZE_MAX || nb == SIZE_MAX)
		return -1;
	/* Merging two sorted multisets counts sum(min(count_a, count_b)). */
	while (i < na && j < nb) {
		if (r->ga[i] < r->gb[j]) {
			i++;
		} else if (r->ga[i] > r->gb[j]) {
			j++;
		} else {
			hits++;
			i++;
			j++;
		}
	}
	*out = prf(hits, na, nb);
	return 0;
}

static size_t longest_sentence(const struct doc *d)
{
	size_t i, m = 0;

	for (i = 0; i < d->nsent; i++)
		if (d->start[i + 1] - d->start[i] > m)
			m = d->start[i + 1] - d->start[i];
	return m;
}

/* Grows *a, of *cap elements kept all zero, to at least need elements. */
static int grow_zeroed(uint32_t **a, size_t *cap, size_t need)
{
	size_t old = *cap;

	if (precis_grow((void **)a, cap, need, sizeof(**a)))
		return -1;
	if (*cap > old)
		memset(*a + old, 0, (*cap - old) * sizeof(**a));
	return 0;
}

enum { DIR_DIAG = 1, DIR_UP, DIR_LEFT };

/*
 * Marks in r->mask the tokens of a[0..m) on the LCS of a and b[0..n) that
 * ROUGE's back-pointer walk finds (ties prefer moving up).
 */
static void lcs_mark(precis_rouge *r, const uint32_t *a, size_t m,
		     const uint32_t *b, size_t n)
{
	uint32_t *prev = r->row, *cur = r->row + n + 1, *t;
	unsigned char *dir = r->dir;
	size_t i, j;

	memset(prev, 0, (n + 1) * sizeof(*prev));
	for (i = 1; i <= m; i++) {
		cur[0] = 0;
		for (j = 1; j <= n; j++) {
			unsigned char d;

			if (a[i - 1] == b[j - 1]) {
				cur[j] = prev[j - 1] + 1;
				d = DIR_DIAG;
			} else if (prev[j] >= cur[j - 1]) {
				cur[j] = prev[j];
				d = DIR_UP;
			} else {
				cur[j] = cur[j - 1];
				d = DIR_LEFT;
			}
			dir[(i - 1) * n + (j - 1)] = d;
		}
		t = prev;
		prev = cur;
		cur = t;
	}
	i = m;
	j = n;
	while (i > 0 && j > 0) {
		switch (dir[(i - 1) * n + (j - 1)]) {
		case DIR_DIAG:
			i--;
			j--;
			r->mask[i] = 1;
			break;
		case DIR_UP:
			i--;
			break;
		default:
			j--;
			break;
		}
	}
}

/* Summary-level union-LCS ROUGE-L.  Returns 0 or -1 (out of memory). */
static int rouge_l(precis_rouge *r, precis_rouge_prf *out)
{
	const struct doc *ref = &r->ref, *sys = &r->sys;
	size_t mmax = longest_sentence(ref), nmax = longest_sentence(sys);
	size_t i, j, k, hits = 0;

	/* Everything is allocated before the budgets are touched. */
	if (nmax > 0 && mmax > SIZE_MAX / nmax)
		return -1;
	if (nmax >= SIZE_MAX / 2 - 1)
		return -1;
	if (precis_grow((void **)&r->dir, &r->capdir, mmax * nmax + 1, 1) ||
	    precis_grow((void **)&r->row, &r->caprow, 2 * (nmax + 1),
			sizeof(*r->row)) ||
	    precis_grow((void **)&r->mask, &r->capmask, mmax + 1, 1) ||
	    grow_zeroed(&r->ref_budget, &r->capref, r->nid) ||
	    grow_zeroed(&r->sys_budget, &r->capsys, r->nid))
		return -1;
	for (k = 0; k < ref->tok.n; k++)
		r->ref_budget[ref->tok.v[k]]++;
	for (k = 0; k < sys->tok.n; k++)
		r->sys_budget[sys->tok.v[k]]++;

	for (i = 0; i < ref->nsent; i++) {
		const uint32_t *a = ref->tok.v + ref->start[i];
		size_t m = ref->start[i + 1] - ref->start[i];

		if (m == 0)
			continue;
		memset(r->mask, 0, m);
		for (j = 0; j < sys->nsent; j++) {
			size_t n = sys->start[j + 1] - sys->start[j];

			if (n > 0)
				lcs_mark(r, a, m, sys->tok.v + sys->start[j],
					 n);
		}
		for (k = 0; k < m; k++) {
			uint32_t id = a[k];

			if (r->mask[k] && r->ref_budget[id] > 0 &&
			    r->sys_budget[id] > 0) {
				hits++;
				r->ref_budget[id]--;
				r->sys_budget[id]--;
			}
		}
	}

	for (k = 0; k < ref->tok.n; k++)
		r->ref_budget[ref->tok.v[k]] = 0;
	for (k = 0; k < sys->tok.n; k++)
		r->sys_budget[sys->tok.v[k]] = 0;
	*out = prf(hits, ref->tok.n, sys->tok.n);
	return 0;
}

static int texts_valid(const precis_rouge_text *s, size_t n)
{
	size_t i;

	if (s == NULL)
		return n == 0;
	for (i = 0; i < n; i++)
		if (s[i].text == NULL && s[i].length > 0)
			return 0;
	return 1;
}

precis_status precis_rouge_score(precis_rouge *r,
				 const precis_rouge_text *reference,
				 size_t reference_count,
				 const precis_rouge_text *system,
				 size_t system_count, precis_rouge_scores *out)
{
	precis_rouge_scores s;

	if (out)
		memset(out, 0, sizeof(*out));
	if (r == NULL || out == NULL ||
	    !texts_valid(reference, reference_count) ||
	    !texts_valid(system, system_count))
		return PRECIS_ERR_INVALID;
	if (doc_build(r, &r->ref, reference, reference_count) ||
	    doc_build(r, &r->sys, system, system_count))
		return PRECIS_ERR_NOMEM;
	if (r->ref.tok.n == 0)
		return PRECIS_ERR_EMPTY_REFERENCE;
	if (rouge_n(r, 1, &s.rouge1) || rouge_n(r, 2, &s.rouge2) ||
	    rouge_l(r, &s.rougel))
		return PRECIS_ERR_NOMEM;
	*out = s;
	return PRECIS_OK;
}

/* ---------------------------------------------------------------------- */
/* Tokens, for tests and tools.                                            */

struct token_cb {
	precis_rouge *r;
	precis_rouge_token_fn fn;
	void *arg;
};

static int token_cb(void *arg, uint32_t id)
{
	struct token_cb *cb = arg;
	const struct word *w = cb->r->byid[id];

	return cb->fn(cb->arg, w->key, w->len) ? 1 : 0;
}

precis_status precis_rouge_tokens(precis_rouge *r, const char *text, size_t len,
				  precis_rouge_token_fn fn, void *arg)
{
	struct token_cb cb = { r, fn, arg };
	int rc;

	if (r == NULL || fn == NULL || (text == NULL && len > 0))
		return PRECIS_ERR_INVALID;
	rc = scan(r, text, len, token_cb, NULL, &cb);
	if (rc < 0)
		return PRECIS_ERR_NOMEM;
	return rc ? PRECIS_ERR_INVALID : PRECIS_OK;
}

/* ---------------------------------------------------------------------- */
/* Bootstrap.                                                              */

/*
 * Perl's rand() (5.20 and later, on every platform): drand48 with
 * srand(seed) setting the state to seed << 16 | 0x330e.
 */
#define DRAND48_MASK ((UINT64_C(1) << 48) - 1)

static double drand48_next(uint64_t *state)
{
	*state = (*state * UINT64_C(0x5deece66d) + 0xb) & DRAND48_MASK;
	return ldexp((double)*state, -48);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Perl reads past the end of an array as undef, that is 0. */
static double at(const double *v, size_t n, double i)
{
	return i >= 0 && i < (double)n ? v[(size_t)i] : 0.0;
}

precis_status precis_rouge_bootstrap(const double *values, size_t count,
				     size_t resamples, double confidence,
				     precis_rouge_interval *out)
{
	double *means, sum, delta, ratio;
	double ua, la;
	size_t s, i;

	if (out)
		memset(out, 0, sizeof(*out));
	if (out == NULL || (values == NULL && count > 0) || resamples == 0 ||
	    !(confidence >= 0 && confidence <= 100) ||
	    resamples > SIZE_MAX / sizeof(*means))
		return PRECIS_ERR_INVALID;
	if (count == 0)
		return PRECIS_OK;
	means = precis_malloc(resamples * sizeof(*means));
	if (means == NULL)
		return PRECIS_ERR_NOMEM;

	sum = 0;
	for (i = 0; i < count; i++)
		sum += values[i];
	out->mean = sum / (double)count;

	for (s = 0; s < resamples; s++) {
		uint64_t state = ((uint64_t)(uint32_t)s << 16) + 0x330e;

		sum = 0;
		for (i = 0; i < count; i++) {
			double d = drand48_next(&state);

			sum += values[(size_t)((double)count * d)];
		}
		means[s] = sum / (double)count;
	}
	qsort(means, resamples, sizeof(*means), cmp_double);
	sum = 0;
	for (s = 0; s < resamples; s++)
		sum += means[s];
	out->average = precis_rouge_round5(sum / (double)resamples);

	/* ROUGE-1.5.5's interpolated percentiles, index arithmetic and all. */
	delta = (double)resamples * ((100 - confidence) / 2.0) / 100.0;
	ua = trunc((double)resamples - delta - 1);
	la = trunc(delta);
	ratio = (double)resamples - delta - 1 - ua;
	out->low = precis_rouge_round5(
		at(means, resamples, la) +
		(at(means, resamples, la + 1) - at(means, resamples, la)) *
			ratio);
	out->high = precis_rouge_round5(
		at(means, resamples, ua) +
		(at(means, resamples, ua + 1) - at(means, resamples, ua)) *
			ratio);
	precis_dealloc(means);
	return PRECIS_OK;
}
