/*
 * test_books.c: account keys, the default BAS account map and overrides by
 * narrower ranges, the names of balance kinds and statement lines, fiscal
 * year labels and finding accounts in a loaded year.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/xmalloc.h"
#include "model/books.h"

static void test_account_key(void **state)
{
	(void)state;
	assert_int_equal(account_key("1930"), 1930);
	/* Shorter numbers are padded with zeros on the right. */
	assert_int_equal(account_key("30"), 3000);
	assert_int_equal(account_key("3"), 3000);
	assert_int_equal(account_key("193"), 1930);
	/* Longer ones are cut to their first four digits. */
	assert_int_equal(account_key("40105"), 4010);
	assert_int_equal(account_key("19301234"), 1930);
	/* Only the first four characters must be digits. */
	assert_int_equal(account_key("1930-A"), 1930);
	assert_int_equal(account_key("0123"), 123);
	assert_int_equal(account_key("0"), 0);
	assert_int_equal(account_key("A100"), -1);
	assert_int_equal(account_key("19x0"), -1);
	assert_int_equal(account_key("193 "), -1);
	assert_int_equal(account_key("-193"), -1);
	assert_int_equal(account_key(""), -1);
}

static void test_default_map(void **state)
{
	struct account_map m;
	static const struct {
		const char *account;
		enum stmt_line line;
	} cases[] = {
		/* The accounts a förbund's books typically hold. */
		{ "1510", LINE_RECEIVABLES }, { "1930", LINE_CASH_AND_BANK },
		{ "2099", LINE_EQUITY }, { "2440", LINE_CURRENT_LIABILITIES },
		{ "3010", LINE_REVENUE }, { "4010", LINE_EXPENSES },
		{ "7832", LINE_DEPRECIATION }, { "8310", LINE_FINANCIAL_INCOME },
		{ "8410", LINE_FINANCIAL_EXPENSES }, { "8999", LINE_RESULT_TRANSFER },
		{ "9000", LINE_NONE },
		/* Both ends of every range. */
		{ "1000", LINE_FIXED_ASSETS }, { "1399", LINE_FIXED_ASSETS },
		{ "1400", LINE_INVENTORIES }, { "1499", LINE_INVENTORIES },
		{ "1500", LINE_RECEIVABLES }, { "1799", LINE_RECEIVABLES },
		{ "1800", LINE_CASH_AND_BANK }, { "1999", LINE_CASH_AND_BANK },
		{ "2000", LINE_EQUITY }, { "2100", LINE_PROVISIONS },
		{ "2299", LINE_PROVISIONS }, { "2300", LINE_LONG_TERM_LIABILITIES },
		{ "2399", LINE_LONG_TERM_LIABILITIES }, { "2400", LINE_CURRENT_LIABILITIES },
		{ "2999", LINE_CURRENT_LIABILITIES }, { "3000", LINE_REVENUE },
		{ "3999", LINE_REVENUE }, { "4000", LINE_EXPENSES },
		/* 7800–7899 lies inside 4000–7999 and, being narrower, wins. */
		{ "7799", LINE_EXPENSES }, { "7800", LINE_DEPRECIATION },
		{ "7899", LINE_DEPRECIATION }, { "7900", LINE_EXPENSES },
		{ "7999", LINE_EXPENSES }, { "8000", LINE_FINANCIAL_INCOME },
		{ "8399", LINE_FINANCIAL_INCOME }, { "8400", LINE_FINANCIAL_EXPENSES },
		{ "8799", LINE_FINANCIAL_EXPENSES }, { "8800", LINE_APPROPRIATIONS },
		{ "8989", LINE_APPROPRIATIONS }, { "8990", LINE_RESULT_TRANSFER },
		/* Sub-accounts and short numbers go by their key. */
		{ "19301", LINE_CASH_AND_BANK }, { "30", LINE_REVENUE },
		/* Outside every range, or no account number at all. */
		{ "0999", LINE_NONE }, { "9999", LINE_NONE }, { "X1", LINE_NONE },
		{ "", LINE_NONE },
	};
	size_t i;

	(void)state;
	account_map_init(&m);
	account_map_default(&m);
	assert_int_equal(m.n, 15);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum stmt_line got = account_map_line(&m, cases[i].account);

		if (got != cases[i].line)
			fail_msg("account '%s': line %s, expected %s", cases[i].account,
				 stmt_line_key(got), stmt_line_key(cases[i].line));
	}
	/* The default empties the map first: filling it twice leaves 15. */
	account_map_add(&m, 1930, 1930, LINE_NONE);
	account_map_default(&m);
	assert_int_equal(m.n, 15);
	assert_int_equal(account_map_line(&m, "1930"), LINE_CASH_AND_BANK);
	account_map_release(&m);
	assert_null(m.ranges);
	assert_int_equal(m.n, 0);
}

