/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * batch.c - `precis batch [OPTION]... INPUT...`: summarize every document of
 * directories, archives and JSON Lines, in parallel, in input order.
 *
 * With one job everything happens in the calling thread: read a document,
 * summarize it, write it, read the next.  With N > 1, the main thread reads
 * the inputs (sources.c) and puts each document in the next slot of a ring;
 * N workers, each with its own library context, take the slots in order,
 * summarize and render their document, and the worker that finishes the
 * oldest unwritten slot writes it out, with every finished slot after it.
 * No thread only writes, so there is nothing to wake for each record, and
 * N jobs use N cores and the reader.  The reader never gets more than the
 * ring's slots, nor more than 2N + 2 times the per-document limit in bytes,
 * ahead of the writing, so memory is bounded whatever the size of the
 * inputs; and since records are written in reading order and rendered
 * without regard to the thread that made them, the output is the same for
 * any number of jobs.
 *
 * Every record is flushed once written, so an interrupted run keeps every
 * finished record.  SIGINT and SIGTERM only set a flag: reading stops, the
 * documents already read are finished and written, and the command exits
 * with 128 + the signal number.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#include "cli.h"
#include "sources.h"

/* The signal that asked the batch to stop, or 0. */
static volatile sig_atomic_t stop_signal;

enum {
	OPT_OUTPUT_DIR = CLI_OPT_FIRST_FREE,
	OPT_TEXT_FIELD,
	OPT_ID_FIELD,
	OPT_TITLE_FIELD,
};

static const struct option own_options[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "output-dir", required_argument, NULL, OPT_OUTPUT_DIR },
	{ "jobs", required_argument, NULL, 'j' },
	{ "text-field", required_argument, NULL, OPT_TEXT_FIELD },
	{ "id-field", required_argument, NULL, OPT_ID_FIELD },
	{ "title-field", required_argument, NULL, OPT_TITLE_FIELD },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

#define MAX_JOBS 1024

enum slot_state { SLOT_FREE, SLOT_READY, SLOT_DONE };

struct slot {
	struct source_doc doc;
	enum slot_state state;
	uint64_t queued; /* bytes it counts for in the ring */
	char *out;       /* the rendered record, or the text for --output-dir */
	size_t out_len;
};

struct batch {
	struct cli_config cfg;
	struct source_config src;
	struct source_counts counts;
	const char *output; /* -o FILE, or NULL for standard output */
	const char *output_dir;
	long jobs;
	bool quiet;

	pthread_mutex_t mu;
	pthread_cond_t cv_work;  /* a slot to summarize, or the end */
	pthread_cond_t cv_space; /* room in the ring, or output failed */
	struct slot *ring;
	size_t depth;
	size_t next_read, next_take, next_write;
	uint64_t queued, budget; /* bytes read and not yet written, limit */
	bool eof;
	bool writing;        /* a worker is writing slots out */
	bool reader_waiting; /* the reader waits for room */
	bool out_failed;     /* the output cannot be written: stop */
	precis_ctx *ctx;     /* one job: the reader's own context */

	/* Owned by whoever writes (see write_finished). */
	FILE *out;
	gzFile gz;
	int dirfd;
	size_t docs, errors;
	uint64_t text_bytes, in_pos, in_total;
	struct timespec t0, drawn;
	bool progress, shown;
};

struct worker {
	struct batch *b;
	precis_ctx *ctx;
	pthread_t thread;
	bool started;
};

static void on_signal(int sig)
{
	stop_signal = sig;
}

