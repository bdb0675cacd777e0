/*
 * check.c: the consistency checks of a year's books. Each check computes
 * both sides of an identity the published figures must satisfy and, when
 * they differ, says so with the figures, in Swedish, so that the director
 * or auditor can find the slip.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/check.h"
#include "model/statements.h"

#define LISTED_MAX 10

static const char *kr(char *buf, size_t n, int64_t ore)
{
	char tmp[48];

	money_format(tmp, sizeof(tmp), ore, MONEY_STYLE_KR_ORE);
	if (snprintf(buf, n, "%s kr", tmp) < 0)
		buf[0] = '\0';
	return buf;
}

static struct check_item *item(struct check_report *r, const char *id, const char *title)
{
	struct check_item *it = &r->items[r->n++];

	it->id = id;
	it->title = title;
	it->status = CHECK_OK;
	it->detail = NULL;
	return it;
}

static void finish(struct check_report *r, struct check_item *it, struct buf *detail, int failed)
{
	it->status = failed ? CHECK_FAILED : CHECK_OK;
	it->detail = detail->len ? buf_detach(detail) : NULL;
	buf_release(detail);
	if (failed)
		r->failures++;
}

static void skip(struct check_item *it, const char *why)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, why);
	it->status = CHECK_SKIPPED;
	it->detail = buf_detach(&b);
}

/* An account is on the balance sheet when its class is 1 or 2. */
static int is_balance_account(const char *number)
{
	int key = account_key(number);

	return key >= 0 && key < 3000;
}

static int64_t closing_of(const struct year_account *a)
{
	int64_t opening = a->has_ib ? a->ib : 0, c;

	if (a->has_ub)
		return a->ub;
	if (money_add(opening, a->has_turnover ? a->turnover : 0, &c) < 0)
		return opening;
	return c;
}

static void check_opening(struct check_report *r, const struct check_input *in,
			  const struct statements *cur, const struct statements *prev)
{
	struct check_item *it = item(r, "opening_balances",
				     "Föregående års utgående balanser är årets ingående");
	const struct year_books *p = in->prev, *c = in->cur;
	struct buf d;
	char a1[48], a2[48];
	size_t i = 0, j = 0;
	long differing = 0;

	if (!p) {
		skip(it, "föregående år finns inte i databasen");
		return;
	}
	buf_init(&d);
	/* Walk both sorted account lists together. */
	while (i < p->n || j < c->n) {
		const struct year_account *pa = NULL, *ca = NULL;
		const char *number;
		int cmp;
		int64_t closing, opening;

		if (i >= p->n)
			cmp = 1;
		else if (j >= c->n)
			cmp = -1;
		else
			cmp = strcmp(p->accounts[i].number, c->accounts[j].number);
		if (cmp <= 0)
			pa = &p->accounts[i++];
		if (cmp >= 0)
			ca = &c->accounts[j++];
		number = pa ? pa->number : ca->number;
		if (!is_balance_account(number) ||
		    account_map_line(in->map, number) == LINE_EQUITY)
			continue;
		closing = pa ? closing_of(pa) : 0;
		opening = ca && ca->has_ib ? ca->ib : 0;
		if (closing == opening)
			continue;
		differing++;
		if (differing <= LISTED_MAX)
			buf_addf(&d, "konto %s: utgående %d %s, ingående %d %s\n", number,
				 prev->year, kr(a1, sizeof(a1), closing), cur->year,
				 kr(a2, sizeof(a2), opening));
	}
	if (prev->bs.equity != cur->opening_equity) {
		differing++;
		buf_addf(&d, "eget kapital: utgående %d (med årets resultat) %s, ingående %d %s\n",
			 prev->year, kr(a1, sizeof(a1), prev->bs.equity), cur->year,
			 kr(a2, sizeof(a2), cur->opening_equity));
	}
	if (differing > LISTED_MAX + 1)
		buf_addf(&d, "%ld skillnader i allt\n", differing);
	if (d.len && d.s[d.len - 1] == '\n')
		d.s[--d.len] = '\0';
	finish(r, it, &d, differing > 0);
}

