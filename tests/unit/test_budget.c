/*
 * test_budget.c: the split of the grant into the members' contributions
 * (never losing or inventing an öre), the totals of the budget table and
 * its cost groups with their sums.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/budget.h"

static struct member mk(const char *name, enum member_kind kind, int64_t key)
{
	struct member m;

	memset(&m, 0, sizeof(m));
	snprintf(m.name, sizeof(m.name), "%s", name);
	m.kind = kind;
	m.key = key;
	return m;
}

static int64_t split_sum(const struct contribution *c, size_t n)
{
	int64_t s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += c[i].amount;
	return s;
}

static void test_ange(void **state)
{
	struct member m[4] = { mk("Försäkringskassan", MEMBER_STATE, 1),
			       mk("Arbetsförmedlingen", MEMBER_STATE, 1),
			       mk("Ånge kommun", MEMBER_MUNICIPALITY, 1),
			       mk("Region Västernorrland", MEMBER_REGION, 1) };
	struct contribution c[4];
	struct err err;

	(void)state;
	/* Ånge 2023: 734 000 + 367 000 + 367 000 = 1 468 000 (FK and AF 367 000 each). */
	assert_int_equal(budget_split_grant(146800000, m, 4, c, &err), 0);
	assert_int_equal(c[0].amount, 36700000);
	assert_int_equal(c[1].amount, 36700000);
	assert_int_equal(c[2].amount, 36700000);
	assert_int_equal(c[3].amount, 36700000);
	assert_ptr_equal(c[2].member, &m[2]);
}

static void test_awkward_amounts(void **state)
{
	/* Two municipalities with keys 9 800 and 5 200, one state member. */
	struct member m[4] = { mk("Försäkringskassan", MEMBER_STATE, 1),
			       mk("Region", MEMBER_REGION, 1),
			       mk("Dalby kommun", MEMBER_MUNICIPALITY, 9800),
			       mk("Åsby kommun", MEMBER_MUNICIPALITY, 5200) };
	static const int64_t grants[] = { 0, 1, 2, 3, 5, 7, 99, 101, 150000000, 150000001,
					  123456789, -7, INT64_MAX, INT64_MIN + 1 };
	struct contribution c[4];
	struct err err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(grants) / sizeof(grants[0]); i++) {
		assert_int_equal(budget_split_grant(grants[i], m, 4, c, &err), 0);
		assert_int_equal(split_sum(c, 4), grants[i]);
	}
	/* 1 500 000 kr: 750 000 / 375 000 / 245 000 + 130 000. */
	assert_int_equal(budget_split_grant(150000000, m, 4, c, &err), 0);
	assert_int_equal(c[0].amount, 75000000);
	assert_int_equal(c[1].amount, 37500000);
	assert_int_equal(c[2].amount, 24500000);
	assert_int_equal(c[3].amount, 13000000);
	/* 3 öre: the state's half is 1,5 öre, the quarters 0,75: the largest
	 * remainders (0,75 and 0,75 before 0,5) get the leftover öre. */
	assert_int_equal(budget_split_grant(3, m, 4, c, &err), 0);
	assert_int_equal(c[0].amount, 1);
	assert_int_equal(c[1].amount, 1);
	assert_int_equal(c[2].amount + c[3].amount, 1);
	assert_int_equal(c[2].amount, 1);     /* the larger key */
}

static void test_missing_kind(void **state)
{
	struct member m[2] = { mk("Försäkringskassan", MEMBER_STATE, 1), mk("Kommun", MEMBER_MUNICIPALITY, 1) };
	struct contribution c[2];
	struct err err;

	(void)state;
	assert_int_equal(budget_split_grant(100, m, 2, c, &err), -1);
	assert_non_null(strstr(err.msg, "saknar medlem av typen region"));
	m[1].key = 0;
	assert_int_equal(budget_split_grant(100, m, 2, c, &err), -1);
	assert_non_null(strstr(err.msg, "fördelningsnyckel"));
}

