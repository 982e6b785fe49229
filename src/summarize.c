/*
 * summarize.c - contexts, the summarize pipeline and its result.
 *
 *   bytes -> normalize -> title -> split -> terms -> score -> select -> summary
 *
 * normalize checks the bytes (NUL means binary), converts text that is not
 * valid UTF-8 from Windows-1252 and skips a byte-order mark; every later
 * stage works on offsets into that text.  The context owns the vocabulary
 * (stems cached across documents) and the per-document arrays, which are
 * reused, so that a warm context summarizes without allocating except for
 * the result it hands back.
 *
 * A context made for "auto" detects each document's language first and
 * keeps one vocabulary per language it has met, made on first need, so
 * that a stream of articles in a few languages stays warm in each.
 */
#include <libstemmer.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "doc.h"
#include "lang.h"
#include "split.h"
#include "terms.h"
#include "text.h"

/* A title has at most this many words and bytes. */
#define TITLE_MAX_WORDS 25
#define TITLE_MAX_BYTES 300

/*
 * A slot of the document's term index, which maps a stem to its
 * document-local term id.  The index is open-addressed (linear probing,
 * at most half full of the current document's terms); a slot of an
 * earlier document is recognised by its stamp and counts as empty, so
 * starting a document clears nothing.  Looked up for every word, it is
 * small enough to stay in the fastest cache, which the stems themselves,
 * spread over the whole vocabulary, are not: keeping the id in the stem
 * cost a cache miss on most words (see bench/README.md).  Its probe is
 * its own, not shared with the tables of terms.c and split.c: its key is
 * a pointer compared by identity and its empty slot is a stale stamp,
 * where theirs compare bytes and find NULL or 0, and the three loops are
 * two lines each, which a shared helper would only wrap in a call.
 */
struct term_slot {
	const struct precis_stem *stem;
	uint32_t stamp;      /* its document */
	uint32_t local;      /* its term id in that document */
};

/* Room for the vocabularies of every language (lang.h allows 32). */
#define MAX_LANGS 32

struct precis_ctx {
	const struct precis_lang *lang; /* the current document's */
	const struct precis_split_rules *split; /* its sentence rules */
	struct precis_split_prep split_prep; /* kept between documents */
	struct precis_vocab *vocab;     /* its vocabulary, in vocabs[] */
	struct precis_vocab *vocabs[MAX_LANGS]; /* by language index */
	bool detect;         /* made for "auto" */
	char *stopwords;     /* the caller's list for every language, or NULL */
	size_t stopwords_len;
	uint32_t stamp;      /* the current document, never 0 */
	struct term_slot *index; /* the term index */
	size_t index_cap;    /* a power of two, or 0 */
	struct precis_spanvec spans;
	struct precis_doc doc;
};

struct keyword {
	size_t offset;
	size_t length;
	double weight;
};

struct precis_summary {
	const char *text;    /* what the offsets refer to */
	size_t len;
	char *owned;         /* the converted text, if any */
	const char *language;
	bool detected;       /* the language was detected: see detection */
	precis_detection detection;
	bool converted;
	bool has_title;
	size_t title_offset;
	size_t title_length;
	size_t words;
	precis_sentence *sents;
	size_t nsents;
	double *feats;       /* nsents rows of PRECIS_FEATURE_COUNT; or NULL */
	size_t *picked;      /* indices into sents, in the requested order */
	size_t npicked;
	struct keyword *keywords;
	size_t nkeywords;
};

/* ------------------------------------------------------------------ */
/* Contexts.                                                           */

/*
 * Makes the current language's vocabulary, unless the context has it
 * already, and makes it current.
 */
static precis_status use_language(precis_ctx *ctx,
				  const struct precis_lang *lang)
{
	size_t i = (size_t)(lang - precis_langs);
	struct precis_vocab *v = ctx->vocabs[i];
	const char *stop = ctx->stopwords;
	size_t stop_len = ctx->stopwords_len;
	precis_status st;

	if (v == NULL) {
		v = precis_calloc(1, sizeof(*v));
		if (v == NULL)
			return PRECIS_ERR_NOMEM;
		if (stop == NULL)
			stop = precis_lang_stopwords(lang, &stop_len);
		st = precis_vocab_init(v, lang->name, stop, stop_len,
				       lang->fold_flags);
		if (st != PRECIS_OK) {
			precis_dealloc(v);
			return st;
		}
		ctx->vocabs[i] = v;
	}
	ctx->lang = lang;
	ctx->split = precis_lang_split(lang);
	ctx->vocab = v;
	return PRECIS_OK;
}

