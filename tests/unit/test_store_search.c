/*
 * test_store_search.c: the store's searches for the auditor: the
 * verifications of a year by number, date range, account and amount, a
 * page at a time with the count of every hit (the page boundaries
 * included), one verification with its transactions, and the audit log
 * filtered by user, action, kind of record, date and text, newest first;
 * the participant list by code and by enrolments (an intervention, a
 * year, ongoing or ended, a registrar's interventions), sorted and paged,
 * the pattern characters of a code taken as themselves.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/date.h"
#include "base/err.h"
#include "model/intervention.h"
#include "model/participant.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb tmp;
static struct store *st;
static int64_t year_id, other_year_id;

static struct date d(int y, int m, int day)
{
	struct date x = { y, m, day };

	return x;
}

static int64_t add_year(int y)
{
	struct fiscal_year fy;
	struct err err;

	memset(&fy, 0, sizeof(fy));
	fy.period.start = d(y, 1, 1);
	fy.period.end = d(y, 12, 31);
	fy.origin = YEAR_BOOKS;
	if (store_year_put(st, &fy, &err) != 0)
		fail_msg("%s", err.msg);
	return fy.id;
}

/* A verification of two transactions: amount from `from` to `to`. */
static void add_ver(int64_t yid, const char *series, const char *number, struct date date, const char *to,
		    const char *from, int64_t amount)
{
	struct verification v;
	struct transaction t;
	struct err err;

	memset(&v, 0, sizeof(v));
	v.series = series;
	v.number = number;
	v.date = date;
	v.text = "text";
	if (store_ver_add(st, yid, &v, &err) != 0)
		fail_msg("%s", err.msg);
	memset(&t, 0, sizeof(t));
	t.account = to;
	t.objects = "";
	t.amount = amount;
	if (store_trans_add(st, yid, v.id, &t, &err) != 0)
		fail_msg("%s", err.msg);
	t.account = from;
	t.amount = -amount;
	if (store_trans_add(st, yid, v.id, &t, &err) != 0)
		fail_msg("%s", err.msg);
}

static int setup(void **state)
{
	struct err err;
	char n[16];
	int i;

	(void)state;
	if (tmpdb_make(&tmp, "search") != 0)
		return -1;
	st = tmpdb_open(&tmp);
	if (store_begin(st, &err) != 0)
		return -1;
	year_id = add_year(2024);
	other_year_id = add_year(2025);
	/* 120 verifications A1..A120, one a day from 1 January; every tenth
	 * pays 1930 -> 4010, the rest 1930 -> 6110; amounts 100 kr * number. */
	for (i = 1; i <= 120; i++) {
		struct date day = date_add_days(d(2024, 1, 1), i - 1);

		snprintf(n, sizeof(n), "%d", i);
		add_ver(year_id, "A", n, day, i % 10 == 0 ? "4010" : "6110", "1930", (int64_t)i * 10000);
	}
	/* The other year's verifications are never hits of 2024. */
	add_ver(other_year_id, "A", "1", d(2025, 1, 2), "4010", "1930", 100000);
	return store_commit(st, &err) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	store_close(st);
	tmpdb_remove(&tmp);
	return 0;
}

struct hits {
	size_t n;
	char numbers[64][16];
	int64_t debit[64];
	int64_t first_id;
};

static int on_hit(void *ctx, const struct verification *v, int64_t debit, struct err *err)
{
	struct hits *h = ctx;

	(void)err;
	if (h->n == 0)
		h->first_id = v->id;
	if (h->n < 64) {
		snprintf(h->numbers[h->n], sizeof(h->numbers[h->n]), "%s%s", v->series, v->number);
		h->debit[h->n] = debit;
	}
	h->n++;
	return 0;
}

static int64_t search(const struct ver_filter *f, size_t limit, size_t offset, struct hits *h)
{
	struct err err;
	int64_t count = -1;

	memset(h, 0, sizeof(*h));
	if (store_ver_search(st, f, limit, offset, &count, on_hit, h, &err) != 0)
		fail_msg("%s", err.msg);
	return count;
}

