/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * precis.c - status strings, version, options and weights.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "options.h"

const char *precis_strerror(precis_status status)
{
	switch (status) {
	case PRECIS_OK:
		return "success";
	case PRECIS_ERR_NOMEM:
		return "out of memory";
	case PRECIS_ERR_INVALID:
		return "invalid argument";
	case PRECIS_ERR_BINARY:
		return "binary input (NUL bytes), not text";
	case PRECIS_ERR_TOO_LARGE:
		return "input is larger than the size limit";
	case PRECIS_ERR_LANGUAGE:
		return "unsupported language";
	case PRECIS_ERR_STEMMER:
		return "stemmer failed";
	case PRECIS_ERR_WEIGHTS:
		return "invalid weight specification";
	case PRECIS_ERR_EMPTY_REFERENCE:
		return "reference summary has no token";
	}
	return "unknown error";
}

const char *precis_version(void)
{
	return PRECIS_VERSION_STRING;
}

/* Set by the build from the installed libstemmer package, if it can tell. */
#ifndef PRECIS_SNOWBALL_VERSION
#define PRECIS_SNOWBALL_VERSION "unknown"
#endif

const char *precis_dependency_version(const char *name)
{
	if (name == NULL)
		return NULL;
	if (strcmp(name, "utf8proc") == 0)
		return utf8proc_version();
	if (strcmp(name, "snowball") == 0)
		return PRECIS_SNOWBALL_VERSION;
	return NULL;
}

void precis_options_init(precis_options *o)
{
	if (o == NULL)
		return;
	memset(o, 0, sizeof(*o));
	o->size = sizeof(*o);
	o->sentences = 3;
	o->ratio = 0.0;
	o->title = PRECIS_TITLE_AUTO;
	o->order = PRECIS_ORDER_ARTICLE;
	o->method = PRECIS_METHOD_DEFAULT;
	o->redundancy = 0.6;
	o->max_bytes = (size_t)64 << 20;
	precis_weights_default(&o->weights);
}

/*
 * The sizes of precis_options that callers may pass: the current one, and
 * the size of every earlier published layout (append the old size here when
 * a release appends fields).
 */
static const size_t options_sizes[] = { sizeof(precis_options) };

_Static_assert(PRECIS_FEATURE_COUNT <= PRECIS_WEIGHTS_CAPACITY,
	       "more features than precis_weights has room for");

/* A new group of fields must start where an older struct ended. */
_Static_assert(sizeof(precis_options) % 8 == 0,
	       "precis_options must end on an 8-byte boundary");

precis_status precis_options_read_sizes(const precis_options *in,
					precis_options *out,
					const size_t *sizes, size_t nsizes)
{
	size_t i;

	precis_options_init(out);
	if (in == NULL)
		return PRECIS_OK;
	for (i = 0; i < nsizes; i++)
		if (in->size == sizes[i] && in->size <= sizeof(*out) &&
		    in->size >= sizeof(in->size))
			break;
	if (i == nsizes)
		return PRECIS_ERR_INVALID;
	/* The fields the caller knows; the rest keep their defaults. */
	memcpy((char *)out + sizeof(out->size),
	       (const char *)in + sizeof(in->size),
	       in->size - sizeof(in->size));
	out->size = sizeof(*out);
	return PRECIS_OK;
}

precis_status precis_options_read(const precis_options *in, precis_options *out)
{
	return precis_options_read_sizes(in, out, options_sizes,
					 sizeof(options_sizes) /
						 sizeof(options_sizes[0]));
}

/* Parses one "name=value" item of spec[0..len) into w. */
static int parse_weight(precis_weights *w, const char *item, size_t len)
{
	const char *eq = memchr(item, '=', len);
	char num[64], *end;
	size_t f, nlen, vlen;
	double v;

	if (eq == NULL)
		return -1;
	nlen = (size_t)(eq - item);
	vlen = len - nlen - 1;
	if (vlen == 0 || vlen >= sizeof(num))
		return -1;
	memcpy(num, eq + 1, vlen);
	num[vlen] = '\0';
	errno = 0;
	v = strtod(num, &end);
	if (*end != '\0' || errno != 0 || !isfinite(v))
		return -1;
	for (f = 0; f < PRECIS_FEATURE_COUNT; f++) {
		const char *name = precis_feature_name((precis_feature)f);

		if (strlen(name) == nlen && memcmp(name, item, nlen) == 0) {
			w->w[f] = v;
			return 0;
		}
	}
	return -1;
}

precis_status precis_weights_parse(precis_weights *weights, const char *spec)
{
	precis_weights w;
	const char *p;

	if (weights == NULL || spec == NULL)
		return PRECIS_ERR_INVALID;
	w = *weights;
	p = spec;
	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);

		if (parse_weight(&w, p, len) != 0)
			return PRECIS_ERR_WEIGHTS;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	*weights = w;
	return PRECIS_OK;
}
