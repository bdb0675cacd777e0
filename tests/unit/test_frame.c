/*
 * test_frame.c: the förbund's frame as the web's pages read it: the
 * budget's versions and lines, the forecasts, the members with their part
 * of the grant, the board and the year cycle's entered events, each with
 * what identifies it; and the field a use case names when it refuses a
 * value, so that the page shows the message beside it.
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
#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "model/board.h"
#include "model/budget.h"
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
	assert_int_equal(tmpdb_make(&f->t, "frame"), 0);
	setenv("FINSAM_TODAY", "2025-03-15", 1);
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

static void test_budget_versions(void **state)
{
	struct fixture *f = *state;
	struct budget b;
	struct err err;
	int latest = -1, added, version;

	assert_int_equal(app_budget_latest(f->st, 2025, &latest, &err), 0);
	assert_int_equal(latest, 0);
	assert_int_equal(app_budget_load(f->st, 2025, 0, &b, &err), -1);
	assert_non_null(strstr(err.msg, "ingen budget för 2025"));

	assert_int_equal(app_budget_set(f->st, 2025, "driftbidrag", "Parternas insats", "Driftbidrag", "1 000 000",
					NULL, &added, &err), 0);
	assert_true(added);
	assert_int_equal(app_budget_set(f->st, 2025, "kostnad", "Insatser", "Steget vidare", "400 000", NULL, &added,
					&err), 0);
	assert_int_equal(app_budget_set(f->st, 2025, "kostnad", "Insatser", "Steget vidare", "1 900 000", "4010",
					&added, &err), 0);
	assert_false(added);
	assert_int_equal(app_budget_revise(f->st, 2025, "Reviderad", &version, &err), 0);
	assert_int_equal(version, 2);
	assert_int_equal(app_budget_latest(f->st, 2025, &latest, &err), 0);
	assert_int_equal(latest, 2);

	assert_int_equal(app_budget_load(f->st, 2025, 0, &b, &err), 0);
	assert_int_equal(b.version, 2);
	assert_string_equal(b.label, "Reviderad");
	assert_int_equal(b.n, 2);
	assert_int_equal(b.lines[0].kind, BUDGET_GRANT);
	assert_string_equal(b.lines[1].name, "Steget vidare");
	assert_int_equal(b.lines[1].amount, 190000000);
	assert_string_equal(b.lines[1].accounts, "4010");
	budget_release(&b);
	assert_int_equal(app_budget_load(f->st, 2025, 1, &b, &err), 0);
	assert_int_equal(b.version, 1);
	budget_release(&b);

	/* A refused value names its field. */
	assert_int_equal(app_budget_set(f->st, 2025, "kostnad", "Insatser", "Resor", "mycket", NULL, &added, &err), -1);
	assert_string_equal(err.field, "amount");
	assert_int_equal(app_budget_set(f->st, 2025, "fest", "", "Resor", "1", NULL, &added, &err), -1);
	assert_string_equal(err.field, "type");
	assert_int_equal(app_budget_set(f->st, 2025, "kostnad", "", "Resor", "1", "fyra", &added, &err), -1);
	assert_string_equal(err.field, "accounts");
}

