/*
 * documents.c: what the annual report says beyond the books: an
 * intervention's status and results in a year, earlier years' key figures
 * (history) and the förbund's staff per year. Each is one row per year
 * (and intervention), put whole and removed whole; and the dates the
 * documents were adopted, and the attachments filed with a year.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine.h"
#include "store/store.h"

/* ---- an intervention's year ---- */

static const char sql_iy_put[] =
	"INSERT INTO intervention_year (intervention_id, year, status, results) "
	"VALUES (:intervention, :year, :status, :results) "
	"ON CONFLICT (intervention_id, year) DO UPDATE SET status = excluded.status, results = excluded.results";
static const char sql_iy_delete[] = "DELETE FROM intervention_year WHERE intervention_id = :intervention AND year = :year";

int store_intervention_year_put(struct store *st, const struct intervention_year *y, struct err *err)
{
	int empty = y->status == IV_STATUS_AUTO && (!y->results || !*y->results);
	struct stmt *s = q_prep(st, empty ? sql_iy_delete : sql_iy_put, err);

	q_int(s, "intervention", y->intervention_id);
	q_int(s, "year", y->year);
	if (!empty) {
		q_text(s, "status", intervention_status_key(y->status));
		q_text(s, "results", y->results ? y->results : "");
	}
	return q_exec(s, "spara insatsens år", err);
}

static void fill_iy(struct stmt *s, void *row)
{
	struct intervention_year *y = row;
	const char *status = q_col_text(s, 2), *results = q_col_text(s, 3);

	y->intervention_id = q_col_int(s, 0);
	y->year = (int)q_col_int(s, 1);
	if (!status || intervention_status_parse(status, &y->status) < 0)
		y->status = IV_STATUS_AUTO;
	y->results = xstrdup(results ? results : "");
}

static const char sql_iy_list[] = "SELECT intervention_id, year, status, results FROM intervention_year "
				  "WHERE (:year = 0 OR year = :year) "
				  "AND (:intervention = 0 OR intervention_id = :intervention) "
				  "ORDER BY year, intervention_id";

int store_intervention_year_list(struct store *st, int year, int64_t intervention_id, struct intervention_year **out,
				 size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_iy_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	q_int(s, "intervention", intervention_id);
	rc = q_read_rows(s, sizeof(**out), fill_iy, &rows, n, "läsa insatsernas år", err);
	*out = rows;
	return rc;
}

/* ---- earlier years' key figures ---- */

static const char sql_hist_put[] =
	"INSERT INTO history (year, revenue, costs, result, equity, women, men, employees, source) "
	"VALUES (:year, :revenue, :costs, :result, :equity, :women, :men, :employees, :source) "
	"ON CONFLICT (year) DO UPDATE SET revenue = excluded.revenue, "
	"costs = excluded.costs, result = excluded.result, equity = excluded.equity, women = excluded.women, "
	"men = excluded.men, employees = excluded.employees, source = excluded.source";

/* The parameters of the columns, in the order of enum history_field. */
static const char *const hist_params[HIST__MAX] = {
	"revenue", "costs", "result", "equity", "women", "men", "employees",
};

int store_history_put(struct store *st, const struct history_year *h, struct err *err)
{
	struct stmt *s = q_prep(st, sql_hist_put, err);
	int f;

	q_int(s, "year", h->year);
	for (f = 0; f < HIST__MAX; f++) {
		if (h->known & (1u << f))
			q_int(s, hist_params[f], h->v[f]);
		else
			q_null(s, hist_params[f]);
	}
	q_text(s, "source", h->source);
	return q_exec(s, "spara årets nyckeltal", err);
}

static const char sql_hist_delete[] = "DELETE FROM history WHERE year = :year";

int store_history_delete(struct store *st, int year, struct err *err)
{
	struct stmt *s = q_prep(st, sql_hist_delete, err);

	q_int(s, "year", year);
	return q_exec_one(s, "ta bort årets nyckeltal", err);
}

static void fill_hist(struct stmt *s, void *row)
{
	struct history_year *h = row;
	int f;

	h->year = (int)q_col_int(s, 0);
	for (f = 0; f < HIST__MAX; f++) {
		if (q_col_null(s, 1 + f))
			continue;
		h->v[f] = q_col_int(s, 1 + f);
		h->known |= 1u << f;
	}
	q_col_copy(h->source, sizeof(h->source), s, 1 + HIST__MAX);
}

static const char sql_hist_list[] = "SELECT year, revenue, costs, result, equity, women, men, employees, source "
				    "FROM history WHERE :year = 0 OR year = :year ORDER BY year";

int store_history_list(struct store *st, int year, struct history_year **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_hist_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_hist, &rows, n, "läsa tidigare års nyckeltal", err);
	*out = rows;
	return rc;
}

/* ---- the staff ---- */

static const char sql_staff_put[] =
	"INSERT INTO staff (year, employees, own_posts, funded_posts, sick_leave, note) "
	"VALUES (:year, :employees, :own_posts, :funded_posts, :sick_leave, :note) "
	"ON CONFLICT (year) DO UPDATE SET employees = excluded.employees, own_posts = excluded.own_posts, "
	"funded_posts = excluded.funded_posts, sick_leave = excluded.sick_leave, note = excluded.note";

