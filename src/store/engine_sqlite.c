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
#include "store/store_int.h"
#include "store/store.h"

#define RETURNING_ID " RETURNING id"

/* 1 when sql is an INSERT whose RETURNING id can be read from SQLite's
 * last rowid instead: it ends so, and no ON CONFLICT … DO UPDATE may give
 * the id of a row it did not insert. */
static int rowid_returning(const char *sql)
{
	size_t n = strlen(sql), k = strlen(RETURNING_ID);

	return strncmp(sql, "INSERT ", 7) == 0 && n > k && strcmp(sql + n - k, RETURNING_ID) == 0 &&
	       !strstr(sql, "DO UPDATE");
}

struct stmt *lite_prepare(struct store *st, const char *sql, struct err *err)
{
	sqlite3_stmt *p = NULL;
	struct stmt *s;
	int bare = rowid_returning(sql);

	if (sqlite3_prepare_v3(st->db, sql, bare ? (int)(strlen(sql) - strlen(RETURNING_ID)) : -1,
			       SQLITE_PREPARE_PERSISTENT, &p, NULL) != SQLITE_OK) {
		sq_db_error(st, err, "förbereda fråga");
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->st = st;
	s->lite = p;
	s->rowid_returning = bare;
	s->n_params = sqlite3_bind_parameter_count(p);
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
	return s->rowid_row || sqlite3_stmt_busy(s->lite);
}

void lite_reset(struct stmt *s)
{
	s->rowid_row = 0;
	sqlite3_reset(s->lite);
	s->bound = 0;
	if (s->n_params > 64)
		sqlite3_clear_bindings(s->lite);
}

/* Parameter i is bound this time. */
static void bound(struct stmt *s, int i)
{
	if (i <= 64)
		s->bound |= (uint64_t)1 << (i - 1);
}

void lite_bind_int(struct stmt *s, int i, int64_t v)
{
	sqlite3_bind_int64(s->lite, i, v);
	bound(s, i);
}

void lite_bind_text(struct stmt *s, int i, const char *v)
{
	sqlite3_bind_text(s->lite, i, v, -1, SQLITE_STATIC);
	bound(s, i);
}

void lite_bind_text_copy(struct stmt *s, int i, const char *v, int len)
{
	sqlite3_bind_text(s->lite, i, v, len, SQLITE_TRANSIENT);
	bound(s, i);
}

void lite_bind_blob(struct stmt *s, int i, const void *v, size_t n)
{
	sqlite3_bind_blob64(s->lite, i, v, n, SQLITE_STATIC);
	bound(s, i);
}

void lite_bind_null(struct stmt *s, int i)
{
	sqlite3_bind_null(s->lite, i);
	bound(s, i);
}

int lite_step(struct stmt *s, const char *what, struct err *err)
{
	int rc;

	/* The one row of an insert's id has been read. */
	if (s->rowid_row) {
		s->rowid_row = 0;
		return 0;
	}
	/* A new run: what was not bound for it is NULL, never the value of
	 * the run before. */
	if (!sqlite3_stmt_busy(s->lite) && s->n_params && s->n_params <= 64) {
		int i;

		for (i = 1; i <= s->n_params; i++)
			if (!(s->bound & ((uint64_t)1 << (i - 1))))
				sqlite3_bind_null(s->lite, i);
	}
	rc = sqlite3_step(s->lite);
	if (rc == SQLITE_ROW)
		return 1;
	s->changes = sqlite3_changes64(s->st->db);
	sqlite3_reset(s->lite);
	if (rc == SQLITE_DONE) {
		/* An insert that inserted (ON CONFLICT DO NOTHING may not) gives
		 * its id as a row, as RETURNING id would. */
		if (s->rowid_returning && s->changes > 0) {
			s->rowid = sqlite3_last_insert_rowid(s->st->db);
			s->rowid_row = 1;
			return 1;
		}
		return 0;
	}
	sq_db_error(s->st, err, what);
	return -1;
}

int lite_col_null(struct stmt *s, int col)
{
	if (s->rowid_row)
		return col != 0;
	return sqlite3_column_type(s->lite, col) == SQLITE_NULL;
}

int64_t lite_col_int(struct stmt *s, int col)
{
	if (s->rowid_row)
		return col == 0 ? s->rowid : 0;
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


int lite_col_count(struct stmt *s)
{
	return sqlite3_column_count(s->lite);
}

const char *lite_col_name(struct stmt *s, int col)
{
	return sqlite3_column_name(s->lite, col);
}

/* A real number, which no column of finsam's holds, is read as its text. */
enum q_kind lite_col_kind(struct stmt *s, int col)
{
	switch (sqlite3_column_type(s->lite, col)) {
	case SQLITE_NULL:
		return Q_NULL;
	case SQLITE_INTEGER:
		return Q_INT;
	case SQLITE_BLOB:
		return Q_BLOB;
	default:
		return Q_TEXT;
	}
}
