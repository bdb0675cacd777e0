/*
 * test_statements.c: the statements computed from books built by hand,
 * with every expected figure worked out by hand: Ånge's 2024 annual report
 * with the result booked to equity and without, a year with every kind of
 * line, a year known only from opening balances and transactions, and sums
 * that overflow.
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

static void books_init(struct fixture *f, struct period p)
{
	memset(f, 0, sizeof(*f));
	f->b.year.period = p;
	f->b.accounts = f->acc;
	account_map_init(&f->map);
	account_map_default(&f->map);
}

static void calendar_year(struct fixture *f, int y)
{
	books_init(f, (struct period){ { y, 1, 1 }, { y, 12, 31 } });
}

/* Adds an account with no figures; accounts must be added in number order. */
static struct year_account *acc(struct fixture *f, const char *number)
{
	struct year_account *a;

	assert_true(f->b.n < MAXACC);
	a = &f->acc[f->b.n++];
	snprintf(a->number, sizeof(a->number), "%s", number);
	return a;
}

/* A balance account with #IB and #UB. */
static void bal(struct fixture *f, const char *number, int64_t ib, int64_t ub)
{
	struct year_account *a = acc(f, number);

	a->has_ib = 1;
	a->ib = ib;
	a->has_ub = 1;
	a->ub = ub;
}

/* A result account with #RES. */
static void res(struct fixture *f, const char *number, int64_t amount)
{
	struct year_account *a = acc(f, number);

	a->has_res = 1;
	a->res = amount;
}

/* An account with an optional #IB and the sum of its transactions. */
static void trans(struct fixture *f, const char *number, int has_ib, int64_t ib,
		  int64_t turnover)
{
	struct year_account *a = acc(f, number);

	a->has_ib = (unsigned)has_ib;
	a->ib = ib;
	a->has_turnover = 1;
	a->turnover = turnover;
}

static void compute(struct fixture *f, struct statements *s)
{
	struct err err = { .msg = "" };

	if (statements_compute(&f->b, &f->map, s, &err) != 0)
		fail_msg("statements_compute: %s", err.msg);
	account_map_release(&f->map);
}

/* Ånge samordningsförbund 2024, as in its annual report (kronor):
 *   1930 Bank                   IB 1 234 697  UB   750 746
 *   2010 Eget kapital           IB  −817 871  UB  −181 052 booked / −817 871 not
 *   2440 Leverantörsskulder     IB  −416 826  UB  −569 694
 *   3010 Medlemsavgifter        RES −1 468 000
 *   4010 Bidrag till insatser   RES  1 597 948
 *   6990 Övriga kostnader       RES    506 871
 *   8999 Årets resultat         RES   −636 819 (only when booked)
 * Booked, the closing balances sum to 750 746 − 181 052 − 569 694 = 0;
 * not booked, to 750 746 − 817 871 − 569 694 = −636 819. */
static void ange(struct fixture *f, int booked)
{
	calendar_year(f, 2024);
	bal(f, "1930", 123469700, 75074600);
	bal(f, "2010", -81787100, booked ? -18105200 : -81787100);
	bal(f, "2440", -41682600, -56969400);
	res(f, "3010", -146800000);
	res(f, "4010", 159794800);
	res(f, "6990", 50687100);
	if (booked)
		res(f, "8999", -63681900);
}

