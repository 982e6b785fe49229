/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * split.c - the sentence splitter.
 *
 * The text is read once, left to right, one code point at a time.  Most
 * characters only extend the open sentence.  A run of end marks (". ! ?
 * ..." and the language's own) is read whole together with the quotes and
 * brackets that close it, and then judged by a small window of context:
 * the word before it (is it an abbreviation, an initial, a number?) and
 * the word after it (capital? a word that typically opens a sentence?).
 * White space that holds a blank line always ends a sentence; a single
 * line break ends one only when the line looks like a headline or a list
 * item.  List markers (1. 2. 3., a) b), i. ii.) and bullets start a new
 * sentence when they continue a sequence.
 *
 * Two facts about the whole document are gathered first, in one cheap
 * pass: whether it uses letter case at all (lower-cased or all-capitals
 * text carries no case evidence, so other evidence decides), and whether
 * it is word-tokenized (". " standing alone after a space), in which case
 * a period glued to a word belongs to an abbreviation.  It also learns
 * whether lines end in marks (one sentence a line, so a line break is
 * strong evidence) or mid-sentence (a hard-wrapped paragraph), and how
 * long the longest line is, against which a headline is short.
 *
 * Every look-around is bounded by a small constant window and every byte
 * is consumed once by the main loop, so the time is linear in the input.
 */
#include "split.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "alloc.h"
#include "split_rules.h"
#include "text.h"

#define NONE ((size_t)-1)
/* Longest word examined on either side of a mark, in bytes. */
#define WORD_WINDOW 64
/* Longest run of white space looked across for the next word, in bytes. */
#define GAP_WINDOW 256
/* How far (bytes) a list item may lie from the previous one. */
#define LIST_WINDOW 2000

/* Character classes. */
enum cclass { C_OTHER, C_UPPER, C_LOWER, C_CASELESS, C_DIGIT };

/* Class of the word after a mark. */
enum nclass { N_NONE, N_UPPER, N_LOWER, N_DIGIT, N_OTHER };

/* Kinds of the word before a period. */
enum pkind {
	P_EMPTY,
	P_NORMAL,
	P_NUMBER,
	P_INITIAL,
	P_TITLE,
	P_NUMABBR,
	P_INNER,
	P_SUFFIX,
	P_AMBIGUOUS,
	P_TIME,
	P_ROMAN
};

/* List marker kinds. */
enum lkind { L_NONE, L_NUM, L_ALPHA, L_ROMAN };

struct marker {
	enum lkind kind;
	unsigned value; /* number, or letter index (a = 1) */
	unsigned roman; /* value as a roman numeral, or 0 */
	unsigned style; /* suffix: 1 '.', 2 ')', 3 '.)', 4 '(..)' */
	bool upper;
	size_t end; /* byte after the marker */
};

struct next {
	enum nclass cls;
	bool upperish;       /* capital, caseless letter or iPhone-like word */
	unsigned breaks;     /* line breaks crossed */
	bool far;            /* white space longer than the window */
	size_t w, wlen;      /* the word */
	bool wdot;           /* the word is followed by '.' */
	size_t w2, w2len;    /* the word after it */
	unsigned char first; /* the first byte after the white space */
};

/*
 * The abbreviations of a rule table that an ASCII word can equal are kept
 * in an open-addressed hash table (linear probing, at most half full; see
 * struct precis_split_prep), made on the first lookup.  It replaced a scan
 * of the whole table (196 words in English) at every period: about 4,700
 * instructions a lookup.  The lists of openers and closers carry the
 * bytes that begin and end their strings: most positions begin or end
 * none, which one test then tells without reading the list (half the
 * instructions of classify() went to reading the lists).  The hash probes
 * in its own loop rather than through a helper shared with terms.c and
 * summarize.c: its slots are 16-bit indexes into two rule tables, in a
 * fixed array kept in struct precis_split_prep, compared by folding case.
 */
#define ABBR_SLOTS PRECIS_ABBR_SLOTS

static inline bool has_byte(const uint64_t set[4], unsigned char c)
{
	return (set[c >> 6] >> (c & 63)) & 1;
}

struct splitter {
	const struct precis_split_rules *r;
	struct precis_split_prep *prep; /* what is derived from r */
	const unsigned char *s;
	size_t len;
	struct precis_spanvec *out;
	bool caseless;
	bool tokenized;
	bool line_sentences; /* lines end in marks: one sentence a line */
	size_t max_line;

	size_t start;    /* first byte of the open sentence, or NONE */
	size_t last_end; /* end of its last non-space character */
	uint32_t last_cp;
	size_t words;          /* words in the open sentence */
	size_t tok_start;      /* first byte of the current word */
	size_t prev_b, prev_e; /* the word before it */
	bool prev_tok_lower;   /* the word before the current began lower */
	bool cur_tok_lower;

	bool line_start;
	size_t line_chars;
	size_t line_lower;
	size_t line_letters;

	struct marker list; /* the last list marker */
	size_t list_pos;
};

/* ---------------------------------------------------------------- */
/* Characters */

/*
 * Decodes the code point at s[i]; an invalid byte decodes as U+FFFD.  The
 * ASCII case is inline: it is most of the text this loop sees.
 */
static inline uint32_t decode(const unsigned char *s, size_t len, size_t i,
			      size_t *n)
{
	return precis_utf8_next(s, len, i, n);
}

