/*
 * test_doc.c: the document tree: building, ownership and order of its
 * parts, pointers that stay valid while the tree grows, and the structure
 * of the statements and check documents (keys, rows, styles, columns).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "doc/doc.h"
#include "doc/reports.h"

static void test_empty(void **state)
{
	struct doc *d = doc_new(NULL);

	(void)state;
	assert_null(d->title);
	assert_int_equal(d->n_subtitles, 0);
	assert_int_equal(d->n_meta, 0);
	assert_int_equal(d->unit, DOC_UNIT_KR);
	assert_null(d->note);
	assert_int_equal(d->body.kind, DOC_BLOCK_SECTION);
	assert_null(d->body.text);
	assert_int_equal(d->body.n_children, 0);
	doc_free(d);
	doc_free(NULL);
}

static void test_document_parts(void **state)
{
	char title[] = "Årsredovisning 2024";
	struct doc *d = doc_new(title);

	(void)state;
	/* The tree keeps copies: the caller's buffers may change. */
	title[0] = 'X';
	assert_string_equal(d->title, "Årsredovisning 2024");
	doc_subtitle_add(d, "Samordningsförbundet Prov");
	doc_subtitle_add(d, "Org.nr 222000-1990");
	assert_int_equal(d->n_subtitles, 2);
	assert_string_equal(d->subtitles[0], "Samordningsförbundet Prov");
	assert_string_equal(d->subtitles[1], "Org.nr 222000-1990");

	doc_unit_set(d, DOC_UNIT_TKR);
	assert_int_equal(d->unit, DOC_UNIT_TKR);
	doc_note_set(d, "Beloppen är avrundade.");
	doc_note_set(d, "Beloppen är avrundade till tusental kronor.");
	assert_string_equal(d->note, "Beloppen är avrundade till tusental kronor.");
	doc_note_set(d, NULL);
	assert_null(d->note);

	doc_meta_int(d, "year", 2024);
	doc_meta_text(d, "until", "2024-08-31");
	doc_meta_ratio(d, "share", 3, 4);
	doc_meta_null(d, "goal_year");
	assert_int_equal(d->n_meta, 4);
	assert_string_equal(d->meta[0].key, "year");
	assert_int_equal(d->meta[0].value.type, DOC_CELL_INT);
	assert_int_equal(d->meta[0].value.i, 2024);
	assert_string_equal(d->meta[1].key, "until");
	assert_int_equal(d->meta[1].value.type, DOC_CELL_TEXT);
	assert_string_equal(d->meta[1].value.text, "2024-08-31");
	assert_string_equal(d->meta[2].key, "share");
	assert_int_equal(d->meta[2].value.type, DOC_CELL_RATIO);
	assert_int_equal(d->meta[2].value.num, 3);
	assert_int_equal(d->meta[2].value.den, 4);
	assert_string_equal(d->meta[3].key, "goal_year");
	assert_int_equal(d->meta[3].value.type, DOC_CELL_EMPTY);
	doc_free(d);
}

