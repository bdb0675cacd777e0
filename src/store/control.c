/*
 * control.c: the internal control plan: the risks of each year's
 * analysis, the control actions, the plans adopted and the follow-ups.
 */
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

/* A risk's number is its place in its year's analysis, by id. */
#define RISK_COLS                                                                                               \
	"id, year, area, text, probability, consequence, owner, "                                               \
	"(SELECT COUNT(*) FROM risk o WHERE o.year = risk.year AND o.id <= risk.id)"

static void fill_risk(struct stmt *s, void *row)
{
	struct risk *r = row;

	r->id = q_col_int(s, 0);
	r->year = (int)q_col_int(s, 1);
	q_col_copy(r->area, sizeof(r->area), s, 2);
	q_col_copy(r->text, sizeof(r->text), s, 3);
	r->probability = (int)q_col_int(s, 4);
	r->consequence = (int)q_col_int(s, 5);
	q_col_copy(r->owner, sizeof(r->owner), s, 6);
	r->number = (int)q_col_int(s, 7);
	r->score = control_score(r->probability, r->consequence);
}

/* The columns after the id. */
static void bind_risk(struct stmt *s, const struct risk *r)
{
	q_int(s, "year", r->year);
	q_text(s, "area", r->area);
	q_text(s, "text", r->text);
	q_int(s, "probability", r->probability);
	q_int(s, "consequence", r->consequence);
	q_text(s, "owner", r->owner);
}

static const char sql_risk_add[] = "INSERT INTO risk (year, area, text, probability, consequence, owner) "
				   "VALUES (:year, :area, :text, :probability, :consequence, :owner) RETURNING id";

int store_risk_add(struct store *st, struct risk *r, struct err *err)
{
	struct stmt *s = q_prep(st, sql_risk_add, err);

	bind_risk(s, r);
	return q_exec_id(s, &r->id, "spara risken", err);
}

static const char sql_risk_get[] = "SELECT " RISK_COLS " FROM risk WHERE id = :id";

int store_risk_get(struct store *st, int64_t id, struct risk *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_risk_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_risk, out, "läsa risken", err);
}

static const char sql_risk_list[] = "SELECT " RISK_COLS " FROM risk WHERE year = :year ORDER BY id";

int store_risk_list(struct store *st, int year, struct risk **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_risk_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_risk, &rows, n, "läsa riskerna", err);
	*out = rows;
	return rc;
}

static const char sql_risk_update[] = "UPDATE risk SET year = :year, area = :area, text = :text, "
				      "probability = :probability, consequence = :consequence, owner = :owner "
				      "WHERE id = :id";

int store_risk_update(struct store *st, const struct risk *r, struct err *err)
{
	struct stmt *s = q_prep(st, sql_risk_update, err);

	q_int(s, "id", r->id);
	bind_risk(s, r);
	return q_exec_one(s, "ändra risken", err);
}

static const char sql_risk_delete[] = "DELETE FROM risk WHERE id = :id";

int store_risk_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_risk_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort risken", err);
}

#define ACTION_COLS                                                                                             \
	"a.id, a.risk_id, a.what, a.frequency, a.owner, a.report_to, "                                          \
	"(SELECT COUNT(*) FROM risk o WHERE o.year = r.year AND o.id <= r.id)"

static void fill_action(struct stmt *s, void *row)
{
	struct control_action *a = row;

	a->id = q_col_int(s, 0);
	a->risk_id = q_col_int(s, 1);
	q_col_copy(a->what, sizeof(a->what), s, 2);
	if (control_frequency_parse(q_col_text(s, 3), &a->frequency) < 0)
		a->frequency = FREQ_YEARLY;
	q_col_copy(a->owner, sizeof(a->owner), s, 4);
	q_col_copy(a->report_to, sizeof(a->report_to), s, 5);
	a->risk_number = (int)q_col_int(s, 6);
}

/* The columns after the id. */
static void bind_action(struct stmt *s, const struct control_action *a)
{
	q_int(s, "risk", a->risk_id);
	q_text(s, "what", a->what);
	q_text(s, "frequency", control_frequency_key(a->frequency));
	q_text(s, "owner", a->owner);
	q_text(s, "report_to", a->report_to);
}

static const char sql_action_add[] = "INSERT INTO control_action (risk_id, what, frequency, owner, report_to) "
				     "VALUES (:risk, :what, :frequency, :owner, :report_to) RETURNING id";

int store_control_action_add(struct store *st, struct control_action *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_action_add, err);

	bind_action(s, a);
	return q_exec_id(s, &a->id, "spara kontrollmomentet", err);
}

static const char sql_action_get[] =
	"SELECT " ACTION_COLS " FROM control_action a JOIN risk r ON r.id = a.risk_id WHERE a.id = :id";

int store_control_action_get(struct store *st, int64_t id, struct control_action *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_action_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_action, out, "läsa kontrollmomentet", err);
}

static const char sql_action_list[] = "SELECT " ACTION_COLS " FROM control_action a JOIN risk r ON r.id = a.risk_id "
				      "WHERE r.year = :year AND (:risk = 0 OR a.risk_id = :risk) ORDER BY r.id, a.id";

