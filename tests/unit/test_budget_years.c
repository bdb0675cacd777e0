/*
 * test_budget_years.c: budgets of several years matched line by line:
 * a line every year has, one that comes, one that goes, the cost groups
 * per year, the totals, and the refusal of too many years.
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
#include "model/budget_years.h"

static void three_years(struct budget b[3])
{
	int j;

	for (j = 0; j < 3; j++) {
		budget_init(&b[j], 2026 + j);
		budget_add(&b[j], BUDGET_GRANT, "", "Driftbidrag", 1472000 * 100LL, "");
		budget_add(&b[j], BUDGET_EQUITY, "", "Eget kapital", (250000 - 50000 * j) * 100LL, "");
		budget_add(&b[j], BUDGET_COST, "Kansli", "Förbundschef", (355000 + 5000 * j) * 100LL, "");
	}
	/* Comes in the second year, and twice in the third (added up). */
	budget_add(&b[1], BUDGET_COST, "Insatser", "Ångemodellen", 430000 * 100LL, "");
	budget_add(&b[2], BUDGET_COST, "Insatser", "Ångemodellen", 400000 * 100LL, "");
	budget_add(&b[2], BUDGET_COST, "Insatser", "Ångemodellen", 30000 * 100LL, "");
	/* Only the first year. */
	budget_add(&b[0], BUDGET_COST, "Kansli", "Revision", 24000 * 100LL, "");
	/* Same name, another group: another line. */
	budget_add(&b[2], BUDGET_COST, "Kansli", "Ångemodellen", 1000 * 100LL, "");
}

static void test_match(void **state)
{
	struct budget b[3];
	struct budget_years y;
	struct err err;
	int j;

	(void)state;
	three_years(b);
	assert_int_equal(budget_years_match(b, 3, &y, &err), 0);
	assert_int_equal(y.n_years, 3);
	assert_int_equal(y.year[0], 2026);
	assert_int_equal(y.year[2], 2028);
	/* The grant is left to the contributions. */
	assert_int_equal(y.n_lines, 5);
	assert_string_equal(y.lines[0].name, "Eget kapital");
	assert_int_equal(y.lines[0].amount[2], 150000 * 100LL);
	assert_string_equal(y.lines[1].name, "Förbundschef");
	assert_int_equal(y.lines[1].amount[1], 360000 * 100LL);
	assert_string_equal(y.lines[2].name, "Revision");
	assert_int_equal(y.lines[2].has[0], 1);
	assert_int_equal(y.lines[2].has[1], 0);
	assert_int_equal(y.lines[2].has[2], 0);
	assert_string_equal(y.lines[3].name, "Ångemodellen");
	assert_string_equal(y.lines[3].group, "Insatser");
	assert_int_equal(y.lines[3].has[0], 0);
	assert_int_equal(y.lines[3].amount[1], 430000 * 100LL);
	assert_int_equal(y.lines[3].amount[2], 430000 * 100LL);
	assert_string_equal(y.lines[4].group, "Kansli");
	assert_int_equal(y.lines[4].amount[2], 1000 * 100LL);

	assert_int_equal(y.n_groups, 2);
	assert_string_equal(y.groups[0].name, "Kansli");
	assert_int_equal(y.groups[0].total[0], 379000 * 100LL);
	assert_int_equal(y.groups[0].total[2], 366000 * 100LL);
	assert_string_equal(y.groups[1].name, "Insatser");
	assert_int_equal(y.groups[1].total[0], 0);
	assert_int_equal(y.groups[1].total[1], 430000 * 100LL);

	assert_int_equal(y.totals[0].grant, 1472000 * 100LL);
	assert_int_equal(y.totals[0].revenue_total, 1722000 * 100LL);
	assert_int_equal(y.totals[0].cost_total, -379000 * 100LL);
	assert_int_equal(y.totals[1].forecast_equity, (1672000 - 360000 - 430000) * 100LL);
	budget_years_release(&y);
	for (j = 0; j < 3; j++)
		budget_release(&b[j]);
}

/* In tkr each year's column adds up: the lines and the grant to "Summa
 * intäkter", the members to the grant, the cost lines to the groups and
 * to "Summa totala kostnader". */
