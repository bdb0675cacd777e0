/*
 * test_render_pdf.c: the PDF renderer makes a PDF of every document: an
 * empty one, a long table over many pages, a cell longer than a page,
 * every kind of chart (with nothing to draw, with negative figures), text
 * that is not UTF-8; the table of contents adds its page only from three
 * titled sections; an output that cannot be written is an error. What the
 * pages say is checked end to end with poppler (tests/cli/t0300).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "doc/doc.h"
#include "render/render.h"

struct pdf {
	char *s;
	size_t n;
};

static struct pdf pdf(const struct doc *d)
{
	struct pdf p = { NULL, 0 };
	struct err err;
	FILE *out = open_memstream(&p.s, &p.n);

	assert_non_null(out);
	if (render_doc(d, RENDER_PDF, out, &err) < 0)
		fail_msg("%s", err.msg);
	fclose(out);
	assert_true(p.n > 1000);
	assert_memory_equal(p.s, "%PDF-", 5);
	/* A PDF ends with its trailer. */
	assert_memory_equal(p.s + p.n - 6, "%%EOF\n", 6);
	return p;
}

/* The number of page objects (cairo writes "/Type /Page" for each, and
 * "/Type /Pages" for the tree; the streams are compressed). */
static size_t pages(const struct pdf *p)
{
	static const char tag[] = "/Type /Page";
	size_t i, n = 0;

	for (i = 0; i + sizeof(tag) < p->n; i++)
		if (memcmp(p->s + i, tag, sizeof(tag) - 1) == 0 && p->s[i + sizeof(tag) - 1] != 's')
			n++;
	return n;
}

static int contains(const struct pdf *p, const char *what)
{
	size_t i, n = strlen(what);

	for (i = 0; i + n <= p->n; i++)
		if (memcmp(p->s + i, what, n) == 0)
			return 1;
	return 0;
}

static void test_empty(void **state)
{
	struct doc *d = doc_new(NULL);
	struct pdf p;

	(void)state;
	p = pdf(d);
	assert_int_equal(pages(&p), 1);
	free(p.s);
	doc_free(d);
}

/* 400 rows break over pages (with their header again on each). */
static void test_long_table(void **state)
{
	struct doc *d = doc_new("Huvudbok");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "rows", "Konton", 2);
	char label[64];
	struct pdf p;
	int i;

	(void)state;
	doc_subtitle_add(d, "Samordningsförbundet Norrdalen");
	doc_column_set(t, 0, "current", "2025", 2025);
	doc_column_set(t, 1, "previous", "2024", 2024);
	for (i = 0; i < 400; i++) {
		struct doc_row *r;

		snprintf(label, sizeof(label), "Konto %d", 4000 + i);
		r = doc_row_add(t, NULL, label, i % 50 == 49 ? DOC_ROW_SUM : i % 50 == 0 ? DOC_ROW_HEADING
											  : DOC_ROW_NORMAL);
		doc_cell_money(r, 0, (int64_t)i * 123456789);
		doc_cell_money(r, 1, -(int64_t)i * 1000);
	}
	doc_note_set(d, "Beloppen är avrundade till hela kronor.");
	p = pdf(d);
	assert_true(pages(&p) >= 7);
	assert_true(pages(&p) <= 12);
	free(p.s);
	doc_free(d);
}

/* A cell longer than a page is continued on the next, and the rows and
 * paragraphs after it follow. */
static void test_cell_longer_than_a_page(void **state)
{
	struct doc *d = doc_new("Lång text");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "rows", NULL, 2);
	size_t n = 30000, i;
	char *text = calloc(n + 1, 1);
	struct doc_row *r;
	struct pdf p;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < n; i++)
		text[i] = i % 9 == 8 ? (i % 900 == 8 ? '\n' : ' ') : (char)('a' + i % 26);
	doc_column_set(t, 0, "name", "Namn", 0);
	doc_column_set(t, 1, "text", "Beskrivning", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "Första", NULL);
	doc_cell_text(r, 1, text, NULL);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "Andra", NULL);
	doc_cell_text(r, 1, "kort", NULL);
	doc_paragraph_add(d, NULL, text);
	p = pdf(d);
	assert_true(pages(&p) >= 4);
	free(p.s);
	free(text);
	doc_free(d);
}

static struct doc_table *chart(struct doc *d, enum doc_chart kind, size_t series)
{
	return doc_chart_add(d, NULL, kind, "chart", "Diagram", series);
}

