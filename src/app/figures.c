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
#include "base/buf.h"
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

#define OVERVIEW_YEARS 5

/* The years of year's five-year overview that the books hold, newest first,
 * with their statements; *n of them. */
static int overview_years(struct store *st, int year, struct statements *s, size_t *n, struct err *err)
{
	struct statements prev;
	struct fiscal_year fy;
	int y, has_prev, rc;

	*n = 0;
	for (y = year; y > year - OVERVIEW_YEARS; y--) {
		rc = store_year_get(st, y, &fy, err);
		if (rc < 0)
			return -1;
		if (rc == STORE_NOT_FOUND)
			break;
		if (app_statements(st, y, &s[*n], &prev, &has_prev, err) < 0)
			return -1;
		(*n)++;
	}
	return 0;
}

/* five_year_overview: each year the overview shows, as it shows it, equals
 * that year's statements, and its rows add up. */
static void check_overview(struct check_report *r, const struct statements *s, size_t n)
{
	struct buf d;
	size_t i;
	int bad = 0;

	buf_init(&d);
	for (i = 0; i < n; i++) {
		struct overview_year o;
		char why[300];

		statements_overview(&s[i], &o);
		if (!overview_agrees(&s[i], &o, why, sizeof(why))) {
			buf_addf(&d, "%s%s", bad ? "; " : "", why);
			bad = 1;
		}
	}
	if (!bad) {
		buf_addf(&d, "%zu %s: ", n, n == 1 ? "år" : "år");
		for (i = 0; i < n; i++)
			buf_addf(&d, "%s%d", i ? ", " : "", s[i].year);
		buf_adds(&d, ", lika med resultat- och balansräkningen");
	}
	check_add(r, "five_year_overview", "Femårsöversikten är lika med resultat- och balansräkningen",
		  bad ? CHECK_FAILED : CHECK_OK, d.s);
	buf_release(&d);
}

/* One year's rule in words: "2022 47,2 % (eget kapital 3 740 000 kr,
 * driftbidrag 7 928 000 kr enligt budgeten)". */
static void rule_words(struct buf *d, int year, const char *source, const struct equity_rule *rule)
{
	char pct[32], e[32], g[32];

	percent_format(pct, sizeof(pct), rule->ratio.num, rule->ratio.den);
	buf_addf(d, "%d %s%s (eget kapital %s kr, driftbidrag %s kr %s)", year, source, pct,
		 money_format(e, sizeof(e), rule->equity, MONEY_STYLE_KR),
		 money_format(g, sizeof(g), rule->grant, MONEY_STYLE_KR),
		 rule->basis == GRANT_BASIS_BUDGET     ? "enligt budgeten"
		 : rule->basis == GRANT_BASIS_ACCOUNTS ? "enligt kontona för driftbidrag"
						       : "= alla verksamhetens intäkter");
}

/* equity_rule: equity / grant within the goal in each year the overview
 * shows and each year of the forecast. Above the goal is a warning, not an
 * inconsistency: the documents must say it, and may. */
