/*
 * budget.c: the budgets, each year's in numbered versions of lines (their
 * kind, group, name, amount, and the accounts and objects they follow),
 * and the forecast's amounts set by hand per area of a year.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/domain_int.h"
#include "store/engine.h"
#include "store/store.h"

static const char sql_budget_latest[] = "SELECT coalesce(max(version), 0) FROM budget WHERE year = :year";

int store_budget_latest(struct store *st, int year, int *version, struct err *err)
{
	struct stmt *s;
	int64_t v = 0;

	if (kept_budget_latest_get(st, year, version))
		return 0;
	s = q_prep(st, sql_budget_latest, err);
	q_int(s, "year", year);
	if (q_exec_id(s, &v, "läsa budgeten", err) < 0)
		return -1;
	*version = (int)v;
	kept_budget_latest_put(st, year, *version);
	return 0;
}

static const char sql_budget_find[] = "SELECT id FROM budget WHERE year = :year AND version = :version";
static const char sql_budget_label[] = "UPDATE budget SET label = :label WHERE id = :id";
static const char sql_budget_clear[] = "DELETE FROM budget_line WHERE budget_id = :id";
static const char sql_budget_insert[] = "INSERT INTO budget (year, version, label, created_at) "
					"VALUES (:year, :version, :label, :created_at) RETURNING id";
static const char sql_budget_line_add[] =
	"INSERT INTO budget_line (budget_id, position, kind, grp, name, amount, accounts, objects) "
	"VALUES (:id, :position, :kind, :grp, :name, :amount, :accounts, :objects)";

/* The budget's id, a new one's lines not yet written, an old one's
 * label changed and its lines removed. */
static int budget_row(struct store *st, const struct budget *b, int64_t *id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_budget_find, err);
	char stamp[32];
	int rc;

	if (!s)
		return -1;
	q_int(s, "year", b->year);
	q_int(s, "version", b->version);
	rc = q_step(s, "läsa budgeten", err);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		s = q_prep(st, sql_budget_insert, err);
		if (!s)
			return -1;
		q_int(s, "year", b->year);
		q_int(s, "version", b->version);
		q_text(s, "label", b->label ? b->label : "");
		q_text(s, "created_at", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
		return q_exec_id(s, id, "spara budgeten", err);
	}
	*id = q_col_int(s, 0);
	q_reset(s);
	s = q_prep(st, sql_budget_label, err);
	if (!s)
		return -1;
	q_int(s, "id", *id);
	q_text(s, "label", b->label ? b->label : "");
	if (q_exec(s, "spara budgeten", err) < 0)
		return -1;
	s = q_prep(st, sql_budget_clear, err);
	if (!s)
		return -1;
	q_int(s, "id", *id);
	return q_exec(s, "spara budgeten", err);
}

int store_budget_put(struct store *st, const struct budget *b, struct err *err)
{
	int64_t id = 0;
	size_t i;

	if (budget_row(st, b, &id, err) < 0)
		return -1;
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];
		struct stmt *s = q_prep(st, sql_budget_line_add, err);

		if (!s)
			return -1;
		q_int(s, "id", id);
		q_int(s, "position", (int64_t)i);
		q_text(s, "kind", budget_kind_key(l->kind));
		q_text(s, "grp", l->group);
		q_text(s, "name", l->name);
		q_int(s, "amount", l->amount);
		q_text(s, "accounts", l->accounts);
		q_text(s, "objects", l->objects);
		if (q_exec(s, "spara budgetraden", err) < 0)
			return -1;
	}
	return 0;
}

static const char sql_budget_get[] =
	"SELECT id, version, label FROM budget WHERE year = :year AND version = :version";
static const char sql_budget_lines[] = "SELECT kind, grp, name, amount, accounts, objects FROM budget_line "
				       "WHERE budget_id = :id ORDER BY position";

int store_budget_get(struct store *st, int year, int version, struct budget *out, struct err *err)
{
	struct stmt *s;
	const char *label;
	int64_t id;
	int rc;

	if (version == 0) {
		if (store_budget_latest(st, year, &version, err) < 0)
			return -1;
		if (version == 0)
			return STORE_NOT_FOUND;
	}
	if (kept_budget_get(st, year, version, out))
		return 0;
	s = q_prep(st, sql_budget_get, err);
	if (!s)
		return -1;
	q_int(s, "year", year);
	q_int(s, "version", version);
	rc = q_step(s, "läsa budgeten", err);
	if (rc <= 0)
		return rc < 0 ? -1 : STORE_NOT_FOUND;
	budget_init(out, year);
	id = q_col_int(s, 0);
	out->version = (int)q_col_int(s, 1);
	label = q_col_text(s, 2);
	free(out->label);
	out->label = xstrdup(label ? label : "");
	q_reset(s);
	s = q_prep(st, sql_budget_lines, err);
	if (!s) {
		budget_release(out);
		return -1;
	}
	q_int(s, "id", id);
	while ((rc = q_step(s, "läsa budgetraderna", err)) > 0) {
		enum budget_kind k = BUDGET_COST;

		budget_kind_parse(q_col_text(s, 0), &k);
		budget_add(out, k, q_col_text(s, 1), q_col_text(s, 2), q_col_int(s, 3), q_col_text(s, 4));
		budget_line_objects(&out->lines[out->n - 1], q_col_text(s, 5));
	}
	if (rc < 0) {
		budget_release(out);
		return -1;
	}
	kept_budget_put(st, out);
	return 0;
}

static const char sql_budget_years[] = "SELECT DISTINCT year FROM budget ORDER BY year";

static void fill_year(struct stmt *s, void *row)
{
	*(int *)row = (int)q_col_int(s, 0);
}

int store_budget_years(struct store *st, int **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_budget_years, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_year, &rows, n, "läsa budgetåren", err);
	*out = rows;
	return rc;
}

static const char sql_forecast_put[] = "INSERT INTO forecast (year, area, amount, comment) "
				       "VALUES (:year, :area, :amount, :comment) ON CONFLICT (year, area) "
				       "DO UPDATE SET amount = excluded.amount, comment = excluded.comment";

int store_forecast_put(struct store *st, int year, const char *area, int64_t amount, const char *comment,
		       struct err *err)
{
	struct stmt *s = q_prep(st, sql_forecast_put, err);

	q_int(s, "year", year);
	q_text(s, "area", area);
	q_int(s, "amount", amount);
	q_text(s, "comment", comment ? comment : "");
	return q_exec(s, "spara prognosen", err);
}

static const char sql_forecast_delete[] = "DELETE FROM forecast WHERE year = :year AND area = :area";

int store_forecast_delete(struct store *st, int year, const char *area, struct err *err)
{
	struct stmt *s = q_prep(st, sql_forecast_delete, err);

	q_int(s, "year", year);
	q_text(s, "area", area);
	return q_exec(s, "ta bort prognosen", err);
}

static void fill_forecast(struct stmt *s, void *row)
{
	struct forecast_override *f = row;

	q_col_copy(f->area, sizeof(f->area), s, 0);
	f->amount = q_col_int(s, 1);
	q_col_copy(f->comment, sizeof(f->comment), s, 2);
}

static const char sql_forecast_list[] =
	"SELECT area, amount, comment FROM forecast WHERE year = :year ORDER BY area";

int store_forecast_list(struct store *st, int year, struct forecast_override **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_forecast_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_forecast, &rows, n, "läsa prognoserna", err);
	*out = rows;
	return rc;
}
