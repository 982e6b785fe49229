/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * walk.c - the INPUT arguments of `precis batch`: standard input, files
 * (sent to the reader their name calls for) and directories, walked
 * recursively in sorted order without following symbolic links to
 * directories.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "reader.h"

/* Reads the file at path; rel is its path under --output-dir. */
static int read_path(struct source_reader *r, const char *path, const char *rel)
{
	enum source_kind kind = source_kind(path);
	struct stream *s = NULL;
	char *out = NULL;
	int fd, rc;

	r->last = 0;
	if (kind == KIND_ARCHIVE)
		return source_read_archive(r, path, path);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return source_give_error(r, path, 0, "%s", strerror(errno));
	if (kind == KIND_TEXT ||
	    (kind == KIND_JSONL && !source_ends_with(path, ".gz"))) {
		s = stream_new(STREAM_FD, r->cfg->stop);
		if (s == NULL)
			close(fd);
		else
			s->fd = fd;
	} else if (kind == KIND_WARC) {
		s = stream_members(fd, r->cfg->stop);
	} else {
		s = stream_gz(fd, r->cfg->stop);
	}
	if (s == NULL)
		return source_give_error(r, path, 0, "%s", strerror(ENOMEM));
	if (kind == KIND_JSONL) {
		rc = source_read_jsonl(r, s, path);
	} else if (kind == KIND_WARC) {
		rc = source_read_warc(r, s);
	} else if (kind == KIND_GZ_TEXT) {
		out = strdup(rel);
		if (out == NULL) {
			rc = -1;
		} else {
			out[strlen(out) - 3] = '\0'; /* drop ".gz" */
			rc = source_give_text(r, s, path, out);
		}
	} else {
		rc = source_give_text(r, s, path, rel);
	}
	free(out);
	stream_close(s);
	return rc;
}

static int skip_dots(const struct dirent *d)
{
	return strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* a + "/" + b in new memory (b alone when a is NULL). */
static char *join(const char *a, const char *b)
{
	size_t n = a ? strlen(a) : 0;
	char *p;

	while (n > 1 && a[n - 1] == '/')
		n--;
	p = malloc(n + strlen(b) + 2);
	if (p == NULL)
		return NULL;
	if (a == NULL)
		strcpy(p, b);
	else
		sprintf(p, "%.*s%s%s", (int)n, a,
			n == 1 && a[0] == '/' ? "" : "/", b);
	return p;
}

/* Walks dir recursively in sorted order; rel is its path under the root. */
static int walk(struct source_reader *r, const char *dir, const char *rel)
{
	struct dirent **list;
	int n, i, rc = 0;

	n = scandir(dir, &list, skip_dots, by_name);
	if (n < 0)
		return source_give_error(r, dir, 0, "%s", strerror(errno));
	for (i = 0; i < n; i++) {
		char *path = join(dir, list[i]->d_name);
		char *sub = join(rel, list[i]->d_name);
		struct stat st;

		if (rc != 0 || *r->cfg->stop) {
			rc = -1;
		} else if (path == NULL || sub == NULL) {
			rc = source_give_error(r, dir, 0, "%s",
					       strerror(ENOMEM));
		} else if (lstat(path, &st) != 0) {
			rc = source_give_error(r, path, 0, "%s",
					       strerror(errno));
		} else if (S_ISLNK(st.st_mode) && stat(path, &st) != 0) {
			rc = source_give_error(r, path, 0,
					       "dangling symbolic link");
		} else if (S_ISDIR(st.st_mode)) {
			struct stat lst;

			if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
				rc = source_give_error(
					r, path, 0,
					"symbolic link to a directory: not "
					"followed");
			else
				rc = walk(r, path, sub);
		} else if (S_ISREG(st.st_mode)) {
			rc = read_path(r, path, sub);
		} else {
			rc = source_give_error(r, path, 0,
					       "not a regular file");
		}
		free(path);
		free(sub);
		free(list[i]);
	}
	free(list);
	return rc;
}

int source_read(const struct source_config *cfg, const char *input,
		source_emit emit, void *arg)
{
	struct source_reader r = { cfg, input, emit, arg, 0 };
	const char *base;
	struct stat st;

	if (strcmp(input, "-") == 0) {
		/* Plain reads, which return what a pipe has so far. */
		struct stream *s = stream_new(STREAM_FD, cfg->stop);
		int rc;

		if (s == NULL)
			return source_give_error(&r, "standard input", 0, "%s",
						 strerror(ENOMEM));
		s->fd = STDIN_FILENO;
		rc = source_read_jsonl(&r, s, "standard input");
		free(s);
		return rc;
	}
	if (stat(input, &st) != 0)
		return source_give_error(&r, input, 0, "%s", strerror(errno));
	if (S_ISDIR(st.st_mode))
		return walk(&r, input, NULL);
	base = strrchr(input, '/');
	base = base ? base + 1 : input;
	return read_path(&r, input, *base ? base : input);
}

uint64_t source_size(const char *input)
{
	struct stat st;

	if (strcmp(input, "-") != 0 && stat(input, &st) == 0 &&
	    S_ISREG(st.st_mode))
		return (uint64_t)st.st_size;
	return 0;
}
