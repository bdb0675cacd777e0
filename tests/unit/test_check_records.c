/*
 * test_check_records.c: the checks of finsam's own records. The
 * participant statistics are built from enrolments through pstats, then
 * one count is broken by hand to see the check name the group, the sex
 * and the figures; an exit dated before its enrolment is found and named;
 * the observation account 9999 of a real SIE file from Björn Lundén's
 * program (a result of 11 120 kr and −800 kr the year before, mapped
 * nowhere) is found with its amount and a line to put it on; the interim
 * report's opening equity is compared with both of the books' figures.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/buf.h"
#include "base/err.h"
#include "model/check_records.h"

static struct participant person(int64_t id, const char *code, const char *sex, int born)
{
	struct participant p;

	memset(&p, 0, sizeof(p));
	p.id = id;
	snprintf(p.code, sizeof(p.code), "%s", code);
	snprintf(p.sex, sizeof(p.sex), "%s", sex);
	p.birth_year = born;
	return p;
}

static struct enrolment enrol(int64_t id, int64_t who, struct date in, struct date out, const char *reason)
{
	struct enrolment e;

	memset(&e, 0, sizeof(e));
	e.id = id;
	e.participant_id = who;
	e.intervention_id = 1;
	e.enrolled = in;
	e.exited = out;
	snprintf(e.exit_reason, sizeof(e.exit_reason), "%s", reason);
	return e;
}

static const struct date NONE = { 0, 0, 0 };

/* Two women and a man in 2025; one woman exits to work. */
static void stats(struct pstats *s)
{
	struct participant p[3] = { person(1, "D001", "kvinna", 1990), person(2, "D002", "kvinna", 2003),
				    person(3, "D003", "man", 1970) };
	struct enrolment e[3] = { enrol(1, 1, (struct date){ 2025, 2, 1 }, (struct date){ 2025, 9, 30 }, "arbete"),
				  enrol(2, 2, (struct date){ 2024, 11, 1 }, NONE, ""),
				  enrol(3, 3, (struct date){ 2025, 3, 1 }, NONE, "") };

	pstats_compute(2025, p, 3, e, 3, 0, s);
}

static void test_exits_consistent(void **state)
{
	struct pstats s;
	struct buf d;
	long listed = 0;

	(void)state;
	stats(&s);
	assert_int_equal(s.all.enrolled.total.n, 3);
	assert_int_equal(s.all.exited.total.n, 1);
	buf_init(&d);
	assert_int_equal(check_pstats_exits(&s, "alla insatser", &d, &listed), 0);
	assert_int_equal(d.len, 0);
	buf_release(&d);
}

static void test_exits_more_than_enrolled(void **state)
{
	struct pstats s;
	struct buf d;
	long listed = 0;

	(void)state;
	stats(&s);
	/* Two women enrolled; say three exited, two of them to work, in the
	 * 30–39 band (the woman born 1990 was 35). */
	s.all.exited.women.n = 3;
	s.band[3].to_work.women.n = 2;
	buf_init(&d);
	assert_int_equal(check_pstats_exits(&s, "Steget vidare", &d, &listed), 2);
	assert_int_equal(listed, 2);
	assert_non_null(strstr(d.s, "Steget vidare, alla åldrar, kvinnor: 3 avslutade men 2 inskrivna\n"));
	assert_non_null(strstr(d.s, "Steget vidare, 30–39 år, kvinnor: 2 avslutade till arbete eller studier "
				    "men 1 avslutade\n"));
	buf_release(&d);
}

static void test_exits_listed_at_most(void **state)
{
	struct pstats s;
	struct buf d;
	long listed = 0, found;
	int b;

	(void)state;
	stats(&s);
	for (b = 0; b < PSTATS_BANDS; b++)
		s.band[b].new_.men.n = 9;
	buf_init(&d);
	found = check_pstats_exits(&s, "alla", &d, &listed);
	/* More new men than enrolled men in every band: one finding each. */
	assert_int_equal(found, PSTATS_BANDS);
	assert_int_equal(listed, PSTATS_BANDS);
	/* Once ten are listed, more are counted but not written. */
	listed = CHECK_RECORDS_LISTED;
	buf_reset(&d);
	assert_int_equal(check_pstats_exits(&s, "alla", &d, &listed), PSTATS_BANDS);
	assert_int_equal(d.len, 0);
	buf_release(&d);
}