static void usage(void)
{
	printf("Usage: %s batch [OPTION]... INPUT...\n", cli_program);
	fputs("Summarize every document of each INPUT and write one JSON "
	      "object a\n"
	      "line, in input order: {\"id\", \"title\", \"language\", "
	      "\"sentences\",\n"
	      "\"words\", \"summary\": [sentence, ...], \"spans\": "
	      "[{\"index\",\n"
	      "\"offset\", \"length\", \"score\", \"rank\"}, ...]}, or "
	      "{\"id\", \"error\"}\n"
	      "for a document that could not be summarized.\n"
	      "\n"
	      "An INPUT is a directory (walked recursively in sorted order), "
	      "an\n"
	      "archive (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst, "
	      ".zip), JSON\n"
	      "Lines (.jsonl, .ndjson, optionally .gz; - for standard input), "
	      "a WARC\n"
	      "file (.warc, .warc.gz), or a web page or text file (optionally "
	      ".gz).\n"
	      "The id is the file path, the member path, the record's id (its "
	      "line\n"
	      "number when it has none), or a WARC page's WARC-Target-URI.\n"
	      "\n"
	      "A web page (.html, .htm, or HTML by its content) is summarized "
	      "from\n"
	      "its article, its headline the title.  In a WARC, each response "
	      "record\n"
	      "with a 2xx HTML response is a page, whose record adds \"url\" "
	      "and\n"
	      "\"date\" (WARC-Date); its body is decoded from chunked, gzip "
	      "or\n"
	      "deflate and read in the HTTP header's charset.  Other records "
	      "are\n"
	      "skipped and counted in the final line.  A damaged WARC ends "
	      "with an\n"
	      "error record after every record before the damage.\n"
	      "\n",
	      stdout);
	cli_summary_help(stdout, true);
	fputs("\n"
	      "Batch:\n"
	      "  -o, --output=FILE      write the records to FILE (gzip'd when "
	      "it\n"
	      "                         ends in .gz) instead of standard "
	      "output\n"
	      "      --output-dir=DIR   write each summary as text under DIR "
	      "at the\n"
	      "                         document's path; the records then hold "
	      "the\n"
	      "                         errors only\n"
	      "  -j, --jobs=N           N worker threads beside the reader "
	      "(default:\n"
	      "                         online CPUs); with 1, one thread does "
	      "all\n"
	      "      --text-field=NAME  JSON Lines field of the text (default "
	      "text)\n"
	      "      --id-field=NAME    field of the id (default id)\n"
	      "      --title-field=NAME field of the title (default title); a\n"
	      "                         non-empty title is the article's first "
	      "line\n"
	      "  -q, --quiet            no progress display and no final "
	      "summary\n"
	      "  -h, --help             display this help and exit\n"
	      "\n"
	      "--max-bytes limits each document as read (a file, a member, a "
	      "JSON\n"
	      "line, a WARC page's body before and after decoding).\n"
	      "\n"
	      "Exit status: 0 success, 1 if some document failed or output "
	      "could\n"
	      "not be written, 2 for a usage error, 128 + N on signal N.\n",
	      stdout);
}

/* ------------------------------------------------------------------ */
/* Rendering (workers).                                                 */

/* Dumps value as one compact line into *out; 0 or -1. */
static int dump(json_t *value, char **out, size_t *len)
{
	char *s;

	if (value == NULL)
		return -1;
	s = json_dumps(value, JSON_COMPACT | JSON_REAL_PRECISION(6));
	json_decref(value);
	if (s == NULL)
		return -1;
	*out = s;
	*len = strlen(s);
	return 0;
}

/* Sets the id of a record, and the url and date of a WARC record's. */
static int set_origin(json_t *o, const struct source_doc *d)
{
	if (json_object_set_new(o, "id", json_string(d->id)) != 0)
		return -1;
	if (d->url != NULL &&
	    json_object_set_new(o, "url", json_string(d->url)) != 0)
		return -1;
	if (d->date != NULL &&
	    json_object_set_new(o, "date", json_string(d->date)) != 0)
		return -1;
	return 0;
}

static int render_error(struct slot *sl)
{
	json_t *o = json_object();

	if (o == NULL || set_origin(o, &sl->doc) != 0 ||
	    json_object_set_new(o, "error", json_string(sl->doc.error)) != 0) {
		json_decref(o);
		return -1;
	}
	return dump(o, &sl->out, &sl->out_len);
}

