/*
 * test_money.c: parsing, formatting, rounding and checked arithmetic of
 * amounts in öre, and ratios computed from integers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "base/money.h"

static int64_t parse_ok(const char *s)
{
	struct err err;
	int64_t v = -1;

	if (money_parse(s, &v, &err) != 0)
		fail_msg("'%s' was refused: %s", s, err.msg);
	return v;
}

static void parse_bad(const char *s, const char *why)
{
	struct err err;
	int64_t v = 12345;

	if (money_parse(s, &v, &err) == 0)
		fail_msg("'%s' was accepted as %lld", s, (long long)v);
	assert_int_equal(v, 12345);
	assert_non_null(strstr(err.msg, "kan inte tolka beloppet"));
	if (why)
		assert_non_null(strstr(err.msg, why));
}

static void test_parse_forms(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("1 468 000"), 146800000);
	assert_int_equal(parse_ok("-636 819"), -63681900);
	assert_int_equal(parse_ok("1468000,50"), 146800050);
	assert_int_equal(parse_ok("1 468 000 kr"), 146800000);
	assert_int_equal(parse_ok("1 468 000,50 kr"), 146800050);
	assert_int_equal(parse_ok("1468000kr"), 146800000);
	assert_int_equal(parse_ok("1 468 000 KR"), 146800000);
	assert_int_equal(parse_ok("-1500.00"), -150000);
	assert_int_equal(parse_ok("-1500"), -150000);
	assert_int_equal(parse_ok("+12"), 1200);
	assert_int_equal(parse_ok("0,5"), 50);
	assert_int_equal(parse_ok("  42  "), 4200);
	assert_int_equal(parse_ok("1,500"), 150);          /* trailing zero decimals */
	assert_int_equal(parse_ok("\xE2\x88\x92" "1 500"), -150000);          /* U+2212 */
	assert_int_equal(parse_ok("1\xC2\xA0" "468\xC2\xA0" "000 kr"), 146800000); /* NBSP */
	assert_int_equal(parse_ok("1\xE2\x80\xAF" "468\xE2\x80\xAF" "000"), 146800000); /* NNBSP */
	assert_int_equal(parse_ok("1 468 000\xC2\xA0kr"), 146800000);
	assert_int_equal(parse_ok("92233720368547758,07"), INT64_MAX);
	assert_int_equal(parse_ok("-92233720368547758,08"), INT64_MIN);
}

static void test_parse_refusals(void **state)
{
	(void)state;
	parse_bad("", NULL);
	parse_bad("kr", NULL);
	parse_bad("12,3,4", NULL);
	parse_bad("1.468.000", NULL);
	parse_bad("abc", NULL);
	parse_bad("1 46 000", NULL);
	parse_bad("1468 000 0", NULL);
	parse_bad("1 468 000,505", "två decimaler");
	parse_bad("--5", NULL);
	parse_bad("5-", NULL);
	parse_bad("1,", NULL);
	parse_bad(",5", NULL);
	parse_bad("92233720368547758,08", "för stort");
	parse_bad("-92233720368547758,09", "för stort");
	parse_bad("99999999999999999999", "för stort");
}

static void test_parse_sie(void **state)
{
	struct err err;
	int64_t v;

	(void)state;
	assert_int_equal(money_parse_sie("-1500.00", &v, &err), 0);
	assert_int_equal(v, -150000);
	assert_int_equal(money_parse_sie("1500", &v, &err), 0);
	assert_int_equal(v, 150000);
	assert_int_equal(money_parse_sie("0.5", &v, &err), 0);
	assert_int_equal(v, 50);
	assert_int_equal(money_parse_sie("-0.05", &v, &err), 0);
	assert_int_equal(v, -5);
	assert_int_equal(money_parse_sie("1500.000", &v, &err), 0);
	assert_int_equal(v, 150000);
	assert_int_equal(money_parse_sie("1 500", &v, &err), -1);
	assert_int_equal(money_parse_sie("1,5", &v, &err), -1);
	assert_int_equal(money_parse_sie("", &v, &err), -1);
	assert_int_equal(money_parse_sie("-", &v, &err), -1);
	assert_int_equal(money_parse_sie("1e5", &v, &err), -1);
	assert_int_equal(money_parse_sie("1.005", &v, &err), -1);
	assert_int_equal(money_parse_sie("92233720368547758.08", &v, &err), -1);
	assert_non_null(strstr(err.msg, "för stort"));
}

