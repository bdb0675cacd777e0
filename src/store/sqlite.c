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
	sqlite3_stmt *s = st->stmt[id];

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

int store_is_pg(const struct store *st)
{
	(void)st;
	return 0;
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

int sq_read_one(struct store *st, sqlite3_stmt *s, size_t size, void (*fill)(sqlite3_stmt *s, void *row),
		void *out, const char *what, struct err *err)
{
	void *rows = NULL;
	size_t n = 0;

	if (sq_read_rows(st, s, size, fill, &rows, &n, what, err) < 0)
		return -1;
	if (n == 0)
		return STORE_NOT_FOUND;
	memcpy(out, rows, size);
	free(rows);
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
	for (i = 0; i < Q__MAX; i++)
		sqlite3_finalize(st->stmt[i]);
	free(st->stmt);
	for (i = 0; i < st->n_extra; i++)
		sqlite3_finalize(st->extra[i].stmt);
	free(st->extra);
	for (j = 0; j < st->cap_q; j++)
		lite_finalize(st->q[j]);
	free(st->q);
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

int store_schema_version(struct store *st)
{
	int version, foreign;

	if (read_schema(st, &version, &foreign, NULL) < 0)
		return 0;
	return version;
}

int store_begin(struct store *st, struct err *err)
{
	if (st->in_tx)
		return err_set(err, "en transaktion pågår redan");
	if (exec_sql(st, "BEGIN IMMEDIATE", err) < 0)
		return -1;
	st->in_tx = 1;
	st->trans_next = 0;
	return 0;
}

int store_commit(struct store *st, struct err *err)
{
	if (!st->in_tx)
		return err_set(err, "ingen transaktion pågår");
	if (exec_sql(st, "COMMIT", err) < 0)
		return -1;
	st->in_tx = 0;
	st->trans_next = 0;
	return 0;
}

void store_rollback(struct store *st)
{
	if (!st->in_tx)
		return;
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_tx = 0;
	st->trans_next = 0;
}

int store_association_get(struct store *st, struct association *a, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_ASSOC_GET, err);
	int rc;

	if (!s)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE)
		return STORE_NOT_FOUND;
	if (rc != SQLITE_ROW)
		return sq_db_error(st, err, "läsa förbundet");
	memset(a, 0, sizeof(*a));
	sq_copy_col(a->name, sizeof(a->name), s, 0);
	sq_copy_col(a->orgnr, sizeof(a->orgnr), s, 1);
	sq_copy_col(a->contact, sizeof(a->contact), s, 2);
	sq_copy_col(a->street, sizeof(a->street), s, 3);
	sq_copy_col(a->postal, sizeof(a->postal), s, 4);
	sq_copy_col(a->phone, sizeof(a->phone), s, 5);
	sq_copy_col(a->fnr, sizeof(a->fnr), s, 6);
	sq_copy_col(a->kptyp, sizeof(a->kptyp), s, 7);
	sq_copy_col(a->currency, sizeof(a->currency), s, 8);
	sqlite3_reset(s);
	return 0;
}

int store_association_set(struct store *st, const struct association *a, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_ASSOC_SET, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, a->name);
	sq_bind_text(s, 2, a->orgnr);
	sq_bind_text(s, 3, a->contact);
	sq_bind_text(s, 4, a->street);
	sq_bind_text(s, 5, a->postal);
	sq_bind_text(s, 6, a->phone);
	sq_bind_text(s, 7, a->fnr);
	sq_bind_text(s, 8, a->kptyp);
	sq_bind_text(s, 9, a->currency);
	return sq_exec_step(st, s, err, "spara förbundet");
}

static const char *const member_kinds[] = { "state", "region", "municipality" };

int store_member_add(struct store *st, struct member *m, struct err *err)
{
	sqlite3_stmt *s;

	if ((unsigned)m->kind >= sizeof(member_kinds) / sizeof(member_kinds[0]))
		return err_set(err, "okänd sorts medlem (%d) för '%s'", (int)m->kind, m->name);
	s = q(st, Q_MEMBER_ADD, err);
	if (!s)
		return -1;
	sq_bind_text(s, 1, m->name);
	sq_bind_text(s, 2, member_kinds[m->kind]);
	sqlite3_bind_int64(s, 3, m->key);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sq_db_error(st, err, "spara medlemmen");
		sqlite3_reset(s);
		return -1;
	}
	m->id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

int store_member_list(struct store *st, struct member **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_MEMBER_LIST, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct member *m;
		const char *kind = sq_col_text(s, 2);
		int k;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		m = &(*out)[(*n)++];
		memset(m, 0, sizeof(*m));
		m->id = sqlite3_column_int64(s, 0);
		sq_copy_col(m->name, sizeof(m->name), s, 1);
		for (k = 0; k < 3; k++)
			if (kind && strcmp(kind, member_kinds[k]) == 0)
				m->kind = (enum member_kind)k;
		m->key = sqlite3_column_int64(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa medlemmarna");
	}
	return 0;
}

