/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * harness.h - the driver shared by the in-process speed harnesses.
 *
 * A harness supplies a pass: summarize every article of the corpus once,
 * consuming each result into a checksum.  The driver loads the corpus,
 * runs warm-up passes, then timed passes until both a minimum number of
 * passes and a minimum total time are reached, and prints one line:
 *
 *   NAME: docs=D bytes=B runs=R median_s=M min_s=A max_s=Z \
 *         cpu_median_s=P docs_per_s=X mb_per_s=Y check=C
 *
 * (times in seconds of the monotonic clock per pass, P the median CPU
 * time of a pass; MB is 10^6 bytes; the rates are those of the median
 * pass).  Every pass must give the same checksum, so that work the
 * compiler could drop, or a pass that went wrong, is caught.
 */
#ifndef PRECIS_BENCH_HARNESS_H
#define PRECIS_BENCH_HARNESS_H

#include <stdint.h>
#include <stdio.h>

#include "corpus.h"

struct bench_engine {
	const char *name;
	/* Prepares state (called once, untimed); returns 0 or -1. */
	int (*setup)(void **state);
	/* One pass; stores the checksum; returns 0 or -1 on failure. */
	int (*pass)(void *state, const struct bench_corpus *corpus,
		    uint64_t *check);
	/* Writes every summary to f, untimed; may be NULL. */
	int (*dump)(void *state, const struct bench_corpus *corpus, FILE *f);
	void (*teardown)(void *state);
};

/* Parses the command line, runs the benchmark; returns the exit status. */
int bench_main(const struct bench_engine *engine, int argc, char **argv);

/* Mixes v into a running checksum. */
static inline uint64_t bench_mix(uint64_t h, uint64_t v)
{
	h ^= v + UINT64_C(0x9E3779B97F4A7C15) + (h << 6) + (h >> 2);
	return h;
}

#endif
