/*
 * test_store_records.c: the store's corrections of records: each kind
 * found by id, updated and removed, STORE_NOT_FOUND for an id that is not
 * there, and what still refers to an intervention counted before it can
 * be removed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/err.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb tmp;
static struct store *st;

static int setup(void **state)
{
	(void)state;
	if (tmpdb_make(&tmp, "records") != 0)
		return -1;
	st = tmpdb_open(&tmp);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	store_close(st);
	tmpdb_remove(&tmp);
	return 0;
}

static void test_intervention_and_decisions(void **state)
{
	struct intervention iv, got;
	struct intervention_refs refs;
	struct decision d, dg;
	struct anonymous_count a, ag;
	struct err err;

	(void)state;
	memset(&iv, 0, sizeof(iv));
	snprintf(iv.name, sizeof(iv.name), "Steget");
	snprintf(iv.accounts, sizeof(iv.accounts), "4010");
	assert_int_equal(store_intervention_add(st, &iv, &err), 0);
	memset(&d, 0, sizeof(d));
	d.intervention_id = iv.id;
	d.meeting = (struct date){ 2024, 11, 15 };
	d.amount = 190000000;
	d.year_from = 2024;
	d.year_to = 2026;
	assert_int_equal(store_decision_add(st, &d, &err), 0);
	memset(&a, 0, sizeof(a));
	a.intervention_id = iv.id;
	a.from = (struct date){ 2025, 3, 1 };
	a.to = (struct date){ 2025, 6, 30 };
	a.women = 6;
	assert_int_equal(store_anonymous_add(st, &a, &err), 0);

	assert_int_equal(store_intervention_refs(st, iv.id, &refs, &err), 0);
	assert_int_equal(refs.decisions, 1);
	assert_int_equal(refs.anonymous, 1);
	assert_int_equal(refs.enrolments, 0);
	/* The database refuses what would leave a decision dangling. */
	assert_int_equal(store_intervention_delete(st, iv.id, &err), -1);

	assert_int_equal(store_decision_get(st, d.id, &dg, &err), 0);
	assert_int_equal(dg.amount, 190000000);
	assert_int_equal(dg.year_to, 2026);
	dg.amount = 200000000;
	snprintf(dg.note, sizeof(dg.note), "Utökat");
	assert_int_equal(store_decision_update(st, &dg, &err), 0);
	assert_int_equal(store_decision_get(st, d.id, &dg, &err), 0);
	assert_int_equal(dg.amount, 200000000);
	assert_string_equal(dg.note, "Utökat");
	assert_int_equal(store_decision_delete(st, d.id, &err), 0);
	assert_int_equal(store_decision_get(st, d.id, &dg, &err), STORE_NOT_FOUND);
	assert_int_equal(store_decision_delete(st, d.id, &err), STORE_NOT_FOUND);
	dg.id = 999;
	assert_int_equal(store_decision_update(st, &dg, &err), STORE_NOT_FOUND);

	assert_int_equal(store_anonymous_get(st, a.id, &ag, &err), 0);
	assert_int_equal(ag.women, 6);
	ag.men = 4;
	assert_int_equal(store_anonymous_update(st, &ag, &err), 0);
	assert_int_equal(store_anonymous_get(st, a.id, &ag, &err), 0);
	assert_int_equal(ag.men, 4);
	assert_int_equal(store_anonymous_delete(st, a.id, &err), 0);
	assert_int_equal(store_anonymous_get(st, a.id, &ag, &err), STORE_NOT_FOUND);

	iv.end = (struct date){ 2026, 12, 31 };
	snprintf(iv.name, sizeof(iv.name), "Steget vidare");
	assert_int_equal(store_intervention_update(st, &iv, &err), 0);
	assert_int_equal(store_intervention_get(st, iv.id, NULL, &got, &err), 0);
	assert_string_equal(got.name, "Steget vidare");
	assert_int_equal(got.end.y, 2026);
	assert_int_equal(store_intervention_refs(st, iv.id, &refs, &err), 0);
	assert_int_equal(refs.decisions + refs.anonymous, 0);
	assert_int_equal(store_intervention_delete(st, iv.id, &err), 0);
	assert_int_equal(store_intervention_get(st, iv.id, NULL, &got, &err), STORE_NOT_FOUND);
}