static void year_from_row(sqlite3_stmt *s, struct fiscal_year *fy)
{
	const char *origin = sq_col_text(s, 3);

	memset(fy, 0, sizeof(*fy));
	fy->id = sqlite3_column_int64(s, 0);
	fy->period.start = sq_col_date(s, 1);
	fy->period.end = sq_col_date(s, 2);
	fy->origin = origin && strcmp(origin, "prior") == 0 ? YEAR_PRIOR : YEAR_BOOKS;
	sq_copy_col(fy->source, sizeof(fy->source), s, 4);
}

int store_year_list(struct store *st, struct fiscal_year **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_YEAR_LIST, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		year_from_row(s, &(*out)[(*n)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa räkenskapsåren");
	}
	return 0;
}

int store_year_get(struct store *st, int label, struct fiscal_year *out, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_YEAR_GET, err);
	char y[8];
	int rc;

	if (!s)
		return -1;
	snprintf(y, sizeof(y), "%04d", label % 10000);
	sqlite3_bind_text(s, 1, y, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		year_from_row(s, out);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return STORE_NOT_FOUND;
	return sq_db_error(st, err, "läsa räkenskapsåret");
}

int store_year_put(struct store *st, struct fiscal_year *fy, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_YEAR_PUT, err);
	char a[11], b[11];

	if (!s)
		return -1;
	sq_bind_date(s, 1, fy->period.start, a);
	sq_bind_date(s, 2, fy->period.end, b);
	sq_bind_text(s, 3, fy->origin == YEAR_PRIOR ? "prior" : "books");
	sq_bind_text(s, 4, fy->source);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sq_db_error(st, err, "spara räkenskapsåret");
		sqlite3_reset(s);
		return -1;
	}
	fy->id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

int store_year_clear(struct store *st, int64_t year_id, struct err *err)
{
	static const enum stmt_id order[] = { Q_CLEAR_BALANCE, Q_CLEAR_TRANS, Q_CLEAR_VER,
					      Q_CLEAR_TURNOVER, Q_CLEAR_OBJ_TURNOVER };
	size_t i;

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		sqlite3_stmt *s = q(st, order[i], err);

		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, year_id);
		if (sq_exec_step(st, s, err, "ta bort årets bokföring") < 0)
			return -1;
	}
	st->trans_next = 0;     /* the last transactions may be gone */
	return 0;
}

static int put2(struct store *st, enum stmt_id id, const char *a, const char *b,
		struct err *err, const char *what)
{
	sqlite3_stmt *s = q(st, id, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, a);
	sq_bind_text(s, 2, b);
	return sq_exec_step(st, s, err, what);
}

int store_account_put(struct store *st, const char *number, const char *name, struct err *err)
{
	return put2(st, Q_ACCOUNT_PUT, number, name ? name : "", err, "spara kontot");
}

int store_account_set_type(struct store *st, const char *number, const char *type, struct err *err)
{
	return put2(st, Q_ACCOUNT_TYPE, number, type, err, "spara kontotypen");
}

int store_account_set_unit(struct store *st, const char *number, const char *unit, struct err *err)
{
	return put2(st, Q_ACCOUNT_UNIT, number, unit, err, "spara kontots enhet");
}

int store_account_set_sru(struct store *st, const char *number, const char *sru, struct err *err)
{
	return put2(st, Q_ACCOUNT_SRU, number, sru, err, "spara kontots SRU-kod");
}

int store_account_each(struct store *st, store_account_fn fn, void *ctx, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_ACCOUNT_EACH, err);
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct account a = { sq_col_text(s, 0), sq_col_text(s, 1), sq_col_text(s, 2), sq_col_text(s, 3),
				     sq_col_text(s, 4) };

		if (fn(ctx, &a, err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa kontoplanen");
}

int store_dimension_put(struct store *st, const struct dimension *d, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_DIM_PUT, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, d->number);
	sq_bind_text(s, 2, d->name ? d->name : "");
	sqlite3_bind_int(s, 3, d->parent);
	return sq_exec_step(st, s, err, "spara dimensionen");
}

int store_dimension_each(struct store *st, store_dimension_fn fn, void *ctx, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_DIM_EACH, err);
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct dimension d = { sqlite3_column_int(s, 0), sq_col_text(s, 1), sqlite3_column_int(s, 2) };

		if (fn(ctx, &d, err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa dimensionerna");
}

int store_object_put(struct store *st, const struct object *o, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_OBJECT_PUT, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, o->dim);
	sq_bind_text(s, 2, o->code);
	sq_bind_text(s, 3, o->name ? o->name : "");
	return sq_exec_step(st, s, err, "spara objektet");
}

