/*
 * sqlite.c: the SQLite backend of store.h, the embedded default: one file,
 * WAL, foreign keys on. Every statement is prepared once per store, with
 * bound parameters, and reused (fossil's db_static_prepare), which is what
 * lets an import add millions of transactions in seconds.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "store/engine_int.h"
#include "store/migrations.h"
#include "store/sqlite_int.h"
#include "store/store.h"

enum stmt_id {
	Q_ASSOC_GET, Q_ASSOC_SET,
	Q_MEMBER_ADD, Q_MEMBER_LIST,
	Q_YEAR_LIST, Q_YEAR_GET, Q_YEAR_PUT,
	Q_CLEAR_BALANCE, Q_CLEAR_TRANS, Q_CLEAR_VER, Q_CLEAR_TURNOVER, Q_CLEAR_OBJ_TURNOVER,
	Q_ACCOUNT_PUT, Q_ACCOUNT_TYPE, Q_ACCOUNT_UNIT, Q_ACCOUNT_SRU, Q_ACCOUNT_EACH,
	Q_DIM_PUT, Q_DIM_EACH, Q_OBJECT_PUT, Q_OBJECT_EACH,
	Q_BALANCE_PUT, Q_BALANCE_EACH,
	Q_VER_ADD, Q_TRANS_NEXT, Q_TRANS_ADD, Q_VER_EACH, Q_TRANS_EACH, Q_VER_COUNT, Q_TRANS_COUNT,
	Q_TURNOVER_PUT, Q_BOOKS_BALANCES, Q_BOOKS_TURNOVER, Q_HAS_VERS,
	Q_UNBALANCED, Q_TRANS_SUMS, Q_VER_GET,
	Q_MAP_GET, Q_MAP_CLEAR, Q_MAP_ADD,
	Q_BUDGET_FIND, Q_BUDGET_INSERT, Q_BUDGET_LABEL, Q_BUDGET_CLEAR, Q_BUDGET_LINE_ADD,
	Q_BUDGET_LATEST, Q_BUDGET_GET, Q_BUDGET_LINES,
	Q_SUMS_UNTIL, Q_FORECAST_PUT, Q_FORECAST_DELETE, Q_FORECAST_LIST,
	Q_EVENT_ADD, Q_EVENT_LIST, Q_TEXT_PUT, Q_TEXT_GET, Q_BUDGET_YEARS,
	Q_IV_ADD, Q_IV_BY_ID, Q_IV_BY_NAME, Q_IV_LIST, Q_DEC_ADD, Q_DEC_LIST,
	Q_ACT_ADD, Q_ACT_ATT_ADD, Q_ACT_LIST, Q_ACT_ATT_LIST,
	Q_P_ADD, Q_P_BY_CODE, Q_P_BY_HASH, Q_P_LIST, Q_E_ADD, Q_E_EXIT, Q_E_LIST, Q_E_LIST_ALL,
	Q_P_PURGE, Q_E_SPAN, Q_E_MISORDERED, Q_P_FACTS, Q_P_MAXID,
	Q_ANON_ADD, Q_ANON_LIST, Q_SETTING_GET, Q_SETTING_PUT,
	Q_GOAL_ADD, Q_GOAL_LIST, Q_RG_ADD, Q_RG_LIST, Q_AS_DEL, Q_AS_ADD, Q_AS_LIST, Q_BOARD_ADD,
	Q_BOARD_LIST,
	Q_SURVEY_CLEAR, Q_SURVEY_PRUNE, Q_SURVEY_Q_PUT, Q_SURVEY_A_ADD, Q_SURVEY_EACH,
	Q_OBJ_TURNOVER_PUT, Q_OBJ_TURNOVER_EACH,
	Q_USER_ADD, Q_USER_BY_NAME, Q_USER_BY_ID, Q_USER_LIST, Q_USER_PASSWORD, Q_USER_DISABLE,
	Q_USER_IV_ADD, Q_USER_IV_LIST, Q_SESSION_ADD, Q_SESSION_GET, Q_SESSION_TOUCH, Q_SESSION_DELETE,
	Q_SESSION_DELETE_USER, Q_SESSION_EXPIRE, Q_FAIL_ADD, Q_FAIL_BY_PAIR,
	Q_FAIL_CLEAR_USER, Q_FAIL_CLEAR_PAIR, Q_FAIL_PRUNE,
	Q__MAX
};

/* The text of each statement, in SQL that PostgreSQL accepts as well, so
 * that its backend can share it: no engine's own functions (timestamps are
 * made in C and bound), upserts with ON CONFLICT, ?N for parameters. */
