/*
 * notes.c: the notes' own figures from the year's books.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/budget.h"
#include "model/check.h"
#include "model/interim.h"
#include "model/notes.h"
#include "model/rounding.h"

static const struct {
	const char *key, *label;
} kinds[COST__MAX] = {
	[COST_INTERVENTIONS] = { "interventions", "Bidrag till insatser" },
	[COST_STAFF] = { "staff", "Personalkostnader" },
	[COST_OTHER] = { "other", "Övriga kostnader" },
};

const char *cost_kind_key(enum cost_kind k)
{
	return k < COST__MAX ? kinds[k].key : "";
}

const char *cost_kind_label(enum cost_kind k)
{
	return k < COST__MAX ? kinds[k].label : "";
}

enum cost_kind cost_kind_of(const char *account, enum stmt_line l, const struct intervention *iv, size_t n_iv)
{
	size_t i;
	int key;

	if (l == LINE_EXPENSES_INTERVENTIONS)
		return COST_INTERVENTIONS;
	if (l == LINE_EXPENSES_STAFF)
		return COST_STAFF;
	if (l != LINE_EXPENSES)
		return COST_OTHER;
	for (i = 0; i < n_iv; i++)
		if (*iv[i].accounts && accounts_match(iv[i].accounts, account))
			return COST_INTERVENTIONS;
	key = account_key(account);
	return key >= COST_STAFF_FROM && key <= COST_STAFF_TO ? COST_STAFF : COST_OTHER;
}

/* What an account of the income statement adds: its result, or its
 * turnover when the file has no result for it (as the statements do). */
static int64_t result_of(const struct year_account *a)
{
	return a->has_res ? a->res : a->has_turnover ? a->turnover : 0;
}

int costs_by_kind(const struct year_books *b, const struct account_map *m, const struct intervention *iv,
		  size_t n_iv, int64_t out[COST__MAX], struct err *err)
{
	size_t i;

	memset(out, 0, sizeof(int64_t) * COST__MAX);
	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		enum stmt_line l = account_map_line(m, a->number);
		enum cost_kind k;

		if (!stmt_line_is_expense(l) && l != LINE_DEPRECIATION)
			continue;
		k = cost_kind_of(a->number, l, iv, n_iv);
		/* a cost is a debit: the statement prints it negative */
		if (money_sub(out[k], result_of(a), &out[k]) < 0)
			return err_set(err, "kostnaderna är för stora att summera (konto %s)", a->number);
	}
	return 0;
}

int provision_movement(const struct year_books *b, const struct account_map *m, struct provision_note *out,
		       struct err *err)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		int64_t opening = a->has_ib ? a->ib : 0;
		int64_t closing = a->has_ub ? a->ub : opening + (a->has_turnover ? a->turnover : 0);

		if (account_map_line(m, a->number) != LINE_PROVISIONS)
			continue;
		/* a provision is a credit: what is added is credited */
		if (money_sub(out->opening, opening, &out->opening) < 0 ||
		    money_sub(out->closing, closing, &out->closing) < 0 ||
		    money_sub(out->added, a->has_turnover ? a->credit : 0, &out->added) < 0 ||
		    money_add(out->paid, a->has_turnover ? a->debit : 0, &out->paid) < 0)
			return err_set(err, "avsättningarna är för stora att summera (konto %s)", a->number);
	}
	out->other = out->closing - out->opening - out->added + out->paid;
	return 0;
}

const char *member_kind_key(enum member_kind k)
{
	switch (k) {
	case MEMBER_STATE: return "state";
	case MEMBER_REGION: return "region";
	case MEMBER_MUNICIPALITY: return "municipality";
	}
	return "";
}

int revenue_by_member(int64_t revenue, const struct member *m, size_t n, struct member_revenue *out,
		      struct err *err)
{
	struct contribution *parts;
	size_t i;
	int rc;

	if (revenue < 0)
		return err_set(err, "verksamhetens intäkter är negativa (%lld öre) och kan inte fördelas på "
				    "medlemmarna", (long long)revenue);
	parts = xcalloc(n ? n : 1, sizeof(*parts));
	rc = budget_split_grant(revenue, m, n, parts, err);
	for (i = 0; rc == 0 && i < n; i++) {
		out[i].member_id = m[i].id;
		snprintf(out[i].name, sizeof(out[i].name), "%s", m[i].name);
		out[i].kind = member_kind_key(m[i].kind);
		out[i].amount = parts[i].amount;
	}
	free(parts);
	return rc;
}

