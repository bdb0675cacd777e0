/*
 * test_store_people.c: the store's corrections of the participant
 * register, the goals and the texts: each record found by its id, changed
 * in every field and read back, removed, and STORE_NOT_FOUND for one that
 * is not there; and the purge of those who left.
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

static struct tmpdb tmp = { .name = "people" };

static void test_participant_and_enrolment(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct intervention a, b;
	struct participant p, got;
	struct enrolment e, ge, *list = NULL;
	size_t n = 0;
	struct err err;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	memcpy(a.name, "A", 2);
	memcpy(b.name, "B", 2);
	assert_int_equal(store_intervention_add(st, &a, &err), 0);
	assert_int_equal(store_intervention_add(st, &b, &err), 0);
	memset(&p, 0, sizeof(p));
	memcpy(p.code, "P1", 3);
	memcpy(p.pnr_hash, "abc", 4);
	memcpy(p.sex, "man", 4);
	p.birth_year = 1980;
	memcpy(p.education, "okänd", sizeof("okänd"));
	assert_int_equal(store_participant_add(st, &p, &err), 0);
	assert_int_equal(store_participant_get(st, p.id, &got, &err), 0);
	assert_string_equal(got.code, "P1");
	assert_string_equal(got.pnr_hash, "abc");
	assert_int_equal(store_participant_get(st, p.id + 1, &got, &err), STORE_NOT_FOUND);

	/* Every field changes; an empty hash is none. */
	memcpy(p.code, "P2", 3);
	p.pnr_hash[0] = '\0';
	memcpy(p.sex, "kvinna", 7);
	p.birth_year = 1981;
	memcpy(p.education, "gymnasial", 10);
	assert_int_equal(store_participant_update(st, &p, &err), 0);
	assert_int_equal(store_participant_get(st, p.id, &got, &err), 0);
	assert_string_equal(got.code, "P2");
	assert_string_equal(got.pnr_hash, "");
	assert_string_equal(got.sex, "kvinna");
	assert_int_equal(got.birth_year, 1981);
	assert_string_equal(got.education, "gymnasial");
	assert_int_equal(store_participant_find(st, "P1", NULL, &got, &err), STORE_NOT_FOUND);

	memset(&e, 0, sizeof(e));
	e.participant_id = p.id;
	e.intervention_id = a.id;
	e.enrolled = (struct date){ 2025, 1, 2 };
	memcpy(e.support_before, "lön", sizeof("lön"));
	memcpy(e.time_in_support, "ingen", 6);
	assert_int_equal(store_enrolment_add(st, &e, &err), 0);
	/* An exit, another intervention and date. */
	e.intervention_id = b.id;
	e.enrolled = (struct date){ 2025, 1, 3 };
	e.exited = (struct date){ 2025, 5, 1 };
	memcpy(e.exit_reason, "arbete", 7);
	memcpy(e.support_after, "lön", sizeof("lön"));
	assert_int_equal(store_enrolment_update(st, &e, &err), 0);
	assert_int_equal(store_enrolment_get(st, e.id, &ge, &err), 0);
	assert_int_equal(ge.intervention_id, b.id);
	assert_int_equal(ge.enrolled.d, 3);
	assert_int_equal(ge.exited.m, 5);
	assert_string_equal(ge.exit_reason, "arbete");
	/* The exit undone: no date, no reason. */
	memset(&e.exited, 0, sizeof(e.exited));
	assert_int_equal(store_enrolment_update(st, &e, &err), 0);
	assert_int_equal(store_enrolment_get(st, e.id, &ge, &err), 0);
	assert_false(date_is_set(ge.exited));
	assert_string_equal(ge.exit_reason, "");
	assert_string_equal(ge.support_after, "");

	/* A participant with enrolments cannot go; without, it can. */
	assert_int_equal(store_participant_delete(st, p.id, &err), -1);
	assert_int_equal(store_enrolment_delete(st, e.id, &err), 0);
	assert_int_equal(store_enrolment_delete(st, e.id, &err), STORE_NOT_FOUND);
	assert_int_equal(store_enrolment_get(st, e.id, &ge, &err), STORE_NOT_FOUND);
	assert_int_equal(store_enrolment_list(st, p.id, &list, &n, &err), 0);
	assert_int_equal(n, 0);
	free(list);
	assert_int_equal(store_participant_delete(st, p.id, &err), 0);
	assert_int_equal(store_participant_get(st, p.id, &got, &err), STORE_NOT_FOUND);
	e.id = 999;
	assert_int_equal(store_enrolment_update(st, &e, &err), STORE_NOT_FOUND);
	store_close(st);
}

