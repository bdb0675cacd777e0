/*
 * statements_doc.c: the financial statements as a document: resultaträkning,
 * balansräkning, kassaflödesanalys and nyckeltal, this year beside the year
 * before. Each statement is a declaration of its lines, where each line's
 * amount lies in struct statements; a year fills a column of them. The
 * keys are a contract other programs rely on (docs/formats.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "doc/reports.h"

/* A column's heading: the year, the balance day (dates), or for a part of
 * a year the period ("2025-01-01 – 2025-08-31", the dash bound to the end
 * by a no-break space, so that a narrow column breaks it in two lines, not
 * three). */
static void heading(char *h, size_t n, const struct statements *s, int dates, int period)
{
	char a[11], b[11];

	if (dates)
		snprintf(h, n, "%s", date_format(a, s->period.end));
	else if (period)
		snprintf(h, n, "%s –\u00a0%s", date_format(a, s->period.start), date_format(b, s->period.end));
	else
		snprintf(h, n, "%d", s->year);
}

/* The lines that name the year, as a part of a year names them. */
static const struct {
	const char *key, *label;
} period_labels[] = {
	{ "result", "Periodens resultat" },
	{ "result_of_year", "  därav periodens resultat" },
	{ "net_cash_flow", "Periodens kassaflöde" },
	{ "cash_start", "Likvida medel vid årets början" },
	{ "cash_end", "Likvida medel vid periodens slut" },
};

static void period_label(struct doc_row *r)
{
	size_t i;

	for (i = 0; r->key && i < DOC_N(period_labels); i++)
		if (strcmp(r->key, period_labels[i].key) == 0) {
			free(r->label);
			r->label = xstrdup(period_labels[i].label);
		}
}

/* A figures table with the current year and the one before. Without prev
 * the second column says it has no data, so that programs read
 * "previous_year": null rather than a missing key. With notes (v, and a
 * note on one of rows), a first column "Not" for people gives each line's
 * note number. */
static struct doc_table *year_table(struct doc *d, const char *key, const char *title,
				    const struct doc_col *rows, size_t n, const struct statements *cur,
				    const struct statements *prev, int dates, const struct statements_view *v)
{
	size_t i, j, k, at = 0;
	struct doc_table *t;
	char h[40];

	for (i = 0; v && i < v->n_notes && !at; i++)
		for (j = 0; j < n && !at; j++)
			at = rows[j].key && strcmp(rows[j].key, v->notes[i].key) == 0;
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, key, title, 2 + at);
	if (at) {
		doc_column_set(t, 0, NULL, "Not", 0);
		t->cols[0].people_only = 1;
	}
	heading(h, sizeof(h), cur, dates, v && v->period);
	doc_column_set(t, at, "current", h, cur->year);
	if (prev) {
		heading(h, sizeof(h), prev, dates, v && v->period);
		doc_column_set(t, at + 1, "previous_year", h, prev->year);
	} else {
		doc_column_set(t, at + 1, "previous_year", NULL, 0);
		t->cols[at + 1].no_data = 1;
	}
	doc_rows_from(t, rows, n);
	doc_column_record(t, at, cur);
	if (prev)
		doc_column_record(t, at + 1, prev);
	for (k = 0; v && v->period && k < t->n_rows; k++)
		period_label(t->rows[k]);
	for (k = 0; at && k < t->n_rows; k++)
		for (i = 0; i < v->n_notes; i++)
			if (t->rows[k]->key && strcmp(t->rows[k]->key, v->notes[i].key) == 0)
				doc_cell_int(t->rows[k], 0, v->notes[i].no);
	return t;
}

#define ROW(k, label, st, member) DOC_MONEY_ROW(k, label, st, struct statements, member)
#define HEAD(label) { .title = label }

