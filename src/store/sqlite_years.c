/*
 * sqlite_years.c: closed years. A row says the year's annual report was
 * adopted on a date; no row, the year is open.
 */
#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static const char sql_get[] = "SELECT adopted FROM closed_year WHERE year = ?1";

int store_year_closed(struct store *st, int year, struct date *adopted, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_get, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		if (adopted)
			*adopted = sq_col_date(s, 0);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "läsa de fastställda åren");
	return STORE_NOT_FOUND;
}

static const char sql_close[] = "INSERT INTO closed_year (year, adopted) VALUES (?1, ?2) "
				"ON CONFLICT (year) DO UPDATE SET adopted = excluded.adopted";

int store_year_close(struct store *st, int year, struct date adopted, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_close, err);
	char d[11];

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_date(s, 2, adopted, d);
	return sq_exec_step(st, s, err, "fastställa året");
}

int store_year_reopen(struct store *st, int year, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM closed_year WHERE year = ?1", year, "öppna året", err);
}

static const char sql_list[] = "SELECT year, adopted FROM closed_year ORDER BY year";

static void fill_closed(sqlite3_stmt *s, void *row)
{
	struct closed_year *c = row;

	c->year = sqlite3_column_int(s, 0);
	c->adopted = sq_col_date(s, 1);
}

int store_year_closed_list(struct store *st, struct closed_year **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	return sq_read_rows(st, s, sizeof(**out), fill_closed, (void **)out, n, "läsa de fastställda åren", err);
}