static void test_goals_and_texts(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct goal g, *gl = NULL;
	struct result_goal r, *rl = NULL;
	struct assessment as, *al = NULL;
	size_t n = 0;
	char *text = NULL;
	struct err err;

	(void)state;
	memset(&g, 0, sizeof(g));
	g.year = 2025;
	g.number = 1;
	memcpy(g.title, "Mål", sizeof("Mål"));
	assert_int_equal(store_goal_add(st, &g, &err), 0);
	g.number = 4;
	g.area = GOAL_AREA_FINANCIAL;
	memcpy(g.title, "Ekonomi", 8);
	memcpy(g.description, "Text", 5);
	assert_int_equal(store_goal_update(st, &g, &err), 0);
	assert_int_equal(store_goal_list(st, 2025, &gl, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(gl[0].number, 4);
	assert_int_equal(gl[0].area, GOAL_AREA_FINANCIAL);
	assert_string_equal(gl[0].title, "Ekonomi");
	assert_string_equal(gl[0].description, "Text");
	free(gl);

	memset(&r, 0, sizeof(r));
	r.goal_id = g.id;
	r.number = 1;
	memcpy(r.text, "R", 2);
	r.has_target = 1;
	r.target = 4000;
	assert_int_equal(store_result_goal_add(st, &r, &err), 0);
	r.has_target = 0;
	r.indicator = IND_EQUITY_SHARE;
	r.at_most = 1;
	memcpy(r.unit, "%", 2);
	memcpy(r.follow_up, "F", 2);
	assert_int_equal(store_result_goal_update(st, &r, &err), 0);
	assert_int_equal(store_result_goal_list(st, 2025, &rl, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_false(rl[0].has_target);
	assert_int_equal(rl[0].indicator, IND_EQUITY_SHARE);
	assert_int_equal(rl[0].at_most, 1);
	free(rl);

	memset(&as, 0, sizeof(as));
	as.goal_id = g.id;
	as.result_goal_id = r.id;
	as.year = 2025;
	assert_int_equal(store_assessment_put(st, &as, &err), 0);
	/* A goal or result goal with an assessment cannot go before it. */
	assert_int_equal(store_result_goal_delete(st, r.id, &err), -1);
	assert_int_equal(store_assessment_delete(st, as.id, &err), 0);
	assert_int_equal(store_assessment_delete(st, as.id, &err), STORE_NOT_FOUND);
	assert_int_equal(store_assessment_list(st, 2025, &al, &n, &err), 0);
	assert_int_equal(n, 0);
	free(al);
	assert_int_equal(store_goal_delete(st, g.id, &err), -1);
	assert_int_equal(store_result_goal_delete(st, r.id, &err), 0);
	assert_int_equal(store_goal_delete(st, g.id, &err), 0);
	assert_int_equal(store_goal_delete(st, g.id, &err), STORE_NOT_FOUND);
	assert_int_equal(store_goal_update(st, &g, &err), STORE_NOT_FOUND);

	assert_int_equal(store_text_put(st, 2025, "vision", "V", &err), 0);
	assert_int_equal(store_text_delete(st, 2025, "vision", &err), 0);
	assert_int_equal(store_text_get(st, 2025, "vision", &text, &err), STORE_NOT_FOUND);
	assert_int_equal(store_text_delete(st, 2025, "vision", &err), STORE_NOT_FOUND);
	store_close(st);
}

static int64_t person(struct store *st, const char *code, int64_t iv, struct date exited)
{
	struct participant p;
	struct enrolment e;
	struct err err;

	memset(&p, 0, sizeof(p));
	snprintf(p.code, sizeof(p.code), "%s", code);
	snprintf(p.pnr_hash, sizeof(p.pnr_hash), "hash-%s", code);
	memcpy(p.sex, "man", 4);
	p.birth_year = 1990;
	memcpy(p.education, "okänd", sizeof("okänd"));
	assert_int_equal(store_participant_add(st, &p, &err), 0);
	memset(&e, 0, sizeof(e));
	e.participant_id = p.id;
	e.intervention_id = iv;
	e.enrolled = (struct date){ 2020, 1, 1 };
	memcpy(e.support_before, "lön", sizeof("lön"));
	memcpy(e.time_in_support, "ingen", 6);
	assert_int_equal(store_enrolment_add(st, &e, &err), 0);
	e.exited = exited;
	if (date_is_set(exited))
		assert_int_equal(store_enrolment_exit(st, &e, &err), 0);
	return p.id;
}

/* The purge makes anonymous those whose every enrolment ended before the
 * date, and leaves a code already anonymous, in whatever case, as it is. */
static void test_purge(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct intervention a;
	struct participant got;
	struct err err;
	int64_t gone, ongoing, already, count = 0;
	char want[32];

	(void)state;
	memset(&a, 0, sizeof(a));
	memcpy(a.name, "A", 2);
	assert_int_equal(store_intervention_add(st, &a, &err), 0);
	gone = person(st, "P5", a.id, (struct date){ 2021, 3, 1 });
	ongoing = person(st, "P6", a.id, (struct date){ 0, 0, 0 });
	already = person(st, "ANONYM-77", a.id, (struct date){ 2021, 3, 1 });
	assert_int_equal(store_participant_purge(st, (struct date){ 2022, 1, 1 }, &count, &err), 0);
	assert_int_equal(count, 1);
	assert_int_equal(store_participant_get(st, gone, &got, &err), 0);
	snprintf(want, sizeof(want), "anonym-%lld", (long long)gone);
	assert_string_equal(got.code, want);
	assert_string_equal(got.pnr_hash, "");
	assert_int_equal(store_participant_get(st, ongoing, &got, &err), 0);
	assert_string_equal(got.code, "P6");
	assert_string_equal(got.pnr_hash, "hash-P6");
	assert_int_equal(store_participant_get(st, already, &got, &err), 0);
	assert_string_equal(got.code, "ANONYM-77");
	assert_string_equal(got.pnr_hash, "hash-ANONYM-77");
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_participant_and_enrolment, &tmp),
		TMPDB_TEST(test_goals_and_texts, &tmp),
		TMPDB_TEST(test_purge, &tmp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