int store_object_each(struct store *st, store_object_fn fn, void *ctx, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_OBJECT_EACH, err);
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct object o = { sqlite3_column_int(s, 0), sq_col_text(s, 1), sq_col_text(s, 2) };

		if (fn(ctx, &o, err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa objekten");
}

int store_balance_put(struct store *st, int64_t year_id, const struct balance *b, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_BALANCE_PUT, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	sq_bind_text(s, 2, balance_kind_name(b->kind));
	sq_bind_text(s, 3, b->account);
	sqlite3_bind_int(s, 4, b->period);
	sq_bind_text(s, 5, b->objects ? b->objects : "");
	sqlite3_bind_int64(s, 6, b->amount);
	sq_bind_text(s, 7, b->quantity);
	return sq_exec_step(st, s, err, "spara saldot");
}

int store_balance_each(struct store *st, int64_t year_id, store_balance_fn fn, void *ctx,
		       struct err *err)
{
	sqlite3_stmt *s = q(st, Q_BALANCE_EACH, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct balance b;

		if (balance_kind_parse(sq_col_text(s, 0), &b.kind) < 0) {
			err_set(err, "okänd sorts saldo '%s' i databasen", sq_col_text(s, 0));
			sqlite3_reset(s);
			return -1;
		}
		b.account = sq_col_text(s, 1);
		b.period = sqlite3_column_int(s, 2);
		b.objects = sq_col_text(s, 3);
		b.amount = sqlite3_column_int64(s, 4);
		b.quantity = sq_col_text(s, 5);
		if (fn(ctx, &b, err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa saldona");
}

/* The id the next transaction will get: read once per transaction of the
 * store (a million verifications must not each look it up), kept by
 * store_trans_add, forgotten when the transaction ends or transactions
 * are removed. Outside a transaction another writer may add, so it is
 * read each time. */
static int trans_next(struct store *st, int64_t *next, struct err *err)
{
	sqlite3_stmt *s;

	if (st->in_tx && st->trans_next > 0) {
		*next = st->trans_next;
		return 0;
	}
	if (!(s = q(st, Q_TRANS_NEXT, err)))
		return -1;
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return sq_db_error(st, err, "läsa transaktionernas nästa nummer");
	}
	*next = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (st->in_tx)
		st->trans_next = *next;
	return 0;
}

int store_ver_add(struct store *st, int64_t year_id, struct verification *v, struct err *err)
{
	sqlite3_stmt *s;
	char d1[11], d2[11];
	int64_t first = 0;

	if (trans_next(st, &first, err) < 0 || !(s = q(st, Q_VER_ADD, err)))
		return -1;
	sqlite3_bind_int64(s, 8, first);
	sqlite3_bind_int64(s, 1, year_id);
	sq_bind_text(s, 2, v->series ? v->series : "");
	sq_bind_text(s, 3, v->number ? v->number : "");
	sq_bind_date(s, 4, v->date, d1);
	sq_bind_text(s, 5, v->text);
	sq_bind_date(s, 6, v->regdate, d2);
	sq_bind_text(s, 7, v->sign);
	/* The id from the connection rather than RETURNING: a million times
	 * per import, that difference shows. */
	if (sq_exec_step(st, s, err, "spara verifikationen") < 0)
		return -1;
	v->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_trans_add(struct store *st, int64_t year_id, int64_t ver_id,
		    const struct transaction *t, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_TRANS_ADD, err);
	char d[11];

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	sqlite3_bind_int64(s, 2, ver_id);
	sqlite3_bind_int(s, 3, (int)t->kind);
	sq_bind_text(s, 4, t->account);
	sq_bind_text(s, 5, t->objects ? t->objects : "");
	sqlite3_bind_int64(s, 6, t->amount);
	sq_bind_date(s, 7, t->date, d);
	sq_bind_text(s, 8, t->text);
	sq_bind_text(s, 9, t->quantity);
	sq_bind_text(s, 10, t->sign);
	if (sq_exec_step(st, s, err, "spara transaktionen") < 0)
		return -1;
	if (st->in_tx)
		st->trans_next = sqlite3_last_insert_rowid(st->db) + 1;
	return 0;
}

int store_ver_each(struct store *st, int64_t year_id, store_ver_fn ver_fn,
		   store_trans_fn trans_fn, void *ctx, struct err *err)
{
	sqlite3_stmt *vs = q(st, Q_VER_EACH, err), *ts;
	int vrc, trc, rc = -1;

	if (!vs)
		return -1;
	ts = q(st, Q_TRANS_EACH, err);
	if (!ts)
		return -1;
	sqlite3_bind_int64(vs, 1, year_id);
	sqlite3_bind_int64(ts, 1, year_id);
	/* Two cursors in id order, merged: memory stays at one row of each
	 * however large the year. A transaction that does not fall in with
	 * its verification is reported rather than silently left out. */
	trc = sqlite3_step(ts);
	while ((vrc = sqlite3_step(vs)) == SQLITE_ROW) {
		struct verification v;

		v.id = sqlite3_column_int64(vs, 0);
		v.series = sq_col_text(vs, 1);
		v.number = sq_col_text(vs, 2);
		v.date = sq_col_date(vs, 3);
		v.text = sq_col_text(vs, 4);
		v.regdate = sq_col_date(vs, 5);
		v.sign = sq_col_text(vs, 6);
		if (ver_fn(ctx, &v, err) < 0)
			goto out;
		while (trc == SQLITE_ROW) {
			int64_t owner = sqlite3_column_int64(ts, 0);
			struct transaction t;

			if (owner > v.id)
				break;
			if (owner < v.id) {
				err_set(err, "transaktionerna ligger i fel ordning i databasen: en transaktion till "
					"verifikationen med id %lld lades till efter en senare verifikations",
					(long long)owner);
				goto out;
			}
			t.kind = (enum trans_kind)sqlite3_column_int(ts, 1);
			t.account = sq_col_text(ts, 2);
			t.objects = sq_col_text(ts, 3);
			t.amount = sqlite3_column_int64(ts, 4);
			t.date = sq_col_date(ts, 5);
			t.text = sq_col_text(ts, 6);
			t.quantity = sq_col_text(ts, 7);
			t.sign = sq_col_text(ts, 8);
			if (trans_fn(ctx, &t, err) < 0)
				goto out;
			trc = sqlite3_step(ts);
		}
	}
	if (vrc != SQLITE_DONE || (trc != SQLITE_DONE && trc != SQLITE_ROW)) {
		sq_db_error(st, err, "läsa verifikationerna");
		goto out;
	}
	if (trc == SQLITE_ROW) {
		err_set(err, "en transaktion hör till verifikationen med id %lld, som inte finns under året",
			(long long)sqlite3_column_int64(ts, 0));
		goto out;
	}
	rc = 0;
out:
	sqlite3_reset(vs);
	sqlite3_reset(ts);
	return rc;
}

static int count(struct store *st, enum stmt_id id, int64_t year_id, int64_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, id, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return sq_db_error(st, err, "räkna");
	}
	*n = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

int store_ver_count(struct store *st, int64_t year_id, int64_t *vers, int64_t *trans, struct err *err)
{
	if (count(st, Q_VER_COUNT, year_id, vers, err) < 0)
		return -1;
	return trans ? count(st, Q_TRANS_COUNT, year_id, trans, err) : 0;
}

int store_turnover_put(struct store *st, int64_t year_id, const char *account, int64_t amount, int64_t debit,
		       int64_t credit, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_TURNOVER_PUT, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	sq_bind_text(s, 2, account);
	sqlite3_bind_int64(s, 3, amount);
	sqlite3_bind_int64(s, 4, debit);
	sqlite3_bind_int64(s, 5, credit);
	return sq_exec_step(st, s, err, "spara omsättningen");
}

/* The account's slot in the books being loaded (sorted insertion is cheap:
 * both queries deliver accounts in order); NULL when the number does not
 * fit, since a cut number could pass for another account. */
static struct year_account *books_slot(struct year_books *b, size_t *cap, const char *number)
{
	struct year_account *a;
	size_t lo = 0, hi = b->n;

	if (strlen(number) >= sizeof(a->number))
		return NULL;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(b->accounts[mid].number, number);

		if (c == 0)
			return &b->accounts[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	b->accounts = xgrow(b->accounts, sizeof(*b->accounts), b->n + 1, cap);
	memmove(&b->accounts[lo + 1], &b->accounts[lo], (b->n - lo) * sizeof(*b->accounts));
	b->n++;
	a = &b->accounts[lo];
	memset(a, 0, sizeof(*a));
	snprintf(a->number, sizeof(a->number), "%s", number);
	return a;
}

int store_year_books(struct store *st, const struct fiscal_year *fy, struct year_books *out,
		     struct err *err)
{
	sqlite3_stmt *s;
	size_t cap = 0;
	int64_t vers = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	out->year = *fy;
	s = q(st, Q_BOOKS_BALANCES, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, fy->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct year_account *a = books_slot(out, &cap, sq_col_text(s, 0));
		const char *kind = sq_col_text(s, 1);
		int64_t amount = sqlite3_column_int64(s, 2);

		if (!a)
			goto too_long;
		if (strcmp(kind, "ib") == 0) {
			a->has_ib = 1;
			a->ib = amount;
		} else if (strcmp(kind, "ub") == 0) {
			a->has_ub = 1;
			a->ub = amount;
		} else {
			a->has_res = 1;
			a->res = amount;
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		goto fail;
	s = q(st, Q_BOOKS_TURNOVER, err);
	if (!s)
		goto fail_quiet;
	sqlite3_bind_int64(s, 1, fy->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct year_account *a = books_slot(out, &cap, sq_col_text(s, 0));

		if (!a)
			goto too_long;
		a->has_turnover = 1;
		a->turnover = sqlite3_column_int64(s, 1);
		a->debit = sqlite3_column_int64(s, 2);
		a->credit = sqlite3_column_int64(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		goto fail;
	if (count(st, Q_HAS_VERS, fy->id, &vers, err) < 0)
		goto fail_quiet;
	out->has_verifications = vers > 0;
	return 0;
too_long:
	err_set(err, "kontonumret '%s' är längre än %d tecken", sq_col_text(s, 0), ACCOUNT_MAX - 1);
	sqlite3_reset(s);
	goto fail_quiet;
fail:
	sq_db_error(st, err, "läsa årets saldon");
fail_quiet:
	year_books_release(out);
	return -1;
}

/* The unbalanced verifications found so far: all counted, the first max
 * listed. */
struct unbalanced_found {
	struct unbalanced_ver *list;
	size_t n, cap, max;
	int64_t total;
};

static struct unbalanced_ver *unbalanced_note(struct unbalanced_found *f, int64_t sum)
{
	struct unbalanced_ver *u;

	f->total++;
	if (f->n >= f->max)
		return NULL;
	f->list = xgrow(f->list, sizeof(*f->list), f->n + 1, &f->cap);
	u = &f->list[f->n++];
	memset(u, 0, sizeof(*u));
	u->sum = sum;
	return u;
}

static void unbalanced_reset(struct unbalanced_found *f)
{
	free(f->list);
	f->list = NULL;
	f->n = f->cap = 0;
	f->total = 0;
}

/* The sums in one pass over the transactions in the order they were added,
 * a verification's rows following one another: no sorting, no memory
 * beyond the list, about twice as fast as grouping on a year of three
 * million transactions. Returns 1, with nothing found, when the order does
 * not hold (a transaction added to an earlier verification after a later
 * one) or a sum overflows: then only grouping gives the right answer. */
static int unbalanced_in_order(struct store *st, int64_t year_id, struct unbalanced_found *f,
			       struct err *err)
{
	sqlite3_stmt *s = q(st, Q_TRANS_SUMS, err);
	int64_t ver = -1, sum = 0;
	int64_t *ids = NULL;
	size_t cap = 0, i;
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	for (;;) {
		int64_t owner;

		rc = sqlite3_step(s);
		owner = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
		if (rc == SQLITE_ROW && owner < ver)
			goto unordered;
		if (owner != ver) {
			if (ver >= 0 && sum != 0 && unbalanced_note(f, sum)) {
				ids = xgrow(ids, sizeof(*ids), f->n, &cap);
				ids[f->n - 1] = ver;
			}
			ver = owner;
			sum = 0;
		}
		if (rc != SQLITE_ROW)
			break;
		if (money_add(sum, sqlite3_column_int64(s, 1), &sum) < 0)
			goto unordered;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		sq_db_error(st, err, "summera verifikationerna");
		goto fail;
	}
	for (i = 0; i < f->n; i++) {
		struct unbalanced_ver *u = &f->list[i];

		s = q(st, Q_VER_GET, err);
		if (!s)
			goto fail;
		sqlite3_bind_int64(s, 1, ids[i]);
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			sq_copy_col(u->series, sizeof(u->series), s, 0);
			sq_copy_col(u->number, sizeof(u->number), s, 1);
			u->date = sq_col_date(s, 2);
		}
		sqlite3_reset(s);
		if (rc != SQLITE_ROW)
			goto unordered;    /* a transaction without its verification */
	}
	free(ids);
	return 0;
unordered:
	sqlite3_reset(s);
	free(ids);
	unbalanced_reset(f);
	return 1;
fail:
	free(ids);
	return -1;
}

/* The same by grouping, right whatever the order (and the way a server
 * database computes it). */
static int unbalanced_grouped(struct store *st, int64_t year_id, struct unbalanced_found *f,
			      struct err *err)
{
	sqlite3_stmt *s = q(st, Q_UNBALANCED, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct unbalanced_ver *u = unbalanced_note(f, sqlite3_column_int64(s, 3));

		if (!u)
			continue;
		sq_copy_col(u->series, sizeof(u->series), s, 0);
		sq_copy_col(u->number, sizeof(u->number), s, 1);
		u->date = sq_col_date(s, 2);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "summera verifikationerna");
}

int store_unbalanced_vers(struct store *st, int64_t year_id, size_t max,
			  struct unbalanced_ver **out, size_t *n, int64_t *total,
			  struct err *err)
{
	struct unbalanced_found f = { NULL, 0, 0, max, 0 };
	int rc = unbalanced_in_order(st, year_id, &f, err);

	if (rc == 1)
		rc = unbalanced_grouped(st, year_id, &f, err);
	if (rc < 0) {
		unbalanced_reset(&f);
		*out = NULL;
		*n = 0;
		*total = 0;
		return -1;
	}
	*out = f.list;
	*n = f.n;
	*total = f.total;
	return 0;
}

int store_map_get(struct store *st, struct account_map *out, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_MAP_GET, err);
	int rc;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		enum stmt_line line;

		if (stmt_line_parse(sq_col_text(s, 2), &line) < 0) {
			err_set(err, "okänd rad '%s' i den sparade kontomappningen", sq_col_text(s, 2));
			sqlite3_reset(s);
			return -1;
		}
		account_map_add(out, sqlite3_column_int(s, 0), sqlite3_column_int(s, 1), line);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa kontomappningen");
}

int store_map_set(struct store *st, const struct account_map *m, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_MAP_CLEAR, err);
	size_t i;

	if (!s || sq_exec_step(st, s, err, "spara kontomappningen") < 0)
		return -1;
	for (i = 0; i < m->n; i++) {
		s = q(st, Q_MAP_ADD, err);
		if (!s)
			return -1;
		sqlite3_bind_int(s, 1, m->ranges[i].from);
		sqlite3_bind_int(s, 2, m->ranges[i].to);
		sq_bind_text(s, 3, stmt_line_key(m->ranges[i].line));
		if (sq_exec_step(st, s, err, "spara kontomappningen") < 0)
			return -1;
	}
	return 0;
}

int store_budget_latest(struct store *st, int year, int *version, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_BUDGET_LATEST, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		return sq_db_error(st, err, "läsa budgeten");
	}
	*version = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return 0;
}

int store_budget_put(struct store *st, const struct budget *b, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_BUDGET_FIND, err);
	char stamp[32];
	int64_t id;
	size_t i;
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, b->year);
	sqlite3_bind_int(s, 2, b->version);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		s = q(st, Q_BUDGET_LABEL, err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		sq_bind_text(s, 2, b->label ? b->label : "");
		if (sq_exec_step(st, s, err, "spara budgeten") < 0)
			return -1;
		s = q(st, Q_BUDGET_CLEAR, err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		if (sq_exec_step(st, s, err, "spara budgeten") < 0)
			return -1;
	} else {
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return sq_db_error(st, err, "läsa budgeten");
		s = q(st, Q_BUDGET_INSERT, err);
		if (!s)
			return -1;
		sqlite3_bind_int(s, 1, b->year);
		sqlite3_bind_int(s, 2, b->version);
		sq_bind_text(s, 3, b->label ? b->label : "");
		sq_bind_text(s, 4, sq_utc_now(stamp, sizeof(stamp), STAMP_SQL));
		if (sq_exec_step(st, s, err, "spara budgeten") < 0)
			return -1;
		id = sqlite3_last_insert_rowid(st->db);
	}
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		s = q(st, Q_BUDGET_LINE_ADD, err);
		if (!s)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_int64(s, 2, (int64_t)i);
		sq_bind_text(s, 3, budget_kind_key(l->kind));
		sq_bind_text(s, 4, l->group);
		sq_bind_text(s, 5, l->name);
		sqlite3_bind_int64(s, 6, l->amount);
		sq_bind_text(s, 7, l->accounts);
		sq_bind_text(s, 8, l->objects);
		if (sq_exec_step(st, s, err, "spara budgetraden") < 0)
			return -1;
	}
	return 0;
}

int store_budget_get(struct store *st, int year, int version, struct budget *out, struct err *err)
{
	sqlite3_stmt *s;
	int64_t id;
	int rc;

	if (version == 0) {
		if (store_budget_latest(st, year, &version, err) < 0)
			return -1;
		if (version == 0)
			return STORE_NOT_FOUND;
	}
	s = q(st, Q_BUDGET_GET, err);
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sqlite3_bind_int(s, 2, version);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa budgeten");
	}
	budget_init(out, year);
	id = sqlite3_column_int64(s, 0);
	out->version = sqlite3_column_int(s, 1);
	free(out->label);
	out->label = xstrdup(sq_col_text(s, 2) ? sq_col_text(s, 2) : "");
	sqlite3_reset(s);
	s = q(st, Q_BUDGET_LINES, err);
	if (!s) {
		budget_release(out);
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		enum budget_kind k = BUDGET_COST;

		budget_kind_parse(sq_col_text(s, 0), &k);
		budget_add(out, k, sq_col_text(s, 1), sq_col_text(s, 2), sqlite3_column_int64(s, 3),
			   sq_col_text(s, 4));
		budget_line_objects(&out->lines[out->n - 1], sq_col_text(s, 5));
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		budget_release(out);
		return sq_db_error(st, err, "läsa budgetraderna");
	}
	return 0;
}

int store_account_sums_until(struct store *st, int64_t year_id, struct date until,
			     store_sum_fn fn, void *ctx, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SUMS_UNTIL, err);
	char d[11];
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	sq_bind_date(s, 2, until, d);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (fn(ctx, sq_col_text(s, 0), sq_col_text(s, 1), sqlite3_column_int64(s, 2), err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "summera transaktionerna");
}

int store_object_turnover_put(struct store *st, int64_t year_id, const char *account, const char *objects,
			      int64_t amount, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_OBJ_TURNOVER_PUT, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	sq_bind_text(s, 2, account);
	sq_bind_text(s, 3, objects);
	sqlite3_bind_int64(s, 4, amount);
	return sq_exec_step(st, s, err, "spara omsättningen per objekt");
}

int store_object_turnover_each(struct store *st, int64_t year_id, store_sum_fn fn, void *ctx, int64_t *rows,
			       struct err *err)
{
	sqlite3_stmt *s = q(st, Q_OBJ_TURNOVER_EACH, err);
	int rc;

	*rows = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		(*rows)++;
		if (fn(ctx, sq_col_text(s, 0), sq_col_text(s, 1), sqlite3_column_int64(s, 2), err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa omsättningen per objekt");
}

int store_forecast_put(struct store *st, int year, const char *area, int64_t amount,
		       const char *comment, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_FORECAST_PUT, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, area);
	sqlite3_bind_int64(s, 3, amount);
	sq_bind_text(s, 4, comment ? comment : "");
	return sq_exec_step(st, s, err, "spara prognosen");
}

int store_forecast_delete(struct store *st, int year, const char *area, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_FORECAST_DELETE, err);

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, area);
	return sq_exec_step(st, s, err, "ta bort prognosen");
}

