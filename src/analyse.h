/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * analyse.h - a document's sentences, layout and terms.
 */
#ifndef PRECIS_ANALYSE_H
#define PRECIS_ANALYSE_H

#include <stdbool.h>
#include <stddef.h>

#include "context.h"

/*
 * Starts a new document in ctx->doc: a fresh stamp for the term index, a
 * bounded vocabulary, empty arrays.
 */
void precis_analyse_begin(precis_ctx *ctx);

/*
 * Fills ctx->doc from the sentence spans in ctx->spans of text, whose body
 * starts at body: layout, counts and, when with_terms is set, the content
 * terms of every sentence.  PRECIS_OK or an error.
 */
precis_status precis_analyse(precis_ctx *ctx, const char *text, size_t body,
			     bool with_terms);

/* Marks the content terms of the title text[off..off+len).  As above. */
precis_status precis_analyse_title(precis_ctx *ctx, const char *text,
				   size_t off, size_t len);

#endif
