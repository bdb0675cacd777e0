/*
 * users.c: the web's users (their role, password hash and the
 * interventions a registrar may see); their sessions and failed logins
 * are login.c's, of REALM_FORBUND. The use cases in
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