static const char *const sql[Q__MAX] = {
	[Q_ASSOC_GET] = "SELECT name, orgnr, contact, street, postal, phone, fnr, kptyp, currency "
			"FROM association WHERE id = 1",
	[Q_ASSOC_SET] = "INSERT INTO association (id, name, orgnr, contact, street, postal, phone, "
			"fnr, kptyp, currency) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
			"ON CONFLICT (id) DO UPDATE SET name = excluded.name, orgnr = excluded.orgnr, "
			"contact = excluded.contact, street = excluded.street, postal = excluded.postal, "
			"phone = excluded.phone, fnr = excluded.fnr, kptyp = excluded.kptyp, "
			"currency = excluded.currency",
	[Q_MEMBER_ADD] = "INSERT INTO member (name, kind, share_key) VALUES (?1, ?2, ?3) RETURNING id",
	[Q_MEMBER_LIST] = "SELECT id, name, kind, share_key FROM member ORDER BY id",
	[Q_YEAR_LIST] = "SELECT id, start_date, end_date, origin, source FROM fiscal_year "
			"ORDER BY start_date",
	[Q_YEAR_GET] = "SELECT id, start_date, end_date, origin, source FROM fiscal_year "
		       "WHERE substr(end_date, 1, 4) = ?1 ORDER BY end_date DESC LIMIT 1",
	[Q_YEAR_PUT] = "INSERT INTO fiscal_year (start_date, end_date, origin, source) "
		       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (start_date, end_date) DO UPDATE SET "
		       "origin = excluded.origin, source = excluded.source RETURNING id",
	[Q_CLEAR_BALANCE] = "DELETE FROM balance WHERE year_id = ?1",
	[Q_CLEAR_TRANS] = "DELETE FROM trans WHERE year_id = ?1",
	[Q_CLEAR_VER] = "DELETE FROM verification WHERE year_id = ?1",
	[Q_CLEAR_TURNOVER] = "DELETE FROM turnover WHERE year_id = ?1",
	[Q_CLEAR_OBJ_TURNOVER] = "DELETE FROM object_turnover WHERE year_id = ?1",
	[Q_OBJ_TURNOVER_PUT] = "INSERT INTO object_turnover (year_id, account, objects, amount) "
			       "VALUES (?1, ?2, ?3, ?4)",
	[Q_OBJ_TURNOVER_EACH] = "SELECT account, objects, amount FROM object_turnover WHERE year_id = ?1 "
				"ORDER BY account, objects",
	[Q_ACCOUNT_PUT] = "INSERT INTO account (number, name) VALUES (?1, ?2) "
			  "ON CONFLICT (number) DO UPDATE SET name = excluded.name",
	[Q_ACCOUNT_TYPE] = "INSERT INTO account (number, type) VALUES (?1, ?2) "
			   "ON CONFLICT (number) DO UPDATE SET type = excluded.type",
	[Q_ACCOUNT_UNIT] = "INSERT INTO account (number, unit) VALUES (?1, ?2) "
			   "ON CONFLICT (number) DO UPDATE SET unit = excluded.unit",
	[Q_ACCOUNT_SRU] = "INSERT INTO account (number, sru) VALUES (?1, ?2) "
			  "ON CONFLICT (number) DO UPDATE SET sru = excluded.sru",
	[Q_ACCOUNT_EACH] = "SELECT number, name, type, unit, sru FROM account ORDER BY number",
	[Q_DIM_PUT] = "INSERT INTO dimension (number, name, parent) VALUES (?1, ?2, ?3) "
		      "ON CONFLICT (number) DO UPDATE SET name = excluded.name, parent = excluded.parent",
	[Q_DIM_EACH] = "SELECT number, name, parent FROM dimension ORDER BY parent <> 0, number",
	[Q_OBJECT_PUT] = "INSERT INTO object (dim, code, name) VALUES (?1, ?2, ?3) "
			 "ON CONFLICT (dim, code) DO UPDATE SET name = excluded.name",
	[Q_OBJECT_EACH] = "SELECT dim, code, name FROM object ORDER BY dim, code",
	[Q_BALANCE_PUT] = "INSERT INTO balance (year_id, kind, account, period, objects, amount, quantity) "
			  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
			  "ON CONFLICT (year_id, kind, account, period, objects) DO UPDATE SET "
			  "amount = excluded.amount, quantity = excluded.quantity",
	[Q_BALANCE_EACH] = "SELECT kind, account, period, objects, amount, quantity FROM balance "
			   "WHERE year_id = ?1 ORDER BY CASE kind WHEN 'ib' THEN 0 WHEN 'ub' THEN 1 "
			   "WHEN 'oib' THEN 2 WHEN 'oub' THEN 3 WHEN 'res' THEN 4 WHEN 'psaldo' THEN 5 "
			   "ELSE 6 END, account, period, objects",
	/* Its transactions follow it: the first gets the id after the last
	 * (migration 0019), ?8. */
	[Q_VER_ADD] = "INSERT INTO verification (year_id, series, number, date, text, regdate, sign, trans_first) "
		      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[Q_TRANS_NEXT] = "SELECT coalesce(max(id), 0) + 1 FROM trans",
	[Q_TRANS_ADD] = "INSERT INTO trans (year_id, ver_id, kind, account, objects, amount, date, "
			"text, quantity, sign) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[Q_VER_EACH] = "SELECT id, series, number, date, text, regdate, sign FROM verification "
		       "WHERE year_id = ?1 ORDER BY id",
	[Q_TRANS_EACH] = "SELECT ver_id, kind, account, objects, amount, date, text, quantity, sign "
			 "FROM trans WHERE year_id = ?1 ORDER BY id",
	[Q_VER_COUNT] = "SELECT count(*) FROM verification WHERE year_id = ?1",
	[Q_TRANS_COUNT] = "SELECT count(*) FROM trans WHERE year_id = ?1",
	[Q_TURNOVER_PUT] = "INSERT INTO turnover (year_id, account, amount, debit, credit) VALUES (?1, ?2, ?3, ?4, ?5) "
			   "ON CONFLICT (year_id, account) DO UPDATE SET amount = excluded.amount, "
			   "debit = excluded.debit, credit = excluded.credit",
	[Q_BOOKS_BALANCES] = "SELECT account, kind, amount FROM balance WHERE year_id = ?1 "
			     "AND kind IN ('ib', 'ub', 'res') AND period = 0 AND objects = '' "
			     "ORDER BY account",
	[Q_BOOKS_TURNOVER] = "SELECT account, amount, debit, credit FROM turnover WHERE year_id = ?1 ORDER BY account",
	/* Stops at the first row: counting a million verifications would
	 * cost more than the statements themselves. Without an index it may
	 * read past other years' rows first, which is still cheap. */
	[Q_HAS_VERS] = "SELECT count(*) FROM (SELECT 1 FROM verification WHERE year_id = ?1 LIMIT 1) AS t",
	[Q_UNBALANCED] = "SELECT v.series, v.number, v.date, u.total FROM "
			 "(SELECT ver_id, SUM(amount) AS total FROM trans WHERE year_id = ?1 AND kind <> 2 "
			 "GROUP BY ver_id HAVING SUM(amount) <> 0) AS u "
			 "JOIN verification v ON v.id = u.ver_id ORDER BY u.ver_id",
	[Q_TRANS_SUMS] = "SELECT ver_id, amount FROM trans WHERE year_id = ?1 AND kind <> 2 ORDER BY id",
	[Q_VER_GET] = "SELECT series, number, date FROM verification WHERE id = ?1",
	[Q_MAP_GET] = "SELECT from_key, to_key, line FROM account_map ORDER BY id",
	[Q_MAP_CLEAR] = "DELETE FROM account_map",
	[Q_MAP_ADD] = "INSERT INTO account_map (from_key, to_key, line) VALUES (?1, ?2, ?3)",
	[Q_BUDGET_FIND] = "SELECT id FROM budget WHERE year = ?1 AND version = ?2",
	[Q_BUDGET_INSERT] = "INSERT INTO budget (year, version, label, created_at) "
			    "VALUES (?1, ?2, ?3, ?4)",
	[Q_BUDGET_LABEL] = "UPDATE budget SET label = ?2 WHERE id = ?1",
	[Q_BUDGET_CLEAR] = "DELETE FROM budget_line WHERE budget_id = ?1",
	[Q_BUDGET_LINE_ADD] = "INSERT INTO budget_line (budget_id, position, kind, grp, name, amount, "
			      "accounts, objects) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[Q_BUDGET_LATEST] = "SELECT coalesce(max(version), 0) FROM budget WHERE year = ?1",
	[Q_BUDGET_GET] = "SELECT id, version, label FROM budget WHERE year = ?1 AND version = ?2",
	[Q_BUDGET_LINES] = "SELECT kind, grp, name, amount, accounts, objects FROM budget_line "
			   "WHERE budget_id = ?1 ORDER BY position",
	[Q_SUMS_UNTIL] = "SELECT t.account, t.objects, sum(t.amount) FROM trans t "
			 "JOIN verification v ON v.id = t.ver_id "
			 "WHERE v.year_id = ?1 AND v.date <= ?2 AND t.kind <> 2 "
			 "GROUP BY t.account, t.objects ORDER BY t.account, t.objects",
	[Q_FORECAST_PUT] = "INSERT INTO forecast (year, area, amount, comment) VALUES (?1, ?2, ?3, ?4) "
			   "ON CONFLICT (year, area) DO UPDATE SET amount = excluded.amount, "
			   "comment = excluded.comment",
	[Q_FORECAST_DELETE] = "DELETE FROM forecast WHERE year = ?1 AND area = ?2",
	[Q_FORECAST_LIST] = "SELECT area, amount, comment FROM forecast WHERE year = ?1 ORDER BY area",
	[Q_EVENT_ADD] = "INSERT INTO event (date, kind, title) VALUES (?1, ?2, ?3)",
	[Q_EVENT_LIST] = "SELECT date, kind, title, id FROM event ORDER BY date, id",
	[Q_TEXT_PUT] = "INSERT INTO plan_text (year, section, markdown, updated_at) "
		       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (year, section) DO UPDATE SET "
		       "markdown = excluded.markdown, updated_at = excluded.updated_at",
	[Q_TEXT_GET] = "SELECT markdown FROM plan_text WHERE year = ?1 AND section = ?2",
	[Q_BUDGET_YEARS] = "SELECT DISTINCT year FROM budget ORDER BY year",
#define IV_COLS "id, name, kind, owner, partners, target_group, age_min, age_max, start_date, " \
		"end_date, purpose, accounts, objects, participant_start, participant_end, goals"
	[Q_IV_ADD] = "INSERT INTO intervention (name, kind, owner, partners, target_group, age_min, "
		     "age_max, start_date, end_date, purpose, accounts, objects, participant_start, "
		     "participant_end, goals) "
		     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
	[Q_IV_BY_ID] = "SELECT " IV_COLS " FROM intervention WHERE id = ?1",
	[Q_IV_BY_NAME] = "SELECT " IV_COLS " FROM intervention WHERE name = ?1",
	[Q_IV_LIST] = "SELECT " IV_COLS " FROM intervention ORDER BY id",
	[Q_DEC_ADD] = "INSERT INTO decision (intervention_id, meeting_date, amount, year_from, year_to, note) "
		      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[Q_DEC_LIST] = "SELECT id, intervention_id, meeting_date, amount, year_from, year_to, note "
		       "FROM decision ORDER BY meeting_date, id",
	[Q_ACT_ADD] = "INSERT INTO activity (name, date, kind, organiser, meetings, persons) "
		      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[Q_ACT_ATT_ADD] = "INSERT INTO activity_attendance (activity_id, organisation, attendees) "
			  "VALUES (?1, ?2, ?3)",
	[Q_ACT_LIST] = "SELECT id, name, date, kind, organiser, meetings, persons FROM activity "
		       "WHERE ?1 = 0 OR substr(date, 1, 4) = ?2 ORDER BY date, id",
	[Q_P_ADD] = "INSERT INTO participant (code, pnr_hash, sex, birth_year, education) "
		    "VALUES (?1, ?2, ?3, ?4, ?5)",
#define P_COLS "id, code, coalesce(pnr_hash, ''), sex, birth_year, education"
	[Q_P_BY_CODE] = "SELECT " P_COLS " FROM participant WHERE code = ?1",
	[Q_P_BY_HASH] = "SELECT " P_COLS " FROM participant WHERE pnr_hash = ?1",
	[Q_P_LIST] = "SELECT " P_COLS " FROM participant ORDER BY code",
	[Q_E_ADD] = "INSERT INTO enrolment (participant_id, intervention_id, enrolled, support_before, "
		    "time_in_support) VALUES (?1, ?2, ?3, ?4, ?5)",
	[Q_E_EXIT] = "UPDATE enrolment SET exited = ?2, exit_reason = ?3, support_after = ?4 WHERE id = ?1",
#define E_COLS "id, participant_id, intervention_id, enrolled, support_before, time_in_support, " \
	       "exited, coalesce(exit_reason, ''), coalesce(support_after, '')"
	[Q_E_LIST] = "SELECT " E_COLS " FROM enrolment WHERE participant_id = ?1 ORDER BY enrolled, id",
	[Q_E_LIST_ALL] = "SELECT " E_COLS " FROM enrolment ORDER BY id",
	[Q_E_MISORDERED] = "SELECT " E_COLS " FROM enrolment WHERE exited < enrolled ORDER BY id",
	[Q_P_PURGE] = "UPDATE participant SET code = 'anonym-' || id, pnr_hash = NULL "
		      "WHERE code NOT LIKE 'anonym-%' AND id IN (SELECT participant_id FROM enrolment "
		      "GROUP BY participant_id HAVING max(coalesce(exited, '9999-12-31')) < ?1)",
	[Q_E_SPAN] = "SELECT participant_id, enrolled, support_before, time_in_support, exited, "
		     "coalesce(exit_reason, ''), coalesce(support_after, ''), intervention_id FROM enrolment "
		     "WHERE enrolled <= ?1 AND (exited IS NULL OR exited >= ?2) "
		     "AND (?3 = 0 OR intervention_id = ?3)",
	[Q_P_FACTS] = "SELECT id, sex, birth_year, education FROM participant",
	[Q_P_MAXID] = "SELECT coalesce(max(id), 0) FROM participant",
	[Q_ANON_ADD] = "INSERT INTO anonymous_count (intervention_id, period_start, period_end, women, men, "
		       "note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[Q_ANON_LIST] = "SELECT id, intervention_id, period_start, period_end, women, men, note "
			"FROM anonymous_count WHERE (?1 = 0 OR period_start BETWEEN ?2 AND ?3) "
			"AND (?4 = 0 OR intervention_id = ?4) ORDER BY period_start, id",
	[Q_SETTING_GET] = "SELECT value FROM setting WHERE key = ?1",
	[Q_GOAL_ADD] = "INSERT INTO goal (year, number, title, area, description) VALUES (?1, ?2, ?3, ?4, ?5)",
	[Q_GOAL_LIST] = "SELECT id, year, number, title, area, description FROM goal WHERE year = ?1 "
			"ORDER BY number",
	[Q_RG_ADD] = "INSERT INTO result_goal (goal_id, number, text, follow_up, indicator, intervention_id, "
		     "target, at_most, unit) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[Q_RG_LIST] = "SELECT r.id, r.goal_id, r.number, r.text, r.follow_up, r.indicator, "
		      "coalesce(r.intervention_id, 0), r.target, r.at_most, r.unit FROM result_goal r "
		      "JOIN goal g ON g.id = r.goal_id WHERE g.year = ?1 ORDER BY g.number, r.number",
	[Q_AS_DEL] = "DELETE FROM assessment WHERE goal_id = ?1 AND coalesce(result_goal_id, 0) = ?2 "
		     "AND year = ?3 AND period = ?4",
	[Q_AS_ADD] = "INSERT INTO assessment (goal_id, result_goal_id, year, period, status, value, comment, "
		     "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[Q_AS_LIST] = "SELECT id, goal_id, coalesce(result_goal_id, 0), year, period, status, value, comment "
		      "FROM assessment WHERE year = ?1 ORDER BY goal_id, coalesce(result_goal_id, 0), period",
	[Q_BOARD_ADD] = "INSERT INTO board_member (year, name, role, appointed_by) VALUES (?1, ?2, ?3, ?4)",
	[Q_BOARD_LIST] = "SELECT id, year, name, role, appointed_by FROM board_member WHERE year = ?1 "
			 "ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 "
			 "ELSE 3 END, id",
	[Q_SETTING_PUT] = "INSERT INTO setting (key, value) VALUES (?1, ?2) "
			  "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
	[Q_ACT_ATT_LIST] = "SELECT organisation, attendees FROM activity_attendance WHERE activity_id = ?1 "
			   "ORDER BY organisation",
	[Q_SURVEY_CLEAR] = "DELETE FROM survey_answer WHERE coalesce(intervention_id, 0) = ?3 AND question_id IN "
			   "(SELECT id FROM survey_question WHERE year = ?1 AND grp = ?2)",
	[Q_SURVEY_PRUNE] = "DELETE FROM survey_question WHERE year = ?1 AND grp = ?2 AND NOT EXISTS "
			   "(SELECT 1 FROM survey_answer a WHERE a.question_id = survey_question.id)",
	[Q_SURVEY_Q_PUT] = "INSERT INTO survey_question (year, grp, code, text) VALUES (?1, ?2, ?3, ?4) "
			   "ON CONFLICT (year, grp, code) DO UPDATE SET text = excluded.text RETURNING id",
	[Q_SURVEY_A_ADD] = "INSERT INTO survey_answer (question_id, intervention_id, sex, n1, n2, n3, n4, n5, n6) "
			   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[Q_SURVEY_EACH] = "SELECT q.grp, q.code, q.text, coalesce(a.intervention_id, 0), a.sex, "
			  "a.n1, a.n2, a.n3, a.n4, a.n5, a.n6 FROM survey_answer a "
			  "JOIN survey_question q ON q.id = a.question_id "
			  "WHERE q.year = ?1 AND (?2 = 0 OR a.intervention_id = ?2) ORDER BY q.grp, q.code, a.id",
	[Q_USER_ADD] = "INSERT INTO app_user (name, role, password_hash, disabled, created_at) "
		       "VALUES (?1, ?2, ?3, 0, ?4)",
#define USER_COLS "id, name, role, disabled, created_at, password_hash"
	[Q_USER_BY_NAME] = "SELECT " USER_COLS " FROM app_user WHERE name = ?1",
	[Q_USER_BY_ID] = "SELECT " USER_COLS " FROM app_user WHERE id = ?1",
	[Q_USER_LIST] = "SELECT " USER_COLS " FROM app_user ORDER BY name",
	[Q_USER_PASSWORD] = "UPDATE app_user SET password_hash = ?2 WHERE id = ?1",
	[Q_USER_DISABLE] = "UPDATE app_user SET disabled = 1 WHERE id = ?1",
	[Q_USER_IV_ADD] = "INSERT INTO user_intervention (user_id, intervention_id) VALUES (?1, ?2) "
			  "ON CONFLICT (user_id, intervention_id) DO NOTHING",
	[Q_USER_IV_LIST] = "SELECT intervention_id FROM user_intervention WHERE user_id = ?1 "
			   "ORDER BY intervention_id",
	[Q_SESSION_ADD] = "INSERT INTO session (token_hash, user_id, created, last_seen, csrf, address) "
			  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[Q_SESSION_GET] = "SELECT token_hash, user_id, created, last_seen, csrf, address FROM session "
			  "WHERE token_hash = ?1",
	[Q_SESSION_TOUCH] = "UPDATE session SET last_seen = ?2 WHERE token_hash = ?1",
	[Q_SESSION_DELETE] = "DELETE FROM session WHERE token_hash = ?1",
	[Q_SESSION_DELETE_USER] = "DELETE FROM session WHERE user_id = ?1",
	[Q_SESSION_EXPIRE] = "DELETE FROM session WHERE last_seen < ?1 OR created < ?2",
	[Q_FAIL_ADD] = "INSERT INTO login_failure (user_name, address, at) VALUES (?1, ?2, ?3)",
	[Q_FAIL_BY_PAIR] = "SELECT at FROM login_failure WHERE user_name = ?1 AND address = ?2 AND at > ?3 "
			   "ORDER BY at",
	[Q_FAIL_CLEAR_USER] = "DELETE FROM login_failure WHERE user_name = ?1",
	[Q_FAIL_CLEAR_PAIR] = "DELETE FROM login_failure WHERE user_name = ?1 AND address = ?2",
	[Q_FAIL_PRUNE] = "DELETE FROM login_failure WHERE at <= ?1",
};