static void test_members_and_board(void **state)
{
	struct member m = { 0, "Dalby kommun", MEMBER_MUNICIPALITY, 9800 }, g;
	struct board_member b, bg;
	struct err err;

	(void)state;
	assert_int_equal(store_member_add(st, &m, &err), 0);
	assert_int_equal(store_member_get(st, 0, "Dalby kommun", &g, &err), 0);
	assert_int_equal(g.id, m.id);
	assert_int_equal(g.kind, MEMBER_MUNICIPALITY);
	g.key = 5200;
	g.kind = MEMBER_REGION;
	assert_int_equal(store_member_update(st, &g, &err), 0);
	assert_int_equal(store_member_get(st, m.id, NULL, &g, &err), 0);
	assert_int_equal(g.key, 5200);
	assert_int_equal(g.kind, MEMBER_REGION);
	assert_int_equal(store_member_delete(st, m.id, &err), 0);
	assert_int_equal(store_member_get(st, m.id, NULL, &g, &err), STORE_NOT_FOUND);

	memset(&b, 0, sizeof(b));
	b.year = 2025;
	b.role = BOARD_CHAIR;
	snprintf(b.name, sizeof(b.name), "Anna Berg");
	assert_int_equal(store_board_add(st, &b, &err), 0);
	assert_int_equal(store_board_get(st, b.id, &bg, &err), 0);
	assert_string_equal(bg.name, "Anna Berg");
	bg.role = BOARD_DEPUTY;
	bg.year = 2026;
	assert_int_equal(store_board_update(st, &bg, &err), 0);
	assert_int_equal(store_board_get(st, b.id, &bg, &err), 0);
	assert_int_equal(bg.role, BOARD_DEPUTY);
	assert_int_equal(bg.year, 2026);
	assert_int_equal(store_board_delete(st, b.id, &err), 0);
	assert_int_equal(store_board_delete(st, b.id, &err), STORE_NOT_FOUND);
}

static void test_activities_and_events(void **state)
{
	struct activity a, g;
	struct event e, eg, *list = NULL;
	struct err err;
	size_t n = 0;

	(void)state;
	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "Forum");
	a.date = (struct date){ 2025, 10, 12 };
	a.kind = ACTIVITY_COMPETENCE;
	assert_int_equal(activity_parse_attendance(&a, "Region=35, FK=40", &err), 0);
	assert_int_equal(store_activity_add(st, &a, &err), 0);
	assert_int_equal(store_activity_get(st, a.id, &g, &err), 0);
	assert_int_equal(g.n_attendance, 2);
	assert_int_equal(activity_total(&g), 75);
	activity_release(&g);
	assert_int_equal(activity_parse_attendance(&a, "Region=10", &err), 0);
	snprintf(a.name, sizeof(a.name), "Forum 2");
	assert_int_equal(store_activity_update(st, &a, &err), 0);
	assert_int_equal(store_activity_get(st, a.id, &g, &err), 0);
	assert_string_equal(g.name, "Forum 2");
	assert_int_equal(g.n_attendance, 1);
	assert_int_equal(activity_total(&g), 10);
	activity_release(&g);
	assert_int_equal(store_activity_delete(st, a.id, &err), 0);
	assert_int_equal(store_activity_get(st, a.id, &g, &err), STORE_NOT_FOUND);
	activity_release(&a);

	memset(&e, 0, sizeof(e));
	e.date = (struct date){ 2025, 2, 12 };
	e.kind = EVENT_BOARD;
	snprintf(e.title, sizeof(e.title), "Styrelsemöte");
	assert_int_equal(store_event_add(st, &e, &err), 0);
	assert_true(e.id > 0);
	assert_int_equal(store_event_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(list[0].id, e.id);
	free(list);
	assert_int_equal(store_event_get(st, e.id, &eg, &err), 0);
	eg.date.d = 19;
	assert_int_equal(store_event_update(st, &eg, &err), 0);
	assert_int_equal(store_event_get(st, e.id, &eg, &err), 0);
	assert_int_equal(eg.date.d, 19);
	assert_int_equal(store_event_delete(st, e.id, &err), 0);
	assert_int_equal(store_event_get(st, e.id, &eg, &err), STORE_NOT_FOUND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_intervention_and_decisions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_members_and_board, setup, teardown),
		cmocka_unit_test_setup_teardown(test_activities_and_events, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
