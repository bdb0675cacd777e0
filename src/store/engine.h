/*
 * engine.h: the database engine under the store's domain files. A domain
 * file (books.c, meetings.c, …) writes each statement once, with named
 * parameters (:name), beside the function that binds it, and runs it
 * through these calls; engine_sqlite.c runs it on SQLite, the embedded
 * default, and engine_pg.c on PostgreSQL through libpq, which numbers the
 * names $1, $2, … in the order they first appear, as SQLite does. Where
 * the two engines need different SQL (an engine's own function, the
 * audit log's rule), the statement is given in both forms with q_prep2,
 * side by side. A new row's id comes back with RETURNING id, which both
 * engines have. Nothing outside src/store/ includes this header.
 *
 * A statement is prepared once per store and kept, found again by the
 * address of its text (a static string); q_prep gives it reset, with no
 * values bound. A value is bound by the parameter's name, the string
 * literal written in the SQL ("date" for :date); a text or a date is
 * borrowed until the statement is stepped, so it must outlive that
 * (it does: every statement is stepped within the call that binds it).
 *
 * The calls that bind, step and run take the NULL a failed q_prep gives,
 * so that a function need not test it before going on: the bindings do
 * nothing, q_step, q_exec, q_exec_one, q_exec_id, q_read_rows and
 * q_read_one return -1 (q_exec_id with *id 0, q_read_rows with no rows,
 * q_read_one with out zeroed), and the message is q_prep's. A function
 * that runs more than one statement still stops at the first that fails.
 */
#ifndef FINSAM_STORE_ENGINE_H
#define FINSAM_STORE_ENGINE_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

struct err;
struct store;
struct stmt;

/* The prepared statement of sql (the same text for both engines), or of
 * sqlite_sql on SQLite and pg_sql on PostgreSQL; NULL with a message. A
 * statement still giving rows (a read whose callback reads the same
 * again) is refused rather than reset under its reader. */
struct stmt *q_prep(struct store *st, const char *sql, struct err *err);
struct stmt *q_prep2(struct store *st, const char *sqlite_sql, const char *pg_sql, struct err *err);
/* A record found by its id or, when id is 0, by its name: by_id with :id
 * bound, or by_name with :name bound (NULL with a message, as q_prep). */
struct stmt *q_prep_key(struct store *st, const char *by_id, int64_t id, const char *by_name, const char *name,
			struct err *err);

/* A large read: one that may give a whole year's verifications or
 * transactions, or a whole table. On SQLite, which steps through the
 * rows where they lie, it is as any other; on PostgreSQL its rows come
 * a batch at a time from a cursor on the server, rather than all held
 * at once (engine_pg.c). q_large marks s (NULL is let be) and
 * q_prep_large prepares and marks. Within a transaction (store_begin) a
 * large read runs in it; outside one it runs in a read-only one of its
 * own, seeing the database as of one moment, until it ends: meanwhile
 * ordinary reads run as ever, but a write outside a transaction and
 * store_begin fail with a message. q_large_batch sets the rows fetched
 * at a time (0: the default, 10 000), for a test to cross batches with
 * few rows. */
struct stmt *q_prep_large(struct store *st, const char *sql, struct err *err);
void q_large(struct stmt *s);
void q_large_batch(struct store *st, int rows);

/* Binds the parameter :name (name without the colon). A NULL text, an
 * unset date and q_null bind NULL. */
void q_int(struct stmt *s, const char *name, int64_t v);
void q_text(struct stmt *s, const char *name, const char *v);
void q_date(struct stmt *s, const char *name, struct date d);
void q_blob(struct stmt *s, const char *name, const void *v, size_t n);
void q_null(struct stmt *s, const char *name);

/* Steps s: 1 with a row to read, 0 when there are no more (s is reset),
 * -1 with a message naming what (s is reset). A busy database is
 * err_busy (see store.h). */
int q_step(struct stmt *s, const char *what, struct err *err);
/* While on, a write that finds another writer at work gives up at once
 * (err_busy) instead of waiting its turn (see store_wait_set). */
void q_no_wait(struct store *st, int on);
/* Resets s before its last row, when a read stops early. */
void q_reset(struct stmt *s);

/* The columns of the row q_step gave, from 0. A NULL reads as 0, as
 * NULL from q_col_text (use q_col_null to tell), an unset date. */
int q_col_null(struct stmt *s, int col);
int64_t q_col_int(struct stmt *s, int col);
const char *q_col_text(struct stmt *s, int col);
size_t q_col_bytes(struct stmt *s, int col);
struct date q_col_date(struct stmt *s, int col);
const void *q_col_blob(struct stmt *s, int col, size_t *n);
/* Copies a text column into dst (n bytes), cut to fit; "" for NULL. */
void q_col_copy(char *dst, size_t n, struct stmt *s, int col);