int store_forecast_list(struct store *st, int year, struct forecast_override **out, size_t *n,
			struct err *err)
{
	sqlite3_stmt *s = q(st, Q_FORECAST_LIST, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct forecast_override *f;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		f = &(*out)[(*n)++];
		sq_copy_col(f->area, sizeof(f->area), s, 0);
		f->amount = sqlite3_column_int64(s, 1);
		sq_copy_col(f->comment, sizeof(f->comment), s, 2);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa prognoserna");
	}
	return 0;
}

int store_event_add(struct store *st, struct event *e, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_EVENT_ADD, err);
	char d[11];

	if (!s)
		return -1;
	sq_bind_date(s, 1, e->date, d);
	sq_bind_text(s, 2, event_kind_key(e->kind));
	sq_bind_text(s, 3, e->title);
	if (sq_exec_step(st, s, err, "spara händelsen") < 0)
		return -1;
	e->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int store_event_list(struct store *st, struct event **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_EVENT_LIST, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct event *e;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		e = &(*out)[(*n)++];
		memset(e, 0, sizeof(*e));
		e->date = sq_col_date(s, 0);
		if (event_kind_parse(sq_col_text(s, 1), &e->kind) < 0)
			e->kind = EVENT_OTHER;
		sq_copy_col(e->title, sizeof(e->title), s, 2);
		e->id = sqlite3_column_int64(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa årshjulet");
	}
	return 0;
}

