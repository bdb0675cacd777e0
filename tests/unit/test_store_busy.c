/*
 * test_store_busy.c: a database another connection writes to (as an
 * import does, for its whole transaction) is its own kind of error: the
 * store waits up to the limit it was given, says so once a wait has lasted
 * a second, and then fails with err->busy and a message of its own, never
 * a generic database error; reading goes on meanwhile, the session's note
 * of its last use does not wait at all, and the write goes through once
 * the other lets go. The same on PostgreSQL (pg/unit/test_store_busy),
 * where the lock is the store's advisory lock rather than SQLite's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "base/err.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb t = { .name = "store-busy" };
static int notices;
static long noticed_limit;

static void notice(long limit_ms)
{
	notices++;
	noticed_limit = limit_ms;
}

static double seconds_since(const struct timespec *from)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - from->tv_sec) + (double)(now.tv_nsec - from->tv_nsec) / 1e9;
}

static void test_busy_kind(void **state)
{
	struct store *writer, *other;
	struct association a;
	struct session s;
	struct timespec start;
	struct err err;
	int64_t yid = 0;
	struct fiscal_year fy;

	(void)state;
	writer = tmpdb_open(&t);
	other = tmpdb_open(&t);
	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "Dalby samordningsförbund");
	assert_int_equal(store_association_set(writer, &a, &err), 0);

	/* The writer holds the lock: the other waits its limit, is told of
	 * it once after a second, and fails as busy. */
	store_wait_set(1300, notice);
	assert_int_equal(store_begin(writer, &err), 0);
	clock_gettime(CLOCK_MONOTONIC, &start);
	err.busy = 0;
	assert_int_equal(store_begin(other, &err), -1);
	assert_true(seconds_since(&start) >= 1.2);
	assert_int_equal(err.busy, 1);
	assert_non_null(strstr(err.msg, "databasen är upptagen av en annan skrivning"));
	assert_null(strstr(err.msg, "databasfel"));
	assert_null(strstr(err.msg, "locked"));
	assert_int_equal(notices, 1);
	assert_int_equal(noticed_limit, 1300);
	assert_int_equal(store_busy_taken(other), 1);
	assert_int_equal(store_busy_taken(other), 0);
	assert_int_equal(store_busy_taken(writer), 0);

	/* A write outside a transaction of its own is busy the same way. */
	store_wait_set(100, NULL);
	memset(&fy, 0, sizeof(fy));
	fy.period.start = (struct date){ 2026, 1, 1 };
	fy.period.end = (struct date){ 2026, 12, 31 };
	fy.origin = YEAR_BOOKS;
	assert_int_equal(store_year_put(other, &fy, &err), -1);
	assert_int_equal(err.busy, 1);
	assert_int_equal(store_busy_taken(other), 1);

	/* Reading goes on while the other writes. */
	memset(&a, 0, sizeof(a));
	assert_int_equal(store_association_get(other, &a, &err), 0);
	assert_string_equal(a.name, "Dalby samordningsförbund");
	assert_int_equal(store_busy_taken(other), 0);

	/* The session's note does not wait, however long the limit. */
	store_wait_set(5000, NULL);
	memset(&s, 0, sizeof(s));
	snprintf(s.token_hash, sizeof(s.token_hash), "%064d", 7);
	clock_gettime(CLOCK_MONOTONIC, &start);
	assert_int_equal(store_session_touch(other, REALM_FORBUND, s.token_hash, 1000, &err), -1);
	assert_true(seconds_since(&start) < 1.0);
	assert_int_equal(err.busy, 1);

	/* Once the writer lets go, the other writes. */
	assert_int_equal(store_commit(writer, &err), 0);
	assert_int_equal(store_year_put(other, &fy, &err), 0);
	yid = fy.id;
	assert_true(yid > 0);
	assert_int_equal(store_busy_taken(other), 1);   /* the touch above */
	assert_int_equal(store_busy_taken(other), 0);

	/* A message set anew is no longer busy. */
	err_set(&err, "något annat");
	assert_int_equal(err.busy, 0);
	assert_int_equal(err_busy(&err), -1);
	assert_int_equal(err.busy, 1);
	assert_string_equal(err.msg, "något annat");
	err_prefix(&err, "spara");
	assert_int_equal(err.busy, 1);

	store_wait_set(STORE_WAIT_DEFAULT_MS, NULL);
	store_close(other);
	store_close(writer);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_busy_kind, &t),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