static void free_vocab(precis_ctx *ctx, size_t i)
{
	if (ctx->vocabs[i] == NULL)
		return;
	precis_vocab_free(ctx->vocabs[i]);
	precis_dealloc(ctx->vocabs[i]);
	ctx->vocabs[i] = NULL;
}

precis_ctx *precis_new(const char *language, precis_status *status)
{
	const struct precis_lang *lang;
	bool detect = language != NULL && strcmp(language, "auto") == 0;
	precis_ctx *ctx;
	precis_status st;

	lang = precis_lang_find(language != NULL && !detect ? language :
							      "english");
	if (lang == NULL) {
		st = PRECIS_ERR_LANGUAGE;
		goto fail;
	}
	ctx = precis_calloc(1, sizeof(*ctx));
	if (ctx == NULL) {
		st = PRECIS_ERR_NOMEM;
		goto fail;
	}
	ctx->detect = detect;
	/* An "auto" context loads English now: the fallback is always there. */
	st = use_language(ctx, lang);
	if (st != PRECIS_OK) {
		precis_dealloc(ctx);
		goto fail;
	}
	if (status != NULL)
		*status = PRECIS_OK;
	return ctx;
fail:
	if (status != NULL)
		*status = st;
	return NULL;
}

void precis_free(precis_ctx *ctx)
{
	size_t i;

	if (ctx == NULL)
		return;
	for (i = 0; i < MAX_LANGS; i++)
		free_vocab(ctx, i);
	precis_dealloc(ctx->stopwords);
	precis_spanvec_free(&ctx->spans);
	precis_doc_free(&ctx->doc);
	precis_dealloc(ctx->index);
	precis_dealloc(ctx);
}

const char *precis_language(const precis_ctx *ctx)
{
	return ctx->detect ? "auto" : ctx->lang->name;
}

precis_status precis_set_stopwords(precis_ctx *ctx, const char *list,
				   size_t len)
{
	char *copy;
	size_t i;

	if (ctx == NULL || list == NULL)
		return PRECIS_ERR_INVALID;
	if (!ctx->detect)
		return precis_vocab_set_stopwords(ctx->vocab, list, len);
	/*
	 * Every language, present and future, takes the list.  A
	 * vocabulary that cannot take it now is dropped, to be made again
	 * with the list when a document needs it; the current one (English
	 * until a document is summarized) must take it.
	 */
	copy = precis_malloc(len + 1);
	if (copy == NULL)
		return PRECIS_ERR_NOMEM;
	memcpy(copy, list, len);
	copy[len] = '\0';
	if (precis_vocab_set_stopwords(ctx->vocab, copy, len) != PRECIS_OK) {
		precis_dealloc(copy);
		return PRECIS_ERR_NOMEM;
	}
	for (i = 0; i < MAX_LANGS; i++)
		if (ctx->vocabs[i] != NULL && ctx->vocabs[i] != ctx->vocab &&
		    precis_vocab_set_stopwords(ctx->vocabs[i], copy,
					       len) != PRECIS_OK)
			free_vocab(ctx, i);
	precis_dealloc(ctx->stopwords);
	ctx->stopwords = copy;
	ctx->stopwords_len = len;
	return PRECIS_OK;
}

/* ------------------------------------------------------------------ */
/* Title.                                                              */

static bool is_ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Whether the code point ends a sentence in some script (the splitter's
 * table), or leads on to more text (':' ';').
 */
static bool is_end_mark(int32_t cp)
{
	return precis_split_is_end_mark((uint32_t)cp) || cp == ':' || cp == ';';
}

static bool is_closing_quote(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D ||
	       cp == 0x2019 || cp == 0x00BB;
}

/* The last code point of s[0..len) before position end, and its start. */
static int32_t last_cp(const char *s, size_t *end)
{
	size_t i = *end;
	int32_t cp;

	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	precis_utf8_decode(s, *end, i, &cp);
	*end = i;
	return cp;
}

/*
 * Finds the title in text[start..len) as mode asks.  On success stores its
 * span and the start of the body after it, and returns true.
 */
