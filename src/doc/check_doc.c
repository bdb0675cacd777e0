/*
 * check_doc.c: the check report as a document: each check of the books
 * with its result and the figures behind it, and a line counting them.
 */
#include <stdio.h>

#include "doc/reports.h"

/* Indexed by enum check_status: what people read, what programs read. */
static const char *const shown[] = { "ok", "fel", "ej kontrollerad", "varning" };
static const char *const machine[] = { "ok", "failed", "skipped", "warning" };

static void status_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum check_status status = *(const enum check_status *)at;
	size_t s = (size_t)status < DOC_N(shown) ? (size_t)status : CHECK_SKIPPED;

	doc_cell_text(r, col, shown[s], machine[s]);
}

static const struct doc_col check_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct check_item, id) },
	{ .key = "title", .title = "Kontroll", .kind = DOC_KIND_TEXT, DOC_AT(struct check_item, title) },
	{ .key = "status", .title = "Resultat", .kind = DOC_KIND_TEXT, DOC_GET(status_cell, struct check_item, status) },
	{ .key = "detail", .title = "Detaljer", .kind = DOC_KIND_TEXT, DOC_AT(struct check_item, detail) },
};

struct doc *doc_check(const struct association *a, const struct check_report *r)
{
	size_t skipped = check_report_count(r, CHECK_SKIPPED), warnings = check_report_count(r, CHECK_WARNING);
	char title[64], line[128];
	struct doc *d;
	struct doc_table *t;
	size_t i;
	int len;

	snprintf(title, sizeof(title), "Kontroll av bokföringen %d", r->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", r->year);
	doc_meta_int(d, "failures", r->failures);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "checks", NULL, check_cols, DOC_N(check_cols),
			   DOC_FOR_BOTH);
	doc_table_list(t, doc_column_index(t, "status"), doc_column_index(t, "title"));
	for (i = 0; i < r->n; i++)
		doc_row_record(t, r->items[i].id, r->items[i].title, DOC_ROW_NORMAL, &r->items[i]);
	len = snprintf(line, sizeof(line), "%zu %s, %d fel", r->n, r->n == 1 ? "kontroll" : "kontroller",
		       r->failures);
	if (warnings && len > 0 && (size_t)len < sizeof(line))
		len += snprintf(line + len, sizeof(line) - (size_t)len, ", %zu %s", warnings,
				warnings == 1 ? "varning" : "varningar");
	if (skipped && len > 0 && (size_t)len < sizeof(line))
		snprintf(line + len, sizeof(line) - (size_t)len, ", %zu %s", skipped,
			 skipped == 1 ? "ej kontrollerad" : "ej kontrollerade");
	doc_paragraph_add(d, NULL, line);
	return d;
}
