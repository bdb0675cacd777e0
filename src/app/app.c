/*
 * app.c: the use cases around the books: opening the database, creating
 * it for an association, the statements of a year with the year before it,
 * the checks, and the account map.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/money.h"
#include "base/orgnr.h"
#include "base/range.h"
#include "base/xmalloc.h"
#include "store/store.h"

int app_open(struct store **st, const char *path, int create, int *created,
	     struct err *err)
{
	if (!path || !*path)
		return err_set(err, "ingen databas angiven (använd --db FIL eller miljövariabeln FINSAM_DB)");
	return store_open(st, path, create ? STORE_OPEN_CREATE : STORE_OPEN_EXISTING,
			  created, err);
}

void app_close(struct store *st)
{
	store_close(st);
}

void app_wait_set(long ms, void (*notice)(long limit_ms))
{
	store_wait_set(ms, notice);
}

int app_busy(struct store *st)
{
	return store_busy_taken(st);
}

int app_association_new(const char *name, const char *orgnr, struct association *a, struct err *err)
{
	memset(a, 0, sizeof(*a));
	if (!name || !*name)
		return err_set(err, "förbundets namn saknas (--name)");
	if (strlen(name) >= sizeof(a->name))
		return err_set(err, "förbundets namn är för långt (högst %zu byte)", sizeof(a->name) - 1);
	if (orgnr_parse(orgnr ? orgnr : "", a->orgnr, err) < 0)
		return -1;
	snprintf(a->name, sizeof(a->name), "%s", name);
	snprintf(a->currency, sizeof(a->currency), "SEK");
	return 0;
}

int app_init(const char *path, const char *name, const char *orgnr,
	     struct err *err)
{
	struct store *st = NULL;
	struct association a;
	struct stat sb;
	int created = 0;

	if (app_association_new(name, orgnr, &a, err) < 0)
		return -1;
	if (stat(path, &sb) == 0)
		return err_set(err, "databasen '%s' finns redan", path);
	if (app_open(&st, path, 1, &created, err) < 0)
		return -1;
	/* A server's database is there before finsam's tables are: it is
	 * finsam's already when they were. */
	if (!created) {
		app_close(st);
		return err_set(err, "databasen '%s' finns redan", path);
	}
	if (store_association_set(st, &a, err) < 0) {
		app_close(st);
		store_remove(path);
		return -1;
	}
	app_close(st);
	return 0;
}

int app_latest_year(struct store *st, int *year, struct err *err)
{
	struct fiscal_year *list = NULL;
	size_t n = 0;

	if (store_year_list(st, &list, &n, err) < 0)
		return -1;
	if (n == 0) {
		free(list);
		err_set(err, "databasen har ingen bokföring än; importera en SIE-fil först");
		return err_see(err, "finsam import sie FIL");
	}
	*year = fiscal_year_label(&list[n - 1]);
	free(list);
	return 0;
}

int app_map_get(struct store *st, struct account_map *m, int *is_default,
		struct err *err)
{
	account_map_init(m);
	if (store_map_get(st, m, err) < 0) {
		account_map_release(m);
		return -1;
	}
	if (is_default)
		*is_default = m->n == 0;
	if (m->n == 0)
		account_map_default(m);
	return 0;
}

static int year_statements(struct store *st, const struct fiscal_year *fy,
			   const struct account_map *map, struct statements *out,
			   struct err *err)
{
	struct year_books b;
	int rc;

	memset(&b, 0, sizeof(b));
	if (store_year_books(st, fy, &b, err) < 0)
		return -1;
	rc = statements_compute(&b, map, out, err);
	year_books_release(&b);
	if (rc < 0)
		return -1;
	/* The members' grant of the equity rule is the budget's, when the year
	 * has a budget that names it. */
	{
		struct budget bud;
		int found = store_budget_get(st, out->year, 0, &bud, err);

		if (found < 0)
			return -1;
		if (found == 0) {
			rc = statements_grant_from_budget(out, &bud, err);
			budget_release(&bud);
		}
	}
	return rc;
}

/* Adds a sum of transactions up to a date to its account's turnover. */
static int add_until(void *ctx, const char *account, const char *objects, int64_t sum, struct err *err)
{
	struct year_books *b = ctx;
	struct year_account *a = (struct year_account *)year_books_find(b, account);

	(void)objects;
	if (!a)
		return 0;     /* an account the year's books do not have cannot hold a sum */
	a->has_turnover = 1;
	if (money_add(a->turnover, sum, &a->turnover) < 0)
		return err_set(err, "beloppen på konto %s är för stora att summera", account);
	return 0;
}

/* The statements of the part of year fy up to and including until: the
 * opening balances and the transactions dated up to it (the closing
 * balances and the year's results of the file are the whole year's). */
