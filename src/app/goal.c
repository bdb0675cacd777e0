/*
 * goal.c: the use cases of the goals: adding goals and result goals with
 * their indicators, assessing them per period, the board's composition,
 * and the indicators' values computed from the records (participant
 * statistics, activities, the books and the budget).
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "model/pstats.h"
#include "store/store.h"

static int parse_number(const char *s, int *out, const char *what, struct err *err)
{
	char *end;
	long v;

	errno = 0;
	v = s ? strtol(s, &end, 10) : 0;
	if (!s || errno || *end || end == s || v < 1 || v > 999)
		return err_set(err, "%s ska vara ett heltal 1–999, inte '%s'", what, s ? s : ""), err_field(err, "number");
	*out = (int)v;
	return 0;
}

/* ---- the fields of goals, result goals and assessments, checked in one place ---- */

/* Applies the given fields (NULL: keep g's) to goal g. */
static int goal_apply(const struct app_goal_fields *f, struct goal *g, struct err *err)
{
	enum goal_area a;

	if (f->title && app_require(&APP_GOAL, "title", f->title, err) < 0)
		return -1;
	if (f->title && app_copy_field(g->title, sizeof(g->title), f->title, "rubriken", err) < 0)
		return err_field(err, "title");
	if (!g->title[0])
		return err_set(err, "målet behöver en rubrik"), err_field(err, "title");
	if (f->area) {
		if (goal_area_parse(f->area, &a) < 0)
			return err_set(err, "okänt område '%s' (individ, struktur, kompetens eller ekonomi)", f->area),
			       err_field(err, "area");
		g->area = a;
	}
	if (f->description && app_copy_field(g->description, sizeof(g->description), f->description, "beskrivningen",
					     err) < 0)
		return err_field(err, "description");
	if (f->number && parse_number(f->number, &g->number, "målets nummer", err) < 0)
		return -1;
	return 0;
}

/* Applies the given fields (NULL: keep r's; target "" removes the
 * target, insats "" follows all interventions) to result goal r. */
static int result_apply(struct store *st, const struct app_result_fields *f, struct result_goal *r, struct err *err)
{
	int new_indicator = 0;

	if (f->text && app_require(&APP_RESULT_GOAL, "text", f->text, err) < 0)
		return -1;
	if (f->text && app_copy_field(r->text, sizeof(r->text), f->text, "texten", err) < 0)
		return err_field(err, "text");
	if (!r->text[0])
		return err_set(err, "resultatmålet behöver en text"), err_field(err, "text");
	if (f->follow_up && app_copy_field(r->follow_up, sizeof(r->follow_up), f->follow_up, "uppföljningen", err) < 0)
		return err_field(err, "follow_up");
	if (f->indicator) {
		if (indicator_kind_parse(f->indicator, &r->indicator) < 0)
			return err_set(err, "okänd indikator '%s' (manual, exit-share, participants, attendees, "
				       "attendees-structural, attendees-competence, equity-share eller within-budget)",
				       f->indicator), err_field(err, "indicator");
		new_indicator = 1;
	}
	if (r->indicator == IND_NONE && ((f->target && *f->target) || f->unit || (f->insats && *f->insats))) {
		r->indicator = IND_MANUAL;
		new_indicator = 1;
	}
	if (f->target && *f->target) {
		if (indicator_value_parse(f->target, &r->target) < 0)
			return err_set(err, "kan inte tolka målvärdet '%s' (skriv t.ex. 40 eller 12,5)", f->target),
			       err_field(err, "target");
		r->has_target = 1;
	} else if (f->target) {
		r->has_target = 0;
		r->target = 0;
	}
	if (f->at_most)
		r->at_most = 1;
	else if (f->no_at_most)
		r->at_most = 0;
	else if (new_indicator)
		r->at_most = indicator_at_most(r->indicator);
	if (f->unit || new_indicator)
		if (app_copy_field(r->unit, sizeof(r->unit), f->unit ? f->unit : indicator_unit(r->indicator), "enheten",
				   err) < 0)
			return err_field(err, "unit");
	if (f->insats && *f->insats) {
		struct intervention iv;

		if (app_find_insats(st, f->insats, &iv, err) < 0)
			return err_field(err, "insats");
		r->intervention_id = iv.id;
	} else if (f->insats) {
		r->intervention_id = 0;
	}
	if (r->intervention_id && r->indicator != IND_EXIT_SHARE && r->indicator != IND_PARTICIPANTS &&
	    r->indicator != IND_MANUAL)
		return err_set(err, "en enskild insats följs bara upp med indikatorerna andel till arbete eller studier "
			       "(exit-share), deltagare (participants) och värde vid bedömningen (manual)"),
		       err_field(err, "insats");
	return 0;
}

