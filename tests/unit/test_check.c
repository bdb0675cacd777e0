/*
 * test_check.c: each consistency check passes on consistent books and
 * fails, with the figures, when exactly its identity is broken.
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
#include "model/check.h"

struct books {
	struct year_books b;
	struct year_account acc[16];
};

static void init(struct books *y, int year)
{
	memset(y, 0, sizeof(*y));
	y->b.year.period.start = (struct date){ year, 1, 1 };
	y->b.year.period.end = (struct date){ year, 12, 31 };
	y->b.accounts = y->acc;
}

static struct year_account *add(struct books *y, const char *number, int64_t ib, int64_t ub,
				int64_t res, int64_t turnover)
{
	struct year_account *a = &y->acc[y->b.n++];

	snprintf(a->number, sizeof(a->number), "%s", number);
	if (number[0] < '3') {
		a->has_ib = 1;
		a->ib = ib;
		a->has_ub = 1;
		a->ub = ub;
	} else {
		a->has_res = 1;
		a->res = res;
	}
	a->has_turnover = 1;
	a->turnover = turnover;
	return a;
}

/* 2023: bank 900 → 1 000 kr, equity 700 (result 100 not booked),
 * payables 200. 2024: bank 1 000 → 1 500, equity 800, payables 200 → 300,
 * revenue 2 000, costs 1 600, result 400 not booked. Amounts in öre. */
static void consistent(struct books *prev, struct books *cur)
{
	init(prev, 2023);
	add(prev, "1930", 90000, 100000, 0, 10000);
	add(prev, "2010", -70000, -70000, 0, 0);
	add(prev, "2440", -20000, -20000, 0, 0);
	add(prev, "3010", 0, 0, -200000, -200000);
	add(prev, "4010", 0, 0, 190000, 190000);
	prev->b.has_verifications = 1;
	init(cur, 2024);
	add(cur, "1930", 100000, 150000, 0, 50000);
	add(cur, "2010", -80000, -80000, 0, 0);
	add(cur, "2440", -20000, -30000, 0, -10000);
	add(cur, "3010", 0, 0, -200000, -200000);
	add(cur, "4010", 0, 0, 160000, 160000);
	cur->b.has_verifications = 1;
}

static const struct check_item *find(const struct check_report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->items[i].id, id) == 0)
			return &r->items[i];
	fail_msg("no check %s", id);
	return NULL;
}

static void run(struct books *prev, struct books *cur, const struct unbalanced_ver *unb,
		size_t n_unb, int64_t total_unb, struct check_report *r)
{
	struct account_map map;
	struct check_input in = { &cur->b, prev ? &prev->b : NULL, &map, unb, n_unb, total_unb };
	struct err err;

	account_map_init(&map);
	account_map_default(&map);
	assert_int_equal(check_run(&in, r, &err), 0);
	account_map_release(&map);
}

/* Asserts that exactly the checks named in `failed` (space-separated) failed. */
static void expect_failed(const struct check_report *r, const char *failed)
{
	size_t i;
	int count = 0;

	for (i = 0; i < r->n; i++) {
		int want = strstr(failed, r->items[i].id) != NULL;

		if (want != (r->items[i].status == CHECK_FAILED))
			fail_msg("check %s: status %d (detail: %s)", r->items[i].id, r->items[i].status,
				 r->items[i].detail ? r->items[i].detail : "");
		count += want;
	}
	assert_int_equal(r->failures, count);
}

