/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * stream.c - the buffered byte stream of the batch readers (stream.h):
 * plain reads of a file descriptor, zlib's gzip reader (which passes plain
 * data through), gzip members inflated one after another, or libarchive's
 * data of the current member.
 *
 * zlib's own reader takes anything after a gzip member that is not another
 * member for the end of the data.  A WARC file written a member a record
 * would then lose every record after a damaged member without a word, so
 * STREAM_MEMBERS inflates with zlib's stream interface and reports such
 * bytes as damage.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "archive_dl.h"
#include "stream.h"

/* The state of STREAM_MEMBERS. */
struct stream_members {
	z_stream z;
	bool ready;  /* z is initialised */
	bool inside; /* within a member */
	bool plain;  /* the input is not gzip'd: passed through */
	bool any;    /* a member has been read */
	bool in_eof;
	unsigned char in[STREAM_BUF];
};

/* Reads more compressed input, keeping what is left; 0 or -1. */
static int members_more(struct stream *s)
{
	struct stream_members *m = s->members;
	size_t have = m->z.avail_in;
	ssize_t r;

	if (have > 0 && m->z.next_in != m->in)
		memmove(m->in, m->z.next_in, have);
	m->z.next_in = m->in;
	for (;;) {
		r = read(s->fd, m->in + have, sizeof(m->in) - have);
		if (r >= 0)
			break;
		if (errno != EINTR || *s->stop) {
			snprintf(s->why, sizeof(s->why), "%s", strerror(errno));
			return -1;
		}
	}
	s->raw += (uint64_t)r;
	m->z.avail_in = (unsigned)(have + (size_t)r);
	if (r == 0)
		m->in_eof = true;
	return 0;
}

static ssize_t members_read(struct stream *s)
{
	struct stream_members *m = s->members;
	int zr;

	for (;;) {
		size_t made;

		while (!m->in_eof && m->z.avail_in < (m->inside ? 1 : 2))
			if (members_more(s) != 0)
				return -1;
		if (m->plain || (!m->inside && !m->any && m->z.avail_in > 0 &&
				 m->z.next_in[0] != 0x1f)) {
			/* Not gzip'd at all: the bytes as they are. */
			size_t k = m->z.avail_in < sizeof(s->buf) ?
					   m->z.avail_in :
					   sizeof(s->buf);

			m->plain = true;
			memcpy(s->buf, m->z.next_in, k);
			m->z.next_in += k;
			m->z.avail_in -= (unsigned)k;
			return (ssize_t)k;
		}
		if (!m->inside) {
			if (m->z.avail_in == 0)
				return 0;
			if (m->z.avail_in < 2 || m->z.next_in[0] != 0x1f ||
			    m->z.next_in[1] != 0x8b) {
				snprintf(s->why, sizeof(s->why),
					 "undecodable gzip data: data that "
					 "is not gzip after a gzip member");
				return -1;
			}
			zr = m->ready ? inflateReset(&m->z) :
					inflateInit2(&m->z, 15 + 16);
			if (zr != Z_OK) {
				snprintf(s->why, sizeof(s->why), "%s",
					 strerror(ENOMEM));
				return -1;
			}
			m->ready = m->inside = m->any = true;
		}
		m->z.next_out = (unsigned char *)s->buf;
		m->z.avail_out = sizeof(s->buf);
		zr = inflate(&m->z, Z_NO_FLUSH);
		made = sizeof(s->buf) - m->z.avail_out;
		if (zr == Z_STREAM_END)
			m->inside = false;
		else if (zr == Z_BUF_ERROR && m->in_eof && m->z.avail_in == 0)
			s->cut = true;
		else if (zr == Z_BUF_ERROR)
			zr = Z_OK;
		if (s->cut) {
			snprintf(s->why, sizeof(s->why),
				 "the gzip data ends inside a member");
			return -1;
		}
		if (zr != Z_OK && zr != Z_STREAM_END) {
			snprintf(s->why, sizeof(s->why),
				 "undecodable gzip data: %s",
				 m->z.msg ? m->z.msg : "inflate failed");
			return -1;
		}
		if (made > 0)
			return (ssize_t)made;
	}
}

struct stream *stream_new(enum stream_kind kind, volatile sig_atomic_t *stop)
{
	struct stream *s = calloc(1, sizeof(*s));

	if (s != NULL) {
		s->kind = kind;
		s->fd = -1;
		s->stop = stop;
	}
	return s;
}

static ssize_t stream_raw_read(struct stream *s)
{
	ssize_t r;
	int err;

	switch (s->kind) {
	case STREAM_FD:
		for (;;) {
			r = read(s->fd, s->buf, sizeof(s->buf));
			if (r >= 0) {
				s->raw += (uint64_t)r;
				return r;
			}
			if (errno != EINTR || *s->stop)
				break;
		}
		snprintf(s->why, sizeof(s->why), "%s", strerror(errno));
		return -1;
	case STREAM_GZ:
		r = gzread(s->gz, s->buf, sizeof(s->buf));
		if (r >= 0)
			return r;
		{
			const char *m = gzerror(s->gz, &err);

			if (err == Z_ERRNO)
				snprintf(s->why, sizeof(s->why), "%s",
					 strerror(errno));
			else
				snprintf(s->why, sizeof(s->why),
					 "undecodable gzip data: %s", m);
		}
		return -1;
	case STREAM_MEMBERS:
		return members_read(s);
	case STREAM_ARCHIVE:
		r = archive_read_data(s->ar, s->buf, sizeof(s->buf));
		if (r >= 0)
			return r;
		s->fatal = r == ARCHIVE_FATAL;
		snprintf(s->why, sizeof(s->why), "%s",
			 archive_error_string(s->ar) ?
				 archive_error_string(s->ar) :
				 "read error");
		return -1;
	}
	return -1;
}

