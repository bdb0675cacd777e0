/*
 * test_goal.c: the goals' words, indicator values as people write and read
 * them, whether a target is reached, and the board roles.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "model/board.h"
#include "model/goal.h"

static void test_words(void **state)
{
	enum goal_area a;
	enum goal_status s;
	enum goal_period p;
	enum indicator_kind k;

	(void)state;
	assert_int_equal(goal_area_parse("Individ", &a), 0);
	assert_int_equal(a, GOAL_AREA_INDIVIDUAL);
	assert_int_equal(goal_area_parse("financial", &a), 0);
	assert_int_equal(a, GOAL_AREA_FINANCIAL);
	assert_int_equal(goal_area_parse("EKONOMI", &a), 0);
	assert_int_equal(goal_area_parse("pengar", &a), -1);
	assert_int_equal(goal_status_parse("Delvis uppfyllt", &s), 0);
	assert_int_equal(s, GOAL_PARTLY_MET);
	assert_int_equal(goal_status_parse("på god väg", &s), 0);
	assert_int_equal(s, GOAL_ON_TRACK);
	assert_int_equal(goal_status_parse("PÅ GOD VÄG ATT UPPFYLLAS", &s), 0);
	assert_int_equal(s, GOAL_ON_TRACK);
	assert_int_equal(goal_status_parse("UPPFYLLT", &s), 0);
	assert_int_equal(s, GOAL_MET);
	assert_int_equal(goal_status_parse("not_met", &s), 0);
	assert_int_equal(s, GOAL_NOT_MET);
	assert_int_equal(goal_status_parse("kanske", &s), -1);
	assert_string_equal(goal_status_label(GOAL_NOT_ASSESSED), "Ej bedömt");
	assert_int_equal(goal_period_parse("delår", &p), 0);
	assert_int_equal(p, PERIOD_INTERIM);
	assert_int_equal(goal_period_parse("annual", &p), 0);
	assert_int_equal(p, PERIOD_ANNUAL);
	assert_int_equal(goal_period_parse("kvartal", &p), -1);
	assert_int_equal(indicator_kind_parse("exit-share", &k), 0);
	assert_int_equal(k, IND_EXIT_SHARE);
	assert_string_equal(indicator_unit(k), "%");
	assert_false(indicator_at_most(k));
	assert_true(indicator_at_most(IND_EQUITY_SHARE));
	assert_int_equal(indicator_kind_parse("x", &k), -1);
}

static void test_values(void **state)
{
	int64_t v;
	char buf[64];

	(void)state;
	assert_int_equal(indicator_value_parse("63", &v), 0);
	assert_int_equal(v, 6300);
	assert_int_equal(indicator_value_parse("63,2", &v), 0);
	assert_int_equal(v, 6320);
	assert_int_equal(indicator_value_parse("63.25", &v), 0);
	assert_int_equal(v, 6325);
	assert_int_equal(indicator_value_parse("63,255", &v), 0);
	assert_int_equal(v, 6326);
	assert_int_equal(indicator_value_parse("1 280", &v), 0);
	assert_int_equal(v, 128000);
	assert_int_equal(indicator_value_parse("12 %", &v), 0);
	assert_int_equal(v, 1200);
	assert_int_equal(indicator_value_parse("-5", &v), 0);
	assert_int_equal(v, -500);
	assert_int_equal(indicator_value_parse("", &v), -1);
	assert_int_equal(indicator_value_parse("abc", &v), -1);
	assert_int_equal(indicator_value_parse("12,", &v), -1);
	assert_int_equal(indicator_value_parse("1e5", &v), -1);
	assert_string_equal(indicator_value_format(buf, sizeof(buf), 6300, "%"), "63 %");
	assert_string_equal(indicator_value_format(buf, sizeof(buf), 6320, "%"), "63,2 %");
	assert_string_equal(indicator_value_format(buf, sizeof(buf), 6325, ""), "63,25");
	assert_string_equal(indicator_value_format(buf, sizeof(buf), 6500, "deltagare"), "65 deltagare");
	assert_string_equal(indicator_value_format(buf, sizeof(buf), 128000, NULL), "1 280");
	assert_string_equal(indicator_value_format(buf, sizeof(buf), -1205, "%"), "-12,05 %");
}

static void test_reached(void **state)
{
	struct result_goal r;

	(void)state;
	memset(&r, 0, sizeof(r));
	assert_false(indicator_reached(&r, 100));       /* no target */
	r.has_target = 1;
	r.target = 6000;                                 /* 60 participants */
	assert_true(indicator_reached(&r, 6500));
	assert_true(indicator_reached(&r, 6000));
	assert_false(indicator_reached(&r, 5900));
	r.at_most = 1;                                   /* equity at most 20 % */
	r.target = 2000;
	assert_true(indicator_reached(&r, 1220));
	assert_false(indicator_reached(&r, 2001));
}

