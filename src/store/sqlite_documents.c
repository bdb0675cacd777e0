/*
 * sqlite_documents.c: what the annual report says beyond the books: an
 * intervention's status and results in a year, earlier years' key figures
 * (history) and the förbund's staff per year. Each is one row per year
 * (and intervention), put whole and removed whole.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/sqlite_int.h"
#include "store/store.h"

/* ---- an intervention's year ---- */

static const char sql_iy_put[] =
	"INSERT INTO intervention_year (intervention_id, year, status, results) VALUES (?1, ?2, ?3, ?4) "
	"ON CONFLICT (intervention_id, year) DO UPDATE SET status = excluded.status, results = excluded.results";
static const char sql_iy_delete[] = "DELETE FROM intervention_year WHERE intervention_id = ?1 AND year = ?2";

int store_intervention_year_put(struct store *st, const struct intervention_year *y, struct err *err)
{
	int empty = y->status == IV_STATUS_AUTO && (!y->results || !*y->results);
	sqlite3_stmt *s = sq_stmt(st, empty ? sql_iy_delete : sql_iy_put, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, y->intervention_id);
	sqlite3_bind_int(s, 2, y->year);
	if (!empty) {
		sq_bind_text(s, 3, intervention_status_key(y->status));
		sq_bind_text(s, 4, y->results ? y->results : "");
	}
	return sq_exec_step(st, s, err, "spara insatsens år");
}

static void fill_iy(sqlite3_stmt *s, void *row)
{
	struct intervention_year *y = row;
	const char *status = sq_col_text(s, 2), *results = sq_col_text(s, 3);

	y->intervention_id = sqlite3_column_int64(s, 0);
	y->year = sqlite3_column_int(s, 1);
	if (!status || intervention_status_parse(status, &y->status) < 0)
		y->status = IV_STATUS_AUTO;
	y->results = xstrdup(results ? results : "");
}

static const char sql_iy_list[] = "SELECT intervention_id, year, status, results FROM intervention_year "
				  "WHERE (?1 = 0 OR year = ?1) AND (?2 = 0 OR intervention_id = ?2) "
				  "ORDER BY year, intervention_id";

int store_intervention_year_list(struct store *st, int year, int64_t intervention_id, struct intervention_year **out,
				 size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_iy_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int64(s, 2, intervention_id);
	return sq_read_rows(st, s, sizeof(**out), fill_iy, (void **)out, n, "läsa insatsernas år", err);
}

/* ---- earlier years' key figures ---- */

static const char sql_hist_put[] =
	"INSERT INTO history (year, revenue, costs, result, equity, women, men, employees, source) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (year) DO UPDATE SET revenue = excluded.revenue, "
	"costs = excluded.costs, result = excluded.result, equity = excluded.equity, women = excluded.women, "
	"men = excluded.men, employees = excluded.employees, source = excluded.source";

int store_history_put(struct store *st, const struct history_year *h, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_hist_put, err);
	int f;

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, h->year);
	/* the columns in the order of enum history_field */
	for (f = 0; f < HIST__MAX; f++) {
		if (h->known & (1u << f))
			sqlite3_bind_int64(s, 2 + f, h->v[f]);
		else
			sqlite3_bind_null(s, 2 + f);
	}
	sq_bind_text(s, 2 + HIST__MAX, h->source);
	return sq_exec_step(st, s, err, "spara årets nyckeltal");
}

int store_history_delete(struct store *st, int year, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM history WHERE year = ?1", year, "ta bort årets nyckeltal", err);
}

static void fill_hist(sqlite3_stmt *s, void *row)
{
	struct history_year *h = row;
	int f;

	h->year = sqlite3_column_int(s, 0);
	for (f = 0; f < HIST__MAX; f++) {
		if (sqlite3_column_type(s, 1 + f) == SQLITE_NULL)
			continue;
		h->v[f] = sqlite3_column_int64(s, 1 + f);
		h->known |= 1u << f;
	}
	sq_copy_col(h->source, sizeof(h->source), s, 1 + HIST__MAX);
}

static const char sql_hist_list[] = "SELECT year, revenue, costs, result, equity, women, men, employees, source "
				    "FROM history WHERE ?1 = 0 OR year = ?1 ORDER BY year";

int store_history_list(struct store *st, int year, struct history_year **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_hist_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	return sq_read_rows(st, s, sizeof(**out), fill_hist, (void **)out, n, "läsa tidigare års nyckeltal", err);
}

/* ---- the staff ---- */

static const char sql_staff_put[] =
	"INSERT INTO staff (year, employees, own_posts, funded_posts, sick_leave, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
	"ON CONFLICT (year) DO UPDATE SET employees = excluded.employees, own_posts = excluded.own_posts, "
	"funded_posts = excluded.funded_posts, sick_leave = excluded.sick_leave, note = excluded.note";