static void check_ange(const struct statements *s)
{
	assert_int_equal(s->year, 2024);
	assert_int_equal(s->period.start.y, 2024);
	assert_int_equal(s->period.start.m, 1);
	assert_int_equal(s->period.end.m, 12);
	assert_int_equal(s->period.end.d, 31);

	assert_int_equal(s->is.revenue, 146800000);
	assert_int_equal(s->is.expenses, -210481900);        /* −(1 597 948 + 506 871) */
	assert_int_equal(s->is.net_cost, -63681900);         /* 1 468 000 − 2 104 819 */
	assert_int_equal(s->is.financial_income, 0);
	assert_int_equal(s->is.financial_expenses, 0);
	assert_int_equal(s->is.appropriations, 0);
	assert_int_equal(s->is.result, -63681900);

	assert_int_equal(s->bs.fixed_assets, 0);
	assert_int_equal(s->bs.inventories, 0);
	assert_int_equal(s->bs.receivables, 0);
	assert_int_equal(s->bs.cash_and_bank, 75074600);
	assert_int_equal(s->bs.total_assets, 75074600);
	assert_int_equal(s->bs.equity, 18105200);            /* 817 871 − 636 819 */
	assert_int_equal(s->bs.result_of_year, -63681900);
	assert_int_equal(s->bs.other_equity, 81787100);      /* 181 052 + 636 819 */
	assert_int_equal(s->bs.provisions, 0);
	assert_int_equal(s->bs.long_term_liabilities, 0);
	assert_int_equal(s->bs.current_liabilities, 56969400);
	assert_int_equal(s->bs.total_equity_and_liabilities, 75074600); /* 181 052 + 569 694 */
	assert_int_equal(s->bs.imbalance, 0);
	assert_int_equal(s->opening_equity, 81787100);

	assert_int_equal(s->cf.result, -63681900);
	assert_int_equal(s->cf.non_cash_adjustments, 0);
	assert_int_equal(s->cf.change_receivables, 0);
	assert_int_equal(s->cf.change_current_liabilities, 15286800); /* 569 694 − 416 826 */
	assert_int_equal(s->cf.operating, -48395100);        /* −636 819 + 152 868 */
	assert_int_equal(s->cf.investing, 0);
	assert_int_equal(s->cf.financing, 0);                /* 181 052 − 817 871 + 636 819 */
	assert_int_equal(s->cf.net_cash_flow, -48395100);
	assert_int_equal(s->cf.cash_start, 123469700);
	assert_int_equal(s->cf.cash_end, 75074600);          /* 1 234 697 − 483 951 */

	assert_int_equal(s->grant, 146800000);
	assert_int_equal(s->solidity.num, 18105200);
	assert_int_equal(s->solidity.den, 75074600);
	assert_int_equal(s->equity_to_grant.num, 18105200);
	assert_int_equal(s->equity_to_grant.den, 146800000);
}

static void test_ange_unbooked(void **state)
{
	struct fixture f;
	struct statements s;

	(void)state;
	ange(&f, 0);
	compute(&f, &s);
	assert_int_equal(s.bs.result_booked, 0);
	check_ange(&s);
}

static void test_ange_booked(void **state)
{
	struct fixture f;
	struct statements s;

	(void)state;
	ange(&f, 1);
	compute(&f, &s);
	assert_int_equal(s.bs.result_booked, 1);
	check_ange(&s);
}

/* A fiscal year from 2024-07-01 to 2025-06-30 with every kind of line
 * (kronor; a surplus of 36 000):
 *   1220 Inventarier        IB 100 000  UB 130 000  (bought 45 000, depreciated 15 000)
 *   1460 Förråd             IB   8 000  UB   5 000
 *   1510 Kundfordringar     IB  30 000  UB  42 000
 *   1930 Bank               IB 500 000  UB 481 000
 *   2010 Eget kapital       IB −400 000 UB −400 000, or −436 000 when booked
 *   2230 Pensionsavsättning IB −50 000  UB −62 000
 *   2350 Banklån            IB −100 000 UB −75 000  (repaid 25 000)
 *   2440 Leverantörsskulder IB −80 000  UB −71 000
 *   2990 Upplupna kostnader IB  −8 000  UB −14 000
 *   3010 −1 200 000, 3990 −35 000      revenue 1 235 000
 *   4010 800 000, 5010 150 000, 7010 230 000, 7832 15 000
 *                                       expenses −1 195 000
 *   8310 −4 000, 8410 6 500, 8910 1 500
 *   8999 36 000 (only when booked: the surplus moved to equity)
 *   9990 on no line: IB 12 345, UB 99 999, RES 555 counted nowhere.
 * Result: 1 235 000 − 1 195 000 + 4 000 − 6 500 − 1 500 = 36 000. */
