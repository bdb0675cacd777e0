/*
 * payments.c: each booked sum given to at most one intervention (by its
 * objects, an allocation, or its account alone), counted within the years
 * the intervention's decisions cover, and what cannot be given to anyone
 * named as a finding. See payments.h for the rule.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/goal.h"
#include "model/payments.h"

int allocation_share_parse(const char *s, int64_t *out)
{
	int64_t v;

	if (!s || indicator_value_parse(s, &v) < 0 || v <= 0 || v > 10000)
		return -1;
	*out = v;
	return 0;
}

int intervention_decided_in(const struct decision *d, size_t n_d, int64_t intervention_id, int year,
			    int until)
{
	size_t i;

	for (i = 0; i < n_d; i++)
		if (d[i].intervention_id == intervention_id && d[i].meeting.y <= until &&
		    d[i].year_from <= year && year <= d[i].year_to)
			return 1;
	return 0;
}

static int matches_objects(const struct intervention *iv, const struct account_sum *s)
{
	struct budget_line l;

	if (!*iv->objects)
		return 0;
	memset(&l, 0, sizeof(l));
	l.kind = BUDGET_COST;
	l.accounts = (char *)iv->accounts;
	l.objects = (char *)iv->objects;
	return budget_line_matches(&l, s);
}

static int allocation_covers(const struct allocation *a, int year, const char *account)
{
	if (a->share ? a->year != 0 && a->year != year : a->year != year)
		return 0;
	return accounts_match(a->accounts, account);
}

static int any_allocation(const struct allocation *al, size_t n_al, int year, const char *account)
{
	size_t i;

	for (i = 0; i < n_al; i++)
		if (allocation_covers(&al[i], year, account))
			return 1;
	return 0;
}

enum owner { OWNER_NONE, OWNER_ONE, OWNER_POOL };

/* Who a booked sum belongs to: one intervention (*one), a pool of the
 * account (those who could claim it marked in cand, when given), or none. */
static enum owner classify(const struct intervention *iv, size_t n_iv, const struct allocation *al,
			   size_t n_al, int year, const struct account_sum *s, size_t *one, char *cand)
{
	size_t i, n_obj = 0, n_acc = 0, last_obj = 0, last_acc = 0;

	for (i = 0; i < n_iv; i++) {
		if (matches_objects(&iv[i], s)) {
			n_obj++;
			last_obj = i;
		}
	}
	if (n_obj == 1) {
		*one = last_obj;
		return OWNER_ONE;
	}
	for (i = 0; i < n_iv && n_obj > 1 && cand; i++)
		if (matches_objects(&iv[i], s))
			cand[i] = 1;
	if (n_obj > 1)
		return OWNER_POOL;
	for (i = 0; i < n_iv; i++) {
		if (!*iv[i].objects && *iv[i].accounts && accounts_match(iv[i].accounts, s->account)) {
			n_acc++;
			last_acc = i;
			if (cand)
				cand[i] = 1;
		}
	}
	if (any_allocation(al, n_al, year, s->account))
		return OWNER_POOL;
	if (n_acc == 1) {
		*one = last_acc;
		return OWNER_ONE;
	}
	return n_acc > 1 ? OWNER_POOL : OWNER_NONE;
}

int payments_is_pooled(const struct intervention *iv, size_t n_iv, const struct allocation *al,
		       size_t n_al, int year, const struct account_sum *s)
{
	size_t one;

	return classify(iv, n_iv, al, n_al, year, s, &one, NULL) == OWNER_POOL;
}

/* What one account holds in a year that no object or sole follower settles. */
struct pool {
	char account[ACCOUNT_MAX];
	int64_t total;
	char *cand;               /* n_iv flags: the interventions that could claim it */
};

static struct payment_finding *finding(struct payments *p, enum payment_finding_kind kind, int year,
				       const char *account, int64_t amount)
{
	struct payment_finding *f;

	p->findings = xgrow(p->findings, sizeof(*p->findings), p->n_findings + 1, &p->cap);
	f = &p->findings[p->n_findings++];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->year = year;
	snprintf(f->account, sizeof(f->account), "%s", account ? account : "");
	f->amount = amount;
	return f;
}

