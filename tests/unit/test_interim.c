/*
 * test_interim.c: the interim report's table, reproducing Ånge's interim
 * report 2022 (seed 000): costs 1 515 305 budgeted, 702 394 booked, 812 911
 * remaining, 1 391 261 forecast, +124 044 deviation; funds 1 685 661 and a
 * forecast equity of 294 400.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/interim.h"

#define KANSLI "Kansli/administrativa kostnader"
#define DECIDED "Insatser och aktiviteter beslutade i VP22"
#define UNDECIDED "Insatser och aktiviteter ej beslutade i VP22"

static void ange(struct budget *b)
{
	budget_init(b, 2022);
	budget_add(b, BUDGET_GRANT, "Parternas insats", "Driftbidrag", 147200000, "3010-3019");
	budget_add(b, BUDGET_REVENUE, "", "Skatteverket", 2035600, "");
	budget_add(b, BUDGET_EQUITY, "", "Eget kapital", 25000000, "");
	budget_add(b, BUDGET_COST, KANSLI, "Förbundschef", 35500000, "6550");
	budget_add(b, BUDGET_COST, KANSLI, "Övrigt kansli", 8950000, "5000-6549,6551-7999");
	budget_add(b, BUDGET_COST, DECIDED, "Ångemodellen", 45000000, "4010");
	budget_add(b, BUDGET_COST, UNDECIDED, "Ej beslutade", 62080500, "4020-4029");
}

static void test_ange_2022(void **state)
{
	struct budget b;
	struct interim in;
	struct err err;
	const struct account_sum sums[] = {
		{ "3010", "", -128800000 }, { "4010", "", 45000000 }, { "6550", "", 20000000 },
		{ "6420", "", 5239400 }, { "1930", "", 99999 },
	};
	const struct interim_override o[] = { { UNDECIDED, -49676100, "Två nya insatser från oktober" } };

	(void)state;
	ange(&b);
	assert_int_equal(interim_compute(&b, sums, 5, o, 1, 1, 19330500, &in, &err), 0);
	assert_int_equal(in.n_areas, 3);
	assert_string_equal(in.areas[0].name, KANSLI);
	assert_int_equal(in.areas[0].budget, -44450000);
	assert_int_equal(in.areas[0].booked, -25239400);
	assert_int_equal(in.areas[0].remaining, -19210600);
	assert_int_equal(in.areas[0].forecast, -44450000);
	assert_int_equal(in.areas[0].deviation, 0);
	assert_int_equal(in.areas[1].booked, -45000000);
	assert_int_equal(in.areas[1].remaining, 0);
	assert_int_equal(in.areas[2].booked, 0);
	assert_int_equal(in.areas[2].forecast, -49676100);
	assert_int_equal(in.areas[2].deviation, 12404400);
	assert_string_equal(in.areas[2].comment, "Två nya insatser från oktober");
	assert_null(in.areas[0].comment);
	assert_int_equal(in.cost_total.budget, -151530500);
	assert_int_equal(in.cost_total.booked, -70239400);
	assert_int_equal(in.cost_total.remaining, -81291100);
	assert_int_equal(in.cost_total.forecast, -139126100);
	assert_int_equal(in.cost_total.deviation, 12404400);
	assert_int_equal(in.n_revenue, 2);
	assert_int_equal(in.revenue[0].budget, 147200000);
	assert_int_equal(in.revenue[0].booked, 128800000);
	assert_int_equal(in.revenue[0].remaining, 18400000);
	assert_int_equal(in.revenue[0].forecast, 147200000);
	assert_int_equal(in.revenue[1].forecast, 2035600);
	assert_false(in.revenue[1].has_accounts);
	assert_int_equal(in.grant, 147200000);
	assert_int_equal(in.equity, 19330500);
	assert_int_equal(in.total_funds, 168566100);
	assert_int_equal(in.forecast_equity, 29440000);
	interim_release(&in);

	/* Without books for the opening equity, the budget's line is used;
	 * without the override, the forecast is the budget. */
	assert_int_equal(interim_compute(&b, sums, 5, NULL, 0, 0, 0, &in, &err), 0);
	assert_int_equal(in.equity, 25000000);
	assert_int_equal(in.areas[2].forecast, -62080500);
	assert_int_equal(in.cost_total.deviation, 0);
	interim_release(&in);
	budget_release(&b);
}

static void test_overspent(void **state)
{
	struct budget b;
	struct interim in;
	struct err err;
	const struct account_sum sums[] = { { "4010", "", 50000000 }, { "3010", "", -150000000 } };

	(void)state;
	budget_init(&b, 2024);
	budget_add(&b, BUDGET_GRANT, "", "Driftbidrag", 140000000, "3010");
	budget_add(&b, BUDGET_COST, "Insatser", "Steget", 45000000, "4010");
	assert_int_equal(interim_compute(&b, sums, 2, NULL, 0, 1, 0, &in, &err), 0);
	/* Booked beyond the budget: the forecast follows the booking. */
	assert_int_equal(in.areas[0].forecast, -50000000);
	assert_int_equal(in.areas[0].deviation, -5000000);
	assert_int_equal(in.areas[0].remaining, 5000000);
	assert_int_equal(in.revenue[0].forecast, 150000000);
	assert_int_equal(in.revenue[0].deviation, 10000000);
	interim_release(&in);
	/* Two interventions booked on one account count it once for the area. */
	budget_add(&b, BUDGET_COST, "Insatser", "Unga", 10000000, "4010");
	assert_int_equal(interim_compute(&b, sums, 2, NULL, 0, 1, 0, &in, &err), 0);
	assert_int_equal(in.n_areas, 1);
	assert_int_equal(in.areas[0].budget, -55000000);
	assert_int_equal(in.areas[0].booked, -50000000);
	assert_int_equal(in.areas[0].forecast, -55000000);
	interim_release(&in);
	budget_release(&b);
}

