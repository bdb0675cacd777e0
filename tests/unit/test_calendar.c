/*
 * test_calendar.c: the year cycle: standard deadlines, development group
 * meetings derived a week before board meetings, and the order.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/calendar.h"

static struct event ev(int y, int m, int d, enum event_kind k, const char *title)
{
	struct event e;

	memset(&e, 0, sizeof(e));
	e.date = (struct date){ y, m, d };
	e.kind = k;
	snprintf(e.title, sizeof(e.title), "%s", title);
	return e;
}

static void test_deadlines_only(void **state)
{
	struct event *out;
	size_t n = calendar_year(2026, NULL, 0, &out);

	(void)state;
	assert_int_equal(n, 4);
	assert_int_equal(out[0].date.m, 4);
	assert_int_equal(out[0].date.d, 30);
	assert_int_equal(out[3].date.m, 11);
	assert_true(out[0].derived);
	assert_int_equal(out[1].kind, EVENT_DEADLINE);
	free(out);
}

static void test_derived_meetings(void **state)
{
	struct event in[4] = {
		ev(2025, 3, 12, EVENT_BOARD, "Styrelsemöte"),
		ev(2025, 6, 11, EVENT_BOARD, "Styrelsemöte"),
		ev(2025, 6, 2, EVENT_DEVELOPMENT, "Utvecklingsgruppen"),   /* 9 days before */
		ev(2024, 12, 10, EVENT_BOARD, "Förra året"),
	};
	struct event *out;
	size_t n, i, dev = 0;

	(void)state;
	for (i = 0; i < 4; i++)
		in[i].id = (int64_t)i + 10;
	n = calendar_year(2025, in, 4, &out);
	/* 3 entered this year + 4 deadlines + 1 derived (only before 12 March). */
	assert_int_equal(n, 8);
	for (i = 0; i < n; i++) {
		if (i)
			assert_true(date_cmp(out[i - 1].date, out[i].date) <= 0);
		if (out[i].kind == EVENT_DEVELOPMENT && out[i].derived) {
			assert_int_equal(out[i].date.m, 3);
			assert_int_equal(out[i].date.d, 5);
			dev++;
		}
		assert_int_not_equal(out[i].date.y, 2024);
		/* An entered event keeps its id (the web's pages change it by id); a made one has none. */
		if (out[i].derived)
			assert_int_equal(out[i].id, 0);
		else if (out[i].date.m == 6 && out[i].date.d == 2)
			assert_int_equal(out[i].id, 12);
		else
			assert_true(out[i].id == 10 || out[i].id == 11);
	}
	assert_int_equal(dev, 1);
	free(out);
}

static void test_kinds(void **state)
{
	enum event_kind k;

	(void)state;
	assert_int_equal(event_kind_parse("styrelse", &k), 0);
	assert_int_equal(k, EVENT_BOARD);
	assert_int_equal(event_kind_parse("medlemssamråd", &k), 0);
	assert_int_equal(k, EVENT_CONSULTATION);
	assert_int_equal(event_kind_parse("board", &k), 0);
	assert_int_equal(event_kind_parse("fest", &k), -1);
	assert_string_equal(event_kind_label(EVENT_DEVELOPMENT), "Utvecklingsgrupp");
	assert_string_equal(event_kind_key(EVENT_DEADLINE), "deadline");
}

/* The tertials: months 1–4, 5–8, 9–12, and their headings with and
 * without a theme. */
static void test_tertials(void **state)
{
	char buf[CALENDAR_THEME_MAX + 64];

	(void)state;
	assert_int_equal(calendar_tertial((struct date){ 2026, 1, 1 }), 1);
	assert_int_equal(calendar_tertial((struct date){ 2026, 4, 30 }), 1);
	assert_int_equal(calendar_tertial((struct date){ 2026, 5, 1 }), 2);
	assert_int_equal(calendar_tertial((struct date){ 2026, 8, 31 }), 2);
	assert_int_equal(calendar_tertial((struct date){ 2026, 9, 1 }), 3);
	assert_int_equal(calendar_tertial((struct date){ 2026, 12, 31 }), 3);
	assert_string_equal(calendar_tertial_months(2), "maj–augusti");
	assert_string_equal(calendar_tertial_months(4), "");
	assert_string_equal(calendar_tertial_heading(buf, sizeof(buf), 1, "Uppföljning av föregående år"),
			    "Tertial 1 (januari–april): Uppföljning av föregående år");
	assert_string_equal(calendar_tertial_heading(buf, sizeof(buf), 3, NULL), "Tertial 3 (september–december)");
	assert_string_equal(calendar_tertial_heading(buf, sizeof(buf), 2, ""), "Tertial 2 (maj–augusti)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deadlines_only),
		cmocka_unit_test(test_derived_meetings),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_tertials),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
