/*
 * test_survey.c: the survey words, the year's sums per group and question,
 * the share positive, and the small-cell protection with its relations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "model/survey.h"

static struct survey_answer ans(int year, enum survey_group g, const char *code, enum survey_sex sex,
				int64_t iv, int64_t c1, int64_t c2, int64_t c3, int64_t c4, int64_t c5, int64_t c6)
{
	struct survey_answer a;

	memset(&a, 0, sizeof(a));
	a.year = year;
	a.group = g;
	a.sex = sex;
	a.intervention_id = iv;
	snprintf(a.code, sizeof(a.code), "%s", code);
	snprintf(a.text, sizeof(a.text), "Fråga %s", code);
	a.counts[0] = c1;
	a.counts[1] = c2;
	a.counts[2] = c3;
	a.counts[3] = c4;
	a.counts[4] = c5;
	a.counts[5] = c6;
	return a;
}

static void test_words(void **state)
{
	(void)state;
	assert_int_equal(survey_group_match("deltagare start"), SURVEY_PARTICIPANTS_START);
	assert_int_equal(survey_group_match("Deltagare Pågående"), SURVEY_PARTICIPANTS_DURING);
	assert_int_equal(survey_group_match("DELTAGARE PÅGÅENDE"), SURVEY_PARTICIPANTS_DURING);
	assert_int_equal(survey_group_match("  deltagare   avslut "), SURVEY_PARTICIPANTS_EXIT);
	assert_int_equal(survey_group_match("Personal"), SURVEY_STAFF);
	assert_int_equal(survey_group_match("chefer"), SURVEY_MANAGERS);
	assert_int_equal(survey_group_match("STYRELSE"), SURVEY_BOARD);
	assert_int_equal(survey_group_match("participants_exit"), SURVEY_PARTICIPANTS_EXIT);
	assert_int_equal(survey_group_match("deltagare"), -1);
	assert_int_equal(survey_group_match("deltagare avslutad"), -1);
	assert_int_equal(survey_group_match(""), -1);
	assert_int_equal(survey_group_match(NULL), -1);
	assert_string_equal(survey_group_key(SURVEY_STAFF), "staff");
	assert_string_equal(survey_group_word(SURVEY_PARTICIPANTS_DURING), "deltagare pågående");
	assert_string_equal(survey_group_label(SURVEY_PARTICIPANTS_EXIT), "Deltagare vid avslut");
	assert_null(survey_group_key(SURVEY_GROUPS));
	assert_int_equal(survey_sex_match("Kvinna"), SURVEY_WOMEN);
	assert_int_equal(survey_sex_match("MAN"), SURVEY_MEN);
	assert_int_equal(survey_sex_match("OKÄNT"), SURVEY_UNKNOWN);
	assert_int_equal(survey_sex_match("annat"), -1);
	assert_int_equal(survey_sex_match("kvinnor"), -1);
	assert_string_equal(survey_step_word(1), "inte alls");
	assert_string_equal(survey_step_word(6), "helt och hållet");
	assert_null(survey_step_word(0));
	assert_null(survey_step_word(7));
}

static void test_code_order(void **state)
{
	(void)state;
	assert_true(survey_code_cmp("A2", "A10") < 0);
	assert_true(survey_code_cmp("A10", "A9") > 0);
	assert_true(survey_code_cmp("A10", "B1") < 0);
	assert_true(survey_code_cmp("A3", "A03") == 0);
	assert_true(survey_code_cmp("A3", "A3b") < 0);
	assert_int_equal(survey_code_cmp("C1", "C1"), 0);
}

/* Jämtland 2022: during the intervention 91 % positive, 96 % of the women
 * and 88 % of the men. */
