/*
 * test_payments.c: each booked sum is counted once, for one intervention,
 * within the years of its decisions; what the books cannot give to anyone,
 * and paid above decided, are findings.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/payments.h"

static void set_iv(struct intervention *iv, int64_t id, const char *name, const char *accounts,
		   const char *objects)
{
	memset(iv, 0, sizeof(*iv));
	iv->id = id;
	snprintf(iv->name, sizeof(iv->name), "%s", name);
	snprintf(iv->accounts, sizeof(iv->accounts), "%s", accounts);
	snprintf(iv->objects, sizeof(iv->objects), "%s", objects);
}

static struct decision dec(int64_t id, int64_t iv, int meeting_year, int64_t amount, int from, int to)
{
	struct decision d;

	memset(&d, 0, sizeof(d));
	d.id = id;
	d.intervention_id = iv;
	d.meeting = (struct date){ meeting_year, 11, 15 };
	d.amount = amount;
	d.year_from = from;
	d.year_to = to;
	return d;
}

static const struct payment_finding *find(const struct payments *p, enum payment_finding_kind k)
{
	size_t i;

	for (i = 0; i < p->n_findings; i++)
		if (p->findings[i].kind == k)
			return &p->findings[i];
	return NULL;
}

/* The defect: two interventions on one account each took the whole sum. */
static void test_shared_account_not_counted_twice(void **state)
{
	struct intervention iv[2];
	struct decision d[2];
	const struct account_sum y25[] = { { "4010", "", 140200000 }, { "5010", "", 999 } };
	const struct booked_year books[] = { { 2025, y25, 2 } };
	struct payments p;
	struct err err;
	const struct payment_finding *f;

	(void)state;
	set_iv(&iv[0], 1, "Alfa", "4010", "");
	set_iv(&iv[1], 2, "Beta", "4010-4019", "");
	d[0] = dec(1, 1, 2024, 100000000, 2025, 2025);
	d[1] = dec(2, 2, 2024, 59000300, 2025, 2025);
	assert_int_equal(payments_compute(iv, 2, d, 2, NULL, 0, books, 1, 2025, &p, &err), 0);
	assert_int_equal(p.c[0].paid, 0);
	assert_int_equal(p.c[1].paid, 0);
	assert_int_equal(p.c[0].remaining, 100000000);
	assert_int_equal(p.n_findings, 1);
	f = find(&p, PAYMENT_UNATTRIBUTED);
	assert_non_null(f);
	assert_int_equal(f->year, 2025);
	assert_string_equal(f->account, "4010");
	assert_int_equal(f->amount, 140200000);
	assert_string_equal(f->who, "Alfa, Beta");
	assert_true(payments_is_pooled(iv, 2, NULL, 0, 2025, &y25[0]));
	assert_false(payments_is_pooled(iv, 2, NULL, 0, 2025, &y25[1]));
	payments_release(&p);
}

/* The defect: a payment before the decided years was counted. */
static void test_only_within_decided_years(void **state)
{
	struct intervention iv;
	struct decision d[2];
	const struct account_sum y24[] = { { "4010", "6 \"1\"", 62000000 } };
	const struct account_sum y25[] = { { "4010", "6 \"1\"", 68000000 }, { "4010", "6 \"2\"", 1 } };
	const struct account_sum y26[] = { { "4010", "6 \"1\"", 5000000 } };
	const struct booked_year books[] = { { 2024, y24, 1 }, { 2025, y25, 2 }, { 2026, y26, 1 } };
	struct payments p;
	struct err err;

	(void)state;
	set_iv(&iv, 7, "Steget vidare", "4010", "6:1");
	d[0] = dec(1, 7, 2024, 70000000, 2025, 2025);
	/* Decided for 2026 only in 2026: not yet known at the end of 2025. */
	d[1] = dec(2, 7, 2026, 10000000, 2026, 2026);
	assert_int_equal(payments_compute(&iv, 1, d, 2, NULL, 0, books, 3, 2025, &p, &err), 0);
	assert_int_equal(p.c[0].decided, 70000000);
	assert_int_equal(p.c[0].paid, 68000000);
	assert_int_equal(p.c[0].remaining, 2000000);
	/* What 2024 booked on its object is left out, and said so. */
	assert_int_equal(p.n_findings, 1);
	assert_non_null(find(&p, PAYMENT_OUTSIDE_DECISIONS));
	assert_int_equal(find(&p, PAYMENT_OUTSIDE_DECISIONS)->year, 2024);
	assert_int_equal(find(&p, PAYMENT_OUTSIDE_DECISIONS)->amount, 62000000);
	assert_int_equal(find(&p, PAYMENT_OUTSIDE_DECISIONS)->intervention_id, 7);
	assert_string_equal(find(&p, PAYMENT_OUTSIDE_DECISIONS)->who, "Steget vidare");
	payments_release(&p);
	assert_int_equal(payments_compute(&iv, 1, d, 2, NULL, 0, books, 3, 2026, &p, &err), 0);
	assert_int_equal(p.c[0].decided, 80000000);
	assert_int_equal(p.c[0].paid, 73000000);
	payments_release(&p);
}

/* Objects settle a shared account; the account's sole follower without
 * objects gets the rest, when nothing else names the account. */
