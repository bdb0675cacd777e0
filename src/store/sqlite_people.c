/*
 * sqlite_people.c: corrections of the participant register, the goals and
 * the users' texts: a participant, an enrolment (with its exit), a goal, a
 * result goal or an assessment found by its id, changed or removed. What
 * adds them lives in sqlite.c; the use cases in app/ check every change and
 * write it to the audit log in the same transaction.
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static void fill_participant(sqlite3_stmt *s, void *row)
{
	struct participant *p = row;

	p->id = sqlite3_column_int64(s, 0);
	sq_copy_col(p->code, sizeof(p->code), s, 1);
	sq_copy_col(p->pnr_hash, sizeof(p->pnr_hash), s, 2);
	sq_copy_col(p->sex, sizeof(p->sex), s, 3);
	p->birth_year = sqlite3_column_int(s, 4);
	sq_copy_col(p->education, sizeof(p->education), s, 5);
}

/* Reads the one row s gives into out (size bytes) with fill. */
static int get_one(struct store *st, sqlite3_stmt *s, void *out, size_t size, void (*fill)(sqlite3_stmt *, void *),
		   const char *what, struct err *err)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW) {
		memset(out, 0, size);
		fill(s, out);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, what);
}

static const char sql_p_get[] =
	"SELECT id, code, coalesce(pnr_hash, ''), sex, birth_year, education FROM participant WHERE id = ?1";

int store_participant_get(struct store *st, int64_t id, struct participant *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_p_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return get_one(st, s, out, sizeof(*out), fill_participant, "läsa deltagaren", err);
}

static const char sql_p_update[] =
	"UPDATE participant SET code = :code, pnr_hash = :hash, sex = :sex, birth_year = :born, "
	"education = :education WHERE id = :id";

int store_participant_update(struct store *st, const struct participant *p, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_p_update, err);

	if (!s)
		return -1;
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":code"), p->code);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":hash"), p->pnr_hash[0] ? p->pnr_hash : NULL);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":sex"), p->sex);
	sqlite3_bind_int(s, sqlite3_bind_parameter_index(s, ":born"), p->birth_year);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":education"), p->education);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"), p->id);
	return sq_exec_one(st, s, "ändra deltagaren", err);
}

int store_participant_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM participant WHERE id = ?1", id, "ta bort deltagaren", err);
}

static void fill_enrolment(sqlite3_stmt *s, void *row)
{
	struct enrolment *e = row;

	e->id = sqlite3_column_int64(s, 0);
	e->participant_id = sqlite3_column_int64(s, 1);
	e->intervention_id = sqlite3_column_int64(s, 2);
	e->enrolled = sq_col_date(s, 3);
	sq_copy_col(e->support_before, sizeof(e->support_before), s, 4);
	sq_copy_col(e->time_in_support, sizeof(e->time_in_support), s, 5);
	e->exited = sq_col_date(s, 6);
	sq_copy_col(e->exit_reason, sizeof(e->exit_reason), s, 7);
	sq_copy_col(e->support_after, sizeof(e->support_after), s, 8);
}

static const char sql_e_get[] =
	"SELECT id, participant_id, intervention_id, enrolled, support_before, time_in_support, exited, "
	"coalesce(exit_reason, ''), coalesce(support_after, '') FROM enrolment WHERE id = ?1";

int store_enrolment_get(struct store *st, int64_t id, struct enrolment *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_e_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return get_one(st, s, out, sizeof(*out), fill_enrolment, "läsa inskrivningen", err);
}

static const char sql_e_update[] =
	"UPDATE enrolment SET intervention_id = :insats, enrolled = :enrolled, support_before = :before, "
	"time_in_support = :time, exited = :exited, exit_reason = :reason, support_after = :after WHERE id = :id";

int store_enrolment_update(struct store *st, const struct enrolment *e, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_e_update, err);
	char d1[11], d2[11];
	int set;

	if (!s)
		return -1;
	set = date_is_set(e->exited);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":insats"), e->intervention_id);
	sq_bind_date(s, sqlite3_bind_parameter_index(s, ":enrolled"), e->enrolled, d1);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":before"), e->support_before);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":time"), e->time_in_support);
	sq_bind_date(s, sqlite3_bind_parameter_index(s, ":exited"), e->exited, d2);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":reason"), set ? e->exit_reason : NULL);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":after"), set ? e->support_after : NULL);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"), e->id);
	return sq_exec_one(st, s, "ändra inskrivningen", err);
}

int store_enrolment_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM enrolment WHERE id = ?1", id, "ta bort inskrivningen", err);
}

static const char sql_goal_update[] =
	"UPDATE goal SET number = :number, title = :title, area = :area, description = :description "
	"WHERE id = :id";

int store_goal_update(struct store *st, const struct goal *g, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_goal_update, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, sqlite3_bind_parameter_index(s, ":number"), g->number);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":title"), g->title);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":area"), goal_area_key(g->area));
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":description"), g->description);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"), g->id);
	return sq_exec_one(st, s, "ändra målet", err);
}

int store_goal_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM goal WHERE id = ?1", id, "ta bort målet", err);
}

static const char sql_rg_update[] =
	"UPDATE result_goal SET text = :text, follow_up = :follow_up, indicator = :indicator, "
	"intervention_id = :insats, target = :target, at_most = :at_most, unit = :unit WHERE id = :id";

int store_result_goal_update(struct store *st, const struct result_goal *r, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_rg_update, err);
	int i;

	if (!s)
		return -1;
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":text"), r->text);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":follow_up"), r->follow_up);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":indicator"), indicator_kind_key(r->indicator));
	i = sqlite3_bind_parameter_index(s, ":insats");
	if (r->intervention_id)
		sqlite3_bind_int64(s, i, r->intervention_id);
	else
		sqlite3_bind_null(s, i);
	i = sqlite3_bind_parameter_index(s, ":target");
	if (r->has_target)
		sqlite3_bind_int64(s, i, r->target);
	else
		sqlite3_bind_null(s, i);
	sqlite3_bind_int(s, sqlite3_bind_parameter_index(s, ":at_most"), r->at_most);
	sq_bind_text(s, sqlite3_bind_parameter_index(s, ":unit"), r->unit);
	sqlite3_bind_int64(s, sqlite3_bind_parameter_index(s, ":id"), r->id);
	return sq_exec_one(st, s, "ändra resultatmålet", err);
}

int store_result_goal_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM result_goal WHERE id = ?1", id, "ta bort resultatmålet", err);
}

int store_assessment_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM assessment WHERE id = ?1", id, "ta bort bedömningen", err);
}

static const char sql_text_delete[] = "DELETE FROM plan_text WHERE year = ?1 AND section = ?2";

int store_text_delete(struct store *st, int year, const char *section, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_text_delete, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, section);
	return sq_exec_one(st, s, "ta bort texten", err);
}