/* Two areas on one account, told apart by the SIE object (dimension 6). */
static void test_objects(void **state)
{
	struct budget b;
	struct interim in;
	struct err err;
	const struct account_sum sums[] = {
		{ "4010", "6 \"1\"", 30000000 },
		{ "4010", "1 \"10\" 6 \"2\"", 20000000 },
		{ "4010", "", 1000000 },
	};

	(void)state;
	budget_init(&b, 2025);
	budget_add(&b, BUDGET_COST, "Steget vidare", "Steget vidare", 60000000, "4010");
	budget_line_objects(&b.lines[0], "6:1");
	budget_add(&b, BUDGET_COST, "Unga i arbete", "Unga i arbete", 40000000, "");
	budget_line_objects(&b.lines[1], "6:2,6:3");
	assert_int_equal(interim_compute(&b, sums, 3, NULL, 0, 1, 0, &in, &err), 0);
	assert_int_equal(in.areas[0].booked, -30000000);
	assert_int_equal(in.areas[1].booked, -20000000);
	interim_release(&in);
	assert_int_equal(budget_objects_valid("6:1, 6:2"), 0);
	assert_int_equal(budget_objects_valid("6"), -1);
	assert_int_equal(budget_objects_valid(":1"), -1);
	budget_release(&b);
}

/* In tkr every column adds up to its rounded sum, remaining and deviation
 * follow from the rounded figures, and the funds from the rounded equity
 * and revenue. */
static void test_round_tkr(void **state)
{
	struct budget b;
	struct interim in;
	struct err err;
	const struct account_sum sums[] = {
		{ "3010", "", -128800000 }, { "4010", "", 45000000 }, { "6550", "", 20000000 },
		{ "6420", "", 5239400 },
	};
	const struct interim_override o[] = { { UNDECIDED, -49676100, "" } };
	int64_t sum[3] = { 0 }, revenue = 0;
	size_t i;

	(void)state;
	ange(&b);
	assert_int_equal(interim_compute(&b, sums, 4, o, 1, 1, 19330500, &in, &err), 0);
	interim_round(&in, 100000);
	for (i = 0; i < in.n_areas; i++) {
		const struct interim_row *r = &in.areas[i];

		assert_int_equal(r->budget % 100000, 0);
		assert_int_equal(r->booked % 100000, 0);
		assert_int_equal(r->forecast % 100000, 0);
		assert_int_equal(r->remaining, r->budget - r->booked);
		assert_int_equal(r->deviation, r->forecast - r->budget);
		sum[0] += r->budget;
		sum[1] += r->booked;
		sum[2] += r->forecast;
	}
	/* -1 515 305 kr, -702 394 kr and -1 391 261 kr, rounded as sums. */
	assert_int_equal(in.cost_total.budget, -151500000);
	assert_int_equal(in.cost_total.booked, -70200000);
	assert_int_equal(in.cost_total.forecast, -139100000);
	assert_int_equal(sum[0], in.cost_total.budget);
	assert_int_equal(sum[1], in.cost_total.booked);
	assert_int_equal(sum[2], in.cost_total.forecast);
	assert_int_equal(in.cost_total.remaining, in.cost_total.budget - in.cost_total.booked);
	/* 444 500 kr rounds to 445 tkr and 620 805 kr to 621 tkr, 1 516 tkr in
	 * all: the kansli, moved furthest, gives way, so the sum is 1 515 tkr
	 * and the exact 450 tkr stays. */
	assert_int_equal(in.areas[0].budget, -44400000);
	assert_int_equal(in.areas[1].budget, -45000000);
	assert_int_equal(in.areas[2].budget, -62100000);
	for (i = 0; i < in.n_revenue; i++)
		revenue += in.revenue[i].forecast;
	assert_int_equal(in.equity, 19300000);
	assert_int_equal(in.total_funds, in.equity + revenue);
	assert_int_equal(in.forecast_equity, in.total_funds + in.cost_total.forecast);
	/* The ratio stays the exact figures'. */
	assert_int_equal(in.to_grant.den, 147200000);
	assert_int_not_equal(in.to_grant.num, in.forecast_equity);
	interim_release(&in);
	budget_release(&b);
}

static void test_accounts_match(void **state)
{
	(void)state;
	assert_true(accounts_match("4010-4019,4030", "4015"));
	assert_true(accounts_match("4010-4019,4030", "4030"));
	assert_true(accounts_match("4010-4019, 4030", "40301"));
	assert_false(accounts_match("4010-4019,4030", "4020"));
	assert_false(accounts_match("", "4010"));
	assert_true(accounts_match("30", "3000"));    /* "30" is 3000, and only 3000 */
	assert_false(accounts_match("30", "3010"));
	assert_false(accounts_match("30", "3100"));
	assert_true(accounts_match("3000-3999", "3100"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ange_2022),
		cmocka_unit_test(test_overspent),
		cmocka_unit_test(test_objects),
		cmocka_unit_test(test_round_tkr),
		cmocka_unit_test(test_accounts_match),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
