/*
 * policies.c: the governing documents and their revisions.
 */
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

#define POLICY_COLS "id, name, kind, adopted, revise_by, note"

static void fill_policy(struct stmt *s, void *row)
{
	struct policy *p = row;

	p->id = q_col_int(s, 0);
	q_col_copy(p->name, sizeof(p->name), s, 1);
	if (policy_kind_parse(q_col_text(s, 2), &p->kind) < 0)
		p->kind = POLICY_OTHER;
	p->adopted = q_col_date(s, 3);
	p->revise_by = q_col_date(s, 4);
	q_col_copy(p->note, sizeof(p->note), s, 5);
}

/* The columns after the id. */
static void bind_policy(struct stmt *s, const struct policy *p)
{
	q_text(s, "name", p->name);
	q_text(s, "kind", policy_kind_key(p->kind));
	q_date(s, "adopted", p->adopted);
	q_date(s, "revise_by", p->revise_by);
	q_text(s, "note", p->note);
}

static const char sql_add[] = "INSERT INTO policy (name, kind, adopted, revise_by, note) "
			      "VALUES (:name, :kind, :adopted, :revise_by, :note) RETURNING id";

int store_policy_add(struct store *st, struct policy *p, struct err *err)
{
	struct stmt *s = q_prep(st, sql_add, err);

	bind_policy(s, p);
	return q_exec_id(s, &p->id, "spara styrdokumentet", err);
}

static const char sql_by_id[] = "SELECT " POLICY_COLS " FROM policy WHERE id = :id";
static const char sql_by_name[] = "SELECT " POLICY_COLS " FROM policy WHERE name = :name";

int store_policy_get(struct store *st, int64_t id, const char *name, struct policy *out, struct err *err)
{
	struct stmt *s = q_prep_key(st, sql_by_id, id, sql_by_name, name, err);

	return q_read_one(s, sizeof(*out), fill_policy, out, "läsa styrdokumentet", err);
}

static const char sql_list[] = "SELECT " POLICY_COLS " FROM policy ORDER BY name, id";

int store_policy_list(struct store *st, struct policy **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_policy, &rows, n, "läsa styrdokumenten", err);
	*out = rows;
	return rc;
}

static const char sql_update[] = "UPDATE policy SET name = :name, kind = :kind, adopted = :adopted, "
				 "revise_by = :revise_by, note = :note WHERE id = :id";

int store_policy_update(struct store *st, const struct policy *p, struct err *err)
{
	struct stmt *s = q_prep(st, sql_update, err);

	q_int(s, "id", p->id);
	bind_policy(s, p);
	return q_exec_one(s, "ändra styrdokumentet", err);
}

/* Its revisions go with it (ON DELETE CASCADE). */
static const char sql_delete[] = "DELETE FROM policy WHERE id = :id";

int store_policy_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort styrdokumentet", err);
}

static const char sql_rev_add[] = "INSERT INTO policy_revision (policy_id, date, revise_by, note) "
				  "VALUES (:policy, :date, :revise_by, :note) RETURNING id";

int store_policy_revision_add(struct store *st, struct policy_revision *r, struct err *err)
{
	struct stmt *s = q_prep(st, sql_rev_add, err);

	q_int(s, "policy", r->policy_id);
	q_date(s, "date", r->date);
	q_date(s, "revise_by", r->revise_by);
	q_text(s, "note", r->note);
	return q_exec_id(s, &r->id, "spara revideringen", err);
}

static void fill_revision(struct stmt *s, void *row)
{
	struct policy_revision *r = row;

	r->id = q_col_int(s, 0);
	r->policy_id = q_col_int(s, 1);
	r->date = q_col_date(s, 2);
	r->revise_by = q_col_date(s, 3);
	q_col_copy(r->note, sizeof(r->note), s, 4);
}

static const char sql_rev_list[] = "SELECT id, policy_id, date, revise_by, note FROM policy_revision "
				   "WHERE :policy = 0 OR policy_id = :policy ORDER BY policy_id, date, id";

int store_policy_revision_list(struct store *st, int64_t policy_id, struct policy_revision **out, size_t *n,
			       struct err *err)
{
	struct stmt *s = q_prep(st, sql_rev_list, err);
	void *rows;
	int rc;

	q_int(s, "policy", policy_id);
	rc = q_read_rows(s, sizeof(**out), fill_revision, &rows, n, "läsa revideringarna", err);
	*out = rows;
	return rc;
}

static const char sql_rev_get[] = "SELECT id, policy_id, date, revise_by, note FROM policy_revision WHERE id = :id";

int store_policy_revision_get(struct store *st, int64_t id, struct policy_revision *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_rev_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_revision, out, "läsa revideringen", err);
}

static const char sql_rev_delete[] = "DELETE FROM policy_revision WHERE id = :id";

int store_policy_revision_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_rev_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort revideringen", err);
}
