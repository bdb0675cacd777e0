/*
 * test_store_transfer.c: the list of tables 'finsam migrate' copies
 * (src/store/transfer.c) is the schema's, on SQLite and (as
 * pg/unit/test_store_transfer) on PostgreSQL: a migration that adds a
 * table fails here until the table is in the list, and a table of the
 * list the schema has lost fails too. store_is_empty, which keeps a
 * transfer from writing into records already there, sees a single row.
 * (The copy itself, both ways between the engines, is
 * tests/cli/t0955-pg-migrate.sh.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb t = { .name = "store-transfer" };

static void test_list_is_the_schema(void **state)
{
	struct store *st = tmpdb_open(*state);
	char problem[1024];
	struct err err;

	assert_int_equal(store_tables_check(st, problem, sizeof(problem), &err), 0);
	/* Names the tables the list lacks, so that the failure says which. */
	assert_string_equal(problem, "");
	store_close(st);

	/* A table a migration would add is found missing from the list. */
	tmpdb_exec(*state, "CREATE TABLE new_records (id bigint PRIMARY KEY, note text)");
	st = tmpdb_open(*state);
	assert_int_equal(store_tables_check(st, problem, sizeof(problem), &err), 0);
	assert_string_equal(problem, "inte i flyttens lista: new_records");
	store_close(st);

	/* And a table of the list that the schema no longer has. */
	tmpdb_exec(*state, "DROP TABLE new_records; DROP TABLE tertial_theme");
	st = tmpdb_open(*state);
	assert_int_equal(store_tables_check(st, problem, sizeof(problem), &err), 0);
	assert_string_equal(problem, "i listan men inte i databasen: tertial_theme");
	store_close(st);
}

static void test_empty(void **state)
{
	struct store *st = tmpdb_open(*state);
	struct err err;
	int empty = 0;

	assert_int_equal(store_is_empty(st, &empty, &err), 0);
	assert_int_equal(empty, 1);
	store_close(st);
	tmpdb_exec(*state, "INSERT INTO setting (key, value) VALUES ('x', 'y')");
	st = tmpdb_open(*state);
	assert_int_equal(store_is_empty(st, &empty, &err), 0);
	assert_int_equal(empty, 0);
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_list_is_the_schema, &t),
		TMPDB_TEST(test_empty, &t),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