static struct ver_filter year_filter(void)
{
	struct ver_filter f;

	memset(&f, 0, sizeof(f));
	f.year_id = year_id;
	return f;
}

static void test_paging(void **state)
{
	struct ver_filter f = year_filter();
	struct hits h;

	(void)state;
	assert_int_equal(search(&f, 50, 0, &h), 120);
	assert_int_equal(h.n, 50);
	assert_string_equal(h.numbers[0], "A1");
	assert_string_equal(h.numbers[49], "A50");
	assert_int_equal(h.debit[0], 10000);
	assert_int_equal(search(&f, 50, 100, &h), 120);
	assert_int_equal(h.n, 20);
	assert_string_equal(h.numbers[0], "A101");
	assert_string_equal(h.numbers[19], "A120");
	/* Exactly at the end, and past it: no hits, the count stays. */
	assert_int_equal(search(&f, 50, 120, &h), 120);
	assert_int_equal(h.n, 0);
	assert_int_equal(search(&f, 50, 5000, &h), 120);
	assert_int_equal(h.n, 0);
	f.year_id = other_year_id;
	assert_int_equal(search(&f, 50, 0, &h), 1);
}

static void test_number(void **state)
{
	struct ver_filter f = year_filter();
	struct hits h;

	(void)state;
	f.number = "42";
	assert_int_equal(search(&f, 50, 0, &h), 1);
	assert_string_equal(h.numbers[0], "A42");
	f.number = "A42";
	assert_int_equal(search(&f, 50, 0, &h), 1);
	f.number = "A 42";
	assert_int_equal(search(&f, 50, 0, &h), 1);
	f.number = "B42";
	assert_int_equal(search(&f, 50, 0, &h), 0);
	assert_int_equal(h.n, 0);
}

static void test_dates(void **state)
{
	struct ver_filter f = year_filter();
	struct hits h;

	(void)state;
	/* 1 February is day 32: A32; 10 February A41; both ends count. */
	f.from = d(2024, 2, 1);
	f.to = d(2024, 2, 10);
	assert_int_equal(search(&f, 50, 0, &h), 10);
	assert_string_equal(h.numbers[0], "A32");
	assert_string_equal(h.numbers[9], "A41");
	memset(&f.to, 0, sizeof(f.to));
	assert_int_equal(search(&f, 50, 0, &h), 120 - 31);
	f.from = d(2024, 12, 1);
	assert_int_equal(search(&f, 50, 0, &h), 0);
}

static void test_account_and_amount(void **state)
{
	struct ver_filter f = year_filter();
	struct hits h;

	(void)state;
	f.account = "4010";
	assert_int_equal(search(&f, 5, 0, &h), 12);
	assert_int_equal(h.n, 5);
	assert_string_equal(h.numbers[0], "A10");
	assert_string_equal(h.numbers[4], "A50");
	assert_int_equal(search(&f, 5, 10, &h), 12);
	assert_int_equal(h.n, 2);
	assert_string_equal(h.numbers[1], "A120");
	/* An amount matches debit and credit alike, in any sign given. */
	f.account = NULL;
	f.has_amount = 1;
	f.amount = 300000;
	assert_int_equal(search(&f, 50, 0, &h), 1);
	assert_string_equal(h.numbers[0], "A30");
	f.amount = -300000;
	assert_int_equal(search(&f, 50, 0, &h), 1);
	/* Account and amount must be one transaction's: A30 pays 4010. */
	f.account = "4010";
	assert_int_equal(search(&f, 50, 0, &h), 1);
	f.account = "1930";
	assert_int_equal(search(&f, 50, 0, &h), 1);
	f.account = "6110";
	assert_int_equal(search(&f, 50, 0, &h), 0);
	/* Everything together. */
	f.account = "4010";
	f.from = d(2024, 1, 1);
	f.to = d(2024, 1, 31);
	f.number = "A30";
	assert_int_equal(search(&f, 50, 0, &h), 1);
	f.to = d(2024, 1, 29);
	assert_int_equal(search(&f, 50, 0, &h), 0);
}

struct one {
	char number[16];
	int64_t sum;
	int n;
	char accounts[64];
};