static void test_override(void **state)
{
	struct account_map m;

	(void)state;
	account_map_init(&m);
	account_map_default(&m);
	/* Kommun-Bas: 84 financial income, 85 financial costs. The user's
	 * ranges (100 wide) are narrower than 8400–8799 (400 wide). */
	account_map_add(&m, 8400, 8499, LINE_FINANCIAL_INCOME);
	account_map_add(&m, 8500, 8599, LINE_FINANCIAL_EXPENSES);
	assert_int_equal(account_map_line(&m, "8410"), LINE_FINANCIAL_INCOME);
	assert_int_equal(account_map_line(&m, "8510"), LINE_FINANCIAL_EXPENSES);
	assert_int_equal(account_map_line(&m, "8610"), LINE_FINANCIAL_EXPENSES);
	/* A wider range added later does not override a narrower one. */
	account_map_add(&m, 3000, 4999, LINE_NONE);
	assert_int_equal(account_map_line(&m, "3010"), LINE_REVENUE);
	/* An equally wide range added later does. */
	account_map_add(&m, 8400, 8499, LINE_NONE);
	assert_int_equal(account_map_line(&m, "8410"), LINE_NONE);
	/* A single account. */
	account_map_add(&m, 1930, 1930, LINE_RECEIVABLES);
	assert_int_equal(account_map_line(&m, "1930"), LINE_RECEIVABLES);
	assert_int_equal(account_map_line(&m, "19305"), LINE_RECEIVABLES);
	assert_int_equal(account_map_line(&m, "1931"), LINE_CASH_AND_BANK);
	/* A range that reaches outside the default ones. */
	account_map_add(&m, 9000, 9099, LINE_EXPENSES);
	assert_int_equal(account_map_line(&m, "9050"), LINE_EXPENSES);
	assert_int_equal(account_map_line(&m, "9100"), LINE_NONE);
	assert_int_equal(m.n, 21);
	assert_true(m.cap >= m.n);
	account_map_release(&m);
	assert_int_equal(m.n, 0);
}

static void test_empty_map(void **state)
{
	struct account_map m;

	(void)state;
	account_map_init(&m);
	assert_int_equal(account_map_line(&m, "1930"), LINE_NONE);
	account_map_add(&m, 1000, 1999, LINE_FIXED_ASSETS);
	assert_int_equal(account_map_line(&m, "1930"), LINE_FIXED_ASSETS);
	assert_int_equal(account_map_line(&m, "2010"), LINE_NONE);
	account_map_release(&m);
}

