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
 */
#ifndef FINSAM_TESTS_TMPDB_H
#define FINSAM_TESTS_TMPDB_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/err.h"
#include "base/tmp.h"
#include "store/store.h"

struct tmpdb {
	const char *name;     /* for tmpdb_setup */
	char dir[256];
	char db[320];
	char other[320];
};

/* Makes the folder finsam-<name>-XXXXXX; 0, or -1 when it cannot. */
static inline int tmpdb_make(struct tmpdb *t, const char *name)
{
	if (tmp_template(t->dir, sizeof(t->dir), name) < 0 || !mkdtemp(t->dir))
		return -1;
	snprintf(t->db, sizeof(t->db), "%s/test.db", t->dir);
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

/* Removes the folder with every file in it (the database, its journal,
 * key and the test's own files). */
static inline void tmpdb_remove(struct tmpdb *t)
{
	DIR *d = opendir(t->dir);
	struct dirent *e;
	char path[600];

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
