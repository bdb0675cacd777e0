/*
 * interim.c: the interim report's table from a budget and the sums booked
 * up to the cut-off date. A budget line is followed up on the accounts it
 * names; a cost area is a budget group (a cost line without a group is an
 * area of its own).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/range.h"
#include "base/xmalloc.h"
#include "model/interim.h"
#include "model/rounding.h"

int accounts_match(const char *list, const char *account)
{
	int key = account_key(account);
	const char *p = list;

	if (key < 0 || !list)
		return 0;
	while (*p) {
		char a[ACCOUNT_MAX] = "", b[ACCOUNT_MAX] = "";
		struct range_text r;

		while (*p == ' ' || *p == ',' || *p == ';')
			p++;
		if (!*p)
			break;
		p = range_scan(p, &r);
		if (!p || r.lo_len >= sizeof(a) || r.hi_len >= sizeof(b))
			return 0;
		memcpy(a, r.lo, r.lo_len);
		memcpy(b, r.hi, r.hi_len);
		if (key >= account_key(a) && key <= account_key(b))
			return 1;
	}
	return 0;
}

/* Whether the canonical object list (6 "1" 1 "10") holds dim:code. */
static int has_object(const char *list, int dim, const char *code, size_t code_len)
{
	const char *p = list;

	while (*p) {
		char *end;
		long d = strtol(p, &end, 10);
		const char *q;
		size_t n = 0;
		char value[128];

		if (end == p)
			return 0;
		p = end;
		while (*p == ' ')
			p++;
		if (*p != '"')
			return 0;
		for (q = p + 1; *q && *q != '"' && n + 1 < sizeof(value); q++) {
			if (*q == '\\' && q[1])
				q++;
			value[n++] = *q;
		}
		value[n] = '\0';
		if (d == dim && n == code_len && memcmp(value, code, n) == 0)
			return 1;
		p = *q ? q + 1 : q;
		while (*p == ' ')
			p++;
	}
	return 0;
}

int budget_line_matches(const struct budget_line *l, const struct account_sum *s)
{
	const char *p = l->objects;

	if (!*l->objects)
		return accounts_match(l->accounts, s->account);
	if (*l->accounts && !accounts_match(l->accounts, s->account))
		return 0;
	while (*p) {
		char *end;
		long dim;
		size_t n;

		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		dim = strtol(p, &end, 10);
		if (end == p || *end != ':')
			return 0;
		p = end + 1;
		n = strcspn(p, ", ");
		if (has_object(s->objects, (int)dim, p, n))
			return 1;
		p += n;
	}
	return 0;
}

/* Whether any line of the area (cost lines of the group, or the revenue
 * line of that name) names the account. */
static int area_has(const struct budget *b, const char *area, int is_cost, const struct account_sum *sum)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];
		const char *name = is_cost && *l->group ? l->group : l->name;

		if (l->kind == BUDGET_EQUITY || (l->kind == BUDGET_COST) != is_cost)
			continue;
		if (strcmp(name, area) == 0 && budget_line_matches(l, sum))
			return 1;
	}
	return 0;
}

/* The booked sum of an area, debit positive. Each account counts once for
 * an area, however many of its lines name it (interventions often share
 * one account). */
static int booked_for(const struct budget *b, const char *area, int is_cost,
		      const struct account_sum *sums, size_t n, int64_t *out)
{
	size_t i;

	*out = 0;
	for (i = 0; i < n; i++)
		if (area_has(b, area, is_cost, &sums[i]) && money_add(*out, sums[i].sum, out) < 0)
			return -1;
	return 0;
}

static const struct interim_override *find_override(const struct interim_override *o, size_t n,
						    const char *area)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(o[i].area, area) == 0)
			return &o[i];
	return NULL;
}

static struct interim_row *add_row(struct interim_row **rows, size_t *n, const char *name, int is_cost)
{
	struct interim_row *r;

	*rows = xrealloc(*rows, (*n + 1) * sizeof(**rows));
	r = &(*rows)[(*n)++];
	memset(r, 0, sizeof(*r));
	r->name = xstrdup(name);
	r->is_cost = is_cost;
	return r;
}

static struct interim_row *find_row(struct interim_row *rows, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(rows[i].name, name) == 0)
			return &rows[i];
	return NULL;
}

/* Remaining, forecast and deviation of a row whose budget and booked are set. */
static int settle(struct interim_row *r, const struct interim_override *o)
{
	if (money_sub(r->budget, r->booked, &r->remaining) < 0)
		return -1;
	if (o) {
		r->forecast = o->amount;
		r->comment = xstrdup(o->comment ? o->comment : "");
	} else if (r->is_cost) {
		/* Costs are negative: the larger cost is the smaller number. */
		r->forecast = r->booked < r->budget ? r->booked : r->budget;
	} else {
		r->forecast = r->booked > r->budget ? r->booked : r->budget;
	}
	return money_sub(r->forecast, r->budget, &r->deviation);
}

int interim_compute(const struct budget *b, const struct account_sum *sums, size_t n_sums,
		    const struct interim_override *overrides, size_t n_overrides,
		    int has_equity, int64_t opening_equity, struct interim *out,
		    struct err *err)
{
	struct interim_row *r;
	int64_t booked, revenue_forecast = 0, budget_equity = 0;
	size_t i;

