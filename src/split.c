/*
 * split.c - sentence splitter (placeholder: end mark + space + capital).
 */
#include "split.h"

#include <stdbool.h>

#include "alloc.h"

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static int push(struct precis_spanvec *out, size_t b, size_t e)
{
	if (precis_grow((void **)&out->v, &out->cap, out->n + 1,
			sizeof(*out->v)) != 0)
		return -1;
	out->v[out->n].offset = b;
	out->v[out->n].length = e - b;
	out->n++;
	return 0;
}

int precis_split_text(const struct precis_split_rules *rules,
		      const char *text, size_t len, struct precis_spanvec *out)
{
	size_t i = 0, start;

	(void)rules;
	out->n = 0;
	for (;;) {
		size_t end;

		while (i < len && is_space((unsigned char)text[i]))
			i++;
		if (i >= len)
			return 0;
		start = i;
		for (;;) {
			unsigned char c = (unsigned char)text[i];

			if (i + 1 >= len) {
				i = len;
				break;
			}
			if (c == '\n' && text[i + 1] == '\n')
				break;
			if ((c == '.' || c == '!' || c == '?') &&
			    is_space((unsigned char)text[i + 1])) {
				i++;
				break;
			}
			i++;
		}
		end = i;
		while (end > start && is_space((unsigned char)text[end - 1]))
			end--;
		if (push(out, start, end) != 0)
			return -1;
	}
}

void precis_spanvec_free(struct precis_spanvec *vec)
{
	precis_dealloc(vec->v);
	vec->v = NULL;
	vec->n = vec->cap = 0;
}