static void test_every_cell_type(void **state)
{
	struct doc *d = doc_new("Celler");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "cells", "Alla slags celler", 6);
	struct doc_row *r;
	char text[] = "fel";

	(void)state;
	assert_int_equal(t->kind, DOC_TABLE_RECORDS);
	assert_string_equal(t->key, "cells");
	assert_string_equal(t->title, "Alla slags celler");
	assert_int_equal(t->n_cols, 6);
	assert_int_equal(t->layout, DOC_LAYOUT_GRID);
	assert_null(t->cols[0].key);
	doc_column_set(t, 0, "empty", "Tom", 0);
	doc_column_set(t, 1, "money", "Belopp", 0);
	doc_column_set(t, 2, "ratio", "Andel", 0);
	doc_column_set(t, 3, "count", "Antal", 0);
	doc_column_set(t, 4, "status", "Status", 0);
	doc_column_set(t, 5, "date", "Datum", 2024);
	assert_string_equal(t->cols[5].key, "date");
	assert_string_equal(t->cols[5].header, "Datum");
	assert_int_equal(t->cols[5].year, 2024);
	assert_int_equal(t->cols[5].no_data, 0);
	assert_int_equal(t->cols[5].hidden_in_text, 0);

	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	assert_int_equal(t->n_rows, 1);
	assert_ptr_equal(t->rows[0], r);
	assert_null(r->key);
	assert_null(r->label);
	assert_int_equal(r->n_cells, 6);
	assert_int_equal(r->cells[0].type, DOC_CELL_EMPTY);
	assert_int_equal(r->cells[5].type, DOC_CELL_EMPTY);

	doc_cell_money(r, 1, -63681949);
	doc_cell_ratio(r, 2, 181052, 0);
	doc_cell_int(r, 3, 76);
	doc_cell_text(r, 4, text, "failed");
	text[0] = 'X';
	doc_cell_date(r, 5, (struct date){ 2024, 12, 31 });

	assert_int_equal(r->cells[0].type, DOC_CELL_EMPTY);
	assert_int_equal(r->cells[1].type, DOC_CELL_MONEY);
	assert_int_equal(r->cells[1].money, -63681949);
	assert_int_equal(r->cells[2].type, DOC_CELL_RATIO);
	assert_int_equal(r->cells[2].num, 181052);
	assert_int_equal(r->cells[2].den, 0);
	assert_int_equal(r->cells[3].type, DOC_CELL_INT);
	assert_int_equal(r->cells[3].i, 76);
	assert_int_equal(r->cells[4].type, DOC_CELL_TEXT);
	assert_string_equal(r->cells[4].text, "fel");
	assert_string_equal(r->cells[4].value, "failed");
	assert_int_equal(r->cells[5].type, DOC_CELL_DATE);
	assert_int_equal(r->cells[5].date.y, 2024);
	assert_int_equal(r->cells[5].date.m, 12);
	assert_int_equal(r->cells[5].date.d, 31);

	/* A cell can be set again, of another type: the old text goes. */
	doc_cell_text(r, 1, "x", NULL);
	assert_int_equal(r->cells[1].type, DOC_CELL_TEXT);
	assert_string_equal(r->cells[1].text, "x");
	assert_null(r->cells[1].value);
	doc_cell_money(r, 4, 100);
	assert_int_equal(r->cells[4].type, DOC_CELL_MONEY);
	assert_null(r->cells[4].text);
	assert_null(r->cells[4].value);
	doc_cell_text(r, 4, NULL, NULL);
	assert_string_equal(r->cells[4].text, "");
	doc_free(d);
}

static void test_sections_and_order(void **state)
{
	struct doc *d = doc_new("Årsredovisning");
	struct doc_block *a, *b, *a1;
	struct doc_table *t1, *t2, *t3;

	(void)state;
	a = doc_section_add(d, NULL, "Förvaltningsberättelse");
	b = doc_section_add(d, NULL, "Räkenskaper");
	a1 = doc_section_add(d, a, "Verksamheten");
	doc_paragraph_add(d, a1, "Förbundet har fyra medlemmar.");
	t2 = doc_table_add(d, b, DOC_TABLE_FIGURES, "income_statement", "Resultaträkning", 1);
	t1 = doc_table_add(d, a1, DOC_TABLE_RECORDS, "members", "Medlemmar", 2);
	doc_paragraph_add(d, NULL, "Slut.");
	t3 = doc_table_add(d, NULL, DOC_TABLE_FIGURES, NULL, NULL, 0);

	assert_int_equal(d->body.n_children, 4);
	assert_ptr_equal(d->body.children[0], a);
	assert_ptr_equal(d->body.children[1], b);
	assert_int_equal(d->body.children[2]->kind, DOC_BLOCK_PARAGRAPH);
	assert_string_equal(d->body.children[2]->text, "Slut.");
	assert_int_equal(d->body.children[3]->kind, DOC_BLOCK_TABLE);
	assert_ptr_equal(d->body.children[3]->table, t3);
	assert_null(t3->key);
	assert_null(t3->title);
	assert_int_equal(t3->n_cols, 0);

	assert_int_equal(a->kind, DOC_BLOCK_SECTION);
	assert_string_equal(a->text, "Förvaltningsberättelse");
	assert_int_equal(a->n_children, 1);
	assert_ptr_equal(a->children[0], a1);
	assert_int_equal(a1->n_children, 2);
	assert_int_equal(a1->children[0]->kind, DOC_BLOCK_PARAGRAPH);
	assert_string_equal(a1->children[0]->text, "Förbundet har fyra medlemmar.");
	assert_ptr_equal(a1->children[1]->table, t1);
	assert_int_equal(b->n_children, 1);
	assert_ptr_equal(b->children[0]->table, t2);
	doc_free(d);
}