int store_text_put(struct store *st, int year, const char *section, const char *markdown,
		   struct err *err)
{
	sqlite3_stmt *s = q(st, Q_TEXT_PUT, err);
	char stamp[32];

	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, section);
	sq_bind_text(s, 3, markdown);
	sq_bind_text(s, 4, sq_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	return sq_exec_step(st, s, err, "spara texten");
}

int store_text_get(struct store *st, int year, const char *section, char **out, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_TEXT_GET, err);
	int rc;

	*out = NULL;
	if (!s)
		return -1;
	sqlite3_bind_int(s, 1, year);
	sq_bind_text(s, 2, section);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = xstrdup(sq_col_text(s, 0) ? sq_col_text(s, 0) : "");
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa texten");
}

int store_budget_years(struct store *st, int **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_BUDGET_YEARS, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		(*out)[(*n)++] = sqlite3_column_int(s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa budgetåren");
	}
	return 0;
}

int store_setting_get(struct store *st, const char *key, char *out, size_t n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SETTING_GET, err);
	int rc;

	if (!s)
		return -1;
	sq_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		sq_copy_col(out, n, s, 0);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa inställningen");
}

int store_setting_put(struct store *st, const char *key, const char *value, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SETTING_PUT, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, key);
	sq_bind_text(s, 2, value);
	return sq_exec_step(st, s, err, "spara inställningen");
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

