/*
 * history_doc.c: the lists of earlier years' key figures and of the staff
 * per year, as entered (history list, staff list).
 */
#include <stdio.h>

#include "doc/reports.h"
#include "model/history.h"

struct doc *doc_history(const struct association *a, const struct history_year *h, size_t n)
{
	struct doc *d = doc_new("Tidigare års nyckeltal");
	struct doc_table *t;
	size_t i;
	int f;

	doc_report_titles(d, a);
	doc_paragraph_add(d, NULL, "Nyckeltal för år före bokföringen, som årets årsredovisning redovisade dem. "
				   "Femårsöversikten visar dem som hämtade ur tidigare årsredovisningar.");
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "history", NULL, 2 + HIST__MAX);
	doc_column_set(t, 0, "year", "År", 0);
	for (f = 0; f < HIST__MAX; f++)
		doc_column_set(t, 1 + (size_t)f, history_fields[f].key, history_fields[f].label, 0);
	doc_column_set(t, 1 + HIST__MAX, "source", "Källa", 0);
	for (i = 0; i < n; i++) {
		char year[8];
		struct doc_row *r;

		snprintf(year, sizeof(year), "%d", h[i].year);
		r = doc_row_add(t, NULL, year, DOC_ROW_NORMAL);
		doc_cell_int(r, 0, h[i].year);
		for (f = 0; f < HIST__MAX; f++) {
			if (!(h[i].known & (1u << f)))
				continue;
			if (history_fields[f].money)
				doc_cell_money(r, 1 + (size_t)f, h[i].v[f]);
			else
				doc_cell_int(r, 1 + (size_t)f, h[i].v[f]);
		}
		doc_cell_text(r, 1 + HIST__MAX, h[i].source, NULL);
	}
	return d;
}

/* Hundredths as a text cell: "1,5" for people, "1.5" for programs. */
static void hundredths_cell(struct doc_row *r, size_t col, int64_t v)
{
	char text[32], value[32];

	hundredths_format(text, sizeof(text), v);
	snprintf(value, sizeof(value), "%lld.%02lld", (long long)(v / 100), (long long)(v % 100));
	doc_cell_text(r, col, text, value);
}

struct doc *doc_staff(const struct association *a, const struct staff_year *s, size_t n)
{
	struct doc *d = doc_new("Personal");
	struct doc_table *t;
	size_t i;

	doc_report_titles(d, a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "staff", NULL, 6);
	doc_column_set(t, 0, "year", "År", 0);
	doc_column_set(t, 1, "employees", "Anställda", 0);
	doc_column_set(t, 2, "own_posts", "Tjänster", 0);
	doc_column_set(t, 3, "funded_posts", "Finansierade tjänster", 0);
	doc_column_set(t, 4, "sick_leave", "Sjukfrånvaro (%)", 0);
	doc_column_set(t, 5, "note", "Anteckning", 0);
	for (i = 0; i < n; i++) {
		char year[8];
		struct doc_row *r;

		snprintf(year, sizeof(year), "%d", s[i].year);
		r = doc_row_add(t, NULL, year, DOC_ROW_NORMAL);
		doc_cell_int(r, 0, s[i].year);
		doc_cell_int(r, 1, s[i].employees);
		hundredths_cell(r, 2, s[i].own_posts);
		hundredths_cell(r, 3, s[i].funded_posts);
		if (s[i].has_sick_leave)
			hundredths_cell(r, 4, s[i].sick_leave);
		doc_cell_text(r, 5, s[i].note, NULL);
	}
	return d;
}
