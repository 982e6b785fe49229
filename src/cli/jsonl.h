/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * jsonl.h - reading JSON Lines a line at a time, shared by `precis batch`
 * and `precis eval`: lines are numbered from 1, and blank ones (spaces,
 * tabs, a carriage return) are skipped but counted.
 */
#ifndef PRECIS_CLI_JSONL_H
#define PRECIS_CLI_JSONL_H

#include <stddef.h>

#include "stream.h"

/*
 * Reads the next line of s that is not blank into l (not NUL-terminated),
 * keeping at most max bytes (0: no limit; a longer line comes back with
 * l->over set and no data), and adds to *lineno the lines read.  Returns 1,
 * 0 at the end, -1 on a read error (s->why).
 */
int jsonl_next(struct stream *s, size_t max, struct stream_line *l,
	       size_t *lineno);

#endif
