/*
 * interventions.c: the interventions (insatser) and the board's funding
 * decisions: added, found by id (an intervention also by name), listed,
 * changed and removed, and what still refers to an intervention, so that
 * a removal can be refused before it leaves anything dangling.
 */
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

#define IV_COLS                                                                                              \
	"id, name, kind, owner, partners, target_group, age_min, age_max, start_date, end_date, purpose, "     \
	"accounts, objects, participant_start, participant_end, goals"

static void fill_intervention(struct stmt *s, void *row)
{
	struct intervention *iv = row;
	const char *kind = q_col_text(s, 2);
	enum intervention_kind k = INTERVENTION_INDIVIDUAL;

	iv->id = q_col_int(s, 0);
	q_col_copy(iv->name, sizeof(iv->name), s, 1);
	intervention_kind_parse(kind ? kind : "", &k);
	iv->kind = k;
	q_col_copy(iv->owner, sizeof(iv->owner), s, 3);
	q_col_copy(iv->partners, sizeof(iv->partners), s, 4);
	q_col_copy(iv->target_group, sizeof(iv->target_group), s, 5);
	iv->age_min = (int)q_col_int(s, 6);
	iv->age_max = (int)q_col_int(s, 7);
	iv->start = q_col_date(s, 8);
	iv->end = q_col_date(s, 9);
	q_col_copy(iv->purpose, sizeof(iv->purpose), s, 10);
	q_col_copy(iv->accounts, sizeof(iv->accounts), s, 11);
	q_col_copy(iv->objects, sizeof(iv->objects), s, 12);
	iv->p_start = q_col_date(s, 13);
	iv->p_end = q_col_date(s, 14);
	q_col_copy(iv->goals, sizeof(iv->goals), s, 15);
}

/* The fields both the insert and the update set, by their column names. */
static void bind_intervention(struct stmt *s, const struct intervention *iv)
{
	q_text(s, "name", iv->name);
	q_text(s, "kind", intervention_kind_key(iv->kind));
	q_text(s, "owner", iv->owner);
	q_text(s, "partners", iv->partners);
	q_text(s, "target_group", iv->target_group);
	q_int(s, "age_min", iv->age_min);
	q_int(s, "age_max", iv->age_max);
	q_date(s, "start_date", iv->start);
	q_date(s, "end_date", iv->end);
	q_text(s, "purpose", iv->purpose);
	q_text(s, "accounts", iv->accounts);
	q_text(s, "objects", iv->objects);
	q_date(s, "participant_start", iv->p_start);
	q_date(s, "participant_end", iv->p_end);
	q_text(s, "goals", iv->goals);
}

static const char sql_iv_add[] =
	"INSERT INTO intervention (name, kind, owner, partners, target_group, age_min, age_max, start_date, "
	"end_date, purpose, accounts, objects, participant_start, participant_end, goals) "
	"VALUES (:name, :kind, :owner, :partners, :target_group, :age_min, :age_max, :start_date, :end_date, "
	":purpose, :accounts, :objects, :participant_start, :participant_end, :goals) RETURNING id";

int store_intervention_add(struct store *st, struct intervention *iv, struct err *err)
{
	struct stmt *s = q_prep(st, sql_iv_add, err);

	bind_intervention(s, iv);
	return q_exec_id(s, &iv->id, "spara insatsen", err);
}

static const char sql_iv_by_id[] = "SELECT " IV_COLS " FROM intervention WHERE id = :id";
static const char sql_iv_by_name[] = "SELECT " IV_COLS " FROM intervention WHERE name = :name";

int store_intervention_get(struct store *st, int64_t id, const char *name, struct intervention *out,
			   struct err *err)
{
	struct stmt *s = q_prep_key(st, sql_iv_by_id, id, sql_iv_by_name, name, err);

	return q_read_one(s, sizeof(*out), fill_intervention, out, "läsa insatsen", err);
}

static const char sql_iv_list[] = "SELECT " IV_COLS " FROM intervention ORDER BY id";

int store_intervention_list(struct store *st, struct intervention **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_iv_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_intervention, &rows, n, "läsa insatserna", err);
	*out = rows;
	return rc;
}

static const char sql_iv_update[] =
	"UPDATE intervention SET name = :name, kind = :kind, owner = :owner, partners = :partners, "
	"target_group = :target_group, age_min = :age_min, age_max = :age_max, start_date = :start_date, "
	"end_date = :end_date, purpose = :purpose, accounts = :accounts, objects = :objects, "
	"participant_start = :participant_start, participant_end = :participant_end, goals = :goals "
	"WHERE id = :id";

