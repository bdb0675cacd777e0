/*
 * sqlite_interventions.c: corrections of the interventions, the board's
 * funding decisions and the anonymous participant counts: one record
 * found by its id, changed or removed, and what still refers to an
 * intervention (so a removal can be refused before it leaves anything
 * dangling).
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static const char sql_iv_update[] =
	"UPDATE intervention SET name = ?2, kind = ?3, owner = ?4, partners = ?5, target_group = ?6, "
	"age_min = ?7, age_max = ?8, start_date = ?9, end_date = ?10, purpose = ?11, accounts = ?12, "
	"objects = ?13, participant_start = ?14, participant_end = ?15, goals = ?16 WHERE id = ?1";

int store_intervention_update(struct store *st, const struct intervention *iv, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_iv_update, err);
	char dates[4][11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, iv->id);
	sq_bind_intervention(s, 2, iv, dates);
	return sq_exec_one(st, s, "ändra insatsen", err);
}

int store_intervention_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM intervention WHERE id = ?1", id, "ta bort insatsen", err);
}

static const char sql_iv_refs[] =
	"SELECT (SELECT count(*) FROM decision WHERE intervention_id = ?1), "
	"(SELECT count(*) FROM enrolment WHERE intervention_id = ?1), "
	"(SELECT count(*) FROM anonymous_count WHERE intervention_id = ?1), "
	"(SELECT count(*) FROM result_goal WHERE intervention_id = ?1), "
	"(SELECT count(*) FROM survey_answer WHERE intervention_id = ?1), "
	"(SELECT count(*) FROM user_intervention WHERE intervention_id = ?1), "
	"(SELECT count(*) FROM allocation WHERE intervention_id = ?1)";

int store_intervention_refs(struct store *st, int64_t id, struct intervention_refs *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_iv_refs, err);
	int rc;

	memset(out, 0, sizeof(*out));
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->decisions = sqlite3_column_int64(s, 0);
		out->enrolments = sqlite3_column_int64(s, 1);
		out->anonymous = sqlite3_column_int64(s, 2);
		out->result_goals = sqlite3_column_int64(s, 3);
		out->survey_answers = sqlite3_column_int64(s, 4);
		out->users = sqlite3_column_int64(s, 5);
		out->allocations = sqlite3_column_int64(s, 6);
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? 0 : sq_db_error(st, err, "läsa vad som hör till insatsen");
}

static void fill_decision(sqlite3_stmt *s, void *row)
{
	struct decision *d = row;

	d->id = sqlite3_column_int64(s, 0);
	d->intervention_id = sqlite3_column_int64(s, 1);
	d->meeting = sq_col_date(s, 2);
	d->amount = sqlite3_column_int64(s, 3);
	d->year_from = sqlite3_column_int(s, 4);
	d->year_to = sqlite3_column_int(s, 5);
	sq_copy_col(d->note, sizeof(d->note), s, 6);
}

int sq_read_one(struct store *st, sqlite3_stmt *s, size_t size, void (*fill)(sqlite3_stmt *s, void *row),
		    void *out, const char *what, struct err *err)
{
	void *rows = NULL;
	size_t n = 0;

	if (sq_read_rows(st, s, size, fill, &rows, &n, what, err) < 0)
		return -1;
	if (n == 0)
		return STORE_NOT_FOUND;
	memcpy(out, rows, size);
	free(rows);
	return 0;
}

static const char sql_dec_get[] =
	"SELECT id, intervention_id, meeting_date, amount, year_from, year_to, note FROM decision WHERE id = ?1";

int store_decision_get(struct store *st, int64_t id, struct decision *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_dec_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_decision, out, "läsa beslutet", err);
}

static const char sql_dec_update[] =
	"UPDATE decision SET intervention_id = ?2, meeting_date = ?3, amount = ?4, year_from = ?5, "
	"year_to = ?6, note = ?7 WHERE id = ?1";

int store_decision_update(struct store *st, const struct decision *d, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_dec_update, err);
	char dd[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	sqlite3_bind_int64(s, 2, d->intervention_id);
	sq_bind_date(s, 3, d->meeting, dd);
	sqlite3_bind_int64(s, 4, d->amount);
	sqlite3_bind_int(s, 5, d->year_from);
	sqlite3_bind_int(s, 6, d->year_to);
	sq_bind_text(s, 7, d->note);
	return sq_exec_one(st, s, "ändra beslutet", err);
}

int store_decision_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM decision WHERE id = ?1", id, "ta bort beslutet", err);
}

static const char sql_anon_get[] =
	"SELECT id, intervention_id, period_start, period_end, women, men, note FROM anonymous_count WHERE id = ?1";

int store_anonymous_get(struct store *st, int64_t id, struct anonymous_count *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_anon_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), sq_fill_anonymous, out, "läsa de anonyma deltagarna", err);
}

static const char sql_anon_update[] =
	"UPDATE anonymous_count SET intervention_id = ?2, period_start = ?3, period_end = ?4, women = ?5, "
	"men = ?6, note = ?7 WHERE id = ?1";

int store_anonymous_update(struct store *st, const struct anonymous_count *a, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_anon_update, err);
	char d1[11], d2[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, a->id);
	sqlite3_bind_int64(s, 2, a->intervention_id);
	sq_bind_date(s, 3, a->from, d1);
	sq_bind_date(s, 4, a->to, d2);
	sqlite3_bind_int64(s, 5, a->women);
	sqlite3_bind_int64(s, 6, a->men);
	sq_bind_text(s, 7, a->note);
	return sq_exec_one(st, s, "ändra de anonyma deltagarna", err);
}

int store_anonymous_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM anonymous_count WHERE id = ?1", id, "ta bort de anonyma deltagarna",
			    err);
}
