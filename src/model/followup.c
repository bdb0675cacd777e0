/*
 * followup.c: the national follow-up's tables: the participants per
 * intervention as a protected grid, and the interventions' budget and
 * outcome with their sums.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/followup.h"
#include "model/rounding.h"

static void sex3(struct pcell *out, const struct psex *s)
{
	out[0] = s->women;
	out[1] = s->men;
	out[2] = s->total;
}

void followup_people_from(const struct pstats *s, const struct intervention *iv, struct followup_people *out)
{
	memset(out, 0, sizeof(*out));
	out->intervention_id = iv->id;
	snprintf(out->name, sizeof(out->name), "%s", iv->name);
	sex3(&out->c[FU_ENROLLED_WOMEN], &s->all.enrolled);
	sex3(&out->c[FU_NEW_WOMEN], &s->all.new_);
	sex3(&out->c[FU_EXITED_WOMEN], &s->all.exited);
	sex3(&out->c[FU_ANONYMOUS_WOMEN], &s->anonymous);
	for (size_t k = 0; k < FU_COLS; k++)
		out->c[k].mark = CELL_SHOWN;
}

void followup_people_total(struct followup_people *rows, size_t n)
{
	struct followup_people *t = &rows[n];
	size_t i, k;

	memset(t, 0, sizeof(*t));
	snprintf(t->name, sizeof(t->name), "Summa");
	for (i = 0; i < n; i++)
		for (k = 0; k < FU_COLS; k++)
			t->c[k].n += rows[i].c[k].n;
}

void followup_people_protect(struct followup_people *rows, size_t n, int threshold)
{
	static const struct protect_sum sums[] = {
		{ FU_ENROLLED, { FU_ENROLLED_WOMEN, FU_ENROLLED_MEN }, 2 },
		{ FU_NEW, { FU_NEW_WOMEN, FU_NEW_MEN }, 2 },
		{ FU_EXITED, { FU_EXITED_WOMEN, FU_EXITED_MEN }, 2 },
		{ FU_ANONYMOUS, { FU_ANONYMOUS_WOMEN, FU_ANONYMOUS_MEN }, 2 },
	};
	struct pcell *grid = xcalloc((n + 1) * FU_COLS, sizeof(*grid));
	size_t i;

	for (i = 0; i <= n; i++)
		memcpy(&grid[i * FU_COLS], rows[i].c, sizeof(rows[i].c));
	protect_grid(grid, n + 1, FU_COLS, 1, sums, sizeof(sums) / sizeof(sums[0]), threshold);
	for (i = 0; i <= n; i++)
		memcpy(rows[i].c, &grid[i * FU_COLS], sizeof(rows[i].c));
	free(grid);
}

int followup_budget_of(const struct budget *b, const struct intervention *iv, int64_t *out, int *found,
		       struct err *err)
{
	size_t i;

	*out = 0;
	*found = 0;
	for (i = 0; b && i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		if (l->kind != BUDGET_COST)
			continue;
		if (strcmp(l->name, iv->name) != 0 && !(*iv->objects && strcmp(l->objects, iv->objects) == 0))
			continue;
		if (money_add(*out, l->amount, out) < 0)
			return err_set(err, "budgeten för %s är för stor", iv->name);
		*found = 1;
	}
	return 0;
}

int followup_money_total(struct followup_money *rows, size_t n, struct err *err)
{
	struct followup_money *t = &rows[n];
	size_t i;

	memset(t, 0, sizeof(*t));
	snprintf(t->name, sizeof(t->name), "Summa");
	for (i = 0; i < n; i++) {
		if (money_add(t->budget, rows[i].budget, &t->budget) < 0 ||
		    money_add(t->outcome, rows[i].outcome, &t->outcome) < 0)
			return err_set(err, "insatsernas summa är för stor");
		t->has_budget |= rows[i].has_budget;
	}
	return 0;
}

void followup_release(struct followup *f)
{
	free(f->people);
	free(f->money);
	free(f->grants);
	memset(f, 0, sizeof(*f));
}

void followup_round(struct followup *f, int64_t unit)
{
	int64_t *v;
	size_t i, n = f->n_money > f->n_grants ? f->n_money : f->n_grants;

	if (unit <= 1)
		return;
	v = xcalloc(n + 1, sizeof(*v));
	for (i = 0; i < f->n_money; i++)
		v[i] = f->money[i].budget;
	f->money[f->n_money].budget = round_parts(v, f->n_money, unit);
	for (i = 0; i < f->n_money; i++) {
		f->money[i].budget = v[i];
		v[i] = f->money[i].outcome;
	}
	f->money[f->n_money].outcome = round_parts(v, f->n_money, unit);
	for (i = 0; i < f->n_money; i++)
		f->money[i].outcome = v[i];
	for (i = 0; i < f->n_grants; i++)
		v[i] = f->grants[i].amount;
	f->grants_total = round_parts(v, f->n_grants, unit);
	for (i = 0; i < f->n_grants; i++)
		f->grants[i].amount = v[i];
	f->equity.equity = money_round(f->equity.equity, unit) * unit;
	f->equity.grant = money_round(f->equity.grant, unit) * unit;
	free(v);
}

void followup_forbund_from(const struct followup *f, const char *name, const char *title,
			   struct followup_forbund *out)
{
	memset(out, 0, sizeof(*out));
	snprintf(out->forbund, sizeof(out->forbund), "%s", name);
	out->people = f->people[f->n_people];
	snprintf(out->people.name, sizeof(out->people.name), "%s", title);
	out->budget = f->money[f->n_money].budget;
	out->outcome = f->money[f->n_money].outcome;
	out->has_grants = f->has_grants;
	out->grants = f->grants_total;
	out->equity = f->equity.equity;
	out->grant = f->equity.grant;
	out->rule = f->equity;
}

int followup_host_total(struct followup_host *h, struct err *err)
{
	struct followup_forbund *t = &h->rows[h->n];
	size_t i, k;

	memset(t, 0, sizeof(*t));
	snprintf(t->people.name, sizeof(t->people.name), "Summa");
	t->has_grants = h->n > 0;
	for (i = 0; i < h->n; i++) {
		const struct followup_forbund *r = &h->rows[i];

		for (k = 0; k < FU_COLS; k++)
			t->people.c[k].n += r->people.c[k].n;
		if (money_add(t->budget, r->budget, &t->budget) < 0 ||
		    money_add(t->outcome, r->outcome, &t->outcome) < 0 ||
		    money_add(t->grants, r->grants, &t->grants) < 0 ||
		    money_add(t->equity, r->equity, &t->equity) < 0 || money_add(t->grant, r->grant, &t->grant) < 0)
			return err_set(err, "summorna över förbunden blir för stora");
		if (!r->has_grants)
			t->has_grants = 0;
	}
	equity_rule_eval(t->equity, t->grant, h->n ? h->rows[0].rule.basis : GRANT_BASIS_REVENUE, &t->rule);
	return 0;
}

void followup_host_protect(struct followup_host *h)
{
	struct followup_people *rows = xcalloc(h->n + 1, sizeof(*rows));
	size_t i;

	for (i = 0; i <= h->n; i++)
		rows[i] = h->rows[i].people;
	followup_people_protect(rows, h->n, h->threshold);
	for (i = 0; i <= h->n; i++)
		h->rows[i].people = rows[i];
	free(rows);
}

/* The amounts of a row that round, by their index. */
#define HOST_AMOUNTS 5
static int64_t *amount(struct followup_forbund *r, int k)
{
	int64_t *const at[HOST_AMOUNTS] = { &r->budget, &r->outcome, &r->grants, &r->equity, &r->grant };

	return at[k];
}

void followup_host_round(struct followup_host *h, int64_t unit)
{
	int64_t *v;
	size_t i;
	int k;

	if (unit <= 1)
		return;
	v = xcalloc(h->n + 1, sizeof(*v));
	for (k = 0; k < HOST_AMOUNTS; k++) {
		for (i = 0; i < h->n; i++)
			v[i] = *amount(&h->rows[i], k);
		*amount(&h->rows[h->n], k) = round_parts(v, h->n, unit);
		for (i = 0; i < h->n; i++)
			*amount(&h->rows[i], k) = v[i];
	}
	free(v);
}
