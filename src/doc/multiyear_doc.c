/*
 * multiyear_doc.c: the equity forecast over the coming years as a
 * document: a column per year (the books' last year, then the budgets')
 * for people, a record per year for programs, from one declaration.
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/xmalloc.h"
#include "doc/reports.h"

static void source_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int actual = *(const int *)at;

	doc_cell_text(r, col, actual ? "utfall" : "budget", actual ? "books" : "budget");
}

#define AMOUNT(k, label, st, member) DOC_MONEY_ROW(k, label, st, struct multiyear_row, member)

/* A year's column for people, its record for programs. */
static const struct doc_col year_cols[] = {
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct multiyear_row, year) },
	{ .key = "source", .title = "Källa", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(source_cell, struct multiyear_row, actual) },
	AMOUNT("equity_start", "Eget kapital vid årets början", DOC_ROW_NORMAL, equity_start),
	AMOUNT("revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL, revenue),
	AMOUNT("costs", "Verksamhetens kostnader", DOC_ROW_NORMAL, costs),
	AMOUNT("financial", "Finansiella poster, netto", DOC_ROW_NORMAL, financial),
	AMOUNT("result", "Årets resultat", DOC_ROW_SUM, result),
	AMOUNT("equity_end", "Eget kapital vid årets slut", DOC_ROW_SUM, equity_end),
	AMOUNT("grant", "Driftbidrag", DOC_ROW_NORMAL, grant),
	{ .key = "equity_to_grant", .title = "Eget kapital / driftbidrag (mål: högst 20 %)", .kind = DOC_KIND_RATIO,
	  .in = DOC_IN_PERCENT, DOC_AT(struct multiyear_row, rule.ratio) },
};

struct doc *doc_multiyear(const struct association *a, const struct multiyear *m, enum doc_unit unit)
{
	char head[48], line[200];
	struct equity_rule *rules;
	int *years;
	struct doc *d = doc_new("Flerårsprognos för eget kapital");
	struct doc_table *t;
	size_t j;

	doc_report_titles(d, a);
	doc_unit_set(d, unit);
	if (m->goal_year)
		doc_meta_int(d, "goal_year", m->goal_year);
	else
		doc_meta_null(d, "goal_year");
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "multiyear", NULL, m->n);
	t->people_only = 1;
	doc_rows_from(t, year_cols, DOC_N(year_cols));
	rules = xcalloc(m->n ? m->n : 1, sizeof(*rules));
	years = xcalloc(m->n ? m->n : 1, sizeof(*years));
	for (j = 0; j < m->n; j++) {
		snprintf(head, sizeof(head), "%s %d", m->rows[j].actual ? "Utfall" : "Budget", m->rows[j].year);
		doc_column_set(t, j, m->rows[j].actual ? "actual" : "budget", head, m->rows[j].year);
		doc_column_record(t, j, &m->rows[j]);
		rules[j] = m->rows[j].rule;
		years[j] = m->rows[j].year;
	}
	if (m->goal_year)
		snprintf(line, sizeof(line), "Eget kapital är som mest 20 %% av driftbidraget år %d.", m->goal_year);
	else
		snprintf(line, sizeof(line), "Eget kapital når inte målet om högst 20 %% av driftbidraget "
					     "under de år som har en budget.");
	doc_paragraph_add(d, NULL, line);
	if (m->n)
		doc_grant_basis(d, NULL, rules, years, m->n);

	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "years", NULL, year_cols, DOC_N(year_cols), DOC_FOR_PROGRAMS);
	doc_records(t, m->rows, m->n, sizeof(m->rows[0]));
	free(rules);
	free(years);
	return d;
}
