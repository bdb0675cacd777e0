/*
 * login.c: sessions and failed logins, of either realm: a förbund's web
 * users (tables session and login_failure in the förbund's own schema) or
 * the host's region users (finsam_host.region_session and
 * finsam_host.region_login_failure, named in full so that a connection
 * that works in a förbund's schema reaches them too). Each statement is
 * written once, as a macro of its table, and given for both realms.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"
#include "store/store_int.h"

#define SESSION_F "session"
#define SESSION_H "finsam_host.region_session"
#define FAILURE_F "login_failure"
#define FAILURE_H "finsam_host.region_login_failure"
/* One statement for both realms, indexed by enum realm. */
#define BOTH(make) { make(SESSION_F, FAILURE_F), make(SESSION_H, FAILURE_H) }

/* The statement of realm r, or NULL with a message when the store cannot
 * hold that realm: the host's tables are on a host's store only. */
static struct stmt *prep(struct store *st, enum realm r, const char *const sql[2], struct err *err)
{
	return r == REALM_HOST ? store_host_prep(st, sql[1], err) : q_prep(st, sql[0], err);
}

/* ---- sessions ---- */

#define SQL_SESSION_ADD(s, f)                                                                                   \
	"INSERT INTO " s " (token_hash, user_id, created, last_seen, csrf, address) "                           \
	"VALUES (:token, :user, :created, :last_seen, :csrf, :address)"
static const char *const sql_session_add[2] = BOTH(SQL_SESSION_ADD);

int store_session_add(struct store *st, enum realm r, const struct session *se, struct err *err)
{
	struct stmt *s = prep(st, r, sql_session_add, err);

	if (!s)
		return -1;
	q_text(s, "token", se->token_hash);
	q_int(s, "user", se->user_id);
	q_int(s, "created", se->created);
	q_int(s, "last_seen", se->last_seen);
	q_text(s, "csrf", se->csrf);
	q_text(s, "address", se->address);
	return q_exec(s, "spara sessionen", err);
}

static void fill_session(struct stmt *s, void *row)
{
	struct session *se = row;

	q_col_copy(se->token_hash, sizeof(se->token_hash), s, 0);
	se->user_id = q_col_int(s, 1);
	se->created = q_col_int(s, 2);
	se->last_seen = q_col_int(s, 3);
	q_col_copy(se->csrf, sizeof(se->csrf), s, 4);
	q_col_copy(se->address, sizeof(se->address), s, 5);
}

#define SQL_SESSION_GET(s, f)                                                                                   \
	"SELECT token_hash, user_id, created, last_seen, csrf, address FROM " s " WHERE token_hash = :token"
static const char *const sql_session_get[2] = BOTH(SQL_SESSION_GET);

int store_session_get(struct store *st, enum realm r, const char *token_hash, struct session *out,
		      struct err *err)
{
	struct stmt *s = prep(st, r, sql_session_get, err);

	if (!s)
		return -1;
	q_text(s, "token", token_hash);
	return q_read_one(s, sizeof(*out), fill_session, out, "läsa sessionen", err);
}

#define SQL_SESSION_TOUCH(s, f) "UPDATE " s " SET last_seen = :now WHERE token_hash = :token"
static const char *const sql_session_touch[2] = BOTH(SQL_SESSION_TOUCH);

int store_session_touch(struct store *st, enum realm r, const char *token_hash, int64_t now, struct err *err)
{
	struct stmt *s = prep(st, r, sql_session_touch, err);
	int rc;

	if (!s)
		return -1;
	q_text(s, "token", token_hash);
	q_int(s, "now", now);
	q_no_wait(st, 1); /* a request that only marks its session as seen never waits */
	rc = q_exec(s, "uppdatera sessionen", err);
	q_no_wait(st, 0);
	return rc;
}

#define SQL_SESSION_DELETE(s, f) "DELETE FROM " s " WHERE token_hash = :token"
static const char *const sql_session_delete[2] = BOTH(SQL_SESSION_DELETE);

int store_session_delete(struct store *st, enum realm r, const char *token_hash, struct err *err)
{
	struct stmt *s = prep(st, r, sql_session_delete, err);

	if (!s)
		return -1;
	q_text(s, "token", token_hash);
	return q_exec(s, "ta bort sessionen", err);
}

