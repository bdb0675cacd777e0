/*
 * test_meeting.c: the bodies and kinds of decision with their words, the
 * quorum of a board meeting (deputies serving for absent members of their
 * organisation), the meetings counted per body, the meetings in the year
 * cycle, and the findings of the check: decisions on a day without a
 * board meeting, and board meetings that decided without a quorum.
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
#include "model/meeting.h"

static void test_words(void **state)
{
	enum meeting_body b;
	enum decision_kind k;
	enum meeting_as a;

	(void)state;
	assert_int_equal(meeting_body_parse("styrelse", &b), 0);
	assert_int_equal(b, BODY_BOARD);
	assert_int_equal(meeting_body_parse("utvecklingsgrupp", &b), 0);
	assert_int_equal(b, BODY_DEVELOPMENT);
	assert_int_equal(meeting_body_parse("beredningsgrupp", &b), 0);
	assert_int_equal(b, BODY_DEVELOPMENT);
	assert_int_equal(meeting_body_parse("medlemssamråd", &b), 0);
	assert_int_equal(b, BODY_CONSULTATION);
	assert_int_equal(meeting_body_parse("other", &b), 0);
	assert_int_equal(b, BODY_OTHER);
	assert_int_equal(meeting_body_parse("fullmäktige", &b), -1);
	assert_int_equal(meeting_body_parse(NULL, &b), -1);
	assert_string_equal(meeting_body_key(BODY_CONSULTATION), "consultation");
	assert_string_equal(meeting_body_label(BODY_BOARD), "Styrelsen");
	assert_int_equal(meeting_body_event(BODY_BOARD), EVENT_BOARD);
	assert_int_equal(meeting_body_event(BODY_DEVELOPMENT), EVENT_DEVELOPMENT);
	assert_int_equal(meeting_body_event(BODY_OTHER), EVENT_OTHER);

	assert_int_equal(decision_kind_parse("finansiering", &k), 0);
	assert_int_equal(k, DK_FUNDING);
	assert_int_equal(decision_kind_parse("delårsrapport", &k), 0);
	assert_int_equal(k, DK_INTERIM);
	assert_int_equal(decision_kind_parse("Årsredovisning", &k), 0);
	assert_int_equal(k, DK_ANNUAL);
	assert_int_equal(decision_kind_parse("governing", &k), 0);
	assert_int_equal(k, DK_GOVERNING);
	assert_int_equal(decision_kind_parse("lån", &k), -1);
	assert_string_equal(decision_kind_key(DK_PLAN), "plan");
	assert_string_equal(decision_kind_label(DK_BUDGET), "Budget");
	/* Every kind's key and label read back as the kind. */
	for (int i = 0; i < DK__MAX; i++) {
		assert_int_equal(decision_kind_parse(decision_kind_key((enum decision_kind)i), &k), 0);
		assert_int_equal(k, i);
		assert_int_equal(decision_kind_parse(decision_kind_label((enum decision_kind)i), &k), 0);
		assert_int_equal(k, i);
	}

	assert_int_equal(meeting_as_parse("ersättare", &a), 0);
	assert_int_equal(a, AS_DEPUTY);
	assert_int_equal(meeting_as_parse("ordinary", &a), 0);
	assert_int_equal(a, AS_ORDINARY);
	assert_string_equal(meeting_as_label(AS_DEPUTY), "ersättare");
	assert_int_equal(meeting_as_of(BOARD_CHAIR), AS_ORDINARY);
	assert_int_equal(meeting_as_of(BOARD_VICE_CHAIR), AS_ORDINARY);
	assert_int_equal(meeting_as_of(BOARD_MEMBER), AS_ORDINARY);
	assert_int_equal(meeting_as_of(BOARD_DEPUTY), AS_DEPUTY);
}

static struct board_member member(const char *name, enum board_role role, const char *by)
{
	struct board_member b;

	memset(&b, 0, sizeof(b));
	b.year = 2025;
	b.role = role;
	snprintf(b.name, sizeof(b.name), "%s", name);
	snprintf(b.appointed_by, sizeof(b.appointed_by), "%s", by);
	return b;
}

static struct meeting_attendee att(const char *name)
{
	struct meeting_attendee a;

	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "%s", name);
	return a;
}

