/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * replay_main.c - runs a fuzz target over files, without libFuzzer.
 *
 *     fuzz_x_replay FILE|DIR...
 *
 * Every build replays the seed corpus this way under ctest, so a fuzz
 * target compiles and passes on its corpus even where no fuzzer is built.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL) {
		perror(path);
		return -1;
	}
	do {
		if (len == cap) {
			uint8_t *p;

			cap = cap ? cap * 2 : 4096;
			p = realloc(buf, cap);
			if (p == NULL) {
				free(buf);
				fclose(f);
				return -1;
			}
			buf = p;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

static int replay(const char *path, size_t *count)
{
	struct stat st;
	struct dirent **names;
	int i, n, rc = 0;

	if (stat(path, &st) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*count)++;
		return replay_file(path);
	}
	n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		perror(path);
		return -1;
	}
	for (i = 0; i < n; i++) {
		char sub[4096];

		if (names[i]->d_name[0] != '.' &&
		    (size_t)snprintf(sub, sizeof(sub), "%s/%s", path,
				     names[i]->d_name) < sizeof(sub) &&
		    replay(sub, count) != 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	int i, rc = 0;

	for (i = 1; i < argc; i++)
		if (replay(argv[i], &count) != 0)
			rc = 1;
	printf("replayed %zu inputs\n", count);
	if (count == 0) {
		fprintf(stderr, "no inputs to replay\n");
		return 1;
	}
	return rc;
}