struct seen {
	const struct doc_table *tables[8];
	size_t n;
};

static void collect(void *ctx, const struct doc_table *t)
{
	struct seen *s = ctx;

	if (s->n < 8)
		s->tables[s->n] = t;
	s->n++;
}

static void test_each_table_in_document_order(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_block *s1, *s2;
	struct doc_table *t1, *t2, *t3, *t4;
	struct seen seen = { { NULL }, 0 };

	(void)state;
	t1 = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "a", NULL, 1);
	s1 = doc_section_add(d, NULL, "S1");
	s2 = doc_section_add(d, s1, "S2");
	t3 = doc_table_add(d, s2, DOC_TABLE_RECORDS, "c", NULL, 1);
	t2 = doc_table_add(d, s1, DOC_TABLE_FIGURES, "b", NULL, 1);
	t4 = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "d", NULL, 1);
	doc_each_table(d, collect, &seen);
	assert_int_equal(seen.n, 4);
	/* Depth first: S2 comes before the table added to S1 after it. */
	assert_ptr_equal(seen.tables[0], t1);
	assert_ptr_equal(seen.tables[1], t3);
	assert_ptr_equal(seen.tables[2], t2);
	assert_ptr_equal(seen.tables[3], t4);
	doc_free(d);

	d = doc_new(NULL);
	seen.n = 0;
	doc_each_table(d, collect, &seen);
	assert_int_equal(seen.n, 0);
	doc_free(d);
}

/* A builder may hold on to a section or row while adding many more. */
static void test_pointers_stay_valid(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_block *first = doc_section_add(d, NULL, "Först");
	struct doc_table *t = doc_table_add(d, first, DOC_TABLE_FIGURES, "t", "T", 2);
	struct doc_row *r0 = doc_row_add(t, "r0", "Rad 0", DOC_ROW_NORMAL);
	char key[16];
	int i;

	(void)state;
	for (i = 0; i < 200; i++) {
		doc_section_add(d, NULL, "Fler");
		snprintf(key, sizeof(key), "r%d", i + 1);
		doc_row_add(t, key, key, DOC_ROW_NORMAL);
	}
	doc_paragraph_add(d, first, "Efter 200 syskon.");
	doc_cell_money(r0, 1, 4200);
	assert_int_equal(d->body.n_children, 201);
	assert_ptr_equal(d->body.children[0], first);
	assert_int_equal(first->n_children, 2);
	assert_string_equal(first->children[1]->text, "Efter 200 syskon.");
	assert_int_equal(t->n_rows, 201);
	assert_ptr_equal(t->rows[0], r0);
	assert_int_equal(t->rows[0]->cells[1].money, 4200);
	assert_string_equal(t->rows[200]->key, "r200");
	doc_free(d);
}

static void test_columns_and_list_layout(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "checks", NULL, 3);

	(void)state;
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 0, "id", "Nyckel", 0);
	assert_string_equal(t->cols[0].header, "Nyckel");
	doc_column_set(t, 1, "status", NULL, 0);
	assert_null(t->cols[1].header);
	doc_table_list(t, 1, 2);
	assert_int_equal(t->layout, DOC_LAYOUT_LIST);
	assert_int_equal(t->list_tag, 1);
	assert_int_equal(t->list_item, 2);
	doc_free(d);
}

