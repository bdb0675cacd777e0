/*
 * budget.c: budget lines, the split of the grant into the members'
 * contributions, and the totals of the plan's budget table.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/range.h"
#include "base/xmalloc.h"
#include "model/budget.h"

static const char *const kind_keys[] = { "grant", "revenue", "equity", "cost" };

const char *budget_kind_key(enum budget_kind k)
{
	return (unsigned)k < 4 ? kind_keys[k] : "";
}

int budget_kind_parse(const char *key, enum budget_kind *out)
{
	int k;

	for (k = 0; k < 4; k++) {
		if (strcmp(key, kind_keys[k]) == 0) {
			*out = (enum budget_kind)k;
			return 0;
		}
	}
	return -1;
}

void budget_init(struct budget *b, int year)
{
	memset(b, 0, sizeof(*b));
	b->year = year;
	b->version = 1;
	b->label = xstrdup("");
}

void budget_release(struct budget *b)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		free(b->lines[i].group);
		free(b->lines[i].name);
		free(b->lines[i].accounts);
		free(b->lines[i].objects);
	}
	free(b->lines);
	free(b->label);
	memset(b, 0, sizeof(*b));
}

void budget_add(struct budget *b, enum budget_kind kind, const char *group,
		const char *name, int64_t amount, const char *accounts)
{
	struct budget_line *l;

	b->lines = xgrow(b->lines, sizeof(*b->lines), b->n + 1, &b->cap);
	l = &b->lines[b->n++];
	l->kind = kind;
	l->group = xstrdup(group ? group : "");
	l->name = xstrdup(name ? name : "");
	l->amount = amount;
	l->accounts = range_ascii(xstrdup(accounts ? accounts : ""));
	l->objects = xstrdup("");
}

void budget_line_objects(struct budget_line *l, const char *objects)
{
	free(l->objects);
	l->objects = xstrdup(objects ? objects : "");
}

int budget_objects_valid(const char *objects)
{
	const char *p = objects;

	while (*p) {
		size_t n;

		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		n = strspn(p, "0123456789");
		if (n == 0 || p[n] != ':')
			return -1;
		p += n + 1;
		n = strcspn(p, ", ");
		if (n == 0)
			return -1;
		p += n;
	}
	return 0;
}

/* Splits total into n parts proportional to weights (all > 0), by the
 * largest remainder; ties to the earlier part. The products are taken in
 * 128 bits, so any int64 amount and weights up to 2^62 are exact. */
__extension__ typedef __int128 i128;

static void split(int64_t total, const int64_t *weights, size_t n, int64_t *out)
{
	i128 sum = 0, given = 0, *rem = xcalloc(n, sizeof(*rem));
	int neg = total < 0;
	i128 t = neg ? -(i128)total : (i128)total;
	size_t i;

	for (i = 0; i < n; i++)
		sum += weights[i];
	for (i = 0; i < n; i++) {
		i128 p = t * weights[i];

		out[i] = (int64_t)(p / sum);
		rem[i] = p % sum;
		given += out[i];
	}
	while (given < t) {
		size_t best = 0;

		for (i = 1; i < n; i++)
			if (rem[i] > rem[best])
				best = i;
		out[best]++;
		rem[best] = -1;
		given++;
	}
	if (neg)
		for (i = 0; i < n; i++)
			out[i] = -out[i];
	free(rem);
}

int budget_split_grant(int64_t grant, const struct member *members, size_t n,
		       struct contribution *out, struct err *err)
{
	static const int64_t kind_weight[3] = { 2, 1, 1 };   /* 50 / 25 / 25 */
	static const char *const kind_names[3] = { "staten (Försäkringskassan eller Arbetsförmedlingen)",
						   "region", "kommun" };
	int64_t kind_total[3], weights[3], *keys = xcalloc(n ? n : 1, sizeof(int64_t)),
		*parts = xcalloc(n ? n : 1, sizeof(int64_t));
	size_t i, k, count[3] = { 0, 0, 0 };
	int rc = -1;

