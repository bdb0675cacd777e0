/*
 * test_date.c: calendar dates: validity and leap years, parsing and
 * formatting, day arithmetic over the whole range 0001-01-01 to 9999-12-31,
 * and periods.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/date.h"
#include "base/err.h"

static struct date mk(int y, int m, int d)
{
	struct date r = { y, m, d };

	return r;
}

static void test_valid(void **state)
{
	(void)state;
	/* Leap years: every fourth, not every hundredth, but every 400th. */
	assert_true(date_valid(2024, 2, 29));
	assert_false(date_valid(2023, 2, 29));
	assert_true(date_valid(2023, 2, 28));
	assert_true(date_valid(2000, 2, 29));
	assert_false(date_valid(1900, 2, 29));
	assert_false(date_valid(2100, 2, 29));
	assert_true(date_valid(1600, 2, 29));
	assert_true(date_valid(4, 2, 29));
	assert_false(date_valid(2024, 2, 30));
	/* Month lengths. */
	assert_true(date_valid(2024, 1, 31));
	assert_true(date_valid(2024, 3, 31));
	assert_false(date_valid(2024, 4, 31));
	assert_true(date_valid(2024, 4, 30));
	assert_false(date_valid(2024, 6, 31));
	assert_false(date_valid(2024, 9, 31));
	assert_false(date_valid(2024, 11, 31));
	assert_true(date_valid(2024, 12, 31));
	assert_false(date_valid(2024, 12, 32));
	assert_false(date_valid(2024, 13, 1));
	assert_false(date_valid(2024, 0, 1));
	assert_false(date_valid(2024, 1, 0));
	assert_false(date_valid(2024, -1, 1));
	/* The year range. */
	assert_false(date_valid(0, 1, 1));
	assert_true(date_valid(1, 1, 1));
	assert_true(date_valid(9999, 12, 31));
	assert_false(date_valid(10000, 1, 1));
	assert_false(date_valid(-2024, 1, 1));
}

static void parse_ok(const char *s, int y, int m, int d)
{
	struct date out = { 0, 0, 0 };
	struct err err;

	if (date_parse(s, &out, &err) != 0)
		fail_msg("'%s' was refused: %s", s, err.msg);
	assert_int_equal(out.y, y);
	assert_int_equal(out.m, m);
	assert_int_equal(out.d, d);
}

/* A refusal leaves *out alone and quotes the input. */
static void parse_bad(const char *s)
{
	struct date out = { 7, 7, 7 };
	struct err err;
	char want[128];

	if (date_parse(s, &out, &err) == 0)
		fail_msg("'%s' was accepted as %d-%d-%d", s, out.y, out.m, out.d);
	assert_int_equal(out.y, 7);
	assert_int_equal(out.m, 7);
	assert_int_equal(out.d, 7);
	memcpy(want, "ogiltigt datum '", 17);
	strncat(want, s, 100);
	strncat(want, "'", 2);
	assert_string_equal(err.msg, want);
}