static void test_aggregate(void **state)
{
	struct survey_answer a[] = {
		ans(2022, SURVEY_PARTICIPANTS_DURING, "B10", SURVEY_WOMEN, 1, 1, 1, 1, 1, 1, 1),
		ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_WOMEN, 1, 0, 0, 1, 3, 4, 5),
		ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_WOMEN, 2, 0, 0, 0, 3, 4, 5),
		ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_MEN, 1, 1, 2, 2, 10, 12, 14),
		ans(2021, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_MEN, 1, 9, 9, 9, 9, 9, 9),
		ans(2022, SURVEY_STAFF, "C1", SURVEY_UNKNOWN, 0, 0, 0, 1, 1, 0, 0),
	};
	struct survey_stats s;
	const struct survey_row *r;
	size_t i;

	(void)state;
	survey_stats_init(2022, &s);
	for (i = 0; i < sizeof(a) / sizeof(a[0]); i++)
		survey_stats_add(&s, &a[i]);
	assert_int_equal(s.group[SURVEY_PARTICIPANTS_DURING].n, 2);
	assert_int_equal(s.group[SURVEY_STAFF].n, 1);
	assert_int_equal(s.group[SURVEY_BOARD].n, 0);
	r = &s.group[SURVEY_PARTICIPANTS_DURING].rows[0];
	assert_string_equal(r->code, "B2");   /* before B10 */
	assert_string_equal(r->text, "Fråga B2");
	assert_int_equal(r->n[SURVEY_TOTAL].n, 66);
	assert_int_equal(r->n[SURVEY_WOMEN].n, 25);
	assert_int_equal(r->n[SURVEY_MEN].n, 41);
	assert_int_equal(r->n[SURVEY_UNKNOWN].n, 0);
	assert_int_equal(r->pos[SURVEY_TOTAL].n, 60);   /* 60 / 66 = 90,9 % */
	assert_int_equal(r->pos[SURVEY_WOMEN].n, 24);   /* 24 / 25 = 96 % */
	assert_int_equal(r->pos[SURVEY_MEN].n, 36);     /* 36 / 41 = 87,8 % */
	assert_int_equal(r->neg[SURVEY_TOTAL].n, 6);
	assert_int_equal(r->steps[0].n, 1);
	assert_int_equal(r->steps[2].n, 3);
	assert_int_equal(r->steps[5].n, 24);
	assert_string_equal(s.group[SURVEY_PARTICIPANTS_DURING].rows[1].code, "B10");
	r = &s.group[SURVEY_STAFF].rows[0];
	assert_int_equal(r->n[SURVEY_TOTAL].n, 2);
	assert_int_equal(r->n[SURVEY_UNKNOWN].n, 2);
	assert_int_equal(r->pos[SURVEY_UNKNOWN].n, 1);
	survey_stats_release(&s);
	survey_stats_release(&s);   /* twice is harmless */
}

static int n_hidden_in(const struct survey_relation *rel)
{
	int n = rel->total->mark != CELL_SHOWN;
	size_t i;

	for (i = 0; i < rel->n; i++)
		n += rel->parts[i]->mark != CELL_SHOWN;
	return n;
}

static void check_sums(struct survey_row *r)
{
	struct survey_relation rel[SURVEY_RELATIONS];
	size_t n = survey_relations(r, rel), i, k;

	assert_int_equal(n, SURVEY_RELATIONS);
	for (i = 0; i < n; i++) {
		int64_t sum = 0;

		for (k = 0; k < rel[i].n; k++)
			sum += rel[i].parts[k]->n;
		if (sum != rel[i].total->n)
			fail_msg("relation '%s' does not hold: %lld != %lld", rel[i].name,
				 (long long)rel[i].total->n, (long long)sum);
	}
}

static int total_hidden;

/* The promises of survey_protect on one row. */
static void check_protected(struct survey_row *r, int threshold)
{
	struct survey_relation rel[SURVEY_RELATIONS];
	size_t n = survey_relations(r, rel), i;
	int s;

	check_sums(r);
	for (i = 0; i < n; i++)
		if (n_hidden_in(&rel[i]) == 1)
			fail_msg("relation '%s' of %s has one hidden cell", rel[i].name, r->code);
	for (s = 0; s < SURVEY_SEXES; s++) {
		const struct pcell *c = &r->n[s];

		if (c->mark == CELL_SHOWN && c->n >= 1 && c->n < threshold)
			fail_msg("%s: respondents %lld shown", r->code, (long long)c->n);
		/* A share is shown whole or not at all, and never over hidden
		 * or too few respondents. */
		assert_int_equal(r->pos[s].mark != CELL_SHOWN, r->neg[s].mark != CELL_SHOWN);
		if (c->mark != CELL_SHOWN)
			assert_true(r->pos[s].mark != CELL_SHOWN);
		if (r->pos[s].mark == CELL_SHOWN)
			assert_true(c->n == 0 || c->n >= threshold);
		total_hidden += c->mark != CELL_SHOWN;
	}
	for (i = 0; i < SURVEY_STEPS; i++) {
		const struct pcell *c = &r->steps[i];

		if (c->mark == CELL_SHOWN && c->n >= 1 && c->n < threshold)
			fail_msg("%s: step %zu count %lld shown", r->code, i + 1, (long long)c->n);
		total_hidden += c->mark != CELL_SHOWN;
	}
}

