/*
 * test_statements.c: the statements computed from hand-made books whose
 * figures were worked out by hand, among them Ånge's 2024 annual report.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/books.h"
#include "model/statements.h"

#define MAXACC 32

struct fixture {
	struct year_books b;
	struct year_account acc[MAXACC];
	struct account_map map;
};

static void books_init(struct fixture *f, int year)
{
	memset(f, 0, sizeof(*f));
	f->b.year.period.start = (struct date){ year, 1, 1 };
	f->b.year.period.end = (struct date){ year, 12, 31 };
	f->b.accounts = f->acc;
	account_map_init(&f->map);
	account_map_default(&f->map);
}

/* Adds an account; accounts must be added in number order. */
static struct year_account *acc(struct fixture *f, const char *number)
{
	struct year_account *a = &f->acc[f->b.n++];

	snprintf(a->number, sizeof(a->number), "%s", number);
	return a;
}

static void bal(struct fixture *f, const char *number, int has_ib, int64_t ib, int has_ub, int64_t ub)
{
	struct year_account *a = acc(f, number);

	a->has_ib = (unsigned)has_ib;
	a->ib = ib;
	a->has_ub = (unsigned)has_ub;
	a->ub = ub;
}

static void res(struct fixture *f, const char *number, int64_t amount)
{
	struct year_account *a = acc(f, number);

	a->has_res = 1;
	a->res = amount;
}

/* Ånge 2024 (seed 001): revenue 1 468 000, costs 2 104 819, result −636 819;
 * bank 1 234 697 → 750 746; current liabilities 416 826 → 569 694;
 * equity 817 871 at the start. */
static void ange(struct fixture *f, int booked)
{
	books_init(f, 2024);
	bal(f, "1930", 1, 123469700, 1, 75074600);
	bal(f, "2010", 1, -81787100, 1, booked ? -81787100 : -81787100);
	if (booked)
		bal(f, "2099", 0, 0, 1, 63681900);   /* the loss booked to equity */
	bal(f, "2440", 1, -41682600, 1, -56969400);
	res(f, "3010", -146800000);
	res(f, "4010", 159794800);
	res(f, "6990", 50687100);
	if (booked)
		res(f, "8999", -63681900);           /* the closing entry, ignored */
}

static void check_ange(const struct statements *s)
{
	assert_int_equal(s->year, 2024);
	assert_int_equal(s->is.revenue, 146800000);
	assert_int_equal(s->is.expenses, -210481900);        /* 1 597 948 + 506 871 */
	assert_int_equal(s->is.net_cost, -63681900);
	assert_int_equal(s->is.financial_income, 0);
	assert_int_equal(s->is.financial_expenses, 0);
	assert_int_equal(s->is.result, -63681900);
	assert_int_equal(s->bs.cash_and_bank, 75074600);
	assert_int_equal(s->bs.receivables, 0);
	assert_int_equal(s->bs.total_assets, 75074600);
	assert_int_equal(s->bs.equity, 18105200);            /* 817 871 − 636 819 */
	assert_int_equal(s->bs.result_of_year, -63681900);
	assert_int_equal(s->bs.other_equity, 81787100);
	assert_int_equal(s->bs.current_liabilities, 56969400);
	assert_int_equal(s->bs.total_equity_and_liabilities, 75074600);
	assert_int_equal(s->bs.imbalance, 0);
	assert_int_equal(s->opening_equity, 81787100);
	assert_int_equal(s->cf.result, -63681900);
	assert_int_equal(s->cf.non_cash_adjustments, 0);
	assert_int_equal(s->cf.change_receivables, 0);
	assert_int_equal(s->cf.change_current_liabilities, 15286800); /* 569 694 − 416 826 */
	assert_int_equal(s->cf.operating, -48395100);        /* −636 819 + 152 868 */
	assert_int_equal(s->cf.investing, 0);
	assert_int_equal(s->cf.financing, 0);
	assert_int_equal(s->cf.net_cash_flow, -48395100);
	assert_int_equal(s->cf.cash_start, 123469700);
	assert_int_equal(s->cf.cash_end, 75074600);
	assert_int_equal(s->solidity.num, 18105200);
	assert_int_equal(s->solidity.den, 75074600);
	assert_int_equal(s->equity_to_grant.num, 18105200);
	assert_int_equal(s->equity_to_grant.den, 146800000);
}

static void test_ange_unbooked(void **state)
{
	struct fixture f;
	struct statements s;
	struct err err;

	(void)state;
	ange(&f, 0);
	assert_int_equal(statements_compute(&f.b, &f.map, &s, &err), 0);
	assert_int_equal(s.bs.result_booked, 0);
	check_ange(&s);
	account_map_release(&f.map);
}

static void test_ange_booked(void **state)
{
	struct fixture f;
	struct statements s;
	struct err err;

	(void)state;
	ange(&f, 1);
	assert_int_equal(statements_compute(&f.b, &f.map, &s, &err), 0);
	assert_int_equal(s.bs.result_booked, 1);
	check_ange(&s);
	account_map_release(&f.map);
}