static void test_consistent(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	consistent(&prev, &cur);
	run(&prev, &cur, NULL, 0, 0, &r);
	assert_int_equal(r.year, 2024);
	assert_int_equal(r.n, 6);
	expect_failed(&r, "");
	assert_int_equal(find(&r, "opening_balances")->status, CHECK_OK);
	check_report_release(&r);

	/* Without the year before, that check is skipped. */
	run(NULL, &cur, NULL, 0, 0, &r);
	expect_failed(&r, "");
	assert_int_equal(find(&r, "opening_balances")->status, CHECK_SKIPPED);
	assert_string_equal(find(&r, "opening_balances")->detail, "föregående år finns inte i databasen");
	check_report_release(&r);

	/* Without verifications, those two are skipped. */
	cur.b.has_verifications = 0;
	run(&prev, &cur, NULL, 0, 0, &r);
	assert_int_equal(find(&r, "verifications")->status, CHECK_SKIPPED);
	assert_int_equal(find(&r, "transactions")->status, CHECK_SKIPPED);
	check_report_release(&r);
}

static void test_imbalance(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	consistent(&prev, &cur);
	cur.acc[0].ub = 160000;    /* bank 100 kr too high */
	cur.acc[0].turnover = 60000;
	run(&prev, &cur, NULL, 0, 0, &r);
	expect_failed(&r, "balance_sheet cash_flow");
	assert_non_null(strstr(find(&r, "balance_sheet")->detail, "skillnad 100,00 kr"));
	assert_non_null(strstr(find(&r, "balance_sheet")->detail, "1 600,00 kr"));
	check_report_release(&r);
}

static void test_equity_change(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	consistent(&prev, &cur);
	cur.acc[1].ub = -90000;    /* equity 100 kr more */
	cur.acc[1].turnover = -10000;
	cur.acc[2].ub = -20000;
	cur.acc[2].turnover = 0;
	run(&prev, &cur, NULL, 0, 0, &r);
	expect_failed(&r, "result_equity");
	assert_non_null(strstr(find(&r, "result_equity")->detail, "skillnad 100,00 kr"));
	check_report_release(&r);
}

static void test_opening(void **state)
{
	struct books prev, cur;
	struct check_report r;
	const char *d;

	(void)state;
	consistent(&prev, &cur);
	/* The Ånge slip: last year's closing bank 1 234 697, this year's
	 * opening 1 234 788. Here: 1 000 vs 1 091 kr. */
	prev.acc[0].ub = 109100;
	prev.acc[0].turnover = 19100;
	prev.acc[2].ub = -29100;
	prev.acc[2].turnover = -9100;
	run(&prev, &cur, NULL, 0, 0, &r);
	expect_failed(&r, "opening_balances");
	d = find(&r, "opening_balances")->detail;
	assert_non_null(strstr(d, "konto 1930: utgående 2023 1 091,00 kr, ingående 2024 1 000,00 kr"));
	assert_non_null(strstr(d, "konto 2440"));
	check_report_release(&r);
}

static void test_unbalanced(void **state)
{
	struct books prev, cur;
	struct check_report r;
	struct unbalanced_ver v = { "A", "17", { 2024, 3, 1 }, 50 };

	(void)state;
	consistent(&prev, &cur);
	run(&prev, &cur, &v, 1, 3, &r);
	expect_failed(&r, "verifications");
	assert_non_null(strstr(find(&r, "verifications")->detail, "A 17 2024-03-01: summa 0,50 kr"));
	assert_non_null(strstr(find(&r, "verifications")->detail, "3 verifikationer"));
	check_report_release(&r);
}

static void test_turnover(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	consistent(&prev, &cur);
	cur.acc[0].turnover = 40000;   /* transactions say 1 400, UB says 1 500 */
	cur.acc[4].turnover = 150000;  /* costs: transactions 1 500, RES 1 600 */
	run(&prev, &cur, NULL, 0, 0, &r);
	expect_failed(&r, "transactions");
	assert_non_null(strstr(find(&r, "transactions")->detail, "konto 1930"));
	assert_non_null(strstr(find(&r, "transactions")->detail, "konto 4010: transaktioner 1 500,00 kr, men resultat 1 600,00 kr"));
	check_report_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_consistent),
		cmocka_unit_test(test_imbalance),
		cmocka_unit_test(test_equity_change),
		cmocka_unit_test(test_opening),
		cmocka_unit_test(test_unbalanced),
		cmocka_unit_test(test_turnover),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