/* Moves the offsets of an array of sentence objects back by prefix. */
static void shift_offsets(json_t *arr, size_t prefix)
{
	size_t i;
	json_t *s;

	json_array_foreach(arr, i, s) {
		json_t *off = json_object_get(s, "offset");

		if (json_is_integer(off))
			json_integer_set(off, json_integer_value(off) -
						      (json_int_t)prefix);
	}
}

/*
 * The batch record: the single-file JSON object with the id first, the
 * summary as an array of strings, and the sentences' details under "spans".
 */
static int render_json(struct batch *b, struct slot *sl,
		       const precis_summary *sum)
{
	json_t *o = cli_summary_json(sum, &b->cfg.render);
	json_t *rec = json_object(), *texts = json_array(), *v;
	const char *key;
	int bad = o == NULL || rec == NULL || texts == NULL;
	size_t i;

	if (!bad)
		bad = set_origin(rec, &sl->doc);
	json_object_foreach(bad ? NULL : o, key, v) {
		json_t *s;

		if (strcmp(key, "explain") == 0)
			shift_offsets(v, sl->doc.prefix);
		if (strcmp(key, "summary") != 0) {
			bad |= json_object_set(rec, key, v);
			continue;
		}
		json_array_foreach(v, i, s) {
			bad |= json_array_append(texts,
						 json_object_get(s, "text"));
			json_object_del(s, "text");
		}
		shift_offsets(v, sl->doc.prefix);
		bad |= json_object_set(rec, "summary", texts);
		bad |= json_object_set(rec, "spans", v);
	}
	json_decref(o);
	json_decref(texts);
	if (bad) {
		json_decref(rec);
		return -1;
	}
	return dump(rec, &sl->out, &sl->out_len);
}

static int render_text(struct batch *b, struct slot *sl,
		       const precis_summary *sum)
{
	FILE *f = open_memstream(&sl->out, &sl->out_len);
	int rc;

	if (f == NULL)
		return -1;
	rc = cli_write_text(f, sum, &b->cfg.render);
	if (fclose(f) != 0)
		rc = -1;
	return rc;
}

/*
 * Replaces a web page's HTML with its article: the headline, a blank line
 * and the text (d->prefix covers the first two).  Returns PRECIS_OK, or
 * why the page gave no article.
 */
static precis_status page_article(struct source_doc *d, const char **why)
{
	char *out;
	size_t n, prefix;
	precis_status st;

	st = cli_page_article(d->text, d->len, d->charset, &out, &n, &prefix);
	if (st != PRECIS_OK)
		return st;
	if (n == prefix) {
		free(out);
		*why = "no article text in the page";
		return PRECIS_ERR_INVALID;
	}
	free(d->text);
	d->text = out;
	d->len = n;
	d->prefix = prefix;
	return PRECIS_OK;
}

/* Summarizes and renders one slot; a failure becomes an error record. */
static void process(struct batch *b, precis_ctx *ctx, struct slot *sl)
{
	struct source_doc *d = &sl->doc;
	precis_summary *sum = NULL;
	precis_options opt = b->cfg.opt;
	precis_status st = PRECIS_OK;
	const char *why = NULL;
	int rc;

	if (d->record && source_parse_record(&b->src, d) != 0) {
		sl->out = NULL; /* reported as out of memory */
		return;
	}
	if (d->error == NULL && d->file && !d->html)
		d->html = cli_looks_like_html(d->text, d->len);
	if (d->error == NULL && d->html) {
		st = page_article(d, &why);
		/* The page's headline, or none: never its first paragraph. */
		opt.title = PRECIS_TITLE_NONE;
	}
	if (d->error == NULL && st == PRECIS_OK) {
		opt.max_bytes = 0; /* the reader applied the limit */
		if (d->prefix > 0)
			opt.title = PRECIS_TITLE_FIRST_LINE;
		st = precis_summarize(ctx, d->text, d->len, &opt, &sum);
		if (st == PRECIS_OK) {
			rc = b->output_dir ? render_text(b, sl, sum) :
					     render_json(b, sl, sum);
			if (rc != 0)
				st = PRECIS_ERR_NOMEM;
			precis_summary_free(sum);
		}
	}
	if (d->error == NULL) {
		free(d->text);
		d->text = NULL;
		if (st != PRECIS_OK) {
			free(sl->out);
			sl->out = NULL;
			d->error =
				strdup(why != NULL ? why : precis_strerror(st));
		}
	}
	if (d->error != NULL && render_error(sl) != 0) {
		free(sl->out);
		sl->out = NULL;
	}
}

