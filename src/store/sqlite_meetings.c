/*
 * sqlite_meetings.c: the meetings of the förbund's bodies, who of the
 * board attended them, and the decisions taken at them.
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static void fill_meeting(sqlite3_stmt *s, void *row)
{
	struct meeting *m = row;
	enum meeting_body b = BODY_OTHER;

	m->id = sqlite3_column_int64(s, 0);
	m->date = sq_col_date(s, 1);
	meeting_body_parse(sq_col_text(s, 2), &b);
	m->body = b;
	sq_copy_col(m->protocol, sizeof(m->protocol), s, 3);
}

static const char sql_meeting_add[] = "INSERT INTO meeting (date, body, protocol, created_at) VALUES (?1, ?2, ?3, ?4)";

int store_meeting_add(struct store *st, struct meeting *m, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_meeting_add, err);
	char d[11], stamp[32];

	if (!s)
		return -1;
	sq_bind_date(s, 1, m->date, d);
	sq_bind_text(s, 2, meeting_body_key(m->body));
	sq_bind_text(s, 3, m->protocol);
	sq_bind_text(s, 4, sq_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	if (sq_exec_step(st, s, err, "spara sammanträdet") < 0)
		return -1;
	m->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static const char sql_meeting_get[] = "SELECT id, date, body, protocol FROM meeting WHERE id = ?1";

int store_meeting_get(struct store *st, int64_t id, struct meeting *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_meeting_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_meeting, out, "läsa sammanträdet", err);
}

static const char sql_meeting_update[] = "UPDATE meeting SET date = ?2, body = ?3, protocol = ?4 WHERE id = ?1";

int store_meeting_update(struct store *st, const struct meeting *m, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_meeting_update, err);
	char d[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, m->id);
	sq_bind_date(s, 2, m->date, d);
	sq_bind_text(s, 3, meeting_body_key(m->body));
	sq_bind_text(s, 4, m->protocol);
	return sq_exec_one(st, s, "ändra sammanträdet", err);
}

int store_meeting_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM meeting WHERE id = ?1", id, "ta bort sammanträdet", err);
}

static const char sql_meeting_list[] = "SELECT id, date, body, protocol FROM meeting "
				       "WHERE ?1 = 0 OR substr(date, 1, 4) = printf('%04d', ?1) ORDER BY date, id";

int store_meeting_list(struct store *st, int year, struct meeting **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_meeting_list, err);
	void *rows = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	rc = sq_read_rows(st, s, sizeof(**out), fill_meeting, &rows, n, "läsa sammanträdena", err);
	*out = rows;
	return rc;
}

static const char sql_att_clear[] = "DELETE FROM meeting_attendee WHERE meeting_id = ?1";
static const char sql_att_add[] = "INSERT INTO meeting_attendee (meeting_id, name, attended_as) VALUES (?1, ?2, ?3)";

int store_meeting_attendees_set(struct store *st, int64_t meeting_id, const struct meeting_attendee *a, size_t n,
				struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_att_clear, err);
	size_t i;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, meeting_id);
	if (sq_exec_step(st, s, err, "ändra närvaron") < 0)
		return -1;
	for (i = 0; i < n; i++) {
		s = sq_stmt(st, sql_att_add, err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, meeting_id);
		sq_bind_text(s, 2, a[i].name);
		sq_bind_text(s, 3, meeting_as_key(a[i].as));
		if (sq_exec_step(st, s, err, "spara närvaron") < 0)
			return -1;
	}
	return 0;
}

static void fill_attendee(sqlite3_stmt *s, void *row)
{
	struct meeting_attendee *a = row;
	enum meeting_as as = AS_ORDINARY;

	a->meeting_id = sqlite3_column_int64(s, 0);
	sq_copy_col(a->name, sizeof(a->name), s, 1);
	meeting_as_parse(sq_col_text(s, 2), &as);
	a->as = as;
}

static const char sql_att_list[] =
	"SELECT meeting_id, name, attended_as FROM meeting_attendee WHERE meeting_id = ?1 ORDER BY rowid";

int store_meeting_attendees(struct store *st, int64_t meeting_id, struct meeting_attendee **out, size_t *n,
			    struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_att_list, err);
	void *rows = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, meeting_id);
	rc = sq_read_rows(st, s, sizeof(**out), fill_attendee, &rows, n, "läsa närvaron", err);
	*out = rows;
	return rc;
}

static void fill_decision(sqlite3_stmt *s, void *row)
{
	struct meeting_decision *d = row;
	enum decision_kind k = DK_OTHER;

	d->id = sqlite3_column_int64(s, 0);
	d->meeting_id = sqlite3_column_int64(s, 1);
	decision_kind_parse(sq_col_text(s, 2), &k);
	d->kind = k;
	sq_copy_col(d->text, sizeof(d->text), s, 3);
}

static const char sql_dec_add[] = "INSERT INTO meeting_decision (meeting_id, kind, text) VALUES (?1, ?2, ?3)";

int store_meeting_decision_add(struct store *st, struct meeting_decision *d, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_dec_add, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, d->meeting_id);
	sq_bind_text(s, 2, decision_kind_key(d->kind));
	sq_bind_text(s, 3, d->text);
	if (sq_exec_step(st, s, err, "spara beslutet") < 0)
		return -1;
	d->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static const char sql_dec_get[] = "SELECT id, meeting_id, kind, text FROM meeting_decision WHERE id = ?1";

int store_meeting_decision_get(struct store *st, int64_t id, struct meeting_decision *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_dec_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_decision, out, "läsa beslutet", err);
}

static const char sql_dec_update[] = "UPDATE meeting_decision SET meeting_id = ?2, kind = ?3, text = ?4 WHERE id = ?1";

int store_meeting_decision_update(struct store *st, const struct meeting_decision *d, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_dec_update, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	sqlite3_bind_int64(s, 2, d->meeting_id);
	sq_bind_text(s, 3, decision_kind_key(d->kind));
	sq_bind_text(s, 4, d->text);
	return sq_exec_one(st, s, "ändra beslutet", err);
}

int store_meeting_decision_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM meeting_decision WHERE id = ?1", id, "ta bort beslutet", err);
}

static const char sql_dec_list[] =
	"SELECT id, meeting_id, kind, text FROM meeting_decision WHERE meeting_id = ?1 ORDER BY id";

int store_meeting_decisions(struct store *st, int64_t meeting_id, struct meeting_decision **out, size_t *n,
			    struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_dec_list, err);
	void *rows = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, meeting_id);
	rc = sq_read_rows(st, s, sizeof(**out), fill_decision, &rows, n, "läsa besluten", err);
	*out = rows;
	return rc;
}
