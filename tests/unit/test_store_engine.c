/*
 * test_store_engine.c: the engine's calls take the NULL a failed q_prep
 * gives, so that a domain function prepares, binds and reads without
 * testing it: the bindings do nothing, every call that steps returns -1
 * with its outputs emptied, and the message is still q_prep's; q_each
 * hands the rows to a callback and stops at the first it refuses. A
 * large read (q_prep_large) gives the same rows as any read on both
 * engines, across batches on PostgreSQL (a batch of 3 rows here): two
 * at once, with other statements between their rows, given up halfway,
 * failing halfway, and within the caller's transaction.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
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

/* 1 to :last, and :last down to 1, a row each. */
static const char sql_up[] = "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < :last) "
			     "SELECT v FROM n ORDER BY v";
static const char sql_down[] = "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < :last) "
			       "SELECT v FROM n ORDER BY v DESC";
/* 1 / (5 - v): PostgreSQL fails at the fifth row (SQLite gives NULL),
 * made as it is fetched (with no ORDER BY, which would sort them all at
 * the first). */
static const char sql_fails[] = "WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < :last) "
				"SELECT v, 1 / (5 - v) FROM n";
static const char sql_accounts[] = "SELECT count(*) FROM account";
static const char sql_account_add[] = "INSERT INTO account (number, name) VALUES (:number, 'Konto')";

static int64_t accounts(struct store *st)
{
	struct err err;
	int64_t n = -1;

	assert_int_equal(q_exec_id(q_prep(st, sql_accounts, &err), &n, "räkna", &err), 0);
	return n;
}

static int account_add(struct store *st, const char *number, struct err *err)
{
	struct stmt *s = q_prep(st, sql_account_add, err);

	q_text(s, "number", number);
	return q_exec(s, "lägga till", err);
}

/* Reads 10 rows through batches of 3; two large reads interleaved, an
 * ordinary read between their rows. */
static void test_large(void **state)
{
	struct store *st;
	struct stmt *up, *down;
	struct err err;
	int64_t want_up = 1, want_down = 7;
	int rc_up = 1, rc_down = 1, rc;

	(void)state;
	st = tmpdb_open(&t);
	q_large_batch(st, 3);
	up = q_prep_large(st, sql_up, &err);
	assert_non_null(up);
	q_int(up, "last", 10);
	while ((rc = q_step(up, "läsa", &err)) > 0)
		assert_int_equal(q_col_int(up, 0), want_up++);
	assert_int_equal(rc, 0);
	assert_int_equal(want_up, 11);

	want_up = 1;
	up = q_prep_large(st, sql_up, &err);
	down = q_prep_large(st, sql_down, &err);
	assert_non_null(up);
	assert_non_null(down);
	q_int(up, "last", 10);
	q_int(down, "last", 7);
	while (rc_up > 0 || rc_down > 0) {
		if (rc_up > 0 && (rc_up = q_step(up, "läsa uppåt", &err)) > 0)
			assert_int_equal(q_col_int(up, 0), want_up++);
		if (rc_down > 0 && (rc_down = q_step(down, "läsa nedåt", &err)) > 0)
			assert_int_equal(q_col_int(down, 0), want_down--);
		assert_int_equal(accounts(st), 0);
	}
	assert_int_equal(rc_up, 0);
	assert_int_equal(rc_down, 0);
	assert_int_equal(want_up, 11);
	assert_int_equal(want_down, 0);
	/* Both ended: a write outside a transaction and a transaction run. */
	assert_int_equal(account_add(st, "1910", &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(account_add(st, "1920", &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(accounts(st), 2);
	store_close(st);
}

/* A large read given up halfway ends with its reset: the statements
 * after it run, and (on PostgreSQL, where the read held a read-only
 * transaction of its own) so do writes and transactions, which were
 * refused while it read. */
static void test_large_abandoned(void **state)
{
	struct store *st;
	struct stmt *up;
	struct err err;
	int i;

	(void)state;
	st = tmpdb_open(&t);
	q_large_batch(st, 3);
	up = q_prep_large(st, sql_up, &err);
	assert_non_null(up);
	q_int(up, "last", 10);
	for (i = 1; i <= 5; i++) {
		assert_int_equal(q_step(up, "läsa", &err), 1);
		assert_int_equal(q_col_int(up, 0), i);
	}
	/* Still reading: not prepared again under its reader. */
	assert_null(q_prep_large(st, sql_up, &err));
	if (tmpdb_on_pg()) {
		assert_int_equal(store_begin(st, &err), -1);
		assert_non_null(strstr(err.msg, "stor läsning"));
		assert_int_equal(account_add(st, "1910", &err), -1);
		assert_non_null(strstr(err.msg, "stor läsning"));
	}
	q_reset(up);
	assert_int_equal(accounts(st), 0);
	assert_int_equal(account_add(st, "1910", &err), 0);
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(account_add(st, "1920", &err), 0);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(accounts(st), 2);

	/* Again from the start, to the end. */
	up = q_prep_large(st, sql_up, &err);
	assert_non_null(up);
	q_int(up, "last", 4);
	for (i = 1; q_step(up, "läsa", &err) > 0; i++)
		assert_int_equal(q_col_int(up, 0), i);
	assert_int_equal(i, 5);
	store_close(st);
}

/* A large read that fails halfway (on PostgreSQL, in its second batch)
 * says so, and the statements after it run. */
static void test_large_fails(void **state)
{
	struct store *st;
	struct stmt *s;
	struct err err;
	int rows = 0, rc;

	(void)state;
	st = tmpdb_open(&t);
	q_large_batch(st, 3);
	s = q_prep_large(st, sql_fails, &err);
	assert_non_null(s);
	q_int(s, "last", 10);
	memset(&err, 0, sizeof(err));
	while ((rc = q_step(s, "dela", &err)) > 0)
		rows++;
	if (tmpdb_on_pg()) {
		assert_int_equal(rc, -1);
		assert_int_equal(rows, 3);
		assert_non_null(strstr(err.msg, "dela"));
	} else {
		assert_int_equal(rc, 0);
		assert_int_equal(rows, 10);
	}
	assert_int_equal(accounts(st), 0);
	assert_int_equal(account_add(st, "1910", &err), 0);
	assert_int_equal(accounts(st), 1);
	store_close(st);
}

/* Within the caller's transaction a large read runs in it: its writes
 * run between the read's batches and are kept by the commit. */
static void test_large_in_transaction(void **state)
{
	struct store *st;
	struct stmt *up;
	struct err err;
	char number[24];
	int64_t want = 1;
	int rc;

	(void)state;
	st = tmpdb_open(&t);
	q_large_batch(st, 3);
	assert_int_equal(store_begin(st, &err), 0);
	up = q_prep_large(st, sql_up, &err);
	assert_non_null(up);
	q_int(up, "last", 8);
	while ((rc = q_step(up, "läsa", &err)) > 0) {
		assert_int_equal(q_col_int(up, 0), want);
		snprintf(number, sizeof(number), "%lld", (long long)(1000 + want++));
		assert_int_equal(account_add(st, number, &err), 0);
	}
	assert_int_equal(rc, 0);
	assert_int_equal(want, 9);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(accounts(st), 8);
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_null_statement, &t),
		TMPDB_TEST(test_each, &t),
		TMPDB_TEST(test_large, &t),
		TMPDB_TEST(test_large_abandoned, &t),
		TMPDB_TEST(test_large_fails, &t),
		TMPDB_TEST(test_large_in_transaction, &t),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
