/*
 * survey.c: the use cases of the NNS indicator surveys: importing the
 * results as the survey tool gives them (CSV, a line per question, group
 * and sex with the counts on the six steps), and the year's results per
 * respondent group, protected against small groups as the participant
 * statistics are.
 *
 * An import replaces: for each year, group and intervention (or none) the
 * file holds, the lines stored before are removed and the file's stored,
 * so a file exported again after more answers came in is imported again
 * as it is. Other years, groups and interventions stay as they were.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "app/csv_import.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/survey_doc.h"
#include "model/survey.h"
#include "store/store.h"

enum scol { SC_YEAR, SC_GROUP, SC_CODE, SC_TEXT, SC_SEX, SC_INSATS, SC_STEP1, SC__MAX = SC_STEP1 + SURVEY_STEPS };

#define MAX_COUNT 1000000000

/* An intervention by id or name; the last one found is kept, since the
 * lines of one intervention come together. */
struct insats_cache {
	char which[200];
	int64_t id;
};

static int find_insats(struct store *st, struct insats_cache *c, const char *which, int64_t *id,
		       struct err *err)
{
	struct intervention iv;

	if (c->which[0] && strcmp(c->which, which) == 0) {
		*id = c->id;
		return 0;
	}
	if (app_find_insats(st, which, &iv, err) < 0)
		return -1;
	snprintf(c->which, sizeof(c->which), "%s", which);
	c->id = *id = iv.id;
	return 0;
}

static int parse_count(const char *s, int step, int64_t *out, struct err *err)
{
	char *end;
	long long v;

	if (!*s) {
		*out = 0;   /* the survey tool leaves a step nobody chose blank */
		return 0;
	}
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end || errno || !((*s >= '0' && *s <= '9') || *s == '-'))
		return err_set(err, "antalet för steg %d är inget heltal: '%s'", step, s);
	if (v < 0)
		return err_set(err, "antalet för steg %d är negativt: '%s'", step, s);
	if (v > MAX_COUNT)
		return err_set(err, "antalet för steg %d är orimligt stort: '%s'", step, s);
	*out = v;
	return 0;
}

/* Checks one line into a; -1 with the reason in err. */
static int check_line(struct store *st, struct insats_cache *cache, const char *const *v, int year,
		      struct survey_answer *a, struct err *err)
{
	int g, sex, k;

	memset(a, 0, sizeof(*a));
	if (*v[SC_YEAR]) {
		char *end;
		long y;

		errno = 0;
		y = strtol(v[SC_YEAR], &end, 10);
		if (*end || errno || y < 1900 || y > 2999)
			return err_set(err, "ogiltigt år '%s'", v[SC_YEAR]);
		if (year && y != year)
			return err_set(err, "raden gäller %ld, inte det angivna året %d", y, year);
		a->year = (int)y;
	} else if (year) {
		a->year = year;
	} else {
		return err_set(err, "året saknas (fyll i kolumnen år eller ange året)");
	}
	g = survey_group_match(v[SC_GROUP]);
	if (g < 0) {
		struct buf b;

		buf_init(&b);
		for (k = 0; k < SURVEY_GROUPS; k++)
			buf_addf(&b, "%s%s", k == 0 ? "" : k == SURVEY_GROUPS - 1 ? " eller " : ", ",
				 survey_group_word((enum survey_group)k));
		err_set(err, "okänd grupp '%s' (välj %s)", v[SC_GROUP], b.s);
		buf_release(&b);
		return -1;
	}
	a->group = (enum survey_group)g;
	if (!*v[SC_CODE])
		return err_set(err, "frågans kod saknas");
	if (strlen(v[SC_CODE]) >= sizeof(a->code))
		return err_set(err, "frågans kod är för lång (högst %zu tecken)", sizeof(a->code) - 1);
	memcpy(a->code, v[SC_CODE], strlen(v[SC_CODE]) + 1);
	if (!*v[SC_TEXT])
		return err_set(err, "frågetexten saknas för fråga %s", a->code);
	if (strlen(v[SC_TEXT]) >= sizeof(a->text))
		return err_set(err, "frågetexten är för lång (högst %zu byte)", sizeof(a->text) - 1);
	memcpy(a->text, v[SC_TEXT], strlen(v[SC_TEXT]) + 1);
	sex = survey_sex_match(v[SC_SEX]);
	if (sex < 0)
		return err_set(err, "okänt kön '%s' (välj kvinna, man eller okänt)", v[SC_SEX]);
	a->sex = (enum survey_sex)sex;
	if (*v[SC_INSATS] && find_insats(st, cache, v[SC_INSATS], &a->intervention_id, err) < 0)
		return -1;
	for (k = 0; k < SURVEY_STEPS; k++)
		if (parse_count(v[SC_STEP1 + k], k + 1, &a->counts[k], err) < 0)
			return -1;
	return 0;
}

