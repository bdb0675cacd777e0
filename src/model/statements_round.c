/*
 * statements_round.c: the statements shown in a unit (whole kronor, tkr)
 * so that every sum they print adds up, and the three statements still
 * agree with each other: the result is the same on all three, the cash
 * at the year's end is the balance sheet's cash and bank, and the two
 * sides of the balance sheet have the same total.
 */
#include "base/money.h"
#include "model/rounding.h"
#include "model/statements.h"

static int64_t r(int64_t v, int64_t unit)
{
	return money_round(v, unit) * unit;
}

void statements_round(struct statements *s, int64_t unit)
{
	struct income_statement *is = &s->is;
	struct balance_sheet *bs = &s->bs;
	struct cash_flow *cf = &s->cf;
	int64_t result = r(is->result, unit), total, other;

	if (unit <= 1)
		return;
	/* The income statement: its lines add up to the rounded result. */
	{
		int64_t parts[] = { is->revenue, is->expenses, is->financial_income, is->financial_expenses,
				    is->appropriations };

		round_parts_to(parts, 5, unit, result);
		is->revenue = parts[0];
		is->expenses = parts[1];
		is->financial_income = parts[2];
		is->financial_expenses = parts[3];
		is->appropriations = parts[4];
		is->net_cost = is->revenue + is->expenses;
		is->financial_net = is->financial_income + is->financial_expenses;
		is->result_after_financial = is->net_cost + is->financial_net;
		is->result = result;
	}
	/* The balance sheet: cash and bank as it rounds (the cash flow's end),
	 * the other assets taking what the rounded total leaves. */
	total = r(bs->total_assets, unit);
	bs->cash_and_bank = r(bs->cash_and_bank, unit);
	{
		int64_t parts[] = { bs->fixed_assets, bs->inventories, bs->receivables };

		other = total - bs->cash_and_bank;
		if (parts[0] || parts[1] || parts[2]) {
			round_parts_to(parts, 3, unit, other);
		} else if (other) {
			parts[2] = other;   /* cannot happen when the figures agree */
		}
		bs->fixed_assets = parts[0];
		bs->inventories = parts[1];
		bs->receivables = parts[2];
		bs->total_assets = total;
	}
	{
		/* The other side: the result as on the income statement. */
		int64_t side = bs->imbalance ? r(bs->total_equity_and_liabilities, unit) : total;
		int64_t parts[] = { bs->other_equity, bs->provisions, bs->long_term_liabilities,
				    bs->current_liabilities };

		round_parts_to(parts, 4, unit, side - (bs->result_booked || bs->result_of_year ? result : 0));
		bs->other_equity = parts[0];
		bs->provisions = parts[1];
		bs->long_term_liabilities = parts[2];
		bs->current_liabilities = parts[3];
		if (bs->result_booked || bs->result_of_year)
			bs->result_of_year = result;
		bs->equity = bs->other_equity + bs->result_of_year;
		bs->total_equity_and_liabilities = side;
		bs->imbalance = bs->total_assets - bs->total_equity_and_liabilities;
	}
	/* The cash flow: from the rounded cash at the start to the balance
	 * sheet's cash at the end, the result as on the income statement. */
	{
		int64_t parts[] = { cf->non_cash_adjustments, cf->change_receivables, cf->change_current_liabilities };

		cf->cash_start = r(cf->cash_start, unit);
		cf->cash_end = bs->cash_and_bank;
		cf->net_cash_flow = cf->cash_end - cf->cash_start;
		cf->investing = r(cf->investing, unit);
		cf->financing = r(cf->financing, unit);
		cf->operating = cf->net_cash_flow - cf->investing - cf->financing;
		cf->result = result;
		round_parts_to(parts, 3, unit, cf->operating - result);
		cf->non_cash_adjustments = parts[0];
		cf->change_receivables = parts[1];
		cf->change_current_liabilities = parts[2];
	}
	s->opening_equity = r(s->opening_equity, unit);
}
