/*
 * sqlite_ready.c: the ready marks: an intervention's figures for a period
 * of a year marked ready, with who marked them and when. A row is a mark;
 * unmarking removes it (the audit log keeps the history).
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static const char sql_set[] = "INSERT INTO ready_mark (intervention_id, year, period, marked_by, marked_at) "
			      "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING";

int store_ready_set(struct store *st, struct ready_mark *m, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_set, err);

	if (!s)
		return -1;
	sq_utc_now(m->marked_at, sizeof(m->marked_at), STAMP_SQL);
	sqlite3_bind_int64(s, 1, m->intervention_id);
	sqlite3_bind_int(s, 2, m->year);
	sq_bind_text(s, 3, goal_period_key(m->period));
	sq_bind_text(s, 4, m->marked_by);
	sq_bind_text(s, 5, m->marked_at);
	if (sq_exec_step(st, s, err, "klarmarkera") < 0)
		return -1;
	return sqlite3_changes(st->db) == 0 ? STORE_DUPLICATE : 0;
}

static const char sql_clear[] = "DELETE FROM ready_mark WHERE intervention_id = ?1 AND year = ?2 AND period = ?3";

int store_ready_clear(struct store *st, int64_t intervention_id, int year, enum goal_period period, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_clear, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, intervention_id);
	sqlite3_bind_int(s, 2, year);
	sq_bind_text(s, 3, goal_period_key(period));
	return sq_exec_one(st, s, "ta bort klarmarkeringen", err);
}

static const char sql_list[] = "SELECT intervention_id, year, period, marked_by, marked_at FROM ready_mark "
			       "WHERE ?1 = 0 OR year = ?1 ORDER BY year, intervention_id, period";

static void fill_mark(sqlite3_stmt *s, void *row)
{
	struct ready_mark *m = row;
	enum goal_period p = PERIOD_ANNUAL;

	m->intervention_id = sqlite3_column_int64(s, 0);
	m->year = sqlite3_column_int(s, 1);
	goal_period_parse(sq_col_text(s, 2), &p);
	m->period = p;
	sq_copy_col(m->marked_by, sizeof(m->marked_by), s, 3);
	sq_copy_col(m->marked_at, sizeof(m->marked_at), s, 4);
}

int store_ready_list(struct store *st, int year, struct ready_mark **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	return sq_read_rows(st, s, sizeof(**out), fill_mark, (void **)out, n, "läsa klarmarkeringarna", err);
}
