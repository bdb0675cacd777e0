/*
 * budget.c: the use cases of the budget: importing budget lines from a
 * CSV file as Excel saves it, reading a year's current budget, and the
 * plan's budget table with the members' contributions.
 *
 * The CSV has a header row and one budget line per row, with the columns
 * år, typ (intäkt, eget kapital, kostnad; driftbidrag as well), grupp, rad,
 * belopp and optionally konton. A revenue line in the group "Parternas
 * insats" (or named Driftbidrag / Medlemsbidrag) is the members' grant, which
 * the budget table splits into contributions. Every row is checked and every
 * bad one reported; nothing is stored unless all are good.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "app/csv_import.h"
#include "base/csv_field.h"
#include "base/err.h"
#include "base/money.h"
#include "base/range.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "import/csv.h"
#include "model/multiyear.h"
#include "store/store.h"

enum col { C_YEAR, C_TYPE, C_GROUP, C_NAME, C_AMOUNT, C_ACCOUNTS, C_OBJECTS, C__MAX };

#define NEEDED "(behövs: år, typ, grupp, rad, belopp; konton får finnas)"
static const struct app_csv_col cols[C__MAX] = {
	{ "år", NULL, 1, NEEDED },     { "typ", NULL, 1, NEEDED },    { "grupp", NULL, 0, NULL },
	{ "rad", NULL, 1, NEEDED },    { "belopp", NULL, 1, NEEDED }, { "konton", NULL, 0, NULL },
	{ "objekt", NULL, 0, NULL },
};

static int folded_equal(const char *a, const char *b)
{
	char *x = xstrdup(a), *y = xstrdup(b);
	int eq;

	csv_fold(x);
	csv_fold(y);
	eq = strcmp(x, y) == 0;
	free(x);
	free(y);
	return eq;
}

/* The kind of a row from its typ, grupp and rad; -1 when typ is unknown. */
static int row_kind(const char *type, const char *group, const char *name, enum budget_kind *out)
{
	if (folded_equal(type, "kostnad")) {
		*out = BUDGET_COST;
	} else if (folded_equal(type, "eget kapital")) {
		*out = BUDGET_EQUITY;
	} else if (folded_equal(type, "driftbidrag")) {
		*out = BUDGET_GRANT;
	} else if (folded_equal(type, "intäkt")) {
		*out = folded_equal(group, "parternas insats") || folded_equal(name, "driftbidrag") ||
				       folded_equal(name, "medlemsbidrag") || folded_equal(name, "parternas insats")
			       ? BUDGET_GRANT : BUDGET_REVENUE;
	} else {
		return -1;
	}
	return 0;
}

/* Checks an account list such as "4010-4019,4030". */
int app_accounts_valid(const char *s)
{
	return range_list_valid(s, ACCOUNT_MAX - 1);
}

struct year_budgets {
	struct budget *b;
	size_t n, cap;
};

static struct budget *budget_for(struct year_budgets *y, int year)
{
	size_t i;

	for (i = 0; i < y->n; i++)
		if (y->b[i].year == year)
			return &y->b[i];
	y->b = xgrow(y->b, sizeof(*y->b), y->n + 1, &y->cap);
	budget_init(&y->b[y->n], year);
	return &y->b[y->n++];
}

struct budget_import {
	struct store *st;
	const char *file;
	const char *name;   /* for the log: the file's name as the person knows it */
	int revise;
	const char *label;
	struct year_budgets years;
	struct app_budget_result *res;
};

/* A row of the budget: checked and added to its year's budget, which the
 * finish stores once every row is good. A closed year's row is refused. */