static void test_totals(void **state)
{
	struct budget b;
	struct budget_totals t;
	struct err err;
	int64_t g;
	enum budget_kind k;

	(void)state;
	/* Ånge 2023 (seed 003). */
	budget_init(&b, 2023);
	budget_add(&b, BUDGET_GRANT, "Parternas insats", "Driftbidrag", 146800000, NULL);
	budget_add(&b, BUDGET_REVENUE, "", "Skatteverket", 2035600, NULL);
	budget_add(&b, BUDGET_EQUITY, "", "Eget kapital", 42000000, NULL);
	budget_add(&b, BUDGET_COST, "Kansli", "Förbundschef", 23350000, "6550");
	budget_add(&b, BUDGET_COST, "Kansli", "Övrigt", 24450000, NULL);
	budget_add(&b, BUDGET_COST, "Insatser", "Alla", 113735600, "4010-4019");
	assert_int_equal(budget_totals(&b, &t, &err), 0);
	assert_int_equal(t.grant, 146800000);
	assert_int_equal(t.other_revenue, 2035600);
	assert_int_equal(t.equity, 42000000);
	assert_int_equal(t.revenue_total, 190835600);
	assert_int_equal(t.cost_total, -161535600);
	assert_int_equal(t.forecast_equity, 29300000);
	assert_int_equal(budget_group_total(&b, "Kansli", &g, &err), 0);
	assert_int_equal(g, 47800000);
	assert_string_equal(b.lines[5].accounts, "4010-4019");
	assert_string_equal(b.lines[1].accounts, "");
	budget_add(&b, BUDGET_COST, "x", "y", INT64_MAX, NULL);
	assert_int_equal(budget_totals(&b, &t, &err), -1);
	assert_non_null(strstr(err.msg, "för stora"));
	budget_release(&b);
	assert_int_equal(budget_kind_parse("cost", &k), 0);
	assert_int_equal(k, BUDGET_COST);
	assert_int_equal(budget_kind_parse("utgift", &k), -1);
	assert_string_equal(budget_kind_key(BUDGET_GRANT), "grant");
}

/* The cost groups in the order of their first lines, each with the sum of
 * its lines, lines without a group in none; the state's contributions
 * together. */
static void test_groups(void **state)
{
	struct member m[] = { { 1, "Försäkringskassan", MEMBER_STATE, 1 }, { 2, "Arbetsförmedlingen", MEMBER_STATE, 1 },
			      { 3, "Region", MEMBER_REGION, 1 }, { 4, "Dalby kommun", MEMBER_MUNICIPALITY, 1 } };
	struct contribution parts[4];
	struct budget_group *g;
	struct budget b;
	struct err err;
	size_t n;

	(void)state;
	budget_init(&b, 2025);
	budget_add(&b, BUDGET_GRANT, "", "Driftbidrag", 150000000, NULL);
	budget_add(&b, BUDGET_COST, "Kansli", "Löner", 60000000, NULL);
	budget_add(&b, BUDGET_COST, "Insatser", "Steget vidare", 50000000, NULL);
	budget_add(&b, BUDGET_COST, "", "Revision", 3000000, NULL);
	budget_add(&b, BUDGET_COST, "Kansli", "Lokaler", 12000050, NULL);
	budget_add(&b, BUDGET_REVENUE, "Kansli", "Ränta", 100000, NULL);   /* not a cost: in no group */
	budget_add(&b, BUDGET_COST, "Insatser", "Vägen in", 20000000, NULL);
	assert_int_equal(budget_groups(&b, &g, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(g[0].name, "Kansli");
	assert_int_equal(g[0].first, 1);
	assert_int_equal(g[0].total, 72000050);
	assert_string_equal(g[1].name, "Insatser");
	assert_int_equal(g[1].first, 2);
	assert_int_equal(g[1].total, 70000000);
	free(g);
	budget_release(&b);

	/* No groups at all, and a sum that does not fit. */
	budget_init(&b, 2025);
	budget_add(&b, BUDGET_COST, "", "Revision", 3000000, NULL);
	assert_int_equal(budget_groups(&b, &g, &n, &err), 0);
	assert_int_equal(n, 0);
	assert_null(g);
	budget_add(&b, BUDGET_COST, "Stort", "A", INT64_MAX, NULL);
	budget_add(&b, BUDGET_COST, "Stort", "B", 1, NULL);
	assert_int_equal(budget_groups(&b, &g, &n, &err), -1);
	assert_non_null(strstr(err.msg, "Stort"));
	assert_int_equal(n, 0);
	budget_release(&b);

	assert_int_equal(budget_split_grant(150000000, m, 4, parts, &err), 0);
	assert_int_equal(budget_contributions_of(parts, 4, MEMBER_STATE), 75000000);
	assert_int_equal(budget_contributions_of(parts, 4, MEMBER_REGION), 37500000);
	assert_int_equal(budget_contributions_of(parts, 4, MEMBER_MUNICIPALITY), 37500000);
	assert_int_equal(budget_contributions_of(parts, 0, MEMBER_STATE), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ange),
		cmocka_unit_test(test_awkward_amounts),
		cmocka_unit_test(test_missing_kind),
		cmocka_unit_test(test_totals),
		cmocka_unit_test(test_groups),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
