/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * terms.c - the vocabulary: surface words to interned stems.
 *
 * The hot path of summarizing is here: every word of every document is
 * looked up in the word table, keyed by its bytes as they stand in the
 * text, so that a word seen before costs one hash and, most of the time,
 * one slot read (see struct precis_word_slot).  Only a new
 * word is case folded, checked against the stopwords and given to the
 * Snowball stemmer, whose result is interned in `stems` at once (a Snowball
 * stem lives only until the stemmer's next call).
 */
#include "terms.h"

#include <libstemmer.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"

/*
 * Longer "words" (base64, URLs without punctuation, runs of one letter) are
 * no terms: they are neither cached nor stemmed, so that they cost no
 * memory in a long-lived context.
 */
#define WORD_MAX_BYTES 256

_Static_assert(WORD_MAX_BYTES <= UINT16_MAX, "a slot's len is 16 bits");

/* Room for the words and stems, taken in chunks of this many bytes. */
#define ARENA_CHUNK 65536

/* n bytes, 8-byte aligned, from the chunks at *a; NULL when out of memory. */
static void *arena_alloc(struct precis_arena_chunk **a, size_t n)
{
	struct precis_arena_chunk *c = *a;
	void *p;

	n = (n + 7) & ~(size_t)7;
	if (c == NULL || c->size - c->used < n) {
		size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;

		c = precis_malloc(sizeof(*c) + size);
		if (c == NULL)
			return NULL;
		c->next = *a;
		c->used = 0;
		c->size = size;
		*a = c;
	}
	p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

static void arena_free(struct precis_arena_chunk **a)
{
	while (*a != NULL) {
		struct precis_arena_chunk *next = (*a)->next;

		precis_dealloc(*a);
		*a = next;
	}
}

static void free_words(struct precis_vocab *v)
{
	precis_dealloc(v->slots);
	v->slots = NULL;
	v->slots_cap = 0;
	v->count = 0;
	precis_dealloc(v->stems);
	v->stems = NULL;
	v->stems_cap = 0;
	v->nstems = 0;
	arena_free(&v->arena);
}

static void free_stopwords(struct precis_stopword **set)
{
	struct precis_stopword *s, *st;

	HASH_ITER(hh, *set, s, st) {
		HASH_DEL(*set, s);
		precis_dealloc(s);
	}
}

/*
 * Case folds s[0..len) into vocab->fold.out (see precis_fold_word).
 * Returns the folded length, or SIZE_MAX when out of memory.
 */
static size_t fold_word(struct precis_vocab *v, const char *s, size_t len)
{
	return precis_fold_word(&v->fold, s, len, v->fold_flags);
}

static bool is_stopword(const struct precis_vocab *v, const char *s, size_t len)
{
	struct precis_stopword *sw;

	HASH_FIND(hh, v->stopwords, s, len, sw);
	return sw != NULL;
}

/*
 * Languages without a stemmer (PRECIS_FOLD_NO_STEM).  Chinese and Japanese
 * words are the pairs of characters that the word scanner gives (see
 * precis_word_next): a pair is no term when it is a stopword itself, when
 * both its characters are one-character stopwords (了的, 也是), or when
 * either is a kana one (Japanese particles: の人, は東).
 */
static bool pair_is_stopword(const struct precis_vocab *v, const char *s,
			     size_t len)
{
	int32_t a, b;
	size_t na, nb;
	bool sa, sb;

	if (len < 6 || (unsigned char)s[0] < 0xE0)
		return false;
	na = precis_utf8_decode(s, len, 0, &a);
	if (na >= len || !precis_is_cjk(a))
		return false;
	nb = precis_utf8_decode(s, len, na, &b);
	if (na + nb != len || !precis_is_cjk(b))
		return false;
	sa = is_stopword(v, s, na);
	sb = is_stopword(v, s + na, nb);
	return (sa && sb) || (sa && a < 0x3100) || (sb && b < 0x3100);
}

/*
 * Korean writes its case particles on the noun: 정부는, 정부가, 정부의 are
 * one term, 정부.  A word of Hangul syllables loses the particle it ends
 * in, when at least two syllables stay.  Returns the new length of
 * s[0..len).
 */
static size_t strip_particle(const char *s, size_t len)
{
	/* longest first; every Hangul syllable is 3 bytes of UTF-8 */
	static const char *const particles[] = {
		"에서는", "에게서", "으로는", "이라고", "에서도", "에서",
		"에게",   "에는",   "에도",   "으로",   "까지",   "부터",
		"처럼",   "보다",   "라고",   "와의",   "과의",   "은",
		"는",     "이",     "가",     "을",     "를",     "의",
		"에",     "도",     "와",     "과",     "로",     "만",
		NULL
	};
	size_t k, n;

	/* Hangul syllables are U+AC00..U+D7A3: lead bytes EA to ED */
	if (len < 9 || (unsigned char)s[0] < 0xEA || (unsigned char)s[0] > 0xED)
		return len;
	for (k = 0; particles[k] != NULL; k++) {
		n = strlen(particles[k]);
		if (len >= n + 6 && memcmp(s + len - n, particles[k], n) == 0)
			return len - n;
	}
	return len;
}

/* Parses a Snowball-format list into a new set. */
static precis_status parse_stopwords(struct precis_vocab *v, const char *list,
				     size_t len, struct precis_stopword **out)
{
	struct precis_stopword *set = NULL;
	size_t i = 0;

	while (i < len) {
		size_t b, n;
		struct precis_stopword *sw;
		bool hash_oom = false;

		if (list[i] == '|') {
			while (i < len && list[i] != '\n')
				i++;
			continue;
		}
		if (list[i] == ' ' || (list[i] >= '\t' && list[i] <= '\r')) {
			i++;
			continue;
		}
		b = i;
		while (i < len && list[i] != '|' && list[i] != ' ' &&
		       !(list[i] >= '\t' && list[i] <= '\r'))
			i++;
		n = fold_word(v, list + b, i - b);
		if (n == SIZE_MAX)
			goto nomem;
		HASH_FIND(hh, set, v->fold.out, n, sw);
		if (sw != NULL)
			continue;
		sw = precis_malloc(sizeof(*sw) + n);
		if (sw == NULL)
			goto nomem;
		sw->len = (uint32_t)n;
		memcpy(sw->key, v->fold.out, n);
		HASH_ADD_KEYPTR(hh, set, sw->key, n, sw);
		if (hash_oom) {
			precis_dealloc(sw);
			goto nomem;
		}
	}
	*out = set;
	return PRECIS_OK;
nomem:
	free_stopwords(&set);
	return PRECIS_ERR_NOMEM;
}

precis_status precis_vocab_init(struct precis_vocab *v, const char *algorithm,
				const char *stopwords, size_t stopwords_len,
				unsigned fold_flags)
{
	precis_status st;

	memset(v, 0, sizeof(*v));
	v->fold_flags = fold_flags;
	if (!(fold_flags & PRECIS_FOLD_NO_STEM)) {
		v->stemmer = sb_stemmer_new(algorithm, NULL);
		if (v->stemmer == NULL)
			return PRECIS_ERR_STEMMER;
	}
	if (stopwords != NULL) {
		st = parse_stopwords(v, stopwords, stopwords_len,
				     &v->stopwords);
		if (st != PRECIS_OK) {
			precis_vocab_free(v);
			return st;
		}
	}
	return PRECIS_OK;
}

void precis_vocab_free(struct precis_vocab *v)
{
	free_words(v);
	free_stopwords(&v->stopwords);
	if (v->stemmer != NULL)
		sb_stemmer_delete(v->stemmer);
	precis_fold_buf_free(&v->fold);
	memset(v, 0, sizeof(*v));
}

precis_status precis_vocab_set_stopwords(struct precis_vocab *v,
					 const char *list, size_t len)
{
	struct precis_stopword *set;
	precis_status st = parse_stopwords(v, list, len, &set);

	if (st != PRECIS_OK)
		return st;
	free_stopwords(&v->stopwords);
	v->stopwords = set;
	/* Cached words carry the old list's verdicts. */
	free_words(v);
	return PRECIS_OK;
}

static bool has_letter(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		int32_t cp;

		i += precis_utf8_decode(s, len, i, &cp);
		if (precis_is_letter(cp))
			return true;
	}
	return false;
}

/*
 * The n <= 8 bytes at s as a number, zero-padded.  Where the machine is
 * little-endian and 8 bytes can be read at s (room >= 8), one load and a
 * mask give the same number as the byte loop, without its branches: 4%
 * off the time of summarizing the dev sets (see bench/README.md).
 */
static inline uint64_t load_bytes(const char *s, size_t n, size_t room)
{
	uint64_t w = 0;
	size_t i;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (room >= 8) {
		memcpy(&w, s, 8);
		return n == 8 ? w : w & ((UINT64_C(1) << (8 * n)) - 1);
	}
#else
	(void)room;
#endif
	for (i = 0; i < n; i++)
		w |= (uint64_t)(unsigned char)s[i] << (8 * i);
	return w;
}

/*
 * The word table's hash: eight bytes at a time, each block mixed in with a
 * multiplication, and a final avalanche so that the low bits, which pick
 * the slot, depend on every byte.  Words are short, so this is a few
 * multiplications where uthash's default hash (Jenkins) spends a dozen
 * operations on every twelve bytes plus its setup.  Also stores the
 * word's head, its first 16 bytes zero-padded, in head[0..1].  room is the
 * number of bytes that may be read at s, len or more.
 */
static uint32_t hash_word(const char *s, size_t len, size_t room,
			  uint64_t head[2])
{
	uint64_t h = (uint64_t)len * UINT64_C(0x9E3779B97F4A7C15), w;
	size_t n = len < 8 ? len : 8, block = 0;

	head[1] = 0;
	for (;;) {
		w = load_bytes(s, n, room);
		if (block < 2)
			head[block++] = w;
		h = (h ^ w) * UINT64_C(0xBF58476D1CE4E5B9);
		h ^= h >> 31;
		s += n;
		len -= n;
		room -= n;
		if (len == 0)
			break;
		n = len < 8 ? len : 8;
	}
	h *= UINT64_C(0x94D049BB133111EB);
	h ^= h >> 29;
	return (uint32_t)(h >> 32);
}

/* Puts a copy of *slot into the first empty slot of its probe sequence. */
static void place_word(struct precis_word_slot *slots, size_t cap,
		       const struct precis_word_slot *slot)
{
	size_t i = slot->hash & (cap - 1);

	while (slots[i].word != NULL)
		i = (i + 1) & (cap - 1);
	slots[i] = *slot;
}

/* Puts stem into the first empty slot of its probe sequence. */
static void place_stem(struct precis_stem **stems, size_t cap,
		       struct precis_stem *stem)
{
	size_t i = stem->hash & (cap - 1);

	while (stems[i] != NULL)
		i = (i + 1) & (cap - 1);
	stems[i] = stem;
}

/*
 * Interns the stem s[0..len); NULL when out of memory.  uthash, which held
 * the stems before, walked a chain of nodes for every new word, a cache
 * miss at each, and that was most of the time a new word cost.
 */
static struct precis_stem *intern_stem(struct precis_vocab *v, const char *s,
				       size_t len)
{
	uint64_t head[2];
	uint32_t hash = hash_word(s, len, len, head);
	size_t mask = v->stems_cap - 1, i;
	struct precis_stem *st;

	for (i = hash & mask; v->stems_cap > 0 && v->stems[i] != NULL;
	     i = (i + 1) & mask) {
		st = v->stems[i];
		if (st->hash == hash && st->len == len &&
		    memcmp(st->key, s, len) == 0)
			return st;
	}
	if ((v->nstems + 1) * 2 > v->stems_cap) {
		size_t cap = v->stems_cap ? v->stems_cap * 2 : 1024;
		struct precis_stem **stems =
			precis_malloc(cap * sizeof(*stems));

		if (stems == NULL)
			return NULL;
		memset(stems, 0, cap * sizeof(*stems));
		for (i = 0; i < v->stems_cap; i++)
			if (v->stems[i] != NULL)
				place_stem(stems, cap, v->stems[i]);
		precis_dealloc(v->stems);
		v->stems = stems;
		v->stems_cap = cap;
	}
	st = arena_alloc(&v->arena, sizeof(*st) + len);
	if (st == NULL)
		return NULL;
	st->moved = NULL;
	st->len = (uint32_t)len;
	st->hash = hash;
	st->numeric = !has_letter(s, len);
	st->live = false;
	memcpy(st->key, s, len);
	place_stem(v->stems, v->stems_cap, st);
	v->nstems++;
	return st;
}

/* Adds a slot, doubling the table first if it would be over half full. */
static int add_word(struct precis_vocab *v, const struct precis_word_slot *slot)
{
	if ((v->count + 1) * 2 > v->slots_cap) {
		size_t cap = v->slots_cap ? v->slots_cap * 2 : 1024, i;
		struct precis_word_slot *slots;

		/*
		 * Written at once rather than calloc'd: a fresh mapping
		 * read before it is written maps the shared zero page, and
		 * the write that replaces it then flushes the TLB of every
		 * CPU the process runs on, an interrupt per page while
		 * other batch workers run (3% of a 2-job batch's time).
		 */
		slots = precis_malloc(cap * sizeof(*slots));
		if (slots == NULL)
			return -1;
		memset(slots, 0, cap * sizeof(*slots));
		for (i = 0; i < v->slots_cap; i++)
			if (v->slots[i].word != NULL)
				place_word(slots, cap, &v->slots[i]);
		precis_dealloc(v->slots);
		v->slots = slots;
		v->slots_cap = cap;
	}
	place_word(v->slots, v->slots_cap, slot);
	v->count++;
	return 0;
}

/*
 * Linear probing, as the term index of summarize.c and the abbreviation
 * hash of split.c: each table probes in its own loop because what a slot
 * holds and how it is compared differ (here hash, length and the first 16
 * bytes inline, then the rest of the word), and the loop is the two lines
 * that a shared helper would only hide behind a comparison callback.
 */
static struct precis_word_slot *find_word(struct precis_vocab *v, uint32_t hash,
					  const uint64_t head[2], const char *s,
					  size_t len)
{
	size_t mask = v->slots_cap - 1, i;

	if (v->slots_cap == 0)
		return NULL;
	for (i = hash & mask; v->slots[i].word != NULL; i = (i + 1) & mask) {
		struct precis_word_slot *sl = &v->slots[i];

		if (sl->hash == hash && sl->len == len &&
		    sl->head[0] == head[0] && sl->head[1] == head[1] &&
		    (len <= 16 ||
		     memcmp(sl->word->key + 16, s + 16, len - 16) == 0))
			return sl;
	}
	return NULL;
}

/*
 * The least count a word needs to be among the keep most found: the
 * smallest t >= 1 such that at most keep words were found t times or more
 * (counts of 255 and over make one class, so the answer is at most 255,
 * and the caller still stops at keep words).
 */
static unsigned trim_threshold(const struct precis_vocab *v, size_t keep)
{
	size_t per_count[256] = { 0 }, i, kept = 0;
	unsigned t;

	for (i = 0; i < v->slots_cap; i++)
		if (v->slots[i].word != NULL)
			per_count[v->slots[i].hits < 255 ? v->slots[i].hits :
							   255]++;
	for (t = 255; t >= 1; t--) {
		if (kept + per_count[t] > keep)
			break;
		kept += per_count[t];
	}
	return t < 255 ? t + 1 : 255;
}

void precis_vocab_trim(struct precis_vocab *v, size_t keep)
{
	struct precis_arena_chunk *fresh = NULL;
	struct precis_word_slot *kept;
	struct precis_stem **live;
	size_t i, n = 0, nlive = 0;
	unsigned t;

	if (v->count <= keep)
		return;
	t = trim_threshold(v, keep);
	kept = precis_malloc((keep + 1) * sizeof(*kept));
	live = precis_malloc((v->nstems + 1) * sizeof(*live));
	if (kept == NULL || live == NULL)
		goto fail;
	/* The words to keep, and the stems they use... */
	for (i = 0; i < v->slots_cap; i++) {
		struct precis_word_slot *sl = &v->slots[i];

		if (sl->word != NULL && sl->hits >= t && n < keep) {
			sl->hits /= 2;
			if (sl->stem != NULL)
				sl->stem->live = true;
			kept[n++] = *sl;
		}
	}
	/* ...copied into new chunks, the stems first... */
	for (i = 0; i < v->stems_cap; i++) {
		struct precis_stem *st = v->stems[i], *copy;

		if (st == NULL || !st->live)
			continue;
		copy = arena_alloc(&fresh, sizeof(*st) + st->len);
		if (copy == NULL)
			goto fail;
		memcpy(copy, st, sizeof(*st) + st->len);
		copy->live = false;
		st->moved = copy;
		live[nlive++] = copy;
	}
	for (i = 0; i < n; i++) {
		struct precis_word *w =
			arena_alloc(&fresh, sizeof(*w) + kept[i].len);

		if (w == NULL)
			goto fail;
		memcpy(w, kept[i].word, sizeof(*w) + kept[i].len);
		kept[i].word = w;
		if (kept[i].stem != NULL)
			kept[i].stem = kept[i].stem->moved;
	}
	/* ...then the tables remade from the copies, and the rest freed. */
	memset(v->slots, 0, v->slots_cap * sizeof(*v->slots));
	for (i = 0; i < n; i++)
		place_word(v->slots, v->slots_cap, &kept[i]);
	v->count = n;
	if (v->stems_cap > 0)
		memset(v->stems, 0, v->stems_cap * sizeof(*v->stems));
	for (i = 0; i < nlive; i++)
		place_stem(v->stems, v->stems_cap, live[i]);
	v->nstems = nlive;
	arena_free(&v->arena);
	v->arena = fresh;
	precis_dealloc(kept);
	precis_dealloc(live);
	return;
fail:
	/* No room to sort them out: start afresh. */
	arena_free(&fresh);
	precis_dealloc(kept);
	precis_dealloc(live);
	free_words(v);
}

void precis_vocab_key(const struct precis_vocab *v, const char *text,
		      size_t offset, size_t len, size_t end,
		      struct precis_word_key *key)
{
	key->offset = offset;
	key->len = len;
	key->hash = hash_word(text + offset, len, end - offset, key->head);
#if defined(__GNUC__)
	if (v->slots_cap > 0)
		__builtin_prefetch(&v->slots[key->hash & (v->slots_cap - 1)]);
#else
	(void)v;
#endif
}

precis_status precis_vocab_lookup(struct precis_vocab *v, const char *s,
				  size_t len, struct precis_stem **out)
{
	struct precis_word_key key;

	precis_vocab_key(v, s, 0, len, len, &key);
	return precis_vocab_find(v, s, &key, out);
}

precis_status precis_vocab_find(struct precis_vocab *v, const char *text,
				const struct precis_word_key *k,
				struct precis_stem **out)
{
	struct precis_word_slot *found, slot;
	struct precis_stem *stem = NULL;
	struct precis_word *w;
	const char *s = text + k->offset, *key;
	size_t len = k->len, keylen = 0, n;

	*out = NULL;
	if (len > WORD_MAX_BYTES)
		return PRECIS_OK;
	slot.hash = k->hash;
	slot.head[0] = k->head[0];
	slot.head[1] = k->head[1];
	found = find_word(v, slot.hash, slot.head, s, len);
	if (found != NULL) {
		found->hits += found->hits < UINT16_MAX;
		*out = found->stem;
		return PRECIS_OK;
	}
	n = fold_word(v, s, len);
	if (n == SIZE_MAX)
		return PRECIS_ERR_NOMEM;
	if (is_stopword(v, v->fold.out, n) ||
	    (v->stemmer == NULL && pair_is_stopword(v, v->fold.out, n))) {
		key = NULL;
	} else if (v->stemmer == NULL) {
		key = v->fold.out;
		keylen = strip_particle(v->fold.out, n);
	} else {
		const sb_symbol *r =
			sb_stemmer_stem(v->stemmer,
					(const sb_symbol *)v->fold.out, (int)n);

		if (r == NULL)
			return PRECIS_ERR_NOMEM;
		key = (const char *)r;
		keylen = (size_t)sb_stemmer_length(v->stemmer);
	}
	if (key != NULL) {
		stem = intern_stem(v, key, keylen);
		if (stem == NULL)
			return PRECIS_ERR_NOMEM;
	}
	w = arena_alloc(&v->arena, sizeof(*w) + len);
	if (w == NULL)
		return PRECIS_ERR_NOMEM;
	w->len = (uint32_t)len;
	memcpy(w->key, s, len);
	slot.len = (uint16_t)len;
	slot.hits = 0;
	slot.stem = stem;
	slot.word = w;
	if (add_word(v, &slot) != 0)
		return PRECIS_ERR_NOMEM; /* w stays in the arena until a trim */
	*out = stem;
	return PRECIS_OK;
}

/* ------------------------------------------------------------------ */
/* The word scanner.                                                   */

static inline size_t decode_at(const struct precis_word_scan *sc, size_t i,
			       int32_t *cp)
{
	unsigned char c = (unsigned char)sc->text[i];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	return precis_utf8_decode(sc->text, sc->end, i, cp);
}

static inline bool is_digit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static inline bool word_char(int32_t cp)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ||
		       is_digit(cp);
	return precis_is_word_char(cp);
}

