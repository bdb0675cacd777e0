/*
 * test_date.c: calendar dates: validity, parsing, formatting and day
 * arithmetic, and periods.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/date.h"
#include "base/err.h"

static void test_valid(void **state)
{
	(void)state;
	assert_true(date_valid(2024, 2, 29));
	assert_false(date_valid(2023, 2, 29));
	assert_true(date_valid(2000, 2, 29));
	assert_false(date_valid(1900, 2, 29));
	assert_false(date_valid(2024, 4, 31));
	assert_false(date_valid(2024, 13, 1));
	assert_false(date_valid(0, 1, 1));
	assert_true(date_valid(9999, 12, 31));
	assert_false(date_valid(10000, 1, 1));
}

static void test_parse(void **state)
{
	struct date d;
	struct err err;
	char b[11], c[9];

	(void)state;
	assert_int_equal(date_parse("2024-12-31", &d, &err), 0);
	assert_string_equal(date_format(b, d), "2024-12-31");
	assert_int_equal(date_parse("20240229", &d, &err), 0);
	assert_string_equal(date_format(b, d), "2024-02-29");
	assert_string_equal(date_format_compact(c, d), "20240229");
	assert_int_equal(date_parse("2022-03-01 00:00", &d, &err), 0);
	assert_int_equal(d.m, 3);
	assert_int_equal(date_parse("2022-03-01T12:30:00", &d, &err), 0);
	assert_int_equal(date_parse("2024-02-30", &d, &err), -1);
	assert_string_equal(err.msg, "ogiltigt datum '2024-02-30'");
	assert_int_equal(date_parse("2024-13-01", &d, &err), -1);
	assert_int_equal(date_parse("24-12-31", &d, &err), -1);
	assert_int_equal(date_parse("2024/12/31", &d, &err), -1);
	assert_int_equal(date_parse("", &d, &err), -1);
	assert_int_equal(date_parse("2024-12-31x", &d, &err), -1);
	assert_int_equal(date_parse("2024123", &d, &err), -1);
}

static void test_days(void **state)
{
	struct date a = { 2024, 1, 1 }, b = { 2024, 12, 31 }, d;
	long n;

	(void)state;
	assert_int_equal(date_to_days((struct date){ 1, 1, 1 }), 0);
	assert_int_equal(date_diff(a, b), 365);
	assert_int_equal(date_diff((struct date){ 2023, 1, 1 }, (struct date){ 2023, 12, 31 }), 364);
	d = date_add_days((struct date){ 2024, 2, 28 }, 1);
	assert_int_equal(d.m, 2);
	assert_int_equal(d.d, 29);
	d = date_add_days((struct date){ 2023, 12, 31 }, 1);
	assert_int_equal(d.y, 2024);
	assert_int_equal(d.m, 1);
	assert_int_equal(d.d, 1);
	/* Round trip over the whole range, a day at a time near the ends and
	 * in strides in between. */
	for (n = 0; n < date_to_days((struct date){ 9999, 12, 31 }); n += (n < 800 ? 1 : 997)) {
		d = date_from_days(n);
		assert_true(date_valid(d.y, d.m, d.d));
		assert_int_equal(date_to_days(d), n);
	}
	assert_true(date_cmp(a, b) < 0);
	assert_true(date_cmp(b, a) > 0);
	assert_int_equal(date_cmp(a, a), 0);
	assert_false(date_is_set((struct date){ 0, 0, 0 }));
	assert_true(date_is_set(a));
}

static void test_periods(void **state)
{
	struct period p = period_year(2024), q = period_year_to_date((struct date){ 2022, 8, 31 });

	(void)state;
	assert_int_equal(p.start.m, 1);
	assert_int_equal(p.end.d, 31);
	assert_true(period_contains(p, (struct date){ 2024, 12, 31 }));
	assert_false(period_contains(p, (struct date){ 2025, 1, 1 }));
	assert_int_equal(q.start.y, 2022);
	assert_int_equal(q.start.m, 1);
	assert_true(period_contains(q, (struct date){ 2022, 8, 31 }));
	assert_false(period_contains(q, (struct date){ 2022, 9, 1 }));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_periods),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
