/*
 * test_money.c: parsing, formatting, rounding and checked arithmetic of
 * amounts in öre, and ratios computed from integers. Every expected value
 * is worked out by hand; the INT64 limits are 92 233 720 368 547 758,07 kr
 * and -92 233 720 368 547 758,08 kr.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "base/money.h"

#define NBSP "\xC2\xA0"
#define NNBSP "\xE2\x80\xAF"
#define MINUS "\xE2\x88\x92"   /* U+2212 */

static int64_t parse_ok(const char *s)
{
	struct err err;
	int64_t v = -1;

	if (money_parse(s, &v, &err) != 0)
		fail_msg("'%s' was refused: %s", s, err.msg);
	return v;
}

/* Refusal: *out untouched, the message names the input as written. */
static void parse_bad(const char *s, const char *why)
{
	struct err err;
	int64_t v = 12345;
	char quoted[256];

	if (money_parse(s, &v, &err) == 0)
		fail_msg("'%s' was accepted as %lld", s, (long long)v);
	assert_int_equal(v, 12345);
	snprintf(quoted, sizeof(quoted), "kan inte tolka beloppet '%s'", s);
	if (strncmp(err.msg, quoted, strlen(quoted)) != 0)
		fail_msg("message for '%s' was '%s'", s, err.msg);
	if (why)
		assert_non_null(strstr(err.msg, why));
}

static int64_t sie_ok(const char *s)
{
	struct err err;
	int64_t v = -1;

	if (money_parse_sie(s, &v, &err) != 0)
		fail_msg("SIE '%s' was refused: %s", s, err.msg);
	return v;
}

static void sie_bad(const char *s, const char *why)
{
	struct err err;
	int64_t v = 12345;
	char quoted[256];

	if (money_parse_sie(s, &v, &err) == 0)
		fail_msg("SIE '%s' was accepted as %lld", s, (long long)v);
	assert_int_equal(v, 12345);
	snprintf(quoted, sizeof(quoted), "kan inte tolka beloppet '%s'", s);
	if (strncmp(err.msg, quoted, strlen(quoted)) != 0)
		fail_msg("message for SIE '%s' was '%s'", s, err.msg);
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
	assert_int_equal(parse_ok("1468000.50"), 146800050);
	assert_int_equal(parse_ok("1 468 000.50"), 146800050);
	assert_int_equal(parse_ok("-1500.00"), -150000);
	assert_int_equal(parse_ok("-1500"), -150000);
	assert_int_equal(parse_ok("+12"), 1200);
	assert_int_equal(parse_ok("0,5"), 50);
	assert_int_equal(parse_ok("0,01"), 1);
	assert_int_equal(parse_ok("-0,05"), -5);
	assert_int_equal(parse_ok("0"), 0);
	assert_int_equal(parse_ok("-0"), 0);
	assert_int_equal(parse_ok("999"), 99900);
	assert_int_equal(parse_ok("1 000"), 100000);
	assert_int_equal(parse_ok("12 345,67"), 1234567);
	assert_int_equal(parse_ok("007"), 700);
}

static void test_parse_suffix_and_blanks(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("1468000kr"), 146800000);
	assert_int_equal(parse_ok("1 468 000kr"), 146800000);
	assert_int_equal(parse_ok("1 468 000 KR"), 146800000);
	assert_int_equal(parse_ok("1 468 000 Kr"), 146800000);
	assert_int_equal(parse_ok("1 468 000 kR"), 146800000);
	assert_int_equal(parse_ok("1 468 000  kr"), 146800000);
	assert_int_equal(parse_ok("  42  "), 4200);
	assert_int_equal(parse_ok("\t-7,25 kr\r\n"), -725);
	assert_int_equal(parse_ok(" 1 468 000,50 kr "), 146800050);
}

static void test_parse_unicode(void **state)
{
	(void)state;
	assert_int_equal(parse_ok(MINUS "1 500"), -150000);
	assert_int_equal(parse_ok(MINUS "0,05"), -5);
	assert_int_equal(parse_ok("1" NBSP "468" NBSP "000 kr"), 146800000);
	assert_int_equal(parse_ok("1" NBSP "468" NBSP "000" NBSP "kr"), 146800000);
	assert_int_equal(parse_ok("1" NNBSP "468" NNBSP "000"), 146800000);
	assert_int_equal(parse_ok("1" NNBSP "468" NNBSP "000" NNBSP "kr"), 146800000);
	assert_int_equal(parse_ok("1 468" NBSP "000"), 146800000);     /* mixed */
	assert_int_equal(parse_ok(MINUS "636" NBSP "819,50 kr"), -63681950);
}

