/*
 * store.c: the store itself (store.h's opening, closing, schema and
 * transactions): an SQLite file, the embedded default (WAL, foreign keys
 * on, a busy handler that waits for another writer), or a PostgreSQL
 * database named by a URI (engine_pg.c); and the cache of prepared
 * statements both engines keep, found by the address of their text.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "store/engine_int.h"
#include "store/migrations.h"
#include "store/domain_int.h"
#include "store/store_int.h"
#include "store/store.h"


/* struct store is in sqlite_int.h, shared with the domain files. */

/* How long a statement waits for another writer (milliseconds), and what
 * is told when a wait goes on for more than a second: set once by the
 * front end before any database is opened. */
static long wait_limit_ms = STORE_WAIT_DEFAULT_MS;
static void (*wait_notice)(long limit_ms);

void store_wait_set(long ms, void (*notice)(long limit_ms))
{
	wait_limit_ms = ms < 0 ? 0 : ms;
	wait_notice = notice;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* SQLite's busy handler: called while another connection holds the write
 * lock, count 0 at the start of each wait. Sleeps a little longer each
 * time (as SQLite's own timeout does) until the limit; 0 gives up, and
 * the statement fails with SQLITE_BUSY. */
static int busy_wait(void *arg, int count)
{
	static const int steps[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 };
	struct store *st = arg;
	int64_t now = now_ms(), left;
	int step = steps[count < 12 ? count : 11];
	struct timespec ts;

	if (count == 0) {
		st->wait_start_ms = now;
		st->noticed = 0;
	}
	left = wait_limit_ms - (now - st->wait_start_ms);
	if (st->no_wait || left <= 0)
		return 0;
	if (!st->noticed && now - st->wait_start_ms >= 1000) {
		st->noticed = 1;
		if (wait_notice)
			wait_notice(wait_limit_ms);
	}
	if (step > left)
		step = (int)left;
	ts.tv_sec = step / 1000;
	ts.tv_nsec = (long)(step % 1000) * 1000000L;
	nanosleep(&ts, NULL);
	return 1;
}

/* 1 when rc (a result code, extended or not) says another connection holds
 * the database. */
static int is_busy(int rc)
{
	return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* The busy database as its own kind of error (err->busy), so that the
 * front ends can say "try again later" rather than report a fault. */
static int busy_error(struct store *st, struct err *err)
{
	st->busy = 1;
	if (st->no_wait || wait_limit_ms < 1000)
		err_set(err, "databasen är upptagen av en annan skrivning (till exempel en inläsning)");
	else
		err_set(err, "databasen är upptagen av en annan skrivning (till exempel en inläsning) och blev "
			"inte ledig på %ld s; försök igen när den är klar", wait_limit_ms / 1000);
	return err_busy(err);
}

int store_busy_taken(struct store *st)
{
	int busy = st && st->busy;

	if (st)
		st->busy = 0;
	return busy;
}

int sq_db_error(struct store *st, struct err *err, const char *what)
{
	if (is_busy(sqlite3_errcode(st->db)))
		return busy_error(st, err);
	return err_set(err, "databasfel (%s): %s", what, sqlite3_errmsg(st->db));
}

static size_t stmt_slot(const struct store *st, const char *key, int64_t schema)
{
	uint64_t h = ((uint64_t)(uintptr_t)key ^ (uint64_t)schema) * 0x9E3779B97F4A7C15ull;

	return (size_t)(h >> 32) & (st->cap_q - 1);
}

struct stmt *store_stmt_find(struct store *st, const char *key)
{
	size_t i;

	if (!st->cap_q)
		return NULL;
	for (i = stmt_slot(st, key, st->q_schema); st->q[i]; i = (i + 1) & (st->cap_q - 1))
		if (st->q[i]->key == key && st->q[i]->schema == st->q_schema)
			return st->q[i];
	return NULL;
}

void store_stmt_keep(struct store *st, struct stmt *s)
{
	size_t i;

	if (2 * (st->n_q + 1) > st->cap_q) {
		struct stmt **old = st->q;
		size_t old_cap = st->cap_q;

		st->cap_q = old_cap ? 2 * old_cap : 256;
		st->q = xcalloc(st->cap_q, sizeof(*st->q));
		st->n_q = 0;
		for (i = 0; i < old_cap; i++)
			if (old[i])
				store_stmt_keep(st, old[i]);
		free(old);
	}
	for (i = stmt_slot(st, s->key, s->schema); st->q[i]; i = (i + 1) & (st->cap_q - 1))
		;
	st->q[i] = s;
	st->n_q++;
}

void store_stmt_forget(struct store *st, size_t max)
{
	struct err ignored;
	size_t j;

	if (st->n_q <= max || st->in_tx)
		return;
	for (j = 0; j < st->cap_q; j++)
		if (st->q[j] && (st->q[j]->pg ? pg_busy(st->q[j]) : lite_busy(st->q[j])))
			return;
	if (st->pg && pg_exec(st, "DEALLOCATE ALL", &ignored) < 0)
		return;
	for (j = 0; j < st->cap_q; j++) {
		if (st->q[j] && st->q[j]->pg)
			pg_finalize(st->q[j]);
		else
			lite_finalize(st->q[j]);
		st->q[j] = NULL;
	}
	st->n_q = 0;
}

struct pg_conn *store_pg(const struct store *st)
{
	return st->pg;
}

void store_busy_note(struct store *st)
{
	st->busy = 1;
}


const char *sq_col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

static int exec_sql(struct store *st, const char *text, struct err *err)
{
	char *msg = NULL;

	int rc = sqlite3_exec(st->db, text, NULL, NULL, &msg);

	if (rc != SQLITE_OK) {
		if (is_busy(rc))
			busy_error(st, err);
		else
			err_set(err, "databasfel: %s", msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* Why the file at hand cannot be read, in the words its owner needs. */
static int read_failed(struct store *st, struct err *err)
{
	if (is_busy(sqlite3_errcode(st->db)))
		return busy_error(st, err);
	if (sqlite3_errcode(st->db) == SQLITE_NOTADB)
		return err_set(err, "filen '%s' är ingen finsam-databas (den är inte ens en SQLite-databas)",
			       st->path);
	return err_set(err, "kan inte läsa databasen '%s': %s", st->path, sqlite3_errmsg(st->db));
}

/* What the file holds: *version is the highest migration applied (0 for
 * an empty file), *foreign is 1 when it has tables but not finsam's schema
 * table. The catalogue query is the one SQLite-only statement here: the
 * PostgreSQL backend asks its own catalogue. */
static int read_schema(struct store *st, int *version, int *foreign, struct err *err)
{
	sqlite3_stmt *s = NULL;
	int rc, tables = 0, ours = 0;

	*version = 0;
	*foreign = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &s,
			       NULL) != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *name = sq_col_text(s, 0);

		tables++;
		if (name && strcmp(name, "schema_migrations") == 0)
			ours = 1;
	}
	sqlite3_finalize(s);
	s = NULL;
	if (rc != SQLITE_DONE)
		goto fail;
	if (!ours) {
		*foreign = tables > 0;
		return 0;
	}
	if (sqlite3_prepare_v2(st->db, "SELECT coalesce(max(version), 0) FROM schema_migrations", -1, &s,
			       NULL) != SQLITE_OK ||
	    sqlite3_step(s) != SQLITE_ROW)
		goto fail;
	*version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return 0;
fail:
	read_failed(st, err);
	sqlite3_finalize(s);
	return -1;
}

/* Applies one migration and records it, in a transaction of its own. The
 * version is read again once the write lock is held: another process may
 * have brought the schema up to date while this one waited for it. */
static int apply_migration(struct store *st, const struct migration *m, struct err *err)
{
	sqlite3_stmt *s = NULL;
	char stamp[32];
	int version, foreign;

	if (exec_sql(st, "BEGIN IMMEDIATE", err) < 0)
		return err_prefix(err, "kan inte uppdatera databasen till version %d (%s)", m->version,
				  m->name);
	if (read_schema(st, &version, &foreign, err) < 0)
		goto fail;
	if (version >= m->version)
		return exec_sql(st, "COMMIT", err);
	if (exec_sql(st, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
		     "name TEXT NOT NULL, applied_at TEXT NOT NULL)", err) < 0 ||
	    exec_sql(st, m->sql, err) < 0)
		goto fail;
	if (sqlite3_prepare_v2(st->db, "INSERT INTO schema_migrations (version, name, applied_at) "
			       "VALUES (?1, ?2, ?3)", -1, &s, NULL) != SQLITE_OK) {
		sq_db_error(st, err, "anteckna schemaversionen");
		goto fail;
	}
	sqlite3_bind_int(s, 1, m->version);
	sqlite3_bind_text(s, 2, m->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, q_utc_now(stamp, sizeof(stamp), STAMP_SQL), -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		sq_db_error(st, err, "anteckna schemaversionen");
		goto fail;
	}
	sqlite3_finalize(s);
	s = NULL;
	if (exec_sql(st, "COMMIT", err) < 0)
		goto fail;
	return 0;
fail:
	sqlite3_finalize(s);
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return err_prefix(err, "kan inte uppdatera databasen till version %d (%s)", m->version, m->name);
}

/* Refuses what is not a finsam database, or is a newer one, before
 * anything is written to it; then applies the migrations it lacks. */
static int migrate(struct store *st, int version, struct err *err)
{
	int known = migrations_count > 0 ? migrations[migrations_count - 1].version : 0;
	size_t i;

	if (version > known)
		return err_set(err, "databasen '%s' har schemaversion %d, men den här versionen av finsam "
			       "känner bara till version %d: uppdatera finsam", st->path, version, known);
	for (i = 0; i < migrations_count; i++) {
		if (migrations[i].version > version && apply_migration(st, &migrations[i], err) < 0)
			return -1;
	}
	return 0;
}

/* SQLite counts every allocation under a global mutex, for statistics
 * finsam never reads; without them an import's inserts take about 8 % fewer
 * instructions. The setting is only taken before the engine starts, and
 * once per process. */
static pthread_once_t engine_once = PTHREAD_ONCE_INIT;

static void engine_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_open(struct store **out, const char *path, enum store_open_mode mode,
	       int *created, struct err *err)
{
	struct store *st;
	struct stat sb;
	int is_new = 0, version, foreign;

	*out = NULL;
	if (created)
		*created = 0;
	if (pg_is_uri(path))
		return pg_store_open(out, path, mode, created, err);
	if (stat(path, &sb) != 0) {
		int fd;

		if (mode != STORE_OPEN_CREATE)
			return err_set(err, "databasen '%s' finns inte (skapa den med 'finsam init' eller "
				       "importera en SIE-fil)", path);
		/* Created by hand so that only its owner can ever read it; the
		 * engine gives the files it keeps beside it the same mode. */
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd < 0)
			return err_set(err, "kan inte skapa databasen '%s': %s", path, strerror(errno));
		close(fd);
		is_new = 1;
	} else if (!S_ISREG(sb.st_mode)) {
		return err_set(err, "'%s' är ingen vanlig fil och kan inte vara en databas", path);
	}
	pthread_once(&engine_once, engine_setup);
	st = xcalloc(1, sizeof(*st));
	st->path = xstrdup(path);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		err_set(err, "kan inte öppna databasen '%s': %s", path,
			st->db ? sqlite3_errmsg(st->db) : "slut på minne");
		goto fail;
	}
	sqlite3_busy_handler(st->db, busy_wait, st);
	sqlite3_extended_result_codes(st->db, 1);
	if (read_schema(st, &version, &foreign, err) < 0)
		goto fail;
	if (foreign) {
		err_set(err, "filen '%s' är ingen finsam-databas (den har tabeller, men inte finsams)", path);
		goto fail;
	}
	/* Larger pages make the bulk inserts of an import cheaper; only a new,
	 * empty database can still choose. */
	if (is_new && exec_sql(st, "PRAGMA page_size = 8192", err) < 0)
		goto fail;
	/* The cache is bounded so that an import of millions of rows stays
	 * within tens of megabytes; the rest goes to the write-ahead log.
	 * Sorting stays in memory, so that no personal data of the participant
	 * register is ever written to a temporary file. */
	if (exec_sql(st, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
		     "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000; "
		     "PRAGMA temp_store = MEMORY", err) < 0)
		goto fail;
	if (migrate(st, version, err) < 0)
		goto fail;
	if (created)
		*created = is_new;
	*out = st;
	return 0;
fail:
	store_close(st);
	if (is_new)
		store_remove(path);
	return -1;
}

void store_remove(const char *path)
{
	static const char *const sides[] = { "-wal", "-shm", "-journal" };
	char side[4096];
	size_t i;

	unlink(path);
	for (i = 0; i < sizeof(sides) / sizeof(sides[0]); i++) {
		if (snprintf(side, sizeof(side), "%s%s", path, sides[i]) < (int)sizeof(side))
			unlink(side);
	}
}

void store_close(struct store *st)
{
	size_t j;

	if (!st)
		return;
	if (st->in_tx)
		store_rollback(st);
	for (j = 0; j < st->cap_q; j++) {
		if (st->q[j] && st->q[j]->pg)
			pg_finalize(st->q[j]);
		else
			lite_finalize(st->q[j]);
	}
	free(st->q);
	pg_disconnect(st->pg);
	sqlite3_close(st->db);
	kept_drop(st);
	free(st->kept);
	free(st->path);
	free(st->ready);
	free(st);
}

int store_schema_version(struct store *st)
{
	int version, foreign;

	if (st->pg)
		return pg_store_version(st, &version, &foreign, NULL) < 0 ? 0 : version;
	if (read_schema(st, &version, &foreign, NULL) < 0)
		return 0;
	return version;
}

/* PostgreSQL waits for the writers' lock in the server, where no busy
 * handler sees the wait: a second first, then (the notice told, as
 * busy_wait tells it) the rest of the limit. */
int store_pg_lock(struct store *st, struct err *err)
{
	int busy = st->busy;

	if (st->no_wait)
		return pg_begin(st, 1, err);
	if (!wait_notice || wait_limit_ms <= 1000)
		return pg_begin(st, wait_limit_ms, err);
	if (pg_begin(st, 1000, err) == 0)
		return 0;
	if (!err || !err->busy)
		return -1;
	st->busy = busy;
	wait_notice(wait_limit_ms);
	return pg_begin(st, wait_limit_ms - 1000, err);
}

int64_t q_tx_note(struct store *st)
{
	return st->in_tx ? st->tx_note : 0;
}

void q_tx_note_set(struct store *st, int64_t v)
{
	st->tx_note = st->in_tx ? v : 0;
}

int store_begin(struct store *st, struct err *err)
{
	if (st->in_tx)
		return err_set(err, "en transaktion pågår redan");
	/* A large read outside a transaction holds a read-only one of its
	 * own until it ends (engine.h: q_large). */
	if (st->pg && pg_reading(st))
		return err_set(err, "en transaktion kan inte börja medan en stor läsning ur databasen pågår");
	kept_drop(st);
	if (st->pg ? store_pg_lock(st, err) < 0 : exec_sql(st, "BEGIN IMMEDIATE", err) < 0)
		return -1;
	st->in_tx = 1;
	st->tx_note = 0;
	return 0;
}

int store_commit(struct store *st, struct err *err)
{
	if (!st->in_tx)
		return err_set(err, "ingen transaktion pågår");
	if (st->pg ? pg_exec(st, "COMMIT", err) < 0 : exec_sql(st, "COMMIT", err) < 0)
		return -1;
	st->in_tx = 0;
	st->tx_note = 0;
	return 0;
}

void store_rollback(struct store *st)
{
	if (!st->in_tx)
		return;
	if (st->pg)
		pg_rollback(st);
	else
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_tx = 0;
	st->tx_note = 0;
}

/* What the statistics need of a participant, kept compactly by id: a
 * join per enrolment costs more than reading the register once. */
struct facts {
	unsigned char sex;        /* 0 none, 1 kvinna, 2 man */
	unsigned char education;  /* index in the vocabulary + 1 */
	short birth_year;
};

void store_actor_set(struct store *st, const char *actor)
{
	snprintf(st->actor, sizeof(st->actor), "%s", actor ? actor : "");
}

const char *store_actor(const struct store *st)
{
	return st->actor;
}
