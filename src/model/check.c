/*
 * check.c: the consistency checks of a year's books. Each check computes
 * both sides of an identity the published figures must satisfy and, when
 * they differ, says so with the figures, in Swedish, so that the director
 * or auditor can find the slip. The checks never stop at the first
 * difference: a report that names every slip saves a round of corrections.
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

#define CHECK_COUNT 6
#define LISTED_MAX 10     /* differing accounts listed in one detail */
#define KR_MAX 48

/* "1 234 697,00 kr". */
static const char *kr(char buf[KR_MAX], int64_t ore)
{
	char tmp[32];

	money_format(tmp, sizeof(tmp), ore, MONEY_STYLE_KR_ORE);
	snprintf(buf, KR_MAX, "%s kr", tmp);
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

/* Sets the outcome and hands the detail text (if any) to the item. */
static void finish(struct check_report *r, struct check_item *it, struct buf *detail,
		   int failed)
{
	if (detail->len && detail->s[detail->len - 1] == '\n')
		detail->s[--detail->len] = '\0';
	it->status = failed ? CHECK_FAILED : CHECK_OK;
	it->detail = detail->len ? buf_detach(detail) : NULL;
	buf_release(detail);
	if (failed)
		r->failures++;
}

static void skip(struct check_item *it, const char *why)
{
	it->status = CHECK_SKIPPED;
	it->detail = xstrdup(why);
}

static int too_large(struct err *err, const struct check_item *it)
{
	return err_set(err, "beloppen är för stora för kontrollen '%s'", it->title);
}

/* "3 skillnader i allt", with the singular for one. */
static void add_count(struct buf *d, long n)
{
	buf_addf(d, "%ld %s i allt\n", n, n == 1 ? "skillnad" : "skillnader");
}

/* An account of class 1 or 2: one whose balance carries over to the next
 * year. */
static int is_balance_account(const char *number)
{
	int key = account_key(number);

	return key >= 0 && key < 3000;
}

static int closing_of(const struct year_account *a, int64_t *out, struct err *err)
{
	int64_t opening = a->has_ib ? a->ib : 0;

	if (a->has_ub) {
		*out = a->ub;
		return 0;
	}
	if (money_add(opening, a->has_turnover ? a->turnover : 0, out) < 0)
		return err_set(err, "beloppen är för stora att summera (konto %s)", a->number);
	return 0;
}

static void check_balance_sheet(struct check_report *r, const struct statements *s)
{
	struct check_item *it = item(r, "balance_sheet", "Balansräkningen balanserar");
	const struct balance_sheet *bs = &s->bs;
	struct buf d;
	char a1[KR_MAX], a2[KR_MAX], a3[KR_MAX];

	buf_init(&d);
	if (bs->imbalance != 0)
		buf_addf(&d, "summa tillgångar %s, summa eget kapital, avsättningar och skulder %s, "
			 "skillnad %s", kr(a1, bs->total_assets),
			 kr(a2, bs->total_equity_and_liabilities), kr(a3, bs->imbalance));
	finish(r, it, &d, bs->imbalance != 0);
}

static int check_result_equity(struct check_report *r, const struct statements *s,
			       struct err *err)
{
	struct check_item *it = item(r, "result_equity",
				     "Årets resultat är lika med förändringen av eget kapital");
	struct buf d;
	char a1[KR_MAX], a2[KR_MAX], a3[KR_MAX], a4[KR_MAX], a5[KR_MAX];
	int64_t change, diff;

	if (money_sub(s->bs.equity, s->opening_equity, &change) < 0 ||
	    money_sub(change, s->is.result, &diff) < 0)
		return too_large(err, it);
	buf_init(&d);
	if (diff != 0)
		buf_addf(&d, "eget kapital vid årets början %s, vid årets slut %s, förändring %s, "
			 "men årets resultat %s, skillnad %s", kr(a1, s->opening_equity),
			 kr(a2, s->bs.equity), kr(a3, change), kr(a4, s->is.result), kr(a5, diff));
	finish(r, it, &d, diff != 0);
	return 0;
}

static int check_cash_flow(struct check_report *r, const struct statements *s,
			   struct err *err)
{
	struct check_item *it = item(r, "cash_flow",
				     "Kassaflödet är lika med förändringen av kassa och bank");
	struct buf d;
	char a1[KR_MAX], a2[KR_MAX], a3[KR_MAX];
	int64_t change, diff;

	if (money_sub(s->cf.cash_end, s->cf.cash_start, &change) < 0 ||
	    money_sub(s->cf.net_cash_flow, change, &diff) < 0)
		return too_large(err, it);
	buf_init(&d);
	if (diff != 0)
		buf_addf(&d, "årets kassaflöde %s, men kassa och bank ändrades med %s, skillnad %s",
			 kr(a1, s->cf.net_cash_flow), kr(a2, change), kr(a3, diff));
	finish(r, it, &d, diff != 0);
	return 0;
}

/* Last year's closing balance against this year's opening one, account by
 * account. Equity is compared in total: last year's closing equity holds
 * that year's result whether or not it was booked, and this year's opening
 * equity must too. */
static int check_opening(struct check_report *r, const struct check_input *in,
			 const struct statements *cur, const struct statements *prev,
			 struct err *err)
{
	struct check_item *it = item(r, "opening_balances",
				     "Föregående års utgående balanser är årets ingående");
	const struct year_books *p = in->prev, *c = in->cur;
	struct buf d;
	char a1[KR_MAX], a2[KR_MAX];
	size_t i = 0, j = 0;
	long differing = 0;

	if (!p) {
		skip(it, "föregående år finns inte i databasen");
		return 0;
	}
	buf_init(&d);
	/* Both lists are sorted by number: walk them together, so an account
	 * that exists in only one year is compared with 0. */
	while (i < p->n || j < c->n) {
		const struct year_account *pa = NULL, *ca = NULL;
		const char *number;
		int cmp;
		int64_t closing = 0, opening;

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
		if (pa && closing_of(pa, &closing, err) < 0)
			goto fail;
		opening = ca && ca->has_ib ? ca->ib : 0;
		if (closing == opening)
			continue;
		if (++differing <= LISTED_MAX)
			buf_addf(&d, "konto %s: utgående %d %s, ingående %d %s\n", number,
				 prev->year, kr(a1, closing), cur->year, kr(a2, opening));
	}
	if (prev->bs.equity != cur->opening_equity) {
		differing++;
		buf_addf(&d, "eget kapital: utgående %d %s (med årets resultat), ingående %d %s\n",
			 prev->year, kr(a1, prev->bs.equity), cur->year, kr(a2, cur->opening_equity));
	}
	if (differing > 0)
		add_count(&d, differing);
	finish(r, it, &d, differing > 0);
	return 0;
fail:
	buf_release(&d);
	return -1;
}

static void check_verifications(struct check_report *r, const struct check_input *in)
{
	struct check_item *it = item(r, "verifications", "Varje verifikation balanserar");
	struct buf d;
	char a1[KR_MAX], date[11];
	size_t i;
	int64_t total = in->total_unbalanced;

	if (!in->cur->has_verifications) {
		skip(it, "inga verifikationer i bokföringen");
		return;
	}
	buf_init(&d);
	for (i = 0; i < in->n_unbalanced; i++) {
		const struct unbalanced_ver *v = &in->unbalanced[i];

		buf_addf(&d, "%s%s%s %s: summa %s\n", v->series, v->series[0] ? " " : "",
			 v->number, date_format(date, v->date), kr(a1, v->sum));
	}
	if (total > 0)
		buf_addf(&d, "%lld %s balanserar inte\n", (long long)total,
			 total == 1 ? "verifikation" : "verifikationer");
	finish(r, it, &d, total > 0);
}

/* Opening balance plus the year's transactions must give the closing
 * balance, and the transactions of a result account its result. */
static int check_transactions(struct check_report *r, const struct check_input *in,
			      struct err *err)
{
	struct check_item *it = item(r, "transactions",
				     "Transaktionerna summerar till utgående balanser");
	const struct year_books *c = in->cur;
	struct buf d;
	char a1[KR_MAX], a2[KR_MAX], a3[KR_MAX], a4[KR_MAX];
	long differing = 0;
	size_t i;

	if (!c->has_verifications) {
		skip(it, "inga verifikationer i bokföringen");
		return 0;
	}
	buf_init(&d);
	for (i = 0; i < c->n; i++) {
		const struct year_account *a = &c->accounts[i];
		int64_t turnover = a->has_turnover ? a->turnover : 0;
		int64_t opening = a->has_ib ? a->ib : 0, sum;

		if (a->has_ub && is_balance_account(a->number)) {
			if (money_add(opening, turnover, &sum) < 0) {
				err_set(err, "beloppen är för stora att summera (konto %s)", a->number);
				goto fail;
			}
			if (sum != a->ub && ++differing <= LISTED_MAX)
				buf_addf(&d, "konto %s: ingående %s + transaktioner %s = %s, "
					 "men utgående balans %s\n", a->number, kr(a1, opening),
					 kr(a2, turnover), kr(a3, sum), kr(a4, a->ub));
		}
		if (a->has_res && turnover != a->res && ++differing <= LISTED_MAX)
			buf_addf(&d, "konto %s: transaktioner %s, men resultat %s\n", a->number,
				 kr(a1, turnover), kr(a2, a->res));
	}
	if (differing > 0)
		add_count(&d, differing);
	finish(r, it, &d, differing > 0);
	return 0;
fail:
	buf_release(&d);
	return -1;
}

int check_run(const struct check_input *in, struct check_report *out,
	      struct err *err)
{
	struct statements cur, prev;

	memset(out, 0, sizeof(*out));
	if (statements_compute(in->cur, in->map, &cur, err) < 0)
		return err_prefix(err, "räkenskapsåret %d", fiscal_year_label(&in->cur->year));
	if (in->prev && statements_compute(in->prev, in->map, &prev, err) < 0)
		return err_prefix(err, "räkenskapsåret %d", fiscal_year_label(&in->prev->year));
	out->year = cur.year;
	out->items = xcalloc(CHECK_COUNT, sizeof(*out->items));
	out->cap = CHECK_COUNT;
	check_balance_sheet(out, &cur);
	if (check_result_equity(out, &cur, err) < 0 ||
	    check_cash_flow(out, &cur, err) < 0 ||
	    check_opening(out, in, &cur, in->prev ? &prev : NULL, err) < 0)
		goto fail;
	check_verifications(out, in);
	if (check_transactions(out, in, err) < 0)
		goto fail;
	return 0;
fail:
	check_report_release(out);
	return -1;
}

void check_add(struct check_report *r, const char *id, const char *title, enum check_status status,
	       const char *detail)
{
	struct check_item *it;

	r->items = xgrow(r->items, sizeof(*r->items), r->n + 1, &r->cap);
	it = &r->items[r->n++];
	it->id = id;
	it->title = title;
	it->status = status;
	it->detail = detail && *detail ? xstrdup(detail) : NULL;
	if (status == CHECK_FAILED)
		r->failures++;
}

void check_report_release(struct check_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		free(r->items[i].detail);
	free(r->items);
	r->items = NULL;
	r->n = r->cap = 0;
	r->failures = 0;
}

size_t check_report_count(const struct check_report *r, enum check_status s)
{
	size_t i, n = 0;

	for (i = 0; i < r->n; i++)
		n += r->items[i].status == s;
	return n;
}
