/*
 * sqlite_control.c: the internal control plan: the risks of each year's
 * analysis, the control actions, the plans adopted and the follow-ups.
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

/* A risk's number is its place in its year's analysis, by id. */
#define RISK_COLS                                                                                               \
	"id, year, area, text, probability, consequence, owner, "                                               \
	"(SELECT COUNT(*) FROM risk o WHERE o.year = risk.year AND o.id <= risk.id)"

static void fill_risk(sqlite3_stmt *s, void *row)
{
	struct risk *r = row;

	r->id = sqlite3_column_int64(s, 0);
	r->year = sqlite3_column_int(s, 1);
	sq_copy_col(r->area, sizeof(r->area), s, 2);
	sq_copy_col(r->text, sizeof(r->text), s, 3);
	r->probability = sqlite3_column_int(s, 4);
	r->consequence = sqlite3_column_int(s, 5);
	sq_copy_col(r->owner, sizeof(r->owner), s, 6);
	r->number = sqlite3_column_int(s, 7);
	r->score = control_score(r->probability, r->consequence);
}

static void bind_risk(sqlite3_stmt *s, const struct risk *r)
{
	sqlite3_bind_int(s, 2, r->year);
	sq_bind_text(s, 3, r->area);
	sq_bind_text(s, 4, r->text);
	sqlite3_bind_int(s, 5, r->probability);
	sqlite3_bind_int(s, 6, r->consequence);
	sq_bind_text(s, 7, r->owner);
}

int store_risk_add(struct store *st, struct risk *r, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "INSERT INTO risk (year, area, text, probability, consequence, owner) "
				      "VALUES (?2, ?3, ?4, ?5, ?6, ?7)", err);

	if (!s)
		return -1;
	bind_risk(s, r);
	if (sq_exec_step(st, s, err, "spara risken") < 0)
		return -1;
	r->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_risk_get(struct store *st, int64_t id, struct risk *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT " RISK_COLS " FROM risk WHERE id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_risk, out, "läsa risken", err);
}

int store_risk_list(struct store *st, int year, struct risk **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT " RISK_COLS " FROM risk WHERE year = ?1 ORDER BY id", err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	return sq_read_rows(st, s, sizeof(**out), fill_risk, (void **)out, n, "läsa riskerna", err);
}

int store_risk_update(struct store *st, const struct risk *r, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "UPDATE risk SET year = ?2, area = ?3, text = ?4, probability = ?5, "
				      "consequence = ?6, owner = ?7 WHERE id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, r->id);
	bind_risk(s, r);
	return sq_exec_one(st, s, "ändra risken", err);
}

int store_risk_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM risk WHERE id = ?1", id, "ta bort risken", err);
}

#define ACTION_COLS                                                                                             \
	"a.id, a.risk_id, a.what, a.frequency, a.owner, a.report_to, "                                          \
	"(SELECT COUNT(*) FROM risk o WHERE o.year = r.year AND o.id <= r.id)"

static void fill_action(sqlite3_stmt *s, void *row)
{
	struct control_action *a = row;

	a->id = sqlite3_column_int64(s, 0);
	a->risk_id = sqlite3_column_int64(s, 1);
	sq_copy_col(a->what, sizeof(a->what), s, 2);
	if (control_frequency_parse(sq_col_text(s, 3), &a->frequency) < 0)
		a->frequency = FREQ_YEARLY;
	sq_copy_col(a->owner, sizeof(a->owner), s, 4);
	sq_copy_col(a->report_to, sizeof(a->report_to), s, 5);
	a->risk_number = sqlite3_column_int(s, 6);
}

static void bind_action(sqlite3_stmt *s, const struct control_action *a)
{
	sqlite3_bind_int64(s, 2, a->risk_id);
	sq_bind_text(s, 3, a->what);
	sq_bind_text(s, 4, control_frequency_key(a->frequency));
	sq_bind_text(s, 5, a->owner);
	sq_bind_text(s, 6, a->report_to);
}

int store_control_action_add(struct store *st, struct control_action *a, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "INSERT INTO control_action (risk_id, what, frequency, owner, report_to) "
				      "VALUES (?2, ?3, ?4, ?5, ?6)", err);

	if (!s)
		return -1;
	bind_action(s, a);
	if (sq_exec_step(st, s, err, "spara kontrollmomentet") < 0)
		return -1;
	a->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_control_action_get(struct store *st, int64_t id, struct control_action *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT " ACTION_COLS " FROM control_action a JOIN risk r ON r.id = a.risk_id "
				      "WHERE a.id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_action, out, "läsa kontrollmomentet", err);
}

