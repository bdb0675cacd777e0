/*
 * test_store_trans.c: a verification's transactions, found from where
 * they start (migration 0019): each verification gets its own and no
 * other's, the last one and one without transactions included, after a
 * year's books are read again, and in a database whose verifications were
 * stored before the column existed (the migration fills it in). On
 * PostgreSQL the rows of a transaction go in bulk (q_append): they are
 * read within it, and a row added after it takes a new id.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "store/migrations.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb t;

static int setup(void **state)
{
	(void)state;
	return tmpdb_make(&t, "store-trans");
}

static int teardown(void **state)
{
	(void)state;
	tmpdb_remove(&t);
	return 0;
}

static int64_t add_year(struct store *st, int y)
{
	struct fiscal_year fy;
	struct err err;

	memset(&fy, 0, sizeof(fy));
	fy.period.start = (struct date){ y, 1, 1 };
	fy.period.end = (struct date){ y, 12, 31 };
	fy.origin = YEAR_BOOKS;
	if (store_year_put(st, &fy, &err) != 0)
		fail_msg("%s", err.msg);
	return fy.id;
}

/* Verification number n of a year with k transactions, each of
 * n * 1000 + i öre, on account 1000 + n; its id. */
static int64_t add_ver(struct store *st, int64_t yid, int n, int k)
{
	struct verification v;
	struct transaction tr;
	struct err err;
	char number[16], account[16];
	int i;

	snprintf(number, sizeof(number), "%d", n);
	snprintf(account, sizeof(account), "%d", 1000 + n);
	memset(&v, 0, sizeof(v));
	v.series = "A";
	v.number = number;
	v.date = (struct date){ 2024, 1, 1 };
	if (store_ver_add(st, yid, &v, &err) != 0)
		fail_msg("%s", err.msg);
	for (i = 0; i < k; i++) {
		memset(&tr, 0, sizeof(tr));
		tr.account = account;
		tr.objects = "";
		tr.amount = (int64_t)n * 1000 + i;
		if (store_trans_add(st, yid, v.id, &tr, &err) != 0)
			fail_msg("%s", err.msg);
	}
	return v.id;
}

struct seen {
	int n;
	int bad;       /* transactions not of the verification */
	int number;
};

static int on_ver(void *ctx, const struct verification *v, struct err *err)
{
	struct seen *s = ctx;

	(void)err;
	s->number = atoi(v->number);
	return 0;
}

static int on_trans(void *ctx, const struct transaction *tr, struct err *err)
{
	struct seen *s = ctx;

	(void)err;
	if (tr->amount != (int64_t)s->number * 1000 + s->n || atoi(tr->account) != 1000 + s->number)
		s->bad++;
	s->n++;
	return 0;
}

/* Verification id has exactly its k transactions, in order. */
static void expect_trans(struct store *st, int64_t id, int k)
{
	struct seen s = { 0, 0, 0 };
	struct err err;

	assert_int_equal(store_ver_get(st, id, NULL, on_ver, on_trans, &s, &err), 0);
	assert_int_equal(s.bad, 0);
	assert_int_equal(s.n, k);
}

#define VERS 12
/* Numbers 1..VERS: the k of number n (some without any). */
static int count_of(int n)
{
	return n % 5 == 0 ? 0 : 1 + n % 4;
}

static void fill(struct store *st, int64_t yid, int first, int64_t ids[])
{
	int n;

	for (n = first; n < first + VERS; n++)
		ids[n - first] = add_ver(st, yid, n, count_of(n));
}

static void expect_all(struct store *st, const int64_t ids[], int first)
{
	int n;

	for (n = first; n < first + VERS; n++)
		expect_trans(st, ids[n - first], count_of(n));
}

