/*
 * migrate.c: a förbund moved from one store to another, 'finsam migrate':
 * from its SQLite file into PostgreSQL (a database of its own or a new
 * förbund of a host) and back into a new file. The records go whole, ids
 * and the audit log as they were (store_transfer, one transaction on the
 * target); the participant register's key goes with them to where the
 * target's key is looked for, so that the target accepts the same key
 * (its fingerprint is among the records copied). The target must be new:
 * nothing is ever merged into records that are already there.
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "model/forbund.h"
#include "store/store.h"

static int is_pg(const char *s)
{
	return strncmp(s, "postgresql://", 13) == 0 || strncmp(s, "postgres://", 11) == 0;
}

/* A store finsam knows: a file's path or a PostgreSQL URI, not another
 * scheme ("mysql://…", "sqlite://…"). */
static int known_scheme(const char *what, const char *s, struct err *err)
{
	const char *colon = strstr(s, "://");

	if (colon && !is_pg(s))
		return err_set(err, "%s '%s' har ett okänt schema: ange en fil eller postgresql://…", what, s);
	return 0;
}

/* The key file at path: 0 with it in *key, ENOENT when there is none, -1
 * with a message. */
static int read_key(const char *path, struct app_key *key, struct err *err)
{
	int rc = app_key_read(path, key, err);

	if (rc == APP_KEY_MALFORMED)
		return err_set(err, "nyckelfilen '%s' finns redan men är ingen nyckel; flytta bort den först", path);
	return rc;
}

/* Puts key at path: *made 1 when written now, 0 when the same key was
 * there already; another key there is refused. */
static int place_key(const char *path, const struct app_key *key, int *made, struct err *err)
{
	struct app_key there;
	int rc;

	*made = 0;
	rc = read_key(path, &there, err);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		rc = sodium_memcmp(there.bytes, key->bytes, sizeof(key->bytes));
		sodium_memzero(&there, sizeof(there));
		if (rc != 0)
			return err_set(err, "nyckelfilen '%s' finns redan och är inte källans nyckel: flytta bort den, "
				       "eller ange en annan med --key FIL", path);
		return 0;
	}
	if (app_write_private(path, key->bytes, sizeof(key->bytes), 1, err) < 0)
		return -1;
	*made = 1;
	return 0;
}

/* The förbund of a host to be made, from to ("URI#NAME") and m. */
static int new_forbund(const struct app_migrate *m, const char *name, struct forbund *f, struct err *err)
{
	size_t i;

	memset(f, 0, sizeof(*f));
	if (forbund_name_check(name, err) < 0)
		return -1;
	snprintf(f->name, sizeof(f->name), "%s", name);
	forbund_schema_of(f->name, f->schema);
	if (m->region && strlen(m->region) >= sizeof(f->region))
		return err_set(err, "regionens namn är för långt (högst %zu byte)", sizeof(f->region) - 1);
	snprintf(f->region, sizeof(f->region), "%s", m->region ? m->region : "");
	if (m->n_hosts > FORBUND_HOSTS_MAX)
		return err_set(err, "högst %d värdnamn per förbund", FORBUND_HOSTS_MAX);
	for (i = 0; i < m->n_hosts; i++)
		if (forbund_host_parse(m->hosts[i], f->hosts[f->n_hosts++], err) < 0)
			return -1;
	return 0;
}

