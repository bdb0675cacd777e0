/*
 * region.c: the host's region users and the host names of the region
 * pages, as the host's administrator manages them, and logging in at a
 * region page. A region user belongs to the host, not to a förbund: they
 * read the national follow-up summed over one region's förbund, or every
 * förbund on the host, and nothing else. Their sessions and failed logins
 * are the host's, kept as a förbund's are (user.c) with the same rules,
 * hashes and throttling. Every change of these records is written to the
 * host's audit log in the transaction that makes it.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "doc/doc.h"
#include "store/store.h"

/* The host's store for its administrator's commands: a file or a förbund
 * is no host. */
static int open_host(const char *host_uri, struct store **host, struct err *err)
{
	*host = NULL;
	if (!app_host_uri(host_uri))
		return err_set(err, "regionernas användare och värdnamn kräver en värd: en PostgreSQL-databas med "
			       "flera förbund, angiven utan förbund (--db postgresql://…)");
	return store_host_open(host, host_uri, 0, err) == 0 ? 0 : -1;
}

/* The scope of region or all, the region one that some förbund of the
 * host belongs to. */
static int scope_of(struct store *host, const char *region, int all, struct region_scope *out, struct err *err)
{
	int64_t n = 0;

	if (region_scope_set(out, region, all, err) < 0)
		return err_field(err, "region");
	if (all)
		return 0;
	if (store_region_forbund_count(host, out->region, &n, err) < 0)
		return -1;
	if (n == 0) {
		err_set(err, "inget förbund på värden hör till regionen '%s'", out->region);
		err_field(err, "region");
		return err_see(err, "finsam forbund list");
	}
	return 0;
}

int app_region_user_add(const char *host_uri, const char *name, const char *region, int all, const char *password,
			struct err *err)
{
	struct store *host = NULL;
	struct region_user u;
	char hash[crypto_pwhash_STRBYTES], detail[300];
	int rc;

	memset(&u, 0, sizeof(u));
	memset(hash, 0, sizeof(hash));
	if (app_crypto_ready(err) < 0)
		return -1;
	if (user_name_check(name, err) < 0)
		return err_field(err, "name");
	snprintf(u.name, sizeof(u.name), "%s", name);
	if (region_scope_set(&u.scope, region, all, err) < 0)
		return err_field(err, "region");
	if (password_check(password, name, err) < 0)
		return err_field(err, "password");
	if (open_host(host_uri, &host, err) < 0)
		return -1;
	if (scope_of(host, region, all, &u.scope, err) < 0 || app_password_hash(password, hash, err) < 0)
		goto fail;
	if (store_begin(host, err) < 0)
		goto fail;
	rc = store_region_user_add(host, &u, hash, err);
	if (rc == STORE_DUPLICATE) {
		err_set(err, "det finns redan en regionanvändare '%s'", name);
		err_field(err, "name");
	}
	if (rc != 0)
		goto rollback;
	snprintf(detail, sizeof(detail), "regionanvändare %s, roll %s, läser %s", u.name, REGION_ROLE,
		 region_scope_label(&u.scope));
	if (store_host_audit_add(host, app_actor(host), "ny regionanvändare", detail, err) < 0 ||
	    store_commit(host, err) < 0)
		goto rollback;
	sodium_memzero(hash, sizeof(hash));
	app_close(host);
	return 0;
rollback:
	store_rollback(host);
fail:
	sodium_memzero(hash, sizeof(hash));
	app_close(host);
	return -1;
}

/* The region user name, or -1 with a message when there is none. */
static int find_user(struct store *host, const char *name, struct region_user *u, struct err *err)
{
	int rc = store_region_user_get(host, name ? name : "", 0, u, NULL, 0, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen regionanvändare '%s'", name ? name : "");
		err_field(err, "name");
		return err_see(err, "finsam region user list");
	}
	return rc == 0 ? 0 : -1;
}

/* Shuts a region user out (on: their sessions end) or lets them in again,
 * refusing one who already is as asked. */
