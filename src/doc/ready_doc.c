/*
 * ready_doc.c: the ready marks of a year as a document: for every
 * intervention running that year and each period (Helår, Delår), whether
 * its figures are marked ready, by whom and when.
 */
#include <stdio.h>
#include <string.h>

#include "doc/reports.h"

static const struct ready_mark *find_mark(const struct ready_mark *m, size_t n, int64_t iv, enum goal_period p)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (m[i].intervention_id == iv && m[i].period == p)
			return &m[i];
	return NULL;
}

struct doc *doc_ready(const struct association *a, int year, const struct intervention *iv, size_t n_iv,
		      const struct ready_mark *m, size_t n_m)
{
	static const enum goal_period periods[] = { PERIOD_ANNUAL, PERIOD_INTERIM };
	char title[64];
	struct doc *d;
	struct doc_table *t;
	size_t i, k, ready = 0, rows = 0;

	snprintf(title, sizeof(title), "Klarmarkerade insatser %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "ready", NULL, 6);
	doc_column_set(t, 0, "intervention_id", "Id", 0);
	t->cols[0].hidden_in_text = 1;
	doc_column_set(t, 1, "intervention", "Insats", 0);
	doc_column_set(t, 2, "period", "Period", year);
	doc_column_set(t, 3, "status", "Status", 0);
	doc_column_set(t, 4, "marked_by", "Markerad av", 0);
	doc_column_set(t, 5, "marked_at", "Markerad (UTC)", 0);
	for (i = 0; i < n_iv; i++) {
		for (k = 0; k < 2; k++) {
			const struct ready_mark *r = find_mark(m, n_m, iv[i].id, periods[k]);
			struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

			rows++;
			doc_cell_int(row, 0, iv[i].id);
			doc_cell_text(row, 1, iv[i].name, NULL);
			doc_cell_text(row, 2, periods[k] == PERIOD_ANNUAL ? "Helår" : "Delår", goal_period_key(periods[k]));
			doc_cell_text(row, 3, r ? "klar" : "inte klar", r ? "ready" : "not_ready");
			if (r) {
				ready++;
				doc_cell_text(row, 4, r->marked_by, NULL);
				doc_cell_text(row, 5, r->marked_at, NULL);
			}
		}
	}
	doc_meta_int(d, "ready_count", (int64_t)ready);
	doc_meta_int(d, "not_ready_count", (int64_t)(rows - ready));
	if (!rows) {
		t->machine_only = 1;
		doc_paragraph_add(d, NULL, "Inga insatser pågår under året.");
	}
	return d;
}
