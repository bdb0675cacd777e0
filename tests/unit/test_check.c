/*
 * test_check.c: the consistency checks on Ånge samordningsförbund's books
 * for 2023 and 2024, figures from its annual report. On the books as they
 * are, every check passes; each test then breaks one thing and expects
 * exactly the check that guards it to fail, with the figures in its text.
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

#define MAXACC 32

struct books {
	struct year_books b;
	struct year_account acc[MAXACC];
};

static void init(struct books *y, int year)
{
	memset(y, 0, sizeof(*y));
	y->b.year.period.start = (struct date){ year, 1, 1 };
	y->b.year.period.end = (struct date){ year, 12, 31 };
	y->b.accounts = y->acc;
	y->b.has_verifications = 1;
}

/* Adds an account in its place by number, so the list stays sorted. */
static struct year_account *add(struct books *y, const char *number)
{
	size_t i;

	assert_true(y->b.n < MAXACC);
	for (i = y->b.n; i > 0 && strcmp(y->acc[i - 1].number, number) > 0; i--)
		y->acc[i] = y->acc[i - 1];
	memset(&y->acc[i], 0, sizeof(y->acc[i]));
	snprintf(y->acc[i].number, sizeof(y->acc[i].number), "%s", number);
	y->b.n++;
	return &y->acc[i];
}

static struct year_account *get(struct books *y, const char *number)
{
	struct year_account *a = (struct year_account *)year_books_find(&y->b, number);

	if (!a)
		fail_msg("no account %s", number);
	return a;
}

/* A balance account: #IB, #UB and the sum of its transactions. */
static void bal(struct books *y, const char *number, int64_t ib, int64_t ub, int64_t turnover)
{
	struct year_account *a = add(y, number);

	a->has_ib = a->has_ub = a->has_turnover = 1;
	a->ib = ib;
	a->ub = ub;
	a->turnover = turnover;
}

/* A result account whose transactions sum to its #RES. */
static void res(struct books *y, const char *number, int64_t amount)
{
	struct year_account *a = add(y, number);

	a->has_res = a->has_turnover = 1;
	a->res = a->turnover = amount;
}

/* Ånge in kronor, the result not booked to equity:
 * 2023: bank 928 788 → 1 234 697 (+305 909); equity 358 322; payables
 *   570 466 → 416 826 (−153 640); revenue 1 468 000; costs 549 966 +
 *   458 485; result 459 549.
 * 2024: bank 1 234 697 → 750 746 (−483 951); equity 817 871 = 358 322 +
 *   459 549; payables 416 826 → 569 694 (+152 868); revenue 1 468 000;
 *   costs 1 597 948 + 506 871; result −636 819.
 * Each year's transactions sum to zero. */
static void ange(struct books *prev, struct books *cur)
{
	init(prev, 2023);
	bal(prev, "1930", 92878800, 123469700, 30590900);
	bal(prev, "2010", -35832200, -35832200, 0);
	bal(prev, "2440", -57046600, -41682600, 15364000);
	res(prev, "3010", -146800000);
	res(prev, "4010", 54996600);
	res(prev, "6990", 45848500);

	init(cur, 2024);
	bal(cur, "1930", 123469700, 75074600, -48395100);
	bal(cur, "2010", -81787100, -81787100, 0);
	bal(cur, "2440", -41682600, -56969400, -15286800);
	res(cur, "3010", -146800000);
	res(cur, "4010", 159794800);
	res(cur, "6990", 50687100);
}

/* Books the year's result to equity through 8999, as the closing entry of
 * an accounting program does. */
static void book_result(struct books *y, int64_t result_ore)
{
	struct year_account *eq = get(y, "2010");

	eq->ub -= result_ore;
	eq->turnover -= result_ore;
	res(y, "8999", result_ore);
}

static const char *const ids[6] = {
	"balance_sheet", "result_equity", "cash_flow", "opening_balances",
	"verifications", "transactions",
};

static const struct check_item *find(const struct check_report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->items[i].id, id) == 0)
			return &r->items[i];
	fail_msg("no check %s", id);
	return NULL;
}

static const char *detail(const struct check_report *r, const char *id)
{
	const struct check_item *it = find(r, id);

	if (!it->detail)
		fail_msg("check %s has no detail", id);
	return it->detail;
}