/* struct store is in sqlite_int.h, shared with the domain files. */

/* How long a statement waits for another writer (milliseconds), and what
 * is told when a wait goes on for more than a second: set once by the
 * front end before any database is opened. */
static long wait_limit_ms = STORE_WAIT_DEFAULT_MS;
static void (*wait_notice)(long limit_ms);

void store_wait_set(long ms, void (*notice)(long limit_ms))
{
	wait_limit_ms = ms < 0 ? 0 : ms;
	wait_notice = notice;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* SQLite's busy handler: called while another connection holds the write
 * lock, count 0 at the start of each wait. Sleeps a little longer each
 * time (as SQLite's own timeout does) until the limit; 0 gives up, and
 * the statement fails with SQLITE_BUSY. */
static int busy_wait(void *arg, int count)
{
	static const int steps[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 };
	struct store *st = arg;
	int64_t now = now_ms(), left;
	int step = steps[count < 12 ? count : 11];
	struct timespec ts;

	if (count == 0) {
		st->wait_start_ms = now;
		st->noticed = 0;
	}
	left = wait_limit_ms - (now - st->wait_start_ms);
	if (st->no_wait || left <= 0)
		return 0;
	if (!st->noticed && now - st->wait_start_ms >= 1000) {
		st->noticed = 1;
		if (wait_notice)
			wait_notice(wait_limit_ms);
	}
	if (step > left)
		step = (int)left;
	ts.tv_sec = step / 1000;
	ts.tv_nsec = (long)(step % 1000) * 1000000L;
	nanosleep(&ts, NULL);
	return 1;
}

/* 1 when rc (a result code, extended or not) says another connection holds
 * the database. */
static int is_busy(int rc)
{
	return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* The busy database as its own kind of error (err->busy), so that the
 * front ends can say "try again later" rather than report a fault. */
static int busy_error(struct store *st, struct err *err)
{
	st->busy = 1;
	if (st->no_wait || wait_limit_ms < 1000)
		err_set(err, "databasen är upptagen av en annan skrivning (till exempel en inläsning)");
	else
		err_set(err, "databasen är upptagen av en annan skrivning (till exempel en inläsning) och blev "
			"inte ledig på %ld s; försök igen när den är klar", wait_limit_ms / 1000);
	return err_busy(err);
}

int store_busy_taken(struct store *st)
{
	int busy = st && st->busy;

	if (st)
		st->busy = 0;
	return busy;
}

int sq_db_error(struct store *st, struct err *err, const char *what)
{
	if (is_busy(sqlite3_errcode(st->db)))
		return busy_error(st, err);
	return err_set(err, "databasfel (%s): %s", what, sqlite3_errmsg(st->db));
}

/* The prepared statement for id, reset. */
static sqlite3_stmt *q(struct store *st, enum stmt_id id, struct err *err)
{
	sqlite3_stmt *s;

	if (!st->db) {
		err_set(err, "det här går ännu inte i en PostgreSQL-databas");
		return NULL;
	}
	s = st->stmt[id];

	/* A statement still stepping belongs to a read whose callback called
	 * the same read again: resetting it would end the outer one. */
	if (s && sqlite3_stmt_busy(s)) {
		err_set(err, "en läsning ur databasen pågår redan (anropad på nytt inifrån sig själv)");
		return NULL;
	}
	if (!s) {
		if (sqlite3_prepare_v3(st->db, sql[id], -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
			sq_db_error(st, err, "förbereda fråga");
			return NULL;
		}
		st->stmt[id] = s;
	} else {
		/* Every caller binds every parameter, so the bindings need no
		 * clearing: that saves measurable time on bulk inserts. */
		sqlite3_reset(s);
	}
	return s;
}

sqlite3_stmt *sq_stmt(struct store *st, const char *text, struct err *err)
{
	sqlite3_stmt *s = NULL;
	int i;

	if (!st->db) {
		err_set(err, "det här går ännu inte i en PostgreSQL-databas");
		return NULL;
	}

	for (i = 0; i < st->n_extra; i++)
		if (st->extra[i].sql == text) {
			s = st->extra[i].stmt;
			break;
		}
	if (s && sqlite3_stmt_busy(s)) {
		err_set(err, "en läsning ur databasen pågår redan (anropad på nytt inifrån sig själv)");
		return NULL;
	}
	if (s) {
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		return s;
	}
	if (sqlite3_prepare_v3(st->db, text, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		sq_db_error(st, err, "förbereda fråga");
		return NULL;
	}
	st->extra = xgrow(st->extra, sizeof(*st->extra), (size_t)st->n_extra + 1, &st->cap_extra);
	st->extra[st->n_extra].sql = text;
	st->extra[st->n_extra].stmt = s;
	st->n_extra++;
	return s;
}

static size_t stmt_slot(const struct store *st, const char *key)
{
	uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull;

	return (size_t)(h >> 32) & (st->cap_q - 1);
}

struct stmt *store_stmt_find(struct store *st, const char *key)
{
	size_t i;

	if (!st->cap_q)
		return NULL;
	for (i = stmt_slot(st, key); st->q[i]; i = (i + 1) & (st->cap_q - 1))
		if (st->q[i]->key == key)
			return st->q[i];
	return NULL;
}

void store_stmt_keep(struct store *st, struct stmt *s)
{
	size_t i;

	if (2 * (st->n_q + 1) > st->cap_q) {
		struct stmt **old = st->q;
		size_t old_cap = st->cap_q;

		st->cap_q = old_cap ? 2 * old_cap : 256;
		st->q = xcalloc(st->cap_q, sizeof(*st->q));
		st->n_q = 0;
		for (i = 0; i < old_cap; i++)
			if (old[i])
				store_stmt_keep(st, old[i]);
		free(old);
	}
	for (i = stmt_slot(st, s->key); st->q[i]; i = (i + 1) & (st->cap_q - 1))
		;
	st->q[i] = s;
	st->n_q++;
}

struct pg_conn *store_pg(const struct store *st)
{
	return st->pg;
}

void store_busy_note(struct store *st)
{
	st->busy = 1;
}

/* Binds a borrowed string (NULL binds NULL). The string must outlive the
 * step, which it does: every statement here is stepped within the call. */
void sq_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

/* "YYYY-MM-DD" by hand: an import formats a million dates, and snprintf
 * costs as much as a third of the insert that stores one. */
const char *sq_format_date(char buf[11], struct date d)
{
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, dd = (unsigned)d.d % 100u;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + dd / 10);
	buf[9] = (char)('0' + dd % 10);
	buf[10] = '\0';
	return buf;
}

void sq_bind_date(sqlite3_stmt *s, int i, struct date d, char buf[11])
{
	if (date_is_set(d))
		sqlite3_bind_text(s, i, sq_format_date(buf, d), 10, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

/* The time now in UTC, as strftime's fmt puts it. */
const char *sq_utc_now(char *buf, size_t n, const char *fmt)
{
	time_t t = time(NULL);
	struct tm tm;

	if (!gmtime_r(&t, &tm) || strftime(buf, n, fmt, &tm) == 0)
		buf[0] = '\0';
	return buf;
}


struct date sq_col_date(sqlite3_stmt *s, int i)
{
	struct date d = { 0, 0, 0 };
	const char *t = (const char *)sqlite3_column_text(s, i);

	if (t)
		date_parse(t, &d, NULL);
	return d;
}

const char *sq_col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* Copies a text column into dst (n bytes), cut to fit. Without snprintf:
 * this runs for every column of every enrolment in the statistics. */
void sq_copy_col(char *dst, size_t n, sqlite3_stmt *s, int i)
{
	const char *t = sq_col_text(s, i);
	size_t len = t ? (size_t)sqlite3_column_bytes(s, i) : 0;

	if (len >= n)
		len = n - 1;
	if (len)
		memcpy(dst, t, len);
	dst[len] = '\0';
}

/* Steps a statement that returns no rows. */
int sq_exec_step(struct store *st, sqlite3_stmt *s, struct err *err, const char *what)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return sq_db_error(st, err, what);
	return 0;
}

int sq_exec_one(struct store *st, sqlite3_stmt *s, const char *what, struct err *err)
{
	if (sq_exec_step(st, s, err, what) < 0)
		return -1;
	return sqlite3_changes(st->db) > 0 ? 0 : STORE_NOT_FOUND;
}

int sq_delete_id(struct store *st, const char *text, int64_t id, const char *what, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, text, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_exec_one(st, s, what, err);
}

/* Reads every row of the prepared statement s into an array of elements of
 * `size` bytes, each zeroed and then filled by fill; *out is NULL when
 * there are none. On an error nothing is returned and what describes what
 * was being read. The statement is reset either way. */
int sq_read_rows(struct store *st, sqlite3_stmt *s, size_t size, void (*fill)(sqlite3_stmt *s, void *row),
		     void **out, size_t *n, const char *what, struct err *err)
{
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		char *row;

		*out = xgrow(*out, size, *n + 1, &cap);
		row = (char *)*out + size * (*n)++;
		memset(row, 0, size);
		fill(s, row);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, what);
	}
	return 0;
}

static int exec_sql(struct store *st, const char *text, struct err *err)
{
	char *msg = NULL;

	int rc = sqlite3_exec(st->db, text, NULL, NULL, &msg);

	if (rc != SQLITE_OK) {
		if (is_busy(rc))
			busy_error(st, err);
		else
			err_set(err, "databasfel: %s", msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* Why the file at hand cannot be read, in the words its owner needs. */
static int read_failed(struct store *st, struct err *err)
{
	if (is_busy(sqlite3_errcode(st->db)))
		return busy_error(st, err);
	if (sqlite3_errcode(st->db) == SQLITE_NOTADB)
		return err_set(err, "filen '%s' är ingen finsam-databas (den är inte ens en SQLite-databas)",
			       st->path);
	return err_set(err, "kan inte läsa databasen '%s': %s", st->path, sqlite3_errmsg(st->db));
}

/* What the file holds: *version is the highest migration applied (0 for
 * an empty file), *foreign is 1 when it has tables but not finsam's schema
 * table. The catalogue query is the one SQLite-only statement here: the
 * PostgreSQL backend asks its own catalogue. */
static int read_schema(struct store *st, int *version, int *foreign, struct err *err)
{
	sqlite3_stmt *s = NULL;
	int rc, tables = 0, ours = 0;

	*version = 0;
	*foreign = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &s,
			       NULL) != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *name = sq_col_text(s, 0);

		tables++;
		if (name && strcmp(name, "schema_migrations") == 0)
			ours = 1;
	}
	sqlite3_finalize(s);
	s = NULL;
	if (rc != SQLITE_DONE)
		goto fail;
	if (!ours) {
		*foreign = tables > 0;
		return 0;
	}
	if (sqlite3_prepare_v2(st->db, "SELECT coalesce(max(version), 0) FROM schema_migrations", -1, &s,
			       NULL) != SQLITE_OK ||
	    sqlite3_step(s) != SQLITE_ROW)
		goto fail;
	*version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return 0;
fail:
	read_failed(st, err);
	sqlite3_finalize(s);
	return -1;
}

/* Applies one migration and records it, in a transaction of its own. The
 * version is read again once the write lock is held: another process may
 * have brought the schema up to date while this one waited for it. */
static int apply_migration(struct store *st, const struct migration *m, struct err *err)
{
	sqlite3_stmt *s = NULL;
	char stamp[32];
	int version, foreign;

	if (exec_sql(st, "BEGIN IMMEDIATE", err) < 0)
		return err_prefix(err, "kan inte uppdatera databasen till version %d (%s)", m->version,
				  m->name);
	if (read_schema(st, &version, &foreign, err) < 0)
		goto fail;
	if (version >= m->version)
		return exec_sql(st, "COMMIT", err);
	if (exec_sql(st, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
		     "name TEXT NOT NULL, applied_at TEXT NOT NULL)", err) < 0 ||
	    exec_sql(st, m->sql, err) < 0)
		goto fail;
	if (sqlite3_prepare_v2(st->db, "INSERT INTO schema_migrations (version, name, applied_at) "
			       "VALUES (?1, ?2, ?3)", -1, &s, NULL) != SQLITE_OK) {
		sq_db_error(st, err, "anteckna schemaversionen");
		goto fail;
	}
	sqlite3_bind_int(s, 1, m->version);
	sqlite3_bind_text(s, 2, m->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, sq_utc_now(stamp, sizeof(stamp), STAMP_SQL), -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		sq_db_error(st, err, "anteckna schemaversionen");
		goto fail;
	}
	sqlite3_finalize(s);
	s = NULL;
	if (exec_sql(st, "COMMIT", err) < 0)
		goto fail;
	return 0;
fail:
	sqlite3_finalize(s);
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return err_prefix(err, "kan inte uppdatera databasen till version %d (%s)", m->version, m->name);
}

/* Refuses what is not a finsam database, or is a newer one, before
 * anything is written to it; then applies the migrations it lacks. */
static int migrate(struct store *st, int version, struct err *err)
{
	int known = migrations_count > 0 ? migrations[migrations_count - 1].version : 0;
	size_t i;

	if (version > known)
		return err_set(err, "databasen '%s' har schemaversion %d, men den här versionen av finsam "
			       "känner bara till version %d: uppdatera finsam", st->path, version, known);
	for (i = 0; i < migrations_count; i++) {
		if (migrations[i].version > version && apply_migration(st, &migrations[i], err) < 0)
			return -1;
	}
	return 0;
}

/* SQLite counts every allocation under a global mutex, for statistics
 * finsam never reads; without them an import's inserts take about 8 % fewer
 * instructions. The setting is only taken before the engine starts, and
 * once per process. */
static pthread_once_t engine_once = PTHREAD_ONCE_INIT;

static void engine_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_open(struct store **out, const char *path, enum store_open_mode mode,
	       int *created, struct err *err)
{
	struct store *st;
	struct stat sb;
	int is_new = 0, version, foreign;

	*out = NULL;
	if (created)
		*created = 0;
	if (pg_is_uri(path))
		return pg_store_open(out, path, mode, created, err);
	if (stat(path, &sb) != 0) {
		int fd;

		if (mode != STORE_OPEN_CREATE)
			return err_set(err, "databasen '%s' finns inte (skapa den med 'finsam init' eller "
				       "importera en SIE-fil)", path);
		/* Created by hand so that only its owner can ever read it; the
		 * engine gives the files it keeps beside it the same mode. */
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd < 0)
			return err_set(err, "kan inte skapa databasen '%s': %s", path, strerror(errno));
		close(fd);
		is_new = 1;
	} else if (!S_ISREG(sb.st_mode)) {
		return err_set(err, "'%s' är ingen vanlig fil och kan inte vara en databas", path);
	}
	pthread_once(&engine_once, engine_setup);
	st = xcalloc(1, sizeof(*st));
	st->stmt = xcalloc(Q__MAX, sizeof(*st->stmt));
	st->path = xstrdup(path);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		err_set(err, "kan inte öppna databasen '%s': %s", path,
			st->db ? sqlite3_errmsg(st->db) : "slut på minne");
		goto fail;
	}
	sqlite3_busy_handler(st->db, busy_wait, st);
	sqlite3_extended_result_codes(st->db, 1);
	if (read_schema(st, &version, &foreign, err) < 0)
		goto fail;
	if (foreign) {
		err_set(err, "filen '%s' är ingen finsam-databas (den har tabeller, men inte finsams)", path);
		goto fail;
	}
	/* Larger pages make the bulk inserts of an import cheaper; only a new,
	 * empty database can still choose. */
	if (is_new && exec_sql(st, "PRAGMA page_size = 8192", err) < 0)
		goto fail;
	/* The cache is bounded so that an import of millions of rows stays
	 * within tens of megabytes; the rest goes to the write-ahead log.
	 * Sorting stays in memory, so that no personal data of the participant
	 * register is ever written to a temporary file. */
	if (exec_sql(st, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
		     "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000; "
		     "PRAGMA temp_store = MEMORY", err) < 0)
		goto fail;
	if (migrate(st, version, err) < 0)
		goto fail;
	if (created)
		*created = is_new;
	*out = st;
	return 0;
fail:
	store_close(st);
	if (is_new)
		store_remove(path);
	return -1;
}

void store_remove(const char *path)
{
	static const char *const sides[] = { "-wal", "-shm", "-journal" };
	char side[4096];
	size_t i;

	unlink(path);
	for (i = 0; i < sizeof(sides) / sizeof(sides[0]); i++) {
		if (snprintf(side, sizeof(side), "%s%s", path, sides[i]) < (int)sizeof(side))
			unlink(side);
	}
}

void store_close(struct store *st)
{
	size_t j;
	int i;

	if (!st)
		return;
	if (st->in_tx)
		store_rollback(st);
	for (i = 0; st->stmt && i < Q__MAX; i++)
		sqlite3_finalize(st->stmt[i]);
	free(st->stmt);
	for (i = 0; i < st->n_extra; i++)
		sqlite3_finalize(st->extra[i].stmt);
	free(st->extra);
	for (j = 0; j < st->cap_q; j++) {
		if (st->q[j] && st->q[j]->pg)
			pg_finalize(st->q[j]);
		else
			lite_finalize(st->q[j]);
	}
	free(st->q);
	pg_disconnect(st->pg);
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

int store_schema_version(struct store *st)
{
	int version, foreign;

	if (st->pg)
		return pg_store_version(st, &version, &foreign, NULL) < 0 ? 0 : version;
	if (read_schema(st, &version, &foreign, NULL) < 0)
		return 0;
	return version;
}

int store_begin(struct store *st, struct err *err)
{
	if (st->in_tx)
		return err_set(err, "en transaktion pågår redan");
	if (st->pg ? pg_begin(st, st->no_wait ? 1 : wait_limit_ms, err) < 0 : exec_sql(st, "BEGIN IMMEDIATE", err) < 0)
		return -1;
	st->in_tx = 1;
	st->trans_next = 0;
	return 0;
}

int store_commit(struct store *st, struct err *err)
{
	if (!st->in_tx)
		return err_set(err, "ingen transaktion pågår");
	if (st->pg ? pg_exec(st, "COMMIT", err) < 0 : exec_sql(st, "COMMIT", err) < 0)
		return -1;
	st->in_tx = 0;
	st->trans_next = 0;
	return 0;
}

void store_rollback(struct store *st)
{
	if (!st->in_tx)
		return;
	if (st->pg)
		pg_rollback(st);
	else
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_tx = 0;
	st->trans_next = 0;
}

static void iv_from_row(sqlite3_stmt *s, struct intervention *iv)
{
	enum intervention_kind k = INTERVENTION_INDIVIDUAL;

	memset(iv, 0, sizeof(*iv));
	iv->id = sqlite3_column_int64(s, 0);
	sq_copy_col(iv->name, sizeof(iv->name), s, 1);
	intervention_kind_parse(sq_col_text(s, 2) ? sq_col_text(s, 2) : "", &k);
	iv->kind = k;
	sq_copy_col(iv->owner, sizeof(iv->owner), s, 3);
	sq_copy_col(iv->partners, sizeof(iv->partners), s, 4);
	sq_copy_col(iv->target_group, sizeof(iv->target_group), s, 5);
	iv->age_min = sqlite3_column_int(s, 6);
	iv->age_max = sqlite3_column_int(s, 7);
	iv->start = sq_col_date(s, 8);
	iv->end = sq_col_date(s, 9);
	sq_copy_col(iv->purpose, sizeof(iv->purpose), s, 10);
	sq_copy_col(iv->accounts, sizeof(iv->accounts), s, 11);
	sq_copy_col(iv->objects, sizeof(iv->objects), s, 12);
	iv->p_start = sq_col_date(s, 13);
	iv->p_end = sq_col_date(s, 14);
	sq_copy_col(iv->goals, sizeof(iv->goals), s, 15);
}

void sq_bind_intervention(sqlite3_stmt *s, int first, const struct intervention *iv, char dates[4][11])
{
	sq_bind_text(s, first, iv->name);
	sq_bind_text(s, first + 1, intervention_kind_key(iv->kind));
	sq_bind_text(s, first + 2, iv->owner);
	sq_bind_text(s, first + 3, iv->partners);
	sq_bind_text(s, first + 4, iv->target_group);
	sqlite3_bind_int(s, first + 5, iv->age_min);
	sqlite3_bind_int(s, first + 6, iv->age_max);
	sq_bind_date(s, first + 7, iv->start, dates[0]);
	sq_bind_date(s, first + 8, iv->end, dates[1]);
	sq_bind_text(s, first + 9, iv->purpose);
	sq_bind_text(s, first + 10, iv->accounts);
	sq_bind_text(s, first + 11, iv->objects);
	sq_bind_date(s, first + 12, iv->p_start, dates[2]);
	sq_bind_date(s, first + 13, iv->p_end, dates[3]);
	sq_bind_text(s, first + 14, iv->goals);
}

int store_intervention_add(struct store *st, struct intervention *iv, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_IV_ADD, err);
	char dates[4][11];

	if (!s)
		return -1;
	sq_bind_intervention(s, 1, iv, dates);
	if (sq_exec_step(st, s, err, "spara insatsen") < 0)
		return -1;
	iv->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_intervention_get(struct store *st, int64_t id, const char *name, struct intervention *out,
			   struct err *err)
{
	sqlite3_stmt *s = q(st, id ? Q_IV_BY_ID : Q_IV_BY_NAME, err);
	int rc;

	if (!s)
		return -1;
	if (id)
		sqlite3_bind_int64(s, 1, id);
	else
		sq_bind_text(s, 1, name);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		iv_from_row(s, out);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa insatsen");
}

int store_intervention_list(struct store *st, struct intervention **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_IV_LIST, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		iv_from_row(s, &(*out)[(*n)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa insatserna");
	}
	return 0;
}

int store_decision_add(struct store *st, struct decision *d, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_DEC_ADD, err);
	char dd[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, d->intervention_id);
	sq_bind_date(s, 2, d->meeting, dd);
	sqlite3_bind_int64(s, 3, d->amount);
	sqlite3_bind_int(s, 4, d->year_from);
	sqlite3_bind_int(s, 5, d->year_to);
	sq_bind_text(s, 6, d->note);
	if (sq_exec_step(st, s, err, "spara beslutet") < 0)
		return -1;
	d->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_decision_list(struct store *st, struct decision **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_DEC_LIST, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct decision *d;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		d = &(*out)[(*n)++];
		memset(d, 0, sizeof(*d));
		d->id = sqlite3_column_int64(s, 0);
		d->intervention_id = sqlite3_column_int64(s, 1);
		d->meeting = sq_col_date(s, 2);
		d->amount = sqlite3_column_int64(s, 3);
		d->year_from = sqlite3_column_int(s, 4);
		d->year_to = sqlite3_column_int(s, 5);
		sq_copy_col(d->note, sizeof(d->note), s, 6);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa besluten");
	}
	return 0;
}

int store_activity_add(struct store *st, struct activity *a, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_ACT_ADD, err);
	char d[11];
	size_t i;

	if (!s)
		return -1;
	sq_bind_text(s, 1, a->name);
	sq_bind_date(s, 2, a->date, d);
	sq_bind_text(s, 3, activity_kind_key(a->kind));
	sq_bind_text(s, 4, a->organiser);
	sq_bind_activity_counts(s, 5, a);
	if (sq_exec_step(st, s, err, "spara aktiviteten") < 0)
		return -1;
	a->id = sqlite3_last_insert_rowid(st->db);
	for (i = 0; i < a->n_attendance; i++) {
		s = q(st, Q_ACT_ATT_ADD, err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, a->id);
		sq_bind_text(s, 2, a->attendance[i].organisation);
		sqlite3_bind_int64(s, 3, a->attendance[i].attendees);
		if (sq_exec_step(st, s, err, "spara deltagarna") < 0)
			return err_prefix(err, "organisationen %s står två gånger?", a->attendance[i].organisation);
	}
	return 0;
}

int store_activity_list(struct store *st, int year, struct activity **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_ACT_LIST, err);
	char y[8];
	size_t cap = 0, i;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	snprintf(y, sizeof(y), "%04d", year % 10000);
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_text(s, 2, y, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct activity *a;
		enum activity_kind k = ACTIVITY_STRUCTURAL;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		a = &(*out)[(*n)++];
		memset(a, 0, sizeof(*a));
		a->id = sqlite3_column_int64(s, 0);
		sq_copy_col(a->name, sizeof(a->name), s, 1);
		a->date = sq_col_date(s, 2);
		activity_kind_parse(sq_col_text(s, 3) ? sq_col_text(s, 3) : "", &k);
		a->kind = k;
		sq_copy_col(a->organiser, sizeof(a->organiser), s, 4);
		sq_activity_counts(s, 5, a);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		goto fail;
	for (i = 0; i < *n; i++) {
		struct activity *a = &(*out)[i];
		size_t acap = 0;

		s = q(st, Q_ACT_ATT_LIST, err);
		if (!s)
			goto fail_quiet;
		sqlite3_bind_int64(s, 1, a->id);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			a->attendance = xgrow(a->attendance, sizeof(*a->attendance), a->n_attendance + 1, &acap);
			sq_copy_col(a->attendance[a->n_attendance].organisation,
				 sizeof(a->attendance[a->n_attendance].organisation), s, 0);
			a->attendance[a->n_attendance++].attendees = sqlite3_column_int64(s, 1);
		}
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			goto fail;
	}
	return 0;
fail:
	sq_db_error(st, err, "läsa aktiviteterna");
fail_quiet:
	for (i = 0; i < *n; i++)
		activity_release(&(*out)[i]);
	free(*out);
	*out = NULL;
	*n = 0;
	return -1;
}

static void participant_from_row(sqlite3_stmt *s, struct participant *p)
{
	memset(p, 0, sizeof(*p));
	p->id = sqlite3_column_int64(s, 0);
	sq_copy_col(p->code, sizeof(p->code), s, 1);
	sq_copy_col(p->pnr_hash, sizeof(p->pnr_hash), s, 2);
	sq_copy_col(p->sex, sizeof(p->sex), s, 3);
	p->birth_year = sqlite3_column_int(s, 4);
	sq_copy_col(p->education, sizeof(p->education), s, 5);
}

int store_participant_add(struct store *st, struct participant *p, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_P_ADD, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, p->code);
	sq_bind_text(s, 2, p->pnr_hash[0] ? p->pnr_hash : NULL);
	sq_bind_text(s, 3, p->sex);
	sqlite3_bind_int(s, 4, p->birth_year);
	sq_bind_text(s, 5, p->education);
	if (sq_exec_step(st, s, err, "spara deltagaren") < 0)
		return -1;
	p->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_participant_find(struct store *st, const char *code, const char *pnr_hash,
			   struct participant *out, struct err *err)
{
	sqlite3_stmt *s = q(st, code ? Q_P_BY_CODE : Q_P_BY_HASH, err);
	int rc;

	if (!s)
		return -1;
	sq_bind_text(s, 1, code ? code : pnr_hash);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		participant_from_row(s, out);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa deltagaren");
}

int store_participant_list(struct store *st, struct participant **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_P_LIST, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		participant_from_row(s, &(*out)[(*n)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa deltagarna");
	}
	return 0;
}

int store_enrolment_add(struct store *st, struct enrolment *e, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_E_ADD, err);
	char d[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, e->participant_id);
	sqlite3_bind_int64(s, 2, e->intervention_id);
	sq_bind_date(s, 3, e->enrolled, d);
	sq_bind_text(s, 4, e->support_before);
	sq_bind_text(s, 5, e->time_in_support);
	if (sq_exec_step(st, s, err, "spara inskrivningen") < 0)
		return -1;
	e->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_enrolment_exit(struct store *st, const struct enrolment *e, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_E_EXIT, err);
	char d[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, e->id);
	sq_bind_date(s, 2, e->exited, d);
	sq_bind_text(s, 3, e->exit_reason[0] ? e->exit_reason : NULL);
	sq_bind_text(s, 4, e->support_after[0] ? e->support_after : NULL);
	return sq_exec_step(st, s, err, "spara avslutet");
}

/* The enrolments statement s (bound) selects, its columns E_COLS. */
static int enrolment_rows(struct store *st, sqlite3_stmt *s, struct enrolment **out, size_t *n, struct err *err)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct enrolment *e;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		e = &(*out)[(*n)++];
		memset(e, 0, sizeof(*e));
		e->id = sqlite3_column_int64(s, 0);
		e->participant_id = sqlite3_column_int64(s, 1);
		e->intervention_id = sqlite3_column_int64(s, 2);
		e->enrolled = sq_col_date(s, 3);
		sq_copy_col(e->support_before, sizeof(e->support_before), s, 4);
		sq_copy_col(e->time_in_support, sizeof(e->time_in_support), s, 5);
		e->exited = sq_col_date(s, 6);
		sq_copy_col(e->exit_reason, sizeof(e->exit_reason), s, 7);
		sq_copy_col(e->support_after, sizeof(e->support_after), s, 8);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa inskrivningarna");
	}
	return 0;
}

