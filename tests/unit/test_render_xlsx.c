/*
 * test_render_xlsx.c: the XLSX renderer. Worksheet names by Excel's rules,
 * and workbooks rendered from small trees and read back with a small zip
 * reader (zlib inflates the members): which sheets there are and in what
 * order, amounts stored as the numbers people read with a Swedish format,
 * sums set off, optional rows left out, dates as dates, protected cells as
 * text, the charts' kinds, the same bytes from two runs, and the temporary
 * file removed whatever happens.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>
#include <cmocka.h>
#include <zlib.h>

#include "base/err.h"
#include "doc/doc.h"
#include "render/render.h"
#include "render/xlsx.h"
#include "tmpdb.h"

/* ---- A zip reader, enough for what libxlsxwriter writes ----------------- */

struct bytes {
	char *s;
	size_t n;
};

static unsigned get16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static unsigned long get32(const unsigned char *p)
{
	return (unsigned long)get16(p) | (unsigned long)get16(p + 2) << 16;
}

/* The member called name of the zip in z, inflated and NUL-terminated, or
 * NULL when there is none. The caller frees it. */
static char *zip_member(const struct bytes *z, const char *name)
{
	const unsigned char *u = (const unsigned char *)z->s;
	size_t eocd, p, i, count;

	assert_true(z->n >= 22);
	for (eocd = z->n - 22;; eocd--) {
		if (get32(u + eocd) == 0x06054b50UL)
			break;
		assert_true(eocd > 0);
	}
	count = get16(u + eocd + 10);
	p = get32(u + eocd + 16);
	for (i = 0; i < count; i++) {
		unsigned method = get16(u + p + 10);
		unsigned long csize = get32(u + p + 20), usize = get32(u + p + 24);
		size_t nlen = get16(u + p + 28), elen = get16(u + p + 30), clen = get16(u + p + 32);
		size_t local = get32(u + p + 42), data;

		assert_int_equal(get32(u + p), 0x02014b50UL);
		if (nlen == strlen(name) && memcmp(u + p + 46, name, nlen) == 0) {
			char *out = calloc(usize + 1, 1);
			z_stream zs;

			assert_non_null(out);
			assert_int_equal(get32(u + local), 0x04034b50UL);
			data = local + 30 + get16(u + local + 26) + get16(u + local + 28);
			assert_true(data + csize <= z->n);
			if (method == 0) {
				memcpy(out, u + data, usize);
				return out;
			}
			assert_int_equal(method, 8);
			memset(&zs, 0, sizeof(zs));
			assert_int_equal(inflateInit2(&zs, -MAX_WBITS), Z_OK);
			zs.next_in = (unsigned char *)u + data;
			zs.avail_in = (unsigned)csize;
			zs.next_out = (unsigned char *)out;
			zs.avail_out = (unsigned)usize;
			assert_int_equal(inflate(&zs, Z_FINISH), Z_STREAM_END);
			inflateEnd(&zs);
			return out;
		}
		p += 46 + nlen + elen + clen;
	}
	return NULL;
}

static struct bytes render_xlsx(const struct doc *d)
{
	struct bytes b = { NULL, 0 };
	struct err err;
	FILE *out = open_memstream(&b.s, &b.n);

	assert_non_null(out);
	assert_int_equal(render_doc(d, RENDER_XLSX, out, &err), 0);
	fclose(out);
	return b;
}

/* 1 when member name of z holds needle. */
static int member_has(const struct bytes *z, const char *name, const char *needle)
{
	char *s = zip_member(z, name);
	int found;

	assert_non_null(s);
	found = strstr(s, needle) != NULL;
	if (!found)
		print_message("%s has no '%s' in:\n%.3000s\n", name, needle, s);
	free(s);
	return found;
}

/* ---- Worksheet names ---------------------------------------------------- */

static const char *name(const char *title, const char *const *used, size_t n_used)
{
	static char buf[XLSX_SHEET_NAME_MAX];

	return xlsx_sheet_name(buf, sizeof(buf), title, "Tabell", used, n_used);
}

