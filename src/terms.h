/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * terms.h - words to terms: tokenizing, case folding, stopwords, stemming
 * and interning.
 *
 * A vocabulary belongs to a context and lives across documents.  It maps
 * each distinct surface word (the bytes as they stand in the text) to its
 * stem, so a word is folded, checked against the stopwords and stemmed
 * once, the first time it is seen; after that a word costs one hash
 * lookup.  Stems are interned: each is one struct precis_stem, which the
 * summarizer maps to a small document-local id.
 */
#ifndef PRECIS_TERMS_H
#define PRECIS_TERMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hash.h"
#include "precis.h"
#include "text.h"

struct sb_stemmer;

struct precis_stem {
	struct precis_stem *moved; /* its copy (while trimming) */
	uint32_t len;
	uint32_t hash; /* of key, as the word table hashes */
	bool numeric;  /* no letter in it */
	bool live;     /* still used by a cached word (while trimming) */
	char key[];    /* the stem, not NUL-terminated */
};

struct precis_word {
	uint32_t len;
	char key[]; /* the surface form */
};

/*
 * A slot of the word table, which is open-addressed (linear probing, at
 * most half full).  Everything a lookup needs is in the slot: a word of up
 * to 16 bytes is compared and answered without reading anything else, and a
 * longer one reads its word only when hash, length and head match.
 */
struct precis_word_slot {
	uint32_t hash;
	uint16_t len;     /* at most WORD_MAX_BYTES (terms.c) */
	uint16_t hits;    /* times found since added or last trimmed, capped */
	uint64_t head[2]; /* the first 16 bytes of the word, zero-padded */
	struct precis_stem *stem; /* NULL for a stopword */
	struct precis_word *word; /* NULL: empty */
};

struct precis_stopword {
	UT_hash_handle hh;
	uint32_t len;
	char key[];
};

/*
 * A vocabulary's words and stems live in chunks handed out in order and
 * freed together: a trim copies the survivors into new chunks.  One
 * malloc() and free() for each word and stem that came and went cost 4%
 * of summarizing.
 */
struct precis_arena_chunk {
	struct precis_arena_chunk *next;
	size_t used, size;
	uint64_t data[]; /* 8-byte aligned */
};

struct precis_vocab {
	struct sb_stemmer *stemmer;
	struct precis_arena_chunk *arena; /* the words and stems */
	struct precis_word_slot *slots;   /* the words */
	size_t slots_cap;                 /* a power of two, or 0 */
	/*
	 * The interned stems, open-addressed like the words (at most half
	 * full); a lookup compares the hash kept in the stem before its key.
	 */
	struct precis_stem **stems;
	size_t stems_cap; /* a power of two, or 0 */
	size_t nstems;
	struct precis_stopword *stopwords;
	size_t count;                /* number of words */
	unsigned fold_flags;         /* PRECIS_FOLD_* */
	struct precis_fold_buf fold; /* scratch for case folding */
};

/*
 * Prepares a vocabulary with the given Snowball stemmer, stopwords and
 * case-folding flags (PRECIS_FOLD_*).
 */
precis_status precis_vocab_init(struct precis_vocab *vocab,
				const char *algorithm, const char *stopwords,
				size_t stopwords_len, unsigned fold_flags);

void precis_vocab_free(struct precis_vocab *vocab);

/*
 * Replaces the stopwords (Snowball's list format).  On failure the
 * vocabulary keeps its old list.
 */
precis_status precis_vocab_set_stopwords(struct precis_vocab *vocab,
					 const char *list, size_t len);

/*
 * Looks up the surface word s[0..len), valid UTF-8, adding it if new, and
 * stores its interned stem in *stem: NULL when the word is no term (a
 * stopword, or longer than any real word).  Returns PRECIS_OK, or
 * PRECIS_ERR_NOMEM.
 */
precis_status precis_vocab_lookup(struct precis_vocab *vocab, const char *s,
				  size_t len, struct precis_stem **stem);

/*
 * The same lookup in two steps, so that the table's memory can be fetched
 * for a batch of words before any of them is looked up.  precis_vocab_key()
 * hashes the word text[offset..offset+len) into *key and asks for its slot
 * to be brought into the cache; it may read text up to text[end), end >=
 * offset + len.  precis_vocab_find() then looks it up (in the same text) as
 * precis_vocab_lookup() does.  Adding words between the two steps is
 * allowed.
 */
struct precis_word_key {
	size_t offset;
	size_t len;
	uint64_t head[2];
	uint32_t hash;
};

void precis_vocab_key(const struct precis_vocab *vocab, const char *text,
		      size_t offset, size_t len, size_t end,
		      struct precis_word_key *key);
precis_status precis_vocab_find(struct precis_vocab *vocab, const char *text,
				const struct precis_word_key *key,
				struct precis_stem **out);

/*
 * Past this many distinct words in all its vocabularies, a context trims
 * its word caches between two documents: each keeps the half of its words
 * that were looked up most often since they came in (or since the last
 * trim) and forgets the rest (see precis_vocab_trim).  That bounds a
 * context's memory (tables, words and stems: about 4 MB) whatever the
 * corpus and however many languages it meets, and the bound is reached
 * within a few hundred news articles, so memory stops growing early.
 * Function words and the common vocabulary of the news are looked up in
 * nearly every document and survive every trim; what goes is the long tail
 * of names and rare forms, which would mostly not come back.
 */
#define PRECIS_VOCAB_MAX_WORDS 24000

/*
 * Keeps at most keep words, the ones found most often, and the stems they
 * use; halves the survivors' counts so that old use fades.  Call between
 * documents only: it moves the stems it keeps, so every stem pointer
 * handed out before is invalid after.
 */
void precis_vocab_trim(struct precis_vocab *vocab, size_t keep);

/*
 * The word scanner.  Words are runs of letters, marks and digits, joined
 * across an apostrophe between letters ("don't"), a point or comma between
 * digits ("3.14", "1,000"), the points of an acronym ("U.S.A"), the hyphen
 * after the n, t or h that Irish puts before a vowel ("n-osclófar"), and
 * the in-word characters of precis_is_inner_joiner() (zero-width joiners,
 * soft hyphens, Armenian stress marks).  Combining marks (accents, the vowel
 * signs of Devanagari and Tamil) are part of the word they follow.
 * Hyphens, slashes and every other character separate words.  Chinese and
 * Japanese, which write no space between words, are read as overlapping
 * pairs of characters (precis_is_cjk(): 東京都 gives 東京 and 京都, a lone
 * character itself), the usual way of indexing them without a dictionary.
 */
struct precis_word_scan {
	const char *text;
	size_t end;
	size_t pos;
	bool started;    /* a word was found */
	size_t pair_end; /* the second character of the last pair */
};

/* Prepares a scan of text[begin..end). */
static inline void precis_word_scan_init(struct precis_word_scan *scan,
					 const char *text, size_t begin,
					 size_t end)
{
	scan->text = text;
	scan->end = end;
	scan->pos = begin;
	scan->started = false;
	scan->pair_end = SIZE_MAX;
}

/*
 * Finds the next word at or after scan->pos, before scan->end.  Returns
 * true with the word's span in *begin, *len and, in *new_chunk, whether
 * white space comes before it since the previous word (or it is the scan's
 * first word), so
 * that "self-standing" counts as one word of running text; false at the end.
 */
bool precis_word_next(struct precis_word_scan *scan, size_t *begin, size_t *len,
		      bool *new_chunk);

#endif
