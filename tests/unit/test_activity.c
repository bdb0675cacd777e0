/*
 * test_activity.c: attendance lists and activity kinds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/activity.h"

static void test_attendance(void **state)
{
	struct activity a;
	struct err err;
	enum activity_kind k;

	(void)state;
	memset(&a, 0, sizeof(a));
	assert_int_equal(activity_parse_attendance(&a, "Försäkringskassan=40, Arbetsförmedlingen = 38,Region=35", &err), 0);
	assert_int_equal(a.n_attendance, 3);
	assert_string_equal(a.attendance[1].organisation, "Arbetsförmedlingen");
	assert_int_equal(a.attendance[1].attendees, 38);
	assert_int_equal(activity_total(&a), 113);
	assert_int_equal(activity_parse_attendance(&a, "Alla", &err), -1);
	assert_non_null(strstr(err.msg, "organisation=antal"));
	assert_int_equal(activity_parse_attendance(&a, "=5", &err), -1);
	assert_int_equal(activity_parse_attendance(&a, "A=-1", &err), -1);
	assert_int_equal(activity_parse_attendance(&a, "", &err), 0);
	assert_int_equal(a.n_attendance, 0);
	activity_release(&a);
	assert_int_equal(activity_kind_parse("kompetenshöjande", &k), 0);
	assert_int_equal(k, ACTIVITY_COMPETENCE);
	assert_int_equal(activity_kind_parse("strukturpåverkande", &k), 0);
	assert_int_equal(k, ACTIVITY_STRUCTURAL);
	assert_int_equal(activity_kind_parse("fest", &k), -1);
}

/* The year's activities per kind: meetings of a series, attendance at
 * each, and the different people where they are known. */
static void test_totals(void **state)
{
	struct attendance a1[] = { { "Försäkringskassan", 30 }, { "Kommunen", 30 } }, a2[] = { { "Regionen", 9 } },
			  a3[] = { { "Regionen", 4 } };
	struct activity acts[3];
	struct activity_totals t[2];

	(void)state;
	memset(acts, 0, sizeof(acts));
	acts[0].kind = ACTIVITY_COMPETENCE;
	acts[0].attendance = a1;
	acts[0].n_attendance = 2;
	acts[0].meetings = 6;
	acts[0].persons = 12;
	acts[0].has_persons = 1;
	acts[1].kind = ACTIVITY_STRUCTURAL;
	acts[1].attendance = a2;
	acts[1].n_attendance = 1;
	acts[1].meetings = 1;
	acts[2].kind = ACTIVITY_STRUCTURAL;
	acts[2].attendance = a3;
	acts[2].n_attendance = 1;     /* meetings 0: counted as one */
	activity_totals(acts, 3, t);
	assert_int_equal(t[ACTIVITY_COMPETENCE].activities, 1);
	assert_int_equal(t[ACTIVITY_COMPETENCE].meetings, 6);
	assert_int_equal(t[ACTIVITY_COMPETENCE].attendees, 60);
	assert_int_equal(t[ACTIVITY_COMPETENCE].persons, 12);
	assert_int_equal(t[ACTIVITY_COMPETENCE].persons_known, 1);
	assert_int_equal(t[ACTIVITY_STRUCTURAL].activities, 2);
	assert_int_equal(t[ACTIVITY_STRUCTURAL].meetings, 2);
	assert_int_equal(t[ACTIVITY_STRUCTURAL].attendees, 13);
	assert_int_equal(t[ACTIVITY_STRUCTURAL].persons_known, 0);
}

static void test_total_of_all(void **state)
{
	struct activity a[2];
	struct err err;

	(void)state;
	memset(a, 0, sizeof(a));
	assert_int_equal(activity_parse_attendance(&a[0], "Försäkringskassan=31, Dalby kommun=49", &err), 0);
	assert_int_equal(activity_parse_attendance(&a[1], "Alla=150", &err), 0);
	assert_int_equal(activities_total(a, 2), 230);
	assert_int_equal(activities_total(a, 1), 80);
	assert_int_equal(activities_total(a, 0), 0);
	activity_release(&a[0]);
	activity_release(&a[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attendance),
		cmocka_unit_test(test_totals),
		cmocka_unit_test(test_total_of_all),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
