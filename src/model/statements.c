/*
 * statements.c: resultaträkning, balansräkning and kassaflödesanalys of one
 * year from its accounts' balances, through the account map. SIE amounts are
 * debit-positive (revenue, equity and liabilities negative); the statements
 * turn them into the signs the annual reports print. Every sum is checked:
 * a figure that does not fit in 64 bits is an error, never a wrapped number.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/statements.h"

/* Sums per statement line in the file's signs: opening and closing balances
 * of the balance-sheet lines and the year's amounts of the income-statement
 * lines. */
struct line_sums {
	int64_t opening[LINE__MAX];
	int64_t closing[LINE__MAX];
	int64_t result[LINE__MAX];
	int64_t balance_total;       /* closing over every balance-sheet line */
	int has_grant;               /* an account on LINE_GRANT has an amount */
	const char *largest;         /* the account with the largest amount */
	uint64_t largest_size;
};

/* Arithmetic on the line sums. An overflow is remembered rather than
 * reported at once, so the statements read as the formulas they are and
 * are checked once at the end. */
struct calc {
	int overflow;
};

static int64_t plus(struct calc *c, int64_t a, int64_t b)
{
	int64_t r;

	if (money_add(a, b, &r) < 0) {
		c->overflow = 1;
		return 0;
	}
	return r;
}

static int64_t minus(struct calc *c, int64_t a, int64_t b)
{
	int64_t r;

	if (money_sub(a, b, &r) < 0) {
		c->overflow = 1;
		return 0;
	}
	return r;
}

/* The display sign of a credit line. */
static int64_t neg(struct calc *c, int64_t x)
{
	return minus(c, 0, x);
}

static uint64_t size_of(int64_t x)
{
	return x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
}

/* Remembers the account with the largest amount: when a total of several
 * lines overflows, that account is the one a person should look at. */
static void note_size(struct line_sums *s, const struct year_account *a, int64_t x)
{
	if (!s->largest || size_of(x) > s->largest_size) {
		s->largest = a->number;
		s->largest_size = size_of(x);
	}
}

static int add_to(int64_t *acc, int64_t v, const struct year_account *a, struct err *err)
{
	if (money_add(*acc, v, acc) < 0)
		return err_set(err, "beloppen är för stora att summera (konto %s)", a->number);
	return 0;
}

static int sum_lines(const struct year_books *b, const struct account_map *map,
		     struct line_sums *s, struct err *err)
{
	size_t i;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		enum stmt_line l = account_map_line(map, a->number);
		int64_t opening = a->has_ib ? a->ib : 0;
		int64_t turnover = a->has_turnover ? a->turnover : 0;
		int64_t closing, result;

		/* The closing entry 8999 would cancel the result it closes. */
		if (l == LINE_NONE || l == LINE_RESULT_TRANSFER)
			continue;
		if (stmt_line_is_result(l)) {
			result = a->has_res ? a->res : turnover;
			note_size(s, a, result);
			if (l == LINE_GRANT && result != 0)
				s->has_grant = 1;
			if (add_to(&s->result[l], result, a, err) < 0)
				return -1;
			continue;
		}
		if (a->has_ub)
			closing = a->ub;
		else if (money_add(opening, turnover, &closing) < 0)
			return err_set(err, "beloppen är för stora att summera (konto %s)", a->number);
		note_size(s, a, opening);
		note_size(s, a, closing);
		if (add_to(&s->opening[l], opening, a, err) < 0 ||
		    add_to(&s->closing[l], closing, a, err) < 0 ||
		    add_to(&s->balance_total, closing, a, err) < 0)
			return -1;
	}
	return 0;
}

static void income(struct calc *c, const struct line_sums *s, struct income_statement *is)
{
	const int64_t *r = s->result;

	/* The members' grant is revenue, whatever account it is booked on. */
	is->revenue = neg(c, plus(c, r[LINE_REVENUE], r[LINE_GRANT]));
	is->expenses = neg(c, plus(c, plus(c, r[LINE_EXPENSES], r[LINE_DEPRECIATION]),
				  plus(c, r[LINE_EXPENSES_INTERVENTIONS], r[LINE_EXPENSES_STAFF])));
	is->net_cost = plus(c, is->revenue, is->expenses);
	is->financial_income = neg(c, r[LINE_FINANCIAL_INCOME]);
	is->financial_expenses = neg(c, r[LINE_FINANCIAL_EXPENSES]);
	is->appropriations = neg(c, r[LINE_APPROPRIATIONS]);
	is->financial_net = plus(c, is->financial_income, is->financial_expenses);
	is->result_after_financial = plus(c, is->net_cost, is->financial_net);
	is->result = plus(c, is->result_after_financial, is->appropriations);
}

