/*
 * tmpdb.h: a fresh folder for a unit test's database and files, under
 * $TMPDIR (else /tmp), and its removal with everything in it. Header
 * only: each unit test is a program of its own.
 *
 *	static struct tmpdb t;
 *	setup:    tmpdb_make(&t, "years")      folder and t.db, the database's path
 *	test:     st = tmpdb_open(&t)          a new database (fails the test if not)
 *	          tmpdb_path(&t, "x.csv")      another file in the folder
 *	teardown: tmpdb_remove(&t)
 *
 * A test that needs nothing else set up names its folder in the struct and
 * is registered with TMPDB_TEST, which passes the struct as the state:
 *
 *	static struct tmpdb t = { .name = "store" };
 *	TMPDB_TEST(test_x, &t)
 *
 * On PostgreSQL: when FINSAM_TEST_PG_DIR_FILE names the file that holds
 * the tests' cluster's folder (scripts/pg-cluster.sh start-into, the
 * fixture ctest starts for the pg/unit/ runs), the database is a new empty
 * one on that cluster instead, t_<pid>_<n>, t.db is its URI and
 * tmpdb_remove drops it (after the test has closed it). The participant
 * register's key, which a PostgreSQL database keeps only in
 * FINSAM_KEY_FILE, is the file "test.key" in the folder. On either
 * engine, tmpdb_exec, tmpdb_try and tmpdb_text run SQL on the database
 * behind the store's back, and tmpdb_renew starts it over empty. Without
 * a cluster named, a run on PostgreSQL is skipped (exit 77), as the
 * command-line tests are.
 */
#ifndef FINSAM_TESTS_TMPDB_H
#define FINSAM_TESTS_TMPDB_H

#include <dirent.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "base/tmp.h"
#include "store/store.h"

struct tmpdb {
	const char *name;     /* for tmpdb_setup */
	char dir[256];
	char db[320];
	char other[320];
	char pg_name[48];     /* the PostgreSQL database, "" on SQLite */
	char pg_host[256];    /* the cluster's socket folder */
};

/* 1 when the tests run on PostgreSQL (FINSAM_TEST_PG_DIR_FILE is set). */
static inline int tmpdb_on_pg(void)
{
	const char *f = getenv("FINSAM_TEST_PG_DIR_FILE");

	return f && *f;
}

/* libpq's notices (a database that was not there to drop) are no
 * business of a test's output. */
static inline void tmpdb_pg_quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* Runs sql on the cluster's database `postgres` (CREATE and DROP DATABASE
 * cannot run in the database they name); 0, or -1 with the server's words
 * on stderr. */
static inline int tmpdb_pg_admin(const struct tmpdb *t, const char *sql)
{
	char uri[400];
	PGconn *c;
	PGresult *r;
	int rc = -1;

	snprintf(uri, sizeof(uri), "postgresql://finsam@/postgres?host=%s", t->pg_host);
	c = PQconnectdb(uri);
	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "tmpdb: %s", PQerrorMessage(c));
		PQfinish(c);
		return -1;
	}
	PQsetNoticeProcessor(c, tmpdb_pg_quiet, NULL);
	r = PQexec(c, sql);
	if (PQresultStatus(r) == PGRES_COMMAND_OK)
		rc = 0;
	else
		fprintf(stderr, "tmpdb: %s: %s", sql, PQerrorMessage(c));
	PQclear(r);
	PQfinish(c);
	return rc;
}

/* A new empty database on the tests' cluster, its URI in t->db. The name
 * holds the process's id, unique among the live test programs: one left
 * by a program that died with the same id is dropped first. */
static inline int tmpdb_make_pg(struct tmpdb *t)
{
	static unsigned counter;
	char sql[128];
	FILE *f = fopen(getenv("FINSAM_TEST_PG_DIR_FILE"), "r");
	size_t len;

	if (!f || !fgets(t->pg_host, sizeof(t->pg_host), f)) {
		fprintf(stderr, "tmpdb: no PostgreSQL cluster for the tests (run through ctest)\n");
		exit(77);
	}
	fclose(f);
	len = strcspn(t->pg_host, "\n");
	t->pg_host[len] = '\0';
	snprintf(t->pg_name, sizeof(t->pg_name), "t_%ld_%u", (long)getpid(), ++counter);
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", t->pg_name);
	if (tmpdb_pg_admin(t, sql) < 0)
		return -1;
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", t->pg_name);
	if (tmpdb_pg_admin(t, sql) < 0)
		return -1;
	if (snprintf(t->db, sizeof(t->db), "postgresql://finsam@/%s?host=%s", t->pg_name, t->pg_host) >=
	    (int)sizeof(t->db)) {
		fprintf(stderr, "tmpdb: the cluster's folder '%s' is too long\n", t->pg_host);
		return -1;
	}
	return 0;
}

static inline void tmpdb_remove(struct tmpdb *t);

/* Makes the folder finsam-<name>-XXXXXX, and on PostgreSQL the database
 * (see above); 0, or -1 when it cannot. */
static inline int tmpdb_make(struct tmpdb *t, const char *name)
{
	t->pg_name[0] = '\0';
	if (tmp_template(t->dir, sizeof(t->dir), name) < 0 || !mkdtemp(t->dir))
		return -1;
	snprintf(t->db, sizeof(t->db), "%s/test.db", t->dir);
	if (!tmpdb_on_pg())
		return 0;
	snprintf(t->other, sizeof(t->other), "%s/test.key", t->dir);
	setenv("FINSAM_KEY_FILE", t->other, 1);
	if (tmpdb_make_pg(t) < 0) {
		tmpdb_remove(t);
		return -1;
	}
	return 0;
}

