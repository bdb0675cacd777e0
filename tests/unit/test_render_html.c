/*
 * test_render_html.c: the HTML renderer: a whole document and the body
 * the web embeds, every text escaped wherever it stands, tables with their
 * header, figures and totals, what people do and do not see, charts as
 * inline SVG whose ids never clash, the table of contents rule, and the
 * ids and hidden words a page's actions carry.
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

/* d as a whole HTML file (or only its body), in a string the caller frees. */
static char *html(const struct doc *d, int body_only)
{
	struct err err;
	char *s = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&s, &n);

	assert_non_null(out);
	if (body_only)
		assert_int_equal(render_html_body(d, out, &err), 0);
	else
		assert_int_equal(render_doc(d, RENDER_HTML, out, &err), 0);
	fclose(out);
	return s;
}

static size_t count(const char *s, const char *what)
{
	size_t n = 0;

	for (s = strstr(s, what); s; s = strstr(s + 1, what))
		n++;
	return n;
}

static const char evil[] = "<script>alert(\"x\" & 'y')</script>";
static const char evil_escaped[] =
	"&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;";

/* A user's text can stand in every place a document has text; in none of
 * them does it become markup. */
static void test_escaping(void **state)
{
	struct doc *d = doc_new(evil);
	struct doc_block *s;
	struct doc_table *t;
	struct doc_row *r;
	char *out;

	(void)state;
	doc_subtitle_add(d, evil);
	s = doc_section_add(d, NULL, evil);
	doc_paragraph_add(d, s, evil);
	t = doc_table_add(d, s, DOC_TABLE_FIGURES, "t", evil, 1);
	doc_column_set(t, 0, "c", evil, 0);
	r = doc_row_add(t, "r", evil, DOC_ROW_NORMAL);
	doc_cell_money(r, 0, 100);
	r = doc_row_add(t, NULL, evil, DOC_ROW_HEADING);
	t = doc_table_add(d, s, DOC_TABLE_RECORDS, "rec", NULL, 1);
	doc_column_set(t, 0, "c", "Text", 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, evil, NULL);
	t = doc_table_add(d, s, DOC_TABLE_RECORDS, "list", evil, 2);
	doc_table_list(t, 0, 1);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, evil, evil);
	doc_cell_text(r, 1, evil, NULL);
	t = doc_chart_add(d, s, DOC_CHART_BARS, "chart", evil, 1);
	doc_column_set(t, 0, "c", evil, 0);
	doc_cell_int(doc_row_add(t, NULL, evil, DOC_ROW_NORMAL), 0, 3);
	doc_note_set(d, evil);

	out = html(d, 0);
	assert_null(strstr(out, "<script"));
	assert_null(strstr(out, "alert(\""));
	/* Title element, h1, subtitle, section, paragraph, caption, header,
	 * label, heading row, cell, list title, tag, item, chart's label and
	 * its figures (caption, header, label), note. */
	assert_true(count(out, evil_escaped) >= 17);
	/* The tag's class is made of safe letters only. */
	assert_non_null(strstr(out, "class=\"tag tag--script-alert--x-----y----script-\""));
	free(out);
	doc_free(d);
}

/* A '\n' is a line break, a line's leading blanks its indent. */
static void test_lines(void **state)
{
	struct doc *d = doc_new("Rader");
	struct doc_table *t;
	char *out;

	(void)state;
	doc_paragraph_add(d, NULL, "Första raden\nandra raden");
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "t", NULL, 1);
	doc_column_set(t, 0, "c", "2025", 2025);
	doc_cell_money(doc_row_add(t, "x", "  därav årets resultat", DOC_ROW_NORMAL), 0, -30010553);
	out = html(d, 1);
	assert_non_null(strstr(out, "<p>Första raden<br>\nandra raden</p>"));
	assert_non_null(strstr(out, "<th scope=\"row\">&nbsp;&nbsp;därav årets resultat</th>"
				    "<td class=\"num\">-300 106</td>"));
	free(out);
	doc_free(d);
}

