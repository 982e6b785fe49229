/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * embedded.h - data files compiled into the library (see cmake/embed.cmake).
 */
#ifndef PRECIS_EMBEDDED_H
#define PRECIS_EMBEDDED_H

#include <stddef.h>

struct precis_embedded {
	const char *name; /* file name without directory and extension */
	const char *data; /* the bytes, NUL-terminated */
	size_t size;      /* number of bytes, the NUL excluded */
};

/* The stopword lists of stopwords/<language>.txt, sorted by name. */
extern const struct precis_embedded precis_stopwords[];
extern const size_t precis_stopwords_count;

#endif