int store_staff_put(struct store *st, const struct staff_year *y, struct err *err)
{
	struct stmt *s = q_prep(st, sql_staff_put, err);

	q_int(s, "year", y->year);
	q_int(s, "employees", y->employees);
	q_int(s, "own_posts", y->own_posts);
	q_int(s, "funded_posts", y->funded_posts);
	if (y->has_sick_leave)
		q_int(s, "sick_leave", y->sick_leave);
	else
		q_null(s, "sick_leave");
	q_text(s, "note", y->note);
	return q_exec(s, "spara personalen", err);
}

static const char sql_staff_delete[] = "DELETE FROM staff WHERE year = :year";

int store_staff_delete(struct store *st, int year, struct err *err)
{
	struct stmt *s = q_prep(st, sql_staff_delete, err);

	q_int(s, "year", year);
	return q_exec_one(s, "ta bort personalen", err);
}

static void fill_staff(struct stmt *s, void *row)
{
	struct staff_year *y = row;

	y->year = (int)q_col_int(s, 0);
	y->employees = q_col_int(s, 1);
	y->own_posts = q_col_int(s, 2);
	y->funded_posts = q_col_int(s, 3);
	y->has_sick_leave = !q_col_null(s, 4);
	y->sick_leave = q_col_int(s, 4);
	q_col_copy(y->note, sizeof(y->note), s, 5);
}

static const char sql_staff_list[] = "SELECT year, employees, own_posts, funded_posts, sick_leave, note FROM staff "
				     "WHERE :year = 0 OR year = :year ORDER BY year";

int store_staff_list(struct store *st, int year, struct staff_year **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_staff_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_staff, &rows, n, "läsa personalen", err);
	*out = rows;
	return rc;
}

/* ---- adoptions ---- */

static const char sql_adopt_put[] = "INSERT INTO adoption (document, year, date) VALUES (:document, :year, :date) "
				    "ON CONFLICT (document, year) DO UPDATE SET date = excluded.date";

int store_adoption_put(struct store *st, const char *document, int year, struct date date, struct err *err)
{
	struct stmt *s = q_prep(st, sql_adopt_put, err);

	q_text(s, "document", document);
	q_int(s, "year", year);
	q_date(s, "date", date);
	return q_exec(s, "spara beslutsdatumet", err);
}

static const char sql_adopt_get[] = "SELECT date FROM adoption WHERE document = :document AND year = :year";

static void fill_date(struct stmt *s, void *row)
{
	*(struct date *)row = q_col_date(s, 0);
}

int store_adoption_get(struct store *st, const char *document, int year, struct date *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_adopt_get, err);

	memset(out, 0, sizeof(*out));
	q_text(s, "document", document);
	q_int(s, "year", year);
	return q_read_one(s, sizeof(*out), fill_date, out, "läsa beslutsdatumet", err);
}

static const char sql_adopt_delete[] = "DELETE FROM adoption WHERE document = :document AND year = :year";

int store_adoption_delete(struct store *st, const char *document, int year, struct err *err)
{
	struct stmt *s = q_prep(st, sql_adopt_delete, err);

	q_text(s, "document", document);
	q_int(s, "year", year);
	return q_exec_one(s, "ta bort beslutsdatumet", err);
}

/* ---- attachments ---- */

static const char sql_att_put[] = "INSERT INTO attachment (year, kind, name, data, added_at) "
				  "VALUES (:year, :kind, :name, :data, :added_at) "
				  "ON CONFLICT (year, kind) DO UPDATE SET name = excluded.name, data = excluded.data, "
				  "added_at = excluded.added_at";

int store_attachment_put(struct store *st, int year, const char *kind, const char *name, const void *data, size_t n,
			 struct err *err)
{
	struct stmt *s = q_prep(st, sql_att_put, err);
	char now[32];

	q_int(s, "year", year);
	q_text(s, "kind", kind);
	q_text(s, "name", name);
	q_blob(s, "data", data, n);
	q_text(s, "added_at", q_utc_now(now, sizeof(now), STAMP_SQL));
	return q_exec(s, "spara bilagan", err);
}

static const char sql_att_get[] = "SELECT name, data FROM attachment WHERE year = :year AND kind = :kind";

int store_attachment_get(struct store *st, int year, const char *kind, char **name, void **data, size_t *n,
			 struct err *err)
{
	struct stmt *s = q_prep(st, sql_att_get, err);
	const char *text;
	const void *blob;
	int rc;

	*name = NULL;
	*data = NULL;
	*n = 0;
	q_int(s, "year", year);
	q_text(s, "kind", kind);
	rc = q_step(s, "läsa bilagan", err);
	if (rc <= 0)
		return rc < 0 ? -1 : STORE_NOT_FOUND;
	blob = q_col_blob(s, 1, n);
	*data = xmalloc(*n ? *n : 1);
	if (*n)
		memcpy(*data, blob, *n);
	text = q_col_text(s, 0);
	*name = xstrdup(text ? text : "");
	q_reset(s);
	return 0;
}

static const char sql_att_delete[] = "DELETE FROM attachment WHERE year = :year AND kind = :kind";

int store_attachment_delete(struct store *st, int year, const char *kind, struct err *err)
{
	struct stmt *s = q_prep(st, sql_att_delete, err);

	q_int(s, "year", year);
	q_text(s, "kind", kind);
	return q_exec_one(s, "ta bort bilagan", err);
}