static void test_document_and_body(void **state)
{
	struct doc *d = doc_new("Budget 2026");
	char *out;

	(void)state;
	doc_subtitle_add(d, "Samordningsförbundet Norrdalen");
	doc_paragraph_add(d, NULL, "Text.");
	out = html(d, 0);
	assert_memory_equal(out, "<!doctype html>\n<html lang=\"sv\">", 31);
	assert_non_null(strstr(out, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(out, "<title>Budget 2026</title>"));
	assert_non_null(strstr(out, "@page{size:A4;"));
	assert_non_null(strstr(out, "<h1>Budget 2026</h1>"));
	assert_non_null(strstr(out, "<p class=\"subtitle\">Samordningsförbundet Norrdalen</p>"));
	/* Self-contained: nothing fetched, nothing run. */
	assert_null(strstr(out, "<link"));
	assert_null(strstr(out, "src="));
	assert_null(strstr(out, "http://"));
	assert_null(strstr(out, "https://"));
	assert_string_equal(out + strlen(out) - 16, "</body>\n</html>\n");
	free(out);

	out = html(d, 1);
	assert_null(strstr(out, "<html"));
	assert_null(strstr(out, "<head>"));
	assert_null(strstr(out, "<style"));
	assert_memory_equal(out, "<div class=\"finsam-doc\">", 24);
	assert_non_null(strstr(out, "<h1>Budget 2026</h1>"));
	free(out);

	assert_non_null(strstr(render_html_css(), ".finsam-doc"));
	assert_non_null(strstr(render_html_print_css(), "@media print"));
	assert_non_null(strstr(render_html_print_css(), "@page{size:A4;"));
	doc_free(d);
}

/* The statements' kind of table: header, unit, figures right-aligned,
 * a total with its rule, a heading row; hidden rows and columns and a
 * table for programs left out, a table for people kept. */
static void test_tables(void **state)
{
	struct doc *d = doc_new("Tabeller");
	struct doc_table *t;
	struct doc_row *r;
	char *out;

	(void)state;
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "is", "Resultaträkning", 3);
	doc_column_set(t, 0, "current", "2024", 2024);
	doc_column_set(t, 1, "previous", "2023", 2023);
	doc_column_set(t, 2, "machine", "Maskin", 0);
	t->cols[2].hidden_in_text = 1;
	doc_row_add(t, NULL, "Tillgångar", DOC_ROW_HEADING);
	r = doc_row_add(t, "revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL);
	doc_cell_money(r, 0, 146800000);
	doc_cell_money(r, 1, 146800000);
	doc_cell_money(r, 2, 777777700);
	r = doc_row_add(t, "zero", "Nollrad", DOC_ROW_OPTIONAL);
	doc_cell_money(r, 0, 0);
	doc_cell_money(r, 1, 0);
	r = doc_row_add(t, "shown", "Visad valfri rad", DOC_ROW_OPTIONAL);
	doc_cell_money(r, 1, 5000);
	r = doc_row_add(t, "result", "Årets resultat", DOC_ROW_SUM);
	doc_cell_money(r, 0, -63681949);
	doc_cell_money(r, 1, 45954900);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "programs", "För program", 1);
	t->machine_only = 1;
	doc_column_set(t, 0, "x", "Hemlig kolumn", 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, "bara JSON", NULL);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "people", "För läsaren", 2);
	t->people_only = 1;
	doc_column_set(t, 0, "name", "Insats", 0);
	doc_column_set(t, 1, "n", "Deltagare", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "Steget vidare", NULL);
	doc_cell_int(r, 1, 1234);

	out = html(d, 1);
	assert_non_null(strstr(out, "<table class=\"figures\">\n<caption>Resultaträkning</caption>\n"
				    "<thead>\n<tr><th scope=\"col\" class=\"unit\">Belopp i kr</th>"
				    "<th scope=\"col\" class=\"num\">2024</th>"
				    "<th scope=\"col\" class=\"num\">2023</th></tr>\n</thead>"));
	assert_non_null(strstr(out, "<tr class=\"heading\"><th scope=\"rowgroup\" colspan=\"3\">"
				    "Tillgångar</th></tr>"));
	assert_non_null(strstr(out, "<tr><th scope=\"row\">Verksamhetens intäkter</th>"
				    "<td class=\"num\">1 468 000</td><td class=\"num\">1 468 000</td></tr>"));
	assert_non_null(strstr(out, "<tr class=\"sum\"><th scope=\"row\">Årets resultat</th>"
				    "<td class=\"num\">-636 819</td><td class=\"num\">459 549</td></tr>"));
	assert_null(strstr(out, "Nollrad"));
	assert_non_null(strstr(out, "Visad valfri rad"));
	assert_null(strstr(out, "Maskin"));
	assert_null(strstr(out, "7 777 777"));
	assert_null(strstr(out, "För program"));
	assert_null(strstr(out, "bara JSON"));
	assert_non_null(strstr(out, "<caption>För läsaren</caption>"));
	assert_non_null(strstr(out, "<tr><td>Steget vidare</td><td class=\"num\">1234</td></tr>"));
	assert_null(strstr(out, "<svg"));
	free(out);
	doc_free(d);
}

