/*
 * ready_doc.c: the ready marks of a year as a document: for every
 * intervention running that year and each period (Helår, Delår), whether
 * its figures are marked ready, by whom and when.
 */
#include <stdio.h>

#include "doc/reports.h"

/* One intervention in one period, marked ready or not (mark NULL). */
struct ready_row {
	int64_t intervention_id;
	const char *name;
	enum goal_period period;
	const struct ready_mark *mark;
};

static void period_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum goal_period p = *(const enum goal_period *)at;

	doc_cell_text(r, col, p == PERIOD_ANNUAL ? "Helår" : "Delår", goal_period_key(p));
}

static void status_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int ready = *(const struct ready_mark *const *)at != NULL;

	doc_cell_text(r, col, ready ? "klar" : "inte klar", ready ? "ready" : "not_ready");
}

static void marked_by_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct ready_mark *m = *(const struct ready_mark *const *)at;

	if (m)
		doc_cell_text(r, col, m->marked_by, NULL);
}

static void marked_at_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct ready_mark *m = *(const struct ready_mark *const *)at;

	if (m)
		doc_cell_text(r, col, m->marked_at, NULL);
}

static const struct doc_col ready_cols[] = {
	{ .key = "intervention_id", .title = "Id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct ready_row, intervention_id) },
	{ .key = "intervention", .title = "Insats", .kind = DOC_KIND_TEXT, DOC_AT(struct ready_row, name) },
	{ .key = "period", .title = "Period", .kind = DOC_KIND_TEXT, DOC_GET(period_cell, struct ready_row, period) },
	{ .key = "status", .title = "Status", .kind = DOC_KIND_TEXT, DOC_GET(status_cell, struct ready_row, mark) },
	{ .key = "marked_by", .title = "Markerad av", .kind = DOC_KIND_TEXT,
	  DOC_GET(marked_by_cell, struct ready_row, mark) },
	{ .key = "marked_at", .title = "Markerad (UTC)", .kind = DOC_KIND_TEXT,
	  DOC_GET(marked_at_cell, struct ready_row, mark) },
};

struct doc *doc_ready(const struct association *a, int year, const struct intervention *iv, size_t n_iv,
		      const struct ready_mark *m, size_t n_m)
{
	static const enum goal_period periods[] = { PERIOD_ANNUAL, PERIOD_INTERIM };
	size_t i, k, ready = ready_marks_count(iv, n_iv, m, n_m);
	char title[64];
	struct doc *d;
	struct doc_table *t;

	snprintf(title, sizeof(title), "Klarmarkerade insatser %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "ready", NULL, ready_cols, DOC_N(ready_cols),
			   n_iv ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS);
	doc_column_title(t, "period", "Period", year);
	for (i = 0; i < n_iv; i++) {
		for (k = 0; k < DOC_N(periods); k++) {
			struct ready_row row = { iv[i].id, iv[i].name, periods[k],
						 ready_mark_find(m, n_m, iv[i].id, periods[k]) };

			doc_row_record(t, NULL, NULL, DOC_ROW_NORMAL, &row);
		}
	}
	doc_meta_int(d, "ready_count", (int64_t)ready);
	doc_meta_int(d, "not_ready_count", (int64_t)(2 * n_iv - ready));
	if (!n_iv)
		doc_paragraph_add(d, NULL, "Inga insatser pågår under året.");
	return d;
}