int store_control_action_list(struct store *st, int year, int64_t risk_id, struct control_action **out, size_t *n,
			      struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT " ACTION_COLS " FROM control_action a JOIN risk r ON r.id = a.risk_id "
				      "WHERE r.year = ?1 AND (?2 = 0 OR a.risk_id = ?2) ORDER BY r.id, a.id", err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int64(s, 2, risk_id);
	return sq_read_rows(st, s, sizeof(**out), fill_action, (void **)out, n, "läsa kontrollmomenten", err);
}

int store_control_action_update(struct store *st, const struct control_action *a, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "UPDATE control_action SET risk_id = ?2, what = ?3, frequency = ?4, "
				      "owner = ?5, report_to = ?6 WHERE id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, a->id);
	bind_action(s, a);
	return sq_exec_one(st, s, "ändra kontrollmomentet", err);
}

int store_control_action_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM control_action WHERE id = ?1", id, "ta bort kontrollmomentet", err);
}

/* The first column, an id (NULL: 0). */
static void fill_id(sqlite3_stmt *s, void *row)
{
	*(int64_t *)row = sqlite3_column_int64(s, 0);
}

int store_control_plan_get(struct store *st, int year, int64_t *meeting_id, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT meeting_id FROM control_plan WHERE year = ?1", err);

	*meeting_id = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	return sq_read_one(st, s, sizeof(*meeting_id), fill_id, meeting_id, "läsa internkontrollplanen", err);
}

int store_control_plan_set(struct store *st, int year, int64_t meeting_id, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "INSERT INTO control_plan (year, meeting_id) VALUES (?1, ?2) "
				      "ON CONFLICT (year) DO UPDATE SET meeting_id = excluded.meeting_id", err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	if (meeting_id)
		sqlite3_bind_int64(s, 2, meeting_id);
	else
		sqlite3_bind_null(s, 2);
	return sq_exec_step(st, s, err, "spara internkontrollplanen");
}

#define FOLLOWUP_COLS "f.id, f.action_id, f.meeting_id, f.period, m.date, f.result, f.comment, f.measure"

static void fill_followup(sqlite3_stmt *s, void *row)
{
	struct control_followup *f = row;

	f->id = sqlite3_column_int64(s, 0);
	f->action_id = sqlite3_column_int64(s, 1);
	f->meeting_id = sqlite3_column_int64(s, 2);
	f->period = sqlite3_column_int(s, 3);
	f->meeting_date = sq_col_date(s, 4);
	if (control_result_parse(sq_col_text(s, 5), &f->result) < 0)
		f->result = RESULT_DONE;
	sq_copy_col(f->comment, sizeof(f->comment), s, 6);
	sq_copy_col(f->measure, sizeof(f->measure), s, 7);
}

int store_control_followup_add(struct store *st, struct control_followup *f, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "INSERT INTO control_followup (action_id, period, meeting_id, result, comment, "
				      "measure) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, f->action_id);
	sqlite3_bind_int(s, 2, f->period);
	sqlite3_bind_int64(s, 3, f->meeting_id);
	sq_bind_text(s, 4, control_result_key(f->result));
	sq_bind_text(s, 5, f->comment);
	sq_bind_text(s, 6, f->measure);
	if (sq_exec_step(st, s, err, "spara uppföljningen") < 0)
		return -1;
	f->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_control_followup_get(struct store *st, int64_t id, struct control_followup *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT " FOLLOWUP_COLS " FROM control_followup f JOIN meeting m ON "
				      "m.id = f.meeting_id WHERE f.id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_followup, out, "läsa uppföljningen", err);
}

int store_control_followup_list(struct store *st, int year, int64_t action_id, struct control_followup **out,
				size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT " FOLLOWUP_COLS " FROM control_followup f JOIN meeting m ON "
				      "m.id = f.meeting_id JOIN control_action a ON a.id = f.action_id JOIN risk r ON "
				      "r.id = a.risk_id WHERE r.year = ?1 AND (?2 = 0 OR f.action_id = ?2) "
				      "ORDER BY r.id, a.id, f.period, m.date, f.id", err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int64(s, 2, action_id);
	return sq_read_rows(st, s, sizeof(**out), fill_followup, (void **)out, n, "läsa uppföljningarna", err);
}

int store_control_followup_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM control_followup WHERE id = ?1", id, "ta bort uppföljningen", err);
}

int store_control_meeting_uses(struct store *st, int64_t meeting_id, int64_t *count, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT (SELECT COUNT(*) FROM control_followup WHERE meeting_id = ?1) + "
				      "(SELECT COUNT(*) FROM control_plan WHERE meeting_id = ?1)", err);

	*count = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, meeting_id);
	return sq_read_one(st, s, sizeof(*count), fill_id, count, "läsa internkontrollens sammanträden", err) < 0
		       ? -1
		       : 0;
}
