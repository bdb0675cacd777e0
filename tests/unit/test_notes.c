/*
 * test_notes.c: the notes' figures add up to the statement lines they
 * explain: costs by kind to verksamhetens kostnader, the pension
 * provision's movement to its closing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "base/money.h"
#include "model/check.h"
#include "model/notes.h"
#include "model/statements.h"

static struct year_account acc(const char *n, int64_t ib, int64_t ub, int64_t res, int64_t debit, int64_t credit)
{
	struct year_account a;

	memset(&a, 0, sizeof(a));
	snprintf(a.number, sizeof(a.number), "%s", n);
	if (ib || ub) {
		a.has_ib = a.has_ub = 1;
		a.ib = ib;
		a.ub = ub;
	}
	if (res) {
		a.has_res = 1;
		a.res = res;
	}
	if (debit || credit) {
		a.has_turnover = 1;
		a.turnover = debit + credit;
		a.debit = debit;
		a.credit = credit;
	}
	return a;
}

static void test_notes(void **state)
{
	struct year_account accounts[] = {
		acc("1910", 100, 300, 0, 0, 0),
		acc("1930", 500000, 250000, 0, 0, 0),
		acc("1940", 0, 0, 0, 0, 0),                 /* nothing: left out */
		acc("2210", -181400, -248900, 0, 4200, -71700),
		acc("3010", 0, 0, -146800000, 0, 0),
		acc("4010", 0, 0, 159794800, 0, 0),         /* an intervention's account */
		acc("5010", 0, 0, 3000000, 0, 0),
		acc("7010", 0, 0, 40000000, 0, 0),          /* BAS: staff */
		acc("7510", 0, 0, 12000000, 0, 0),
		acc("7830", 0, 0, 500000, 0, 0),            /* depreciation: other */
		acc("6990", 0, 0, 0, 700, -200),            /* turnover only */
	};
	struct year_books b = { .accounts = accounts, .n = sizeof(accounts) / sizeof(accounts[0]) };
	struct account_map m;
	struct intervention iv[1];
	struct provision_note p;
	struct statements s;
	struct err err;
	int64_t costs[COST__MAX];

	(void)state;
	memset(iv, 0, sizeof(iv));
	snprintf(iv[0].accounts, sizeof(iv[0].accounts), "4010-4019");
	account_map_init(&m);
	account_map_default(&m);
	assert_int_equal(statements_compute(&b, &m, &s, &err), 0);

	assert_int_equal(costs_by_kind(&b, &m, iv, 1, costs, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS], -159794800);
	assert_int_equal(costs[COST_STAFF], -52000000);
	assert_int_equal(costs[COST_OTHER], -3000000 - 500000 - 500);
	assert_int_equal(costs[COST_INTERVENTIONS] + costs[COST_STAFF] + costs[COST_OTHER], s.is.expenses);
	/* without interventions 4010 is another cost; the map can say staff */
	assert_int_equal(costs_by_kind(&b, &m, iv, 0, costs, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS], 0);
	account_map_add(&m, 5000, 5099, LINE_EXPENSES_STAFF);
	account_map_add(&m, 4000, 4099, LINE_EXPENSES_INTERVENTIONS);
	assert_int_equal(costs_by_kind(&b, &m, NULL, 0, costs, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS], -159794800);
	assert_int_equal(costs[COST_STAFF], -55000000);
	assert_int_equal(costs[COST_INTERVENTIONS] + costs[COST_STAFF] + costs[COST_OTHER], s.is.expenses);
	/* the statements count the kinds mapped apart as costs too */
	assert_int_equal(statements_compute(&b, &m, &s, &err), 0);
	assert_int_equal(costs[COST_INTERVENTIONS] + costs[COST_STAFF] + costs[COST_OTHER], s.is.expenses);

	assert_int_equal(provision_movement(&b, &m, &p, &err), 0);
	assert_int_equal(p.opening, 181400);
	assert_int_equal(p.added, 71700);
	assert_int_equal(p.paid, 4200);
	assert_int_equal(p.closing, 248900);
	assert_int_equal(p.other, 0);
	assert_int_equal(p.closing, s.bs.provisions);
	assert_int_equal(p.opening + p.added - p.paid + p.other, p.closing);
	account_map_release(&m);
}

static void test_kinds(void **state)
{
	(void)state;
	assert_int_equal(cost_kind_of("7010", LINE_EXPENSES, NULL, 0), COST_STAFF);
	assert_int_equal(cost_kind_of("7699", LINE_EXPENSES, NULL, 0), COST_STAFF);
	assert_int_equal(cost_kind_of("7700", LINE_EXPENSES, NULL, 0), COST_OTHER);
	assert_int_equal(cost_kind_of("7010", LINE_DEPRECIATION, NULL, 0), COST_OTHER);
	assert_int_equal(cost_kind_of("6000", LINE_EXPENSES_STAFF, NULL, 0), COST_STAFF);
	assert_string_equal(cost_kind_label(COST_INTERVENTIONS), "Bidrag till insatser");
	assert_string_equal(cost_kind_key(COST_OTHER), "other");
}

