/*
 * followup.c: the national follow-up of a year (Uppföljning Finsam), made
 * of the figures the annual report shows: the register's statistics per
 * intervention, the commitments' payments, the note on revenue per member
 * and the statements' equity rule.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "store/store.h"

/* The most connections the follow-up over a host reads on at once. */
#define FOLLOWUP_READERS_MAX 4

/* Whether iv goes on at some time during year (the annual report's rule). */
static int during(const struct intervention *iv, int year)
{
	struct date start = { year, 1, 1 }, end = { year, 12, 31 };

	return !((date_is_set(iv->start) && date_cmp(iv->start, end) > 0) ||
		 (date_is_set(iv->end) && date_cmp(iv->end, start) < 0));
}

/* The money of the interventions going on: budget and paid in the year. */
static int money_rows(struct store *st, int year, const struct intervention *iv, size_t n_iv, struct followup *f,
		      struct err *err)
{
	struct commitment *cur = xcalloc(n_iv ? n_iv : 1, sizeof(*cur));
	struct commitment *prev = xcalloc(n_iv ? n_iv : 1, sizeof(*prev));
	struct budget b;
	int has_budget, rc = -1;
	size_t i;

	has_budget = store_budget_get(st, year, 0, &b, err);
	if (has_budget < 0)
		goto out;
	has_budget = has_budget == 0;
	if (app_commitments_two(st, year, iv, n_iv, cur, prev, err) < 0)
		goto out;
	for (i = 0; i < n_iv; i++) {
		struct followup_money *m;

		if (!during(&iv[i], year))
			continue;
		m = &f->money[f->n_money++];
		m->intervention_id = iv[i].id;
		snprintf(m->name, sizeof(m->name), "%s", iv[i].name);
		if (has_budget && followup_budget_of(&b, &iv[i], &m->budget, &m->has_budget, err) < 0)
			goto out;
		if (money_sub(cur[i].paid, prev[i].paid, &m->outcome) < 0) {
			err_set(err, "utbetalt för %s är för stort", iv[i].name);
			goto out;
		}
	}
	rc = followup_money_total(f->money, f->n_money, err);
out:
	if (has_budget > 0)
		budget_release(&b);
	free(cur);
	free(prev);
	return rc;
}

/* The follow-up of year in f, its people unprotected and its amounts in
 * öre, with the association and its smallest shown group. */
static int followup_load(struct store *st, int year, struct association *a, struct followup *f, int *threshold,
			 struct err *err)
{
	struct intervention *iv = NULL;
	struct app_pstats_years reg;
	struct statements cur, prev;
	struct year_notes notes;
	int64_t *ids = NULL;
	size_t n_iv = 0, i;
	int has_prev, rc = -1;

	memset(&reg, 0, sizeof(reg));
	memset(&notes, 0, sizeof(notes));
	memset(f, 0, sizeof(*f));
	f->year = year;
	if (app_load_association(st, a, err) < 0 || app_setting_int(st, "min-cell", threshold, err) < 0)
		return -1;
	if (app_statements(st, year, &cur, &prev, &has_prev, err) < 0)
		return -1;
	if (store_intervention_list(st, &iv, &n_iv, err) < 0)
		return -1;
	ids = xcalloc(n_iv ? n_iv : 1, sizeof(*ids));
	for (i = 0; i < n_iv; i++)
		ids[i] = iv[i].id;
	if (app_pstats_years_read(st, &reg, year, year, ids, n_iv, 0, err) < 0)
		goto out;
	f->people = xcalloc(n_iv + 1, sizeof(*f->people));
	f->money = xcalloc(n_iv + 1, sizeof(*f->money));
	for (i = 0; i < n_iv; i++)
		if (iv[i].kind == INTERVENTION_INDIVIDUAL && during(&iv[i], year))
			followup_people_from(&reg.per[i], &iv[i], &f->people[f->n_people++]);
	followup_people_total(f->people, f->n_people);
	if (money_rows(st, year, iv, n_iv, f, err) < 0)
		goto out;
	if (app_year_notes(st, year, &cur, &notes, err) < 0)
		goto out;
	f->has_grants = notes.has_revenue;
	snprintf(f->why_no_grants, sizeof(f->why_no_grants), "%s", notes.why_not);
	if (notes.has_revenue && notes.n_revenue) {
		f->grants = xcalloc(notes.n_revenue, sizeof(*f->grants));
		f->n_grants = notes.n_revenue;
		memcpy(f->grants, notes.revenue, notes.n_revenue * sizeof(*f->grants));
		for (i = 0; i < f->n_grants; i++)
			if (money_add(f->grants_total, f->grants[i].amount, &f->grants_total) < 0) {
				err_set(err, "medlemmarnas driftbidrag är för stora");
				goto out;
			}
	}
	f->equity = cur.equity_rule;
	rc = 0;
out:
	if (rc < 0)
		followup_release(f);
	year_notes_release(&notes);
	app_pstats_years_release(&reg);
	free(ids);
	free(iv);
	return rc;
}

