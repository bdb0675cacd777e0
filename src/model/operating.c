/*
 * operating.c: the driftredovisning from a budget and the books. A row's
 * outcome is the year's result on the accounts its budget lines name (each
 * account once per row); "Övrigt" takes what the books hold outside every
 * row, so that the rows always add up to the income statement's result.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/operating.h"
#include "model/rounding.h"

static struct operating_row *add(struct operating *op, enum operating_kind kind, const char *name)
{
	struct operating_row *r;

	op->rows = xrealloc(op->rows, (op->n + 1) * sizeof(*op->rows));
	r = &op->rows[op->n++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	r->name = xstrdup(name);
	return r;
}

/* The row a budget line belongs to: revenue by line name, costs by group. */
static const char *row_name(const struct budget_line *l)
{
	return l->kind == BUDGET_COST && *l->group ? l->group : l->name;
}

static int names_account(const struct budget *b, const char *row, int is_cost,
			 const struct account_sum *sum)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		if (l->kind == BUDGET_EQUITY || (l->kind == BUDGET_COST) != is_cost)
			continue;
		if (strcmp(row_name(l), row) == 0 && budget_line_matches(l, sum))
			return 1;
	}
	return 0;
}

/* Outcome of a row in display sign (credit positive). */
static int outcome(const struct budget *b, const char *row, int is_cost,
		   const struct account_sum *sums, size_t n, int64_t *out)
{
	int64_t debit = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (names_account(b, row, is_cost, &sums[i]) &&
		    money_add(debit, sums[i].sum, &debit) < 0)
			return -1;
	return money_sub(0, debit, out);
}

static struct operating_row *first(struct operating *op, enum operating_kind kind)
{
	size_t i;

	for (i = 0; i < op->n; i++)
		if (op->rows[i].kind == kind)
			return &op->rows[i];
	return NULL;
}

static struct operating_row *find(struct operating *op, enum operating_kind kind, const char *name)
{
	size_t i;

	for (i = 0; i < op->n; i++)
		if (op->rows[i].kind == kind && strcmp(op->rows[i].name, name) == 0)
			return &op->rows[i];
	return NULL;
}

/* Rounds one column (selected by offset) so that revenue rows add up to the
 * revenue total, and the revenue total, cost rows and "other" to the result. */
static void round_column(struct operating *op, size_t offset)
{
	int64_t *vals = xcalloc(op->n + 1, sizeof(*vals));
	size_t i, m = 0, total_at = 0, result_at = 0;
#define COL(r) (*(int64_t *)((char *)(r) + offset))

	for (i = 0; i < op->n; i++) {
		if (op->rows[i].kind == OP_REVENUE)
			vals[m++] = COL(&op->rows[i]);
		if (op->rows[i].kind == OP_REVENUE_TOTAL)
			total_at = i;
		if (op->rows[i].kind == OP_RESULT)
			result_at = i;
	}
	{
		int64_t revenue_total, result_total;

		revenue_total = round_parts(vals, m, op->unit);
		for (i = 0, m = 0; i < op->n; i++)
			if (op->rows[i].kind == OP_REVENUE)
				COL(&op->rows[i]) = vals[m++];
		/* The result, rounded on its own; the cost rows take what the
		 * rounded revenue total leaves. */
		result_total = money_round(COL(&op->rows[result_at]), op->unit) * op->unit;
		COL(&op->rows[total_at]) = revenue_total;
		COL(&op->rows[result_at]) = result_total;
		m = 0;
		for (i = 0; i < op->n; i++)
			if (op->rows[i].kind == OP_COST || op->rows[i].kind == OP_OTHER)
				vals[m++] = COL(&op->rows[i]);
		round_parts_to(vals, m, op->unit, result_total - revenue_total);
		for (i = 0, m = 0; i < op->n; i++)
			if (op->rows[i].kind == OP_COST || op->rows[i].kind == OP_OTHER)
				COL(&op->rows[i]) = vals[m++];
	}
	/* Equity at the start and the end, each rounded on its own as the
	 * balance sheets show them: forcing the end to start + result could
	 * make it differ from the balance sheet by a krona. */
	for (i = 0; i < op->n; i++)
		if (op->rows[i].kind == OP_EQUITY_START || op->rows[i].kind == OP_EQUITY_END)
			COL(&op->rows[i]) = money_round(COL(&op->rows[i]), op->unit) * op->unit;
#undef COL
	free(vals);
}