static void every_line(struct fixture *f, int booked)
{
	books_init(f, (struct period){ { 2024, 7, 1 }, { 2025, 6, 30 } });
	bal(f, "1220", 10000000, 13000000);
	bal(f, "1460", 800000, 500000);
	bal(f, "1510", 3000000, 4200000);
	bal(f, "1930", 50000000, 48100000);
	bal(f, "2010", -40000000, booked ? -43600000 : -40000000);
	bal(f, "2230", -5000000, -6200000);
	bal(f, "2350", -10000000, -7500000);
	bal(f, "2440", -8000000, -7100000);
	bal(f, "2990", -800000, -1400000);
	res(f, "3010", -120000000);
	res(f, "3990", -3500000);
	res(f, "4010", 80000000);
	res(f, "5010", 15000000);
	res(f, "7010", 23000000);
	res(f, "7832", 1500000);
	res(f, "8310", -400000);
	res(f, "8410", 650000);
	res(f, "8910", 150000);
	if (booked)
		res(f, "8999", 3600000);
	bal(f, "9990", 1234500, 9999900);
	f->acc[f->b.n - 1].has_res = 1;
	f->acc[f->b.n - 1].res = 55500;
}

static void check_every_line(const struct statements *s)
{
	assert_int_equal(s->year, 2025);
	assert_int_equal(s->period.start.y, 2024);
	assert_int_equal(s->period.start.m, 7);
	assert_int_equal(s->period.end.y, 2025);
	assert_int_equal(s->period.end.m, 6);
	assert_int_equal(s->period.end.d, 30);

	assert_int_equal(s->is.revenue, 123500000);           /* 1 200 000 + 35 000 */
	assert_int_equal(s->is.expenses, -119500000);         /* −(800 000 + 150 000 + 230 000 + 15 000) */
	assert_int_equal(s->is.net_cost, 4000000);            /* 1 235 000 − 1 195 000 */
	assert_int_equal(s->is.financial_income, 400000);
	assert_int_equal(s->is.financial_expenses, -650000);
	assert_int_equal(s->is.appropriations, -150000);
	assert_int_equal(s->is.result, 3600000);              /* 40 000 + 4 000 − 6 500 − 1 500 */

	assert_int_equal(s->bs.fixed_assets, 13000000);
	assert_int_equal(s->bs.inventories, 500000);
	assert_int_equal(s->bs.receivables, 4200000);
	assert_int_equal(s->bs.cash_and_bank, 48100000);
	assert_int_equal(s->bs.total_assets, 65800000);       /* 130 000 + 5 000 + 42 000 + 481 000 */
	assert_int_equal(s->bs.equity, 43600000);             /* 400 000 + 36 000 */
	assert_int_equal(s->bs.other_equity, 40000000);
	assert_int_equal(s->bs.result_of_year, 3600000);
	assert_int_equal(s->bs.provisions, 6200000);
	assert_int_equal(s->bs.long_term_liabilities, 7500000);
	assert_int_equal(s->bs.current_liabilities, 8500000); /* 71 000 + 14 000 */
	assert_int_equal(s->bs.total_equity_and_liabilities, 65800000); /* 436 000 + 62 000 + 75 000 + 85 000 */
	assert_int_equal(s->bs.imbalance, 0);
	assert_int_equal(s->opening_equity, 40000000);

	assert_int_equal(s->cf.result, 3600000);
	assert_int_equal(s->cf.non_cash_adjustments, 2700000); /* provisions 12 000 + depreciation 15 000 */
	assert_int_equal(s->cf.change_receivables, -900000);   /* −((42 000 + 5 000) − (30 000 + 8 000)) */
	assert_int_equal(s->cf.change_current_liabilities, -300000); /* 85 000 − 88 000 */
	assert_int_equal(s->cf.operating, 5100000);            /* 36 000 + 27 000 − 9 000 − 3 000 */
	assert_int_equal(s->cf.investing, -4500000);           /* −(130 000 − 100 000) − 15 000 */
	assert_int_equal(s->cf.financing, -2500000);           /* (75 000 − 100 000) + 0 */
	assert_int_equal(s->cf.net_cash_flow, -1900000);       /* 51 000 − 45 000 − 25 000 */
	assert_int_equal(s->cf.cash_start, 50000000);
	assert_int_equal(s->cf.cash_end, 48100000);            /* 500 000 − 19 000 */

	assert_int_equal(s->grant, 123500000);
	assert_int_equal(s->solidity.num, 43600000);
	assert_int_equal(s->solidity.den, 65800000);
	assert_int_equal(s->equity_to_grant.num, 43600000);
	assert_int_equal(s->equity_to_grant.den, 123500000);
}

