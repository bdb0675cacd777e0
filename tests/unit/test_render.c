/*
 * test_render.c: the renderers on the statements and check documents and
 * on small trees made for one rule each: the text layout (alignment by
 * characters with å, ä and ö, rules over sums, wrapping), Markdown
 * escaping, CSV quoting and numbers, and the JSON keys, types and values
 * other programs rely on, parsed back with jansson.
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

/* Renders d in the named format into a string the caller frees. */
static char *render(const struct doc *d, const char *format)
{
	enum render_format f;
	struct err err;
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	assert_non_null(out);
	assert_int_equal(render_format_parse(format, &f, &err), 0);
	assert_int_equal(render_doc(d, f, out, &err), 0);
	fclose(out);
	return text;
}

static struct association assoc(void)
{
	struct association a;

	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "Samordningsförbundet Prov");
	snprintf(a.orgnr, sizeof(a.orgnr), "222000-1990");
	return a;
}

/* The figures of an annual report's 2024, with öre where rounding shows:
 * the expenses are -2 104 819,49 kr, so the result rounds to -636 819 on
 * its own. */
static void fill_2024(struct statements *s)
{
	memset(s, 0, sizeof(*s));
	s->year = 2024;
	s->period.start = (struct date){ 2024, 1, 1 };
	s->period.end = (struct date){ 2024, 12, 31 };
	s->is.revenue = 146800000;
	s->is.expenses = -210481949;
	s->is.net_cost = -63681949;
	s->is.result = -63681949;
	s->bs.cash_and_bank = 75074600;
	s->bs.total_assets = 75074600;
	s->bs.equity = 18105200;
	s->bs.result_of_year = -63681949;
	s->bs.other_equity = 81787149;
	s->bs.current_liabilities = 56969400;
	s->bs.total_equity_and_liabilities = 75074600;
	s->cf.result = -63681949;
	s->cf.change_current_liabilities = 15286800;
	s->cf.operating = -48395149;
	s->cf.net_cash_flow = -48395149;
	s->cf.cash_start = 123469749;
	s->cf.cash_end = 75074600;
	s->solidity = (struct ratio){ 18105200, 75074600 };          /* 0,2412 */
	s->is.result_after_financial = -63681949;
	s->grant = 146800000;
	s->grant_basis = GRANT_BASIS_BUDGET;
	equity_rule_eval(s->bs.equity, s->grant, s->grant_basis, &s->equity_rule);
	s->equity_to_grant = s->equity_rule.ratio;                   /* 0,1233 */
}

static void fill_2023(struct statements *s)
{
	memset(s, 0, sizeof(*s));
	s->year = 2023;
	s->period.start = (struct date){ 2023, 1, 1 };
	s->period.end = (struct date){ 2023, 12, 31 };
	s->is.revenue = 146800000;
	s->is.expenses = -100845100;
	s->is.net_cost = 45954900;
	s->is.result = 45954900;
	s->bs.cash_and_bank = 123469749;
	s->bs.total_assets = 123469749;
	s->bs.equity = 81787149;
	s->bs.result_of_year = 45954900;
	s->bs.other_equity = 35832249;
	s->bs.current_liabilities = 41682600;
	s->bs.total_equity_and_liabilities = 123469749;
	s->cf.result = 45954900;
	s->cf.change_current_liabilities = -15364000;
	s->cf.operating = 30590900;
	s->cf.net_cash_flow = 30590900;
	s->cf.cash_start = 92878849;
	s->cf.cash_end = 123469749;
	s->solidity = (struct ratio){ 81787149, 123469749 };         /* 0,6624 */
	s->is.result_after_financial = 45954900;
	s->grant = 146800000;
	equity_rule_eval(s->bs.equity, s->grant, GRANT_BASIS_REVENUE, &s->equity_rule);
	s->equity_to_grant = s->equity_rule.ratio;                   /* 0,5571 */
}

/* The whole text of the statements with the year before: the label column
 * is as wide as the widest label (53 characters, "Ökning (−) / minskning
 * (+) av kortfristiga fordringar"), counted in characters; each amount
 * column is 12 wide after two blanks. */
static void test_statements_text(void **state)
{
	static const char expected[] =
		"Finansiella rapporter 2024\n"
		"Samordningsförbundet Prov\n"
		"Org.nr 222000-1990\n"
		"\n"
		"Resultaträkning\n"
		"Belopp i kr                                                    2024          2023\n"
		"Verksamhetens intäkter                                    1 468 000     1 468 000\n"
		"Verksamhetens kostnader                                  -2 104 819    -1 008 451\n"
		"                                                       ------------  ------------\n"
		"Verksamhetens nettokostnad                                 -636 819       459 549\n"
		"Finansiella intäkter                                              0             0\n"
		"Finansiella kostnader                                             0             0\n"
		"                                                       ------------  ------------\n"
		"Resultat efter finansiella poster                          -636 819       459 549\n"
		"                                                       ------------  ------------\n"
		"Årets resultat                                             -636 819       459 549\n"
		"\n"
		"Balansräkning\n"
		"Belopp i kr                                              2024-12-31    2023-12-31\n"
		"Tillgångar\n"
		"Fordringar                                                        0             0\n"
		"Kassa och bank                                              750 746     1 234 697\n"
		"                                                       ------------  ------------\n"
		"Summa tillgångar                                            750 746     1 234 697\n"
		"Eget kapital, avsättningar och skulder\n"
		"Eget kapital                                                181 052       817 871\n"
		"  därav årets resultat                                     -636 819       459 549\n"
		"  därav övrigt eget kapital                                 817 871       358 322\n"
		"Avsättningar                                                      0             0\n"
		"Långfristiga skulder                                              0             0\n"
		"Kortfristiga skulder                                        569 694       416 826\n"
		"                                                       ------------  ------------\n"
		"Summa eget kapital, avsättningar och skulder                750 746     1 234 697\n"
		"\n"
		"Kassaflödesanalys\n"
		"Belopp i kr                                                    2024          2023\n"
		"Årets resultat                                             -636 819       459 549\n"
		"Justering för ej likviditetspåverkande poster                     0             0\n"
		"Ökning (−) / minskning (+) av kortfristiga fordringar             0             0\n"
		"Ökning (+) / minskning (−) av kortfristiga skulder          152 868      -153 640\n"
		"                                                       ------------  ------------\n"
		"Kassaflöde från den löpande verksamheten                   -483 951       305 909\n"
		"Kassaflöde från investeringsverksamheten                          0             0\n"
		"Kassaflöde från finansieringsverksamheten                         0             0\n"
		"                                                       ------------  ------------\n"
		"Årets kassaflöde                                           -483 951       305 909\n"
		"Likvida medel vid årets början                            1 234 697       928 788\n"
		"Likvida medel vid årets slut                                750 746     1 234 697\n"
		"\n"
		"Nyckeltal\n"
		"                                                               2024          2023\n"
		"Soliditet (eget kapital / summa tillgångar)                  24,1 %        66,2 %\n"
		"Eget kapital / driftbidrag (mål: högst 20 %)                 12,3 %        55,7 %\n"
		"\n"
		"Eget kapital / driftbidrag räknas på 2024: medlemmarnas driftbidrag enligt\n"
		"budgeten, 1 468 000 kr; 2023: alla verksamhetens intäkter (det finns varken\n"
		"budget eller konto för driftbidrag), 1 468 000 kr. Målet är att eget kapital är\n"
		"högst 20 % av driftbidraget.\n"
		"\n"
		"Beloppen är avrundade till hela kronor var för sig; summorna är beräknade på\n"
		"exakta belopp.\n"
		;
	struct association a = assoc();
	struct statements cur, prev;
	struct doc *d;
	char *t;

	(void)state;
	fill_2024(&cur);
	fill_2023(&prev);
	d = doc_statements(&a, &cur, &prev);
	t = render(d, "text");
	assert_string_equal(t, expected);
	free(t);
	doc_free(d);
}