static struct association assoc(void)
{
	struct association a;

	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "Samordningsförbundet Prov");
	snprintf(a.orgnr, sizeof(a.orgnr), "222000-1990");
	return a;
}

static void fill(struct statements *s, int year)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->period.start = (struct date){ year, 1, 1 };
	s->period.end = (struct date){ year, 12, 31 };
	s->is.revenue = 146800000;
	s->is.expenses = -210481949;
	s->is.net_cost = -63681949;
	s->is.result = -63681949;
	s->bs.cash_and_bank = 75074600;
	s->bs.total_assets = 75074600;
	s->bs.equity = 18105200;
	s->solidity = (struct ratio){ 18105200, 75074600 };
	s->is.result_after_financial = -63681949;
	s->grant = 146800000;
	equity_rule_eval(s->bs.equity, s->grant, GRANT_BASIS_REVENUE, &s->equity_rule);
	s->equity_to_grant = s->equity_rule.ratio;
}

static void expect_rows(const struct doc_table *t, const char *const *keys, const char *const *labels,
			const enum doc_row_style *styles, size_t n)
{
	size_t i;

	assert_int_equal(t->n_rows, n);
	for (i = 0; i < n; i++) {
		if (keys[i])
			assert_string_equal(t->rows[i]->key, keys[i]);
		else
			assert_null(t->rows[i]->key);
		assert_string_equal(t->rows[i]->label, labels[i]);
		assert_int_equal(t->rows[i]->style, styles[i]);
	}
}

