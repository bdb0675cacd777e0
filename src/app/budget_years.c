/*
 * budget_years.c: the budgets of several years side by side, for
 * `report budget --years` and the plan: each year's current budget, its
 * lines matched across the years, and the members' contributions per year.
 */
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "model/budget_years.h"
#include "store/store.h"

struct doc *app_report_budget_years(struct store *st, int from, int to, int skip_missing, struct err *err)
{
	return app_report_budget_years_as(st, from, to, skip_missing, MONEY_KR, err);
}

struct doc *app_report_budget_years_as(struct store *st, int from, int to, int skip_missing, int64_t unit,
				       struct err *err)
{
	struct budget b[BUDGET_YEARS_MAX];
	struct budget_years y;
	struct association a;
	struct member *members = NULL;
	struct contribution *parts = NULL, *exact = NULL;
	struct doc *d = NULL;
	size_t n_b = 0, n = 0, i, j;
	int year;

	memset(&y, 0, sizeof(y));
	if (to < from) {
		err_set(err, "det sista året (%d) kommer före det första (%d); ange åren i ordning, till exempel %d-%d",
			to, from, from, from + 2);
		return err_field(err, "to"), NULL;
	}
	if (to - from >= BUDGET_YEARS_MAX) {
		err_set(err, "ange högst %d år i följd, till exempel %d-%d", BUDGET_YEARS_MAX, from, from + 2);
		return err_field(err, "to"), NULL;
	}
	for (year = from; year <= to; year++) {
		int rc = store_budget_get(st, year, 0, &b[n_b], err);

		if (rc == 0) {
			n_b++;
			continue;
		}
		if (rc == STORE_NOT_FOUND && (skip_missing && year > from))
			continue;
		if (rc == STORE_NOT_FOUND) {
			err_set(err, "det finns ingen budget för %d; läs in en först, eller välj år som har budget", year);
			err_see(err, "finsam budget import FIL");
		}
		goto out;
	}
	if (app_load_association(st, &a, err) < 0 || budget_years_match(b, n_b, &y, err) < 0 ||
	    store_member_list(st, &members, &n, err) < 0)
		goto out;
	if (n > 0) {
		parts = xcalloc(n * n_b, sizeof(*parts));
		for (j = 0; j < n_b; j++)
			if (budget_split_grant(y.totals[j].grant, members, n, parts + j * n, err) < 0)
				goto out;
	}
	if (unit == MONEY_TKR && n) {
		exact = xmalloc(n * n_b * sizeof(*exact));
		memcpy(exact, parts, n * n_b * sizeof(*exact));
	}
	if (unit == MONEY_TKR)
		budget_years_round(&y, parts, n, unit);
	d = doc_budget_years(&a, b, &y, parts, exact, n, unit == MONEY_TKR ? DOC_UNIT_TKR : DOC_UNIT_KR);
out:
	budget_years_release(&y);
	free(parts);
	free(exact);
	free(members);
	for (i = 0; i < n_b; i++)
		budget_release(&b[i]);
	return d;
}
