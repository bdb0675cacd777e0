/*
 * figures.c: finsam's own figures that more than one document shows, each
 * computed once here from the books and the budgets: the chart of the
 * year's costs, the equity forecast of the coming years, and the checks
 * that the documents' figures agree with the statements (app_check_figures).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/multiyear.h"
#include "store/store.h"

int app_cost_shares(struct store *st, int year, struct cost_shares *c, struct err *err)
{
	struct budget b;
	struct fiscal_year fy;
	struct account_map map;
	struct sums sums = { NULL, 0, 0 };
	int rc;

	memset(c, 0, sizeof(*c));
	if (app_load_budget(st, year, 0, &b, err) < 0)
		return -1;
	rc = store_year_get(st, year, &fy, err);
	if (rc == STORE_NOT_FOUND)
		err_set(err, "räkenskapsåret %d finns inte i databasen (importera bokföringen först)", year);
	if (rc != 0) {
		budget_release(&b);
		return -1;
	}
	if (app_map_get(st, &map, NULL, err) < 0) {
		budget_release(&b);
		return -1;
	}
	rc = app_year_sums(st, &fy, &sums, err);
	if (rc == 0)
		rc = cost_shares_compute(&b, sums.a, sums.n, &map, c, err);
	free(sums.a);
	account_map_release(&map);
	budget_release(&b);
	return rc;
}