/* Runs s to its end (its rows, if any, are passed over): 0, or -1 with a
 * message naming what. */
int q_exec(struct stmt *s, const char *what, struct err *err);
/* The same for an UPDATE or DELETE of one row: STORE_NOT_FOUND when it
 * changed none. */
int q_exec_one(struct stmt *s, const char *what, struct err *err);
/* Runs s, an INSERT … RETURNING id (or a query of one number), into *id. */
int q_exec_id(struct stmt *s, int64_t *id, const char *what, struct err *err);
/* Rows in bulk, for an import's many rows of a few tables. q_append runs
 * s, an INSERT INTO t (cols) VALUES (:a, :b, …) whose values are its
 * parameters in the order of the columns, as q_exec does; but on
 * PostgreSQL within a transaction (q_bulk) the row is kept and sent with
 * many others by COPY, before any other statement runs and before the
 * transaction ends (an error may then come from a later call). The ids
 * of rows appended so are given by the caller: q_next_id is the next id
 * of table (a string literal naming it), taken when take is 1, and only
 * seen when 0; on SQLite, which numbers rows itself, there is none. */
int q_append(struct stmt *s, const char *what, struct err *err);
/* Sends what was appended on st now: before a statement of q_prep_once
 * that appended is freed. */
int q_flush(struct store *st, struct err *err);
int q_bulk(struct store *st);
/* 1 when the engine is a server (PostgreSQL): a read of many rows then
 * costs their way to this process, all of them held at once, where a
 * query that sums them on the server is better. */
int q_server(struct store *st);
int q_next_id(struct store *st, const char *table, int take, int64_t *id, struct err *err);
/* A number the store keeps until its transaction ends, for a domain file
 * to note what it has done in this transaction and need not do again
 * there (books.c: the year it marked as having verifications, once per
 * import rather than with each verification). Outside a transaction the
 * note is not kept: q_tx_note gives 0. */
int64_t q_tx_note(struct store *st);
void q_tx_note_set(struct store *st, int64_t v);
/* How many rows the last q_exec of s changed. */
int64_t q_changes(struct stmt *s);

/* Reads every row of s into an array of `size`-byte elements, each zeroed
 * and then filled by fill; *out is NULL when there are none. On an error
 * nothing is returned. */
int q_read_rows(struct stmt *s, size_t size, void (*fill)(struct stmt *s, void *row), void **out, size_t *n,
		const char *what, struct err *err);
/* Steps s through its rows, handing each to row(s, ctx, err): 0 after the
 * last, -1 when a step fails or row returns less than 0 (then s is reset
 * before the rows left). */
int q_each(struct stmt *s, int (*row)(struct stmt *s, void *ctx, struct err *err), void *ctx, const char *what,
	   struct err *err);
/* Reads the one row of s into out (`size` bytes, zeroed, then filled):
 * STORE_NOT_FOUND when there is none. */
int q_read_one(struct stmt *s, size_t size, void (*fill)(struct stmt *s, void *row), void *out, const char *what,
	       struct err *err);

/* A statement of SQL made at run time (copying a whole table, whose
 * columns are read from the database): prepared for this one use, not
 * kept in the store's cache (which finds a statement by the address of a
 * static text), and freed by q_finalize, which takes NULL. Its
 * parameters are bound by number, from 1, in the order they first
 * appear. */
struct stmt *q_prep_once(struct store *st, const char *sql, struct err *err);
void q_finalize(struct stmt *s);
void q_int_at(struct stmt *s, int i, int64_t v);
void q_text_at(struct stmt *s, int i, const char *v);
void q_blob_at(struct stmt *s, int i, const void *v, size_t n);
void q_null_at(struct stmt *s, int i);

/* The columns of the row q_step gave: how many, each one's name, and the
 * kind of its value in this row (an integer, a text, a blob or NULL; on
 * PostgreSQL from the column's type, on SQLite from the value). */
enum q_kind { Q_NULL, Q_INT, Q_TEXT, Q_BLOB };
int q_col_count(struct stmt *s);
const char *q_col_name(struct stmt *s, int col);
enum q_kind q_col_kind(struct stmt *s, int col);

/* "YYYY-MM-DD" of d into buf; the time now in UTC as strftime's fmt puts
 * it (STAMP_SQL, the form the tables' stamps have always had, or
 * STAMP_ISO_UTC, ISO 8601 with its Z, which the users' and the
 * assessments' stamps have). */
const char *q_format_date(char buf[11], struct date d);
#define STAMP_SQL "%Y-%m-%d %H:%M:%S"
#define STAMP_ISO_UTC "%Y-%m-%dT%H:%M:%SZ"
const char *q_utc_now(char *buf, size_t n, const char *fmt);

#endif
