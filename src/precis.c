/*
 * precis.c - status strings, version, options and weights.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "precis.h"

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

void precis_options_init(precis_options *o)
{
	memset(o, 0, sizeof(*o));
	o->sentences = 3;
	o->ratio = 0.0;
	o->title = PRECIS_TITLE_AUTO;
	o->order = PRECIS_ORDER_ARTICLE;
	o->method = PRECIS_METHOD_DEFAULT;
	o->redundancy = 0.6;
	o->max_bytes = (size_t)64 << 20;
	precis_weights_default(&o->weights);
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