static inline bool is_space(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return c == 0x85 || c == 0xA0 || c == 0x1680 ||
	       (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
	       c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

static enum cclass cclass_multi(uint32_t c)
{
	switch (utf8proc_category((utf8proc_int32_t)c)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_LM:
		return C_CASELESS;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		return C_CASELESS;
	default:
		return C_OTHER;
	}
}

static inline enum cclass cclass(uint32_t c)
{
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			return C_UPPER;
		if (c >= 'a' && c <= 'z')
			return C_LOWER;
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		return C_OTHER;
	}
	return cclass_multi(c);
}

/*
 * Classes of bytes, for the loops that read most of the text: a capital,
 * a small letter, a digit, and A_PLAIN for the space and printable ASCII
 * other than '.', which survey() only counts.  Bytes past ASCII have none.
 */
#define A_UPPER 0x01
#define A_LOWER 0x02
#define A_DIGIT 0x04
#define A_PLAIN 0x08
#define A_ALNUM (A_UPPER | A_LOWER | A_DIGIT)

#define ACLASS(c)                                                              \
	((c) >= 'A' && (c) <= 'Z'               ? A_UPPER | A_PLAIN :          \
	 (c) >= 'a' && (c) <= 'z'               ? A_LOWER | A_PLAIN :          \
	 (c) >= '0' && (c) <= '9'               ? A_DIGIT | A_PLAIN :          \
	 (c) >= ' ' && (c) < 0x80 && (c) != '.' ? A_PLAIN :                    \
						  0)
#define ACLASS4(c) ACLASS(c), ACLASS((c) + 1), ACLASS((c) + 2), ACLASS((c) + 3)
#define ACLASS16(c)                                                            \
	ACLASS4(c), ACLASS4((c) + 4), ACLASS4((c) + 8), ACLASS4((c) + 12)
#define ACLASS64(c)                                                            \
	ACLASS16(c), ACLASS16((c) + 16), ACLASS16((c) + 32), ACLASS16((c) + 48)

static const unsigned char ascii_class[256] = { ACLASS64(0), ACLASS64(64),
						ACLASS64(128), ACLASS64(192) };

static bool is_letter(enum cclass k)
{
	return k == C_UPPER || k == C_LOWER || k == C_CASELESS;
}

static bool in_cps(const uint32_t *list, uint32_t c)
{
	if (list == NULL)
		return false;
	for (; *list; list++)
		if (*list == c)
			return true;
	return false;
}

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static void set_bits(uint64_t bits[2], const uint32_t *list)
{
	for (; list != NULL && *list; list++)
		if (*list < 0x80)
			bits[*list >> 6] |= UINT64_C(1) << (*list & 63);
}

static inline bool has_bit(const uint64_t bits[2], uint32_t c)
{
	return (bits[c >> 6] >> (c & 63)) & 1;
}

/* Is c an end mark of any kind? */
static bool is_mark(const struct precis_split_rules *r, uint32_t c)
{
	if (c < 0x80 && (ascii_class[c] & A_ALNUM))
		return false;
	return c == '.' || in_cps(r->end_marks, c) ||
	       in_cps(r->strong_marks, c) || in_cps(r->ellipses, c);
}

/*
 * Does the word s[0..n) equal w, a word in lower case, ignoring case?
 * ASCII is compared byte by byte, other letters by code point.
 */
static bool word_eq(const unsigned char *s, size_t n, const char *w)
{
	const unsigned char *u = (const unsigned char *)w;
	size_t i = 0, k = 0, a, b;

	/* w is NUL-terminated: no strlen, the loop stops at its end. */
	while (i < n && u[k] != '\0') {
		if (s[i] < 0x80) {
			if (fold(s[i]) != u[k])
				return false;
			i++;
			k++;
			continue;
		}
		/* A table word is valid UTF-8: its sequence fits before NUL. */
		if (utf8proc_tolower((utf8proc_int32_t)decode(s, n, i, &a)) !=
		    (utf8proc_int32_t)decode(u, k + 4, k, &b))
			return false;
		i += a;
		k += b;
	}
	return i == n && u[k] == '\0';
}

/* May the word starting with byte c equal w?  A quick first test. */
static bool may_equal(unsigned char c, const char *w)
{
	return c < 0x80 ? fold(c) == (unsigned char)w[0] :
			  (unsigned char)w[0] >= 0x80;
}

static bool in_words(const char *const *list, const unsigned char *s, size_t n)
{
	if (list == NULL || n == 0)
		return false;
	for (; *list; list++)
		if (may_equal(s[0], *list) && word_eq(s, n, *list))
			return true;
	return false;
}

/* Length of the string from l that starts at s[i], longest first. */
static size_t match_str(const struct precis_split_strings *l,
			const unsigned char *s, size_t len, size_t i)
{
	const char *const *list = l->list;
	size_t best = 0;

	if (list == NULL || i >= len || !has_byte(l->heads, s[i]))
		return 0;
	for (; *list; list++) {
		size_t n;

		if ((unsigned char)(*list)[0] != s[i])
			continue;
		n = strlen(*list);
		if (n > best && n <= len - i && memcmp(s + i, *list, n) == 0)
			best = n;
	}
	return best;
}

/* Length of the string from l that ends at s[e), longest first. */
static size_t match_str_back(const struct precis_split_strings *l,
			     const unsigned char *s, size_t b, size_t e)
{
	const char *const *list = l->list;
	size_t best = 0;

	if (list == NULL || e <= b || !has_byte(l->tails, s[e - 1]))
		return 0;
	for (; *list; list++) {
		size_t n = strlen(*list);

		if (n > best && n <= e - b && memcmp(s + e - n, *list, n) == 0)
			best = n;
	}
	return best;
}

/* Fills l from list. */
static void str_list_init(struct precis_split_strings *l,
			  const char *const *list)
{
	memset(l, 0, sizeof(*l));
	l->list = list;
	for (; list != NULL && *list; list++) {
		const unsigned char *w = (const unsigned char *)*list;
		size_t n = strlen(*list);

		if (n == 0)
			continue;
		l->heads[w[0] >> 6] |= UINT64_C(1) << (w[0] & 63);
		l->tails[w[n - 1] >> 6] |= UINT64_C(1) << (w[n - 1] & 63);
	}
}

/*
 * Every table but English's and the generic one also knows the generic
 * abbreviations, after its own: news in any language writes St. Dr. Mr.
 * and No. in the names and figures it takes from English.
 */
static const struct precis_split_rules *
abbr_fallback(const struct precis_split_rules *r)
{
	return r == &precis_split_rules_generic ||
			       r == &precis_split_rules_english ?
		       NULL :
		       &precis_split_rules_generic;
}

/* A slot of the abbreviation hash: the entry's index + 1 in its table,
 * with ABBR_FALLBACK set for an entry of the fallback table. */
#define ABBR_FALLBACK 0x8000u

static const struct precis_abbr *abbr_entry(const struct precis_split_rules *r,
					    unsigned slot)
{
	if (slot & ABBR_FALLBACK)
		return &abbr_fallback(r)->abbrevs[(slot & ~ABBR_FALLBACK) - 1];
	return &r->abbrevs[slot - 1];
}

/* The kind of the abbreviation s[0..n) in table r alone, or 0. */
static int abbr_scan_one(const struct precis_split_rules *r,
			 const unsigned char *s, size_t n)
{
	size_t k;

	for (k = 0; k < r->n_abbrevs; k++) {
		const char *w = r->abbrevs[k].word;

		if (may_equal(s[0], w) && word_eq(s, n, w))
			return r->abbrevs[k].kind;
	}
	return 0;
}

/* The kind of the abbreviation s[0..n) (without its period), or 0. */
static int abbr_scan(const struct precis_split_rules *r, const unsigned char *s,
		     size_t n)
{
	const struct precis_split_rules *f = abbr_fallback(r);
	int kind = abbr_scan_one(r, s, n);

	return kind != 0 || f == NULL ? kind : abbr_scan_one(f, s, n);
}

/* The hash of the ASCII word s[0..n) in lower case. */
static uint32_t abbr_hash(const unsigned char *s, size_t n)
{
	uint32_t h = 0x811C9DC5u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ fold(s[i])) * 0x01000193u;
	return h ^ (h >> 16);
}

/*
 * Adds the abbreviations of t that an ASCII word can equal to ix: those of
 * ASCII bytes and no capital (word_eq() folds only the text's word).  A
 * word already there keeps its first entry, as abbr_scan() finds it.
 * Returns false when the table is full.
 */
static bool abbr_add(struct precis_split_prep *ix,
		     const struct precis_split_rules *r,
		     const struct precis_split_rules *t, unsigned flag,
		     size_t *count)
{
	size_t k;

	for (k = 0; k < t->n_abbrevs; k++) {
		const unsigned char *w =
			(const unsigned char *)t->abbrevs[k].word;
		size_t n = 0, i;

		while (w[n] != '\0' && w[n] < 0x80 &&
		       !(w[n] >= 'A' && w[n] <= 'Z'))
			n++;
		if (w[n] != '\0' || n == 0)
			continue;
		if (++*count > ABBR_SLOTS / 2 || k + 1 >= ABBR_FALLBACK)
			return false;
		i = abbr_hash(w, n) & (ABBR_SLOTS - 1);
		while (ix->abbr_slot[i] != 0 &&
		       strcmp(abbr_entry(r, ix->abbr_slot[i])->word,
			      (const char *)w) != 0)
			i = (i + 1) & (ABBR_SLOTS - 1);
		if (ix->abbr_slot[i] == 0)
			ix->abbr_slot[i] = (uint16_t)((k + 1) | flag);
		if (n > ix->abbr_longest)
			ix->abbr_longest = n;
	}
	return true;
}

/* Fills ix from the abbreviations of r and of its fallback. */
static void abbr_build(struct precis_split_prep *ix,
		       const struct precis_split_rules *r)
{
	const struct precis_split_rules *f = abbr_fallback(r);
	size_t count = 0;

	ix->abbr_built = true;
	ix->abbr_usable = false;
	ix->abbr_longest = 0;
	memset(ix->abbr_slot, 0, sizeof(ix->abbr_slot));
	if (!abbr_add(ix, r, r, 0, &count) ||
	    (f != NULL && !abbr_add(ix, r, f, ABBR_FALLBACK, &count)))
		return;
	ix->abbr_usable = true;
}

/*
 * The kind of the abbreviation s[0..n) (without its period), or 0.  An
 * ASCII word is looked up in the hash, any other in the tables.
 */
static int abbr_kind(const struct splitter *sp, const unsigned char *s,
		     size_t n)
{
	const struct precis_split_rules *r = sp->r;
	struct precis_split_prep *ix = sp->prep;
	unsigned char any = 0;
	size_t i;

	if (!ix->abbr_built)
		abbr_build(ix, r);
	for (i = 0; i < n; i++)
		any |= s[i];
	if (!ix->abbr_usable || n == 0 || any >= 0x80)
		return abbr_scan(r, s, n);
	if (n > ix->abbr_longest)
		return 0;
	i = abbr_hash(s, n) & (ABBR_SLOTS - 1);
	for (; ix->abbr_slot[i] != 0; i = (i + 1) & (ABBR_SLOTS - 1)) {
		const struct precis_abbr *a = abbr_entry(r, ix->abbr_slot[i]);

		if (word_eq(s, n, a->word))
			return a->kind;
	}
	return 0;
}

