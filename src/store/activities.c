/*
 * activities.c: the structural activities (conferences, networks,
 * trainings) with their attendance per organisation, and the corrections
 * of the year cycle's entered events: added, listed by year, found by id,
 * changed and removed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

#define ACT_COLS "id, name, date, kind, organiser, meetings, persons"

static void fill_activity(struct stmt *s, void *row)
{
	struct activity *a = row;
	const char *kind = q_col_text(s, 3);
	enum activity_kind k = ACTIVITY_STRUCTURAL;

	a->id = q_col_int(s, 0);
	q_col_copy(a->name, sizeof(a->name), s, 1);
	a->date = q_col_date(s, 2);
	activity_kind_parse(kind ? kind : "", &k);
	a->kind = k;
	q_col_copy(a->organiser, sizeof(a->organiser), s, 4);
	a->meetings = q_col_int(s, 5);
	a->has_persons = !q_col_null(s, 6);
	a->persons = q_col_int(s, 6);
}

static void fill_attendance(struct stmt *s, void *row)
{
	struct attendance *t = row;

	q_col_copy(t->organisation, sizeof(t->organisation), s, 0);
	t->attendees = q_col_int(s, 1);
}

/* The fields both the insert and the update set: a series has at least
 * one meeting; the persons are NULL when not known. */
static void bind_activity(struct stmt *s, const struct activity *a)
{
	q_text(s, "name", a->name);
	q_date(s, "date", a->date);
	q_text(s, "kind", activity_kind_key(a->kind));
	q_text(s, "organiser", a->organiser);
	q_int(s, "meetings", a->meetings > 0 ? a->meetings : 1);
	if (a->has_persons)
		q_int(s, "persons", a->persons);
	else
		q_null(s, "persons");
}

static const char sql_att_add[] = "INSERT INTO activity_attendance (activity_id, organisation, attendees) "
				  "VALUES (:activity, :organisation, :attendees)";

/* The attendance of a (its id set), one row per organisation. */
static int attendance_add(struct store *st, const struct activity *a, struct err *err)
{
	size_t i;

	for (i = 0; i < a->n_attendance; i++) {
		struct stmt *s = q_prep(st, sql_att_add, err);

		if (!s)
			return -1;
		q_int(s, "activity", a->id);
		q_text(s, "organisation", a->attendance[i].organisation);
		q_int(s, "attendees", a->attendance[i].attendees);
		if (q_exec(s, "spara deltagarna", err) < 0)
			return err_prefix(err, "organisationen %s står två gånger?", a->attendance[i].organisation);
	}
	return 0;
}

static const char sql_act_add[] = "INSERT INTO activity (name, date, kind, organiser, meetings, persons) "
				  "VALUES (:name, :date, :kind, :organiser, :meetings, :persons) RETURNING id";

int store_activity_add(struct store *st, struct activity *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_act_add, err);

	bind_activity(s, a);
	if (q_exec_id(s, &a->id, "spara aktiviteten", err) < 0)
		return -1;
	return attendance_add(st, a, err);
}

/* The year as text: the dates are kept as "YYYY-MM-DD". */
static const char sql_act_list[] = "SELECT " ACT_COLS " FROM activity "
				   "WHERE :year = 0 OR substr(date, 1, 4) = :year_text ORDER BY date, id";
static const char sql_att_by_org[] = "SELECT organisation, attendees FROM activity_attendance "
				     "WHERE activity_id = :activity ORDER BY organisation";

int store_activity_list(struct store *st, int year, struct activity **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_act_list, err);
	void *rows = NULL;
	char y[8];
	size_t i;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	snprintf(y, sizeof(y), "%04d", year % 10000);
	q_int(s, "year", year);
	q_text(s, "year_text", y);
	if (q_read_rows(s, sizeof(**out), fill_activity, &rows, n, "läsa aktiviteterna", err) < 0)
		return -1;
	*out = rows;
	for (i = 0; i < *n; i++) {
		struct activity *a = &(*out)[i];

		s = q_prep(st, sql_att_by_org, err);
		if (!s)
			goto fail;
		q_int(s, "activity", a->id);
		if (q_read_rows(s, sizeof(*a->attendance), fill_attendance, &rows, &a->n_attendance,
				"läsa aktiviteterna", err) < 0)
			goto fail;
		a->attendance = rows;
	}
	return 0;
