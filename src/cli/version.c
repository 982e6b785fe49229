/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * version.c - what `precis --version` prints: the program's version, then
 * the versions of the libraries it runs with, as loaded at this moment.
 *
 * libarchive is opened here by its SONAME just to ask its version, as the
 * batch reader opens it (archive_dl.c), so that a missing libarchive shows
 * up as such.
 */
#include <dlfcn.h>
#include <stdio.h>

#include "cli.h"

#ifndef PRECIS_LIBARCHIVE_SONAME
#define PRECIS_LIBARCHIVE_SONAME "libarchive.so.13"
#endif

/* libarchive's version string, or NULL when it cannot be loaded. */
static const char *libarchive_version(void)
{
	const char *(*version)(void);
	void *lib = dlopen(PRECIS_LIBARCHIVE_SONAME, RTLD_LAZY | RTLD_LOCAL);
	void *sym;

	if (lib == NULL)
		return NULL;
	sym = dlsym(lib, "archive_version_string");
	if (sym == NULL)
		return NULL;
	/* POSIX guarantees that a function's address fits a void *. */
	*(void **)&version = sym;
	return version();
}

void cli_print_version(void)
{
	const char *archive = libarchive_version();

	printf("%s %s\n", cli_program, PRECIS_VERSION_STRING);
	printf("libprecis %s\n", precis_version());
	printf("Snowball %s (libstemmer, as built)\n",
	       precis_dependency_version("snowball"));
	printf("utf8proc %s\n", precis_dependency_version("utf8proc"));
	if (archive != NULL)
		printf("%s (%s, for precis batch)\n", archive,
		       PRECIS_LIBARCHIVE_SONAME);
	else
		printf("libarchive: %s not found (precis batch needs it for "
		       "archives)\n",
		       PRECIS_LIBARCHIVE_SONAME);
}
