/*
 * test_store_engine.c: the engine's calls take the NULL a failed q_prep
 * gives, so that a domain function prepares, binds and reads without
 * testing it: the bindings do nothing, every call that steps returns -1
 * with its outputs emptied, and the message is still q_prep's; q_each
 * hands the rows to a callback and stops at the first it refuses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb t = { .name = "store-engine" };


static const char sql_rows[] = "SELECT v FROM (SELECT 1 AS v UNION ALL SELECT 2 UNION ALL SELECT :last) AS t "
			       "ORDER BY v";

struct row {
	int64_t id;
	char name[16];
};

static void fill_row(struct stmt *s, void *row)
{
	struct row *r = row;

	r->id = q_col_int(s, 0);
	q_col_copy(r->name, sizeof(r->name), s, 1);
}

/* Counts the rows; the third (value 3) is refused. */
static int count_row(struct stmt *s, void *ctx, struct err *err)
{
	int *n = ctx;

	if (q_col_int(s, 0) == 3)
		return err_set(err, "raden 3");
	(*n)++;
	return 0;
}

static void test_null_statement(void **state)
{
	struct store *st;
	struct stmt *s, *reading;
	struct err err;
	char msg[sizeof(err.msg)];
	struct row one = { 7, "kvar" };
	void *rows = &one;
	size_t n = 3;
	int64_t id = 9;
	int counted = 0;

	(void)state;
	st = tmpdb_open(&t);
	memset(&err, 0, sizeof(err));
	/* A statement still giving rows is refused on either engine (bad
	 * SQL fails at q_prep on SQLite, at the first step on PostgreSQL). */
	reading = q_prep(st, sql_rows, &err);
	assert_non_null(reading);
	q_int(reading, "last", 4);
	assert_int_equal(q_step(reading, "läsa", &err), 1);
	s = q_prep(st, sql_rows, &err);
	assert_null(s);
	assert_true(err.msg[0] != '\0');
	memcpy(msg, err.msg, sizeof(msg));

	/* The bindings do nothing. */
	q_int(s, "id", 1);
	q_text(s, "id", "x");
	q_date(s, "id", (struct date){ 2025, 1, 1 });
	q_blob(s, "id", "x", 1);
	q_null(s, "id");

	assert_int_equal(q_step(s, "läsa", &err), -1);
	assert_int_equal(q_exec(s, "köra", &err), -1);
	assert_int_equal(q_exec_one(s, "ändra", &err), -1);
	assert_int_equal(q_exec_id(s, &id, "räkna", &err), -1);
	assert_int_equal(id, 0);
	assert_int_equal(q_read_rows(s, sizeof(struct row), fill_row, &rows, &n, "läsa raderna", &err), -1);
	assert_null(rows);
	assert_int_equal(n, 0);
	assert_int_equal(q_read_one(s, sizeof(one), fill_row, &one, "läsa raden", &err), -1);
	assert_int_equal(one.id, 0);
	assert_string_equal(one.name, "");
	assert_int_equal(q_each(s, count_row, &counted, "läsa raderna", &err), -1);
	assert_int_equal(counted, 0);
	/* None of them put a message of its own over q_prep's. */
	assert_string_equal(err.msg, msg);
	q_reset(reading);

	store_close(st);
}

/* q_each hands every row on, and stops at a row refused with the
 * statement reset: it is prepared again at once rather than found still
 * reading. */
static void test_each(void **state)
{
	struct store *st;
	struct stmt *s;
	struct err err;
	int n = 0;

	(void)state;
	st = tmpdb_open(&t);
	s = q_prep(st, sql_rows, &err);
	assert_non_null(s);
	q_int(s, "last", 4);
	assert_int_equal(q_each(s, count_row, &n, "läsa raderna", &err), 0);
	assert_int_equal(n, 3);

	n = 0;
	s = q_prep(st, sql_rows, &err);
	assert_non_null(s);
	q_int(s, "last", 3);
	assert_int_equal(q_each(s, count_row, &n, "läsa raderna", &err), -1);
	assert_int_equal(n, 2);
	assert_string_equal(err.msg, "raden 3");
	assert_non_null(q_prep(st, sql_rows, &err));

	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_null_statement, &t),
		TMPDB_TEST(test_each, &t),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