/* is_mark() and the bullet test for the main loop: ASCII from bitmaps. */
static inline bool sp_is_mark(const struct splitter *sp, uint32_t c)
{
	/* most letters past ASCII share no low bits with any mark */
	if (c >= 0x80)
		return ((sp->prep->multi_marks >> (c & 63)) & 1) &&
		       is_mark(sp->r, c);
	/* As is_mark(): letters and digits never are. */
	return !(ascii_class[c] & A_ALNUM) && has_bit(sp->prep->ascii_marks, c);
}

static inline bool sp_is_bullet(const struct splitter *sp, uint32_t c)
{
	return c < 0x80 ? has_bit(sp->prep->ascii_bullets, c) :
			  in_cps(sp->r->bullets, c);
}

/* ---------------------------------------------------------------- */
/* Output */

/*
 * Is the open sentence nothing but end marks and spaces, on the line of
 * the sentence before it?
 */
static bool marks_only(const struct splitter *sp,
		       const struct precis_spanvec *out)
{
	const unsigned char *s = sp->s;
	size_t i;

	if (out->n == 0)
		return false;
	for (i = sp->start; i < sp->last_end; i++)
		if (s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] != ' ')
			return false;
	for (i = out->v[out->n - 1].offset + out->v[out->n - 1].length;
	     i < sp->start; i++)
		if (s[i] != ' ')
			return false;
	return true;
}

/* Appends the open sentence, if any, to the output and closes it. */
static int emit(struct splitter *sp)
{
	struct precis_spanvec *out = sp->out;

	if (sp->start != NONE && sp->last_end > sp->start) {
		if (marks_only(sp, out)) {
			/*
			 * "As shown in Fig. ??", "Wow! ! !": the marks belong
			 * to the sentence before them on the line.
			 */
			struct precis_span *p = &out->v[out->n - 1];

			p->length = sp->last_end - p->offset;
			sp->start = NONE;
			sp->words = 0;
			return 0;
		}
		if (precis_grow((void **)&out->v, &out->cap, out->n + 1,
				sizeof(*out->v)) != 0)
			return -1;
		out->v[out->n].offset = sp->start;
		out->v[out->n].length = sp->last_end - sp->start;
		out->n++;
	}
	sp->start = NONE;
	sp->words = 0;
	return 0;
}

/* ---------------------------------------------------------------- */
/* Document statistics */

/*
 * Counts what decides the modes of the document: capitals against
 * lower-case letters, periods standing alone against periods glued to a
 * word, lines ending in a mark against lines broken mid-sentence, and the
 * longest line.
 */
static void survey(struct splitter *sp)
{
	const unsigned char *s = sp->s;
	size_t i = 0, j, e, n, upper = 0, lower = 0, alone = 0, glued = 0;
	size_t line = 0, breaks = 0, ended = 0, wrapped = 0;
	uint32_t last = 0;
	unsigned t;

	while (i < sp->len) {
		uint32_t c = decode(s, sp->len, i, &n);
		enum cclass k = cclass(c);

		if (c == '\n' || c == 0x2028) {
			breaks++;
		} else if (c == 0x2029) {
			breaks += 2;
		} else if (!is_space(c)) {
			/* how do lines end inside paragraphs? */
			if (breaks == 1) {
				if (is_mark(sp->r, last) || last == '"' ||
				    last == ')' || last == 0x201D ||
				    last == 0x2019 || last == 0xBB)
					ended++;
				else if (is_letter(cclass(last)) ||
					 cclass(last) == C_DIGIT ||
					 last == ',' || last == ';')
					wrapped++;
			}
			breaks = 0;
			last = c;
		}
		if (k == C_UPPER)
			upper++;
		else if (k == C_LOWER)
			lower++;
		if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
			if (line > sp->max_line)
				sp->max_line = line;
			line = 0;
		} else {
			line++;
		}
		if (c == '.' &&
		    (i + 1 == sp->len || s[i + 1] == ' ' || s[i + 1] == '\n') &&
		    i > 0) {
			if (s[i - 1] == ' ' &&
			    !(i >= 3 && s[i - 2] == '.' && s[i - 3] == ' ') &&
			    (i + 2 >= sp->len || s[i + 2] != '.'))
				alone++;
			else if (s[i - 1] != '.' && s[i - 1] != ' ')
				glued++;
		}
		i += n;
		if (breaks != 0)
			continue;
		/*
		 * Most of a line is printable ASCII other than '.': it only
		 * counts letters, line length and the last non-space byte
		 * (breaks is 0 and stays so), which is found at the end.
		 */
		for (j = i; i < sp->len && ((t = ascii_class[s[i]]) & A_PLAIN);
		     i++) {
			upper += t & A_UPPER;
			lower += (t & A_LOWER) >> 1;
		}
		line += i - j;
		for (e = i; e > j && s[e - 1] == ' '; e--)
			;
		if (e > j)
			last = s[e - 1];
	}
	if (line > sp->max_line)
		sp->max_line = line;
	sp->caseless = upper == 0 || lower == 0 || upper * 100 < lower ||
		       lower * 20 < upper;
	sp->tokenized = alone >= 1 && alone > glued;
	sp->line_sentences = ended > wrapped;
}

/* ---------------------------------------------------------------- */
/* Words and list markers */

/* The value of the roman numeral s[0..n) from i to xx, or 0. */
static unsigned roman_value(const unsigned char *s, size_t n)
{
	static const char *const romans[] = {
		"i",    "ii",  "iii",  "iv",    "v",   "vi",   "vii",
		"viii", "ix",  "x",    "xi",    "xii", "xiii", "xiv",
		"xv",   "xvi", "xvii", "xviii", "xix", "xx",   NULL
	};
	unsigned v;
	size_t k;

	/* Most words hold another letter: they are no numeral. */
	for (k = 0; k < n; k++)
		if (fold(s[k]) != 'i' && fold(s[k]) != 'v' && fold(s[k]) != 'x')
			return 0;
	for (v = 0; romans[v]; v++)
		if (word_eq(s, n, romans[v]))
			return v + 1;
	return 0;
}

/*
 * Parses a list marker at s[i]: "12." "3)" "4.)" "b." "(c)" "iv." followed
 * by white space.
 */
static bool parse_marker(const struct splitter *sp, size_t i, struct marker *m)
{
	const unsigned char *s = sp->s;
	size_t len = sp->len, b, e;
	bool paren = false;
	size_t n;

	memset(m, 0, sizeof(*m));
	if (i < len && s[i] == '(') {
		paren = true;
		i++;
	}
	b = i;
	while (i < len && i - b < 4 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i > b) {
		if (i - b > 3)
			return false;
		m->kind = L_NUM;
		for (e = b; e < i; e++)
			m->value = m->value * 10 + (unsigned)(s[e] - '0');
	} else {
		while (i < len && i - b < 5 &&
		       ((s[i] >= 'a' && s[i] <= 'z') ||
			(s[i] >= 'A' && s[i] <= 'Z')))
			i++;
		if (i == b || i - b > 4)
			return false;
		/* Every marker ends with '.' or ')': most words go here. */
		if (i >= len || (s[i] != '.' && s[i] != ')'))
			return false;
		m->roman = roman_value(s + b, i - b);
		m->upper = s[b] >= 'A' && s[b] <= 'Z';
		if (i - b == 1) {
			m->kind = L_ALPHA;
			m->value = (unsigned)(fold(s[b]) - 'a' + 1);
		} else if (m->roman) {
			m->kind = L_ROMAN;
			m->value = m->roman;
		} else {
			return false;
		}
	}
	if (paren) {
		if (i >= len || s[i] != ')')
			return false;
		i++;
		m->style = 4;
	} else if (i + 1 < len && s[i] == '.' && s[i + 1] == ')') {
		i += 2;
		m->style = 3;
	} else if (i < len && (s[i] == '.' || s[i] == ')')) {
		m->style = s[i] == '.' ? 1 : 2;
		i++;
	} else {
		return false;
	}
	if (i >= len)
		return false;
	if (!is_space(decode(s, len, i, &n)))
		return false;
	m->end = i;
	return true;
}

/* Does marker m continue the list whose last marker was prev? */
static bool continues(const struct marker *prev, struct marker *m)
{
	if (prev->kind == L_NONE || prev->style != m->style)
		return false;
	if (prev->kind == L_NUM)
		return m->kind == L_NUM && m->value == prev->value + 1;
	if (prev->upper != m->upper)
		return false;
	if (prev->kind == L_ROMAN && m->roman == prev->value + 1) {
		m->kind = L_ROMAN;
		m->value = m->roman;
		return true;
	}
	return prev->kind == L_ALPHA && m->kind == L_ALPHA &&
	       m->value == prev->value + 1;
}

