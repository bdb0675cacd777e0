/*
 * store_int.h: the store as the engine files see it (store.c, the
 * engine's opening, migrations and transactions; engine.c,
 * engine_sqlite.c, engine_pg.c; sqlite_backup.c). The domain files see
 * only engine.h and domain_int.h. Nothing outside src/store/ includes
 * this header.
 */
#ifndef FINSAM_STORE_STORE_INT_H
#define FINSAM_STORE_STORE_INT_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#include "store/engine.h"

struct err;

struct store {
	sqlite3 *db;              /* on SQLite; NULL on PostgreSQL */
	struct pg_conn *pg;       /* on PostgreSQL; NULL on SQLite */
	char *path;               /* the file, or the connection string */
	/* On a PostgreSQL host of many förbund (host.c): the förbund whose
	 * schema the connection works in, "" for none (the database's own
	 * public schema); and the number of its writers' advisory lock. */
	char forbund[48];
	int64_t lock_key;
	/* The förbund whose schema this connection has found up to date,
	 * each name followed by '\n' (NULL for none): a server's connection
	 * goes from förbund to förbund, and reads each one's schema version
	 * once, as a connection to one förbund does when it opens. */
	char *ready;
	/* This connection has found the host's register: it is never taken
	 * away, so entering a förbund need not look for it again. */
	int host_seen;
	char actor[64];
	/* The statements of engine.h's calls: a table open-addressed by the
	 * address of their text, so that a statement of an import's inner
	 * loop is found in a step or two among hundreds. */
	struct stmt **q;
	size_t n_q, cap_q;        /* cap_q a power of two, at most half full */
	/* On a host, the förbund whose schema the connection's search_path
	 * names (the key of its lock, host.c), 0 for none: a statement is kept
	 * per text and schema. PostgreSQL plans a prepared statement again
	 * whenever the search_path differs from the one it was planned under,
	 * so one kept for all förbund would be planned anew with nearly every
	 * request of a server that goes from förbund to förbund; one per
	 * förbund is planned once. */
	int64_t q_schema;
	/* What a long read has read already (kept.c), NULL outside one. */
	struct kept *kept;
	int in_tx;
	int64_t tx_note;          /* q_tx_note's, 0 outside a transaction */
	/* Waiting for another writer (store.c's busy handler). */
	int busy;                 /* a statement found the database busy since store_busy_taken */
	int no_wait;              /* give up at once instead of waiting */
	int64_t wait_start_ms;    /* when the present wait began */
	int noticed;              /* the present wait has been told of */
};

/* SQLite's error on st as a message naming what was being done (a busy
 * database as err_busy); its text column i, NULL for NULL. */
int sq_db_error(struct store *st, struct err *err, const char *what);
const char *sq_col_text(sqlite3_stmt *s, int i);

/* On PostgreSQL: begins a transaction holding the writers' lock, waited
 * for as store_wait_set says (told of after a second); -1 with err->busy
 * set when it is not granted in time. */
int store_pg_lock(struct store *st, struct err *err);

/* q_prep of a statement on the host's own tables (its region users and
 * their logins, region.c): on a file, NULL with a message that they need
 * a host. */
struct stmt *store_host_prep(struct store *st, const char *sql, struct err *err);

#endif
