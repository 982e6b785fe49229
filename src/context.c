/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * context.c - contexts: their languages, vocabularies and stopwords.
 *
 * A context made for "auto" detects each document's language first and
 * keeps one vocabulary per language it has met, made on first need, so
 * that a stream of articles in a few languages stays warm in each.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "context.h"

/* Contexts.                                                           */

precis_status precis_ctx_use_language(precis_ctx *ctx,
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
	st = precis_ctx_use_language(ctx, lang);
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
	if (ctx == NULL)
		return NULL;
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
		    precis_vocab_set_stopwords(ctx->vocabs[i], copy, len) !=
			    PRECIS_OK)
			free_vocab(ctx, i);
	precis_dealloc(ctx->stopwords);
	ctx->stopwords = copy;
	ctx->stopwords_len = len;
	return PRECIS_OK;
}