/* Without the year before: one amount column; an undefined ratio is "–",
 * one character wide like any other; an optional row appears once it has
 * an amount. */
static void test_statements_text_one_year(void **state)
{
	struct association a = assoc();
	struct statements cur;
	struct doc *d;
	char *t;

	(void)state;
	fill_2024(&cur);
	cur.equity_to_grant.den = 0;
	cur.is.appropriations = -500000;
	d = doc_statements(&a, &cur, NULL);
	t = render(d, "text");
	assert_non_null(strstr(t, "\nBelopp i kr                                              2024-12-31\n"));
	assert_non_null(strstr(t, "\nVerksamhetens intäkter                                    1 468 000\n"));
	assert_non_null(strstr(t, "\nLångfristiga skulder                                              0\n"));
	assert_non_null(strstr(t, "\n                                                       ------------\n"));
	assert_non_null(strstr(t, "\nBokslutsdispositioner och skatt                              -5 000\n"));
	assert_non_null(strstr(t, "\nSoliditet (eget kapital / summa tillgångar)                  24,1 %\n"));
	assert_non_null(strstr(t, "\nEget kapital / driftbidrag (mål: högst 20 %)                      –\n"));
	assert_null(strstr(t, "2023"));
	assert_null(strstr(t, "Förråd"));
	assert_null(strstr(t, " \n"));
	free(t);
	doc_free(d);
}

/* An optional row is shown when either year has an amount. */
static void test_optional_row_with_previous_amount(void **state)
{
	struct association a = assoc();
	struct statements cur, prev;
	struct doc *d;
	char *t;

	(void)state;
	fill_2024(&cur);
	fill_2023(&prev);
	prev.bs.fixed_assets = 1200000;
	d = doc_statements(&a, &cur, &prev);
	t = render(d, "text");
	assert_non_null(strstr(t, "\nAnläggningstillgångar                                             0        12 000\n"));
	assert_null(strstr(t, "Förråd"));
	free(t);
	doc_free(d);
}

static void test_statements_md(void **state)
{
	static const char income[] =
		"# Finansiella rapporter 2024\n"
		"\n"
		"Samordningsförbundet Prov\n"
		"\n"
		"Org.nr 222000-1990\n"
		"\n"
		"## Resultaträkning\n"
		"\n"
		"Belopp i kr\n"
		"\n"
		"|  | 2024 |\n"
		"| --- | ---: |\n"
		"| Verksamhetens intäkter | 1 468 000 |\n"
		"| Verksamhetens kostnader | -2 104 819 |\n"
		"| **Verksamhetens nettokostnad** | **-636 819** |\n"
		"| Finansiella intäkter | 0 |\n"
		"| Finansiella kostnader | 0 |\n"
		"| **Resultat efter finansiella poster** | **-636 819** |\n"
		"| **Årets resultat** | **-636 819** |\n"
		"\n"
		"## Balansräkning\n";
	struct association a = assoc();
	struct statements cur;
	struct doc *d;
	char *t;

	(void)state;
	fill_2024(&cur);
	cur.equity_to_grant.den = 0;
	d = doc_statements(&a, &cur, NULL);
	t = render(d, "md");
	assert_memory_equal(t, income, strlen(income));
	assert_non_null(strstr(t, "\n|  | 2024-12-31 |\n| --- | ---: |\n| **Tillgångar** |  |\n"));
	/* The indent of "därav" survives Markdown's trimming of cells. */
	assert_non_null(strstr(t, "\n| &nbsp;&nbsp;därav årets resultat | -636 819 |\n"));
	assert_non_null(strstr(t, "\n| **Summa eget kapital, avsättningar och skulder** | **750 746** |\n"));
	assert_non_null(strstr(t, "\n## Nyckeltal\n\n|  | 2024 |\n| --- | ---: |\n"));
	assert_non_null(strstr(t, "\n| Eget kapital / driftbidrag (mål: högst 20 %) | – |\n"));
	/* The note closes the document. */
	assert_non_null(strstr(t, "| – |\n\nEget kapital / driftbidrag räknas på medlemmarnas driftbidrag enligt "
				  "budgeten, 1 468 000 kr. Målet är att eget kapital är högst 20 % av driftbidraget."
				  "\n\nBeloppen är avrundade till hela kronor var för sig; summorna är "
				  "beräknade på exakta belopp.\n"));
	assert_int_equal(t[strlen(t) - 1], '\n');
	free(t);
	doc_free(d);
}

