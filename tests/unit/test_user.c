/*
 * test_user.c: the rules about users: roles, names, password strength,
 * login throttling and session expiry (pure, with the time given), and the
 * use cases over a real database: adding users, logging in, being
 * throttled, sessions that expire, logging out, new passwords and disabled
 * users, and the audit log naming who made each change.
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

#include "app/app.h"
#include "base/err.h"
#include "doc/doc.h"
#include "model/user.h"
#include "tmpapp.h"

static void test_roles(void **state)
{
	enum role r;
	struct err err;

	(void)state;
	assert_int_equal(role_parse("admin", &r, &err), 0);
	assert_int_equal(r, ROLE_ADMIN);
	assert_int_equal(role_parse("Registrerare", &r, &err), 0);
	assert_int_equal(r, ROLE_REGISTRAR);
	assert_int_equal(role_parse("styrelse", &r, &err), 0);
	assert_int_equal(r, ROLE_BOARD);
	assert_int_equal(role_parse("auditor", &r, &err), 0);
	assert_int_equal(r, ROLE_AUDITOR);
	assert_int_equal(role_parse("root", &r, &err), -1);
	assert_non_null(strstr(err.msg, "okänd roll 'root'"));
	assert_string_equal(role_key(ROLE_BOARD), "board");
	assert_string_equal(role_label(ROLE_AUDITOR), "revisor");
}

static void test_owns(void **state)
{
	struct user u;

	(void)state;
	memset(&u, 0, sizeof(u));
	u.role = ROLE_REGISTRAR;
	u.insatser[0] = 3;
	u.n_insatser = 1;
	assert_true(user_owns_insats(&u, 3));
	assert_false(user_owns_insats(&u, 4));
	u.role = ROLE_ADMIN;
	assert_true(user_owns_insats(&u, 4));
	u.role = ROLE_BOARD;
	assert_false(user_owns_insats(&u, 3));
	u.role = ROLE_AUDITOR;
	assert_false(user_owns_insats(&u, 3));
}

static void test_names(void **state)
{
	struct err err;

	(void)state;
	assert_int_equal(user_name_check("anna.lind@dalby", &err), 0);
	assert_int_equal(user_name_check("a", &err), -1);
	assert_int_equal(user_name_check("anna lind", &err), -1);
	assert_int_equal(user_name_check("<script>", &err), -1);
	assert_int_equal(user_name_check("åsa", &err), -1);
}

static void pw_ok(const char *pw, const char *user)
{
	struct err err;

	if (password_check(pw, user, &err) != 0)
		fail_msg("'%s' refused: %s", pw, err.msg);
}

static void pw_bad(const char *pw, const char *user, const char *why)
{
	struct err err;

	if (password_check(pw, user, &err) != -1)
		fail_msg("'%s' accepted", pw);
	if (!strstr(err.msg, why))
		fail_msg("'%s': '%s' has no '%s'", pw, err.msg, why);
	if (strlen(pw) >= 6)
		assert_null(strstr(err.msg, pw));
}

static void test_passwords(void **state)
{
	char longpw[PASSWORD_MAX + 2];

	(void)state;
	pw_ok("korvmacka-123", "anna");
	pw_ok("Tre små grisar!", "anna");
	pw_ok("råg och vete i Ånge", "anna");
	pw_ok("4829!173#52", "anna");
	pw_bad("kort", "anna", "för kort");
	pw_bad("åäöåäöåäö", "anna", "för kort");                /* 9 characters, 18 bytes */
	pw_bad("aaaaaaaaaaaa", "anna", "för få olika");
	pw_bad("abababababab", "anna", "för få olika");
	pw_bad("1234567890", "anna", "följd");
	pw_bad("abcdefghijk", "anna", "följd");
	pw_bad("9876543210", "anna", "följd");
	pw_bad("password123", "anna", "lätt att gissa");
	pw_bad("Lösenord2024!", "anna", "lätt att gissa");
	pw_bad("Sommar2025!!", "anna", "lätt att gissa");
	pw_bad("2024-qwerty-", "anna", "lätt att gissa");
	pw_bad("1111122222", "anna", "för få olika");
	pw_bad("0987654321", "anna", "följd");
	pw_bad("xx-annalind-77", "annalind", "användarnamnet");
	pw_bad("xx-ANNALIND-77", "annalind", "användarnamnet");
	pw_bad("tab\there1234", "anna", "styrtecken");
	pw_bad("bad\xff\xfe utf8 text", "anna", "UTF-8");
	memset(longpw, 'x', sizeof(longpw) - 1);
	longpw[sizeof(longpw) - 1] = '\0';
	pw_bad(longpw, "anna", "för långt");
	pw_bad("", "anna", "för kort");
}

