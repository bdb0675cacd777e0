/*
 * test_books.c: account keys, the default BAS account map and overrides,
 * statement line names, and finding accounts in a loaded year.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "model/books.h"

static void test_account_key(void **state)
{
	(void)state;
	assert_int_equal(account_key("1930"), 1930);
	assert_int_equal(account_key("30"), 3000);
	assert_int_equal(account_key("3"), 3000);
	assert_int_equal(account_key("40105"), 4010);
	assert_int_equal(account_key("0123"), 123);
	assert_int_equal(account_key("A100"), -1);
	assert_int_equal(account_key("19x0"), -1);
	assert_int_equal(account_key(""), -1);
}

static void test_default_map(void **state)
{
	struct account_map m;
	static const struct {
		const char *account;
		enum stmt_line line;
	} cases[] = {
		{ "1220", LINE_FIXED_ASSETS }, { "1460", LINE_INVENTORIES },
		{ "1510", LINE_RECEIVABLES }, { "1790", LINE_RECEIVABLES },
		{ "1930", LINE_CASH_AND_BANK }, { "1890", LINE_CASH_AND_BANK },
		{ "2099", LINE_EQUITY }, { "2230", LINE_PROVISIONS },
		{ "2350", LINE_LONG_TERM_LIABILITIES }, { "2440", LINE_CURRENT_LIABILITIES },
		{ "2990", LINE_CURRENT_LIABILITIES }, { "3010", LINE_REVENUE },
		{ "4010", LINE_EXPENSES }, { "7699", LINE_EXPENSES },
		{ "7832", LINE_DEPRECIATION }, { "7900", LINE_EXPENSES },
		{ "8310", LINE_FINANCIAL_INCOME }, { "8410", LINE_FINANCIAL_EXPENSES },
		{ "8910", LINE_APPROPRIATIONS }, { "8999", LINE_RESULT_TRANSFER },
		{ "9000", LINE_NONE }, { "0999", LINE_NONE }, { "X1", LINE_NONE },
	};
	size_t i;

	(void)state;
	account_map_init(&m);
	account_map_default(&m);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum stmt_line got = account_map_line(&m, cases[i].account);

		if (got != cases[i].line)
			fail_msg("account %s: line %s, expected %s", cases[i].account,
				 stmt_line_key(got), stmt_line_key(cases[i].line));
	}
	account_map_release(&m);
}

static void test_override(void **state)
{
	struct account_map m;

	(void)state;
	account_map_init(&m);
	account_map_default(&m);
	/* Kommun-Bas: 84 financial income, 85 financial costs. */
	account_map_add(&m, 8400, 8499, LINE_FINANCIAL_INCOME);
	account_map_add(&m, 8500, 8599, LINE_FINANCIAL_EXPENSES);
	assert_int_equal(account_map_line(&m, "8410"), LINE_FINANCIAL_INCOME);
	assert_int_equal(account_map_line(&m, "8510"), LINE_FINANCIAL_EXPENSES);
	assert_int_equal(account_map_line(&m, "8610"), LINE_FINANCIAL_EXPENSES);
	/* A tie goes to the later range. */
	account_map_add(&m, 8400, 8499, LINE_NONE);
	assert_int_equal(account_map_line(&m, "8410"), LINE_NONE);
	/* A single account. */
	account_map_add(&m, 1930, 1930, LINE_RECEIVABLES);
	assert_int_equal(account_map_line(&m, "1930"), LINE_RECEIVABLES);
	assert_int_equal(account_map_line(&m, "1931"), LINE_CASH_AND_BANK);
	account_map_release(&m);
	assert_int_equal(m.n, 0);
}

static void test_line_names(void **state)
{
	int l;

	(void)state;
	for (l = 0; l < LINE__MAX; l++) {
		enum stmt_line back;

		assert_int_equal(stmt_line_parse(stmt_line_key((enum stmt_line)l), &back), 0);
		assert_int_equal(back, l);
		assert_true(strlen(stmt_line_label((enum stmt_line)l)) > 0);
	}
	assert_int_equal(stmt_line_parse("bogus", &(enum stmt_line){ LINE_NONE }), -1);
	assert_string_equal(stmt_line_label(LINE_CASH_AND_BANK), "Kassa och bank");
	assert_true(stmt_line_is_result(LINE_REVENUE));
	assert_true(stmt_line_is_result(LINE_RESULT_TRANSFER));
	assert_false(stmt_line_is_result(LINE_EQUITY));
	assert_false(stmt_line_is_result(LINE_NONE));
}

static void test_balance_kinds(void **state)
{
	int k;

	(void)state;
	for (k = 0; k < BAL__MAX; k++) {
		enum balance_kind back;

		assert_int_equal(balance_kind_parse(balance_kind_name((enum balance_kind)k), &back), 0);
		assert_int_equal(back, k);
	}
	assert_string_equal(balance_kind_name(BAL_PSALDO), "psaldo");
}

static void test_find(void **state)
{
	struct year_account acc[3] = { { .number = "1510" }, { .number = "1930" }, { .number = "3010" } };
	struct year_books b = { .accounts = acc, .n = 3 };
	struct fiscal_year fy = { .period = { { 2023, 7, 1 }, { 2024, 6, 30 } } };

	(void)state;
	assert_ptr_equal(year_books_find(&b, "1930"), &acc[1]);
	assert_ptr_equal(year_books_find(&b, "1510"), &acc[0]);
	assert_ptr_equal(year_books_find(&b, "3010"), &acc[2]);
	assert_null(year_books_find(&b, "2440"));
	assert_int_equal(fiscal_year_label(&fy), 2024);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_account_key),
		cmocka_unit_test(test_default_map),
		cmocka_unit_test(test_override),
		cmocka_unit_test(test_line_names),
		cmocka_unit_test(test_balance_kinds),
		cmocka_unit_test(test_find),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
