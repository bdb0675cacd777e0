/*
 * engine_int.h: what engine.c shares with the two engines. A statement
 * (struct stmt) is the engine's prepared statement with the store it
 * belongs to and a small cache of the parameter names bound to it;
 * engine.c's q_* calls go to the engine the store runs on, and hold what
 * is the same for both (reading rows, the name cache, the formats).
 */
#ifndef FINSAM_STORE_ENGINE_INT_H
#define FINSAM_STORE_ENGINE_INT_H

#include <sqlite3.h>

#include "store/engine.h"
#include "store/store.h"

#define STMT_NAMES 24

struct stmt {
	struct store *st;
	const char *key;           /* the text it was prepared from: the store's cache finds it by address */
	int64_t schema;            /* and the schema it was prepared in (store_int.h: q_schema) */
	sqlite3_stmt *lite;        /* on SQLite */
	struct pg_stmt *pg;        /* on PostgreSQL */
	/* The names bound to it, by address (the string literals of the
	 * domain files) with their parameter's number, so that a name is found
	 * again without asking the engine. */
	const char *names[STMT_NAMES];
	int index[STMT_NAMES];
	int n_names;
	int next;                  /* the name the next binding is looked for first */
	int64_t changes;           /* the rows the last q_exec changed */
	/* On SQLite, an INSERT … RETURNING id without an ON CONFLICT …
	 * DO UPDATE runs without its RETURNING (which makes SQLite keep the
	 * rows aside, a quarter of an import's time) and gives the new row's
	 * id as the one row it returns: rowid_row is 1 while that row is read. */
	int rowid_returning, rowid_row;
	int64_t rowid;
	/* On SQLite, the parameters bound since the statement was reset (bit
	 * i - 1 for parameter i): those not bound are set to NULL when it is
	 * stepped, rather than every one cleared at every reset, which an
	 * import's inserts would pay for millions of times. */
	uint64_t bound;
	int n_params;
};

/* SQLite's side (engine_sqlite.c). */
struct stmt *lite_prepare(struct store *st, const char *sql, struct err *err);
void lite_finalize(struct stmt *s);
int lite_param(struct stmt *s, const char *name);
int lite_busy(struct stmt *s);
void lite_reset(struct stmt *s);
void lite_bind_int(struct stmt *s, int i, int64_t v);
/* A borrowed text (it outlives the step), and a copied one of len bytes. */
void lite_bind_text(struct stmt *s, int i, const char *v);
void lite_bind_text_copy(struct stmt *s, int i, const char *v, int len);
void lite_bind_blob(struct stmt *s, int i, const void *v, size_t n);
void lite_bind_null(struct stmt *s, int i);
int lite_step(struct stmt *s, const char *what, struct err *err);
int lite_col_null(struct stmt *s, int col);
int64_t lite_col_int(struct stmt *s, int col);
const char *lite_col_text(struct stmt *s, int col);
size_t lite_col_bytes(struct stmt *s, int col);
const void *lite_col_blob(struct stmt *s, int col, size_t *n);
int lite_col_count(struct stmt *s);
const char *lite_col_name(struct stmt *s, int col);
enum q_kind lite_col_kind(struct stmt *s, int col);

/* PostgreSQL's side (engine_pg.c), the same calls. */
struct pg_conn;
int pg_is_uri(const char *s);
struct stmt *pg_prepare(struct store *st, const char *sql, struct err *err);
void pg_finalize(struct stmt *s);
int pg_param(struct stmt *s, const char *name);
int pg_busy(struct stmt *s);
void pg_reset(struct stmt *s);
void pg_bind_int(struct stmt *s, int i, int64_t v);
void pg_bind_text(struct stmt *s, int i, const char *v);
void pg_bind_text_copy(struct stmt *s, int i, const char *v, int len);
void pg_bind_blob(struct stmt *s, int i, const void *v, size_t n);
void pg_bind_null(struct stmt *s, int i);
int pg_step(struct stmt *s, const char *what, struct err *err);
int pg_col_null(struct stmt *s, int col);
int64_t pg_col_int(struct stmt *s, int col);
const char *pg_col_text(struct stmt *s, int col);
size_t pg_col_bytes(struct stmt *s, int col);
const void *pg_col_blob(struct stmt *s, int col, size_t *n);
int pg_col_count(struct stmt *s);
const char *pg_col_name(struct stmt *s, int col);
enum q_kind pg_col_kind(struct stmt *s, int col);
/* Frees s and its prepared statement on the server. */
void pg_release(struct stmt *s);
/* Large reads (engine.h's q_large, q_large_batch): s marked as one; the
 * rows fetched at a time (0: the default); 1 while large reads hold a
 * read transaction of their own. */
void pg_large(struct stmt *s);
void pg_batch_set(struct store *st, int rows);
int pg_reading(struct store *st);
/* The connection: opened from a URI or connection string, closed; a
 * command run as it is (several, separated by ';'); a transaction with the
 * writers' lock, waited for up to wait_ms; its rollback. */
int pg_connect(struct pg_conn **out, const char *uri, struct err *err);
void pg_disconnect(struct pg_conn *pc);
int pg_exec(struct store *st, const char *sql, struct err *err);
/* Rows in bulk (engine.h's q_append, q_next_id): whether appending keeps
 * rows for COPY (in a transaction), appending s's row, sending what was
 * appended, and the next id of table (a string literal). */
int pg_bulk_on(struct store *st);
int pg_append(struct stmt *s, const char *what, struct err *err);
int pg_bulk_flush(struct store *st, struct err *err);
int pg_next_id(struct store *st, const char *table, int take, int64_t *id, struct err *err);
int pg_begin(struct store *st, long wait_ms, struct err *err);
void pg_rollback(struct store *st);

/* A store on PostgreSQL (store_open of a postgresql:// URI): connected,
 * its schema brought up to date (created when mode allows); and the
 * version its schema is at (*foreign: tables there, but not finsam's). */
int pg_store_open(struct store **out, const char *uri, enum store_open_mode mode, int *created, struct err *err);
int pg_store_version(struct store *st, int *version, int *foreign, struct err *err);
/* Brings the schema st works in up to date (created when mode allows). */
int pg_store_ready(struct store *st, enum store_open_mode mode, int *created, struct err *err);
/* The writers' lock of a database's own (public) schema. */
#define PG_LOCK_PUBLIC 0x66696e73616dLL
/* Makes st, connected to a host's database, work in the förbund name's
 * schema (host.c): its name checked and found in the host's register,
 * the connection's search_path and the writers' lock its own. On failure
 * st works in no schema at all. */
int pg_host_enter(struct store *st, const char *name, struct err *err);

/* The store's statements, by the address of their text (store.c). */
struct stmt *store_stmt_find(struct store *st, const char *key);
void store_stmt_keep(struct store *st, struct stmt *s);
/* Forgets every kept statement of st, here and on the server, when there
 * are more than max and none is being read, outside a transaction: a
 * host's connection keeps each förbund's statements (q_schema), and would
 * otherwise hold every förbund's on the server, each planned. */
void store_stmt_forget(struct store *st, size_t max);
/* The store's PostgreSQL connection, NULL on SQLite; a busy database
 * noted for store_busy_taken. */
struct pg_conn *store_pg(const struct store *st);
void store_busy_note(struct store *st);

#endif