/* Each " id=\"...\"" of s, in order, into ids (at most max); returns how many. */
static size_t ids_of(const char *s, char ids[][96], size_t max)
{
	size_t n = 0;

	for (s = strstr(s, " id=\""); s && n < max; s = strstr(s + 1, " id=\"")) {
		size_t len = strcspn(s + 5, "\"");

		assert_true(len < 96);
		memcpy(ids[n], s + 5, len);
		ids[n][len] = '\0';
		n++;
	}
	return n;
}

static int has_id(char ids[][96], size_t n, const char *ref, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(ids[i]) == len && memcmp(ids[i], ref, len) == 0)
			return 1;
	return 0;
}

static struct doc_table *bars(struct doc *d, enum doc_chart kind, const char *title)
{
	struct doc_table *t = doc_chart_add(d, NULL, kind, "chart", title, 2);
	struct doc_row *r;

	doc_column_set(t, 0, "women", "Kvinnor", 0);
	doc_column_set(t, 1, "men", "Män", 0);
	r = doc_row_add(t, "y2024", "2024", DOC_ROW_NORMAL);
	doc_cell_int(r, 0, 80);
	doc_cell_int(r, 1, 95);
	r = doc_row_add(t, "y2025", "2025", DOC_ROW_NORMAL);
	doc_cell_int(r, 0, 70);
	doc_cell_int(r, 1, 99);
	return t;
}

/* Two charts in one file, each drawn wide and narrow: inline SVG without
 * an XML prolog, each id unique in the page and each reference to an id
 * found in its own drawing. */
static void test_charts(void **state)
{
	static char ids[4096][96];
	struct doc *d = doc_new("Diagram");
	struct doc_table *t;
	const char *p, *q;
	char *out, chart_id[16];
	size_t n, i, j, k, refs = 0;

	(void)state;
	bars(d, DOC_CHART_BARS, "Deltagare per år");
	t = doc_chart_add(d, NULL, DOC_CHART_PIE, "grant", "Medlemmarnas bidrag", 1);
	doc_column_set(t, 0, "amount", "Belopp", 0);
	doc_cell_money(doc_row_add(t, "fk", "Försäkringskassan", DOC_ROW_NORMAL), 0, 103500000);
	doc_cell_money(doc_row_add(t, "region", "Regionen", DOC_ROW_NORMAL), 0, 46500000);
	out = html(d, 0);
	assert_int_equal(count(out, "<svg"), 4);
	assert_int_equal(count(out, "</svg>"), 4);
	assert_null(strstr(out, "<?xml"));
	assert_non_null(strstr(out, "<svg role=\"img\" class=\"chart-wide\" aria-label=\"Deltagare per år\""));
	assert_non_null(strstr(out, "<svg role=\"img\" class=\"chart-narrow\" aria-label=\"Deltagare per år\""));
	/* The figures stay readable beside the picture. */
	assert_non_null(strstr(out, "<th scope=\"row\">Försäkringskassan</th><td class=\"num\">1 035 000</td>"));

	n = ids_of(out, ids, sizeof(ids) / sizeof(ids[0]));
	assert_true(n > 10);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (strcmp(ids[i], ids[j]) == 0)
				fail_msg("the id '%s' is used twice", ids[i]);
	for (p = out; (p = strstr(p, "#")) != NULL; p++) {
		size_t len;

		if (!(p > out + 6 && memcmp(p - 6, "href=\"", 6) == 0) &&
		    !(p > out + 4 && memcmp(p - 4, "url(", 4) == 0))
			continue;
		len = strcspn(p + 1, "\")");
		assert_true(has_id(ids, n, p + 1, len));
		/* A reference in the k-th drawing points into the k-th. */
		for (k = 0, q = strstr(out, "<svg"); q && q < p; q = strstr(q + 1, "<svg"))
			k++;
		snprintf(chart_id, sizeof(chart_id), "c%zu-", k);
		assert_memory_equal(p + 1, chart_id, strlen(chart_id));
		refs++;
	}
	assert_true(refs > 5);
	free(out);
	doc_free(d);
}