static void test_sheet_names(void **state)
{
	static const char *const used[] = { "Rapport", "Nyckeltal", "Nyckeltal (2)", "ÅRET",
					    "Försörjning vid inskrivning per" };
	const char *s;

	(void)state;
	assert_string_equal(name("Resultaträkning", used, 5), "Resultaträkning");
	/* At most 31 characters, counted as characters, not bytes. */
	s = name("Försörjning vid inskrivning per insats", NULL, 0);
	assert_string_equal(s, "Försörjning vid inskrivning per");
	s = name("Avslutade till arbete eller studier", NULL, 0);
	assert_string_equal(s, "Avslutade till arbete eller stu");
	s = name("123456789012345678901234567890åäö", NULL, 0);
	assert_string_equal(s, "123456789012345678901234567890å");
	/* A cut never leaves a blank or an apostrophe at the end. */
	assert_string_equal(name("123456789012345678901234567890 x", NULL, 0),
			    "123456789012345678901234567890");
	assert_string_equal(name("123456789012345678901234567890'x", NULL, 0),
			    "123456789012345678901234567890");
	/* Characters Excel forbids. */
	assert_string_equal(name("Budget 2026/2027: [utfall]?*\\", NULL, 0),
			    "Budget 2026-2027 - (utfall)---");
	assert_string_equal(name("Delårsrapport 2025: budget och utfall", NULL, 0),
			    "Delårsrapport 2025 - budget och");
	assert_string_equal(name("Rad ett\nrad två", NULL, 0), "Rad ett rad två");
	assert_string_equal(name("'Citat'", NULL, 0), "Citat");
	/* Unique as Excel compares: case does not count, also for å, ä, ö. */
	assert_string_equal(name("Rapport", used, 5), "Rapport (2)");
	assert_string_equal(name("nyckeltal", used, 5), "nyckeltal (3)");
	assert_string_equal(name("året", used, 5), "året (2)");
	assert_string_equal(name("history", NULL, 0), "history (2)");
	/* A long name that is taken is cut shorter for its number. */
	assert_string_equal(name("Försörjning vid inskrivning per insats", used, 5),
			    "Försörjning vid inskrivning (2)");
	/* Nothing left, none given or not UTF-8: the fallback. */
	assert_string_equal(name(NULL, NULL, 0), "Tabell");
	assert_string_equal(name("  ''  ", NULL, 0), "Tabell");
	assert_string_equal(name("K\xf6ping", NULL, 0), "Tabell");
	assert_string_equal(name(NULL, (const char *const[]){ "tabell" }, 1), "Tabell (2)");
}

/* ---- Workbooks ---------------------------------------------------------- */

static struct doc *sample(void)
{
	struct doc *d = doc_new("Finansiella rapporter 2024");
	struct doc_block *sec;
	struct doc_table *t;
	struct doc_row *r;

	doc_subtitle_add(d, "Samordningsförbundet Prov");
	doc_note_set(d, "Beloppen är avrundade till hela kronor.");
	sec = doc_section_add(d, NULL, "Förvaltningsberättelse");
	doc_paragraph_add(d, sec, "Första stycket.\nAndra raden.");

	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "income_statement", "Resultaträkning", 2);
	doc_column_set(t, 0, "current", "2024", 2024);
	doc_column_set(t, 1, "previous_year", "2023", 2023);
	r = doc_row_add(t, NULL, "Intäkter", DOC_ROW_HEADING);
	r = doc_row_add(t, "revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL);
	doc_cell_money(r, 0, 146800000);
	doc_cell_money(r, 1, 140000050);
	r = doc_row_add(t, "expenses", "Verksamhetens kostnader", DOC_ROW_NORMAL);
	doc_cell_money(r, 0, -210481949);
	doc_cell_money(r, 1, -100000000);
	r = doc_row_add(t, "depreciation", "Avskrivningar som inte finns", DOC_ROW_OPTIONAL);
	doc_cell_money(r, 0, 0);
	doc_cell_money(r, 1, 0);
	r = doc_row_add(t, "result", "Årets resultat", DOC_ROW_SUM);
	doc_cell_money(r, 0, -63681949);
	doc_cell_money(r, 1, 40000050);
	r = doc_row_add(t, "solidity", "Soliditet", DOC_ROW_NORMAL);
	doc_cell_ratio(r, 0, 18105200, 75074600);
	doc_cell_ratio(r, 1, 1, 0);

	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "activities", "Aktiviteter", 4);
	doc_column_set(t, 0, "date", "Datum", 0);
	doc_column_set(t, 1, "title", "Aktivitet", 0);
	doc_column_set(t, 2, "count", "Deltagare", 0);
	doc_column_set(t, 3, "id", "Id", 0);
	t->cols[3].hidden_in_text = 1;
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_date(r, 0, (struct date){ 2024, 12, 31 });
	doc_cell_text(r, 1, "Nätverksträff", NULL);
	doc_cell_int(r, 2, 1234);
	doc_cell_text(r, 3, "hemligt-id", NULL);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 1, "Ännu inte", NULL);
	doc_cell_text(r, 2, "<5", NULL);

	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "rows", "Maskinrader", 1);
	t->machine_only = 1;
	doc_column_set(t, 0, "kind", "Typ", 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, "maskinvärde", NULL);

	/* Same title again: a second sheet with a number. */
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "again", "Resultaträkning", 1);
	doc_column_set(t, 0, "current", "2024", 2024);
	doc_cell_money(doc_row_add(t, "x", "X", DOC_ROW_NORMAL), 0, 100);
	return d;
}

