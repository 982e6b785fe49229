/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * title.h - the article's title: its first line, when it looks like one.
 */
#ifndef PRECIS_TITLE_H
#define PRECIS_TITLE_H

#include <stdbool.h>
#include <stddef.h>

#include "precis.h"

/*
 * Finds the title in text[start..len) as mode asks.  On success stores its
 * span and the start of the body after it, and returns true.
 */
bool precis_title_find(const char *text, size_t len, size_t start,
		       precis_title_mode mode, size_t *off, size_t *tlen,
		       size_t *body);

#endif