/* Two embedded documents with charts of their own do not clash either. */
static void test_chart_ids_across_documents(void **state)
{
	struct doc *a = doc_new("A"), *b = doc_new("B");
	char *x, *y, prefix[16];
	const char *id;

	(void)state;
	bars(a, DOC_CHART_BARS, "Ett");
	bars(b, DOC_CHART_STACKED, "Två");
	x = html(a, 1);
	y = html(b, 1);
	id = strstr(x, " id=\"c1-");
	assert_non_null(id);
	/* "c1-", eight hex digits of the chart's fingerprint, "-". */
	snprintf(prefix, sizeof(prefix), "%.12s", id + 5);
	assert_int_equal(prefix[11], '-');
	assert_null(strstr(y, prefix));
	free(x);
	free(y);
	doc_free(a);
	doc_free(b);
}

static void test_toc(void **state)
{
	struct doc *d = doc_new("Verksamhetsplan");
	struct doc_block *a, *b;
	char *out;

	(void)state;
	a = doc_section_add(d, NULL, "Inledning");
	doc_paragraph_add(d, a, "Text.");
	b = doc_section_add(d, NULL, "Budget");
	doc_section_add(d, b, "Intäkter");
	out = html(d, 1);
	assert_non_null(strstr(out, "<nav class=\"toc\""));
	assert_non_null(strstr(out, "<li><a href=\"#avsnitt-1\">Inledning</a></li>"));
	assert_non_null(strstr(out, "<li><a href=\"#avsnitt-2\">Budget</a>\n<ol>\n"
				    "<li><a href=\"#avsnitt-3\">Intäkter</a></li>\n</ol>"));
	assert_non_null(strstr(out, "<section id=\"avsnitt-1\">\n<h2>Inledning</h2>"));
	assert_non_null(strstr(out, "<section id=\"avsnitt-3\">\n<h3>Intäkter</h3>"));
	free(out);
	doc_free(d);

	/* Two titled sections (and an untitled one) are too few. */
	d = doc_new("Kort");
	doc_section_add(d, NULL, "Ett");
	doc_section_add(d, doc_section_add(d, NULL, NULL), "Två");
	out = html(d, 1);
	assert_null(strstr(out, "<nav"));
	assert_non_null(strstr(out, "<h2>Två</h2>"));
	free(out);
	doc_free(d);
}

static void test_formats(void **state)
{
	enum render_format f = RENDER_TEXT;
	struct err err;

	(void)state;
	assert_int_equal(render_format_parse("html", &f, &err), 0);
	assert_int_equal(f, RENDER_HTML);
	assert_int_equal(render_format_parse("pdf", &f, &err), 0);
	assert_int_equal(f, RENDER_PDF);
	assert_int_equal(render_format_parse("HTML", &f, &err), -1);
	assert_string_equal(err.msg, "okänt format 'HTML' (välj text, json, csv, md, html, pdf eller xlsx)");
	assert_true(render_format_binary(RENDER_PDF));
	assert_false(render_format_binary(RENDER_HTML));
	assert_false(render_format_binary(RENDER_TEXT));
}

/* d embedded in a page at level 2 (render_html_embed), in a string the
 * caller frees. */
static char *embedded(const struct doc *d)
{
	struct err err;
	char *s = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&s, &n);

	assert_non_null(out);
	assert_int_equal(render_html_embed(d, 2, out, &err), 0);
	fclose(out);
	return s;
}

/* For the screen: in a page the document is headed under the page's one
 * <h1>; every table stands in a frame of its own that scrolls sideways,
 * a region named after the table, its section or the document, each name
 * once; a header cell without words is a plain cell; a chart's style is
 * in attributes a strict Content-Security-Policy lets through, and a page
 * gets it drawn narrow as well, for a phone. */
