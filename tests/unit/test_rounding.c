/*
 * test_rounding.c: rounded parts add up to the rounded total, with the
 * difference on the part rounding moved furthest the other way.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "base/money.h"
#include "model/rounding.h"

static void test_adds_up(void **state)
{
	/* 1 400 + 1 400 + 1 400 kr = 4 200 kr: each rounds to 1 tkr, the total
	 * to 4 tkr; each lost as much, so the first of the largest takes the
	 * extra 1. */
	int64_t p[3] = { 140000, 140000, 140000 };
	int64_t t;

	(void)state;
	t = round_parts(p, 3, MONEY_TKR);
	assert_int_equal(t, 400000);
	assert_int_equal(p[0], 200000);
	assert_int_equal(p[1], 100000);
	assert_int_equal(p[2], 100000);
}

static void test_mixed_signs(void **state)
{
	/* Jämtland 2022 (seed 002), kr: 7 929 730 − 7 053 210 − 2 404 706 − 837 392
	 * = −2 365 578, which rounds to −2 366 tkr, while the parts round to
	 * 7 930 − 7 053 − 2 405 − 837 = −2 365: the −1 goes to the part rounding
	 * moved furthest up, −837 392 (392 kr up), not to an exact one. */
	int64_t p[4] = { 792973000, -705321000, -240470600, -83739200 };
	int64_t t = round_parts(p, 4, MONEY_TKR);

	(void)state;
	assert_int_equal(t, -236600000);      /* −2 365 578 rounds to −2 366 */
	assert_int_equal(p[0] + p[1] + p[2] + p[3], t);
	assert_int_equal(p[0], 793000000);
	assert_int_equal(p[1], -705300000);
	assert_int_equal(p[2], -240500000);
	assert_int_equal(p[3], -83800000);
}

/* A part that is exact in the unit keeps its figure: 1 500 000 kr stays
 * 1 500 tkr while the costs take the difference. */
static void test_exact_part_kept(void **state)
{
	int64_t p[3] = { 150000000, -140236400, -10499900 };
	int64_t t = round_parts(p, 3, MONEY_TKR);

	(void)state;
	assert_int_equal(p[0] + p[1] + p[2], t);
	assert_int_equal(p[0], 150000000);
}

static void test_edges(void **state)
{
	int64_t one[1] = { 149 };

	(void)state;
	assert_int_equal(round_parts(NULL, 0, MONEY_KR), 0);
	assert_int_equal(round_parts(one, 1, MONEY_KR), 100);
	assert_int_equal(one[0], 100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_adds_up),
		cmocka_unit_test(test_mixed_signs),
		cmocka_unit_test(test_exact_part_kept),
		cmocka_unit_test(test_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