static int budget_row(void *ctx, const char *const *v, long line, struct err *err)
{
	struct budget_import *c = ctx;
	struct budget *b = NULL;
	enum budget_kind kind;
	int64_t amount;
	long year;
	char *end;
	size_t i;

	(void)line;
	errno = 0;
	year = strtol(v[C_YEAR], &end, 10);
	if (!*v[C_YEAR] || *end || errno || year < 1900 || year > 9999)
		return err_set(err, "ogiltigt år '%s'", v[C_YEAR]);
	if (row_kind(v[C_TYPE], v[C_GROUP], v[C_NAME], &kind) < 0)
		return err_set(err, "okänd typ '%s' (intäkt, eget kapital eller kostnad)", v[C_TYPE]);
	if (!*v[C_NAME])
		return err_set(err, "raden saknar namn (kolumnen rad)");
	if (money_parse(v[C_AMOUNT], &amount, err) < 0)
		return -1;
	if (!app_accounts_valid(v[C_ACCOUNTS]))
		return err_set(err, "kan inte tolka kontona '%s' (skriv t.ex. 4010-4019,4030)", v[C_ACCOUNTS]);
	if (budget_objects_valid(v[C_OBJECTS]) < 0)
		return err_set(err, "kan inte tolka objekten '%s' (skriv dimension:objekt, t.ex. 6:1,6:2)",
			       v[C_OBJECTS]);
	/* Costs may be written negative, as the plans print them. */
	if (kind == BUDGET_COST && amount < 0 && money_sub(0, amount, &amount) < 0)
		return err_set(err, "för stort belopp");
	for (i = 0; i < c->years.n; i++)
		if (c->years.b[i].year == (int)year)
			b = &c->years.b[i];
	/* A year is taken in only while it is open: each of a closed year's
	 * rows is refused. */
	if (!b && app_year_check_open(c->st, (int)year, "budgeten", err) < 0)
		return -1;
	if (!b)
		b = budget_for(&c->years, (int)year);
	budget_add(b, kind, v[C_GROUP], v[C_NAME], amount, v[C_ACCOUNTS]);
	budget_line_objects(&b->lines[b->n - 1], v[C_OBJECTS]);
	return 0;
}

/* The audit line of a year's budget read in: the version it replaced
 * (before; none for a new version) and the one the file gave (after). */
static int budget_import_log(struct budget_import *c, const struct budget *b, int latest, struct err *err)
{
	const char *base = c->name ? NULL : strrchr(c->file, '/');
	char record[32];
	json_t *before = NULL, *after;
	struct budget old;
	int rc;

	if (b->version == latest) {
		if (store_budget_get(c->st, b->year, latest, &old, err) < 0)
			return -1;
		before = json_pack("{s:i, s:i, s:s, s:I}", "year", old.year, "version", old.version, "label",
				   old.label ? old.label : "", "lines", (json_int_t)old.n);
		budget_release(&old);
	}
	after = json_pack("{s:s, s:i, s:i, s:s, s:I}", "file", c->name ? c->name : base ? base + 1 : c->file, "year", b->year, "version",
			  b->version, "label", b->label, "lines", (json_int_t)b->n);
	snprintf(record, sizeof(record), "budget %d", b->year);
	rc = app_audit_change(c->st, "läs in budget", record, NULL, before, after, err);
	json_decref(before);
	json_decref(after);
	return rc;
}

/* Every row was good: each year's budget stored as its current version
 * (or a new one), and logged. */
static int budget_finish(void *ctx, struct err *err)
{
	struct budget_import *c = ctx;
	struct app_budget_result *res = c->res;
	size_t i;

	if (c->years.n == 0)
		return err_set(err, "%s har inga budgetrader", c->file);
	for (i = 0; i < c->years.n; i++) {
		struct budget *b = &c->years.b[i];
		struct budget_totals t;
		int latest;

		if (budget_totals(b, &t, err) < 0 || store_budget_latest(c->st, b->year, &latest, err) < 0)
			return -1;
		b->version = latest == 0 ? 1 : c->revise ? latest + 1 : latest;
		free(b->label);
		b->label = xstrdup(c->label ? c->label : "");
		if (budget_import_log(c, b, latest, err) < 0 || store_budget_put(c->st, b, err) < 0)
			return -1;
		if (i < sizeof(res->years) / sizeof(res->years[0])) {
			res->years[i] = b->year;
			res->versions[i] = b->version;
			res->lines[i] = (long)b->n;
			res->n++;
		}
	}
	return 0;
}

