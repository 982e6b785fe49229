/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * alloc.c - allocation wrappers, with optional failure injection.
 */
#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>

#ifdef PRECIS_ALLOC_TESTING
/*
 * The counters are process-wide on purpose: the failure-injection build is
 * a test harness run on one thread, never a shipped library.
 */
static unsigned long alloc_count;
static unsigned long alloc_fail_at;

unsigned long precis_alloc_fail_at(unsigned long n)
{
	unsigned long made = alloc_count;

	alloc_count = 0;
	alloc_fail_at = n;
	return made;
}

static int should_fail(void)
{
	alloc_count++;
	return alloc_fail_at != 0 && alloc_count >= alloc_fail_at;
}
#else
static int should_fail(void)
{
	return 0;
}
#endif

void *precis_malloc(size_t size)
{
	if (should_fail())
		return NULL;
	return malloc(size ? size : 1);
}

void *precis_calloc(size_t count, size_t size)
{
	if (should_fail())
		return NULL;
	return calloc(count ? count : 1, size ? size : 1);
}

void *precis_realloc(void *ptr, size_t size)
{
	if (should_fail())
		return NULL;
	return realloc(ptr, size ? size : 1);
}

void precis_dealloc(void *ptr)
{
	free(ptr);
}

int precis_grow(void **ptr, size_t *cap, size_t need, size_t elem_size)
{
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return -1;
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / elem_size)
		return -1;
	p = precis_realloc(*ptr, ncap * elem_size);
	if (p == NULL)
		return -1;
	*ptr = p;
	*cap = ncap;
	return 0;
}