int store_staff_put(struct store *st, const struct staff_year *y, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_staff_put, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, y->year);
	sqlite3_bind_int64(s, 2, y->employees);
	sqlite3_bind_int64(s, 3, y->own_posts);
	sqlite3_bind_int64(s, 4, y->funded_posts);
	if (y->has_sick_leave)
		sqlite3_bind_int64(s, 5, y->sick_leave);
	else
		sqlite3_bind_null(s, 5);
	sq_bind_text(s, 6, y->note);
	return sq_exec_step(st, s, err, "spara personalen");
}

int store_staff_delete(struct store *st, int year, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM staff WHERE year = ?1", year, "ta bort personalen", err);
}

static void fill_staff(sqlite3_stmt *s, void *row)
{
	struct staff_year *y = row;

	y->year = sqlite3_column_int(s, 0);
	y->employees = sqlite3_column_int64(s, 1);
	y->own_posts = sqlite3_column_int64(s, 2);
	y->funded_posts = sqlite3_column_int64(s, 3);
	y->has_sick_leave = sqlite3_column_type(s, 4) != SQLITE_NULL;
	y->sick_leave = sqlite3_column_int64(s, 4);
	sq_copy_col(y->note, sizeof(y->note), s, 5);
}

static const char sql_staff_list[] = "SELECT year, employees, own_posts, funded_posts, sick_leave, note FROM staff "
				     "WHERE ?1 = 0 OR year = ?1 ORDER BY year";

int store_staff_list(struct store *st, int year, struct staff_year **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_staff_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	return sq_read_rows(st, s, sizeof(**out), fill_staff, (void **)out, n, "läsa personalen", err);
}

/* ---- adoptions ---- */

static const char sql_adopt_put[] = "INSERT INTO adoption (document, year, date) VALUES (?1, ?2, ?3) "
				    "ON CONFLICT (document, year) DO UPDATE SET date = excluded.date";
static const char sql_adopt_get[] = "SELECT date FROM adoption WHERE document = ?1 AND year = ?2";
static const char sql_adopt_delete[] = "DELETE FROM adoption WHERE document = ?1 AND year = ?2";

int store_adoption_put(struct store *st, const char *document, int year, struct date date, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_adopt_put, err);
	char d[11];

	if (!s)
		return -1;
	sq_bind_text(s, 1, document);
	sqlite3_bind_int(s, 2, year);
	sq_bind_date(s, 3, date, d);
	return sq_exec_step(st, s, err, "spara beslutsdatumet");
}

int store_adoption_get(struct store *st, const char *document, int year, struct date *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_adopt_get, err);
	int rc;

	memset(out, 0, sizeof(*out));
	if (!s)
		return -1;
	sq_bind_text(s, 1, document);
	sqlite3_bind_int(s, 2, year);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sq_col_date(s, 0);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa beslutsdatumet");
}

int store_adoption_delete(struct store *st, const char *document, int year, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_adopt_delete, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, document);
	sqlite3_bind_int(s, 2, year);
	return sq_exec_one(st, s, "ta bort beslutsdatumet", err);
}

/* ---- attachments ---- */

static const char sql_att_put[] = "INSERT INTO attachment (year, kind, name, data, added_at) VALUES (?1, ?2, ?3, ?4, ?5) "
				  "ON CONFLICT (year, kind) DO UPDATE SET name = excluded.name, data = excluded.data, "
				  "added_at = excluded.added_at";
static const char sql_att_get[] = "SELECT name, data FROM attachment WHERE year = ?1 AND kind = ?2";
static const char sql_att_delete[] = "DELETE FROM attachment WHERE year = ?1 AND kind = ?2";

int store_attachment_put(struct store *st, int year, const char *kind, const char *name, const void *data, size_t n,
			 struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_att_put, err);
	char now[32];

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, kind);
	sq_bind_text(s, 3, name);
	sqlite3_bind_blob64(s, 4, data, n, SQLITE_STATIC);
	sq_bind_text(s, 5, sq_utc_now(now, sizeof(now), STAMP_SQL));
	return sq_exec_step(st, s, err, "spara bilagan");
}

int store_attachment_get(struct store *st, int year, const char *kind, char **name, void **data, size_t *n,
			 struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_att_get, err);
	int rc;

	*name = NULL;
	*data = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, kind);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const void *blob = sqlite3_column_blob(s, 1);

		*n = (size_t)sqlite3_column_bytes(s, 1);
		*data = xmalloc(*n ? *n : 1);
		if (*n)
			memcpy(*data, blob, *n);
		*name = xstrdup(sq_col_text(s, 0) ? sq_col_text(s, 0) : "");
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa bilagan");
}

int store_attachment_delete(struct store *st, int year, const char *kind, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_att_delete, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, kind);
	return sq_exec_one(st, s, "ta bort bilagan", err);
}