/*
 * May marker m open a list here?  At the start of a line or after a bullet
 * any marker may; at the start of a sentence inside a line only a first
 * one (1. a. i.).
 */
static bool opens_list(struct marker *m, bool line_start)
{
	if (m->kind == L_NUM)
		return line_start || m->value == 1;
	if (m->roman == 1) {
		m->kind = L_ROMAN;
		m->value = 1;
		return true;
	}
	return m->value == 1 || line_start;
}

/*
 * Reads the word at s[i]: letters, digits and inner apostrophes or
 * periods, up to WORD_WINDOW bytes.  Returns its end.
 */
static size_t word_end(const struct splitter *sp, size_t i, bool dots)
{
	size_t b = i, n;

	while (i < sp->len && i - b < WORD_WINDOW) {
		uint32_t c = decode(sp->s, sp->len, i, &n);
		enum cclass k = cclass(c);

		if (is_letter(k) || k == C_DIGIT) {
			i += n;
			continue;
		}
		if ((c == '\'' || c == 0x2019 || (dots && c == '.') ||
		     c == '-') &&
		    i + n < sp->len) {
			size_t n2;
			enum cclass k2 =
				cclass(decode(sp->s, sp->len, i + n, &n2));

			if (is_letter(k2) || k2 == C_DIGIT) {
				i += n;
				continue;
			}
		}
		break;
	}
	return i;
}

/* Looks at what follows a mark: white space, openers, one or two words. */
static void peek(const struct splitter *sp, size_t i, struct next *nx)
{
	const unsigned char *s = sp->s;
	size_t len = sp->len, b = i, n, k;
	uint32_t c;
	unsigned ops = 0;

	memset(nx, 0, sizeof(*nx));
	while (i < len) {
		c = decode(s, len, i, &n);
		if (!is_space(c))
			break;
		if (i - b >= GAP_WINDOW) {
			nx->far = true;
			return;
		}
		if (c == '\n' || c == 0x85 || c == 0x2028 ||
		    (c == '\r' && (i + 1 >= len || s[i + 1] != '\n')))
			nx->breaks++;
		else if (c == 0x2029 || c == '\f')
			nx->breaks += 2;
		i += n;
	}
	if (i >= len)
		return;
	nx->first = s[i];
	/* the word itself comes after any opening quotes or brackets */
	while (ops < 4 && (k = match_str(&sp->prep->openers, s, len, i)) != 0) {
		i += k;
		ops++;
	}
	if (i >= len) {
		nx->cls = N_OTHER;
		nx->w = i - 1;
		return;
	}
	c = decode(s, len, i, &n);
	switch (cclass(c)) {
	case C_UPPER:
	case C_CASELESS:
		nx->cls = N_UPPER;
		nx->upperish = true;
		break;
	case C_LOWER:
		nx->cls = N_LOWER;
		break;
	case C_DIGIT:
		nx->cls = N_DIGIT;
		break;
	default:
		nx->cls = N_OTHER;
		nx->w = i;
		return;
	}
	nx->w = i;
	i = word_end(sp, i, false);
	nx->wlen = i - nx->w;
	if (nx->cls == N_LOWER) {
		/* iPhone, eBay: a capital inside a lower-case word */
		for (k = nx->w + 1; k < i; k++)
			if (s[k] >= 'A' && s[k] <= 'Z')
				nx->upperish = true;
	}
	nx->wdot = i < len && s[i] == '.';
	if (i < len && s[i] == ',')
		return;
	b = i;
	while (i < len && i - b < 8 && s[i] == ' ')
		i++;
	if (i == b || i >= len)
		return;
	c = decode(s, len, i, &n);
	if (!is_letter(cclass(c)))
		return;
	nx->w2 = i;
	nx->w2len = word_end(sp, i, false) - i;
}

/* Does the next word typically open a sentence (or is it a title)? */
static bool is_starter(const struct splitter *sp, const struct next *nx)
{
	if (nx->cls == N_NONE || nx->cls == N_OTHER)
		return nx->cls == N_NONE;
	if (nx->wlen == 0)
		return false;
	if (in_words(sp->r->starters, sp->s + nx->w, nx->wlen))
		return true;
	if (!sp->caseless &&
	    in_words(sp->r->weak_starters, sp->s + nx->w, nx->wlen))
		return true;
	return nx->wdot &&
	       abbr_kind(sp, sp->s + nx->w, nx->wlen) == PRECIS_ABBR_TITLE;
}

/* "-- voila! -- you have cake": a dash or comma goes on with the clause. */
static bool continues_clause(const struct splitter *sp, const struct next *nx)
{
	size_t n, i;
	uint32_t c = decode(sp->s, sp->len, nx->w, &n);

	if (c == '-' || c == 0x2013 || c == 0x2014) {
		/* but "Who is it? - Posted by" starts a line of its own */
		for (i = nx->w + n; i < sp->len && sp->s[i] == '-'; i++)
			;
		if (i + 1 < sp->len && sp->s[i] == ' ' &&
		    cclass(decode(sp->s, sp->len, i + 1, &n)) == C_UPPER &&
		    !sp->caseless)
			return false;
		return true;
	}
	return c == ',' || c == ';' || c == ':';
}

/* "Go!" she said. -- a quote followed by a verb of speech. */
static bool speech_follows(const struct splitter *sp, const struct next *nx)
{
	const struct precis_split_rules *r = sp->r;

	if (nx->wlen == 0)
		return false;
	if (in_words(r->speech_verbs, sp->s + nx->w, nx->wlen))
		return true;
	if (nx->w2len == 0 || nx->wlen > 24 ||
	    !in_words(r->speech_verbs, sp->s + nx->w2, nx->w2len))
		return false;
	/* "John said", "he said", but not "Nobody replied", and in cased
	 * text not "He said" */
	if (in_words(r->speech_subjects, sp->s + nx->w, nx->wlen))
		return sp->caseless;
	return !is_starter(sp, nx);
}

/* Is s[b..e) made of one- or two-letter pieces joined by periods? */
static bool is_initialism(const unsigned char *s, size_t b, size_t e)
{
	size_t piece = 0, pieces = 1, i, n;

	for (i = b; i < e; i += n) {
		uint32_t c = decode(s, e, i, &n);

		if (c == '.') {
			if (piece == 0)
				return false;
			piece = 0;
			pieces++;
		} else if (is_letter(cclass(c))) {
			if (++piece > 2)
				return false;
		} else {
			return false;
		}
	}
	return pieces >= 2 && piece > 0;
}

/*
 * Is s[b..e) an initial of a script without case: one letter with its
 * vowel signs (Tamil மு., Hindi पी.), or two whose last is dead (the
 * virama after it: Tamil எஸ். for the letter S)?
 */
static bool caseless_initial(const unsigned char *s, size_t b, size_t e)
{
	size_t i, n, letters = 0;
	uint32_t c = 0;

	/* the Indic scripts, Devanagari to Sinhala */
	if (s[b] < 0xE0 || e - b > 16 || decode(s, e, b, &n) < 0x0900 ||
	    decode(s, e, b, &n) > 0x0DFF)
		return false;
	for (i = b; i < e; i += n) {
		c = decode(s, e, i, &n);
		switch (utf8proc_category((utf8proc_int32_t)c)) {
		case UTF8PROC_CATEGORY_LO:
			letters++;
			break;
		case UTF8PROC_CATEGORY_MN:
		case UTF8PROC_CATEGORY_MC:
			if (letters == 0)
				return false;
			break;
		default:
			return false;
		}
	}
	/* U+094D and U+0BCD: the Devanagari and Tamil viramas */
	return letters == 1 || (letters == 2 && (c == 0x094D || c == 0x0BCD));
}

/* What is the word s[b..e) that a period follows? */
static enum pkind classify(const struct splitter *sp, size_t b, size_t e)
{
	const unsigned char *s = sp->s;
	size_t k, n, digits = 0;
	int kind;

	size_t e0 = e, caps = 0;

