/*
 * region.c: the host's own users, who read the follow-up summed over the
 * förbund of a region or of the whole host (their sessions and failed
 * logins are login.c's, of REALM_HOST); the host names of the region
 * pages; and the host's audit log. All in the host's schema (finsam_host, made by host.c's
 * migrations), named in full so that a connection that works in a
 * förbund's schema reaches them too. The use cases in app/region.c check
 * every change and write it to the host's audit log in the same
 * transaction.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"
#include "store/store_int.h"

struct stmt *store_host_prep(struct store *st, const char *sql, struct err *err)
{
	if (!st->pg) {
		err_set(err, "en SQLite-fil rymmer ett förbund: regionernas användare kräver en värd "
			     "(--db postgresql://…)");
		return NULL;
	}
	return q_prep(st, sql, err);
}

/* ---- users ---- */

static const char sql_user_add[] =
	"INSERT INTO finsam_host.region_user (name, password_hash, region, all_forbund, disabled, created_at) "
	"VALUES (:name, :hash, :region, :all, 0, :created_at) ON CONFLICT (name) DO NOTHING RETURNING id";

int store_region_user_add(struct store *st, struct region_user *u, const char *hash, struct err *err)
{
	struct stmt *s;
	char stamp[32];
	int rc;

	if (!(s = store_host_prep(st, sql_user_add, err)))
		return -1;
	q_text(s, "name", u->name);
	q_text(s, "hash", hash);
	q_text(s, "region", u->scope.all ? "" : u->scope.region);
	q_int(s, "all", u->scope.all ? 1 : 0);
	q_text(s, "created_at", q_utc_now(stamp, sizeof(stamp), STAMP_ISO_UTC));
	rc = q_step(s, "spara regionanvändaren", err);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return STORE_DUPLICATE;
	u->id = q_col_int(s, 0);
	q_reset(s);
	snprintf(u->created, sizeof(u->created), "%s", stamp);
	return 0;
}

#define USER_COLS "id, name, region, all_forbund, disabled, created_at, password_hash"

static void fill_user(struct stmt *s, void *row)
{
	struct region_user *u = row;

	u->id = q_col_int(s, 0);
	q_col_copy(u->name, sizeof(u->name), s, 1);
	q_col_copy(u->scope.region, sizeof(u->scope.region), s, 2);
	u->scope.all = q_col_int(s, 3) != 0;
	u->disabled = q_col_int(s, 4) != 0;
	q_col_copy(u->created, sizeof(u->created), s, 5);
}

static const char sql_user_by_name[] = "SELECT " USER_COLS " FROM finsam_host.region_user WHERE name = :name";
static const char sql_user_by_id[] = "SELECT " USER_COLS " FROM finsam_host.region_user WHERE id = :id";

int store_region_user_get(struct store *st, const char *name, int64_t id, struct region_user *out, char *hash,
			  size_t hash_n, struct err *err)
{
	struct stmt *s;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!(s = store_host_prep(st, name ? sql_user_by_name : sql_user_by_id, err)))
		return -1;
	if (name)
		q_text(s, "name", name);
	else
		q_int(s, "id", id);
	rc = q_step(s, "läsa regionanvändaren", err);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return STORE_NOT_FOUND;
	fill_user(s, out);
	if (hash)
		q_col_copy(hash, hash_n, s, 6);
	q_reset(s);
	return 0;
}

static const char sql_user_list[] = "SELECT " USER_COLS " FROM finsam_host.region_user ORDER BY name";

int store_region_user_list(struct store *st, struct region_user **out, size_t *n, struct err *err)
{
	struct stmt *s;
	void *rows = NULL;

	*out = NULL;
	*n = 0;
	if (!(s = store_host_prep(st, sql_user_list, err)))
		return -1;
	if (q_read_rows(s, sizeof(**out), fill_user, &rows, n, "läsa regionanvändarna", err) < 0)
		return -1;
	*out = rows;
	return 0;
}

static const char sql_user_disable[] = "UPDATE finsam_host.region_user SET disabled = 1 WHERE id = :id";

int store_region_user_disable(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s;

	if (!(s = store_host_prep(st, sql_user_disable, err)))
		return -1;
	q_int(s, "id", id);
	return q_exec_one(s, "stänga av regionanvändaren", err);
}

static const char sql_user_enable[] = "UPDATE finsam_host.region_user SET disabled = 0 WHERE id = :id";

int store_region_user_enable(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s;

	if (!(s = store_host_prep(st, sql_user_enable, err)))
		return -1;
	q_int(s, "id", id);
	return q_exec_one(s, "slå på regionanvändaren", err);
}

static const char sql_user_password[] =
	"UPDATE finsam_host.region_user SET password_hash = :hash WHERE id = :id";

int store_region_user_set_password(struct store *st, int64_t id, const char *hash, struct err *err)
{
	struct stmt *s;

	if (!(s = store_host_prep(st, sql_user_password, err)))
		return -1;
	q_text(s, "hash", hash);
	q_int(s, "id", id);
	return q_exec_one(s, "byta regionanvändarens lösenord", err);
}

/* ---- host names of the region pages ---- */

static const char sql_host_forbund[] = "SELECT forbund FROM finsam_host.forbund_host WHERE host = :host";
static const char sql_host_add[] = "INSERT INTO finsam_host.region_host (host, region, all_forbund, created_at) "
				   "VALUES (:host, :region, :all, :created_at) ON CONFLICT (host) DO NOTHING";

