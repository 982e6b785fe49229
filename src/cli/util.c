/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * util.c - messages, number parsing and reading inputs for the program.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/utf8.h"
#include "cli.h"

const char *cli_program = "precis";

void cli_put_escaped(FILE *out, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t left = strlen(s);

	while (*u != '\0') {
		size_t n = precis_utf8_length(u, left);

		if (n == 0 || *u < 0x20 || *u == 0x7F ||
		    (n == 2 && u[0] == 0xC2 && u[1] < 0xA0)) {
			/* A control character, C1 included, or a stray byte. */
			fprintf(out, "\\x%02x", *u);
			u++;
			left--;
			continue;
		}
		fwrite(u, 1, n, out);
		u += n;
		left -= n;
	}
}

void cli_error(const char *name, const char *fmt, ...)
{
	char stack[512], *msg = stack;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(stack, sizeof(stack), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(stack)) {
		msg = malloc((size_t)n + 1);
		if (msg != NULL) {
			va_start(ap, fmt);
			vsnprintf(msg, (size_t)n + 1, fmt, ap);
			va_end(ap);
		} else {
			msg = stack; /* truncated, but said */
		}
	}
	fflush(stdout);
	fprintf(stderr, "%s: ", cli_program);
	if (name != NULL) {
		cli_put_escaped(stderr, name);
		fputs(": ", stderr);
	}
	cli_put_escaped(stderr, n < 0 ? fmt : msg);
	fputc('\n', stderr);
	if (msg != stack)
		free(msg);
}

int cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", cli_program);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s%s%s --help' for more information.\n",
		cli_program, command ? " " : "", command ? command : "");
	return CLI_EXIT_USAGE;
}

const char *cli_input_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "standard input" : path;
}

int cli_parse_size(const char *s, size_t *out)
{
	unsigned long long v;
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (*end != '\0' || errno != 0 || v > SIZE_MAX)
		return -1;
	*out = (size_t)v;
	return 0;
}

int cli_parse_double(const char *s, double *out)
{
	char *end;
	double v;

	if (*s == '\0')
		return -1;
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || errno != 0 || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

int cli_read_file(const char *path, size_t max_bytes, char **data, size_t *len)
{
	const char *name = cli_input_name(path);
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	size_t cap = 0, n = 0, limit, hint = 65536;
	char *buf = NULL;
	struct stat st;

	if (fd < 0) {
		cli_error(name, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			cli_error(name, "%s", strerror(EISDIR));
			goto fail;
		}
		/* Room for the whole file and the read that sees its end. */
		if (S_ISREG(st.st_mode) && st.st_size > 0 &&
		    (uintmax_t)st.st_size < SIZE_MAX)
			hint = (size_t)st.st_size + 1;
	}
	/* Read one byte past the limit to tell "at" from "over" it. */
	limit = max_bytes > 0 ? max_bytes + 1 : SIZE_MAX;
	for (;;) {
		ssize_t r;

		if (n == cap) {
			size_t ncap = cap ? cap * 2 : hint;
			char *p;

			if (ncap > limit)
				ncap = limit;
			if (ncap <= n)
				break; /* the limit is reached */
			p = realloc(buf, ncap);
			if (p == NULL) {
				cli_error(name, "%s", strerror(ENOMEM));
				goto fail;
			}
			buf = p;
			cap = ncap;
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			cli_error(name, "%s", strerror(errno));
			goto fail;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (max_bytes > 0 && n > max_bytes) {
		cli_error(name,
			  "larger than the limit of %zu bytes (--max-bytes)",
			  max_bytes);
		goto fail;
	}
	if (!is_stdin)
		close(fd);
	*data = buf;
	*len = n;
	return 0;
fail:
	if (!is_stdin)
		close(fd);
	free(buf);
	return -1;
}

int cli_close_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int e = errno;

		cli_error(NULL, "write error: %s", strerror(e ? e : EIO));
		return -1;
	}
	return 0;
}