static int set_disabled(const char *host_uri, const char *name, int on, struct err *err)
{
	struct store *host = NULL;
	struct region_user u;
	char detail[200];

	if (open_host(host_uri, &host, err) < 0)
		return -1;
	if (store_begin(host, err) < 0)
		goto fail;
	if (find_user(host, name, &u, err) < 0)
		goto rollback;
	if (!u.disabled == !on) {
		err_set(err, on ? "regionanvändaren %s är redan avstängd" : "regionanvändaren %s är inte avstängd",
			u.name);
		goto rollback;
	}
	snprintf(detail, sizeof(detail),
		 on ? "regionanvändare %s avstängd; inloggningarna avslutade" : "regionanvändare %s påslagen igen",
		 u.name);
	if ((on ? store_region_user_disable(host, u.id, err) < 0 ||
			  store_session_delete_user(host, REALM_HOST, u.id, err) < 0
		: store_region_user_enable(host, u.id, err) < 0) ||
	    store_host_audit_add(host, app_actor(host), on ? "stäng av regionanvändare" : "slå på regionanvändare",
				 detail, err) < 0 ||
	    store_commit(host, err) < 0)
		goto rollback;
	app_close(host);
	return 0;
rollback:
	store_rollback(host);
fail:
	app_close(host);
	return -1;
}

int app_region_user_disable(const char *host_uri, const char *name, struct err *err)
{
	return set_disabled(host_uri, name, 1, err);
}

int app_region_user_enable(const char *host_uri, const char *name, struct err *err)
{
	return set_disabled(host_uri, name, 0, err);
}

int app_region_user_password(const char *host_uri, const char *name, const char *password, struct err *err)
{
	struct store *host = NULL;
	struct region_user u;
	char hash[crypto_pwhash_STRBYTES], detail[200];

	memset(hash, 0, sizeof(hash));
	if (app_crypto_ready(err) < 0 || open_host(host_uri, &host, err) < 0)
		return -1;
	/* The name is checked before the password, so that a name nobody has
	 * is said to be that, and the slow hash is made before the
	 * transaction, as app_region_user_add makes it. */
	if (find_user(host, name, &u, err) < 0)
		goto fail;
	if (password_check(password, u.name, err) < 0) {
		err_field(err, "password");
		goto fail;
	}
	if (app_password_hash(password, hash, err) < 0 || store_begin(host, err) < 0)
		goto fail;
	snprintf(detail, sizeof(detail), "nytt lösenord för regionanvändare %s; inloggningarna avslutade", u.name);
	if (store_region_user_set_password(host, u.id, hash, err) < 0 ||
	    store_session_delete_user(host, REALM_HOST, u.id, err) < 0 ||
	    store_login_failures_clear(host, REALM_HOST, u.name, NULL, err) < 0 ||
	    store_host_audit_add(host, app_actor(host), "nytt lösenord för regionanvändare", detail, err) < 0 ||
	    store_commit(host, err) < 0)
		goto rollback;
	sodium_memzero(hash, sizeof(hash));
	app_close(host);
	return 0;
rollback:
	store_rollback(host);
fail:
	sodium_memzero(hash, sizeof(hash));
	app_close(host);
	return -1;
}

/* The lists' columns worked out from a record: the role, whether a
 * scope is every förbund, whether a user is shut out, an audit row's time
 * for programs. */
static void get_role(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	(void)at;
	(void)ctx;
	doc_cell_text(r, col, REGION_ROLE, NULL);
}

static void get_all(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct region_scope *sc = at;

	(void)ctx;
	doc_cell_text(r, col, sc->all ? "ja" : "nej", sc->all ? "yes" : "no");
}

static void get_status(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const int *disabled = at;

	(void)ctx;
	doc_cell_text(r, col, *disabled ? "avstängd" : "aktiv", *disabled ? "disabled" : "active");
}

static void get_stamp(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const char *stamp = at;
	char iso[40];

	(void)ctx;
	/* Programs get the stamp as the lists' created: ISO 8601 in UTC. */
	snprintf(iso, sizeof(iso), "%.10sT%.8sZ", stamp, strlen(stamp) > 11 ? stamp + 11 : "");
	doc_cell_text(r, col, stamp, iso);
}

