/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * hash.h - uthash, configured for the library.
 *
 * Allocations go through alloc.h, and running out of memory is not fatal:
 * a failed HASH_ADD leaves the table as it was and sets the variable
 * `hash_oom`, which every function that adds to a table declares:
 *
 *     bool hash_oom = false;
 *     HASH_ADD_KEYPTR(hh, table, item->key, item->len, item);
 *     if (hash_oom) { precis_dealloc(item); return PRECIS_ERR_NOMEM; }
 */
#ifndef PRECIS_HASH_H
#define PRECIS_HASH_H

#include <stdbool.h>

#include "alloc.h"

#define HASH_NONFATAL_OOM 1
#define uthash_malloc(size) precis_malloc(size)
#define uthash_free(ptr, size) precis_dealloc(ptr)
#define uthash_nonfatal_oom(obj) (hash_oom = true)

#include <uthash.h>

#endif
