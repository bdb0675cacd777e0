/*
 * multiyear.h: the equity forecast over the coming years: from the last
 * year the books hold, each following year's budget (revenue − costs) moves
 * the equity on; the equity / grant of each year against the 20 % goal, and
 * the first year it is reached. Pure computation.
 */
#ifndef FINSAM_MODEL_MULTIYEAR_H
#define FINSAM_MODEL_MULTIYEAR_H

#include <stddef.h>
#include <stdint.h>

#include "model/budget.h"
#include "model/statements.h"

struct err;

struct multiyear_row {
	int year;
	int actual;              /* from the books, not a budget */
	int64_t equity_start, revenue, costs;
	int64_t financial;       /* financial items and appropriations, net: the
				    books' (the income statement's lines after
				    verksamhetens nettokostnad); 0 in a budget */
	int64_t result, equity_end, grant;
	int grant_basis;         /* enum grant_basis of an actual year; budget years
				    always have the budget's grant */
	struct equity_rule rule; /* equity_end against the grant: set by
				    multiyear_compute */
};

struct multiyear {
	struct multiyear_row *rows;
	size_t n;
	int goal_year;           /* first year with equity / grant ≤ 20 %, or 0 */
};

/* base: the last year of the books (actual = 1, equity_start and _end,
 * revenue, costs, result, grant filled), or NULL when there are no books.
 * budgets: the years' current budgets, any order; only years after the base
 * are used. The caller releases out. */
int multiyear_compute(const struct multiyear_row *base, const struct budget *budgets, size_t n,
		      struct multiyear *out, struct err *err);
void multiyear_release(struct multiyear *m);
/* Rounds m's figures to unit (MONEY_TKR) so that every column adds up:
 * a year of the books has its lines rounded to its rounded result (the
 * largest remainder takes the difference; figures already in the unit,
 * as the statements rounded them, stay; its equity at the start is its
 * rounded end less its rounded result when the exact figures chain so), a
 * budget year its revenue,
 * costs and grant each rounded on its own and the result their sum; each
 * year starts with the equity the year before ended with (the first with
 * its own, rounded) and ends with that plus the result. The ratios stay
 * those of the exact figures. */
void multiyear_round(struct multiyear *m, int64_t unit);
/* 1 when equity_end / grant is at most 20 % (and the grant positive):
 * equity_rule_eval (statements.h), the one home of the rule. */
int multiyear_within_goal(const struct multiyear_row *r);

#endif