/* The path of a file `name` in the folder (valid until the next call). */
static inline const char *tmpdb_path(struct tmpdb *t, const char *name)
{
	snprintf(t->other, sizeof(t->other), "%s/%s", t->dir, name);
	return t->other;
}

/* Opens t->db, created when missing, failing the test when it cannot. */
static inline struct store *tmpdb_open(struct tmpdb *t)
{
	struct store *st = NULL;
	struct err err;

	if (store_open(&st, t->db, STORE_OPEN_CREATE, NULL, &err) != 0) {
		fprintf(stderr, "tmpdb: %s\n", err.msg);
		abort();
	}
	return st;
}

/* Runs sql (one or more statements) on t's database from a connection of
 * its own, as another program would: 0, or -1 when the database refuses
 * it (its words in msg, n bytes). */
static inline int tmpdb_try(struct tmpdb *t, const char *sql, char *msg, size_t n)
{
	int rc = 0;

	msg[0] = '\0';
	if (t->pg_name[0]) {
		PGconn *c = PQconnectdb(t->db);
		PGresult *r;

		PQsetNoticeProcessor(c, tmpdb_pg_quiet, NULL);
		r = PQexec(c, sql);
		if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
			snprintf(msg, n, "%s", PQerrorMessage(c));
			rc = -1;
		}
		PQclear(r);
		PQfinish(c);
	} else {
		sqlite3 *db = NULL;
		char *m = NULL;

		if (sqlite3_open(t->db, &db) != SQLITE_OK || sqlite3_exec(db, sql, NULL, NULL, &m) != SQLITE_OK) {
			snprintf(msg, n, "%s", m ? m : sqlite3_errmsg(db));
			rc = -1;
		}
		sqlite3_free(m);
		sqlite3_close(db);
	}
	return rc;
}

/* tmpdb_try, failing the test when the database refuses sql. */
static inline void tmpdb_exec(struct tmpdb *t, const char *sql)
{
	char msg[512];

	if (tmpdb_try(t, sql, msg, sizeof(msg)) < 0) {
		fprintf(stderr, "tmpdb: %s: %s\n", sql, msg);
		abort();
	}
}

/* The first column of the first row sql gives, as text ("" for none or
 * NULL; valid until the next call), failing the test when it cannot. */
static inline const char *tmpdb_text(struct tmpdb *t, const char *sql)
{
	static char buf[256];

	buf[0] = '\0';
	if (t->pg_name[0]) {
		PGconn *c = PQconnectdb(t->db);
		PGresult *r = PQexec(c, sql);

		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			fprintf(stderr, "tmpdb: %s: %s", sql, PQerrorMessage(c));
			abort();
		}
		if (PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
			snprintf(buf, sizeof(buf), "%s", PQgetvalue(r, 0, 0));
		PQclear(r);
		PQfinish(c);
	} else {
		sqlite3 *db = NULL;
		sqlite3_stmt *s = NULL;

		if (sqlite3_open(t->db, &db) != SQLITE_OK || sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
			fprintf(stderr, "tmpdb: %s: %s\n", sql, sqlite3_errmsg(db));
			abort();
		}
		if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
			snprintf(buf, sizeof(buf), "%s", (const char *)sqlite3_column_text(s, 0));
		sqlite3_finalize(s);
		sqlite3_close(db);
	}
	return buf;
}

/* Replaces t's database by a new empty one (the store closed): on
 * SQLite the file goes (tmpdb_open creates it again), on PostgreSQL the
 * database is dropped and another made. */
static inline int tmpdb_renew(struct tmpdb *t)
{
	char sql[128];

	if (!t->pg_name[0]) {
		store_remove(t->db);
		return 0;
	}
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", t->pg_name);
	if (tmpdb_pg_admin(t, sql) < 0)
		return -1;
	return tmpdb_make_pg(t);
}

/* Removes the folder with every file in it (the database, its journal,
 * key and the test's own files), and drops the PostgreSQL database. */
static inline void tmpdb_remove(struct tmpdb *t)
{
	DIR *d = opendir(t->dir);
	struct dirent *e;
	char path[600];

	if (t->pg_name[0]) {
		snprintf(path, sizeof(path), "DROP DATABASE IF EXISTS %s WITH (FORCE)", t->pg_name);
		tmpdb_pg_admin(t, path);
		t->pg_name[0] = '\0';
		unsetenv("FINSAM_KEY_FILE");
	}
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
			continue;
		snprintf(path, sizeof(path), "%s/%s", t->dir, e->d_name);
		unlink(path);
	}
	closedir(d);
	rmdir(t->dir);
}

/* cmocka's setup and teardown with *state a struct tmpdb naming its
 * folder (see TMPDB_TEST). */
static inline int tmpdb_setup(void **state)
{
	struct tmpdb *t = *state;

	return tmpdb_make(t, t->name);
}

static inline int tmpdb_teardown(void **state)
{
	tmpdb_remove(*state);
	return 0;
}

#define TMPDB_TEST(f, t) cmocka_unit_test_prestate_setup_teardown(f, tmpdb_setup, tmpdb_teardown, t)

#endif
