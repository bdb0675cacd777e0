/*
 * test_intervention.c: kinds, what is decided by a date and what is paid
 * on an intervention's accounts and objects.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/intervention.h"

static void test_decided_and_paid(void **state)
{
	struct intervention iv;
	struct decision d[3];
	const struct account_sum sums[] = {
		{ "4010", "6 \"1\"", 62000000 }, { "4010", "6 \"2\"", 38000000 },
		{ "4010", "", 1000000 }, { "6550", "6 \"1\"", 500000 },
	};
	struct err err;
	int64_t v;

	(void)state;
	memset(&iv, 0, sizeof(iv));
	memset(d, 0, sizeof(d));
	iv.id = 7;
	snprintf(iv.name, sizeof(iv.name), "Steget vidare");
	snprintf(iv.accounts, sizeof(iv.accounts), "4010");
	snprintf(iv.objects, sizeof(iv.objects), "6:1");
	d[0] = (struct decision){ 1, 7, { 2023, 11, 15 }, 190000000, 2024, 2026, "" };
	d[1] = (struct decision){ 2, 7, { 2026, 2, 1 }, 10000000, 2026, 2026, "" };
	d[2] = (struct decision){ 3, 8, { 2023, 1, 1 }, 99, 2023, 2023, "" };
	assert_int_equal(intervention_decided(&iv, d, 3, (struct date){ 2025, 12, 31 }, &v, &err), 0);
	assert_int_equal(v, 190000000);
	assert_int_equal(intervention_decided(&iv, d, 3, (struct date){ 2026, 12, 31 }, &v, &err), 0);
	assert_int_equal(v, 200000000);
	assert_int_equal(intervention_paid(&iv, sums, 4, &v, &err), 0);
	assert_int_equal(v, 62000000);
	/* Accounts alone: every object on 4010. */
	iv.objects[0] = '\0';
	assert_int_equal(intervention_paid(&iv, sums, 4, &v, &err), 0);
	assert_int_equal(v, 101000000);
	/* Neither: nothing is known to be paid. */
	iv.accounts[0] = '\0';
	assert_int_equal(intervention_paid(&iv, sums, 4, &v, &err), 0);
	assert_int_equal(v, 0);
}

static void test_kinds(void **state)
{
	enum intervention_kind k;

	(void)state;
	assert_int_equal(intervention_kind_parse("individinriktad", &k), 0);
	assert_int_equal(k, INTERVENTION_INDIVIDUAL);
	assert_int_equal(intervention_kind_parse("strukturpåverkande", &k), 0);
	assert_int_equal(k, INTERVENTION_STRUCTURAL);
	assert_int_equal(intervention_kind_parse("competence", &k), 0);
	assert_int_equal(intervention_kind_parse("fest", &k), -1);
	assert_string_equal(intervention_kind_label(INTERVENTION_COMPETENCE), "kompetenshöjande");
}

static void test_names_and_sums(void **state)
{
	struct intervention iv[2] = { { .id = 4, .name = "Steget vidare" }, { .id = 9, .name = "Vägen in" } };
	struct commitment c[3] = { { 4, 100, 40, 60 }, { 9, 500, 0, 500 }, { 11, 10, 20, 0 } };
	struct ready_mark m[3] = { { 4, 2025, PERIOD_ANNUAL, "rita", "2026-01-10 09:00:00" },
				   { 9, 2025, PERIOD_INTERIM, "rita", "2025-09-01 10:00:00" },
				   { 4, 2025, PERIOD_INTERIM, "anna", "2025-09-02 11:00:00" } };

	(void)state;
	assert_string_equal(intervention_name(iv, 2, 9), "Vägen in");
	assert_string_equal(intervention_name(iv, 2, 4), "Steget vidare");
	assert_string_equal(intervention_name(iv, 2, 5), "");
	assert_string_equal(intervention_name(NULL, 0, 4), "");
	assert_int_equal(commitments_remaining(c, 3), 560);
	assert_int_equal(commitments_remaining(c, 0), 0);
	assert_ptr_equal(ready_mark_find(m, 3, 4, PERIOD_INTERIM), &m[2]);
	assert_ptr_equal(ready_mark_find(m, 3, 9, PERIOD_INTERIM), &m[1]);
	assert_null(ready_mark_find(m, 3, 9, PERIOD_ANNUAL));
	/* Both periods of the first, one of the second; a mark of an
	 * intervention not in the list does not count. */
	assert_int_equal(ready_marks_count(iv, 2, m, 3), 3);
	assert_int_equal(ready_marks_count(iv, 1, m, 3), 2);
	assert_int_equal(ready_marks_count(iv, 2, m, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decided_and_paid),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_names_and_sums),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
