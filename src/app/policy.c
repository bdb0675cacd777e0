/*
 * policy.c: the use cases of the governing documents: adding one, its
 * revisions, correcting and removing it, and the lists.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "doc/reports.h"
#include "model/policy.h"
#include "store/store.h"

/* A date of a field (blank: not set when optional is set, else refused). */
static int field_date(const char *s, int optional, const char *field, struct date *out, struct err *err)
{
	memset(out, 0, sizeof(*out));
	if (optional && app_blank(s))
		return 0;
	if (date_parse(s, out, err) < 0)
		return err_field(err, field);
	return 0;
}

/* revise_by after `from`, the day of the adoption it belongs to. */
static int check_revise_by(struct date revise_by, struct date from, struct err *err)
{
	char a[11], b[11];

	if (date_is_set(revise_by) && date_cmp(revise_by, from) <= 0)
		return err_set(err, "dagen då styrdokumentet senast ska revideras (%s) måste ligga efter dagen då det "
			       "antogs (%s)", date_format(a, revise_by), date_format(b, from)),
		       err_field(err, "revise_by");
	return 0;
}

/* The given fields onto p (NULL keeps a field), each checked: the one
 * validation of a governing document's own fields. */
static int policy_apply(struct policy *p, const char *name, const char *kind, const char *adopted,
			const char *revise_by, const char *note, struct err *err)
{
	if (name && app_require(&APP_POLICY, "name", name, err) < 0)
		return -1;
	if (name && app_copy_field(p->name, sizeof(p->name), name, "namnet", err) < 0)
		return err_field(err, "name");
	if (kind && !app_blank(kind) && policy_kind_parse(kind, &p->kind) < 0)
		return err_set(err, "okänt slag av styrdokument '%s' (förbundsordning, arbetsordning, delegeringsordning, "
			       "attestordning, dokumenthanteringsplan, internkontrollplan, risk- och "
			       "väsentlighetsanalys eller övrigt)", kind), err_field(err, "kind");
	if (adopted && (app_require(&APP_POLICY, "adopted", adopted, err) < 0 ||
			field_date(adopted, 0, "adopted", &p->adopted, err) < 0))
		return -1;
	if (revise_by && field_date(revise_by, 1, "revise_by", &p->revise_by, err) < 0)
		return -1;
	if (note && app_copy_field(p->note, sizeof(p->note), note, "anteckningen", err) < 0)
		return err_field(err, "note");
	return check_revise_by(p->revise_by, p->adopted, err);
}

static json_t *policy_json(const struct policy *p)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "name", json_string(p->name));
	json_object_set_new(o, "kind", json_string(policy_kind_key(p->kind)));
	app_json_date(o, "adopted", p->adopted);
	app_json_date(o, "revise_by", p->revise_by);
	json_object_set_new(o, "note", json_string(p->note));
	return o;
}

static json_t *revision_json(const struct policy_revision *r)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "policy", json_integer(r->policy_id));
	app_json_date(o, "date", r->date);
	app_json_date(o, "revise_by", r->revise_by);
	json_object_set_new(o, "note", json_string(r->note));
	return o;
}

/* Finds the document `which` names: an id ("3") or a name. */
static int find_policy(struct store *st, const char *which, struct policy *p, struct err *err)
{
	char *end = NULL;
	long long id = 0;
	int rc = STORE_NOT_FOUND;

	if (app_blank(which))
		return err_set(err, "ange styrdokumentets namn eller id");
	if (which[0] >= '0' && which[0] <= '9') {
		id = strtoll(which, &end, 10);
		if (*end || id <= 0)
			id = 0;
	}
	if (id)
		rc = store_policy_get(st, id, NULL, p, err);
	if (rc == STORE_NOT_FOUND)
		rc = store_policy_get(st, 0, which, p, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns inget styrdokument '%s'", which);
		return err_see(err, "finsam policy list");
	}
	return rc;
}

/* Refuses p's name when another document (not p->id) has it. */
static int name_free(struct store *st, const struct policy *p, struct err *err)
{
	struct policy other;
	int rc = store_policy_get(st, 0, p->name, &other, err);

	if (rc < 0)
		return -1;
	if (rc == 0 && other.id != p->id)
		return err_set(err, "det finns redan ett styrdokument som heter '%s' (id %lld)", p->name,
			       (long long)other.id), err_field(err, "name");
	return 0;
}