static void test_line_names(void **state)
{
	static const char *const keys[LINE__MAX] = {
		"none", "revenue", "expenses", "depreciation", "financial_income",
		"financial_expenses", "appropriations", "result_transfer", "fixed_assets",
		"inventories", "receivables", "cash_and_bank", "equity", "provisions",
		"long_term_liabilities", "current_liabilities", "grant", "expenses_interventions",
		"expenses_staff",
	};
	static const char *const labels[LINE__MAX] = {
		"Ingen rad", "Verksamhetens intäkter", "Verksamhetens kostnader",
		"Avskrivningar", "Finansiella intäkter", "Finansiella kostnader",
		"Bokslutsdispositioner och skatt", "Årets resultat (bokslutspost)",
		"Anläggningstillgångar", "Förråd", "Fordringar", "Kassa och bank",
		"Eget kapital", "Avsättningar", "Långfristiga skulder", "Kortfristiga skulder",
		"Verksamhetens intäkter: driftbidrag från medlemmarna",
		"Verksamhetens kostnader: bidrag till insatser", "Verksamhetens kostnader: personalkostnader",
	};
	enum stmt_line back = LINE_EQUITY;
	int l;

	(void)state;
	for (l = 0; l < LINE__MAX; l++) {
		assert_string_equal(stmt_line_key((enum stmt_line)l), keys[l]);
		assert_string_equal(stmt_line_label((enum stmt_line)l), labels[l]);
		assert_int_equal(stmt_line_parse(keys[l], &back), 0);
		assert_int_equal(back, l);
	}
	back = LINE_EQUITY;
	assert_int_equal(stmt_line_parse("bogus", &back), -1);
	assert_int_equal(stmt_line_parse("Revenue", &back), -1);
	assert_int_equal(stmt_line_parse("", &back), -1);
	assert_int_equal(back, LINE_EQUITY);   /* untouched on failure */
	for (l = 0; l < LINE__MAX; l++)
		assert_int_equal(stmt_line_is_result((enum stmt_line)l),
				 (l >= LINE_REVENUE && l <= LINE_RESULT_TRANSFER) || l == LINE_GRANT ||
					 l == LINE_EXPENSES_INTERVENTIONS || l == LINE_EXPENSES_STAFF);
}

static void test_balance_kinds(void **state)
{
	static const char *const names[BAL__MAX] = {
		"ib", "ub", "res", "oib", "oub", "psaldo", "pbudget",
	};
	enum balance_kind back = BAL_UB;
	int k;

	(void)state;
	for (k = 0; k < BAL__MAX; k++) {
		assert_string_equal(balance_kind_name((enum balance_kind)k), names[k]);
		assert_int_equal(balance_kind_parse(names[k], &back), 0);
		assert_int_equal(back, k);
	}
	back = BAL_UB;
	assert_int_equal(balance_kind_parse("IB", &back), -1);
	assert_int_equal(balance_kind_parse("saldo", &back), -1);
	assert_int_equal(back, BAL_UB);
}

static void test_fiscal_year_label(void **state)
{
	struct fiscal_year calendar = { .period = { { 2024, 1, 1 }, { 2024, 12, 31 } } };
	struct fiscal_year broken = { .period = { { 2023, 7, 1 }, { 2024, 6, 30 } } };

	(void)state;
	assert_int_equal(fiscal_year_label(&calendar), 2024);
	/* A broken fiscal year is named by the year it ends in. */
	assert_int_equal(fiscal_year_label(&broken), 2024);
}

static void test_find(void **state)
{
	/* Sorted as text: "19301" comes between "1930" and "2440". */
	struct year_account acc[5] = {
		{ .number = "1510" }, { .number = "1930" }, { .number = "19301" },
		{ .number = "2440" }, { .number = "3010" },
	};
	struct year_books b = { .accounts = acc, .n = 5 };
	struct year_books none = { .accounts = NULL, .n = 0 };
	size_t i;

	(void)state;
	for (i = 0; i < 5; i++)
		assert_ptr_equal(year_books_find(&b, acc[i].number), &acc[i]);
	assert_null(year_books_find(&b, "193"));
	assert_null(year_books_find(&b, "1000"));
	assert_null(year_books_find(&b, "9999"));
	assert_null(year_books_find(&b, ""));
	assert_null(year_books_find(&none, "1930"));
}

static void test_release(void **state)
{
	struct year_books b = { .n = 2 };

	(void)state;
	b.accounts = xcalloc(2, sizeof(*b.accounts));
	memcpy(b.accounts[0].number, "1930", 5);
	memcpy(b.accounts[1].number, "2440", 5);
	assert_non_null(year_books_find(&b, "2440"));
	year_books_release(&b);
	assert_null(b.accounts);
	assert_int_equal(b.n, 0);
	assert_null(year_books_find(&b, "2440"));
	year_books_release(&b);   /* twice is harmless */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_account_key),
		cmocka_unit_test(test_default_map),
		cmocka_unit_test(test_override),
		cmocka_unit_test(test_empty_map),
		cmocka_unit_test(test_line_names),
		cmocka_unit_test(test_balance_kinds),
		cmocka_unit_test(test_fiscal_year_label),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_release),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