static void test_statements_csv(void **state)
{
	static const char expected[] =
		"tabell;rad;text;2024;2023\r\n"
		"income_statement;revenue;Verksamhetens intäkter;1468000,00;1468000,00\r\n"
		"income_statement;expenses;Verksamhetens kostnader;-2104819,49;-1008451,00\r\n"
		"income_statement;net_cost;Verksamhetens nettokostnad;-636819,49;459549,00\r\n"
		"income_statement;financial_income;Finansiella intäkter;0,00;0,00\r\n"
		"income_statement;financial_expenses;Finansiella kostnader;0,00;0,00\r\n"
		"income_statement;result_after_financial;Resultat efter finansiella poster;-636819,49;459549,00\r\n"
		"income_statement;appropriations;Bokslutsdispositioner och skatt;0,00;0,00\r\n"
		"income_statement;result;Årets resultat;-636819,49;459549,00\r\n"
		"balance_sheet;fixed_assets;Anläggningstillgångar;0,00;0,00\r\n"
		"balance_sheet;inventories;Förråd;0,00;0,00\r\n"
		"balance_sheet;receivables;Fordringar;0,00;0,00\r\n"
		"balance_sheet;cash_and_bank;Kassa och bank;750746,00;1234697,49\r\n"
		"balance_sheet;total_assets;Summa tillgångar;750746,00;1234697,49\r\n"
		"balance_sheet;equity;Eget kapital;181052,00;817871,49\r\n"
		"balance_sheet;result_of_year;\"  därav årets resultat\";-636819,49;459549,00\r\n"
		"balance_sheet;other_equity;\"  därav övrigt eget kapital\";817871,49;358322,49\r\n"
		"balance_sheet;provisions;Avsättningar;0,00;0,00\r\n"
		"balance_sheet;long_term_liabilities;Långfristiga skulder;0,00;0,00\r\n"
		"balance_sheet;current_liabilities;Kortfristiga skulder;569694,00;416826,00\r\n"
		"balance_sheet;total_equity_and_liabilities;Summa eget kapital, avsättningar och skulder;750746,00;1234697,49\r\n"
		"cash_flow;result;Årets resultat;-636819,49;459549,00\r\n"
		"cash_flow;non_cash_adjustments;Justering för ej likviditetspåverkande poster;0,00;0,00\r\n"
		"cash_flow;change_receivables;Ökning (−) / minskning (+) av kortfristiga fordringar;0,00;0,00\r\n"
		"cash_flow;change_current_liabilities;Ökning (+) / minskning (−) av kortfristiga skulder;152868,00;-153640,00\r\n"
		"cash_flow;operating;Kassaflöde från den löpande verksamheten;-483951,49;305909,00\r\n"
		"cash_flow;investing;Kassaflöde från investeringsverksamheten;0,00;0,00\r\n"
		"cash_flow;financing;Kassaflöde från finansieringsverksamheten;0,00;0,00\r\n"
		"cash_flow;net_cash_flow;Årets kassaflöde;-483951,49;305909,00\r\n"
		"cash_flow;cash_start;Likvida medel vid årets början;1234697,49;928788,49\r\n"
		"cash_flow;cash_end;Likvida medel vid årets slut;750746,00;1234697,49\r\n"
		"ratios;solidity;Soliditet (eget kapital / summa tillgångar);0,2412;0,6624\r\n"
		"ratios;equity_to_grant;Eget kapital / driftbidrag (mål: högst 20 %);;0,5571\r\n"
		;
	struct association a = assoc();
	struct statements cur, prev;
	struct doc *d;
	char *t;

	(void)state;
	fill_2024(&cur);
	fill_2023(&prev);
	cur.equity_to_grant.den = 0;
	d = doc_statements(&a, &cur, &prev);
	t = render(d, "csv");
	assert_string_equal(t, expected);
	free(t);
	doc_free(d);

	/* Without the year before the column is left out, header and all. */
	d = doc_statements(&a, &cur, NULL);
	t = render(d, "csv");
	assert_memory_equal(t, "tabell;rad;text;2024\r\nincome_statement;revenue;Verksamhetens intäkter;1468000,00\r\n",
			    strlen("tabell;rad;text;2024\r\nincome_statement;revenue;Verksamhetens intäkter;1468000,00\r\n"));
	assert_non_null(strstr(t, "\r\nratios;equity_to_grant;Eget kapital / driftbidrag (mål: högst 20 %);\r\n"));
	free(t);
	doc_free(d);
}

static json_t *get(json_t *o, const char *path)
{
	char key[64];
	const char *dot;

	while ((dot = strchr(path, '.')) != NULL) {
		snprintf(key, sizeof(key), "%.*s", (int)(dot - path), path);
		o = json_object_get(o, key);
		assert_non_null(o);
		path = dot + 1;
	}
	o = json_object_get(o, path);
	assert_non_null(o);
	return o;
}

static void expect_int(json_t *root, const char *path, json_int_t v)
{
	json_t *o = get(root, path);

	assert_true(json_is_integer(o));
	assert_int_equal(json_integer_value(o), v);
}

static void expect_str(json_t *root, const char *path, const char *v)
{
	json_t *o = get(root, path);

	assert_true(json_is_string(o));
	assert_string_equal(json_string_value(o), v);
}

static void expect_keys(json_t *o, const char *const *keys, size_t n)
{
	void *it = json_object_iter(o);
	size_t i;

	for (i = 0; i < n; i++) {
		assert_non_null(it);
		assert_string_equal(json_object_iter_key(it), keys[i]);
		it = json_object_iter_next(o, it);
	}
	assert_null(it);
}

static void test_statements_json(void **state)
{
	static const char *const top[] = { "year", "grant", "grant_basis", "income_statement", "balance_sheet",
					   "cash_flow", "ratios", "previous_year" };
	static const char *const prev_keys[] = { "year", "income_statement", "balance_sheet", "cash_flow",
						 "ratios" };
	static const char *const income[] = { "revenue", "expenses", "net_cost", "financial_income",
					      "financial_expenses", "result_after_financial", "appropriations",
					      "result" };
	static const char *const ratios[] = { "solidity", "equity_to_grant" };
	struct association a = assoc();
	struct statements cur, prev;
	struct doc *d;
	json_t *root;
	json_error_t jerr;
	char *t;

	(void)state;
	fill_2024(&cur);
	cur.equity_to_grant.den = 0;
	d = doc_statements(&a, &cur, NULL);
	t = render(d, "json");
	/* Two-space indents, the metadata first, a final newline. */
#define JSON_START "{\n  \"year\": 2024,\n  \"grant\": 146800000,\n  \"grant_basis\": \"budget\",\n" \
		   "  \"income_statement\": {\n    \"revenue\": 146800000,\n"
	assert_memory_equal(t, JSON_START, strlen(JSON_START));
#undef JSON_START
	assert_non_null(strstr(t, "\n  \"previous_year\": null\n}\n"));
	root = json_loads(t, 0, &jerr);
	assert_non_null(root);
	expect_keys(root, top, 8);
	expect_keys(json_object_get(root, "income_statement"), income, 8);
	expect_keys(json_object_get(root, "ratios"), ratios, 2);
	expect_int(root, "year", 2024);
	expect_int(root, "income_statement.expenses", -210481949);
	expect_int(root, "income_statement.appropriations", 0);
	expect_int(root, "income_statement.result_after_financial", -63681949);
	expect_int(root, "grant", 146800000);
	expect_str(root, "grant_basis", "budget");
	expect_int(root, "balance_sheet.fixed_assets", 0);
	expect_int(root, "balance_sheet.equity", 18105200);
	expect_int(root, "balance_sheet.other_equity", 81787149);
	expect_int(root, "balance_sheet.total_equity_and_liabilities", 75074600);
	assert_int_equal(json_object_size(json_object_get(root, "balance_sheet")), 12);
	expect_int(root, "cash_flow.operating", -48395149);
	expect_int(root, "cash_flow.cash_start", 123469749);
	assert_int_equal(json_object_size(json_object_get(root, "cash_flow")), 10);
	expect_str(root, "ratios.solidity", "0.2412");
	assert_true(json_is_null(get(root, "ratios.equity_to_grant")));
	assert_true(json_is_null(get(root, "previous_year")));
	json_decref(root);
	free(t);
	doc_free(d);

	fill_2023(&prev);
	d = doc_statements(&a, &cur, &prev);
	t = render(d, "json");
	root = json_loads(t, 0, &jerr);
	assert_non_null(root);
	expect_keys(root, top, 8);
	expect_keys(json_object_get(root, "previous_year"), prev_keys, 5);
	expect_int(root, "previous_year.year", 2023);
	expect_int(root, "previous_year.income_statement.expenses", -100845100);
	expect_int(root, "previous_year.balance_sheet.equity", 81787149);
	expect_int(root, "previous_year.cash_flow.cash_start", 92878849);
	expect_str(root, "previous_year.ratios.solidity", "0.6624");
	expect_str(root, "previous_year.ratios.equity_to_grant", "0.5571");
	/* The current year stays at the top level. */
	expect_int(root, "income_statement.expenses", -210481949);
	json_decref(root);
	free(t);
	doc_free(d);
}

