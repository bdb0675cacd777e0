/*
 * test_history.c: earlier years' key figures read from text, posts and
 * sick leave in hundredths, an intervention's status in a year, and the
 * years of the five-year overview.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/history.h"
#include "model/intervention.h"

static void test_fields(void **state)
{
	struct history_year h;
	struct err err;

	(void)state;
	memset(&h, 0, sizeof(h));
	assert_int_equal(history_field_by_key("equity"), HIST_EQUITY);
	assert_int_equal(history_field_by_key("nope"), HIST__MAX);
	assert_int_equal(history_field_parse(&h, HIST_REVENUE, "1 500 000", &err), 0);
	assert_int_equal(h.v[HIST_REVENUE], 150000000);
	assert_int_equal(history_field_parse(&h, HIST_COSTS, "-1 420 000,50", &err), 0);
	assert_int_equal(h.v[HIST_COSTS], -142000050);
	assert_int_equal(history_field_parse(&h, HIST_WOMEN, "41", &err), 0);
	assert_int_equal(h.v[HIST_WOMEN], 41);
	assert_int_equal(h.known, (1u << HIST_REVENUE) | (1u << HIST_COSTS) | (1u << HIST_WOMEN));
	assert_int_equal(history_field_parse(&h, HIST_MEN, "-3", &err), -1);
	assert_non_null(strstr(err.msg, "Deltagare, män"));
	assert_int_equal(history_field_parse(&h, HIST_MEN, "9999999", &err), -1);
	assert_int_equal(history_field_parse(&h, HIST_EQUITY, "x", &err), -1);
	assert_non_null(strstr(err.msg, "Eget kapital"));
	/* "" makes a known figure unknown again */
	assert_int_equal(history_field_parse(&h, HIST_WOMEN, "", &err), 0);
	assert_int_equal(h.known & (1u << HIST_WOMEN), 0);
	assert_int_equal(h.known & (1u << HIST_MEN), 0);
}

static void test_hundredths(void **state)
{
	int64_t v;
	struct err err;
	char buf[32];

	(void)state;
	assert_int_equal(hundredths_parse("1,5", 10000, "tjänster", &v, &err), 0);
	assert_int_equal(v, 150);
	assert_int_equal(hundredths_parse("1.75", 10000, "tjänster", &v, &err), 0);
	assert_int_equal(v, 175);
	assert_int_equal(hundredths_parse("2", 10000, "tjänster", &v, &err), 0);
	assert_int_equal(v, 200);
	assert_int_equal(hundredths_parse("0,05", 10000, "tjänster", &v, &err), 0);
	assert_int_equal(v, 5);
	assert_int_equal(hundredths_parse("100", 10000, "procent", &v, &err), 0);
	assert_int_equal(v, 10000);
	assert_int_equal(hundredths_parse("100,01", 10000, "procent", &v, &err), -1);
	assert_int_equal(hundredths_parse("1,234", 10000, "tjänster", &v, &err), -1);
	assert_non_null(strstr(err.msg, "högst två decimaler"));
	assert_int_equal(hundredths_parse("", 10000, "tjänster", &v, &err), -1);
	assert_int_equal(hundredths_parse(",5", 10000, "tjänster", &v, &err), -1);
	assert_int_equal(hundredths_parse("-1", 10000, "tjänster", &v, &err), -1);
	assert_int_equal(hundredths_parse("99999999999999999999", 10000, "tjänster", &v, &err), -1);
	assert_string_equal(hundredths_format(buf, sizeof(buf), 150), "1,5");
	assert_string_equal(hundredths_format(buf, sizeof(buf), 175), "1,75");
	assert_string_equal(hundredths_format(buf, sizeof(buf), 200), "2");
	assert_string_equal(hundredths_format(buf, sizeof(buf), 5), "0,05");
	assert_string_equal(hundredths_format(buf, sizeof(buf), -150), "-1,5");
}

