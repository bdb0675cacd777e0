/*
 * goals.c: the goals of the plan for a year (verksamhetsplanen), their
 * result goals with the indicator that measures each, the assessments of
 * both per period, and the removal of a plan's text. The use cases in
 * app/ check every change and write it to the audit log in the same
 * transaction.
 */
#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

static const char sql_goal_add[] = "INSERT INTO goal (year, number, title, area, description) "
				   "VALUES (:year, :number, :title, :area, :description) RETURNING id";

int store_goal_add(struct store *st, struct goal *g, struct err *err)
{
	struct stmt *s = q_prep(st, sql_goal_add, err);

	q_int(s, "year", g->year);
	q_int(s, "number", g->number);
	q_text(s, "title", g->title);
	q_text(s, "area", goal_area_key(g->area));
	q_text(s, "description", g->description);
	return q_exec_id(s, &g->id, "spara målet", err);
}

static void fill_goal(struct stmt *s, void *row)
{
	struct goal *g = row;
	const char *area = q_col_text(s, 4);
	enum goal_area a = GOAL_AREA_INDIVIDUAL;

	g->id = q_col_int(s, 0);
	g->year = (int)q_col_int(s, 1);
	g->number = (int)q_col_int(s, 2);
	q_col_copy(g->title, sizeof(g->title), s, 3);
	goal_area_parse(area ? area : "", &a);
	g->area = a;
	q_col_copy(g->description, sizeof(g->description), s, 5);
}

static const char sql_goal_list[] =
	"SELECT id, year, number, title, area, description FROM goal WHERE year = :year ORDER BY number";

int store_goal_list(struct store *st, int year, struct goal **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_goal_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_goal, &rows, n, "läsa målen", err);
	*out = rows;
	return rc;
}

static const char sql_goal_update[] = "UPDATE goal SET number = :number, title = :title, area = :area, "
				      "description = :description WHERE id = :id";

int store_goal_update(struct store *st, const struct goal *g, struct err *err)
{
	struct stmt *s = q_prep(st, sql_goal_update, err);

	q_int(s, "number", g->number);
	q_text(s, "title", g->title);
	q_text(s, "area", goal_area_key(g->area));
	q_text(s, "description", g->description);
	q_int(s, "id", g->id);
	return q_exec_one(s, "ändra målet", err);
}

static const char sql_goal_delete[] = "DELETE FROM goal WHERE id = :id";

int store_goal_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_goal_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort målet", err);
}

/* A result goal's fields both the insert and the update set: no
 * intervention (all of them) and no target are NULL. */
static void bind_result_goal(struct stmt *s, const struct result_goal *r)
{
	q_text(s, "text", r->text);
	q_text(s, "follow_up", r->follow_up);
	q_text(s, "indicator", indicator_kind_key(r->indicator));
	if (r->intervention_id)
		q_int(s, "insats", r->intervention_id);
	else
		q_null(s, "insats");
	if (r->has_target)
		q_int(s, "target", r->target);
	else
		q_null(s, "target");
	q_int(s, "at_most", r->at_most);
	q_text(s, "unit", r->unit);
}

static const char sql_rg_add[] =
	"INSERT INTO result_goal (goal_id, number, text, follow_up, indicator, intervention_id, target, at_most, "
	"unit) VALUES (:goal, :number, :text, :follow_up, :indicator, :insats, :target, :at_most, :unit) "
	"RETURNING id";

int store_result_goal_add(struct store *st, struct result_goal *r, struct err *err)
{
	struct stmt *s = q_prep(st, sql_rg_add, err);

	q_int(s, "goal", r->goal_id);
	q_int(s, "number", r->number);
	bind_result_goal(s, r);
	return q_exec_id(s, &r->id, "spara resultatmålet", err);
}

static void fill_result_goal(struct stmt *s, void *row)
{
	struct result_goal *r = row;
	const char *ind = q_col_text(s, 5);
	enum indicator_kind k = IND_NONE;

	r->id = q_col_int(s, 0);
	r->goal_id = q_col_int(s, 1);
	r->number = (int)q_col_int(s, 2);
	q_col_copy(r->text, sizeof(r->text), s, 3);
	q_col_copy(r->follow_up, sizeof(r->follow_up), s, 4);
	indicator_kind_parse(ind ? ind : "", &k);
	r->indicator = k;
	r->intervention_id = q_col_int(s, 6);
	r->has_target = !q_col_null(s, 7);
	r->target = q_col_int(s, 7);
	r->at_most = (int)q_col_int(s, 8);
	q_col_copy(r->unit, sizeof(r->unit), s, 9);
}

