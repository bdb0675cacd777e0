/*
 * years.c: the fiscal years the books are kept in (their dates, whether
 * they came from the books or were entered as a prior year, the file they
 * were read from), emptying a year's books before it is read again, and
 * the closed years: a row says the year's annual report was adopted on a
 * date; no row, the year is open.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/domain_int.h"
#include "store/engine.h"
#include "store/store.h"

static void fill_year(struct stmt *s, void *row)
{
	struct fiscal_year *fy = row;
	const char *origin = q_col_text(s, 3);

	fy->id = q_col_int(s, 0);
	fy->period.start = q_col_date(s, 1);
	fy->period.end = q_col_date(s, 2);
	fy->origin = origin && strcmp(origin, "prior") == 0 ? YEAR_PRIOR : YEAR_BOOKS;
	q_col_copy(fy->source, sizeof(fy->source), s, 4);
}

static const char sql_year_list[] =
	"SELECT id, start_date, end_date, origin, source FROM fiscal_year ORDER BY start_date";

int store_year_list(struct store *st, struct fiscal_year **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_year_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_year, &rows, n, "läsa räkenskapsåren", err);
	*out = rows;
	return rc;
}

/* The year as text: the dates are kept as "YYYY-MM-DD". */
static const char sql_year_get[] = "SELECT id, start_date, end_date, origin, source FROM fiscal_year "
				   "WHERE substr(end_date, 1, 4) = :year ORDER BY end_date DESC LIMIT 1";

int store_year_get(struct store *st, int label, struct fiscal_year *out, struct err *err)
{
	struct stmt *s;
	char y[8];
	int rc;

	if (kept_year_get(st, label, out, &rc))
		return rc;
	s = q_prep(st, sql_year_get, err);
	snprintf(y, sizeof(y), "%04d", label % 10000);
	q_text(s, "year", y);
	rc = q_read_one(s, sizeof(*out), fill_year, out, "läsa räkenskapsåret", err);
	kept_year_put(st, label, rc, out);
	return rc;
}

static const char sql_year_put[] = "INSERT INTO fiscal_year (start_date, end_date, origin, source) "
				   "VALUES (:start, :end, :origin, :source) ON CONFLICT (start_date, end_date) "
				   "DO UPDATE SET origin = excluded.origin, source = excluded.source RETURNING id";

int store_year_put(struct store *st, struct fiscal_year *fy, struct err *err)
{
	struct stmt *s = q_prep(st, sql_year_put, err);

	q_date(s, "start", fy->period.start);
	q_date(s, "end", fy->period.end);
	q_text(s, "origin", fy->origin == YEAR_PRIOR ? "prior" : "books");
	q_text(s, "source", fy->source);
	return q_exec_id(s, &fy->id, "spara räkenskapsåret", err);
}

static const char sql_clear_balance[] = "DELETE FROM balance WHERE year_id = :year";
static const char sql_clear_trans[] = "DELETE FROM trans WHERE year_id = :year";
static const char sql_clear_ver[] = "DELETE FROM verification WHERE year_id = :year";
static const char sql_clear_has_ver[] = "UPDATE fiscal_year SET has_verifications = 0 WHERE id = :year";
static const char sql_clear_turnover[] = "DELETE FROM turnover WHERE year_id = :year";
static const char sql_clear_obj_turnover[] = "DELETE FROM object_turnover WHERE year_id = :year";

int store_year_clear(struct store *st, int64_t year_id, struct err *err)
{
	static const char *const order[] = { sql_clear_balance, sql_clear_trans, sql_clear_ver, sql_clear_has_ver,
					     sql_clear_turnover, sql_clear_obj_turnover };
	size_t i;

	q_tx_note_set(st, 0);

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		struct stmt *s = q_prep(st, order[i], err);

		if (!s)
			return -1;
		q_int(s, "year", year_id);
		if (q_exec(s, "ta bort årets bokföring", err) < 0)
			return -1;
	}
	return 0;
}

static const char sql_closed_get[] = "SELECT adopted FROM closed_year WHERE year = :year";

int store_year_closed(struct store *st, int year, struct date *adopted, struct err *err)
{
	struct stmt *s = q_prep(st, sql_closed_get, err);
	int rc;

	q_int(s, "year", year);
	rc = q_step(s, "läsa de fastställda åren", err);
	if (rc <= 0)
		return rc < 0 ? -1 : STORE_NOT_FOUND;
	if (adopted)
		*adopted = q_col_date(s, 0);
	q_reset(s);
	return 0;
}

static const char sql_close[] = "INSERT INTO closed_year (year, adopted) VALUES (:year, :adopted) "
				"ON CONFLICT (year) DO UPDATE SET adopted = excluded.adopted";

int store_year_close(struct store *st, int year, struct date adopted, struct err *err)
{
	struct stmt *s = q_prep(st, sql_close, err);

	q_int(s, "year", year);
	q_date(s, "adopted", adopted);
	return q_exec(s, "fastställa året", err);
}

static const char sql_reopen[] = "DELETE FROM closed_year WHERE year = :year";

int store_year_reopen(struct store *st, int year, struct err *err)
{
	struct stmt *s = q_prep(st, sql_reopen, err);

	q_int(s, "year", year);
	return q_exec_one(s, "öppna året", err);
}

static void fill_closed(struct stmt *s, void *row)
{
	struct closed_year *c = row;

	c->year = (int)q_col_int(s, 0);
	c->adopted = q_col_date(s, 1);
}

static const char sql_closed_list[] = "SELECT year, adopted FROM closed_year ORDER BY year";

int store_year_closed_list(struct store *st, struct closed_year **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_closed_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_closed, &rows, n, "läsa de fastställda åren", err);
	*out = rows;
	return rc;
}
