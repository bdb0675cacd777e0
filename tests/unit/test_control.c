/*
 * test_control.c: the internal control plan's score and levels, the
 * frequencies and their periods, the default period of a follow-up and
 * the periods that ended without one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/buf.h"
#include "model/control.h"

#define D(y, m, d) ((struct date){ y, m, d })

static void test_score_level(void **state)
{
	(void)state;
	assert_int_equal(control_score(3, 4), 12);
	assert_int_equal(control_level_of(1), LEVEL_LOW);
	assert_int_equal(control_level_of(3), LEVEL_LOW);
	assert_int_equal(control_level_of(4), LEVEL_MEDIUM);
	assert_int_equal(control_level_of(6), LEVEL_MEDIUM);
	assert_int_equal(control_level_of(8), LEVEL_HIGH);
	assert_int_equal(control_level_of(9), LEVEL_HIGH);
	assert_int_equal(control_level_of(12), LEVEL_VERY_HIGH);
	assert_int_equal(control_level_of(16), LEVEL_VERY_HIGH);
	assert_string_equal(control_level_label(LEVEL_VERY_HIGH), "mycket hög");
	assert_string_equal(control_level_key(LEVEL_HIGH), "high");
}

static void test_words(void **state)
{
	enum control_frequency f;
	enum control_result r;

	(void)state;
	assert_int_equal(control_frequency_parse("kvartalsvis", &f), 0);
	assert_int_equal(f, FREQ_QUARTERLY);
	assert_int_equal(control_frequency_parse("TERTIAL", &f), 0);
	assert_int_equal(f, FREQ_TERTIAL);
	assert_int_equal(control_frequency_parse("årligen", &f), 0);
	assert_int_equal(f, FREQ_YEARLY);
	assert_int_equal(control_frequency_parse("veckovis", &f), -1);
	assert_int_equal(control_result_parse("avvikelse", &r), 0);
	assert_int_equal(r, RESULT_DEVIATION);
	assert_int_equal(control_result_parse("not_done", &r), 0);
	assert_int_equal(r, RESULT_NOT_DONE);
	assert_int_equal(control_result_parse("kanske", &r), -1);
}

static void test_periods(void **state)
{
	struct period p;
	char s[32];

	(void)state;
	assert_int_equal(control_periods(FREQ_MONTHLY), 12);
	assert_int_equal(control_periods(FREQ_HALFYEAR), 2);
	p = control_period(2024, FREQ_MONTHLY, 2);
	assert_int_equal(date_cmp(p.start, D(2024, 2, 1)), 0);
	assert_int_equal(date_cmp(p.end, D(2024, 2, 29)), 0);
	p = control_period(2025, FREQ_TERTIAL, 2);
	assert_int_equal(date_cmp(p.start, D(2025, 5, 1)), 0);
	assert_int_equal(date_cmp(p.end, D(2025, 8, 31)), 0);
	p = control_period(2025, FREQ_QUARTERLY, 3);
	assert_int_equal(date_cmp(p.end, D(2025, 9, 30)), 0);
	p = control_period(2025, FREQ_YEARLY, 1);
	assert_int_equal(date_cmp(p.start, D(2025, 1, 1)), 0);
	assert_int_equal(date_cmp(p.end, D(2025, 12, 31)), 0);
	control_period_label(FREQ_MONTHLY, 3, s, sizeof(s));
	assert_string_equal(s, "mars");
	control_period_label(FREQ_QUARTERLY, 2, s, sizeof(s));
	assert_string_equal(s, "kvartal 2");
	control_period_label(FREQ_YEARLY, 1, s, sizeof(s));
	assert_string_equal(s, "helår");
}

static void test_period_default(void **state)
{
	(void)state;
	/* A meeting in April follows up the first quarter. */
	assert_int_equal(control_period_default(2025, FREQ_QUARTERLY, D(2025, 4, 10)), 1);
	/* On the quarter's last day it has not ended: still the one before. */
	assert_int_equal(control_period_default(2025, FREQ_QUARTERLY, D(2025, 6, 30)), 1);
	assert_int_equal(control_period_default(2025, FREQ_QUARTERLY, D(2025, 7, 1)), 2);
	/* Before any period has ended: the first; the year's: the only one. */
	assert_int_equal(control_period_default(2025, FREQ_QUARTERLY, D(2025, 2, 1)), 1);
	assert_int_equal(control_period_default(2025, FREQ_YEARLY, D(2025, 12, 10)), 1);
	/* After the year: its last period. */
	assert_int_equal(control_period_default(2025, FREQ_MONTHLY, D(2026, 2, 1)), 12);
}