static void test_parse(void **state)
{
	struct date d;

	(void)state;
	parse_ok("2024-12-31", 2024, 12, 31);
	parse_ok("20241231", 2024, 12, 31);
	parse_ok("2024-12-31 00:00", 2024, 12, 31);
	parse_ok("2024-12-31T00:00:00", 2024, 12, 31);
	parse_ok("2024-12-31 23:59:59", 2024, 12, 31);
	parse_ok("2024-12-31T12:30:00.123Z", 2024, 12, 31);
	parse_ok("2024-12-31T12:30:00+01:00", 2024, 12, 31);
	parse_ok("20240229", 2024, 2, 29);
	parse_ok("2000-02-29", 2000, 2, 29);
	parse_ok("0001-01-01", 1, 1, 1);
	parse_ok("9999-12-31", 9999, 12, 31);

	parse_bad("2024-02-30");
	parse_bad("2023-02-29");
	parse_bad("1900-02-29");
	parse_bad("2024-13-01");
	parse_bad("2024-00-10");
	parse_bad("2024-04-31");
	parse_bad("0000-01-01");
	parse_bad("24-12-31");
	parse_bad("2024/12/31");
	parse_bad("2024.12.31");
	parse_bad("");
	parse_bad("2024");
	parse_bad("2024-12");
	parse_bad("2024-12-3");
	parse_bad("2024-1-31");
	parse_bad("2024123");
	parse_bad("202412311");
	parse_bad("2024-1231");
	parse_bad("202412-31");
	parse_bad("2024-12-31x");
	parse_bad("2024-12-31 ");
	parse_bad("2024-12-31 noon");
	parse_bad("2024-12-31 24:00");
	parse_bad("2024-12-31 23:60");
	parse_bad("2024-12-31 23:59:61");
	parse_bad("2024-12-31 23:59:59.");
	parse_bad("2024-12-31 23:59+1");
	parse_bad("2024-12-31 9:30");
	parse_bad("2024-12-31T12:60");
	parse_bad(" 2024-12-31");
	parse_bad("+024-12-31");
	parse_bad("abcd-ef-gh");

	/* The Swedish day-first form, as a person writes it. */
	parse_ok("20/11/2025", 2025, 11, 20);
	parse_ok("20/11 2025", 2025, 11, 20);
	parse_ok("1/2/2025", 2025, 2, 1);
	parse_ok("01/02/2025", 2025, 2, 1);
	parse_ok("29/2/2024", 2024, 2, 29);
	parse_bad("11/20/2025");       /* month first: there is no month 20 */
	parse_bad("29/2/2023");
	parse_bad("31/4/2025");
	parse_bad("0/1/2025");
	parse_bad("20/11/25");
	parse_bad("20/11/20255");
	parse_bad("20/11");
	parse_bad("20/11/");
	parse_bad("20//2025");
	parse_bad("/11/2025");
	parse_bad("123/11/2025");
	parse_bad("20/113/2025");
	parse_bad("20/11/2025 12:00");
	parse_bad("20/11  2025");
	parse_bad("2025/11/20");
	parse_bad(" 20/11/2025");

	/* A NULL err is allowed. */
	assert_int_equal(date_parse("nej", &d, NULL), -1);
}

static void test_format(void **state)
{
	char b[11], c[9];

	(void)state;
	assert_string_equal(date_format(b, mk(2024, 12, 31)), "2024-12-31");
	assert_string_equal(date_format(b, mk(1, 2, 3)), "0001-02-03");
	assert_string_equal(date_format(b, mk(9999, 12, 31)), "9999-12-31");
	assert_string_equal(date_format_compact(c, mk(2024, 2, 29)), "20240229");
	assert_string_equal(date_format_compact(c, mk(1, 1, 1)), "00010101");
}

static void test_days(void **state)
{
	struct date a = mk(2024, 1, 1), b = mk(2024, 12, 31), d;
	long n, last;

	(void)state;
	assert_int_equal(date_to_days(mk(1, 1, 1)), 0);
	assert_int_equal(date_to_days(mk(1, 1, 2)), 1);
	assert_int_equal(date_to_days(mk(2, 1, 1)), 365);
	/* 400 Gregorian years are 146 097 days. */
	assert_int_equal(date_to_days(mk(401, 1, 1)), 146097);
	/* 1970-01-01: 1969 years of 365 days plus 492 - 19 + 4 = 477 leap days. */
	assert_int_equal(date_to_days(mk(1970, 1, 1)), 719162);
	last = date_to_days(mk(9999, 12, 31));
	assert_int_equal(last, 3652058);

	assert_int_equal(date_diff(a, b), 365);
	assert_int_equal(date_diff(b, a), -365);
	assert_int_equal(date_diff(a, a), 0);
	assert_int_equal(date_diff(mk(2023, 1, 1), mk(2023, 12, 31)), 364);
	assert_int_equal(date_diff(mk(2024, 2, 28), mk(2024, 3, 1)), 2);
	assert_int_equal(date_diff(mk(2023, 2, 28), mk(2023, 3, 1)), 1);
	assert_int_equal(date_diff(mk(1900, 2, 28), mk(1900, 3, 1)), 1);
	assert_int_equal(date_diff(mk(2000, 2, 28), mk(2000, 3, 1)), 2);

	d = date_add_days(mk(2024, 2, 28), 1);
	assert_int_equal(date_cmp(d, mk(2024, 2, 29)), 0);
	d = date_add_days(mk(2023, 2, 28), 1);
	assert_int_equal(date_cmp(d, mk(2023, 3, 1)), 0);
	d = date_add_days(mk(2023, 12, 31), 1);
	assert_int_equal(date_cmp(d, mk(2024, 1, 1)), 0);
	d = date_add_days(mk(2024, 1, 1), -1);
	assert_int_equal(date_cmp(d, mk(2023, 12, 31)), 0);
	d = date_add_days(mk(2024, 3, 1), -1);
	assert_int_equal(date_cmp(d, mk(2024, 2, 29)), 0);
	d = date_add_days(mk(2024, 1, 31), 366);
	assert_int_equal(date_cmp(d, mk(2025, 1, 31)), 0);
	assert_int_equal(date_cmp(date_from_days(0), mk(1, 1, 1)), 0);
	assert_int_equal(date_cmp(date_from_days(last), mk(9999, 12, 31)), 0);

	/* Every day of the range: from_days gives a valid date, to_days gives
	 * the number back, and consecutive days follow each other in order. */
	for (n = 0; n <= last; n++) {
		struct date e = date_from_days(n);

		if (!date_valid(e.y, e.m, e.d) || date_to_days(e) != n)
			fail_msg("day %ld gave %d-%d-%d", n, e.y, e.m, e.d);
		if (n > 0 && date_cmp(d, e) >= 0)
			fail_msg("day %ld is not after the day before", n);
		d = e;
	}
}

