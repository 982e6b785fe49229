/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * stream.h - the buffered byte stream every batch input is read through: a
 * file descriptor, a zlib stream (gzip'd or plain) or the current member of
 * a libarchive archive.  Reads of a document stop at a byte limit while
 * they are read, so that neither an oversized member nor a bomb that
 * inflates without end is ever held whole.
 */
#ifndef PRECIS_CLI_STREAM_H
#define PRECIS_CLI_STREAM_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <zlib.h>

#define STREAM_BUF 65536

enum stream_kind { STREAM_FD, STREAM_GZ, STREAM_MEMBERS, STREAM_ARCHIVE };

struct archive;
struct stream_members;

/* A buffered byte source. */
struct stream {
	enum stream_kind kind;
	int fd;
	gzFile gz;
	struct archive *ar;
	struct stream_members *members;
	volatile sig_atomic_t *stop;
	uint64_t raw; /* bytes read from fd */
	size_t pos, end;
	bool eof;
	bool fatal;    /* the archive cannot be read any further */
	bool cut;      /* STREAM_MEMBERS: the input ends inside a member */
	char why[256]; /* what went wrong, after a failed read */
	char buf[STREAM_BUF];
};

/* A line read by stream_getline(), its buffer reused from line to line. */
struct stream_line {
	char *data;
	size_t len, cap;
	bool over; /* longer than the limit: data dropped */
};

/* A new stream of the kind (fd -1, no gz or archive yet); NULL if no memory. */
struct stream *stream_new(enum stream_kind kind, volatile sig_atomic_t *stop);

/* Opens a gzip (or plain) stream on fd, which it takes; NULL on failure. */
struct stream *stream_gz(int fd, volatile sig_atomic_t *stop);

/*
 * Opens a stream of the gzip members on fd, which it takes, one after
 * another, or of its bytes as they are when they do not start as gzip;
 * anything but another member after a member is an error.  NULL when out
 * of memory.
 */
struct stream *stream_members(int fd, volatile sig_atomic_t *stop);

/*
 * Opens the file at path as a gzip (or plain) stream; NULL, with errno set
 * (0 when out of memory in zlib), when it cannot be opened.
 */
struct stream *stream_open_gz(const char *path, volatile sig_atomic_t *stop);

/*
 * Closes the stream's file and frees it (not an archive, which its reader
 * closes); NULL is allowed.
 */
void stream_close(struct stream *s);

/* Makes data available: 1, 0 at the end, -1 on error (see s->why). */
int stream_fill(struct stream *s);

/* Bytes of the underlying input consumed so far. */
uint64_t stream_position(const struct stream *s);

/*
 * Reads the rest of the stream, at most max bytes (0: no limit).
 * Returns 0, -1 on a read error (s->why), or -2 when over the limit.
 */
int stream_read_all(struct stream *s, size_t max, char **data, size_t *len);

/*
 * Reads one line, without its newline, keeping at most max bytes (0: no
 * limit).  Returns 1, 0 at the end, -1 on error.
 */
int stream_getline(struct stream *s, size_t max, struct stream_line *l);

#endif