#define SQL_SESSION_DELETE_USER(s, f) "DELETE FROM " s " WHERE user_id = :user"
static const char *const sql_session_delete_user[2] = BOTH(SQL_SESSION_DELETE_USER);

int store_session_delete_user(struct store *st, enum realm r, int64_t user_id, struct err *err)
{
	struct stmt *s = prep(st, r, sql_session_delete_user, err);

	if (!s)
		return -1;
	q_int(s, "user", user_id);
	return q_exec(s, "ta bort användarens sessioner", err);
}

#define SQL_SESSION_EXPIRE(s, f) "DELETE FROM " s " WHERE last_seen < :idle_before OR created < :created_before"
static const char *const sql_session_expire[2] = BOTH(SQL_SESSION_EXPIRE);

int store_session_expire(struct store *st, enum realm r, int64_t idle_before, int64_t created_before,
			 struct err *err)
{
	struct stmt *s = prep(st, r, sql_session_expire, err);

	if (!s)
		return -1;
	q_int(s, "idle_before", idle_before);
	q_int(s, "created_before", created_before);
	return q_exec(s, "ta bort gamla sessioner", err);
}

/* ---- failed logins ---- */

#define SQL_FAIL_ADD(s, f) "INSERT INTO " f " (user_name, address, at) VALUES (:name, :address, :at)"
static const char *const sql_fail_add[2] = BOTH(SQL_FAIL_ADD);

int store_login_failure_add(struct store *st, enum realm r, const char *name, const char *address, int64_t at,
			    struct err *err)
{
	struct stmt *s = prep(st, r, sql_fail_add, err);

	if (!s)
		return -1;
	q_text(s, "name", name);
	q_text(s, "address", address);
	q_int(s, "at", at);
	return q_exec(s, "anteckna inloggningsförsöket", err);
}

#define SQL_FAIL_BY_PAIR(s, f)                                                                                  \
	"SELECT at FROM " f " WHERE user_name = :name AND address = :address AND at > :since ORDER BY at"
static const char *const sql_fail_by_pair[2] = BOTH(SQL_FAIL_BY_PAIR);

int store_login_failures(struct store *st, enum realm r, const char *name, const char *address, int64_t since,
			 int64_t *out, size_t max, size_t *n, struct err *err)
{
	struct stmt *s = prep(st, r, sql_fail_by_pair, err);
	int rc;

	*n = 0;
	if (!s)
		return -1;
	q_text(s, "name", name);
	q_text(s, "address", address);
	q_int(s, "since", since);
	while ((rc = q_step(s, "läsa inloggningsförsöken", err)) > 0) {
		/* The latest are the ones that count: keep the last max. */
		if (*n == max && max > 0) {
			memmove(out, out + 1, (max - 1) * sizeof(*out));
			(*n)--;
		}
		if (*n < max)
			out[(*n)++] = q_col_int(s, 0);
	}
	return rc < 0 ? -1 : 0;
}

#define SQL_FAIL_CLEAR_USER(s, f) "DELETE FROM " f " WHERE user_name = :name"
#define SQL_FAIL_CLEAR_PAIR(s, f) "DELETE FROM " f " WHERE user_name = :name AND address = :address"
static const char *const sql_fail_clear_user[2] = BOTH(SQL_FAIL_CLEAR_USER);
static const char *const sql_fail_clear_pair[2] = BOTH(SQL_FAIL_CLEAR_PAIR);

int store_login_failures_clear(struct store *st, enum realm r, const char *name, const char *address,
			       struct err *err)
{
	struct stmt *s = prep(st, r, address ? sql_fail_clear_pair : sql_fail_clear_user, err);

	if (!s)
		return -1;
	q_text(s, "name", name);
	if (address)
		q_text(s, "address", address);
	return q_exec(s, "glömma inloggningsförsöken", err);
}

#define SQL_FAIL_PRUNE(s, f) "DELETE FROM " f " WHERE at <= :before"
static const char *const sql_fail_prune[2] = BOTH(SQL_FAIL_PRUNE);

int store_login_failures_prune(struct store *st, enum realm r, int64_t before, struct err *err)
{
	struct stmt *s = prep(st, r, sql_fail_prune, err);

	if (!s)
		return -1;
	q_int(s, "before", before);
	return q_exec(s, "ta bort gamla inloggningsförsök", err);
}
