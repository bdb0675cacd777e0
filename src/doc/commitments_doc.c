/*
 * commitments_doc.c: what remains to be paid of the board's decisions, per
 * intervention at the end of a year and the year before, with its sum;
 * for programs each intervention's decided, paid and remaining.
 */
#include <stdio.h>

#include "doc/reports.h"

static const struct doc_col commitment_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct commitment, intervention_id) },
	{ .key = "name", .title = "Insats", .kind = DOC_KIND_TEXT,
	  DOC_GET(doc_get_insats_name, struct commitment, intervention_id) },
	DOC_MONEY("decided", "Beslutat", struct commitment, decided),
	DOC_MONEY("paid", "Utbetalt", struct commitment, paid),
	DOC_MONEY("remaining", "Återstår", struct commitment, remaining),
};

struct doc *doc_commitments(const struct association *a, int year, const struct intervention *iv,
			    const struct commitment *cur, const struct commitment *prev, size_t n)
{
	struct doc_insatser names = { iv, n };
	char title[160], head[16], key[32];
	struct doc *d;
	struct doc_table *t;
	struct doc_row *r;
	size_t i;

	snprintf(title, sizeof(title), "Återstående belopp för beslutad finansiering av samverkansinsatser %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "commitments", NULL, 2);
	t->people_only = 1;
	snprintf(head, sizeof(head), "%d", year);
	doc_column_set(t, 0, "current", head, year);
	snprintf(head, sizeof(head), "%d", year - 1);
	doc_column_set(t, 1, "previous_year", head, year - 1);
	for (i = 0; i < n; i++) {
		if (cur[i].remaining == 0 && prev[i].remaining == 0)
			continue;
		snprintf(key, sizeof(key), "intervention_%lld", (long long)iv[i].id);
		r = doc_row_add(t, key, iv[i].name, DOC_ROW_NORMAL);
		doc_cell_money(r, 0, cur[i].remaining);
		doc_cell_money(r, 1, prev[i].remaining);
	}
	r = doc_row_add(t, "total", "Summa", DOC_ROW_SUM);
	doc_cell_money(r, 0, commitments_remaining(cur, n));
	doc_cell_money(r, 1, commitments_remaining(prev, n));
	doc_meta_int(d, "total_remaining", commitments_remaining(cur, n));

	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "interventions", NULL, commitment_cols,
			   DOC_N(commitment_cols), DOC_FOR_PROGRAMS);
	doc_table_context(t, &names);
	doc_records(t, cur, n, sizeof(cur[0]));
	return d;
}
