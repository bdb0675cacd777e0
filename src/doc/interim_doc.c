/*
 * interim_doc.c: the interim report's budget table: per cost area and
 * revenue line the budget, what is booked up to a date, what remains, the
 * forecast for the year and its deviation; the equity it leads to. People
 * read the table, programs the areas as records, both from one
 * declaration. The keys are the JSON contract of `report interim`. And
 * the forecasts changed from the budget, a list a person corrects.
 */
#include <stdio.h>

#include "doc/reports.h"

static const struct doc_col area_cols[] = {
	{ .key = "name", .title = "Kostnadsområde", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct interim_row, name) },
	DOC_MONEY("budget", "Budget", struct interim_row, budget),
	DOC_MONEY("booked", "Bokfört", struct interim_row, booked),
	DOC_MONEY("remaining", "Återstår", struct interim_row, remaining),
	DOC_MONEY("forecast", "Prognos helår", struct interim_row, forecast),
	DOC_MONEY("deviation", "Avvikelse", struct interim_row, deviation),
	{ .key = "comment", .title = "Kommentar", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct interim_row, comment) },
};

/* The rows of rows (n of them), keyed prefix_<number>. */
static void area_rows(struct doc_table *t, const char *prefix, const struct interim_row *rows, size_t n)
{
	char key[32];
	size_t i;

	for (i = 0; i < n; i++) {
		snprintf(key, sizeof(key), "%s_%zu", prefix, i + 1);
		doc_row_record(t, key, rows[i].name, DOC_ROW_NORMAL, &rows[i]);
	}
}

struct doc *doc_interim(const struct association *a, const struct interim *in, struct date until,
			int budget_version)
{
	char title[96], date[11], head[48], line[700];
	struct doc *d;
	struct doc_table *t;
	struct doc_row *r;
	size_t i, forecast;

	date_format(date, until);
	snprintf(title, sizeof(title), "Delårsrapport %d: budget och prognos", in->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	snprintf(line, sizeof(line), "Bokfört till och med %s, budget version %d", date, budget_version);
	doc_subtitle_add(d, line);
	doc_meta_text(d, "until", date);
	doc_meta_int(d, "year", in->year);
	doc_meta_int(d, "grant", in->grant);
	doc_meta_int(d, "equity", in->equity);
	doc_meta_int(d, "total_funds", in->total_funds);
	doc_meta_int(d, "forecast_equity", in->forecast_equity);
	doc_meta_ratio(d, "forecast_equity_to_grant", in->to_grant.num, in->to_grant.den);

	/* Programs get "areas" and the metadata. */
	t = doc_table_from(d, NULL, DOC_TABLE_FIGURES, "interim", NULL, area_cols, DOC_N(area_cols), DOC_FOR_PEOPLE);
	snprintf(head, sizeof(head), "Budget %d", in->year);
	doc_column_title(t, "budget", head, 0);
	snprintf(head, sizeof(head), "Bokfört %s", date);
	doc_column_title(t, "booked", head, 0);
	doc_row_add(t, NULL, "Kostnader", DOC_ROW_HEADING);
	area_rows(t, "area", in->areas, in->n_areas);
	doc_row_record(t, "cost_total", "Summa kostnader", DOC_ROW_SUM, &in->cost_total);
	doc_row_add(t, NULL, "Intäkter", DOC_ROW_HEADING);
	area_rows(t, "revenue", in->revenue, in->n_revenue);
	forecast = doc_column_index(t, "forecast");
	r = doc_row_add(t, "equity", "Eget kapital vid årets början", DOC_ROW_NORMAL);
	doc_cell_money(r, forecast, in->equity);
	r = doc_row_add(t, "total_funds", "Totala medel", DOC_ROW_SUM);
	doc_cell_money(r, forecast, in->total_funds);
	r = doc_row_add(t, "forecast_equity", "Prognos eget kapital vid årets slut", DOC_ROW_SUM);
	doc_cell_money(r, forecast, in->forecast_equity);
	r = doc_row_add(t, "forecast_equity_to_grant", "Prognos eget kapital / driftbidrag (mål: högst 20 %)",
		    DOC_ROW_NORMAL);
	doc_cell_ratio(r, forecast, in->to_grant.num, in->to_grant.den);

	for (i = 0; i < in->n_areas + in->n_revenue; i++) {
		const struct interim_row *x = i < in->n_areas ? &in->areas[i] : &in->revenue[i - in->n_areas];

		if (x->comment && *x->comment) {
			snprintf(line, sizeof(line), "Prognos för %s: %s", x->name, x->comment);
			doc_paragraph_add(d, NULL, line);
		}
		if (!x->has_accounts && x->budget != 0) {
			snprintf(line, sizeof(line), "%s har inga konton i budgeten; bokfört visas som 0.",
				 x->name);
			doc_paragraph_add(d, NULL, line);
		}
	}

	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "areas", NULL, area_cols, DOC_N(area_cols),
			   DOC_FOR_PROGRAMS);
	doc_records(t, in->areas, in->n_areas, sizeof(in->areas[0]));
	return d;
}

static const struct doc_col forecast_cols[] = {
	{ .key = "area", .title = "Område", .kind = DOC_KIND_TEXT, DOC_GET(doc_get_string, struct doc_forecast, area) },
	{ .key = "amount", .title = "Prognos", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR,
	  DOC_AT(struct doc_forecast, amount) },
	{ .key = "comment", .title = "Kommentar", .kind = DOC_KIND_TEXT,
	  DOC_GET(doc_get_string, struct doc_forecast, comment) },
};

struct doc *doc_forecasts(const struct association *a, int year, const struct doc_forecast *f, size_t n)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;

	snprintf(title, sizeof(title), "Ändrade helårsprognoser %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "forecasts", NULL, forecast_cols, DOC_N(forecast_cols),
			   DOC_FOR_BOTH);
	doc_records(t, f, n, sizeof(f[0]));
	if (n == 0)
		doc_paragraph_add(d, NULL, "Prognoserna följer budgeten.");
	return d;
}
