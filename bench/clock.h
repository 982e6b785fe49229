/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * clock.h - the benchmarks' clock: seconds on a monotonic clock, and the
 * median of a set of timings.
 */
#ifndef PRECIS_BENCH_CLOCK_H
#define PRECIS_BENCH_CLOCK_H

#include <stddef.h>

/* Seconds since an arbitrary fixed point, from CLOCK_MONOTONIC. */
double bench_now(void);

/* Seconds of CPU time used by the calling process, all threads. */
double bench_cpu_now(void);

/*
 * Sorts t[0..n) in place and returns its median (the mean of the two middle
 * values for an even n); 0 for n == 0.
 */
double bench_median(double *t, size_t n);

#endif