static struct check_report *check_fixture(struct check_report *r, struct check_item *items, int skipped)
{
	static const struct check_item all[3] = {
		{ "balance_sheet", "Balansräkningen balanserar", CHECK_OK, NULL },
		{ "result_equity", "Årets resultat är lika med förändringen av eget kapital", CHECK_FAILED,
		  "skillnad 100,00 kr" },
		{ "opening_balances", "Föregående års utgående balanser är årets ingående", CHECK_SKIPPED,
		  "föregående år finns inte i databasen" },
	};

	memcpy(items, all, sizeof(all));
	r->year = 2024;
	r->items = items;
	r->n = skipped ? 3 : 2;
	r->failures = 1;
	return r;
}

static void test_check_text(void **state)
{
	struct association a = assoc();
	struct check_item items[3];
	struct check_report r;
	struct doc *d;
	char *t;

	(void)state;
	d = doc_check(&a, check_fixture(&r, items, 0));
	t = render(d, "text");
	assert_string_equal(t, "Kontroll av bokföringen 2024\n"
			       "Samordningsförbundet Prov\n"
			       "Org.nr 222000-1990\n"
			       "\n"
			       "[OK]  Balansräkningen balanserar\n"
			       "[FEL] Årets resultat är lika med förändringen av eget kapital\n"
			       "      skillnad 100,00 kr\n"
			       "\n"
			       "2 kontroller, 1 fel\n");
	free(t);
	doc_free(d);

	/* The tags line up on the widest of them. */
	d = doc_check(&a, check_fixture(&r, items, 1));
	t = render(d, "text");
	assert_string_equal(t, "Kontroll av bokföringen 2024\n"
			       "Samordningsförbundet Prov\n"
			       "Org.nr 222000-1990\n"
			       "\n"
			       "[OK]              Balansräkningen balanserar\n"
			       "[FEL]             Årets resultat är lika med förändringen av eget kapital\n"
			       "                  skillnad 100,00 kr\n"
			       "[EJ KONTROLLERAD] Föregående års utgående balanser är årets ingående\n"
			       "                  föregående år finns inte i databasen\n"
			       "\n"
			       "3 kontroller, 1 fel, 1 ej kontrollerad\n");
	free(t);
	doc_free(d);
}

static void test_check_json_md_csv(void **state)
{
	static const char *const keys[] = { "id", "title", "status", "detail" };
	struct association a = assoc();
	struct check_item items[3];
	struct check_report r;
	struct doc *d;
	json_t *root, *checks;
	json_error_t jerr;
	char *t;

	(void)state;
	d = doc_check(&a, check_fixture(&r, items, 1));
	t = render(d, "json");
	root = json_loads(t, 0, &jerr);
	assert_non_null(root);
	expect_int(root, "year", 2024);
	expect_int(root, "failures", 1);
	checks = json_object_get(root, "checks");
	assert_true(json_is_array(checks));
	assert_int_equal(json_array_size(checks), 3);
	expect_keys(json_array_get(checks, 0), keys, 4);
	expect_str(json_array_get(checks, 0), "id", "balance_sheet");
	expect_str(json_array_get(checks, 0), "title", "Balansräkningen balanserar");
	expect_str(json_array_get(checks, 0), "status", "ok");
	assert_true(json_is_null(get(json_array_get(checks, 0), "detail")));
	expect_str(json_array_get(checks, 1), "status", "failed");
	expect_str(json_array_get(checks, 1), "detail", "skillnad 100,00 kr");
	expect_str(json_array_get(checks, 2), "id", "opening_balances");
	expect_str(json_array_get(checks, 2), "status", "skipped");
	json_decref(root);
	free(t);

	/* Markdown shows the words people read, without the machine id. */
	t = render(d, "md");
	assert_non_null(strstr(t, "\n| Kontroll | Resultat | Detaljer |\n| --- | --- | --- |\n"
				  "| Balansräkningen balanserar | ok |  |\n"
				  "| Årets resultat är lika med förändringen av eget kapital | fel | skillnad 100,00 kr |\n"
				  "| Föregående års utgående balanser är årets ingående | ej kontrollerad | "
				  "föregående år finns inte i databasen |\n"
				  "\n3 kontroller, 1 fel, 1 ej kontrollerad\n"));
	assert_null(strstr(t, "balance_sheet"));
	free(t);

	t = render(d, "csv");
	assert_string_equal(t, "Id;Kontroll;Resultat;Detaljer\r\n"
			       "balance_sheet;Balansräkningen balanserar;ok;\r\n"
			       "result_equity;Årets resultat är lika med förändringen av eget kapital;fel;"
			       "skillnad 100,00 kr\r\n"
			       "opening_balances;Föregående års utgående balanser är årets ingående;"
			       "ej kontrollerad;föregående år finns inte i databasen\r\n");
	free(t);
	doc_free(d);
}

/* User text in a table and a title cannot break the table or carry
 * markup or script. */