static const char *code_of(void *ctx, int64_t id)
{
	(void)ctx;
	return id == 2 ? "D002" : NULL;
}

static const char *insats_of(void *ctx, int64_t id)
{
	(void)ctx;
	return id == 1 ? "Unga i arbete" : NULL;
}

static void test_exit_before_enrolment(void **state)
{
	struct enrolment e[3] = {
		enrol(1, 1, (struct date){ 2025, 2, 1 }, (struct date){ 2025, 9, 30 }, "arbete"),
		enrol(2, 2, (struct date){ 2025, 6, 10 }, (struct date){ 2025, 5, 31 }, "annat"),
		/* Before its enrolment too, but neither date in 2025. */
		enrol(3, 3, (struct date){ 2024, 6, 10 }, (struct date){ 2023, 5, 31 }, "annat"),
	};
	struct buf d;
	long listed = 0;

	(void)state;
	buf_init(&d);
	assert_int_equal(check_exit_order(e, 3, 2025, code_of, insats_of, NULL, &d, &listed), 1);
	assert_string_equal(d.s, "deltagare D002 i Unga i arbete: avslutad 2025-05-31, före inskrivningen 2025-06-10\n");
	buf_reset(&d);
	listed = 0;
	assert_int_equal(check_exit_order(e, 3, 2024, NULL, NULL, NULL, &d, &listed), 1);
	assert_string_equal(d.s, "deltagare (okänd) i (okänd insats): avslutad 2023-05-31, före inskrivningen "
				 "2024-06-10\n");
	buf_release(&d);
}

#define MAXACC 8

static void books(struct year_books *b, struct year_account *acc, int year)
{
	memset(b, 0, sizeof(*b));
	memset(acc, 0, sizeof(*acc) * MAXACC);
	b->year.period.start = (struct date){ year - 1, 7, 1 };
	b->year.period.end = (struct date){ year, 6, 30 };
	b->accounts = acc;
}

static struct year_account *acct(struct year_books *b, const char *number)
{
	struct year_account *a = &b->accounts[b->n++];

	snprintf(a->number, sizeof(a->number), "%s", number);
	return a;
}

static const char *name_of(void *ctx, const char *number)
{
	(void)ctx;
	return strcmp(number, "9999") == 0 ? "Obs-konto" : NULL;
}

