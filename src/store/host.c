/*
 * host.c: a host of many förbund in one PostgreSQL database. Each förbund
 * is a tenant: its records live in a schema of its own ("fb_kalmar" for
 * the förbund "kalmar"), made by the same migrations as a database of one
 * förbund, and a connection works in one of them at a time through its
 * search_path, so that no statement of a domain file can name another's
 * tables. The host's own schema, finsam_host, holds the register of the
 * förbund and the host names the web answers for each; it has migrations
 * of its own, below.
 *
 * A connection that enters a förbund sets its search_path in the same
 * statement that looks the förbund up, to the förbund's schema or, when
 * there is none, to nothing at all: a failed entry never leaves the
 * connection in the schema it was in.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "model/forbund.h"
#include "store/engine.h"
#include "store/engine_int.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/store_int.h"

/* The migrations of the host's schema, in order. */
static const struct {
	int version;
	const char *name;
	const char *sql;
} host_migrations[] = {
	{ 1, "register",
	  "CREATE TABLE finsam_host.forbund ("
	  " name text COLLATE \"C\" PRIMARY KEY,"
	  " schema_name text COLLATE \"C\" NOT NULL UNIQUE,"
	  " region text COLLATE \"C\" NOT NULL DEFAULT '',"
	  " created_at text NOT NULL,"
	  " created_by text NOT NULL DEFAULT '');"
	  "CREATE TABLE finsam_host.forbund_host ("
	  " host text COLLATE \"C\" PRIMARY KEY,"
	  " forbund text COLLATE \"C\" NOT NULL REFERENCES finsam_host.forbund (name) ON DELETE CASCADE);"
	  "CREATE INDEX forbund_host_forbund ON finsam_host.forbund_host (forbund)" },
};
#define HOST_VERSION ((int)(sizeof(host_migrations) / sizeof(host_migrations[0])))

/* A schema's writers' lock: FNV-1a of its name, never the public one's. */
static int64_t lock_key_of(const char *schema)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *schema; schema++)
		h = (h ^ (unsigned char)*schema) * 1099511628211ULL;
	return (int64_t)(h >> 1) == PG_LOCK_PUBLIC ? (int64_t)(h >> 2) : (int64_t)(h >> 1);
}

static int pg_only(const struct store *st, struct err *err)
{
	if (!st->pg)
		return err_set(err, "en SQLite-fil rymmer ett förbund: flera förbund på en värd kräver en "
			       "PostgreSQL-databas (--db postgresql://…)");
	return 0;
}

static const char sql_is_host[] = "SELECT (to_regclass('finsam_host.schema_migrations') IS NOT NULL)::int";
/* The same read from the catalog's rows, as the statement's snapshot sees
 * them. to_regclass looks the name up in the connection's cache of the
 * catalog, which a transaction refreshes when it begins and when it locks
 * a table, not when it is granted an advisory lock: a transaction that
 * waited for the host's lock while another made the register would not
 * see it there. */
static const char sql_is_host_now[] = "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
				      "ON n.oid = c.relnamespace WHERE n.nspname = 'finsam_host' "
				      "AND c.relname = 'schema_migrations'";
static const char sql_host_version[] = "SELECT coalesce(max(version), 0) FROM finsam_host.schema_migrations";

/* The host schema's version: -1 when the database is no host. locked: in
 * a transaction that was granted the host's lock after it began. */
static int host_version_of(struct store *st, int locked, int *version, struct err *err)
{
	struct stmt *s = q_prep(st, locked ? sql_is_host_now : sql_is_host, err);
	int64_t v = 0;

	*version = -1;
	if (!s || q_exec_id(s, &v, "se efter värdens register", err) < 0)
		return -1;
	if (!v)
		return 0;
	/* Prepared only once the table is there: PostgreSQL reads a
	 * statement's tables when it prepares it. */
	if (!(s = q_prep(st, sql_host_version, err)) || q_exec_id(s, &v, "läsa värdens schemaversion", err) < 0)
		return -1;
	*version = (int)v;
	return 0;
}

static int host_version(struct store *st, int *version, struct err *err)
{
	return host_version_of(st, 0, version, err);
}

