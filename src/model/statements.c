/*
 * statements.c: resultaträkning, balansräkning and kassaflödesanalys of one
 * year from its accounts' balances, through the account map. SIE amounts are
 * debit-positive (revenue, equity and liabilities negative); the statements
 * turn them into the signs the annual reports print.
 */
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "model/statements.h"

/* Sums per statement line: opening and closing balances, and the year's
 * result per income-statement line, all debit-positive as in the file. */
struct line_sums {
	int64_t opening[LINE__MAX];
	int64_t closing[LINE__MAX];
	int64_t result[LINE__MAX];
	int64_t balance_total;   /* closing over every balance-sheet line */
};

static int add(int64_t *acc, int64_t v, const char *account, struct err *err)
{
	if (money_add(*acc, v, acc) < 0)
		return err_set(err, "beloppen är för stora att summera (konto %s)", account);
	return 0;
}

static int sum_lines(const struct year_books *b, const struct account_map *map,
		     struct line_sums *s, struct err *err)
{
	size_t i;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		enum stmt_line l = account_map_line(map, a->number);
		int64_t opening = a->has_ib ? a->ib : 0, closing, result;

		if (l == LINE_NONE)
			continue;
		if (stmt_line_is_result(l)) {
			result = a->has_res ? a->res : (a->has_turnover ? a->turnover : 0);
			if (add(&s->result[l], result, a->number, err) < 0)
				return -1;
			continue;
		}
		if (a->has_ub)
			closing = a->ub;
		else if (money_add(opening, a->has_turnover ? a->turnover : 0, &closing) < 0)
			return err_set(err, "beloppen är för stora att summera (konto %s)", a->number);
		if (add(&s->opening[l], opening, a->number, err) < 0 ||
		    add(&s->closing[l], closing, a->number, err) < 0 ||
		    add(&s->balance_total, closing, a->number, err) < 0)
			return -1;
	}
	return 0;
}

/* Checked sum of n terms; -1 on overflow. */
static int sum(int64_t *out, int n, const int64_t *terms)
{
	int64_t acc = 0;
	int i;

	for (i = 0; i < n; i++)
		if (money_add(acc, terms[i], &acc) < 0)
			return -1;
	*out = acc;
	return 0;
}

#define SUM(out, ...) sum((out), (int)(sizeof((int64_t[]){ __VA_ARGS__ }) / sizeof(int64_t)), \
			  (int64_t[]){ __VA_ARGS__ })

/* Display sign of a credit line: -x, with -INT64_MIN refused. */
static int neg(int64_t x, int64_t *out)
{
	return money_sub(0, x, out);
}

int statements_compute(const struct year_books *b, const struct account_map *map,
		       struct statements *out, struct err *err)
{
	struct line_sums s;
	struct income_statement *is = &out->is;
	struct balance_sheet *bs = &out->bs;
	struct cash_flow *cf = &out->cf;
	int64_t booked_equity, opening_equity, depreciation, d_prov, d_rec, d_cur, d_fixed,
		d_long, other_equity_change, t;

	memset(out, 0, sizeof(*out));
	out->year = fiscal_year_label(&b->year);
	out->period = b->year.period;
	if (sum_lines(b, map, &s, err) < 0)
		return -1;

	/* Resultaträkning. */
	depreciation = s.result[LINE_DEPRECIATION];
	if (neg(s.result[LINE_REVENUE], &is->revenue) < 0 ||
	    SUM(&t, s.result[LINE_EXPENSES], depreciation) < 0 || neg(t, &is->expenses) < 0 ||
	    SUM(&is->net_cost, is->revenue, is->expenses) < 0 ||
	    neg(s.result[LINE_FINANCIAL_INCOME], &is->financial_income) < 0 ||
	    neg(s.result[LINE_FINANCIAL_EXPENSES], &is->financial_expenses) < 0 ||
	    neg(s.result[LINE_APPROPRIATIONS], &is->appropriations) < 0 ||
	    SUM(&is->result, is->net_cost, is->financial_income, is->financial_expenses,
		is->appropriations) < 0)
		goto overflow;

