/*
 * sqlite_users.c: corrections of the web's users: a user turned on again,
 * given another role, or their interventions cleared before the new ones
 * are added (store_user_insats_add, in sqlite.c with the rest of the
 * users). The use cases in app/user.c check every change and write it to
 * the audit log in the same transaction.
 */
#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

int store_user_enable(struct store *st, int64_t id, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "UPDATE app_user SET disabled = 0 WHERE id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_exec_one(st, s, "slå på användaren", err);
}

int store_user_set_role(struct store *st, int64_t id, enum role role, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "UPDATE app_user SET role = ?2 WHERE id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sq_bind_text(s, 2, role_key(role));
	return sq_exec_one(st, s, "ändra användarens roll", err);
}

int store_user_insats_clear(struct store *st, int64_t user_id, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "DELETE FROM user_intervention WHERE user_id = ?1", err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, user_id);
	return sq_exec_step(st, s, err, "ta bort användarens insatser");
}