/* Every kind of chart, and charts with little or odd to draw. */
static void test_charts(void **state)
{
	struct doc *d = doc_new("Diagram");
	struct doc_table *t;
	struct doc_row *r;
	struct pdf p;
	int i;

	(void)state;
	t = chart(d, DOC_CHART_BARS, 3);
	doc_column_set(t, 0, "a", "Budget", 0);
	doc_column_set(t, 1, "b", "Utfall", 0);
	doc_column_set(t, 2, "c", "Prognos", 0);
	for (i = 0; i < 12; i++) {
		r = doc_row_add(t, NULL, "Månad med ett långt namn som måste brytas", DOC_ROW_NORMAL);
		doc_cell_money(r, 0, 10000000 - i * 2500000);
		doc_cell_money(r, 1, -i * 123456);
		doc_cell_ratio(r, 2, i, 12);
	}
	t = chart(d, DOC_CHART_STACKED, 2);
	doc_column_set(t, 0, "a", "Kvinnor", 0);
	doc_column_set(t, 1, "b", "Män", 0);
	r = doc_row_add(t, NULL, "Steget vidare", DOC_ROW_NORMAL);
	doc_cell_int(r, 0, 12);
	doc_cell_text(r, 1, "<5", NULL);
	r = doc_row_add(t, NULL, "Unga i arbete", DOC_ROW_NORMAL);
	doc_cell_int(r, 0, -3);
	doc_cell_int(r, 1, 9);
	t = chart(d, DOC_CHART_PIE, 1);
	doc_column_set(t, 0, "a", "Andel", 0);
	doc_cell_money(doc_row_add(t, NULL, "Staten", DOC_ROW_NORMAL), 0, 75000000);
	doc_cell_money(doc_row_add(t, NULL, "Regionen", DOC_ROW_NORMAL), 0, 37500000);
	doc_cell_money(doc_row_add(t, NULL, "Kommunerna", DOC_ROW_NORMAL), 0, 37500000);
	doc_cell_money(doc_row_add(t, NULL, "Negativ", DOC_ROW_NORMAL), 0, -100);
	/* Nothing to draw: no rows; only zeros; a pie of zeros; ratios. */
	chart(d, DOC_CHART_BARS, 1);
	t = chart(d, DOC_CHART_STACKED, 1);
	doc_cell_int(doc_row_add(t, NULL, "Noll", DOC_ROW_NORMAL), 0, 0);
	t = chart(d, DOC_CHART_PIE, 2);
	doc_cell_int(doc_row_add(t, NULL, "Noll", DOC_ROW_NORMAL), 0, 0);
	t = chart(d, DOC_CHART_BARS, 1);
	doc_cell_ratio(doc_row_add(t, NULL, "Andel", DOC_ROW_NORMAL), 0, 1, 3);
	doc_cell_ratio(doc_row_add(t, NULL, "Odefinierad", DOC_ROW_NORMAL), 0, 1, 0);
	p = pdf(d);
	assert_true(pages(&p) >= 3);
	free(p.s);
	doc_free(d);
}

/* Three titled sections give a contents page; two do not. */
static void test_contents(void **state)
{
	struct doc *d = doc_new("Verksamhetsplan 2026");
	struct pdf p;

	(void)state;
	doc_paragraph_add(d, doc_section_add(d, NULL, "Inledning"), "Text.");
	doc_paragraph_add(d, doc_section_add(d, NULL, "Mål"), "Text.");
	p = pdf(d);
	assert_int_equal(pages(&p), 1);
	free(p.s);
	doc_paragraph_add(d, doc_section_add(d, NULL, "Budget"), "Text.");
	p = pdf(d);
	assert_int_equal(pages(&p), 2);
	/* The bookmarks. */
	assert_true(contains(&p, "/Outlines"));
	free(p.s);
	doc_free(d);
}

/* Text that is not UTF-8 is drawn with replacement characters. */
static void test_not_utf8(void **state)
{
	struct doc *d = doc_new("K\xf6ping");
	struct doc_table *t;
	struct pdf p;

	(void)state;
	doc_section_add(d, NULL, "Avsnitt \xe5");
	doc_paragraph_add(d, NULL, "\xff\xfe");
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "r", "Tabell \xe4", 1);
	doc_column_set(t, 0, "c", "Kolumn \xf6", 0);
	doc_table_list(t, 0, 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, "fel \xf6", NULL);
	p = pdf(d);
	free(p.s);
	doc_free(d);
}

static void test_write_error(void **state)
{
	struct doc *d = doc_new("Fel");
	struct err err;
	FILE *full = fopen("/dev/full", "w");

	(void)state;
	if (!full) {
		doc_free(d);
		skip();
	}
	doc_paragraph_add(d, NULL, "Text.");
	assert_int_equal(render_doc(d, RENDER_PDF, full, &err), -1);
	assert_non_null(strstr(err.msg, "kunde inte skriva rapporten"));
	fclose(full);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_long_table),
		cmocka_unit_test(test_cell_longer_than_a_page),
		cmocka_unit_test(test_charts),
		cmocka_unit_test(test_contents),
		cmocka_unit_test(test_not_utf8),
		cmocka_unit_test(test_write_error),
	};

	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	render_release();
	return rc;
}
