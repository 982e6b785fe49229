/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * clock.c - the benchmarks' clock.
 *
 * CLOCK_MONOTONIC does not jump when the wall clock is set, and on Linux it
 * is read through the vDSO without a system call, so reading it around a
 * pass over thousands of documents costs nothing measurable.
 */
#include "clock.h"

#include <stdlib.h>
#include <time.h>

double bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double bench_cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

double bench_median(double *t, size_t n)
{
	if (n == 0)
		return 0.0;
	qsort(t, n, sizeof(*t), by_value);
	if (n % 2 == 1)
		return t[n / 2];
	return (t[n / 2 - 1] + t[n / 2]) / 2.0;
}