static void test_statements_structure(void **state)
{
	static const char *const is_keys[] = { "revenue", "expenses", "net_cost", "financial_income",
					       "financial_expenses", "result_after_financial", "appropriations",
					       "result" };
	static const char *const is_labels[] = { "Verksamhetens intäkter", "Verksamhetens kostnader",
						 "Verksamhetens nettokostnad", "Finansiella intäkter",
						 "Finansiella kostnader", "Resultat efter finansiella poster",
						 "Bokslutsdispositioner och skatt", "Årets resultat" };
	static const enum doc_row_style is_styles[] = { DOC_ROW_NORMAL, DOC_ROW_NORMAL, DOC_ROW_SUM,
							DOC_ROW_NORMAL, DOC_ROW_NORMAL, DOC_ROW_SUM,
							DOC_ROW_OPTIONAL, DOC_ROW_SUM };
	static const char *const bs_keys[] = { NULL, "fixed_assets", "inventories", "receivables",
					       "cash_and_bank", "total_assets", NULL, "equity",
					       "result_of_year", "other_equity", "provisions",
					       "long_term_liabilities", "current_liabilities",
					       "total_equity_and_liabilities" };
	static const char *const bs_labels[] = { "Tillgångar", "Anläggningstillgångar", "Förråd", "Fordringar",
						 "Kassa och bank", "Summa tillgångar",
						 "Eget kapital, avsättningar och skulder", "Eget kapital",
						 "  därav årets resultat", "  därav övrigt eget kapital",
						 "Avsättningar", "Långfristiga skulder", "Kortfristiga skulder",
						 "Summa eget kapital, avsättningar och skulder" };
	static const enum doc_row_style bs_styles[] = { DOC_ROW_HEADING, DOC_ROW_OPTIONAL, DOC_ROW_OPTIONAL,
							DOC_ROW_NORMAL, DOC_ROW_NORMAL, DOC_ROW_SUM,
							DOC_ROW_HEADING, DOC_ROW_NORMAL, DOC_ROW_NORMAL,
							DOC_ROW_NORMAL, DOC_ROW_NORMAL, DOC_ROW_NORMAL,
							DOC_ROW_NORMAL, DOC_ROW_SUM };
	static const char *const cf_keys[] = { "result", "non_cash_adjustments", "change_receivables",
					       "change_current_liabilities", "operating", "investing",
					       "financing", "net_cash_flow", "cash_start", "cash_end" };
	static const char *const cf_labels[] = { "Årets resultat", "Justering för ej likviditetspåverkande poster",
						 "Ökning (−) / minskning (+) av kortfristiga fordringar",
						 "Ökning (+) / minskning (−) av kortfristiga skulder",
						 "Kassaflöde från den löpande verksamheten",
						 "Kassaflöde från investeringsverksamheten",
						 "Kassaflöde från finansieringsverksamheten", "Årets kassaflöde",
						 "Likvida medel vid årets början", "Likvida medel vid årets slut" };
	static const enum doc_row_style cf_styles[] = { DOC_ROW_NORMAL, DOC_ROW_NORMAL, DOC_ROW_NORMAL,
							DOC_ROW_NORMAL, DOC_ROW_SUM, DOC_ROW_NORMAL,
							DOC_ROW_NORMAL, DOC_ROW_SUM, DOC_ROW_NORMAL,
							DOC_ROW_NORMAL };
	static const char *const r_keys[] = { "solidity", "equity_to_grant" };
	static const char *const r_labels[] = { "Soliditet (eget kapital / summa tillgångar)",
						"Eget kapital / driftbidrag (mål: högst 20 %)" };
	static const enum doc_row_style r_styles[] = { DOC_ROW_NORMAL, DOC_ROW_NORMAL };
	struct association a = assoc();
	struct statements cur;
	struct seen seen = { { NULL }, 0 };
	const struct doc_table *t;
	struct doc *d;

	(void)state;
	fill(&cur, 2024);
	d = doc_statements(&a, &cur, NULL);
	assert_string_equal(d->title, "Finansiella rapporter 2024");
	assert_int_equal(d->n_subtitles, 2);
	assert_string_equal(d->subtitles[0], "Samordningsförbundet Prov");
	assert_string_equal(d->subtitles[1], "Org.nr 222000-1990");
	assert_int_equal(d->n_meta, 3);
	assert_string_equal(d->meta[0].key, "year");
	assert_int_equal(d->meta[0].value.i, 2024);
	assert_string_equal(d->meta[1].key, "grant");
	assert_int_equal(d->meta[1].value.i, 146800000);
	assert_string_equal(d->meta[2].key, "grant_basis");
	assert_int_equal(d->unit, DOC_UNIT_KR);
	assert_string_equal(d->note, "Beloppen är avrundade till hela kronor var för sig; summorna är "
				     "beräknade på exakta belopp.");
	doc_each_table(d, collect, &seen);
	assert_int_equal(seen.n, 4);

	t = seen.tables[0];
	assert_int_equal(t->kind, DOC_TABLE_FIGURES);
	assert_string_equal(t->key, "income_statement");
	assert_string_equal(t->title, "Resultaträkning");
	expect_rows(t, is_keys, is_labels, is_styles, 8);
	assert_int_equal(t->n_cols, 2);
	assert_string_equal(t->cols[0].key, "current");
	assert_string_equal(t->cols[0].header, "2024");
	assert_int_equal(t->cols[0].year, 2024);
	assert_string_equal(t->cols[1].key, "previous_year");
	assert_int_equal(t->cols[1].no_data, 1);
	assert_int_equal(t->rows[1]->cells[0].type, DOC_CELL_MONEY);
	assert_int_equal(t->rows[1]->cells[0].money, -210481949);
	assert_int_equal(t->rows[1]->cells[1].type, DOC_CELL_EMPTY);

	t = seen.tables[1];
	assert_string_equal(t->key, "balance_sheet");
	assert_string_equal(t->title, "Balansräkning");
	assert_string_equal(t->cols[0].header, "2024-12-31");
	expect_rows(t, bs_keys, bs_labels, bs_styles, 14);
	assert_int_equal(t->rows[0]->cells[0].type, DOC_CELL_EMPTY);
	assert_int_equal(t->rows[4]->cells[0].money, 75074600);

	t = seen.tables[2];
	assert_string_equal(t->key, "cash_flow");
	assert_string_equal(t->title, "Kassaflödesanalys");
	expect_rows(t, cf_keys, cf_labels, cf_styles, 10);

	t = seen.tables[3];
	assert_string_equal(t->key, "ratios");
	assert_string_equal(t->title, "Nyckeltal");
	expect_rows(t, r_keys, r_labels, r_styles, 2);
	assert_int_equal(t->rows[0]->cells[0].type, DOC_CELL_RATIO);
	assert_int_equal(t->rows[0]->cells[0].num, 18105200);
	assert_int_equal(t->rows[0]->cells[0].den, 75074600);
	doc_free(d);
}