static void test_objects_then_account(void **state)
{
	struct intervention iv[3];
	struct decision d[3];
	const struct account_sum y25[] = {
		{ "4010", "6 \"1\"", 100 }, { "4010", "6 \"2\"", 200 }, { "4010", "", 300 },
		{ "4020", "6 \"2\"", 400 }, { "4030", "1 \"10\" 6 \"1\"", 500 },
	};
	const struct booked_year books[] = { { 2025, y25, 5 } };
	struct payments p;
	struct err err;

	(void)state;
	set_iv(&iv[0], 1, "Ett", "4010", "6:1");
	set_iv(&iv[1], 2, "Två", "", "6:2");
	set_iv(&iv[2], 3, "Tre", "4010", "");
	d[0] = dec(1, 1, 2024, 10000, 2025, 2025);
	d[1] = dec(2, 2, 2024, 10000, 2025, 2025);
	d[2] = dec(3, 3, 2024, 10000, 2025, 2025);
	assert_int_equal(payments_compute(iv, 3, d, 3, NULL, 0, books, 1, 2025, &p, &err), 0);
	assert_int_equal(p.c[0].paid, 100);         /* 4030 is not among its accounts */
	assert_int_equal(p.c[1].paid, 200 + 400);   /* objects alone: any account */
	assert_int_equal(p.c[2].paid, 300);
	assert_int_equal(p.n_findings, 0);
	payments_release(&p);
}

/* Allocations: shares give out exactly what is booked; an amount is of its
 * year; too much given out, or too little, is a finding; paid above
 * decided is one too, and the remaining amount stays 0. */
static void test_allocations(void **state)
{
	struct intervention iv[2];
	struct decision d[2];
	struct allocation al[3];
	const struct account_sum y25[] = { { "4010", "", 100001 }, { "4010", "6 \"9\"", 2 } };
	const struct booked_year books[] = { { 2025, y25, 2 } };
	struct payments p;
	struct err err;
	const struct payment_finding *f;

	(void)state;
	set_iv(&iv[0], 1, "Alfa", "4010", "");
	set_iv(&iv[1], 2, "Beta", "4010", "");
	d[0] = dec(1, 1, 2024, 100000, 2025, 2025);
	d[1] = dec(2, 2, 2024, 50000, 2025, 2025);
	memset(al, 0, sizeof(al));
	al[0] = (struct allocation){ 1, 1, "4010", 0, 6667, 0, "" };
	al[1] = (struct allocation){ 2, 2, "4010", 0, 3333, 0, "" };
	assert_int_equal(allocation_share_parse("66,67", &al[0].share), 0);
	assert_int_equal(al[0].share, 6667);
	assert_int_equal(payments_compute(iv, 2, d, 2, al, 2, books, 1, 2025, &p, &err), 0);
	/* 100 003 öre: 66,67 % is 66 672; the last share takes the rest, 33 331. */
	assert_int_equal(p.c[0].paid, 66672);
	assert_int_equal(p.c[1].paid, 33331);
	assert_int_equal(p.n_findings, 0);
	payments_release(&p);

	/* Amounts of a year: 70 000 and 40 000 of 100 003 is too much. */
	al[0] = (struct allocation){ 1, 1, "4010", 2025, 0, 70000, "" };
	al[1] = (struct allocation){ 2, 2, "4010", 2025, 0, 40000, "" };
	al[2] = (struct allocation){ 3, 2, "4010", 2024, 0, 99999, "" };
	assert_int_equal(payments_compute(iv, 2, d, 2, al, 3, books, 1, 2025, &p, &err), 0);
	assert_int_equal(p.c[0].paid, 70000);
	assert_int_equal(p.c[1].paid, 40000);
	f = find(&p, PAYMENT_OVER_ALLOCATED);
	assert_non_null(f);
	assert_int_equal(f->amount, 9997);
	assert_string_equal(f->who, "Alfa, Beta");
	payments_release(&p);

	/* One share of 50 % leaves half to no one; Beta above decided. */
	al[0] = (struct allocation){ 1, 2, "4000-4099", 0, 5000, 0, "" };
	assert_int_equal(payments_compute(iv, 2, d, 2, al, 1, books, 1, 2025, &p, &err), 0);
	assert_int_equal(p.c[1].paid, 50002);
	assert_int_equal(p.c[1].remaining, 0);
	f = find(&p, PAYMENT_UNDER_ALLOCATED);
	assert_non_null(f);
	assert_int_equal(f->amount, 50001);
	f = find(&p, PAYMENT_ABOVE_DECIDED);
	assert_non_null(f);
	assert_int_equal(f->intervention_id, 2);
	assert_int_equal(f->amount, 2);
	assert_string_equal(f->who, "Beta");
	payments_release(&p);
}

/* A shared account in a year no follower's decision covers is nobody's
 * concern: no finding. */
static void test_outside_every_decision(void **state)
{
	struct intervention iv[2];
	struct decision d[2];
	const struct account_sum y23[] = { { "4010", "", 5000 } };
	const struct booked_year books[] = { { 2023, y23, 1 } };
	struct payments p;
	struct err err;

	(void)state;
	set_iv(&iv[0], 1, "Alfa", "4010", "");
	set_iv(&iv[1], 2, "Beta", "4010", "");
	d[0] = dec(1, 1, 2024, 100, 2025, 2025);
	d[1] = dec(2, 2, 2024, 100, 2025, 2026);
	assert_int_equal(payments_compute(iv, 2, d, 2, NULL, 0, books, 1, 2025, &p, &err), 0);
	assert_int_equal(p.n_findings, 0);
	assert_int_equal(p.c[0].paid + p.c[1].paid, 0);
	payments_release(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shared_account_not_counted_twice),
		cmocka_unit_test(test_only_within_decided_years),
		cmocka_unit_test(test_objects_then_account),
		cmocka_unit_test(test_allocations),
		cmocka_unit_test(test_outside_every_decision),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