/* Makes data available: 1, 0 at the end, -1 on error (see s->why). */
int stream_fill(struct stream *s)
{
	ssize_t r;

	if (s->pos < s->end)
		return 1;
	if (s->eof)
		return 0;
	r = stream_raw_read(s);
	if (r < 0)
		return -1;
	s->pos = 0;
	s->end = (size_t)r;
	if (r == 0) {
		s->eof = true;
		return 0;
	}
	return 1;
}

/* Bytes of the underlying input consumed so far. */
uint64_t stream_position(const struct stream *s)
{
	long long off;

	switch (s->kind) {
	case STREAM_FD:
		return s->raw;
	case STREAM_GZ:
		off = (long long)gzoffset(s->gz);
		return off > 0 ? (uint64_t)off : 0;
	case STREAM_MEMBERS:
		return s->raw - s->members->z.avail_in;
	case STREAM_ARCHIVE:
		off = (long long)archive_filter_bytes(s->ar, -1);
		return off > 0 ? (uint64_t)off : 0;
	}
	return 0;
}

/*
 * Reads the rest of the stream, at most max bytes (0: no limit).
 * Returns 0, -1 on a read error (s->why), or -2 when over the limit.
 */
int stream_read_all(struct stream *s, size_t max, char **data, size_t *len)
{
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int r;

	while ((r = stream_fill(s)) > 0) {
		size_t k = s->end - s->pos;

		if (max > 0 && k > max - n) {
			free(buf);
			return -2;
		}
		if (n + k + 1 > cap) {
			size_t ncap = cap ? cap * 2 : STREAM_BUF;
			char *p;

			while (ncap < n + k + 1)
				ncap *= 2;
			if (max > 0 && ncap > max + 1)
				ncap = max + 1;
			p = realloc(buf, ncap);
			if (p == NULL) {
				free(buf);
				snprintf(s->why, sizeof(s->why), "%s",
					 strerror(ENOMEM));
				return -1;
			}
			buf = p;
			cap = ncap;
		}
		memcpy(buf + n, s->buf + s->pos, k);
		n += k;
		s->pos = s->end;
	}
	if (r < 0) {
		free(buf);
		return -1;
	}
	*data = buf;
	*len = n;
	return 0;
}

/*
 * Reads one line, without its newline, keeping at most max bytes (0: no
 * limit).  Returns 1, 0 at the end, -1 on error.
 */
int stream_getline(struct stream *s, size_t max, struct stream_line *l)
{
	bool any = false;
	int r;

	l->len = 0;
	l->over = false;
	while ((r = stream_fill(s)) > 0) {
		char *p = s->buf + s->pos;
		char *nl = memchr(p, '\n', s->end - s->pos);
		size_t k = nl ? (size_t)(nl - p) : s->end - s->pos;

		any = true;
		s->pos += k + (nl != NULL);
		if (!l->over && max > 0 && k > max - l->len) {
			l->over = true;
			l->len = 0;
		}
		if (!l->over) {
			if (l->len + k + 1 > l->cap) {
				size_t ncap = l->cap ? l->cap : 4096;
				char *q;

				while (ncap < l->len + k + 1)
					ncap *= 2;
				q = realloc(l->data, ncap);
				if (q == NULL) {
					snprintf(s->why, sizeof(s->why), "%s",
						 strerror(ENOMEM));
					return -1;
				}
				l->data = q;
				l->cap = ncap;
			}
			memcpy(l->data + l->len, p, k);
			l->len += k;
		}
		if (nl != NULL)
			return 1;
	}
	if (r < 0)
		return -1;
	return any ? 1 : 0;
}

/* Opens a gzip (or plain) stream on fd, which it takes. */
struct stream *stream_gz(int fd, volatile sig_atomic_t *stop)
{
	struct stream *s = stream_new(STREAM_GZ, stop);

	if (s == NULL) {
		close(fd);
		return NULL;
	}
	s->gz = gzdopen(fd, "rb");
	if (s->gz == NULL) {
		close(fd);
		free(s);
		return NULL;
	}
	gzbuffer(s->gz, STREAM_BUF);
	return s;
}

struct stream *stream_open_gz(const char *path, volatile sig_atomic_t *stop)
{
	struct stream *s;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return NULL;
	errno = 0;
	s = stream_gz(fd, stop);
	if (s == NULL && errno == 0)
		errno = ENOMEM;
	return s;
}

struct stream *stream_members(int fd, volatile sig_atomic_t *stop)
{
	struct stream *s = stream_new(STREAM_MEMBERS, stop);

	if (s != NULL)
		s->members = calloc(1, sizeof(*s->members));
	if (s == NULL || s->members == NULL) {
		close(fd);
		free(s);
		return NULL;
	}
	s->fd = fd;
	return s;
}

void stream_close(struct stream *s)
{
	if (s == NULL)
		return;
	if (s->kind == STREAM_GZ)
		gzclose_r(s->gz);
	else if (s->fd >= 0)
		close(s->fd);
	if (s->members != NULL && s->members->ready)
		inflateEnd(&s->members->z);
	free(s->members);
	free(s);
}