void store_actor_set(struct store *st, const char *actor)
{
	snprintf(st->actor, sizeof(st->actor), "%s", actor ? actor : "");
}

const char *store_actor(const struct store *st)
{
	return st->actor;
}

int store_user_add(struct store *st, struct user *u, const char *hash, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_USER_ADD, err);
	char stamp[32];
	int rc;

	if (!s)
		return -1;
	sq_bind_text(s, 1, u->name);
	sq_bind_text(s, 2, role_key(u->role));
	sq_bind_text(s, 3, hash);
	sq_bind_text(s, 4, sq_utc_now(stamp, sizeof(stamp), STAMP_ISO));
	rc = sqlite3_step(s);
	if (rc != SQLITE_DONE && sqlite3_extended_errcode(st->db) == SQLITE_CONSTRAINT_UNIQUE) {
		sqlite3_reset(s);
		return STORE_DUPLICATE;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "spara användaren");
	u->id = sqlite3_last_insert_rowid(st->db);
	snprintf(u->created, sizeof(u->created), "%s", stamp);
	return 0;
}

static void read_user(sqlite3_stmt *s, struct user *u)
{
	enum role r = ROLE_BOARD;

	memset(u, 0, sizeof(*u));
	u->id = sqlite3_column_int64(s, 0);
	sq_copy_col(u->name, sizeof(u->name), s, 1);
	role_parse(sq_col_text(s, 2) ? sq_col_text(s, 2) : "", &r, NULL);
	u->role = r;
	u->disabled = sqlite3_column_int(s, 3);
	sq_copy_col(u->created, sizeof(u->created), s, 4);
}

