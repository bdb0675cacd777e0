/*
 * test_pnr.c: personal identity and co-ordination numbers: the forms, the
 * century, and every kind of bad number, with messages that never repeat
 * the number.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