/* The goals' values for the audit log. */
static json_t *goal_json(const struct goal *g)
{
	return json_pack("{s:i, s:i, s:s, s:s, s:s}", "year", g->year, "number", g->number, "title", g->title, "area",
			 goal_area_key(g->area), "description", g->description);
}

static json_t *result_json(const struct result_goal *r, int goal_number)
{
	char ref[32];
	json_t *j;

	snprintf(ref, sizeof(ref), "%d.%d", goal_number, r->number);
	j = json_pack("{s:s, s:s, s:s, s:s, s:b, s:s}", "ref", ref, "text", r->text, "follow_up", r->follow_up,
		      "indicator", indicator_kind_key(r->indicator), "at_most", r->at_most, "unit", r->unit);
	if (!j)
		return NULL;
	json_object_set_new(j, "intervention", r->intervention_id ? json_integer(r->intervention_id) : json_null());
	json_object_set_new(j, "target", r->has_target ? json_integer(r->target) : json_null());
	return j;
}

static json_t *assessment_json(const struct assessment *a, const char *ref)
{
	json_t *j = json_pack("{s:s, s:i, s:s, s:s, s:s}", "ref", ref, "year", a->year, "period",
			      goal_period_key(a->period), "status", goal_status_key(a->status), "comment", a->comment);

	if (j)
		json_object_set_new(j, "value", a->has_value ? json_integer(a->value) : json_null());
	return j;
}

/* Logs a change with both values, and frees them. */
static int goal_year_open(struct store *st, int year, struct err *err)
{
	return app_year_check_open(st, year, "målet", err);
}

int app_goal_add(struct store *st, int year, const char *number, const char *title, const char *area,
		 const char *description, int *out_number, struct err *err)
{
	const struct app_goal_fields f = { number, title ? title : "", area, description };
	struct goal g, *list = NULL;
	size_t n = 0, i;

	memset(&g, 0, sizeof(g));
	g.year = year;
	if (app_require(&APP_GOAL, "area", area, err) < 0 || app_require(&APP_GOAL, "title", title, err) < 0)
		return -1;
	if (goal_apply(&f, &g, err) < 0)
		return -1;
	/* The number is chosen (or checked free) in the transaction that
	 * adds the goal, so that two goals added at once get two numbers. */
	if (store_begin(st, err) < 0)
		return -1;
	if (store_goal_list(st, year, &list, &n, err) < 0)
		goto fail;
	if (number) {
		for (i = 0; i < n; i++)
			if (list[i].number == g.number) {
				err_set(err, "mål %d för %d finns redan", g.number, year);
				goto fail;
			}
	} else {
		for (i = 0; i < n; i++)
			if (list[i].number >= g.number)
				g.number = list[i].number;
		g.number++;
	}
	free(list);
	list = NULL;
	if (goal_year_open(st, year, err) < 0 || store_goal_add(st, &g, err) < 0 ||
	    app_change(st, "lägg till mål", "goal", g.id, NULL, goal_json(&g), err) < 0)
		goto fail;
	*out_number = g.number;
	return store_commit(st, err);
fail:
	free(list);
	store_rollback(st);
	return -1;
}