	/* Balansräkning. Whether the result is booked to equity shows in
	 * whether the closing balances sum to zero. */
	bs->fixed_assets = s.closing[LINE_FIXED_ASSETS];
	bs->inventories = s.closing[LINE_INVENTORIES];
	bs->receivables = s.closing[LINE_RECEIVABLES];
	bs->cash_and_bank = s.closing[LINE_CASH_AND_BANK];
	if (neg(s.closing[LINE_PROVISIONS], &bs->provisions) < 0 ||
	    neg(s.closing[LINE_LONG_TERM_LIABILITIES], &bs->long_term_liabilities) < 0 ||
	    neg(s.closing[LINE_CURRENT_LIABILITIES], &bs->current_liabilities) < 0 ||
	    neg(s.closing[LINE_EQUITY], &booked_equity) < 0 ||
	    neg(s.opening[LINE_EQUITY], &opening_equity) < 0 ||
	    SUM(&bs->total_assets, bs->fixed_assets, bs->inventories, bs->receivables,
		bs->cash_and_bank) < 0)
		goto overflow;
	bs->result_booked = s.balance_total == 0;
	bs->result_of_year = is->result;
	if (bs->result_booked)
		bs->equity = booked_equity;
	else if (SUM(&bs->equity, booked_equity, is->result) < 0)
		goto overflow;
	if (money_sub(bs->equity, is->result, &bs->other_equity) < 0 ||
	    SUM(&bs->total_equity_and_liabilities, bs->equity, bs->provisions,
		bs->long_term_liabilities, bs->current_liabilities) < 0 ||
	    money_sub(bs->total_assets, bs->total_equity_and_liabilities, &bs->imbalance) < 0)
		goto overflow;
	out->opening_equity = opening_equity;

	/* Kassaflödesanalys, indirect method. Changes are closing − opening in
	 * the file's signs; a rise in a debit line uses cash, in a credit line
	 * brings it. */
	if (money_sub(s.closing[LINE_PROVISIONS], s.opening[LINE_PROVISIONS], &d_prov) < 0 ||
	    neg(d_prov, &d_prov) < 0 ||
	    SUM(&t, s.closing[LINE_RECEIVABLES], s.closing[LINE_INVENTORIES]) < 0 ||
	    money_sub(t, s.opening[LINE_RECEIVABLES], &t) < 0 ||
	    money_sub(t, s.opening[LINE_INVENTORIES], &d_rec) < 0 ||
	    money_sub(s.closing[LINE_CURRENT_LIABILITIES], s.opening[LINE_CURRENT_LIABILITIES], &d_cur) < 0 ||
	    neg(d_cur, &d_cur) < 0 ||
	    money_sub(s.closing[LINE_FIXED_ASSETS], s.opening[LINE_FIXED_ASSETS], &d_fixed) < 0 ||
	    money_sub(s.closing[LINE_LONG_TERM_LIABILITIES], s.opening[LINE_LONG_TERM_LIABILITIES], &d_long) < 0 ||
	    neg(d_long, &d_long) < 0)
		goto overflow;
	cf->result = is->result;
	if (SUM(&cf->non_cash_adjustments, d_prov, depreciation) < 0 ||
	    neg(d_rec, &cf->change_receivables) < 0)
		goto overflow;
	cf->change_current_liabilities = d_cur;
	if (SUM(&cf->operating, cf->result, cf->non_cash_adjustments, cf->change_receivables,
		cf->change_current_liabilities) < 0 ||
	    SUM(&t, d_fixed, depreciation) < 0 || neg(t, &cf->investing) < 0 ||
	    money_sub(bs->equity, opening_equity, &t) < 0 ||
	    money_sub(t, is->result, &other_equity_change) < 0 ||
	    SUM(&cf->financing, d_long, other_equity_change) < 0 ||
	    SUM(&cf->net_cash_flow, cf->operating, cf->investing, cf->financing) < 0)
		goto overflow;
	cf->cash_start = s.opening[LINE_CASH_AND_BANK];
	cf->cash_end = s.closing[LINE_CASH_AND_BANK];

	/* Ratios; the grant is the förbund's revenue. */
	out->grant = is->revenue;
	out->solidity.num = bs->equity;
	out->solidity.den = bs->total_assets;
	out->equity_to_grant.num = bs->equity;
	out->equity_to_grant.den = out->grant > 0 ? out->grant : 0;
	return 0;
overflow:
	return err_set(err, "beloppen i räkenskapsåret %d är för stora att summera", out->year);
}
