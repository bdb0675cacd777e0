/*
 * users.c: the web's users (their role, password hash and the
 * interventions a registrar may see), their sessions, and the failed
 * logins that slow down whoever guesses passwords. The use cases in
 * app/user.c check every change and write it to the audit log in the same
 * transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine.h"
#include "store/store.h"

/* A name taken already inserts nothing and gives no id back. The stamp
 * has the form "2026-03-01T14:05:09Z", as it always had. */
static const char sql_user_add[] = "INSERT INTO app_user (name, role, password_hash, disabled, created_at) "
				   "VALUES (:name, :role, :hash, 0, :created_at) "
				   "ON CONFLICT (name) DO NOTHING RETURNING id";

int store_user_add(struct store *st, struct user *u, const char *hash, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_add, err);
	char stamp[32];
	int rc;

	q_text(s, "name", u->name);
	q_text(s, "role", role_key(u->role));
	q_text(s, "hash", hash);
	q_text(s, "created_at", q_utc_now(stamp, sizeof(stamp), STAMP_ISO_UTC));
	rc = q_step(s, "spara användaren", err);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return STORE_DUPLICATE;
	u->id = q_col_int(s, 0);
	q_reset(s);
	snprintf(u->created, sizeof(u->created), "%s", stamp);
	return 0;
}

#define USER_COLS "id, name, role, disabled, created_at, password_hash"

static void read_user(struct stmt *s, struct user *u)
{
	enum role r = ROLE_BOARD;
	const char *role = q_col_text(s, 2);

	memset(u, 0, sizeof(*u));
	u->id = q_col_int(s, 0);
	q_col_copy(u->name, sizeof(u->name), s, 1);
	role_parse(role ? role : "", &r, NULL);
	u->role = r;
	u->disabled = (int)q_col_int(s, 3);
	q_col_copy(u->created, sizeof(u->created), s, 4);
}

static const char sql_user_iv_list[] =
	"SELECT intervention_id FROM user_intervention WHERE user_id = :user ORDER BY intervention_id";

static int user_insatser(struct store *st, struct user *u, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_iv_list, err);
	int rc;

	if (!s)
		return -1;
	q_int(s, "user", u->id);
	u->n_insatser = 0;
	while ((rc = q_step(s, "läsa användarens insatser", err)) > 0)
		if (u->n_insatser < USER_INSATS_MAX)
			u->insatser[u->n_insatser++] = q_col_int(s, 0);
	return rc < 0 ? -1 : 0;
}

static const char sql_user_by_name[] = "SELECT " USER_COLS " FROM app_user WHERE name = :name";
static const char sql_user_by_id[] = "SELECT " USER_COLS " FROM app_user WHERE id = :id";

int store_user_get(struct store *st, const char *name, int64_t id, struct user *out, char *hash,
		   size_t hash_n, struct err *err)
{
	struct stmt *s = q_prep(st, name ? sql_user_by_name : sql_user_by_id, err);
	int rc;

	if (name)
		q_text(s, "name", name);
	else
		q_int(s, "id", id);
	rc = q_step(s, "läsa användaren", err);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return STORE_NOT_FOUND;
	read_user(s, out);
	if (hash)
		q_col_copy(hash, hash_n, s, 5);
	q_reset(s);
	return user_insatser(st, out, err);
}

static const char sql_user_list[] = "SELECT " USER_COLS " FROM app_user ORDER BY name";

static void fill_user(struct stmt *s, void *row)
{
	read_user(s, row);
}

int store_user_list(struct store *st, struct user **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_list, err);
	void *rows = NULL;
	size_t i;

	*out = NULL;
	*n = 0;
	if (q_read_rows(s, sizeof(**out), fill_user, &rows, n, "läsa användarna", err) < 0)
		return -1;
	*out = rows;
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

static const char sql_user_password[] = "UPDATE app_user SET password_hash = :hash WHERE id = :id";

int store_user_set_password(struct store *st, int64_t id, const char *hash, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_password, err);

	q_int(s, "id", id);
	q_text(s, "hash", hash);
	return q_exec(s, "spara lösenordet", err);
}

static const char sql_user_disable[] = "UPDATE app_user SET disabled = 1 WHERE id = :id";

int store_user_disable(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_disable, err);

	q_int(s, "id", id);
	return q_exec(s, "stänga av användaren", err);
}

static const char sql_user_enable[] = "UPDATE app_user SET disabled = 0 WHERE id = :id";

int store_user_enable(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_enable, err);

	q_int(s, "id", id);
	return q_exec_one(s, "slå på användaren", err);
}

static const char sql_user_role[] = "UPDATE app_user SET role = :role WHERE id = :id";

