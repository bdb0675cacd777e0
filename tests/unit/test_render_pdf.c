/*
 * test_render_pdf.c: the PDF renderer makes a PDF of every document: an
 * empty one, a long table over many pages, a cell longer than a page,
 * every kind of chart (with nothing to draw, with negative figures), text
 * that is not UTF-8; a table of many columns stands within the margins
 * (read back with pdftotext when installed); the table of contents adds
 * its page only from three titled sections; an output that cannot be
 * written is an error. Every PDF is read back with libqpdf and must pass
 * its check without a warning; the finishing pass repairs what cairo 1.16
 * writes wrong and makes the file a tagged one. What the pages say is checked end to end with poppler
 * (tests/cli/t0300) and qpdf (tests/cli/t0570).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <cairo-pdf.h>
#include <qpdf/qpdf-c.h>

#include "base/err.h"
#include "base/tmp.h"
#include "doc/doc.h"
#include "render/pdf_finish.h"
#include "render/render.h"

struct pdf {
	char *s;
	size_t n;
};

/* libqpdf's check of the n bytes of s: QPDF_SUCCESS, or with
 * QPDF_WARNINGS or QPDF_ERRORS set. */
static QPDF_ERROR_CODE check(const char *s, size_t n)
{
	qpdf_data q = qpdf_init();
	QPDF_ERROR_CODE rc;

	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	rc = qpdf_read_memory(q, "test.pdf", s, (unsigned long long)n, NULL);
	if (!(rc & QPDF_ERRORS))
		rc |= qpdf_check_pdf(q);
	qpdf_cleanup(&q);
	return rc;
}

/* The catalog's key of the PDF in s, unparsed ("/Lang" -> "(sv-SE)"), or
 * "" when it has none; for the caller to free. */
static char *catalog_key(const char *s, size_t n, const char *key)
{
	qpdf_data q = qpdf_init();
	char *v;

	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	assert_false(qpdf_read_memory(q, "test.pdf", s, (unsigned long long)n, NULL) & QPDF_ERRORS);
	v = strdup(qpdf_oh_has_key(q, qpdf_get_root(q), key)
			   ? qpdf_oh_unparse(q, qpdf_oh_get_key(q, qpdf_get_root(q), key)) : "");
	qpdf_cleanup(&q);
	assert_non_null(v);
	return v;
}

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
	assert_int_equal(check(p.s, p.n), QPDF_SUCCESS);
	return p;
}

/* The number of pages, as libqpdf counts them. */
static size_t pages(const struct pdf *p)
{
	qpdf_data q = qpdf_init();
	int n;

	qpdf_silence_errors(q);
	assert_false(qpdf_read_memory(q, "test.pdf", p->s, (unsigned long long)p->n, NULL) & QPDF_ERRORS);
	n = qpdf_get_num_pages(q);
	qpdf_cleanup(&q);
	assert_true(n >= 0);
	return (size_t)n;
}

static int has_key(const struct pdf *p, const char *key)
{
	char *v = catalog_key(p->s, p->n, key);
	int has = *v != 0;

	free(v);
	return has;
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
	/* The bookmarks, and the contents' links with the structure. */
	assert_true(has_key(&p, "/Outlines"));
	assert_true(has_key(&p, "/StructTreeRoot"));
	free(p.s);
	doc_free(d);
}

/* The right edge of the rightmost word poppler finds on any page of p
 * (pdftotext -bbox), or -1 when pdftotext is not installed. */
static double rightmost_word(const struct pdf *p)
{
	char path[512], cmd[640], line[512];
	int fd;

	/* a temporary file where the test runner keeps its files */
	assert_int_equal(tmp_template(path, sizeof(path), "test"), 0);
	fd = mkstemp(path);
	double most = 0;
	FILE *f;

	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(p->s, 1, p->n, f), p->n);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "pdftotext -bbox %s - 2>/dev/null", path);
	f = popen(cmd, "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		const char *x = strstr(line, "xMax=\"");
		double v;

		if (x && sscanf(x + 6, "%lf", &v) == 1 && v > most)
			most = v;
	}
	if (pclose(f) != 0)
		most = -1;
	remove(path);
	return most;
}

