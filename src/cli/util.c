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

#include "cli.h"

const char *cli_program = "precis";

void cli_error(const char *name, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	if (name != NULL)
		fprintf(stderr, "%s: %s: ", cli_program, name);
	else
		fprintf(stderr, "%s: ", cli_program);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
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

int cli_read_file(const char *path, size_t max_bytes, char **data,
		  size_t *len)
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
		cli_error(name, "larger than the limit of %zu bytes (--max-bytes)",
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
