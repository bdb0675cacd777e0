/*
 * test_years.c: closing and reopening a year are an administrator's: the
 * use cases take the acting user, so that the web pages can pass the
 * logged-in one; every other role is refused, with the role named, and
 * nothing is changed or logged.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "tmpdb.h"

struct fixture {
	struct tmpdb t;
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct app_import_result res;
	struct err err;

	assert_non_null(f);
	assert_int_equal(tmpdb_make(&f->t, "years"), 0);
	setenv("FINSAM_TODAY", "2026-03-15", 1);
	if (app_import_sie(f->t.db, TEST_DATA_DIR "/../../examples/norrdalen-2025.se", NULL, &res, &err) < 0)
		fail_msg("import: %s", err.msg);
	if (app_open(&f->st, f->t.db, 0, NULL, &err) < 0)
		fail_msg("open: %s", err.msg);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	app_close(f->st);
	tmpdb_remove(&f->t);
	unsetenv("FINSAM_TODAY");
	free(f);
	return 0;
}

static struct user as(const char *name, enum role r)
{
	struct user u;

	memset(&u, 0, sizeof(u));
	snprintf(u.name, sizeof(u.name), "%s", name);
	u.role = r;
	return u;
}

static void test_roles(void **state)
{
	struct fixture *f = *state;
	static const enum role others[] = { ROLE_REGISTRAR, ROLE_BOARD, ROLE_AUDITOR };
	struct user admin = as("anna", ROLE_ADMIN);
	struct date adopted;
	struct err err;
	size_t i;

	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		struct user u = as("rita", others[i]);

		assert_int_equal(app_year_close(f->st, &u, 2025, "2026-03-12", &err), -1);
		assert_non_null(strstr(err.msg, "bara en administratör kan fastställa ett år"));
		assert_non_null(strstr(err.msg, role_label(others[i])));
		assert_int_equal(app_year_adopted(f->st, 2025, NULL, &err), 0);
	}
	assert_int_equal(app_year_close(f->st, NULL, 2025, "2026-03-12", &err), -1);

	assert_int_equal(app_year_close(f->st, &admin, 2025, "2026-03-12", &err), 0);
	assert_int_equal(app_year_adopted(f->st, 2025, &adopted, &err), 1);
	assert_int_equal(date_cmp(adopted, (struct date){ 2026, 3, 12 }), 0);

	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		struct user u = as("rita", others[i]);

		assert_int_equal(app_year_reopen(f->st, &u, 2025, "ett skäl", &err), -1);
		assert_non_null(strstr(err.msg, "bara en administratör kan öppna ett stängt år"));
		assert_int_equal(app_year_adopted(f->st, 2025, NULL, &err), 1);
	}
	assert_int_equal(app_year_reopen(f->st, &admin, 2025, "ett skäl", &err), 0);
	assert_int_equal(app_year_adopted(f->st, 2025, NULL, &err), 0);
}

/* The command line's operator is an administrator named as the log names them. */
static void test_operator(void **state)
{
	struct fixture *f = *state;
	struct user op;

	app_operator(f->st, &op);
	assert_int_equal(op.role, ROLE_ADMIN);
	assert_true(op.name[0] != '\0');
}

/* The list has the year of the books and its previous year's balances. */
static void test_list(void **state)
{
	struct fixture *f = *state;
	struct user admin = as("anna", ROLE_ADMIN);
	struct app_year *y = NULL;
	struct err err;
	size_t n = 0;

	assert_int_equal(app_year_close(f->st, &admin, 2024, "2025-02-28", &err), 0);
	assert_int_equal(app_years(f->st, &y, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(y[0].year, 2024);
	assert_true(y[0].has_books);
	assert_false(y[0].has_budget);
	assert_true(y[0].closed);
	assert_int_equal(date_cmp(y[0].adopted, (struct date){ 2025, 2, 28 }), 0);
	assert_int_equal(y[1].year, 2025);
	assert_false(y[1].closed);
	assert_int_equal(date_cmp(y[1].period.end, (struct date){ 2025, 12, 31 }), 0);
	free(y);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_roles, setup, teardown),
		cmocka_unit_test_setup_teardown(test_operator, setup, teardown),
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
