/*
 * user.c: the use cases of the web's users: adding one (with a role and,
 * for a registrar, the interventions they answer for), changing a
 * password, turning a user off, listing them; logging in with throttling,
 * finding the session of a request and logging out.
 *
 * Passwords are kept only as Argon2id hashes (crypto_pwhash_str, at least
 * the interactive limits); a session's token is 256 random bits that only
 * the browser holds, the database keeps its BLAKE2b hash. Changes to users
 * are written to the audit log with who made them.
 */
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "doc/doc.h"
#include "doc/reports.h"
#include "store/store.h"

static int crypto_ready(struct err *err)
{
	if (sodium_init() < 0)
		return err_set(err, "kan inte starta krypteringsbiblioteket");
	return 0;
}

int app_password_hash(const char *password, char *out, struct err *err)
{
	if (crypto_pwhash_str_alg(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
				  crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
		return err_set(err, "kunde inte göra lösenordets kontrollvärde (slut på minne?)");
	return 0;
}

/* Finds a user by name, with a message when there is none. */
static int find_user(struct store *st, const char *name, struct user *u, char *hash, size_t hash_n,
		     struct err *err)
{
	int rc = store_user_get(st, name ? name : "", 0, u, hash, hash_n, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen användare '%s'", name ? name : "");
		return err_see(err, "finsam user list");
	}
	return rc;
}

/* The interventions of insatser[0..n) (ids or names, each value may be a
 * comma list: "1,Steget vidare") into u, with their names in names; then
 * whether u's role may have them: a registrar needs at least one, the
 * other roles none. */
static int user_insatser(struct store *st, struct user *u, const char *const *insatser, size_t n,
			 struct buf *names, struct err *err)
{
	struct intervention iv;
	size_t i;

	u->n_insatser = 0;
	for (i = 0; i < n; i++) {
		const char *p = insatser[i];

		while (p && *p) {
			size_t len = strcspn(p, ",");
			char which[256];

			snprintf(which, sizeof(which), "%.*s", (int)(len < 255 ? len : 255), p);
			p += len + (p[len] == ',');
			if (!which[0])
				continue;
			if (app_find_insats(st, which, &iv, err) < 0)
				return err_field(err, "insats");
			if (!user_owns_insats(u, iv.id)) {
				if (u->n_insatser == USER_INSATS_MAX) {
					err_set(err, "en användare kan ha högst %d insatser", USER_INSATS_MAX);
					return err_field(err, "insats");
				}
				u->insatser[u->n_insatser++] = iv.id;
				buf_addf(names, "%s%s", names->len ? ", " : "", iv.name);
			}
		}
	}
	if (u->role == ROLE_REGISTRAR && u->n_insatser == 0) {
		err_set(err, "en registrerare ska ha minst en insats att registrera deltagare i");
		return err_field(err, "insats");
	}
	if (u->role != ROLE_REGISTRAR && u->n_insatser > 0) {
		err_set(err, "bara en registrerare har egna insatser; rollen %s ser alla", role_label(u->role));
		return err_field(err, "insats");
	}
	return 0;
}

int app_user_add(struct store *st, const char *name, const char *role, const char *const *insatser, size_t n,
		 const char *password, struct err *err)
{
	struct user u;
	char hash[crypto_pwhash_STRBYTES], detail[400];
	struct buf names;
	size_t i;
	int rc;

	memset(&u, 0, sizeof(u));
	if (crypto_ready(err) < 0)
		return -1;
	if (user_name_check(name, err) < 0)
		return err_field(err, "name");
	snprintf(u.name, sizeof(u.name), "%s", name);
	if (role_parse(role, &u.role, err) < 0)
		return err_field(err, "role");
	buf_init(&names);
	if (user_insatser(st, &u, insatser, n, &names, err) < 0)
		goto fail;
	if (password_check(password, name, err) < 0) {
		err_field(err, "password");
		goto fail;
	}
	if (app_password_hash(password, hash, err) < 0)
		goto fail;
	if (store_begin(st, err) < 0)
		goto fail;
	rc = store_user_add(st, &u, hash, err);
	if (rc == STORE_DUPLICATE) {
		err_set(err, "det finns redan en användare '%s'", name);
		err_field(err, "name");
	}
	if (rc != 0)
		goto rollback;
	for (i = 0; i < u.n_insatser; i++)
		if (store_user_insats_add(st, u.id, u.insatser[i], err) < 0)
			goto rollback;
	snprintf(detail, sizeof(detail), "användare %s, roll %s%s%s", u.name, role_label(u.role),
		 names.len ? ", insatser: " : "", names.s);
	if (store_audit_add(st, app_actor(st), "ny användare", "", detail, err) < 0 || store_commit(st, err) < 0)
		goto rollback;
	sodium_memzero(hash, sizeof(hash));
	buf_release(&names);
	return 0;
rollback:
	store_rollback(st);
fail:
	sodium_memzero(hash, sizeof(hash));
	buf_release(&names);
	return -1;
}

/* The number of users who are administrators and not disabled. */
static int active_admins(struct store *st, size_t *count, struct err *err)
{
	struct user *users = NULL;
	size_t n = 0, i;

	if (store_user_list(st, &users, &n, err) < 0)
		return -1;
	for (*count = 0, i = 0; i < n; i++)
		if (users[i].role == ROLE_ADMIN && !users[i].disabled)
			(*count)++;
	free(users);
	return 0;
}

int app_user_edit(struct store *st, const char *name, const char *role, const char *const *insatser, size_t n,
		  struct err *err)
{
	struct user before, after;
	struct buf names;
	char detail[500];
	size_t admins, i;

	/* The user and the administrators are counted in the transaction
	 * that changes the role, so that two administrators taken away at
	 * once cannot leave none. */
	buf_init(&names);
	if (store_begin(st, err) < 0)
		goto fail;
	if (find_user(st, name, &before, NULL, 0, err) < 0)
		goto rollback;
	after = before;
	if (role && role_parse(role, &after.role, err) < 0) {
		err_field(err, "role");
		goto rollback;
	}
	if (user_insatser(st, &after, insatser, n, &names, err) < 0)
		goto rollback;
	if (before.role == ROLE_ADMIN && after.role != ROLE_ADMIN && !before.disabled) {
		if (active_admins(st, &admins, err) < 0)
			goto rollback;
		if (admins <= 1) {
			err_set(err, "%s är den enda administratören; ge först någon annan rollen administratör",
				before.name);
			err_field(err, "role");
			goto rollback;
		}
	}
	if (store_user_set_role(st, before.id, after.role, err) < 0 ||
	    store_user_insats_clear(st, before.id, err) < 0)
		goto rollback;
	for (i = 0; i < after.n_insatser; i++)
		if (store_user_insats_add(st, before.id, after.insatser[i], err) < 0)
			goto rollback;
	snprintf(detail, sizeof(detail), "användare %s: roll %s → %s%s%s", before.name, role_label(before.role),
		 role_label(after.role), names.len ? ", insatser: " : "", names.s);
	if (store_audit_add(st, app_actor(st), "ändra användare", "", detail, err) < 0 || store_commit(st, err) < 0)
		goto rollback;
	buf_release(&names);
	return 0;
rollback:
	store_rollback(st);
fail:
	buf_release(&names);
	return -1;
}

int app_user_enable(struct store *st, const char *name, struct err *err)
{
	struct user u;
	char detail[200];

	if (find_user(st, name, &u, NULL, 0, err) < 0)
		return -1;
	if (!u.disabled)
		return err_set(err, "användaren %s är inte avstängd", u.name);
	snprintf(detail, sizeof(detail), "användare %s påslagen igen", u.name);
	if (store_begin(st, err) < 0)
		return -1;
	if (store_user_enable(st, u.id, err) < 0 ||
	    store_audit_add(st, app_actor(st), "slå på användare", "", detail, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_user_passwd(struct store *st, const char *name, const char *password, struct err *err)
{
	struct user u;
	char hash[crypto_pwhash_STRBYTES], detail[200];

	if (crypto_ready(err) < 0 || find_user(st, name, &u, NULL, 0, err) < 0)
		return -1;
	if (password_check(password, u.name, err) < 0)
		return err_field(err, "password");
	if (app_password_hash(password, hash, err) < 0)
		return -1;
	snprintf(detail, sizeof(detail), "nytt lösenord för %s; inloggningarna avslutade", u.name);
	if (store_begin(st, err) < 0)
		return -1;
	if (store_user_set_password(st, u.id, hash, err) < 0 || store_session_delete_user(st, REALM_FORBUND, u.id, err) < 0 ||
	    store_login_failures_clear(st, REALM_FORBUND, u.name, NULL, err) < 0 ||
	    store_audit_add(st, app_actor(st), "nytt lösenord", "", detail, err) < 0) {
		store_rollback(st);
		return -1;
	}
	sodium_memzero(hash, sizeof(hash));
	return store_commit(st, err);
}

int app_user_disable(struct store *st, const char *name, struct err *err)
{
	struct user u;
	char detail[200];
	size_t admins;

	/* Read and counted in the transaction, as a change of role is: the
	 * last administrator cannot be shut out, by another or by herself. */
	if (store_begin(st, err) < 0)
		return -1;
	if (find_user(st, name, &u, NULL, 0, err) < 0)
		goto rollback;
	if (u.disabled) {
		err_set(err, "användaren %s är redan avstängd", u.name);
		goto rollback;
	}
	if (u.role == ROLE_ADMIN) {
		if (active_admins(st, &admins, err) < 0)
			goto rollback;
		if (admins <= 1) {
			err_set(err, "%s är den enda administratören och kan inte stängas av; ge först någon annan "
				     "rollen administratör", u.name);
			goto rollback;
		}
	}
	snprintf(detail, sizeof(detail), "användare %s avstängd; inloggningarna avslutade", u.name);
	if (store_user_disable(st, u.id, err) < 0 || store_session_delete_user(st, REALM_FORBUND, u.id, err) < 0 ||
	    store_audit_add(st, app_actor(st), "stäng av användare", "", detail, err) < 0)
		goto rollback;
	return store_commit(st, err);
rollback:
	store_rollback(st);
	return -1;
}

int app_user_list(struct store *st, struct user **out, size_t *n, struct err *err)
{
	return store_user_list(st, out, n, err);
}

/* The names of a user's interventions, "Steget vidare, Unga i arbete". */
static void insats_names(const struct user *u, const struct intervention *iv, size_t n_iv, struct buf *out)
{
	size_t i, j;

	for (i = 0; i < u->n_insatser; i++)
		for (j = 0; j < n_iv; j++)
			if (iv[j].id == u->insatser[i])
				buf_addf(out, "%s%s", out->len ? ", " : "", iv[j].name);
}

struct doc *app_report_users(struct store *st, struct err *err)
{
	struct association a;
	struct user *users = NULL;
	struct intervention *iv = NULL;
	size_t n = 0, n_iv = 0, i;
	struct doc *d = NULL;
	struct doc_table *t;

	if (app_load_association(st, &a, err) < 0 || store_user_list(st, &users, &n, err) < 0)
		return NULL;
	if (store_intervention_list(st, &iv, &n_iv, err) < 0)
		goto out;
	d = doc_new("Användare");
	doc_report_titles(d, &a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "users", NULL, 5);
	doc_column_set(t, 0, "name", "Användare", 0);
	doc_column_set(t, 1, "role", "Roll", 0);
	doc_column_set(t, 2, "interventions", "Insatser", 0);
	doc_column_set(t, 3, "status", "Status", 0);
	doc_column_set(t, 4, "created", "Skapad (UTC)", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, users[i].name, DOC_ROW_NORMAL);
		struct buf names;

		buf_init(&names);
		insats_names(&users[i], iv, n_iv, &names);
		doc_cell_text(r, 0, users[i].name, NULL);
		doc_cell_text(r, 1, role_label(users[i].role), role_key(users[i].role));
		doc_cell_text(r, 2, names.s, NULL);
		doc_cell_text(r, 3, users[i].disabled ? "avstängd" : "aktiv", users[i].disabled ? "disabled" : "active");
		doc_cell_text(r, 4, users[i].created, NULL);
		buf_release(&names);
	}
out:
	free(iv);
	free(users);
	return d;
}

/* ---- logging in ---- */

void app_token_new(char out[65])
{
	unsigned char raw[32];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(out, 65, raw, sizeof(raw));
	sodium_memzero(raw, sizeof(raw));
}

/* The hash of a token as stored; 0, or -1 when token is not 64 hex digits. */
int app_token_hash(const char *token, char out[65])
{
	unsigned char h[32];
	size_t i;

	if (!token || strlen(token) != 64)
		return -1;
	for (i = 0; i < 64; i++)
		if (!((token[i] >= '0' && token[i] <= '9') || (token[i] >= 'a' && token[i] <= 'f')))
			return -1;
	crypto_generichash(h, sizeof(h), (const unsigned char *)token, 64, NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof(h));
	return 0;
}

/* A hash to verify against when the user does not exist, so that the
 * answer takes as long as for one who does. */
static char dummy_hash[crypto_pwhash_STRBYTES];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

static void make_dummy(void)
{
	char pw[65];

	app_token_new(pw);
	if (crypto_pwhash_str_alg(dummy_hash, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
				  crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
		dummy_hash[0] = '\0';
}

int app_password_verify(const char *hash, const char *password)
{
	if (hash)
		return crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
	pthread_once(&dummy_once, make_dummy);
	/* A guess of the random dummy is still no user. */
	if (dummy_hash[0] && crypto_pwhash_str_verify(dummy_hash, password, strlen(password)) == 0)
		return 0;
	return 0;
}

int app_crypto_ready(struct err *err)
{
	return crypto_ready(err);
}

void app_login_wait_message(struct err *err, int64_t wait)
{
	if (wait >= 90)
		err_set(err, "för många misslyckade inloggningar: försök igen om %lld minuter",
			(long long)((wait + 59) / 60));
	else
		err_set(err, "för många misslyckade inloggningar: försök igen om %lld sekunder", (long long)wait);
}

int app_login_begin(struct store *st, enum realm r, const char *name, const char *address,
		    int64_t now, int64_t *wait, struct err *err)
{
	int64_t times[64];
	size_t n;

	*wait = 0;
	if (crypto_ready(err) < 0)
		return -1;
	if (store_login_failures_prune(st, r, now - THROTTLE_WINDOW, err) < 0 ||
	    store_session_expire(st, r, now - SESSION_MAX, now - SESSION_MAX, err) < 0)
		return -1;
	if (store_login_failures(st, r, name, address, now - THROTTLE_WINDOW, times, 64, &n, err) < 0)
		return -1;
	*wait = throttle_wait(times, n, THROTTLE_FREE, now);
	if (*wait > 0) {
		app_login_wait_message(err, *wait);
		return APP_LOGIN_THROTTLED;
	}
	return 0;
}

int app_login_refused(struct store *st, enum realm r, const char *name, const char *address,
		      int64_t now, struct err *err)
{
	if (store_login_failure_add(st, r, name, address, now, err) < 0)
		return -1;
	return err_set(err, "fel användarnamn eller lösenord");
}

int app_login_session(struct store *st, enum realm r, int64_t user_id, const char *name,
		      const char *address, int64_t now, char token[65], struct session *s, struct err *err)
{
	memset(s, 0, sizeof(*s));
	app_token_new(token);
	app_token_hash(token, s->token_hash);
	app_token_new(s->csrf);
	s->user_id = user_id;
	s->created = s->last_seen = now;
	snprintf(s->address, sizeof(s->address), "%s", address);
	if (store_login_failures_clear(st, r, name, address, err) < 0 || store_session_add(st, r, s, err) < 0) {
		sodium_memzero(token, 65);
		return -1;
	}
	return 0;
}

int app_login(struct store *st, const char *name, const char *password, const char *address, int64_t now,
	      struct app_login *out, struct err *err)
{
	struct user u;
	struct session s;
	char hash[crypto_pwhash_STRBYTES];
	int rc;

	memset(out, 0, sizeof(*out));
	if (!name)
		name = "";
	if (!password)
		password = "";
	if (!address)
		address = "";
	rc = app_login_begin(st, REALM_FORBUND, name, address, now, &out->wait, err);
	if (rc)
		return rc;
	rc = strlen(name) < USER_NAME_MAX && strlen(password) <= PASSWORD_MAX
		     ? store_user_get(st, name, 0, &u, hash, sizeof(hash), err)
		     : STORE_NOT_FOUND;
	if (rc < 0)
		return -1;
	if (!app_password_verify(rc == 0 ? hash : NULL, password) || u.disabled) {
		sodium_memzero(hash, sizeof(hash));
		return app_login_refused(st, REALM_FORBUND, name, address, now, err);
	}
	/* A hash made with weaker limits than today's is made again. */
	if (crypto_pwhash_str_needs_rehash(hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
					   crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0 &&
	    app_password_hash(password, hash, NULL) == 0)
		store_user_set_password(st, u.id, hash, NULL);
	sodium_memzero(hash, sizeof(hash));
	if (app_login_session(st, REALM_FORBUND, u.id, u.name, address, now, out->token, &s, err) < 0)
		return -1;
	out->session.user = u;
	out->session.s = s;
	return 0;
}

/* How often a session's last use is written, in seconds. */
#define SESSION_TOUCH_S 30

int app_session_find(struct store *st, enum realm r, const char *token, int64_t now,
		     int64_t idle, struct session *s, char h[65], struct err *err)
{
	int rc;

	memset(s, 0, sizeof(*s));
	if (app_token_hash(token, h) < 0)
		return 1;
	rc = store_session_get(st, r, h, s, err);
	if (rc == STORE_NOT_FOUND)
		return 1;
	if (rc < 0)
		return -1;
	if (!session_alive(s, now, idle)) {
		store_session_delete(st, r, h, NULL);
		return 1;
	}
	return 0;
}

int app_session_keep(struct store *st, enum realm r, const char *h, struct session *s, int welcome,
		     int64_t now, struct err *err)
{
	if (!welcome) {
		store_session_delete(st, r, h, NULL);
		return 1;
	}
	/* The idle timeout counts minutes: noting the time once every
	 * SESSION_TOUCH_S seconds is enough, and spares a write per request. */
	if (now - s->last_seen < SESSION_TOUCH_S)
		return 0;
	/* During an import the note waits for the next request: reading the
	 * pages goes on while the import writes. */
	if (store_session_touch(st, r, h, now, err) < 0) {
		if (!err->busy)
			return -1;
		store_busy_taken(st);
		return 0;
	}
	s->last_seen = now;
	return 0;
}

int app_session_get(struct store *st, const char *token, int64_t now, int64_t idle, struct app_session *out,
		    struct err *err)
{
	char h[65];
	int rc;

	memset(out, 0, sizeof(*out));
	rc = app_session_find(st, REALM_FORBUND, token, now, idle, &out->s, h, err);
	if (rc)
		return rc;
	rc = store_user_get(st, NULL, out->s.user_id, &out->user, NULL, 0, err);
	if (rc < 0)
		return -1;
	return app_session_keep(st, REALM_FORBUND, h, &out->s, rc == 0 && !out->user.disabled, now, err);
}

int app_session_end(struct store *st, enum realm r, const char *token, struct err *err)
{
	char h[65];

	if (app_token_hash(token, h) < 0)
		return 0;
	return store_session_delete(st, r, h, err);
}

int app_logout(struct store *st, const char *token, struct err *err)
{
	return app_session_end(st, REALM_FORBUND, token, err);
}