struct doc *app_report_followup(struct store *st, int year, int64_t unit, struct err *err)
{
	struct association a;
	struct followup f;
	struct doc *d;
	int threshold, rc;

	/* The statements and the notes read the same years: once each. */
	store_keep(st, 1);
	rc = followup_load(st, year, &a, &f, &threshold, err);
	store_keep(st, 0);
	if (rc < 0)
		return NULL;
	followup_people_protect(f.people, f.n_people, threshold);
	followup_round(&f, unit);
	d = doc_followup(&a, &f, threshold);
	if (unit == MONEY_TKR)
		doc_unit_set(d, DOC_UNIT_TKR);
	followup_release(&f);
	return d;
}

/* ---- over the förbund of a host ---- */

/* One förbund's part of the follow-up over a host. */
struct host_part {
	const struct forbund *f;
	int without;                 /* no books of the year */
	int threshold;               /* its smallest shown group */
	struct followup_forbund row;
	int rc;                      /* -1: err says why */
	struct err err;
};

/* The förbund of parts, shared by the connections that read them: each
 * takes the next one not yet taken, so a slow förbund holds up none. */
struct host_work {
	const char *uri;
	int year;
	struct host_part *parts;
	size_t n, next;
	int failed;
	pthread_mutex_t lock;
};

static int part_load(struct store *st, int year, struct host_part *p)
{
	struct fiscal_year fy;
	struct association a;
	struct followup f;
	int rc;

	/* Its figures from its own records; one without the year's books is
	 * named apart. */
	if (app_forbund_use(st, p->f->name, &p->err) < 0 || (rc = store_year_get(st, year, &fy, &p->err)) < 0)
		goto fail;
	if (rc == STORE_NOT_FOUND) {
		p->without = 1;
		return 0;
	}
	if (followup_load(st, year, &a, &f, &p->threshold, &p->err) < 0)
		goto fail;
	followup_forbund_from(&f, p->f->name, a.name, &p->row);
	followup_release(&f);
	return 0;
fail:
	err_prefix(&p->err, "förbundet %s", p->f->name);
	p->rc = -1;
	return -1;
}

/* Reads förbund of w on st until none is left or one has failed. */
static void work_on(struct store *st, struct host_work *w)
{
	struct host_part *p;

	/* Each förbund's years and books read once; entering the next
	 * förbund forgets the last one's. */
	store_keep(st, 1);
	for (;;) {
		pthread_mutex_lock(&w->lock);
		p = w->failed || w->next == w->n ? NULL : &w->parts[w->next++];
		pthread_mutex_unlock(&w->lock);
		if (!p)
			break;
		if (part_load(st, w->year, p) < 0) {
			pthread_mutex_lock(&w->lock);
			w->failed = 1;
			pthread_mutex_unlock(&w->lock);
		}
	}
	store_keep(st, 0);
}

