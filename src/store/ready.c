/*
 * ready.c: the ready marks: an intervention's figures for a period of a
 * year marked ready, with who marked them and when. A row is a mark;
 * unmarking removes it (the audit log keeps the history).
 */
#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

static const char sql_set[] = "INSERT INTO ready_mark (intervention_id, year, period, marked_by, marked_at) "
			      "VALUES (:insats, :year, :period, :marked_by, :marked_at) ON CONFLICT DO NOTHING";

int store_ready_set(struct store *st, struct ready_mark *m, struct err *err)
{
	struct stmt *s = q_prep(st, sql_set, err);

	if (!s)
		return -1;
	q_utc_now(m->marked_at, sizeof(m->marked_at), STAMP_SQL);
	q_int(s, "insats", m->intervention_id);
	q_int(s, "year", m->year);
	q_text(s, "period", goal_period_key(m->period));
	q_text(s, "marked_by", m->marked_by);
	q_text(s, "marked_at", m->marked_at);
	if (q_exec(s, "klarmarkera", err) < 0)
		return -1;
	return q_changes(s) == 0 ? STORE_DUPLICATE : 0;
}

static const char sql_clear[] =
	"DELETE FROM ready_mark WHERE intervention_id = :insats AND year = :year AND period = :period";

int store_ready_clear(struct store *st, int64_t intervention_id, int year, enum goal_period period, struct err *err)
{
	struct stmt *s = q_prep(st, sql_clear, err);

	q_int(s, "insats", intervention_id);
	q_int(s, "year", year);
	q_text(s, "period", goal_period_key(period));
	return q_exec_one(s, "ta bort klarmarkeringen", err);
}

static const char sql_list[] = "SELECT intervention_id, year, period, marked_by, marked_at FROM ready_mark "
			       "WHERE :year = 0 OR year = :year ORDER BY year, intervention_id, period";

static void fill_mark(struct stmt *s, void *row)
{
	struct ready_mark *m = row;
	enum goal_period p = PERIOD_ANNUAL;

	m->intervention_id = q_col_int(s, 0);
	m->year = (int)q_col_int(s, 1);
	goal_period_parse(q_col_text(s, 2), &p);
	m->period = p;
	q_col_copy(m->marked_by, sizeof(m->marked_by), s, 3);
	q_col_copy(m->marked_at, sizeof(m->marked_at), s, 4);
}

int store_ready_list(struct store *st, int year, struct ready_mark **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_mark, &rows, n, "läsa klarmarkeringarna", err);
	*out = rows;
	return rc;
}
