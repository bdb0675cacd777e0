/*
 * sqlite_members.c: corrections of the members (with their grant-share
 * keys) and of the board's composition: one record found by its id,
 * changed or removed.
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

/* As the schema spells enum member_kind. */
static const char *const kinds[] = { "state", "region", "municipality" };

static void fill_member(sqlite3_stmt *s, void *row)
{
	struct member *m = row;
	const char *kind = sq_col_text(s, 2);
	int k;

	m->id = sqlite3_column_int64(s, 0);
	sq_copy_col(m->name, sizeof(m->name), s, 1);
	for (k = 0; k < 3; k++)
		if (kind && strcmp(kind, kinds[k]) == 0)
			m->kind = (enum member_kind)k;
	m->key = sqlite3_column_int64(s, 3);
}

static const char sql_member_by_id[] = "SELECT id, name, kind, share_key FROM member WHERE id = ?1";
static const char sql_member_by_name[] = "SELECT id, name, kind, share_key FROM member WHERE name = ?1";

int store_member_get(struct store *st, int64_t id, const char *name, struct member *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, id ? sql_member_by_id : sql_member_by_name, err);

	if (!s)
		return -1;
	if (id)
		sqlite3_bind_int64(s, 1, id);
	else
		sq_bind_text(s, 1, name);
	return sq_read_one(st, s, sizeof(*out), fill_member, out, "läsa medlemmen", err);
}

static const char sql_member_update[] = "UPDATE member SET name = ?2, kind = ?3, share_key = ?4 WHERE id = ?1";

int store_member_update(struct store *st, const struct member *m, struct err *err)
{
	sqlite3_stmt *s;

	if ((unsigned)m->kind >= sizeof(kinds) / sizeof(kinds[0]))
		return err_set(err, "okänd medlemstyp");
	s = sq_stmt(st, sql_member_update, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, m->id);
	sq_bind_text(s, 2, m->name);
	sq_bind_text(s, 3, kinds[m->kind]);
	sqlite3_bind_int64(s, 4, m->key);
	return sq_exec_one(st, s, "ändra medlemmen", err);
}

int store_member_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM member WHERE id = ?1", id, "ta bort medlemmen", err);
}

static const char sql_board_get[] = "SELECT id, year, name, role, appointed_by FROM board_member WHERE id = ?1";

int store_board_get(struct store *st, int64_t id, struct board_member *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_board_get, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_read_one(st, s, sizeof(*out), sq_fill_board, out, "läsa ledamoten", err);
}

static const char sql_board_update[] =
	"UPDATE board_member SET year = ?2, name = ?3, role = ?4, appointed_by = ?5 WHERE id = ?1";

int store_board_update(struct store *st, const struct board_member *b, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_board_update, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, b->id);
	sqlite3_bind_int(s, 2, b->year);
	sq_bind_text(s, 3, b->name);
	sq_bind_text(s, 4, board_role_key(b->role));
	sq_bind_text(s, 5, b->appointed_by);
	return sq_exec_one(st, s, "ändra ledamoten", err);
}

int store_board_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM board_member WHERE id = ?1", id, "ta bort ledamoten", err);
}