static void check_equity_rule(struct check_report *r, const struct statements *s, size_t n,
			      const struct multiyear *m)
{
	struct buf over, none;
	size_t i, judged = 0, n_over = 0;

	buf_init(&over);
	buf_init(&none);
	for (i = 0; i < n; i++) {
		const struct equity_rule *rule = &s[i].equity_rule;

		if (!rule->defined) {
			buf_addf(&none, "%s%d", none.len ? ", " : "", s[i].year);
			continue;
		}
		judged++;
		if (!rule->within) {
			if (n_over++)
				buf_adds(&over, "; ");
			rule_words(&over, s[i].year, "", rule);
		}
	}
	for (i = 0; m && i < m->n; i++) {
		const struct multiyear_row *row = &m->rows[i];
		struct equity_rule rule;

		if (row->actual)
			continue;      /* the books' year, judged above */
		equity_rule_eval(row->equity_end, row->grant, GRANT_BASIS_BUDGET, &rule);
		if (!rule.defined) {
			buf_addf(&none, "%s%d (budget)", none.len ? ", " : "", row->year);
			continue;
		}
		judged++;
		if (!rule.within) {
			if (n_over++)
				buf_adds(&over, "; ");
			rule_words(&over, row->year, "prognos ", &rule);
		}
	}
	if (judged == 0) {
		check_add(r, "equity_rule", "Eget kapital är högst 20 % av driftbidraget", CHECK_SKIPPED,
			  "inget år har något driftbidrag att jämföra med");
	} else if (n_over) {
		buf_addf(&over, ": över målet om högst %d %%", EQUITY_TO_GRANT_GOAL_PERCENT);
		if (none.len)
			buf_addf(&over, "; utan driftbidrag: %s", none.s);
		check_add(r, "equity_rule", "Eget kapital är högst 20 % av driftbidraget", CHECK_WARNING, over.s);
	} else {
		buf_addf(&over, "%zu år inom målet om högst %d %%", judged, EQUITY_TO_GRANT_GOAL_PERCENT);
		if (none.len)
			buf_addf(&over, "; utan driftbidrag: %s", none.s);
		check_add(r, "equity_rule", "Eget kapital är högst 20 % av driftbidraget", CHECK_OK, over.s);
	}
	buf_release(&over);
	buf_release(&none);
}

/* plan_equity: the forecast equity at the end of every budget year after
 * the books is not negative: the plans may not run the förbund into debt. */
static void check_plan_equity(struct check_report *r, const struct multiyear *m, const char *why_not)
{
	struct buf d;
	size_t i, planned = 0, bad = 0;
	char e[32];

	if (!m) {
		check_add(r, "plan_equity", "Eget kapital enligt prognosen är aldrig negativt", CHECK_SKIPPED, why_not);
		return;
	}
	buf_init(&d);
	for (i = 0; i < m->n; i++) {
		const struct multiyear_row *row = &m->rows[i];

		if (row->actual)
			continue;
		planned++;
		if (row->equity_end < 0)
			buf_addf(&d, "%s%d: %s kr", bad++ ? "; " : "", row->year,
				 money_format(e, sizeof(e), row->equity_end, MONEY_STYLE_KR));
	}
	if (planned == 0) {
		check_add(r, "plan_equity", "Eget kapital enligt prognosen är aldrig negativt", CHECK_SKIPPED,
			  "det finns ingen budget för åren efter bokföringen");
	} else if (bad) {
		buf_adds(&d, " vid årets slut enligt budgeten: planen ger förbundet skulder");
		check_add(r, "plan_equity", "Eget kapital enligt prognosen är aldrig negativt", CHECK_FAILED, d.s);
	} else {
		buf_reset(&d);
		buf_addf(&d, "%zu %s med budget, eget kapital vid årets slut som lägst ", planned,
			 planned == 1 ? "år" : "år");
		{
			int64_t low = INT64_MAX;

			for (i = 0; i < m->n; i++)
				if (!m->rows[i].actual && m->rows[i].equity_end < low)
					low = m->rows[i].equity_end;
			buf_addf(&d, "%s kr", money_format(e, sizeof(e), low, MONEY_STYLE_KR));
		}
		check_add(r, "plan_equity", "Eget kapital enligt prognosen är aldrig negativt", CHECK_OK, d.s);
	}
	buf_release(&d);
}

int app_check_figures(struct store *st, int year, struct check_report *r, struct err *err)
{
	struct statements s[OVERVIEW_YEARS];
	struct multiyear m;
	struct err why;
	size_t n = 0;
	int has_m;

	if (overview_years(st, year, s, &n, err) < 0)
		return -1;
	check_overview(r, s, n);
	/* The forecast starts from the last year of the books; without any
	 * budget there is none, and that is said rather than failed. */
	memset(&why, 0, sizeof(why));
	has_m = app_multiyear(st, &m, &why) == 0;
	check_equity_rule(r, s, n, has_m ? &m : NULL);
	check_plan_equity(r, has_m ? &m : NULL, why.msg);
	if (has_m)
		multiyear_release(&m);
	return 0;
}
