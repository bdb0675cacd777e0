/*
 * test_statements_round.c: statements rounded to tkr or whole kronor add
 * up in every sum they print and agree with each other, for many
 * statements made at random that agree exactly before.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/statements.h"

static int64_t rnd(int64_t span)
{
	return (int64_t)(((uint64_t)rand() << 31 ^ (uint64_t)rand()) % (uint64_t)(2 * span + 1)) - span;
}

/* Statements whose exact figures agree, as statements_compute makes them. */
static void make(struct statements *s, int64_t span)
{
	struct income_statement *is = &s->is;
	struct balance_sheet *bs = &s->bs;
	struct cash_flow *cf = &s->cf;

	memset(s, 0, sizeof(*s));
	is->revenue = llabs(rnd(span));
	is->expenses = -llabs(rnd(span));
	is->financial_income = llabs(rnd(span / 100));
	is->financial_expenses = -llabs(rnd(span / 100));
	is->appropriations = rand() % 4 ? 0 : rnd(span / 100);
	is->net_cost = is->revenue + is->expenses;
	is->financial_net = is->financial_income + is->financial_expenses;
	is->result_after_financial = is->net_cost + is->financial_net;
	is->result = is->result_after_financial + is->appropriations;
	bs->fixed_assets = rand() % 3 ? 0 : llabs(rnd(span));
	bs->receivables = llabs(rnd(span));
	bs->cash_and_bank = llabs(rnd(span));
	bs->total_assets = bs->fixed_assets + bs->receivables + bs->cash_and_bank;
	bs->result_of_year = is->result;
	bs->result_booked = rand() % 2;
	bs->provisions = rand() % 2 ? 0 : llabs(rnd(span / 4));
	bs->current_liabilities = llabs(rnd(span / 4));
	bs->other_equity = bs->total_assets - bs->result_of_year - bs->provisions - bs->current_liabilities;
	bs->equity = bs->other_equity + bs->result_of_year;
	bs->total_equity_and_liabilities = bs->total_assets;
	cf->result = is->result;
	cf->cash_end = bs->cash_and_bank;
	cf->cash_start = llabs(rnd(span));
	cf->net_cash_flow = cf->cash_end - cf->cash_start;
	cf->non_cash_adjustments = rnd(span / 10);
	cf->change_receivables = rnd(span / 10);
	cf->investing = rand() % 3 ? 0 : rnd(span / 10);
	cf->financing = 0;
	cf->operating = cf->net_cash_flow - cf->investing - cf->financing;
	cf->change_current_liabilities = cf->operating - cf->result - cf->non_cash_adjustments - cf->change_receivables;
}

static void agrees(const struct statements *s, int64_t unit)
{
	const struct income_statement *is = &s->is;
	const struct balance_sheet *bs = &s->bs;
	const struct cash_flow *cf = &s->cf;
	const int64_t v[] = { is->revenue, is->expenses, is->net_cost, is->financial_income, is->financial_expenses,
			      is->result, bs->fixed_assets, bs->receivables, bs->cash_and_bank, bs->total_assets,
			      bs->equity, bs->other_equity, bs->provisions, bs->current_liabilities,
			      cf->operating, cf->net_cash_flow, cf->cash_start, cf->cash_end, cf->non_cash_adjustments,
			      cf->change_receivables, cf->change_current_liabilities };
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		assert_int_equal(v[i] % unit, 0);
	assert_int_equal(is->revenue + is->expenses, is->net_cost);
	assert_int_equal(is->net_cost + is->financial_income + is->financial_expenses + is->appropriations, is->result);
	assert_int_equal(is->result_after_financial, is->net_cost + is->financial_net);
	assert_int_equal(bs->fixed_assets + bs->inventories + bs->receivables + bs->cash_and_bank, bs->total_assets);
	assert_int_equal(bs->other_equity + bs->result_of_year, bs->equity);
	assert_int_equal(bs->equity + bs->provisions + bs->long_term_liabilities + bs->current_liabilities,
			 bs->total_equity_and_liabilities);
	assert_int_equal(bs->total_assets, bs->total_equity_and_liabilities);
	assert_int_equal(bs->result_of_year, is->result);
	assert_int_equal(cf->result, is->result);
	assert_int_equal(cf->result + cf->non_cash_adjustments + cf->change_receivables + cf->change_current_liabilities,
			 cf->operating);
	assert_int_equal(cf->operating + cf->investing + cf->financing, cf->net_cash_flow);
	assert_int_equal(cf->cash_start + cf->net_cash_flow, cf->cash_end);
	assert_int_equal(cf->cash_end, bs->cash_and_bank);
}

static void test_random(void **state)
{
	struct statements s, exact;
	int i;

	(void)state;
	srand(12345);
	for (i = 0; i < 20000; i++) {
		int64_t unit = i % 2 ? 100000 : 100;
		int64_t span = i % 3 == 0 ? 1000000000LL : i % 3 == 1 ? 5000000 : 40000;

		make(&exact, span);
		s = exact;
		statements_round(&s, unit);
		agrees(&s, unit);
		/* no line moves further than a unit per line of its group */
		assert_true(llabs(s.is.revenue - exact.is.revenue) <= 5 * unit);
		assert_true(llabs(s.bs.cash_and_bank - exact.bs.cash_and_bank) <= unit / 2);
	}
}

/* Ånge 2024: 1 468 000 and -2 104 819 give -637 tkr; the lines are
 * 1 468 and -2 105. */
static void test_ange(void **state)
{
	struct statements s;

	(void)state;
	memset(&s, 0, sizeof(s));
	s.is.revenue = 146800000;
	s.is.expenses = -210481900;
	s.is.net_cost = s.is.revenue + s.is.expenses;
	s.is.result_after_financial = s.is.net_cost;
	s.is.result = s.is.net_cost;
	statements_round(&s, 100000);
	assert_int_equal(s.is.revenue, 146800000);
	assert_int_equal(s.is.expenses, -210500000);
	assert_int_equal(s.is.result, -63700000);
	/* whole kronor leave whole kronor as they were */
	s.is.revenue = 146800000;
	s.is.expenses = -210481900;
	s.is.net_cost = s.is.revenue + s.is.expenses;
	s.is.result = s.is.net_cost;
	statements_round(&s, 1);
	assert_int_equal(s.is.expenses, -210481900);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_ange),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