static void balance(struct calc *c, const struct line_sums *s, int64_t result,
		    struct balance_sheet *bs)
{
	const int64_t *cl = s->closing;
	int64_t booked_equity;

	bs->fixed_assets = cl[LINE_FIXED_ASSETS];
	bs->inventories = cl[LINE_INVENTORIES];
	bs->receivables = cl[LINE_RECEIVABLES];
	bs->cash_and_bank = cl[LINE_CASH_AND_BANK];
	bs->total_assets = plus(c, plus(c, plus(c, bs->fixed_assets, bs->inventories),
					bs->receivables), bs->cash_and_bank);
	bs->provisions = neg(c, cl[LINE_PROVISIONS]);
	bs->long_term_liabilities = neg(c, cl[LINE_LONG_TERM_LIABILITIES]);
	bs->current_liabilities = neg(c, cl[LINE_CURRENT_LIABILITIES]);
	booked_equity = neg(c, cl[LINE_EQUITY]);

	/* Closing balances that sum to zero already hold the year's result in
	 * equity; otherwise the result still sits in the income accounts and
	 * is added here, as the annual report does. */
	bs->result_booked = s->balance_total == 0;
	bs->equity = bs->result_booked ? booked_equity : plus(c, booked_equity, result);
	bs->result_of_year = result;
	bs->other_equity = minus(c, bs->equity, result);
	bs->total_equity_and_liabilities =
		plus(c, plus(c, plus(c, bs->equity, bs->provisions), bs->long_term_liabilities),
		     bs->current_liabilities);
	bs->imbalance = minus(c, bs->total_assets, bs->total_equity_and_liabilities);
}

/* closing − opening of a line, in the file's signs. */
static int64_t change(struct calc *c, const struct line_sums *s, enum stmt_line l)
{
	return minus(c, s->closing[l], s->opening[l]);
}

/* Indirect method: start from the result, take back what used no cash and
 * add what the changes in working capital, fixed assets, loans and equity
 * brought or used. A rise in a debit line uses cash, in a credit line
 * brings it. */
static void cash_flow(struct calc *c, const struct line_sums *s, const struct statements *st,
		      struct cash_flow *cf)
{
	int64_t depreciation = s->result[LINE_DEPRECIATION];
	int64_t other_equity_change;

	cf->result = st->is.result;
	cf->non_cash_adjustments = plus(c, neg(c, change(c, s, LINE_PROVISIONS)), depreciation);
	cf->change_receivables = neg(c, plus(c, change(c, s, LINE_RECEIVABLES),
					     change(c, s, LINE_INVENTORIES)));
	cf->change_current_liabilities = neg(c, change(c, s, LINE_CURRENT_LIABILITIES));
	cf->operating = plus(c, plus(c, plus(c, cf->result, cf->non_cash_adjustments),
				     cf->change_receivables), cf->change_current_liabilities);
	cf->investing = minus(c, neg(c, change(c, s, LINE_FIXED_ASSETS)), depreciation);
	other_equity_change = minus(c, minus(c, st->bs.equity, st->opening_equity), st->is.result);
	cf->financing = plus(c, neg(c, change(c, s, LINE_LONG_TERM_LIABILITIES)),
			     other_equity_change);
	cf->net_cash_flow = plus(c, plus(c, cf->operating, cf->investing), cf->financing);
	cf->cash_start = s->opening[LINE_CASH_AND_BANK];
	cf->cash_end = s->closing[LINE_CASH_AND_BANK];
}

static void set_grant(struct statements *s, int64_t grant, enum grant_basis basis);

int statements_compute(const struct year_books *b, const struct account_map *map,
		       struct statements *out, struct err *err)
{
	struct line_sums s;
	struct calc c = { 0 };

