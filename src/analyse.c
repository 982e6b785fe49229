/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * analyse.c - sentences, layout and terms of one document.
 *
 * One pass over each sentence finds its words (looked up in the
 * vocabulary, in batches), maps their stems to document-local terms
 * through an open-addressed index, and counts its characters and the
 * share of it inside quotation marks.
 */
#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "analyse.h"
#include "text.h"

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
#define BYTES(c) ((uint64_t)(c)*UINT64_C(0x0101010101010101))
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
 * characters to *n and those that are not white space to *solid_n,
 * carrying *pending from byte to byte, and returns true.  Returns false,
 * counting nothing, for other bytes.
 */
static inline bool scan_plain8(const char *p, size_t *n, size_t *solid_n,
			       size_t *pending)
{
	const unsigned char *u = (const unsigned char *)p;
	uint64_t x, space, solid;

	/* Byte k in bits 8k to 8k + 7, whatever the machine's byte order. */
	x = (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
	    (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 | (uint64_t)u[5] << 40 |
	    (uint64_t)u[6] << 48 | (uint64_t)u[7] << 56;
	if ((x & HIGH_BITS) != 0 || (bytes_equal(x, '"') | bytes_equal(x, '`') |
				     bytes_equal(x, '\'')) != 0)
		return false;
	/* ' ' and '\t' to '\r' */
	space = bytes_equal(x, ' ') |
		((x + BYTES(0x80 - '\t')) & ~(x + BYTES(0x80 - '\r' - 1)) &
		 HIGH_BITS);
	solid = space ^ HIGH_BITS;
	/* Every character, and every run of white space before one. */
	*solid_n += count_bytes(solid);
	*n += count_bytes(solid) +
	      count_bytes(solid & (space << 8 | (uint64_t)*pending << 7));
	*pending = (size_t)(space >> 63);
	return true;
}

/*
 * One pass over the bytes of a sentence, text[b..e), for three things: the
 * number of characters it has once white space is folded (as
 * precis_fold_space() counts them, stored in *chars), its number of words
 * as `wc -w` and ROUGE count them, runs of characters that are not white
 * space (stored in *words), and the share of its
 * bytes inside double quotation marks (returned): straight quotes toggle,
 * curly ones open and close, and `` and '' (the quotes of tokenized
 * corpora) open and close; „ opens and “ closes after it (German), and
 * guillemets toggle, since French writes « » and Danish » «.  *inside
 * carries the quotation state over from one sentence to the next.  The
 * characters are counted here, rather than in a second pass through
 * precis_fold_space(), so that the sentence is read once; eight bytes of
 * ASCII with no quotation mark, most of the text, are counted at once
 * (scan_plain8()).
 */
static double scan_sentence(const char *text, size_t b, size_t e, bool *inside,
			    size_t *chars, size_t *words)
{
	size_t i = b, quoted = 0, n = 0, pending = 0, in = *inside, retry = b;
	size_t solid_n = 0;

	while (i < e) {
		unsigned char c = (unsigned char)text[i];
		size_t k = 1, space;

		if (i >= retry && n > 0 && e - i >= 8) {
			if (scan_plain8(text + i, &n, &solid_n, &pending)) {
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
		solid_n += !space;
		pending = space & (n > 0);
		/* The continuation bytes of a character never change the
		 * state, so they count with its first byte. */
		quoted += k * in;
		i += k;
	}
	*inside = in;
	*chars = n;
	/* Between two words, one run of white space counts as a character. */
	*words = n > 0 ? n - solid_n + 1 : 0;
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
static struct precis_doc_term *
local_term(precis_ctx *ctx, struct precis_stem *stem, size_t off, size_t len)
{
	struct precis_doc *doc = &ctx->doc;
	struct precis_doc_term *t;
	struct term_slot *slot;

	if ((doc->nterms + 1) * 2 > ctx->index_cap && grow_index(ctx) != 0)
		return NULL;
	slot = index_slot(ctx->index, ctx->index_cap, ctx->stamp, stem);
	if (slot->stamp == ctx->stamp)
		return &doc->terms[slot->local];
	if (precis_grow((void **)&doc->terms, &doc->terms_cap, doc->nterms + 1,
			sizeof(*doc->terms)) != 0)
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

void precis_analyse_begin(precis_ctx *ctx)
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
	doc->title_terms = 0;
	doc->words = 0;
	doc->max_tf = 0;
}

/*
 * Words are looked up in batches of this many: finding a batch first and
 * asking for the word table's slots of all of them lets the memory
 * fetches overlap, where looking each word up as it is found waits for
 * one fetch at a time.
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

precis_status precis_analyse(precis_ctx *ctx, const char *text, size_t body,
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
		more = with_terms;
		while (more) {
			struct precis_word_key keys[WORD_BATCH];
			size_t n = 0, k;

			/* Find a batch of words, fetching their slots... */
			more = false;
			while (n < WORD_BATCH &&
			       (more = precis_word_next(&scan, &wb, &wl,
							&chunk)))
				precis_vocab_key(ctx->vocab, text, wb, wl, end,
						 &keys[n++]);
			/* ...then look them up, in order. */
			for (k = 0; k < n; k++) {
				precis_status st =
					add_token(ctx, text, &keys[k]);

				if (st != PRECIS_OK)
					return st;
			}
		}
		s->tok_end = doc->ntoks;
		s->quoted = scan_sentence(text, off, end, &inside, &s->chars,
					  &s->words);
		doc->words += s->words;
		prev_end = end;
		doc->nsents++;
	}
	return PRECIS_OK;
}

precis_status precis_analyse_title(precis_ctx *ctx, const char *text,
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
