/*
 * engine_sqlite.c: the SQLite side of the engine (engine_int.h): a
 * statement prepared once per store and kept (SQLITE_PREPARE_PERSISTENT,
 * as fossil's db_static_prepare), parameters bound in place, rows read
 * straight from SQLite's columns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine_int.h"
#include "store/sqlite_int.h"
#include "store/store.h"

struct stmt *lite_prepare(struct store *st, const char *sql, struct err *err)
{
	sqlite3_stmt *p = NULL;
	struct stmt *s;

	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &p, NULL) != SQLITE_OK) {
		sq_db_error(st, err, "förbereda fråga");
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->st = st;
	s->lite = p;
	return s;
}

void lite_finalize(struct stmt *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->lite);
	free(s);
}

int lite_param(struct stmt *s, const char *name)
{
	char colon[64];

	if (snprintf(colon, sizeof(colon), ":%s", name) >= (int)sizeof(colon))
		return 0;
	return sqlite3_bind_parameter_index(s->lite, colon);
}

int lite_busy(struct stmt *s)
{
	return sqlite3_stmt_busy(s->lite);
}

void lite_reset(struct stmt *s)
{
	sqlite3_reset(s->lite);
	sqlite3_clear_bindings(s->lite);
}

void lite_bind_int(struct stmt *s, int i, int64_t v)
{
	sqlite3_bind_int64(s->lite, i, v);
}

void lite_bind_text(struct stmt *s, int i, const char *v)
{
	sqlite3_bind_text(s->lite, i, v, -1, SQLITE_STATIC);
}

void lite_bind_text_copy(struct stmt *s, int i, const char *v, int len)
{
	sqlite3_bind_text(s->lite, i, v, len, SQLITE_TRANSIENT);
}

void lite_bind_blob(struct stmt *s, int i, const void *v, size_t n)
{
	sqlite3_bind_blob64(s->lite, i, v, n, SQLITE_STATIC);
}

void lite_bind_null(struct stmt *s, int i)
{
	sqlite3_bind_null(s->lite, i);
}

int lite_step(struct stmt *s, const char *what, struct err *err)
{
	int rc = sqlite3_step(s->lite);

	if (rc == SQLITE_ROW)
		return 1;
	s->changes = sqlite3_changes64(s->st->db);
	sqlite3_reset(s->lite);
	if (rc == SQLITE_DONE)
		return 0;
	sq_db_error(s->st, err, what);
	return -1;
}

int lite_col_null(struct stmt *s, int col)
{
	return sqlite3_column_type(s->lite, col) == SQLITE_NULL;
}

int64_t lite_col_int(struct stmt *s, int col)
{
	return sqlite3_column_int64(s->lite, col);
}

const char *lite_col_text(struct stmt *s, int col)
{
	return (const char *)sqlite3_column_text(s->lite, col);
}

size_t lite_col_bytes(struct stmt *s, int col)
{
	return (size_t)sqlite3_column_bytes(s->lite, col);
}

const void *lite_col_blob(struct stmt *s, int col, size_t *n)
{
	const void *p = sqlite3_column_blob(s->lite, col);

	*n = (size_t)sqlite3_column_bytes(s->lite, col);
	return p;
}