/* ------------------------------------------------------------------ */
/* Writing (whichever thread finishes the oldest slot).                 */

static double seconds_since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) +
	       (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static void clear_progress(struct batch *b)
{
	if (b->shown) {
		fputs("\r\033[K", stderr);
		b->shown = false;
	}
}

static void draw_progress(struct batch *b)
{
	double t = seconds_since(&b->t0), mb = (double)b->text_bytes / 1e6;

	if (seconds_since(&b->drawn) < 0.2)
		return;
	clock_gettime(CLOCK_MONOTONIC, &b->drawn);
	fprintf(stderr, "\r%s: %zu documents, %.1f MB, %.1f MB/s", cli_program,
		b->docs, mb, t > 0 ? mb / t : 0.0);
	if (b->in_total > 0 && b->in_pos > 0 && b->in_pos <= b->in_total) {
		double left = t * (double)(b->in_total - b->in_pos) /
			      (double)b->in_pos;

		fprintf(stderr, ", %.0f%%, ETA %ld:%02ld",
			100.0 * (double)b->in_pos / (double)b->in_total,
			(long)left / 60, (long)left % 60);
	}
	fputs("\033[K", stderr);
	b->shown = true;
}

/* Reports a failed document on stderr: "precis: INPUT: ID: reason". */
static void report(struct batch *b, const struct source_doc *d, const char *why)
{
	const char *id = d->id ? d->id : "?";

	clear_progress(b);
	if (strcmp(d->input, id) == 0)
		cli_error(d->input, "%s", why);
	else
		cli_error(d->input, "%s: %s", id, why);
}

/* Writes one record line and flushes it; reports a failure once. */
static void put_record(struct batch *b, const char *rec, size_t len)
{
	const char *name = b->output ? b->output : "standard output";
	int err = 0;

	if (b->out_failed)
		return;
	if (b->gz != NULL) {
		if (gzwrite(b->gz, rec, (unsigned)len) != (int)len ||
		    gzputc(b->gz, '\n') != '\n' ||
		    gzflush(b->gz, Z_SYNC_FLUSH) != Z_OK) {
			const char *m = gzerror(b->gz, &err);

			clear_progress(b);
			cli_error(name, "write error: %s",
				  err == Z_ERRNO ? strerror(errno) : m);
			goto fail;
		}
		return;
	}
	if (fwrite(rec, 1, len, b->out) != len || putc('\n', b->out) == EOF ||
	    fflush(b->out) != 0) {
		err = errno;
		clear_progress(b);
		cli_error(name, "write error: %s", strerror(err ? err : EIO));
		goto fail;
	}
	return;
fail:
	pthread_mutex_lock(&b->mu);
	b->out_failed = true;
	pthread_cond_broadcast(&b->cv_space);
	pthread_mutex_unlock(&b->mu);
}

/*
 * Creates rel under dirfd and writes data to it, never following a
 * symbolic link: each directory is opened with O_NOFOLLOW, and an existing
 * file is unlinked and made anew with O_EXCL (so that neither a link nor a
 * hard link planted in the directory is written through).  Returns 0, or
 * an errno value.
 */
static int create_under(int dirfd, const char *rel, const char *data,
			size_t len)
{
	char *path = strdup(rel), *p, *slash;
	int cur = dirfd, fd = -1, err = 0;
	size_t done = 0;

	if (path == NULL)
		return ENOMEM;
	for (p = path; (slash = strchr(p, '/')) != NULL; p = slash + 1) {
		int next;

		*slash = '\0';
		if (*p == '\0' || strcmp(p, ".") == 0)
			continue;
		if (mkdirat(cur, p, 0777) != 0 && errno != EEXIST) {
			err = errno;
			goto out;
		}
		next = openat(cur, p,
			      O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (next < 0) {
			err = errno;
			goto out;
		}
		if (cur != dirfd)
			close(cur);
		cur = next;
	}
	for (;;) {
		fd = openat(cur, p,
			    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
				    O_NOCTTY | O_CLOEXEC,
			    0666);
		if (fd >= 0 || errno != EEXIST)
			break;
		if (unlinkat(cur, p, 0) != 0 && errno != ENOENT) {
			err = errno;
			goto out;
		}
	}
	if (fd < 0) {
		err = errno;
		goto out;
	}
	while (done < len) {
		ssize_t r = write(fd, data + done, len - done);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			err = errno;
			goto out;
		}
		done += (size_t)r;
	}
	if (close(fd) != 0)
		err = errno;
	fd = -1;
out:
	if (fd >= 0)
		close(fd);
	if (cur != dirfd)
		close(cur);
	free(path);
	return err;
}

static void write_slot(struct batch *b, struct slot *sl)
{
	struct source_doc *d = &sl->doc;
	int err;

	b->docs++;
	b->text_bytes += d->len;
	b->in_pos += d->consumed;
	if (sl->out == NULL) {
		report(b, d, strerror(ENOMEM));
		b->errors++;
		return;
	}
	if (d->error != NULL) {
		report(b, d, d->error);
		b->errors++;
		put_record(b, sl->out, sl->out_len);
	} else if (b->output_dir != NULL) {
		err = create_under(b->dirfd, d->rel, sl->out, sl->out_len);
		if (err != 0) {
			free(sl->out);
			sl->out = NULL;
			d->error = strdup(strerror(err));
			if (d->error == NULL || render_error(sl) != 0) {
				report(b, d, strerror(ENOMEM));
			} else {
				report(b, d, d->error);
				put_record(b, sl->out, sl->out_len);
			}
			b->errors++;
		}
	} else {
		put_record(b, sl->out, sl->out_len);
	}
	if (b->progress)
		draw_progress(b);
}

/* Writes a slot out and empties it. */
static void retire(struct batch *b, struct slot *sl)
{
	write_slot(b, sl);
	source_doc_clear(&sl->doc);
	free(sl->out);
	sl->out = NULL;
}

/*
 * Called with b->mu held by a worker that just finished a slot: unless
 * another worker is at it, writes out the oldest slots for as long as they
 * are finished.  Whoever finishes a slot either writes it or finds a
 * writer at work, which looks at the slot again before it stops, so no
 * finished slot is left behind.  The reader is woken only once half the
 * ring's slots and half its byte budget are free, not for every slot.
 */
static void write_finished(struct batch *b)
{
	struct slot *sl;

	if (b->writing)
		return;
	b->writing = true;
	for (;;) {
		sl = &b->ring[b->next_write % b->depth];
		if (b->next_write == b->next_read || sl->state != SLOT_DONE)
			break;
		pthread_mutex_unlock(&b->mu);
		retire(b, sl);
		pthread_mutex_lock(&b->mu);
		sl->state = SLOT_FREE;
		b->next_write++;
		b->queued -= sl->queued;
		if (b->reader_waiting &&
		    b->depth - (b->next_read - b->next_write) >= b->depth / 2 &&
		    (b->budget == 0 || b->queued <= b->budget / 2)) {
			b->reader_waiting = false;
			pthread_cond_signal(&b->cv_space);
		}
	}
	b->writing = false;
}

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	struct batch *b = w->b;
	struct slot *sl;

	pthread_mutex_lock(&b->mu);
	for (;;) {
		while (b->next_take == b->next_read && !b->eof)
			pthread_cond_wait(&b->cv_work, &b->mu);
		if (b->next_take == b->next_read)
			break;
		sl = &b->ring[b->next_take++ % b->depth];
		pthread_mutex_unlock(&b->mu);
		process(b, w->ctx, sl);
		pthread_mutex_lock(&b->mu);
		sl->state = SLOT_DONE;
		write_finished(b);
	}
	pthread_mutex_unlock(&b->mu);
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Reading (the main thread).                                           */

/* Summarizes and writes a document in the reading thread (one job). */
static int run_inline(struct batch *b, struct source_doc *doc)
{
	struct slot *sl = &b->ring[0];

	if (b->out_failed || stop_signal) {
		source_doc_clear(doc);
		return -1;
	}
	sl->doc = *doc;
	memset(doc, 0, sizeof(*doc));
	process(b, b->ctx, sl);
	retire(b, sl);
	return 0;
}

/* Puts a document in the next slot, waiting for room; 0 or -1 to stop. */
static int enqueue(void *arg, struct source_doc *doc)
{
	struct batch *b = arg;
	struct slot *sl;

	if (b->ctx != NULL)
		return run_inline(b, doc);
	pthread_mutex_lock(&b->mu);
	while ((b->next_read - b->next_write >= b->depth ||
		(b->budget > 0 && b->queued > 0 &&
		 b->queued + doc->len > b->budget)) &&
	       !b->out_failed) {
		b->reader_waiting = true;
		pthread_cond_wait(&b->cv_space, &b->mu);
	}
	if (b->out_failed || stop_signal) {
		pthread_mutex_unlock(&b->mu);
		source_doc_clear(doc);
		return -1;
	}
	sl = &b->ring[b->next_read % b->depth];
	sl->doc = *doc;
	sl->queued = doc->len;
	b->queued += doc->len;
	sl->state = SLOT_READY;
	memset(doc, 0, sizeof(*doc));
	b->next_read++;
	pthread_cond_signal(&b->cv_work);
	pthread_mutex_unlock(&b->mu);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The command.                                                         */

static int parse_jobs(const char *arg, long *jobs)
{
	size_t n;

	if (cli_parse_size(arg, &n) != 0 || n == 0 || n > MAX_JOBS)
		return cli_usage_error("batch",
				       "invalid number of jobs: '%s' (1 to %d)",
				       arg, MAX_JOBS);
	*jobs = (long)n;
	return CLI_EXIT_OK;
}

static int parse_args(struct batch *b, int argc, char **argv)
{
	struct option longopts[CLI_MAX_OPTIONS];
	int c, rc;

	cli_merge_options(longopts, own_options);
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":" CLI_SUMMARY_SHORTOPTS "o:j:qh",
				longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			b->output = strcmp(optarg, "-") == 0 ? NULL : optarg;
			break;
		case OPT_OUTPUT_DIR:
			b->output_dir = optarg;
			break;
		case 'j':
			if ((rc = parse_jobs(optarg, &b->jobs)) != CLI_EXIT_OK)
				return rc;
			break;
		case OPT_TEXT_FIELD:
			b->src.text_field = optarg;
			break;
		case OPT_ID_FIELD:
			b->src.id_field = optarg;
			break;
		case OPT_TITLE_FIELD:
			b->src.title_field = optarg;
			break;
		case 'q':
			b->quiet = true;
			break;
		case 'h':
			usage();
			return cli_close_stdout() == 0 ? -1 : CLI_EXIT_FAILURE;
		case '?':
		case ':':
			return cli_option_error(c, argv, "batch");
		case 'f':
			/* Records are JSON; text goes to --output-dir. */
			if (strcmp(optarg, "json") != 0)
				return cli_usage_error(
					"batch",
					"invalid format: '%s' (batch writes "
					"JSON Lines; use --output-dir for "
					"text)",
					optarg);
			break;
		default:
			rc = cli_summary_option(&b->cfg, c, optarg, "batch");
			if (rc != CLI_EXIT_OK)
				return rc;
		}
	}
	if (optind >= argc)
		return cli_usage_error("batch", "missing INPUT");
	return CLI_EXIT_OK;
}

