/* SPDX-License-Identifier: BSD-2-Clause */
#include "ots_jsonl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

/* Reads one line of any length; NULL at the end. */
static char *read_line(gzFile in, char **buf, size_t *cap)
{
	size_t len = 0;

	for (;;) {
		if (*cap - len < 2) {
			size_t ncap = *cap ? *cap * 2 : 1 << 16;
			char *p = realloc(*buf, ncap);

			if (p == NULL)
				return NULL;
			*buf = p;
			*cap = ncap;
		}
		if (gzgets(in, *buf + len, (int)(*cap - len)) == NULL)
			return len > 0 ? *buf : NULL;
		len += strlen(*buf + len);
		if (len > 0 && (*buf)[len - 1] == '\n')
			return *buf;
	}
}

int ots_jsonl_map(const char *path,
		  json_t *(*fn)(json_t *id, const char *text, void *arg),
		  void *arg)
{
	gzFile in;
	char *buf = NULL;
	size_t cap = 0;

	in = gzopen(path, "rb");
	if (in == NULL) {
		perror(path);
		return 1;
	}
	while (read_line(in, &buf, &cap) != NULL) {
		json_t *rec = json_loads(buf, 0, NULL), *o;
		const char *text;
		char *line;

		if (rec == NULL)
			continue;
		text = json_string_value(json_object_get(rec, "text"));
		o = fn(json_object_get(rec, "id"), text ? text : "", arg);
		line = o ? json_dumps(o, JSON_COMPACT) : NULL;
		if (line != NULL)
			puts(line);
		free(line);
		json_decref(o);
		json_decref(rec);
	}
	free(buf);
	gzclose(in);
	return ferror(stdout) ? 1 : 0;
}