	if (e - b > WORD_WINDOW)
		return P_NORMAL;
	while (b < e && (k = match_str(&sp->prep->openers, s, e, b)) != 0)
		b += k;
	while (e > b && (k = match_str_back(&sp->prep->closers, s, b, e)) != 0)
		e -= k;
	if (b == e)
		return P_EMPTY;
	if (e - b > WORD_WINDOW)
		return P_NORMAL;
	for (k = b; k < e && s[k] >= 'A' && s[k] <= 'Z'; k++)
		caps++;
	/* "(MS)." and, in cased text, "MS." are not "Ms." */
	if (e != e0 || (!sp->caseless && caps >= 2 && caps == e - b))
		kind = 0;
	else
		kind = abbr_kind(sp, s + b, e - b);
	switch (kind) {
	case PRECIS_ABBR_TITLE:
		return P_TITLE;
	case PRECIS_ABBR_NUMBER:
		return P_NUMABBR;
	case PRECIS_ABBR_INNER:
		return P_INNER;
	case PRECIS_ABBR_SUFFIX:
		return P_SUFFIX;
	case PRECIS_ABBR_AMBIGUOUS:
		return P_AMBIGUOUS;
	case PRECIS_ABBR_TIME:
		return P_TIME;
	default:
		break;
	}
	for (k = b; k < e; k++) {
		if (s[k] >= '0' && s[k] <= '9')
			digits++;
		else
			break;
	}
	if (digits == e - b)
		return P_NUMBER;
	decode(s, e, b, &n);
	if (b + n == e && cclass(decode(s, e, b, &n)) == C_UPPER)
		return P_INITIAL;
	if (is_initialism(s, b, e))
		return P_AMBIGUOUS;
	if (caseless_initial(s, b, e))
		return P_INITIAL;
	/* XV. -- a roman numeral in capitals */
	if (caps == e - b && roman_value(s + b, e - b) != 0)
		return P_ROMAN;
	return P_NORMAL;
}

/*
 * world.Today -- a period with no space after it ends a sentence when a
 * word ending in two lower-case letters (or a number such as 1,000)
 * precedes it and a capitalized word follows, and neither looks like part
 * of an address or a file name (further periods, '@', '/').
 */
static bool missing_space(const struct splitter *sp, size_t b, size_t mark,
			  size_t after)
{
	static const char *const tech[] = {
		"com",  "org",  "net", "edu", "gov", "html", "htm",
		"php",  "js",   "py",  "txt", "pdf", "doc",  "docx",
		"xml",  "json", "io",  "exe", "jpg", "png",  "gif",
		"yaml", "uk",   "de",  "fr",  "co",  NULL
	};
	const unsigned char *s = sp->s;
	size_t i, n, e, lower = 0, digits = 0, k;
	uint32_t c;

	if (sp->caseless || mark - b > WORD_WINDOW)
		return false;
	while (b < mark && (k = match_str(&sp->prep->openers, s, mark, b)) != 0)
		b += k;
	if (mark - b < 2 || mark - b > WORD_WINDOW)
		return false;
	for (i = b; i < mark; i += n) {
		c = decode(s, mark, i, &n);
		if (c == '@' || c == '/' || c == ':' || c == '.' || c == '_')
			return false;
		if (cclass(c) == C_LOWER) {
			lower++;
		} else {
			lower = 0;
			if (cclass(c) == C_DIGIT)
				digits++;
			else if (c != ',')
				digits = mark;
		}
	}
	if (lower < 2 && (digits < 2 || digits > mark - b))
		return false;
	if (abbr_kind(sp, s + b, mark - b) != 0)
		return false;
	c = decode(s, sp->len, after, &n);
	if (cclass(c) != C_UPPER || after + n >= sp->len)
		return false;
	if (cclass(decode(s, sp->len, after + n, &n)) != C_LOWER)
		return false;
	e = word_end(sp, after, false);
	if (in_words(tech, s + after, e - after))
		return false;
	for (e = after; e < sp->len && e - after < WORD_WINDOW; e++) {
		if (s[e] == ' ' || s[e] == '\n' || s[e] == '\t')
			break;
		if (s[e] == '@' || s[e] == '/' || s[e] == ':' || s[e] == '_' ||
		    s[e] == '=' || s[e] == '\\')
			return false;
		if (s[e] == '.' && e + 1 < sp->len && s[e + 1] != ' ' &&
		    s[e + 1] != '\n' && s[e + 1] != '"' && s[e + 1] != ')')
			return false;
	}
	return true;
}

/*
 * consultation.11 12 Take -- note numbers glued to a period after a word,
 * before a capitalized word: returns the length of the numbers (the
 * sentence keeps them), or 0.
 */
static size_t footnotes(const struct splitter *sp, size_t mark, size_t start)
{
	const unsigned char *s = sp->s;
	size_t i = start, after, digits, n, groups = 0;

	if (sp->caseless || mark < 2 ||
	    !(s[mark - 1] >= 'a' && s[mark - 1] <= 'z') ||
	    !(s[mark - 2] >= 'a' && s[mark - 2] <= 'z'))
		return 0;
	for (;;) {
		for (digits = 0; i < sp->len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
		if (digits == 0 || digits > 3 || i >= sp->len)
			return 0;
		after = i;
		if (s[i] == ',')
			i++;
		if (i >= sp->len || s[i] != ' ')
			return 0;
		while (i < sp->len && s[i] == ' ' && i - after < 4)
			i++;
		if (i < sp->len && s[i] >= '0' && s[i] <= '9' && ++groups < 8)
			continue;
		if (i >= sp->len ||
		    cclass(decode(s, sp->len, i, &n)) != C_UPPER ||
		    i + n >= sp->len)
			return 0;
		return cclass(decode(s, sp->len, i + n, &n)) == C_LOWER ?
			       after - start :
			       0;
	}
}

/* ---------------------------------------------------------------- */
/* Marks */

struct run {
	size_t first, end; /* the marks */
	size_t cut;        /* after the closers */
	unsigned dots, ells, ends, strong;
	bool spaced;
	bool quote, bracket; /* closed by a quote, a bracket */
	uint32_t last;
};

/*
 * Length of " X" at s[i], where X is a closer standing alone (white space
 * or the end after it), the space being ' ', U+00A0 or U+202F; else 0.
 */
static size_t gap_closer(const struct splitter *sp, size_t i)
{
	const unsigned char *s = sp->s;
	size_t len = sp->len, n, k, m;
	uint32_t c;

	if (i >= len)
		return 0;
	c = decode(s, len, i, &n);
	if (c != ' ' && c != 0xA0 && c != 0x202F)
		return 0;
	k = match_str(&sp->prep->closers, s, len, i + n);
	if (k == 0 || (s[i + n] == '\'' && !sp->tokenized))
		return 0;
	if (i + n + k < len && !is_space(decode(s, len, i + n + k, &m)))
		return 0;
	return n + k;
}

/*
 * Length of a reference "[12]" or "[note 3]" at s[i] that white space or
 * the end follows, or 0.
 */
static size_t citation(const unsigned char *s, size_t len, size_t i)
{
	size_t e;

	if (i >= len || s[i] != '[')
		return 0;
	for (e = i + 1; e < len && e - i < 24; e++) {
		if (s[e] == ']')
			break;
		if (!((s[e] >= '0' && s[e] <= '9') ||
		      (s[e] >= 'a' && s[e] <= 'z') ||
		      (s[e] >= 'A' && s[e] <= 'Z') || s[e] == ' ' ||
		      s[e] == ',' || s[e] == '-'))
			return 0;
	}
	if (e >= len || s[e] != ']' || e == i + 1)
		return 0;
	e++;
	if (e < len && s[e] != ' ' && s[e] != '\n' && s[e] != '\r' &&
	    s[e] != '\t' && s[e] != '[')
		return 0;
	return e - i;
}

static void read_run(const struct splitter *sp, size_t i, struct run *rn)
{
	const struct precis_split_rules *r = sp->r;
	const unsigned char *s = sp->s;
	size_t len = sp->len, n, k;
	unsigned closers = 0;

	memset(rn, 0, sizeof(*rn));
	rn->first = i;
	while (i < len) {
		uint32_t c = decode(s, len, i, &n);

		if (c == '.') {
			rn->dots++;
		} else if ((c < 0x80 && !has_bit(sp->prep->ascii_marks, c)) ||
			   (c >= 0x80 && !sp_is_mark(sp, c))) {
			/* no mark: only a spaced ellipsis goes on */
			if (!(c == ' ' && rn->ends == 0 && rn->dots > 0 &&
			      rn->ells == 0 && i + 1 < len && s[i + 1] == '.' &&
			      (rn->dots > 1 ||
			       (i + 3 < len && s[i + 2] == ' ' &&
				s[i + 3] == '.'))))
				break;
			/* ". . ." -- a spaced ellipsis: a lone period joins
			 * only when two more follow */
			if (i + 2 < len && s[i + 2] != ' ' && s[i + 2] != '.' &&
			    !match_str(&sp->prep->closers, s, len, i + 2))
				break;
			rn->spaced = true;
			i++;
			continue;
		} else if (in_cps(r->strong_marks, c)) {
			rn->strong++;
		} else if (in_cps(r->ellipses, c)) {
			rn->ells++;
		} else {
			rn->ends++;
		}
		rn->last = c;
		i += n;
		rn->end = i;
	}
	i = rn->end;
	while (closers < 8 &&
	       (k = match_str(&sp->prep->closers, s, len, i)) != 0) {
		/* 。“ -- after a CJK mark, “ and ‘ open the next sentence */
		if (rn->strong && k == 3 && s[i] == 0xE2 && s[i + 1] == 0x80 &&
		    (s[i + 2] == 0x9C || s[i + 2] == 0x98))
			break;
		if (s[i] == ')' || s[i] == ']' || s[i] == '}')
			rn->bracket = true;
		else
			rn->quote = true;
		i += k;
		closers++;
	}
	/* a reference glued to the mark: ".[1]", ".[12][13]" */
	while (closers < 8 && (k = citation(s, len, i)) != 0) {
		i += k;
		closers++;
	}
	/* a closer standing alone: ". ''" (tokenized), "! »" (French) */
	while (closers < 8 && (k = gap_closer(sp, i)) != 0) {
		if (s[i + k - 1] == ')' || s[i + k - 1] == ']')
			rn->bracket = true;
		else
			rn->quote = true;
		i += k;
		closers++;
	}
	rn->cut = i;
}

/* Is s[0..n) written in capitals only (a time zone, an initialism)? */
static bool all_caps(const unsigned char *s, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!(s[k] >= 'A' && s[k] <= 'Z'))
			return false;
	return n >= 2 && n <= 5;
}