/* Four ordinary members and two deputies, one of them of no organisation. */
static void board4(struct board_member b[6])
{
	b[0] = member("Eva", BOARD_CHAIR, "Dalby kommun");
	b[1] = member("Per", BOARD_VICE_CHAIR, "Region");
	b[2] = member("Maria", BOARD_MEMBER, "FK");
	b[3] = member("Jonas", BOARD_MEMBER, "AF");
	b[4] = member("Sara", BOARD_DEPUTY, "Dalby kommun");
	b[5] = member("Ulf", BOARD_DEPUTY, "");
}

static void test_quorum(void **state)
{
	struct board_member b[6];
	struct meeting_attendee a[6];
	struct meeting_quorum q;

	(void)state;
	board4(b);
	/* Everybody: four of four, no deputy serves. */
	a[0] = att("Eva"), a[1] = att("Per"), a[2] = att("Maria"), a[3] = att("Jonas"), a[4] = att("Sara");
	meeting_quorum(b, 6, a, 5, &q);
	assert_int_equal(q.members, 4);
	assert_int_equal(q.present, 4);
	assert_int_equal(q.deputies_serving, 0);
	assert_true(q.quorate);

	/* Half is not more than half: two of four. */
	a[0] = att("Per"), a[1] = att("Maria");
	meeting_quorum(b, 6, a, 2, &q);
	assert_int_equal(q.present, 2);
	assert_false(q.quorate);

	/* Sara serves for Eva of her organisation: three of four. */
	a[2] = att("Sara");
	meeting_quorum(b, 6, a, 3, &q);
	assert_int_equal(q.present, 3);
	assert_int_equal(q.deputies_serving, 1);
	assert_true(q.quorate);

	/* Sara serves for nobody when Eva is there; Ulf has no organisation. */
	a[0] = att("Eva"), a[1] = att("Sara"), a[2] = att("Ulf");
	meeting_quorum(b, 6, a, 3, &q);
	assert_int_equal(q.present, 1);
	assert_int_equal(q.deputies_serving, 0);
	assert_false(q.quorate);

	/* A name the board does not hold counts for nothing. */
	a[0] = att("Eva"), a[1] = att("Per"), a[2] = att("Okänd");
	meeting_quorum(b, 6, a, 3, &q);
	assert_int_equal(q.present, 2);
	assert_false(q.quorate);

	/* No board: no quorum. */
	meeting_quorum(NULL, 0, a, 1, &q);
	assert_int_equal(q.members, 0);
	assert_false(q.quorate);

	/* A board of three: two is more than half. */
	a[0] = att("Eva"), a[1] = att("Per");
	meeting_quorum(b, 3, a, 2, &q);
	assert_int_equal(q.members, 3);
	assert_true(q.quorate);
}

static struct meeting meeting(int y, int m, int d, enum meeting_body body, const char *protocol)
{
	struct meeting x;

	memset(&x, 0, sizeof(x));
	x.date = (struct date){ y, m, d };
	x.body = body;
	snprintf(x.protocol, sizeof(x.protocol), "%s", protocol);
	return x;
}

static void test_counts(void **state)
{
	struct meeting m[5];
	size_t c[BODY__MAX];

	(void)state;
	m[0] = meeting(2024, 12, 12, BODY_BOARD, "");
	m[1] = meeting(2025, 1, 1, BODY_BOARD, "");
	m[2] = meeting(2025, 3, 3, BODY_DEVELOPMENT, "");
	m[3] = meeting(2025, 12, 31, BODY_BOARD, "");
	m[4] = meeting(2026, 1, 1, BODY_CONSULTATION, "");
	meeting_counts(m, 5, (struct date){ 2025, 1, 1 }, (struct date){ 2025, 12, 31 }, c);
	assert_int_equal(c[BODY_BOARD], 2);
	assert_int_equal(c[BODY_DEVELOPMENT], 1);
	assert_int_equal(c[BODY_CONSULTATION], 0);
	assert_int_equal(c[BODY_OTHER], 0);
	meeting_counts(NULL, 0, (struct date){ 2025, 1, 1 }, (struct date){ 2025, 12, 31 }, c);
	assert_int_equal(c[BODY_BOARD], 0);
}