static void names(char *out, size_t n, const struct intervention *iv, size_t n_iv, const char *cand)
{
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < n_iv && len < n; i++) {
		int w;

		if (!cand[i])
			continue;
		w = snprintf(out + len, n - len, "%s%s", len ? ", " : "", iv[i].name);
		if (w < 0)
			break;
		len += (size_t)w;
	}
}

static size_t index_of(const struct intervention *iv, size_t n_iv, int64_t id)
{
	size_t i;

	for (i = 0; i < n_iv && iv[i].id != id; i++)
		;
	return i;
}

/* Adds amount to intervention k's paid when the year is within its
 * decisions; else adds it to the intervention's finding of that year. */
static int give(struct payments *p, const struct intervention *iv, size_t k, const struct decision *d,
		size_t n_d, int year, int until, int64_t amount, struct err *err)
{
	if (!intervention_decided_in(d, n_d, iv[k].id, year, until)) {
		struct payment_finding *f = NULL;
		size_t i;

		if (amount == 0)
			return 0;
		for (i = 0; i < p->n_findings && !f; i++)
			if (p->findings[i].kind == PAYMENT_OUTSIDE_DECISIONS && p->findings[i].year == year &&
			    p->findings[i].intervention_id == iv[k].id)
				f = &p->findings[i];
		if (!f) {
			f = finding(p, PAYMENT_OUTSIDE_DECISIONS, year, NULL, 0);
			f->intervention_id = iv[k].id;
			snprintf(f->who, sizeof(f->who), "%s", iv[k].name);
		}
		if (money_add(f->amount, amount, &f->amount) < 0)
			return err_set(err, "utbetalningarna till %s är för stora att summera", iv[k].name);
		return 0;
	}
	if (money_add(p->c[k].paid, amount, &p->c[k].paid) < 0)
		return err_set(err, "utbetalningarna till %s är för stora att summera", iv[k].name);
	return 0;
}

/* Divides a pool by the allocations that cover it, or names it. */
static int settle(struct payments *p, const struct intervention *iv, size_t n_iv, const struct decision *d,
		  size_t n_d, const struct allocation *al, size_t n_al, int year, int until, struct pool *pl,
		  struct err *err)
{
	int64_t given = 0, share_total = 0, rest;
	size_t i, last_share = n_al, k;
	int relevant = 0, has_amount = 0, covered = 0;

	for (i = 0; i < n_al; i++) {
		if (!allocation_covers(&al[i], year, pl->account))
			continue;
		covered = 1;
		k = index_of(iv, n_iv, al[i].intervention_id);
		if (k < n_iv)
			pl->cand[k] = 1;
		if (al[i].share) {
			share_total += al[i].share;
			last_share = i;
		} else {
			has_amount = 1;
		}
	}
	for (k = 0; k < n_iv; k++)
		if (pl->cand[k] && intervention_decided_in(d, n_d, iv[k].id, year, until))
			relevant = 1;
	for (i = 0; covered && i < n_al; i++) {
		int64_t amount = al[i].amount, prod;

		if (!allocation_covers(&al[i], year, pl->account))
			continue;
		if (al[i].share) {
			if (money_mul(pl->total, al[i].share, &prod) < 0 || ratio_scaled(prod, 10000, 0, &amount) < 0)
				return err_set(err, "beloppet på konto %s är för stort att fördela", pl->account);
			/* Shares of the whole give out exactly what is booked. */
			if (i == last_share && share_total == 10000 && !has_amount &&
			    money_sub(pl->total, given, &amount) < 0)
				return err_set(err, "beloppet på konto %s är för stort att fördela", pl->account);
		}
		k = index_of(iv, n_iv, al[i].intervention_id);
		if (k < n_iv && give(p, iv, k, d, n_d, year, until, amount, err) < 0)
			return -1;
		if (money_add(given, amount, &given) < 0)
			return err_set(err, "fördelningen av konto %s är för stor att summera", pl->account);
	}
	if (!relevant || money_sub(pl->total, given, &rest) < 0 || rest == 0)
		return 0;
	if (!covered) {
		names(finding(p, PAYMENT_UNATTRIBUTED, year, pl->account, pl->total)->who, 400, iv, n_iv, pl->cand);
		return 0;
	}
	names(finding(p, rest > 0 ? PAYMENT_UNDER_ALLOCATED : PAYMENT_OVER_ALLOCATED, year, pl->account,
		      rest > 0 ? rest : -rest)->who, 400, iv, n_iv, pl->cand);
	return 0;
}