static void test_statements_with_previous_year(void **state)
{
	struct association a = assoc();
	struct statements cur, prev;
	struct seen seen = { { NULL }, 0 };
	struct doc *d;

	(void)state;
	fill(&cur, 2024);
	fill(&prev, 2023);
	prev.is.expenses = -100845100;
	d = doc_statements(&a, &cur, &prev);
	doc_each_table(d, collect, &seen);
	assert_int_equal(seen.n, 4);
	assert_string_equal(seen.tables[0]->cols[1].key, "previous_year");
	assert_string_equal(seen.tables[0]->cols[1].header, "2023");
	assert_int_equal(seen.tables[0]->cols[1].year, 2023);
	assert_int_equal(seen.tables[0]->cols[1].no_data, 0);
	assert_int_equal(seen.tables[0]->rows[1]->cells[1].money, -100845100);
	assert_string_equal(seen.tables[1]->cols[1].header, "2023-12-31");
	assert_int_equal(seen.tables[3]->rows[1]->cells[1].type, DOC_CELL_RATIO);
	doc_free(d);
}

static void test_check_structure(void **state)
{
	struct association a = assoc();
	struct check_item items[3] = {
		{ "balance_sheet", "Balansräkningen balanserar", CHECK_OK, NULL },
		{ "result_equity", "Årets resultat är lika med förändringen av eget kapital", CHECK_FAILED,
		  "skillnad 100,00 kr" },
		{ "opening_balances", "Föregående års utgående balanser är årets ingående", CHECK_SKIPPED,
		  "föregående år finns inte i databasen" },
	};
	struct check_report r = { 2024, items, 3, 3, 1 };
	struct seen seen = { { NULL }, 0 };
	const struct doc_table *t;
	struct doc *d = doc_check(&a, &r);

	(void)state;
	assert_string_equal(d->title, "Kontroll av bokföringen 2024");
	assert_int_equal(d->n_meta, 2);
	assert_string_equal(d->meta[0].key, "year");
	assert_int_equal(d->meta[0].value.i, 2024);
	assert_string_equal(d->meta[1].key, "failures");
	assert_int_equal(d->meta[1].value.i, 1);
	doc_each_table(d, collect, &seen);
	assert_int_equal(seen.n, 1);
	t = seen.tables[0];
	assert_int_equal(t->kind, DOC_TABLE_RECORDS);
	assert_string_equal(t->key, "checks");
	assert_int_equal(t->n_cols, 4);
	assert_string_equal(t->cols[0].key, "id");
	assert_int_equal(t->cols[0].hidden_in_text, 1);
	assert_string_equal(t->cols[1].key, "title");
	assert_string_equal(t->cols[1].header, "Kontroll");
	assert_string_equal(t->cols[2].key, "status");
	assert_string_equal(t->cols[2].header, "Resultat");
	assert_string_equal(t->cols[3].key, "detail");
	assert_string_equal(t->cols[3].header, "Detaljer");
	assert_int_equal(t->layout, DOC_LAYOUT_LIST);
	assert_int_equal(t->list_tag, 2);
	assert_int_equal(t->list_item, 1);
	assert_int_equal(t->n_rows, 3);
	assert_string_equal(t->rows[0]->cells[2].text, "ok");
	assert_string_equal(t->rows[0]->cells[2].value, "ok");
	assert_int_equal(t->rows[0]->cells[3].type, DOC_CELL_EMPTY);
	assert_string_equal(t->rows[1]->cells[0].text, "result_equity");
	assert_string_equal(t->rows[1]->cells[2].text, "fel");
	assert_string_equal(t->rows[1]->cells[2].value, "failed");
	assert_string_equal(t->rows[1]->cells[3].text, "skillnad 100,00 kr");
	assert_string_equal(t->rows[2]->cells[2].text, "ej kontrollerad");
	assert_string_equal(t->rows[2]->cells[2].value, "skipped");
	/* The closing count, for people. */
	assert_int_equal(d->body.n_children, 2);
	assert_int_equal(d->body.children[1]->kind, DOC_BLOCK_PARAGRAPH);
	assert_string_equal(d->body.children[1]->text, "3 kontroller, 1 fel, 1 ej kontrollerad");
	doc_free(d);
}

