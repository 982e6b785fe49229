/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * many_members.c - writes tar archives for tests.
 *
 *     many_members OUT.tar N        N tiny text members
 *     many_members OUT.tar special  one member of every special kind
 *
 * Member i (from 1) of the first kind is "many/<i, six digits>.txt"
 * holding two short sentences.  libarchive writes the archive straight
 * from memory, so that a test can have 100,000 members without making
 * 100,000 files, and device nodes without being root.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

/* Writes one member; data may be NULL for members without content. */
static int add(struct archive *a, struct archive_entry *e, const char *name,
	       unsigned type, const char *data, const char *link)
{
	size_t len = data ? strlen(data) : 0;

	archive_entry_clear(e);
	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, type);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, (la_int64_t)len);
	if (type == AE_IFLNK)
		archive_entry_set_symlink(e, link);
	else if (link != NULL)
		archive_entry_set_hardlink(e, link);
	if (type == AE_IFCHR)
		archive_entry_set_rdev(e, 0x0103); /* like /dev/null */
	if (archive_write_header(a, e) != ARCHIVE_OK)
		return 1;
	return len > 0 && archive_write_data(a, data, len) != (la_ssize_t)len;
}

/* A regular member and one of every kind that is not one. */
static int specials(struct archive *a, struct archive_entry *e)
{
	static const char text[] = "A regular member. It is summarized.\n";

	return add(a, e, "special/regular.txt", AE_IFREG, text, NULL) ||
	       add(a, e, "special/hard.txt", AE_IFREG, NULL,
		   "special/regular.txt") ||
	       add(a, e, "special/link.txt", AE_IFLNK, NULL, "/etc/passwd") ||
	       add(a, e, "special/null", AE_IFCHR, NULL, NULL) ||
	       add(a, e, "special/disk", AE_IFBLK, NULL, NULL) ||
	       add(a, e, "special/fifo", AE_IFIFO, NULL, NULL) ||
	       add(a, e, "special/after.txt", AE_IFREG, text, NULL);
}

int main(int argc, char **argv)
{
	struct archive *a;
	struct archive_entry *e;
	long n = 0, i;
	int rc = 0;

	if (argc != 3 ||
	    (strcmp(argv[2], "special") != 0 && (n = atol(argv[2])) <= 0)) {
		fprintf(stderr, "usage: %s OUT.tar N|special\n", argv[0]);
		return 2;
	}
	a = archive_write_new();
	e = archive_entry_new();
	if (a == NULL || e == NULL ||
	    archive_write_set_format_pax_restricted(a) != ARCHIVE_OK ||
	    archive_write_open_filename(a, argv[1]) != ARCHIVE_OK) {
		fprintf(stderr, "%s: %s\n", argv[1],
			a ? archive_error_string(a) : "out of memory");
		return 1;
	}
	if (n == 0)
		rc = specials(a, e);
	for (i = 1; i <= n && rc == 0; i++) {
		char name[64], text[128];
		int len;

		snprintf(name, sizeof(name), "many/%06ld.txt", i);
		len = snprintf(text, sizeof(text),
			       "Member %ld speaks. It has two sentences.\n", i);
		archive_entry_clear(e);
		archive_entry_set_pathname(e, name);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_entry_set_size(e, len);
		if (archive_write_header(a, e) != ARCHIVE_OK ||
		    archive_write_data(a, text, (size_t)len) != len)
			rc = 1;
	}
	if (rc != 0)
		fprintf(stderr, "%s: %s\n", argv[1], archive_error_string(a));
	archive_entry_free(e);
	if (archive_write_close(a) != ARCHIVE_OK)
		rc = 1;
	archive_write_free(a);
	return rc;
}