int operating_compute(const struct budget *b, const struct account_sum *cur, size_t n_cur,
		      const struct account_sum *prev, size_t n_prev,
		      const struct statements *st, const struct statements *st_prev,
		      int64_t unit, struct operating *out, struct err *err)
{
	struct operating_row *r, *total, *other, *result;
	int64_t sum_out = 0, sum_prev = 0, budget_total = 0, budget_equity = 0;
	size_t i;

	memset(out, 0, sizeof(*out));
	out->year = b->year;
	out->has_previous = prev != NULL && st_prev != NULL;
	out->unit = unit;
	/* Revenue rows, then their total, then cost areas. */
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		if (l->kind == BUDGET_EQUITY) {
			if (money_add(budget_equity, l->amount, &budget_equity) < 0)
				goto overflow;
			continue;
		}
		if (l->kind == BUDGET_COST)
			continue;
		r = find(out, OP_REVENUE, l->name);
		if (!r)
			r = add(out, OP_REVENUE, l->name);
		if (money_add(r->budget, l->amount, &r->budget) < 0)
			goto overflow;
	}
	add(out, OP_REVENUE_TOTAL, "Summa intäkter");
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		if (l->kind != BUDGET_COST)
			continue;
		r = find(out, OP_COST, row_name(l));
		if (!r)
			r = add(out, OP_COST, row_name(l));
		if (money_sub(r->budget, l->amount, &r->budget) < 0)
			goto overflow;
	}
	add(out, OP_OTHER, "Övrigt utanför budgetens konton");
	add(out, OP_RESULT, "Resultat");
	add(out, OP_EQUITY_START, "Eget kapital vid årets början");
	add(out, OP_EQUITY_END, "Eget kapital vid årets slut");
	/* Only now, with every row added, do pointers into the rows stay put. */
	total = first(out, OP_REVENUE_TOTAL);
	other = first(out, OP_OTHER);
	result = first(out, OP_RESULT);

	for (i = 0; i < out->n; i++) {
		r = &out->rows[i];
		if (r->kind != OP_REVENUE && r->kind != OP_COST)
			continue;
		if (outcome(b, r->name, r->kind == OP_COST, cur, n_cur, &r->outcome) < 0 ||
		    (out->has_previous && outcome(b, r->name, r->kind == OP_COST, prev, n_prev, &r->previous) < 0) ||
		    money_add(sum_out, r->outcome, &sum_out) < 0 || money_add(sum_prev, r->previous, &sum_prev) < 0 ||
		    money_add(budget_total, r->budget, &budget_total) < 0)
			goto overflow;
		if (r->kind == OP_REVENUE && (money_add(total->outcome, r->outcome, &total->outcome) < 0 ||
					      money_add(total->previous, r->previous, &total->previous) < 0 ||
					      money_add(total->budget, r->budget, &total->budget) < 0))
			goto overflow;
	}
	result->outcome = st->is.result;
	result->budget = budget_total;
	if (money_sub(st->is.result, sum_out, &other->outcome) < 0)
		goto overflow;
	if (out->has_previous) {
		result->previous = st_prev->is.result;
		if (money_sub(st_prev->is.result, sum_prev, &other->previous) < 0)
			goto overflow;
	}
	for (i = 0; i < out->n; i++) {
		r = &out->rows[i];
		if (r->kind == OP_EQUITY_START) {
			r->outcome = st->opening_equity;
			r->budget = budget_equity;
			r->previous = st_prev ? st_prev->opening_equity : 0;
		} else if (r->kind == OP_EQUITY_END) {
			r->outcome = st->bs.equity;
			if (money_add(budget_equity, budget_total, &r->budget) < 0)
				goto overflow;
			r->previous = st_prev ? st_prev->bs.equity : 0;
		}
	}
	if (unit > 1) {
		round_column(out, offsetof(struct operating_row, outcome));
		round_column(out, offsetof(struct operating_row, budget));
		if (out->has_previous)
			round_column(out, offsetof(struct operating_row, previous));
	}
	for (i = 0; i < out->n; i++)
		if (money_sub(out->rows[i].outcome, out->rows[i].budget, &out->rows[i].deviation) < 0)
			goto overflow;
	return 0;
