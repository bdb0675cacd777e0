/*
 * board.c: the board (styrelsen) of a year: its members and deputies with
 * their roles and the member organisation that appointed each, listed
 * chair first, then the vice chair, the members and the deputies.
 */
#include "base/err.h"
#include "store/domain_int.h"
#include "store/engine.h"
#include "store/store.h"

static const char sql_board_add[] = "INSERT INTO board_member (year, name, role, appointed_by) "
				    "VALUES (:year, :name, :role, :appointed_by) RETURNING id";

int store_board_add(struct store *st, struct board_member *b, struct err *err)
{
	struct stmt *s = q_prep(st, sql_board_add, err);

	q_int(s, "year", b->year);
	q_text(s, "name", b->name);
	q_text(s, "role", board_role_key(b->role));
	q_text(s, "appointed_by", b->appointed_by);
	return q_exec_id(s, &b->id, "spara ledamoten", err);
}

void fill_board(struct stmt *s, void *row)
{
	struct board_member *b = row;
	const char *role = q_col_text(s, 3);
	enum board_role r = BOARD_MEMBER;

	b->id = q_col_int(s, 0);
	b->year = (int)q_col_int(s, 1);
	q_col_copy(b->name, sizeof(b->name), s, 2);
	board_role_parse(role ? role : "", &r);
	b->role = r;
	q_col_copy(b->appointed_by, sizeof(b->appointed_by), s, 4);
}

static const char sql_board_list[] =
	"SELECT id, year, name, role, appointed_by FROM board_member WHERE year = :year "
	"ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, id";

int store_board_list(struct store *st, int year, struct board_member **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_board_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_board, &rows, n, "läsa styrelsen", err);
	*out = rows;
	return rc;
}
