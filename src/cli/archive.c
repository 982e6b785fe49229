/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * archive.c - tar and zip archives (any compression libarchive knows) in
 * `precis batch`: each regular member is a document, or a JSON Lines
 * member many; links and special files become error documents, and a
 * damaged zip member need not lose the members after it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "archive_dl.h"
#include "reader.h"

/* Reads one archive member whose header was just read. */
static int read_member(struct source_reader *r, struct stream *s,
		       struct archive_entry *e, const char *name)
{
	size_t max = r->cfg->max_bytes;
	uint64_t pos = stream_position(s);

	if (archive_entry_filetype(e) == AE_IFDIR)
		return 0;
	if (archive_entry_hardlink(e) != NULL)
		return source_give_error(r, name, pos, "hard link: not read");
	if (archive_entry_filetype(e) == AE_IFLNK)
		return source_give_error(r, name, pos,
					 "symbolic link: not read");
	if (archive_entry_filetype(e) != AE_IFREG)
		return source_give_error(r, name, pos, "not a regular file");
	if (source_kind(name) == KIND_JSONL && !source_ends_with(name, ".gz"))
		return source_read_jsonl(r, s, name);
	if (source_kind(name) == KIND_WARC) {
		if (!source_ends_with(name, ".gz"))
			return source_read_warc(r, s);
		return source_give_error(
			r, name, pos,
			"a gzip'd WARC inside an archive is not read");
	}
	if (max > 0 && archive_entry_size_is_set(e) &&
	    archive_entry_size(e) > (la_int64_t)max)
		return source_give_error(
			r, name, pos,
			"larger than the limit of %zu bytes (--max-bytes)",
			max);
	return source_give_text(r, s, name, name);
}

/* Opens path as an archive in s; 0, or -1 with s->why set. */
static int archive_open(struct stream *s, const char *path)
{
	const char *why;

	if (cli_archive_load(&why) != 0) {
		snprintf(s->why, sizeof(s->why), "%s", why);
		return -1;
	}
	if (s->ar != NULL)
		archive_read_free(s->ar);
	s->fatal = false;
	s->ar = archive_read_new();
	if (s->ar == NULL) {
		snprintf(s->why, sizeof(s->why), "%s", strerror(ENOMEM));
		return -1;
	}
	archive_read_support_filter_all(s->ar);
	archive_read_support_format_tar(s->ar);
	archive_read_support_format_zip(s->ar);
	if (archive_read_open_filename(s->ar, path, STREAM_BUF) != ARCHIVE_OK) {
		snprintf(s->why, sizeof(s->why), "%s",
			 archive_error_string(s->ar));
		return -1;
	}
	return 0;
}

/*
 * After a member of a zip archive proved corrupt, reopens the archive past
 * its first `done` members: zip members are found through the central
 * directory, so damage to one need not lose the others.  0 or -1.
 */
static int zip_resume(struct stream *s, const char *path, size_t done)
{
	struct archive_entry *e;
	size_t i;

	if ((archive_format(s->ar) & ARCHIVE_FORMAT_BASE_MASK) !=
		    ARCHIVE_FORMAT_ZIP ||
	    archive_open(s, path) != 0)
		return -1;
	for (i = 0; i < done; i++)
		if (archive_read_next_header(s->ar, &e) < ARCHIVE_WARN)
			return -1;
	return 0;
}

int source_read_archive(struct source_reader *r, const char *path,
			const char *id)
{
	struct stream *s = stream_new(STREAM_ARCHIVE, r->cfg->stop);
	struct archive_entry *e;
	size_t members = 0;
	int rc = 0, st;

	if (s == NULL)
		return source_give_error(r, id, 0, "%s", strerror(ENOMEM));
	if (archive_open(s, path) != 0) {
		rc = source_give_error(r, id, 0, "%s", s->why);
		goto out;
	}
	while (rc == 0) {
		const char *name;

		if (*r->cfg->stop) {
			rc = -1;
			break;
		}
		st = archive_read_next_header(s->ar, &e);
		if (st == ARCHIVE_EOF)
			break;
		if (st == ARCHIVE_FATAL || st == ARCHIVE_RETRY) {
			rc = source_give_error(r, id, stream_position(s),
					       "damaged archive: %s",
					       archive_error_string(s->ar));
			break;
		}
		members++;
		name = archive_entry_pathname_utf8(e);
		if (name == NULL)
			name = archive_entry_pathname(e);
		if (name == NULL)
			name = "";
		if (st == ARCHIVE_FAILED) {
			rc = source_give_error(r, *name ? name : id,
					       stream_position(s), "%s",
					       archive_error_string(s->ar));
			continue;
		}
		s->pos = s->end = 0;
		s->eof = false;
		rc = read_member(r, s, e, name);
		if (rc == 0 && s->fatal && zip_resume(s, path, members) != 0)
			break;
	}
out:
	if (s->ar != NULL)
		archive_read_free(s->ar);
	free(s);
	return rc;
}
