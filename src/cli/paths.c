/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * paths.c - which document paths may be written under --output-dir: never
 * an absolute one, never one that climbs with "..", never an empty one,
 * whatever an archive member or a record id says.
 */
#include <string.h>

#include "reader.h"

/* Why a path may not be written under --output-dir, or NULL if it may. */
const char *source_unsafe_path(const char *p)
{
	size_t parts = 0;

	if (*p == '/')
		return "absolute path refused";
	while (*p != '\0') {
		size_t n = strcspn(p, "/");

		if (n == 2 && p[0] == '.' && p[1] == '.')
			return "'..' in path refused";
		if (n > 0 && !(n == 1 && p[0] == '.'))
			parts++;
		p += n;
		if (*p == '/')
			p++;
	}
	return parts == 0 ? "empty path refused" : NULL;
}
