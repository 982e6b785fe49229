/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * alloc.h - the library's allocation functions.
 *
 * Every allocation in libprecis goes through these, so that a test build
 * (PRECIS_ALLOC_TESTING) can make the n-th allocation fail and check that
 * each failure is reported as PRECIS_ERR_NOMEM, without a leak or a crash.
 * In an ordinary build they are thin wrappers over the C library.
 */
#ifndef PRECIS_ALLOC_H
#define PRECIS_ALLOC_H

#include <stddef.h>

void *precis_malloc(size_t size);
void *precis_calloc(size_t count, size_t size);
void *precis_realloc(void *ptr, size_t size);
void precis_dealloc(void *ptr);

/*
 * Grows the array *ptr of *cap elements of elem_size bytes so that it holds
 * at least need elements, at least doubling it.  Returns 0, or -1 (the
 * array unchanged) when the size overflows or the allocation fails.
 */
int precis_grow(void **ptr, size_t *cap, size_t need, size_t elem_size);

#ifdef PRECIS_ALLOC_TESTING
/*
 * Makes the allocation numbered n (counting from 1 after this call) and all
 * later ones fail; n = 0 disables failures.  Returns how many allocations
 * were made since the previous call.
 */
unsigned long precis_alloc_fail_at(unsigned long n);
#endif

#endif
