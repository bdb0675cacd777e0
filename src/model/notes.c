/*
 * notes.c: the notes' own figures from the year's books.
 */
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "model/interim.h"
#include "model/notes.h"

static const struct {
	const char *key, *label;
} kinds[COST__MAX] = {
	[COST_INTERVENTIONS] = { "interventions", "Bidrag till insatser" },
	[COST_STAFF] = { "staff", "Personalkostnader" },
	[COST_OTHER] = { "other", "Övriga kostnader" },
};

const char *cost_kind_key(enum cost_kind k)
{
	return k < COST__MAX ? kinds[k].key : "";
}

const char *cost_kind_label(enum cost_kind k)
{
	return k < COST__MAX ? kinds[k].label : "";
}

enum cost_kind cost_kind_of(const char *account, enum stmt_line l, const struct intervention *iv, size_t n_iv)
{
	size_t i;
	int key;

	if (l == LINE_EXPENSES_INTERVENTIONS)
		return COST_INTERVENTIONS;
	if (l == LINE_EXPENSES_STAFF)
		return COST_STAFF;
	if (l != LINE_EXPENSES)
		return COST_OTHER;
	for (i = 0; i < n_iv; i++)
		if (*iv[i].accounts && accounts_match(iv[i].accounts, account))
			return COST_INTERVENTIONS;
	key = account_key(account);
	return key >= COST_STAFF_FROM && key <= COST_STAFF_TO ? COST_STAFF : COST_OTHER;
}

/* What an account of the income statement adds: its result, or its
 * turnover when the file has no result for it (as the statements do). */
static int64_t result_of(const struct year_account *a)
{
	return a->has_res ? a->res : a->has_turnover ? a->turnover : 0;
}

int costs_by_kind(const struct year_books *b, const struct account_map *m, const struct intervention *iv,
		  size_t n_iv, int64_t out[COST__MAX], struct err *err)
{
	size_t i;

	memset(out, 0, sizeof(int64_t) * COST__MAX);
	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		enum stmt_line l = account_map_line(m, a->number);
		enum cost_kind k;

		if (!stmt_line_is_expense(l) && l != LINE_DEPRECIATION)
			continue;
		k = cost_kind_of(a->number, l, iv, n_iv);
		/* a cost is a debit: the statement prints it negative */
		if (money_sub(out[k], result_of(a), &out[k]) < 0)
			return err_set(err, "kostnaderna är för stora att summera (konto %s)", a->number);
	}
	return 0;
}

int provision_movement(const struct year_books *b, const struct account_map *m, struct provision_note *out,
		       struct err *err)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		int64_t opening = a->has_ib ? a->ib : 0;
		int64_t closing = a->has_ub ? a->ub : opening + (a->has_turnover ? a->turnover : 0);

		if (account_map_line(m, a->number) != LINE_PROVISIONS)
			continue;
		/* a provision is a credit: what is added is credited */
		if (money_sub(out->opening, opening, &out->opening) < 0 ||
		    money_sub(out->closing, closing, &out->closing) < 0 ||
		    money_sub(out->added, a->has_turnover ? a->credit : 0, &out->added) < 0 ||
		    money_add(out->paid, a->has_turnover ? a->debit : 0, &out->paid) < 0)
			return err_set(err, "avsättningarna är för stora att summera (konto %s)", a->number);
	}
	out->other = out->closing - out->opening - out->added + out->paid;
	return 0;
}