static void run_map(struct books *prev, struct books *cur, const struct account_map *map,
		    const struct unbalanced_ver *unb, size_t n_unb, int64_t total_unb,
		    struct check_report *r)
{
	struct check_input in = { &cur->b, prev ? &prev->b : NULL, map, unb, n_unb, total_unb };
	struct err err = { .msg = "" };

	if (check_run(&in, r, &err) != 0)
		fail_msg("check_run: %s", err.msg);
}

static void run(struct books *prev, struct books *cur, const struct unbalanced_ver *unb,
		size_t n_unb, int64_t total_unb, struct check_report *r)
{
	struct account_map map;

	account_map_init(&map);
	account_map_default(&map);
	run_map(prev, cur, &map, unb, n_unb, total_unb, r);
	account_map_release(&map);
}

/* Asserts that exactly the checks named in `failed` (space-separated)
 * failed, that the others passed or were skipped as `skipped` says, and
 * that a passing check carries no text. */
static void expect(const struct check_report *r, const char *failed, const char *skipped)
{
	size_t i;
	int count = 0;

	assert_int_equal(r->n, 6);
	for (i = 0; i < r->n; i++) {
		const struct check_item *it = &r->items[i];
		enum check_status want = strstr(failed, it->id) ? CHECK_FAILED :
					 strstr(skipped, it->id) ? CHECK_SKIPPED : CHECK_OK;

		assert_string_equal(it->id, ids[i]);
		if (it->status != want)
			fail_msg("check %s: status %d, expected %d (detail: %s)", it->id,
				 it->status, want, it->detail ? it->detail : "");
		if (want == CHECK_OK && it->detail)
			fail_msg("check %s passed with detail '%s'", it->id, it->detail);
		count += want == CHECK_FAILED;
	}
	assert_int_equal(r->failures, count);
}

static void test_consistent(void **state)
{
	static const char *const titles[6] = {
		"Balansräkningen balanserar",
		"Årets resultat är lika med förändringen av eget kapital",
		"Kassaflödet är lika med förändringen av kassa och bank",
		"Föregående års utgående balanser är årets ingående",
		"Varje verifikation balanserar",
		"Transaktionerna summerar till utgående balanser",
	};
	struct books prev, cur;
	struct check_report r;
	size_t i;

	(void)state;
	ange(&prev, &cur);
	run(&prev, &cur, NULL, 0, 0, &r);
	assert_int_equal(r.year, 2024);
	expect(&r, "", "");
	for (i = 0; i < 6; i++)
		assert_string_equal(r.items[i].title, titles[i]);
	/* The checks of finsam's own figures come after the books'. */
	for (i = 0; i < 20; i++)
		check_add(&r, "paid_within_decided", "Utbetalt ryms i beslutat", i == 7 ? CHECK_FAILED : CHECK_OK,
			  i == 7 ? "Steget vidare: utbetalt 12 kr, beslutat 10 kr" : NULL);
	assert_int_equal(r.n, 26);
	assert_int_equal(r.failures, 1);
	assert_string_equal(r.items[13].detail, "Steget vidare: utbetalt 12 kr, beslutat 10 kr");
	assert_null(r.items[25].detail);
	check_report_release(&r);
	assert_null(r.items);
	assert_int_equal(r.n, 0);

	/* Without the year before, that check is skipped. */
	run(NULL, &cur, NULL, 0, 0, &r);
	expect(&r, "", "opening_balances");
	assert_string_equal(detail(&r, "opening_balances"), "föregående år finns inte i databasen");
	check_report_release(&r);

	/* Without verifications, the two checks on them are skipped, even
	 * when unbalanced ones are handed over. */
	cur.b.has_verifications = 0;
	{
		struct unbalanced_ver v = { "A", "1", { 2024, 1, 2 }, 100 };

		run(&prev, &cur, &v, 1, 1, &r);
	}
	expect(&r, "", "verifications transactions");
	assert_string_equal(detail(&r, "verifications"), "inga verifikationer i bokföringen");
	assert_string_equal(detail(&r, "transactions"), "inga verifikationer i bokföringen");
	check_report_release(&r);
}

/* Last year's closing equity holds its result whether or not it was booked,
 * and so does this year's: all pass either way. */