/* The audit line of a year's, group's and intervention's answers removed,
 * read in or replaced: how many lines went (before; none when nothing
 * went), and how many the file brought and its name (after; NULL for a
 * removal). */
static int survey_log(struct store *st, const char *action, int year, enum survey_group group, int64_t iv,
		      int64_t removed, int64_t added, const char *file, struct err *err)
{
	char record[96];
	json_t *before = NULL, *after = NULL;
	int rc;

	snprintf(record, sizeof(record), "survey %d %s%s", year, survey_group_key(group), iv ? " intervention " : "");
	if (iv)
		snprintf(record + strlen(record), sizeof(record) - strlen(record), "%lld", (long long)iv);
	if (removed || !file)
		before = json_pack("{s:i, s:s, s:o, s:I}", "year", year, "group", survey_group_key(group),
				   "intervention", iv ? json_integer(iv) : json_null(), "lines", (json_int_t)removed);
	if (file)
		after = json_pack("{s:i, s:s, s:o, s:I, s:s}", "year", year, "group", survey_group_key(group),
				  "intervention", iv ? json_integer(iv) : json_null(), "lines", (json_int_t)added,
				  "file", file);
	rc = app_audit_change(st, action, record, NULL, before, after, err);
	json_decref(before);
	json_decref(after);
	return rc;
}

int app_survey_remove(struct store *st, int year, const char *group, const char *insats, int64_t *removed,
		      struct err *err)
{
	struct intervention iv;
	int g;

