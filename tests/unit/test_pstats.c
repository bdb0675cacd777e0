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
	s.band[3].enrolled = s.all.enrolled;     /* all of them 30–39 */
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
	assert_int_equal(s.band[3].enrolled.men.mark, CELL_SECONDARY);
	assert_true(s.mean_hidden == 0 || s.all.exited.total.n == 0);
}

static void test_bands(void **state)
{
	/* Ages at enrolment in 2022: 15, 16, 19, 20, 24, 25, 29, 30, 64, 65. */
	static const int ages[] = { 15, 16, 19, 20, 24, 25, 29, 30, 64, 65 };
	struct participant p[10];
	struct enrolment e[10];
	struct pstats s;
	size_t i;

	(void)state;
	assert_int_equal(pstats_band_of(15), -1);
	assert_int_equal(pstats_band_of(16), 0);
	assert_int_equal(pstats_band_of(29), 2);
	assert_int_equal(pstats_band_of(30), 3);
	assert_int_equal(pstats_band_of(64), 5);
	assert_int_equal(pstats_band_of(65), -1);
	for (i = 0; i < 10; i++) {
		p[i] = pp((int64_t)i + 1, i % 2 ? "man" : "kvinna", 2022 - ages[i]);
		e[i] = ee((int64_t)i + 1, (struct date){ 2022, 3, 1 }, (struct date){ 0, 0, 0 }, "");
	}
	pstats_compute(2022, p, 10, e, 10, 0, &s);
	assert_int_equal(s.all.enrolled.total.n, 10);
	assert_int_equal(s.outside_bands, 1);
	assert_int_equal(s.above_bands, 1);
	assert_int_equal(s.young.enrolled.total.n, 6);
	assert_int_equal(s.older.enrolled.total.n, 3);     /* 30, 64 and 65 */
	assert_int_equal(s.band[0].enrolled.total.n, 2);
	assert_int_equal(s.band[1].enrolled.total.n, 2);
	assert_int_equal(s.band[2].enrolled.total.n, 2);
	assert_int_equal(s.band[3].enrolled.total.n, 1);
	assert_int_equal(s.band[4].enrolled.total.n, 0);
	assert_int_equal(s.band[5].enrolled.total.n, 1);
	assert_int_equal(s.band[0].enrolled.women.n, 1);   /* 19; 16 is a man */
	assert_int_equal(s.band[0].new_.total.n, 2);
	assert_string_equal(s.young_label, "16–29 år");

	/* A förbund that counts the young from 15 (Jämtland): the 15-year-old
	 * is young and in the first band, which is 15–19. */
	pstats_init(2022, &s);
	pstats_young_from(&s, 15);
	for (i = 0; i < 10; i++)
		pstats_add(&s, &p[i], &e[i]);
	assert_int_equal(s.outside_bands, 0);
	assert_int_equal(s.young.enrolled.total.n, 7);
	assert_int_equal(s.band[0].enrolled.total.n, 3);
	assert_string_equal(s.young_label, "15–29 år");
	assert_string_equal(s.band_keys[0], "15-19");
	assert_string_equal(s.band_labels[0], "15–19 år");
	assert_string_equal(s.band_labels[1], "20–24 år");
	assert_int_equal(pstats_band_in(&s, 14), -1);
	/* from 18: 16 and 17 are outside */
	pstats_init(2022, &s);
	pstats_young_from(&s, 18);
	for (i = 0; i < 10; i++)
		pstats_add(&s, &p[i], &e[i]);
	assert_int_equal(s.outside_bands, 2);
	assert_string_equal(s.band_labels[0], "18–19 år");
	/* out of range: the default */
	pstats_young_from(&s, 40);
	assert_int_equal(s.young_from, 16);
}

static void test_anonymous(void **state)
{
	struct anonymous_count a = { 0, 1, { 2022, 1, 1 }, { 2022, 6, 30 }, 3, 4, "" };
	struct anonymous_count b = { 0, 1, { 2021, 7, 1 }, { 2021, 12, 31 }, 10, 10, "" };
	struct pstats s;

	(void)state;
	pstats_init(2022, &s);
	pstats_add_anonymous(&s, &a);
	pstats_add_anonymous(&s, &b);
	assert_int_equal(s.anonymous.total.n, 7);
	assert_int_equal(s.anonymous.women.n, 3);
	assert_int_equal(s.anonymous.men.n, 4);
	assert_int_equal(s.all.enrolled.total.n, 0);       /* in none of the measures */
	pstats_protect(&s, 5);
	assert_int_equal(s.anonymous.women.mark, CELL_SMALL);
	assert_int_equal(s.anonymous.men.mark, CELL_SMALL);
	assert_int_equal(s.anonymous.total.mark, CELL_SHOWN);
}

/* Every sum the statistics show, checked from outside: a relation total =
 * parts with exactly one hidden cell gives that cell away. */
