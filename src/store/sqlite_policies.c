/*
 * sqlite_policies.c: the governing documents and their revisions.
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

#define POLICY_COLS "id, name, kind, adopted, revise_by, note"

static void fill_policy(sqlite3_stmt *s, void *row)
{
	struct policy *p = row;

	p->id = sqlite3_column_int64(s, 0);
	sq_copy_col(p->name, sizeof(p->name), s, 1);
	if (policy_kind_parse(sq_col_text(s, 2), &p->kind) < 0)
		p->kind = POLICY_OTHER;
	p->adopted = sq_col_date(s, 3);
	p->revise_by = sq_col_date(s, 4);
	sq_copy_col(p->note, sizeof(p->note), s, 5);
}

/* The columns after the id, from parameter 2 on. */
static void bind_policy(sqlite3_stmt *s, const struct policy *p, char dates[2][11])
{
	sq_bind_text(s, 2, p->name);
	sq_bind_text(s, 3, policy_kind_key(p->kind));
	sq_bind_date(s, 4, p->adopted, dates[0]);
	sq_bind_date(s, 5, p->revise_by, dates[1]);
	sq_bind_text(s, 6, p->note);
}

static const char sql_add[] = "INSERT INTO policy (name, kind, adopted, revise_by, note) "
			      "VALUES (?2, ?3, ?4, ?5, ?6)";

int store_policy_add(struct store *st, struct policy *p, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_add, err);
	char dates[2][11];

	if (!s)
		return -1;
	bind_policy(s, p, dates);
	if (sq_exec_step(st, s, err, "spara styrdokumentet") < 0)
		return -1;
	p->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static const char sql_by_id[] = "SELECT " POLICY_COLS " FROM policy WHERE id = ?1";
static const char sql_by_name[] = "SELECT " POLICY_COLS " FROM policy WHERE name = ?1";

int store_policy_get(struct store *st, int64_t id, const char *name, struct policy *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, id ? sql_by_id : sql_by_name, err);

	if (!s)
		return -1;
	if (id)
		sqlite3_bind_int64(s, 1, id);
	else
		sq_bind_text(s, 1, name);
	return sq_read_one(st, s, sizeof(*out), fill_policy, out, "läsa styrdokumentet", err);
}

static const char sql_list[] = "SELECT " POLICY_COLS " FROM policy ORDER BY name, id";

int store_policy_list(struct store *st, struct policy **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	return sq_read_rows(st, s, sizeof(**out), fill_policy, (void **)out, n, "läsa styrdokumenten", err);
}

static const char sql_update[] =
	"UPDATE policy SET name = ?2, kind = ?3, adopted = ?4, revise_by = ?5, note = ?6 WHERE id = ?1";

int store_policy_update(struct store *st, const struct policy *p, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_update, err);
	char dates[2][11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, p->id);
	bind_policy(s, p, dates);
	return sq_exec_one(st, s, "ändra styrdokumentet", err);
}

int store_policy_delete(struct store *st, int64_t id, struct err *err)
{
	/* Its revisions go with it (ON DELETE CASCADE). */
	return sq_delete_id(st, "DELETE FROM policy WHERE id = ?1", id, "ta bort styrdokumentet", err);
}

static const char sql_rev_add[] = "INSERT INTO policy_revision (policy_id, date, revise_by, note) "
				  "VALUES (?1, ?2, ?3, ?4)";

int store_policy_revision_add(struct store *st, struct policy_revision *r, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_rev_add, err);
	char d[11], by[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, r->policy_id);
	sq_bind_date(s, 2, r->date, d);
	sq_bind_date(s, 3, r->revise_by, by);
	sq_bind_text(s, 4, r->note);
	if (sq_exec_step(st, s, err, "spara revideringen") < 0)
		return -1;
	r->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void fill_revision(sqlite3_stmt *s, void *row)
{
	struct policy_revision *r = row;

	r->id = sqlite3_column_int64(s, 0);
	r->policy_id = sqlite3_column_int64(s, 1);
	r->date = sq_col_date(s, 2);
	r->revise_by = sq_col_date(s, 3);
	sq_copy_col(r->note, sizeof(r->note), s, 4);
}

static const char sql_rev_list[] = "SELECT id, policy_id, date, revise_by, note FROM policy_revision "
				   "WHERE ?1 = 0 OR policy_id = ?1 ORDER BY policy_id, date, id";

int store_policy_revision_list(struct store *st, int64_t policy_id, struct policy_revision **out, size_t *n,
			       struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_rev_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, policy_id);
	return sq_read_rows(st, s, sizeof(**out), fill_revision, (void **)out, n, "läsa revideringarna", err);
}

static const char sql_rev_get[] = "SELECT id, policy_id, date, revise_by, note FROM policy_revision WHERE id = ?1";

int store_policy_revision_get(struct store *st, int64_t id, struct policy_revision *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_rev_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), fill_revision, out, "läsa revideringen", err);
}

int store_policy_revision_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM policy_revision WHERE id = ?1", id, "ta bort revideringen", err);
}
