/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fuzz_archive.c - the archive reader of precis batch (libarchive).
 *
 * The first byte picks the name the data is read under (.tar, .tar.gz,
 * .zip, .tar.xz, .tar.bz2, .tar.zst), the rest is the archive.  Members
 * become documents or errors; no path that --output-dir would write is
 * absolute or climbs with "..", whatever the archive says.
 */
#include "fuzz_sources.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = {
		".tar", ".tar.gz", ".zip", ".tar.xz", ".tar.bz2", ".tar.zst",
	};

	if (size < 1)
		return 0;
	fuzz_read(data + 1, size - 1, names[data[0] % 6]);
	return 0;
}
