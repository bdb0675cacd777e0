/*
 * books.c: small pieces of the books' model: names of balance kinds and
 * statement lines, the loaded year's accounts, and the account map that
 * places each account on a statement line (the default from the BAS classes).
 */
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "model/books.h"

int fiscal_year_label(const struct fiscal_year *fy)
{
	return fy->period.end.y;
}

static const char *const balance_kind_names[BAL__MAX] = {
	[BAL_IB] = "ib", [BAL_UB] = "ub", [BAL_RES] = "res", [BAL_OIB] = "oib",
	[BAL_OUB] = "oub", [BAL_PSALDO] = "psaldo", [BAL_PBUDGET] = "pbudget",
};

const char *balance_kind_name(enum balance_kind k)
{
	return k < BAL__MAX ? balance_kind_names[k] : "";
}

int balance_kind_parse(const char *s, enum balance_kind *out)
{
	int k;

	for (k = 0; k < BAL__MAX; k++) {
		if (strcmp(s, balance_kind_names[k]) == 0) {
			*out = (enum balance_kind)k;
			return 0;
		}
	}
	return -1;
}

void year_books_release(struct year_books *b)
{
	free(b->accounts);
	b->accounts = NULL;
	b->n = 0;
}

const struct year_account *year_books_find(const struct year_books *b,
					   const char *number)
{
	size_t lo = 0, hi = b->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(b->accounts[mid].number, number);

		if (c == 0)
			return &b->accounts[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const struct {
	const char *key;
	const char *label;
} lines[LINE__MAX] = {
	[LINE_NONE] = { "none", "Ingen rad" },
	[LINE_REVENUE] = { "revenue", "Verksamhetens intäkter" },
	[LINE_EXPENSES] = { "expenses", "Verksamhetens kostnader" },
	[LINE_DEPRECIATION] = { "depreciation", "Avskrivningar" },
	[LINE_FINANCIAL_INCOME] = { "financial_income", "Finansiella intäkter" },
	[LINE_FINANCIAL_EXPENSES] = { "financial_expenses", "Finansiella kostnader" },
	[LINE_APPROPRIATIONS] = { "appropriations", "Bokslutsdispositioner och skatt" },
	[LINE_RESULT_TRANSFER] = { "result_transfer", "Årets resultat (bokslutspost)" },
	[LINE_FIXED_ASSETS] = { "fixed_assets", "Anläggningstillgångar" },
	[LINE_INVENTORIES] = { "inventories", "Förråd" },
	[LINE_RECEIVABLES] = { "receivables", "Fordringar" },
	[LINE_CASH_AND_BANK] = { "cash_and_bank", "Kassa och bank" },
	[LINE_EQUITY] = { "equity", "Eget kapital" },
	[LINE_PROVISIONS] = { "provisions", "Avsättningar" },
	[LINE_LONG_TERM_LIABILITIES] = { "long_term_liabilities", "Långfristiga skulder" },
	[LINE_CURRENT_LIABILITIES] = { "current_liabilities", "Kortfristiga skulder" },
	[LINE_GRANT] = { "grant", "Verksamhetens intäkter: driftbidrag från medlemmarna" },
	[LINE_EXPENSES_INTERVENTIONS] = { "expenses_interventions", "Verksamhetens kostnader: bidrag till insatser" },
	[LINE_EXPENSES_STAFF] = { "expenses_staff", "Verksamhetens kostnader: personalkostnader" },
};

const char *stmt_line_key(enum stmt_line l)
{
	return l < LINE__MAX ? lines[l].key : "none";
}

const char *stmt_line_label(enum stmt_line l)
{
	return l < LINE__MAX ? lines[l].label : lines[LINE_NONE].label;
}

int stmt_line_parse(const char *key, enum stmt_line *out)
{
	int l;

	for (l = 0; l < LINE__MAX; l++) {
		if (strcmp(key, lines[l].key) == 0) {
			*out = (enum stmt_line)l;
			return 0;
		}
	}
	return -1;
}

int stmt_line_is_result(enum stmt_line l)
{
	return (l >= LINE_REVENUE && l <= LINE_RESULT_TRANSFER) || l == LINE_GRANT || stmt_line_is_expense(l);
}

int stmt_line_is_expense(enum stmt_line l)
{
	return l == LINE_EXPENSES || l == LINE_EXPENSES_INTERVENTIONS || l == LINE_EXPENSES_STAFF;
}

void account_map_init(struct account_map *m)
{
	m->ranges = NULL;
	m->n = m->cap = 0;
}

void account_map_release(struct account_map *m)
{
	free(m->ranges);
	account_map_init(m);
}

void account_map_add(struct account_map *m, int from, int to, enum stmt_line line)
{
	m->ranges = xgrow(m->ranges, sizeof(*m->ranges), m->n + 1, &m->cap);
	m->ranges[m->n].from = from;
	m->ranges[m->n].to = to;
	m->ranges[m->n].line = line;
	m->n++;
}

void account_map_default(struct account_map *m)
{
	static const struct map_range bas[] = {
		{ 1000, 1399, LINE_FIXED_ASSETS },
		{ 1400, 1499, LINE_INVENTORIES },
		{ 1500, 1799, LINE_RECEIVABLES },
		{ 1800, 1999, LINE_CASH_AND_BANK },
		{ 2000, 2099, LINE_EQUITY },
		{ 2100, 2299, LINE_PROVISIONS },
		{ 2300, 2399, LINE_LONG_TERM_LIABILITIES },
		{ 2400, 2999, LINE_CURRENT_LIABILITIES },
		{ 3000, 3999, LINE_REVENUE },
		{ 4000, 7999, LINE_EXPENSES },
		{ 7800, 7899, LINE_DEPRECIATION },
		{ 8000, 8399, LINE_FINANCIAL_INCOME },
		{ 8400, 8799, LINE_FINANCIAL_EXPENSES },
		{ 8800, 8989, LINE_APPROPRIATIONS },
		{ 8990, 8999, LINE_RESULT_TRANSFER },
	};
	size_t i;

	m->n = 0;
	for (i = 0; i < sizeof(bas) / sizeof(bas[0]); i++)
		account_map_add(m, bas[i].from, bas[i].to, bas[i].line);
}

int account_key(const char *account)
{
	int key = 0, i;

	if (!account || account[0] < '0' || account[0] > '9')
		return -1;
	for (i = 0; i < 4; i++) {
		char c = account[i];

		if (c == '\0') {
			for (; i < 4; i++)
				key *= 10;
			break;
		}
		if (c < '0' || c > '9')
			return -1;
		key = key * 10 + (c - '0');
	}
	return key;
}

enum stmt_line account_map_line(const struct account_map *m, const char *account)
{
	int key = account_key(account), best_span = -1;
	enum stmt_line best = LINE_NONE;
	size_t i;

	if (key < 0)
		return LINE_NONE;
	for (i = 0; i < m->n; i++) {
		const struct map_range *r = &m->ranges[i];
		int span = r->to - r->from;

		if (key < r->from || key > r->to)
			continue;
		if (best_span < 0 || span <= best_span) {
			best_span = span;
			best = r->line;
		}
	}
	return best;
}
