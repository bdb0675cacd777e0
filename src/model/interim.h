/*
 * interim.h: the interim report's figures (delårsrapport): per cost area
 * (a budget group) the budget for the year, what is booked up to the
 * cut-off date, what remains, the forecast for the year and the deviation;
 * the same for the revenue lines; the funds at disposal and the forecast
 * equity at year end, against the 20 % goal. Pure computation.
 *
 * Signs as in the budget table: costs negative, revenue positive. The
 * deviation is forecast − budget, so it is positive when the year looks
 * better than the budget (costs lower or revenue higher).
 */
#ifndef FINSAM_MODEL_INTERIM_H
#define FINSAM_MODEL_INTERIM_H

#include <stddef.h>
#include <stdint.h>

#include "base/money.h"
#include "model/budget.h"

struct err;

/* A booked sum per account (debit positive, as in SIE). */
struct account_sum {
	char account[ACCOUNT_MAX];
	char objects[128];       /* canonical SIE object list (1 "10" 6 "2"), or "" */
	int64_t sum;
};

/* A forecast the director entered for an area, with why. */
struct interim_override {
	const char *area;
	int64_t amount;          /* signed as the table shows it */
	const char *comment;
};

struct interim_row {
	char *name;              /* the group, or the revenue line's name */
	int is_cost;
	int64_t budget, booked, remaining, forecast, deviation;
	char *comment;           /* the override's comment, or NULL */
	int has_accounts;        /* 0 when no budget line of it names accounts */
};

struct interim {
	int year;
	struct interim_row *areas;     /* cost areas, in budget order */
	size_t n_areas;
	struct interim_row *revenue;   /* grant and other revenue lines */
	size_t n_revenue;
	struct interim_row cost_total;
	int64_t grant;                 /* the budget's grant */
	int64_t equity;                /* equity at the start of the year */
	int64_t total_funds;           /* equity + forecast revenue */
	int64_t forecast_equity;       /* total funds + forecast costs */
	struct ratio to_grant;         /* forecast equity / grant (den 0 when the
					  grant is not positive), of the exact
					  figures: the same in every unit */
};

/* Computes the interim figures of budget b from the booked sums (sorted or
 * not) and the overrides. opening_equity is the equity at the start of the
 * year from the books, or the budget's equity line when has_equity is 0.
 * The caller releases out. -1 with a message on overflow. */
int interim_compute(const struct budget *b, const struct account_sum *sums, size_t n_sums,
		    const struct interim_override *overrides, size_t n_overrides,
		    int has_equity, int64_t opening_equity, struct interim *out,
		    struct err *err);
void interim_release(struct interim *in);
/* Rounds in's figures to unit (MONEY_TKR) so that the table adds up: each
 * column of the cost areas to its rounded total (the largest remainder
 * takes the difference), likewise the revenue lines; remaining and
 * deviation follow from the rounded budget, booked and forecast; the
 * equity at the start rounded on its own, the total funds and the
 * forecast equity its sums. The grant stays exact (the ratio's divisor). */
void interim_round(struct interim *in, int64_t unit);

/* 1 when account's four-digit key lies in the list "4010-4019,4030". */
int accounts_match(const char *list, const char *account);
/* 1 when the booked sum belongs to the budget line: its account is among
 * the line's accounts (any account when the line names only objects) and,
 * when the line names objects ("6:1,6:2"), the sum carries one of them. */
int budget_line_matches(const struct budget_line *l, const struct account_sum *s);

#endif
