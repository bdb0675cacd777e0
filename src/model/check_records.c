/*
 * check_records.c: the checks of finsam's own records (see
 * check_records.h). Like the books' checks they never stop at the first
 * finding, and each line says where the slip is and what the figures are.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/check_records.h"

#define KR_MAX 48

/* "1 234 697,00 kr". */
static const char *kr(char buf[KR_MAX], int64_t ore)
{
	char tmp[32];

	money_format(tmp, sizeof(tmp), ore, MONEY_STYLE_KR_ORE);
	snprintf(buf, KR_MAX, "%s kr", tmp);
	return buf;
}

/* Whether another line may still be written; counts it when so. */
static int may_list(long *listed)
{
	if (*listed >= CHECK_RECORDS_LISTED)
		return 0;
	(*listed)++;
	return 1;
}

/* One comparison "a ≤ b" of a breakdown and sex; 1 when it fails. */
static long at_most(const char *group, const char *breakdown, const char *sex, const char *what_a, int64_t a,
		    const char *what_b, int64_t b, struct buf *d, long *listed)
{
	if (a <= b)
		return 0;
	if (may_list(listed))
		buf_addf(d, "%s, %s, %s: %lld %s men %lld %s\n", group, breakdown, sex, (long long)a, what_a,
			 (long long)b, what_b);
	return 1;
}

/* The sexes of a measure as the statistics show them. */
static const struct pcell *sex_cell(const struct psex *s, int k)
{
	return k == 0 ? &s->total : k == 1 ? &s->women : &s->men;
}

static long check_measures(const struct pmeasures *m, const char *group, const char *breakdown, struct buf *d,
			   long *listed)
{
	static const char *const sex_names[3] = { "alla", "kvinnor", "män" };
	long found = 0;
	int k;

	for (k = 0; k < 3; k++) {
		int64_t enrolled = sex_cell(&m->enrolled, k)->n, new_ = sex_cell(&m->new_, k)->n;
		int64_t exited = sex_cell(&m->exited, k)->n, work = sex_cell(&m->to_work, k)->n;

		found += at_most(group, breakdown, sex_names[k], "avslutade", exited, "inskrivna", enrolled, d, listed);
		found += at_most(group, breakdown, sex_names[k], "nya", new_, "inskrivna", enrolled, d, listed);
		found += at_most(group, breakdown, sex_names[k], "avslutade till arbete eller studier", work,
				 "avslutade", exited, d, listed);
	}
	return found;
}

long check_pstats_exits(const struct pstats *s, const char *group, struct buf *d, long *listed)
{
	long found = 0;
	int b;

	found += check_measures(&s->all, group, "alla åldrar", d, listed);
	found += check_measures(&s->young, group, s->young_label, d, listed);
	found += check_measures(&s->older, group, "30 år och äldre", d, listed);
	for (b = 0; b < PSTATS_BANDS; b++)
		found += check_measures(&s->band[b], group, s->band_labels[b], d, listed);
	return found;
}

long check_exit_order(const struct enrolment *e, size_t n, int year,
		      const char *(*code)(void *ctx, int64_t participant_id),
		      const char *(*insats)(void *ctx, int64_t intervention_id), void *ctx, struct buf *d,
		      long *listed)
{
	long found = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct enrolment *x = &e[i];
		char d1[11], d2[11];
		const char *c, *iv;

		if (!date_is_set(x->exited) || (x->enrolled.y != year && x->exited.y != year) ||
		    date_cmp(x->exited, x->enrolled) >= 0)
			continue;
		found++;
		if (!may_list(listed))
			continue;
		c = code ? code(ctx, x->participant_id) : NULL;
		iv = insats ? insats(ctx, x->intervention_id) : NULL;
		buf_addf(d, "deltagare %s i %s: avslutad %s, före inskrivningen %s\n", c ? c : "(okänd)",
			 iv ? iv : "(okänd insats)", date_format(d1, x->exited), date_format(d2, x->enrolled));
	}
	return found;
}

static void push(struct unmapped_account **out, size_t *n, size_t *cap, const struct unmapped_account *u)
{
	*out = xgrow(*out, sizeof(**out), *n + 1, cap);
	(*out)[(*n)++] = *u;
}

int check_unmapped_accounts(const struct year_books *b, const struct account_map *map,
			    struct unmapped_account **out, size_t *n, size_t *cap, struct err *err)
{
	int label = fiscal_year_label(&b->year);
	size_t i;