static void test_for_the_screen(void **state)
{
	struct doc *d = doc_new("Plan");
	struct doc_block *s;
	struct doc_table *t;
	char *out;
	int i;

	(void)state;
	doc_section_add(d, NULL, "Ett");
	s = doc_section_add(d, NULL, "Två");
	doc_section_add(d, NULL, "Tre");
	for (i = 0; i < 2; i++) {
		t = doc_table_add(d, s, DOC_TABLE_FIGURES, "n", "Antal", 1);
		doc_column_set(t, 0, "n", "", 0);
		doc_cell_int(doc_row_add(t, "a", "Alla", DOC_ROW_NORMAL), 0, 5);
	}
	t = doc_table_add(d, s, DOC_TABLE_RECORDS, "r", NULL, 1);
	doc_column_set(t, 0, "x", "Namn", 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, "Ada", NULL);
	bars(d, DOC_CHART_BARS, "Deltagare per år");

	out = embedded(d);
	assert_null(strstr(out, "<h1"));
	assert_non_null(strstr(out, "<h2>Plan</h2>"));
	assert_non_null(strstr(out, "<h3>Innehåll</h3>"));
	assert_non_null(strstr(out, "<h3>Två</h3>"));
	assert_non_null(strstr(out, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
				    "aria-label=\"Antal\">\n<table class=\"figures\">"));
	assert_non_null(strstr(out, "aria-label=\"Antal (2)\">\n<table"));
	assert_non_null(strstr(out, "aria-label=\"Två\">\n<table class=\"records\">"));
	assert_int_equal(count(out, "<table"), count(out, "<div class=\"table-scroll\""));
	assert_int_equal(count(out, "</table>\n</div>"), count(out, "<table"));
	assert_null(strstr(out, "<th scope=\"col\" class=\"unit\"></th>"));
	assert_null(strstr(out, "<th scope=\"col\" class=\"num\"></th>"));
	assert_non_null(strstr(out, "<tr><td class=\"unit\"></td><td class=\"num\"></td></tr>"));
	assert_null(strstr(out, " style=\""));
	assert_non_null(strstr(out, " fill=\"rgb("));
	assert_int_equal(count(out, "<svg"), 2);
	assert_int_equal(count(out, "<svg role=\"img\" class=\"chart-wide\""), 1);
	assert_int_equal(count(out, "<svg role=\"img\" class=\"chart-narrow\""), 1);
	free(out);

	/* As a file of its own: the title the <h1>, the chart drawn wide and
	 * narrow as in a page; as a body at level 1, once. */
	out = html(d, 0);
	assert_non_null(strstr(out, "<h1>Plan</h1>"));
	assert_non_null(strstr(out, "<h2>Två</h2>"));
	assert_int_equal(count(out, "<svg"), 2);
	assert_int_equal(count(out, "<svg role=\"img\" class=\"chart-wide\""), 1);
	assert_int_equal(count(out, "<svg role=\"img\" class=\"chart-narrow\""), 1);
	assert_null(strstr(out, " style=\""));
	free(out);
	out = html(d, 1);
	assert_int_equal(count(out, "<svg"), 1);
	assert_null(strstr(out, "chart-narrow"));
	free(out);

	/* Without a title, in a page, its sections stand at the page's level. */
	free(d->title);
	d->title = NULL;
	out = embedded(d);
	assert_non_null(strstr(out, "<h2>Två</h2>"));
	free(out);
	doc_free(d);
}

/* Every header cell of s (<th ...>...</th>) has a scope and words that
 * show (text outside the tags); returns how many there are. */
static size_t headers_named(const char *s)
{
	size_t n = 0;

	for (s = strstr(s, "<th"); s; s = strstr(s + 1, "<th")) {
		const char *gt = strchr(s, '>'), *end = strstr(s, "</th>"), *scope = strstr(s, " scope=\""), *p;
		int words = 0, in_tag = 0;

		if (s[3] != ' ' && s[3] != '>')
			continue; /* <thead> */
		assert_non_null(gt);
		assert_non_null(end);
		assert_true(scope && scope < gt);
		for (p = gt + 1; p < end; p++) {
			if (*p == '<')
				in_tag = 1;
			else if (*p == '>')
				in_tag = 0;
			else if (!in_tag && *p != ' ' && *p != '\n')
				words = 1;
		}
		assert_true(words);
		n++;
	}
	return n;
}