static void test_consistent_booked(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	ange(&prev, &cur);
	book_result(&prev, 45954900);     /* the 2023 surplus of 459 549 */
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "", "");
	check_report_release(&r);

	book_result(&cur, -63681900);     /* the 2024 loss of 636 819 */
	assert_int_equal(get(&cur, "2010")->ub, -18105200);
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "", "");
	check_report_release(&r);
}

/* A second bank account (1940, 100 kr, with 100 kr more payables against
 * it) that the user's map leaves off the statements: the sheet lacks the
 * 100 kr of assets but not the liability. Nothing moved, so the cash flow
 * still holds. */
static void test_imbalance_unmapped(void **state)
{
	struct books prev, cur;
	struct check_report r;
	struct account_map map;

	(void)state;
	ange(&prev, &cur);
	bal(&prev, "1940", 10000, 10000, 0);
	get(&prev, "2440")->ib -= 10000;
	get(&prev, "2440")->ub -= 10000;
	bal(&cur, "1940", 10000, 10000, 0);
	get(&cur, "2440")->ib -= 10000;
	get(&cur, "2440")->ub -= 10000;
	account_map_init(&map);
	account_map_default(&map);
	account_map_add(&map, 1940, 1940, LINE_NONE);
	run_map(&prev, &cur, &map, NULL, 0, 0, &r);
	account_map_release(&map);
	expect(&r, "balance_sheet", "");
	/* 750 746 of assets against 181 052 + 569 794. */
	assert_string_equal(detail(&r, "balance_sheet"),
			    "summa tillgångar 750 746,00 kr, summa eget kapital, avsättningar och "
			    "skulder 750 846,00 kr, skillnad -100,00 kr");
	check_report_release(&r);
}

/* A closing bank balance 100 kr too high. The sheet no longer balances,
 * the cash flow no longer ends in it and the transactions no longer sum
 * to it: a wrong #UB breaks all three identities. */
static void test_imbalance_ub(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	ange(&prev, &cur);
	get(&cur, "1930")->ub = 75084600;
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "balance_sheet cash_flow transactions", "");
	assert_string_equal(detail(&r, "balance_sheet"),
			    "summa tillgångar 750 846,00 kr, summa eget kapital, avsättningar och "
			    "skulder 750 746,00 kr, skillnad 100,00 kr");
	/* −483 951 computed, 750 846 − 1 234 697 = −483 851 in the bank. */
	assert_string_equal(detail(&r, "cash_flow"),
			    "årets kassaflöde -483 951,00 kr, men kassa och bank ändrades med "
			    "-483 851,00 kr, skillnad -100,00 kr");
	assert_string_equal(detail(&r, "transactions"),
			    "konto 1930: ingående 1 234 697,00 kr + transaktioner -483 951,00 kr = "
			    "750 746,00 kr, men utgående balans 750 846,00 kr\n"
			    "1 skillnad i allt");
	check_report_release(&r);
}

/* 10 000 kr booked straight to equity against the payables: the books
 * balance and the cash flow holds (the 10 000 shows under financing), but
 * equity grew by 10 000 more than the result. */
static void test_equity_change(void **state)
{
	struct books prev, cur;
	struct check_report r;
	struct year_account *eq, *pay;

	(void)state;
	ange(&prev, &cur);
	eq = get(&cur, "2010");
	eq->ub -= 1000000;
	eq->turnover -= 1000000;
	pay = get(&cur, "2440");
	pay->ub += 1000000;
	pay->turnover += 1000000;
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "result_equity", "");
	/* 827 871 − 636 819 = 191 052 at the end; 191 052 − 817 871 = −626 819. */
	assert_string_equal(detail(&r, "result_equity"),
			    "eget kapital vid årets början 817 871,00 kr, vid årets slut 191 052,00 kr, "
			    "förändring -626 819,00 kr, men årets resultat -636 819,00 kr, "
			    "skillnad 10 000,00 kr");
	check_report_release(&r);
}

/* The slip in Ånge's 2024 report: the cash flow starts from 1 234 788 while
 * 2023 closed at 1 234 697. Here the 2024 books open with the bank 91 kr
 * higher and the payables 91 kr higher too, so 2024 holds together in
 * itself and only the comparison with 2023 finds it. */
