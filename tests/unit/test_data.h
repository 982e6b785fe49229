/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * test_data.h - reads a file of tests/data whole, for the unit tests.
 * Include after cmocka.h; PRECIS_TEST_DATA is set by the build.
 */
#ifndef PRECIS_TEST_DATA_H
#define PRECIS_TEST_DATA_H

#include <stdio.h>
#include <stdlib.h>

/*
 * The file tests/data/<name>, NUL-terminated, in a buffer to free; its
 * length in *len.  Fails the test if it cannot be read or is empty.
 */
static char *read_test_data(const char *name, size_t *len)
{
	char path[1024];
	FILE *f;
	char *buf;
	long n;

	snprintf(path, sizeof(path), "%s/%s", PRECIS_TEST_DATA, name);
	f = fopen(path, "rb");
	if (f == NULL)
		fail_msg("cannot open %s", path);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	assert_true(n > 0);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

#endif
