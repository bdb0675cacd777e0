/*
 * sqlite_themes.c: the year cycle's themes, one per year and tertial.
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static const char sql_set[] = "INSERT INTO tertial_theme (year, tertial, theme) VALUES (?1, ?2, ?3) "
			      "ON CONFLICT (year, tertial) DO UPDATE SET theme = excluded.theme";

int store_theme_set(struct store *st, const struct tertial_theme *t, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_set, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, t->year);
	sqlite3_bind_int(s, 2, t->tertial);
	sq_bind_text(s, 3, t->theme);
	return sq_exec_step(st, s, err, "spara temat");
}

static const char sql_delete[] = "DELETE FROM tertial_theme WHERE year = ?1 AND tertial = ?2";

int store_theme_delete(struct store *st, int year, int tertial, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_delete, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int(s, 2, tertial);
	return sq_exec_one(st, s, "ta bort temat", err);
}

static const char sql_list[] = "SELECT year, tertial, theme FROM tertial_theme WHERE year = ?1 ORDER BY tertial";

static void fill_theme(sqlite3_stmt *s, void *row)
{
	struct tertial_theme *t = row;

	t->year = sqlite3_column_int(s, 0);
	t->tertial = sqlite3_column_int(s, 1);
	sq_copy_col(t->theme, sizeof(t->theme), s, 2);
}

int store_theme_list(struct store *st, int year, struct tertial_theme **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	return sq_read_rows(st, s, sizeof(**out), fill_theme, (void **)out, n, "läsa årshjulets teman", err);
}
