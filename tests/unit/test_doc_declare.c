/*
 * test_doc_declare.c: tables made from a declaration of their columns:
 * which columns a table for people, for programs or for both has, with
 * their keys, headers, kinds and units; a row filled from a record, each
 * way a record holds a value; the records table for programs made from the
 * same declaration and rows; and rows laid out from a declaration with a
 * record per column.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "doc/doc.h"

/* A record holding a value each way DOC_AT reads one. */
struct rec {
	int64_t id;
	char name[32];
	const char *note;
	int64_t amount;
	int count;
	struct date day;
	struct ratio share;
	int kind;
};

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	static const char *const words[] = { "liten", "stor" };
	static const char *const keys[] = { "small", "large" };
	const int *offset = ctx;
	int k = *(const int *)at + (offset ? *offset : 0);

	doc_cell_text(r, col, words[k], keys[k]);
}

static const struct doc_col cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS, DOC_AT(struct rec, id) },
	{ .key = "name", .title = "Namn", .kind = DOC_KIND_TEXT, DOC_AT(struct rec, name) },
	{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, DOC_AT(struct rec, note) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, DOC_AT(struct rec, amount) },
	{ .key = "count", .title = "Antal", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS, DOC_AT(struct rec, count) },
	{ .key = "day", .title = "Dag", .kind = DOC_KIND_DATE, DOC_AT(struct rec, day) },
	{ .key = "share", .title = "Andel", .kind = DOC_KIND_RATIO, .in = DOC_IN_PERCENT, DOC_AT(struct rec, share) },
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PEOPLE,
	  DOC_GET(kind_cell, struct rec, kind) },
};

static const struct rec recs[] = {
	{ 7, "Steget vidare", "Förlängt", 146800050, 12, { 2025, 3, 1 }, { 1, 4 }, 0 },
	{ 8, "Vägen in", NULL, -5000, 0, { 0, 0, 0 }, { 3, 0 }, 1 },
};

static void expect_cols(const struct doc_table *t, const char *const *keys, size_t n)
{
	size_t i;

	assert_int_equal(t->n_cols, n);
	for (i = 0; i < n; i++)
		assert_string_equal(t->cols[i].key, keys[i]);
}

static void test_columns_for_whom(void **state)
{
	static const char *const both[] = { "id", "name", "note", "amount", "count", "day", "share" };
	static const char *const people[] = { "name", "note", "amount", "count", "day", "share", "kind" };
	static const char *const programs[] = { "id", "name", "note", "amount", "count", "day", "share" };
	struct doc *d = doc_new(NULL);
	struct doc_table *b, *p, *m;

	(void)state;
	b = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "both", "Båda", cols, DOC_N(cols), DOC_FOR_BOTH);
	p = doc_table_from(d, NULL, DOC_TABLE_FIGURES, "people", NULL, cols, DOC_N(cols), DOC_FOR_PEOPLE);
	m = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "programs", NULL, cols, DOC_N(cols), DOC_FOR_PROGRAMS);
	expect_cols(b, both, DOC_N(both));
	expect_cols(p, people, DOC_N(people));
	expect_cols(m, programs, DOC_N(programs));
	assert_string_equal(b->key, "both");
	assert_string_equal(b->title, "Båda");
	assert_int_equal(b->kind, DOC_TABLE_RECORDS);
	assert_int_equal(p->kind, DOC_TABLE_FIGURES);
	/* A table for both shows programs' columns only to programs. */
	assert_true(b->cols[0].hidden_in_text);
	assert_false(b->cols[1].hidden_in_text);
	assert_false(m->cols[0].hidden_in_text);
	assert_false(b->people_only || b->machine_only);
	assert_true(p->people_only);
	assert_false(p->machine_only);
	assert_true(m->machine_only);
	assert_false(m->people_only);
	/* Each column with its header, kind, unit and declaration. */
	assert_string_equal(b->cols[3].header, "Belopp");
	assert_int_equal(b->cols[3].kind, DOC_KIND_MONEY);
	assert_int_equal(b->cols[3].in, DOC_IN_KRONOR);
	assert_int_equal(b->cols[4].in, DOC_IN_PERSONS);
	assert_int_equal(b->cols[5].kind, DOC_KIND_DATE);
	assert_int_equal(b->cols[6].in, DOC_IN_PERCENT);
	assert_ptr_equal(b->cols[1].decl, &cols[1]);
	assert_ptr_equal(p->cols[6].decl, &cols[7]);
	assert_int_equal(b->cols[2].year, 0);
	doc_free(d);
}