int app_migrate(const struct app_migrate *m, app_table_progress progress, void *ctx, int *with_key, char *key_out,
		size_t key_n, struct err *err)
{
	struct store *src = NULL, *dst = NULL, *host = NULL;
	struct app_key key, check;
	struct forbund f, known;
	struct stat sb;
	const char *hash;
	char *host_uri = NULL;
	int created = 0, made_forbund = 0, key_made = 0, rc = -1;

	*with_key = 0;
	key_out[0] = '\0';
	memset(&key, 0, sizeof(key));
	memset(&check, 0, sizeof(check));
	memset(&f, 0, sizeof(f));
	if (!m->from || !*m->from)
		return err_set(err, "ingen databas att flytta från (--db FIL eller FINSAM_DB)");
	if (!m->to || !*m->to)
		return err_set(err, "ange vart förbundet ska flyttas med --to FIL eller --to postgresql://…");
	if (known_scheme("källan", m->from, err) < 0 || known_scheme("målet", m->to, err) < 0)
		return -1;
	if (strcmp(m->from, m->to) == 0)
		return err_set(err, "källan och målet är samma databas ('%s')", m->to);
	hash = is_pg(m->to) ? strchr(m->to, '#') : NULL;
	if (!is_pg(m->to) && stat(m->to, &sb) == 0)
		return err_set(err, "'%s' finns redan: ett förbund flyttas bara till en ny fil", m->to);
	if (!hash && (m->region || m->n_hosts))
		return err_set(err, "--region och --host gäller ett nytt förbund på en värd (--to postgresql://…#NAMN)");
	if (hash && new_forbund(m, hash + 1, &f, err) < 0)
		return -1;

	if (app_open(&src, m->from, 0, NULL, err) < 0)
		return err_prefix(err, "källan");
	/* A copy whose key is not the source's would be a register nobody
	 * can search or add to. */
	rc = app_key_load(src, m->from, 0, &key, err);
	if (rc < 0) {
		err_prefix(err, "källans nyckel");
		goto fail;
	}
	*with_key = rc == 0;
	if (m->key_to && *m->key_to)
		snprintf(key_out, key_n, "%s", m->key_to);
	else
		app_key_path(m->to, key_out, key_n);
	if (*with_key && !key_out[0]) {
		err_set(err, "målet har ingen plats för deltagarregistrets nyckel: ange nyckelfilen med --key FIL "
			"(eller FINSAM_KEY_FILE för en PostgreSQL-databas, FINSAM_KEY_DIR för förbunden på en värd)");
		goto fail;
	}

	if (hash) {
		host_uri = xstrndup(m->to, (size_t)(hash - m->to));
		if (store_host_open(&host, host_uri, 1, err) < 0)
			goto fail;
		rc = store_forbund_get(host, f.name, &known, err);
		if (rc == 0)
			err_set(err, "förbundet '%s' finns redan på värden: ett förbund flyttas bara till ett nytt "
				"förbund (som flytten gör)", f.name);
		if (rc != STORE_NOT_FOUND)
			goto fail;
		snprintf(f.created_by, sizeof(f.created_by), "%s", app_actor(host));
		if (store_forbund_create(host, &f, &dst, err) < 0)
			goto fail;
		made_forbund = 1;
	} else if (app_open(&dst, m->to, 1, &created, err) < 0) {
		goto fail;
	}
	if (*with_key && place_key(key_out, &key, &key_made, err) < 0)
		goto fail;
	if (store_transfer(src, dst, progress, ctx, err) < 0)
		goto fail;
	/* The target knows the key by the fingerprint it was given. */
	if (*with_key && app_key_load_file(dst, key_out, 0, &check, err) != 0) {
		err_prefix(err, "målet godtar inte källans nyckel");
		goto fail;
	}
	if (host) {
		char detail[300];

		snprintf(detail, sizeof(detail), "förbund %s flyttat till värden, schema %s%s%s", f.name, f.schema,
			 f.region[0] ? ", region " : "", f.region);
		if (store_forbund_register(host, &f, "nytt förbund", detail, err) < 0)
			goto fail;
	}
	rc = 0;
	goto out;
fail:
	rc = -1;
	store_close(dst);
	dst = NULL;
	if (created)
		store_remove(m->to);
	if (made_forbund) {
		struct err ignored;

		store_forbund_drop(host, &f, &ignored);
	}
	if (key_made)
		unlink(key_out);
out:
	sodium_memzero(&key, sizeof(key));
	sodium_memzero(&check, sizeof(check));
	store_close(dst);
	store_close(src);
	store_close(host);
	free(host_uri);
	return rc;
}