	memset(out, 0, sizeof(*out));
	if (sum_lines(b, map, &s, err) < 0)
		return -1;
	out->year = fiscal_year_label(&b->year);
	out->period = b->year.period;
	income(&c, &s, &out->is);
	balance(&c, &s, out->is.result, &out->bs);
	out->opening_equity = neg(&c, s.opening[LINE_EQUITY]);
	cash_flow(&c, &s, out, &out->cf);
	out->grant_accounts = neg(&c, s.result[LINE_GRANT]);
	if (c.overflow) {
		memset(out, 0, sizeof(*out));
		return err_set(err, "beloppen är för stora att summera (konto %s)",
			       s.largest ? s.largest : "?");
	}

	out->solidity.num = out->bs.equity;
	out->solidity.den = out->bs.total_assets;
	/* The members' grant: what the accounts mapped to it hold, else the
	 * förbund's revenue; statements_grant_from_budget may put the budget's
	 * grant in its place. */
	out->has_grant_accounts = s.has_grant;
	if (s.has_grant)
		set_grant(out, out->grant_accounts, GRANT_BASIS_ACCOUNTS);
	else
		set_grant(out, out->is.revenue, GRANT_BASIS_REVENUE);
	return 0;
}

const char *grant_basis_key(enum grant_basis b)
{
	switch (b) {
	case GRANT_BASIS_BUDGET: return "budget";
	case GRANT_BASIS_ACCOUNTS: return "accounts";
	default: return "revenue";
	}
}

void equity_rule_eval(int64_t equity, int64_t grant, enum grant_basis basis, struct equity_rule *out)
{
	memset(out, 0, sizeof(*out));
	out->equity = equity;
	out->grant = grant;
	out->basis = basis;
	out->defined = grant > 0;
	out->ratio.num = equity;
	out->ratio.den = out->defined ? grant : 0;
	if (!out->defined)
		return;
	/* limit = floor(grant × P / 100), split so that no product can
	 * overflow: (grant / 100) × P ≤ INT64_MAX / 5 and the rest < 100 × P. */
	out->limit = grant / 100 * EQUITY_TO_GRANT_GOAL_PERCENT + grant % 100 * EQUITY_TO_GRANT_GOAL_PERCENT / 100;
	/* equity × 100 ≤ grant × P exactly when equity ≤ floor(grant × P / 100). */
	out->within = equity <= out->limit;
}

static void set_grant(struct statements *s, int64_t grant, enum grant_basis basis)
{
	s->grant = grant;
	s->grant_basis = basis;
	equity_rule_eval(s->bs.equity, grant, basis, &s->equity_rule);
	s->equity_to_grant = s->equity_rule.ratio;
}

int statements_grant_from_budget(struct statements *s, const struct budget *b, struct err *err)
{
	struct budget_totals t;

	if (!b)
		return 0;
	if (budget_totals(b, &t, err) < 0)
		return -1;
	if (t.grant > 0)
		set_grant(s, t.grant, GRANT_BASIS_BUDGET);
	return 0;
}

void statements_overview(const struct statements *s, struct overview_year *out)
{
	memset(out, 0, sizeof(*out));
	out->year = s->year;
	out->revenue = s->is.revenue;
	out->expenses = s->is.expenses;
	out->financial_net = s->is.financial_net;
	out->result_after_financial = s->is.result_after_financial;
	out->appropriations = s->is.appropriations;
	out->result = s->is.result;
	out->equity = s->bs.equity;
	out->solidity = s->solidity;
	out->rule = s->equity_rule;
}

