/*
 * budget_years.c: budgets of several years matched line by line.
 */
#include <string.h>
#include <stdlib.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/budget_years.h"
#include "model/rounding.h"

static size_t find_line(const struct budget_years *y, const struct budget_line *l)
{
	size_t i;

	for (i = 0; i < y->n_lines; i++)
		if (y->lines[i].kind == l->kind && strcmp(y->lines[i].group, l->group) == 0 &&
		    strcmp(y->lines[i].name, l->name) == 0)
			return i;
	return i;
}

static size_t find_group(const struct budget_years *y, const char *name)
{
	size_t i;

	for (i = 0; i < y->n_groups; i++)
		if (strcmp(y->groups[i].name, name) == 0)
			return i;
	return i;
}

int budget_years_match(const struct budget *b, size_t n, struct budget_years *out, struct err *err)
{
	size_t cap_lines = 0, cap_groups = 0, j, i;

	memset(out, 0, sizeof(*out));
	if (n > BUDGET_YEARS_MAX)
		return err_set(err, "högst %d år kan visas bredvid varandra", BUDGET_YEARS_MAX);
	out->n_years = n;
	for (j = 0; j < n; j++) {
		out->year[j] = b[j].year;
		if (budget_totals(&b[j], &out->totals[j], err) < 0)
			return -1;
		out->to_grant[j] = (struct ratio){ out->totals[j].forecast_equity,
						   out->totals[j].grant > 0 ? out->totals[j].grant : 0 };
		for (i = 0; i < b[j].n; i++) {
			const struct budget_line *l = &b[j].lines[i];
			size_t k;

			if (l->kind == BUDGET_GRANT)
				continue;
			k = find_line(out, l);
			if (k == out->n_lines) {
				out->lines = xgrow(out->lines, sizeof(*out->lines), k + 1, &cap_lines);
				memset(&out->lines[k], 0, sizeof(out->lines[k]));
				out->lines[k].kind = l->kind;
				out->lines[k].group = l->group;
				out->lines[k].name = l->name;
				out->n_lines++;
			}
			if (money_add(out->lines[k].amount[j], l->amount, &out->lines[k].amount[j]) < 0)
				return err_set(err, "beloppen på raden %s %d är för stora att summera", l->name,
					       b[j].year);
			out->lines[k].has[j] = 1;
			if (l->kind != BUDGET_COST || !*l->group)
				continue;
			k = find_group(out, l->group);
			if (k == out->n_groups) {
				out->groups = xgrow(out->groups, sizeof(*out->groups), k + 1, &cap_groups);
				memset(&out->groups[k], 0, sizeof(out->groups[k]));
				out->groups[k].name = l->group;
				out->n_groups++;
			}
			if (money_add(out->groups[k].total[j], l->amount, &out->groups[k].total[j]) < 0)
				return err_set(err, "beloppen i gruppen %s %d är för stora att summera", l->group,
					       b[j].year);
		}
	}
	return 0;
}

void budget_years_release(struct budget_years *y)
{
	free(y->lines);
	free(y->groups);
	memset(y, 0, sizeof(*y));
}

/* Rounds year j's amounts of the lines of the kinds in mask (1 << kind),
 * with extra (NULL: none) as one more part, to total. */
static void round_lines(struct budget_years *y, size_t j, unsigned mask, int64_t *extra, int64_t unit,
			int64_t total)
{
	int64_t *parts = xcalloc(y->n_lines + 1, sizeof(*parts));
	size_t i, k = 0;

	for (i = 0; i < y->n_lines; i++)
		if ((mask >> y->lines[i].kind & 1) && y->lines[i].has[j])
			parts[k++] = y->lines[i].amount[j];
	if (extra)
		parts[k++] = *extra;
	round_parts_to(parts, k, unit, total);
	k = 0;
	for (i = 0; i < y->n_lines; i++)
		if ((mask >> y->lines[i].kind & 1) && y->lines[i].has[j])
			y->lines[i].amount[j] = parts[k++];
	if (extra)
		*extra = parts[k];
	free(parts);
}

/* The sum of year j's rounded lines of kind k. */
static int64_t kind_sum(const struct budget_years *y, size_t j, enum budget_kind k)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < y->n_lines; i++)
		if (y->lines[i].kind == k && y->lines[i].has[j])
			sum += y->lines[i].amount[j];
	return sum;
}

void budget_years_round(struct budget_years *y, struct contribution *parts, size_t n_members, int64_t unit)
{
	size_t i, j, g;

	for (j = 0; j < y->n_years; j++) {
		struct budget_totals *t = &y->totals[j];
		int64_t revenue = money_round(t->revenue_total, unit) * unit;
		int64_t costs = money_round(t->cost_total, unit) * unit;

		round_lines(y, j, 1u << BUDGET_REVENUE | 1u << BUDGET_EQUITY, &t->grant, unit, revenue);
		if (parts && n_members) {
			int64_t *amounts = xcalloc(n_members, sizeof(*amounts));

			for (i = 0; i < n_members; i++)
				amounts[i] = parts[j * n_members + i].amount;
			round_parts_to(amounts, n_members, unit, t->grant);
			for (i = 0; i < n_members; i++)
				parts[j * n_members + i].amount = amounts[i];
			free(amounts);
		}
		/* Costs are stored positive, totalled negative. */
		round_lines(y, j, 1u << BUDGET_COST, NULL, unit, -costs);
		t->other_revenue = kind_sum(y, j, BUDGET_REVENUE);
		t->equity = kind_sum(y, j, BUDGET_EQUITY);
		t->revenue_total = revenue;
		t->cost_total = costs;
		t->forecast_equity = revenue + costs;
		for (g = 0; g < y->n_groups; g++)
			y->groups[g].total[j] = 0;
		for (i = 0; i < y->n_lines; i++) {
			const struct budget_years_line *l = &y->lines[i];

			if (l->kind != BUDGET_COST || !l->has[j] || !*l->group)
				continue;
			g = find_group(y, l->group);
			if (g < y->n_groups)
				y->groups[g].total[j] += l->amount[j];
		}
	}
}