static void test_every_line(void **state)
{
	struct fixture f;
	struct statements s;

	(void)state;
	every_line(&f, 0);
	compute(&f, &s);
	assert_int_equal(s.bs.result_booked, 0);
	check_every_line(&s);

	every_line(&f, 1);
	compute(&f, &s);
	assert_int_equal(s.bs.result_booked, 1);
	check_every_line(&s);
}

/* Books with opening balances and transactions only, no #UB and no #RES
 * (kronor):
 *   1510 IB  20 000, transactions  −5 000 → 15 000
 *   1790 no IB,      transactions   2 000 →  2 000
 *   1930 IB 300 000, transactions  39 000 → 339 000
 *   2010 IB −280 000, no transactions
 *   2440 IB −40 000, transactions −10 000 → −50 000
 *   3010 transactions −500 000; 4010 transactions 474 000
 * Result 500 000 − 474 000 = 26 000, not booked. */
static void test_from_turnover(void **state)
{
	struct fixture f;
	struct statements s;

	(void)state;
	calendar_year(&f, 2024);
	trans(&f, "1510", 1, 2000000, -500000);
	trans(&f, "1790", 0, 0, 200000);
	trans(&f, "1930", 1, 30000000, 3900000);
	bal(&f, "2010", -28000000, 0);
	f.acc[f.b.n - 1].has_ub = 0;
	trans(&f, "2440", 1, -4000000, -1000000);
	trans(&f, "3010", 0, 0, -50000000);
	trans(&f, "4010", 0, 0, 47400000);
	compute(&f, &s);

	assert_int_equal(s.is.revenue, 50000000);
	assert_int_equal(s.is.expenses, -47400000);
	assert_int_equal(s.is.net_cost, 2600000);
	assert_int_equal(s.is.result, 2600000);
	assert_int_equal(s.bs.receivables, 1700000);           /* 15 000 + 2 000 */
	assert_int_equal(s.bs.cash_and_bank, 33900000);
	assert_int_equal(s.bs.total_assets, 35600000);
	assert_int_equal(s.bs.result_booked, 0);
	assert_int_equal(s.bs.equity, 30600000);               /* 280 000 + 26 000 */
	assert_int_equal(s.bs.other_equity, 28000000);
	assert_int_equal(s.bs.current_liabilities, 5000000);
	assert_int_equal(s.bs.total_equity_and_liabilities, 35600000);
	assert_int_equal(s.bs.imbalance, 0);
	assert_int_equal(s.opening_equity, 28000000);
	assert_int_equal(s.cf.change_receivables, 300000);     /* −(17 000 − 20 000) */
	assert_int_equal(s.cf.change_current_liabilities, 1000000);
	assert_int_equal(s.cf.operating, 3900000);             /* 26 000 + 3 000 + 10 000 */
	assert_int_equal(s.cf.investing, 0);
	assert_int_equal(s.cf.financing, 0);
	assert_int_equal(s.cf.net_cash_flow, 3900000);
	assert_int_equal(s.cf.cash_start, 30000000);
	assert_int_equal(s.cf.cash_end, 33900000);
}