static void test_status_in(void **state)
{
	struct intervention iv;
	struct intervention_year y = { 1, 2025, IV_STATUS_AUTO, NULL };
	enum intervention_status s;

	(void)state;
	memset(&iv, 0, sizeof(iv));
	iv.start = (struct date){ 2024, 3, 1 };
	iv.end = (struct date){ 2025, 12, 31 };
	assert_int_equal(intervention_status_in(&iv, NULL, 2023), IV_STATUS_PLANNED);
	assert_int_equal(intervention_status_in(&iv, NULL, 2024), IV_STATUS_RUNNING);
	assert_int_equal(intervention_status_in(&iv, &y, 2025), IV_STATUS_ENDED);
	assert_int_equal(intervention_status_in(&iv, NULL, 2026), IV_STATUS_ENDED);
	y.status = IV_STATUS_RUNNING;   /* the director's word wins */
	assert_int_equal(intervention_status_in(&iv, &y, 2025), IV_STATUS_RUNNING);
	memset(&iv, 0, sizeof(iv));     /* no dates: running */
	assert_int_equal(intervention_status_in(&iv, NULL, 2025), IV_STATUS_RUNNING);
	assert_int_equal(intervention_status_parse("avslutad", &s), 0);
	assert_int_equal(s, IV_STATUS_ENDED);
	assert_int_equal(intervention_status_parse("planned", &s), 0);
	assert_int_equal(s, IV_STATUS_PLANNED);
	assert_int_equal(intervention_status_parse("auto", &s), 0);
	assert_int_equal(s, IV_STATUS_AUTO);
	assert_int_equal(intervention_status_parse("", &s), 0);
	assert_int_equal(s, IV_STATUS_AUTO);
	assert_int_equal(intervention_status_parse("klar", &s), -1);
	assert_string_equal(intervention_status_label(IV_STATUS_RUNNING), "pågående");
	assert_string_equal(intervention_status_key(IV_STATUS_RUNNING), "running");
}

static void test_overview(void **state)
{
	struct history_year h;
	struct overview_entry e;
	struct person_sex p[5] = { { 7, 1 }, { 3, 0 }, { 7, 1 }, { 9, 1 }, { 3, 0 } };
	struct psex anon;
	struct err err;

	(void)state;
	memset(&h, 0, sizeof(h));
	h.year = 2021;
	assert_int_equal(history_field_parse(&h, HIST_REVENUE, "1 500 000", &err), 0);
	assert_int_equal(history_field_parse(&h, HIST_EQUITY, "310 000", &err), 0);
	assert_int_equal(history_field_parse(&h, HIST_WOMEN, "41", &err), 0);
	overview_from_history(&h, &e);
	assert_int_equal(e.source, OVERVIEW_HISTORY);
	assert_int_equal(e.f.year, 2021);
	assert_int_equal(e.f.revenue, 150000000);
	assert_int_equal(e.f.equity, 31000000);
	assert_true(overview_known(&e, offsetof(struct overview_entry, f.revenue)));
	assert_true(overview_known(&e, offsetof(struct overview_entry, f.equity)));
	assert_false(overview_known(&e, offsetof(struct overview_entry, f.expenses)));
	assert_false(overview_known(&e, offsetof(struct overview_entry, f.solidity)));
	/* Women without men: the people are not known. */
	assert_false(overview_known(&e, offsetof(struct overview_entry, women)));
	assert_false(overview_known(&e, offsetof(struct overview_entry, employees)));
	assert_true(overview_known(&e, offsetof(struct overview_entry, f.year)));

	overview_empty(2020, &e);
	assert_int_equal(e.source, OVERVIEW_NONE);
	assert_false(overview_known(&e, offsetof(struct overview_entry, f.revenue)));

	/* Each person once, however many enrolments; the anonymous added. */
	memset(&anon, 0, sizeof(anon));
	anon.women.n = 2;
	overview_people(&e, p, 5, &anon);
	assert_int_equal(e.women.n, 4);
	assert_int_equal(e.men.n, 1);
	assert_true(overview_known(&e, offsetof(struct overview_entry, men)));
	overview_protect(&e, 5);
	assert_int_equal(e.women.mark, CELL_SMALL);
	assert_int_equal(e.men.mark, CELL_SMALL);
	overview_protect(&e, 1);
	assert_int_equal(e.women.mark, CELL_SHOWN);
	assert_int_equal(e.men.mark, CELL_SHOWN);
	overview_people(&e, NULL, 0, NULL);
	overview_protect(&e, 5);
	assert_int_equal(e.women.n, 0);
	assert_int_equal(e.women.mark, CELL_SHOWN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_hundredths),
		cmocka_unit_test(test_status_in),
		cmocka_unit_test(test_overview),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