/* A file of its own stands in landmarks: all its content in one <main>
 * (a page that embeds the document has its own <main>, so the body is a
 * <div>), the draft mark and the table of contents too; every header cell
 * has words and a scope, a header row's empty corner is a plain cell, a
 * date in a header stays on one line; a
 * chart without a title is named after its section; on paper no frame
 * scrolls and the tables are made to fit the page. */
static void test_landmarks(void **state)
{
	struct doc *d = doc_new("Plan");
	struct doc_block *s;
	struct doc_table *t;
	struct doc_row *r;
	char *out, *body, *main_end;

	(void)state;
	doc_subtitle_add(d, "Samordningsförbundet Norrdalen");
	doc_section_add(d, NULL, "Ett");
	s = doc_section_add(d, NULL, "Två");
	doc_section_add(d, NULL, "Tre");
	doc_paragraph_add(d, s, "Text.");
	t = doc_table_add(d, s, DOC_TABLE_FIGURES, "n", "Antal", 2);
	doc_column_set(t, 0, "n", "", 0);
	doc_column_set(t, 1, "m", "Män", 0);
	doc_cell_int(doc_row_add(t, "a", "Alla", DOC_ROW_NORMAL), 0, 5);
	doc_row_add(t, NULL, "Grupp", DOC_ROW_HEADING);
	t = doc_table_add(d, s, DOC_TABLE_FIGURES, "b", "Budget", 3);
	doc_column_set(t, 0, "y", "2025", 2025);
	doc_column_set(t, 1, "booked", "Bokfört 2025-08-31", 0);
	doc_column_set(t, 2, "young", "16–29 år", 0);
	r = doc_row_add(t, "c", "Kostnader", DOC_ROW_SUM);
	doc_cell_money(r, 0, 100);
	doc_cell_money(r, 1, 50);
	doc_cell_int(r, 2, 7);
	t = doc_table_add(d, s, DOC_TABLE_RECORDS, "r", NULL, 1);
	doc_column_set(t, 0, "x", "Namn", 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, "Ada", NULL);
	t = doc_chart_add(d, s, DOC_CHART_BARS, "chart", NULL, 1);
	doc_column_set(t, 0, "women", "Kvinnor", 0);
	doc_cell_int(doc_row_add(t, "y2025", "2025", DOC_ROW_NORMAL), 0, 70);
	doc_note_set(d, "En not.");
	doc_status_set(d, DOC_DRAFT);

	out = html(d, 0);
	body = strstr(out, "<body>\n");
	assert_non_null(body);
	assert_memory_equal(body, "<body>\n<main class=\"finsam-doc\">\n", 33);
	assert_int_equal(count(out, "<main"), 1);
	main_end = strstr(out, "</main>\n");
	assert_non_null(main_end);
	assert_string_equal(main_end, "</main>\n</body>\n</html>\n");
	assert_true(strstr(out, "id=\"draft-mark\"") > body);
	assert_true(strstr(out, "<nav class=\"toc\"") > body);
	assert_true(strstr(out, "<p class=\"note\">En not.</p>") < main_end);
	assert_non_null(strstr(out, "<html lang=\"sv\">"));
	assert_non_null(strstr(out, "<title>" DOC_DRAFT_MARK ": Plan</title>"));
	/* Header cells: the unit's corner, three columns with words (the
	 * chart's figures too), the row labels and the heading row. */
	assert_true(headers_named(out) >= 8);
	assert_non_null(strstr(out, "<tr><td class=\"unit\"></td><td class=\"num\"></td>"
				    "<th scope=\"col\" class=\"num\">Män</th></tr>"));
	assert_non_null(strstr(out, "<svg role=\"img\" class=\"chart-wide\" aria-label=\"Två\""));
	/* A header breaks between its words, never inside a date or a span. */
	assert_non_null(strstr(out, "<th scope=\"col\" class=\"num\">2025</th>"));
	assert_non_null(strstr(out, ">Bokfört <span class=\"word\">2025-08-31</span></th>"));
	assert_non_null(strstr(out, "><span class=\"word\">16–29</span> år</th>"));
	assert_int_equal(count(out, "<caption>"), 2);
	free(out);

	/* Embedded in a page, which has its own landmarks. */
	out = embedded(d);
	assert_null(strstr(out, "<main"));
	assert_memory_equal(out, "<div class=\"finsam-doc\">", 24);
	assert_true(headers_named(out) >= 8);
	free(out);
	out = html(d, 1);
	assert_null(strstr(out, "<main"));
	free(out);

	/* On paper: frames do not scroll, the header cells of figures break
	 * their lines, and a long word breaks on a narrow screen rather than
	 * widen the page. */
	assert_non_null(strstr(render_html_print_css(), ".finsam-doc .table-scroll{overflow:visible}"));
	assert_non_null(strstr(render_html_print_css(), ".finsam-doc thead th.num{white-space:normal}"));
	assert_non_null(strstr(render_html_css(), "overflow-wrap:break-word"));
	assert_null(strstr(render_html_css(), "@media print"));
	doc_free(d);
}

