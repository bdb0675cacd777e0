/*
 * tmpapp.h: a fresh förbund for a unit test of the use cases: tmpdb.h's
 * folder with a database initialised as app_init does it (name,
 * organisation number, schema), opened through app_open. Header only.
 *
 *	static struct tmpdb t = { .name = "user" };
 *	TMPAPP_TEST(test_x, &t)             the förbund made before, removed after
 *	test:     st = tmpapp_open(&t)      opened as the commands open it
 */
#ifndef FINSAM_TESTS_TMPAPP_H
#define FINSAM_TESTS_TMPAPP_H

#include "app/app.h"
#include "tmpdb.h"

#define TMPAPP_NAME "Samordningsförbundet Prov"
#define TMPAPP_ORGNR "222000-1990"

/* Opens the förbund's database, failing the test when it cannot. */
static inline struct store *tmpapp_open(struct tmpdb *t)
{
	struct store *st = NULL;
	struct err err;

	if (app_open(&st, t->db, 0, NULL, &err) < 0) {
		fprintf(stderr, "tmpapp: %s\n", err.msg);
		abort();
	}
	return st;
}

/* cmocka's setup with *state a struct tmpdb naming its folder: the folder
 * and a förbund initialised in it. */
static inline int tmpapp_setup(void **state)
{
	struct tmpdb *t = *state;
	struct err err;

	if (tmpdb_make(t, t->name) < 0)
		return -1;
	if (app_init(t->db, TMPAPP_NAME, TMPAPP_ORGNR, &err) < 0) {
		fprintf(stderr, "tmpapp: %s\n", err.msg);
		tmpdb_remove(t);
		return -1;
	}
	return 0;
}

#define TMPAPP_TEST(f, t) cmocka_unit_test_prestate_setup_teardown(f, tmpapp_setup, tmpdb_teardown, t)

#endif
