/*
 * forbund.c: the förbund of a host, as its administrator adds and lists
 * them. Adding one makes its schema (store_forbund_create), gives it the
 * association's name and organisation number as 'finsam init' does, its
 * own key for the participant register (a new file in FINSAM_KEY_DIR)
 * and its first user, an administrator; only then is it entered in the
 * host's register with its host names, so that nothing of a förbund
 * whose addition failed can be used: what was made of it is removed.
 * The host's administrator makes no user of their own in a förbund, and
 * the register holds nothing of a förbund's records.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/doc.h"
#include "store/store.h"

/* The checks that need nothing stored, before anything is made. */
static int forbund_check(const struct app_forbund_new *nf, struct forbund *f, struct association *a,
			 struct err *err)
{
	size_t i, j;

	memset(f, 0, sizeof(*f));
	if (forbund_name_check(nf->name, err) < 0)
		return err_field(err, "name");
	snprintf(f->name, sizeof(f->name), "%s", nf->name);
	forbund_schema_of(f->name, f->schema);
	if (app_association_new(nf->title, nf->orgnr, a, err) < 0)
		return -1;
	if (nf->region && strlen(nf->region) >= sizeof(f->region))
		return err_set(err, "regionens namn är för långt (högst %zu byte)", sizeof(f->region) - 1);
	snprintf(f->region, sizeof(f->region), "%s", nf->region ? nf->region : "");
	if (nf->n_hosts > FORBUND_HOSTS_MAX)
		return err_set(err, "högst %d värdnamn per förbund", FORBUND_HOSTS_MAX);
	for (i = 0; i < nf->n_hosts; i++) {
		if (forbund_host_parse(nf->hosts[i], f->hosts[f->n_hosts], err) < 0)
			return -1;
		for (j = 0; j < f->n_hosts && strcmp(f->hosts[j], f->hosts[f->n_hosts]) != 0; j++)
			;
		if (j == f->n_hosts)
			f->n_hosts++;
	}
	if (user_name_check(nf->user, err) < 0)
		return err_field(err, "user");
	if (password_check(nf->password, nf->user, err) < 0)
		return err_field(err, "password");
	return 0;
}

int app_forbund_add(const char *host_uri, const struct app_forbund_new *nf, struct err *err)
{
	struct store *host = NULL, *st = NULL;
	struct association a;
	struct forbund f, known;
	struct app_key key;
	struct stat sb;
	char key_path[4096], detail[400];
	int key_made = 0, rc;

	if (forbund_check(nf, &f, &a, err) < 0)
		return -1;
	if (!getenv("FINSAM_KEY_DIR") || !*getenv("FINSAM_KEY_DIR"))
		return err_set(err, "förbunden på en värd har var sin nyckel för deltagarregistret: ange mappen "
			       "där de ska finnas med FINSAM_KEY_DIR");
	if (store_host_open(&host, host_uri, 1, err) < 0)
		return -1;
	rc = store_forbund_get(host, f.name, &known, err);
	if (rc == 0)
		err_set(err, "förbundet '%s' finns redan på värden", f.name);
	if (rc != STORE_NOT_FOUND)
		goto fail;
	snprintf(detail, sizeof(detail), "%s#%s", host_uri, f.name);
	app_key_path(detail, key_path, sizeof(key_path));
	/* A key file of that name belongs to something else: never take it
	 * for a new register. */
	if (stat(key_path, &sb) == 0) {
		err_set(err, "nyckelfilen '%s' finns redan: ett nytt förbund får en ny nyckel (flytta bort den "
			"gamla om den inte hör till något förbund)", key_path);
		goto fail;
	}
	snprintf(f.created_by, sizeof(f.created_by), "%s", app_actor(host));
	if (store_forbund_create(host, &f, &st, err) < 0)
		goto fail;
	app_as(st, app_actor(host));
	if (store_association_set(st, &a, err) < 0)
		goto undo;
	if (app_key_load(st, detail, 1, &key, err) < 0)
		goto undo;
	key_made = 1;
	if (app_user_add(st, nf->user, "admin", NULL, 0, nf->password, err) < 0)
		goto undo;
	snprintf(detail, sizeof(detail), "förbund %s på värden, schema %s, första användare %s", f.name, f.schema,
		 nf->user);
	if (store_audit_add(st, app_actor(st), "nytt förbund", "", detail, err) < 0)
		goto undo;
	snprintf(detail, sizeof(detail), "förbund %s, schema %s%s%s, första användare %s", f.name, f.schema,
		 f.region[0] ? ", region " : "", f.region, nf->user);
	if (store_forbund_register(host, &f, "nytt förbund", detail, err) < 0)
		goto undo;
	app_close(st);
	app_close(host);
	return 0;
undo:
	app_close(st);
	{
		struct err ignored;

		store_forbund_drop(host, &f, &ignored);
	}
	if (key_made)
		unlink(key_path);
fail:
	app_close(host);
	return -1;
}