static struct survey_row row_of(const struct survey_answer *a, size_t n)
{
	struct survey_stats s;
	struct survey_row r;
	size_t i;

	survey_stats_init(a[0].year, &s);
	for (i = 0; i < n; i++)
		survey_stats_add(&s, &a[i]);
	r = s.group[a[0].group].rows[0];
	survey_stats_release(&s);
	return r;
}

static void test_protect(void **state)
{
	/* Three women of 23: their count and their share go, and so does one
	 * more count of the sum, the men's. */
	struct survey_answer a[] = {
		ans(2022, SURVEY_MANAGERS, "D4", SURVEY_WOMEN, 0, 0, 0, 0, 1, 1, 1),
		ans(2022, SURVEY_MANAGERS, "D4", SURVEY_MEN, 0, 0, 0, 5, 5, 5, 5),
	};
	struct survey_row r = row_of(a, 2);

	(void)state;
	check_sums(&r);
	survey_row_protect(&r, 5);
	check_protected(&r, 5);
	assert_int_equal(r.n[SURVEY_WOMEN].mark, CELL_SMALL);
	assert_int_equal(r.n[SURVEY_MEN].mark, CELL_SECONDARY);
	assert_int_equal(r.n[SURVEY_TOTAL].mark, CELL_SHOWN);
	assert_int_equal(r.pos[SURVEY_WOMEN].mark, CELL_SECONDARY);
	assert_int_equal(r.pos[SURVEY_MEN].mark, CELL_SECONDARY);
	assert_int_equal(r.pos[SURVEY_TOTAL].mark, CELL_SHOWN);
	assert_int_equal(r.steps[0].mark, CELL_SHOWN);   /* zero */
	assert_int_equal(r.steps[2].mark, CELL_SHOWN);   /* 5 */
	assert_int_equal(r.steps[3].mark, CELL_SHOWN);   /* 6 */

	/* Big enough groups: nothing hidden, 24 of 25 shown as 96 %. */
	{
		struct survey_answer b[] = {
			ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_WOMEN, 0, 0, 0, 1, 6, 8, 10),
			ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_MEN, 0, 0, 5, 5, 10, 12, 14),
		};
		struct survey_row q = row_of(b, 2);
		int s;

		survey_row_protect(&q, 5);
		check_protected(&q, 5);
		for (s = 0; s < SURVEY_SEXES; s++)
			assert_int_equal(q.pos[s].mark, CELL_SHOWN);
		assert_int_equal(q.steps[2].mark, CELL_SHOWN);   /* 1 + 5 = 6 */
		assert_int_equal(q.pos[SURVEY_WOMEN].n, 24);
	}
}

static void test_protect_steps(void **state)
{
	/* One "inte alls": the share gives the sum of steps 1–3, so with 2 and
	 * 3 shown the 1 could be worked out; the smallest shown, 2, goes too. */
	struct survey_answer a[] = {
		ans(2022, SURVEY_STAFF, "C1", SURVEY_WOMEN, 0, 1, 6, 7, 10, 10, 10),
		ans(2022, SURVEY_STAFF, "C1", SURVEY_MEN, 0, 0, 0, 0, 10, 10, 10),
	};
	struct survey_row r = row_of(a, 2);

	(void)state;
	survey_row_protect(&r, 5);
	check_protected(&r, 5);
	assert_int_equal(r.steps[0].mark, CELL_SMALL);
	assert_int_equal(r.steps[1].mark, CELL_SECONDARY);
	assert_int_equal(r.steps[2].mark, CELL_SHOWN);
	assert_int_equal(r.pos[SURVEY_TOTAL].mark, CELL_SHOWN);
}

/* Klart positivt: steps 5 and 6 over all answers, hidden when a step it
 * adds up is; the same question is found in another year's results. */