static void test_unmapped(void **state)
{
	struct year_account acc[MAXACC], pacc[MAXACC];
	struct year_books cur, prev;
	struct account_map map;
	struct unmapped_account *u = NULL;
	struct year_account *a;
	size_t n = 0, cap = 0;
	struct err err;
	struct buf d;

	(void)state;
	account_map_init(&map);
	account_map_default(&map);
	books(&cur, acc, 2010);
	books(&prev, pacc, 2009);
	a = acct(&cur, "1930");
	a->has_ib = a->has_ub = 1;
	a->ib = 59230428;
	a->ub = 84412600;
	a = acct(&cur, "3010");
	a->has_res = 1;
	a->res = -28932800;
	a = acct(&cur, "8999");            /* the closing entry: a line of its own */
	a->has_res = 1;
	a->res = 22370300;
	a = acct(&cur, "9999");
	a->has_res = a->has_turnover = 1;
	a->res = 1112000;
	a->turnover = 1112000;
	a = acct(&cur, "9998");            /* in no line, but nothing on it */
	a->has_turnover = 1;
	a = acct(&prev, "9999");
	a->has_res = 1;
	a->res = -80000;

	assert_int_equal(check_unmapped_accounts(&cur, &map, &u, &n, &cap, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(u[0].number, "9999");
	assert_int_equal(u[0].year, 2010);
	assert_true(u[0].is_result);
	assert_int_equal(u[0].result, 1112000);
	assert_int_equal(check_unmapped_accounts(&prev, &map, &u, &n, &cap, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(u[1].year, 2009);
	assert_int_equal(u[1].result, -80000);

	buf_init(&d);
	check_unmapped_describe(u, n, name_of, NULL, &d);
	assert_string_equal(d.s,
			    "konto 9999 Obs-konto, 2010: resultat 11 120,00 kr finns inte i resultat- eller "
			    "balansräkningen\n"
			    "konto 9999 Obs-konto, 2009: resultat -800,00 kr finns inte i resultat- eller "
			    "balansräkningen\n"
			    "placera kontot på en rad i rapporterna med 'finsam accounts map 9999 RAD', till exempel "
			    "RAD expenses (raderna visas av 'finsam accounts --help')\n");
	buf_release(&d);

	/* A bank account left out is suggested the line the BAS classes give it. */
	{
		struct unmapped_account bank;

		memset(&bank, 0, sizeof(bank));
		snprintf(bank.number, sizeof(bank.number), "1930");
		bank.year = 2010;
		bank.closing = 500000;
		buf_init(&d);
		check_unmapped_describe(&bank, 1, NULL, NULL, &d);
		assert_non_null(strstr(d.s, "till exempel RAD cash_and_bank"));
		buf_release(&d);
	}

	/* Mapped, nothing is left out. */
	n = 0;
	account_map_add(&map, 9999, 9999, LINE_EXPENSES);
	assert_int_equal(check_unmapped_accounts(&cur, &map, &u, &n, &cap, &err), 0);
	assert_int_equal(n, 0);
	free(u);
	account_map_release(&map);
}

static void test_unmapped_balance(void **state)
{
	struct year_account acc[MAXACC];
	struct year_books cur;
	struct account_map map;
	struct unmapped_account *u = NULL;
	struct year_account *a;
	size_t n = 0, cap = 0;
	struct err err;
	struct buf d;

	(void)state;
	/* A map that knows only cash: the liability 2440 with a balance is
	 * left out, its closing balance from the opening one and the year's
	 * transactions. */
	account_map_init(&map);
	account_map_add(&map, 1900, 1999, LINE_CASH_AND_BANK);
	books(&cur, acc, 2025);
	a = acct(&cur, "1930");
	a->has_ib = 1;
	a->ib = 100;
	a = acct(&cur, "2440");
	a->has_ib = a->has_turnover = 1;
	a->ib = -5000;
	a->turnover = 2000;
	assert_int_equal(check_unmapped_accounts(&cur, &map, &u, &n, &cap, &err), 0);
	assert_int_equal(n, 1);
	assert_false(u[0].is_result);
	assert_int_equal(u[0].opening, -5000);
	assert_int_equal(u[0].closing, -3000);
	buf_init(&d);
	check_unmapped_describe(u, n, NULL, NULL, &d);
	assert_non_null(strstr(d.s, "konto 2440, 2025: ingående balans -50,00 kr, utgående -30,00 kr finns inte"));
	assert_non_null(strstr(d.s, "RAD current_liabilities"));
	buf_release(&d);

	a->turnover = INT64_MIN;
	n = 0;
	assert_int_equal(check_unmapped_accounts(&cur, &map, &u, &n, &cap, &err), -1);
	assert_string_equal(err.msg, "beloppen är för stora att summera (konto 2440)");
	free(u);
	account_map_release(&map);
}

static void test_interim_equity(void **state)
{
	struct buf d;

	(void)state;
	buf_init(&d);
	assert_int_equal(check_interim_equity(2025, 43494900, 1, 43494900, 1, 43494900, &d), 0);
	assert_int_equal(d.len, 0);
	assert_int_equal(check_interim_equity(2025, 40000000, 1, 43494900, 0, 0, &d), 1);
	assert_string_equal(d.s, "delårsrapporten 2025: eget kapital vid årets början 400 000,00 kr, men utgående "
				 "eget kapital 2024 enligt bokföringen 434 949,00 kr, skillnad -34 949,00 kr\n");
	buf_reset(&d);
	assert_int_equal(check_interim_equity(2025, 40000000, 0, 0, 1, 43494900, &d), 1);
	assert_non_null(strstr(d.s, "men ingående eget kapital 2025 enligt bokföringen 434 949,00 kr"));
	buf_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exits_consistent),
		cmocka_unit_test(test_exits_more_than_enrolled),
		cmocka_unit_test(test_exits_listed_at_most),
		cmocka_unit_test(test_exit_before_enrolment),
		cmocka_unit_test(test_unmapped),
		cmocka_unit_test(test_unmapped_balance),
		cmocka_unit_test(test_interim_equity),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