int app_forbund_list(const char *host_uri, struct forbund **out, size_t *n, struct err *err)
{
	struct store *host = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (store_host_open(&host, host_uri, 0, err) != 0)
		return -1;
	rc = store_forbund_list(host, out, n, err);
	app_close(host);
	return rc;
}

/* A row of the list of förbund: the register's entry, the association's
 * name and number from the förbund's own records, its host names. */
struct forbund_row {
	struct forbund f;
	struct association a;
	char hosts[FORBUND_HOSTS_MAX * (FORBUND_HOST_MAX + 1)];
};

static const struct doc_col forbund_cols[] = {
	DOC_TEXT("name", "Namn", struct forbund_row, f.name),
	DOC_TEXT("association", "Förbund", struct forbund_row, a.name),
	DOC_TEXT("orgnr", "Organisationsnummer", struct forbund_row, a.orgnr),
	DOC_TEXT("region", "Region", struct forbund_row, f.region),
	DOC_TEXT("hosts", "Värdnamn", struct forbund_row, hosts),
	DOC_TEXT("created", "Tillagt (UTC)", struct forbund_row, f.created),
};

struct doc *app_report_forbund(const char *host_uri, struct err *err)
{
	struct store *host = NULL;
	struct forbund *list = NULL;
	struct forbund_row *row;
	struct doc *d = NULL;
	struct doc_table *t;
	size_t n = 0, i, j;

	if (store_host_open(&host, host_uri, 0, err) != 0)
		return NULL;
	if (store_forbund_list(host, &list, &n, err) < 0)
		goto out;
	row = xmalloc(sizeof(*row));
	d = doc_new("Förbunden på värden");
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "forbund", NULL, forbund_cols, DOC_N(forbund_cols),
			   DOC_FOR_BOTH);
	for (i = 0; i < n; i++) {
		size_t len = 0;

		/* The host's connection goes into each förbund in turn for its
		 * name: the register keeps nothing of a förbund's records. */
		if (store_forbund_use(host, list[i].name, err) < 0 || app_load_association(host, &row->a, err) < 0) {
			doc_free(d);
			d = NULL;
			break;
		}
		row->f = list[i];
		row->hosts[0] = '\0';
		for (j = 0; j < list[i].n_hosts; j++)
			len += (size_t)snprintf(row->hosts + len, sizeof(row->hosts) - len, "%s%s", j ? " " : "",
						list[i].hosts[j]);
		doc_row_record(t, NULL, list[i].name, DOC_ROW_NORMAL, row);
	}
	free(row);
out:
	free(list);
	app_close(host);
	return d;
}

int app_host_uri(const char *uri)
{
	/* A file, or a förbund named after '#', is one förbund. */
	return (strncmp(uri, "postgresql://", 13) == 0 || strncmp(uri, "postgres://", 11) == 0) && !strchr(uri, '#');
}

int app_host_open(struct store **st, const char *uri, struct err *err)
{
	*st = NULL;
	if (!app_host_uri(uri)) {
		err_set(err, "databasen har ett förbund");
		return STORE_NOT_FOUND;
	}
	return store_host_open(st, uri, 0, err);
}

int app_forbund_of_host(struct store *st, const char *host, char name[FORBUND_NAME_MAX + 1], struct err *err)
{
	char h[FORBUND_HOST_MAX + 1];

	name[0] = '\0';
	if (forbund_host_parse(host, h, err) < 0)
		return STORE_NOT_FOUND;
	return store_forbund_by_host(st, h, name, err);
}

int app_forbund_use(struct store *st, const char *name, struct err *err)
{
	return store_forbund_use(st, name, err);
}