static void test_column_by_key(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, NULL, NULL, cols, DOC_N(cols), DOC_FOR_PEOPLE);

	(void)state;
	assert_int_equal(doc_column_index(t, "name"), 0);
	assert_int_equal(doc_column_index(t, "kind"), 6);
	assert_int_equal(doc_column_index(t, "id"), t->n_cols);   /* for programs: not here */
	assert_int_equal(doc_column_index(t, NULL), t->n_cols);
	doc_column_title(t, "amount", "Bokfört 2025-08-31", 2025);
	assert_string_equal(t->cols[2].header, "Bokfört 2025-08-31");
	assert_int_equal(t->cols[2].year, 2025);
	doc_column_title(t, "nothing", "x", 1);   /* no such column: nothing happens */
	assert_string_equal(t->cols[0].header, "Namn");
	doc_free(d);
}

static void test_row_from_record(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "t", NULL, cols, DOC_N(cols), DOC_FOR_BOTH);
	struct doc_table *p = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "p", NULL, cols, DOC_N(cols), DOC_FOR_PEOPLE);
	struct doc_row *r;
	int offset = 0;

	(void)state;
	r = doc_row_record(t, "k", "Steget vidare", DOC_ROW_SUM, &recs[0]);
	assert_string_equal(r->key, "k");
	assert_string_equal(r->label, "Steget vidare");
	assert_int_equal(r->style, DOC_ROW_SUM);
	assert_int_equal(r->n_cells, 7);
	assert_int_equal(r->cells[0].type, DOC_CELL_INT);
	assert_int_equal(r->cells[0].i, 7);
	assert_int_equal(r->cells[1].type, DOC_CELL_TEXT);
	assert_string_equal(r->cells[1].text, "Steget vidare");
	assert_null(r->cells[1].value);
	assert_string_equal(r->cells[2].text, "Förlängt");
	assert_int_equal(r->cells[3].type, DOC_CELL_MONEY);
	assert_int_equal(r->cells[3].money, 146800050);
	assert_int_equal(r->cells[4].type, DOC_CELL_INT);
	assert_int_equal(r->cells[4].i, 12);
	assert_int_equal(r->cells[5].type, DOC_CELL_DATE);
	assert_int_equal(r->cells[5].date.y, 2025);
	assert_int_equal(r->cells[5].date.m, 3);
	assert_int_equal(r->cells[6].type, DOC_CELL_RATIO);
	assert_int_equal(r->cells[6].num, 1);
	assert_int_equal(r->cells[6].den, 4);

	/* A NULL text and an unset date leave their cells empty; a negative
	 * amount and a zero count are figures like any other. */
	r = doc_row_record(t, NULL, NULL, DOC_ROW_NORMAL, &recs[1]);
	assert_null(r->key);
	assert_int_equal(r->cells[2].type, DOC_CELL_EMPTY);
	assert_int_equal(r->cells[5].type, DOC_CELL_EMPTY);
	assert_int_equal(r->cells[3].money, -5000);
	assert_int_equal(r->cells[4].type, DOC_CELL_INT);
	assert_int_equal(r->cells[4].i, 0);
	assert_int_equal(r->cells[6].den, 0);

	/* A getter reads its member and the table's context. */
	r = doc_row_record(p, NULL, NULL, DOC_ROW_NORMAL, &recs[0]);
	assert_string_equal(r->cells[6].text, "liten");
	assert_string_equal(r->cells[6].value, "small");
	offset = 1;
	doc_table_context(p, &offset);
	r = doc_row_record(p, NULL, NULL, DOC_ROW_NORMAL, &recs[0]);
	assert_string_equal(r->cells[6].text, "stor");
	assert_string_equal(r->cells[6].value, "large");
	doc_free(d);
}

/* A people table and the records for programs from the same rows hold
 * the same values in their shared columns. */
static void test_records_from_same_rows(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *p = doc_table_from(d, NULL, DOC_TABLE_FIGURES, "people", NULL, cols, DOC_N(cols),
					     DOC_FOR_PEOPLE);
	struct doc_table *m = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "records", NULL, cols, DOC_N(cols),
					     DOC_FOR_PROGRAMS);
	size_t i, j;

	(void)state;
	for (i = 0; i < DOC_N(recs); i++)
		doc_row_record(p, "row", recs[i].name, DOC_ROW_NORMAL, &recs[i]);
	doc_records(m, recs, DOC_N(recs), sizeof(recs[0]));
	assert_int_equal(p->n_rows, 2);
	assert_int_equal(m->n_rows, 2);
	for (i = 0; i < DOC_N(recs); i++) {
		assert_null(m->rows[i]->key);
		assert_null(m->rows[i]->label);
		assert_int_equal(m->rows[i]->cells[0].i, recs[i].id);
		for (j = 1; j < m->n_cols; j++) {
			const struct doc_cell *a = &m->rows[i]->cells[j], *b = &p->rows[i]->cells[j - 1];

			assert_string_equal(m->cols[j].key, p->cols[j - 1].key);
			assert_int_equal(a->type, b->type);
			assert_int_equal(a->money, b->money);
			assert_int_equal(a->i, b->i);
			assert_int_equal(a->num, b->num);
			assert_int_equal(a->den, b->den);
			if (a->type == DOC_CELL_TEXT)
				assert_string_equal(a->text, b->text);
		}
	}
	doc_free(d);
}