static void test_opening(void **state)
{
	struct books prev, cur;
	struct check_report r;
	struct year_account *bank, *pay;

	(void)state;
	ange(&prev, &cur);
	bank = get(&cur, "1930");
	bank->ib = 123478800;
	bank->turnover = -48404200;       /* 750 746 − 1 234 788 */
	pay = get(&cur, "2440");
	pay->ib = -41691700;
	pay->turnover = -15277700;        /* −569 694 + 416 917 */
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "opening_balances", "");
	assert_string_equal(detail(&r, "opening_balances"),
			    "konto 1930: utgående 2023 1 234 697,00 kr, ingående 2024 1 234 788,00 kr\n"
			    "konto 2440: utgående 2023 -416 826,00 kr, ingående 2024 -416 917,00 kr\n"
			    "2 skillnader i allt");
	check_report_release(&r);
}

/* Equity is compared in total: 2024 opens with 1 000 kr less equity than
 * 2023 closed with (358 322 + 459 549 = 817 871), and 1 000 kr more
 * payables. */
static void test_opening_equity(void **state)
{
	struct books prev, cur;
	struct check_report r;
	struct year_account *eq, *pay;

	(void)state;
	ange(&prev, &cur);
	eq = get(&cur, "2010");
	eq->ib = eq->ub = -81687100;
	pay = get(&cur, "2440");
	pay->ib = -41782600;
	pay->ub = -57069400;              /* the same −152 868 during the year */
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "opening_balances", "");
	assert_string_equal(detail(&r, "opening_balances"),
			    "konto 2440: utgående 2023 -416 826,00 kr, ingående 2024 -417 826,00 kr\n"
			    "eget kapital: utgående 2023 817 871,00 kr (med årets resultat), "
			    "ingående 2024 816 871,00 kr\n"
			    "2 skillnader i allt");
	check_report_release(&r);
}

/* An account found in only one of the years counts as 0 in the other. */
static void test_opening_missing(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	ange(&prev, &cur);
	bal(&cur, "1790", 500, 500, 0);
	bal(&cur, "2441", -500, -500, 0);
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "opening_balances", "");
	assert_string_equal(detail(&r, "opening_balances"),
			    "konto 1790: utgående 2023 0,00 kr, ingående 2024 5,00 kr\n"
			    "konto 2441: utgående 2023 0,00 kr, ingående 2024 -5,00 kr\n"
			    "2 skillnader i allt");
	check_report_release(&r);
}

/* Twelve receivables of 1 kr and their 12 kr of payables closed 2023 and
 * are missing from 2024: 13 differences, the first 10 listed. */
static void test_opening_many(void **state)
{
	struct books prev, cur;
	struct check_report r;
	const char *d;
	char number[8];
	int i;

	(void)state;
	ange(&prev, &cur);
	for (i = 1; i <= 12; i++) {
		snprintf(number, sizeof(number), "15%02d", i);
		bal(&prev, number, 100, 100, 0);
	}
	bal(&prev, "2449", -1200, -1200, 0);
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "opening_balances", "");
	d = detail(&r, "opening_balances");
	assert_non_null(strstr(d, "konto 1501: utgående 2023 1,00 kr, ingående 2024 0,00 kr\n"));
	assert_non_null(strstr(d, "konto 1510: utgående 2023 1,00 kr, ingående 2024 0,00 kr\n"));
	assert_null(strstr(d, "konto 1511"));
	assert_null(strstr(d, "konto 2449"));
	assert_non_null(strstr(d, "\n13 skillnader i allt"));
	check_report_release(&r);
}

static void test_unbalanced(void **state)
{
	struct books prev, cur;
	struct check_report r;
	const struct unbalanced_ver v[2] = {
		{ "A", "17", { 2024, 3, 1 }, 50 },
		{ "", "4", { 2024, 5, 20 }, -1200 },   /* a series-less verification */
	};

	(void)state;
	ange(&prev, &cur);
	/* Two of the three listed. */
	run(&prev, &cur, v, 2, 3, &r);
	expect(&r, "verifications", "");
	assert_string_equal(detail(&r, "verifications"),
			    "A 17 2024-03-01: summa 0,50 kr\n"
			    "4 2024-05-20: summa -12,00 kr\n"
			    "3 verifikationer balanserar inte");
	check_report_release(&r);

	run(&prev, &cur, v, 1, 1, &r);
	expect(&r, "verifications", "");
	assert_string_equal(detail(&r, "verifications"),
			    "A 17 2024-03-01: summa 0,50 kr\n"
			    "1 verifikation balanserar inte");
	check_report_release(&r);
}