static int n_hidden;
static int relation_ok(const struct pcell *total, const struct pcell *const *parts, size_t n)
{
	int64_t sum = 0;
	size_t i;
	int h = total->mark != CELL_SHOWN;

	for (i = 0; i < n; i++) {
		h += parts[i]->mark != CELL_SHOWN;
		sum += parts[i]->n;
	}
	n_hidden += h;
	if (sum != total->n || h == 1)
		fprintf(stderr, "relation: total %lld (%d), sum %lld, hidden %d\n", (long long)total->n,
			total->mark, (long long)sum, h);
	return sum == total->n && h != 1;
}

static void cells(const struct pmeasures *m, int measure, int sex, const struct pcell **out)
{
	const struct psex *x = measure == 0 ? &m->enrolled : measure == 1 ? &m->new_
						       : measure == 2 ? &m->exited : &m->to_work;

	*out = sex == 0 ? &x->total : sex == 1 ? &x->women : &x->men;
}

static void check_protected(const struct pstats *s, int threshold)
{
	const struct pmeasures *m[9] = { &s->all, &s->young, &s->older };
	const struct pdist *d[6] = { &s->education, &s->time_in_support, &s->support_before,
				     &s->support_after, &s->exit_reason, &s->support_before_exited };
	const struct pcell *parts[PSTATS_CATS], *total;
	size_t i, k;
	int me, sx;

	for (i = 0; i < PSTATS_BANDS; i++)
		m[3 + i] = &s->band[i];
	for (i = 0; i < 9; i++) {
		for (me = 0; me < 4; me++) {
			cells(m[i], me, 0, &total);
			cells(m[i], me, 1, &parts[0]);
			cells(m[i], me, 2, &parts[1]);
			assert_true(relation_ok(total, parts, 2));
			for (sx = 0; sx < 3; sx++) {
				cells(m[i], me, sx, &total);
				/* No small cell is shown. */
				assert_true(total->n < 1 || total->n >= threshold || total->mark != CELL_SHOWN);
			}
		}
	}
	for (me = 0; me < 4; me++) {
		for (sx = 0; sx < 3; sx++) {
			cells(&s->young, me, sx, &total);
			for (i = 0; i < 3; i++)
				cells(&s->band[i], me, sx, &parts[i]);
			assert_true(relation_ok(total, parts, 3));
			if (s->above_bands == 0) {
				cells(&s->older, me, sx, &total);
				for (i = 0; i < 3; i++)
					cells(&s->band[3 + i], me, sx, &parts[i]);
				assert_true(relation_ok(total, parts, 3));
			}
			if (s->outside_bands == 0) {
				cells(&s->all, me, sx, &total);
				cells(&s->young, me, sx, &parts[0]);
				cells(&s->older, me, sx, &parts[1]);
				assert_true(relation_ok(total, parts, 2));
			}
		}
	}
	for (i = 0; i < 6; i++) {
		for (k = 0; k < d[i]->n; k++) {
			parts[k] = &d[i]->cell[k];
			assert_true(parts[k]->n < 1 || parts[k]->n >= threshold || parts[k]->mark != CELL_SHOWN);
		}
		assert_true(relation_ok(i < 3 ? &s->all.enrolled.total : &s->all.exited.total, parts, d[i]->n));
	}
}

/* Random registers, small and large: after protection no relation has
 * exactly one hidden cell, and no count of 1–4 shows. */
static void test_protect_random(void **state)
{
	static const char *const edu[] = { "förgymnasial", "gymnasial", "eftergymnasial", "okänd" };
	static const char *const reasons[] = { "arbete", "studier", "annan insats", "avbrutit", "" };
	uint32_t seed = 12345;
	int round;

	(void)state;
	n_hidden = 0;
	for (round = 0; round < 200; round++) {
		size_t n = 1 + (size_t)(round * 7 % 120), i;
		struct participant p[120];
		struct enrolment e[120];
		struct pstats s;

		for (i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			p[i] = pp((int64_t)i + 1, seed >> 16 & 1 ? "man" : "kvinna",
				  2022 - 16 - (int)(seed >> 8 & 63) % (round % 3 ? 49 : 55));
			snprintf(p[i].education, sizeof(p[i].education), "%s", edu[seed >> 20 & 3]);
			e[i] = ee((int64_t)i + 1, (struct date){ 2021 + (int)(seed >> 4 & 1), 3, 1 },
				  seed >> 12 & 1 ? (struct date){ 2022, 9, 1 } : (struct date){ 0, 0, 0 },
				  reasons[(seed >> 24) % 4]);
			if (!date_is_set(e[i].exited))
				e[i].exit_reason[0] = e[i].support_after[0] = 0;
		}
		pstats_compute(2022, p, n, e, n, 0, &s);
		pstats_protect(&s, 5);
		check_protected(&s, 5);
	}
	assert_true(n_hidden > 0);    /* the rounds did hide something */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_protect),
		cmocka_unit_test(test_bands),
		cmocka_unit_test(test_anonymous),
		cmocka_unit_test(test_protect_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