static const struct doc_col income_rows[] = {
	ROW("revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL, is.revenue),
	ROW("expenses", "Verksamhetens kostnader", DOC_ROW_NORMAL, is.expenses),
	ROW("net_cost", "Verksamhetens nettokostnad", DOC_ROW_SUM, is.net_cost),
	ROW("financial_income", "Finansiella intäkter", DOC_ROW_NORMAL, is.financial_income),
	ROW("financial_expenses", "Finansiella kostnader", DOC_ROW_NORMAL, is.financial_expenses),
	ROW("result_after_financial", "Resultat efter finansiella poster", DOC_ROW_SUM, is.result_after_financial),
	ROW("appropriations", "Bokslutsdispositioner och skatt", DOC_ROW_OPTIONAL, is.appropriations),
	ROW("result", "Årets resultat", DOC_ROW_SUM, is.result),
};

static const struct doc_col balance_rows[] = {
	HEAD("Tillgångar"),
	ROW("fixed_assets", "Anläggningstillgångar", DOC_ROW_OPTIONAL, bs.fixed_assets),
	ROW("inventories", "Förråd", DOC_ROW_OPTIONAL, bs.inventories),
	ROW("receivables", "Fordringar", DOC_ROW_NORMAL, bs.receivables),
	ROW("cash_and_bank", "Kassa och bank", DOC_ROW_NORMAL, bs.cash_and_bank),
	ROW("total_assets", "Summa tillgångar", DOC_ROW_SUM, bs.total_assets),
	HEAD("Eget kapital, avsättningar och skulder"),
	ROW("equity", "Eget kapital", DOC_ROW_NORMAL, bs.equity),
	ROW("result_of_year", "  därav årets resultat", DOC_ROW_NORMAL, bs.result_of_year),
	ROW("other_equity", "  därav övrigt eget kapital", DOC_ROW_NORMAL, bs.other_equity),
	ROW("provisions", "Avsättningar", DOC_ROW_NORMAL, bs.provisions),
	ROW("long_term_liabilities", "Långfristiga skulder", DOC_ROW_NORMAL, bs.long_term_liabilities),
	ROW("current_liabilities", "Kortfristiga skulder", DOC_ROW_NORMAL, bs.current_liabilities),
	ROW("total_equity_and_liabilities", "Summa eget kapital, avsättningar och skulder", DOC_ROW_SUM,
	    bs.total_equity_and_liabilities),
};
static const struct doc_col cash_rows[] = {
	ROW("result", "Årets resultat", DOC_ROW_NORMAL, cf.result),
	ROW("non_cash_adjustments", "Justering för ej likviditetspåverkande poster", DOC_ROW_NORMAL,
	    cf.non_cash_adjustments),
	ROW("change_receivables", "Ökning (−) / minskning (+) av kortfristiga fordringar",
	    DOC_ROW_NORMAL, cf.change_receivables),
	ROW("change_current_liabilities", "Ökning (+) / minskning (−) av kortfristiga skulder",
	    DOC_ROW_NORMAL, cf.change_current_liabilities),
	ROW("operating", "Kassaflöde från den löpande verksamheten", DOC_ROW_SUM, cf.operating),
	ROW("investing", "Kassaflöde från investeringsverksamheten", DOC_ROW_NORMAL, cf.investing),
	ROW("financing", "Kassaflöde från finansieringsverksamheten", DOC_ROW_NORMAL, cf.financing),
	ROW("net_cash_flow", "Årets kassaflöde", DOC_ROW_SUM, cf.net_cash_flow),
	ROW("cash_start", "Likvida medel vid årets början", DOC_ROW_NORMAL, cf.cash_start),
	ROW("cash_end", "Likvida medel vid årets slut", DOC_ROW_NORMAL, cf.cash_end),
};

static const struct doc_col ratio_rows[] = {
	{ .key = "solidity", .title = "Soliditet (eget kapital / summa tillgångar)", .kind = DOC_KIND_RATIO,
	  .in = DOC_IN_PERCENT, DOC_AT(struct statements, solidity) },
	{ .key = "equity_to_grant", .title = "Eget kapital / driftbidrag (mål: högst 20 %)", .kind = DOC_KIND_RATIO,
	  .in = DOC_IN_PERCENT, DOC_AT(struct statements, equity_to_grant) },
};

struct doc *doc_statements(const struct association *a, const struct statements *cur,
			   const struct statements *prev)
{
	return doc_statements_as(a, cur, prev, NULL);
}

struct doc *doc_statements_as(const struct association *a, const struct statements *cur,
			      const struct statements *prev, const struct statements_view *v)
{
	struct equity_rule rules[2];
	int years[2], period = v && v->period, tkr = v && v->unit == MONEY_TKR;
	char title[80], from[11], until[11];
	struct doc *d;

	if (period)
		snprintf(title, sizeof(title), "Finansiella rapporter %s – %s", date_format(from, cur->period.start),
			 date_format(until, cur->period.end));
	else
		snprintf(title, sizeof(title), "Finansiella rapporter %d", cur->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", cur->year);
	if (period)
		doc_meta_text(d, "until", date_format(until, cur->period.end));
	if (tkr)
		doc_unit_set(d, DOC_UNIT_TKR);

	year_table(d, "income_statement", "Resultaträkning", income_rows, DOC_N(income_rows), cur, prev, 0, v);
	year_table(d, "balance_sheet", "Balansräkning", balance_rows, DOC_N(balance_rows), cur, prev, 1, v);
	year_table(d, "cash_flow", "Kassaflödesanalys", cash_rows, DOC_N(cash_rows), cur, prev, 0, v);
	if (period) {
		/* The ratios and the equity rule are a whole year's. */
		if (prev)
			doc_paragraph_add(d, NULL, "Resultaträkningen och kassaflödesanalysen jämförs med samma period "
						   "året före, balansräkningen med samma dag året före.");
	} else {
		year_table(d, "ratios", "Nyckeltal", ratio_rows, DOC_N(ratio_rows), cur, prev, 0, v);
		rules[0] = cur->equity_rule;
		years[0] = cur->year;
		if (prev) {
			rules[1] = prev->equity_rule;
			years[1] = prev->year;
		}
		doc_grant_basis(d, NULL, rules, years, prev ? 2 : 1);
		doc_meta_int(d, "grant", cur->grant);
		doc_meta_text(d, "grant_basis", grant_basis_key(cur->grant_basis));
	}

	/* Each amount is rounded on its own, so a printed sum may differ by a
	 * krona from the printed lines; the note says why. In tkr the
	 * statements were rounded so that every sum adds up. */
	if (tkr)
		doc_note_set(d, "Beloppen är avrundade till tusental kronor så att varje summa stämmer med sina "
				"rader; programmen får de exakta beloppen.");
	else
		doc_note_set(d, "Beloppen är avrundade till hela kronor var för sig; summorna är "
				"beräknade på exakta belopp.");
	return d;
}
