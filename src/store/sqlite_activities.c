/*
 * sqlite_activities.c: corrections of the activities (with their
 * attendance per organisation) and of the year cycle's entered events:
 * one record found by its id, changed or removed.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static const char sql_act_get[] = "SELECT id, name, date, kind, organiser, meetings, persons FROM activity "
				   "WHERE id = ?1";
static const char sql_att_list[] =
	"SELECT organisation, attendees FROM activity_attendance WHERE activity_id = ?1 ORDER BY rowid";

static void fill_activity(sqlite3_stmt *s, void *row)
{
	struct activity *a = row;
	enum activity_kind k = ACTIVITY_STRUCTURAL;

	a->id = sqlite3_column_int64(s, 0);
	sq_copy_col(a->name, sizeof(a->name), s, 1);
	a->date = sq_col_date(s, 2);
	activity_kind_parse(sq_col_text(s, 3) ? sq_col_text(s, 3) : "", &k);
	a->kind = k;
	sq_copy_col(a->organiser, sizeof(a->organiser), s, 4);
	sq_activity_counts(s, 5, a);
}

void sq_activity_counts(sqlite3_stmt *s, int col, struct activity *a)
{
	a->meetings = sqlite3_column_int64(s, col);
	a->has_persons = sqlite3_column_type(s, col + 1) != SQLITE_NULL;
	a->persons = sqlite3_column_int64(s, col + 1);
}

void sq_bind_activity_counts(sqlite3_stmt *s, int first, const struct activity *a)
{
	sqlite3_bind_int64(s, first, a->meetings > 0 ? a->meetings : 1);
	if (a->has_persons)
		sqlite3_bind_int64(s, first + 1, a->persons);
	else
		sqlite3_bind_null(s, first + 1);
}

static void fill_attendance(sqlite3_stmt *s, void *row)
{
	struct attendance *t = row;

	sq_copy_col(t->organisation, sizeof(t->organisation), s, 0);
	t->attendees = sqlite3_column_int64(s, 1);
}

int store_activity_get(struct store *st, int64_t id, struct activity *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_act_get, err);
	void *rows = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sq_read_one(st, s, sizeof(*out), fill_activity, out, "läsa aktiviteten", err);
	if (rc != 0)
		return rc;
	s = sq_stmt(st, sql_att_list, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if (sq_read_rows(st, s, sizeof(struct attendance), fill_attendance, &rows, &out->n_attendance,
			 "läsa aktivitetens deltagare", err) < 0)
		return -1;
	out->attendance = rows;
	return 0;
}

static const char sql_act_update[] = "UPDATE activity SET name = ?2, date = ?3, kind = ?4, organiser = ?5, "
				      "meetings = ?6, persons = ?7 WHERE id = ?1";
static const char sql_att_clear[] = "DELETE FROM activity_attendance WHERE activity_id = ?1";
static const char sql_att_add[] =
	"INSERT INTO activity_attendance (activity_id, organisation, attendees) VALUES (?1, ?2, ?3)";

int store_activity_update(struct store *st, const struct activity *a, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_act_update, err);
	char d[11];
	size_t i;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, a->id);
	sq_bind_text(s, 2, a->name);
	sq_bind_date(s, 3, a->date, d);
	sq_bind_text(s, 4, activity_kind_key(a->kind));
	sq_bind_text(s, 5, a->organiser);
	sq_bind_activity_counts(s, 6, a);
	if (sq_exec_step(st, s, err, "ändra aktiviteten") < 0)
		return -1;
	if (sqlite3_changes(st->db) == 0)
		return STORE_NOT_FOUND;
	if (sq_delete_id(st, sql_att_clear, a->id, "ändra aktivitetens deltagare", err) < 0)
		return -1;
	for (i = 0; i < a->n_attendance; i++) {
		s = sq_stmt(st, sql_att_add, err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, a->id);
		sq_bind_text(s, 2, a->attendance[i].organisation);
		sqlite3_bind_int64(s, 3, a->attendance[i].attendees);
		if (sq_exec_step(st, s, err, "spara deltagarna") < 0)
			return err_prefix(err, "organisationen %s står två gånger?", a->attendance[i].organisation);
	}
	return 0;
}

int store_activity_delete(struct store *st, int64_t id, struct err *err)
{
	if (sq_delete_id(st, sql_att_clear, id, "ta bort aktivitetens deltagare", err) < 0)
		return -1;
	return sq_delete_id(st, "DELETE FROM activity WHERE id = ?1", id, "ta bort aktiviteten", err);
}

static void fill_event(sqlite3_stmt *s, void *row)
{
	struct event *e = row;

	e->id = sqlite3_column_int64(s, 0);
	e->date = sq_col_date(s, 1);
	if (event_kind_parse(sq_col_text(s, 2) ? sq_col_text(s, 2) : "", &e->kind) < 0)
		e->kind = EVENT_OTHER;
	sq_copy_col(e->title, sizeof(e->title), s, 3);
}

static const char sql_event_get[] = "SELECT id, date, kind, title FROM event WHERE id = ?1";

int store_event_get(struct store *st, int64_t id, struct event *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_event_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_event, out, "läsa händelsen", err);
}

static const char sql_event_update[] = "UPDATE event SET date = ?2, kind = ?3, title = ?4 WHERE id = ?1";

int store_event_update(struct store *st, const struct event *e, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_event_update, err);
	char d[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, e->id);
	sq_bind_date(s, 2, e->date, d);
	sq_bind_text(s, 3, event_kind_key(e->kind));
	sq_bind_text(s, 4, e->title);
	return sq_exec_one(st, s, "ändra händelsen", err);
}

int store_event_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM event WHERE id = ?1", id, "ta bort händelsen", err);
}