static void test_board(void **state)
{
	enum board_role r;

	(void)state;
	assert_int_equal(board_role_parse("Ordförande", &r), 0);
	assert_int_equal(r, BOARD_CHAIR);
	assert_int_equal(board_role_parse("vice-ordförande", &r), 0);
	assert_int_equal(r, BOARD_VICE_CHAIR);
	assert_int_equal(board_role_parse("ordinarie", &r), 0);
	assert_int_equal(r, BOARD_MEMBER);
	assert_int_equal(board_role_parse("ERSÄTTARE", &r), 0);
	assert_int_equal(r, BOARD_DEPUTY);
	assert_int_equal(board_role_parse("kung", &r), -1);
	assert_string_equal(board_role_label(BOARD_DEPUTY), "ersättare");
}

/* The signature page: each ordinary member beside the deputy of the same
 * member organisation, the deputies left over after them. */
static void test_board_pairs(void **state)
{
	static const struct board_member b[] = {
		{ 1, 2025, "Ersättare Dalby", BOARD_DEPUTY, "Dalby kommun" },
		{ 2, 2025, "Ordförande", BOARD_CHAIR, "Dalby kommun" },
		{ 3, 2025, "Ledamot FK", BOARD_MEMBER, "Försäkringskassan" },
		{ 4, 2025, "Ersättare Region", BOARD_DEPUTY, "Region" },
		{ 5, 2025, "Ledamot utan", BOARD_MEMBER, "" },
		{ 6, 2025, "Ersättare utan", BOARD_DEPUTY, "" },
		{ 7, 2025, "Ledamot Region", BOARD_VICE_CHAIR, "Region" },
	};
	struct board_pair p[7];
	size_t n;

	(void)state;
	n = board_pairs(b, 7, p);
	assert_int_equal(n, 5);
	assert_int_equal(p[0].member->id, 2);
	assert_int_equal(p[0].deputy->id, 1);
	assert_int_equal(p[1].member->id, 3);
	assert_null(p[1].deputy);
	assert_int_equal(p[2].member->id, 5);
	assert_null(p[2].deputy);   /* no organisation: paired with nobody */
	assert_int_equal(p[3].member->id, 7);
	assert_int_equal(p[3].deputy->id, 4);
	assert_null(p[4].member);
	assert_int_equal(p[4].deputy->id, 6);
	assert_int_equal(board_pairs(b, 0, p), 0);
}

/* One value per indicator and period: the value entered by hand with the
 * period's assessment wins over the computed one (the follow-up used to
 * show the computed 0 where the goal table showed 65); without it, the
 * computed value; a manual indicator has only the hand-entered one. */
static void test_one_value(void **state)
{
	struct goal goal = { 1, 2025, 1, "Individ", GOAL_AREA_INDIVIDUAL, "" };
	struct result_goal r[2];
	struct indicator_value computed[2] = { { 1, 0, 0 }, { 0, 0, 0 } };
	struct assessment a[2];
	struct goals_data g;
	struct indicator_value v, w;
	int by_hand = -1;

	(void)state;
	memset(r, 0, sizeof(r));
	memset(a, 0, sizeof(a));
	memset(&g, 0, sizeof(g));
	r[0] = (struct result_goal){ 10, 1, 1, "Deltagare", "", IND_PARTICIPANTS, 3, 1, 6000, 0, "deltagare" };
	r[1] = (struct result_goal){ 11, 1, 2, "Nöjda", "", IND_MANUAL, 0, 1, 8000, 0, "%" };
	a[0] = (struct assessment){ 1, 1, 10, 2025, PERIOD_ANNUAL, GOAL_MET, 1, 6500, "" };
	a[1] = (struct assessment){ 2, 1, 11, 2025, PERIOD_INTERIM, GOAL_ON_TRACK, 1, 7550, "" };
	g.year = 2025;
	g.goals = &goal;
	g.n_goals = 1;
	g.results = r;
	g.n_results = 2;
	g.values = computed;
	g.assessments = a;
	g.n_assessments = 2;

	v = goals_indicator_value(&g, 0, PERIOD_ANNUAL, &by_hand);
	assert_true(v.available);
	assert_int_equal(v.value, 6500);
	assert_int_equal(by_hand, 1);
	v = goals_indicator_value(&g, 0, PERIOD_INTERIM, &by_hand);
	assert_true(v.available);
	assert_int_equal(v.value, 0);
	assert_int_equal(by_hand, 0);
	v = goals_indicator_value(&g, 1, PERIOD_INTERIM, NULL);
	assert_int_equal(v.value, 7550);
	v = goals_indicator_value(&g, 1, PERIOD_ANNUAL, &by_hand);
	assert_false(v.available);
	assert_int_equal(by_hand, 0);

	w = (struct indicator_value){ 1, 0, 6500 };
	v = goals_indicator_value(&g, 0, PERIOD_ANNUAL, NULL);
	assert_true(indicator_values_agree(&v, &w));
	w.value = 0;
	assert_false(indicator_values_agree(&v, &w));
	v = (struct indicator_value){ 1, 1, 300 };
	w = (struct indicator_value){ 1, 1, 400 };
	assert_true(indicator_values_agree(&v, &w));   /* both hidden: "färre än 5" */
	w.available = 0;
	assert_false(indicator_values_agree(&v, &w));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_reached),
		cmocka_unit_test(test_board),
		cmocka_unit_test(test_board_pairs),
		cmocka_unit_test(test_one_value),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