int store_intervention_update(struct store *st, const struct intervention *iv, struct err *err)
{
	struct stmt *s = q_prep(st, sql_iv_update, err);

	q_int(s, "id", iv->id);
	bind_intervention(s, iv);
	return q_exec_one(s, "ändra insatsen", err);
}

static const char sql_iv_delete[] = "DELETE FROM intervention WHERE id = :id";

int store_intervention_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_iv_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort insatsen", err);
}

static const char sql_iv_refs[] =
	"SELECT (SELECT count(*) FROM decision WHERE intervention_id = :id), "
	"(SELECT count(*) FROM enrolment WHERE intervention_id = :id), "
	"(SELECT count(*) FROM anonymous_count WHERE intervention_id = :id), "
	"(SELECT count(*) FROM result_goal WHERE intervention_id = :id), "
	"(SELECT count(*) FROM survey_answer WHERE intervention_id = :id), "
	"(SELECT count(*) FROM user_intervention WHERE intervention_id = :id), "
	"(SELECT count(*) FROM allocation WHERE intervention_id = :id)";

static void fill_refs(struct stmt *s, void *row)
{
	struct intervention_refs *r = row;

	r->decisions = q_col_int(s, 0);
	r->enrolments = q_col_int(s, 1);
	r->anonymous = q_col_int(s, 2);
	r->result_goals = q_col_int(s, 3);
	r->survey_answers = q_col_int(s, 4);
	r->users = q_col_int(s, 5);
	r->allocations = q_col_int(s, 6);
}

int store_intervention_refs(struct store *st, int64_t id, struct intervention_refs *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_iv_refs, err);

	memset(out, 0, sizeof(*out));
	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_refs, out, "läsa vad som hör till insatsen", err);
}

static void fill_decision(struct stmt *s, void *row)
{
	struct decision *d = row;

	d->id = q_col_int(s, 0);
	d->intervention_id = q_col_int(s, 1);
	d->meeting = q_col_date(s, 2);
	d->amount = q_col_int(s, 3);
	d->year_from = (int)q_col_int(s, 4);
	d->year_to = (int)q_col_int(s, 5);
	q_col_copy(d->note, sizeof(d->note), s, 6);
}

static const char sql_dec_add[] =
	"INSERT INTO decision (intervention_id, meeting_date, amount, year_from, year_to, note) "
	"VALUES (:insats, :meeting_date, :amount, :year_from, :year_to, :note) RETURNING id";

int store_decision_add(struct store *st, struct decision *d, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_add, err);

	q_int(s, "insats", d->intervention_id);
	q_date(s, "meeting_date", d->meeting);
	q_int(s, "amount", d->amount);
	q_int(s, "year_from", d->year_from);
	q_int(s, "year_to", d->year_to);
	q_text(s, "note", d->note);
	return q_exec_id(s, &d->id, "spara beslutet", err);
}

static const char sql_dec_list[] = "SELECT id, intervention_id, meeting_date, amount, year_from, year_to, note "
				   "FROM decision ORDER BY meeting_date, id";

int store_decision_list(struct store *st, struct decision **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_decision, &rows, n, "läsa besluten", err);
	*out = rows;
	return rc;
}

static const char sql_dec_get[] =
	"SELECT id, intervention_id, meeting_date, amount, year_from, year_to, note FROM decision WHERE id = :id";

int store_decision_get(struct store *st, int64_t id, struct decision *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_decision, out, "läsa beslutet", err);
}

static const char sql_dec_update[] =
	"UPDATE decision SET intervention_id = :insats, meeting_date = :meeting_date, amount = :amount, "
	"year_from = :year_from, year_to = :year_to, note = :note WHERE id = :id";

int store_decision_update(struct store *st, const struct decision *d, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_update, err);

	q_int(s, "id", d->id);
	q_int(s, "insats", d->intervention_id);
	q_date(s, "meeting_date", d->meeting);
	q_int(s, "amount", d->amount);
	q_int(s, "year_from", d->year_from);
	q_int(s, "year_to", d->year_to);
	q_text(s, "note", d->note);
	return q_exec_one(s, "ändra beslutet", err);
}

static const char sql_dec_delete[] = "DELETE FROM decision WHERE id = :id";

int store_decision_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dec_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort beslutet", err);
}
