/*
 * test_store_admin.c: the store's users, sessions and failed logins, the
 * annual report's own rows (an intervention's year, key figures, staff,
 * adoptions, attachments), the year cycle's events, texts and themes, and
 * the internal control's counts: each written and read back, with the
 * edges (a name taken, a value not known, an empty file, nothing found).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb tmp = { .name = "store-admin" };

static void test_users(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct intervention iv;
	struct user u, again, got, *list = NULL;
	char hash[64];
	size_t n = 0;
	struct err err;

	(void)state;
	memset(&iv, 0, sizeof(iv));
	memcpy(iv.name, "A", 2);
	assert_int_equal(store_intervention_add(st, &iv, &err), 0);
	memset(&u, 0, sizeof(u));
	memcpy(u.name, "rita", 5);
	u.role = ROLE_REGISTRAR;
	assert_int_equal(store_user_add(st, &u, "h1", &err), 0);
	assert_true(u.id > 0);
	assert_int_equal(strlen(u.created), 20);
	assert_int_equal(u.created[19], 'Z');
	again = u;
	assert_int_equal(store_user_add(st, &again, "h2", &err), STORE_DUPLICATE);
	assert_int_equal(store_user_insats_add(st, u.id, iv.id, &err), 0);
	assert_int_equal(store_user_insats_add(st, u.id, iv.id, &err), 0);
	assert_int_equal(store_user_get(st, "rita", 0, &got, hash, sizeof(hash), &err), 0);
	assert_int_equal(got.id, u.id);
	assert_string_equal(hash, "h1");
	assert_int_equal(got.role, ROLE_REGISTRAR);
	assert_int_equal(got.n_insatser, 1);
	assert_int_equal(got.insatser[0], iv.id);
	assert_int_equal(store_user_get(st, NULL, u.id + 1, &got, NULL, 0, &err), STORE_NOT_FOUND);
	assert_int_equal(store_user_disable(st, u.id, &err), 0);
	assert_int_equal(store_user_enable(st, u.id + 1, &err), STORE_NOT_FOUND);
	assert_int_equal(store_user_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(list[0].disabled, 1);
	assert_int_equal(list[0].n_insatser, 1);
	free(list);
	store_close(st);
}

static void test_sessions_and_failures(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct user u;
	struct session se, got;
	int64_t at[2];
	size_t n = 9;
	struct err err;

	(void)state;
	memset(&u, 0, sizeof(u));
	memcpy(u.name, "anna", 5);
	assert_int_equal(store_user_add(st, &u, "h", &err), 0);
	memset(&se, 0, sizeof(se));
	memcpy(se.token_hash, "t1", 3);
	memcpy(se.csrf, "c1", 3);
	memcpy(se.address, "10.0.0.1", 9);
	se.user_id = u.id;
	se.created = 100;
	se.last_seen = 100;
	assert_int_equal(store_session_add(st, REALM_FORBUND, &se, &err), 0);
	assert_int_equal(store_session_touch(st, REALM_FORBUND, "t1", 150, &err), 0);
	assert_int_equal(store_session_get(st, REALM_FORBUND, "t1", &got, &err), 0);
	assert_int_equal(got.last_seen, 150);
	assert_string_equal(got.address, "10.0.0.1");
	assert_int_equal(store_session_expire(st, REALM_FORBUND, 140, 0, &err), 0);
	assert_int_equal(store_session_get(st, REALM_FORBUND, "t1", &got, &err), 0);
	assert_int_equal(store_session_expire(st, REALM_FORBUND, 160, 0, &err), 0);
	assert_int_equal(store_session_get(st, REALM_FORBUND, "t1", &got, &err), STORE_NOT_FOUND);

	/* The latest two of three, oldest first. */
	assert_int_equal(store_login_failure_add(st, REALM_FORBUND, "anna", "10.0.0.1", 10, &err), 0);
	assert_int_equal(store_login_failure_add(st, REALM_FORBUND, "anna", "10.0.0.1", 30, &err), 0);
	assert_int_equal(store_login_failure_add(st, REALM_FORBUND, "anna", "10.0.0.1", 20, &err), 0);
	assert_int_equal(store_login_failure_add(st, REALM_FORBUND, "anna", "10.0.0.2", 40, &err), 0);
	assert_int_equal(store_login_failures(st, REALM_FORBUND, "anna", "10.0.0.1", 0, at, 2, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(at[0], 20);
	assert_int_equal(at[1], 30);
	assert_int_equal(store_login_failures_clear(st, REALM_FORBUND, "anna", "10.0.0.1", &err), 0);
	assert_int_equal(store_login_failures(st, REALM_FORBUND, "anna", "10.0.0.2", 0, at, 2, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(store_login_failures_prune(st, REALM_FORBUND, 40, &err), 0);
	assert_int_equal(store_login_failures(st, REALM_FORBUND, "anna", "10.0.0.2", 0, at, 2, &n, &err), 0);
	assert_int_equal(n, 0);
	/* A file holds one förbund: the host's realm is not in it. */
	if (!tmpdb_on_pg()) {
		assert_int_equal(store_session_get(st, REALM_HOST, "t1", &got, &err), -1);
		assert_non_null(strstr(err.msg, "kräver en värd"));
		assert_int_equal(store_login_failure_add(st, REALM_HOST, "anna", "10.0.0.1", 50, &err), -1);
	}
	store_close(st);
}

static void test_documents(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct history_year h, *hl = NULL;
	struct staff_year s, *sl = NULL;
	struct date d = { 2026, 3, 1 }, got;
	char *name = NULL;
	void *data = NULL;
	size_t n = 0;
	struct err err;

	(void)state;
	memset(&h, 0, sizeof(h));
	h.year = 2021;
	h.v[HIST_COSTS] = -500;
	h.known = 1u << HIST_COSTS;
	assert_int_equal(store_history_put(st, &h, &err), 0);
	assert_int_equal(store_history_list(st, 0, &hl, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(hl[0].known, 1u << HIST_COSTS);
	assert_int_equal(hl[0].v[HIST_COSTS], -500);
	free(hl);
	assert_int_equal(store_history_delete(st, 2022, &err), STORE_NOT_FOUND);

	memset(&s, 0, sizeof(s));
	s.year = 2026;
	s.employees = 3;
	assert_int_equal(store_staff_put(st, &s, &err), 0);
	assert_int_equal(store_staff_list(st, 2026, &sl, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(sl[0].employees, 3);
	assert_int_equal(sl[0].has_sick_leave, 0);
	free(sl);

	assert_int_equal(store_adoption_get(st, "plan", 2026, &got, &err), STORE_NOT_FOUND);
	assert_int_equal(store_adoption_put(st, "plan", 2026, d, &err), 0);
	assert_int_equal(store_adoption_get(st, "plan", 2026, &got, &err), 0);
	assert_int_equal(got.y * 10000 + got.m * 100 + got.d, 20260301);

	/* An empty file is a file. */
	assert_int_equal(store_attachment_put(st, 2026, "auditors_report", "tom.pdf", "", 0, &err), 0);
	assert_int_equal(store_attachment_get(st, 2026, "auditors_report", &name, &data, &n, &err), 0);
	assert_string_equal(name, "tom.pdf");
	assert_int_equal(n, 0);
	free(name);
	free(data);
	assert_int_equal(store_attachment_put(st, 2026, "auditors_report", "b.pdf", "%PDF\0x", 6, &err), 0);
	assert_int_equal(store_attachment_get(st, 2026, "auditors_report", &name, &data, &n, &err), 0);
	assert_int_equal(n, 6);
	assert_memory_equal(data, "%PDF\0x", 6);
	free(name);
	free(data);
	assert_int_equal(store_attachment_delete(st, 2026, "auditors_report", &err), 0);
	assert_int_equal(store_attachment_get(st, 2026, "auditors_report", &name, &data, &n, &err), STORE_NOT_FOUND);
	store_close(st);
}

static void test_calendar_and_control(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct event e, *ev = NULL;
	char *text = NULL;
	int64_t count = -1, meeting = -1;
	size_t n = 0;
	struct err err;

	(void)state;
	memset(&e, 0, sizeof(e));
	e.date = (struct date){ 2026, 5, 4 };
	e.kind = EVENT_DEADLINE;
	memcpy(e.title, "Budget", 7);
	assert_int_equal(store_event_add(st, &e, &err), 0);
	assert_true(e.id > 0);
	assert_int_equal(store_event_list(st, &ev, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(ev[0].id, e.id);
	assert_int_equal(ev[0].kind, EVENT_DEADLINE);
	free(ev);

	assert_int_equal(store_text_get(st, 2026, "intro", &text, &err), STORE_NOT_FOUND);
	assert_int_equal(store_text_put(st, 2026, "intro", "Första", &err), 0);
	assert_int_equal(store_text_put(st, 2026, "intro", "Andra", &err), 0);
	assert_int_equal(store_text_get(st, 2026, "intro", &text, &err), 0);
	assert_string_equal(text, "Andra");
	free(text);

	assert_int_equal(store_control_meeting_uses(st, 1, &count, &err), 0);
	assert_int_equal(count, 0);
	assert_int_equal(store_control_plan_get(st, 2026, &meeting, &err), STORE_NOT_FOUND);
	assert_int_equal(meeting, 0);
	assert_int_equal(store_control_plan_set(st, 2026, 0, &err), 0);
	assert_int_equal(store_control_plan_get(st, 2026, &meeting, &err), 0);
	assert_int_equal(meeting, 0);
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_users, &tmp),
		TMPDB_TEST(test_sessions_and_failures, &tmp),
		TMPDB_TEST(test_documents, &tmp),
		TMPDB_TEST(test_calendar_and_control, &tmp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