/* A table of many columns, of amounts and of long words, stands within
 * the right margin (595.3 - 62 points) all the same. */
static void test_wide_tables_fit(void **state)
{
	static const char *const words[] = {
		"Samordningsförbundet", "Arbetsförmedlingen", "Försäkringskassan",
		"kompetenshöjande", "Rehabiliteringskoordinatorerna",
	};
	struct doc *d = doc_new("Breda tabeller");
	struct doc_table *t;
	struct doc_row *r;
	char header[32];
	size_t n = 24, i, j;
	struct pdf p;
	double right;

	(void)state;
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "wide", "Många kolumner", n);
	for (j = 0; j < n; j++) {
		snprintf(header, sizeof(header), j < 5 ? "Text %zu" : "Belopp %zu", j);
		doc_column_set(t, j, header, header, 0);
	}
	for (i = 0; i < 6; i++) {
		r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		for (j = 0; j < n; j++) {
			if (j < 5)
				doc_cell_text(r, j, words[(i + j) % 5], NULL);
			else
				doc_cell_money(r, j, -(int64_t)123456789 * (int64_t)(j + i));
		}
	}
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "figs", "Många år", 12);
	for (j = 0; j < 12; j++) {
		snprintf(header, sizeof(header), "%zu", 2014 + j);
		doc_column_set(t, j, header, header, (int)(2014 + j));
	}
	r = doc_row_add(t, NULL, "Verksamhetens kostnader för samordnade insatser", DOC_ROW_NORMAL);
	for (j = 0; j < 12; j++)
		doc_cell_money(r, j, -(int64_t)98765432100 * (int64_t)(j + 1));
	p = pdf(d);
	right = rightmost_word(&p);
	free(p.s);
	doc_free(d);
	if (right < 0)
		skip();
	assert_true(right > 300);
	assert_true(right <= 595.276 - 62.0 + 0.5);
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

static cairo_status_t to_memstream(void *closure, const unsigned char *data, unsigned int len)
{
	return fwrite(data, 1, len, closure) == len ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Two pages drawn by cairo itself: on the first a link to the second, a
 * figure and a table's header cell inside a structure when structured. */
static struct pdf cairo_pdf(int structured)
{
	struct pdf p = { NULL, 0 };
	FILE *out = open_memstream(&p.s, &p.n);
	cairo_surface_t *s;
	cairo_t *cr;

	assert_non_null(out);
	s = cairo_pdf_surface_create_for_stream(to_memstream, out, 595, 842);
	cr = cairo_create(s);
	if (structured)
		cairo_tag_begin(cr, "Document", "");
	cairo_tag_begin(cr, CAIRO_TAG_LINK, "page=2 pos=[50 50]");
	cairo_rectangle(cr, 50, 50, 100, 10);
	cairo_fill(cr);
	cairo_tag_end(cr, CAIRO_TAG_LINK);
	if (structured) {
		cairo_tag_begin(cr, "Figure", "");
		cairo_rectangle(cr, 50, 100, 100, 100);
		cairo_fill(cr);
		cairo_tag_end(cr, "Figure");
		cairo_tag_begin(cr, "Table", "");
		cairo_tag_begin(cr, "TR", "");
		cairo_tag_begin(cr, "TH", "");
		cairo_rectangle(cr, 50, 300, 10, 10);
		cairo_fill(cr);
		cairo_tag_end(cr, "TH");
		cairo_tag_end(cr, "TR");
		cairo_tag_end(cr, "Table");
	}
	cairo_show_page(cr);
	cairo_rectangle(cr, 50, 50, 100, 10);
	cairo_fill(cr);
	if (structured)
		cairo_tag_end(cr, "Document");
	cairo_destroy(cr);
	cairo_surface_finish(s);
	assert_int_equal(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
	cairo_surface_destroy(s);
	fclose(out);
	return p;
}

/* The first structure element named s (depth first along /K) under e. */
static qpdf_oh find_elem(qpdf_data q, qpdf_oh e, const char *s)
{
	qpdf_oh k;
	int i, n;

	if (qpdf_oh_is_dictionary(q, e) && qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, e, "/S"), s))
		return e;
	if (!qpdf_oh_is_dictionary(q, e))
		return 0;
	k = qpdf_oh_get_key(q, e, "/K");
	if (!qpdf_oh_is_array(q, k))
		return find_elem(q, k, s);
	n = qpdf_oh_get_array_n_items(q, k);
	for (i = 0; i < n; i++) {
		qpdf_oh f = find_elem(q, qpdf_oh_get_array_item(q, k, i), s);

		if (f)
			return f;
	}
	return 0;
}