static int period_statements(struct store *st, const struct fiscal_year *fy, struct date until,
			     const struct account_map *map, struct statements *out, struct err *err)
{
	struct year_books b;
	size_t i;
	int rc = -1;

	memset(&b, 0, sizeof(b));
	if (store_year_books(st, fy, &b, err) < 0)
		return -1;
	for (i = 0; i < b.n; i++) {
		b.accounts[i].has_ub = b.accounts[i].has_res = 0;
		b.accounts[i].has_turnover = 0;
		b.accounts[i].turnover = b.accounts[i].debit = b.accounts[i].credit = 0;
	}
	if (store_account_sums_until(st, fy->id, until, add_until, &b, err) == 0 &&
	    statements_compute(&b, map, out, err) == 0) {
		out->period.end = until;
		rc = 0;
	}
	year_books_release(&b);
	return rc;
}

static int find_year(struct store *st, int year, struct fiscal_year *fy, struct err *err)
{
	int rc = store_year_get(st, year, fy, err);

	if (rc == STORE_NOT_FOUND)
		return err_set(err, "räkenskapsåret %d finns inte i databasen", year);
	return rc;
}

int app_statements(struct store *st, int year, struct statements *cur,
		   struct statements *prev, int *has_prev, struct err *err)
{
	struct fiscal_year fy, pfy;
	struct account_map map;
	int rc = -1, found;

	*has_prev = 0;
	if (find_year(st, year, &fy, err) < 0)
		return -1;
	if (app_map_get(st, &map, NULL, err) < 0)
		return -1;
	if (year_statements(st, &fy, &map, cur, err) < 0)
		goto out;
	found = store_year_get(st, year - 1, &pfy, err);
	if (found < 0)
		goto out;
	if (found == 0) {
		if (year_statements(st, &pfy, &map, prev, err) < 0)
			goto out;
		*has_prev = 1;
	}
	rc = 0;
out:
	account_map_release(&map);
	return rc;
}

/* until a year earlier; 28 February for a 29th. */
static struct date year_before(struct date d)
{
	d.y--;
	if (d.m == 2 && d.d == 29)
		d.d = 28;
	return d;
}

int app_statements_until(struct store *st, struct date until, struct statements *cur, struct statements *prev,
			 int *has_prev, struct err *err)
{
	struct fiscal_year fy, pfy;
	struct account_map map;
	int rc = -1, found;

	*has_prev = 0;
	if (find_year(st, until.y, &fy, err) < 0)
		return -1;
	if (!period_contains(fy.period, until)) {
		char d[11];

		date_format(d, until);
		return err_set(err, "%s ligger inte i räkenskapsåret %d", d, until.y);
	}
	if (app_map_get(st, &map, NULL, err) < 0)
		return -1;
	if (period_statements(st, &fy, until, &map, cur, err) < 0)
		goto out;
	found = store_year_get(st, until.y - 1, &pfy, err);
	if (found < 0)
		goto out;
	if (found == 0) {
		if (period_statements(st, &pfy, year_before(until), &map, prev, err) < 0)
			goto out;
		*has_prev = 1;
	}
	rc = 0;
out:
	account_map_release(&map);
	return rc;
}

#define UNBALANCED_LISTED 10

int app_check(struct store *st, int year, struct check_report *out,
	      struct err *err)
{
	struct fiscal_year fy, pfy;
	struct account_map map;
	struct year_books cur, prev;
	struct check_input in;
	struct unbalanced_ver *unb = NULL;
	size_t n_unb = 0;
	int64_t total_unb = 0;
	int rc = -1, found;

	memset(&cur, 0, sizeof(cur));
	memset(&prev, 0, sizeof(prev));
	memset(&in, 0, sizeof(in));
	account_map_init(&map);
	/* The checks compute the statements of the same years many times
	 * over: each year and its books are read once. */
	store_keep(st, 1);
	if (find_year(st, year, &fy, err) < 0 || app_map_get(st, &map, NULL, err) < 0)
		goto out;
	if (store_year_books(st, &fy, &cur, err) < 0)
		goto out;
	found = store_year_get(st, year - 1, &pfy, err);
	if (found < 0)
		goto out;
	if (found == 0 && store_year_books(st, &pfy, &prev, err) < 0)
		goto out;
	if (store_unbalanced_vers(st, fy.id, UNBALANCED_LISTED, &unb, &n_unb, &total_unb, err) < 0)
		goto out;
	in.cur = &cur;
	in.prev = found == 0 ? &prev : NULL;
	in.map = &map;
	in.unbalanced = unb;
	in.n_unbalanced = n_unb;
	in.total_unbalanced = total_unb;
	rc = check_run(&in, out, err);
	if (rc == 0 && (app_check_figures(st, year, out, err) < 0 || app_check_payments(st, year, out, err) < 0 ||
			app_check_records(st, &in, out, err) < 0 ||
			app_check_notes(st, year, out, err) < 0)) {
		check_report_release(out);
		rc = -1;
	}
out:
	free(unb);
	year_books_release(&cur);
	year_books_release(&prev);
	account_map_release(&map);
	store_keep(st, 0);
	return rc;
}

