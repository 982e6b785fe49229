/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * eval.c - `precis eval`: ROUGE-1, ROUGE-2 and ROUGE-L of system summaries
 * against reference summaries, as ROUGE-1.5.5 scores them.
 *
 * Both inputs are JSON Lines files (gzip'd or not) of records with an `id`
 * and a summary, either an array of sentences or one string with a sentence
 * per line.  The system file is read whole into a table by id; the
 * references are then read one record at a time, each scored against its
 * system summary (an empty one when there is none, or when the system record
 * carries an "error", as `precis batch` writes for a failed document).  The
 * per-document scores are then sorted by id, as ROUGE-1.5.5 sorts its
 * evaluation ids, so that nothing reported depends on the order of the
 * records in either file, and averaged with ROUGE-1.5.5's bootstrap.
 */
#include <errno.h>
#include <stddef.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <uthash.h>

#include "cli.h"
#include "jsonl.h"
#include "precis_eval.h"

#define RESAMPLES 1000
#define CONFIDENCE 95.0

enum { OPT_PER_DOC = CLI_OPT_FIRST_FREE, OPT_REF_FIELD, OPT_SYS_FIELD };

static const char usage[] =
	"Usage: precis eval [OPTION]... REFERENCES SYSTEM\n"
	"Score system summaries against reference summaries with ROUGE-1, "
	"ROUGE-2\n"
	"and ROUGE-L, as ROUGE-1.5.5 does with -c 95 -2 -1 -U -r 1000 -n 4 -w "
	"1.2\n"
	"-a -m (stemming on, stopwords kept).\n"
	"\n"
	"REFERENCES and SYSTEM are JSON Lines files, optionally gzip'd, of "
	"records\n"
	"{\"id\": ..., \"summary\": ...} matched by id; a summary is an array "
	"of\n"
	"sentences or one string with one sentence per line.  The output of\n"
	"`precis batch` works as SYSTEM; its records with an \"error\" count "
	"as empty\n"
	"summaries, and so does a reference without a system record.\n"
	"\n"
	"Reported: recall, precision and F averaged over the references, each "
	"with\n"
	"ROUGE-1.5.5's bootstrap average and 95% confidence interval, and the "
	"exact\n"
	"mean over the documents.  Documents are taken in the order of their "
	"ids,\n"
	"so the order of the records changes nothing; --per-doc lists them "
	"so.\n"
	"\n"
	"Options:\n"
	"  -f, --format FORMAT       text (default) or json\n"
	"      --per-doc FILE        also write per-document scores to FILE "
	"(JSONL)\n"
	"      --reference-field NAME  field holding the reference summary\n"
	"                            (default: summary)\n"
	"      --system-field NAME   field holding the system summary\n"
	"                            (default: summary)\n"
	"  -h, --help                show this help and exit\n"
	"\n"
	"Exit status: 0 on success, 1 for bad input or an I/O error, 2 for a "
	"usage\n"
	"error.  A reference without any word has no ROUGE score and is an "
	"error.\n";

/* ---------------------------------------------------------------------- */
/* Reading JSON Lines.                                                     */

struct lines {
	struct stream *s;
	const char *path;
	struct stream_line line;
	unsigned long lineno;
};

/* eval reads files only; nothing stops a read of one. */
static volatile sig_atomic_t never_stop;

static int lines_open(struct lines *l, const char *path)
{
	memset(l, 0, sizeof(*l));
	l->path = path;
	l->s = stream_open_gz(path, &never_stop);
	if (l->s == NULL) {
		cli_error(path, "%s", strerror(errno));
		return -1;
	}
	return 0;
}

static void lines_close(struct lines *l)
{
	stream_close(l->s);
	free(l->line.data);
	l->s = NULL;
	l->line.data = NULL;
}

/*
 * Reads the next line that is not blank into *line (NUL-terminated, the
 * newline removed).  Returns 1, 0 at the end of the file, or -1 after
 * reporting an error.
 */
static int lines_next(struct lines *l, char **line)
{
	size_t n = l->lineno;
	int rc = jsonl_next(l->s, 0, &l->line, &n);

	l->lineno = (unsigned long)n;
	if (rc < 0) {
		cli_error(l->path, "%s", l->s->why);
		return -1;
	}
	if (rc > 0) {
		/* stream_getline() leaves room for the terminator. */
		l->line.data[l->line.len] = '\0';
		*line = l->line.data;
	}
	return rc;
}

/*
 * Parses a line as a JSON object and gets its id as a string (an integer id
 * is written in decimal).  Returns the object, or NULL after reporting.
 */
static json_t *parse_record(const struct lines *l, const char *line,
			    char *idbuf, size_t idsize, const char **id)
{
	json_error_t err;
	json_t *rec = json_loads(line, JSON_REJECT_DUPLICATES, &err);
	json_t *v;

	if (rec == NULL) {
		cli_error(l->path, "line %lu: invalid JSON: %s", l->lineno,
			  err.text);
		return NULL;
	}
	if (!json_is_object(rec)) {
		cli_error(l->path, "line %lu: not a JSON object", l->lineno);
		json_decref(rec);
		return NULL;
	}
	v = json_object_get(rec, "id");
	if (json_is_string(v)) {
		*id = json_string_value(v);
	} else if (json_is_integer(v)) {
		snprintf(idbuf, idsize, "%" JSON_INTEGER_FORMAT,
			 json_integer_value(v));
		*id = idbuf;
	} else {
		cli_error(l->path, "line %lu: no string or integer \"id\"",
			  l->lineno);
		json_decref(rec);
		return NULL;
	}
	return rec;
}

/*
 * Turns a summary value into sentences: an array of strings, or one string
 * (the scorer splits it at line breaks).  null or absent gives none.
 * Returns 0, or -1 for any other value.
 */
static int summary_texts(json_t *v, precis_rouge_text **texts, size_t *n,
			 size_t *cap)
{
	size_t i, need;

	*n = 0;
	if (v == NULL || json_is_null(v))
		return 0;
	if (json_is_string(v))
		need = 1;
	else if (json_is_array(v))
		need = json_array_size(v);
	else
		return -1;
	if (need > *cap) {
		precis_rouge_text *p = realloc(*texts, need * sizeof(*p));

		if (p == NULL)
			return -2;
		*texts = p;
		*cap = need;
	}
	if (json_is_string(v)) {
		(*texts)[0].text = json_string_value(v);
		(*texts)[0].length = json_string_length(v);
		*n = 1;
		return 0;
	}
	for (i = 0; i < need; i++) {
		json_t *s = json_array_get(v, i);

		if (!json_is_string(s))
			return -1;
		(*texts)[i].text = json_string_value(s);
		(*texts)[i].length = json_string_length(s);
	}
	*n = need;
	return 0;
}

/* Whether v can be read by summary_texts(). */
static int summary_valid(json_t *v)
{
	size_t i;

	if (v == NULL || json_is_null(v) || json_is_string(v))
		return 1;
	if (!json_is_array(v))
		return 0;
	for (i = 0; i < json_array_size(v); i++)
		if (!json_is_string(json_array_get(v, i)))
			return 0;
	return 1;
}

/* ---------------------------------------------------------------------- */
/* System summaries by id.                                                 */

struct sysdoc {
	UT_hash_handle hh;
	json_t *summary; /* NULL: an empty summary */
	char id[];
};

struct refid {
	UT_hash_handle hh;
	char id[];
};

static void *alloc_named(size_t base, const char *id)
{
	size_t n = strlen(id);
	char *p = calloc(1, base + n + 1);

	if (p)
		memcpy(p + base, id, n + 1);
	return p;
}

static void free_systems(struct sysdoc **table)
{
	struct sysdoc *d, *tmp;

	HASH_ITER(hh, *table, d, tmp) {
		HASH_DEL(*table, d);
		json_decref(d->summary);
		free(d);
	}
}

static void free_refids(struct refid **table)
{
	struct refid *d, *tmp;

	HASH_ITER(hh, *table, d, tmp) {
		HASH_DEL(*table, d);
		free(d);
	}
}

/* Reads the system file.  Returns 0, or -1 after reporting an error. */
static int read_systems(const char *path, const char *field,
			struct sysdoc **table)
{
	struct lines l;
	char *line, idbuf[32];
	int rc;

	if (lines_open(&l, path))
		return -1;
	while ((rc = lines_next(&l, &line)) == 1) {
		const char *id;
		json_t *rec, *sum;
		struct sysdoc *d;

		rec = parse_record(&l, line, idbuf, sizeof(idbuf), &id);
		if (rec == NULL)
			goto fail;
		HASH_FIND_STR(*table, id, d);
		if (d != NULL) {
			cli_error(path, "line %lu: duplicate id \"%s\"",
				  l.lineno, id);
			json_decref(rec);
			goto fail;
		}
		sum = json_object_get(rec, field);
		if (json_object_get(rec, "error") != NULL) {
			sum = NULL;
		} else if (sum == NULL) {
			cli_error(path, "line %lu: no \"%s\"", l.lineno, field);
			json_decref(rec);
			goto fail;
		} else if (!summary_valid(sum)) {
			cli_error(path,
				  "line %lu: \"%s\" is not a string or an "
				  "array of strings",
				  l.lineno, field);
			json_decref(rec);
			goto fail;
		}
		d = alloc_named(offsetof(struct sysdoc, id), id);
		if (d == NULL) {
			json_decref(rec);
			cli_error(path, "out of memory");
			goto fail;
		}
		d->summary = json_incref(sum);
		HASH_ADD_STR(*table, id, d);
		json_decref(rec);
	}
	if (rc < 0)
		goto fail;
	lines_close(&l);
	return 0;
fail:
	lines_close(&l);
	return -1;
}

/* ---------------------------------------------------------------------- */
/* Scores.                                                                 */

#define NVALUES 9

static const char *const metric_name[3] = { "rouge-1", "rouge-2", "rouge-l" };
static const char *const metric_label[3] = { "ROUGE-1", "ROUGE-2", "ROUGE-L" };
static const char *const value_key[3] = { "r", "p", "f" };
static const char *const value_label[3] = { "R", "P", "F" };

/* The nine values of a document, in the order above. */
static void flatten(const precis_rouge_scores *s, double v[NVALUES])
{
	const precis_rouge_prf *p[3] = { &s->rouge1, &s->rouge2, &s->rougel };
	int m;

	for (m = 0; m < 3; m++) {
		v[3 * m] = p[m]->recall;
		v[3 * m + 1] = p[m]->precision;
		v[3 * m + 2] = p[m]->f;
	}
}

struct doc_result {
	char *id;
	double v[NVALUES];
	int has_system;
};

struct results {
	struct doc_result *d; /* per document; sorted by id once all are in */
	size_t n, cap;
	size_t missing; /* references without a system summary */
};

static int results_add(struct results *r, const char *id,
		       const double v[NVALUES], int has_system)
{
	struct doc_result *d;

	if (r->n == r->cap) {
		size_t ncap = r->cap ? r->cap * 2 : 1024;

		d = realloc(r->d, ncap * sizeof(*d));
		if (d == NULL)
			return -1;
		r->d = d;
		r->cap = ncap;
	}
	d = &r->d[r->n];
	d->id = strdup(id);
	if (d->id == NULL)
		return -1;
	memcpy(d->v, v, sizeof(d->v));
	d->has_system = has_system;
	r->n++;
	return 0;
}

static void results_free(struct results *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		free(r->d[i].id);
	free(r->d);
}

/* Byte order of ids, as Perl's sort, which ROUGE-1.5.5 uses, orders them. */
static int by_id(const void *a, const void *b)
{
	return strcmp(((const struct doc_result *)a)->id,
		      ((const struct doc_result *)b)->id);
}

static json_t *prf_json(const double v[3])
{
	json_t *o = json_object();
	int k;

	for (k = 0; k < 3; k++)
		json_object_set_new(o, value_key[k], json_real(v[k]));
	return o;
}

/* Writes one per-document line.  Returns 0 or -1 on a write error. */
static int write_per_doc(FILE *f, const char *id, const double v[NVALUES],
			 int has_system)
{
	json_t *o = json_object();
	int m, rc;

	json_object_set_new(o, "id", json_string(id));
	for (m = 0; m < 3; m++)
		json_object_set_new(o, metric_name[m], prf_json(v + 3 * m));
	if (!has_system)
		json_object_set_new(o, "missing", json_true());
	rc = json_dumpf(o, f, JSON_COMPACT | JSON_REAL_PRECISION(10));
	json_decref(o);
	if (rc != 0 || fputc('\n', f) == EOF)
		return -1;
	return 0;
}

/* Scores every reference.  Returns 0, or -1 after reporting an error. */
static int score_references(const char *path, const char *field,
			    struct sysdoc *systems, struct results *res)
{
	struct refid *seen = NULL;
	precis_rouge *rouge;
	precis_rouge_text *rt = NULL, *st = NULL;
	size_t rcap = 0, scap = 0;
	struct lines l;
	char *line, idbuf[32];
	precis_status status;
	int rc, ret = -1;

	rouge = precis_rouge_new(&status);
	if (rouge == NULL) {
		cli_error(NULL, "%s", precis_strerror(status));
		return -1;
	}
	if (lines_open(&l, path)) {
		precis_rouge_free(rouge);
		return -1;
	}
	while ((rc = lines_next(&l, &line)) == 1) {
		const char *id;
		json_t *rec;
		struct sysdoc *sys;
		struct refid *r;
		precis_rouge_scores sc;
		double v[NVALUES];
		size_t nr, ns = 0;
		int t;

		rec = parse_record(&l, line, idbuf, sizeof(idbuf), &id);
		if (rec == NULL)
			goto out;
		HASH_FIND_STR(seen, id, r);
		if (r != NULL) {
			cli_error(path, "line %lu: duplicate id \"%s\"",
				  l.lineno, id);
			json_decref(rec);
			goto out;
		}
		r = alloc_named(offsetof(struct refid, id), id);
		if (r == NULL) {
			cli_error(path, "out of memory");
			json_decref(rec);
			goto out;
		}
		HASH_ADD_STR(seen, id, r);

		if (json_object_get(rec, field) == NULL) {
			cli_error(path, "line %lu: no \"%s\"", l.lineno, field);
			json_decref(rec);
			goto out;
		}
		t = summary_texts(json_object_get(rec, field), &rt, &nr, &rcap);
		if (t == -1) {
			cli_error(path,
				  "line %lu: \"%s\" is not a string or an "
				  "array of strings",
				  l.lineno, field);
			json_decref(rec);
			goto out;
		}
		HASH_FIND_STR(systems, id, sys);
		/* System summaries were checked when they were read. */
		if (t == 0 && sys != NULL)
			t = summary_texts(sys->summary, &st, &ns, &scap);
		if (t != 0) {
			cli_error(NULL, "out of memory");
			json_decref(rec);
			goto out;
		}
		status = precis_rouge_score(rouge, rt, nr, st, ns, &sc);
		if (status == PRECIS_ERR_EMPTY_REFERENCE) {
			cli_error(path,
				  "line %lu: reference \"%s\" has no "
				  "word to score",
				  l.lineno, id);
			json_decref(rec);
			goto out;
		}
		if (status != PRECIS_OK) {
			cli_error(path, "line %lu: %s", l.lineno,
				  precis_strerror(status));
			json_decref(rec);
			goto out;
		}
		flatten(&sc, v);
		if (sys == NULL)
			res->missing++;
		if (results_add(res, id, v, sys != NULL)) {
			cli_error(NULL, "out of memory");
			json_decref(rec);
			goto out;
		}
		json_decref(rec);
	}
	if (rc == 0)
		ret = 0;
out:
	lines_close(&l);
	free_refids(&seen);
	free(rt);
	free(st);
	precis_rouge_free(rouge);
	return ret;
}

/* ---------------------------------------------------------------------- */
/* Report.                                                                 */

/*
 * Writes the per-document scores, in the order of the ids, to the file at
 * path.  Returns 0, or -1 after reporting an error.
 */
static int write_per_docs(const struct results *res, const char *path)
{
	FILE *f = fopen(path, "w");
	size_t i;
	int err;

	if (f == NULL) {
		cli_error(path, "%s", strerror(errno));
		return -1;
	}
	for (i = 0; i < res->n; i++)
		if (write_per_doc(f, res->d[i].id, res->d[i].v,
				  res->d[i].has_system))
			break;
	err = ferror(f) || i < res->n;
	if (fclose(f) != 0 || err) {
		cli_error(path, "%s", errno ? strerror(errno) : "write error");
		return -1;
	}
	return 0;
}

/* The bootstrap of every value over the documents, in the order of ids. */
static int intervals(const struct results *res,
		     precis_rouge_interval ci[NVALUES])
{
	double *col = malloc((res->n ? res->n : 1) * sizeof(*col));
	size_t i;
	int k;

	if (col == NULL) {
		cli_error(NULL, "out of memory");
		return -1;
	}
	for (k = 0; k < NVALUES; k++) {
		precis_status st;

		for (i = 0; i < res->n; i++)
			col[i] = res->d[i].v[k];
		st = precis_rouge_bootstrap(col, res->n, RESAMPLES, CONFIDENCE,
					    &ci[k]);
		if (st != PRECIS_OK) {
			cli_error(NULL, "%s", precis_strerror(st));
			free(col);
			return -1;
		}
	}
	free(col);
	return 0;
}

static int report(const struct results *res, int json)
{
	precis_rouge_interval ci[NVALUES];
	int k, m;

	if (intervals(res, ci) != 0)
		return -1;
	if (json) {
		json_t *o = json_object();

		json_object_set_new(o, "documents",
				    json_integer((json_int_t)res->n));
		json_object_set_new(o, "missing",
				    json_integer((json_int_t)res->missing));
		json_object_set_new(o, "confidence", json_real(CONFIDENCE));
		json_object_set_new(o, "resamples", json_integer(RESAMPLES));
		for (m = 0; m < 3; m++) {
			json_t *mo = json_object();

			for (k = 0; k < 3; k++) {
				const precis_rouge_interval *c = &ci[3 * m + k];
				json_t *vo = json_object();

				json_object_set_new(vo, "average",
						    json_real(c->average));
				json_object_set_new(vo, "low",
						    json_real(c->low));
				json_object_set_new(vo, "high",
						    json_real(c->high));
				json_object_set_new(vo, "mean",
						    json_real(c->mean));
				json_object_set_new(mo, value_key[k], vo);
			}
			json_object_set_new(o, metric_name[m], mo);
		}
		k = json_dumpf(o, stdout, JSON_REAL_PRECISION(10));
		json_decref(o);
		if (k != 0)
			return -1;
		putchar('\n');
		return 0;
	}
	printf("Documents: %zu (%zu without a system summary)\n", res->n,
	       res->missing);
	for (m = 0; m < 3; m++) {
		for (k = 0; k < 3; k++) {
			const precis_rouge_interval *c = &ci[3 * m + k];

			printf("%s Average_%s: %.5f (%g%%-conf.int. %.5f - "
			       "%.5f) mean %.5f\n",
			       metric_label[m], value_label[k], c->average,
			       CONFIDENCE, c->low, c->high, c->mean);
		}
	}
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Command.                                                                */

int cli_eval_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "per-doc", required_argument, NULL, OPT_PER_DOC },
		{ "reference-field", required_argument, NULL, OPT_REF_FIELD },
		{ "system-field", required_argument, NULL, OPT_SYS_FIELD },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *per_doc_path = NULL, *ref_field = "summary";
	const char *sys_field = "summary";
	struct sysdoc *systems = NULL;
	struct results res;
	int json = 0, c, rc = 1;

	memset(&res, 0, sizeof(res));
	opterr = 0;
	optind = 0; /* 0 makes getopt start afresh, whoever used it before */
	while ((c = getopt_long(argc, argv, ":f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "text") == 0)
				json = 0;
			else if (strcmp(optarg, "json") == 0)
				json = 1;
			else
				return cli_usage_error(
					"eval",
					"invalid format: '%s' (text or json)",
					optarg);
			break;
		case OPT_PER_DOC:
			per_doc_path = optarg;
			break;
		case OPT_REF_FIELD:
			ref_field = optarg;
			break;
		case OPT_SYS_FIELD:
			sys_field = optarg;
			break;
		case 'h':
			fputs(usage, stdout);
			return cli_close_stdout() == 0 ? CLI_EXIT_OK :
							 CLI_EXIT_FAILURE;
		default:
			return cli_option_error(c, argv, "eval");
		}
	}
	if (argc - optind != 2)
		return cli_usage_error(
			"eval", "%s",
			argc - optind < 2 ? "expected REFERENCES and SYSTEM" :
					    "too many arguments");

	if (read_systems(argv[optind + 1], sys_field, &systems))
		goto out;
	if (score_references(argv[optind], ref_field, systems, &res))
		goto out;
	if (res.n > 0)
		qsort(res.d, res.n, sizeof(*res.d), by_id);
	if (per_doc_path != NULL && write_per_docs(&res, per_doc_path))
		goto out;
	if (report(&res, json))
		goto out;
	rc = cli_close_stdout() == 0 ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
out:
	free_systems(&systems);
	results_free(&res);
	return rc;
}
