/*
 * records_doc.c: the lists of records a person corrects by id: an
 * intervention's decisions, the anonymous participant counts, the year
 * cycle's entered events and the interim report's forecasts. Each row
 * starts with the id that 'edit' and 'remove' take.
 */
#include <stdio.h>

#include "doc/reports.h"

/* "2024" or "2024–2026", as finsam writes a range of years. */
static void years_text(char *buf, size_t n, int from, int to)
{
	if (from == to)
		snprintf(buf, n, "%d", from);
	else
		snprintf(buf, n, "%d–%d", from, to);
}

struct doc *doc_decisions(const struct association *a, const struct intervention *iv, const struct decision *d,
			  size_t n)
{
	char title[260], years[32];
	struct doc *doc;
	struct doc_table *t;
	size_t i;

	snprintf(title, sizeof(title), "Beslut om finansiering: %s", iv->name);
	doc = doc_new(title);
	doc_report_titles(doc, a);
	t = doc_table_add(doc, NULL, DOC_TABLE_RECORDS, "decisions", NULL, 5);
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "date", "Sammanträde", 0);
	doc_column_set(t, 2, "amount", "Belopp", 0);
	doc_column_set(t, 3, "years", "År", 0);
	doc_column_set(t, 4, "note", "Anteckning", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_int(r, 0, d[i].id);
		doc_cell_date(r, 1, d[i].meeting);
		doc_cell_money(r, 2, d[i].amount);
		years_text(years, sizeof(years), d[i].year_from, d[i].year_to);
		doc_cell_text(r, 3, years, NULL);
		doc_cell_text(r, 4, d[i].note, NULL);
	}
	if (n == 0)
		doc_paragraph_add(doc, NULL, "Inga beslut är registrerade.");
	return doc;
}

struct doc *doc_anonymous_list(const struct association *a, const struct intervention *iv, size_t n_iv,
			       const struct anonymous_count *anon, size_t n)
{
	struct doc *d = doc_new("Anonyma deltagare");
	struct doc_table *t;
	size_t i, j;

	doc_report_titles(d, a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "anonymous", NULL, 7);
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "insats", "Insats", 0);
	doc_column_set(t, 2, "from", "Från", 0);
	doc_column_set(t, 3, "to", "Till", 0);
	doc_column_set(t, 4, "women", "Kvinnor", 0);
	doc_column_set(t, 5, "men", "Män", 0);
	doc_column_set(t, 6, "note", "Anteckning", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		const char *name = "";

		for (j = 0; j < n_iv; j++)
			if (iv[j].id == anon[i].intervention_id)
				name = iv[j].name;
		doc_cell_int(r, 0, anon[i].id);
		doc_cell_text(r, 1, name, NULL);
		doc_cell_date(r, 2, anon[i].from);
		doc_cell_date(r, 3, anon[i].to);
		doc_cell_int(r, 4, anon[i].women);
		doc_cell_int(r, 5, anon[i].men);
		doc_cell_text(r, 6, anon[i].note, NULL);
	}
	if (n == 0)
		doc_paragraph_add(d, NULL, "Inga anonyma deltagare är registrerade.");
	return d;
}

struct doc *doc_events(const struct association *a, int year, const struct event *ev, size_t n)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;
	size_t i;

	if (year)
		snprintf(title, sizeof(title), "Inlagda händelser i årshjulet %d", year);
	else
		snprintf(title, sizeof(title), "Inlagda händelser i årshjulet");
	d = doc_new(title);
	doc_report_titles(d, a);
	if (year)
		doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "events", NULL, 4);
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "date", "Datum", 0);
	doc_column_set(t, 2, "kind", "Slag", 0);
	doc_column_set(t, 3, "title", "Vad", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_int(r, 0, ev[i].id);
		doc_cell_date(r, 1, ev[i].date);
		doc_cell_text(r, 2, event_kind_label(ev[i].kind), event_kind_key(ev[i].kind));
		doc_cell_text(r, 3, ev[i].title, NULL);
	}
	if (n == 0)
		doc_paragraph_add(d, NULL, "Inga händelser är inlagda.");
	return d;
}

struct doc *doc_forecasts(const struct association *a, int year, const struct doc_forecast *f, size_t n)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;
	size_t i;

	snprintf(title, sizeof(title), "Ändrade helårsprognoser %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "forecasts", NULL, 3);
	doc_column_set(t, 0, "area", "Område", 0);
	doc_column_set(t, 1, "amount", "Prognos", 0);
	doc_column_set(t, 2, "comment", "Kommentar", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, f[i].area, NULL);
		doc_cell_money(r, 1, f[i].amount);
		doc_cell_text(r, 2, f[i].comment, NULL);
	}
	if (n == 0)
		doc_paragraph_add(d, NULL, "Prognoserna följer budgeten.");
	return d;
}