static void test_arithmetic(void **state)
{
	int64_t v = 7;

	(void)state;
	assert_int_equal(money_add(1, 2, &v), 0);
	assert_int_equal(v, 3);
	assert_int_equal(money_add(INT64_MAX, 1, &v), -1);
	assert_int_equal(v, 3);
	assert_int_equal(money_sub(INT64_MIN, 1, &v), -1);
	assert_int_equal(money_sub(0, INT64_MIN, &v), -1);
	assert_int_equal(money_mul(INT64_MAX / 2 + 1, 2, &v), -1);
	assert_int_equal(money_mul(-3, 4, &v), 0);
	assert_int_equal(v, -12);
}

static void test_round(void **state)
{
	(void)state;
	assert_int_equal(money_round(149, MONEY_KR), 1);
	assert_int_equal(money_round(150, MONEY_KR), 2);
	assert_int_equal(money_round(-150, MONEY_KR), -2);
	assert_int_equal(money_round(-149, MONEY_KR), -1);
	assert_int_equal(money_round(146849900, MONEY_TKR), 1468);
	assert_int_equal(money_round(146850000, MONEY_TKR), 1469);
	assert_int_equal(money_round(-146850000, MONEY_TKR), -1469);
	assert_int_equal(money_round(INT64_MAX, MONEY_KR), INT64_MAX / 100);          /* ,07 */
	assert_int_equal(money_round(INT64_MAX - 57, MONEY_KR), INT64_MAX / 100);     /* ,50 */
	assert_int_equal(money_round(INT64_MIN, MONEY_KR), INT64_MIN / 100);          /* ,08 */
}

static void test_format(void **state)
{
	char b[48];

	(void)state;
	assert_string_equal(money_format(b, sizeof(b), 146800000, MONEY_STYLE_KR), "1 468 000");
	assert_string_equal(money_format(b, sizeof(b), -63681900, MONEY_STYLE_KR), "-636 819");
	assert_string_equal(money_format(b, sizeof(b), -49, MONEY_STYLE_KR), "0");
	assert_string_equal(money_format(b, sizeof(b), -50, MONEY_STYLE_KR), "-1");
	assert_string_equal(money_format(b, sizeof(b), 146800050, MONEY_STYLE_KR_ORE), "1 468 000,50");
	assert_string_equal(money_format(b, sizeof(b), -5, MONEY_STYLE_KR_ORE), "-0,05");
	assert_string_equal(money_format(b, sizeof(b), 0, MONEY_STYLE_KR_ORE), "0,00");
	assert_string_equal(money_format(b, sizeof(b), 146800000, MONEY_STYLE_TKR), "1 468");
	assert_string_equal(money_format(b, sizeof(b), 99999, MONEY_STYLE_KR), "1 000");
	assert_string_equal(money_format(b, sizeof(b), -150000, MONEY_STYLE_SIE), "-1500.00");
	assert_string_equal(money_format(b, sizeof(b), 50, MONEY_STYLE_SIE), "0.50");
	assert_string_equal(money_format(b, sizeof(b), INT64_MIN, MONEY_STYLE_KR_ORE),
			    "-92 233 720 368 547 758,08");
	assert_string_equal(money_format(b, sizeof(b), INT64_MAX, MONEY_STYLE_SIE),
			    "92233720368547758.07");
}

static void test_ratio(void **state)
{
	char b[32];

	(void)state;
	/* Ånge 2024: 181 052 / 750 746 = 0,24116… ; 817 871 / 1 234 697 = 0,66240… */
	assert_int_equal(ratio_format(b, sizeof(b), 181052, 750746, 4), 0);
	assert_string_equal(b, "0.2412");
	assert_int_equal(ratio_format(b, sizeof(b), 817871, 1234697, 4), 0);
	assert_string_equal(b, "0.6624");
	assert_int_equal(ratio_format(b, sizeof(b), -5, 100, 4), 0);
	assert_string_equal(b, "-0.0500");
	assert_int_equal(ratio_format(b, sizeof(b), 1, 3, 0), 0);
	assert_string_equal(b, "0");
	assert_int_equal(ratio_format(b, sizeof(b), 5, 2, 0), 0);
	assert_string_equal(b, "3");
	assert_int_equal(ratio_format(b, sizeof(b), INT64_MAX, 1, 2), 0);
	assert_string_equal(b, "9223372036854775807.00");
	assert_int_equal(ratio_format(b, sizeof(b), 1, 0, 4), -1);
	assert_string_equal(b, "");
	assert_int_equal(percent_format(b, sizeof(b), 181052, 1468000), 0);
	assert_string_equal(b, "12,3 %");
	assert_int_equal(percent_format(b, sizeof(b), 181052, 750746), 0);
	assert_string_equal(b, "24,1 %");
	assert_int_equal(percent_format(b, sizeof(b), 1, 0), -1);
	assert_string_equal(b, "\xE2\x80\x93");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_refusals),
		cmocka_unit_test(test_parse_sie),
		cmocka_unit_test(test_arithmetic),
		cmocka_unit_test(test_round),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_ratio),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