/* #UB wins over IB + transactions, #RES over transactions, and figures
 * whose flag is not set count for nothing. Kronor:
 *   1510 no IB (100 written), transactions 30, no UB (77 written) → 0 → 30
 *   1930 IB 100, transactions 50, UB 200 → closing 200, not 150
 *   3010 RES −400, transactions −350 → −400
 *   4010 no RES (123 written), no transactions (9 written) → 0
 * Result 400; no equity account, so equity is the result alone and the
 * sheet is off by 230 − 400 = −170. */
static void test_precedence(void **state)
{
	struct fixture f;
	struct statements s;
	struct year_account *a;

	(void)state;
	calendar_year(&f, 2024);
	a = acc(&f, "1510");
	a->ib = 10000;
	a->has_turnover = 1;
	a->turnover = 3000;
	a->ub = 7700;
	a = acc(&f, "1930");
	a->has_ib = a->has_ub = a->has_turnover = 1;
	a->ib = 10000;
	a->turnover = 5000;
	a->ub = 20000;
	a = acc(&f, "3010");
	a->has_res = a->has_turnover = 1;
	a->res = -40000;
	a->turnover = -35000;
	a = acc(&f, "4010");
	a->res = 12300;
	a->turnover = 900;
	compute(&f, &s);

	assert_int_equal(s.is.revenue, 40000);
	assert_int_equal(s.is.expenses, 0);
	assert_int_equal(s.is.result, 40000);
	assert_int_equal(s.bs.receivables, 3000);
	assert_int_equal(s.bs.cash_and_bank, 20000);
	assert_int_equal(s.bs.total_assets, 23000);
	assert_int_equal(s.bs.result_booked, 0);
	assert_int_equal(s.bs.equity, 40000);
	assert_int_equal(s.bs.other_equity, 0);
	assert_int_equal(s.bs.total_equity_and_liabilities, 40000);
	assert_int_equal(s.bs.imbalance, -17000);
	assert_int_equal(s.cf.change_receivables, -3000);
	assert_int_equal(s.cf.operating, 37000);               /* 400 − 30 */
	assert_int_equal(s.cf.financing, 0);
	assert_int_equal(s.cf.net_cash_flow, 37000);
	assert_int_equal(s.cf.cash_start, 10000);
	assert_int_equal(s.cf.cash_end, 20000);
}

/* Equity that moves by more than the result (200 kr put straight into
 * equity) shows under financing. Kronor: bank 1 000 → 1 500, equity
 * −1 000 → −1 200, revenue 700, costs 400, result 300 not booked. */
static void test_equity_contribution(void **state)
{
	struct fixture f;
	struct statements s;

	(void)state;
	calendar_year(&f, 2024);
	bal(&f, "1930", 100000, 150000);
	bal(&f, "2010", -100000, -120000);
	res(&f, "3010", -70000);
	res(&f, "4010", 40000);
	compute(&f, &s);

	assert_int_equal(s.is.result, 30000);
	assert_int_equal(s.bs.result_booked, 0);
	assert_int_equal(s.bs.equity, 150000);                 /* 1 200 + 300 */
	assert_int_equal(s.bs.other_equity, 120000);
	assert_int_equal(s.opening_equity, 100000);
	assert_int_equal(s.bs.imbalance, 0);
	assert_int_equal(s.cf.operating, 30000);
	assert_int_equal(s.cf.financing, 20000);               /* 1 500 − 1 000 − 300 */
	assert_int_equal(s.cf.net_cash_flow, 50000);
	assert_int_equal(s.cf.cash_end - s.cf.cash_start, 50000);
}

/* A user's map that puts an account on no line: it counts nowhere. */
static void test_unmapped(void **state)
{
	struct fixture f;
	struct statements s;

	(void)state;
	calendar_year(&f, 2024);
	account_map_add(&f.map, 1940, 1940, LINE_NONE);
	bal(&f, "1930", 100000, 100000);
	bal(&f, "1940", 50000, 80000);
	bal(&f, "2010", -150000, -150000);
	res(&f, "3010", -30000);
	compute(&f, &s);

	assert_int_equal(s.bs.cash_and_bank, 100000);
	assert_int_equal(s.bs.total_assets, 100000);
	assert_int_equal(s.cf.cash_start, 100000);
	assert_int_equal(s.is.result, 30000);
	/* 1 000 − 1 500 ≠ 0: not booked, equity 1 500 + 300. */
	assert_int_equal(s.bs.result_booked, 0);
	assert_int_equal(s.bs.equity, 180000);
	assert_int_equal(s.bs.imbalance, -80000);
}