/* The goal numbered `number` of `year`. */
static int find_goal(struct store *st, int year, int number, struct goal *out, struct err *err)
{
	struct goal *list = NULL;
	size_t n = 0, i;

	if (store_goal_list(st, year, &list, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (list[i].number == number) {
			*out = list[i];
			free(list);
			return 0;
		}
	}
	free(list);
	err_set(err, "det finns inget mål %d för %d", number, year);
	return err_see(err, "finsam goal list --year %d", year);
}

/* "2" is goal 2; "2.1" result goal 1 of goal 2. */
static int parse_ref(const char *ref, int *goal, int *result, struct err *err)
{
	char *end;
	long g, r = 0;

	errno = 0;
	g = ref ? strtol(ref, &end, 10) : 0;
	if (ref && !errno && end != ref && *end == '.')
		r = strtol(end + 1, &end, 10);
	if (!ref || errno || *end || g < 1 || g > 999 || r < 0 || r > 999 || (strchr(ref, '.') && r < 1))
		return err_set(err, "kan inte tolka målet '%s' (skriv t.ex. 2 för mål 2 eller 2.1 för "
			       "dess första resultatmål)", ref ? ref : "");
	*goal = (int)g;
	*result = (int)r;
	return 0;
}

/* The goal and, for a reference such as "1.2", the result goal (r->id 0
 * for a goal's own reference). */
static int find_ref(struct store *st, int year, const char *ref, struct goal *g, struct result_goal *r,
		    struct err *err)
{
	struct result_goal *list = NULL;
	size_t n = 0, i;
	int goal_no, result_no;

	memset(r, 0, sizeof(*r));
	if (parse_ref(ref, &goal_no, &result_no, err) < 0 || find_goal(st, year, goal_no, g, err) < 0)
		return -1;
	if (!result_no)
		return 0;
	if (store_result_goal_list(st, year, &list, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (list[i].goal_id == g->id && list[i].number == result_no)
			*r = list[i];
	free(list);
	if (!r->id) {
		err_set(err, "mål %d har inget resultatmål %d", goal_no, result_no);
		return err_see(err, "finsam goal list --year %d", year);
	}
	return 0;
}

int app_goal_result_add(struct store *st, int year, const char *goal_ref, const struct app_result_fields *f,
			char *out_ref, size_t out_n, struct err *err)
{
	struct app_result_fields given = *f;
	struct result_goal r, *list = NULL;
	struct goal g;
	size_t n = 0, i;
	int goal_no, result_no;

	memset(&r, 0, sizeof(r));
	if (app_require(&APP_RESULT_GOAL, "goal", goal_ref, err) < 0)
		return -1;
	if (parse_ref(goal_ref, &goal_no, &result_no, err) < 0)
		return err_field(err, "goal");
	if (result_no)
		return err_set(err, "ange målet som resultatmålet hör till (t.ex. 1), inte '%s'", goal_ref);
	/* Read in the transaction that adds it, so that two result goals
	 * added at once get two numbers. */
	if (store_begin(st, err) < 0)
		return -1;
	if (find_goal(st, year, goal_no, &g, err) < 0)
		goto fail;
	r.goal_id = g.id;
	r.indicator = IND_NONE;
	given.no_at_most = 0;
	if (!given.text)
		given.text = "";
	if (result_apply(st, &given, &r, err) < 0)
		goto fail;
	if (!f->indicator && r.indicator == IND_NONE)
		r.at_most = f->at_most;
	if (!f->unit && !r.unit[0])
		app_copy_field(r.unit, sizeof(r.unit), indicator_unit(r.indicator), "enheten", NULL);
	if (store_result_goal_list(st, year, &list, &n, err) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (list[i].goal_id == g.id && list[i].number > r.number)
			r.number = list[i].number;
	r.number++;
	free(list);
	if (goal_year_open(st, year, err) < 0 || store_result_goal_add(st, &r, err) < 0 ||
	    app_change(st, "lägg till resultatmål", "result_goal", r.id, NULL, result_json(&r, g.number), err) < 0)
		goto fail;
	snprintf(out_ref, out_n, "%d.%d", g.number, r.number);
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

/* The assessment of goal g (and result goal r when r->id) in year and
 * period, or none (a->id 0). */
static int find_assessment(struct store *st, int year, const struct goal *g, const struct result_goal *r,
			   enum goal_period period, struct assessment *a, struct err *err)
{
	struct assessment *list = NULL;
	size_t n = 0, i;

	memset(a, 0, sizeof(*a));
	if (store_assessment_list(st, year, &list, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (list[i].goal_id == g->id && list[i].result_goal_id == r->id && list[i].period == period)
			*a = list[i];
	free(list);
	return 0;
}

/* Sets an assessment inside the caller's transaction: the one it replaces
 * is read there, so that the log names the value it really replaced. */
static int assess(struct store *st, int year, const char *ref, const char *period, const char *status,
		  const char *value, const char *comment, struct err *err)
{
	struct assessment a, old;
	struct result_goal r;
	struct goal g;

	memset(&a, 0, sizeof(a));
	a.year = year;
	if (app_require(&APP_ASSESSMENT, "ref", ref, err) < 0 || app_require(&APP_ASSESSMENT, "period", period, err) < 0 ||
	    app_require(&APP_ASSESSMENT, "status", status, err) < 0)
		return -1;
	if (find_ref(st, year, ref, &g, &r, err) < 0)
		return err_field(err, "ref");
	a.goal_id = g.id;
	a.result_goal_id = r.id;
	if (!period || goal_period_parse(period, &a.period) < 0) {
		err_set(err, "okänd period '%s' (delår eller helår)", period ? period : "");
		return err_field(err, "period");
	}
	if (!status || goal_status_parse(status, &a.status) < 0) {
		err_set(err, "okänd bedömning '%s' (uppfyllt, delvis uppfyllt, på god väg, ej uppfyllt "
			"eller ej bedömt)", status ? status : "");
		return err_field(err, "status");
	}
	if (value) {
		if (indicator_value_parse(value, &a.value) < 0) {
			err_set(err, "kan inte tolka värdet '%s' (skriv t.ex. 63 eller 12,5)", value);
			return err_field(err, "value");
		}
		a.has_value = 1;
	}
	if (app_copy_field(a.comment, sizeof(a.comment), comment, "kommentaren", err) < 0)
		return err_field(err, "comment");
	if (!r.id && value) {
		err_set(err, "ett uppmätt värde hör till ett resultatmål, till exempel %d.1, inte till ett mål",
			g.number);
		return err_field(err, "value");
	}
	if (find_assessment(st, year, &g, &r, a.period, &old, err) < 0 || goal_year_open(st, year, err) < 0 ||
	    store_assessment_put(st, &a, err) < 0)
		return -1;
	return app_change(st, old.id ? "ändra bedömning" : "bedöm", "assessment", a.id,
			  old.id ? assessment_json(&old, ref) : NULL, assessment_json(&a, ref), err);
}

int app_goal_assess(struct store *st, int year, const char *ref, const char *period, const char *status,
		    const char *value, const char *comment, struct err *err)
{
	if (store_begin(st, err) < 0)
		return -1;
	if (assess(st, year, ref, period, status, value, comment, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_goal_assessment_remove(struct store *st, int year, const char *ref, const char *period, struct err *err)
{
	struct assessment a;
	struct result_goal r;
	struct goal g;
	enum goal_period p;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_ref(st, year, ref, &g, &r, err) < 0)
		goto fail;
	if (!period || goal_period_parse(period, &p) < 0) {
		err_set(err, "okänd period '%s' (delår eller helår)", period ? period : "");
		err_field(err, "period");
		goto fail;
	}
	if (find_assessment(st, year, &g, &r, p, &a, err) < 0)
		goto fail;
	if (!a.id) {
		err_set(err, "%s har ingen bedömning för %s %d", ref, goal_period_key(p), year);
		goto fail;
	}
	if (goal_year_open(st, year, err) < 0 || store_assessment_delete(st, a.id, err) != 0 ||
	    app_change(st, "ta bort bedömning", "assessment", a.id, assessment_json(&a, ref), NULL, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_goal_edit(struct store *st, int year, const char *ref, const struct app_goal_fields *gf,
		  const struct app_result_fields *rf, struct err *err)
{
	struct goal g, ng;
	struct result_goal r, nr;
	int rc;

	/* Read, changed and written back in one transaction, so that two
	 * changes of different fields at once both stay. */
	if (store_begin(st, err) < 0)
		return -1;
	if (find_ref(st, year, ref, &g, &r, err) < 0)
		goto fail;
	if (!r.id) {
		ng = g;
		if (goal_apply(gf, &ng, err) < 0)
			goto fail;
		if (ng.number != g.number) {
			struct goal other;

			if (find_goal(st, year, ng.number, &other, NULL) == 0) {
				err_set(err, "mål %d för %d finns redan", ng.number, year);
				goto fail;
			}
		}
	} else {
		nr = r;
		if (result_apply(st, rf, &nr, err) < 0)
			goto fail;
	}
	if (!r.id)
		rc = goal_year_open(st, year, err) < 0 || store_goal_update(st, &ng, err) != 0 ||
		     app_change(st, "ändra mål", "goal", g.id, goal_json(&g), goal_json(&ng), err) < 0;
	else
		rc = goal_year_open(st, year, err) < 0 || store_result_goal_update(st, &nr, err) != 0 ||
		     app_change(st, "ändra resultatmål", "result_goal", r.id, result_json(&r, g.number),
				result_json(&nr, g.number), err) < 0;
	if (rc)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_goal_remove(struct store *st, int year, const char *ref, struct err *err)
{
	struct assessment *as = NULL;
	struct result_goal r, *results = NULL;
	struct goal g;
	size_t n_as = 0, n_r = 0, i;
	char aref[32];
	int rc = -1;

	/* Its assessments and result goals are read in the transaction that
	 * removes it, so that none added meanwhile is left behind. */
	if (store_begin(st, err) < 0)
		return -1;
	if (find_ref(st, year, ref, &g, &r, err) < 0 || store_result_goal_list(st, year, &results, &n_r, err) < 0 ||
	    store_assessment_list(st, year, &as, &n_as, err) < 0)
		goto fail;
	if (!r.id)
		for (i = 0; i < n_r; i++)
			if (results[i].goal_id == g.id) {
				err_set(err, "mål %d har resultatmål (%d.%d); ta bort resultatmålen först", g.number,
					g.number, results[i].number);
				err_see(err, "finsam goal remove %d.%d --year %d", g.number, results[i].number, year);
				goto fail;
			}
	if (goal_year_open(st, year, err) < 0)
		goto fail;
	/* Its assessments go with it, each logged. */
	for (i = 0; i < n_as; i++) {
		if (as[i].goal_id != g.id || as[i].result_goal_id != r.id)
			continue;
		snprintf(aref, sizeof(aref), "%s", ref);
		if (store_assessment_delete(st, as[i].id, err) != 0 ||
		    app_change(st, "ta bort bedömning", "assessment", as[i].id, assessment_json(&as[i], aref), NULL,
			       err) < 0)
			goto fail;
	}
	if (r.id) {
		if (store_result_goal_delete(st, r.id, err) != 0 ||
		    app_change(st, "ta bort resultatmål", "result_goal", r.id, result_json(&r, g.number), NULL, err) < 0)
			goto fail;
	} else if (store_goal_delete(st, g.id, err) != 0 ||
		   app_change(st, "ta bort mål", "goal", g.id, goal_json(&g), NULL, err) < 0) {
		goto fail;
	}
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	free(results);
	free(as);
	return rc;
}

/* num / den as a percentage in hundredths, rounded to tenths of a percent
 * as the statements show their ratios ("9,0 %"); den is not zero. */
static int64_t percent(int64_t num, int64_t den)
{
	int64_t thousandths = 0;

	ratio_scaled(num, den, 3, &thousandths);
	return thousandths * 10;
}

int app_indicator_value(struct store *st, int year, const struct date *until, const struct result_goal *r,
			int threshold, struct indicator_value *out, struct err *err)
{
	struct date end = until ? *until : (struct date){ year, 12, 31 };

	memset(out, 0, sizeof(*out));
	/* The books' measures are the year's: not before it has ended. */
	if (until && (r->indicator == IND_EQUITY_SHARE || r->indicator == IND_WITHIN_BUDGET) &&
	    date_cmp(*until, (struct date){ year, 12, 31 }) < 0)
		return 0;
	switch (r->indicator) {
	case IND_NONE:
	case IND_MANUAL:
	case IND__MAX:
		return 0;
	case IND_EXIT_SHARE:
	case IND_PARTICIPANTS: {
		struct pstats s;

		if (app_year_pstats(st, year, r->intervention_id, &end, &s, err) < 0)
			return -1;
		if (r->indicator == IND_PARTICIPANTS) {
			int64_t n = s.all.enrolled.total.n + s.anonymous.total.n;

			out->available = 1;
			out->value = n * 100;
			out->hidden = n > 0 && n < threshold;
		} else if (s.all.exited.total.n > 0) {
			out->available = 1;
			out->value = percent(s.all.to_work.total.n, s.all.exited.total.n);
			out->hidden = s.all.exited.total.n < threshold;
		}
		return 0;
	}
	case IND_ATTENDEES:
	case IND_ATTENDEES_STRUCTURAL:
	case IND_ATTENDEES_COMPETENCE: {
		struct activity *acts = NULL;
		size_t n = 0, i;
		int64_t total = 0;

		if (store_activity_list(st, year, &acts, &n, err) < 0)
			return -1;
		for (i = 0; i < n; i++) {
			int counted = r->indicator == IND_ATTENDEES ||
				      (r->indicator == IND_ATTENDEES_STRUCTURAL) == (acts[i].kind == ACTIVITY_STRUCTURAL);

			if (counted && date_cmp(acts[i].date, end) <= 0)
				total += activity_total(&acts[i]);
			activity_release(&acts[i]);
		}
		free(acts);
		out->available = 1;
		out->value = total * 100;
		return 0;
	}
	case IND_EQUITY_SHARE:
	case IND_WITHIN_BUDGET: {
		struct statements cur, prev;
		int has_prev;
		struct fiscal_year fy;
		int rc = store_year_get(st, year, &fy, err);

		if (rc == STORE_NOT_FOUND)
			return 0;     /* no books for the year yet */
		if (rc < 0 || app_statements(st, year, &cur, &prev, &has_prev, err) < 0)
			return -1;
		if (r->indicator == IND_EQUITY_SHARE) {
			if (cur.grant > 0) {
				out->available = 1;
				out->value = percent(cur.bs.equity, cur.grant);
			}
		} else {
			struct budget b;
			struct budget_totals t;
			int64_t costs = cur.is.expenses + cur.is.financial_expenses;

			rc = store_budget_get(st, year, 0, &b, err);
			if (rc == STORE_NOT_FOUND)
				return 0;
			if (rc < 0)
				return -1;
			if (budget_totals(&b, &t, err) < 0) {
				budget_release(&b);
				return -1;
			}
			budget_release(&b);
			if (t.cost_total < 0) {
				out->available = 1;
				out->value = percent(costs, t.cost_total);
			}
		}
		return 0;
	}
	}
	return 0;
}

struct doc *app_report_goals(struct store *st, int year, struct err *err)
{
	struct association a;
	struct goals_data g;
	struct doc *d = NULL;

	if (app_load_association(st, &a, err) < 0 || app_goals_load(st, year, NULL, &g, err) < 0)
		return NULL;
	d = doc_goals(&a, &g);
	app_goals_release(&g);
	return d;
}

int app_goals_load(struct store *st, int year, const struct date *until, struct goals_data *g, struct err *err)
{
	size_t i;
	int threshold;

	memset(g, 0, sizeof(*g));
	g->year = year;
	if (app_setting_int(st, "min-cell", &threshold, err) < 0)
		return -1;
	g->threshold = threshold;
	if (store_goal_list(st, year, &g->goals, &g->n_goals, err) < 0 ||
	    store_result_goal_list(st, year, &g->results, &g->n_results, err) < 0 ||
	    store_assessment_list(st, year, &g->assessments, &g->n_assessments, err) < 0 ||
	    store_intervention_list(st, &g->interventions, &g->n_interventions, err) < 0)
		goto fail;
	g->values = xcalloc(g->n_results ? g->n_results : 1, sizeof(*g->values));
	for (i = 0; i < g->n_results; i++)
		if (app_indicator_value(st, year, until, &g->results[i], threshold, &g->values[i], err) < 0)
			goto fail;
	return 0;
fail:
	app_goals_release(g);
	return -1;
}

void app_goals_release(struct goals_data *g)
{
	free(g->goals);
	free(g->results);
	free(g->assessments);
	free(g->interventions);
	free(g->values);
	memset(g, 0, sizeof(*g));
}

struct doc *app_report_insats_indicators(struct store *st, int year, const char *which, struct err *err)
{
	struct association a;
	struct intervention iv;
	struct goals_data g;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || app_find_insats(st, which, &iv, err) < 0 ||
	    app_goals_load(st, year, NULL, &g, err) < 0)
		return NULL;
	d = doc_insats_indicators(&a, &g, iv.id);
	app_goals_release(&g);
	return d;
}

/* The value the goal table shows for result goal i and the value the
 * interventions' follow-ups and the indicator report show, each as its
 * document part asks for it: they must be one. */
static int check_one_value(const struct goals_data *g, size_t i, enum goal_period period, struct buf *fails,
			   struct buf *notes)
{
	const struct result_goal *r = &g->results[i];
	const struct goal *goal = NULL;
	struct indicator_value table = goals_indicator_value(g, i, period, NULL), followup;
	int by_hand;
	size_t k;
	char ref[16], a[64], b[64];

	followup = goals_indicator_value(g, i, period, &by_hand);
	for (k = 0; k < g->n_goals; k++)
		if (g->goals[k].id == r->goal_id)
			goal = &g->goals[k];
	snprintf(ref, sizeof(ref), "%d.%d", goal ? goal->number : 0, r->number);
	if (!indicator_values_agree(&table, &followup)) {
		buf_addf(fails, "%s %s (%s): måltabellen visar %s, uppföljningen %s\n", ref, r->text,
			 goal_period_key(period),
			 table.available ? indicator_value_format(a, sizeof(a), table.value, r->unit) : "inget",
			 followup.available ? indicator_value_format(b, sizeof(b), followup.value, r->unit) : "inget");
		return 1;
	}
	/* A value entered by hand over a different computed one is shown
	 * everywhere; say which, so the register can be put right. */
	if (by_hand && g->values[i].available && !g->values[i].hidden && g->values[i].value != followup.value &&
	    r->indicator != IND_MANUAL && r->indicator != IND_NONE)
		buf_addf(notes, "%s %s (%s): %s angivet vid bedömningen visas överallt; registret ger %s\n", ref,
			 r->text, period == PERIOD_ANNUAL ? "helår" : "delår",
			 indicator_value_format(a, sizeof(a), followup.value, r->unit),
			 indicator_value_format(b, sizeof(b), g->values[i].value, r->unit));
	return 0;
}

int app_check_indicators(struct store *st, int year, struct check_report *r, struct err *err)
{
	struct goals_data g;
	struct buf fails, notes;
	size_t i;
	int n_fail = 0;

	if (app_goals_load(st, year, NULL, &g, err) < 0)
		return -1;
	buf_init(&fails);
	buf_init(&notes);
	for (i = 0; i < g.n_results; i++) {
		n_fail += check_one_value(&g, i, PERIOD_INTERIM, &fails, &notes);
		n_fail += check_one_value(&g, i, PERIOD_ANNUAL, &fails, &notes);
	}
	if (fails.len)
		fails.s[--fails.len] = '\0';
	if (notes.len)
		notes.s[--notes.len] = '\0';
	check_add(r, "indicator_values", "Varje indikator har ett värde", n_fail ? CHECK_FAILED : CHECK_OK,
		  n_fail ? fails.s : notes.s);
	buf_release(&fails);
	buf_release(&notes);
	app_goals_release(&g);
	return 0;
}