int store_enrolment_list(struct store *st, int64_t participant_id, struct enrolment **out, size_t *n,
			 struct err *err)
{
	sqlite3_stmt *s = q(st, participant_id ? Q_E_LIST : Q_E_LIST_ALL, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	if (participant_id)
		sqlite3_bind_int64(s, 1, participant_id);
	return enrolment_rows(st, s, out, n, err);
}

int store_enrolment_list_misordered(struct store *st, struct enrolment **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_E_MISORDERED, err);

	*out = NULL;
	*n = 0;
	return s ? enrolment_rows(st, s, out, n, err) : -1;
}

int store_participant_purge(struct store *st, struct date before, int64_t *count, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_P_PURGE, err);
	char d[11];

	if (!s)
		return -1;
	sq_bind_date(s, 1, before, d);
	if (sq_exec_step(st, s, err, "rensa deltagarna") < 0)
		return -1;
	*count = sqlite3_changes(st->db);
	return 0;
}

/* A date column "YYYY-MM-DD" without the parsing machinery: this runs
 * once per enrolment of the statistics. */
static struct date fast_date(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	struct date d = { 0, 0, 0 };

	if (t && sqlite3_column_bytes(s, i) >= 10) {
		d.y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
		d.m = (t[5] - '0') * 10 + (t[6] - '0');
		d.d = (t[8] - '0') * 10 + (t[9] - '0');
	}
	return d;
}