static void test_md_escaping(void **state)
{
	struct doc *d = doc_new("Rapport <script>alert(1)</script>");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "rows", "Rader & *annat*", 2);
	struct doc_row *r;
	char *s;

	(void)state;
	doc_column_set(t, 0, "text", "Text", 0);
	doc_column_set(t, 1, "amount", "Belopp", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "a|b", NULL);
	doc_cell_money(r, 1, 150000);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "<script>alert(\"x\")</script>", NULL);
	doc_cell_money(r, 1, -100);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "*fet* [länk](http://x) `kod` _kursiv_\nrad två", NULL);
	doc_paragraph_add(d, NULL, "- inte en lista\n1. inte numrerad\n# inte en rubrik\n> inte ett citat");
	s = render(d, "md");
	assert_string_equal(s, "# Rapport &lt;script&gt;alert(1)&lt;/script&gt;\n"
			       "\n"
			       "## Rader &amp; \\*annat\\*\n"
			       "\n"
			       "| Text | Belopp |\n"
			       "| --- | ---: |\n"
			       "| a\\|b | 1 500 |\n"
			       "| &lt;script&gt;alert(\"x\")&lt;/script&gt; | -1 |\n"
			       "| \\*fet\\* \\[länk\\](http://x) \\`kod\\` \\_kursiv\\_<br>rad två |  |\n"
			       "\n"
			       "\\- inte en lista\n"
			       "1\\. inte numrerad\n"
			       "\\# inte en rubrik\n"
			       "&gt; inte ett citat\n");
	free(s);
	doc_free(d);
}

/* RFC 4180 quoting with ';' as separator, and texts that a spreadsheet
 * would run as formulas kept as texts. */
static void test_csv_quoting(void **state)
{
	struct doc *d = doc_new("Export");
	struct doc_table *f = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "totals", "Summor", 1);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "rows", "Rader", 2);
	struct doc_row *r;
	char *s;

	(void)state;
	doc_column_set(f, 0, "current", "2024", 2024);
	doc_row_add(f, NULL, "Rubrik", DOC_ROW_HEADING);
	doc_cell_money(doc_row_add(f, "total", "Summa; allt", DOC_ROW_SUM), 0, -5);
	doc_column_set(t, 0, "a", "Namn", 0);
	doc_column_set(t, 1, "b", "Kommentar \"fri\"", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "semi;kolon \"citat\"", NULL);
	doc_cell_text(r, 1, "rad ett\nrad två", NULL);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "=SUMMA(A1:A3)", NULL);
	doc_cell_text(r, 1, "vanlig text", NULL);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "-2+3", NULL);
	doc_cell_text(r, 1, " blank först", NULL);
	s = render(d, "csv");
	assert_string_equal(s, "tabell;rad;text;2024\r\n"
			       "totals;total;\"Summa; allt\";-0,05\r\n"
			       "\r\n"
			       "Namn;\"Kommentar \"\"fri\"\"\"\r\n"
			       "\"semi;kolon \"\"citat\"\"\";\"rad ett\nrad två\"\r\n"
			       "'=SUMMA(A1:A3);vanlig text\r\n"
			       "'-2+3;\" blank först\"\r\n");
	free(s);
	doc_free(d);
}

/* A records table with one cell of every type, in every format. */
static void test_every_cell_type(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "cells", NULL, 6);
	struct doc_row *r;
	json_t *root, *row;
	json_error_t jerr;
	char *s;

	(void)state;
	doc_column_set(t, 0, "empty", "Tom", 0);
	doc_column_set(t, 1, "money", "Belopp", 0);
	doc_column_set(t, 2, "ratio", "Andel", 0);
	doc_column_set(t, 3, "count", "Antal", 0);
	doc_column_set(t, 4, "status", "Status", 0);
	doc_column_set(t, 5, "date", "Datum", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_money(r, 1, -63681949);
	doc_cell_ratio(r, 2, 181052, 0);
	doc_cell_int(r, 3, 76);
	doc_cell_text(r, 4, "fel", "failed");
	doc_cell_date(r, 5, (struct date){ 2024, 12, 31 });
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_ratio(r, 2, 1, 3);

	s = render(d, "text");
	assert_string_equal(s, "Tom    Belopp   Andel  Antal  Status  Datum\n"
			       "---  --------  ------  -----  ------  ----------\n"
			       "     -636 819       –     76  fel     2024-12-31\n"
			       "               33,3 %\n");
	free(s);

	s = render(d, "csv");
	assert_string_equal(s, "Tom;Belopp;Andel;Antal;Status;Datum\r\n"
			       ";-636819,49;;76;fel;2024-12-31\r\n"
			       ";;0,3333;;;\r\n");
	free(s);

	s = render(d, "md");
	assert_string_equal(s, "| Tom | Belopp | Andel | Antal | Status | Datum |\n"
			       "| --- | ---: | ---: | ---: | --- | --- |\n"
			       "|  | -636 819 | – | 76 | fel | 2024-12-31 |\n"
			       "|  |  | 33,3 % |  |  |  |\n");
	free(s);

	s = render(d, "json");
	root = json_loads(s, 0, &jerr);
	assert_non_null(root);
	row = json_array_get(json_object_get(root, "cells"), 0);
	assert_true(json_is_null(get(row, "empty")));
	expect_int(row, "money", -63681949);
	assert_true(json_is_null(get(row, "ratio")));
	expect_int(row, "count", 76);
	expect_str(row, "status", "failed");
	expect_str(row, "date", "2024-12-31");
	row = json_array_get(json_object_get(root, "cells"), 1);
	expect_str(row, "ratio", "0.3333");
	assert_true(json_is_null(get(row, "money")));
	json_decref(root);
	free(s);
	doc_free(d);
}

static void test_empty_document(void **state)
{
	struct doc *d = doc_new(NULL);
	char *s;

	(void)state;
	s = render(d, "text");
	assert_string_equal(s, "");
	free(s);
	s = render(d, "md");
	assert_string_equal(s, "");
	free(s);
	s = render(d, "csv");
	assert_string_equal(s, "");
	free(s);
	s = render(d, "json");
	assert_string_equal(s, "{}\n");
	free(s);
	doc_free(d);
}

/* Whole kronor, kronor and öre, and thousands; JSON keeps the öre. */
static void test_units(void **state)
{
	static const struct {
		enum doc_unit unit;
		const char *caption, *amount;
	} cases[] = {
		{ DOC_UNIT_KR, "Belopp i kr                             2024\n",
		  "Intäkter                           1 468 500\n" },
		{ DOC_UNIT_KR_ORE, "Belopp i kr                             2024\n",
		  "Intäkter                        1 468 499,99\n" },
		{ DOC_UNIT_TKR, "Belopp i tkr                            2024\n",
		  "Intäkter                               1 468\n" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct doc *d = doc_new(NULL);
		struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "t", NULL, 1);
		char *s;

		doc_unit_set(d, cases[i].unit);
		doc_column_set(t, 0, "current", "2024", 2024);
		doc_cell_money(doc_row_add(t, "revenue", "Intäkter", DOC_ROW_NORMAL), 0, 146849999);
		s = render(d, "text");
		assert_non_null(strstr(s, cases[i].caption));
		assert_non_null(strstr(s, cases[i].amount));
		free(s);
		s = render(d, "json");
		assert_string_equal(s, "{\n  \"t\": {\n    \"revenue\": 146849999\n  }\n}\n");
		free(s);
		s = render(d, "csv");
		assert_string_equal(s, "tabell;rad;text;2024\r\nt;revenue;Intäkter;1468499,99\r\n");
		free(s);
		doc_free(d);
	}
}