static int on_ver(void *ctx, const struct verification *v, struct err *err)
{
	struct one *o = ctx;

	(void)err;
	snprintf(o->number, sizeof(o->number), "%s%s", v->series, v->number);
	return 0;
}

static int on_trans(void *ctx, const struct transaction *t, struct err *err)
{
	struct one *o = ctx;

	(void)err;
	o->n++;
	o->sum += t->amount;
	strncat(o->accounts, t->account, sizeof(o->accounts) - strlen(o->accounts) - 2);
	strcat(o->accounts, " ");
	return 0;
}

static void test_get(void **state)
{
	struct ver_filter f = year_filter();
	struct hits h;
	struct one o;
	struct err err;
	int64_t yid = 0;

	(void)state;
	f.number = "20";
	assert_int_equal(search(&f, 50, 0, &h), 1);
	memset(&o, 0, sizeof(o));
	assert_int_equal(store_ver_get(st, h.first_id, &yid, on_ver, on_trans, &o, &err), 0);
	assert_string_equal(o.number, "A20");
	assert_int_equal(yid, year_id);
	assert_int_equal(o.n, 2);
	assert_int_equal(o.sum, 0);
	assert_string_equal(o.accounts, "4010 1930 ");
	assert_int_equal(store_ver_get(st, 999999, NULL, on_ver, on_trans, &o, &err), STORE_NOT_FOUND);
}

