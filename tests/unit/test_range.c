/*
 * test_range.c: the one range parser: a hyphen or the en dash finsam
 * prints, blanks around the dash, single numbers, bounds and order, lists
 * of account ranges, and writing the en dash back as a hyphen.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/range.h"

static void test_parse(void **state)
{
	long lo = 0, hi = 0;

	(void)state;
	assert_int_equal(range_parse("2026-2028", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(lo, 2026);
	assert_int_equal(hi, 2028);
	/* The en dash finsam itself prints, as in "2026–2028". */
	lo = hi = 0;
	assert_int_equal(range_parse("2026\xe2\x80\x93" "2028", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(lo, 2026);
	assert_int_equal(hi, 2028);
	lo = hi = 0;
	assert_int_equal(range_parse(" 2026 – 2028 ", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(lo, 2026);
	assert_int_equal(hi, 2028);
	/* One number is a range of one. */
	assert_int_equal(range_parse("2026", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(lo, 2026);
	assert_int_equal(hi, 2026);
	assert_int_equal(range_parse("16–29", 0, 120, &lo, &hi), 0);
	assert_int_equal(lo, 16);
	assert_int_equal(hi, 29);
}

static void test_parse_refuses(void **state)
{
	long lo = -7, hi = -7;

	(void)state;
	assert_int_equal(range_parse("2028-2026", 1900, 9999, &lo, &hi), -1);   /* backwards */
	assert_int_equal(range_parse("1800-2026", 1900, 9999, &lo, &hi), -1);   /* below min */
	assert_int_equal(range_parse("2026-10000", 1900, 9999, &lo, &hi), -1);  /* above max */
	assert_int_equal(range_parse("2026-", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("-2026", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("2026--2028", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("2026-2028x", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("2026,2028", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse(NULL, 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("99999999999999999999999", 0, 9999, &lo, &hi), -1);
	/* A half en dash (a cut UTF-8 sequence) is no dash. */
	assert_int_equal(range_parse("2026\xe2\x80" "2028", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(lo, -7);   /* untouched on failure */
	assert_int_equal(hi, -7);
}

static void test_scan(void **state)
{
	struct range_text r;
	const char *s = "3000–3099, 4010";
	const char *end;

	(void)state;
	end = range_scan(s, &r);
	assert_non_null(end);
	assert_int_equal(r.lo_len, 4);
	assert_memory_equal(r.lo, "3000", 4);
	assert_int_equal(r.hi_len, 4);
	assert_memory_equal(r.hi, "3099", 4);
	assert_string_equal(end, ", 4010");
	end = range_scan(end + 2, &r);
	assert_non_null(end);
	assert_ptr_equal(r.lo, r.hi);
	assert_int_equal(r.hi_len, 4);
	assert_string_equal(end, "");
	/* Blanks after a single number are left for the caller. */
	end = range_scan("4010 ,4030", &r);
	assert_string_equal(end, " ,4030");
	assert_null(range_scan("x4010", &r));
	assert_null(range_scan("4010 - ", &r));
}

static void test_list(void **state)
{
	(void)state;
	assert_true(range_list_valid("", 23));
	assert_true(range_list_valid(NULL, 23));
	assert_true(range_list_valid("4010", 23));
	assert_true(range_list_valid("4010-4019,4030", 23));
	assert_true(range_list_valid("3000–3099", 23));
	assert_true(range_list_valid(" 4010 – 4019 ; 4030 ,", 23));
	assert_false(range_list_valid("4010-", 23));
	assert_false(range_list_valid(",4010", 23));
	assert_false(range_list_valid("4010,,4030", 23));
	assert_false(range_list_valid("40a0", 23));
	assert_false(range_list_valid("4010 4030", 23));
	assert_false(range_list_valid("12345", 4));
}

static void test_ascii(void **state)
{
	char s[] = "3000–3099, 4010–4019,4030-4039";
	char none[] = "4010";

	(void)state;
	assert_string_equal(range_ascii(s), "3000-3099, 4010-4019,4030-4039");
	assert_string_equal(range_ascii(none), "4010");
	assert_null(range_ascii(NULL));
}

/* Ranges as people and finsam write them, the en and em dash included. */
static void test_range_dashes(void **state)
{
	long lo = 0, hi = 0;

	(void)state;
	assert_int_equal(range_parse("2024-2026", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(lo, 2024);
	assert_int_equal(hi, 2026);
	assert_int_equal(range_parse("2024\xe2\x80\x93" "2026", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(hi, 2026);
	assert_int_equal(range_parse("2024 \xe2\x80\x94 2027", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(hi, 2027);
	assert_int_equal(range_parse("2025", 1900, 9999, &lo, &hi), 0);
	assert_int_equal(lo, 2025);
	assert_int_equal(hi, 2025);
	assert_int_equal(range_parse("16-29", 0, 120, &lo, &hi), 0);
	assert_int_equal(range_parse("2026-2024", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("2024-", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("-2024", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("2024--2025", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("2024/2025", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("1800-1900", 1900, 9999, &lo, &hi), -1);
	assert_int_equal(range_parse("30-200", 0, 120, &lo, &hi), -1);
	assert_int_equal(range_parse("2024\xe2\x80", 1900, 9999, &lo, &hi), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_range_dashes),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_parse_refuses),
		cmocka_unit_test(test_scan),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_ascii),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
