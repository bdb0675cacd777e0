/*
 * notes.c: the figures of the annual report's notes of a year, from its
 * books, its members and its interventions (model/notes.h), and the
 * checks that they agree with the statements.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "model/check.h"
#include "store/store.h"

int app_year_notes(struct store *st, int year, const struct statements *s, struct year_notes *out,
		   struct err *err)
{
	struct fiscal_year fy;
	struct account_map map;
	struct year_books b;
	struct intervention *iv = NULL;
	struct member *m = NULL;
	size_t n_iv = 0, n_m = 0;
	int rc = -1, found;

	memset(out, 0, sizeof(*out));
	out->year = year;
	found = store_year_get(st, year, &fy, err);
	if (found != 0) {
		if (found == STORE_NOT_FOUND)
			err_set(err, "räkenskapsåret %d finns inte i databasen", year);
		return -1;
	}
	if (app_map_get(st, &map, NULL, err) < 0)
		return -1;
	if (store_year_books(st, &fy, &b, err) < 0) {
		account_map_release(&map);
		return -1;
	}
	if (store_intervention_list(st, &iv, &n_iv, err) < 0 || store_member_list(st, &m, &n_m, err) < 0)
		goto out;
	if (costs_by_kind(&b, &map, iv, n_iv, out->costs, err) < 0 ||
	    provision_movement(&b, &map, &out->provisions, err) < 0)
		goto out;
	if (n_m) {
		struct err why;

		memset(&why, 0, sizeof(why));
		out->revenue = xcalloc(n_m, sizeof(*out->revenue));
		if (revenue_by_member(s->is.revenue, m, n_m, out->revenue, &why) == 0) {
			out->n_revenue = n_m;
			out->has_revenue = 1;
		} else {
			/* Not a failure of the report: the note is left out and
			 * the check says why. */
			snprintf(out->why_not, sizeof(out->why_not), "Intäkterna kan inte fördelas på medlemmarna: %s.",
				 why.msg);
			free(out->revenue);
			out->revenue = NULL;
		}
	}
	rc = 0;
out:
	free(iv);
	free(m);
	year_books_release(&b);
	account_map_release(&map);
	if (rc < 0)
		year_notes_release(out);
	return rc;
}

int app_check_notes(struct store *st, int year, struct check_report *r, struct err *err)
{
	struct statements cur, prev;
	struct year_notes n;
	int has_prev;

	if (app_statements(st, year, &cur, &prev, &has_prev, err) < 0 || app_year_notes(st, year, &cur, &n, err) < 0)
		return -1;
	check_notes(r, &cur, &n);
	year_notes_release(&n);
	return 0;
}