static void test_cycle(void **state)
{
	struct event planned[2], *out = NULL;
	struct meeting m[4];
	size_t n;

	(void)state;
	memset(planned, 0, sizeof(planned));
	planned[0].date = (struct date){ 2025, 3, 13 };
	planned[0].kind = EVENT_BOARD;
	snprintf(planned[0].title, sizeof(planned[0].title), "Styrelsemöte");
	planned[1].date = (struct date){ 2025, 6, 12 };
	planned[1].kind = EVENT_BOARD;
	snprintf(planned[1].title, sizeof(planned[1].title), "Styrelsemöte");
	m[0] = meeting(2025, 3, 13, BODY_BOARD, "2025:1");       /* held as planned */
	m[1] = meeting(2025, 2, 20, BODY_BOARD, "2025:0");       /* not planned */
	m[2] = meeting(2025, 6, 12, BODY_CONSULTATION, "");      /* another body that day */
	m[3] = meeting(2024, 3, 13, BODY_BOARD, "");             /* another year */
	n = meeting_cycle(2025, planned, 2, m, 4, &out);
	assert_int_equal(n, 4);
	assert_int_equal(out[0].date.m, 2);
	assert_true(out[0].held);
	assert_int_equal(out[0].id, 0);
	assert_string_equal(out[0].title, "Sammanträde: Styrelsen (protokoll 2025:0)");
	assert_int_equal(out[1].date.m, 3);
	assert_true(out[1].held);
	assert_string_equal(out[1].title, "Styrelsemöte");
	/* On 12 June the planned board meeting was not held; the consultation was. */
	assert_int_equal(out[2].kind, EVENT_BOARD);
	assert_false(out[2].held);
	assert_int_equal(out[3].kind, EVENT_CONSULTATION);
	assert_true(out[3].held);
	assert_string_equal(out[3].title, "Sammanträde: Medlemssamråd");
	free(out);

	n = meeting_cycle(2025, NULL, 0, NULL, 0, &out);
	assert_int_equal(n, 0);
	free(out);
}

static void test_findings(void **state)
{
	struct meeting m[2] = {
		{ 1, { 2025, 3, 10 }, BODY_BOARD, "2025:1" },
		{ 2, { 2025, 4, 2 }, BODY_CONSULTATION, "" },
	};
	struct meeting_dated dec[3] = {
		{ "finansieringen av Steget vidare", { 2025, 3, 10 } },
		{ "fastställelsen av årsredovisningen för 2024", { 2025, 4, 2 } },
		{ "beslutet om verksamhetsplanen för 2026", { 2025, 11, 20 } },
	};
	struct meeting_quorum q = { 4, 2, 0, 0 };
	struct buf d;

	(void)state;
	buf_init(&d);
	/* The consultation of 2 April is no board meeting. */
	assert_int_equal(meeting_unheld_findings(dec, 3, m, 2, &d), 2);
	assert_non_null(strstr(d.s, "Inget styrelsesammanträde är registrerat 2025-04-02, dagen för fastställelsen av "
				    "årsredovisningen för 2024; registrera sammanträdet med 'finsam meeting add "
				    "2025-04-02 --body styrelse' eller rätta datumet\n"));
	assert_non_null(strstr(d.s, "2025-11-20"));
	assert_null(strstr(d.s, "Steget"));
	buf_reset(&d);
	assert_int_equal(meeting_unheld_findings(dec, 1, m, 2, &d), 0);
	assert_int_equal(d.len, 0);

	/* Two of four is not more than half. */
	assert_int_equal(meeting_quorum_finding(&m[0], 2, &q, &d), 1);
	assert_string_equal(d.s, "Styrelsens sammanträde 2025-03-10 (protokoll 2025:1) fattade 2 beslut utan att "
				 "vara beslutsför: 2 av 4 ledamöter var närvarande, och styrelsen får besluta bara "
				 "när mer än hälften av ledamöterna är närvarande\n");
	buf_reset(&d);
	/* No decisions, or a quorum, or another body: nothing. */
	assert_int_equal(meeting_quorum_finding(&m[0], 0, &q, &d), 0);
	assert_int_equal(meeting_quorum_finding(&m[1], 2, &q, &d), 0);
	q.present = 3, q.quorate = 1;
	assert_int_equal(meeting_quorum_finding(&m[0], 2, &q, &d), 0);
	assert_int_equal(d.len, 0);
	/* No board for the year. */
	q = (struct meeting_quorum){ 0, 0, 0, 0 };
	assert_int_equal(meeting_quorum_finding(&m[0], 1, &q, &d), 1);
	assert_non_null(strstr(d.s, "ingen styrelse är inlagd för 2025"));
	buf_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_quorum),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_cycle),
		cmocka_unit_test(test_findings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
