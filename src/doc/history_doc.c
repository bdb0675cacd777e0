/*
 * history_doc.c: the lists of earlier years' key figures and of the staff
 * per year, as entered (history list, staff list).
 */
#include <stdio.h>

#include "doc/reports.h"
#include "model/history.h"

/* Key figure col − 1 of a year (history_fields' order), empty when the
 * earlier report did not give it. */
static void figure_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct history_year *h = at;
	size_t f = col - 1;

	(void)ctx;
	if (f >= HIST__MAX || !(h->known & (1u << f)))
		return;
	if (history_fields[f].money)
		doc_cell_money(r, col, h->v[f]);
	else
		doc_cell_int(r, col, h->v[f]);
}

struct doc *doc_history(const struct association *a, const struct history_year *h, size_t n)
{
	/* One column per key figure, as history_fields declares them. */
	struct doc_col cols[2 + HIST__MAX] = {
		{ .key = "year", .title = "År", .kind = DOC_KIND_INT, DOC_AT(struct history_year, year) },
	};
	struct doc *d = doc_new("Tidigare års nyckeltal");
	struct doc_table *t;
	size_t f;

	for (f = 0; f < HIST__MAX; f++) {
		cols[1 + f] = (struct doc_col){ .key = history_fields[f].key, .title = history_fields[f].label,
						 .kind = history_fields[f].money ? DOC_KIND_MONEY : DOC_KIND_INT,
						 .in = history_fields[f].money ? DOC_IN_KRONOR : DOC_IN_COUNT,
						 DOC_GET(figure_cell, struct history_year, year) };
	}
	cols[1 + HIST__MAX] = (struct doc_col)DOC_TEXT("source", "Källa", struct history_year, source);
	doc_report_titles(d, a);
	doc_paragraph_add(d, NULL, "Nyckeltal för år före bokföringen, som årets årsredovisning redovisade dem. "
				   "Femårsöversikten visar dem som hämtade ur tidigare årsredovisningar.");
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "history", NULL, cols, DOC_N(cols), DOC_FOR_BOTH);
	doc_records(t, h, n, sizeof(h[0]));
	/* the declaration was built here, from history_fields: the table
	 * keeps no pointer into it */
	for (f = 0; f < t->n_cols; f++)
		t->cols[f].decl = NULL;
	return d;
}

/* Hundredths as a text cell: "1,5" for people, "1.50" for programs. */
static void hundredths_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int64_t v = *(const int64_t *)at;
	char text[32], value[32];

	(void)ctx;
	hundredths_format(text, sizeof(text), v);
	snprintf(value, sizeof(value), "%lld.%02lld", (long long)(v / 100), (long long)(v % 100));
	doc_cell_text(r, col, text, value);
}

static void sick_leave_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct staff_year *s = at;

	if (s->has_sick_leave)
		hundredths_cell(r, col, &s->sick_leave, ctx);
}

static const struct doc_col staff_cols[] = {
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, DOC_AT(struct staff_year, year) },
	{ .key = "employees", .title = "Anställda", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,
	  DOC_AT(struct staff_year, employees) },
	{ .key = "own_posts", .title = "Tjänster", .kind = DOC_KIND_TEXT,
	  DOC_GET(hundredths_cell, struct staff_year, own_posts) },
	{ .key = "funded_posts", .title = "Finansierade tjänster", .kind = DOC_KIND_TEXT,
	  DOC_GET(hundredths_cell, struct staff_year, funded_posts) },
	{ .key = "sick_leave", .title = "Sjukfrånvaro (%)", .kind = DOC_KIND_TEXT,
	  DOC_GET(sick_leave_cell, struct staff_year, year) },
	DOC_TEXT("note", "Anteckning", struct staff_year, note),
};

struct doc *doc_staff(const struct association *a, const struct staff_year *s, size_t n)
{
	struct doc *d = doc_new("Personal");
	struct doc_table *t;

	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "staff", NULL, staff_cols, DOC_N(staff_cols), DOC_FOR_BOTH);
	doc_records(t, s, n, sizeof(s[0]));
	return d;
}