static void test_throttle(void **state)
{
	int64_t now = 1000000, t[32];
	size_t i;

	(void)state;
	/* Four failures: still free. */
	for (i = 0; i < 4; i++)
		t[i] = now - 100 + (int64_t)i;
	assert_int_equal(throttle_wait(t, 4, THROTTLE_FREE, now), 0);
	/* The fifth makes the next attempt wait 2 s from it. */
	t[4] = now - 1;
	assert_int_equal(throttle_wait(t, 5, THROTTLE_FREE, now), 1);
	assert_int_equal(throttle_wait(t, 5, THROTTLE_FREE, now + 1), 0);
	/* Each further failure doubles the wait. */
	t[5] = now;
	assert_int_equal(throttle_wait(t, 6, THROTTLE_FREE, now), 4);
	t[6] = now;
	assert_int_equal(throttle_wait(t, 7, THROTTLE_FREE, now), 8);
	/* Up to the maximum. */
	for (i = 7; i < 20; i++)
		t[i] = now;
	assert_int_equal(throttle_wait(t, 20, THROTTLE_FREE, now), THROTTLE_MAX);
	/* Failures older than the window are forgotten. */
	assert_int_equal(throttle_wait(t, 20, THROTTLE_FREE, now + THROTTLE_WINDOW + 1), 0);
	/* Order does not matter. */
	t[0] = now;
	t[19] = now - 500;
	assert_int_equal(throttle_wait(t, 20, THROTTLE_FREE, now), THROTTLE_MAX);
	assert_int_equal(throttle_wait(NULL, 0, THROTTLE_FREE, now), 0);
}

static void test_session_alive(void **state)
{
	struct session s;

	(void)state;
	memset(&s, 0, sizeof(s));
	s.created = 1000;
	s.last_seen = 1000;
	assert_true(session_alive(&s, 1000 + SESSION_IDLE - 1, 0));
	assert_false(session_alive(&s, 1000 + SESSION_IDLE, 0));
	assert_true(session_alive(&s, 1000 + 599, 600));
	assert_false(session_alive(&s, 1000 + 600, 600));
	s.last_seen = 1000 + SESSION_MAX - 10;
	assert_true(session_alive(&s, 1000 + SESSION_MAX - 1, 0));
	assert_false(session_alive(&s, 1000 + SESSION_MAX, 0));
	/* A session from the future (a clock set back far) is not trusted. */
	s.created = s.last_seen = 5000;
	assert_false(session_alive(&s, 1000, 0));
}

/* ---- the use cases over a database ---- */

static struct tmpdb tmp = { .name = "user" };