int app_policy_add(struct store *st, const char *name, const char *kind, const char *adopted, const char *revise_by,
		   const char *note, struct err *err)
{
	struct policy p;

	memset(&p, 0, sizeof(p));
	if (app_require(&APP_POLICY, "name", name, err) < 0 || app_require(&APP_POLICY, "adopted", adopted, err) < 0)
		return -1;
	/* Without a kind, the name says it when it is one of the known. */
	if (app_blank(kind) && policy_kind_parse(name, &p.kind) < 0)
		p.kind = POLICY_OTHER;
	if (policy_apply(&p, name, kind, adopted, revise_by ? revise_by : "", note ? note : "", err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (name_free(st, &p, err) < 0 || store_policy_add(st, &p, err) < 0 ||
	    app_change(st, "lägg till styrdokument", "policy", p.id, NULL, policy_json(&p), err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

/* Begins a change of the document `which`: its record into p, summarised
 * from its revisions (*revs, n; the caller frees them). -1 after rolling
 * back when it cannot. */
static int change_begin(struct store *st, const char *which, struct policy *p, struct policy_revision **revs,
			size_t *n, struct err *err)
{
	*revs = NULL;
	*n = 0;
	if (store_begin(st, err) < 0)
		return -1;
	if (find_policy(st, which, p, err) < 0 || store_policy_revision_list(st, p->id, revs, n, err) < 0) {
		store_rollback(st);
		return -1;
	}
	policy_summarise(p, *revs, *n);
	return 0;
}

/* Ends it: commits when rc is 0, else rolls back; frees revs. */
static int change_end(struct store *st, int rc, struct policy_revision *revs, struct err *err)
{
	free(revs);
	if (rc < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_policy_revise(struct store *st, const char *which, const char *date, const char *revise_by, const char *note,
		      struct err *err)
{
	struct policy p;
	struct policy_revision *revs, r;
	size_t n;
	struct date previous;
	char a[11], b[11];
	int rc = -1;

	memset(&r, 0, sizeof(r));
	if (app_require(&APP_POLICY_REVISION, "date", date, err) < 0 || field_date(date, 0, "date", &r.date, err) < 0 ||
	    field_date(revise_by, 1, "revise_by", &r.revise_by, err) < 0 ||
	    check_revise_by(r.revise_by, r.date, err) < 0 ||
	    app_copy_field(r.note, sizeof(r.note), note, "anteckningen", err) < 0)
		return -1;
	if (change_begin(st, which, &p, &revs, &n, err) < 0)
		return -1;
	previous = p.revisions ? p.last_revised : p.adopted;
	if (date_cmp(r.date, previous) < 0) {
		err_set(err, "revideringen (%s) kan inte ligga före %s %s", date_format(a, r.date),
			p.revisions ? "den förra revideringen" : "dagen då styrdokumentet antogs", date_format(b, previous));
		err_field(err, "date");
	} else {
		r.policy_id = p.id;
		if (store_policy_revision_add(st, &r, err) == 0 &&
		    app_change(st, "revidera styrdokument", "policy_revision", r.id, NULL, revision_json(&r), err) == 0)
			rc = 0;
	}
	return change_end(st, rc, revs, err);
}

int app_policy_edit(struct store *st, const char *which, const char *name, const char *kind, const char *adopted,
		    const char *revise_by, const char *note, struct err *err)
{
	struct policy before, after;
	struct policy_revision *revs;
	size_t n, i;
	char a[11], b[11];
	int rc = -1;

	if (change_begin(st, which, &before, &revs, &n, err) < 0)
		return -1;
	after = before;
	if (policy_apply(&after, name, kind, adopted, revise_by, note, err) < 0 || name_free(st, &after, err) < 0)
		return change_end(st, -1, revs, err);
	/* The first adoption comes before every revision. */
	for (i = 0; i < n; i++)
		if (date_cmp(revs[i].date, after.adopted) < 0) {
			err_set(err, "styrdokumentet reviderades %s, så det kan inte ha antagits %s",
				date_format(a, revs[i].date), date_format(b, after.adopted));
			err_field(err, "adopted");
			return change_end(st, -1, revs, err);
		}
	if (store_policy_update(st, &after, err) == 0 &&
	    app_change(st, "ändra styrdokument", "policy", after.id, policy_json(&before), policy_json(&after), err) == 0)
		rc = 0;
	return change_end(st, rc, revs, err);
}

int app_policy_remove(struct store *st, const char *which, struct err *err)
{
	struct policy p;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_policy(st, which, &p, err) < 0 || store_policy_delete(st, p.id, err) < 0 ||
	    app_change(st, "ta bort styrdokument", "policy", p.id, policy_json(&p), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_policy_revision_remove(struct store *st, int64_t id, struct err *err)
{
	struct policy_revision r;
	int rc;

	if (store_begin(st, err) < 0)
		return -1;
	rc = store_policy_revision_get(st, id, &r, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen revidering med id %lld", (long long)id);
		err_see(err, "finsam policy show NAMN");
	}
	if (rc != 0 || store_policy_revision_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort revidering", "policy_revision", id, revision_json(&r), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

static int by_kind_name(const void *a, const void *b)
{
	const struct policy *x = a, *y = b;

	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	return strcmp(x->name, y->name);
}

int app_policy_list(struct store *st, struct policy **out, size_t *n, struct err *err)
{
	struct policy_revision *revs = NULL;
	size_t n_revs = 0, i;

	if (store_policy_list(st, out, n, err) < 0)
		return -1;
	if (store_policy_revision_list(st, 0, &revs, &n_revs, err) < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	for (i = 0; i < *n; i++)
		policy_summarise(&(*out)[i], revs, n_revs);
	if (*n > 1)
		qsort(*out, *n, sizeof(**out), by_kind_name);
	free(revs);
	return 0;
}

int app_policy_get(struct store *st, const char *which, struct policy *out, struct policy_revision **revs,
		   size_t *n_revs, struct err *err)
{
	struct policy_revision *r = NULL;
	size_t n = 0;

	if (find_policy(st, which, out, err) < 0 || store_policy_revision_list(st, out->id, &r, &n, err) < 0)
		return -1;
	policy_summarise(out, r, n);
	if (revs) {
		*revs = r;
		*n_revs = n;
	} else {
		free(r);
	}
	return 0;
}

struct doc *app_report_policies(struct store *st, struct err *err)
{
	struct association a;
	struct policy *p = NULL;
	size_t n = 0;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || app_policy_list(st, &p, &n, err) < 0)
		return NULL;
	d = doc_policies(&a, p, n, date_today());
	free(p);
	return d;
}

struct doc *app_report_policy(struct store *st, const char *which, struct err *err)
{
	struct association a;
	struct policy p;
	struct policy_revision *r = NULL;
	size_t n = 0;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || app_policy_get(st, which, &p, &r, &n, err) < 0)
		return NULL;
	d = doc_policy(&a, &p, r, n, date_today());
	free(r);
	return d;
}
