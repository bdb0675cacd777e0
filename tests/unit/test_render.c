/*
 * test_render.c: the document tree and its renderers: the statements and
 * check documents in text, Markdown, CSV and JSON, escaping of user text,
 * and the JSON keys other programs rely on.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <cmocka.h>

#include "base/err.h"
#include "doc/doc.h"
#include "doc/reports.h"
#include "render/render.h"

/* Renders d in format f into a string the caller frees. */
static char *render(const struct doc *d, const char *format)
{
	enum render_format f;
	struct err err;
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	assert_int_equal(render_format_parse(format, &f, &err), 0);
	assert_int_equal(render_doc(d, f, out, &err), 0);
	fclose(out);
	return text;
}

static void fill(struct statements *s, int year, int64_t scale)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->period.start = (struct date){ year, 1, 1 };
	s->period.end = (struct date){ year, 12, 31 };
	s->is.revenue = 146800000;
	s->is.expenses = -210481900 * scale;
	s->is.net_cost = s->is.revenue + s->is.expenses;
	s->is.result = s->is.net_cost;
	s->bs.cash_and_bank = 75074600;
	s->bs.total_assets = 75074600;
	s->bs.equity = 18105200;
	s->bs.current_liabilities = 56969400;
	s->bs.total_equity_and_liabilities = 75074600;
	s->solidity = (struct ratio){ 18105200, 75074600 };
	s->equity_to_grant = (struct ratio){ 18105200, 146800000 };
}

static struct association assoc(void)
{
	struct association a;

	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "Samordningsförbundet Prov");
	snprintf(a.orgnr, sizeof(a.orgnr), "222000-1990");
	return a;
}

static void test_statements_text(void **state)
{
	struct association a = assoc();
	struct statements cur, prev;
	struct doc *d;
	char *t;

	(void)state;
	fill(&cur, 2024, 1);
	fill(&prev, 2023, 0);
	d = doc_statements(&a, &cur, &prev);
	t = render(d, "text");
	assert_non_null(strstr(t, "Finansiella rapporter 2024\nSamordningsförbundet Prov\nOrg.nr 222000-1990\n"));
	/* Labels padded by characters: the amounts line up under the headers. */
	assert_non_null(strstr(t, "Resultaträkning\nBelopp i kr"));
	assert_non_null(strstr(t, "Verksamhetens intäkter                                    1 468 000     1 468 000\n"));
	assert_non_null(strstr(t, "Verksamhetens kostnader                                  -2 104 819             0\n"));
	assert_non_null(strstr(t, "Soliditet (eget kapital / summa tillgångar)                  24,1 %        24,1 %\n"));
	assert_non_null(strstr(t, "2024-12-31    2023-12-31\n"));
	/* The optional rows are left out when zero. */
	assert_null(strstr(t, "Anläggningstillgångar"));
	assert_null(strstr(t, "Bokslutsdispositioner"));
	assert_null(strstr(t, " \n"));     /* no trailing blanks */
	free(t);
	doc_free(d);
}

static void test_statements_json(void **state)
{
	struct association a = assoc();
	struct statements cur, prev;
	struct doc *d;
	json_t *root;
	json_error_t jerr;
	char *t;

	(void)state;
	fill(&cur, 2024, 1);
	cur.equity_to_grant.den = 0;
	d = doc_statements(&a, &cur, NULL);
	t = render(d, "json");
	root = json_loads(t, 0, &jerr);
	assert_non_null(root);
	assert_int_equal(json_integer_value(json_object_get(root, "year")), 2024);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(root, "income_statement"), "revenue")), 146800000);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(root, "balance_sheet"), "equity")), 18105200);
	assert_true(json_is_integer(json_object_get(json_object_get(root, "cash_flow"), "cash_end")));
	assert_string_equal(json_string_value(json_object_get(json_object_get(root, "ratios"), "solidity")), "0.2412");
	assert_true(json_is_null(json_object_get(json_object_get(root, "ratios"), "equity_to_grant")));
	assert_true(json_is_null(json_object_get(root, "previous_year")));
	json_decref(root);
	free(t);
	doc_free(d);

	fill(&prev, 2023, 0);
	d = doc_statements(&a, &cur, &prev);
	t = render(d, "json");
	root = json_loads(t, 0, &jerr);
	assert_non_null(root);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(root, "previous_year"), "year")), 2023);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(json_object_get(root, "previous_year"),
					"income_statement"), "expenses")), 0);
	json_decref(root);
	free(t);
	doc_free(d);
}