overflow:
	operating_release(out);
	return err_set(err, "beloppen i driftredovisningen för %d är för stora att summera", b->year);
}

void operating_release(struct operating *op)
{
	size_t i;

	for (i = 0; i < op->n; i++)
		free(op->rows[i].name);
	free(op->rows);
	memset(op, 0, sizeof(*op));
}

static int is_cost_line(enum stmt_line l)
{
	return stmt_line_is_expense(l) || l == LINE_DEPRECIATION;
}

static struct cost_slice *slice_find(struct cost_shares *c, const char *name, size_t *cap)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->slices[i].name, name) == 0)
			return &c->slices[i];
	c->slices = xgrow(c->slices, sizeof(*c->slices), c->n + 1, cap);
	memset(&c->slices[c->n], 0, sizeof(c->slices[c->n]));
	c->slices[c->n].name = xstrdup(name);
	return &c->slices[c->n++];
}

int cost_shares_compute(const struct budget *b, const struct account_sum *sums, size_t n,
			const struct account_map *map, struct cost_shares *out, struct err *err)
{
	static const char other[] = "Övriga kostnader";
	size_t i, j, k, cap = 0;

	memset(out, 0, sizeof(*out));
	/* The areas in the budget's order, so the chart reads as the plan. */
	for (i = 0; i < b->n; i++)
		if (b->lines[i].kind == BUDGET_COST)
			slice_find(out, row_name(&b->lines[i]), &cap);
	for (i = 0; i < n; i++) {
		struct cost_slice *sl = NULL;

		if (!is_cost_line(account_map_line(map, sums[i].account)))
			continue;
		if (money_add(out->expenses, sums[i].sum, &out->expenses) < 0)
			goto overflow;
		for (j = 0; j < b->n && !sl; j++) {
			const struct budget_line *l = &b->lines[j];

			if (l->kind == BUDGET_COST && budget_line_matches(l, &sums[i]))
				sl = slice_find(out, row_name(l), &cap);
		}
		if (!sl)
			sl = slice_find(out, other, &cap);
		if (money_add(sl->cost, sums[i].sum, &sl->cost) < 0)
			goto overflow;
	}
	/* Only costs make slices. */
	for (i = 0, k = 0; i < out->n; i++) {
		if (out->slices[i].cost > 0)
			out->slices[k++] = out->slices[i];
		else
			free(out->slices[i].name);
	}
	out->n = k;
	for (i = 0; i < out->n; i++)
		if (money_add(out->total, out->slices[i].cost, &out->total) < 0)
			goto overflow;
	for (i = 0; i < out->n; i++)
		if (ratio_scaled(out->slices[i].cost, out->total, 2, &out->slices[i].percent) < 0)
			out->slices[i].percent = 0;
	return 0;
overflow:
	cost_shares_release(out);
	return err_set(err, "kostnaderna för %d är för stora att summera", b->year);
}

void cost_shares_release(struct cost_shares *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->slices[i].name);
	free(c->slices);
	memset(c, 0, sizeof(*c));
}