/* What the statistics need of a participant, kept compactly by id: a
 * join per enrolment costs more than reading the register once. */
struct facts {
	unsigned char sex;        /* 0 none, 1 kvinna, 2 man */
	unsigned char education;  /* index in the vocabulary + 1 */
	short birth_year;
};

int store_enrolment_each(struct store *st, int first, int last, int64_t intervention_id,
			 store_enrolment_fn fn, void *ctx, struct err *err)
{
	const char *const *edu = vocab_words(VOCAB_EDUCATION);
	sqlite3_stmt *s = q(st, Q_P_MAXID, err);
	char end[11], start[11];
	struct facts *facts = NULL;
	struct participant p;
	struct enrolment e;
	int64_t max_id = 0;
	int rc;

	if (!s)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		max_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	facts = xcalloc((size_t)max_id + 1, sizeof(*facts));
	s = q(st, Q_P_FACTS, err);
	if (!s)
		goto fail_quiet;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		const char *sex = sq_col_text(s, 1), *ed = sq_col_text(s, 3);
		int k;

		if (id < 0 || id > max_id)
			continue;
		facts[id].sex = sex && !strcmp(sex, "kvinna") ? 1 : 2;
		facts[id].birth_year = (short)sqlite3_column_int(s, 2);
		for (k = 0; edu[k] && ed; k++)
			if (!strcmp(edu[k], ed))
				facts[id].education = (unsigned char)(k + 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		goto fail;
	s = q(st, Q_E_SPAN, err);
	if (!s)
		goto fail_quiet;
	date_format(end, (struct date){ last, 12, 31 });
	date_format(start, (struct date){ first, 1, 1 });
	sqlite3_bind_text(s, 1, end, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, start, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, intervention_id);
	memset(&p, 0, sizeof(p));
	memset(&e, 0, sizeof(e));
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		const struct facts *f;

		if (id < 0 || id > max_id || !facts[id].sex)
			continue;
		f = &facts[id];
		p.id = e.participant_id = id;
		memcpy(p.sex, f->sex == 1 ? "kvinna" : "man", f->sex == 1 ? 7 : 4);
		p.birth_year = f->birth_year;
		if (f->education)
			memcpy(p.education, edu[f->education - 1], strlen(edu[f->education - 1]) + 1);
		else
			p.education[0] = '\0';
		e.enrolled = fast_date(s, 1);
		sq_copy_col(e.support_before, sizeof(e.support_before), s, 2);
		sq_copy_col(e.time_in_support, sizeof(e.time_in_support), s, 3);
		e.exited = fast_date(s, 4);
		sq_copy_col(e.exit_reason, sizeof(e.exit_reason), s, 5);
		sq_copy_col(e.support_after, sizeof(e.support_after), s, 6);
		e.intervention_id = sqlite3_column_int64(s, 7);
		fn(ctx, &p, &e);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		goto fail;
	free(facts);
	return 0;
fail:
	sq_db_error(st, err, "läsa inskrivningarna");
fail_quiet:
	free(facts);
	return -1;
}

int store_anonymous_add(struct store *st, struct anonymous_count *a, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_ANON_ADD, err);
	char d1[11], d2[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, a->intervention_id);
	sq_bind_date(s, 2, a->from, d1);
	sq_bind_date(s, 3, a->to, d2);
	sqlite3_bind_int64(s, 4, a->women);
	sqlite3_bind_int64(s, 5, a->men);
	sq_bind_text(s, 6, a->note);
	if (sq_exec_step(st, s, err, "spara de anonyma deltagarna") < 0)
		return -1;
	a->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

void sq_fill_anonymous(sqlite3_stmt *s, void *row)
{
	struct anonymous_count *a = row;

	a->id = sqlite3_column_int64(s, 0);
	a->intervention_id = sqlite3_column_int64(s, 1);
	a->from = sq_col_date(s, 2);
	a->to = sq_col_date(s, 3);
	a->women = sqlite3_column_int64(s, 4);
	a->men = sqlite3_column_int64(s, 5);
	sq_copy_col(a->note, sizeof(a->note), s, 6);
}

int store_anonymous_list(struct store *st, int year, int64_t intervention_id, struct anonymous_count **out,
			 size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_ANON_LIST, err);
	char start[11], end[11];

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	date_format(start, (struct date){ year, 1, 1 });
	date_format(end, (struct date){ year, 12, 31 });
	sqlite3_bind_text(s, 2, start, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, end, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 4, intervention_id);
	{
		void *rows;
		int rc = sq_read_rows(st, s, sizeof(**out), sq_fill_anonymous, &rows, n, "läsa de anonyma deltagarna", err);

		*out = rows;
		return rc;
	}
}

