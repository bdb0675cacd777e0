/*
 * budget_years.h: the budgets of several years side by side, as the plan
 * shows its three years: each line matched across the years by its kind,
 * group and name, the cost groups matched by name, and each year's totals.
 * Pure computation.
 */
#ifndef FINSAM_MODEL_BUDGET_YEARS_H
#define FINSAM_MODEL_BUDGET_YEARS_H

#include <stddef.h>
#include <stdint.h>

#include "base/money.h"
#include "model/budget.h"

struct err;

/* At most this many years side by side. */
#define BUDGET_YEARS_MAX 5

/* A line over the years: kind, group and name (not copied: those of the
 * first year that has it) and per year its amount as stored (costs
 * positive; lines of the same kind, group and name in one year added up)
 * and whether the year has it. */
struct budget_years_line {
	enum budget_kind kind;
	const char *group, *name;
	int64_t amount[BUDGET_YEARS_MAX];
	int has[BUDGET_YEARS_MAX];
};

/* A cost group over the years: its name (not copied) and per year the
 * sum of its lines (costs positive; 0 in a year without it). */
struct budget_years_group {
	const char *name;
	int64_t total[BUDGET_YEARS_MAX];
};

struct budget_years {
	size_t n_years;
	int year[BUDGET_YEARS_MAX];
	struct budget_totals totals[BUDGET_YEARS_MAX];
	/* Each year's forecast equity / grant (den 0 when the grant is not
	 * positive), of the exact figures: the same in every unit. */
	struct ratio to_grant[BUDGET_YEARS_MAX];
	struct budget_years_line *lines;    /* in the order of their first appearance */
	size_t n_lines;
	struct budget_years_group *groups;  /* likewise */
	size_t n_groups;
};

/* Matches the budgets b[0..n) (n at most BUDGET_YEARS_MAX, one per year)
 * into out: the lines of every kind but the grant (which the members'
 * contributions show), the cost groups and each year's totals. out points
 * into b, which must outlive it. Returns 0, or -1 with a message when a sum
 * does not fit; release out with budget_years_release either way. */
int budget_years_match(const struct budget *b, size_t n, struct budget_years *out, struct err *err);
void budget_years_release(struct budget_years *y);
/* Rounds y to unit (MONEY_TKR) so that every year's column adds up: the
 * grant, the revenue lines and the equity lines to the rounded "Summa
 * intäkter", the members' contributions parts (n_members a year, year
 * after year, as budget_split_grant gives them; NULL when none) to the
 * rounded grant, the cost lines to the rounded "Summa totala kostnader"
 * (the largest remainder takes each difference); the groups' sums, the
 * other revenue, the equity and the forecast equity are then the sums of
 * the rounded figures. */
void budget_years_round(struct budget_years *y, struct contribution *parts, size_t n_members, int64_t unit);

#endif