static void test_audit(void **state)
{
	struct audit_filter f;
	struct audit_entry *log = NULL;
	size_t n = 0;
	int64_t total = 0;
	struct err err;
	char **v = NULL;
	struct date day;

	(void)state;
	store_actor_set(st, "ada");
	assert_int_equal(store_audit_change(st, "ada", "lägg till beslut", "decision 1", NULL, NULL,
					    "{\"amount\":100,\"text\":\"Unga i arbete\"}", &err), 0);
	assert_int_equal(store_audit_change(st, "anna", "ändra beslut", "decision 1", NULL,
					    "{\"amount\":100}", "{\"amount\":200}", &err), 0);
	assert_int_equal(store_audit_add(st, "rita", "skriv in", "W001", "insats Unga i arbete", &err), 0);
	memset(&f, 0, sizeof(f));
	assert_int_equal(store_audit_search(st, &f, 2, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 3);
	assert_int_equal(n, 2);
	assert_string_equal(log[0].actor, "rita");  /* newest first */
	assert_string_equal(log[1].actor, "anna");
	/* The local date the lines were written, as the filter takes it. */
	{
		char ymd[11];

		memcpy(ymd, log[0].at, 10);
		ymd[10] = '\0';
		assert_int_equal(date_parse(ymd, &day, NULL), 0);
	}
	audit_release(log, n);
	assert_int_equal(store_audit_search(st, &f, 2, 2, &log, &n, &total, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(log[0].actor, "ada");
	audit_release(log, n);
	f.actor = "anna";
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 1);
	assert_string_equal(log[0].action, "ändra beslut");
	audit_release(log, n);
	memset(&f, 0, sizeof(f));
	f.record_kind = "participant";
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 1);
	assert_string_equal(log[0].code, "W001");
	audit_release(log, n);
	f.record_kind = "decision";
	f.action = "lägg till beslut";
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 1);
	audit_release(log, n);
	memset(&f, 0, sizeof(f));
	f.text = "UNGA I";
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 2);
	audit_release(log, n);
	/* The text is a text, not a pattern: "10_" is not "100". */
	f.text = "10_";
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 0);
	audit_release(log, n);
	f.text = "%";
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 0);
	audit_release(log, n);
	f.text = "t\":20";
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 1);
	audit_release(log, n);
	memset(&f, 0, sizeof(f));
	f.from = day;
	f.to = day;
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 3);
	audit_release(log, n);
	f.from = date_add_days(day, 1);
	memset(&f.to, 0, sizeof(f.to));
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 0);
	audit_release(log, n);
	f.from = d(2000, 1, 1);
	f.to = d(2000, 12, 31);
	assert_int_equal(store_audit_search(st, &f, 50, 0, &log, &n, &total, &err), 0);
	assert_int_equal(total, 0);
	assert_int_equal(n, 0);
	audit_release(log, n);
	assert_int_equal(store_audit_distinct(st, 0, &v, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_string_equal(v[0], "ada");
	assert_string_equal(v[2], "rita");
	store_strings_free(v, n);
	assert_int_equal(store_audit_distinct(st, 1, &v, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_string_equal(v[0], "lägg till beslut");
	assert_string_equal(v[1], "skriv in");
	assert_string_equal(v[2], "ändra beslut");
	store_strings_free(v, n);
}

/* ---- the participant list ---- */

static int64_t add_insats(const char *name)
{
	struct intervention iv;
	struct err err;

	memset(&iv, 0, sizeof(iv));
	snprintf(iv.name, sizeof(iv.name), "%s", name);
	if (store_intervention_add(st, &iv, &err) != 0)
		fail_msg("%s", err.msg);
	return iv.id;
}

static int64_t add_person(const char *code, int born)
{
	struct participant p;
	struct err err;

	memset(&p, 0, sizeof(p));
	snprintf(p.code, sizeof(p.code), "%s", code);
	snprintf(p.sex, sizeof(p.sex), "kvinna");
	snprintf(p.education, sizeof(p.education), "okänd");
	p.birth_year = born;
	if (store_participant_add(st, &p, &err) != 0)
		fail_msg("%s", err.msg);
	return p.id;
}

static void enrol(int64_t pid, int64_t iv, struct date in, struct date out)
{
	struct enrolment e;
	struct err err;

	memset(&e, 0, sizeof(e));
	e.participant_id = pid;
	e.intervention_id = iv;
	e.enrolled = in;
	snprintf(e.support_before, sizeof(e.support_before), "okänd");
	snprintf(e.time_in_support, sizeof(e.time_in_support), "ingen");
	if (store_enrolment_add(st, &e, &err) != 0)
		fail_msg("%s", err.msg);
	if (date_is_set(out)) {
		e.exited = out;
		snprintf(e.exit_reason, sizeof(e.exit_reason), "arbete");
		snprintf(e.support_after, sizeof(e.support_after), "okänd");
		if (store_enrolment_exit(st, &e, &err) != 0)
			fail_msg("%s", err.msg);
	}
}

/* The codes of a search, joined by spaces; the count in *total. */
static const char *codes(const struct participant_filter *f, size_t limit, size_t offset, int64_t *total)
{
	static char buf[512];
	struct participant *p = NULL;
	size_t n = 0, i;
	struct err err;

	if (store_participant_search(st, f, limit, offset, &p, &n, total, &err) != 0)
		fail_msg("%s", err.msg);
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		strcat(buf, i ? " " : "");
		strcat(buf, p[i].code);
	}
	free(p);
	return buf;
}

static void test_participants(void **state)
{
	struct participant_filter f;
	struct date none = { 0, 0, 0 };
	struct err err;
	int64_t a, b, total = 0;
	char only[32];

	(void)state;
	assert_int_equal(store_begin(st, &err), 0);
	a = add_insats("Steget");
	b = add_insats("Unga");
	/* P1 in a, 2023-2024; P2 in a from 2025, ongoing; P3 in b 2025, ended,
	 * and later in a, ongoing; P4 never enrolled. */
	enrol(add_person("P1", 1980), a, d(2023, 5, 1), d(2024, 2, 1));
	enrol(add_person("P2", 1990), a, d(2025, 1, 10), none);
	{
		int64_t p3 = add_person("P3", 1985);

		enrol(p3, b, d(2025, 2, 1), d(2025, 6, 1));
		enrol(p3, a, d(2025, 8, 1), none);
	}
	add_person("P4", 2000);
	assert_int_equal(store_commit(st, &err), 0);

	memset(&f, 0, sizeof(f));
	assert_string_equal(codes(&f, 50, 0, &total), "P1 P2 P3 P4");
	assert_int_equal(total, 4);
	/* Pages: two a page, and past the end. */
	assert_string_equal(codes(&f, 2, 2, &total), "P3 P4");
	assert_string_equal(codes(&f, 2, 4, &total), "");
	assert_int_equal(total, 4);
	f.code = "p";
	assert_string_equal(codes(&f, 50, 0, &total), "P1 P2 P3 P4");
	f.code = "3";
	assert_string_equal(codes(&f, 50, 0, &total), "P3");
	f.code = NULL;
	f.intervention_id = b;
	assert_string_equal(codes(&f, 50, 0, &total), "P3");
	f.intervention_id = a;
	f.state = 1;
	assert_string_equal(codes(&f, 50, 0, &total), "P2 P3");
	f.state = 2;
	assert_string_equal(codes(&f, 50, 0, &total), "P1");
	f.intervention_id = 0;
	assert_string_equal(codes(&f, 50, 0, &total), "P1 P3");
	f.state = 0;
	f.year = 2024;
	assert_string_equal(codes(&f, 50, 0, &total), "P1");
	f.year = 2025;
	assert_string_equal(codes(&f, 50, 0, &total), "P2 P3");
	f.year = 2022;
	assert_string_equal(codes(&f, 50, 0, &total), "");
	assert_int_equal(total, 0);
	/* A registrar of b sees P3 only, and only by the enrolment in b. */
	f.year = 0;
	snprintf(only, sizeof(only), ",%lld,", (long long)b);
	f.only = only;
	assert_string_equal(codes(&f, 50, 0, &total), "P3");
	f.state = 1;
	assert_string_equal(codes(&f, 50, 0, &total), "");
	f.only = NULL;
	f.state = 0;
	/* The orders. */
	f.sort = PSORT_CODE_DESC;
	assert_string_equal(codes(&f, 50, 0, &total), "P4 P3 P2 P1");
	f.sort = PSORT_BORN;
	assert_string_equal(codes(&f, 50, 0, &total), "P1 P3 P2 P4");
	f.sort = PSORT_LATEST;
	assert_string_equal(codes(&f, 50, 0, &total), "P3 P2 P1 P4");
}

/* A part of the code is found as it is written, in either case: the
 * characters a pattern gives a meaning of its own (% _ !) are only
 * themselves. A registrar's interventions are matched as whole ids. */
static void test_participant_code_characters(void **state)
{
	struct participant_filter f;
	struct date none = { 0, 0, 0 };
	struct err err;
	int64_t iv[11], total = 0;
	char only[32];
	int i;

	(void)state;
	assert_int_equal(store_begin(st, &err), 0);
	for (i = 0; i < 11; i++) {
		char name[16];

		snprintf(name, sizeof(name), "Insats %d", i);
		iv[i] = add_insats(name);
	}
	add_person("Q%1", 1970);
	add_person("Q_2", 1970);
	add_person("QA2", 1970);
	enrol(add_person("Q!3", 1970), iv[10], d(2025, 1, 1), none);
	assert_int_equal(store_commit(st, &err), 0);

	memset(&f, 0, sizeof(f));
	f.code = "q%";
	assert_string_equal(codes(&f, 50, 0, &total), "Q%1");
	f.code = "_2";
	assert_string_equal(codes(&f, 50, 0, &total), "Q_2");
	assert_int_equal(total, 1);
	f.code = "!3";
	assert_string_equal(codes(&f, 50, 0, &total), "Q!3");
	f.code = "qa";
	assert_string_equal(codes(&f, 50, 0, &total), "QA2");
	/* An id that is a part of another's digits is not that one. */
	f.code = "Q";
	snprintf(only, sizeof(only), ",%lld,", (long long)(iv[10] / 10));
	f.only = only;
	assert_string_equal(codes(&f, 50, 0, &total), "");
	snprintf(only, sizeof(only), ",%lld,%lld,", (long long)iv[0], (long long)iv[10]);
	assert_string_equal(codes(&f, 50, 0, &total), "Q!3");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paging),
		cmocka_unit_test(test_number),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_account_and_amount),
		cmocka_unit_test(test_get),
		cmocka_unit_test(test_audit),
		cmocka_unit_test(test_participants),
		cmocka_unit_test(test_participant_code_characters),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
