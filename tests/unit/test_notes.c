/*
 * test_notes.c: the notes' figures add up to the statement lines they
 * explain: costs by kind to verksamhetens kostnader, the pension
 * provision's movement to its closing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/notes.h"
#include "model/statements.h"

static struct year_account acc(const char *n, int64_t ib, int64_t ub, int64_t res, int64_t debit, int64_t credit)
{
	struct year_account a;

	memset(&a, 0, sizeof(a));
	snprintf(a.number, sizeof(a.number), "%s", n);
	if (ib || ub) {
		a.has_ib = a.has_ub = 1;
		a.ib = ib;
		a.ub = ub;
	}
	if (res) {
		a.has_res = 1;
		a.res = res;
	}
	if (debit || credit) {
		a.has_turnover = 1;
		a.turnover = debit + credit;
		a.debit = debit;
		a.credit = credit;
	}
	return a;
}

static void test_notes(void **state)
{
	struct year_account accounts[] = {
		acc("1910", 100, 300, 0, 0, 0),
		acc("1930", 500000, 250000, 0, 0, 0),
		acc("1940", 0, 0, 0, 0, 0),                 /* nothing: left out */
		acc("2210", -181400, -248900, 0, 4200, -71700),
		acc("3010", 0, 0, -146800000, 0, 0),
		acc("4010", 0, 0, 159794800, 0, 0),         /* an intervention's account */
		acc("5010", 0, 0, 3000000, 0, 0),
		acc("7010", 0, 0, 40000000, 0, 0),          /* BAS: staff */
		acc("7510", 0, 0, 12000000, 0, 0),
		acc("7830", 0, 0, 500000, 0, 0),            /* depreciation: other */
		acc("6990", 0, 0, 0, 700, -200),            /* turnover only */
	};
	struct year_books b = { .accounts = accounts, .n = sizeof(accounts) / sizeof(accounts[0]) };
	struct account_map m;
	struct intervention iv[1];
	struct provision_note p;
	struct statements s;
	struct err err;
	int64_t costs[COST__MAX];

	(void)state;
	memset(iv, 0, sizeof(iv));
	snprintf(iv[0].accounts, sizeof(iv[0].accounts), "4010-4019");
	account_map_init(&m);
	account_map_default(&m);
	assert_int_equal(statements_compute(&b, &m, &s, &err), 0);

	assert_int_equal(costs_by_kind(&b, &m, iv, 1, costs, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS], -159794800);
	assert_int_equal(costs[COST_STAFF], -52000000);
	assert_int_equal(costs[COST_OTHER], -3000000 - 500000 - 500);
	assert_int_equal(costs[COST_INTERVENTIONS] + costs[COST_STAFF] + costs[COST_OTHER], s.is.expenses);
	/* without interventions 4010 is another cost; the map can say staff */
	assert_int_equal(costs_by_kind(&b, &m, iv, 0, costs, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS], 0);
	account_map_add(&m, 5000, 5099, LINE_EXPENSES_STAFF);
	account_map_add(&m, 4000, 4099, LINE_EXPENSES_INTERVENTIONS);
	assert_int_equal(costs_by_kind(&b, &m, NULL, 0, costs, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS], -159794800);
	assert_int_equal(costs[COST_STAFF], -55000000);
	assert_int_equal(costs[COST_INTERVENTIONS] + costs[COST_STAFF] + costs[COST_OTHER], s.is.expenses);
	/* the statements count the kinds mapped apart as costs too */
	assert_int_equal(statements_compute(&b, &m, &s, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS] + costs[COST_STAFF] + costs[COST_OTHER], s.is.expenses);

	assert_int_equal(provision_movement(&b, &m, &p, &err), 0);
	assert_int_equal(p.opening, 181400);
	assert_int_equal(p.added, 71700);
	assert_int_equal(p.paid, 4200);
	assert_int_equal(p.closing, 248900);
	assert_int_equal(p.other, 0);
	assert_int_equal(p.closing, s.bs.provisions);
	assert_int_equal(p.opening + p.added - p.paid + p.other, p.closing);
	account_map_release(&m);
}

static void test_kinds(void **state)
{
	(void)state;
	assert_int_equal(cost_kind_of("7010", LINE_EXPENSES, NULL, 0), COST_STAFF);
	assert_int_equal(cost_kind_of("7699", LINE_EXPENSES, NULL, 0), COST_STAFF);
	assert_int_equal(cost_kind_of("7700", LINE_EXPENSES, NULL, 0), COST_OTHER);
	assert_int_equal(cost_kind_of("7010", LINE_DEPRECIATION, NULL, 0), COST_OTHER);
	assert_int_equal(cost_kind_of("6000", LINE_EXPENSES_STAFF, NULL, 0), COST_STAFF);
	assert_string_equal(cost_kind_label(COST_INTERVENTIONS), "Bidrag till insatser");
	assert_string_equal(cost_kind_key(COST_OTHER), "other");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_notes),
		cmocka_unit_test(test_kinds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