int app_budget_import(struct store *st, const char *file, int revise, const char *label,
		      struct app_budget_result *res, struct err *err)
{
	return app_budget_import_rows(st, file, NULL, revise, label, res, NULL, err);
}

int app_budget_import_rows(struct store *st, const char *file, const char *name, int revise, const char *label,
			   struct app_budget_result *res, struct app_import_errors *rows, struct err *err)
{
	struct budget_import c = { st, file, name, revise, label, { NULL, 0, 0 }, res };
	struct app_csv_import im = { file, cols, C__MAX, budget_row, budget_finish, &c, 0 };
	size_t i;
	int rc;

	memset(res, 0, sizeof(*res));
	rc = app_csv_import(st, &im, rows, err);
	for (i = 0; i < c.years.n; i++)
		budget_release(&c.years.b[i]);
	free(c.years.b);
	if (rc < 0) {
		memset(res, 0, sizeof(*res));
		return -1;
	}
	res->cp1252 = im.cp1252;
	return 0;
}

struct doc *app_report_budget(struct store *st, int year, int version, struct err *err)
{
	struct association a;
	struct budget b;
	struct member *members = NULL;
	struct contribution *parts = NULL;
	struct budget_totals t;
	struct budget_group *groups = NULL;
	struct doc *d = NULL;
	size_t n = 0, n_groups = 0;

	if (app_load_budget(st, year, version, &b, err) < 0)
		return NULL;
	if (app_load_association(st, &a, err) < 0)
		goto out;
	if (budget_totals(&b, &t, err) < 0 || budget_groups(&b, &groups, &n_groups, err) < 0)
		goto out;
	if (store_member_list(st, &members, &n, err) < 0)
		goto out;
	if (n > 0) {
		parts = xcalloc(n, sizeof(*parts));
		if (budget_split_grant(t.grant, members, n, parts, err) < 0)
			goto out;
	}
	d = doc_budget(&a, &b, &t, groups, n_groups, parts, n);
out:
	free(groups);
	free(parts);
	free(members);
	budget_release(&b);
	return d;
}

struct doc *app_budget_lines(struct store *st, int year, int version, struct err *err)
{
	struct association a;
	struct budget b;
	struct doc *d;

	if (app_load_budget(st, year, version, &b, err) < 0)
		return NULL;
	d = app_load_association(st, &a, err) < 0 ? NULL : doc_budget_lines(&a, &b);
	budget_release(&b);
	return d;
}

/* The given fields onto m (NULL keeps a field), each checked: the one
 * validation of a member, for its addition and every change. */
static int member_apply(struct member *m, const char *name, const char *kind, const char *key, struct err *err)
{
	static const struct {
		const char *word;
		enum member_kind kind;
	} kinds[] = { { "stat", MEMBER_STATE }, { "state", MEMBER_STATE }, { "region", MEMBER_REGION },
		      { "kommun", MEMBER_MUNICIPALITY }, { "municipality", MEMBER_MUNICIPALITY } };
	size_t i;
	char *end;
	int found = 0;

	if (name && app_require(&APP_MEMBER, "name", name, err) < 0)
		return -1;
	if (name && strlen(name) >= sizeof(m->name))
		return err_set(err, "medlemmens namn är för långt (högst %zu byte)", sizeof(m->name) - 1),
		       err_field(err, "name");
	if (name)
		memcpy(m->name, name, strlen(name) + 1);
	for (i = 0; kind && i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (folded_equal(kind, kinds[i].word)) {
			m->kind = kinds[i].kind;
			found = 1;
		}
	}
	if (kind && !found)
		return err_set(err, "okänd medlemstyp '%s' (stat, region eller kommun)", kind), err_field(err, "kind");
	if (key) {
		errno = 0;
		m->key = strtoll(key, &end, 10);
		if (errno || end == key || *end || m->key <= 0)
			return err_set(err, "fördelningsnyckeln '%s' är inte ett positivt heltal", key),
			       err_field(err, "key");
	}
	return 0;
}