static void test_clear(void **state)
{
	struct survey_answer a[] = {
		ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_WOMEN, 1, 0, 0, 1, 3, 4, 5),
		ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_WOMEN, 2, 0, 0, 0, 3, 4, 5),
		ans(2022, SURVEY_PARTICIPANTS_DURING, "B2", SURVEY_MEN, 1, 1, 2, 2, 10, 12, 14),
		ans(2022, SURVEY_STAFF, "C1", SURVEY_WOMEN, 0, 0, 0, 6, 10, 2, 10),
		ans(2022, SURVEY_STAFF, "C1", SURVEY_MEN, 0, 0, 0, 6, 10, 0, 10),
	};
	struct survey_stats s;
	const struct survey_row *r;
	struct ratio q;
	size_t i;

	(void)state;
	survey_stats_init(2022, &s);
	for (i = 0; i < sizeof(a) / sizeof(a[0]); i++)
		survey_stats_add(&s, &a[i]);
	r = survey_find(&s, SURVEY_PARTICIPANTS_DURING, "B2");
	assert_non_null(r);
	assert_int_equal(survey_row_clear(r, &q), 0);
	assert_int_equal(q.num, 44);   /* (4 + 5) * 2 + 12 + 14 */
	assert_int_equal(q.den, 66);
	assert_null(survey_find(&s, SURVEY_PARTICIPANTS_DURING, "B3"));
	assert_null(survey_find(&s, SURVEY_STAFF, "B2"));
	assert_null(survey_find(NULL, SURVEY_STAFF, "C1"));
	/* Step 5 has 2 answers: small, so klart positivt is hidden too. */
	survey_protect(&s, 5);
	r = survey_find(&s, SURVEY_STAFF, "C1");
	assert_non_null(r);
	assert_int_equal(r->steps[4].mark, CELL_SMALL);
	assert_int_equal(survey_row_clear(r, &q), -1);
	r = survey_find(&s, SURVEY_PARTICIPANTS_DURING, "B2");
	assert_int_equal(survey_row_clear(r, &q), 0);
	survey_stats_release(&s);
}

static void test_protect_unknown(void **state)
{
	/* Two who gave no sex: never shown, but total − women − men would
	 * give them away, so one more respondents cell goes. */
	struct survey_answer a[] = {
		ans(2022, SURVEY_STAFF, "C2", SURVEY_WOMEN, 0, 0, 5, 5, 10, 10, 10),
		ans(2022, SURVEY_STAFF, "C2", SURVEY_MEN, 0, 0, 0, 5, 10, 10, 10),
		ans(2022, SURVEY_STAFF, "C2", SURVEY_UNKNOWN, 0, 0, 0, 0, 1, 1, 0),
	};
	struct survey_row r = row_of(a, 3);
	int hidden;

	(void)state;
	survey_row_protect(&r, 5);
	check_protected(&r, 5);
	assert_int_equal(r.n[SURVEY_UNKNOWN].mark, CELL_SMALL);
	hidden = (r.n[SURVEY_TOTAL].mark != CELL_SHOWN) + (r.n[SURVEY_WOMEN].mark != CELL_SHOWN) +
		 (r.n[SURVEY_MEN].mark != CELL_SHOWN);
	assert_int_equal(hidden, 1);
	assert_int_equal(r.n[SURVEY_MEN].mark, CELL_SECONDARY);   /* the smaller, 35 */
}

static uint32_t next(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static void test_protect_random(void **state)
{
	uint32_t seed = 4711;
	int round, threshold;

	(void)state;
	total_hidden = 0;
	for (round = 0; round < 3000; round++) {
		struct survey_answer a[3];
		struct survey_row r;
		int k, s, n = 2 + (int)(next(&seed) % 2);

		threshold = 3 + round % 4;
		for (s = 0; s < n; s++) {
			/* Mostly small counts, now and then a zero or a large one. */
			a[s] = ans(2022, SURVEY_BOARD, "E1", (enum survey_sex)(SURVEY_WOMEN + s), 0, 0, 0, 0, 0, 0, 0);
			for (k = 0; k < SURVEY_STEPS; k++) {
				uint32_t x = next(&seed) % 10;

				a[s].counts[k] = x < 3 ? 0 : x < 8 ? (int64_t)(next(&seed) % 6) : (int64_t)(next(&seed) % 40);
			}
		}
		r = row_of(a, (size_t)n);
		survey_row_protect(&r, threshold);
		check_protected(&r, threshold);
	}
	assert_true(total_hidden > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_code_order),
		cmocka_unit_test(test_aggregate),
		cmocka_unit_test(test_protect),
		cmocka_unit_test(test_protect_steps),
		cmocka_unit_test(test_clear),
		cmocka_unit_test(test_protect_unknown),
		cmocka_unit_test(test_protect_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