/* What finishing makes of p: checked by libqpdf without a warning. */
static struct pdf finish(const struct pdf *in, const struct pdf_finish *f)
{
	struct pdf p = { NULL, 0 };
	struct err err;
	FILE *out = open_memstream(&p.s, &p.n);

	assert_non_null(out);
	if (pdf_finish_write(in->s, in->n, f, out, &err) < 0)
		fail_msg("%s", err.msg);
	fclose(out);
	assert_int_equal(check(p.s, p.n), QPDF_SUCCESS);
	return p;
}

/* cairo 1.16 writes a link to a later page into a cross-reference table
 * that points at objects it never wrote; the finishing pass writes a sound
 * file, with the catalog of a tagged PDF in Swedish. */
static void test_finish_repairs(void **state)
{
	static const char *const alt[] = { "Stapeldiagram: Kostnader. 2025: 100." };
	struct pdf_finish f = { "sv-SE", alt, 1, NULL, 0 };
	struct pdf broken = cairo_pdf(0), tagged = cairo_pdf(1), p;
	struct err err;
	char *v;
	qpdf_data q;
	qpdf_oh fig, th;

	(void)state;
	/* The bug finishing is for; should a cairo without it be installed,
	 * the file is merely sound already. */
	if (check(broken.s, broken.n) != QPDF_SUCCESS)
		assert_true(check(broken.s, broken.n) & QPDF_WARNINGS);
	p = finish(&broken, &f);
	v = catalog_key(p.s, p.n, "/Lang");
	assert_string_equal(v, "(sv-SE)");
	free(v);
	v = catalog_key(p.s, p.n, "/ViewerPreferences");
	assert_non_null(strstr(v, "/DisplayDocTitle true"));
	free(v);
	v = catalog_key(p.s, p.n, "/MarkInfo");
	assert_non_null(strstr(v, "/Marked true"));
	free(v);
	free(p.s);

	/* The figure gets its text and the header cell its scope. */
	p = finish(&tagged, &f);
	q = qpdf_init();
	qpdf_silence_errors(q);
	assert_false(qpdf_read_memory(q, "test.pdf", p.s, (unsigned long long)p.n, NULL) & QPDF_ERRORS);
	fig = find_elem(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot"), "/Figure");
	assert_true(fig != 0);
	assert_string_equal(qpdf_oh_get_utf8_value(q, qpdf_oh_get_key(q, fig, "/Alt")), alt[0]);
	th = find_elem(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot"), "/TH");
	assert_true(th != 0);
	assert_non_null(strstr(qpdf_oh_unparse(q, qpdf_oh_get_key(q, th, "/A")), "/Scope /Column"));
	qpdf_cleanup(&q);
	free(p.s);

	/* What is not a PDF is an error in Swedish. */
	assert_int_equal(pdf_finish_write("inte en pdf", 11, &f, stdout, &err), -1);
	assert_non_null(strstr(err.msg, "kunde inte skriva rapporten som PDF"));
	free(broken.s);
	free(tagged.s);
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
		cmocka_unit_test(test_finish_repairs),
		cmocka_unit_test(test_wide_tables_fit),
		cmocka_unit_test(test_not_utf8),
		cmocka_unit_test(test_write_error),
	};

	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	render_release();
	return rc;
}