fail:
	for (i = 0; i < *n; i++)
		activity_release(&(*out)[i]);
	free(*out);
	*out = NULL;
	*n = 0;
	return -1;
}

static const char sql_act_get[] = "SELECT " ACT_COLS " FROM activity WHERE id = :id";
/* In the order recorded: rowid, which the PostgreSQL table has as a
 * column of its own. */
static const char sql_att_list[] =
	"SELECT organisation, attendees FROM activity_attendance WHERE activity_id = :activity ORDER BY rowid";

int store_activity_get(struct store *st, int64_t id, struct activity *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_act_get, err);
	void *rows = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!s)
		return -1;
	q_int(s, "id", id);
	rc = q_read_one(s, sizeof(*out), fill_activity, out, "läsa aktiviteten", err);
	if (rc != 0)
		return rc;
	s = q_prep(st, sql_att_list, err);
	if (!s)
		return -1;
	q_int(s, "activity", id);
	if (q_read_rows(s, sizeof(struct attendance), fill_attendance, &rows, &out->n_attendance,
			"läsa aktivitetens deltagare", err) < 0)
		return -1;
	out->attendance = rows;
	return 0;
}

static const char sql_act_update[] = "UPDATE activity SET name = :name, date = :date, kind = :kind, "
				     "organiser = :organiser, meetings = :meetings, persons = :persons WHERE id = :id";
static const char sql_att_clear[] = "DELETE FROM activity_attendance WHERE activity_id = :activity";

int store_activity_update(struct store *st, const struct activity *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_act_update, err);
	int rc;

	if (!s)
		return -1;
	q_int(s, "id", a->id);
	bind_activity(s, a);
	rc = q_exec_one(s, "ändra aktiviteten", err);
	if (rc != 0)
		return rc;
	s = q_prep(st, sql_att_clear, err);
	if (!s)
		return -1;
	q_int(s, "activity", a->id);
	if (q_exec(s, "ändra aktivitetens deltagare", err) < 0)
		return -1;
	return attendance_add(st, a, err);
}

static const char sql_act_delete[] = "DELETE FROM activity WHERE id = :id";

int store_activity_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_att_clear, err);

	if (!s)
		return -1;
	q_int(s, "activity", id);
	if (q_exec(s, "ta bort aktivitetens deltagare", err) < 0)
		return -1;
	s = q_prep(st, sql_act_delete, err);
	if (!s)
		return -1;
	q_int(s, "id", id);
	return q_exec_one(s, "ta bort aktiviteten", err);
}

static void fill_event(struct stmt *s, void *row)
{
	struct event *e = row;
	const char *kind = q_col_text(s, 2);

	e->id = q_col_int(s, 0);
	e->date = q_col_date(s, 1);
	if (event_kind_parse(kind ? kind : "", &e->kind) < 0)
		e->kind = EVENT_OTHER;
	q_col_copy(e->title, sizeof(e->title), s, 3);
}

static const char sql_event_get[] = "SELECT id, date, kind, title FROM event WHERE id = :id";

int store_event_get(struct store *st, int64_t id, struct event *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_event_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_event, out, "läsa händelsen", err);
}

static const char sql_event_update[] = "UPDATE event SET date = :date, kind = :kind, title = :title WHERE id = :id";

int store_event_update(struct store *st, const struct event *e, struct err *err)
{
	struct stmt *s = q_prep(st, sql_event_update, err);

	q_int(s, "id", e->id);
	q_date(s, "date", e->date);
	q_text(s, "kind", event_kind_key(e->kind));
	q_text(s, "title", e->title);
	return q_exec_one(s, "ändra händelsen", err);
}

static const char sql_event_delete[] = "DELETE FROM event WHERE id = :id";

int store_event_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_event_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort händelsen", err);
}