static inline bool is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x055A;
}

bool precis_word_next(struct precis_word_scan *sc, size_t *begin, size_t *len,
		      bool *new_chunk)
{
	const unsigned char *s = (const unsigned char *)sc->text;
	size_t i = sc->pos, b;
	bool space = !sc->started;
	int32_t cp = 0, prev, next_cp;
	size_t k = 0, seg;

	/*
	 * Skip to the first word character, noting white space on the way.
	 * ASCII, most of the text, is classed by a table.
	 */
	while (i < sc->end) {
		if (s[i] < 0x80) {
			unsigned t = precis_ascii_class[s[i]];

			if (t & PRECIS_ASCII_WORD) {
				cp = s[i];
				k = 1;
				break;
			}
			space |= (t & PRECIS_ASCII_SPACE) != 0;
			i++;
			continue;
		}
		k = decode_at(sc, i, &cp);
		if (word_char(cp)) {
			if (!precis_is_cjk(cp))
				break;
			/* a pair of characters, or a lone one */
			if (i + k < sc->end) {
				size_t kn = decode_at(sc, i + k, &next_cp);

				if (precis_is_cjk(next_cp)) {
					*begin = i;
					*len = k + kn;
					*new_chunk = space;
					sc->started = true;
					sc->pos = i + k;
					sc->pair_end = i + k;
					return true;
				}
			}
			/* the last of a run, read with the one before */
			if (i != sc->pair_end) {
				*begin = i;
				*len = k;
				*new_chunk = space;
				sc->started = true;
				sc->pos = i + k;
				return true;
			}
		}
		if (!space && precis_is_space(cp))
			space = true;
		i += k;
	}
	if (i >= sc->end) {
		sc->pos = sc->end;
		return false;
	}
	*begin = i;
	*new_chunk = space;
	sc->started = true;
	prev = cp;
	i += k;
	seg = 1; /* characters since the word's start or last joiner */
	while (i < sc->end) {
		int32_t next;
		size_t kn;

		/* A run of ASCII letters and digits, most of a word. */
		for (b = i; i < sc->end &&
			    (precis_ascii_class[s[i]] & PRECIS_ASCII_WORD);
		     i++)
			;
		if (i > b) {
			prev = s[i - 1];
			seg += i - b;
			if (i >= sc->end)
				break;
		}
		/*
		 * Of ASCII, only an apostrophe, a hyphen, a point or a comma
		 * can join a word to what follows: any other ends it, without
		 * the tests below (most words end so).
		 */
		if (s[i] < 0x80 && s[i] != '\'' && s[i] != '-' && s[i] != '.' &&
		    s[i] != ',')
			break;
		k = decode_at(sc, i, &cp);
		if (word_char(cp) && !precis_is_cjk(cp)) {
			prev = cp;
			i += k;
			seg++;
			continue;
		}
		if (i + k >= sc->end)
			break;
		kn = decode_at(sc, i + k, &next);
		if (is_apostrophe(cp) && precis_is_letter(prev) &&
		    precis_is_letter(next)) {
			/* don't, O'Brien */
		} else if (precis_is_inner_joiner(cp) && word_char(next)) {
			/* ZWNJ in Indic and Arabic words, Armenian ՞ */
		} else if (cp == '-' && i == *begin + 1 &&
			   (prev == 'n' || prev == 't' || prev == 'h') &&
			   precis_is_letter(next)) {
			/* Irish mutations: n-osclófar, t-uisce, h-aon */
		} else if ((cp == '.' || cp == ',') && is_digit(prev) &&
			   is_digit(next)) {
			/* 3.14, 1,000 */
		} else if (cp == '.' && seg == 1 && precis_is_letter(prev) &&
			   precis_is_letter(next)) {
			/* U.S.A, u.s */
		} else {
			break;
		}
		i += k + kn;
		prev = next;
		seg = 1;
	}
	*len = i - *begin;
	sc->pos = i;
	return true;
}