static void test_wrapping(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t;
	struct doc_row *r;
	char word[86];
	char *s;

	(void)state;
	/* A label longer than the label column (60 at most) goes on lines of
	 * its own, the amount beside its last line. */
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "cash_flow", NULL, 1);
	doc_column_set(t, 0, "current", "2022", 2022);
	r = doc_row_add(t, "funds", "Medel från verksamheten före förändring av rörelsekapital och av avsättningar",
			DOC_ROW_NORMAL);
	doc_cell_money(r, 0, -164200000);
	s = render(d, "text");
	assert_string_equal(s, "Belopp i kr                                                           2022\n"
			       "Medel från verksamheten före förändring av rörelsekapital\n"
			       "och av avsättningar                                             -1 642 000\n");
	free(s);
	doc_free(d);

	/* Paragraphs wrap at 80 characters between words; a word longer than
	 * that is cut. */
	d = doc_new(NULL);
	memset(word, 'x', 85);
	word[85] = '\0';
	doc_paragraph_add(d, NULL, "Förbundet har under året arbetat med fyra insatser för unga och vuxna som står "
				   "långt från arbetsmarknaden.");
	doc_paragraph_add(d, NULL, word);
	s = render(d, "text");
	assert_string_equal(s, "Förbundet har under året arbetat med fyra insatser för unga och vuxna som står\n"
			       "långt från arbetsmarknaden.\n"
			       "\n"
			       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
			       "xxxxx\n");
	free(s);
	doc_free(d);

	/* A grid wider than 120 characters wraps its text column. */
	d = doc_new(NULL);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "activities", NULL, 3);
	doc_column_set(t, 0, "date", "Datum", 0);
	doc_column_set(t, 1, "name", "Aktivitet", 0);
	doc_column_set(t, 2, "attendees", "Deltagare", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_date(r, 0, (struct date){ 2024, 3, 14 });
	doc_cell_text(r, 1, "abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd "
			    "abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd", NULL);
	doc_cell_int(r, 2, 153);
	s = render(d, "text");
	assert_string_equal(s,
			       "Datum       Aktivitet                                                                                          Deltagare\n"
			       "----------  -------------------------------------------------------------------------------------------------  ---------\n"
			       "2024-03-14  abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd           153\n"
			       "            abcd abcd abcd abcd abcd abcd abcd\n");
	free(s);
	doc_free(d);
}

/* A list item's other columns wrap under it, indented. */
static void test_list_wrapping(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "checks", "Kontroller", 3);
	struct doc_row *r;
	char *s;

	(void)state;
	doc_column_set(t, 0, "status", "Resultat", 0);
	doc_column_set(t, 1, "title", "Kontroll", 0);
	doc_column_set(t, 2, "detail", "Detaljer", 0);
	doc_table_list(t, 0, 1);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, "fel", "failed");
	doc_cell_text(r, 1, "Transaktionerna summerar till utgående balanser", NULL);
	doc_cell_text(r, 2, "konto 1930: ingående balans 1 000,00 och transaktioner 500,00 ger 1 500,00 men "
			    "utgående balans är 1 600,00\nkonto 2440: skillnad 100,00", NULL);
	s = render(d, "text");
	assert_string_equal(s, "Kontroller\n"
			       "[FEL] Transaktionerna summerar till utgående balanser\n"
			       "      konto 1930: ingående balans 1 000,00 och transaktioner 500,00 ger 1 500,00\n"
			       "      men utgående balans är 1 600,00\n"
			       "      konto 2440: skillnad 100,00\n");
	free(s);
	doc_free(d);
}

/* Sections nest: text underlines their titles, Markdown deepens the
 * headings, and a table inside a section takes the next level. */
static void test_sections(void **state)
{
	struct doc *d = doc_new("Årsredovisning 2024");
	struct doc_block *s1 = doc_section_add(d, NULL, "Förvaltningsberättelse");
	struct doc_block *s2 = doc_section_add(d, s1, "Verksamheten");
	struct doc_table *t;
	char *s;

	(void)state;
	doc_paragraph_add(d, s2, "Förbundet har fyra medlemmar.");
	t = doc_table_add(d, s2, DOC_TABLE_FIGURES, "members", "Medlemmar", 1);
	doc_column_set(t, 0, "count", "Antal", 0);
	doc_cell_int(doc_row_add(t, "municipalities", "Kommuner", DOC_ROW_NORMAL), 0, 2);
	s = render(d, "text");
	assert_string_equal(s, "Årsredovisning 2024\n"
			       "\n"
			       "Förvaltningsberättelse\n"
			       "======================\n"
			       "\n"
			       "Verksamheten\n"
			       "------------\n"
			       "\n"
			       "Förbundet har fyra medlemmar.\n"
			       "\n"
			       "Medlemmar\n"
			       "                                       Antal\n"
			       "Kommuner                                   2\n");
	free(s);
	s = render(d, "md");
	assert_string_equal(s, "# Årsredovisning 2024\n"
			       "\n"
			       "## Förvaltningsberättelse\n"
			       "\n"
			       "### Verksamheten\n"
			       "\n"
			       "Förbundet har fyra medlemmar.\n"
			       "\n"
			       "#### Medlemmar\n"
			       "\n"
			       "|  | Antal |\n"
			       "| --- | ---: |\n"
			       "| Kommuner | 2 |\n");
	free(s);
	s = render(d, "json");
	assert_string_equal(s, "{\n  \"members\": {\n    \"municipalities\": 2\n  }\n}\n");
	free(s);
	doc_free(d);
}