/* The transactions of the bank come to 100 kr less than its closing balance
 * says, those of 4010 to 100 kr less than its result. The statements go by
 * #UB and #RES, so only this check sees it. */
static void test_turnover(void **state)
{
	struct books prev, cur;
	struct check_report r;

	(void)state;
	ange(&prev, &cur);
	get(&cur, "1930")->turnover = -48385100;
	get(&cur, "4010")->turnover = 159784800;
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "transactions", "");
	assert_string_equal(detail(&r, "transactions"),
			    "konto 1930: ingående 1 234 697,00 kr + transaktioner -483 851,00 kr = "
			    "750 846,00 kr, men utgående balans 750 746,00 kr\n"
			    "konto 4010: transaktioner 1 597 848,00 kr, men resultat 1 597 948,00 kr\n"
			    "2 skillnader i allt");
	check_report_release(&r);

	/* A result account with #RES and no transactions at all. */
	ange(&prev, &cur);
	get(&cur, "6990")->has_turnover = 0;
	run(&prev, &cur, NULL, 0, 0, &r);
	expect(&r, "transactions", "");
	assert_string_equal(detail(&r, "transactions"),
			    "konto 6990: transaktioner 0,00 kr, men resultat 506 871,00 kr\n"
			    "1 skillnad i allt");
	check_report_release(&r);
}

static void test_overflow(void **state)
{
	struct books prev, cur;
	struct check_report r;
	struct account_map map;
	struct check_input in = { &cur.b, &prev.b, &map, NULL, 0, 0 };
	struct err err = { .msg = "" };

	(void)state;
	account_map_init(&map);
	account_map_default(&map);

	/* The statements of the year checked cannot be computed. */
	ange(&prev, &cur);
	res(&cur, "3020", INT64_MAX);
	assert_int_equal(check_run(&in, &r, &err), -1);
	assert_string_equal(err.msg, "räkenskapsåret 2024: beloppen är för stora att summera (konto 3020)");
	assert_null(r.items);
	assert_int_equal(r.n, 0);

	/* Nor those of the year before. */
	ange(&prev, &cur);
	res(&prev, "3020", INT64_MIN);
	assert_int_equal(check_run(&in, &r, &err), -1);
	assert_string_equal(err.msg, "räkenskapsåret 2023: beloppen är för stora att summera (konto 3020)");

	/* The statements go by #UB, but opening balance plus transactions
	 * does not fit. */
	ange(&prev, &cur);
	get(&cur, "1930")->turnover = INT64_MAX;
	assert_int_equal(check_run(&in, &r, &err), -1);
	assert_string_equal(err.msg, "beloppen är för stora att summera (konto 1930)");
	assert_null(r.items);
	assert_int_equal(r.n, 0);
	assert_int_equal(r.failures, 0);

	account_map_release(&map);
}

static void test_count_by_status(void **state)
{
	struct check_report r;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.year = 2025;
	check_add(&r, "a", "A", CHECK_OK, NULL);
	check_add(&r, "b", "B", CHECK_SKIPPED, NULL);
	check_add(&r, "c", "C", CHECK_WARNING, NULL);
	check_add(&r, "d", "D", CHECK_SKIPPED, NULL);
	check_add(&r, "e", "E", CHECK_FAILED, NULL);
	assert_int_equal(check_report_count(&r, CHECK_SKIPPED), 2);
	assert_int_equal(check_report_count(&r, CHECK_WARNING), 1);
	assert_int_equal(check_report_count(&r, CHECK_FAILED), 1);
	assert_int_equal(check_report_count(&r, CHECK_OK), 1);
	check_report_release(&r);
	assert_int_equal(check_report_count(&r, CHECK_OK), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_consistent),
		cmocka_unit_test(test_consistent_booked),
		cmocka_unit_test(test_imbalance_unmapped),
		cmocka_unit_test(test_imbalance_ub),
		cmocka_unit_test(test_equity_change),
		cmocka_unit_test(test_opening),
		cmocka_unit_test(test_opening_equity),
		cmocka_unit_test(test_opening_missing),
		cmocka_unit_test(test_opening_many),
		cmocka_unit_test(test_unbalanced),
		cmocka_unit_test(test_turnover),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_count_by_status),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