static struct control_action act(int64_t id, enum control_frequency f)
{
	struct control_action a;

	memset(&a, 0, sizeof(a));
	a.id = id;
	a.frequency = f;
	return a;
}

static struct control_followup fu(int64_t action, int period)
{
	struct control_followup f;

	memset(&f, 0, sizeof(f));
	f.action_id = action;
	f.period = period;
	return f;
}

static void test_missing(void **state)
{
	struct control_action a[3];
	struct control_followup f[3];
	struct control_missing *m = NULL;
	size_t n;

	(void)state;
	a[0] = act(1, FREQ_QUARTERLY);
	a[1] = act(2, FREQ_HALFYEAR);
	a[2] = act(3, FREQ_YEARLY);
	f[0] = fu(1, 1);
	f[1] = fu(1, 3);
	f[2] = fu(2, 1);
	/* On 1 October: quarters 1-3 and the first half have ended; quarter 2 of
	 * action 1 has no follow-up. The year has not ended. */
	n = control_missing(2025, a, 3, f, 3, D(2025, 10, 1), &m);
	assert_int_equal(n, 1);
	assert_int_equal(m[0].action_id, 1);
	assert_int_equal(m[0].period, 2);
	assert_int_equal(date_cmp(m[0].days.end, D(2025, 6, 30)), 0);
	free(m);
	/* On 30 September the third quarter has not ended yet. */
	n = control_missing(2025, a, 3, f, 2, D(2025, 9, 30), &m);
	assert_int_equal(n, 2); /* action 1 quarter 2, action 2 half 1 */
	assert_int_equal(m[1].action_id, 2);
	free(m);
	/* After the year: every period counts. */
	n = control_missing(2025, a, 3, f, 3, D(2026, 1, 1), &m);
	assert_int_equal(n, 4); /* 1: Q2, Q4; 2: H2; 3: the year */
	assert_int_equal(m[3].action_id, 3);
	assert_int_equal(m[3].period, 1);
	free(m);
	/* Nothing ended, nothing missing. */
	n = control_missing(2025, a, 3, NULL, 0, D(2025, 3, 31), &m);
	assert_int_equal(n, 0);
	free(m);
}

static void test_findings(void **state)
{
	struct control_action a[2];
	struct control_followup f[1];
	struct buf d;

	(void)state;
	a[0] = act(7, FREQ_QUARTERLY);
	snprintf(a[0].what, sizeof(a[0].what), "Stickprov");
	a[1] = act(8, FREQ_YEARLY);
	f[0] = fu(7, 1);
	buf_init(&d);
	assert_int_equal(control_findings(2025, a, 2, f, 1, D(2025, 7, 1), &d), 1);
	assert_non_null(strstr(d.s, "Kontrollmomentet 7 (Stickprov) är inte uppföljt för kvartal 2 2025, som "
				    "slutade 2025-06-30"));
	assert_non_null(strstr(d.s, "--period 2'"));
	buf_reset(&d);
	assert_int_equal(control_findings(2025, a, 2, f, 1, D(2025, 3, 31), &d), 0);
	assert_int_equal(d.len, 0);
	buf_release(&d);
}

/* Results counted, meetings counted once however many follow-ups each held. */
static void test_tally(void **state)
{
	struct control_followup f[4];
	size_t counts[RESULT__MAX], meetings;

	(void)state;
	memset(f, 0, sizeof(f));
	f[0].meeting_id = 7, f[0].result = RESULT_DONE;
	f[1].meeting_id = 7, f[1].result = RESULT_DEVIATION;
	f[2].meeting_id = 9, f[2].result = RESULT_DONE;
	f[3].meeting_id = 7, f[3].result = RESULT_NOT_DONE;
	control_tally(f, 4, counts, &meetings);
	assert_int_equal(counts[RESULT_DONE], 2);
	assert_int_equal(counts[RESULT_DEVIATION], 1);
	assert_int_equal(counts[RESULT_NOT_DONE], 1);
	assert_int_equal(meetings, 2);
	control_tally(f, 0, counts, &meetings);
	assert_int_equal(counts[RESULT_DONE] + counts[RESULT_DEVIATION] + counts[RESULT_NOT_DONE], 0);
	assert_int_equal(meetings, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_score_level), cmocka_unit_test(test_words), cmocka_unit_test(test_periods),
		cmocka_unit_test(test_period_default), cmocka_unit_test(test_missing),
		cmocka_unit_test(test_findings), cmocka_unit_test(test_tally),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