int store_goal_add(struct store *st, struct goal *g, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_GOAL_ADD, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, g->year);
	sqlite3_bind_int(s, 2, g->number);
	sq_bind_text(s, 3, g->title);
	sq_bind_text(s, 4, goal_area_key(g->area));
	sq_bind_text(s, 5, g->description);
	if (sq_exec_step(st, s, err, "spara målet") < 0)
		return -1;
	g->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void fill_goal(sqlite3_stmt *s, void *row)
{
	struct goal *g = row;
	enum goal_area area = GOAL_AREA_INDIVIDUAL;

	g->id = sqlite3_column_int64(s, 0);
	g->year = sqlite3_column_int(s, 1);
	g->number = sqlite3_column_int(s, 2);
	sq_copy_col(g->title, sizeof(g->title), s, 3);
	goal_area_parse(sq_col_text(s, 4) ? sq_col_text(s, 4) : "", &area);
	g->area = area;
	sq_copy_col(g->description, sizeof(g->description), s, 5);
}

int store_goal_list(struct store *st, int year, struct goal **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_GOAL_LIST, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	{
		void *rows;
		int rc = sq_read_rows(st, s, sizeof(**out), fill_goal, &rows, n, "läsa målen", err);

		*out = rows;
		return rc;
	}
}

int store_result_goal_add(struct store *st, struct result_goal *r, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_RG_ADD, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, r->goal_id);
	sqlite3_bind_int(s, 2, r->number);
	sq_bind_text(s, 3, r->text);
	sq_bind_text(s, 4, r->follow_up);
	sq_bind_text(s, 5, indicator_kind_key(r->indicator));
	if (r->intervention_id)
		sqlite3_bind_int64(s, 6, r->intervention_id);
	else
		sqlite3_bind_null(s, 6);
	if (r->has_target)
		sqlite3_bind_int64(s, 7, r->target);
	else
		sqlite3_bind_null(s, 7);
	sqlite3_bind_int(s, 8, r->at_most);
	sq_bind_text(s, 9, r->unit);
	if (sq_exec_step(st, s, err, "spara resultatmålet") < 0)
		return -1;
	r->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void fill_result_goal(sqlite3_stmt *s, void *row)
{
	struct result_goal *r = row;
	enum indicator_kind k = IND_NONE;

	r->id = sqlite3_column_int64(s, 0);
	r->goal_id = sqlite3_column_int64(s, 1);
	r->number = sqlite3_column_int(s, 2);
	sq_copy_col(r->text, sizeof(r->text), s, 3);
	sq_copy_col(r->follow_up, sizeof(r->follow_up), s, 4);
	indicator_kind_parse(sq_col_text(s, 5) ? sq_col_text(s, 5) : "", &k);
	r->indicator = k;
	r->intervention_id = sqlite3_column_int64(s, 6);
	r->has_target = sqlite3_column_type(s, 7) != SQLITE_NULL;
	r->target = sqlite3_column_int64(s, 7);
	r->at_most = sqlite3_column_int(s, 8);
	sq_copy_col(r->unit, sizeof(r->unit), s, 9);
}

