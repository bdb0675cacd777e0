/*
 * budget_years.c: budgets of several years matched line by line.
 */
#include <string.h>
#include <stdlib.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/budget_years.h"

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