/* Parses "3000-3999", "3000–3999" or "3010" into four-digit keys. */
static int parse_range(const char *s, int *from, int *to, struct err *err)
{
	char a[ACCOUNT_MAX] = "", b[ACCOUNT_MAX] = "";
	struct range_text r;
	const char *end = range_scan(s, &r);

	if (!end || *end || r.lo_len >= sizeof(a) || r.hi_len >= sizeof(b))
		goto bad;
	memcpy(a, r.lo, r.lo_len);
	memcpy(b, r.hi, r.hi_len);
	*from = account_key(a);
	*to = account_key(b);
	if (*from < 0 || *to < 0 || *from > *to)
		goto bad;
	return 0;
bad:
	return err_set(err, "kan inte tolka kontointervallet '%s' (skriv till exempel 3000-3999, 3000–3999 eller 3010)", s);
}

/* Stores map m in place of `before` (the map in force, read in the
 * caller's transaction), after the guard of the closed years, with its line
 * in the audit log; commits that transaction, or rolls it back. */
static int map_store(struct store *st, const struct account_map *before, const struct account_map *m,
		     const char *action, json_t *after, struct err *err)
{
	if (app_map_check_closed(st, before, m, err) < 0 || store_map_set(st, m, err) < 0 ||
	    app_audit_change(st, action, "account_map", NULL, NULL, after, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_map_add(struct store *st, const char *range, const char *line,
		struct err *err)
{
	struct account_map before, m;
	enum stmt_line l;
	char canon[32];
	json_t *after = NULL;
	int from = 0, to = 0, rc = -1;

	if (parse_range(range, &from, &to, err) < 0)
		return -1;
	if (stmt_line_parse(line, &l) < 0) {
		struct err e;

		err_set(&e, "okänd rad '%s'; välj en av:", line);
		for (int i = 0; i < LINE__MAX; i++) {
			size_t len = strlen(e.msg);
			snprintf(e.msg + len, sizeof(e.msg) - len, " %s", stmt_line_key((enum stmt_line)i));
		}
		return err_set(err, "%s", e.msg);
	}
	/* The map is read, changed and written back in one transaction, so
	 * that a line added meanwhile by another writer is kept. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_map_get(st, &before, NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	if (app_map_get(st, &m, NULL, err) < 0) {
		store_rollback(st);
		account_map_release(&before);
		return -1;
	}
	account_map_add(&m, from, to, l);
	snprintf(canon, sizeof(canon), "%04d-%04d", from, to);
	after = json_pack("{s:s, s:s}", "range", canon, "line", stmt_line_key(l));
	if (!after) {
		store_rollback(st);
		err_set(err, "slut på minne");
	} else {
		rc = map_store(st, &before, &m, "ändra kontoplan", after, err);
	}
	json_decref(after);
	account_map_release(&before);
	account_map_release(&m);
	return rc;
}

int app_map_reset(struct store *st, struct err *err)
{
	struct account_map before, empty, def;
	int rc;

	/* The closed years are checked against the map as it is when it goes. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_map_get(st, &before, NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	account_map_init(&def);
	account_map_default(&def);
	rc = app_map_check_closed(st, &before, &def, err);
	account_map_release(&def);
	account_map_release(&before);
	account_map_init(&empty);
	if (rc < 0 || store_map_set(st, &empty, err) < 0 ||
	    app_audit_change(st, "återställ kontoplan", "account_map", NULL, NULL, NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_load_association(struct store *st, struct association *a, struct err *err)
{
	int rc = store_association_get(st, a, err);

	if (rc == STORE_NOT_FOUND) {
		memset(a, 0, sizeof(*a));
		return 0;
	}
	return rc;
}

int app_association_name(struct store *st, char *out, size_t n, struct err *err)
{
	struct association a;

	if (n)
		out[0] = '\0';
	if (app_load_association(st, &a, err) < 0)
		return -1;
	snprintf(out, n, "%s", a.name);
	return 0;
}

int app_load_budget(struct store *st, int year, int version, struct budget *b, struct err *err)
{
	int rc = store_budget_get(st, year, version, b, err);

	if (rc != STORE_NOT_FOUND)
		return rc;
	if (version)
		return err_set(err, "budgeten för %d har ingen version %d", year, version);
	err_set(err, "det finns ingen budget för %d; läs in en först", year);
	return err_see(err, "finsam budget import FIL");
}