int store_result_goal_list(struct store *st, int year, struct result_goal **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_RG_LIST, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	{
		void *rows;
		int rc = sq_read_rows(st, s, sizeof(**out), fill_result_goal, &rows, n, "läsa resultatmålen", err);

		*out = rows;
		return rc;
	}
}

int store_assessment_put(struct store *st, struct assessment *a, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_AS_DEL, err);
	char stamp[32];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, a->goal_id);
	sqlite3_bind_int64(s, 2, a->result_goal_id);
	sqlite3_bind_int(s, 3, a->year);
	sq_bind_text(s, 4, goal_period_key(a->period));
	if (sq_exec_step(st, s, err, "ersätta bedömningen") < 0)
		return -1;
	s = q(st, Q_AS_ADD, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, a->goal_id);
	if (a->result_goal_id)
		sqlite3_bind_int64(s, 2, a->result_goal_id);
	else
		sqlite3_bind_null(s, 2);
	sqlite3_bind_int(s, 3, a->year);
	sq_bind_text(s, 4, goal_period_key(a->period));
	sq_bind_text(s, 5, goal_status_key(a->status));
	if (a->has_value)
		sqlite3_bind_int64(s, 6, a->value);
	else
		sqlite3_bind_null(s, 6);
	sq_bind_text(s, 7, a->comment);
	sq_bind_text(s, 8, sq_utc_now(stamp, sizeof(stamp), STAMP_ISO));
	if (sq_exec_step(st, s, err, "spara bedömningen") < 0)
		return -1;
	a->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void fill_assessment(sqlite3_stmt *s, void *row)
{
	struct assessment *a = row;
	enum goal_period period = PERIOD_ANNUAL;
	enum goal_status status = GOAL_NOT_ASSESSED;

	a->id = sqlite3_column_int64(s, 0);
	a->goal_id = sqlite3_column_int64(s, 1);
	a->result_goal_id = sqlite3_column_int64(s, 2);
	a->year = sqlite3_column_int(s, 3);
	goal_period_parse(sq_col_text(s, 4) ? sq_col_text(s, 4) : "", &period);
	a->period = period;
	goal_status_parse(sq_col_text(s, 5) ? sq_col_text(s, 5) : "", &status);
	a->status = status;
	a->has_value = sqlite3_column_type(s, 6) != SQLITE_NULL;
	a->value = sqlite3_column_int64(s, 6);
	sq_copy_col(a->comment, sizeof(a->comment), s, 7);
}