static void expect_overflow(struct fixture *f, const char *msg)
{
	struct statements s;
	struct err err = { .msg = "" };

	assert_int_equal(statements_compute(&f->b, &f->map, &s, &err), -1);
	assert_string_equal(err.msg, msg);
	account_map_release(&f->map);
}

static void test_overflow(void **state)
{
	struct fixture f;

	(void)state;
	/* The revenue line itself overflows on the second account. */
	calendar_year(&f, 2024);
	res(&f, "3010", INT64_MAX);
	res(&f, "3020", 1);
	expect_overflow(&f, "beloppen är för stora att summera (konto 3020)");

	/* A closing balance derived from IB + transactions. */
	calendar_year(&f, 2024);
	trans(&f, "1930", 1, INT64_MAX, 1);
	expect_overflow(&f, "beloppen är för stora att summera (konto 1930)");

	/* Each line fits, their total does not: revenue −(INT64_MIN + 1) is
	 * INT64_MAX and a negative cost of 5 öre adds to it. The account with
	 * the largest amount is named. */
	calendar_year(&f, 2024);
	res(&f, "3010", INT64_MIN + 1);
	res(&f, "4010", -5);
	expect_overflow(&f, "beloppen är för stora att summera (konto 3010)");

	/* INT64_MIN has no display sign. */
	calendar_year(&f, 2024);
	res(&f, "4010", 100);
	res(&f, "8410", INT64_MIN);
	expect_overflow(&f, "beloppen är för stora att summera (konto 8410)");

	/* Assets that fit one by one but not in total. */
	calendar_year(&f, 2024);
	bal(&f, "1220", 0, INT64_MAX - 10);
	bal(&f, "1930", 0, 11);
	expect_overflow(&f, "beloppen är för stora att summera (konto 1930)");
}

static void test_no_grant(void **state)
{
	struct fixture f;
	struct statements s;

	(void)state;
	/* No revenue: equity / grant is undefined. */
	calendar_year(&f, 2024);
	bal(&f, "1930", 5000, 5000);
	bal(&f, "2010", -5000, -5000);
	compute(&f, &s);
	assert_int_equal(s.grant, 0);
	assert_int_equal(s.equity_to_grant.num, 5000);
	assert_int_equal(s.equity_to_grant.den, 0);
	assert_int_equal(s.solidity.num, 5000);
	assert_int_equal(s.solidity.den, 5000);
	assert_int_equal(s.bs.result_booked, 1);

	/* Revenue that is negative (repaid grants) is no grant either. */
	calendar_year(&f, 2024);
	bal(&f, "1930", 5000, 4000);
	bal(&f, "2010", -5000, -5000);
	res(&f, "3010", 1000);
	compute(&f, &s);
	assert_int_equal(s.grant, -1000);
	assert_int_equal(s.equity_to_grant.den, 0);
	assert_int_equal(s.bs.equity, 4000);

	/* Empty books give zeros throughout. */
	calendar_year(&f, 2023);
	compute(&f, &s);
	assert_int_equal(s.year, 2023);
	assert_int_equal(s.is.result, 0);
	assert_int_equal(s.bs.total_assets, 0);
	assert_int_equal(s.bs.result_booked, 1);
	assert_int_equal(s.solidity.den, 0);
	assert_int_equal(s.cf.net_cash_flow, 0);
}

/* Ånge 2022: a tax refund on 3990 is revenue but no grant. With 3010 mapped
 * to grant the ratio divides by the grant alone; with a budget, by the
 * budget's grant lines; without either, by all revenue, and says so. */
