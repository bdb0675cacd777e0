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

#endif