/* A connection of its own for a reader beside the first; one that cannot
 * be opened leaves the work to the others. */
static void *worker(void *arg)
{
	struct host_work *w = arg;
	struct store *st = NULL;
	struct err err;

	if (app_host_open(&st, w->uri, &err) == 0)
		work_on(st, w);
	app_close(st);
	return NULL;
}

/* The follow-up over host's förbund (of region, when given), read on host
 * and, with uri, on up to readers - 1 more connections of their own at
 * once; the rows in the register's order whatever the readers. */
static struct doc *followup_host(struct store *host, const char *uri, size_t readers, const char *region,
				 int year, int64_t unit, struct err *err)
{
	struct forbund *list = NULL;
	struct host_work w;
	struct followup_host h;
	struct doc *d = NULL;
	pthread_t threads[FOLLOWUP_READERS_MAX];
	size_t n = 0, i, started = 0;

	memset(&h, 0, sizeof(h));
	memset(&w, 0, sizeof(w));
	h.year = year;
	buf_init(&h.without);
	if (store_forbund_list(host, &list, &n, err) < 0)
		goto out;
	w.uri = uri;
	w.year = year;
	w.parts = xcalloc(n ? n : 1, sizeof(*w.parts));
	for (i = 0; i < n; i++)
		if (!(region && *region && strcmp(list[i].region, region) != 0))
			w.parts[w.n++].f = &list[i];
	pthread_mutex_init(&w.lock, NULL);
	if (readers > FOLLOWUP_READERS_MAX)
		readers = FOLLOWUP_READERS_MAX;
	/* A reader for every few förbund at the most: a connection costs. */
	while (uri && started + 1 < readers && (started + 1) * 4 < w.n &&
	       pthread_create(&threads[started], NULL, worker, &w) == 0)
		started++;
	work_on(host, &w);
	for (i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	pthread_mutex_destroy(&w.lock);

	h.rows = xcalloc(w.n + 1, sizeof(*h.rows));
	for (i = 0; i < w.n; i++) {
		const struct host_part *p = &w.parts[i];

		if (p->rc < 0) {
			*err = p->err;
			goto out;
		}
		if (p->without) {
			buf_addf(&h.without, "%s%s", h.without.len ? ", " : "", p->f->name);
			continue;
		}
		h.rows[h.n++] = p->row;
		/* The most careful förbund's smallest group for the whole table. */
		if (p->threshold > h.threshold)
			h.threshold = p->threshold;
	}
	if (region && *region && h.n == 0 && !h.without.len) {
		err_set(err, "inget förbund på värden hör till regionen '%s'", region);
		goto out;
	}
	if (h.threshold == 0)
		h.threshold = 5;
	if (followup_host_total(&h, err) < 0)
		goto out;
	followup_host_protect(&h);
	followup_host_round(&h, unit);
	d = doc_followup_host(&h, region);
	if (unit == MONEY_TKR)
		doc_unit_set(d, DOC_UNIT_TKR);
out:
	buf_release(&h.without);
	free(h.rows);
	free(w.parts);
	free(list);
	return d;
}

struct doc *app_report_followup_all(const char *host_uri, const char *region, int year, int64_t unit,
				    struct err *err)
{
	struct store *host = NULL;
	struct doc *d;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	if (app_host_open(&host, host_uri, err) != 0)
		return NULL;
	/* A command has the machine: a reader per processor. */
	d = followup_host(host, host_uri, cpus > 1 ? (size_t)cpus : 1, region, year, unit, err);
	app_close(host);
	return d;
}

struct doc *app_report_followup_host(struct store *host, const char *region, int year, int64_t unit,
				     struct err *err)
{
	/* A request reads on its own connection only. */
	return followup_host(host, NULL, 1, region, year, unit, err);
}