	for (i = 0; i < b->n; i++) {
		const struct year_account *a = &b->accounts[i];
		int key = account_key(a->number);
		int64_t turnover = a->has_turnover ? a->turnover : 0;
		struct unmapped_account u;

		if (account_map_line(map, a->number) != LINE_NONE)
			continue;
		memset(&u, 0, sizeof(u));
		snprintf(u.number, sizeof(u.number), "%s", a->number);
		u.year = label;
		/* Class 1–2 carry a balance, class 3–8 a result, as the
		 * statements would read them. An account outside the classes
		 * (9, or no number) is read by what it holds: a result when it
		 * has one or no balance, else its balances. */
		if (key >= 3000 && key < 9000)
			u.is_result = 1;
		else if (key < 0 || key >= 9000)
			u.is_result = a->has_res || !(a->has_ib || a->has_ub);
		if (u.is_result) {
			u.result = a->has_res ? a->res : turnover;
		} else {
			u.opening = a->has_ib ? a->ib : 0;
			if (a->has_ub)
				u.closing = a->ub;
			else if (money_add(u.opening, turnover, &u.closing) < 0)
				return err_set(err, "beloppen är för stora att summera (konto %s)", a->number);
		}
		if (u.is_result ? u.result == 0 : u.opening == 0 && u.closing == 0)
			continue;
		push(out, n, cap, &u);
	}
	return 0;
}

/* A line an unmapped account could be put on: the one the BAS classes
 * give it (1930 is cash and bank) when they give one of the right kind,
 * else from its sign: a debit result is a cost, a credit one revenue; a
 * debit balance is owed to the förbund, a credit one owed by it. */
static const char *suggest(const struct unmapped_account *u)
{
	struct account_map bas;
	enum stmt_line l;

	account_map_init(&bas);
	account_map_default(&bas);
	l = account_map_line(&bas, u->number);
	account_map_release(&bas);
	if (l != LINE_NONE && l != LINE_RESULT_TRANSFER && stmt_line_is_result(l) == u->is_result)
		return stmt_line_key(l);
	if (u->is_result)
		return stmt_line_key(u->result > 0 ? LINE_EXPENSES : LINE_REVENUE);
	return stmt_line_key(u->closing > 0 || (u->closing == 0 && u->opening > 0) ? LINE_RECEIVABLES
										    : LINE_CURRENT_LIABILITIES);
}

void check_unmapped_describe(const struct unmapped_account *u, size_t n,
			     const char *(*name)(void *ctx, const char *number), void *ctx, struct buf *d)
{
	char a1[KR_MAX], a2[KR_MAX];
	size_t i;

	for (i = 0; i < n && i < CHECK_RECORDS_LISTED; i++) {
		const char *nm = name ? name(ctx, u[i].number) : NULL;

		buf_addf(d, "konto %s%s%s, %d: ", u[i].number, nm && *nm ? " " : "", nm && *nm ? nm : "",
			 u[i].year);
		if (u[i].is_result)
			buf_addf(d, "resultat %s", kr(a1, u[i].result));
		else
			buf_addf(d, "ingående balans %s, utgående %s", kr(a1, u[i].opening), kr(a2, u[i].closing));
		buf_adds(d, " finns inte i resultat- eller balansräkningen\n");
	}
	if (n > CHECK_RECORDS_LISTED)
		buf_addf(d, "%zu konton i allt\n", n);
	if (n > 0)
		buf_addf(d, "placera kontot på en rad i rapporterna med 'finsam accounts map %s RAD', till exempel "
			    "RAD %s (raderna visas av 'finsam accounts --help')\n", u[0].number, suggest(&u[0]));
}

int check_interim_equity(int year, int64_t interim_equity, int has_prev_closing, int64_t prev_closing,
			 int has_opening, int64_t opening, struct buf *d)
{
	char a1[KR_MAX], a2[KR_MAX], a3[KR_MAX];
	int found = 0;
	int64_t diff;

	if (has_prev_closing && interim_equity != prev_closing) {
		found++;
		if (money_sub(interim_equity, prev_closing, &diff) < 0)
			diff = 0;
		buf_addf(d, "delårsrapporten %d: eget kapital vid årets början %s, men utgående eget kapital %d "
			    "enligt bokföringen %s, skillnad %s\n", year, kr(a1, interim_equity), year - 1,
			 kr(a2, prev_closing), kr(a3, diff));
	}
	if (has_opening && interim_equity != opening) {
		found++;
		if (money_sub(interim_equity, opening, &diff) < 0)
			diff = 0;
		buf_addf(d, "delårsrapporten %d: eget kapital vid årets början %s, men ingående eget kapital %d "
			    "enligt bokföringen %s, skillnad %s\n", year, kr(a1, interim_equity), year,
			 kr(a2, opening), kr(a3, diff));
	}
	return found;
}