/* Does the next word name a company form that follows Co.: KG, AG, Ltd? */
static bool is_company_form(const struct splitter *sp, const struct next *nx)
{
	static const char *const forms[] = { "kg",  "ag",  "kgaa", "ltd",
					     "llc", "inc", "plc",  NULL };

	return in_words(forms, sp->s + nx->w, nx->wlen);
}

/*
 * Decides whether the period run rn (in text that is not tokenized) ends a
 * sentence before what nx describes.
 */
static bool period_ends(const struct splitter *sp, const struct run *rn,
			const struct next *nx)
{
	const struct precis_split_rules *r = sp->r;
	enum pkind kind = classify(sp, sp->tok_start, rn->first);
	bool cased = !sp->caseless;
	size_t before = sp->words ? sp->words - 1 : 0;

	/* one sentence a line: "... in the U.S.\nGovernment officials" */
	if (nx->breaks > 0 && nx->upperish && kind >= P_NUMABBR &&
	    kind != P_INNER && sp->line_sentences)
		return true;
	switch (kind) {
	case P_TITLE:
	case P_INNER:
		return false;
	case P_INITIAL:
		if (cased) {
			/* "you and I. Did", "by Malcolm X. The film" */
			if (sp->s[sp->tok_start] == 'I' && sp->prev_tok_lower &&
			    nx->cls != N_LOWER)
				return true;
			return nx->upperish && before >= 2 &&
			       !(nx->wlen == 1 && sp->s[nx->w] == 'I') &&
			       in_words(r->starters, sp->s + nx->w, nx->wlen);
		}
		return is_starter(sp, nx) && before >= r->min_words_ambiguous;
	case P_NUMABBR:
		/* "Jan. 5", "Sat. Oct. 3" */
		if (nx->cls == N_DIGIT ||
		    (nx->wdot && abbr_kind(sp, sp->s + nx->w, nx->wlen) ==
					 PRECIS_ABBR_NUMBER))
			return false;
		break;
	case P_NUMBER:
		/* "am 3. Oktober", "im 19. Jahrhundert" */
		if ((r->flags & PRECIS_SPLIT_ORDINAL_DOT) &&
		    (nx->cls == N_LOWER ||
		     in_words(r->ordinal_next, sp->s + nx->w, nx->wlen) ||
		     (rn->first - sp->tok_start <= 2 && !is_starter(sp, nx))))
			return false;
		break;
	case P_TIME:
		/* "at 10 p.m. I'm going", but "5 p.m. EST" */
		if (cased &&
		    !(nx->wdot && abbr_kind(sp, sp->s + nx->w, nx->wlen) ==
					  PRECIS_ABBR_TITLE))
			return nx->cls == N_UPPER && nx->upperish &&
			       !all_caps(sp->s + nx->w, nx->wlen);
		/* "At 5 a.m. Mr. Smith went": as U.S. before a title */
		return is_starter(sp, nx) && before >= r->min_words_ambiguous;
	case P_ROMAN:
		/* "XV. Lajos", "II. Dünya Savaşı": an ordinal before a name */
		if ((r->flags & PRECIS_SPLIT_ORDINAL_DOT) &&
		    !is_starter(sp, nx))
			return false;
		break;
	case P_SUFFIX:
		/* "Inc. (the Company)", "GmbH & Co. KG" */
		if (cased && (nx->first == '(' || is_company_form(sp, nx)))
			return false;
		if (cased)
			return nx->upperish;
		/* fall through */
	case P_AMBIGUOUS:
		if (cased && !nx->upperish)
			return false;
		/* without a list of starters, a capital is the evidence */
		if (r->starters == NULL)
			return cased;
		return is_starter(sp, nx) && before >= r->min_words_ambiguous;
	case P_EMPTY:
	case P_NORMAL:
		break;
	}
	if (!cased)
		return true;
	if (nx->cls == N_LOWER && !nx->upperish)
		return nx->breaks > 0 && !rn->quote && !rn->bracket;
	return true;
}

/* Tokenized text: only a period standing alone ends a sentence. */
static bool tokenized_ends(const struct splitter *sp, const struct run *rn,
			   const struct next *nx)
{
	enum pkind pk = P_NORMAL;

	if (rn->first != sp->tok_start)
		return false;
	if (rn->ells > 0 || rn->dots == 3)
		return false;
	if (sp->prev_e - sp->prev_b < WORD_WINDOW)
		pk = classify(sp, sp->prev_b, sp->prev_e);
	/* "cpl . justin" -- a title split from its period */
	if (pk == P_TITLE)
		return false;
	/* "1 . mix the flour" -- a list number */
	if (pk == P_NUMBER && sp->words == 2 && sp->prev_e - sp->prev_b <= 3)
		return false;
	return !(rn->quote && rn->ends > 0 && speech_follows(sp, nx));
}

/* "..." and "…": an ellipsis ends a sentence only before a capital. */
static bool ellipsis_ends(const struct splitter *sp, const struct run *rn,
			  const struct next *nx)
{
	bool capital = nx->upperish || nx->cls == N_DIGIT;

	/* " . . . " and " ... " mark an omission inside a sentence */
	if (rn->first == sp->tok_start && rn->dots <= 3)
		return false;
	/* four periods: an ellipsis and a full stop */
	if (rn->dots >= 4)
		return sp->caseless || capital;
	if (sp->caseless)
		return false;
	/* "Well… I suppose" */
	return capital && sp->words >= 2;
}

/* ! ? and their kin. */
static bool exclaim_ends(const struct splitter *sp, const struct run *rn,
			 const struct next *nx)
{
	const struct precis_split_rules *r = sp->r;

	/* "Help!" cried the woman. */
	if (rn->quote && speech_follows(sp, nx))
		return false;
	/* Yahoo! */
	if (rn->last == '!' && in_words(r->exclamations, sp->s + sp->tok_start,
					rn->first - sp->tok_start))
		return (sp->caseless || nx->upperish) && is_starter(sp, nx);
	if (!sp->caseless && nx->cls == N_LOWER && !nx->upperish)
		return nx->breaks > 0 && !rn->quote;
	/* "-- voila! -- you have cake" */
	if (nx->cls == N_OTHER && nx->breaks == 0 && continues_clause(sp, nx))
		return false;
	return true;
}

