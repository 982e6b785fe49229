/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * consumer.c - a program built against an installed libprecis, by the
 * install test (tests/install/install.sh), through CMake's
 * find_package(precis) and through pkg-config.
 */
#include <stdio.h>
#include <string.h>

#include <precis.h>

static const char article[] =
	"Harbour reopens\n"
	"The harbour reopened on Monday after a storm closed it for a week. "
	"Fishing boats left at dawn. "
	"The mayor said repairs to the sea wall would take a month. "
	"Traders said the closure had cost them dearly.\n";

int main(void)
{
	precis_status st;
	precis_ctx *ctx = precis_new("en", &st);
	precis_summary *sum;
	precis_options opt;
	const char *text;
	size_t i;

	if (ctx == NULL) {
		fprintf(stderr, "consumer: %s\n", precis_strerror(st));
		return 1;
	}
	precis_options_init(&opt);
	opt.sentences = 2;
	st = precis_summarize(ctx, article, sizeof(article) - 1, &opt, &sum);
	if (st != PRECIS_OK) {
		fprintf(stderr, "consumer: %s\n", precis_strerror(st));
		precis_free(ctx);
		return 1;
	}
	printf("libprecis %s, header %s: %zu sentences, %zu selected, %s\n",
	       precis_version(), PRECIS_VERSION_STRING,
	       precis_summary_sentence_count(sum), precis_summary_count(sum),
	       precis_summary_language(sum));
	text = precis_summary_text(sum, NULL);
	for (i = 0; i < precis_summary_count(sum); i++) {
		const precis_sentence *s = precis_summary_at(sum, i);

		printf("%.*s\n", (int)s->length, text + s->offset);
	}
	precis_summary_free(sum);
	precis_free(ctx);
	return strcmp(precis_version(), PRECIS_VERSION_STRING) != 0;
}
