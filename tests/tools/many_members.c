/*
 * many_members.c - writes a tar archive of N tiny text members, for tests.
 *
 *     many_members OUT.tar N
 *
 * Member i (from 1) is "many/<i, six digits>.txt" holding one or two short
 * sentences.  libarchive writes the archive straight from memory, so that a
 * test can have 100,000 members without making 100,000 files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>

int main(int argc, char **argv)
{
	struct archive *a;
	struct archive_entry *e;
	long n, i;
	int rc = 0;

	if (argc != 3 || (n = atol(argv[2])) <= 0) {
		fprintf(stderr, "usage: %s OUT.tar N\n", argv[0]);
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