/* Tables for one audience only, and column keys with a dot, which nest. */
static void test_json_audiences_and_nesting(void **state)
{
	struct doc *d = doc_new("Statistik");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "enrolled", "Inskrivna", 3);
	struct doc_table *p = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "shown", "För läsaren", 1);
	struct doc_table *m = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "rows", NULL, 1);
	struct doc_row *r;
	json_t *root;
	json_error_t jerr;
	char *s;

	(void)state;
	doc_meta_text(d, "until", "2025-08-31");
	doc_meta_ratio(d, "share", 1, 3);
	doc_meta_null(d, "goal_year");
	doc_column_set(t, 0, "all", "Alla", 0);
	doc_column_set(t, 1, "by_age.young", "16–29 år", 0);
	doc_column_set(t, 2, "by_age.older", "30 år och äldre", 0);
	r = doc_row_add(t, "women", "Kvinnor", DOC_ROW_NORMAL);
	doc_cell_int(r, 0, 12);
	doc_cell_text(r, 1, "<5", NULL);
	doc_cell_int(r, 2, 9);
	p->people_only = 1;
	doc_column_set(p, 0, "current", "2025", 2025);
	doc_cell_money(doc_row_add(p, "x", "X", DOC_ROW_NORMAL), 0, 1);
	m->machine_only = 1;
	doc_column_set(m, 0, "name", "Namn", 0);
	doc_cell_text(doc_row_add(m, NULL, NULL, DOC_ROW_NORMAL), 0, "Steget vidare", NULL);

	s = render(d, "json");
	root = json_loads(s, 0, &jerr);
	assert_non_null(root);
	expect_str(root, "until", "2025-08-31");
	expect_str(root, "share", "0.3333");
	assert_true(json_is_null(get(root, "goal_year")));
	expect_int(root, "enrolled.women", 12);
	expect_str(root, "by_age.young.enrolled.women", "<5");
	expect_int(root, "by_age.older.enrolled.women", 9);
	assert_null(json_object_get(root, "shown"));
	expect_str(json_array_get(get(root, "rows"), 0), "name", "Steget vidare");
	json_decref(root);
	free(s);

	/* People see the table for them, not the one for programs. */
	s = render(d, "text");
	assert_non_null(strstr(s, "För läsaren\n"));
	assert_non_null(strstr(s, "Kvinnor                                   12            <5                9\n"));
	assert_null(strstr(s, "Steget vidare"));
	free(s);
	s = render(d, "csv");
	assert_string_equal(s, "tabell;rad;text;Alla;16–29 år;30 år och äldre\r\n"
			       "enrolled;women;Kvinnor;12;<5;9\r\n"
			       "shown;x;X;0,01\r\n");
	free(s);
	doc_free(d);
}

/* A column for people only (a note's number beside a statement line):
 * people read it, JSON and CSV read the years as if it were not there. */
static void test_people_only_column(void **state)
{
	struct doc *d = doc_new("Noter");
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "income_statement", "Resultaträkning", 3);
	struct doc_row *r;
	json_t *root;
	json_error_t jerr;
	char *s;

	(void)state;
	doc_column_set(t, 0, NULL, "Not", 0);
	t->cols[0].people_only = 1;
	doc_column_set(t, 1, "current", "2025", 2025);
	doc_column_set(t, 2, "previous_year", "2024", 2024);
	r = doc_row_add(t, "revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL);
	doc_cell_int(r, 0, 2);
	doc_cell_money(r, 1, 146800000);
	doc_cell_money(r, 2, 140000000);
	r = doc_row_add(t, "result", "Årets resultat", DOC_ROW_SUM);
	doc_cell_money(r, 1, 100);
	doc_cell_money(r, 2, 200);

	s = render(d, "json");
	root = json_loads(s, 0, &jerr);
	assert_non_null(root);
	expect_int(root, "income_statement.revenue", 146800000);
	expect_int(root, "previous_year.income_statement.revenue", 140000000);
	expect_int(root, "income_statement.result", 100);
	assert_null(strstr(s, "Not"));
	json_decref(root);
	free(s);
	s = render(d, "csv");
	assert_string_equal(s, "tabell;rad;text;2025;2024\r\n"
			       "income_statement;revenue;Verksamhetens intäkter;1468000,00;1400000,00\r\n"
			       "income_statement;result;Årets resultat;1,00;2,00\r\n");
	free(s);
	s = render(d, "text");
	assert_non_null(strstr(s, "Not"));
	assert_non_null(strstr(s, "2     1 468 000"));
	free(s);
	doc_free(d);
}

/* A chart is a figures table for people: text and Markdown show its
 * figures, CSV and JSON leave it out (the figures are in other tables). */
static void test_chart(void **state)
{
	struct doc *d = doc_new("Diagram");
	struct doc_table *t = doc_chart_add(d, NULL, DOC_CHART_BARS, "per_year", "Deltagare per år", 2);
	struct doc_row *r;
	char *s;

	(void)state;
	assert_int_equal(t->chart, DOC_CHART_BARS);
	assert_true(t->people_only);
	assert_int_equal(t->kind, DOC_TABLE_FIGURES);
	doc_column_set(t, 0, "women", "Kvinnor", 0);
	doc_column_set(t, 1, "men", "Män", 0);
	r = doc_row_add(t, "y2023", "2023", DOC_ROW_NORMAL);
	doc_cell_int(r, 0, 80);
	doc_cell_int(r, 1, 95);
	s = render(d, "text");
	assert_non_null(strstr(s, "Deltagare per år"));
	assert_non_null(strstr(s, "2023"));
	assert_non_null(strstr(s, "95"));
	free(s);
	s = render(d, "md");
	assert_non_null(strstr(s, "| 2023 | 80 | 95 |"));
	free(s);
	s = render(d, "csv");
	assert_null(strstr(s, "95"));
	free(s);
	s = render(d, "json");
	assert_null(strstr(s, "per_year"));
	free(s);
	doc_free(d);
}

/* A document grafted into another under a prefix keeps its JSON as one
 * object named by the prefix; without a prefix its keys stay as they are. */
static void test_graft(void **state)
{
	struct doc *d = doc_new("Årsredovisning"), *src = doc_new("Statistik"), *src2 = doc_new("Noter");
	struct doc_block *sec = doc_section_add(d, NULL, "Deltagare");
	struct doc_table *t = doc_table_add(src, NULL, DOC_TABLE_FIGURES, "enrolled", "Inskrivna", 2);
	struct doc_row *r;
	json_t *root;
	json_error_t jerr;
	char *s;

	(void)state;
	doc_meta_int(src, "year", 2024);
	doc_note_set(src, "Små grupper visas inte.");
	doc_column_set(t, 0, "all", "Alla", 0);
	doc_column_set(t, 1, "by_age.young", "Unga", 0);
	r = doc_row_add(t, "total", "Totalt", DOC_ROW_SUM);
	doc_cell_int(r, 0, 193);
	doc_cell_int(r, 1, 96);
	doc_graft(d, sec, src, "participants");
	doc_meta_int(src2, "total_remaining", 5);
	doc_graft(d, NULL, src2, NULL);
	assert_int_equal(sec->n_children, 2);      /* the table and the note */
	assert_string_equal(sec->children[1]->text, "Små grupper visas inte.");
	s = render(d, "json");
	root = json_loads(s, 0, &jerr);
	assert_non_null(root);
	expect_int(root, "participants.year", 2024);
	expect_int(root, "participants.enrolled.total", 193);
	expect_int(root, "participants.by_age.young.enrolled.total", 96);
	expect_int(root, "total_remaining", 5);
	json_decref(root);
	free(s);
	s = render(d, "text");
	assert_non_null(strstr(s, "Inskrivna"));
	free(s);
	doc_free(d);
}