static void test_each_its_own(void **state)
{
	struct store *st = tmpdb_open(&t);
	int64_t y1, y2, a[VERS], b[VERS];
	struct err err;

	(void)state;
	y1 = add_year(st, 2023);
	y2 = add_year(st, 2024);
	fill(st, y1, 1, a);
	fill(st, y2, 101, b);
	expect_all(st, a, 1);
	expect_all(st, b, 101);    /* the last, 112, has 1 + 0 = 1 */

	/* The first year read again: its new verifications come after the
	 * other year's, and both years keep theirs. */
	assert_int_equal(store_year_clear(st, y1, &err), 0);
	fill(st, y1, 201, a);
	expect_all(st, a, 201);
	expect_all(st, b, 101);
	/* And the last year read again, as an import does: in one transaction
	 * (where the store keeps the next transaction's id), its books removed
	 * first (the last transactions gone, so the ids go back). */
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_year_clear(st, y2, &err), 0);
	fill(st, y2, 301, b);
	/* Read within the transaction: on PostgreSQL the rows appended in
	 * bulk are sent before the read. */
	expect_all(st, b, 301);
	assert_int_equal(store_commit(st, &err), 0);
	expect_all(st, a, 201);
	expect_all(st, b, 301);
	/* One added outside a transaction after them takes a new id. */
	{
		int64_t one = add_ver(st, y2, 999, 2);
		int n;

		for (n = 0; n < VERS; n++)
			assert_true(one > b[n]);
		expect_trans(st, one, 2);
	}
	/* A transaction rolled back leaves no id behind for the next; the
	 * newest books removed within a transaction take theirs back. */
	assert_int_equal(store_begin(st, &err), 0);
	fill(st, y1, 401, a);
	store_rollback(st);
	assert_int_equal(store_begin(st, &err), 0);
	fill(st, y1, 401, a);
	assert_int_equal(store_year_clear(st, y1, &err), 0);
	fill(st, y1, 501, a);
	assert_int_equal(store_commit(st, &err), 0);
	expect_all(st, a, 501);
	expect_all(st, b, 301);
	store_close(st);
}

static void raw_exec(const char *sql)
{
	tmpdb_exec(&t, sql);
}

/* Undoes, newest first, what the migrations after `version` made: their
 * tables, indexes and added columns, and their lines in
 * schema_migrations, so that opening the database applies them again
 * after the one under test. */
static void undo_after(int version)
{
	size_t i = migrations_count;

	while (i-- > 0) {
		const char *p = migrations[i].sql;
		char word[3][64], sql[300];

		if (migrations[i].version <= version)
			break;
		while (*p) {
			int n = 0;

			if (sscanf(p, "CREATE TABLE IF NOT EXISTS %63[a-z_]%n", word[0], &n) == 1 ||
			    sscanf(p, "CREATE TABLE %63[a-z_]%n", word[0], &n) == 1)
				snprintf(sql, sizeof(sql), "DROP TABLE IF EXISTS %s;", word[0]);
			else if (sscanf(p, "CREATE UNIQUE INDEX %63[a-z_]%n", word[0], &n) == 1 ||
				 sscanf(p, "CREATE INDEX %63[a-z_]%n", word[0], &n) == 1)
				snprintf(sql, sizeof(sql), "DROP INDEX IF EXISTS %s;", word[0]);
			else if (sscanf(p, "ALTER TABLE %63[a-z_] ADD COLUMN %63[a-z_]%n", word[1], word[2], &n) == 2)
				snprintf(sql, sizeof(sql), "ALTER TABLE %s DROP COLUMN %s;", word[1], word[2]);
			else
				n = 0;
			if (n) {
				raw_exec(sql);
				p += n;
			} else {
				p++;
			}
		}
	}
}

static void test_migration(void **state)
{
	struct store *st = tmpdb_open(&t);
	int64_t y1, y2, a[VERS], b[VERS];

	(void)state;
	/* SQLite's migrations only: a PostgreSQL database starts from one
	 * baseline that has the column, and never had the database before. */
	if (t.pg_name[0]) {
		store_close(st);
		skip();
	}
	y1 = add_year(st, 2023);
	y2 = add_year(st, 2024);
	fill(st, y1, 1, a);
	fill(st, y2, 101, b);
	store_close(st);
	/* The database as it was before 0019: no trans_first, the index. */
	undo_after(19);
	raw_exec("ALTER TABLE verification DROP COLUMN trans_first;"
		 "CREATE INDEX trans_ver ON trans (ver_id);"
		 "DELETE FROM schema_migrations WHERE version >= 19;");
	st = tmpdb_open(&t);
	expect_all(st, a, 1);
	expect_all(st, b, 101);
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_each_its_own, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migration, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