static bool find_title(const char *text, size_t len, size_t start,
		       precis_title_mode mode, size_t *off, size_t *tlen,
		       size_t *body)
{
	size_t b = start, e, after, words = 0, i;
	const char *nl, *cr;
	bool in_word = false;
	int32_t cp;

	if (mode == PRECIS_TITLE_NONE)
		return false;
	while (b < len && is_ascii_space((unsigned char)text[b]))
		b++;
	if (b >= len)
		return false;
	/* The end of the line; memchr() rather than a byte loop: a text of
	 * one line (tokenized corpora) is read to its end. */
	nl = memchr(text + b, '\n', len - b);
	e = nl != NULL ? (size_t)(nl - text) : len;
	cr = memchr(text + b, '\r', e - b);
	if (cr != NULL)
		e = (size_t)(cr - text);
	after = e;
	while (e > b && is_ascii_space((unsigned char)text[e - 1]))
		e--;
	if (mode == PRECIS_TITLE_AUTO) {
		size_t k = e, next = after;

		if (after >= len || e - b > TITLE_MAX_BYTES)
			return false;
		for (i = b; i < e; i++) {
			bool sp = is_ascii_space((unsigned char)text[i]);

			if (!sp && !in_word)
				words++;
			in_word = !sp;
		}
		if (words > TITLE_MAX_WORDS)
			return false;
		cp = last_cp(text, &k);
		while (k > b && is_closing_quote(cp))
			cp = last_cp(text, &k);
		if (is_end_mark(cp))
			return false;
		/* A body must follow, and not as the rest of a wrapped line. */
		while (next < len && is_ascii_space((unsigned char)text[next]))
			next++;
		if (next >= len)
			return false;
		precis_utf8_decode(text, len, next, &cp);
		if (cp >= 'a' && cp <= 'z')
			return false;
	}
	*off = b;
	*tlen = e - b;
	*body = after;
	return true;
}

/* ------------------------------------------------------------------ */
/* Analysis: sentences, layout and terms.                              */

/* Line breaks in text[b..e): CR LF counts once. */
static size_t count_breaks(const char *text, size_t b, size_t e)
{
	size_t i, n = 0;

	for (i = b; i < e; i++) {
		if (text[i] == '\n')
			n++;
		else if (text[i] == '\r' && (i + 1 >= e || text[i + 1] != '\n'))
			n++;
	}
	return n;
}

/* c in every byte of a 64-bit word; HIGH_BITS is the top bit of each. */
#define BYTES(c)  ((uint64_t)(c) * UINT64_C(0x0101010101010101))
#define HIGH_BITS BYTES(0x80)

/* The top bit of every byte of x (ASCII only) that equals c. */
static inline uint64_t bytes_equal(uint64_t x, unsigned char c)
{
	uint64_t y = x ^ BYTES(c);

	/* Bytes below 0x80 plus 0x7F carry into no other byte. */
	return ~((y + BYTES(0x7F)) | y) & HIGH_BITS;
}

/* How many bytes of m have their top bit set (m has no other bits). */
static inline unsigned count_bytes(uint64_t m)
{
	return (unsigned)(((m >> 7) * BYTES(1)) >> 56);
}

/*
 * scan_sentence() on the 8 bytes at p when they are ASCII and hold no
 * quotation mark, once a character has been counted: adds their
 * characters to *n, carrying *pending from byte to byte, and returns true.
 * Returns false, counting nothing, for other bytes.
 */
