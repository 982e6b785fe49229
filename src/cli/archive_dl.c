/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * archive_dl.c - loads libarchive on first use (see archive_dl.h).
 */
#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

/* The table, without the macros that stand for libarchive's functions. */
#define PRECIS_ARCHIVE_DL_NO_MACROS
#include "archive_dl.h"

/* The library's file name, from the build (its SONAME). */
#ifndef PRECIS_LIBARCHIVE_SONAME
#define PRECIS_LIBARCHIVE_SONAME "libarchive.so.13"
#endif

struct cli_archive_api cli_archive;

/* Resolves name into *slot; false when the library lacks it. */
static bool resolve(void *lib, const char *name, void *slot)
{
	void *sym = dlsym(lib, name);

	if (sym == NULL)
		return false;
	/* POSIX guarantees that a function's address fits a void *. */
	*(void **)slot = sym;
	return true;
}

int cli_archive_load(const char **why)
{
	static int state; /* 0: not tried, 1: loaded, -1: failed */
	static const char *failure;
	struct {
		const char *name;
		void *slot;
	} syms[] = {
		{ "archive_read_new", &cli_archive.read_new },
		{ "archive_read_free", &cli_archive.read_free },
		{ "archive_read_support_filter_all",
		  &cli_archive.read_support_filter_all },
		{ "archive_read_support_format_tar",
		  &cli_archive.read_support_format_tar },
		{ "archive_read_support_format_zip",
		  &cli_archive.read_support_format_zip },
		{ "archive_read_open_filename",
		  &cli_archive.read_open_filename },
		{ "archive_read_next_header", &cli_archive.read_next_header },
		{ "archive_read_data", &cli_archive.read_data },
		{ "archive_error_string", &cli_archive.error_string },
		{ "archive_format", &cli_archive.format },
		{ "archive_filter_bytes", &cli_archive.filter_bytes },
		{ "archive_entry_filetype", &cli_archive.entry_filetype },
		{ "archive_entry_hardlink", &cli_archive.entry_hardlink },
		{ "archive_entry_pathname", &cli_archive.entry_pathname },
		{ "archive_entry_pathname_utf8",
		  &cli_archive.entry_pathname_utf8 },
		{ "archive_entry_size", &cli_archive.entry_size },
		{ "archive_entry_size_is_set", &cli_archive.entry_size_is_set },
	};
	void *lib;
	size_t i;

	if (state == 0) {
		lib = dlopen(PRECIS_LIBARCHIVE_SONAME, RTLD_NOW | RTLD_LOCAL);
		state = 1;
		if (lib == NULL) {
			failure = "cannot load " PRECIS_LIBARCHIVE_SONAME
				  " (Debian: libarchive13)";
			state = -1;
		}
		for (i = 0; state == 1 && i < sizeof(syms) / sizeof(syms[0]);
		     i++)
			if (!resolve(lib, syms[i].name, syms[i].slot)) {
				failure = PRECIS_LIBARCHIVE_SONAME
					" lacks a function precis needs";
				state = -1;
			}
	}
	if (state < 0 && why != NULL)
		*why = failure;
	return state > 0 ? 0 : -1;
}