static void test_parse_decimals(void **state)
{
	(void)state;
	/* A third decimal is accepted only as a zero: "1,500" is 1 kr 50 öre. */
	assert_int_equal(parse_ok("1,500"), 150);
	assert_int_equal(parse_ok("1,50000"), 150);
	assert_int_equal(parse_ok("12,00"), 1200);
	assert_int_equal(parse_ok("12,0"), 1200);
	parse_bad("1 468 000,505", "högst två decimaler");
	parse_bad("1,005", "högst två decimaler");
	parse_bad("1,0001", "högst två decimaler");
}

static void test_parse_limits(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("92233720368547758,07"), INT64_MAX);
	assert_int_equal(parse_ok("92 233 720 368 547 758,07 kr"), INT64_MAX);
	assert_int_equal(parse_ok("-92233720368547758,08"), INT64_MIN);
	assert_int_equal(parse_ok(MINUS "92 233 720 368 547 758,08"), INT64_MIN);
	assert_int_equal(parse_ok("92233720368547758"), INT64_C(9223372036854775800));
	/* One öre more than the limit is refused, never wrapped. */
	parse_bad("92233720368547758,08", "för stort belopp");
	parse_bad("-92233720368547758,09", "för stort belopp");
	parse_bad("92233720368547759", "för stort belopp");
	parse_bad("99999999999999999999", "för stort belopp");
	parse_bad("184467440737095516,16", "för stort belopp");   /* 2^64 öre */
}

static void test_parse_refusals(void **state)
{
	struct err err;
	int64_t v = 7;

	(void)state;
	parse_bad("", NULL);
	parse_bad("   ", NULL);
	parse_bad("kr", NULL);
	parse_bad("12,3,4", NULL);
	parse_bad("1.468.000", NULL);
	parse_bad("abc", NULL);
	parse_bad("12abc", NULL);
	parse_bad("1 46 000", "fel sifferuppdelning");
	parse_bad("1468 000", "fel sifferuppdelning");
	parse_bad("1 468 00", "fel sifferuppdelning");
	parse_bad("1 4680", "fel sifferuppdelning");
	parse_bad("1468 000 0", "fel sifferuppdelning");
	parse_bad("1  468", NULL);
	parse_bad("--5", NULL);
	parse_bad("-+5", NULL);
	parse_bad("+-5", NULL);
	parse_bad(MINUS MINUS "5", NULL);
	parse_bad("- 5", NULL);
	parse_bad("5-", NULL);
	parse_bad("1,", NULL);
	parse_bad(",5", NULL);
	parse_bad(".5", NULL);
	parse_bad("1e5", NULL);
	parse_bad("0x10", NULL);
	parse_bad("1 468 000 kronor", NULL);
	parse_bad("12 kr 50", NULL);
	parse_bad("1 468 000,50,", NULL);
	parse_bad("1\xC2" "468", NULL);
	/* The exact message, without a reason when there is none to give. */
	assert_int_equal(money_parse("12,3,4", &v, &err), -1);
	assert_string_equal(err.msg, "kan inte tolka beloppet '12,3,4'");
	assert_int_equal(money_parse("1.468.000", &v, &err), -1);
	assert_string_equal(err.msg, "kan inte tolka beloppet '1.468.000'");
	assert_int_equal(money_parse("1 468 000,505", &v, &err), -1);
	assert_string_equal(err.msg, "kan inte tolka beloppet '1 468 000,505' (högst två decimaler)");
	assert_int_equal(money_parse("92233720368547758,08", &v, &err), -1);
	assert_string_equal(err.msg, "kan inte tolka beloppet '92233720368547758,08' (för stort belopp)");
	assert_int_equal(v, 7);
	/* A NULL err is allowed: the caller only wants to know. */
	assert_int_equal(money_parse("abc", &v, NULL), -1);
}

