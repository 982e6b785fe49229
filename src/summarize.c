/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * summarize.c - the summarize pipeline, each stage in its own file:
 *
 *   bytes -> normalize -> title -> split -> terms -> score -> select -> summary
 *            text.c      title.c  split.c  analyse.c score.c select.c summary.c
 *
 * normalize checks the bytes (NUL means binary), converts text that is not
 * valid UTF-8 from Windows-1252 and skips a byte-order mark; every later
 * stage works on offsets into that text.  The context (context.c) owns
 * what the stages reuse from one document to the next.
 */
#include <math.h>
#include <string.h>

#include "alloc.h"
#include "analyse.h"
#include "context.h"
#include "options.h"
#include "summary.h"
#include "text.h"
#include "title.h"

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
		if (precis_cp1252_to_utf8(text, len, &sum->owned, &sum->len) !=
		    0) {
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
		const struct precis_lang *lang;
		precis_status st;

		precis_detect(text + start, len - start, &sum->detection);
		sum->detected = true;
		lang = sum->detection.reliable ?
			       &precis_langs[sum->detection.language] :
			       precis_lang_find("english");
		st = precis_ctx_use_language(ctx, lang);
		if (st != PRECIS_OK) {
			precis_summary_free(sum);
			return st;
		}
	}
	sum->language = ctx->lang->name;
	b = start;
	if (precis_title_find(text, len, start, title, &t_off, &t_len, &b)) {
		sum->has_title = true;
		sum->title_offset = t_off;
		sum->title_length = t_len;
	}
	precis_analyse_begin(ctx);
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

/* NaN or infinite weights would make scores that cannot be ordered. */
static bool weights_finite(const precis_weights *weights)
{
	size_t i;

	for (i = 0; i < PRECIS_FEATURE_COUNT; i++)
		if (!isfinite(weights->w[i]))
			return false;
	return true;
}

precis_status precis_summarize(precis_ctx *ctx, const char *text, size_t len,
			       const precis_options *options,
			       precis_summary **out)
{
	precis_options opt;
	precis_weights content;
	const precis_weights *weights;
	precis_summary *sum = NULL;
	precis_status st;
	size_t body;

	st = precis_options_read(options, &opt);
	options = &opt;
	if (st != PRECIS_OK || (unsigned)options->order > PRECIS_ORDER_SCORE ||
	    (unsigned)options->method > PRECIS_METHOD_CONTENT ||
	    !(options->ratio >= 0 && options->ratio <= 1) ||
	    !(options->redundancy >= 0 && options->redundancy <= 1) ||
	    !weights_finite(&options->weights)) {
		if (out != NULL)
			*out = NULL;
		return PRECIS_ERR_INVALID;
	}
	weights = &options->weights;
	st = prepare(ctx, text, len, options->max_bytes, options->title, out,
		     &sum, &body);
	if (st != PRECIS_OK)
		return st;
	text = sum->text;
	if (sum->has_title)
		st = precis_analyse_title(ctx, text, sum->title_offset,
					  sum->title_length);
	if (st == PRECIS_OK)
		st = precis_analyse(ctx, text, body, true);
	if (st != PRECIS_OK)
		goto fail;
	if (options->method == PRECIS_METHOD_CONTENT) {
		precis_weights_content(&content);
		weights = &content;
	}
	precis_score(&ctx->doc, weights);
	if (precis_select(&ctx->doc, options) != 0) {
		st = PRECIS_ERR_NOMEM;
		goto fail;
	}
	st = precis_summary_fill(ctx, sum, true);
	if (st == PRECIS_OK)
		st = precis_summary_make_keywords(ctx, options->keywords, sum);
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
	st = precis_analyse(ctx, sum->text, body, false);
	if (st == PRECIS_OK)
		st = precis_summary_fill(ctx, sum, false);
	if (st != PRECIS_OK) {
		precis_summary_free(sum);
		return st;
	}
	*out = sum;
	return PRECIS_OK;
}
