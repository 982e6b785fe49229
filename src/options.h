/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * options.h - reading the caller's precis_options.
 */
#ifndef PRECIS_OPTIONS_H
#define PRECIS_OPTIONS_H

#include "precis.h"

/*
 * Copies the caller's options into *out, a struct of the library's own
 * size: the fields a shorter (older) struct lacks take their defaults, and
 * NULL gives the defaults.  Returns PRECIS_OK, or PRECIS_ERR_INVALID when
 * in->size is not the size of any published layout (see precis.h).
 */
precis_status precis_options_read(const precis_options *in,
				  precis_options *out);

/*
 * The same, given the list of known sizes (sizes[0..nsizes)): for the
 * tests, which cannot make an older layout.
 */
precis_status precis_options_read_sizes(const precis_options *in,
					precis_options *out,
					const size_t *sizes, size_t nsizes);

#endif
