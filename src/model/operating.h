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

#endif