int store_assessment_list(struct store *st, int year, struct assessment **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_AS_LIST, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	{
		void *rows;
		int rc = sq_read_rows(st, s, sizeof(**out), fill_assessment, &rows, n, "läsa bedömningarna", err);

		*out = rows;
		return rc;
	}
}

int store_board_add(struct store *st, struct board_member *b, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_BOARD_ADD, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, b->year);
	sq_bind_text(s, 2, b->name);
	sq_bind_text(s, 3, board_role_key(b->role));
	sq_bind_text(s, 4, b->appointed_by);
	if (sq_exec_step(st, s, err, "spara ledamoten") < 0)
		return -1;
	b->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

void sq_fill_board(sqlite3_stmt *s, void *row)
{
	struct board_member *b = row;
	enum board_role role = BOARD_MEMBER;

	b->id = sqlite3_column_int64(s, 0);
	b->year = sqlite3_column_int(s, 1);
	sq_copy_col(b->name, sizeof(b->name), s, 2);
	board_role_parse(sq_col_text(s, 3) ? sq_col_text(s, 3) : "", &role);
	b->role = role;
	sq_copy_col(b->appointed_by, sizeof(b->appointed_by), s, 4);
}

int store_board_list(struct store *st, int year, struct board_member **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_BOARD_LIST, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	{
		void *rows;
		int rc = sq_read_rows(st, s, sizeof(**out), sq_fill_board, &rows, n, "läsa styrelsen", err);

		*out = rows;
		return rc;
	}
}

int store_survey_clear(struct store *st, int year, enum survey_group group, int64_t intervention_id,
		       int64_t *removed, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SURVEY_CLEAR, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, survey_group_key(group));
	sqlite3_bind_int64(s, 3, intervention_id);
	if (sq_exec_step(st, s, err, "ta bort tidigare enkätsvar") < 0)
		return -1;
	if (removed)
		*removed = sqlite3_changes(st->db);
	s = q(st, Q_SURVEY_PRUNE, err);
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, survey_group_key(group));
	return sq_exec_step(st, s, err, "ta bort frågor utan svar");
}

int store_survey_answer_add(struct store *st, const struct survey_answer *a, struct err *err)
{
	sqlite3_stmt *s;
	int64_t question;
	int i, rc;

	if (!survey_group_key(a->group) || !survey_sex_word(a->sex))
		return err_set(err, "okänd grupp eller okänt kön i ett enkätsvar");
	s = q(st, Q_SURVEY_Q_PUT, err);
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, a->year);
	sq_bind_text(s, 2, survey_group_key(a->group));
	sq_bind_text(s, 3, a->code);
	sq_bind_text(s, 4, a->text);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sq_db_error(st, err, "spara enkätfrågan");
		sqlite3_reset(s);
		return -1;
	}
	question = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	s = q(st, Q_SURVEY_A_ADD, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, question);
	if (a->intervention_id)
		sqlite3_bind_int64(s, 2, a->intervention_id);
	else
		sqlite3_bind_null(s, 2);
	sq_bind_text(s, 3, survey_sex_word(a->sex));
	for (i = 0; i < SURVEY_STEPS; i++)
		sqlite3_bind_int64(s, 4 + i, a->counts[i]);
	rc = sqlite3_step(s);
	if (rc != SQLITE_DONE && sqlite3_extended_errcode(st->db) == SQLITE_CONSTRAINT_UNIQUE)
		rc = SQLITE_CONSTRAINT_UNIQUE;
	sqlite3_reset(s);
	if (rc == SQLITE_CONSTRAINT_UNIQUE)
		return STORE_DUPLICATE;
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "spara enkätsvaret");
	return 0;
}

int store_survey_each(struct store *st, int year, int64_t intervention_id, store_survey_fn fn, void *ctx,
		      struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SURVEY_EACH, err);
	struct survey_answer a;
	int rc, i;

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int64(s, 2, intervention_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		char word[32];

		memset(&a, 0, sizeof(a));
		a.year = year;
		sq_copy_col(word, sizeof(word), s, 0);
		a.group = (enum survey_group)survey_group_match(word);
		sq_copy_col(a.code, sizeof(a.code), s, 1);
		sq_copy_col(a.text, sizeof(a.text), s, 2);
		a.intervention_id = sqlite3_column_int64(s, 3);
		sq_copy_col(word, sizeof(word), s, 4);
		a.sex = (enum survey_sex)survey_sex_match(word);
		for (i = 0; i < SURVEY_STEPS; i++)
			a.counts[i] = sqlite3_column_int64(s, 5 + i);
		if ((int)a.group < 0 || (int)a.sex < 0) {
			sqlite3_reset(s);
			return err_set(err, "databasen har ett enkätsvar med okänd grupp eller okänt kön");
		}
		fn(ctx, &a);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "läsa enkätsvaren");
	return 0;
}

void store_actor_set(struct store *st, const char *actor)
{
	snprintf(st->actor, sizeof(st->actor), "%s", actor ? actor : "");
}

const char *store_actor(const struct store *st)
{
	return st->actor;
}