static void test_workbook(void **state)
{
	struct doc *d = sample();
	struct bytes z = render_xlsx(d), z2;

	(void)state;
	assert_true(z.n > 4);
	assert_memory_equal(z.s, "PK\x03\x04", 4);
	/* The sheets in order; the table for programs has none. */
	assert_true(member_has(&z, "xl/workbook.xml",
			       "<sheets><sheet name=\"Rapport\" sheetId=\"1\" r:id=\"rId1\"/>"
			       "<sheet name=\"Resultaträkning\" sheetId=\"2\" r:id=\"rId2\"/>"
			       "<sheet name=\"Aktiviteter\" sheetId=\"3\" r:id=\"rId3\"/>"
			       "<sheet name=\"Resultaträkning (2)\" sheetId=\"4\" r:id=\"rId4\"/></sheets>"));
	assert_true(member_has(&z, "docProps/core.xml", "<dc:creator>finsam</dc:creator>"));
	assert_true(member_has(&z, "docProps/core.xml", "<dc:title>Finansiella rapporter 2024</dc:title>"));
	/* The first sheet: title, subtitle, paragraph lines, links, note. */
	assert_true(member_has(&z, "xl/sharedStrings.xml", "<t>Samordningsförbundet Prov</t>"));
	assert_true(member_has(&z, "xl/sharedStrings.xml", "<t>Andra raden.</t>"));
	assert_true(member_has(&z, "xl/sharedStrings.xml", "<t>Beloppen är avrundade till hela kronor.</t>"));
	assert_true(member_has(&z, "xl/worksheets/sheet1.xml", "location=\"'Aktiviteter'!A1\""));
	/* Amounts: whole kronor as the text report rounds them, as numbers;
	 * 1 400 000,50 rounds half away from zero. */
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "<v>1468000</v>"));
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "<v>1400001</v>"));
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "<v>-2104819</v>"));
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "<v>-636819</v>"));
	/* Soliditet 24,1 %: the rounded share. */
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "<v>0.241</v>"));
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "ySplit=\"2\" topLeftCell=\"B3\" activePane=\"bottomRight\" state=\"frozen\""));
	assert_true(member_has(&z, "xl/styles.xml", "formatCode=\"[$-41D]#,##0\""));
	assert_true(member_has(&z, "xl/styles.xml", "formatCode=\"[$-41D]0.0 %\""));
	assert_true(member_has(&z, "xl/styles.xml", "formatCode=\"yyyy-mm-dd\""));
	assert_true(member_has(&z, "xl/sharedStrings.xml", "<t>Belopp i kr</t>"));
	/* The optional row without amounts and the machine table are left out,
	 * and so is a column for programs. */
	{
		char *s = zip_member(&z, "xl/sharedStrings.xml");

		assert_null(strstr(s, "Avskrivningar"));
		assert_null(strstr(s, "maskinvärde"));
		assert_null(strstr(s, "hemligt-id"));
		free(s);
	}
	/* Records: a date as a date (2024-12-31 is day 45657), an integer as
	 * a number, a protected count as text. */
	assert_true(member_has(&z, "xl/worksheets/sheet3.xml", "<v>45657</v>"));
	assert_true(member_has(&z, "xl/worksheets/sheet3.xml", "<v>1234</v>"));
	assert_true(member_has(&z, "xl/sharedStrings.xml", "<t>&lt;5</t>"));
	/* The same document gives the same bytes. */
	z2 = render_xlsx(d);
	assert_int_equal(z.n, z2.n);
	assert_memory_equal(z.s, z2.s, z.n);
	free(z2.s);
	free(z.s);
	doc_free(d);
}

/* Amounts in kronor and öre, and in thousands. */
static void test_units(void **state)
{
	struct doc *d = doc_new("Driftredovisning");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "operating", "Drift", 1);
	struct bytes z;

	(void)state;
	doc_column_set(t, 0, "outcome", "Utfall", 2025);
	doc_cell_money(doc_row_add(t, "a", "A", DOC_ROW_NORMAL), 0, 146800057);
	doc_unit_set(d, DOC_UNIT_KR_ORE);
	z = render_xlsx(d);
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "<v>1468000.57</v>"));
	assert_true(member_has(&z, "xl/styles.xml", "formatCode=\"[$-41D]#,##0.00\""));
	free(z.s);
	doc_unit_set(d, DOC_UNIT_TKR);
	z = render_xlsx(d);
	assert_true(member_has(&z, "xl/worksheets/sheet2.xml", "<v>1468</v>"));
	assert_true(member_has(&z, "xl/sharedStrings.xml", "<t>Belopp i tkr</t>"));
	free(z.s);
	doc_free(d);
}