int store_user_set_role(struct store *st, int64_t id, enum role role, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_role, err);

	q_int(s, "id", id);
	q_text(s, "role", role_key(role));
	return q_exec_one(s, "ändra användarens roll", err);
}

static const char sql_user_iv_add[] = "INSERT INTO user_intervention (user_id, intervention_id) "
				      "VALUES (:user, :intervention) ON CONFLICT (user_id, intervention_id) DO NOTHING";

int store_user_insats_add(struct store *st, int64_t user_id, int64_t intervention_id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_iv_add, err);

	q_int(s, "user", user_id);
	q_int(s, "intervention", intervention_id);
	return q_exec(s, "spara användarens insats", err);
}

static const char sql_user_iv_clear[] = "DELETE FROM user_intervention WHERE user_id = :user";

int store_user_insats_clear(struct store *st, int64_t user_id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_user_iv_clear, err);

	q_int(s, "user", user_id);
	return q_exec(s, "ta bort användarens insatser", err);
}

/* ---- sessions ---- */

static const char sql_session_add[] = "INSERT INTO session (token_hash, user_id, created, last_seen, csrf, address) "
				      "VALUES (:token, :user, :created, :last_seen, :csrf, :address)";

int store_session_add(struct store *st, const struct session *se, struct err *err)
{
	struct stmt *s = q_prep(st, sql_session_add, err);

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

static const char sql_session_get[] =
	"SELECT token_hash, user_id, created, last_seen, csrf, address FROM session WHERE token_hash = :token";

int store_session_get(struct store *st, const char *token_hash, struct session *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_session_get, err);

	q_text(s, "token", token_hash);
	return q_read_one(s, sizeof(*out), fill_session, out, "läsa sessionen", err);
}

static const char sql_session_touch[] = "UPDATE session SET last_seen = :now WHERE token_hash = :token";

int store_session_touch(struct store *st, const char *token_hash, int64_t now, struct err *err)
{
	struct stmt *s = q_prep(st, sql_session_touch, err);
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

static const char sql_session_delete[] = "DELETE FROM session WHERE token_hash = :token";

int store_session_delete(struct store *st, const char *token_hash, struct err *err)
{
	struct stmt *s = q_prep(st, sql_session_delete, err);

	q_text(s, "token", token_hash);
	return q_exec(s, "ta bort sessionen", err);
}

static const char sql_session_delete_user[] = "DELETE FROM session WHERE user_id = :user";

int store_session_delete_user(struct store *st, int64_t user_id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_session_delete_user, err);

	q_int(s, "user", user_id);
	return q_exec(s, "ta bort användarens sessioner", err);
}

static const char sql_session_expire[] = "DELETE FROM session WHERE last_seen < :idle_before OR created < :created_before";

int store_session_expire(struct store *st, int64_t idle_before, int64_t created_before, struct err *err)
{
	struct stmt *s = q_prep(st, sql_session_expire, err);

	q_int(s, "idle_before", idle_before);
	q_int(s, "created_before", created_before);
	return q_exec(s, "ta bort gamla sessioner", err);
}

/* ---- failed logins ---- */

static const char sql_fail_add[] = "INSERT INTO login_failure (user_name, address, at) VALUES (:name, :address, :at)";

int store_login_failure_add(struct store *st, const char *name, const char *address, int64_t at,
			    struct err *err)
{
	struct stmt *s = q_prep(st, sql_fail_add, err);

	q_text(s, "name", name);
	q_text(s, "address", address);
	q_int(s, "at", at);
	return q_exec(s, "anteckna inloggningsförsöket", err);
}

static const char sql_fail_by_pair[] = "SELECT at FROM login_failure "
				       "WHERE user_name = :name AND address = :address AND at > :since ORDER BY at";

int store_login_failures(struct store *st, const char *name, const char *address, int64_t since,
			 int64_t *out, size_t max, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_fail_by_pair, err);
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

static const char sql_fail_clear_user[] = "DELETE FROM login_failure WHERE user_name = :name";
static const char sql_fail_clear_pair[] = "DELETE FROM login_failure WHERE user_name = :name AND address = :address";

int store_login_failures_clear(struct store *st, const char *name, const char *address, struct err *err)
{
	struct stmt *s = q_prep(st, address ? sql_fail_clear_pair : sql_fail_clear_user, err);

	q_text(s, "name", name);
	if (address)
		q_text(s, "address", address);
	return q_exec(s, "glömma inloggningsförsöken", err);
}

static const char sql_fail_prune[] = "DELETE FROM login_failure WHERE at <= :before";

int store_login_failures_prune(struct store *st, int64_t before, struct err *err)
{
	struct stmt *s = q_prep(st, sql_fail_prune, err);

	q_int(s, "before", before);
	return q_exec(s, "ta bort gamla inloggningsförsök", err);
}
