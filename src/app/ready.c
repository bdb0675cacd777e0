/*
 * ready.c: marking an intervention's figures for a period ready
 * (klarmarkera): the registrar who keeps them says that the participants
 * and enrolments of a year's Helår or Delår are complete, and the director
 * sees which interventions are ready and which are not. A mark can be
 * taken back; both are in the audit log with who and when.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "doc/reports.h"
#include "store/store.h"

/* Whether intervention iv runs during some part of year. */
static int runs_in(const struct intervention *iv, int year)
{
	return (!date_is_set(iv->start) || iv->start.y <= year) && (!date_is_set(iv->end) || iv->end.y >= year);
}

/* Checks what a mark names: the intervention, the year (not after this
 * one, and within the intervention's period) and the period. */
static int ready_check(struct store *st, const char *insats, const char *year_s, const char *period,
		       struct intervention *iv, struct ready_mark *m, struct err *err)
{
	char *end;
	long year;

	memset(m, 0, sizeof(*m));
	if (!insats || !*insats) {
		err_set(err, "välj en insats");
		return err_field(err, "insats");
	}
	if (app_find_insats(st, insats, iv, err) < 0)
		return err_field(err, "insats");
	year = year_s ? strtol(year_s, &end, 10) : 0;
	if (!year_s || !*year_s || *end || year < 1990 || year > date_today().y) {
		err_set(err, "ange ett år med fyra siffror, högst %d (siffrorna för ett kommande år kan inte vara "
			     "klara)", date_today().y);
		return err_field(err, "year");
	}
	if (!runs_in(iv, (int)year)) {
		err_set(err, "insatsen %s pågår inte under %ld", iv->name, year);
		return err_field(err, "year");
	}
	if (!period || goal_period_parse(period, &m->period) < 0) {
		err_set(err, "välj perioden: helår eller delår");
		return err_field(err, "period");
	}
	m->intervention_id = iv->id;
	m->year = (int)year;
	return 0;
}

static json_t *mark_json(const struct ready_mark *m, const char *name)
{
	return json_pack("{s:s, s:i, s:s, s:s, s:s}", "intervention", name, "year", m->year, "period",
			 goal_period_key(m->period), "marked_by", m->marked_by, "marked_at", m->marked_at);
}

static int log_mark(struct store *st, const char *action, const struct ready_mark *m, const char *name, int added,
		    struct err *err)
{
	char record[64];
	json_t *j = mark_json(m, name);
	int rc;

	snprintf(record, sizeof(record), "ready %lld %d %s", (long long)m->intervention_id, m->year,
		 goal_period_key(m->period));
	rc = app_audit_change(st, action, record, NULL, added ? NULL : j, added ? j : NULL, err);
	json_decref(j);
	return rc;
}

static const char *period_word(enum goal_period p)
{
	return p == PERIOD_ANNUAL ? "helåret" : "delåret";
}

int app_ready_mark(struct store *st, const char *insats, const char *year, const char *period, struct err *err)
{
	struct intervention iv;
	struct ready_mark m;
	int rc;

	if (ready_check(st, insats, year, period, &iv, &m, err) < 0)
		return -1;
	snprintf(m.marked_by, sizeof(m.marked_by), "%s", app_actor(st));
	if (store_begin(st, err) < 0)
		return -1;
	rc = store_ready_set(st, &m, err);
	if (rc == STORE_DUPLICATE) {
		store_rollback(st);
		return err_set(err, "%s för %s %d är redan klarmarkerat", iv.name, period_word(m.period), m.year);
	}
	if (rc < 0 || log_mark(st, "klarmarkera", &m, iv.name, 1, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_ready_unmark(struct store *st, const char *insats, const char *year, const char *period, struct err *err)
{
	struct intervention iv;
	struct ready_mark m, *all = NULL;
	size_t n = 0, i;
	int rc, found = 0;

	if (ready_check(st, insats, year, period, &iv, &m, err) < 0)
		return -1;
	if (store_ready_list(st, m.year, &all, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (all[i].intervention_id == m.intervention_id && all[i].period == m.period) {
			m = all[i];
			found = 1;
		}
	free(all);
	if (!found)
		return err_set(err, "%s för %s %d är inte klarmarkerat", iv.name, period_word(m.period), m.year);
	if (store_begin(st, err) < 0)
		return -1;
	rc = store_ready_clear(st, m.intervention_id, m.year, m.period, err);
	if (rc != 0 || log_mark(st, "ta bort klarmarkering", &m, iv.name, 0, err) < 0) {
		store_rollback(st);
		return rc == STORE_NOT_FOUND ? err_set(err, "klarmarkeringen togs nyss bort") : -1;
	}
	return store_commit(st, err);
}

int app_ready_status(struct store *st, int year, struct intervention **iv, size_t *n_iv, struct ready_mark **marks,
		     size_t *n_marks, struct err *err)
{
	struct intervention *all = NULL;
	size_t n_all = 0, i;

	*iv = NULL;
	*marks = NULL;
	*n_iv = *n_marks = 0;
	if (store_intervention_list(st, &all, &n_all, err) < 0)
		return -1;
	if (store_ready_list(st, year, marks, n_marks, err) < 0) {
		free(all);
		return -1;
	}
	for (i = 0; i < n_all; i++)
		if (runs_in(&all[i], year))
			all[(*n_iv)++] = all[i];
	*iv = all;
	return 0;
}

struct doc *app_report_ready(struct store *st, int year, struct err *err)
{
	struct association a;
	struct intervention *iv = NULL;
	struct ready_mark *m = NULL;
	size_t n_iv = 0, n_m = 0;
	struct doc *d = NULL;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (app_ready_status(st, year, &iv, &n_iv, &m, &n_m, err) == 0)
		d = doc_ready(&a, year, iv, n_iv, m, n_m);
	free(iv);
	free(m);
	return d;
}
