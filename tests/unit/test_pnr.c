/*
 * test_pnr.c: personal identity and co-ordination numbers: the forms, the
 * century, and every kind of bad number, with messages that never repeat
 * the number, and the masking of anything that looks like a number in
 * every message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "base/pnr.h"

static const struct date today = { 2026, 11, 22 };

static void ok(const char *s, const char *digits, int coordination)
{
	struct pnr p;
	struct err err;

	if (pnr_parse(s, today, &p, &err) != 0)
		fail_msg("%s refused: %s", s, err.msg);
	assert_string_equal(p.digits, digits);
	assert_int_equal(p.coordination, coordination);
}

static void bad(const char *s, const char *why)
{
	struct pnr p;
	struct err err;

	assert_int_equal(pnr_parse(s, today, &p, &err), -1);
	assert_non_null(strstr(err.msg, why));
	/* The number is never repeated in the message. */
	if (strlen(s) >= 6)
		assert_null(strstr(err.msg, s + strlen(s) - 4));
}

static void test_forms(void **state)
{
	(void)state;
	/* Skatteverket's test numbers. */
	ok("19121212-1212", "191212121212", 0);
	ok("191212121212", "191212121212", 0);
	ok("121212-1212", "201212121212", 0);       /* 2012, not 1912 */
	ok("121212+1212", "191212121212", 0);       /* 100 years or more */
	ok("1212121212", "201212121212", 0);
	ok("19701063-2391", "197010632391", 1);     /* samordningsnummer: day 3 + 60 */
	ok(" 19121212 - 1212 ", "191212121212", 0);
}

static void test_refused(void **state)
{
	(void)state;
	bad("19121212-1213", "kontrollsiffran");
	bad("19120230-1212", "giltigt födelsedatum");
	bad("19701093-2391", "samordningsnumret");
	bad("20991212-1212", "framtiden");
	bad("1212121212121", "för många siffror");
	bad("121212-121", "10 eller 12 siffror");
	bad("19121212+1212", "plustecken");
	bad("1912121X-1212", "bara innehålla siffror");
	bad("", "10 eller 12 siffror");
}

static void masked(const char *s, const char *want)
{
	char out[200];

	assert_string_equal(pnr_mask(out, sizeof(out), s), want);
}

/* Anything that looks like a number, valid or not, is masked wherever it
 * stands; organisation numbers, dates, amounts and other figures stay. */
static void test_mask(void **state)
{
	(void)state;
	masked("kod 19121212-1212 fel", "kod (personnummer dolt) fel");
	masked("19121212-1213", "(personnummer dolt)");            /* a wrong check digit */
	masked("'191212121212'", "'(personnummer dolt)'");
	masked("121212-1212, 121212+1212 och 1212121212",
	       "(personnummer dolt), (personnummer dolt) och (personnummer dolt)");
	masked("D19701063-2391x", "D(personnummer dolt)x");        /* samordningsnummer, inside a word */
	masked("19990231-0000", "(personnummer dolt)");            /* 31 February: a day of some month */
	masked("a 121212-1212 b 19121212-1212", "a (personnummer dolt) b (personnummer dolt)");
	/* What stays. */
	masked("organisationsnummer 222000-1990", "organisationsnummer 222000-1990");
	masked("5560001234 och 165560001234", "5560001234 och 165560001234");
	masked("2024-01-05, 20240105, 1 472 000, 147200000, 12345678901",
	       "2024-01-05, 20240105, 1 472 000, 147200000, 12345678901");
	masked("1912121212121 har 13 siffror", "1912121212121 har 13 siffror");
	masked("121212-12123", "121212-12123");
	/* No date in front: a checksum, not a person. */
	masked("beräknad 3710004648", "beräknad 3710004648");
	masked("19991399-0000 och 1913001212", "19991399-0000 och 1913001212");
	masked("", "");
}

/* A text cut to fit never ends with part of a number or of a character. */
static void test_mask_cut(void **state)
{
	char out[16];

	(void)state;
	assert_string_equal(pnr_mask(out, sizeof(out), "abc 1234567890123"), "abc ");
	assert_string_equal(pnr_mask(out, 12, "ab 12 cdefghij"), "ab 12 cdefg");
	assert_string_equal(pnr_mask(out, 8, "abcdeåäö"), "abcdeå");
	assert_string_equal(pnr_mask(out, 10, "x 19121212-1212"), "x ");
	assert_string_equal(pnr_mask(out, 1, "abc"), "");
}

/* Every message made with err_* has its numbers masked. */
static void test_err_masks(void **state)
{
	struct err err;

	(void)state;
	err_set(&err, "ogiltigt födelseår '%s'", "19121212-1212");
	assert_string_equal(err.msg, "ogiltigt födelseår '(personnummer dolt)'");
	err_set_at(&err, "lista-191212121212.csv", 3, 0, "det finns ingen insats '%s'", "X 1212121212");
	assert_string_equal(err.msg,
			    "lista-(personnummer dolt).csv, rad 3: det finns ingen insats 'X (personnummer dolt)'");
	err_prefix(&err, "deltagaren %s", "121212-1212");
	assert_null(strstr(err.msg, "1212121212"));
	assert_null(strstr(err.msg, "121212-1212"));
	assert_non_null(strstr(err.msg, "deltagaren (personnummer dolt): lista-"));
	err_see(&err, "finsam participant show %s", "19121212-1212");
	assert_string_equal(err.see, "finsam participant show (personnummer dolt)");
	err_set(&err, "filen gäller organisationsnummer %s", "222000-1990");
	assert_string_equal(err.msg, "filen gäller organisationsnummer 222000-1990");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_mask),
		cmocka_unit_test(test_mask_cut),
		cmocka_unit_test(test_err_masks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