static int book_year(struct payments *p, const struct intervention *iv, size_t n_iv, const struct decision *d,
		     size_t n_d, const struct allocation *al, size_t n_al, const struct booked_year *b, int until,
		     struct err *err)
{
	struct pool *pools = NULL;
	size_t n_pools = 0, cap = 0, i, j, one = 0;
	char *cand = xcalloc(n_iv ? n_iv : 1, 1);
	int rc = -1;

	for (i = 0; i < b->n; i++) {
		const struct account_sum *s = &b->sums[i];

		memset(cand, 0, n_iv ? n_iv : 1);
		switch (classify(iv, n_iv, al, n_al, b->year, s, &one, cand)) {
		case OWNER_NONE:
			break;
		case OWNER_ONE:
			if (give(p, iv, one, d, n_d, b->year, until, s->sum, err) < 0)
				goto out;
			break;
		case OWNER_POOL:
			for (j = 0; j < n_pools && strcmp(pools[j].account, s->account) != 0; j++)
				;
			if (j == n_pools) {
				pools = xgrow(pools, sizeof(*pools), n_pools + 1, &cap);
				memset(&pools[j], 0, sizeof(pools[j]));
				snprintf(pools[j].account, sizeof(pools[j].account), "%s", s->account);
				pools[j].cand = xcalloc(n_iv ? n_iv : 1, 1);
				n_pools++;
			}
			for (one = 0; one < n_iv; one++)
				pools[j].cand[one] |= cand[one];
			if (money_add(pools[j].total, s->sum, &pools[j].total) < 0) {
				err_set(err, "beloppen på konto %s är för stora att summera", s->account);
				goto out;
			}
			break;
		}
	}
	for (j = 0; j < n_pools; j++)
		if (settle(p, iv, n_iv, d, n_d, al, n_al, b->year, until, &pools[j], err) < 0)
			goto out;
	rc = 0;
out:
	for (j = 0; j < n_pools; j++)
		free(pools[j].cand);
	free(pools);
	free(cand);
	return rc;
}

int payments_compute(const struct intervention *iv, size_t n_iv, const struct decision *d, size_t n_d,
		     const struct allocation *al, size_t n_al, const struct booked_year *books,
		     size_t n_books, int year, struct payments *out, struct err *err)
{
	struct date end = { year, 12, 31 };
	size_t i;

	memset(out, 0, sizeof(*out));
	out->c = xcalloc(n_iv ? n_iv : 1, sizeof(*out->c));
	out->n = n_iv;
	for (i = 0; i < n_iv; i++)
		out->c[i].intervention_id = iv[i].id;
	for (i = 0; i < n_books; i++)
		if (books[i].year <= year && book_year(out, iv, n_iv, d, n_d, al, n_al, &books[i], year, err) < 0)
			goto fail;
	for (i = 0; i < n_iv; i++) {
		struct commitment *c = &out->c[i];

		if (intervention_decided(&iv[i], d, n_d, end, &c->decided, err) < 0)
			goto fail;
		c->remaining = c->decided > c->paid ? c->decided - c->paid : 0;
		if (c->paid > c->decided) {
			struct payment_finding *f = finding(out, PAYMENT_ABOVE_DECIDED, year, NULL,
							    c->paid - c->decided);

			f->intervention_id = iv[i].id;
			snprintf(f->who, sizeof(f->who), "%s", iv[i].name);
		}
	}
	return 0;
fail:
	payments_release(out);
	return -1;
}

void payments_release(struct payments *p)
{
	free(p->c);
	free(p->findings);
	memset(p, 0, sizeof(*p));
}