static void test_grant_basis(void **state)
{
	struct fixture f;
	struct statements s;
	struct budget b;
	struct err err;

	(void)state;
	calendar_year(&f, 2022);
	bal(&f, "1930", 30000000, 40000000);
	bal(&f, "2010", -30000000, -30000000);
	res(&f, "3010", -147200000);
	res(&f, "3990", -3000000);
	res(&f, "4010", 140200000);
	compute(&f, &s);
	assert_int_equal(s.is.revenue, 150200000);
	assert_int_equal(s.grant_basis, GRANT_BASIS_REVENUE);
	assert_int_equal(s.grant, 150200000);

	calendar_year(&f, 2022);
	account_map_add(&f.map, 3010, 3019, LINE_GRANT);
	bal(&f, "1930", 30000000, 40000000);
	bal(&f, "2010", -30000000, -30000000);
	res(&f, "3010", -147200000);
	res(&f, "3990", -3000000);
	res(&f, "4010", 140200000);
	compute(&f, &s);
	/* The grant stays revenue in the income statement. */
	assert_int_equal(s.is.revenue, 150200000);
	assert_int_equal(s.is.result, 10000000);
	assert_int_equal(s.grant_basis, GRANT_BASIS_ACCOUNTS);
	assert_int_equal(s.grant, 147200000);
	assert_int_equal(s.equity_rule.equity, 40000000);
	assert_int_equal(s.equity_to_grant.den, 147200000);

	budget_init(&b, 2022);
	budget_add(&b, BUDGET_GRANT, "Parternas insats", "Driftbidrag", 147000000, NULL);
	budget_add(&b, BUDGET_REVENUE, "", "Skatteverket", 3000000, NULL);
	assert_int_equal(statements_grant_from_budget(&s, &b, &err), 0);
	assert_int_equal(s.grant_basis, GRANT_BASIS_BUDGET);
	assert_int_equal(s.grant, 147000000);
	assert_int_equal(s.equity_rule.grant, 147000000);
	assert_int_equal(s.equity_to_grant.den, 147000000);
	budget_release(&b);

	/* A budget without a grant leaves the books' choice alone. */
	calendar_year(&f, 2022);
	bal(&f, "1930", 0, 100);
	bal(&f, "2010", 0, 0);
	res(&f, "3010", -100);
	compute(&f, &s);
	budget_init(&b, 2022);
	budget_add(&b, BUDGET_COST, "Insatser", "Insats", 100, NULL);
	assert_int_equal(statements_grant_from_budget(&s, &b, &err), 0);
	assert_int_equal(s.grant_basis, GRANT_BASIS_REVENUE);
	assert_int_equal(s.grant, 100);
	budget_release(&b);
	assert_int_equal(statements_grant_from_budget(&s, NULL, &err), 0);
	assert_int_equal(s.grant, 100);
}