static void check_transactions(struct check_report *r, const struct check_input *in)
{
	struct check_item *it = item(r, "transactions",
				     "Transaktionerna summerar till utgående balanser");
	const struct year_books *c = in->cur;
	struct buf d;
	char a1[48], a2[48], a3[48];
	long differing = 0;
	size_t i;

	if (!c->has_verifications) {
		skip(it, "inga verifikationer i bokföringen");
		return;
	}
	buf_init(&d);
	for (i = 0; i < c->n; i++) {
		const struct year_account *a = &c->accounts[i];
		int64_t turnover = a->has_turnover ? a->turnover : 0, opening = a->has_ib ? a->ib : 0,
			expected;

		if (a->has_ub && is_balance_account(a->number)) {
			if (money_add(opening, turnover, &expected) < 0)
				expected = INT64_MIN;
			if (expected != a->ub) {
				differing++;
				if (differing <= LISTED_MAX)
					buf_addf(&d, "konto %s: ingående %s + transaktioner %s = %s, men utgående balans %s\n",
						 a->number, kr(a1, sizeof(a1), opening),
						 kr(a2, sizeof(a2), turnover),
						 kr(a3, sizeof(a3), expected),
						 kr(a1, sizeof(a1), a->ub));
			}
		}
		if (a->has_res && !is_balance_account(a->number) && turnover != a->res) {
			differing++;
			if (differing <= LISTED_MAX)
				buf_addf(&d, "konto %s: transaktioner %s, men resultat %s\n", a->number,
					 kr(a1, sizeof(a1), turnover), kr(a2, sizeof(a2), a->res));
		}
	}
	if (differing > LISTED_MAX)
		buf_addf(&d, "%ld konton stämmer inte i allt\n", differing);
	if (d.len && d.s[d.len - 1] == '\n')
		d.s[--d.len] = '\0';
	finish(r, it, &d, differing > 0);
}

static void check_verifications(struct check_report *r, const struct check_input *in)
{
	struct check_item *it = item(r, "verifications", "Varje verifikation balanserar");
	struct buf d;
	char a1[48], date[11];
	size_t i;

	if (!in->cur->has_verifications) {
		skip(it, "inga verifikationer i bokföringen");
		return;
	}
	buf_init(&d);
	for (i = 0; i < in->n_unbalanced; i++) {
		const struct unbalanced_ver *v = &in->unbalanced[i];

		buf_addf(&d, "%s%s%s %s: summa %s\n", v->series, v->series[0] ? " " : "", v->number,
			 date_format(date, v->date), kr(a1, sizeof(a1), v->sum));
	}
	if (in->total_unbalanced > 0)
		buf_addf(&d, "%lld verifikationer balanserar inte\n", (long long)in->total_unbalanced);
	if (d.len && d.s[d.len - 1] == '\n')
		d.s[--d.len] = '\0';
	finish(r, it, &d, in->total_unbalanced > 0);
}

int check_run(const struct check_input *in, struct check_report *out,
	      struct err *err)
{
	struct statements cur, prev;
	struct check_item *it;
	struct buf d;
	char a1[48], a2[48], a3[48];
	int64_t change, diff;

	memset(out, 0, sizeof(*out));
	if (statements_compute(in->cur, in->map, &cur, err) < 0)
		return -1;
	if (in->prev && statements_compute(in->prev, in->map, &prev, err) < 0)
		return -1;
	out->year = cur.year;
	out->items = xcalloc(6, sizeof(*out->items));

	it = item(out, "balance_sheet", "Balansräkningen balanserar");
	buf_init(&d);
	if (cur.bs.imbalance != 0)
		buf_addf(&d, "summa tillgångar %s, summa eget kapital, avsättningar och skulder %s: skillnad %s",
			 kr(a1, sizeof(a1), cur.bs.total_assets),
			 kr(a2, sizeof(a2), cur.bs.total_equity_and_liabilities),
			 kr(a3, sizeof(a3), cur.bs.imbalance));
	finish(out, it, &d, cur.bs.imbalance != 0);

	it = item(out, "result_equity", "Årets resultat är lika med förändringen av eget kapital");
	buf_init(&d);
	if (money_sub(cur.bs.equity, cur.opening_equity, &change) < 0 ||
	    money_sub(change, cur.is.result, &diff) < 0)
		goto overflow;
	if (diff != 0) {
		char a4[48];

		buf_addf(&d, "eget kapital vid årets början %s, vid årets slut %s: förändring %s, men årets resultat %s",
			 kr(a1, sizeof(a1), cur.opening_equity), kr(a2, sizeof(a2), cur.bs.equity),
			 kr(a3, sizeof(a3), change), kr(a4, sizeof(a4), cur.is.result));
		buf_addf(&d, " (skillnad %s)", kr(a1, sizeof(a1), diff));
	}
	finish(out, it, &d, diff != 0);

	it = item(out, "cash_flow", "Kassaflödet är lika med förändringen av kassa och bank");
	buf_init(&d);
	if (money_sub(cur.cf.cash_end, cur.cf.cash_start, &change) < 0 ||
	    money_sub(cur.cf.net_cash_flow, change, &diff) < 0)
		goto overflow;
	if (diff != 0)
		buf_addf(&d, "årets kassaflöde %s, men kassa och bank ändrades med %s (skillnad %s)",
			 kr(a1, sizeof(a1), cur.cf.net_cash_flow), kr(a2, sizeof(a2), change),
			 kr(a3, sizeof(a3), diff));
	finish(out, it, &d, diff != 0);

	check_opening(out, in, &cur, in->prev ? &prev : NULL);
	check_verifications(out, in);
	check_transactions(out, in);
	return 0;
overflow:
	check_report_release(out);
	return err_set(err, "beloppen är för stora att kontrollera");
}

void check_report_release(struct check_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		free(r->items[i].detail);
	free(r->items);
	r->items = NULL;
	r->n = 0;
	r->failures = 0;
}