int store_region_host_add(struct store *st, struct region_host *h, struct err *err)
{
	struct stmt *s;
	int rc;

	if (!(s = store_host_prep(st, sql_host_forbund, err)))
		return -1;
	q_text(s, "host", h->host);
	if ((rc = q_step(s, "se efter värdnamnet", err)) < 0)
		return -1;
	if (rc) {
		err_set(err, "värdnamnet '%s' används redan av förbundet '%s'", h->host, q_col_text(s, 0));
		q_reset(s);
		return -1;
	}
	if (!(s = q_prep(st, sql_host_add, err)))
		return -1;
	q_text(s, "host", h->host);
	q_text(s, "region", h->scope.all ? "" : h->scope.region);
	q_int(s, "all", h->scope.all ? 1 : 0);
	q_text(s, "created_at", q_utc_now(h->created, sizeof(h->created), STAMP_ISO_UTC));
	if (q_exec(s, "spara regionsidornas värdnamn", err) < 0)
		return -1;
	return q_changes(s) == 0 ? STORE_DUPLICATE : 0;
}

static void fill_host(struct stmt *s, void *row)
{
	struct region_host *h = row;

	q_col_copy(h->host, sizeof(h->host), s, 0);
	q_col_copy(h->scope.region, sizeof(h->scope.region), s, 1);
	h->scope.all = q_col_int(s, 2) != 0;
	q_col_copy(h->created, sizeof(h->created), s, 3);
}

static const char sql_host_get[] =
	"SELECT host, region, all_forbund, created_at FROM finsam_host.region_host WHERE host = :host";

int store_region_host_get(struct store *st, const char *host, struct region_host *out, struct err *err)
{
	struct region_host ignored;
	struct stmt *s;

	if (!(s = store_host_prep(st, sql_host_get, err)))
		return -1;
	q_text(s, "host", host);
	return q_read_one(s, sizeof(ignored), fill_host, out ? out : &ignored, "läsa regionsidornas värdnamn", err);
}

static const char sql_host_list[] =
	"SELECT host, region, all_forbund, created_at FROM finsam_host.region_host ORDER BY host";

int store_region_host_list(struct store *st, struct region_host **out, size_t *n, struct err *err)
{
	struct stmt *s;
	void *rows = NULL;

	*out = NULL;
	*n = 0;
	if (!(s = store_host_prep(st, sql_host_list, err)))
		return -1;
	if (q_read_rows(s, sizeof(**out), fill_host, &rows, n, "läsa regionsidornas värdnamn", err) < 0)
		return -1;
	*out = rows;
	return 0;
}

static const char sql_region_count[] = "SELECT count(*) FROM finsam_host.forbund WHERE region = :region";

int store_region_forbund_count(struct store *st, const char *region, int64_t *n, struct err *err)
{
	struct stmt *s;

	*n = 0;
	if (!(s = store_host_prep(st, sql_region_count, err)))
		return -1;
	q_text(s, "region", region);
	return q_exec_id(s, n, "räkna regionens förbund", err);
}

static const char sql_region_list[] =
	"SELECT DISTINCT region FROM finsam_host.forbund WHERE region <> '' ORDER BY region";

static void fill_region(struct stmt *s, void *row)
{
	struct region_scope *r = row;

	q_col_copy(r->region, sizeof(r->region), s, 0);
	r->all = 0;
}

int store_region_list(struct store *st, struct region_scope **out, size_t *n, struct err *err)
{
	struct stmt *s;
	void *rows = NULL;

	*out = NULL;
	*n = 0;
	if (!(s = store_host_prep(st, sql_region_list, err)))
		return -1;
	if (q_read_rows(s, sizeof(**out), fill_region, &rows, n, "läsa värdens regioner", err) < 0)
		return -1;
	*out = rows;
	return 0;
}

/* ---- the host's audit log ---- */

static const char sql_audit_add[] = "INSERT INTO finsam_host.audit_log (at, actor, action, detail) "
				    "VALUES (:at, :actor, :action, :detail)";

int store_host_audit_add(struct store *st, const char *actor, const char *action, const char *detail,
			 struct err *err)
{
	struct stmt *s;
	char stamp[32];

	if (!(s = store_host_prep(st, sql_audit_add, err)))
		return -1;
	q_text(s, "at", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	q_text(s, "actor", actor ? actor : "");
	q_text(s, "action", action);
	q_text(s, "detail", detail ? detail : "");
	return q_exec(s, "skriva i värdens logg", err);
}

/* The last `limit` rows (all when limit is 0), oldest first. */
static const char sql_audit_list[] =
	"SELECT id, at, actor, action, detail FROM (SELECT id, at, actor, action, detail "
	"FROM finsam_host.audit_log ORDER BY id DESC LIMIT :limit) AS last ORDER BY id";

static void fill_audit(struct stmt *s, void *row)
{
	struct host_audit_entry *e = row;

	e->id = q_col_int(s, 0);
	q_col_copy(e->at, sizeof(e->at), s, 1);
	q_col_copy(e->actor, sizeof(e->actor), s, 2);
	q_col_copy(e->action, sizeof(e->action), s, 3);
	q_col_copy(e->detail, sizeof(e->detail), s, 4);
}

int store_host_audit_list(struct store *st, int64_t limit, struct host_audit_entry **out, size_t *n,
			  struct err *err)
{
	struct stmt *s;
	void *rows = NULL;

	*out = NULL;
	*n = 0;
	if (!(s = store_host_prep(st, sql_audit_list, err)))
		return -1;
	q_int(s, "limit", limit > 0 ? limit : INT64_MAX);
	if (q_read_rows(s, sizeof(**out), fill_audit, &rows, n, "läsa värdens logg", err) < 0)
		return -1;
	*out = rows;
	return 0;
}
