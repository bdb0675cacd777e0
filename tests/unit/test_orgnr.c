/*
 * test_orgnr.c: organisation numbers and the Luhn check digit.
 *
 * Worked by hand, Luhn from the right, every second digit doubled (and 9
 * taken off when the double is above 9):
 *   222000-1990: 0 + 9*2=18->9 + 9 + 1*2=2 + 0 + 0 + 0 + 2*2=4 + 2 + 2*2=4 = 30
 *   556036-0793: 3 + 9*2=18->9 + 7 + 0 + 6 + 3*2=6 + 0 + 6*2=12->3 + 5 + 5*2=10->1 = 40
 * Both sums end in 0, so both are valid; changing the last digit breaks it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "base/orgnr.h"

static void parse_ok(const char *s, const char *want)
{
	char out[12];
	struct err err;

	memset(out, 'x', sizeof(out));
	if (orgnr_parse(s, out, &err) != 0)
		fail_msg("'%s' was refused: %s", s, err.msg);
	assert_string_equal(out, want);
}

static void parse_bad(const char *s, const char *want_msg)
{
	char out[12] = "untouched";
	struct err err;

	assert_int_equal(orgnr_parse(s, out, &err), -1);
	assert_string_equal(out, "untouched");
	assert_string_equal(err.msg, want_msg);
}

static void test_luhn(void **state)
{
	(void)state;
	assert_true(luhn_valid("2220001990"));
	assert_true(luhn_valid("5560360793"));
	assert_false(luhn_valid("2220001991"));
	assert_false(luhn_valid("5560360794"));
	/* A swap of two neighbours is caught. */
	assert_false(luhn_valid("2220009190"));
	assert_true(luhn_valid("0"));
	assert_true(luhn_valid("18"));          /* 8 + 1*2 = 10 */
	assert_true(luhn_valid("59"));          /* 9 + 5*2=10->1 = 10 */
	assert_false(luhn_valid("19"));
	assert_false(luhn_valid(""));
	assert_false(luhn_valid("222000-1990"));
	assert_false(luhn_valid("22200019a0"));
}

static void test_parse_forms(void **state)
{
	(void)state;
	parse_ok("222000-1990", "222000-1990");
	parse_ok("2220001990", "222000-1990");
	parse_ok("16222000-1990", "222000-1990");
	parse_ok("162220001990", "222000-1990");
	parse_ok("556036-0793", "556036-0793");
	parse_ok("5560360793", "556036-0793");
}

static void test_parse_refusals(void **state)
{
	char out[12];

	(void)state;
	parse_bad("222000-1991",
		  "kontrollsiffran stämmer inte i organisationsnumret '222000-1991'");
	parse_bad("2220001991",
		  "kontrollsiffran stämmer inte i organisationsnumret '2220001991'");
	parse_bad("16222000-1991",
		  "kontrollsiffran stämmer inte i organisationsnumret '16222000-1991'");
	parse_bad("22200-1990",
		  "organisationsnumret '22200-1990' ska ha tio siffror (NNNNNN-NNNN)");
	parse_bad("2220000-1990",
		  "organisationsnumret '2220000-1990' ska ha tio siffror (NNNNNN-NNNN)");
	parse_bad("",
		  "organisationsnumret '' ska ha tio siffror (NNNNNN-NNNN)");
	/* Twelve digits are only the "16" form. */
	parse_bad("192220001990",
		  "organisationsnumret '192220001990' ska ha tio siffror (NNNNNN-NNNN)");
	parse_bad("12345678901234567890",
		  "organisationsnumret '12345678901234567890' ska ha tio siffror (NNNNNN-NNNN)");
	parse_bad("22200A-1990",
		  "organisationsnumret '22200A-1990' får bara innehålla siffror och ett bindestreck");
	parse_bad("222000 1990",
		  "organisationsnumret '222000 1990' får bara innehålla siffror och ett bindestreck");
	parse_bad("22-20001990",
		  "bindestrecket står på fel plats i organisationsnumret '22-20001990' (NNNNNN-NNNN)");
	parse_bad("222000--1990",
		  "bindestrecket står på fel plats i organisationsnumret '222000--1990' (NNNNNN-NNNN)");
	parse_bad("2220001990-",
		  "bindestrecket står på fel plats i organisationsnumret '2220001990-' (NNNNNN-NNNN)");
	parse_bad("-2220001990",
		  "bindestrecket står på fel plats i organisationsnumret '-2220001990' (NNNNNN-NNNN)");
	parse_bad("16-222000-1990",
		  "bindestrecket står på fel plats i organisationsnumret '16-222000-1990' (NNNNNN-NNNN)");
	/* A NULL err is allowed. */
	assert_int_equal(orgnr_parse("222000-1991", out, NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_luhn),
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_refusals),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