static int user_insatser(struct store *st, struct user *u, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_USER_IV_LIST, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, u->id);
	u->n_insatser = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (u->n_insatser < USER_INSATS_MAX)
			u->insatser[u->n_insatser++] = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "läsa användarens insatser");
	return 0;
}

int store_user_get(struct store *st, const char *name, int64_t id, struct user *out, char *hash,
		   size_t hash_n, struct err *err)
{
	sqlite3_stmt *s = q(st, name ? Q_USER_BY_NAME : Q_USER_BY_ID, err);
	int rc;

	if (!s)
		return -1;
	if (name)
		sq_bind_text(s, 1, name);
	else
		sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(s);
		return STORE_NOT_FOUND;
	}
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		return sq_db_error(st, err, "läsa användaren");
	}
	read_user(s, out);
	if (hash)
		sq_copy_col(hash, hash_n, s, 5);
	sqlite3_reset(s);
	return user_insatser(st, out, err);
}

int store_user_list(struct store *st, struct user **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_USER_LIST, err);
	size_t cap = 0, i;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		read_user(s, &(*out)[(*n)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		sq_db_error(st, err, "läsa användarna");
		goto fail;
	}
	for (i = 0; i < *n; i++)
		if (user_insatser(st, &(*out)[i], err) < 0)
			goto fail;
	return 0;
fail:
	free(*out);
	*out = NULL;
	*n = 0;
	return -1;
}

