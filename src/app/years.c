/*
 * years.c: closing a year once the board has adopted its annual report
 * (fastställd), reopening it, and the list of years. A closed year's
 * records are guarded by app_year_check_open (audit.c); this file also
 * holds the guards of the changes that reach every year at once (the
 * account map, the settings), which ask whether a closed year's documents
 * would change.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "store/store.h"

void app_operator(struct store *st, struct user *out)
{
	memset(out, 0, sizeof(*out));
	snprintf(out->name, sizeof(out->name), "%s", app_actor(st));
	out->role = ROLE_ADMIN;
}

int app_year_adopted(struct store *st, int year, struct date *adopted, struct err *err)
{
	int rc = store_year_closed(st, year, adopted, err);

	if (rc == STORE_NOT_FOUND)
		return 0;
	return rc < 0 ? -1 : 1;
}

/* Only an administrator closes and reopens years; the others are told
 * who may. */
static int need_admin(const struct user *actor, const char *what, struct err *err)
{
	if (actor && actor->role == ROLE_ADMIN)
		return 0;
	return err_set(err, "bara en administratör kan %s (%s har rollen %s)", what,
		       actor && actor->name[0] ? actor->name : "användaren",
		       actor ? role_label(actor->role) : "okänd");
}

static int year_in_range(int year, struct err *err)
{
	if (year < 1900 || year > 9999)
		return err_set(err, "året %d finns inte (skriv till exempel 2025)", year);
	return 0;
}

/* Closes year as adopted on d, inside the caller's transaction. */
static int year_close(struct store *st, int year, struct date d, struct err *err)
{
	struct fiscal_year fy;
	struct date before, today = date_today();
	char ds[11], end[11], ts[11];
	char record[32];
	json_t *after = NULL;
	int rc;

	snprintf(record, sizeof(record), "year %d", year);
	rc = store_year_get(st, year, &fy, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "räkenskapsåret %d finns inte i databasen: bara ett år med bokföring kan fastställas; "
			"importera bokföringen först", year);
		return err_see(err, "finsam import sie");
	}
	if (rc < 0)
		return -1;
	date_format(ds, d);
	date_format(end, fy.period.end);
	date_format(ts, today);
	if (date_cmp(d, fy.period.end) <= 0)
		return err_set(err, "fastställelsedagen %s ligger inte efter räkenskapsårets slut %s: årsredovisningen "
			       "kan fastställas först när året är slut", ds, end);
	if (date_cmp(d, today) > 0)
		return err_set(err, "fastställelsedagen %s ligger efter i dag (%s): ett år stängs när styrelsen har "
			       "fastställt årsredovisningen, inte i förväg", ds, ts);
	rc = app_year_adopted(st, year, &before, err);
	if (rc < 0)
		return -1;
	if (rc > 0)
		return err_set(err, "året %d är redan stängt: årsredovisningen fastställdes av förbundsstyrelsen %s",
			       year, date_format(ts, before));
	after = json_pack("{s:i, s:s}", "year", year, "adopted", ds);
	if (!after)
		return err_set(err, "slut på minne");
	rc = store_year_close(st, year, d, err) < 0 ||
	     app_audit_change(st, "fastställ år", record, NULL, NULL, after, err) < 0 ? -1 : 0;
	json_decref(after);
	return rc;
}

