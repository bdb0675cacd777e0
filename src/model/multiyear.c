/*
 * multiyear.c: chaining the budgets of the coming years onto the books'
 * closing equity.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/multiyear.h"
#include "model/rounding.h"
#include "model/statements.h"

int multiyear_within_goal(const struct multiyear_row *r)
{
	struct equity_rule rule;

	equity_rule_eval(r->equity_end, r->grant, r->actual ? r->grant_basis : GRANT_BASIS_BUDGET, &rule);
	return rule.within;
}

static int by_year(const void *a, const void *b)
{
	const struct budget *const *x = a, *const *y = b;

	return (*x)->year - (*y)->year;
}

int multiyear_compute(const struct multiyear_row *base, const struct budget *budgets, size_t n,
		      struct multiyear *out, struct err *err)
{
	const struct budget **sorted = xcalloc(n ? n : 1, sizeof(*sorted));
	size_t i;
	int64_t equity = 0;
	int have_equity = 0;

	memset(out, 0, sizeof(*out));
	out->rows = xcalloc(n + 1, sizeof(*out->rows));
	if (base) {
		out->rows[out->n++] = *base;
		equity = base->equity_end;
		have_equity = 1;
	}
	for (i = 0; i < n; i++)
		sorted[i] = &budgets[i];
	qsort(sorted, n, sizeof(*sorted), by_year);
	for (i = 0; i < n; i++) {
		const struct budget *b = sorted[i];
		struct budget_totals t;
		struct multiyear_row *r;

		if (base && b->year <= base->year)
			continue;
		if (budget_totals(b, &t, err) < 0)
			goto fail;
		r = &out->rows[out->n++];
		r->year = b->year;
		/* Without books the first budget's own equity line is the start. */
		r->equity_start = have_equity ? equity : t.equity;
		r->grant = t.grant;
		if (money_add(t.grant, t.other_revenue, &r->revenue) < 0)
			goto overflow;
		r->costs = t.cost_total;
		if (money_add(r->revenue, r->costs, &r->result) < 0 ||
		    money_add(r->equity_start, r->result, &r->equity_end) < 0)
			goto overflow;
		equity = r->equity_end;
		have_equity = 1;
	}
	for (i = 0; i < out->n; i++) {
		struct multiyear_row *r = &out->rows[i];

		equity_rule_eval(r->equity_end, r->grant,
				 r->actual ? (enum grant_basis)r->grant_basis : GRANT_BASIS_BUDGET, &r->rule);
		if (!out->goal_year && r->rule.within)
			out->goal_year = r->year;
	}
	free(sorted);
	return 0;
overflow:
	err_set(err, "beloppen i flerårsprognosen är för stora att summera");
fail:
	free(sorted);
	multiyear_release(out);
	return -1;
}

void multiyear_release(struct multiyear *m)
{
	free(m->rows);
	memset(m, 0, sizeof(*m));
}

void multiyear_round(struct multiyear *m, int64_t unit)
{
	size_t i;

	for (i = 0; i < m->n; i++) {
		struct multiyear_row *r = &m->rows[i];

		r->grant = money_round(r->grant, unit) * unit;
		if (r->actual) {
			int64_t parts[] = { r->revenue, r->costs, r->financial };
			int chained = r->equity_start + r->result == r->equity_end;

			r->result = round_parts(parts, 3, unit);
			r->revenue = parts[0];
			r->costs = parts[1];
			r->financial = parts[2];
			r->equity_start = money_round(r->equity_start, unit) * unit;
			r->equity_end = money_round(r->equity_end, unit) * unit;
			/* The year's equity moved by its result alone: so it does rounded. */
			if (chained)
				r->equity_start = r->equity_end - r->result;
			continue;
		}
		r->equity_start = i ? m->rows[i - 1].equity_end : money_round(r->equity_start, unit) * unit;
		r->revenue = money_round(r->revenue, unit) * unit;
		r->costs = money_round(r->costs, unit) * unit;
		r->financial = money_round(r->financial, unit) * unit;
		r->result = r->revenue + r->costs + r->financial;
		r->equity_end = r->equity_start + r->result;
	}
}