static void test_round_tkr(void **state)
{
	struct budget b[3];
	struct budget_years y;
	struct member m[3] = { { .name = "FK" }, { .name = "Region" }, { .name = "Kommun" } };
	struct contribution parts[9];
	struct err err;
	size_t i, j, g;

	(void)state;
	three_years(b);
	/* Amounts that do not fall on whole thousands. */
	budget_add(&b[0], BUDGET_REVENUE, "", "Skatteverket", 20356 * 100LL, "");
	budget_add(&b[0], BUDGET_COST, "Kansli", "Resor", 10499 * 100LL, "");
	budget_add(&b[0], BUDGET_COST, "Insatser", "Vägen in", 210499 * 100LL, "");
	for (j = 0; j < 3; j++)
		for (i = 0; i < 3; i++)
			parts[j * 3 + i] = (struct contribution){ &m[i], 1472000 * 100LL / 3 + (i == 0 ? 1 : 0) };
	assert_int_equal(budget_years_match(b, 3, &y, &err), 0);
	budget_years_round(&y, parts, 3, 100000);
	for (j = 0; j < 3; j++) {
		const struct budget_totals *t = &y.totals[j];
		int64_t revenue = t->grant, costs = 0, members = 0;

		for (i = 0; i < y.n_lines; i++) {
			if (!y.lines[i].has[j])
				continue;
			assert_int_equal(y.lines[i].amount[j] % 100000, 0);
			if (y.lines[i].kind == BUDGET_COST)
				costs += y.lines[i].amount[j];
			else
				revenue += y.lines[i].amount[j];
		}
		for (i = 0; i < 3; i++)
			members += parts[j * 3 + i].amount;
		assert_int_equal(members, t->grant);
		assert_int_equal(revenue, t->revenue_total);
		assert_int_equal(-costs, t->cost_total);
		assert_int_equal(t->forecast_equity, t->revenue_total + t->cost_total);
		for (g = 0; g < y.n_groups; g++) {
			int64_t sum = 0;

			for (i = 0; i < y.n_lines; i++)
				if (y.lines[i].kind == BUDGET_COST && y.lines[i].has[j] &&
				    strcmp(y.lines[i].group, y.groups[g].name) == 0)
					sum += y.lines[i].amount[j];
			assert_int_equal(sum, y.groups[g].total[j]);
		}
	}
	/* 1 472 tkr, 20 tkr of the tax office and 250 tkr: 1 742 tkr. */
	assert_int_equal(y.totals[0].revenue_total, 174200000);
	/* 355 + 24 + 10,499 + 210,499 = 599,998 tkr of costs: 600 tkr. */
	assert_int_equal(y.totals[0].cost_total, -60000000);
	/* The ratio stays the exact figures': 1 742 356 − 599 998 kr. */
	assert_int_equal(y.to_grant[0].num, 114235800);
	assert_int_equal(y.to_grant[0].den, 147200000);
	budget_years_release(&y);
	for (j = 0; j < 3; j++)
		budget_release(&b[j]);
}

static void test_too_many(void **state)
{
	struct budget b[BUDGET_YEARS_MAX + 1];
	struct budget_years y;
	struct err err;
	int j;

	(void)state;
	for (j = 0; j <= BUDGET_YEARS_MAX; j++)
		budget_init(&b[j], 2026 + j);
	assert_int_equal(budget_years_match(b, BUDGET_YEARS_MAX + 1, &y, &err), -1);
	assert_non_null(strstr(err.msg, "högst 5 år"));
	budget_years_release(&y);
	for (j = 0; j <= BUDGET_YEARS_MAX; j++)
		budget_release(&b[j]);
}

static void test_overflow(void **state)
{
	struct budget b[2];
	struct budget_years y;
	struct err err;

	(void)state;
	budget_init(&b[0], 2026);
	budget_init(&b[1], 2027);
	budget_add(&b[1], BUDGET_REVENUE, "", "Skatteverket", INT64_MAX, "");
	budget_add(&b[1], BUDGET_REVENUE, "", "Skatteverket", 1, "");
	assert_int_equal(budget_years_match(b, 2, &y, &err), -1);
	budget_years_release(&y);
	budget_release(&b[0]);
	budget_release(&b[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_round_tkr),
		cmocka_unit_test(test_too_many),
		cmocka_unit_test(test_overflow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