static const struct member members[] = {
	{ 1, "Försäkringskassan", MEMBER_STATE, 1 },
	{ 2, "Arbetsförmedlingen", MEMBER_STATE, 1 },
	{ 3, "Region Norrdalen", MEMBER_REGION, 1 },
	{ 4, "Dalby kommun", MEMBER_MUNICIPALITY, 9473 },
	{ 5, "Åsby kommun", MEMBER_MUNICIPALITY, 5021 },
};

/* The revenue is split as the grant is and the parts sum to it exactly. */
static void test_revenue_by_member(void **state)
{
	struct member_revenue out[5];
	struct err err = { 0 };
	int64_t sum = 0;
	size_t i;

	(void)state;
	assert_int_equal(revenue_by_member(146800001, members, 5, out, &err), 0);
	for (i = 0; i < 5; i++)
		sum += out[i].amount;
	assert_int_equal(sum, 146800001);
	assert_int_equal(out[0].amount + out[1].amount, 73400001);
	assert_int_equal(out[2].amount, 36700000);
	assert_string_equal(out[3].kind, "municipality");
	assert_string_equal(out[0].kind, "state");
	assert_string_equal(out[4].name, "Åsby kommun");
	assert_int_equal(out[4].member_id, 5);
	/* A kind without a member cannot share it; nor can negative revenue. */
	assert_int_equal(revenue_by_member(100, members, 2, out, &err), -1);
	assert_non_null(strstr(err.msg, "region"));
	assert_int_equal(revenue_by_member(-100, members, 5, out, &err), -1);
	assert_non_null(strstr(err.msg, "negativa"));
}

static void notes_of(struct year_notes *n, struct statements *s)
{
	static struct member_revenue rev[5];
	struct err err = { 0 };

	memset(s, 0, sizeof(*s));
	memset(n, 0, sizeof(*n));
	s->is.revenue = 146800049;
	s->is.expenses = -130025051;
	s->bs.provisions = 3649960;
	assert_int_equal(revenue_by_member(s->is.revenue, members, 5, rev, &err), 0);
	n->revenue = rev;
	n->n_revenue = 5;
	n->has_revenue = 1;
	n->costs[COST_INTERVENTIONS] = -90012549;
	n->costs[COST_STAFF] = -30006251;
	n->costs[COST_OTHER] = -10006251;
	n->provisions = (struct provision_note){ 2999940, 1250060, 600040, 0, 3649960 };
}

static int status_of(const struct check_report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->items[i].id, id) == 0)
			return (int)r->items[i].status;
	return -1;
}

/* The checks hold when the notes agree, and fail on a disagreement. */
static void test_check_notes(void **state)
{
	struct check_report r;
	struct year_notes n;
	struct statements s;

	(void)state;
	notes_of(&n, &s);
	memset(&r, 0, sizeof(r));
	check_notes(&r, &s, &n);
	assert_int_equal(r.n, 3);
	assert_int_equal(r.failures, 0);
	assert_int_equal(status_of(&r, "notes_revenue"), CHECK_OK);
	assert_int_equal(status_of(&r, "notes_costs"), CHECK_OK);
	assert_int_equal(status_of(&r, "notes_provisions"), CHECK_OK);
	check_report_release(&r);

	n.revenue[4].amount += 1;
	n.costs[COST_OTHER] -= 100;
	n.provisions.closing += 1;
	memset(&r, 0, sizeof(r));
	check_notes(&r, &s, &n);
	assert_int_equal(r.failures, 3);
	assert_non_null(strstr(r.items[1].detail, "-1 300 250,51"));
	check_report_release(&r);

	n.has_revenue = 0;
	memset(&r, 0, sizeof(r));
	check_notes(&r, &s, &n);
	assert_int_equal(status_of(&r, "notes_revenue"), CHECK_SKIPPED);
	check_report_release(&r);
}

/* Rounded to tkr each note still adds up to its rounded line. */
static void test_round(void **state)
{
	struct year_notes n;
	struct statements s;
	const struct provision_note *p = &n.provisions;
	int64_t sum = 0;
	size_t i;

	(void)state;
	notes_of(&n, &s);
	s.is.revenue = money_round(s.is.revenue, MONEY_TKR) * MONEY_TKR;
	s.is.expenses = money_round(s.is.expenses, MONEY_TKR) * MONEY_TKR;
	s.bs.provisions = money_round(s.bs.provisions, MONEY_TKR) * MONEY_TKR;
	year_notes_round(&n, &s, MONEY_TKR);
	for (i = 0; i < n.n_revenue; i++) {
		assert_int_equal(n.revenue[i].amount % MONEY_TKR, 0);
		sum += n.revenue[i].amount;
	}
	assert_int_equal(sum, s.is.revenue);
	assert_int_equal(n.costs[0] + n.costs[1] + n.costs[2], s.is.expenses);
	assert_int_equal(n.costs[1] % MONEY_TKR, 0);
	assert_int_equal(p->closing, s.bs.provisions);
	assert_int_equal(p->opening, 3000000);
	assert_int_equal(p->opening + p->added - p->paid + p->other, p->closing);
	assert_int_equal(p->paid % MONEY_TKR, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_notes),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_revenue_by_member),
		cmocka_unit_test(test_check_notes),
		cmocka_unit_test(test_round),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
