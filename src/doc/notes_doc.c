/*
 * notes_doc.c: the annual report's notes that explain a line of the income
 * statement or the balance sheet beyond its accounts: the revenue per
 * member, the costs by kind and the pension provision's movement over the
 * year. The figures come from model/notes.h, each adding up to its line.
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/xmalloc.h"
#include "doc/reports.h"

/* A note's line this year and last. */
struct note_pair {
	int64_t current, previous;
};

static const struct doc_col pair_cols[] = {
	DOC_MONEY("current", "I år", struct note_pair, current),
	DOC_MONEY("previous_year", "Året före", struct note_pair, previous),
};

/* A figures table of note pairs with the years as headings (no previous
 * column when prev_year is 0). */
static struct doc_table *pair_table(struct doc *d, struct doc_block *parent, const char *key, int year,
				    int prev_year, enum doc_for who)
{
	struct doc_table *t = doc_table_from(d, parent, DOC_TABLE_FIGURES, key, NULL, pair_cols,
					     prev_year ? 2 : 1, who);
	char h[16];

	snprintf(h, sizeof(h), "%d", year);
	doc_column_set(t, 0, "current", h, year);
	if (prev_year) {
		snprintf(h, sizeof(h), "%d", prev_year);
		doc_column_set(t, 1, "previous_year", h, prev_year);
	}
	return t;
}

static const struct doc_col member_cols[] = {
	{ .key = "member_id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct member_revenue, member_id) },
	DOC_TEXT("name", "Medlem", struct member_revenue, name),
	DOC_TEXT("kind", "Slag", struct member_revenue, kind),
	DOC_MONEY("amount", "Belopp", struct member_revenue, amount),
};

void doc_revenue_note(struct doc *d, struct doc_block *parent, const char *title, const struct year_notes *cur,
		      const struct year_notes *prev)
{
	struct doc_block *sec = doc_section_add(d, parent, title);
	struct doc_table *t = pair_table(d, sec, NULL, cur->year, prev ? prev->year : 0, DOC_FOR_PEOPLE);
	struct note_pair sum = { 0, 0 };
	size_t i, k;

	for (i = 0; i < cur->n_revenue; i++) {
		struct note_pair p = { cur->revenue[i].amount, 0 };
		char label[200];

		for (k = 0; prev && k < prev->n_revenue; k++)
			if (prev->revenue[k].member_id == cur->revenue[i].member_id)
				p.previous = prev->revenue[k].amount;
		sum.current += p.current;
		sum.previous += p.previous;
		snprintf(label, sizeof(label), "Driftbidrag från %s", cur->revenue[i].name);
		doc_row_record(t, NULL, label, DOC_ROW_NORMAL, &p);
	}
	/* The parts are a split of one statement line: their sums fit. */
	doc_row_record(t, NULL, "Summa verksamhetens intäkter", DOC_ROW_SUM, &sum);
	doc_paragraph_add(d, sec, "Intäkterna är fördelade på medlemmarna efter fördelningsnycklarna: hälften på "
				  "staten, en fjärdedel på regionen och en fjärdedel på kommunerna efter deras "
				  "nycklar.");
	t = doc_table_from(d, sec, DOC_TABLE_RECORDS, "notes.revenue_by_member", NULL, member_cols,
			   DOC_N(member_cols), DOC_FOR_PROGRAMS);
	doc_records(t, cur->revenue, cur->n_revenue, sizeof(cur->revenue[0]));
}

void doc_costs_note(struct doc *d, struct doc_block *parent, const char *title, const struct year_notes *cur,
		    const struct year_notes *prev)
{
	struct doc_block *sec = doc_section_add(d, parent, title);
	struct doc_table *t = pair_table(d, sec, "notes.costs_by_kind", cur->year, prev ? prev->year : 0,
					 DOC_FOR_BOTH);
	struct note_pair sum = { 0, 0 };
	int k;

	for (k = 0; k < COST__MAX; k++) {
		struct note_pair p = { cur->costs[k], prev ? prev->costs[k] : 0 };

		sum.current += p.current;
		sum.previous += p.previous;
		doc_row_record(t, cost_kind_key((enum cost_kind)k), cost_kind_label((enum cost_kind)k),
			       DOC_ROW_NORMAL, &p);
	}
	doc_row_record(t, "total", "Summa verksamhetens kostnader", DOC_ROW_SUM, &sum);
}

#define MOVE(k, label, st, member) DOC_MONEY_ROW(k, label, st, struct provision_note, member)

static const struct doc_col provision_rows[] = {
	MOVE("opening", "Avsättningar vid årets början", DOC_ROW_NORMAL, opening),
	MOVE("added", "Nyintjänad pension och ökning av avsättningen", DOC_ROW_NORMAL, added),
	MOVE("paid", "Årets utbetalningar", DOC_ROW_NORMAL, paid),
	MOVE("other", "Övrig förändring", DOC_ROW_OPTIONAL, other),
	MOVE("closing", "Avsättningar vid årets slut", DOC_ROW_SUM, closing),
};

void doc_provision_note(struct doc *d, struct doc_block *parent, const char *title, const struct year_notes *cur)
{
	struct doc_block *sec = doc_section_add(d, parent, title);
	struct doc_table *t = doc_table_add(d, sec, DOC_TABLE_FIGURES, "notes.provisions", NULL, 1);
	struct provision_note shown = cur->provisions;
	char h[16];

	/* Paid out lowers the provision: people read it negative. */
	shown.paid = -shown.paid;
	snprintf(h, sizeof(h), "%d", cur->year);
	doc_column_set(t, 0, "current", h, cur->year);
	doc_rows_from(t, provision_rows, DOC_N(provision_rows));
	doc_column_record(t, 0, &shown);
}