static const struct doc_col region_user_cols[] = {
	DOC_TEXT("name", "Användare", struct region_user, name),
	{ .key = "role", .title = "Roll", .kind = DOC_KIND_TEXT, .get = get_role },
	DOC_TEXT("region", "Region", struct region_user, scope.region),
	{ .key = "all", .title = "Alla förbund", .kind = DOC_KIND_TEXT, DOC_GET(get_all, struct region_user, scope) },
	{ .key = "status", .title = "Status", .kind = DOC_KIND_TEXT,
	  DOC_GET(get_status, struct region_user, disabled) },
	DOC_TEXT("created", "Skapad (UTC)", struct region_user, created),
};

static const struct doc_col region_host_cols[] = {
	DOC_TEXT("host", "Värdnamn", struct region_host, host),
	DOC_TEXT("region", "Region", struct region_host, scope.region),
	{ .key = "all", .title = "Alla förbund", .kind = DOC_KIND_TEXT, DOC_GET(get_all, struct region_host, scope) },
	DOC_TEXT("created", "Tillagt (UTC)", struct region_host, created),
};

static const struct doc_col host_audit_cols[] = {
	{ .key = "id", .title = "Nr", .kind = DOC_KIND_INT, DOC_AT(struct host_audit_entry, id) },
	{ .key = "at", .title = "Tid (UTC)", .kind = DOC_KIND_TEXT, DOC_GET(get_stamp, struct host_audit_entry, at) },
	DOC_TEXT("actor", "Vem", struct host_audit_entry, actor),
	DOC_TEXT("action", "Vad", struct host_audit_entry, action),
	DOC_TEXT("detail", "Detaljer", struct host_audit_entry, detail),
};

struct doc *app_report_region_users(const char *host_uri, struct err *err)
{
	struct store *host = NULL;
	struct region_user *users = NULL;
	struct doc *d = NULL;
	struct doc_table *t;
	size_t n = 0, i;

	if (open_host(host_uri, &host, err) < 0)
		return NULL;
	if (store_region_user_list(host, &users, &n, err) < 0)
		goto out;
	d = doc_new("Regionanvändare på värden");
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "region_users", NULL, region_user_cols,
			   DOC_N(region_user_cols), DOC_FOR_BOTH);
	for (i = 0; i < n; i++)
		doc_row_record(t, NULL, users[i].name, DOC_ROW_NORMAL, &users[i]);
out:
	free(users);
	app_close(host);
	return d;
}

int app_region_host_add(const char *host_uri, const char *host_name, const char *region, int all, struct err *err)
{
	struct store *host = NULL;
	struct region_host h;
	char detail[400];
	int rc;

	memset(&h, 0, sizeof(h));
	if (forbund_host_parse(host_name, h.host, err) < 0)
		return err_field(err, "host");
	if (region_scope_set(&h.scope, region, all, err) < 0)
		return err_field(err, "region");
	if (open_host(host_uri, &host, err) < 0)
		return -1;
	if (scope_of(host, region, all, &h.scope, err) < 0 || store_begin(host, err) < 0)
		goto fail;
	rc = store_region_host_add(host, &h, err);
	if (rc == STORE_DUPLICATE)
		err_set(err, "värdnamnet '%s' används redan av regionsidorna", h.host);
	if (rc != 0)
		goto rollback;
	snprintf(detail, sizeof(detail), "värdnamn %s för regionsidorna, visar %s", h.host,
		 region_scope_label(&h.scope));
	if (store_host_audit_add(host, app_actor(host), "nytt regionvärdnamn", detail, err) < 0 ||
	    store_commit(host, err) < 0)
		goto rollback;
	app_close(host);
	return 0;
rollback:
	store_rollback(host);
fail:
	app_close(host);
	return -1;
}

struct doc *app_report_region_hosts(const char *host_uri, struct err *err)
{
	struct store *host = NULL;
	struct region_host *hosts = NULL;
	struct doc *d = NULL;
	struct doc_table *t;
	size_t n = 0, i;

