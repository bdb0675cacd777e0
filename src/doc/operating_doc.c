/*
 * operating_doc.c: the driftredovisning as a document: each revenue and
 * cost line's outcome against the budget, the deviation and last year's
 * outcome, in the unit the model rounded it to. People read the table,
 * programs the rows as records, both from one declaration.
 */
#include <stdio.h>

#include "doc/reports.h"

/* Indexed by enum operating_kind. */
static const char *const kinds[] = { "revenue", "revenue_total", "cost", "other", "result",
				     "equity_start", "equity_end" };

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_text(r, col, kinds[*(const enum operating_kind *)at], NULL);
}

/* Last year's outcome, when the books hold last year. */
static void previous_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct operating *op = ctx;

	if (op->has_previous)
		doc_cell_money(r, col, *(const int64_t *)at);
}

static const struct doc_col operating_cols[] = {
	{ .key = "kind", .title = "Typ", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(kind_cell, struct operating_row, kind) },
	{ .key = "name", .title = "Rad", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct operating_row, name) },
	DOC_MONEY("outcome", "Utfall", struct operating_row, outcome),
	DOC_MONEY("budget", "Budget", struct operating_row, budget),
	DOC_MONEY("deviation", "Avvikelse utfall − budget", struct operating_row, deviation),
	{ .key = "previous", .title = "Föregående år", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR,
	  DOC_GET(previous_cell, struct operating_row, previous) },
};

struct doc *doc_operating(const struct association *a, const struct operating *op, int budget_version)
{
	char title[96], head[64], key[32];
	struct doc *d;
	struct doc_table *t;
	size_t i, nr = 0, nc = 0;

	snprintf(title, sizeof(title), "Driftredovisning %d", op->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	snprintf(head, sizeof(head), "Budget version %d", budget_version);
	doc_subtitle_add(d, head);
	doc_unit_set(d, op->unit == MONEY_TKR ? DOC_UNIT_TKR : op->unit == MONEY_KR ? DOC_UNIT_KR : DOC_UNIT_KR_ORE);
	doc_meta_int(d, "year", op->year);
	doc_meta_int(d, "budget_version", budget_version);

	t = doc_table_from(d, NULL, DOC_TABLE_FIGURES, "operating", NULL, operating_cols, DOC_N(operating_cols),
			   DOC_FOR_PEOPLE);
	doc_table_context(t, op);
	snprintf(head, sizeof(head), "Utfall %d", op->year);
	doc_column_title(t, "outcome", head, op->year);
	snprintf(head, sizeof(head), "Budget %d", op->year);
	doc_column_title(t, "budget", head, op->year);
	snprintf(head, sizeof(head), "Utfall %d", op->year - 1);
	doc_column_title(t, "previous", head, op->year - 1);
	t->cols[doc_column_index(t, "previous")].no_data = !op->has_previous;
	for (i = 0; i < op->n; i++) {
		const struct operating_row *x = &op->rows[i];
		enum doc_row_style style = DOC_ROW_NORMAL;

		if (x->kind == OP_REVENUE)
			snprintf(key, sizeof(key), "revenue_%zu", ++nr);
		else if (x->kind == OP_COST)
			snprintf(key, sizeof(key), "cost_%zu", ++nc);
		else
			snprintf(key, sizeof(key), "%s", kinds[x->kind]);
		if (x->kind == OP_REVENUE_TOTAL || x->kind == OP_RESULT || x->kind == OP_EQUITY_END)
			style = DOC_ROW_SUM;
		if (x->kind == OP_OTHER)
			style = DOC_ROW_OPTIONAL;
		doc_row_record(t, key, x->name, style, x);
	}
	if (op->unit > 1)
		doc_note_set(d, op->unit == MONEY_TKR
				? "Beloppen är avrundade till tusental kronor. Avrundningsdifferenser är lagda på "
				  "den största raden i varje summa, så att tabellen summerar. Eget kapital är "
				  "avrundat för sig, som i balansräkningen."
				: "Beloppen är avrundade till hela kronor. Avrundningsdifferenser är lagda på den "
				  "största raden i varje summa, så att tabellen summerar. Eget kapital är "
				  "avrundat för sig, som i balansräkningen.");

	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "rows", NULL, operating_cols, DOC_N(operating_cols),
			   DOC_FOR_PROGRAMS);
	doc_table_context(t, op);
	doc_records(t, op->rows, op->n, sizeof(op->rows[0]));
	return d;
}