/* Does the run rn, with white space or the end after it, end a sentence? */
static bool run_ends(const struct splitter *sp, const struct run *rn)
{
	const unsigned char *s = sp->s;
	struct next nx;

	peek(sp, rn->cut, &nx);
	if (nx.cls == N_NONE || nx.far || nx.breaks >= 2)
		return true;
	/* "[...]" and "(!)" */
	if (rn->first > 0 &&
	    (s[rn->first - 1] == '[' || s[rn->first - 1] == '('))
		return false;
	if (sp->tokenized)
		return tokenized_ends(sp, rn, &nx);
	if (rn->ends > 0)
		return exclaim_ends(sp, rn, &nx);
	if (rn->dots >= 3 || rn->ells > 0)
		return ellipsis_ends(sp, rn, &nx);
	return period_ends(sp, rn, &nx);
}

/* Han and kana: text written without spaces (text.h). */
static bool is_cjk(uint32_t c)
{
	return precis_is_cjk((int32_t)c);
}

/* The code point that ends before s[i], or 0. */
static uint32_t before_cp(const struct splitter *sp, size_t i)
{
	size_t b = i, n;

	while (b > 0 && i - b < 4 && (sp->s[b - 1] & 0xC0) == 0x80)
		b--;
	if (b == 0)
		return 0;
	return decode(sp->s, sp->len, b - 1, &n);
}

/*
 * After a closing quote glued to a CJK end mark, does the sentence go on?
 * 「行きます。」と言った, “走吧。”他说: a quoted sentence followed by the
 * quotative particle or a verb of speech.
 */
static bool quote_goes_on(const struct splitter *sp, size_t i)
{
	size_t n, m;
	uint32_t c, d;

	if (i >= sp->len)
		return false;
	c = decode(sp->s, sp->len, i, &n);
	switch (c) {
	case 0x3068: /* と */
	case 0x3063: /* っ */
	case 0x8BF4: /* 说 */
	case 0x8AAA: /* 說 */
	case 0x9053: /* 道 */
	case 0x95EE: /* 问 */
	case 0x554F: /* 問 */
	case 0x3001: /* 、 */
	case 0xFF0C: /* ， */
	case ',':
		return true;
	case 0x4ED6: /* 他 */
	case 0x5979: /* 她 */
		if (i + n >= sp->len)
			return false;
		d = decode(sp->s, sp->len, i + n, &m);
		return d == 0x8BF4 || d == 0x8AAA || d == 0x95EE ||
		       d == 0x554F || d == 0x9053;
	default:
		return false;
	}
}

/*
 * Judges the run of marks at s[i] and ends the sentence after it, or not;
 * *next_i is set to the position after the run and its closers.
 */
static int on_marks(struct splitter *sp, size_t i, size_t *next_i)
{
	const unsigned char *s = sp->s;
	struct run rn;
	uint32_t after = 0;
	size_t n;
	bool cut;

	read_run(sp, i, &rn);
	*next_i = rn.cut;
	sp->last_end = rn.cut;
	sp->last_cp = rn.last;
	if (rn.cut < sp->len)
		after = decode(s, sp->len, rn.cut, &n);
	if (rn.cut >= sp->len || is_space(after)) {
		cut = rn.strong || run_ends(sp, &rn);
	} else if (rn.strong) {
		/* 「行きます。」と言った -- a quoted sentence inside one */
		cut = rn.cut == rn.end || is_mark(sp->r, after) ||
		      !quote_goes_on(sp, rn.cut);
	} else if (is_cjk(after) &&
		   (rn.ends > 0 ||
		    (rn.dots == 1 && is_cjk(before_cp(sp, rn.first))))) {
		/* 你好!我们 -- ASCII marks in text written without spaces */
		cut = rn.cut == rn.end || !quote_goes_on(sp, rn.cut);
	} else {
		/* no space after: 3.14, U.S.A, example.com, Jr.'s */
		size_t notes = 0;

		cut = rn.cut == rn.end && rn.ells == 0 && rn.dots <= 1 &&
		      (missing_space(sp, sp->tok_start, rn.first, rn.end) ||
		       (notes = footnotes(sp, rn.first, rn.end)) != 0);
		if (cut)
			*next_i = sp->last_end = rn.end + notes;
	}
	if (cut)
		return emit(sp);
	return 0;
}

/* ---------------------------------------------------------------- */
/* Line structure */

/* Length in characters of the line at s[i], counting at most 256 bytes. */
static size_t line_length(const struct splitter *sp, size_t i)
{
	size_t b = i, chars = 0, n;

	while (i < sp->len && i - b < 256) {
		uint32_t c = decode(sp->s, sp->len, i, &n);

		if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 ||
		    c == 0x85)
			break;
		chars++;
		i += n;
	}
	return chars;
}

/* The longest line of a text whose lines are never wrapped prose. */
#define SHORT_LINES 40

/* Does a line break after the open sentence end it? */
static bool line_ends(const struct splitter *sp, size_t next)
{
	const struct precis_split_rules *r = sp->r;
	const unsigned char *s = sp->s;
	struct marker m;
	size_t n;
	uint32_t c = decode(s, sp->len, next, &n);
	uint32_t l = sp->last_cp;
	enum cclass k = cclass(l);
	/* a full line of a hard-wrapped paragraph, broken mid-sentence */
	bool wrapped = !sp->line_sentences && sp->max_line >= 50 &&
		       sp->line_chars * 10 >= sp->max_line * 7 &&
		       (is_letter(k) || k == C_DIGIT || l == ',');

	if (in_cps(r->bullets, c))
		return true;
	/* "- item", but not "28.52 million\n- the highest figure" */
	if (in_cps(r->line_bullets, c) && next + n < sp->len &&
	    is_space(decode(s, sp->len, next + n, &n)))
		return !wrapped;
	if (parse_marker(sp, next, &m))
		return !wrapped || continues(&sp->list, &m);
	/* "this story :\nPresident Bush": a line of its own */
	if (l == ':' && !sp->caseless && cclass(c) == C_UPPER)
		return true;
	if (l == ',' || l == ';' || l == ':' || l == '-' || l == '&' ||
	    l == '/' || l == '(' || l == '[' || l == 0x2013 || l == 0x2014 ||
	    l == 0x201C || is_mark(r, l))
		return false;
	k = cclass(c);
	if (!sp->caseless) {
		/* a lower-case line goes on with the sentence, unless both
		 * lines are short: a list or verse, not a wrapped paragraph */
		if (k == C_LOWER)
			return sp->line_chars * 2 < sp->max_line &&
			       line_length(sp, next) * 2 < sp->max_line;
		if (sp->line_letters >= 2 && sp->line_lower == 0)
			return true;
	}
	/* no line is long enough to be a wrapped paragraph's: lines of a
	 * form, a table of contents or a list of headings */
	return sp->line_sentences || sp->line_chars * 10 < sp->max_line * 7 ||
	       sp->max_line < SHORT_LINES;
}

/*
 * Consumes the white space at s[i], ending the open sentence at a blank
 * line or at a line break that line_ends() judges final.
 */
static int on_space(struct splitter *sp, size_t i, size_t *next_i)
{
	const unsigned char *s = sp->s;
	size_t n;
	unsigned breaks = 0;

	while (i < sp->len) {
		uint32_t c = decode(s, sp->len, i, &n);

		if (!is_space(c))
			break;
		if (c == '\n' || c == 0x85 || c == 0x2028 ||
		    (c == '\r' && (i + 1 >= sp->len || s[i + 1] != '\n'))) {
			breaks++;
		} else if (c == 0x2029 || c == '\f') {
			breaks += 2;
		}
		i += n;
	}
	*next_i = i;
	if (breaks == 0) {
		sp->line_chars++;
		return 0;
	}
	if (sp->start != NONE) {
		if (breaks >= 2 || i >= sp->len || line_ends(sp, i)) {
			if (emit(sp) != 0)
				return -1;
		}
	}
	sp->line_start = true;
	sp->line_chars = 0;
	sp->line_lower = 0;
	sp->line_letters = 0;
	return 0;
}

/*
 * At the start of a word: a bullet or a list marker may start an item.
 * *next_i is set to the position after what was consumed (i when nothing).
 * Returns 0, or -1 when an allocation failed.
 */