	for (i = 0; i < n; i++) {
		if (members[i].key <= 0) {
			err_set(err, "medlemmen %s har ingen positiv fördelningsnyckel", members[i].name);
			goto out;
		}
		count[members[i].kind]++;
	}
	for (k = 0; k < 3; k++) {
		if (count[k] == 0) {
			err_set(err, "driftbidraget kan inte fördelas: förbundet saknar medlem av typen %s",
				kind_names[k]);
			goto out;
		}
		weights[k] = kind_weight[k];
	}
	split(grant, weights, 3, kind_total);
	for (k = 0; k < 3; k++) {
		size_t m = 0;

		for (i = 0; i < n; i++)
			if ((size_t)members[i].kind == k)
				keys[m++] = members[i].key;
		split(kind_total[k], keys, m, parts);
		m = 0;
		for (i = 0; i < n; i++) {
			if ((size_t)members[i].kind == k) {
				out[i].member = &members[i];
				out[i].amount = parts[m++];
			}
		}
	}
	rc = 0;
out:
	free(keys);
	free(parts);
	return rc;
}

int budget_totals(const struct budget *b, struct budget_totals *t, struct err *err)
{
	size_t i;
	int64_t costs = 0;

	memset(t, 0, sizeof(*t));
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];
		int64_t *acc = l->kind == BUDGET_GRANT ? &t->grant
			       : l->kind == BUDGET_REVENUE ? &t->other_revenue
			       : l->kind == BUDGET_EQUITY ? &t->equity : &costs;

		if (money_add(*acc, l->amount, acc) < 0)
			goto overflow;
	}
	if (money_add(t->grant, t->other_revenue, &t->revenue_total) < 0 ||
	    money_add(t->revenue_total, t->equity, &t->revenue_total) < 0 ||
	    money_sub(0, costs, &t->cost_total) < 0 ||
	    money_add(t->revenue_total, t->cost_total, &t->forecast_equity) < 0)
		goto overflow;
	return 0;
overflow:
	return err_set(err, "beloppen i budgeten för %d är för stora att summera", b->year);
}

int budget_group_total(const struct budget *b, const char *group, int64_t *out,
		       struct err *err)
{
	size_t i;

	*out = 0;
	for (i = 0; i < b->n; i++) {
		if (b->lines[i].kind != BUDGET_COST || strcmp(b->lines[i].group, group) != 0)
			continue;
		if (money_add(*out, b->lines[i].amount, out) < 0)
			return err_set(err, "beloppen i gruppen %s är för stora att summera", group);
	}
	return 0;
}

int budget_groups(const struct budget *b, struct budget_group **out, size_t *n, struct err *err)
{
	struct budget_group *g = NULL;
	size_t i, k, cap = 0;

	*out = NULL;
	*n = 0;
	for (i = 0; i < b->n; i++) {
		const char *group = b->lines[i].group;

		if (b->lines[i].kind != BUDGET_COST || !*group)
			continue;
		for (k = 0; k < *n && strcmp(g[k].name, group) != 0; k++)
			;
		if (k == *n) {
			g = xgrow(g, sizeof(*g), *n + 1, &cap);
			g[k].name = group;
			g[k].first = i;
			g[k].total = 0;
			(*n)++;
		}
		if (money_add(g[k].total, b->lines[i].amount, &g[k].total) < 0) {
			free(g);
			*n = 0;
			return err_set(err, "beloppen i gruppen %s är för stora att summera", group);
		}
	}
	*out = g;
	return 0;
}

int64_t budget_contributions_of(const struct contribution *parts, size_t n, enum member_kind k)
{
	int64_t sum = 0;
	size_t i;

	/* The parts split one grant, so their sum fits as the grant does. */
	for (i = 0; i < n; i++)
		if (parts[i].member->kind == k)
			sum += parts[i].amount;
	return sum;
}
