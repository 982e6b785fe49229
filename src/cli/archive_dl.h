/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * archive_dl.h - libarchive, loaded when the first archive is read.
 *
 * libarchive pulls in a dozen libraries (libxml2 and ICU among them) that
 * Debian builds with immediate binding: linked into the program, the
 * dynamic loader would bind them all at every start, which was most of
 * the cost of `precis FILE` on one article.  Only `precis batch` reads
 * archives, so the program opens libarchive with dlopen on first use.
 *
 * Include this instead of <archive.h> and <archive_entry.h>: every
 * libarchive function the program calls is then a macro that calls through
 * the loaded table, and the code reads as if libarchive were linked.  Call
 * cli_archive_load() before the first of them.  Single-threaded: the batch
 * reader is the only caller.
 */
#ifndef PRECIS_CLI_ARCHIVE_DL_H
#define PRECIS_CLI_ARCHIVE_DL_H

#include <sys/types.h>

#include <archive.h>
#include <archive_entry.h>

struct cli_archive_api {
	struct archive *(*read_new)(void);
	int (*read_free)(struct archive *);
	int (*read_support_filter_all)(struct archive *);
	int (*read_support_format_tar)(struct archive *);
	int (*read_support_format_zip)(struct archive *);
	int (*read_open_filename)(struct archive *, const char *, size_t);
	int (*read_next_header)(struct archive *, struct archive_entry **);
	la_ssize_t (*read_data)(struct archive *, void *, size_t);
	const char *(*error_string)(struct archive *);
	int (*format)(struct archive *);
	la_int64_t (*filter_bytes)(struct archive *, int);
	mode_t (*entry_filetype)(struct archive_entry *);
	const char *(*entry_hardlink)(struct archive_entry *);
	const char *(*entry_pathname)(struct archive_entry *);
	const char *(*entry_pathname_utf8)(struct archive_entry *);
	la_int64_t (*entry_size)(struct archive_entry *);
	int (*entry_size_is_set)(struct archive_entry *);
};

/* The loaded table; valid after cli_archive_load() returned 0. */
extern struct cli_archive_api cli_archive;

/*
 * Loads libarchive once.  Returns 0, or -1 with *why (static text) saying
 * what failed; later calls return the first result.
 */
int cli_archive_load(const char **why);

#ifndef PRECIS_ARCHIVE_DL_NO_MACROS
#define archive_read_new (cli_archive.read_new)
#define archive_read_free (cli_archive.read_free)
#define archive_read_support_filter_all (cli_archive.read_support_filter_all)
#define archive_read_support_format_tar (cli_archive.read_support_format_tar)
#define archive_read_support_format_zip (cli_archive.read_support_format_zip)
#define archive_read_open_filename (cli_archive.read_open_filename)
#define archive_read_next_header (cli_archive.read_next_header)
#define archive_read_data (cli_archive.read_data)
#define archive_error_string (cli_archive.error_string)
#define archive_format (cli_archive.format)
#define archive_filter_bytes (cli_archive.filter_bytes)
#define archive_entry_filetype (cli_archive.entry_filetype)
#define archive_entry_hardlink (cli_archive.entry_hardlink)
#define archive_entry_pathname (cli_archive.entry_pathname)
#define archive_entry_pathname_utf8 (cli_archive.entry_pathname_utf8)
#define archive_entry_size (cli_archive.entry_size)
#define archive_entry_size_is_set (cli_archive.entry_size_is_set)
#endif

#endif