	memset(out, 0, sizeof(*out));
	out->year = b->year;
	out->cost_total.name = xstrdup("Summa kostnader");
	out->cost_total.is_cost = 1;
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];
		const char *area = *l->group ? l->group : l->name;

		if (l->kind == BUDGET_EQUITY) {
			if (money_add(budget_equity, l->amount, &budget_equity) < 0)
				goto overflow;
			continue;
		}
		if (l->kind == BUDGET_COST) {
			r = find_row(out->areas, out->n_areas, area);
			if (!r)
				r = add_row(&out->areas, &out->n_areas, area, 1);
			/* Costs are shown negative. */
			if (money_sub(r->budget, l->amount, &r->budget) < 0)
				goto overflow;
		} else {
			if (l->kind == BUDGET_GRANT && money_add(out->grant, l->amount, &out->grant) < 0)
				goto overflow;
			r = find_row(out->revenue, out->n_revenue, l->name);
			if (!r)
				r = add_row(&out->revenue, &out->n_revenue, l->name, 0);
			if (money_add(r->budget, l->amount, &r->budget) < 0)
				goto overflow;
		}
		if (*l->accounts || *l->objects)
			r->has_accounts = 1;
	}
	/* Booked: costs are debit (shown negative), revenue credit (shown positive). */
	for (i = 0; i < out->n_areas + out->n_revenue; i++) {
		r = i < out->n_areas ? &out->areas[i] : &out->revenue[i - out->n_areas];
		if (booked_for(b, r->name, r->is_cost, sums, n_sums, &booked) < 0 ||
		    money_sub(0, booked, &r->booked) < 0)
			goto overflow;
	}
	for (i = 0; i < out->n_areas; i++) {
		r = &out->areas[i];
		if (settle(r, find_override(overrides, n_overrides, r->name)) < 0 ||
		    money_add(out->cost_total.budget, r->budget, &out->cost_total.budget) < 0 ||
		    money_add(out->cost_total.booked, r->booked, &out->cost_total.booked) < 0 ||
		    money_add(out->cost_total.remaining, r->remaining, &out->cost_total.remaining) < 0 ||
		    money_add(out->cost_total.forecast, r->forecast, &out->cost_total.forecast) < 0 ||
		    money_add(out->cost_total.deviation, r->deviation, &out->cost_total.deviation) < 0)
			goto overflow;
	}
	for (i = 0; i < out->n_revenue; i++) {
		r = &out->revenue[i];
		if (settle(r, find_override(overrides, n_overrides, r->name)) < 0 ||
		    money_add(revenue_forecast, r->forecast, &revenue_forecast) < 0)
			goto overflow;
	}
	out->equity = has_equity ? opening_equity : budget_equity;
	if (money_add(out->equity, revenue_forecast, &out->total_funds) < 0 ||
	    money_add(out->total_funds, out->cost_total.forecast, &out->forecast_equity) < 0)
		goto overflow;
	out->to_grant = (struct ratio){ out->forecast_equity, out->grant > 0 ? out->grant : 0 };
	return 0;
overflow:
	interim_release(out);
	return err_set(err, "beloppen i delårsrapporten för %d är för stora att summera", b->year);
}

/* Rounds the column at offset of rows[0..n) to its rounded total, which
 * it returns. */
static int64_t round_column(struct interim_row *rows, size_t n, size_t offset, int64_t unit)
{
	int64_t *parts = xcalloc(n ? n : 1, sizeof(*parts)), total;
	size_t i;

	for (i = 0; i < n; i++)
		parts[i] = *(int64_t *)((char *)&rows[i] + offset);
	total = round_parts(parts, n, unit);
	for (i = 0; i < n; i++)
		*(int64_t *)((char *)&rows[i] + offset) = parts[i];
	free(parts);
	return total;
}

/* Rounds rows' budget, booked and forecast, derives the rest, and returns
 * in sum the rounded rows' totals. */
static void round_rows(struct interim_row *rows, size_t n, int64_t unit, struct interim_row *sum)
{
	size_t i;

	sum->budget = round_column(rows, n, offsetof(struct interim_row, budget), unit);
	sum->booked = round_column(rows, n, offsetof(struct interim_row, booked), unit);
	sum->forecast = round_column(rows, n, offsetof(struct interim_row, forecast), unit);
	for (i = 0; i < n; i++) {
		rows[i].remaining = rows[i].budget - rows[i].booked;
		rows[i].deviation = rows[i].forecast - rows[i].budget;
	}
	sum->remaining = sum->budget - sum->booked;
	sum->deviation = sum->forecast - sum->budget;
}

void interim_round(struct interim *in, int64_t unit)
{
	struct interim_row revenue = { 0 };

	round_rows(in->areas, in->n_areas, unit, &in->cost_total);
	round_rows(in->revenue, in->n_revenue, unit, &revenue);
	in->equity = money_round(in->equity, unit) * unit;
	in->total_funds = in->equity + revenue.forecast;
	in->forecast_equity = in->total_funds + in->cost_total.forecast;
}

static void rows_free(struct interim_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(rows[i].name);
		free(rows[i].comment);
	}
	free(rows);
}

void interim_release(struct interim *in)
{
	rows_free(in->areas, in->n_areas);
	rows_free(in->revenue, in->n_revenue);
	free(in->cost_total.name);
	memset(in, 0, sizeof(*in));
}