static void test_statements_csv_md(void **state)
{
	struct association a = assoc();
	struct statements cur;
	struct doc *d;
	char *t;

	(void)state;
	fill(&cur, 2024, 1);
	d = doc_statements(&a, &cur, NULL);
	t = render(d, "csv");
	assert_memory_equal(t, "tabell;rad;text;2024\r\n", 22);
	assert_non_null(strstr(t, "\r\nincome_statement;revenue;Verksamhetens intäkter;1468000,00\r\n"));
	assert_non_null(strstr(t, "\r\nratios;solidity;Soliditet (eget kapital / summa tillgångar);0,2412\r\n"));
	free(t);
	t = render(d, "md");
	assert_non_null(strstr(t, "# Finansiella rapporter 2024\n"));
	assert_non_null(strstr(t, "## Resultaträkning\n"));
	assert_non_null(strstr(t, "| --- | ---: |\n"));
	assert_non_null(strstr(t, "| **Årets resultat** | **-636 819** |\n"));
	free(t);
	doc_free(d);
}

static void test_escaping(void **state)
{
	struct doc *d = doc_new("Rapport <script>alert(1)</script>");
	struct doc_table *t = doc_table(d, NULL, TABLE_RECORDS, "rows", "Rader", 2);
	struct doc_row *r;
	char *s;

	(void)state;
	doc_column(t, 0, "a", "A", 0);
	doc_column(t, 1, "b", "B", 0);
	r = doc_row(t, "x", "x", ROW_NORMAL);
	doc_cell_text(r, 0, "a|b *fet* [länk](http://x)", NULL);
	doc_cell_text(r, 1, "semi;kolon \"citat\"", NULL);
	s = render(d, "md");
	assert_non_null(strstr(s, "# Rapport &lt;script&gt;alert(1)&lt;/script&gt;\n"));
	assert_non_null(strstr(s, "| a\\|b \\*fet\\* \\[länk\\](http://x) |"));
	assert_null(strstr(s, "<script>"));
	free(s);
	s = render(d, "csv");
	assert_non_null(strstr(s, "a|b *fet* [länk](http://x);\"semi;kolon \"\"citat\"\"\"\r\n"));
	free(s);
	s = render(d, "json");
	assert_non_null(strstr(s, "\"b\": \"semi;kolon \\\"citat\\\"\""));
	free(s);
	doc_free(d);
}

static void test_check_doc(void **state)
{
	struct association a = assoc();
	struct check_item items[2] = {
		{ "balance_sheet", "Balansräkningen balanserar", CHECK_FAILED, "skillnad 100,00 kr" },
		{ "opening_balances", "Föregående års utgående balanser är årets ingående", CHECK_SKIPPED,
		  "föregående år finns inte i databasen" },
	};
	struct check_report r = { 2024, items, 2, 1 };
	struct doc *d = doc_check(&a, &r);
	json_t *root, *checks;
	json_error_t jerr;
	char *t;

	(void)state;
	t = render(d, "text");
	assert_non_null(strstr(t, "[FEL] Balansräkningen balanserar\n      skillnad 100,00 kr\n"));
	assert_non_null(strstr(t, "[–]   Föregående års"));
	assert_non_null(strstr(t, "2 kontroller, 1 fel, 1 ej gjorda."));
	free(t);
	t = render(d, "json");
	root = json_loads(t, 0, &jerr);
	assert_non_null(root);
	assert_int_equal(json_integer_value(json_object_get(root, "failures")), 1);
	checks = json_object_get(root, "checks");
	assert_int_equal(json_array_size(checks), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(checks, 0), "id")), "balance_sheet");
	assert_string_equal(json_string_value(json_object_get(json_array_get(checks, 0), "status")), "failed");
	assert_string_equal(json_string_value(json_object_get(json_array_get(checks, 1), "status")), "skipped");
	json_decref(root);
	free(t);
	doc_free(d);
}

static void test_formats(void **state)
{
	enum render_format f;
	struct err err;

	(void)state;
	assert_int_equal(render_format_parse("json", &f, &err), 0);
	assert_int_equal(f, RENDER_JSON);
	assert_int_equal(render_format_parse("xml", &f, &err), -1);
	assert_string_equal(err.msg, "okänt format 'xml' (välj text, json, csv eller md)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_statements_text),
		cmocka_unit_test(test_statements_json),
		cmocka_unit_test(test_statements_csv_md),
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_check_doc),
		cmocka_unit_test(test_formats),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