/* Larger units as people write them: exact öre, never rounded. */
static void test_parse_units(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("1,9 Mkr"), INT64_C(190000000));
	assert_int_equal(parse_ok("1,9 mkr"), INT64_C(190000000));
	assert_int_equal(parse_ok("1,9 Mnkr"), INT64_C(190000000));
	assert_int_equal(parse_ok("1,9 MNKR"), INT64_C(190000000));
	assert_int_equal(parse_ok("1,9Mkr"), INT64_C(190000000));
	assert_int_equal(parse_ok("1.9 Mkr"), INT64_C(190000000));
	assert_int_equal(parse_ok("2 Mkr"), INT64_C(200000000));
	assert_int_equal(parse_ok("250 tkr"), INT64_C(25000000));
	assert_int_equal(parse_ok("250 TKR"), INT64_C(25000000));
	assert_int_equal(parse_ok("1 250,5 tkr"), INT64_C(125050000));
	assert_int_equal(parse_ok("1900000 kr"), INT64_C(190000000));
	assert_int_equal(parse_ok("1 900 000 kr"), INT64_C(190000000));
	assert_int_equal(parse_ok("1" NBSP "900" NBSP "000" NBSP "kr"), INT64_C(190000000));
	assert_int_equal(parse_ok("-0,5 Mkr"), INT64_C(-50000000));
	/* Down to the öre in each unit; zeros beyond it are harmless. */
	assert_int_equal(parse_ok("1,23456789 Mkr"), INT64_C(123456789));
	assert_int_equal(parse_ok("0,00000001 Mkr"), 1);
	assert_int_equal(parse_ok("0,00001 tkr"), 1);
	assert_int_equal(parse_ok("1,234567890 Mkr"), INT64_C(123456789));
	parse_bad("1,234567891 Mkr", "högst åtta decimaler");
	parse_bad("0,000001 tkr", "högst fem decimaler");
	/* The largest amount in Mkr, and one öre more. */
	assert_int_equal(parse_ok("92 233 720 368,54775807 Mkr"), INT64_MAX);
	parse_bad("92 233 720 368,54775808 Mkr", "för stort belopp");
	parse_bad("92233720369 Mkr", "för stort belopp");
	parse_bad("9223372036854776 tkr", "för stort belopp");
	parse_bad("Mkr", NULL);
	parse_bad("1,9 Mk", NULL);
	parse_bad("1,9 M", NULL);
	parse_bad("1,9 miljoner", NULL);
	parse_bad("1,9 Mkr kr", NULL);
	parse_bad("1,9 kkr", NULL);
}

static void test_parse_sie(void **state)
{
	(void)state;
	assert_int_equal(sie_ok("-1500.00"), -150000);
	assert_int_equal(sie_ok("1500"), 150000);
	assert_int_equal(sie_ok("0.5"), 50);
	assert_int_equal(sie_ok("-0.05"), -5);
	assert_int_equal(sie_ok("1500.000"), 150000);
	assert_int_equal(sie_ok("1468000.50"), 146800050);
	assert_int_equal(sie_ok("0"), 0);
	assert_int_equal(sie_ok("-0"), 0);
	assert_int_equal(sie_ok("0.00"), 0);
	assert_int_equal(sie_ok("92233720368547758.07"), INT64_MAX);
	assert_int_equal(sie_ok("-92233720368547758.08"), INT64_MIN);
	sie_bad("1 500", NULL);
	sie_bad("1,5", NULL);
	sie_bad("", NULL);
	sie_bad("-", NULL);
	sie_bad("1e5", NULL);
	sie_bad("+12", NULL);
	sie_bad(MINUS "5", NULL);
	sie_bad("1500.", NULL);
	sie_bad(".5", NULL);
	sie_bad(" 1500", NULL);
	sie_bad("1500 kr", NULL);
	sie_bad("1" NBSP "500", NULL);
	sie_bad("1.005", "högst två decimaler");
	sie_bad("92233720368547758.08", "för stort belopp");
	sie_bad("-92233720368547758.09", "för stort belopp");
}