int store_control_action_list(struct store *st, int year, int64_t risk_id, struct control_action **out, size_t *n,
			      struct err *err)
{
	struct stmt *s = q_prep(st, sql_action_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	q_int(s, "risk", risk_id);
	rc = q_read_rows(s, sizeof(**out), fill_action, &rows, n, "läsa kontrollmomenten", err);
	*out = rows;
	return rc;
}

static const char sql_action_update[] = "UPDATE control_action SET risk_id = :risk, what = :what, "
					"frequency = :frequency, owner = :owner, report_to = :report_to WHERE id = :id";

int store_control_action_update(struct store *st, const struct control_action *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_action_update, err);

	q_int(s, "id", a->id);
	bind_action(s, a);
	return q_exec_one(s, "ändra kontrollmomentet", err);
}

static const char sql_action_delete[] = "DELETE FROM control_action WHERE id = :id";

int store_control_action_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_action_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort kontrollmomentet", err);
}

/* The first column, an id (NULL: 0). */
static void fill_id(struct stmt *s, void *row)
{
	*(int64_t *)row = q_col_int(s, 0);
}

static const char sql_plan_get[] = "SELECT meeting_id FROM control_plan WHERE year = :year";

int store_control_plan_get(struct store *st, int year, int64_t *meeting_id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_plan_get, err);

	*meeting_id = 0;
	q_int(s, "year", year);
	return q_read_one(s, sizeof(*meeting_id), fill_id, meeting_id, "läsa internkontrollplanen", err);
}

static const char sql_plan_set[] = "INSERT INTO control_plan (year, meeting_id) VALUES (:year, :meeting) "
				   "ON CONFLICT (year) DO UPDATE SET meeting_id = excluded.meeting_id";

int store_control_plan_set(struct store *st, int year, int64_t meeting_id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_plan_set, err);

	q_int(s, "year", year);
	if (meeting_id)
		q_int(s, "meeting", meeting_id);
	else
		q_null(s, "meeting");
	return q_exec(s, "spara internkontrollplanen", err);
}

#define FOLLOWUP_COLS "f.id, f.action_id, f.meeting_id, f.period, m.date, f.result, f.comment, f.measure"

static void fill_followup(struct stmt *s, void *row)
{
	struct control_followup *f = row;

	f->id = q_col_int(s, 0);
	f->action_id = q_col_int(s, 1);
	f->meeting_id = q_col_int(s, 2);
	f->period = (int)q_col_int(s, 3);
	f->meeting_date = q_col_date(s, 4);
	if (control_result_parse(q_col_text(s, 5), &f->result) < 0)
		f->result = RESULT_DONE;
	q_col_copy(f->comment, sizeof(f->comment), s, 6);
	q_col_copy(f->measure, sizeof(f->measure), s, 7);
}

static const char sql_followup_add[] =
	"INSERT INTO control_followup (action_id, period, meeting_id, result, comment, measure) "
	"VALUES (:action, :period, :meeting, :result, :comment, :measure) RETURNING id";

int store_control_followup_add(struct store *st, struct control_followup *f, struct err *err)
{
	struct stmt *s = q_prep(st, sql_followup_add, err);

	q_int(s, "action", f->action_id);
	q_int(s, "period", f->period);
	q_int(s, "meeting", f->meeting_id);
	q_text(s, "result", control_result_key(f->result));
	q_text(s, "comment", f->comment);
	q_text(s, "measure", f->measure);
	return q_exec_id(s, &f->id, "spara uppföljningen", err);
}

static const char sql_followup_get[] = "SELECT " FOLLOWUP_COLS " FROM control_followup f "
				       "JOIN meeting m ON m.id = f.meeting_id WHERE f.id = :id";

int store_control_followup_get(struct store *st, int64_t id, struct control_followup *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_followup_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_followup, out, "läsa uppföljningen", err);
}

static const char sql_followup_list[] =
	"SELECT " FOLLOWUP_COLS " FROM control_followup f JOIN meeting m ON m.id = f.meeting_id "
	"JOIN control_action a ON a.id = f.action_id JOIN risk r ON r.id = a.risk_id "
	"WHERE r.year = :year AND (:action = 0 OR f.action_id = :action) "
	"ORDER BY r.id, a.id, f.period, m.date, f.id";

int store_control_followup_list(struct store *st, int year, int64_t action_id, struct control_followup **out,
				size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_followup_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	q_int(s, "action", action_id);
	rc = q_read_rows(s, sizeof(**out), fill_followup, &rows, n, "läsa uppföljningarna", err);
	*out = rows;
	return rc;
}

static const char sql_followup_delete[] = "DELETE FROM control_followup WHERE id = :id";

int store_control_followup_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_followup_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort uppföljningen", err);
}

static const char sql_meeting_uses[] =
	"SELECT (SELECT COUNT(*) FROM control_followup WHERE meeting_id = :meeting) + "
	"(SELECT COUNT(*) FROM control_plan WHERE meeting_id = :meeting)";

int store_control_meeting_uses(struct store *st, int64_t meeting_id, int64_t *count, struct err *err)
{
	struct stmt *s = q_prep(st, sql_meeting_uses, err);

	*count = 0;
	q_int(s, "meeting", meeting_id);
	return q_exec_id(s, count, "läsa internkontrollens sammanträden", err);
}