int app_year_close(struct store *st, const struct user *actor, int year, const char *adopted, struct err *err)
{
	struct date d;

	if (need_admin(actor, "fastställa ett år", err) < 0 || year_in_range(year, err) < 0)
		return -1;
	if (app_require(&APP_YEAR_CLOSE, "adopted", adopted, err) < 0)
		return -1;
	if (date_parse(adopted, &d, err) < 0)
		return err_prefix(err, "fastställelsedagen");
	/* Checked open in the transaction that closes it: two closings at
	 * once close it once. */
	if (store_begin(st, err) < 0)
		return -1;
	if (year_close(st, year, d, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_year_reopen(struct store *st, const struct user *actor, int year, const char *reason, struct err *err)
{
	struct date adopted;
	char ds[11];
	json_t *before = NULL, *after = NULL;
	const char *r = reason ? reason : "";
	char record[32];
	int rc;

	snprintf(record, sizeof(record), "year %d", year);
	if (need_admin(actor, "öppna ett stängt år", err) < 0 || year_in_range(year, err) < 0)
		return -1;
	while (*r == ' ' || *r == '\t' || *r == '\n')
		r++;
	if (app_require(&APP_YEAR_REOPEN, "reason", r, err) < 0)
		return -1;
	/* Checked closed in the transaction that opens it. */
	if (store_begin(st, err) < 0)
		return -1;
	rc = app_year_adopted(st, year, &adopted, err);
	if (rc == 0)
		err_set(err, "året %d är inte stängt", year);
	if (rc <= 0)
		goto fail;
	before = json_pack("{s:i, s:s}", "year", year, "adopted", date_format(ds, adopted));
	after = json_pack("{s:i, s:s}", "year", year, "reason", r);
	if (!before || !after) {
		if (!after && before)
			err_set(err, "skälet är inte giltig UTF-8");
		else
			err_set(err, "slut på minne");
		goto fail;
	}
	if (store_year_reopen(st, year, err) < 0 ||
	    app_audit_change(st, "öppna år", record, NULL, before, after, err) < 0)
		goto fail;
	json_decref(before);
	json_decref(after);
	return store_commit(st, err);
fail:
	store_rollback(st);
	json_decref(before);
	json_decref(after);
	return -1;
}

static int cmp_year(const void *a, const void *b)
{
	const struct app_year *x = a, *y = b;

	return (x->year > y->year) - (x->year < y->year);
}

/* The entry of `year` in the list, added when missing. */
static struct app_year *entry(struct app_year **list, size_t *n, size_t *cap, int year)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if ((*list)[i].year == year)
			return &(*list)[i];
	*list = xgrow(*list, sizeof(**list), *n + 1, cap);
	memset(&(*list)[*n], 0, sizeof(**list));
	(*list)[*n].year = year;
	return &(*list)[(*n)++];
}

int app_years(struct store *st, struct app_year **out, size_t *n, struct err *err)
{
	struct fiscal_year *fy = NULL;
	struct closed_year *closed = NULL;
	int *budgets = NULL;
	size_t n_fy = 0, n_closed = 0, n_budgets = 0, cap = 0, i;
	int rc = -1;

	*out = NULL;
	*n = 0;
	if (store_year_list(st, &fy, &n_fy, err) < 0 || store_budget_years(st, &budgets, &n_budgets, err) < 0 ||
	    store_year_closed_list(st, &closed, &n_closed, err) < 0)
		goto out;
	for (i = 0; i < n_fy; i++) {
		struct app_year *y = entry(out, n, &cap, fiscal_year_label(&fy[i]));

		y->has_books = 1;
		y->period = fy[i].period;
	}
	for (i = 0; i < n_budgets; i++)
		entry(out, n, &cap, budgets[i])->has_budget = 1;
	for (i = 0; i < n_closed; i++) {
		struct app_year *y = entry(out, n, &cap, closed[i].year);

		y->closed = 1;
		y->adopted = closed[i].adopted;
	}
	if (*n)
		qsort(*out, *n, sizeof(**out), cmp_year);
	rc = 0;
out:
	free(fy);
	free(budgets);
	free(closed);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

struct doc *app_report_years(struct store *st, struct err *err)
{
	struct association a;
	struct app_year *y = NULL;
	struct doc *d;
	struct doc_table *t;
	size_t n, i;

	if (app_load_association(st, &a, err) < 0 || app_years(st, &y, &n, err) < 0)
		return NULL;
	d = doc_new("Räkenskapsår");
	doc_report_titles(d, &a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "years", NULL, 7);
	doc_column_set(t, 0, "year", "År", 0);
	doc_column_set(t, 1, "start", "Från", 0);
	doc_column_set(t, 2, "end", "Till", 0);
	doc_column_set(t, 3, "books", "Bokföring", 0);
	doc_column_set(t, 4, "budget", "Budget", 0);
	doc_column_set(t, 5, "status", "Status", 0);
	doc_column_set(t, 6, "adopted", "Fastställd", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_int(r, 0, y[i].year);
		if (y[i].has_books) {
			doc_cell_date(r, 1, y[i].period.start);
			doc_cell_date(r, 2, y[i].period.end);
		}
		doc_cell_text(r, 3, y[i].has_books ? "ja" : "nej", y[i].has_books ? "true" : "false");
		doc_cell_text(r, 4, y[i].has_budget ? "ja" : "nej", y[i].has_budget ? "true" : "false");
		doc_cell_text(r, 5, y[i].closed ? "stängt" : "öppet", y[i].closed ? "closed" : "open");
		if (y[i].closed)
			doc_cell_date(r, 6, y[i].adopted);
	}
	if (n == 0)
		doc_paragraph_add(d, NULL, "Databasen har ännu inga år: importera bokföringen med 'finsam import sie'.");
	free(y);
	return d;
}

/* The closed years as "2024 (fastställt 2025-03-20), 2025 (...)" into b;
 * *n gets how many. */
static int closed_years_text(struct store *st, struct buf *b, size_t *n, struct err *err)
{
	struct closed_year *c = NULL;
	size_t i;
	char ds[11];

	if (store_year_closed_list(st, &c, n, err) < 0)
		return -1;
	for (i = 0; i < *n; i++)
		buf_addf(b, "%s%d (fastställt %s)", i ? ", " : "", c[i].year, date_format(ds, c[i].adopted));
	free(c);
	return 0;
}

int app_closed_years_refuse(struct store *st, const char *what, struct err *err)
{
	struct buf b;
	size_t n = 0;
	int rc = 0;

	buf_init(&b);
	if (closed_years_text(st, &b, &n, err) < 0)
		rc = -1;
	else if (n) {
		err_set(err, "%s skulle ändra de stängda årens dokument (stängda år: %s). Ett stängt år kan "
			"bara öppnas igen av en administratör", what, b.s);
		rc = err_see(err, "finsam year reopen ÅR --reason ...");
	}
	buf_release(&b);
	return rc;
}

/* 1 when the figures of `year` appear in a closed year's annual report
 * (its own, the previous year's column, the five-year overview); *which
 * gets that closed year. */
static int used_by_closed(const struct closed_year *c, size_t n, int year, int *which)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (c[i].year >= year && c[i].year <= year + 4) {
			*which = c[i].year;
			return 1;
		}
	}
	return 0;
}

#define MAP_CHANGES_LISTED 5

int app_map_check_closed(struct store *st, const struct account_map *before, const struct account_map *after,
			 struct err *err)
{
	struct closed_year *c = NULL;
	struct fiscal_year *fy = NULL;
	struct buf list;
	size_t n_closed = 0, n_fy = 0, i, k, changes = 0;
	int rc = -1;

	buf_init(&list);
	if (store_year_closed_list(st, &c, &n_closed, err) < 0)
		goto out;
	if (n_closed == 0) {
		rc = 0;
		goto out;
	}
	if (store_year_list(st, &fy, &n_fy, err) < 0)
		goto out;
	for (i = 0; i < n_fy; i++) {
		struct year_books b;
		int closed_year;

		if (!used_by_closed(c, n_closed, fiscal_year_label(&fy[i]), &closed_year))
			continue;
		memset(&b, 0, sizeof(b));
		if (store_year_books(st, &fy[i], &b, err) < 0)
			goto out;
		for (k = 0; k < b.n; k++) {
			const struct year_account *ac = &b.accounts[k];
			enum stmt_line from = account_map_line(before, ac->number);
			enum stmt_line to = account_map_line(after, ac->number);

			if (from == to || (!ac->ib && !ac->ub && !ac->res && !ac->turnover))
				continue;
			if (changes++ < MAP_CHANGES_LISTED)
				buf_addf(&list, "\n  konto %s (%d) skulle flyttas från %s till %s, och %d är stängt",
					 ac->number, fiscal_year_label(&fy[i]),
					 from == LINE_NONE ? "ingen rad" : stmt_line_label(from),
					 to == LINE_NONE ? "ingen rad" : stmt_line_label(to), closed_year);
		}
		year_books_release(&b);
	}
	if (changes) {
		err_set(err, "kontoplanen ändras inte: ändringen skulle ändra siffrorna i ett stängt års "
			"årsredovisning:%s%s\nEtt stängt år kan bara öppnas igen av en administratör", list.s,
			changes > MAP_CHANGES_LISTED ? "\n  ..." : "");
		err_see(err, "finsam year reopen ÅR --reason ...");
		goto out;
	}
	rc = 0;
out:
	buf_release(&list);
	free(c);
	free(fy);
	return rc;
}