static int open_outputs(struct batch *b)
{
	size_t n = b->output ? strlen(b->output) : 0;

	if (b->output == NULL) {
		b->out = stdout;
	} else if (n > 3 && strcmp(b->output + n - 3, ".gz") == 0) {
		b->gz = gzopen(b->output, "wb");
		if (b->gz == NULL) {
			cli_error(b->output, "%s",
				  strerror(errno ? errno : ENOMEM));
			return -1;
		}
	} else {
		b->out = fopen(b->output, "w");
		if (b->out == NULL) {
			cli_error(b->output, "%s", strerror(errno));
			return -1;
		}
	}
	if (b->output_dir == NULL)
		return 0;
	if (mkdir(b->output_dir, 0777) != 0 && errno != EEXIST) {
		cli_error(b->output_dir, "%s", strerror(errno));
		return -1;
	}
	b->dirfd = open(b->output_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (b->dirfd < 0) {
		cli_error(b->output_dir, "%s", strerror(errno));
		return -1;
	}
	return 0;
}

/* Closes the outputs; 0, or -1 after reporting a failure. */
static int close_outputs(struct batch *b)
{
	const char *name = b->output ? b->output : "standard output";
	int rc = 0, err;

	if (b->dirfd >= 0)
		close(b->dirfd);
	if (b->gz != NULL) {
		err = gzclose_w(b->gz);
		if (err != Z_OK && !b->out_failed) {
			cli_error(name, "write error: %s",
				  err == Z_ERRNO ? strerror(errno) :
						   "compression failed");
			rc = -1;
		}
	} else if (b->out == stdout) {
		if (!b->out_failed && cli_close_stdout() != 0)
			rc = -1;
	} else if (b->out != NULL) {
		if (fclose(b->out) != 0 && !b->out_failed) {
			cli_error(name, "write error: %s", strerror(errno));
			rc = -1;
		}
	}
	return rc;
}

static void final_line(struct batch *b)
{
	double t = seconds_since(&b->t0), mb = (double)b->text_bytes / 1e6;
	char skipped[64] = "";

	if (b->counts.warcs > 0)
		snprintf(skipped, sizeof(skipped), ", %zu records skipped",
			 b->counts.skipped);
	fprintf(stderr,
		"%s: batch: %zu documents, %zu errors%s, %.1f MB in "
		"%.1f s (%.1f MB/s, %.0f documents/s)%s\n",
		cli_program, b->docs, b->errors, skipped, mb, t,
		t > 0 ? mb / t : 0.0, t > 0 ? (double)b->docs / t : 0.0,
		stop_signal ? ", interrupted" : "");
}

/*
 * Installs the stop handler for SIGINT and SIGTERM, unless the signal was
 * ignored when the program started (as for a background job).
 */
static void catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM };
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}