	if (open_host(host_uri, &host, err) < 0)
		return NULL;
	if (store_region_host_list(host, &hosts, &n, err) < 0)
		goto out;
	d = doc_new("Regionsidornas värdnamn");
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "region_hosts", NULL, region_host_cols,
			   DOC_N(region_host_cols), DOC_FOR_BOTH);
	for (i = 0; i < n; i++)
		doc_row_record(t, NULL, hosts[i].host, DOC_ROW_NORMAL, &hosts[i]);
out:
	free(hosts);
	app_close(host);
	return d;
}

struct doc *app_report_host_audit(const char *host_uri, int64_t limit, struct err *err)
{
	struct store *host = NULL;
	struct host_audit_entry *log = NULL;
	struct doc *d = NULL;
	struct doc_table *t;
	size_t n = 0;

	if (limit < 0) {
		err_set(err, "antalet rader kan inte vara negativt");
		err_field(err, "limit");
		return NULL;
	}
	if (open_host(host_uri, &host, err) < 0)
		return NULL;
	if (store_host_audit_list(host, limit, &log, &n, err) < 0)
		goto out;
	d = doc_new("Värdens logg");
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "audit", NULL, host_audit_cols, DOC_N(host_audit_cols),
			   DOC_FOR_BOTH);
	doc_records(t, log, n, sizeof(*log));
out:
	free(log);
	app_close(host);
	return d;
}

int app_region_host_of(struct store *host, const char *host_name, struct region_host *out, struct err *err)
{
	char h[FORBUND_HOST_MAX + 1];

	memset(out, 0, sizeof(*out));
	if (forbund_host_parse(host_name, h, err) < 0)
		return STORE_NOT_FOUND;
	return store_region_host_get(host, h, out, err);
}

int app_region_list(struct store *host, struct region_scope **out, size_t *n, struct err *err)
{
	return store_region_list(host, out, n, err);
}

/* ---- logging in at a region page ---- */

int app_region_login(struct store *host, const struct region_scope *at, const char *name, const char *password,
		     const char *address, int64_t now, struct app_region_login *out, struct err *err)
{
	struct region_user u;
	char hash[crypto_pwhash_STRBYTES];
	int rc;

	memset(out, 0, sizeof(*out));
	memset(&u, 0, sizeof(u));
	if (!name)
		name = "";
	if (!password)
		password = "";
	if (!address)
		address = "";
	rc = app_login_begin(host, REALM_HOST, name, address, now, &out->wait, err);
	if (rc)
		return rc;
	rc = strlen(name) < USER_NAME_MAX && strlen(password) <= PASSWORD_MAX
		     ? store_region_user_get(host, name, 0, &u, hash, sizeof(hash), err)
		     : STORE_NOT_FOUND;
	if (rc < 0)
		return -1;
	/* A region's user is welcome at the host names of what they read. */
	if (!app_password_verify(rc == 0 ? hash : NULL, password) || u.disabled ||
	    !region_scope_covers(&u.scope, at)) {
		sodium_memzero(hash, sizeof(hash));
		return app_login_refused(host, REALM_HOST, name, address, now, err);
	}
	sodium_memzero(hash, sizeof(hash));
	if (app_login_session(host, REALM_HOST, u.id, u.name, address, now, out->token, &out->session.s, err) < 0)
		return -1;
	out->session.user = u;
	return 0;
}

int app_region_session_get(struct store *host, const struct region_scope *at, const char *token, int64_t now,
			   int64_t idle, struct app_region_session *out, struct err *err)
{
	char h[65];
	int rc;

	memset(out, 0, sizeof(*out));
	rc = app_session_find(host, REALM_HOST, token, now, idle, &out->s, h, err);
	if (rc)
		return rc;
	rc = store_region_user_get(host, NULL, out->s.user_id, &out->user, NULL, 0, err);
	if (rc < 0)
		return -1;
	/* A session made at another region's host name is nobody here (and
	 * stays its user's, there). */
	if (rc == 0 && !out->user.disabled && !region_scope_covers(&out->user.scope, at))
		return 1;
	return app_session_keep(host, REALM_HOST, h, &out->s, rc == 0 && !out->user.disabled, now, err);
}

int app_region_logout(struct store *host, const char *token, struct err *err)
{
	return app_session_end(host, REALM_HOST, token, err);
}
