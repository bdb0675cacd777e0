/*
 * test_multiyear.c: equity carried from the books through the budgets,
 * and the year the 20 % goal is reached.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/multiyear.h"

static void test_chain(void **state)
{
	/* Jämtland 2022: equity 3 740 tkr against a grant of 7 930 tkr (47 %);
	 * budgets using 1 415 tkr a year bring it under 20 % in 2024. */
	struct multiyear_row base = { .year = 2022, .actual = 1, .equity_start = 605700000, .revenue = 793000000,
				      .costs = -1024700000, .result = -231700000, .equity_end = 374000000,
				      .grant = 793000000 };
	struct budget b[3];
	struct multiyear m;
	struct err err;
	int y;

	(void)state;
	for (y = 0; y < 3; y++) {
		budget_init(&b[y], 2025 - y);   /* out of order on purpose */
		budget_add(&b[y], BUDGET_GRANT, "", "Driftbidrag", 791800000, NULL);
		budget_add(&b[y], BUDGET_COST, "Insatser", "Insatser", 933300000, NULL);
	}
	assert_int_equal(multiyear_compute(&base, b, 3, &m, &err), 0);
	assert_int_equal(m.n, 4);
	assert_int_equal(m.rows[1].year, 2023);
	assert_int_equal(m.rows[1].equity_start, 374000000);
	assert_int_equal(m.rows[1].result, -141500000);
	assert_int_equal(m.rows[1].equity_end, 232500000);   /* 29 % */
	assert_int_equal(m.rows[2].equity_end, 91000000);    /* 11 % */
	assert_int_equal(m.rows[3].equity_end, -50500000);
	assert_int_equal(m.goal_year, 2024);
	assert_false(multiyear_within_goal(&m.rows[0]));
	/* Each year's equity against its grant, the rule's own figures. */
	assert_int_equal(m.rows[0].rule.ratio.num, 374000000);
	assert_int_equal(m.rows[0].rule.ratio.den, 793000000);
	assert_false(m.rows[1].rule.within);
	assert_true(m.rows[2].rule.within);
	assert_int_equal(m.rows[2].rule.grant, 791800000);
	assert_int_equal(m.rows[2].rule.basis, GRANT_BASIS_BUDGET);
	multiyear_release(&m);
	for (y = 0; y < 3; y++)
		budget_release(&b[y]);
}

/* In tkr each year adds up and starts where the year before ended; the
 * ratios stay the exact figures'. */
static void test_round_tkr(void **state)
{
	struct multiyear_row base = { .year = 2022, .actual = 1, .equity_start = 60570049, .revenue = 79300049,
				      .costs = -102470049, .financial = 49949, .result = -23120051,
				      .equity_end = 37449998, .grant = 79300049 };
	struct budget b[2];
	struct multiyear m;
	struct err err;
	size_t i;
	int y;

	(void)state;
	for (y = 0; y < 2; y++) {
		budget_init(&b[y], 2023 + y);
		budget_add(&b[y], BUDGET_GRANT, "", "Driftbidrag", 79180049, NULL);
		budget_add(&b[y], BUDGET_COST, "Insatser", "Insatser", 93330049, NULL);
	}
	assert_int_equal(multiyear_compute(&base, b, 2, &m, &err), 0);
	multiyear_round(&m, 100000);
	for (i = 0; i < m.n; i++) {
		const struct multiyear_row *r = &m.rows[i];

		assert_int_equal(r->result, r->revenue + r->costs + r->financial);
		assert_int_equal(r->equity_end, r->equity_start + r->result);
		assert_int_equal(r->equity_end % 100000, 0);
		if (i)
			assert_int_equal(r->equity_start, m.rows[i - 1].equity_end);
	}
	/* The books' year: the result -231,2 tkr to -231 tkr, its end 374 tkr. */
	assert_int_equal(m.rows[0].result, -23100000);
	assert_int_equal(m.rows[0].equity_end, 37400000);
	assert_int_equal(m.rows[0].equity_start, 60500000);
	/* A budget year: 792 tkr less 933 tkr. */
	assert_int_equal(m.rows[1].result, -14100000);
	assert_int_equal(m.rows[0].rule.ratio.num, 37449998);
	multiyear_release(&m);
	for (y = 0; y < 2; y++)
		budget_release(&b[y]);
}

static void test_goal_edge(void **state)
{
	struct multiyear_row r = { .year = 2025, .equity_end = 20, .grant = 100 };

	(void)state;
	assert_true(multiyear_within_goal(&r));     /* exactly 20 % */
	r.equity_end = 21;
	assert_false(multiyear_within_goal(&r));
	r.grant = 0;
	assert_false(multiyear_within_goal(&r));
	r.grant = 1;
	r.equity_end = INT64_MAX;
	assert_false(multiyear_within_goal(&r));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chain),
		cmocka_unit_test(test_round_tkr),
		cmocka_unit_test(test_goal_edge),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