static const char sql_rg_list[] =
	"SELECT r.id, r.goal_id, r.number, r.text, r.follow_up, r.indicator, coalesce(r.intervention_id, 0), "
	"r.target, r.at_most, r.unit FROM result_goal r JOIN goal g ON g.id = r.goal_id WHERE g.year = :year "
	"ORDER BY g.number, r.number";

int store_result_goal_list(struct store *st, int year, struct result_goal **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_rg_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_result_goal, &rows, n, "läsa resultatmålen", err);
	*out = rows;
	return rc;
}

static const char sql_rg_update[] =
	"UPDATE result_goal SET text = :text, follow_up = :follow_up, indicator = :indicator, "
	"intervention_id = :insats, target = :target, at_most = :at_most, unit = :unit WHERE id = :id";

int store_result_goal_update(struct store *st, const struct result_goal *r, struct err *err)
{
	struct stmt *s = q_prep(st, sql_rg_update, err);

	bind_result_goal(s, r);
	q_int(s, "id", r->id);
	return q_exec_one(s, "ändra resultatmålet", err);
}

static const char sql_rg_delete[] = "DELETE FROM result_goal WHERE id = :id";

int store_result_goal_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_rg_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort resultatmålet", err);
}

/* An assessment replaces the one of the same goal (or result goal), year
 * and period. */
static const char sql_as_del[] = "DELETE FROM assessment WHERE goal_id = :goal "
				 "AND coalesce(result_goal_id, 0) = :result_goal AND year = :year AND period = :period";
static const char sql_as_add[] =
	"INSERT INTO assessment (goal_id, result_goal_id, year, period, status, value, comment, updated_at) "
	"VALUES (:goal, :result_goal, :year, :period, :status, :value, :comment, :updated_at) RETURNING id";

int store_assessment_put(struct store *st, struct assessment *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_as_del, err);
	char stamp[32];

	if (!s)
		return -1;
	q_int(s, "goal", a->goal_id);
	q_int(s, "result_goal", a->result_goal_id);
	q_int(s, "year", a->year);
	q_text(s, "period", goal_period_key(a->period));
	if (q_exec(s, "ersätta bedömningen", err) < 0)
		return -1;
	s = q_prep(st, sql_as_add, err);
	if (!s)
		return -1;
	q_int(s, "goal", a->goal_id);
	if (a->result_goal_id)
		q_int(s, "result_goal", a->result_goal_id);
	else
		q_null(s, "result_goal");
	q_int(s, "year", a->year);
	q_text(s, "period", goal_period_key(a->period));
	q_text(s, "status", goal_status_key(a->status));
	if (a->has_value)
		q_int(s, "value", a->value);
	else
		q_null(s, "value");
	q_text(s, "comment", a->comment);
	q_text(s, "updated_at", q_utc_now(stamp, sizeof(stamp), STAMP_ISO_UTC));
	return q_exec_id(s, &a->id, "spara bedömningen", err);
}

static void fill_assessment(struct stmt *s, void *row)
{
	struct assessment *a = row;
	const char *period = q_col_text(s, 4), *status = q_col_text(s, 5);
	enum goal_period p = PERIOD_ANNUAL;
	enum goal_status st = GOAL_NOT_ASSESSED;

	a->id = q_col_int(s, 0);
	a->goal_id = q_col_int(s, 1);
	a->result_goal_id = q_col_int(s, 2);
	a->year = (int)q_col_int(s, 3);
	goal_period_parse(period ? period : "", &p);
	a->period = p;
	goal_status_parse(status ? status : "", &st);
	a->status = st;
	a->has_value = !q_col_null(s, 6);
	a->value = q_col_int(s, 6);
	q_col_copy(a->comment, sizeof(a->comment), s, 7);
}

static const char sql_as_list[] =
	"SELECT id, goal_id, coalesce(result_goal_id, 0), year, period, status, value, comment FROM assessment "
	"WHERE year = :year ORDER BY goal_id, coalesce(result_goal_id, 0), period";

int store_assessment_list(struct store *st, int year, struct assessment **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_as_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_assessment, &rows, n, "läsa bedömningarna", err);
	*out = rows;
	return rc;
}

static const char sql_as_delete[] = "DELETE FROM assessment WHERE id = :id";

int store_assessment_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_as_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort bedömningen", err);
}

static const char sql_text_delete[] = "DELETE FROM plan_text WHERE year = :year AND section = :section";

int store_text_delete(struct store *st, int year, const char *section, struct err *err)
{
	struct stmt *s = q_prep(st, sql_text_delete, err);

	q_int(s, "year", year);
	q_text(s, "section", section);
	return q_exec_one(s, "ta bort texten", err);
}