static void test_check_counts_in_words(void **state)
{
	struct association a;
	struct check_item one = { "balance_sheet", "Balansräkningen balanserar", CHECK_SKIPPED, NULL };
	struct check_report r = { 2025, &one, 1, 1, 0 };
	struct doc *d;

	(void)state;
	memset(&a, 0, sizeof(a));
	d = doc_check(&a, &r);
	/* Without a name or orgnr there are no subtitles. */
	assert_int_equal(d->n_subtitles, 0);
	assert_string_equal(d->body.children[1]->text, "1 kontroll, 0 fel, 1 ej kontrollerad");
	doc_free(d);
	r.n = 0;
	d = doc_check(&a, &r);
	assert_string_equal(d->body.children[1]->text, "0 kontroller, 0 fel");
	doc_free(d);
	/* A warning is shown and counted, but is no failure. */
	{
		struct check_item two[2] = {
			{ "equity_rule", "Eget kapital är högst 20 % av driftbidraget", CHECK_WARNING, "47,2 %" },
			{ "plan_equity", "Eget kapital enligt prognosen är aldrig negativt", CHECK_SKIPPED, NULL },
		};
		struct check_report w = { 2025, two, 2, 2, 0 };
		const struct doc_table *t;
		struct seen seen = { { NULL }, 0 };

		d = doc_check(&a, &w);
		doc_each_table(d, collect, &seen);
		t = seen.tables[0];
		assert_string_equal(t->rows[0]->cells[2].text, "varning");
		assert_string_equal(t->rows[0]->cells[2].value, "warning");
		assert_string_equal(d->body.children[1]->text, "2 kontroller, 0 fel, 1 varning, 1 ej kontrollerad");
		doc_free(d);
	}
}


/* The failing checks of a draft, joined for people; a title that does not
 * fit is left out whole. */
static void test_draft_failing(void **state)
{
	struct doc *d = doc_new("Plan");
	char buf[64];

	(void)state;
	assert_int_equal(d->status, DOC_UNCHECKED);
	assert_string_equal(doc_failing_titles(d, buf, sizeof(buf)), "");
	doc_status_set(d, DOC_DRAFT);
	doc_failing_add(d, "balance_sheet", "Balansräkningen balanserar");
	assert_string_equal(doc_failing_titles(d, buf, sizeof(buf)), "Balansräkningen balanserar");
	doc_failing_add(d, "cash_flow", "Kassaflödet är lika med förändringen av kassa och bank");
	assert_int_equal(d->n_failing, 2);
	assert_string_equal(d->failing[1].id, "cash_flow");
	assert_string_equal(doc_failing_titles(d, buf, sizeof(buf)), "Balansräkningen balanserar");
	assert_string_equal(doc_failing_titles(d, buf, 10), "");
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_draft_failing),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_document_parts),
		cmocka_unit_test(test_every_cell_type),
		cmocka_unit_test(test_sections_and_order),
		cmocka_unit_test(test_each_table_in_document_order),
		cmocka_unit_test(test_pointers_stay_valid),
		cmocka_unit_test(test_columns_and_list_layout),
		cmocka_unit_test(test_statements_structure),
		cmocka_unit_test(test_statements_with_previous_year),
		cmocka_unit_test(test_check_structure),
		cmocka_unit_test(test_check_counts_in_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
