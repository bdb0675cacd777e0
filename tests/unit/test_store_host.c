/*
 * test_store_host.c: a host's connection going from förbund to förbund
 * keeps each förbund's statements apart, prepared once in each schema and
 * found again on coming back (PostgreSQL plans a statement again whenever
 * the search_path differs from the one it was planned under), and forgets
 * them all, on the server too, when it holds more than it may. PostgreSQL
 * only: a SQLite file holds one förbund.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/forbund.h"
#include "store/engine.h"
#include "store/engine_int.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb t = { .name = "store-host" };

static const char sql_probe[] = "SELECT count(*) FROM fiscal_year";
static const char sql_prepared[] = "SELECT count(*) FROM pg_prepared_statements WHERE statement = :text";

static void add(struct store *host, const char *name)
{
	struct forbund f;
	struct store *st = NULL;
	struct err err;

	memset(&f, 0, sizeof(f));
	snprintf(f.name, sizeof(f.name), "%s", name);
	forbund_schema_of(f.name, f.schema);
	assert_int_equal(store_forbund_create(host, &f, &st, &err), 0);
	store_close(st);
	assert_int_equal(store_forbund_register(host, &f, "nytt förbund", name, &err), 0);
}

/* Runs the probe in the förbund name, on host's connection. */
static void probe_in(struct store *host, const char *name)
{
	struct err err;
	int64_t n = -1;

	assert_int_equal(store_forbund_use(host, name, &err), 0);
	assert_int_equal(q_exec_id(q_prep(host, sql_probe, &err), &n, "probe", &err), 0);
	assert_int_equal(n, 0);
}

/* The probe's prepared copies on host's connection. */
static int64_t copies(struct store *host)
{
	struct stmt *s;
	struct err err;
	int64_t n = -1;

	s = q_prep(host, sql_prepared, &err);
	q_text(s, "text", sql_probe);
	assert_int_equal(q_exec_id(s, &n, "prepared", &err), 0);
	return n;
}

static void test_statements_per_forbund(void **state)
{
	struct store *host = NULL;
	struct err err;

	(void)state;
	if (!t.pg_name[0])
		skip();
	assert_int_equal(store_host_open(&host, t.db, 1, &err), 0);
	add(host, "alfa");
	add(host, "beta");
	probe_in(host, "alfa");
	probe_in(host, "beta");
	probe_in(host, "alfa");
	probe_in(host, "beta");
	assert_int_equal(copies(host), 2);
	/* Within the bound nothing is forgotten; beyond it everything, and
	 * the next use prepares the statement again. */
	store_stmt_forget(host, 1000);
	assert_int_equal(copies(host), 2);
	store_stmt_forget(host, 0);
	assert_int_equal(copies(host), 0);
	probe_in(host, "alfa");
	assert_int_equal(copies(host), 1);
	store_close(host);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_statements_per_forbund, &t),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