static int on_word(struct splitter *sp, size_t i, size_t *next_i)
{
	const struct precis_split_rules *r = sp->r;
	const unsigned char *s = sp->s;
	struct marker m;
	size_t n;
	uint32_t c = decode(s, sp->len, i, &n);
	/* a line break that did not end the sentence starts no item */
	bool fresh = sp->start == NONE;
	bool item = sp->line_start;

	*next_i = i;
	/* a line bullet counts when the line break has ended the sentence */
	if (sp_is_bullet(sp, c) ||
	    (sp->line_start && sp->start == NONE &&
	     in_cps(r->line_bullets, c) && i + n < sp->len &&
	     is_space(decode(s, sp->len, i + n, &n)))) {
		decode(s, sp->len, i, &n);
		if (sp->start != NONE && emit(sp) != 0)
			return -1;
		sp->start = i;
		sp->last_end = i + n;
		sp->last_cp = c;
		sp->words = 1;
		i += n;
		/* "⁃9." -- a marker glued to the bullet */
		if (parse_marker(sp, i, &m) && opens_list(&m, true)) {
			sp->list = m;
			sp->list_pos = i;
			i = m.end;
			sp->last_end = i;
			sp->last_cp = s[i - 1];
		}
		sp->line_start = false;
		/* the next word may be a marker too ("• 9.") */
		*next_i = i;
		return 0;
	}
	if (!parse_marker(sp, i, &m))
		return 0;
	if (sp->start != NONE && sp->words == 1 &&
	    in_cps(r->bullets, sp->last_cp))
		fresh = item = true;
	if (fresh && (opens_list(&m, item) ||
		      (sp->list_pos != NONE && i - sp->list_pos < LIST_WINDOW &&
		       continues(&sp->list, &m)))) {
		/* a list item at the start of a sentence or line */
	} else if (sp->last_cp == ':' && opens_list(&m, false) &&
		   m.value == 1) {
		/* "pets: 1) dogs 2) cats" -- a list inside the sentence */
	} else if (sp->list_pos != NONE && i - sp->list_pos < LIST_WINDOW &&
		   continues(&sp->list, &m)) {
		if (emit(sp) != 0)
			return -1;
	} else {
		return 0;
	}
	if (sp->start == NONE) {
		sp->start = i;
		sp->words = 1;
	}
	sp->list = m;
	sp->list_pos = i;
	sp->last_end = m.end;
	sp->last_cp = s[m.end - 1];
	sp->line_start = false;
	*next_i = m.end;
	return 0;
}

/*
 * May on_word() find a bullet or a list marker at s[i], whose code point
 * is c?  Not in most words: one of ASCII letters and digits can be a
 * marker only when at most 4 of them stand before '.' or ')'
 * (parse_marker()), and a bullet only when c is one or the word starts a
 * line.  Skipping on_word() there took a sixth off the instructions of
 * splitting.
 */
static inline bool may_start_item(const struct splitter *sp, size_t i,
				  uint32_t c)
{
	size_t e;

	if (c >= 0x80 || !(ascii_class[c] & A_ALNUM) || sp->line_start ||
	    sp_is_bullet(sp, c))
		return true;
	for (e = i + 1;
	     e < sp->len && e - i < 5 && (ascii_class[sp->s[e]] & A_ALNUM); e++)
		;
	return e - i < 5 && e < sp->len && (sp->s[e] == '.' || sp->s[e] == ')');
}

/* Makes *prep for the rule table r. */
static void prepare(struct precis_split_prep *prep,
		    const struct precis_split_rules *r)
{
	const uint32_t *const lists[] = { r->end_marks, r->strong_marks,
					  r->ellipses };
	const uint32_t *m;
	size_t k;

	memset(prep->ascii_marks, 0, sizeof(prep->ascii_marks));
	memset(prep->ascii_bullets, 0, sizeof(prep->ascii_bullets));
	prep->ascii_marks[0] = UINT64_C(1) << '.';
	set_bits(prep->ascii_marks, r->end_marks);
	set_bits(prep->ascii_marks, r->strong_marks);
	set_bits(prep->ascii_marks, r->ellipses);
	set_bits(prep->ascii_bullets, r->bullets);
	prep->multi_marks = 0;
	for (k = 0; k < 3; k++)
		for (m = lists[k]; m != NULL && *m; m++)
			if (*m >= 0x80)
				prep->multi_marks |= UINT64_C(1) << (*m & 63);
	str_list_init(&prep->openers, r->openers);
	str_list_init(&prep->closers, r->closers);
	prep->abbr_built = false;
	prep->rules = r;
}

int precis_split_text(const struct precis_split_rules *rules, const char *text,
		      size_t len, struct precis_spanvec *out)
{
	struct precis_split_prep prep;

	prep.rules = NULL;
	return precis_split_prepared(&prep, rules, text, len, out);
}

int precis_split_prepared(struct precis_split_prep *prep,
			  const struct precis_split_rules *rules,
			  const char *text, size_t len,
			  struct precis_spanvec *out)
{
	struct splitter sp;
	size_t i = 0, n, letters = 0, lower = 0;
	bool word_start = true;
	unsigned t;

	memset(&sp, 0, sizeof(sp));
	sp.r = rules ? rules : &precis_split_rules_generic;
	if (prep->rules != sp.r)
		prepare(prep, sp.r);
	sp.prep = prep;
	sp.s = (const unsigned char *)text;
	sp.len = text ? len : 0;
	sp.out = out;
	sp.start = NONE;
	sp.list_pos = NONE;
	sp.line_start = true;
	out->n = 0;
	survey(&sp);

	while (i < sp.len) {
		uint32_t c = decode(sp.s, sp.len, i, &n);
		enum cclass k;
		size_t j;

		if (is_space(c)) {
			if (on_space(&sp, i, &i) != 0)
				return -1;
			word_start = true;
			continue;
		}
		if (word_start) {
			word_start = false;
			sp.prev_tok_lower = sp.cur_tok_lower;
			sp.cur_tok_lower = false;
			j = i;
			if (may_start_item(&sp, i, c) &&
			    on_word(&sp, i, &j) != 0)
				return -1;
			if (j != i) {
				/* a bullet or marker: the next word starts
				 * right after it */
				word_start =
					j < sp.len &&
					!is_space(decode(sp.s, sp.len, j, &n));
				sp.tok_start = j;
				i = j;
				continue;
			}
			sp.prev_b = sp.tok_start;
			sp.prev_e = sp.last_end > sp.tok_start ? sp.last_end :
								 sp.tok_start;
			sp.tok_start = i;
			if (sp.start == NONE)
				sp.start = i;
			sp.words++;
			k = cclass(c);
			sp.cur_tok_lower = k == C_LOWER;
			if (k == C_OTHER) {
				/* "(and" -- judge by the first letter */
				size_t p = i + n, m;

				if (p < sp.len)
					sp.cur_tok_lower =
						cclass(decode(sp.s, sp.len, p,
							      &m)) == C_LOWER;
			}
		}
		if (sp.start == NONE) {
			sp.start = i;
			sp.words = 1;
			sp.tok_start = i;
		}
		sp.line_start = false;
		if (sp_is_mark(&sp, c)) {
			if (on_marks(&sp, i, &j) != 0)
				return -1;
			sp.line_chars += j - i;
			i = j;
			if (sp.start == NONE && i < sp.len &&
			    !is_space(decode(sp.s, sp.len, i, &n)))
				word_start = true;
			continue;
		}
		k = cclass(c);
		if (is_letter(k)) {
			sp.line_letters++;
			if (k == C_LOWER)
				sp.line_lower++;
		}
		sp.line_chars++;
		sp.last_end = i + n;
		sp.last_cp = c;
		i += n;
		/*
		 * The rest of an ASCII word: letters and digits are neither
		 * space nor mark, so only the line's counts change.
		 */
		for (j = i;
		     i < sp.len && ((t = ascii_class[sp.s[i]]) & A_ALNUM);
		     i++) {
			letters += (t & (A_UPPER | A_LOWER)) != 0;
			lower += (t & A_LOWER) >> 1;
		}
		if (i > j) {
			sp.line_letters += letters;
			sp.line_lower += lower;
			sp.line_chars += i - j;
			sp.last_cp = sp.s[i - 1];
			sp.last_end = i;
			letters = lower = 0;
		}
	}
	return emit(&sp);
}

void precis_spanvec_free(struct precis_spanvec *vec)
{
	precis_dealloc(vec->v);
	vec->v = NULL;
	vec->n = vec->cap = 0;
}