struct year {
	int year;
	int64_t revenue, costs, result;
	struct ratio share;
};

static const struct doc_col year_rows[] = {
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS, DOC_AT(struct year, year) },
	{ .title = "Rörelsen" },
	{ .key = "revenue", .title = "Intäkter", .kind = DOC_KIND_MONEY, DOC_AT(struct year, revenue) },
	{ .key = "costs", .title = "Kostnader", .kind = DOC_KIND_MONEY, .style = DOC_ROW_OPTIONAL,
	  DOC_AT(struct year, costs) },
	{ .key = "result", .title = "Resultat", .kind = DOC_KIND_MONEY, .style = DOC_ROW_SUM,
	  DOC_AT(struct year, result) },
	{ .key = "share", .title = "Andel", .kind = DOC_KIND_RATIO, DOC_AT(struct year, share) },
};

static void test_rows_from_declaration(void **state)
{
	static const struct year years[] = { { 2025, 300, -200, 100, { 1, 3 } }, { 2024, 250, 0, 250, { 0, 0 } } };
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "overview", NULL, 2);
	struct doc_table *m;
	size_t i;

	(void)state;
	doc_rows_from(t, year_rows, DOC_N(year_rows));
	doc_column_record(t, 0, &years[0]);
	doc_column_record(t, 1, &years[1]);
	/* The year is for programs: no row; the entry without a kind is a heading. */
	assert_int_equal(t->n_rows, 5);
	assert_null(t->rows[0]->key);
	assert_string_equal(t->rows[0]->label, "Rörelsen");
	assert_int_equal(t->rows[0]->style, DOC_ROW_HEADING);
	assert_int_equal(t->rows[0]->cells[0].type, DOC_CELL_EMPTY);
	assert_string_equal(t->rows[1]->key, "revenue");
	assert_string_equal(t->rows[1]->label, "Intäkter");
	assert_int_equal(t->rows[2]->style, DOC_ROW_OPTIONAL);
	assert_int_equal(t->rows[3]->style, DOC_ROW_SUM);
	assert_int_equal(t->rows[1]->cells[0].money, 300);
	assert_int_equal(t->rows[1]->cells[1].money, 250);
	assert_int_equal(t->rows[2]->cells[0].money, -200);
	assert_int_equal(t->rows[3]->cells[1].money, 250);
	assert_int_equal(t->rows[4]->cells[0].type, DOC_CELL_RATIO);
	assert_int_equal(t->rows[4]->cells[0].den, 3);
	/* Rows added after are not the declaration's: left alone. */
	doc_row_add(t, "extra", "Extra", DOC_ROW_NORMAL);
	doc_column_record(t, 0, &years[0]);
	assert_int_equal(t->rows[5]->cells[0].type, DOC_CELL_EMPTY);

	/* The same declaration, a record per year for programs. */
	m = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "years", NULL, year_rows, DOC_N(year_rows), DOC_FOR_PROGRAMS);
	doc_records(m, years, DOC_N(years), sizeof(years[0]));
	assert_int_equal(m->n_cols, 5);
	assert_string_equal(m->cols[0].key, "year");
	for (i = 0; i < DOC_N(years); i++) {
		assert_int_equal(m->rows[i]->cells[0].i, years[i].year);
		assert_int_equal(m->rows[i]->cells[1].money, years[i].revenue);
		assert_int_equal(m->rows[i]->cells[3].money, years[i].result);
	}
	doc_free(d);
}

static void test_string_getter(void **state)
{
	static const struct doc_col c[] = {
		{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, DOC_GET(doc_get_string, struct rec, note) },
	};
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, NULL, NULL, c, 1, DOC_FOR_BOTH);

	(void)state;
	doc_records(t, recs, DOC_N(recs), sizeof(recs[0]));
	assert_string_equal(t->rows[0]->cells[0].text, "Förlängt");
	/* NULL reads as an empty text, not an empty cell. */
	assert_int_equal(t->rows[1]->cells[0].type, DOC_CELL_TEXT);
	assert_string_equal(t->rows[1]->cells[0].text, "");
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns_for_whom),
		cmocka_unit_test(test_column_by_key),
		cmocka_unit_test(test_row_from_record),
		cmocka_unit_test(test_records_from_same_rows),
		cmocka_unit_test(test_rows_from_declaration),
		cmocka_unit_test(test_string_getter),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
