/*
 * sqlite_int.h: what the SQLite backend's files share. sqlite.c holds the
 * engine (opening, migrations, transactions) and the older domains; each
 * newer domain has a file of its own (sqlite_<domain>.c) with its SQL
 * beside the function that binds it, prepared once per store through
 * sq_stmt. Nothing outside src/store/ includes this header.
 */
#ifndef FINSAM_STORE_SQLITE_INT_H
#define FINSAM_STORE_SQLITE_INT_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "store/engine.h"

struct err;

struct store_stmt {
	const char *sql;          /* the statement's text: a static string, found by address */
	sqlite3_stmt *stmt;
};

struct store {
	sqlite3 *db;              /* on SQLite; NULL on PostgreSQL */
	struct pg_conn *pg;       /* on PostgreSQL; NULL on SQLite */
	char *path;
	char actor[64];
	sqlite3_stmt **stmt;      /* sqlite.c's statements, by their id */
	struct store_stmt *extra; /* the domain files' statements */
	int n_extra;
	size_t cap_extra;
	/* The statements of engine.h's calls: a table open-addressed by the
	 * address of their text, so that a statement of an import's inner
	 * loop is found in a step or two among hundreds. */
	struct stmt **q;
	size_t n_q, cap_q;        /* cap_q a power of two, at most half full */
	int in_tx;
	/* The id the next transaction (table trans) gets, known within a
	 * transaction of this connection once read (0: read it). */
	int64_t trans_next;
	/* Waiting for another writer (sqlite.c's busy handler). */
	int busy;                 /* a statement found the database busy since store_busy_taken */
	int no_wait;              /* give up at once instead of waiting */
	int64_t wait_start_ms;    /* when the present wait began */
	int noticed;              /* the present wait has been told of */
};

#define STAMP_ISO "%Y-%m-%dT%H:%M:%SZ"

/* The prepared statement of `text` (a static string: it is cached by its
 * address), reset and with its bindings cleared; NULL with a message. */
sqlite3_stmt *sq_stmt(struct store *st, const char *text, struct err *err);

int sq_db_error(struct store *st, struct err *err, const char *what);
/* Binds a borrowed string (NULL binds NULL); it must outlive the step. */
void sq_bind_text(sqlite3_stmt *s, int i, const char *v);
const char *sq_format_date(char buf[11], struct date d);
/* Binds a date as "YYYY-MM-DD" (in buf), or NULL when it is not set. */
void sq_bind_date(sqlite3_stmt *s, int i, struct date d, char buf[11]);
const char *sq_utc_now(char *buf, size_t n, const char *fmt);
struct date sq_col_date(sqlite3_stmt *s, int i);
const char *sq_col_text(sqlite3_stmt *s, int i);
void sq_copy_col(char *dst, size_t n, sqlite3_stmt *s, int i);
/* Steps a statement that returns no rows, and resets it. */
int sq_exec_step(struct store *st, sqlite3_stmt *s, struct err *err, const char *what);
/* Steps an UPDATE or DELETE of one row: STORE_NOT_FOUND when it changed
 * none, -1 with a message (naming what) on failure. */
int sq_exec_one(struct store *st, sqlite3_stmt *s, const char *what, struct err *err);
/* Reads every row of s into an array of `size`-byte elements, each zeroed
 * and filled by fill; *out NULL when none. The statement is reset. */
int sq_read_rows(struct store *st, sqlite3_stmt *s, size_t size, void (*fill)(sqlite3_stmt *s, void *row),
		 void **out, size_t *n, const char *what, struct err *err);
/* Reads the one row of s (bound to an id) into out, an element of `size`
 * bytes zeroed and filled by fill: STORE_NOT_FOUND when there is none.
 * The statement is reset. */
int sq_read_one(struct store *st, sqlite3_stmt *s, size_t size, void (*fill)(sqlite3_stmt *s, void *row),
		void *out, const char *what, struct err *err);
/* Binds an intervention's fields (name … goals, 15 parameters, in the
 * order of the table's columns) from parameter first on; the dates are
 * formatted into dates. */
struct intervention;
void sq_bind_intervention(sqlite3_stmt *s, int first, const struct intervention *iv, char dates[4][11]);
/* Fill a struct anonymous_count / struct board_member from a row of
 * their tables' columns, for sq_read_rows. */
void sq_fill_anonymous(sqlite3_stmt *s, void *row);
/* An activity's meetings and persons from columns col, col + 1, and bound
 * to parameters first, first + 1 (persons NULL when not known). */
struct activity;
void sq_activity_counts(sqlite3_stmt *s, int col, struct activity *a);
void sq_bind_activity_counts(sqlite3_stmt *s, int first, const struct activity *a);
void sq_fill_board(sqlite3_stmt *s, void *row);
/* Removes the row of `table` with id through the statement text ("DELETE
 * FROM x WHERE id = ?1"): STORE_NOT_FOUND when there was none. */
int sq_delete_id(struct store *st, const char *text, int64_t id, const char *what, struct err *err);

#endif
