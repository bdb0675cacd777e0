/*
 * test_pstats.c: counting enrolments in a year and hiding small cells so
 * that they cannot be worked out from the totals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "model/pstats.h"

static struct participant pp(int64_t id, const char *sex, int born)
{
	struct participant p;

	memset(&p, 0, sizeof(p));
	p.id = id;
	snprintf(p.sex, sizeof(p.sex), "%s", sex);
	p.birth_year = born;
	snprintf(p.education, sizeof(p.education), "gymnasial");
	return p;
}

static struct enrolment ee(int64_t pid, struct date in, struct date out, const char *reason)
{
	struct enrolment e;

	memset(&e, 0, sizeof(e));
	e.participant_id = pid;
	e.intervention_id = 1;
	e.enrolled = in;
	e.exited = out;
	snprintf(e.support_before, sizeof(e.support_before), "sjukpenning");
	snprintf(e.time_in_support, sizeof(e.time_in_support), "ingen");
	snprintf(e.exit_reason, sizeof(e.exit_reason), "%s", reason);
	snprintf(e.support_after, sizeof(e.support_after), "%s", *reason ? "lön" : "");
	return e;
}

static void test_counts(void **state)
{
	struct participant p[3] = { pp(1, "kvinna", 2000), pp(2, "man", 1970), pp(3, "man", 1990) };
	struct enrolment e[4] = {
		ee(1, (struct date){ 2021, 5, 1 }, (struct date){ 2022, 3, 1 }, "arbete"),   /* carried over, exits */
		ee(2, (struct date){ 2022, 2, 1 }, (struct date){ 0, 0, 0 }, ""),           /* new, stays */
		ee(3, (struct date){ 2020, 1, 1 }, (struct date){ 2021, 6, 1 }, "studier"), /* gone before */
		ee(3, (struct date){ 2023, 1, 1 }, (struct date){ 0, 0, 0 }, ""),           /* after */
	};
	struct pstats s;

	(void)state;
	pstats_compute(2022, p, 3, e, 4, 0, &s);
	assert_int_equal(s.all.enrolled.total.n, 2);
	assert_int_equal(s.all.enrolled.women.n, 1);
	assert_int_equal(s.all.new_.total.n, 1);
	assert_int_equal(s.all.exited.total.n, 1);
	assert_int_equal(s.all.to_work.women.n, 1);
	assert_int_equal(s.young.enrolled.total.n, 1);   /* 2021 − 2000 = 21 */
	assert_int_equal(s.older.enrolled.total.n, 1);
	assert_int_equal(s.days_n, 1);
	assert_int_equal(s.days_sum, 304);                /* 2021-05-01 to 2022-03-01 */
	assert_int_equal(s.exit_reason.cell[0].n, 1);     /* arbete */
	pstats_compute(2022, p, 3, e, 4, 2, &s);          /* another intervention */
	assert_int_equal(s.all.enrolled.total.n, 0);
}

static void test_protect(void **state)
{
	struct pstats s;

	(void)state;
	memset(&s, 0, sizeof(s));
	s.all.enrolled.total.n = 23;
	s.all.enrolled.women.n = 3;
	s.all.enrolled.men.n = 20;
	s.older.enrolled = s.all.enrolled;
	s.education.n = 4;
	s.education.cell[1].n = 21;      /* gymnasial */
	s.education.cell[3].n = 2;       /* okänd */
	pstats_protect(&s, 5);
	assert_int_equal(s.all.enrolled.women.mark, CELL_SMALL);
	assert_int_equal(s.all.enrolled.men.mark, CELL_SECONDARY);
	assert_int_equal(s.all.enrolled.total.mark, CELL_SHOWN);
	assert_int_equal(s.older.enrolled.men.mark, CELL_SECONDARY);
	assert_int_equal(s.education.cell[3].mark, CELL_SMALL);
	assert_int_equal(s.education.cell[1].mark, CELL_SECONDARY);
	assert_int_equal(s.education.cell[0].mark, CELL_SHOWN);   /* a zero tells nothing */
	assert_true(s.mean_hidden == 0 || s.all.exited.total.n == 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_protect),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