int cli_batch_main(int argc, char **argv)
{
	struct batch b;
	struct worker *w = NULL;
	bool sync_made = false;
	sigset_t block, old;
	precis_status st;
	int rc = CLI_EXIT_FAILURE, i;
	long k, started = 0;

	memset(&b, 0, sizeof(b));
	b.dirfd = -1;
	cli_config_init(&b.cfg);
	b.src.max_bytes = b.cfg.opt.max_bytes;
	b.src.text_field = "text";
	b.src.id_field = "id";
	b.src.title_field = "title";
	b.src.stop = &stop_signal;
	b.src.counts = &b.counts;
	k = sysconf(_SC_NPROCESSORS_ONLN);
	b.jobs = k < 1 ? 1 : k > MAX_JOBS ? MAX_JOBS : k;
	rc = parse_args(&b, argc, argv);
	if (rc != CLI_EXIT_OK)
		return rc < 0 ? CLI_EXIT_OK : rc;
	rc = CLI_EXIT_FAILURE;
	b.src.max_bytes = b.cfg.opt.max_bytes;
	b.src.check_paths = b.output_dir != NULL;

	w = calloc((size_t)b.jobs, sizeof(*w));
	/*
	 * Enough documents in the ring that the workers still have some
	 * when the reader, woken once half the ring is free, gets a core
	 * only after a few milliseconds (with 2N + 2 slots the workers of a
	 * 2-job batch waited for it 200 times on the CNN/DailyMail dev set,
	 * 12 times with 16N + 16).  The bytes in the ring stay bounded as
	 * before, by 2N + 2 times the per-document limit.
	 */
	b.depth = b.jobs > 1 ? 16 * (size_t)b.jobs + 16 : 1;
	if (b.cfg.opt.max_bytes <= UINT64_MAX / (2 * (uint64_t)b.jobs + 2))
		b.budget = (2 * (uint64_t)b.jobs + 2) * b.cfg.opt.max_bytes;
	/* else no byte bound, as with --max-bytes 0 */
	b.ring = calloc(b.depth, sizeof(*b.ring));
	if (w == NULL || b.ring == NULL) {
		cli_error(NULL, "%s", strerror(ENOMEM));
		goto out;
	}
	for (k = 0; k < b.jobs; k++) {
		w[k].b = &b;
		w[k].ctx = cli_config_context(&b.cfg, &st);
		if (w[k].ctx == NULL) {
			if (st == PRECIS_ERR_LANGUAGE)
				rc = cli_usage_error(
					"batch",
					"unsupported language: '%s' (see "
					"precis --list-languages)",
					b.cfg.language);
			goto out;
		}
	}
	if (open_outputs(&b) != 0)
		goto out;
	for (i = optind; i < argc; i++) {
		uint64_t n = source_size(argv[i]);

		if (n == 0) {
			b.in_total = 0;
			break;
		}
		b.in_total += n;
	}
	b.progress = !b.quiet && isatty(STDERR_FILENO);
	b.src.positions = b.progress;
	clock_gettime(CLOCK_MONOTONIC, &b.t0);

	pthread_mutex_init(&b.mu, NULL);
	pthread_cond_init(&b.cv_work, NULL);
	pthread_cond_init(&b.cv_space, NULL);
	sync_made = true;
	/* Seed jansson's hashing before several threads make objects. */
	json_object_seed(0);
	catch_signals();
	/* Only the reading thread takes the signals, so that its reads stop. */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	for (k = 0; b.jobs > 1 && k < b.jobs; k++) {
		w[k].started = pthread_create(&w[k].thread, NULL, worker_main,
					      &w[k]) == 0;
		started += w[k].started;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (started == 0) {
		/* One job, or no thread to be had: work in this one. */
		if (b.jobs > 1)
			cli_error(NULL, "cannot start threads: working in one");
		b.ctx = w[0].ctx;
	}

	for (i = optind; i < argc && !stop_signal; i++)
		if (source_read(&b.src, argv[i], enqueue, &b) != 0)
			break;

	pthread_mutex_lock(&b.mu);
	b.eof = true;
	pthread_cond_broadcast(&b.cv_work);
	pthread_mutex_unlock(&b.mu);
	for (k = 0; k < b.jobs; k++)
		if (w[k].started)
			pthread_join(w[k].thread, NULL);
	clear_progress(&b);

	rc = b.errors > 0 || b.out_failed ? CLI_EXIT_FAILURE : CLI_EXIT_OK;
	if (close_outputs(&b) != 0)
		rc = CLI_EXIT_FAILURE;
	b.out = NULL;
	b.gz = NULL;
	b.dirfd = -1;
	if (!b.quiet)
		final_line(&b);
	if (stop_signal)
		rc = 128 + stop_signal;
out:
	if (b.gz != NULL)
		gzclose_w(b.gz);
	if (b.out != NULL && b.out != stdout)
		fclose(b.out);
	if (b.dirfd >= 0)
		close(b.dirfd);
	if (sync_made) {
		pthread_mutex_destroy(&b.mu);
		pthread_cond_destroy(&b.cv_work);
		pthread_cond_destroy(&b.cv_space);
	}
	for (k = 0; w != NULL && k < b.jobs; k++)
		precis_free(w[k].ctx);
	free(w);
	free(b.ring);
	return rc;
}