static void test_equity_rule(void **state)
{
	struct equity_rule r;

	(void)state;
	/* Jämtland 2022: 3 740 000 against 7 928 000 is 47 %. */
	equity_rule_eval(374000000, 792800000, GRANT_BASIS_BUDGET, &r);
	assert_true(r.defined);
	assert_false(r.within);
	assert_int_equal(r.limit, 158560000);
	assert_int_equal(r.ratio.num, 374000000);
	assert_int_equal(r.ratio.den, 792800000);
	/* Exactly 20 % is within; one öre more is not. */
	equity_rule_eval(20, 100, GRANT_BASIS_REVENUE, &r);
	assert_true(r.within);
	equity_rule_eval(21, 100, GRANT_BASIS_REVENUE, &r);
	assert_false(r.within);
	/* 20 % of 101 öre is 20,2: 20 is within, 21 not. */
	equity_rule_eval(20, 101, GRANT_BASIS_REVENUE, &r);
	assert_true(r.within);
	assert_int_equal(r.limit, 20);
	/* No grant: undefined, never within. */
	equity_rule_eval(0, 0, GRANT_BASIS_REVENUE, &r);
	assert_false(r.defined);
	assert_false(r.within);
	assert_int_equal(r.ratio.den, 0);
	equity_rule_eval(-5, -100, GRANT_BASIS_REVENUE, &r);
	assert_false(r.within);
	/* The largest figures do not overflow. */
	equity_rule_eval(INT64_MAX, INT64_MAX, GRANT_BASIS_REVENUE, &r);
	assert_false(r.within);
	assert_int_equal(r.limit, INT64_MAX / 100 * 20 + INT64_MAX % 100 * 20 / 100);
	equity_rule_eval(INT64_MAX / 5, INT64_MAX, GRANT_BASIS_REVENUE, &r);
	assert_true(r.within);
	equity_rule_eval(INT64_MIN, 1, GRANT_BASIS_REVENUE, &r);
	assert_true(r.within);
	assert_string_equal(grant_basis_key(GRANT_BASIS_BUDGET), "budget");
	assert_string_equal(grant_basis_key(GRANT_BASIS_ACCOUNTS), "accounts");
	assert_string_equal(grant_basis_key(GRANT_BASIS_REVENUE), "revenue");
}

/* Jämtland 2022 (seed 002): the overview shows the income statement's own
 * revenue, 7 929 730, with the financial income on a row of its own. */
static void test_overview(void **state)
{
	struct fixture f;
	struct statements s;
	struct overview_year o;
	char why[200];

	(void)state;
	calendar_year(&f, 2022);
	bal(&f, "1930", 1036036300, 867363000);
	bal(&f, "1710", 18307700, 134539200);
	bal(&f, "2010", -605700000, -605700000);
	bal(&f, "2230", -181409000, -248894500);
	bal(&f, "2440", -267235000, -379007700);
	res(&f, "3010", -792973000);
	res(&f, "4010", 705321000);
	res(&f, "6010", 83739200);
	res(&f, "7010", 240470600);
	res(&f, "8310", -4857800);
	compute(&f, &s);
	statements_overview(&s, &o);
	assert_int_equal(o.year, 2022);
	assert_int_equal(o.revenue, 792973000);
	assert_int_equal(o.expenses, -1029530800);
	assert_int_equal(o.financial_net, 4857800);
	assert_int_equal(o.result_after_financial, -231700000);
	assert_int_equal(o.result, -231700000);
	assert_int_equal(o.equity, 374000000);
	assert_int_equal(o.rule.grant, 792973000);
	assert_true(overview_agrees(&s, &o, why, sizeof(why)));
	assert_string_equal(why, "");

	/* Revenue with the financial income folded in is caught. */
	o.revenue += o.financial_net;
	assert_false(overview_agrees(&s, &o, why, sizeof(why)));
	assert_string_equal(why, "2022: verksamhetens intäkter är 7 978 308 kr i översikten men 7 929 730 kr i "
				 "rapporterna");
}

static void test_note_totals(void **state)
{
	struct note_line l[3] = { { "1930", "Bank", 150000050, 120000000 }, { "1940", "", -50, 0 },
				  { "1510", "Kundfordringar", 0, 3000000 } };
	int64_t cur = -1, prev = -1;

	(void)state;
	note_lines_total(l, 3, &cur, &prev);
	assert_int_equal(cur, 150000000);
	assert_int_equal(prev, 123000000);
	note_lines_total(l, 0, &cur, &prev);
	assert_int_equal(cur, 0);
	assert_int_equal(prev, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ange_unbooked),
		cmocka_unit_test(test_ange_booked),
		cmocka_unit_test(test_every_line),
		cmocka_unit_test(test_from_turnover),
		cmocka_unit_test(test_precedence),
		cmocka_unit_test(test_equity_contribution),
		cmocka_unit_test(test_unmapped),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_no_grant),
		cmocka_unit_test(test_grant_basis),
		cmocka_unit_test(test_equity_rule),
		cmocka_unit_test(test_overview),
		cmocka_unit_test(test_note_totals),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