static void test_forecasts(void **state)
{
	struct fixture *f = *state;
	struct app_forecast *fc = NULL;
	struct err err;
	size_t n = 9;
	int added;

	assert_int_equal(app_forecast_list(f->st, 2025, &fc, &n, &err), 0);
	assert_int_equal(n, 0);
	assert_null(fc);
	assert_int_equal(app_budget_set(f->st, 2025, "kostnad", "Insatser", "Steget vidare", "400 000", NULL, &added,
					&err), 0);
	assert_int_equal(app_forecast_set(f->st, 2025, "Insatser", "450 000", "Fler deltagare", &err), 0);
	assert_int_equal(app_forecast_list(f->st, 2025, &fc, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(fc[0].area, "Insatser");
	assert_int_equal(fc[0].amount, -45000000);   /* a cost, shown negative */
	assert_string_equal(fc[0].comment, "Fler deltagare");
	free(fc);
	assert_int_equal(app_forecast_set(f->st, 2025, "Insatser", NULL, NULL, &err), 0);
	assert_int_equal(app_forecast_list(f->st, 2025, &fc, &n, &err), 0);
	assert_int_equal(n, 0);
	free(fc);
}

static void test_members(void **state)
{
	struct fixture *f = *state;
	struct member m, *all = NULL;
	int64_t *parts = NULL;
	size_t n = 0;
	struct err err;
	int has_budget = 1, added;

	assert_int_equal(app_member_add(f->st, "Försäkringskassan", "stat", NULL, &m, &err), 0);
	assert_int_equal(app_member_add(f->st, "Region Norrdalen", "region", NULL, &m, &err), 0);
	assert_int_equal(app_member_add(f->st, "Dalby kommun", "kommun", "1", &m, &err), 0);
	assert_int_equal(app_member_add(f->st, "Ålby kommun", "kommun", "3", &m, &err), 0);
	assert_int_equal(app_member_list(f->st, &all, &n, &err), 0);
	assert_int_equal(n, 4);
	assert_string_equal(all[3].name, "Ålby kommun");
	assert_int_equal(all[3].key, 3);

	/* No budget: nothing to share. */
	assert_int_equal(app_member_contributions(f->st, 2025, all, n, &parts, &has_budget, &err), 0);
	assert_false(has_budget);
	assert_null(parts);

	assert_int_equal(app_budget_set(f->st, 2025, "driftbidrag", "Parternas insats", "Driftbidrag", "1 000 000",
					NULL, &added, &err), 0);
	assert_int_equal(app_member_contributions(f->st, 2025, all, n, &parts, &has_budget, &err), 0);
	assert_true(has_budget);
	assert_int_equal(parts[0], 50000000);        /* half to the state */
	assert_int_equal(parts[1], 25000000);        /* a quarter to the region */
	assert_int_equal(parts[2], 6250000);         /* a quarter to the municipalities, 1:3 */
	assert_int_equal(parts[3], 18750000);
	free(parts);
	free(all);

	assert_int_equal(app_member_add(f->st, "Byn", "by", "1", &m, &err), -1);
	assert_string_equal(err.field, "kind");
	assert_int_equal(app_member_add(f->st, "Byn", "kommun", "noll", &m, &err), -1);
	assert_string_equal(err.field, "key");
	assert_int_equal(app_member_add(f->st, "", "kommun", "1", &m, &err), -1);
	assert_string_equal(err.field, "name");
}

static void test_board_and_cycle(void **state)
{
	struct fixture *f = *state;
	struct board_member *b = NULL, one;
	struct event *ev = NULL, e;
	size_t n = 0, i, entered = 0;
	struct err err;

	assert_int_equal(app_board_add(f->st, 2025, "Eva Lind", "ordförande", "Dalby kommun", &err), 0);
	assert_int_equal(app_board_add(f->st, 2025, "Per Holm", "ersättare", "Region Norrdalen", &err), 0);
	assert_int_equal(app_board_list(f->st, 2025, &b, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(app_board_get(f->st, b[1].id, &one, &err), 0);
	assert_string_equal(one.name, b[1].name);
	assert_int_equal(one.year, 2025);
	free(b);
	assert_int_equal(app_board_get(f->st, 9999, &one, &err), -1);
	assert_int_equal(app_board_add(f->st, 2025, "Lars Ek", "", "Region Norrdalen", &err), -1);
	assert_string_equal(err.field, "role");

	assert_int_equal(app_calendar_add(f->st, "2025-10-16", "styrelse", "Styrelsemöte", &err), 0);
	assert_int_equal(app_calendar_events(f->st, 2025, &ev, &n, &err), 0);
	for (i = 0; i < n; i++) {
		if (ev[i].derived) {
			assert_int_equal(ev[i].id, 0);
			continue;
		}
		entered++;
		assert_true(ev[i].id > 0);
		assert_int_equal(app_calendar_get(f->st, ev[i].id, &e, &err), 0);
		assert_string_equal(e.title, "Styrelsemöte");
	}
	assert_int_equal(entered, 1);
	free(ev);
	assert_int_equal(app_calendar_add(f->st, "2025-13-40", "styrelse", "Fel", &err), -1);
	assert_string_equal(err.field, "date");
	assert_int_equal(app_calendar_add(f->st, "2025-10-01", "styrelse", "", &err), -1);
	assert_string_equal(err.field, "title");
}

/* Every bad row of a budget file is listed, though the message names only the first. */
static void test_import_rows(void **state)
{
	struct fixture *f = *state;
	struct app_budget_result res;
	struct app_import_errors rows;
	struct err err;
	const char *path = tmpdb_path(&f->t, "b.csv");
	FILE *out;
	int i;
	int latest = -1;

	out = fopen(path, "w");
	assert_non_null(out);
	fputs("år;typ;grupp;rad;belopp\n2025;kostnad;Insatser;Bra;1\n", out);
	for (i = 0; i < 30; i++)
		fprintf(out, "2025;kostnad;Insatser;Rad %d;fel%d\n", i, i);
	fclose(out);
	app_import_errors_init(&rows);
	assert_int_equal(app_budget_import_rows(f->st, path, NULL, 0, NULL, &res, &rows, &err), -1);
	assert_non_null(strstr(err.msg, "30 rader"));
	/* The message lists whole rows, as many as it holds, then "...". */
	assert_non_null(strstr(err.msg, ", rad 3: kan inte tolka beloppet 'fel0'"));
	assert_null(strstr(err.msg, ", rad 28: "));
	assert_string_equal(strrchr(err.msg, '\n'), "\n  ...");
	assert_non_null(strstr(err.msg, "'\n  ..."));
	assert_int_equal(rows.n, 30);
	assert_int_equal(rows.count, 30);
	assert_int_equal(rows.v[0].line, 3);
	assert_int_equal(rows.v[29].line, 32);
	assert_non_null(strstr(rows.v[29].msg, "fel29"));
	app_import_errors_release(&rows);
	assert_int_equal(app_budget_latest(f->st, 2025, &latest, &err), 0);
	assert_int_equal(latest, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_budget_versions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_forecasts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_members, setup, teardown),
		cmocka_unit_test_setup_teardown(test_board_and_cycle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_rows, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
