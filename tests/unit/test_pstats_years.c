/*
 * test_pstats_years.c: the register's statistics of several years and
 * interventions read in one pass (app_pstats_years_read) are those each
 * year and intervention gives alone (app_year_pstats), on a register of
 * enrolments spread over years, with exits, long stays, anonymous counts
 * and an exit dated before its enrolment; the people of each year are
 * each enrolment's; and the enrolments out of order are found.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "app/app_int.h"
#include "base/err.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb t = { .name = "pstats-years" };

static unsigned rnd_state = 12345;

static unsigned rnd(unsigned n)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return (rnd_state >> 16) % n;
}

static const char *const sexes[] = { "kvinna", "man" };
static const char *const educations[] = { "förgymnasial", "gymnasial", "eftergymnasial", "okänd" };
static const char *const supports[] = { "försörjningsstöd", "sjukpenning", "aktivitetsersättning", "ingen" };
static const char *const reasons[] = { "arbete", "studier", "annat" };

/* Three interventions, 80 people with one to three enrolments each over
 * 2018–2025, the anonymous of a few years, and one exit before its
 * enrolment (as older data can hold). The interventions' ids in ids. */
static struct store *register_of_years(int64_t ids[3], int64_t *misordered)
{
	struct store *st = tmpdb_open(&t);
	struct err err;
	int i, k;

	for (i = 0; i < 3; i++) {
		struct intervention iv;

		memset(&iv, 0, sizeof(iv));
		snprintf(iv.name, sizeof(iv.name), "Insats %d", i + 1);
		assert_int_equal(store_intervention_add(st, &iv, &err), 0);
		ids[i] = iv.id;
	}
	for (i = 0; i < 80; i++) {
		struct participant p;
		int n = 1 + (int)rnd(3);

		memset(&p, 0, sizeof(p));
		snprintf(p.code, sizeof(p.code), "P%02d", i);
		snprintf(p.sex, sizeof(p.sex), "%s", sexes[rnd(2)]);
		snprintf(p.education, sizeof(p.education), "%s", educations[rnd(4)]);
		p.birth_year = (int)(1960 + rnd(45));
		assert_int_equal(store_participant_add(st, &p, &err), 0);
		for (k = 0; k < n; k++) {
			struct enrolment e;

			memset(&e, 0, sizeof(e));
			e.participant_id = p.id;
			e.intervention_id = ids[rnd(3)];
			e.enrolled = (struct date){ (int)(2018 + rnd(8)), (int)(1 + rnd(12)), (int)(1 + rnd(28)) };
			snprintf(e.support_before, sizeof(e.support_before), "%s", supports[rnd(4)]);
			snprintf(e.time_in_support, sizeof(e.time_in_support), "ingen");
			if (rnd(3)) {
				/* An exit from a month to three years later. */
				e.exited = date_add_days(e.enrolled, (int)(30 + rnd(1000)));
				snprintf(e.exit_reason, sizeof(e.exit_reason), "%s", reasons[rnd(3)]);
				snprintf(e.support_after, sizeof(e.support_after), "%s", supports[rnd(4)]);
			}
			if (i == 40 && k == 0) {
				e.enrolled = (struct date){ 2023, 6, 1 };
				e.exited = (struct date){ 2022, 11, 30 };
			}
			assert_int_equal(store_enrolment_add(st, &e, &err), 0);
			if (date_is_set(e.exited))
				assert_int_equal(store_enrolment_update(st, &e, &err), 0);
			if (i == 40 && k == 0)
				*misordered = e.id;
		}
	}
	for (i = 0; i < 6; i++) {
		struct anonymous_count a;

		memset(&a, 0, sizeof(a));
		a.intervention_id = ids[i % 3];
		a.from = (struct date){ 2019 + i, 3, 1 };
		a.to = (struct date){ 2019 + i, 9, 30 };
		a.women = 3 + i;
		a.men = 2 * i;
		assert_int_equal(store_anonymous_add(st, &a, &err), 0);
	}
	return st;
}

static size_t enrolments_in_year(struct store *st, int year)
{
	struct enrolment *e = NULL;
	size_t n = 0, i, found = 0;
	struct err err;

	assert_int_equal(store_enrolment_list(st, 0, &e, &n, &err), 0);
	for (i = 0; i < n; i++)
		if (e[i].enrolled.y <= year && (!date_is_set(e[i].exited) || e[i].exited.y >= year))
			found++;
	free(e);
	return found;
}

static void test_one_pass_is_each_alone(void **state)
{
	int64_t ids[3], misordered = 0;
	struct store *st;
	struct app_pstats_years ys;
	struct pstats alone;
	struct err err;
	int y;
	size_t k;

	(void)state;
	st = register_of_years(ids, &misordered);
	assert_int_equal(app_pstats_years_read(st, &ys, 2020, 2024, ids, 3, 1, &err), 0);
	for (y = 2020; y <= 2024; y++) {
		assert_int_equal(app_year_pstats(st, y, 0, NULL, &alone, &err), 0);
		assert_memory_equal(&ys.all[y - 2020], &alone, sizeof(alone));
		assert_true(alone.all.enrolled.total.n > 0 && alone.all.exited.total.n > 0);
		assert_true(alone.anonymous.total.n > 0);
		assert_int_equal(ys.people[y - 2020].n, enrolments_in_year(st, y));
	}
	for (k = 0; k < 3; k++) {
		assert_int_equal(app_year_pstats(st, 2024, ids[k], NULL, &alone, &err), 0);
		assert_memory_equal(&ys.per[k], &alone, sizeof(alone));
	}
	app_pstats_years_release(&ys);

	/* Without the people, and a single year. */
	assert_int_equal(app_pstats_years_read(st, &ys, 2023, 2023, ids + 1, 1, 0, &err), 0);
	assert_int_equal(app_year_pstats(st, 2023, ids[1], NULL, &alone, &err), 0);
	assert_memory_equal(&ys.per[0], &alone, sizeof(alone));
	assert_int_equal(ys.people[0].n, 0);
	app_pstats_years_release(&ys);

	/* At most five years at a time, and never backwards. */
	assert_int_equal(app_pstats_years_read(st, &ys, 2019, 2024, ids, 3, 0, &err), -1);
	assert_non_null(strstr(err.msg, "högst 5 år"));
	assert_int_equal(app_pstats_years_read(st, &ys, 2024, 2023, ids, 3, 0, &err), -1);
	store_close(st);
}

static void test_misordered(void **state)
{
	int64_t ids[3], misordered = 0;
	struct store *st;
	struct enrolment *e = NULL;
	size_t n = 0;
	struct err err;

	(void)state;
	st = register_of_years(ids, &misordered);
	assert_int_equal(store_enrolment_list_misordered(st, &e, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(e[0].id, misordered);
	assert_int_equal(e[0].exited.y, 2022);
	free(e);
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_one_pass_is_each_alone, &t),
		TMPDB_TEST(test_misordered, &t),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
