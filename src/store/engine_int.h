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

#define STMT_NAMES 24

struct stmt {
	struct store *st;
	const char *key;           /* the text it was prepared from: the store's cache finds it by address */
	sqlite3_stmt *lite;        /* on SQLite */
	struct pg_stmt *pg;        /* on PostgreSQL */
	/* The names bound to it, by address (the string literals of the
	 * domain files) with their parameter's number, so that a name is found
	 * again without asking the engine. */
	const char *names[STMT_NAMES];
	int index[STMT_NAMES];
	int n_names;
	int64_t changes;           /* the rows the last q_exec changed */
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
int64_t lite_changes(struct stmt *s);

/* The store's statements, by the address of their text (sqlite.c). */
struct stmt *store_stmt_find(struct store *st, const char *key);
void store_stmt_keep(struct store *st, struct stmt *s);
/* 1 when the store runs on PostgreSQL. */
int store_is_pg(const struct store *st);

#endif