	*removed = 0;
	g = group ? survey_group_match(group) : -1;
	if (g < 0) {
		struct buf words;
		int k;

		buf_init(&words);
		for (k = 0; k < SURVEY_GROUPS; k++)
			buf_addf(&words, "%s%s", k == 0 ? "" : k == SURVEY_GROUPS - 1 ? " eller " : ", ",
				 survey_group_word((enum survey_group)k));
		err_set(err, "okänd grupp '%s' (välj %s)", group ? group : "", words.s);
		buf_release(&words);
		return -1;
	}
	memset(&iv, 0, sizeof(iv));
	if (insats && app_find_insats(st, insats, &iv, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (app_year_check_open(st, year, "enkätsvaren", err) < 0 ||
	    store_survey_clear(st, year, (enum survey_group)g, iv.id, removed, err) < 0)
		goto fail;
	if (*removed == 0) {
		err_set(err, "det finns inga enkätsvar från %s för %d%s%s", survey_group_word((enum survey_group)g), year,
			insats ? " i " : " utan insats", insats ? iv.name : "");
		goto fail;
	}
	if (survey_log(st, "ta bort enkätsvar", year, (enum survey_group)g, iv.id, *removed, 0, NULL, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

/* The year, group and intervention combinations this import has cleared,
 * with the lines that went and the lines the file brought. */
struct cleared {
	struct {
		int year;
		enum survey_group group;
		int64_t iv;
		int64_t removed, added;
	} *v;
	size_t n, cap;
};

/* Clears what is stored for a's year, group and intervention the first
 * time the import meets them; the index of the combination in *at. */
static int clear_once(struct store *st, struct cleared *c, const struct survey_answer *a, int64_t *replaced,
		      size_t *at, struct err *err)
{
	int64_t removed = 0;
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->v[i].year == a->year && c->v[i].group == a->group && c->v[i].iv == a->intervention_id) {
			*at = i;
			return 0;
		}
	if (app_year_check_open(st, a->year, "enkätsvaren", err) < 0 ||
	    store_survey_clear(st, a->year, a->group, a->intervention_id, &removed, err) < 0)
		return -1;
	*replaced += removed;
	c->v = xgrow(c->v, sizeof(*c->v), c->n + 1, &c->cap);
	c->v[c->n].year = a->year;
	c->v[c->n].group = a->group;
	c->v[c->n].iv = a->intervention_id;
	c->v[c->n].removed = removed;
	c->v[c->n].added = 0;
	*at = c->n++;
	return 0;
}

struct survey_import {
	struct store *st;
	const char *file;
	const char *name;   /* for the log: the file's name as the person knows it */
	int year;
	struct insats_cache cache;
	struct cleared cleared;
	struct app_survey_import *res;
};

/* A line of the file: checked, its year, group and intervention cleared
 * the first time they come, then stored. */
static int survey_row(void *ctx, const char *const *v, long line, struct err *err)
{
	struct survey_import *c = ctx;
	struct survey_answer a;
	size_t at;
	int k;

	(void)line;
	if (check_line(c->st, &c->cache, v, c->year, &a, err) < 0 ||
	    clear_once(c->st, &c->cleared, &a, &c->res->replaced, &at, err) < 0)
		return -1;
	k = store_survey_answer_add(c->st, &a, err);
	if (k == STORE_DUPLICATE) {
		char sex[16];

		snprintf(sex, sizeof(sex), "%s", survey_sex_word(a.sex));
		return err_set(err, "fråga %s från %s, %s%s%s, finns redan på en tidigare rad", a.code,
			       survey_group_word(a.group), sex, a.intervention_id ? ", insats " : "",
			       a.intervention_id ? v[SC_INSATS] : "");
	}
	if (k != 0)
		return -1;
	c->cleared.v[at].added++;
	if (c->res->lines++ == 0)
		c->res->year = a.year;
	return 0;
}

static int survey_finish(void *ctx, struct err *err)
{
	struct survey_import *c = ctx;

	size_t i;

	if (c->res->lines == 0)
		return err_set(err, "%s har inga rader med enkätsvar; ingenting sparades", c->file);
	/* Each year's, group's and intervention's answers are logged: what
	 * the file brought and, when it replaced answers, the lines that went. */
	for (i = 0; i < c->cleared.n; i++)
		if (survey_log(c->st, c->cleared.v[i].removed ? "ersätt enkätsvar" : "läs in enkätsvar", c->cleared.v[i].year,
			       c->cleared.v[i].group, c->cleared.v[i].iv, c->cleared.v[i].removed, c->cleared.v[i].added,
			       c->name ? c->name : c->file, err) < 0)
			return -1;
	c->res->combinations = (long)c->cleared.n;
	return 0;
}

int app_import_survey(struct store *st, const char *file, int year, struct app_survey_import *res,
		      struct err *err)
{
	return app_import_survey_rows(st, file, NULL, year, res, NULL, err);
}

int app_import_survey_rows(struct store *st, const char *file, const char *name, int year,
			   struct app_survey_import *res, struct app_import_errors *rows, struct err *err)
{
	/* The steps are found by their number or their word; the year may
	 * be given instead of its column. */
	struct app_csv_col cols[SC__MAX] = {
		{ "år", NULL, !year, "(eller ange året)" }, { "grupp", NULL, 1, NULL }, { "fråga", NULL, 1, NULL },
		{ "frågetext", NULL, 1, NULL },            { "kön", NULL, 1, NULL },   { "insats", NULL, 0, NULL },
	};
	static const char *const numbers[SURVEY_STEPS] = { "1", "2", "3", "4", "5", "6" };
	struct survey_import c;
	struct app_csv_import im = { file, cols, SC__MAX, survey_row, survey_finish, &c, 0 };
	int k, rc;

	for (k = 0; k < SURVEY_STEPS; k++) {
		cols[SC_STEP1 + k].name = numbers[k];
		cols[SC_STEP1 + k].alt = survey_step_word(k + 1);
		cols[SC_STEP1 + k].required = 1;
	}
	memset(res, 0, sizeof(*res));
	memset(&c, 0, sizeof(c));
	c.st = st;
	c.file = file;
	/* The log names the file as the person knows it, not where it lies. */
	c.name = name ? name : strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	c.year = year;
	c.res = res;
	rc = app_csv_import(st, &im, rows, err);
	free(c.cleared.v);
	if (rc < 0) {
		memset(res, 0, sizeof(*res));
		return -1;
	}
	res->cp1252 = im.cp1252;
	return 0;
}

struct batches {
	struct app_survey_batch *v;
	size_t n, cap;
};

static void add_batch(void *ctx, const struct survey_answer *a)
{
	struct batches *b = ctx;
	size_t i, k;

	for (i = 0; i < b->n; i++)
		if (b->v[i].group == (int)a->group && b->v[i].intervention_id == a->intervention_id)
			break;
	if (i == b->n) {
		b->v = xgrow(b->v, sizeof(*b->v), b->n + 1, &b->cap);
		memset(&b->v[i], 0, sizeof(b->v[i]));
		b->v[i].group = (int)a->group;
		b->v[i].intervention_id = a->intervention_id;
		b->n++;
	}
	b->v[i].lines++;
	for (k = 0; k < SURVEY_STEPS; k++)
		b->v[i].answers += a->counts[k];
}

static int batch_cmp(const void *x, const void *y)
{
	const struct app_survey_batch *a = x, *b = y;

	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return a->intervention_id < b->intervention_id ? -1 : a->intervention_id > b->intervention_id;
}

int app_survey_batches(struct store *st, int year, struct app_survey_batch **out, size_t *n, struct err *err)
{
	struct batches b = { NULL, 0, 0 };
	struct intervention *iv = NULL;
	size_t n_iv = 0, i, k;

	*out = NULL;
	*n = 0;
	if (store_survey_each(st, year, 0, add_batch, &b, err) < 0 ||
	    store_intervention_list(st, &iv, &n_iv, err) < 0) {
		free(b.v);
		return -1;
	}
	for (i = 0; i < b.n; i++)
		for (k = 0; k < n_iv; k++)
			if (iv[k].id == b.v[i].intervention_id)
				snprintf(b.v[i].insats, sizeof(b.v[i].insats), "%s", iv[k].name);
	free(iv);
	if (b.n)
		qsort(b.v, b.n, sizeof(*b.v), batch_cmp);
	*out = b.v;
	*n = b.n;
	return 0;
}

static void add_answer(void *ctx, const struct survey_answer *a)
{
	survey_stats_add(ctx, a);
}

int app_survey_stats(struct store *st, int year, const char *insats, int protected_, struct survey_stats *out,
		     int *threshold, struct err *err)
{
	struct insats_cache cache;
	int64_t iv = 0;

	memset(&cache, 0, sizeof(cache));
	survey_stats_init(year, out);
	*threshold = 0;
	if (protected_ && app_setting_int(st, "min-cell", threshold, err) < 0)
		return -1;
	if (insats && find_insats(st, &cache, insats, &iv, err) < 0)
		return -1;
	if (store_survey_each(st, year, iv, add_answer, out, err) < 0) {
		survey_stats_release(out);
		return -1;
	}
	if (protected_)
		survey_protect(out, *threshold);
	return 0;
}

struct doc *app_report_survey(struct store *st, int year, const char *group, const char *insats, int protected_,
			      struct err *err)
{
	struct association a;
	struct survey_stats s, prev;
	struct intervention iv;
	struct doc *d;
	int g = -1, threshold;

	if (group) {
		g = survey_group_match(group);
		if (g < 0) {
			err_set(err, "okänd grupp '%s' (välj deltagare start, deltagare pågående, deltagare "
				"avslut, personal, chefer eller styrelse)", group);
			return NULL;
		}
	}
	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (app_survey_stats(st, year, insats, protected_, &s, &threshold, err) < 0)
		return NULL;
	if (insats) {
		/* The name as stored, also when it was given by id. */
		char *end;
		long long n = strtoll(insats, &end, 10);

		if (store_intervention_get(st, *end || end == insats ? 0 : n, insats, &iv, err) != 0) {
			survey_stats_release(&s);
			return NULL;
		}
	}
	/* The previous year's results, protected as this year's, for the
	 * shares beside this year's. */
	if (app_survey_stats(st, year - 1, insats, protected_, &prev, &threshold, err) < 0) {
		survey_stats_release(&s);
		return NULL;
	}
	d = doc_survey(&a, &s, &prev, insats ? iv.name : NULL, g, protected_, threshold);
	survey_stats_release(&prev);
	survey_stats_release(&s);
	return d;
}
