/*
 * meetings.c: the meetings of the förbund's bodies, who of the board
 * attended them, and the decisions taken at them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

static void fill_meeting(struct stmt *s, void *row)
{
	struct meeting *m = row;
	enum meeting_body b = BODY_OTHER;

	m->id = q_col_int(s, 0);
	m->date = q_col_date(s, 1);
	meeting_body_parse(q_col_text(s, 2), &b);
	m->body = b;
	q_col_copy(m->protocol, sizeof(m->protocol), s, 3);
}

static const char sql_meeting_add[] = "INSERT INTO meeting (date, body, protocol, created_at) "
				      "VALUES (:date, :body, :protocol, :created_at) RETURNING id";

int store_meeting_add(struct store *st, struct meeting *m, struct err *err)
{
	struct stmt *s = q_prep(st, sql_meeting_add, err);
	char stamp[32];

	q_date(s, "date", m->date);
	q_text(s, "body", meeting_body_key(m->body));
	q_text(s, "protocol", m->protocol);
	q_text(s, "created_at", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	return q_exec_id(s, &m->id, "spara sammanträdet", err);
}

static const char sql_meeting_get[] = "SELECT id, date, body, protocol FROM meeting WHERE id = :id";

int store_meeting_get(struct store *st, int64_t id, struct meeting *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_meeting_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_meeting, out, "läsa sammanträdet", err);
}

static const char sql_meeting_update[] =
	"UPDATE meeting SET date = :date, body = :body, protocol = :protocol WHERE id = :id";

int store_meeting_update(struct store *st, const struct meeting *m, struct err *err)
{
	struct stmt *s = q_prep(st, sql_meeting_update, err);

	q_int(s, "id", m->id);
	q_date(s, "date", m->date);
	q_text(s, "body", meeting_body_key(m->body));
	q_text(s, "protocol", m->protocol);
	return q_exec_one(s, "ändra sammanträdet", err);
}

static const char sql_meeting_delete[] = "DELETE FROM meeting WHERE id = :id";

int store_meeting_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_meeting_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort sammanträdet", err);
}

/* The year as text: the dates are kept as "YYYY-MM-DD". */
static const char sql_meeting_list[] = "SELECT id, date, body, protocol FROM meeting "
				       "WHERE :all = 1 OR substr(date, 1, 4) = :year ORDER BY date, id";

int store_meeting_list(struct store *st, int year, struct meeting **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_meeting_list, err);
	char y[16];
	void *rows;
	int rc;

	snprintf(y, sizeof(y), "%04d", year);
	q_int(s, "all", year == 0);
	q_text(s, "year", y);
	rc = q_read_rows(s, sizeof(**out), fill_meeting, &rows, n, "läsa sammanträdena", err);
	*out = rows;
	return rc;
}

static const char sql_att_clear[] = "DELETE FROM meeting_attendee WHERE meeting_id = :meeting";
static const char sql_att_add[] =
	"INSERT INTO meeting_attendee (meeting_id, name, attended_as) VALUES (:meeting, :name, :attended_as)";

int store_meeting_attendees_set(struct store *st, int64_t meeting_id, const struct meeting_attendee *a, size_t n,
				struct err *err)
{
	struct stmt *s = q_prep(st, sql_att_clear, err);
	size_t i;

	if (!s)
		return -1;
	q_int(s, "meeting", meeting_id);
	if (q_exec(s, "ändra närvaron", err) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		s = q_prep(st, sql_att_add, err);
		if (!s)
			return -1;
		q_int(s, "meeting", meeting_id);
		q_text(s, "name", a[i].name);
		q_text(s, "attended_as", meeting_as_key(a[i].as));
		if (q_exec(s, "spara närvaron", err) < 0)
			return -1;
	}
	return 0;
}

static void fill_attendee(struct stmt *s, void *row)
{
	struct meeting_attendee *a = row;
	enum meeting_as as = AS_ORDINARY;

	a->meeting_id = q_col_int(s, 0);
	q_col_copy(a->name, sizeof(a->name), s, 1);
	meeting_as_parse(q_col_text(s, 2), &as);
	a->as = as;
}

/* In the order recorded: rowid, which the PostgreSQL table has as a
 * column of its own. */
static const char sql_att_list[] =
	"SELECT meeting_id, name, attended_as FROM meeting_attendee WHERE meeting_id = :meeting ORDER BY rowid";

int store_meeting_attendees(struct store *st, int64_t meeting_id, struct meeting_attendee **out, size_t *n,
			    struct err *err)
{
	struct stmt *s = q_prep(st, sql_att_list, err);
	void *rows;
	int rc;

	q_int(s, "meeting", meeting_id);
	rc = q_read_rows(s, sizeof(**out), fill_attendee, &rows, n, "läsa närvaron", err);
	*out = rows;
	return rc;
}

static void fill_decision(struct stmt *s, void *row)
{
	struct meeting_decision *d = row;
	enum decision_kind k = DK_OTHER;

	d->id = q_col_int(s, 0);
	d->meeting_id = q_col_int(s, 1);
	decision_kind_parse(q_col_text(s, 2), &k);
	d->kind = k;
	q_col_copy(d->text, sizeof(d->text), s, 3);
}

static const char sql_dec_add[] =
	"INSERT INTO meeting_decision (meeting_id, kind, text) VALUES (:meeting, :kind, :text) RETURNING id";

int store_meeting_decision_add(struct store *st, struct meeting_decision *d, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_add, err);

	q_int(s, "meeting", d->meeting_id);
	q_text(s, "kind", decision_kind_key(d->kind));
	q_text(s, "text", d->text);
	return q_exec_id(s, &d->id, "spara beslutet", err);
}

static const char sql_dec_get[] = "SELECT id, meeting_id, kind, text FROM meeting_decision WHERE id = :id";

int store_meeting_decision_get(struct store *st, int64_t id, struct meeting_decision *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_decision, out, "läsa beslutet", err);
}

static const char sql_dec_update[] =
	"UPDATE meeting_decision SET meeting_id = :meeting, kind = :kind, text = :text WHERE id = :id";

int store_meeting_decision_update(struct store *st, const struct meeting_decision *d, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_update, err);

	q_int(s, "id", d->id);
	q_int(s, "meeting", d->meeting_id);
	q_text(s, "kind", decision_kind_key(d->kind));
	q_text(s, "text", d->text);
	return q_exec_one(s, "ändra beslutet", err);
}

static const char sql_dec_delete[] = "DELETE FROM meeting_decision WHERE id = :id";

int store_meeting_decision_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort beslutet", err);
}

static const char sql_dec_list[] =
	"SELECT id, meeting_id, kind, text FROM meeting_decision WHERE meeting_id = :meeting ORDER BY id";

int store_meeting_decisions(struct store *st, int64_t meeting_id, struct meeting_decision **out, size_t *n,
			    struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_list, err);
	void *rows;
	int rc;

	q_int(s, "meeting", meeting_id);
	rc = q_read_rows(s, sizeof(**out), fill_decision, &rows, n, "läsa besluten", err);
	*out = rows;
	return rc;
}
