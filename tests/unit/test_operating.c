/*
 * test_operating.c: the chart of the costs. Jämtland 2022 (seed 002): the
 * financial income on a budget line "Finansiella kostnader" is no cost,
 * and the three areas are 69, 23 and 8 % of verksamhetens kostnader.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/operating.h"

static void test_cost_shares(void **state)
{
	const struct account_sum sums[] = {
		{ "3010", "", -792973000 }, { "4010", "", 705321000 }, { "6010", "", 83739200 },
		{ "7010", "", 240470600 },  { "7990", "", 100 },       { "8310", "", -4857800 },
	};
	struct account_map map;
	struct budget b;
	struct cost_shares c;
	struct err err;

	(void)state;
	account_map_init(&map);
	account_map_default(&map);
	budget_init(&b, 2022);
	budget_add(&b, BUDGET_GRANT, "Parternas insats", "Medlemsbidrag", 792800000, "3000-3999");
	budget_add(&b, BUDGET_COST, "Individinriktade insatser", "Bidrag", 795700000, "4000-4999");
	budget_add(&b, BUDGET_COST, "Personalkostnader", "Löner", 184700000, "7000-7699");
	budget_add(&b, BUDGET_COST, "Verksamhetskostnader", "Övrigt", 92100000, "5000-6999");
	budget_add(&b, BUDGET_COST, "Finansiella kostnader", "Ränta", 3200000, "8000-8799");
	assert_int_equal(cost_shares_compute(&b, sums, 6, &map, &c, &err), 0);
	assert_int_equal(c.n, 4);
	assert_string_equal(c.slices[0].name, "Individinriktade insatser");
	assert_int_equal(c.slices[0].cost, 705321000);
	assert_int_equal(c.slices[0].percent, 69);
	assert_string_equal(c.slices[1].name, "Personalkostnader");
	assert_int_equal(c.slices[1].percent, 23);
	assert_string_equal(c.slices[2].name, "Verksamhetskostnader");
	assert_int_equal(c.slices[2].percent, 8);
	/* A cost no area follows is a slice of its own, never lost. */
	assert_string_equal(c.slices[3].name, "Övriga kostnader");
	assert_int_equal(c.slices[3].cost, 100);
	assert_int_equal(c.expenses, 1029530900);
	assert_int_equal(c.total, 1029530900);
	cost_shares_release(&c);

	/* A refund larger than the area's costs makes no slice. */
	{
		const struct account_sum refund[] = { { "4010", "", -100 }, { "7010", "", 300 } };

		assert_int_equal(cost_shares_compute(&b, refund, 2, &map, &c, &err), 0);
		assert_int_equal(c.n, 1);
		assert_string_equal(c.slices[0].name, "Personalkostnader");
		assert_int_equal(c.slices[0].percent, 100);
		assert_int_equal(c.expenses, 200);
		cost_shares_release(&c);
	}
	budget_release(&b);
	account_map_release(&map);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cost_shares),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