static void test_errors(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "rows", NULL, 1);
	enum render_format f = RENDER_TEXT;
	struct err err;
	char *text = NULL;
	size_t len = 0;
	FILE *out;

	(void)state;
	assert_int_equal(render_format_parse("text", &f, &err), 0);
	assert_int_equal(f, RENDER_TEXT);
	assert_int_equal(render_format_parse("md", &f, &err), 0);
	assert_int_equal(f, RENDER_MD);
	assert_int_equal(render_format_parse("csv", &f, &err), 0);
	assert_int_equal(f, RENDER_CSV);
	assert_int_equal(render_format_parse("json", &f, &err), 0);
	assert_int_equal(f, RENDER_JSON);
	assert_int_equal(render_format_parse("xlsx", &f, &err), 0);
	assert_int_equal(f, RENDER_XLSX);
	assert_int_equal(render_format_binary(RENDER_XLSX), 1);
	assert_int_equal(render_format_binary(RENDER_CSV), 0);
	assert_int_equal(render_format_parse("xml", &f, &err), -1);
	assert_string_equal(err.msg, "okänt format 'xml' (välj text, json, csv, md, html, pdf eller xlsx)");
	assert_int_equal(render_format_parse("JSON", &f, &err), -1);
	assert_string_equal(err.msg, "okänt format 'JSON' (välj text, json, csv, md, html, pdf eller xlsx)");

	/* Text that is not UTF-8 cannot be written as JSON: an error, not
	 * a half-written document. */
	doc_column_set(t, 0, "name", "Namn", 0);
	doc_cell_text(doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL), 0, "K\xf6ping", NULL);
	out = open_memstream(&text, &len);
	assert_non_null(out);
	assert_int_equal(render_doc(d, RENDER_JSON, out, &err), -1);
	assert_string_equal(err.msg, "kan inte skriva JSON: värdet i kolumnen 'name' är inte giltig UTF-8");
	assert_int_equal(render_doc(d, (enum render_format)99, out, &err), -1);
	assert_string_equal(err.msg, "okänt utdataformat (nummer 99)");
	fclose(out);
	assert_string_equal(text, "");
	free(text);
	doc_free(d);
}


/* A checked document: final says "draft": false to programs and nothing
 * to people; a draft carries the mark first in every format and names the
 * failing checks; an unchecked one has no "draft" key. */
static void test_draft(void **state)
{
	struct doc *d = doc_new("Årsredovisning 2025");
	struct doc_table *t;
	json_t *root;
	char *s;

	(void)state;
	doc_meta_int(d, "year", 2025);
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "income_statement", "Resultaträkning", 1);
	doc_column_set(t, 0, "current", "2025", 2025);
	doc_cell_money(doc_row_add(t, "revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL), 0, 150000000);

	s = render(d, "json");
	assert_null(strstr(s, "draft"));
	free(s);

	doc_status_set(d, DOC_FINAL);
	s = render(d, "json");
	assert_non_null(strstr(s, "{\n  \"draft\": false,\n  \"year\": 2025,"));
	assert_null(strstr(s, "failing_checks"));
	free(s);
	s = render(d, "text");
	assert_null(strstr(s, "UTKAST"));
	assert_int_equal(strncmp(s, "Årsredovisning 2025\n", 21), 0);
	free(s);

	doc_status_set(d, DOC_DRAFT);
	doc_failing_add(d, "balance_sheet", "Balansräkningen balanserar");
	doc_failing_add(d, "accounts_mapped", "Varje konto med belopp finns i resultat- eller balansräkningen");
	s = render(d, "text");
	assert_int_equal(strncmp(s, DOC_DRAFT_MARK "\nKontroller som visar fel: Balansräkningen balanserar, Varje konto "
				    "med belopp\nfinns i resultat- eller balansräkningen.\n\nÅrsredovisning 2025\n",
				 strlen(DOC_DRAFT_MARK "\nKontroller som visar fel: Balansräkningen balanserar, Varje konto "
					"med belopp\nfinns i resultat- eller balansräkningen.\n\nÅrsredovisning 2025\n")),
			 0);
	free(s);
	s = render(d, "md");
	assert_int_equal(strncmp(s, "**" DOC_DRAFT_MARK "**: Balansräkningen balanserar, ", 40), 0);
	assert_non_null(strstr(s, "\n\n# Årsredovisning 2025\n"));
	free(s);
	s = render(d, "csv");
	assert_int_equal(strncmp(s, DOC_DRAFT_MARK "\r\n\r\ntabell;rad;text;2025\r\n",
				 strlen(DOC_DRAFT_MARK "\r\n\r\ntabell;rad;text;2025\r\n")),
			 0);
	free(s);
	s = render(d, "json");
	root = json_loads(s, 0, NULL);
	assert_non_null(root);
	assert_true(json_is_true(json_object_get(root, "draft")));
	assert_int_equal(json_array_size(json_object_get(root, "failing_checks")), 2);
	assert_string_equal(json_string_value(json_array_get(json_object_get(root, "failing_checks"), 1)),
			    "accounts_mapped");
	json_decref(root);
	free(s);
	s = render(d, "html");
	assert_non_null(strstr(s, "<title>" DOC_DRAFT_MARK ": Årsredovisning 2025</title>"));
	assert_non_null(strstr(s, "<p class=\"draft-mark\" id=\"draft-mark\" role=\"alert\">" DOC_DRAFT_MARK
				  "<span>Kontroller som visar fel: Balansräkningen balanserar, "));
	free(s);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_statements_text),
		cmocka_unit_test(test_statements_text_one_year),
		cmocka_unit_test(test_optional_row_with_previous_amount),
		cmocka_unit_test(test_statements_md),
		cmocka_unit_test(test_statements_csv),
		cmocka_unit_test(test_statements_json),
		cmocka_unit_test(test_check_text),
		cmocka_unit_test(test_check_json_md_csv),
		cmocka_unit_test(test_md_escaping),
		cmocka_unit_test(test_csv_quoting),
		cmocka_unit_test(test_every_cell_type),
		cmocka_unit_test(test_empty_document),
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_wrapping),
		cmocka_unit_test(test_list_wrapping),
		cmocka_unit_test(test_sections),
		cmocka_unit_test(test_json_audiences_and_nesting),
		cmocka_unit_test(test_people_only_column),
		cmocka_unit_test(test_chart),
		cmocka_unit_test(test_graft),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_draft),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