static void test_arithmetic(void **state)
{
	int64_t v = 7;

	(void)state;
	assert_int_equal(money_add(1, 2, &v), 0);
	assert_int_equal(v, 3);
	assert_int_equal(money_add(INT64_MAX, 0, &v), 0);
	assert_int_equal(v, INT64_MAX);
	assert_int_equal(money_add(INT64_MAX, INT64_MIN, &v), 0);
	assert_int_equal(v, -1);
	/* On overflow *out keeps its old value. */
	assert_int_equal(money_add(INT64_MAX, 1, &v), -1);
	assert_int_equal(v, -1);
	assert_int_equal(money_add(INT64_MIN, -1, &v), -1);
	assert_int_equal(money_sub(INT64_MIN, 1, &v), -1);
	assert_int_equal(money_sub(0, INT64_MIN, &v), -1);
	assert_int_equal(money_sub(INT64_MAX, -1, &v), -1);
	assert_int_equal(v, -1);
	assert_int_equal(money_sub(-1, INT64_MAX, &v), 0);
	assert_int_equal(v, INT64_MIN);
	assert_int_equal(money_sub(146800000, 63681900, &v), 0);
	assert_int_equal(v, 83118100);
	assert_int_equal(money_mul(-3, 4, &v), 0);
	assert_int_equal(v, -12);
	assert_int_equal(money_mul(0, INT64_MIN, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(money_mul(INT64_MAX, 1, &v), 0);
	assert_int_equal(v, INT64_MAX);
	assert_int_equal(money_mul(INT64_MAX / 2 + 1, 2, &v), -1);
	assert_int_equal(money_mul(INT64_MIN, -1, &v), -1);
	assert_int_equal(v, INT64_MAX);
}

static void test_round(void **state)
{
	(void)state;
	assert_int_equal(money_round(0, MONEY_KR), 0);
	assert_int_equal(money_round(49, MONEY_KR), 0);
	assert_int_equal(money_round(50, MONEY_KR), 1);
	assert_int_equal(money_round(100, MONEY_KR), 1);
	assert_int_equal(money_round(149, MONEY_KR), 1);
	assert_int_equal(money_round(150, MONEY_KR), 2);
	assert_int_equal(money_round(151, MONEY_KR), 2);
	assert_int_equal(money_round(-49, MONEY_KR), 0);
	assert_int_equal(money_round(-50, MONEY_KR), -1);
	assert_int_equal(money_round(-149, MONEY_KR), -1);
	assert_int_equal(money_round(-150, MONEY_KR), -2);
	/* 1 468 499 kr and 1 468 500 kr in tkr. */
	assert_int_equal(money_round(146849900, MONEY_TKR), 1468);
	assert_int_equal(money_round(146850000, MONEY_TKR), 1469);
	assert_int_equal(money_round(-146850000, MONEY_TKR), -1469);
	assert_int_equal(money_round(-146849999, MONEY_TKR), -1468);
	assert_int_equal(money_round(49999, MONEY_TKR), 0);
	assert_int_equal(money_round(50000, MONEY_TKR), 1);
	/* The limits: ...758,07 and ...758,08 round down in magnitude, ...757,50
	 * rounds up; nothing overflows on the way. */
	assert_int_equal(money_round(INT64_MAX, MONEY_KR), INT64_C(92233720368547758));
	assert_int_equal(money_round(INT64_MAX - 57, MONEY_KR), INT64_C(92233720368547758));
	assert_int_equal(money_round(INT64_MAX - 58, MONEY_KR), INT64_C(92233720368547757));
	assert_int_equal(money_round(INT64_MIN, MONEY_KR), INT64_C(-92233720368547758));
	assert_int_equal(money_round(INT64_MIN + 58, MONEY_KR), INT64_C(-92233720368547758));
	assert_int_equal(money_round(INT64_MAX, MONEY_TKR), INT64_C(92233720368548));
	assert_int_equal(money_round(INT64_MIN, MONEY_TKR), INT64_C(-92233720368548));
	assert_int_equal(money_round(INT64_MIN, 1), INT64_MIN);
	assert_int_equal(money_round(123, 0), 123);
}

static void check_format(int64_t ore, enum money_style style, const char *want)
{
	char b[32];

	memset(b, 'x', sizeof(b));
	assert_ptr_equal(money_format(b, sizeof(b), ore, style), b);
	if (strcmp(b, want) != 0)
		fail_msg("%lld in style %d gave '%s', want '%s'", (long long)ore, (int)style, b, want);
}

static void test_format(void **state)
{
	char small[5];

	(void)state;
	check_format(146800000, MONEY_STYLE_KR, "1 468 000");
	check_format(-63681900, MONEY_STYLE_KR, "-636 819");
	check_format(0, MONEY_STYLE_KR, "0");
	check_format(49, MONEY_STYLE_KR, "0");
	check_format(-49, MONEY_STYLE_KR, "0");
	check_format(50, MONEY_STYLE_KR, "1");
	check_format(-50, MONEY_STYLE_KR, "-1");
	check_format(99900, MONEY_STYLE_KR, "999");
	check_format(99999, MONEY_STYLE_KR, "1 000");
	check_format(12345678, MONEY_STYLE_KR, "123 457");
	check_format(INT64_MAX, MONEY_STYLE_KR, "92 233 720 368 547 758");
	check_format(INT64_MIN, MONEY_STYLE_KR, "-92 233 720 368 547 758");

	check_format(146800050, MONEY_STYLE_KR_ORE, "1 468 000,50");
	check_format(-5, MONEY_STYLE_KR_ORE, "-0,05");
	check_format(0, MONEY_STYLE_KR_ORE, "0,00");
	check_format(1, MONEY_STYLE_KR_ORE, "0,01");
	check_format(-63681900, MONEY_STYLE_KR_ORE, "-636 819,00");
	check_format(100000, MONEY_STYLE_KR_ORE, "1 000,00");
	check_format(INT64_MAX, MONEY_STYLE_KR_ORE, "92 233 720 368 547 758,07");
	check_format(INT64_MIN, MONEY_STYLE_KR_ORE, "-92 233 720 368 547 758,08");

	check_format(146800000, MONEY_STYLE_TKR, "1 468");
	check_format(146849900, MONEY_STYLE_TKR, "1 468");
	check_format(146850000, MONEY_STYLE_TKR, "1 469");
	check_format(-146850000, MONEY_STYLE_TKR, "-1 469");
	check_format(4999999, MONEY_STYLE_TKR, "50");
	check_format(-49999, MONEY_STYLE_TKR, "0");
	check_format(INT64_MAX, MONEY_STYLE_TKR, "92 233 720 368 548");
	check_format(INT64_MIN, MONEY_STYLE_TKR, "-92 233 720 368 548");

	check_format(-150000, MONEY_STYLE_SIE, "-1500.00");
	check_format(50, MONEY_STYLE_SIE, "0.50");
	check_format(146800000, MONEY_STYLE_SIE, "1468000.00");
	check_format(0, MONEY_STYLE_SIE, "0.00");
	check_format(-5, MONEY_STYLE_SIE, "-0.05");
	check_format(INT64_MAX, MONEY_STYLE_SIE, "92233720368547758.07");
	check_format(INT64_MIN, MONEY_STYLE_SIE, "-92233720368547758.08");

	/* A buffer too small is cut and still terminated. */
	money_format(small, sizeof(small), 146800000, MONEY_STYLE_KR);
	assert_string_equal(small, "1 46");
}

static void test_format_parse_round_trip(void **state)
{
	static const int64_t values[] = {
		0, 1, -1, 5, -5, 99, 100, 146800050, -63681900, INT64_MAX, INT64_MIN,
	};
	char b[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		assert_int_equal(parse_ok(money_format(b, sizeof(b), values[i], MONEY_STYLE_KR_ORE)),
				 values[i]);
		assert_int_equal(sie_ok(money_format(b, sizeof(b), values[i], MONEY_STYLE_SIE)),
				 values[i]);
	}
}

static void check_ratio(int64_t num, int64_t den, int decimals, const char *want)
{
	char b[32];

	assert_int_equal(ratio_format(b, sizeof(b), num, den, decimals), 0);
	if (strcmp(b, want) != 0)
		fail_msg("%lld/%lld with %d decimals gave '%s', want '%s'",
			 (long long)num, (long long)den, decimals, b, want);
}

static void test_ratio(void **state)
{
	char b[32];

	(void)state;
	/* 181 052 / 750 746 = 0,241162…; 817 871 / 1 234 697 = 0,662406… */
	check_ratio(181052, 750746, 4, "0.2412");
	check_ratio(817871, 1234697, 4, "0.6624");
	check_ratio(-5, 100, 4, "-0.0500");
	check_ratio(5, -100, 4, "-0.0500");
	check_ratio(-5, -100, 4, "0.0500");
	check_ratio(7, 7, 4, "1.0000");
	check_ratio(0, 5, 4, "0.0000");
	check_ratio(1, 3, 0, "0");
	check_ratio(2, 3, 0, "1");
	check_ratio(5, 2, 0, "3");
	check_ratio(-5, 2, 0, "-3");
	check_ratio(1, 8, 2, "0.13");
	check_ratio(-1, 8, 2, "-0.13");
	check_ratio(1, 20000, 4, "0.0001");     /* exactly half a unit of the last place */
	check_ratio(-1, 20000, 4, "-0.0001");
	check_ratio(1, 20001, 4, "0.0000");
	check_ratio(-1, 2000000, 4, "0.0000");  /* never "-0.0000" */
	check_ratio(1, 3, 6, "0.333333");
	check_ratio(2, 3, 6, "0.666667");
	check_ratio(INT64_MAX, 1, 6, "9223372036854775807.000000");
	check_ratio(INT64_MIN, 1, 6, "-9223372036854775808.000000");
	check_ratio(INT64_MIN, -1, 2, "9223372036854775808.00");
	check_ratio(INT64_MAX, INT64_MIN, 4, "-1.0000");
	/* den == 0 gives -1 and an empty string, whatever buf held. */
	memcpy(b, "xyz", 4);
	assert_int_equal(ratio_format(b, sizeof(b), 1, 0, 4), -1);
	assert_string_equal(b, "");
}

static void check_percent(int64_t num, int64_t den, const char *want)
{
	char b[32];

	assert_int_equal(percent_format(b, sizeof(b), num, den), 0);
	if (strcmp(b, want) != 0)
		fail_msg("%lld/%lld gave '%s', want '%s'", (long long)num, (long long)den, b, want);
}

static void test_percent(void **state)
{
	char b[32];

	(void)state;
	check_percent(181052, 1468000, "12,3 %");   /* 12,333… */
	check_percent(181052, 750746, "24,1 %");    /* 24,116… */
	check_percent(1, 8, "12,5 %");
	check_percent(1, 3, "33,3 %");
	check_percent(2, 3, "66,7 %");
	check_percent(-1, 3, "-33,3 %");
	check_percent(1, 2000, "0,1 %");            /* 0,05 % rounds away from zero */
	check_percent(-1, 2000, "-0,1 %");
	check_percent(1, 2001, "0,0 %");
	check_percent(-1, 2001, "0,0 %");
	check_percent(3, 2, "150,0 %");
	check_percent(0, 5, "0,0 %");
	check_percent(INT64_MAX, 1, "922337203685477580700,0 %");
	assert_int_equal(percent_format(b, sizeof(b), 1, 0), -1);
	assert_string_equal(b, "\xE2\x80\x93");
}

static void test_ratio_scaled(void **state)
{
	int64_t v = 7;

	(void)state;
	assert_int_equal(ratio_scaled(134844, 1500000, 3, &v), 0);
	assert_int_equal(v, 90);                       /* 8,99 % to tenths: 9,0 % */
	assert_int_equal(ratio_scaled(-1, 8, 2, &v), 0);
	assert_int_equal(v, -13);                      /* -0,125 away from zero */
	assert_int_equal(ratio_scaled(1, 0, 2, &v), -1);
	assert_int_equal(v, -13);
	assert_int_equal(ratio_scaled(INT64_MAX, 1, 3, &v), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_suffix_and_blanks),
		cmocka_unit_test(test_parse_units),
		cmocka_unit_test(test_parse_unicode),
		cmocka_unit_test(test_parse_decimals),
		cmocka_unit_test(test_parse_limits),
		cmocka_unit_test(test_parse_refusals),
		cmocka_unit_test(test_parse_sie),
		cmocka_unit_test(test_arithmetic),
		cmocka_unit_test(test_round),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_format_parse_round_trip),
		cmocka_unit_test(test_ratio),
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_ratio_scaled),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