/* A cell that leads somewhere is a link in HTML, its address escaped; the
 * other formats show the cell as it is. */
static void test_links(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "hits", NULL, 2);
	struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	struct err err;
	char *out, *md = NULL;
	size_t n = 0;
	FILE *f;

	(void)state;
	doc_column_set(t, 0, "number", "Verifikation", 0);
	doc_column_set(t, 1, "amount", "Belopp", 0);
	doc_cell_text(r, 0, "A 1", NULL);
	doc_cell_link(r, 0, "/bokforing/ver/1?year=2024&x=\"<");
	doc_cell_money(r, 1, 12345);
	doc_cell_link(r, 1, "/b");
	doc_cell_link(r, 1, "/c");  /* replaces the first */
	out = html(d, 1);
	assert_non_null(strstr(out, "<td><a href=\"/bokforing/ver/1?year=2024&amp;x=&quot;&lt;\">A 1</a></td>"));
	assert_int_equal(count(out, "<a href=\"/c\">"), 1);
	assert_int_equal(count(out, "/b\""), 0);
	free(out);
	f = open_memstream(&md, &n);
	assert_int_equal(render_doc(d, RENDER_MD, f, &err), 0);
	fclose(f);
	assert_null(strstr(md, "/bokforing"));
	assert_non_null(strstr(md, "A 1"));
	free(md);
	doc_free(d);
}

/* d in format f, in a string the caller frees (binary formats included:
 * they are searched as bytes up to n). */
static char *rendered(const struct doc *d, enum render_format f, size_t *n)
{
	struct err err;
	char *s = NULL;
	FILE *out = open_memstream(&s, n);

	assert_non_null(out);
	assert_int_equal(render_doc(d, f, out, &err), 0);
	fclose(out);
	return s;
}

static int has_bytes(const char *s, size_t n, const char *what)
{
	size_t m = strlen(what), i;

	for (i = 0; i + m <= n; i++)
		if (memcmp(s + i, what, m) == 0)
			return 1;
	return 0;
}

/* A record's actions in a page: a link with an id, words for those who
 * hear the page hidden from sight; rows and plain cells with ids. All of
 * it escaped; the other formats show the cell's text and nothing of ids,
 * links or hidden words. */