static inline bool scan_plain8(const char *p, size_t *n, size_t *pending)
{
	const unsigned char *u = (const unsigned char *)p;
	uint64_t x, space, solid;

	/* Byte k in bits 8k to 8k + 7, whatever the machine's byte order. */
	x = (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
	    (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 |
	    (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 | (uint64_t)u[7] << 56;
	if ((x & HIGH_BITS) != 0 ||
	    (bytes_equal(x, '"') | bytes_equal(x, '`') |
	     bytes_equal(x, '\'')) != 0)
		return false;
	/* ' ' and '\t' to '\r' */
	space = bytes_equal(x, ' ') |
		((x + BYTES(0x80 - '\t')) & ~(x + BYTES(0x80 - '\r' - 1)) &
		 HIGH_BITS);
	solid = space ^ HIGH_BITS;
	/* Every character, and every run of white space before one. */
	*n += count_bytes(solid) +
	      count_bytes(solid & (space << 8 | (uint64_t)*pending << 7));
	*pending = (size_t)(space >> 63);
	return true;
}

/*
 * One pass over the bytes of a sentence, text[b..e), for two things: the
 * number of characters it has once white space is folded (as
 * precis_fold_space() counts them, stored in *chars), and the share of its
 * bytes inside double quotation marks (returned): straight quotes toggle,
 * curly ones open and close, and `` and '' (the quotes of tokenized
 * corpora) open and close; „ opens and “ closes after it (German), and
 * guillemets toggle, since French writes « » and Danish » «.  *inside
 * carries the quotation state over from
 * one sentence to the next.  Counting the characters here, rather than in
 * a second pass through precis_fold_space(), took about a seventh off the
 * time of summarizing (see bench/README.md).  Eight bytes of ASCII with no
 * quotation mark, most of the text, are counted at once (scan_plain8()):
 * that took this pass from about 29 instructions a byte to 10.
 */
static double scan_sentence(const char *text, size_t b, size_t e,
			    bool *inside, size_t *chars)
{
	size_t i = b, quoted = 0, n = 0, pending = 0, in = *inside, retry = b;

	while (i < e) {
		unsigned char c = (unsigned char)text[i];
		size_t k = 1, space;

		if (i >= retry && n > 0 && e - i >= 8) {
			if (scan_plain8(text + i, &n, &pending)) {
				quoted += 8 * in;
				i += 8;
				continue;
			}
			/* Those 8 bytes one character at a time. */
			retry = i + 8;
		}

		if (c >= 0x80 || c == '"' || c == '`' || c == '\'') {
			/* The rare bytes: quotation marks and non-ASCII. */
			int32_t cp;

			space = 0;
			if (c == '"') {
				in = !in;
			} else if (c == '`') {
				if (i + 1 < e && text[i + 1] == '`')
					in = 1;
			} else if (c == '\'') {
				if (i + 1 < e && text[i + 1] == '\'')
					in = 0;
			} else {
				k = precis_utf8_decode(text, e, i, &cp);
				space = precis_is_space(cp);
				if (c == 0xE2 && i + 2 < e &&
				    (unsigned char)text[i + 1] == 0x80) {
					unsigned char d =
						(unsigned char)text[i + 2];

					if (d == 0x9C)
						in = !in;
					else if (d == 0x9D)
						in = 0;
					else if (d == 0x9E)
						in = 1;
				} else if (cp == 0x00AB || cp == 0x00BB) {
					in = !in;
				}
			}
		} else {
			space = c == ' ' || (c >= '\t' && c <= '\r');
		}
		/*
		 * A run of white space counts as one character between two
		 * others, and as none at either end.  Without branches:
		 * white space and words alternate too often to predict.
		 */
		n += (1 + pending) * !space;
		pending = space & (n > 0);
		/* The continuation bytes of a character never change the
		 * state, so they count with its first byte. */
		quoted += k * in;
		i += k;
	}
	*inside = in;
	*chars = n;
	return e > b ? (double)quoted / (double)(e - b) : 0.0;
}

/* The slot of stem in the term index: its own, or the empty one to fill. */
static struct term_slot *index_slot(struct term_slot *index, size_t cap,
				    uint32_t stamp,
				    const struct precis_stem *stem)
{
	uint64_t h = (uint64_t)(uintptr_t)stem * UINT64_C(0x9E3779B97F4A7C15);
	size_t mask = cap - 1, i = (size_t)(h >> 32) & mask;

	while (index[i].stamp == stamp && index[i].stem != stem)
		i = (i + 1) & mask;
	return &index[i];
}

/* Doubles the term index, keeping the current document's terms. */
static int grow_index(precis_ctx *ctx)
{
	size_t cap = ctx->index_cap ? ctx->index_cap * 2 : 1024, i;
	struct term_slot *index = precis_calloc(cap, sizeof(*index));

	if (index == NULL)
		return -1;
	for (i = 0; i < ctx->index_cap; i++)
		if (ctx->index[i].stamp == ctx->stamp)
			*index_slot(index, cap, ctx->stamp,
				    ctx->index[i].stem) = ctx->index[i];
	precis_dealloc(ctx->index);
	ctx->index = index;
	ctx->index_cap = cap;
	return 0;
}

/* The document-local term of a stem, made on first sight. */
static struct precis_doc_term *local_term(precis_ctx *ctx,
					  struct precis_stem *stem, size_t off,
					  size_t len)
{
	struct precis_doc *doc = &ctx->doc;
	struct precis_doc_term *t;
	struct term_slot *slot;

	if ((doc->nterms + 1) * 2 > ctx->index_cap && grow_index(ctx) != 0)
		return NULL;
	slot = index_slot(ctx->index, ctx->index_cap, ctx->stamp, stem);
	if (slot->stamp == ctx->stamp)
		return &doc->terms[slot->local];
	if (precis_grow((void **)&doc->terms, &doc->terms_cap,
			doc->nterms + 1, sizeof(*doc->terms)) != 0)
		return NULL;
	t = &doc->terms[doc->nterms];
	memset(t, 0, sizeof(*t));
	t->stem = stem;
	t->first_offset = off;
	t->first_length = len;
	slot->stem = stem;
	slot->stamp = ctx->stamp;
	slot->local = (uint32_t)doc->nterms++;
	return t;
}

/*
 * The document-local term of the word text[wb..wb+wl): *out is NULL when the
 * word is no term.  PRECIS_OK or an error.
 */
static precis_status word_term(precis_ctx *ctx, const char *text, size_t wb,
			       size_t wl, struct precis_doc_term **out)
{
	struct precis_stem *stem;
	precis_status st;

	*out = NULL;
	st = precis_vocab_lookup(ctx->vocab, text + wb, wl, &stem);
	if (st != PRECIS_OK || stem == NULL)
		return st;
	*out = local_term(ctx, stem, wb, wl);
	return *out != NULL ? PRECIS_OK : PRECIS_ERR_NOMEM;
}

/* Starts a new document: a fresh stamp, a bounded vocabulary. */
static void begin_document(precis_ctx *ctx)
{
	struct precis_doc *doc = &ctx->doc;
	size_t i, words = 0;

	/* The word caches of every language met share one bound. */
	for (i = 0; i < MAX_LANGS; i++)
		if (ctx->vocabs[i] != NULL)
			words += ctx->vocabs[i]->count;
	if (words > PRECIS_VOCAB_MAX_WORDS)
		for (i = 0; i < MAX_LANGS; i++)
			if (ctx->vocabs[i] != NULL)
				precis_vocab_trim(ctx->vocabs[i],
						  ctx->vocabs[i]->count / 2);
	if (++ctx->stamp == 0) {
		if (ctx->index_cap > 0)
			memset(ctx->index, 0,
			       ctx->index_cap * sizeof(*ctx->index));
		ctx->stamp = 1;
	}
	doc->nsents = 0;
	doc->nterms = 0;
	doc->ntoks = 0;
	doc->npicked = 0;
	doc->titled = false;
	doc->title_terms = 0;
	doc->words = 0;
	doc->max_tf = 0;
}

/*
 * Words are looked up in batches of this many: finding a batch first and
 * asking for the word table's slots of all of them lets the memory
 * fetches overlap, where looking each word up as it is found waited for
 * one fetch at a time (see bench/README.md).
 */
#define WORD_BATCH 32

/* Adds the word of key to the document's terms. */
static precis_status add_token(precis_ctx *ctx, const char *text,
			       const struct precis_word_key *key)
{
	struct precis_doc *doc = &ctx->doc;
	struct precis_stem *stem;
	struct precis_doc_term *t;
	precis_status st;

	st = precis_vocab_find(ctx->vocab, text, key, &stem);
	if (st != PRECIS_OK)
		return st;
	if (stem == NULL)
		return PRECIS_OK;
	t = local_term(ctx, stem, key->offset, key->len);
	if (t == NULL || precis_grow((void **)&doc->toks, &doc->toks_cap,
				     doc->ntoks + 1, sizeof(*doc->toks)) != 0)
		return PRECIS_ERR_NOMEM;
	t->tf++;
	if (t->tf > doc->max_tf)
		doc->max_tf = t->tf;
	doc->toks[doc->ntoks++] = (uint32_t)(t - doc->terms);
	return PRECIS_OK;
}

/*
 * Fills ctx->doc from the sentence spans of text: layout, counts and, when
 * with_terms is set, the content terms of every sentence.
 */
static precis_status analyse(precis_ctx *ctx, const char *text, size_t body,
			     bool with_terms)
{
	struct precis_doc *doc = &ctx->doc;
	const struct precis_spanvec *sp = &ctx->spans;
	size_t i, prev_end = body, paragraph = 0;
	bool inside = false;

	if (precis_grow((void **)&doc->sents, &doc->sents_cap, sp->n,
			sizeof(*doc->sents)) != 0)
		return PRECIS_ERR_NOMEM;
	for (i = 0; i < sp->n; i++) {
		struct precis_doc_sent *s = &doc->sents[i];
		size_t off = sp->v[i].offset, end = off + sp->v[i].length;
		size_t breaks = count_breaks(text, prev_end, off);
		struct precis_word_scan scan;
		size_t wb, wl;
		bool chunk, more;

		precis_word_scan_init(&scan, text, off, end);
		memset(s, 0, sizeof(*s));
		s->offset = off;
		s->length = sp->v[i].length;
		if (i > 0 && breaks >= 2)
			paragraph++;
		if (breaks >= 2)
			inside = false;
		s->paragraph = paragraph;
		s->para_start = i == 0 || breaks >= 2;
		s->line_start = i == 0 || breaks >= 1;
		s->tok_begin = doc->ntoks;
		do {
			struct precis_word_key keys[WORD_BATCH];
			size_t n = 0, k;

			/* Find a batch of words, fetching their slots... */
			more = false;
			while (n < WORD_BATCH &&
			       (more = precis_word_next(&scan, &wb, &wl,
							&chunk))) {
				if (chunk)
					s->words++;
				if (with_terms)
					precis_vocab_key(ctx->vocab, text, wb,
							 wl, end, &keys[n++]);
			}
			/* ...then look them up, in order. */
			for (k = 0; k < n; k++) {
				precis_status st = add_token(ctx, text,
							     &keys[k]);

				if (st != PRECIS_OK)
					return st;
			}
		} while (more);
		s->tok_end = doc->ntoks;
		s->quoted = scan_sentence(text, off, end, &inside, &s->chars);
		doc->words += s->words;
		prev_end = end;
		doc->nsents++;
	}
	return PRECIS_OK;
}

/* Marks the title's content terms. */
static precis_status analyse_title(precis_ctx *ctx, const char *text,
				   size_t off, size_t len)
{
	struct precis_word_scan scan;
	size_t wb, wl;
	bool chunk;

	precis_word_scan_init(&scan, text, off, off + len);
	while (precis_word_next(&scan, &wb, &wl, &chunk)) {
		struct precis_doc_term *t;
		precis_status st = word_term(ctx, text, wb, wl, &t);

		if (st != PRECIS_OK)
			return st;
		if (t != NULL && !t->in_title) {
			t->in_title = true;
			ctx->doc.title_terms++;
		}
	}
	return PRECIS_OK;
}

/* ------------------------------------------------------------------ */
/* Results.                                                            */

static int by_keyword(const void *a, const void *b)
{
	const struct precis_doc_term *x = *(const struct precis_doc_term *const *)a;
	const struct precis_doc_term *y = *(const struct precis_doc_term *const *)b;

	if (x->tf != y->tf)
		return x->tf > y->tf ? -1 : 1;
	return (x->first_offset > y->first_offset) -
	       (x->first_offset < y->first_offset);
}

static precis_status make_keywords(precis_ctx *ctx, size_t want,
				   precis_summary *sum)
{
	struct precis_doc *doc = &ctx->doc;
	struct precis_doc_term **cand;
	size_t i, n = 0;

	if (want == 0 || doc->nterms == 0)
		return PRECIS_OK;
	cand = precis_malloc(doc->nterms * sizeof(*cand));
	if (cand == NULL)
		return PRECIS_ERR_NOMEM;
	for (i = 0; i < doc->nterms; i++)
		if (doc->terms[i].tf > 0 && !doc->terms[i].stem->numeric)
			cand[n++] = &doc->terms[i];
	qsort(cand, n, sizeof(*cand), by_keyword);
	if (n > want)
		n = want;
	sum->keywords = precis_malloc((n ? n : 1) * sizeof(*sum->keywords));
	if (sum->keywords == NULL) {
		precis_dealloc(cand);
		return PRECIS_ERR_NOMEM;
	}
	for (i = 0; i < n; i++) {
		sum->keywords[i].offset = cand[i]->first_offset;
		sum->keywords[i].length = cand[i]->first_length;
		sum->keywords[i].weight = (double)cand[i]->tf / doc->max_tf;
	}
	sum->nkeywords = n;
	precis_dealloc(cand);
	return PRECIS_OK;
}

/* Copies the document's sentences (and features, if scored) into sum. */
static precis_status fill_summary(precis_ctx *ctx, precis_summary *sum,
				  bool scored)
{
	const struct precis_doc *doc = &ctx->doc;
	size_t i, n = doc->nsents;

	sum->nsents = n;
	sum->words = doc->words;
	sum->sents = precis_malloc((n ? n : 1) * sizeof(*sum->sents));
	if (sum->sents == NULL)
		return PRECIS_ERR_NOMEM;
	if (scored) {
		sum->feats = precis_malloc((n ? n : 1) * PRECIS_FEATURE_COUNT *
					   sizeof(*sum->feats));
		sum->picked = precis_malloc((doc->npicked ? doc->npicked : 1) *
					    sizeof(*sum->picked));
		if (sum->feats == NULL || sum->picked == NULL)
			return PRECIS_ERR_NOMEM;
		if (doc->npicked > 0)
			memcpy(sum->picked, doc->picked,
			       doc->npicked * sizeof(*sum->picked));
		sum->npicked = doc->npicked;
	}
	for (i = 0; i < n; i++) {
		const struct precis_doc_sent *s = &doc->sents[i];
		precis_sentence *o = &sum->sents[i];

		o->index = i;
		o->offset = s->offset;
		o->length = s->length;
		o->paragraph = s->paragraph;
		o->words = s->words;
		o->chars = s->chars;
		o->score = scored ? s->score : 0.0;
		o->rank = scored ? s->rank : 0;
		o->selected = scored && s->selected;
		if (scored)
			memcpy(sum->feats + i * PRECIS_FEATURE_COUNT, s->feat,
			       sizeof(s->feat));
	}
	return PRECIS_OK;
}

/*
 * The shared front of precis_summarize and precis_split: checks and
 * converts the text, finds the title and splits the body.
 */
static precis_status prepare(precis_ctx *ctx, const char *text, size_t len,
			     size_t max_bytes, precis_title_mode title,
			     precis_summary **out, precis_summary **sump,
			     size_t *body)
{
	precis_summary *sum;
	size_t start = 0, t_off = 0, t_len = 0, b;

	if (out != NULL)
		*out = NULL;
	if (ctx == NULL || out == NULL || (text == NULL && len > 0) ||
	    (unsigned)title > PRECIS_TITLE_NONE)
		return PRECIS_ERR_INVALID;
	if (max_bytes > 0 && len > max_bytes)
		return PRECIS_ERR_TOO_LARGE;
	if (len > 0 && memchr(text, '\0', len) != NULL)
		return PRECIS_ERR_BINARY;
	sum = precis_calloc(1, sizeof(*sum));
	if (sum == NULL)
		return PRECIS_ERR_NOMEM;
	sum->text = len > 0 ? text : "";
	sum->len = len;
	if (len > 0 && !precis_utf8_valid(text, len)) {
		if (precis_cp1252_to_utf8(text, len, &sum->owned,
					  &sum->len) != 0) {
			precis_summary_free(sum);
			return PRECIS_ERR_NOMEM;
		}
		sum->text = sum->owned;
		sum->converted = true;
	}
	text = sum->text;
	len = sum->len;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		start = 3;
	if (ctx->detect) {
		precis_status st;

		precis_detect(text + start, len - start, &sum->detection);
		sum->detected = true;
		st = use_language(ctx, sum->detection.reliable ?
				  &precis_langs[sum->detection.language] :
				  precis_lang_find("english"));
		if (st != PRECIS_OK) {
			precis_summary_free(sum);
			return st;
		}
	}
	sum->language = ctx->lang->name;
	b = start;
	if (find_title(text, len, start, title, &t_off, &t_len, &b)) {
		sum->has_title = true;
		sum->title_offset = t_off;
		sum->title_length = t_len;
	}
	begin_document(ctx);
	if (precis_split_prepared(&ctx->split_prep, ctx->split, text + b,
				  len - b, &ctx->spans) != 0) {
		precis_summary_free(sum);
		return PRECIS_ERR_NOMEM;
	}
	for (size_t i = 0; i < ctx->spans.n; i++)
		ctx->spans.v[i].offset += b;
	*sump = sum;
	*body = b;
	return PRECIS_OK;
}

precis_status precis_summarize(precis_ctx *ctx, const char *text, size_t len,
			       const precis_options *options,
			       precis_summary **out)
{
	precis_options defaults;
	precis_summary *sum = NULL;
	precis_status st;
	size_t body;

	if (options == NULL) {
		precis_options_init(&defaults);
		options = &defaults;
	}
	if ((unsigned)options->order > PRECIS_ORDER_SCORE ||
	    (unsigned)options->method > PRECIS_METHOD_LEAD ||
	    !(options->ratio >= 0 && options->ratio <= 1) ||
	    !(options->redundancy >= 0 && options->redundancy <= 1)) {
		if (out != NULL)
			*out = NULL;
		return PRECIS_ERR_INVALID;
	}
	st = prepare(ctx, text, len, options->max_bytes, options->title, out,
		     &sum, &body);
	if (st != PRECIS_OK)
		return st;
	text = sum->text;
	ctx->doc.titled = sum->has_title;
	if (sum->has_title)
		st = analyse_title(ctx, text, sum->title_offset,
				   sum->title_length);
	if (st == PRECIS_OK)
		st = analyse(ctx, text, body, true);
	if (st != PRECIS_OK)
		goto fail;
	precis_score(&ctx->doc, &options->weights);
	if (precis_select(&ctx->doc, options) != 0) {
		st = PRECIS_ERR_NOMEM;
		goto fail;
	}
	st = fill_summary(ctx, sum, true);
	if (st == PRECIS_OK)
		st = make_keywords(ctx, options->keywords, sum);
	if (st != PRECIS_OK)
		goto fail;
	*out = sum;
	return PRECIS_OK;
fail:
	precis_summary_free(sum);
	return st;
}

precis_status precis_split(precis_ctx *ctx, const char *text, size_t len,
			   precis_title_mode title_mode, precis_summary **out)
{
	precis_summary *sum = NULL;
	precis_status st;
	size_t body;

	st = prepare(ctx, text, len, 0, title_mode, out, &sum, &body);
	if (st != PRECIS_OK)
		return st;
	st = analyse(ctx, sum->text, body, false);
	if (st == PRECIS_OK)
		st = fill_summary(ctx, sum, false);
	if (st != PRECIS_OK) {
		precis_summary_free(sum);
		return st;
	}
	*out = sum;
	return PRECIS_OK;
}

void precis_summary_free(precis_summary *sum)
{
	if (sum == NULL)
		return;
	precis_dealloc(sum->owned);
	precis_dealloc(sum->sents);
	precis_dealloc(sum->feats);
	precis_dealloc(sum->picked);
	precis_dealloc(sum->keywords);
	precis_dealloc(sum);
}

const char *precis_summary_text(const precis_summary *sum, size_t *len)
{
	if (len != NULL)
		*len = sum->len;
	return sum->text;
}

size_t precis_summary_count(const precis_summary *sum)
{
	return sum->npicked;
}

const precis_sentence *precis_summary_at(const precis_summary *sum, size_t i)
{
	return i < sum->npicked ? &sum->sents[sum->picked[i]] : NULL;
}

size_t precis_summary_sentence_count(const precis_summary *sum)
{
	return sum->nsents;
}

const precis_sentence *precis_summary_sentence(const precis_summary *sum,
					       size_t i)
{
	return i < sum->nsents ? &sum->sents[i] : NULL;
}

double precis_summary_feature(const precis_summary *sum, size_t i,
			      precis_feature f)
{
	if (sum->feats == NULL || i >= sum->nsents ||
	    (unsigned)f >= PRECIS_FEATURE_COUNT)
		return 0.0;
	return sum->feats[i * PRECIS_FEATURE_COUNT + (size_t)f];
}

bool precis_summary_title(const precis_summary *sum, size_t *offset,
			  size_t *length)
{
	if (!sum->has_title)
		return false;
	if (offset != NULL)
		*offset = sum->title_offset;
	if (length != NULL)
		*length = sum->title_length;
	return true;
}

const char *precis_summary_language(const precis_summary *sum)
{
	return sum->language;
}

bool precis_summary_detection(const precis_summary *sum,
			      precis_detection *out)
{
	if (!sum->detected)
		return false;
	if (out != NULL)
		*out = sum->detection;
	return true;
}

bool precis_summary_converted(const precis_summary *sum)
{
	return sum->converted;
}

size_t precis_summary_word_count(const precis_summary *sum)
{
	return sum->words;
}

size_t precis_summary_keyword_count(const precis_summary *sum)
{
	return sum->nkeywords;
}

bool precis_summary_keyword(const precis_summary *sum, size_t i,
			    size_t *offset, size_t *length, double *weight)
{
	if (i >= sum->nkeywords)
		return false;
	if (offset != NULL)
		*offset = sum->keywords[i].offset;
	if (length != NULL)
		*length = sum->keywords[i].length;
	if (weight != NULL)
		*weight = sum->keywords[i].weight;
	return true;
}