static void test_users_and_login(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_insats_fields f;
	struct app_login lg;
	struct app_session s;
	struct user *users = NULL;
	struct err err;
	const char *ins[] = { "Steget vidare", "2" };
	const char *one[] = { "1" };
	char token[65];
	int64_t now = 1800000000, id;
	size_t n;
	int i;

	(void)state;
	memset(&f, 0, sizeof(f));
	f.name = "Steget vidare";
	f.kind = "individinriktad";
	assert_int_equal(app_insats_add(st, &f, &id, &err), 0);
	f.name = "Unga i arbete";
	assert_int_equal(app_insats_add(st, &f, &id, &err), 0);

	app_as(st, "setup");
	assert_int_equal(app_user_add(st, "anna", "admin", NULL, 0, "korvmacka-123", &err), 0);
	assert_int_equal(app_user_add(st, "anna", "board", NULL, 0, "korvmacka-123", &err), -1);
	assert_non_null(strstr(err.msg, "finns redan"));
	assert_int_equal(app_user_add(st, "reg", "registrar", NULL, 0, "korvmacka-123", &err), -1);
	assert_non_null(strstr(err.msg, "minst en insats"));
	assert_int_equal(app_user_add(st, "reg", "registrar", ins, 2, "korvmacka-123", &err), 0);
	assert_int_equal(app_user_add(st, "bo", "board", one, 1, "korvmacka-123", &err), -1);
	assert_non_null(strstr(err.msg, "bara en registrerare"));
	assert_int_equal(app_user_add(st, "bo", "board", NULL, 0, "password1", &err), -1);
	assert_int_equal(app_user_add(st, "bo", "styrelse", NULL, 0, "Tre små grisar!", &err), 0);
	assert_int_equal(app_user_add(st, "x", "admin", NULL, 0, "korvmacka-123", &err), -1);
	assert_int_equal(app_user_add(st, "rex", "registrar", (const char *[]){ "Finns inte" }, 1, "korvmacka-123",
				      &err), -1);
	assert_non_null(strstr(err.msg, "ingen insats 'Finns inte'"));

	assert_int_equal(app_user_list(st, &users, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_string_equal(users[2].name, "reg");
	assert_int_equal(users[2].role, ROLE_REGISTRAR);
	assert_int_equal(users[2].n_insatser, 2);
	assert_true(user_owns_insats(&users[2], 1) && user_owns_insats(&users[2], 2));
	free(users);

	/* A wrong password, an unknown user and a right one. */
	assert_int_equal(app_login(st, "anna", "fel-lösenord", "10.0.0.1", now, &lg, &err), -1);
	assert_string_equal(err.msg, "fel användarnamn eller lösenord");
	assert_int_equal(app_login(st, "nobody", "korvmacka-123", "10.0.0.1", now, &lg, &err), -1);
	assert_string_equal(err.msg, "fel användarnamn eller lösenord");
	assert_int_equal(app_login(st, "anna", "korvmacka-123", "10.0.0.1", now, &lg, &err), 0);
	assert_int_equal(strlen(lg.token), 64);
	assert_int_equal(strlen(lg.session.s.csrf), 64);
	assert_string_equal(lg.session.user.name, "anna");
	snprintf(token, sizeof(token), "%s", lg.token);

	/* The session: found, kept alive by use, gone after the idle time. */
	assert_int_equal(app_session_get(st, token, now + 60, 0, &s, &err), 0);
	assert_string_equal(s.user.name, "anna");
	assert_string_equal(s.s.csrf, lg.session.s.csrf);
	assert_int_equal(app_session_get(st, token, now + 60 + SESSION_IDLE - 1, 0, &s, &err), 0);
	assert_int_equal(app_session_get(st, "zz", now, 0, &s, &err), 1);
	token[0] = token[0] == 'a' ? 'b' : 'a';
	assert_int_equal(app_session_get(st, token, now, 0, &s, &err), 1);
	token[0] = lg.token[0];
	assert_int_equal(app_session_get(st, token, now + 60 + 2 * SESSION_IDLE, 0, &s, &err), 1);
	/* Once expired it is removed: it does not come back. */
	assert_int_equal(app_session_get(st, token, now + 120, 0, &s, &err), 1);

	/* Logout ends the session. */
	assert_int_equal(app_login(st, "anna", "korvmacka-123", "10.0.0.1", now, &lg, &err), 0);
	assert_int_equal(app_session_get(st, lg.token, now, 0, &s, &err), 0);
	assert_int_equal(app_logout(st, lg.token, &err), 0);
	assert_int_equal(app_session_get(st, lg.token, now, 0, &s, &err), 1);

	/* Five failures of a name from an address make its sixth attempt
	 * from there wait, even with the right password; after the wait it
	 * works and clears the count. */
	for (i = 0; i < 5; i++)
		assert_int_equal(app_login(st, "bo", "nej-inte-detta", "10.0.0.2", now + i, &lg, &err), -1);
	assert_int_equal(app_login(st, "bo", "Tre små grisar!", "10.0.0.2", now + 5, &lg, &err),
			 APP_LOGIN_THROTTLED);
	assert_true(lg.wait > 0 && lg.wait <= THROTTLE_BASE);
	assert_non_null(strstr(err.msg, "för många misslyckade inloggningar"));
	/* Meanwhile the same name logs in from another address, and another
	 * name from the same address: nobody is locked out by another. */
	assert_int_equal(app_login(st, "bo", "Tre små grisar!", "10.0.0.7", now + 5, &lg, &err), 0);
	assert_int_equal(app_login(st, "anna", "korvmacka-123", "10.0.0.2", now + 5, &lg, &err), 0);
	assert_int_equal(app_login(st, "bo", "Tre små grisar!", "10.0.0.2", now + 4 + THROTTLE_BASE, &lg, &err), 0);
	/* Cleared: four new failures are free again. */
	for (i = 0; i < 4; i++)
		assert_int_equal(app_login(st, "bo", "nej", "10.0.0.2", now + 40 + i, &lg, &err), -1);
	assert_int_equal(app_login(st, "bo", "Tre små grisar!", "10.0.0.2", now + 50, &lg, &err), 0);

	/* Failures of one pair, each as soon as it may be tried: the wait
	 * grows to THROTTLE_MAX and no further. */
	{
		int64_t t = now + 100, most = 0;

		for (i = 0; i < 40; i++) {
			int rc = app_login(st, "rev", "nej", "10.9.9.9", t, &lg, &err);

			if (rc == APP_LOGIN_THROTTLED) {
				assert_true(lg.wait > 0 && lg.wait <= THROTTLE_MAX);
				most = lg.wait > most ? lg.wait : most;
				t += lg.wait;
			} else {
				assert_int_equal(rc, -1);
			}
		}
		assert_int_equal(most, THROTTLE_MAX);
	}
	/* Twenty names guessed from one address do not hold back a real
	 * user behind it. */
	for (i = 0; i < 20; i++) {
		char name[16];

		snprintf(name, sizeof(name), "guess%d", i);
		assert_int_equal(app_login(st, name, "nej", "10.9.9.8", now + 100, &lg, &err), -1);
	}
	assert_int_equal(app_login(st, "anna", "korvmacka-123", "10.9.9.8", now + 101, &lg, &err), 0);

	/* A new password ends the sessions; the old password no longer works. */
	assert_int_equal(app_login(st, "reg", "korvmacka-123", "10.0.0.4", now + 200, &lg, &err), 0);
	snprintf(token, sizeof(token), "%s", lg.token);
	assert_int_equal(app_user_passwd(st, "reg", "kort", &err), -1);
	assert_int_equal(app_user_passwd(st, "reg", "ny-korvmacka-77", &err), 0);
	assert_int_equal(app_session_get(st, token, now + 201, 0, &s, &err), 1);
	assert_int_equal(app_login(st, "reg", "korvmacka-123", "10.0.0.4", now + 202, &lg, &err), -1);
	assert_int_equal(app_login(st, "reg", "ny-korvmacka-77", "10.0.0.4", now + 203, &lg, &err), 0);
	assert_int_equal(lg.session.user.n_insatser, 2);

	/* A disabled user cannot log in, and their sessions end. */
	snprintf(token, sizeof(token), "%s", lg.token);
	assert_int_equal(app_user_disable(st, "reg", &err), 0);
	assert_int_equal(app_user_disable(st, "reg", &err), -1);
	assert_int_equal(app_session_get(st, token, now + 204, 0, &s, &err), 1);
	assert_int_equal(app_login(st, "reg", "ny-korvmacka-77", "10.0.0.4", now + 205, &lg, &err), -1);
	assert_string_equal(err.msg, "fel användarnamn eller lösenord");
	assert_int_equal(app_user_disable(st, "nobody", &err), -1);
	app_close(st);
}

/* The audit log names the user a web page sets, else the login name. */
static void test_actor(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_participant_fields f;
	struct doc *d;
	struct err err;
	const struct doc_table *t;

	(void)state;
	memset(&f, 0, sizeof(f));
	f.code = "D001";
	f.sex = "kvinna";
	f.born = "1990";
	app_as(st, "webbanna");
	assert_int_equal(app_participant_add(st, NULL, &f, &err), 0);
	d = app_report_audit(st, &err);
	assert_non_null(d);
	t = d->body.children[0]->table;
	assert_int_equal(t->n_rows, 1);
	assert_string_equal(t->rows[0]->cells[1].text, "webbanna");
	doc_free(d);
	app_close(st);
}

/* A user's role and interventions changed, never leaving the förbund
 * without an administrator; a disabled user turned on again; each in the
 * audit log with the field at fault named for the web's forms. */
static void test_user_edit_enable(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_insats_fields f;
	struct app_login lg;
	struct user *users = NULL;
	struct err err;
	const char *first[] = { "Steget vidare" }, *second[] = { "2" };
	int64_t now = 1800000000, id;
	size_t n, i;
	struct doc *d;
	int seen_edit = 0, seen_on = 0;

	(void)state;
	app_as(st, "webbanna");
	memset(&f, 0, sizeof(f));
	f.name = "Steget vidare";
	f.kind = "individinriktad";
	assert_int_equal(app_insats_add(st, &f, &id, &err), 0);
	f.name = "Unga i arbete";
	assert_int_equal(app_insats_add(st, &f, &id, &err), 0);
	assert_int_equal(app_user_add(st, "anna", "admin", NULL, 0, "korvmacka-123", &err), 0);
	assert_int_equal(app_user_add(st, "reg", "Registrerare", first, 1, "korvmacka-123", &err), 0);
	assert_int_equal(app_user_add(st, "bad", "registrar", NULL, 0, "korvmacka-123", &err), -1);
	assert_string_equal(err.field, "insats");
	assert_int_equal(app_user_add(st, "bad", "root", NULL, 0, "korvmacka-123", &err), -1);
	assert_string_equal(err.field, "role");
	assert_int_equal(app_user_add(st, "bad", "board", NULL, 0, "kort", &err), -1);
	assert_string_equal(err.field, "password");

	/* Another intervention in place of the first. */
	assert_int_equal(app_user_edit(st, "reg", NULL, second, 1, &err), 0);
	assert_int_equal(app_user_list(st, &users, &n, &err), 0);
	for (i = 0; i < n; i++)
		if (strcmp(users[i].name, "reg") == 0) {
			assert_int_equal(users[i].role, ROLE_REGISTRAR);
			assert_int_equal(users[i].n_insatser, 1);
			assert_int_equal(users[i].insatser[0], 2);
		}
	free(users);
	/* A registrar without interventions, a board member with one: refused. */
	assert_int_equal(app_user_edit(st, "reg", "registrar", NULL, 0, &err), -1);
	assert_string_equal(err.field, "insats");
	assert_int_equal(app_user_edit(st, "reg", "board", second, 1, &err), -1);
	assert_int_equal(app_user_edit(st, "reg", "board", NULL, 0, &err), 0);
	/* The only administrator keeps the role. */
	assert_int_equal(app_user_edit(st, "anna", "revisor", NULL, 0, &err), -1);
	assert_string_equal(err.field, "role");
	assert_non_null(strstr(err.msg, "enda administratören"));
	assert_int_equal(app_user_edit(st, "reg", "admin", NULL, 0, &err), 0);
	assert_int_equal(app_user_edit(st, "anna", "revisor", NULL, 0, &err), 0);
	assert_int_equal(app_user_edit(st, "nobody", "admin", NULL, 0, &err), -1);

	/* Off and on again: the login works once more. */
	assert_int_equal(app_user_enable(st, "reg", &err), -1);
	assert_non_null(strstr(err.msg, "inte avstängd"));
	/* The only administrator cannot be shut out; with another, she can. */
	assert_int_equal(app_user_disable(st, "reg", &err), -1);
	assert_non_null(strstr(err.msg, "enda administratören"));
	assert_int_equal(app_user_edit(st, "anna", "admin", NULL, 0, &err), 0);
	assert_int_equal(app_user_disable(st, "reg", &err), 0);
	assert_int_equal(app_login(st, "reg", "korvmacka-123", "10.0.0.9", now, &lg, &err), -1);
	assert_int_equal(app_user_enable(st, "reg", &err), 0);
	assert_int_equal(app_login(st, "reg", "korvmacka-123", "10.0.0.9", now + 1, &lg, &err), 0);

	d = app_report_audit(st, &err);
	assert_non_null(d);
	{
		const struct doc_table *t = d->body.children[0]->table;

		for (i = 0; i < t->n_rows; i++) {
			assert_string_equal(t->rows[i]->cells[1].text, "webbanna");
			seen_edit |= strstr(t->rows[i]->cells[2].text, "ändra användare") != NULL;
			seen_on |= strstr(t->rows[i]->cells[2].text, "slå på användare") != NULL;
		}
	}
	assert_true(seen_edit);
	assert_true(seen_on);
	doc_free(d);
	app_close(st);
}

/* The register extract finds the person by the number's keyed hash, and
 * the number is in neither the document nor the audit log. */
static void test_extract(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_participant_fields f;
	struct app_key key;
	struct err err;
	struct doc *d;
	char code[64];

	(void)state;
	memset(&key, 7, sizeof(key));
	memset(&f, 0, sizeof(f));
	f.code = "D042";
	f.sex = "man";
	f.born = "1912";
	f.pnr = "19121212-1212";
	assert_int_equal(app_participant_add(st, &key, &f, &err), 0);
	d = app_participant_extract(st, &key, "191212121212", code, sizeof(code), &err);
	assert_non_null(d);
	assert_string_equal(code, "D042");
	doc_free(d);
	assert_null(app_participant_extract(st, &key, "19121212-1213", code, sizeof(code), &err));
	assert_string_equal(err.field, "pnr");
	assert_null(strstr(err.msg, "1212"));
	assert_null(app_participant_extract(st, &key, "20030312-1230", code, sizeof(code), &err));
	assert_non_null(strstr(err.msg, "ingen deltagare"));
	assert_null(strstr(err.msg, "0312"));
	assert_null(app_participant_extract(st, &key, "", code, sizeof(code), &err));
	assert_string_equal(err.field, "pnr");
	/* Forgotten at her request: no extract by the number any more. */
	assert_int_equal(app_participant_anonymise(st, "D042", code, sizeof(code), &err), 0);
	assert_int_equal(strncmp(code, "anonym-", 7), 0);
	assert_int_equal(app_participant_anonymise(st, code, NULL, 0, &err), -1);
	assert_non_null(strstr(err.msg, "redan avidentifierad"));
	assert_null(app_participant_extract(st, &key, "191212121212", code, sizeof(code), &err));
	assert_non_null(strstr(err.msg, "ingen deltagare"));
	d = app_report_audit(st, &err);
	assert_non_null(d);
	{
		const struct doc_table *t = d->body.children[0]->table;
		size_t i, j;
		int seen = 0;

		for (i = 0; i < t->n_rows; i++) {
			for (j = 0; j < t->n_cols; j++)
				if (t->rows[i]->cells[j].text)
					assert_null(strstr(t->rows[i]->cells[j].text, "1212"));
			seen |= strcmp(t->rows[i]->cells[2].text, "registerutdrag") == 0;
		}
		assert_true(seen);
	}
	doc_free(d);
	app_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_owns),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_passwords),
		cmocka_unit_test(test_throttle),
		cmocka_unit_test(test_session_alive),
		TMPAPP_TEST(test_users_and_login, &tmp),
		TMPAPP_TEST(test_actor, &tmp),
		TMPAPP_TEST(test_user_edit_enable, &tmp),
		TMPAPP_TEST(test_extract, &tmp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
