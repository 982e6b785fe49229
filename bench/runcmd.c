/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * runcmd.c - times a command run again and again, as a whole process.
 *
 *   precis_bench_run [--min-time=S] [--min-runs=N] [--max-runs=N]
 *                    [--stdin=FILE] [--stdout=FILE] -- COMMAND [ARG]...
 *
 * After one untimed run (which also checks that the command succeeds), the
 * command runs until both N runs and S seconds are reached; its standard
 * output goes to /dev/null unless --stdout says otherwise.  Each run's wall
 * time is taken on the monotonic clock around fork and wait, and its CPU
 * time (user + system) and peak resident set come from wait4().  Prints
 *
 *   run: runs=R median_s=M min_s=A max_s=Z cpu_median_s=C maxrss_kib=K
 *
 * where maxrss_kib is the largest peak of any run.  Exits 1 if a run
 * fails.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clock.h"

struct run {
	double wall;
	double cpu;
	long maxrss;
};

static int redirect(const char *path, int fd, int flags)
{
	int f = open(path, flags, 0666);

	if (f < 0 || dup2(f, fd) < 0)
		return -1;
	close(f);
	return 0;
}

/* Runs argv once; returns 0 when it exits with status 0. */
static int run_once(char **argv, const char *in, const char *out, struct run *r)
{
	struct rusage ru;
	double t0 = bench_now();
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		perror("fork");
		return -1;
	}
	if (pid == 0) {
		if ((in != NULL && redirect(in, 0, O_RDONLY) != 0) ||
		    redirect(out, 1, O_WRONLY | O_CREAT | O_TRUNC) != 0) {
			perror("redirect");
			_exit(126);
		}
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			perror("wait4");
			return -1;
		}
	}
	r->wall = bench_now() - t0;
	r->cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 +
		 (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
	r->maxrss = ru.ru_maxrss;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "%s: failed (status %d)\n", argv[0], status);
		return -1;
	}
	return 0;
}

static int arg(const char *a, const char *name, const char **value)
{
	size_t n = strlen(name);

	if (strncmp(a, name, n) != 0 || a[n] != '=')
		return 0;
	*value = a + n + 1;
	return 1;
}

int main(int argc, char **argv)
{
	const char *in = NULL, *out = "/dev/null", *v;
	double min_time = 1.0, total = 0, *wall, *cpu, med;
	unsigned long min_runs = 5, max_runs = 1000, n = 0;
	long maxrss = 0;
	struct run r;
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (arg(argv[i], "--min-time", &v))
			min_time = atof(v);
		else if (arg(argv[i], "--min-runs", &v))
			min_runs = strtoul(v, NULL, 10);
		else if (arg(argv[i], "--max-runs", &v))
			max_runs = strtoul(v, NULL, 10);
		else if (arg(argv[i], "--stdin", &v))
			in = v;
		else if (arg(argv[i], "--stdout", &v))
			out = v;
		else
			break;
	}
	if (i + 1 >= argc || strcmp(argv[i], "--") != 0 || min_runs == 0 ||
	    max_runs < min_runs) {
		fprintf(stderr,
			"usage: %s [--min-time=S] [--min-runs=N] "
			"[--max-runs=N] [--stdin=FILE] [--stdout=FILE] -- "
			"COMMAND [ARG]...\n",
			argv[0]);
		return 2;
	}
	argv += i + 1;
	wall = malloc(max_runs * sizeof(*wall));
	cpu = malloc(max_runs * sizeof(*cpu));
	if (wall == NULL || cpu == NULL || run_once(argv, in, out, &r) != 0)
		return 1;
	while (n < max_runs && (n < min_runs || total < min_time)) {
		if (run_once(argv, in, out, &r) != 0)
			return 1;
		wall[n] = r.wall;
		cpu[n] = r.cpu;
		total += r.wall;
		if (r.maxrss > maxrss)
			maxrss = r.maxrss;
		n++;
	}
	med = bench_median(wall, n);
	printf("run: runs=%lu median_s=%.6f min_s=%.6f max_s=%.6f "
	       "cpu_median_s=%.6f maxrss_kib=%ld\n",
	       n, med, wall[0], wall[n - 1], bench_median(cpu, n), maxrss);
	free(wall);
	free(cpu);
	return 0;
}