static void test_ids_and_actions(void **state)
{
	static const enum render_format others[] = { RENDER_TEXT, RENDER_MD, RENDER_CSV, RENDER_JSON,
						     RENDER_PDF, RENDER_XLSX };
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "lines", "Rader", 3);
	struct doc_table *l = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "items", NULL, 2);
	struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), *r2;
	char *out;
	size_t n, i;

	(void)state;
	doc_column_set(t, 0, "name", "Rad", 0);
	doc_column_set(t, 1, "edit", "Ändra", 0);
	doc_column_set(t, 2, "remove", "Ta bort", 0);
	doc_row_id(r, "line-\"1\"");
	doc_cell_text(r, 0, "Utbildningsdag", NULL);
	doc_cell_id(r, 0, "name-1");
	doc_cell_action(r, 1, "Ändra", "/budget/rad?name=U&x=1", "Utbildningsdag <b>", "edit-1");
	doc_cell_action(r, 2, "Ta bort", "/budget/rad/ta-bort", NULL, NULL);
	r2 = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r2, 0, "Utan id", NULL);
	doc_cell_action(r2, 1, "Ändra", "/b", "", NULL);  /* no words: no hidden span */
	doc_row_id(r2, "x");
	doc_row_id(r2, NULL);                              /* taken back */
	doc_table_list(l, 0, 1);
	r = doc_row_add(l, NULL, NULL, DOC_ROW_NORMAL);
	doc_row_id(r, "item-1");
	doc_cell_text(r, 0, "fel", NULL);
	doc_cell_text(r, 1, "Punkten", NULL);
	doc_cell_id(r, 1, "item-1-text");

	out = html(d, 1);
	assert_non_null(strstr(out, "<tr id=\"line-&quot;1&quot;\"><td><span id=\"name-1\">Utbildningsdag</span></td>"
				    "<td><a href=\"/budget/rad?name=U&amp;x=1\" id=\"edit-1\">Ändra"
				    "<span class=\"visually-hidden\"> Utbildningsdag &lt;b&gt;</span></a></td>"
				    "<td><a href=\"/budget/rad/ta-bort\">Ta bort</a></td></tr>"));
	assert_non_null(strstr(out, "<tr><td>Utan id</td><td><a href=\"/b\">Ändra</a></td><td></td></tr>"));
	assert_non_null(strstr(out, "<li id=\"item-1\"><span class=\"tag tag-fel\">fel</span> "
				    "<span id=\"item-1-text\">Punkten</span></li>"));
	assert_non_null(strstr(out, "<th scope=\"col\">Ändra</th><th scope=\"col\">Ta bort</th>"));
	free(out);
	/* The style sheet hides the words from sight, in a file as in a page. */
	out = html(d, 0);
	assert_non_null(strstr(out, ".finsam-doc .visually-hidden{position:absolute;"));
	free(out);

	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		out = rendered(d, others[i], &n);
		assert_true(n > 0);
		/* PDF and XLSX compress their text: that they are written is
		 * what can be seen of them here. */
		if (others[i] == RENDER_PDF || others[i] == RENDER_XLSX) {
			free(out);
			continue;
		}
		assert_true(has_bytes(out, n, "Ta bort"));
		assert_false(has_bytes(out, n, "edit-1"));
		assert_false(has_bytes(out, n, "line-"));
		assert_false(has_bytes(out, n, "item-1"));
		assert_false(has_bytes(out, n, "/budget/rad"));
		assert_false(has_bytes(out, n, "Utbildningsdag <b>"));
		assert_false(has_bytes(out, n, "Utbildningsdag &lt;b"));
		free(out);
	}
	doc_free(d);

	/* A column of dates (and empty cells) keeps each date on one line; a
	 * column where a date stands among texts does not. */
	d = doc_new(NULL);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "events", NULL, 2);
	doc_column_set(t, 0, "date", "Datum", 0);
	doc_column_set(t, 1, "when", "När", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_date(r, 0, (struct date){ 2025, 4, 30 });
	doc_cell_date(r, 1, (struct date){ 2025, 5, 1 });
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 1, "fast", NULL);
	out = html(d, 1);
	assert_non_null(strstr(out, "<tr><td class=\"date\">2025-04-30</td><td>2025-05-01</td></tr>"));
	assert_non_null(strstr(out, "<tr><td class=\"date\"></td><td>fast</td></tr>"));
	assert_non_null(strstr(out, "<th scope=\"col\">Datum</th>"));
	free(out);
	doc_free(d);
}

static void test_write_error(void **state)
{
	struct doc *d = doc_new("Fel");
	struct err err;
	FILE *full = fopen("/dev/full", "w");
	int i;

	(void)state;
	if (!full) {
		doc_free(d);
		skip();
	}
	for (i = 0; i < 2000; i++)
		doc_paragraph_add(d, NULL, "En rad text som fyller bufferten.");
	assert_int_equal(render_doc(d, RENDER_HTML, full, &err), -1);
	assert_string_equal(err.msg, "kunde inte skriva rapporten");
	fclose(full);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_links),
		cmocka_unit_test(test_ids_and_actions),
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_document_and_body),
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_charts),
		cmocka_unit_test(test_chart_ids_across_documents),
		cmocka_unit_test(test_toc),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_for_the_screen),
		cmocka_unit_test(test_landmarks),
		cmocka_unit_test(test_write_error),
	};

	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	render_release();
	return rc;
}