int store_user_set_password(struct store *st, int64_t id, const char *hash, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_USER_PASSWORD, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sq_bind_text(s, 2, hash);
	return sq_exec_step(st, s, err, "spara lösenordet");
}

int store_user_disable(struct store *st, int64_t id, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_USER_DISABLE, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_exec_step(st, s, err, "stänga av användaren");
}

int store_user_insats_add(struct store *st, int64_t user_id, int64_t intervention_id, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_USER_IV_ADD, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	sqlite3_bind_int64(s, 2, intervention_id);
	return sq_exec_step(st, s, err, "spara användarens insats");
}

int store_session_add(struct store *st, const struct session *se, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SESSION_ADD, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, se->token_hash);
	sqlite3_bind_int64(s, 2, se->user_id);
	sqlite3_bind_int64(s, 3, se->created);
	sqlite3_bind_int64(s, 4, se->last_seen);
	sq_bind_text(s, 5, se->csrf);
	sq_bind_text(s, 6, se->address);
	return sq_exec_step(st, s, err, "spara sessionen");
}

int store_session_get(struct store *st, const char *token_hash, struct session *out, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SESSION_GET, err);
	int rc;

	if (!s)
		return -1;
	sq_bind_text(s, 1, token_hash);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof(*out));
		sq_copy_col(out->token_hash, sizeof(out->token_hash), s, 0);
		out->user_id = sqlite3_column_int64(s, 1);
		out->created = sqlite3_column_int64(s, 2);
		out->last_seen = sqlite3_column_int64(s, 3);
		sq_copy_col(out->csrf, sizeof(out->csrf), s, 4);
		sq_copy_col(out->address, sizeof(out->address), s, 5);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return STORE_NOT_FOUND;
	if (rc != SQLITE_ROW)
		return sq_db_error(st, err, "läsa sessionen");
	return 0;
}

int store_session_touch(struct store *st, const char *token_hash, int64_t now, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SESSION_TOUCH, err);

	if (!s)
		return -1;
	int rc;

	sq_bind_text(s, 1, token_hash);
	sqlite3_bind_int64(s, 2, now);
	st->no_wait = 1;
	rc = sq_exec_step(st, s, err, "uppdatera sessionen");
	st->no_wait = 0;
	return rc;
}

int store_session_delete(struct store *st, const char *token_hash, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SESSION_DELETE, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, token_hash);
	return sq_exec_step(st, s, err, "ta bort sessionen");
}

int store_session_delete_user(struct store *st, int64_t user_id, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SESSION_DELETE_USER, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	return sq_exec_step(st, s, err, "ta bort användarens sessioner");
}

int store_session_expire(struct store *st, int64_t idle_before, int64_t created_before, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_SESSION_EXPIRE, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, idle_before);
	sqlite3_bind_int64(s, 2, created_before);
	return sq_exec_step(st, s, err, "ta bort gamla sessioner");
}

int store_login_failure_add(struct store *st, const char *name, const char *address, int64_t at,
			    struct err *err)
{
	sqlite3_stmt *s = q(st, Q_FAIL_ADD, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, name);
	sq_bind_text(s, 2, address);
	sqlite3_bind_int64(s, 3, at);
	return sq_exec_step(st, s, err, "anteckna inloggningsförsöket");
}

int store_login_failures(struct store *st, const char *name, const char *address, int64_t since,
			 int64_t *out, size_t max, size_t *n, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_FAIL_BY_PAIR, err);
	int rc;

	*n = 0;
	if (!s)
		return -1;
	sq_bind_text(s, 1, name);
	sq_bind_text(s, 2, address);
	sqlite3_bind_int64(s, 3, since);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		/* The latest are the ones that count: keep the last max. */
		if (*n == max && max > 0) {
			memmove(out, out + 1, (max - 1) * sizeof(*out));
			(*n)--;
		}
		if (*n < max)
			out[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "läsa inloggningsförsöken");
	return 0;
}

int store_login_failures_clear(struct store *st, const char *name, const char *address, struct err *err)
{
	sqlite3_stmt *s = q(st, address ? Q_FAIL_CLEAR_PAIR : Q_FAIL_CLEAR_USER, err);

	if (!s)
		return -1;
	sq_bind_text(s, 1, name);
	if (address)
		sq_bind_text(s, 2, address);
	return sq_exec_step(st, s, err, "glömma inloggningsförsöken");
}

int store_login_failures_prune(struct store *st, int64_t before, struct err *err)
{
	sqlite3_stmt *s = q(st, Q_FAIL_PRUNE, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, before);
	return sq_exec_step(st, s, err, "ta bort gamla inloggningsförsök");
}
