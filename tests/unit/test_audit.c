/*
 * test_audit.c: what a logged change of a record did, as people read it
 * in the audit log: the fields that changed, or the values of an addition
 * or a removal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "app/app_int.h"

static void expect_text(const char *before, const char *after, const char *want)
{
	char *got = app_audit_change_text(before, after);

	if (!want) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void test_change_text(void **state)
{
	(void)state;
	/* Only what changed, in the record's own order, each field by its
	 * Swedish name and an amount in kronor. */
	expect_text("{\"id\":1,\"amount\":190000000,\"note\":\"\"}", "{\"id\":1,\"amount\":200000050,\"note\":\"Utökat\"}",
		    "belopp: 1 900 000 kr → 2 000 000,50 kr, anteckning: \"\" → \"Utökat\"");
	expect_text("{\"id\":1,\"note\":\"a\"}", "{\"id\":1,\"note\":\"a\"}", "inget ändrat");
	expect_text("{\"id\":1}", "{\"id\":1,\"year\":2025}", "år: (inget) → 2025");
	/* An addition and a removal show the values. */
	expect_text("", "{\"id\":3,\"name\":\"Forum\"}", "ny: id: 3, namn: \"Forum\"");
	expect_text("{\"id\":3,\"date\":null}", "", "borttagen: id: 3, datum: (inget)");
	/* A goal's assessment, a board role and a yes in Swedish; a key the
	 * log does not know keeps its name and value. */
	expect_text("", "{\"ref\":\"5.1\",\"period\":\"annual\",\"status\":\"met\",\"value\":400}",
		    "ny: mål: \"5.1\", period: helår, bedömning: Uppfyllt, värde: 400");
	expect_text("{\"role\":\"member\",\"replaced\":false}", "{\"role\":\"deputy\",\"replaced\":true}",
		    "roll: ledamot → ersättare, ersatte: nej → ja");
	expect_text("", "{\"wholly_new\":\"x\"}", "ny: wholly_new: \"x\"");
	/* A participant register's own line has no values; unreadable ones give nothing. */
	expect_text("", "", NULL);
	expect_text(NULL, NULL, NULL);
	expect_text("{not json", "", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_change_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