static void test_cmp_and_set(void **state)
{
	(void)state;
	assert_true(date_cmp(mk(2024, 1, 1), mk(2024, 12, 31)) < 0);
	assert_true(date_cmp(mk(2024, 12, 31), mk(2024, 1, 1)) > 0);
	assert_true(date_cmp(mk(2023, 12, 31), mk(2024, 1, 1)) < 0);
	assert_true(date_cmp(mk(2024, 2, 1), mk(2024, 1, 31)) > 0);
	assert_int_equal(date_cmp(mk(2024, 5, 5), mk(2024, 5, 5)), 0);
	assert_false(date_is_set(mk(0, 0, 0)));
	assert_true(date_is_set(mk(2024, 1, 1)));
	assert_true(date_is_set(mk(0, 0, 1)));
}

static void test_periods(void **state)
{
	struct period p = period_year(2024), q = period_year_to_date(mk(2022, 8, 31));

	(void)state;
	assert_int_equal(date_cmp(p.start, mk(2024, 1, 1)), 0);
	assert_int_equal(date_cmp(p.end, mk(2024, 12, 31)), 0);
	assert_true(period_contains(p, mk(2024, 1, 1)));
	assert_true(period_contains(p, mk(2024, 2, 29)));
	assert_true(period_contains(p, mk(2024, 12, 31)));
	assert_false(period_contains(p, mk(2023, 12, 31)));
	assert_false(period_contains(p, mk(2025, 1, 1)));
	assert_int_equal(date_diff(p.start, p.end) + 1, 366);

	assert_int_equal(date_cmp(q.start, mk(2022, 1, 1)), 0);
	assert_int_equal(date_cmp(q.end, mk(2022, 8, 31)), 0);
	assert_true(period_contains(q, mk(2022, 1, 1)));
	assert_true(period_contains(q, mk(2022, 8, 31)));
	assert_false(period_contains(q, mk(2022, 9, 1)));
	assert_false(period_contains(q, mk(2021, 12, 31)));

	/* A period that ends on its first day holds exactly that day. */
	q = period_year_to_date(mk(2023, 1, 1));
	assert_true(period_contains(q, mk(2023, 1, 1)));
	assert_false(period_contains(q, mk(2023, 1, 2)));
}

/* FINSAM_TODAY stands in for the clock's date; an invalid value counts
 * as unset and is reported by date_today_check. */
static void test_today(void **state)
{
	struct err err;
	struct date real, d;

	(void)state;
	unsetenv("FINSAM_TODAY");
	real = date_today();
	assert_true(date_valid(real.y, real.m, real.d));
	assert_int_equal(date_today_check(&err), 0);

	setenv("FINSAM_TODAY", "2026-03-15", 1);
	d = date_today();
	assert_int_equal(date_cmp(d, mk(2026, 3, 15)), 0);
	assert_int_equal(date_today_check(&err), 0);

	setenv("FINSAM_TODAY", "2026-02-30", 1);
	assert_int_equal(date_today_check(&err), -1);
	assert_non_null(strstr(err.msg, "FINSAM_TODAY"));
	assert_non_null(strstr(err.msg, "2026-02-30"));
	d = date_today();
	assert_int_equal(date_cmp(d, real) >= 0, 1);   /* the clock again, not 2026-02-30 */
	assert_true(date_valid(d.y, d.m, d.d));
	unsetenv("FINSAM_TODAY");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_cmp_and_set),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_today),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