void year_notes_release(struct year_notes *n)
{
	free(n->revenue);
	n->revenue = NULL;
	n->n_revenue = 0;
	n->has_revenue = 0;
}

void year_notes_round(struct year_notes *n, const struct statements *s, int64_t unit)
{
	struct provision_note *p = &n->provisions;
	int64_t move[3];
	size_t i;

	if (unit <= 1)
		return;
	if (n->has_revenue) {
		int64_t *parts = xcalloc(n->n_revenue ? n->n_revenue : 1, sizeof(*parts));

		for (i = 0; i < n->n_revenue; i++)
			parts[i] = n->revenue[i].amount;
		round_parts_to(parts, n->n_revenue, unit, s->is.revenue);
		for (i = 0; i < n->n_revenue; i++)
			n->revenue[i].amount = parts[i];
		free(parts);
	}
	round_parts_to(n->costs, COST__MAX, unit, s->is.expenses);
	/* The closing is the balance sheet's line; the movement fills the
	 * difference from the opening, each part rounded. */
	p->opening = money_round(p->opening, unit) * unit;
	p->closing = s->bs.provisions;
	move[0] = p->added;
	move[1] = -p->paid;
	move[2] = p->other;
	round_parts_to(move, 3, unit, p->closing - p->opening);
	p->added = move[0];
	p->paid = -move[1];
	p->other = move[2];
}

/* Sums n amounts into *sum; -1 when the sum overflows. */
static int sum_of(const int64_t *a, size_t n, int64_t *sum)
{
	size_t i;

	*sum = 0;
	for (i = 0; i < n; i++)
		if (money_add(*sum, a[i], sum) < 0)
			return -1;
	return 0;
}

void check_notes(struct check_report *r, const struct statements *s, const struct year_notes *n)
{
	const struct provision_note *p = &n->provisions;
	char detail[400], a[32], b[32];
	int64_t sum = 0, moved;
	size_t i;
	int ok = 1;

	if (!n->has_revenue) {
		check_add(r, "notes_revenue", "Noten om intäkterna per medlem summerar till intäkterna",
			  CHECK_SKIPPED, n->why_not[0] ? n->why_not : "Det finns inga medlemmar att fördela "
			  "intäkterna på.");
	} else {
		for (i = 0; i < n->n_revenue && ok; i++)
			ok = money_add(sum, n->revenue[i].amount, &sum) == 0;
		ok = ok && sum == s->is.revenue;
		snprintf(detail, sizeof(detail), "Medlemmarnas delar summerar till %s kr; verksamhetens intäkter "
			 "är %s kr.", money_format(a, sizeof(a), sum, MONEY_STYLE_KR_ORE),
			 money_format(b, sizeof(b), s->is.revenue, MONEY_STYLE_KR_ORE));
		check_add(r, "notes_revenue", "Noten om intäkterna per medlem summerar till intäkterna",
			  ok ? CHECK_OK : CHECK_FAILED, detail);
	}
	ok = sum_of(n->costs, COST__MAX, &sum) == 0 && sum == s->is.expenses;
	snprintf(detail, sizeof(detail), "Kostnaderna per slag summerar till %s kr; verksamhetens kostnader är "
		 "%s kr.", money_format(a, sizeof(a), sum, MONEY_STYLE_KR_ORE),
		 money_format(b, sizeof(b), s->is.expenses, MONEY_STYLE_KR_ORE));
	check_add(r, "notes_costs", "Noten om kostnaderna per slag summerar till kostnaderna",
		  ok ? CHECK_OK : CHECK_FAILED, detail);
	{
		int64_t parts[4] = { p->opening, p->added, -p->paid, p->other };

		ok = sum_of(parts, 4, &moved) == 0 && moved == p->closing && p->closing == s->bs.provisions;
	}
	snprintf(detail, sizeof(detail), "Avsättningarna vid årets slut enligt noten är %s kr; balansräkningens "
		 "avsättningar är %s kr.", money_format(a, sizeof(a), p->closing, MONEY_STYLE_KR_ORE),
		 money_format(b, sizeof(b), s->bs.provisions, MONEY_STYLE_KR_ORE));
	check_add(r, "notes_provisions", "Noten om avsättningarna stämmer med balansräkningen",
		  ok ? CHECK_OK : CHECK_FAILED, detail);
}