static json_t *member_json(const struct member *m)
{
	static const char *const kinds[] = { "stat", "region", "kommun" };
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(m->id));
	json_object_set_new(o, "name", json_string(m->name));
	json_object_set_new(o, "kind", json_string(kinds[m->kind]));
	json_object_set_new(o, "key", json_integer(m->key));
	return o;
}

/* The members' shares of the grant are in the budget table of every year
 * with a budget: a change of a member touches each of them. */
static int members_open(struct store *st, struct err *err)
{
	int *years = NULL;
	size_t n = 0, i;
	int rc = 0;

	if (store_budget_years(st, &years, &n, err) < 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++)
		rc = app_year_check_open(st, years[i], "medlemmarnas fördelning av driftbidraget", err);
	free(years);
	return rc;
}

int app_member_add(struct store *st, const char *name, const char *kind, const char *key,
		   struct member *out, struct err *err)
{
	memset(out, 0, sizeof(*out));
	out->key = 1;
	if (app_require(&APP_MEMBER, "name", name, err) < 0 || app_require(&APP_MEMBER, "kind", kind, err) < 0)
		return -1;
	if (member_apply(out, name, kind, key, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (members_open(st, err) < 0)
		goto fail;
	if (store_member_add(st, out, err) < 0) {
		err_prefix(err, "kunde inte lägga till %s (finns medlemmen redan?)", name);
		goto fail;
	}
	if (app_change(st, "lägg till medlem", "member", out->id, NULL, member_json(out), err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

/* A member by id ("3") or name, with a message naming the list. */
static int find_member(struct store *st, const char *which, struct member *m, struct err *err)
{
	char *end;
	long long id = which ? strtoll(which, &end, 10) : 0;
	int rc;

	if (!which || !*which)
		return err_set(err, "ingen medlem angiven");
	rc = store_member_get(st, *end || end == which ? 0 : id, which, m, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen medlem '%s'", which);
		return err_see(err, "finsam member list");
	}
	return rc;
}

int app_member_edit(struct store *st, const char *which, const char *name, const char *kind, const char *key,
		    struct err *err)
{
	struct member before, after;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_member(st, which, &before, err) < 0)
		goto fail;
	after = before;
	if (member_apply(&after, name, kind, key, err) < 0 || members_open(st, err) < 0)
		goto fail;
	if (store_member_update(st, &after, err) < 0) {
		err_prefix(err, "kunde inte ändra %s (finns en annan medlem med samma namn?)", before.name);
		goto fail;
	}
	if (app_change(st, "ändra medlem", "member", after.id, member_json(&before), member_json(&after), err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_member_remove(struct store *st, const char *which, struct err *err)
{
	struct member m;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_member(st, which, &m, err) < 0 || members_open(st, err) < 0 ||
	    store_member_delete(st, m.id, err) < 0 ||
	    app_change(st, "ta bort medlem", "member", m.id, member_json(&m), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

struct doc *app_report_members(struct store *st, struct err *err)
{
	struct association a;
	struct member *members = NULL;
	size_t n = 0;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (store_member_list(st, &members, &n, err) < 0)
		return NULL;
	d = doc_members(&a, members, n);
	free(members);
	return d;
}

/* An amount as the budget CSV writes it: kronor, decimal comma, no grouping. */
static void csv_amount(char *buf, size_t n, int64_t ore)
{
	char *p;

	money_format(buf, n, ore, MONEY_STYLE_SIE);
	p = strchr(buf, '.');
	if (p)
		*p = ',';
}

int app_budget_export(struct store *st, int year, int version, FILE *out, struct err *err)
{
	static const char *const types[] = { "intäkt", "intäkt", "eget kapital", "kostnad" };
	struct budget b;
	char amount[48];
	size_t i;
	int rc = store_budget_get(st, year, version, &b, err);

	if (rc == STORE_NOT_FOUND)
		return err_set(err, "det finns ingen budget för %d%s", year, version ? " i den versionen" : "");
	if (rc < 0)
		return -1;
	fputs("år;typ;grupp;rad;belopp;konton;objekt\r\n", out);
	for (i = 0; i < b.n; i++) {
		const struct budget_line *l = &b.lines[i];
		/* The grant is marked by its group, as the importer reads it. */
		const char *group = l->kind == BUDGET_GRANT && !*l->group ? "Parternas insats" : l->group;

		csv_amount(amount, sizeof(amount), l->kind == BUDGET_COST ? -l->amount : l->amount);
		/* Texts are guarded against formulas; the amount is a number. */
		fprintf(out, "%d;%s", b.year, types[l->kind]);
		csv_write_field(out, group, 0, 1);
		csv_write_field(out, l->name, 0, 1);
		csv_write_field(out, amount, 0, 0);
		csv_write_field(out, l->accounts, 0, 1);
		csv_write_field(out, l->objects, 0, 1);
		fputs("\r\n", out);
	}
	budget_release(&b);
	return ferror(out) ? err_set(err, "kunde inte skriva budgeten") : 0;
}

int app_budget_revise(struct store *st, int year, const char *label, int *version, struct err *err)
{
	char record[32];
	json_t *after;
	struct budget b;
	int rc;

	/* Read and written in one transaction: two revisions at once make two
	 * versions, never the same one twice. */
	if (store_begin(st, err) < 0)
		return -1;
	rc = store_budget_get(st, year, 0, &b, err);
	if (rc < 0 || rc == STORE_NOT_FOUND) {
		store_rollback(st);
		if (rc == STORE_NOT_FOUND)
			return err_set(err, "det finns ingen budget för %d att revidera", year);
		return -1;
	}
	b.version++;
	free(b.label);
	b.label = xstrdup(label ? label : "");
	snprintf(record, sizeof(record), "budget %d", year);
	after = json_pack("{s:i, s:i, s:s}", "year", year, "version", b.version, "label", b.label);
	if (app_year_check_open(st, year, "budgeten", err) < 0 || store_budget_put(st, &b, err) < 0 ||
	    app_audit_change(st, "revidera budget", record, NULL, NULL, after, err) < 0) {
		store_rollback(st);
		rc = -1;
	} else {
		rc = store_commit(st, err);
	}
	*version = b.version;
	json_decref(after);
	budget_release(&b);
	return rc;
}

static json_t *line_json(int year, const struct budget_line *l)
{
	json_t *o = json_object();

	json_object_set_new(o, "year", json_integer(year));
	json_object_set_new(o, "type", json_string(budget_kind_key(l->kind)));
	json_object_set_new(o, "group", json_string(l->group));
	json_object_set_new(o, "name", json_string(l->name));
	json_object_set_new(o, "amount", json_integer(l->amount));
	json_object_set_new(o, "accounts", json_string(l->accounts));
	return o;
}

/* Stores b as its year's current budget with the audit line of one line's
 * change ("budget_line 2025:Kansli"; action NULL: none), and commits the
 * transaction the caller began before it read the budget, so that a
 * change made meanwhile by another writer is never overwritten; rolls it
 * back on failure. */
static int budget_store(struct store *st, const struct budget *b, const char *action, const char *name,
			json_t *before, json_t *after, struct err *err)
{
	char record[300];
	int rc;

	snprintf(record, sizeof(record), "budget_line %d:%s", b->year, name);
	if (app_year_check_open(st, b->year, "budgeten", err) < 0 || store_budget_put(st, b, err) < 0 ||
	    (action && app_audit_change(st, action, record, NULL, before, after, err) < 0)) {
		store_rollback(st);
		rc = -1;
	} else {
		rc = store_commit(st, err);
	}
	json_decref(before);
	json_decref(after);
	return rc;
}

int app_budget_set(struct store *st, int year, const char *type, const char *group,
		   const char *name, const char *amount, const char *accounts,
		   int *added, struct err *err)
{
	struct budget b;
	enum budget_kind kind;
	json_t *before = NULL;
	int64_t v;
	size_t i;
	int rc;

	*added = 0;
	if (row_kind(type ? type : "kostnad", group ? group : "", name ? name : "", &kind) < 0) {
		err_set(err, "okänd typ '%s' (intäkt, eget kapital eller kostnad)", type);
		return err_field(err, "type");
	}
	if (app_require(&APP_BUDGET_LINE, "name", name, err) < 0 ||
	    app_require(&APP_BUDGET_LINE, "amount", amount, err) < 0)
		return -1;
	if (money_parse(amount, &v, err) < 0) {
		return err_field(err, "amount");
	}
	if (accounts && !app_accounts_valid(accounts)) {
		err_set(err, "kan inte tolka kontona '%s' (skriv t.ex. 4010-4019,4030)", accounts);
		return err_field(err, "accounts");
	}
	if (kind == BUDGET_COST && v < 0)
		v = -v;
	/* The budget is read, changed and written back in one transaction. */
	if (store_begin(st, err) < 0)
		return -1;
	rc = store_budget_get(st, year, 0, &b, err);
	if (rc == STORE_NOT_FOUND) {
		budget_init(&b, year);
	} else if (rc < 0) {
		store_rollback(st);
		return -1;
	}
	for (i = 0; i < b.n; i++) {
		struct budget_line *l = &b.lines[i];

		if (l->kind == kind && strcmp(l->name, name) == 0 &&
		    (!group || strcmp(l->group, group) == 0)) {
			before = line_json(year, l);
			l->amount = v;
			if (accounts) {
				free(l->accounts);
				l->accounts = range_ascii(xstrdup(accounts));
			}
			break;
		}
	}
	if (i == b.n) {
		budget_add(&b, kind, group, name, v, accounts);
		*added = 1;
	}
	/* An addition is logged with its values, a change with both. */
	rc = budget_store(st, &b, *added ? "lägg till budgetrad" : "ändra budgetrad", name, before,
			  line_json(year, &b.lines[i]), err);
	budget_release(&b);
	return rc;
}

int app_budget_remove_line(struct store *st, int year, const char *type, const char *group, const char *name,
			   struct err *err)
{
	struct budget b;
	enum budget_kind kind = BUDGET_COST;
	json_t *before;
	size_t i, found = 0, at = 0;
	int rc;

	if (!name || !*name)
		return err_set(err, "ange raden som ska tas bort");
	if (type && row_kind(type, group ? group : "", name, &kind) < 0)
		return err_set(err, "okänd typ '%s' (intäkt, eget kapital eller kostnad)", type);
	if (store_begin(st, err) < 0)
		return -1;
	if (app_load_budget(st, year, 0, &b, err) < 0) {
		store_rollback(st);
		return -1;
	}
	for (i = 0; i < b.n; i++) {
		const struct budget_line *l = &b.lines[i];

		if (strcmp(l->name, name) == 0 && (!type || l->kind == kind) && (!group || strcmp(l->group, group) == 0)) {
			found++;
			at = i;
		}
	}
	if (found != 1) {
		budget_release(&b);
		store_rollback(st);
		if (found == 0) {
			err_set(err, "budgeten för %d har ingen rad '%s'", year, name);
			return err_see(err, "finsam budget show --year %d", year);
		}
		return err_set(err, "budgeten för %d har %zu rader '%s': ange typ och grupp för att välja en",
			       year, found, name);
	}
	before = line_json(year, &b.lines[at]);
	free(b.lines[at].group);
	free(b.lines[at].name);
	free(b.lines[at].accounts);
	free(b.lines[at].objects);
	memmove(&b.lines[at], &b.lines[at + 1], (b.n - at - 1) * sizeof(b.lines[0]));
	b.n--;
	rc = budget_store(st, &b, "ta bort budgetrad", name, before, NULL, err);
	budget_release(&b);
	return rc;
}

static int multiyear_as(struct store *st, int64_t unit, struct multiyear *m, struct err *err);

int app_multiyear(struct store *st, struct multiyear *m, struct err *err)
{
	return multiyear_as(st, MONEY_KR, m, err);
}

/* The forecast; in MONEY_TKR the books' year as the statements round it
 * and every column adding up. */
static int multiyear_as(struct store *st, int64_t unit, struct multiyear *m, struct err *err)
{
	struct multiyear_row base;
	struct budget *budgets = NULL;
	struct statements cur, prev;
	int *years = NULL, latest = 0, has_prev, has_base = 0, rc = -1;
	size_t n = 0, i, got = 0;

	memset(m, 0, sizeof(*m));
	memset(&base, 0, sizeof(base));
	if (app_latest_year(st, &latest, err) == 0) {
		if (app_statements(st, latest, &cur, &prev, &has_prev, err) < 0)
			return -1;
		if (unit == MONEY_TKR)
			statements_round(&cur, unit);
		base.year = latest;
		base.actual = 1;
		base.equity_start = cur.opening_equity;
		base.equity_end = cur.bs.equity;
		/* The income statement's own lines, so that no figure here
		 * differs from the statements of the same year. */
		base.revenue = cur.is.revenue;
		base.costs = cur.is.expenses;
		base.financial = cur.is.financial_income + cur.is.financial_expenses + cur.is.appropriations;
		base.result = cur.is.result;
		base.grant = cur.grant;
		base.grant_basis = (int)cur.grant_basis;
		has_base = 1;
	}
	if (store_budget_years(st, &years, &n, err) < 0)
		return -1;
	budgets = xcalloc(n ? n : 1, sizeof(*budgets));
	for (i = 0; i < n; i++) {
		if (store_budget_get(st, years[i], 0, &budgets[got], err) != 0)
			goto out;
		got++;
	}
	if (!has_base && got == 0) {
		err_set(err, "databasen har varken bokföring eller budget att göra en prognos av");
		goto out;
	}
	rc = multiyear_compute(has_base ? &base : NULL, budgets, got, m, err);
	if (rc == 0 && unit == MONEY_TKR)
		multiyear_round(m, unit);
out:
	for (i = 0; i < got; i++)
		budget_release(&budgets[i]);
	free(budgets);
	free(years);
	return rc;
}

struct doc *app_report_multiyear(struct store *st, struct err *err)
{
	return app_report_multiyear_as(st, MONEY_KR, err);
}

struct doc *app_report_multiyear_as(struct store *st, int64_t unit, struct err *err)
{
	struct association a;
	struct multiyear m;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || multiyear_as(st, unit, &m, err) < 0)
		return NULL;
	d = doc_multiyear(&a, &m, unit == MONEY_TKR ? DOC_UNIT_TKR : DOC_UNIT_KR);
	multiyear_release(&m);
	return d;
}

int app_budget_load(struct store *st, int year, int version, struct budget *b, struct err *err)
{
	return app_load_budget(st, year, version, b, err);
}

int app_budget_latest(struct store *st, int year, int *version, struct err *err)
{
	return store_budget_latest(st, year, version, err);
}

int app_member_list(struct store *st, struct member **out, size_t *n, struct err *err)
{
	*out = NULL;
	*n = 0;
	return store_member_list(st, out, n, err);
}

int app_member_contributions(struct store *st, int year, const struct member *m, size_t n, int64_t **amounts,
			     int *has_budget, struct err *err)
{
	struct budget b;
	struct budget_totals t;
	struct contribution *parts;
	size_t i;
	int rc;

	*amounts = NULL;
	*has_budget = 0;
	if (n == 0)
		return 0;
	rc = store_budget_get(st, year, 0, &b, err);
	if (rc == STORE_NOT_FOUND)
		return 0;
	if (rc < 0)
		return -1;
	rc = budget_totals(&b, &t, err);
	budget_release(&b);
	if (rc < 0)
		return -1;
	parts = xcalloc(n, sizeof(*parts));
	if (budget_split_grant(t.grant, m, n, parts, err) < 0) {
		free(parts);
		return -1;
	}
	*amounts = xcalloc(n, sizeof(**amounts));
	for (i = 0; i < n; i++)
		(*amounts)[i] = parts[i].amount;
	free(parts);
	*has_budget = 1;
	return 0;
}