static const char sql_host_record[] = "INSERT INTO finsam_host.schema_migrations (version, name, applied_at) "
				      "VALUES (:version, :name, :applied_at)";

/* Makes the host's schema, or brings it up to date, holding its lock:
 * the version is read again once the lock is granted, so that of two
 * processes that found no register one makes it and the other, which
 * waited, finds it made. */
static int host_migrate(struct store *st, struct err *err)
{
	char stamp[32];
	int version, i;

	if (store_begin(st, err) < 0)
		return -1;
	if (host_version_of(st, 1, &version, err) < 0)
		goto fail;
	if (version < 0 && pg_exec(st, "CREATE SCHEMA IF NOT EXISTS finsam_host;"
				   "CREATE TABLE finsam_host.schema_migrations (version bigint PRIMARY KEY, "
				   "name text NOT NULL, applied_at text NOT NULL)", err) < 0)
		goto fail;
	if (version > HOST_VERSION) {
		err_set(err, "värdens schema har version %d, nyare än den här versionen av finsam (%d)", version,
			HOST_VERSION);
		goto fail;
	}
	for (i = version < 0 ? 0 : version; i < HOST_VERSION; i++) {
		struct stmt *s;

		if (pg_exec(st, host_migrations[i].sql, err) < 0 || !(s = q_prep(st, sql_host_record, err)))
			goto fail;
		q_int(s, "version", host_migrations[i].version);
		q_text(s, "name", host_migrations[i].name);
		q_text(s, "applied_at", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
		if (q_exec(s, "anteckna värdens schemaversion", err) < 0)
			goto fail;
	}
	return store_commit(st, err);
fail:
	store_rollback(st);
	return err_prefix(err, "kan inte göra värdens register");
}

int store_host_open(struct store **out, const char *uri, int create, struct err *err)
{
	struct store *st = NULL;
	int version;

	*out = NULL;
	if (strchr(uri, '#'))
		return err_set(err, "värdens databas anges utan förbund (utan '#NAMN' och --forbund)");
	if (!pg_is_uri(uri))
		return err_set(err, "en SQLite-fil rymmer ett förbund: flera förbund på en värd kräver en "
			       "PostgreSQL-databas (--db postgresql://…)");
	/* Connected only: the host's register is beside the förbund's
	 * schemas, and the database's public schema is left as it is. */
	st = xcalloc(1, sizeof(*st));
	st->path = xstrdup(uri);
	st->lock_key = lock_key_of("finsam_host");
	if (pg_connect(&st->pg, uri, err) < 0 || host_version(st, &version, err) < 0)
		goto fail;
	if (version < 0 && !create) {
		err_set(err, "databasen är ingen värd för flera förbund än (lägg till det första med "
			"'finsam forbund add')");
		store_close(st);
		return STORE_NOT_FOUND;
	}
	if (version < HOST_VERSION && host_migrate(st, err) < 0)
		goto fail;
	*out = st;
	return 0;
fail:
	store_close(st);
	return -1;
}

int store_is_host(struct store *st)
{
	int version;

	return st->pg && host_version(st, &version, NULL) == 0 && version > 0;
}

static const char sql_enter[] =
	"SELECT set_config('search_path', coalesce((SELECT quote_ident(schema_name) FROM finsam_host.forbund "
	"WHERE name = :name), ''), false)";

/* The statements a host's connection keeps for all its förbund together
 * (each förbund's are its own, store_int.h: q_schema), before it forgets
 * them all: a statement planned on the server holds some 25 kB there, and
 * a dashboard's dozen or so of 100 förbund fit. */
#define HOST_STMTS_MAX 2048

int pg_host_enter(struct store *st, const char *name, struct err *err)
{
	struct stmt *s;
	int version, rc;

	st->forbund[0] = '\0';
	if (forbund_name_check(name, err) < 0)
		return -1;
	store_stmt_forget(st, HOST_STMTS_MAX);
	if (!st->host_seen) {
		if (host_version(st, &version, err) < 0)
			return -1;
		if (version < 0)
			return err_set(err, "databasen är ingen värd för flera förbund, så förbundet '%s' finns inte där",
				       name);
		st->host_seen = 1;
	}
	if (!(s = q_prep(st, sql_enter, err)))
		return -1;
	q_text(s, "name", name);
	/* The search_path is changed now, whatever comes of it: so are the
	 * statements kept for it. */
	st->q_schema = 0;
	if ((rc = q_step(s, "gå in i förbundet", err)) < 0)
		return -1;
	if (rc == 0 || !q_col_text(s, 0) || !*q_col_text(s, 0)) {
		q_reset(s);
		return err_set(err, "förbundet '%s' finns inte på värden (se 'finsam forbund list')", name);
	}
	st->lock_key = lock_key_of(q_col_text(s, 0));
	st->q_schema = st->lock_key;
	q_reset(s);
	snprintf(st->forbund, sizeof(st->forbund), "%s", name);
	return 0;
}

/* Whether this connection has found name's schema up to date before. */
static int was_ready(const struct store *st, const char *name)
{
	size_t n = strlen(name);
	const char *p = st->ready, *end;

	for (; p && *p; p = end + 1) {
		end = strchr(p, '\n');
		if ((size_t)(end - p) == n && memcmp(p, name, n) == 0)
			return 1;
	}
	return 0;
}

static void mark_ready(struct store *st, const char *name)
{
	size_t have = st->ready ? strlen(st->ready) : 0, n = strlen(name);

	st->ready = xrealloc(st->ready, have + n + 2);
	memcpy(st->ready + have, name, n);
	st->ready[have + n] = '\n';
	st->ready[have + n + 1] = '\0';
}

static const char sql_has_version[] = "SELECT (to_regclass('schema_migrations') IS NOT NULL)::int";
static const char sql_forbund_version[] = "SELECT coalesce(max(version), 0) FROM schema_migrations";

/* 1 when the schema of the förbund just entered is at this finsam's
 * version, read from its own schema_migrations; 0 when it is not (or has
 * none), for pg_store_ready to bring up to date or refuse. */
static int at_version(struct store *st, struct err *err)
{
	struct stmt *s = q_prep(st, sql_has_version, err);
	int64_t v = 0;

	if (!s || q_exec_id(s, &v, "se efter förbundets schemaversion", err) < 0)
		return -1;
	if (!v)
		return 0;
	if (!(s = q_prep(st, sql_forbund_version, err)) ||
	    q_exec_id(s, &v, "läsa förbundets schemaversion", err) < 0)
		return -1;
	return v == migrations_pg[migrations_pg_count - 1].version;
}

/* Enters the förbund name and makes sure its schema is at this finsam's
 * version. A schema at the version is seen from its schema_migrations
 * alone, once per connection and förbund (a server's connection goes from
 * förbund to förbund with nearly every request, and reads each one's
 * version once, as a connection to one förbund does when it opens);
 * pg_store_ready's look at every table of the schema, through
 * information_schema, costs more the more förbund the host has, and is
 * left to a schema that is not at the version. */
int store_forbund_use(struct store *st, const char *name, struct err *err)
{
	int ready;

	if (pg_only(st, err) < 0)
		return -1;
	if (strcmp(st->forbund, name) == 0)
		return 0;
	ready = was_ready(st, name);
	if (pg_host_enter(st, name, err) < 0 || (!ready && (ready = at_version(st, err)) < 0) ||
	    (!ready && pg_store_ready(st, STORE_OPEN_EXISTING, NULL, err) < 0)) {
		st->forbund[0] = '\0';
		return -1;
	}
	if (!was_ready(st, name))
		mark_ready(st, name);
	return 0;
}

const char *store_forbund(const struct store *st)
{
	return st->forbund[0] ? st->forbund : NULL;
}

/* ---- the register ---- */

#define FORBUND_COLS "name, schema_name, region, created_at, created_by"

static void fill_forbund(struct stmt *s, void *row)
{
	struct forbund *f = row;

	q_col_copy(f->name, sizeof(f->name), s, 0);
	q_col_copy(f->schema, sizeof(f->schema), s, 1);
	q_col_copy(f->region, sizeof(f->region), s, 2);
	q_col_copy(f->created, sizeof(f->created), s, 3);
	q_col_copy(f->created_by, sizeof(f->created_by), s, 4);
}

static const char sql_hosts[] = "SELECT host FROM finsam_host.forbund_host WHERE forbund = :name ORDER BY host";

static int read_hosts(struct store *st, struct forbund *f, struct err *err)
{
	struct stmt *s = q_prep(st, sql_hosts, err);
	int rc;

	f->n_hosts = 0;
	if (!s)
		return -1;
	q_text(s, "name", f->name);
	while ((rc = q_step(s, "läsa förbundets värdnamn", err)) > 0) {
		if (f->n_hosts < FORBUND_HOSTS_MAX)
			q_col_copy(f->hosts[f->n_hosts++], sizeof(f->hosts[0]), s, 0);
	}
	return rc;
}

static const char sql_list[] = "SELECT " FORBUND_COLS " FROM finsam_host.forbund ORDER BY name";

int store_forbund_list(struct store *st, struct forbund **out, size_t *n, struct err *err)
{
	struct stmt *s;
	void *rows = NULL;
	size_t i;

	*out = NULL;
	*n = 0;
	if (pg_only(st, err) < 0 || !(s = q_prep(st, sql_list, err)))
		return -1;
	if (q_read_rows(s, sizeof(**out), fill_forbund, &rows, n, "läsa värdens förbund", err) < 0)
		return -1;
	*out = rows;
	for (i = 0; i < *n; i++) {
		if (read_hosts(st, &(*out)[i], err) < 0) {
			free(*out);
			*out = NULL;
			*n = 0;
			return -1;
		}
	}
	return 0;
}

static const char sql_get[] = "SELECT " FORBUND_COLS " FROM finsam_host.forbund WHERE name = :name";

int store_forbund_get(struct store *st, const char *name, struct forbund *out, struct err *err)
{
	struct stmt *s;
	int rc;

	if (pg_only(st, err) < 0 || !(s = q_prep(st, sql_get, err)))
		return -1;
	q_text(s, "name", name);
	rc = q_read_one(s, sizeof(*out), fill_forbund, out, "läsa förbundet", err);
	return rc == 0 ? read_hosts(st, out, err) : rc;
}

static const char sql_by_host[] = "SELECT forbund FROM finsam_host.forbund_host WHERE host = :host";

int store_forbund_by_host(struct store *st, const char *host, char name[FORBUND_NAME_MAX + 1], struct err *err)
{
	struct stmt *s;
	int rc;

	name[0] = '\0';
	if (pg_only(st, err) < 0 || !(s = q_prep(st, sql_by_host, err)))
		return -1;
	q_text(s, "host", host);
	if ((rc = q_step(s, "läsa värdnamnets förbund", err)) < 0)
		return -1;
	if (rc == 0)
		return STORE_NOT_FOUND;
	q_col_copy(name, FORBUND_NAME_MAX + 1, s, 0);
	q_reset(s);
	return 0;
}

/* ---- adding a förbund ---- */

static const char sql_schema_taken[] = "SELECT count(*) FROM pg_namespace WHERE nspname = :schema";

int store_forbund_create(struct store *host, const struct forbund *f, struct store **out, struct err *err)
{
	struct stmt *s;
	struct store *st = NULL;
	struct forbund known;
	const char *hash;
	char sql[128];
	int64_t taken = 0;
	int rc;

	*out = NULL;
	if (pg_only(host, err) < 0 || forbund_name_check(f->name, err) < 0)
		return -1;
	rc = store_forbund_get(host, f->name, &known, err);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return err_set(err, "förbundet '%s' finns redan på värden", f->name);
	if (!(s = q_prep(host, sql_schema_taken, err)))
		return -1;
	q_text(s, "schema", f->schema);
	if (q_exec_id(s, &taken, "se efter förbundets schema", err) < 0)
		return -1;
	if (taken)
		return err_set(err, "databasen har redan ett schema %s, men inget förbund '%s' i värdens register (kvar "
			       "från ett tillägg som avbröts?): ta bort schemat eller välj ett annat namn",
			       f->schema, f->name);
	snprintf(sql, sizeof(sql), "CREATE SCHEMA \"%s\"", f->schema);
	if (store_begin(host, err) < 0)
		return -1;
	if (pg_exec(host, sql, err) < 0 || store_commit(host, err) < 0) {
		store_rollback(host);
		return err_prefix(err, "kan inte göra förbundets schema");
	}
	/* A connection of its own, in the new schema, made by the migrations
	 * as a database of one förbund is. */
	hash = strchr(host->path, '#');
	st = xcalloc(1, sizeof(*st));
	st->path = hash ? xstrndup(host->path, (size_t)(hash - host->path)) : xstrdup(host->path);
	st->lock_key = lock_key_of(f->schema);
	snprintf(st->forbund, sizeof(st->forbund), "%s", f->name);
	snprintf(sql, sizeof(sql), "SET search_path TO \"%s\"", f->schema);
	if (pg_connect(&st->pg, st->path, err) < 0 || pg_exec(st, sql, err) < 0 ||
	    pg_store_ready(st, STORE_OPEN_CREATE, NULL, err) < 0) {
		struct err ignored;

		store_close(st);
		store_forbund_drop(host, f, &ignored);
		return -1;
	}
	/* From now on it is named as the förbund is (its key file, its
	 * messages). */
	{
		size_t n = strlen(host->path) + strlen(f->name) + 2;

		free(st->path);
		st->path = xmalloc(n);
		snprintf(st->path, n, "%s#%s", host->path, f->name);
	}
	*out = st;
	return 0;
}

static const char sql_register[] = "INSERT INTO finsam_host.forbund (name, schema_name, region, created_at, created_by) "
				   "VALUES (:name, :schema, :region, :created, :by)";
static const char sql_host_taken[] = "SELECT forbund FROM finsam_host.forbund_host WHERE host = :host";
static const char sql_host_add[] = "INSERT INTO finsam_host.forbund_host (host, forbund) VALUES (:host, :name)";

int store_forbund_register(struct store *host, const struct forbund *f, struct err *err)
{
	struct stmt *s;
	char stamp[32];
	size_t i;
	int rc;

	if (pg_only(host, err) < 0 || store_begin(host, err) < 0)
		return -1;
	for (i = 0; i < f->n_hosts; i++) {
		if (!(s = q_prep(host, sql_host_taken, err)))
			goto fail;
		q_text(s, "host", f->hosts[i]);
		if ((rc = q_step(s, "se efter värdnamnet", err)) < 0)
			goto fail;
		if (rc) {
			err_set(err, "värdnamnet '%s' används redan av förbundet '%s'", f->hosts[i], q_col_text(s, 0));
			q_reset(s);
			goto fail;
		}
	}
	if (!(s = q_prep(host, sql_register, err)))
		goto fail;
	q_text(s, "name", f->name);
	q_text(s, "schema", f->schema);
	q_text(s, "region", f->region);
	q_text(s, "created", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	q_text(s, "by", f->created_by);
	if (q_exec(s, "anteckna förbundet i värdens register", err) < 0)
		goto fail;
	for (i = 0; i < f->n_hosts; i++) {
		if (!(s = q_prep(host, sql_host_add, err)))
			goto fail;
		q_text(s, "host", f->hosts[i]);
		q_text(s, "name", f->name);
		if (q_exec(s, "anteckna förbundets värdnamn", err) < 0)
			goto fail;
	}
	return store_commit(host, err);
fail:
	store_rollback(host);
	return -1;
}

static const char sql_unregister[] = "DELETE FROM finsam_host.forbund WHERE name = :name";

int store_forbund_drop(struct store *host, const struct forbund *f, struct err *err)
{
	struct stmt *s;
	char sql[160];

	if (pg_only(host, err) < 0 || forbund_name_check(f->name, err) < 0 || store_begin(host, err) < 0)
		return -1;
	snprintf(sql, sizeof(sql), "DROP SCHEMA IF EXISTS \"%s\" CASCADE", f->schema);
	if (pg_exec(host, sql, err) < 0 || !(s = q_prep(host, sql_unregister, err))) {
		store_rollback(host);
		return -1;
	}
	q_text(s, "name", f->name);
	if (q_exec(s, "ta bort förbundet ur värdens register", err) < 0) {
		store_rollback(host);
		return -1;
	}
	return store_commit(host, err);
}