static void test_charts(void **state)
{
	static const enum doc_chart kinds[] = { DOC_CHART_BARS, DOC_CHART_STACKED, DOC_CHART_PIE };
	struct doc *d = doc_new("Diagram");
	struct bytes z;
	size_t k;

	(void)state;
	for (k = 0; k < 3; k++) {
		struct doc_table *t = doc_chart_add(d, NULL, kinds[k], "per_year", "Deltagare per år", 2);
		struct doc_row *r;

		doc_column_set(t, 0, "women", "Kvinnor", 0);
		doc_column_set(t, 1, "men", "Män", 0);
		r = doc_row_add(t, "y2023", "2023", DOC_ROW_NORMAL);
		doc_cell_int(r, 0, 80);
		doc_cell_int(r, 1, 95);
		r = doc_row_add(t, "y2024", "2024", DOC_ROW_NORMAL);
		doc_cell_int(r, 0, 85);
		doc_cell_int(r, 1, 90);
	}
	z = render_xlsx(d);
	assert_true(member_has(&z, "xl/charts/chart1.xml", "<c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"));
	assert_true(member_has(&z, "xl/charts/chart1.xml", "<c:f>'Deltagare per år'!$A$3:$A$4</c:f>"));
	assert_true(member_has(&z, "xl/charts/chart1.xml", "<c:f>'Deltagare per år'!$C$3:$C$4</c:f>"));
	assert_true(member_has(&z, "xl/charts/chart2.xml", "<c:grouping val=\"stacked\"/>"));
	assert_true(member_has(&z, "xl/charts/chart2.xml", "'Deltagare per år (2)'!$B$3:$B$4"));
	assert_true(member_has(&z, "xl/charts/chart3.xml", "<c:pieChart>"));
	/* Each chart stands beside both columns of figures, a pie's too. */
	assert_true(member_has(&z, "xl/drawings/drawing1.xml", "<xdr:from><xdr:col>4</xdr:col>"));
	assert_true(member_has(&z, "xl/drawings/drawing3.xml", "<xdr:from><xdr:col>4</xdr:col>"));
	assert_true(member_has(&z, "xl/worksheets/sheet4.xml", "<drawing r:id=\"rId1\"/>"));
	free(z.s);
	doc_free(d);
}

/* Text that is not UTF-8 would make a file no program opens: an error, and
 * nothing written. */
static void test_not_utf8(void **state)
{
	struct doc *d = doc_new("Fel");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "x", "X", 1);
	char *s = NULL;
	size_t n = 0;
	struct err err;
	FILE *out = open_memstream(&s, &n);

	(void)state;
	doc_column_set(t, 0, "name", "Namn", 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, "K\xf6ping", NULL);
	assert_int_equal(render_doc(d, RENDER_XLSX, out, &err), -1);
	fclose(out);
	assert_int_equal(n, 0);
	assert_non_null(strstr(err.msg, "inte giltig UTF-8"));
	free(s);
	doc_free(d);
}

static size_t entries(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	assert_non_null(dp);
	while ((e = readdir(dp)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(dp);
	return n;
}

/* The temporary file goes in TMPDIR and is gone afterwards, also when the
 * rendering fails; a TMPDIR that cannot be written is an error. */
static void test_temporary_file(void **state)
{
	struct tmpdb t;
	const char *old = getenv("TMPDIR");
	char *saved = old ? strdup(old) : NULL;
	struct doc *d = sample(), *bad = doc_new("K\xf6ping");
	char *s = NULL;
	size_t n = 0;
	struct err err;
	FILE *out;

	(void)state;
	assert_int_equal(tmpdb_make(&t, "xlsx-test"), 0);
	setenv("TMPDIR", t.dir, 1);
	out = open_memstream(&s, &n);
	assert_int_equal(render_doc(d, RENDER_XLSX, out, &err), 0);
	assert_int_equal(entries(t.dir), 0);
	doc_paragraph_add(bad, NULL, "K\xf6ping");
	assert_int_equal(render_doc(bad, RENDER_XLSX, out, &err), -1);
	assert_int_equal(entries(t.dir), 0);
	setenv("TMPDIR", tmpdb_path(&t, "finns-inte"), 1);
	assert_int_equal(render_doc(d, RENDER_XLSX, out, &err), -1);
	assert_non_null(strstr(err.msg, "kan inte skapa en tillfällig fil"));
	fclose(out);
	free(s);
	if (saved)
		setenv("TMPDIR", saved, 1);
	else
		unsetenv("TMPDIR");
	free(saved);
	tmpdb_remove(&t);
	doc_free(bad);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sheet_names),
		cmocka_unit_test(test_workbook),
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_charts),
		cmocka_unit_test(test_not_utf8),
		cmocka_unit_test(test_temporary_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
