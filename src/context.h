/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * context.h - a summarizing context and what the stages share of it.
 *
 * The context owns the vocabularies (stems cached across documents, one
 * per language met), the sentence spans, the document-term index and the
 * per-document arrays, which are reused, so that a warm context summarizes
 * without allocating except for the result it hands back.
 */
#ifndef PRECIS_CONTEXT_H
#define PRECIS_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "lang.h"
#include "precis.h"
#include "split.h"
#include "terms.h"

/*
 * A slot of the document's term index, which maps a stem to its
 * document-local term id.  The index is open-addressed (linear probing,
 * at most half full of the current document's terms); a slot of an
 * earlier document is recognised by its stamp and counts as empty, so
 * starting a document clears nothing.  Looked up for every word, it is
 * small enough to stay in the fastest cache, which the stems themselves,
 * spread over the whole vocabulary, are not, so the id is kept here
 * rather than in the stem.  Its probe is its own, not shared with the
 * tables of terms.c and split.c: its key is a pointer compared by identity
 * and its empty slot is a stale stamp, where theirs compare bytes and find
 * NULL or 0, and the three loops are two lines each, which a shared helper
 * would only wrap in a call.
 */
struct term_slot {
	const struct precis_stem *stem;
	uint32_t stamp; /* its document */
	uint32_t local; /* its term id in that document */
};

/* Room for the vocabularies of every language (lang.h allows 32). */
#define MAX_LANGS 32

struct precis_ctx {
	const struct precis_lang *lang;         /* the current document's */
	const struct precis_split_rules *split; /* its sentence rules */
	struct precis_split_prep split_prep;    /* kept between documents */
	struct precis_vocab *vocab; /* its vocabulary, in vocabs[] */
	struct precis_vocab *vocabs[MAX_LANGS]; /* by language index */
	bool detect;                            /* made for "auto" */
	char *stopwords; /* the caller's list for every language, or NULL */
	size_t stopwords_len;
	uint32_t stamp;          /* the current document, never 0 */
	struct term_slot *index; /* the term index */
	size_t index_cap;        /* a power of two, or 0 */
	struct precis_spanvec spans;
	struct precis_doc doc;
};

/*
 * Makes the language's vocabulary, unless the context has it already, and
 * makes it current.  PRECIS_OK or PRECIS_ERR_NOMEM (or the vocabulary's
 * error).
 */
precis_status precis_ctx_use_language(precis_ctx *ctx,
				      const struct precis_lang *lang);

#endif
