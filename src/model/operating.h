/*
 * operating.h: the driftredovisning of the annual report: per revenue line
 * and cost area of the budget, the year's outcome from the books, the
 * budget, the deviation (outcome − budget) and last year's outcome; what
 * the books hold outside every budget line; the result; equity at the start
 * and end of the year. Optionally rounded to a unit so that the table
 * still adds up (see rounding.h). Pure computation.
 */
#ifndef FINSAM_MODEL_OPERATING_H
#define FINSAM_MODEL_OPERATING_H

#include <stddef.h>
#include <stdint.h>

#include "model/budget.h"
#include "model/interim.h"
#include "model/statements.h"

struct err;

enum operating_kind { OP_REVENUE, OP_REVENUE_TOTAL, OP_COST, OP_OTHER, OP_RESULT,
		      OP_EQUITY_START, OP_EQUITY_END };

struct operating_row {
	enum operating_kind kind;
	char *name;
	int64_t outcome, budget, deviation, previous;
};

struct operating {
	int year;
	int has_previous;
	int64_t unit;               /* 1 for öre, MONEY_KR, MONEY_TKR */
	struct operating_row *rows;
	size_t n;
};

/* Computes the table of budget b against this year's result per account
 * (cur, from the statements' books) and, when prev is not NULL, last year's.
 * st and st_prev are the years' statements (st_prev may be NULL). unit 1
 * keeps öre; MONEY_KR or MONEY_TKR rounds so that every sum adds up, the
 * difference placed on the largest row. The caller releases out. */
int operating_compute(const struct budget *b, const struct account_sum *cur, size_t n_cur,
		      const struct account_sum *prev, size_t n_prev,
		      const struct statements *st, const struct statements *st_prev,
		      int64_t unit, struct operating *out, struct err *err);
void operating_release(struct operating *op);

/* The chart of the costs ("Kostnadernas fördelning"): the year's
 * verksamhetens kostnader (the accounts the map places on expenses or
 * depreciation) split by the budget's cost areas, each booked sum in the
 * first area that names it and what no area names in "Övriga kostnader".
 * Financial items and revenue are no costs and never a slice, whatever
 * budget line follows them. An area whose costs are not positive (a
 * refund) has no slice. */
struct cost_slice {
	char *name;
	int64_t cost;            /* positive */
	int64_t percent;         /* of total, rounded to a whole per cent */
};

struct cost_shares {
	struct cost_slice *slices;
	size_t n;
	int64_t expenses;        /* all the costs, as positive: −is.expenses */
	int64_t total;           /* the slices' sum, what the shares are of */
};

int cost_shares_compute(const struct budget *b, const struct account_sum *sums, size_t n,
			const struct account_map *map, struct cost_shares *out, struct err *err);
void cost_shares_release(struct cost_shares *c);

#endif
