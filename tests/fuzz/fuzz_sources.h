/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fuzz_sources.h - shared by the fuzz targets of the batch readers: the
 * input goes to a scratch file whose name tells the reader its format,
 * every document is checked as it comes, and ids and paths must be safe.
 */
#ifndef PRECIS_FUZZ_SOURCES_H
#define PRECIS_FUZZ_SOURCES_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/cli/sources.h"
#include "text.h"

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond))                                                   \
			abort();                                               \
	} while (0)

struct fuzz_seen {
	const struct source_config *cfg;
	size_t docs;
};

static int fuzz_emit(void *arg, struct source_doc *d)
{
	struct fuzz_seen *seen = arg;

	seen->docs++;
	if (d->record && d->error == NULL)
		CHECK(source_parse_record(seen->cfg, d) == 0);
	CHECK(d->id != NULL && precis_utf8_valid(d->id, strlen(d->id)));
	CHECK(d->url == NULL || precis_utf8_valid(d->url, strlen(d->url)));
	CHECK(d->date == NULL || precis_utf8_valid(d->date, strlen(d->date)));
	/* Text or an error, never both; neither only for an empty member. */
	CHECK(d->text == NULL || d->error == NULL);
	CHECK(d->text != NULL || d->error != NULL || d->len == 0);
	if (d->text != NULL) {
		CHECK(d->prefix <= d->len);
		CHECK(d->len - d->prefix <= seen->cfg->max_bytes);
	}
	if (d->rel != NULL) {
		/* Never absolute, never a ".." component. */
		const char *p = d->rel;

		CHECK(*p != '/');
		while (*p != '\0') {
			size_t n = strcspn(p, "/");

			CHECK(!(n == 2 && p[0] == '.' && p[1] == '.'));
			p += n;
			while (*p == '/')
				p++;
		}
	}
	source_doc_clear(d);
	return 0;
}

/* Writes data to a scratch file named with suffix and reads it back. */
static void fuzz_read(const uint8_t *data, size_t size, const char *suffix)
{
	static char path[64];
	static volatile sig_atomic_t stop;
	struct source_config cfg = { 0 };
	struct fuzz_seen seen = { &cfg, 0 };
	FILE *f;

	snprintf(path, sizeof(path), "/tmp/precis-fuzz-%ld%s", (long)getpid(),
		 suffix);
	f = fopen(path, "wb");
	CHECK(f != NULL);
	CHECK(fwrite(data, 1, size, f) == size || size == 0);
	CHECK(fclose(f) == 0);
	cfg.max_bytes = 4096;
	cfg.text_field = "text";
	cfg.id_field = "id";
	cfg.title_field = "title";
	cfg.check_paths = true;
	cfg.stop = &stop;
	CHECK(source_read(&cfg, path, fuzz_emit, &seen) == 0);
	unlink(path);
}

#endif