int overview_agrees(const struct statements *s, const struct overview_year *o, char *why, size_t n)
{
	static const struct {
		const char *label;
		size_t shown, stated;
	} pairs[] = {
		{ "verksamhetens intäkter", offsetof(struct overview_year, revenue), offsetof(struct statements, is.revenue) },
		{ "verksamhetens kostnader", offsetof(struct overview_year, expenses),
		  offsetof(struct statements, is.expenses) },
		{ "finansiella poster", offsetof(struct overview_year, financial_net),
		  offsetof(struct statements, is.financial_net) },
		{ "resultat efter finansiella poster", offsetof(struct overview_year, result_after_financial),
		  offsetof(struct statements, is.result_after_financial) },
		{ "årets resultat", offsetof(struct overview_year, result), offsetof(struct statements, is.result) },
		{ "eget kapital", offsetof(struct overview_year, equity), offsetof(struct statements, bs.equity) },
	};
	char a[32], b[32];
	int64_t sum, fin;
	size_t i;

	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		int64_t shown, stated;

		memcpy(&shown, (const char *)o + pairs[i].shown, sizeof(shown));
		memcpy(&stated, (const char *)s + pairs[i].stated, sizeof(stated));
		if (shown != stated) {
			snprintf(why, n, "%d: %s är %s kr i översikten men %s kr i rapporterna", s->year,
				 pairs[i].label, money_format(a, sizeof(a), shown, MONEY_STYLE_KR),
				 money_format(b, sizeof(b), stated, MONEY_STYLE_KR));
			return 0;
		}
	}
	if (money_add(o->revenue, o->expenses, &sum) < 0 || money_add(sum, o->financial_net, &fin) < 0 ||
	    fin != o->result_after_financial) {
		snprintf(why, n, "%d: intäkter, kostnader och finansiella poster summerar inte till resultatet "
			 "efter finansiella poster, %s kr", s->year,
			 money_format(a, sizeof(a), o->result_after_financial, MONEY_STYLE_KR));
		return 0;
	}
	if (money_add(fin, o->appropriations, &sum) < 0 || sum != o->result) {
		snprintf(why, n, "%d: resultatet efter finansiella poster och bokslutsdispositionerna summerar "
			 "inte till årets resultat, %s kr", s->year,
			 money_format(a, sizeof(a), o->result, MONEY_STYLE_KR));
		return 0;
	}
	if (o->rule.equity != o->equity || o->rule.grant != s->grant) {
		snprintf(why, n, "%d: eget kapital / driftbidrag räknas inte på årets eget kapital och driftbidrag",
			 s->year);
		return 0;
	}
	if (n)
		why[0] = '\0';
	return 1;
}

int statements_line_accounts(const struct year_books *b, const struct account_map *map, enum stmt_line line,
			     struct line_account **out, size_t *n, struct err *err)
{
	int credit = line == LINE_PROVISIONS || line == LINE_LONG_TERM_LIABILITIES ||
		     line == LINE_CURRENT_LIABILITIES || line == LINE_EQUITY;
	size_t i, cap = 0;

	*out = NULL;
	*n = 0;
	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		int64_t closing;

		if (account_map_line(map, a->number) != line)
			continue;
		if (a->has_ub)
			closing = a->ub;
		else if (money_add(a->has_ib ? a->ib : 0, a->has_turnover ? a->turnover : 0, &closing) < 0) {
			free(*out);
			*out = NULL;
			*n = 0;
			return err_set(err, "beloppen är för stora att summera (konto %s)", a->number);
		}
		if (closing == 0)
			continue;
		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		snprintf((*out)[*n].number, sizeof((*out)[*n].number), "%s", a->number);
		(*out)[(*n)++].closing = credit ? -closing : closing;
	}
	return 0;
}

int statements_note_merge(const struct line_account *cur, size_t n_cur, const struct line_account *prev,
			  size_t n_prev, struct note_line **out, size_t *n)
{
	size_t i = 0, j = 0, cap = 0;

	*out = NULL;
	*n = 0;
	/* Both lists are by account number: merge them. */
	while (i < n_cur || j < n_prev) {
		int c = i >= n_cur ? 1 : j >= n_prev ? -1 : strcmp(cur[i].number, prev[j].number);
		struct note_line *l;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		l = &(*out)[(*n)++];
		memset(l, 0, sizeof(*l));
		snprintf(l->number, sizeof(l->number), "%s", c <= 0 ? cur[i].number : prev[j].number);
		if (c <= 0)
			l->current = cur[i++].closing;
		if (c >= 0)
			l->previous = prev[j++].closing;
	}
	return 0;
}

void note_lines_total(const struct note_line *l, size_t n, int64_t *cur, int64_t *prev)
{
	size_t i;

	*cur = *prev = 0;
	for (i = 0; i < n; i++) {
		*cur += l[i].current;
		*prev += l[i].previous;
	}
}