/* Every kind of line: fixed assets with depreciation, receivables,
 * provisions, a long-term loan, financial items. In kronor:
 *   1220 inventarier        IB 100 000  UB 120 000 (bought 40 000, depreciated 20 000)
 *   1510 kundfordringar     IB  30 000  UB  10 000
 *   1930 bank               IB 500 000  UB ?
 *   2010 eget kapital       IB −400 000 UB −400 000 (result not booked)
 *   2230 pensionsavsättning IB −50 000  UB −60 000
 *   2350 lån                IB −100 000 UB −80 000 (repaid 20 000)
 *   2440 leverantörsskulder IB −80 000  UB −95 000
 *   3010 revenue −1 000 000; 4010 costs 900 000; 7832 depreciation 20 000;
 *   8310 interest income −3 000; 8410 interest cost 2 000.
 * Result = 1 000 000 − 920 000 + 3 000 − 2 000 = 81 000.
 * Bank UB: 500 000 + result 81 000 + depreciation 20 000 + provisions 10 000
 *   + receivables 20 000 + payables 15 000 − purchase 40 000 − repayment 20 000
 *   = 586 000. */
static void test_every_line(void **state)
{
	struct fixture f;
	struct statements s;
	struct err err;

	(void)state;
	books_init(&f, 2025);
	bal(&f, "1220", 1, 10000000, 1, 12000000);
	bal(&f, "1510", 1, 3000000, 1, 1000000);
	bal(&f, "1930", 1, 50000000, 1, 58600000);
	bal(&f, "2010", 1, -40000000, 1, -40000000);
	bal(&f, "2230", 1, -5000000, 1, -6000000);
	bal(&f, "2350", 1, -10000000, 1, -8000000);
	bal(&f, "2440", 1, -8000000, 1, -9500000);
	res(&f, "3010", -100000000);
	res(&f, "4010", 90000000);
	res(&f, "7832", 2000000);
	res(&f, "8310", -300000);
	res(&f, "8410", 200000);
	assert_int_equal(statements_compute(&f.b, &f.map, &s, &err), 0);
	assert_int_equal(s.is.revenue, 100000000);
	assert_int_equal(s.is.expenses, -92000000);
	assert_int_equal(s.is.net_cost, 8000000);
	assert_int_equal(s.is.financial_income, 300000);
	assert_int_equal(s.is.financial_expenses, -200000);
	assert_int_equal(s.is.appropriations, 0);
	assert_int_equal(s.is.result, 8100000);
	assert_int_equal(s.bs.fixed_assets, 12000000);
	assert_int_equal(s.bs.receivables, 1000000);
	assert_int_equal(s.bs.cash_and_bank, 58600000);
	assert_int_equal(s.bs.total_assets, 71600000);
	assert_int_equal(s.bs.equity, 48100000);
	assert_int_equal(s.bs.provisions, 6000000);
	assert_int_equal(s.bs.long_term_liabilities, 8000000);
	assert_int_equal(s.bs.current_liabilities, 9500000);
	assert_int_equal(s.bs.total_equity_and_liabilities, 71600000);
	assert_int_equal(s.bs.imbalance, 0);
	assert_int_equal(s.bs.result_booked, 0);
	assert_int_equal(s.cf.result, 8100000);
	assert_int_equal(s.cf.non_cash_adjustments, 3000000);   /* 10 000 + 20 000 */
	assert_int_equal(s.cf.change_receivables, 2000000);
	assert_int_equal(s.cf.change_current_liabilities, 1500000);
	assert_int_equal(s.cf.operating, 14600000);
	assert_int_equal(s.cf.investing, -4000000);             /* −(20 000 + 20 000) */
	assert_int_equal(s.cf.financing, -2000000);
	assert_int_equal(s.cf.net_cash_flow, 8600000);
	assert_int_equal(s.cf.cash_start, 50000000);
	assert_int_equal(s.cf.cash_end, 58600000);
	account_map_release(&f.map);
}

/* Books with opening balances and transactions only: closing balances and
 * results follow from the transactions. */
static void test_from_turnover(void **state)
{
	struct fixture f;
	struct statements s;
	struct err err;
	struct year_account *a;

	(void)state;
	books_init(&f, 2024);
	a = acc(&f, "1930"); a->has_ib = 1; a->ib = 100000; a->has_turnover = 1; a->turnover = 50000;
	a = acc(&f, "2010"); a->has_ib = 1; a->ib = -100000;
	a = acc(&f, "3010"); a->has_turnover = 1; a->turnover = -80000;
	a = acc(&f, "4010"); a->has_turnover = 1; a->turnover = 30000;
	assert_int_equal(statements_compute(&f.b, &f.map, &s, &err), 0);
	assert_int_equal(s.is.result, 50000);
	assert_int_equal(s.bs.cash_and_bank, 150000);
	assert_int_equal(s.bs.equity, 150000);
	assert_int_equal(s.bs.imbalance, 0);
	assert_int_equal(s.cf.net_cash_flow, 50000);
	account_map_release(&f.map);
}

static void test_overflow(void **state)
{
	struct fixture f;
	struct statements s;
	struct err err;

	(void)state;
	books_init(&f, 2024);
	res(&f, "3010", INT64_MAX);
	res(&f, "3020", INT64_MAX);
	assert_int_equal(statements_compute(&f.b, &f.map, &s, &err), -1);
	assert_non_null(strstr(err.msg, "för stora"));
	account_map_release(&f.map);
}

static void test_no_grant(void **state)
{
	struct fixture f;
	struct statements s;
	struct err err;

	(void)state;
	books_init(&f, 2024);
	bal(&f, "1930", 1, 0, 1, 0);
	assert_int_equal(statements_compute(&f.b, &f.map, &s, &err), 0);
	assert_int_equal(s.equity_to_grant.den, 0);
	assert_int_equal(s.solidity.den, 0);
	account_map_release(&f.map);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ange_unbooked),
		cmocka_unit_test(test_ange_booked),
		cmocka_unit_test(test_every_line),
		cmocka_unit_test(test_from_turnover),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_no_grant),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
