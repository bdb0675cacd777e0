/*
 * pages_budget.c: the director's pages of the budget and of the förbund's
 * frame: the budget lines with their versions, a budget read in from the
 * Excel CSV, the interim report's forecasts, the members with their keys
 * to the grant, the board of a year, the year cycle and the fiscal years
 * (closed when the board has adopted the annual report, reopened with a
 * reason). Every role may read them; only an administrator changes them
 * (the route table), each change through its use case in app/, which
 * checks it and writes the audit log. A removal and the closing of a year
 * ask for a confirmation first.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "doc/doc.h"
#include "model/board.h"
#include "model/budget.h"
#include "model/budget_years.h"
#include "web/web_int.h"

/* ---- what the pages share ---- */

static int admin(const struct web_req *r)
{
	return r->sess.user.role == ROLE_ADMIN;
}

static void kr(char *buf, size_t n, int64_t ore)
{
	money_format(buf, n, ore, ore % MONEY_KR ? MONEY_STYLE_KR_ORE : MONEY_STYLE_KR);
}

/* Amounts in whole kronor, or with öre once one of them has öre. */
static void unit_for(struct doc *d, int64_t ore)
{
	if (ore % MONEY_KR)
		doc_unit_set(d, DOC_UNIT_KR_ORE);
}

/* ---- budget lines ---- */

static const char *const line_types[] = { "driftbidrag", "intäkt", "eget kapital", "kostnad", NULL };
static const char *const line_type_labels[] = { "Driftbidrag (medlemmarnas insats)", "Intäkt", "Eget kapital",
						 "Kostnad", NULL };

/* The type word the use case reads back into the line's kind. */
static const char *type_word(enum budget_kind k)
{
	switch (k) {
	case BUDGET_GRANT: return "driftbidrag";
	case BUDGET_REVENUE: return "intäkt";
	case BUDGET_EQUITY: return "eget kapital";
	default: return "kostnad";
	}
}

static const char *type_label(enum budget_kind k)
{
	switch (k) {
	case BUDGET_GRANT: return "Driftbidrag";
	case BUDGET_REVENUE: return "Intäkt";
	case BUDGET_EQUITY: return "Eget kapital";
	default: return "Kostnad";
	}
}

/* The address of a line's page: base?year=&type=&group=&name=. */
static void line_href(struct buf *b, const char *base, int year, const struct budget_line *l)
{
	buf_addf(b, "%s?year=%d&type=", base, year);
	web_url_esc(b, type_word(l->kind));
	buf_adds(b, "&group=");
	web_url_esc(b, l->group);
	buf_adds(b, "&name=");
	web_url_esc(b, l->name);
}

/* A line's fields; a line is changed in its last two (LINE_EDIT). */
static const struct page_field_decl line_fields[] = {
	FIELD_CHOICE("type", "Typ", line_types, line_type_labels),
	FIELD_TEXT("group", "Grupp (för en kostnad: kostnadsområdet, t.ex. Insatser; får vara tomt)"),
	FIELD_TEXT("name", "Rad (namnet i budgeten)"),
	FIELD_TEXT("amount", "Belopp i kronor (t.ex. 1 900 000)"),
	FIELD_TEXT("accounts", "Konton (t.ex. 4010-4019,4030; får vara tomt)"),
};
#define LINE_EDIT 3

/* The lines of budget b, with links to change and remove each when edit. */
static void lines_table(struct web_req *r, const struct budget *b, int year, int edit)
{
	struct doc *d;
	size_t i;
	struct doc_table *t = page_records_table(&d, "budget_lines", "Budgetens rader", edit ? 4 : 2);
	struct buf h1, h2, line;

	/* The line's kind and group under its name, so that a phone
	 * shows the amounts beside it. */
	doc_column_set(t, 0, "line", "Rad", 0);
	doc_column_set(t, 1, "amount", "Belopp, kr", year);
	if (edit)
		page_action_columns(t, 2);
	buf_init(&h1);
	buf_init(&h2);
	buf_init(&line);
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		buf_reset(&line);
		buf_addf(&line, "%s\n%s%s%s", l->name, type_label(l->kind), *l->group ? ": " : "", l->group);
		doc_cell_text(row, 0, line.s, NULL);
		doc_cell_money(row, 1, l->amount);
		unit_for(d, l->amount);
		if (edit) {
			buf_reset(&h1);
			buf_reset(&h2);
			line_href(&h1, "/budget/rad", year, l);
			line_href(&h2, "/budget/rad/ta-bort", year, l);
			page_actions(row, 2, h1.s, h2.s, l->name, NULL);
		}
	}
	buf_release(&h1);
	buf_release(&h2);
	buf_release(&line);
	page_doc_scroll(r, d, NULL, "budget-lines");
}

static void lines_page(struct web_req *r, int year, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	struct budget b;
	struct err err;
	int latest = 0, shown = (int)web_int(form_get(&r->query, "version"), 1, 9999);

	if (!pe)
		pe = &none;
	page_begin(r, "Budgetrader");
	page_notice(r);
	page_year_picker(r, "/budget/rader", year, "pick-year");
	web_printf(&r->out, "<p><a href=\"/budget?year=%d\">Budgeten och prognosen</a> · "
			    "<a href=\"/budget/prognoser?year=%d\">Prognoserna</a> · "
			    "<a href=\"/budget/flera-ar?from=%d\">Flera år</a> · "
			    "<a href=\"/rapporter/verksamhetsplan/%d\">Verksamhetsplanen</a>",
		   year, year, year, year);
	if (admin(r))
		buf_adds(&r->out, " · <a id=\"budget-import-link\" href=\"/budget/import\">Läs in en budget (CSV)</a>");
	buf_adds(&r->out, "</p>\n");
	if (app_budget_latest(r->st, year, &latest, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	if (shown < 0 || shown > latest)
		shown = latest;
	if (latest == 0) {
		web_printf(&r->out, "<p id=\"no-budget\">Det finns ingen budget för %d ännu. Lägg till en rad nedan eller "
				    "läs in en budget från en CSV-fil.</p>\n",
			   year);
	} else if (app_budget_load(r->st, year, shown, &b, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
	} else {
		web_printf(&r->out, "<h2 id=\"version\">Version %d%s%s%s</h2>\n", b.version, *b.label ? " – " : "",
			   b.label, b.version == latest ? " (gällande)" : " (tidigare version)");
		if (latest > 1) {
			int k;

			buf_adds(&r->out, "<p id=\"versions\">Versioner:");
			for (k = 1; k <= latest; k++)
				web_printf(&r->out, " <a href=\"/budget/rader?year=%d&amp;version=%d\"%s>%d%s</a>", year, k,
					   k == b.version ? " aria-current=page" : "", k, k == latest ? " (gällande)" : "");
			buf_adds(&r->out, "</p>\n");
		}
		lines_table(r, &b, year, admin(r) && b.version == latest);
		budget_release(&b);
	}
	if (!admin(r)) {
		page_end(r);
		return;
	}
	if (latest > 0) {
		web_printf(&r->out, "<h2>Revidera budgeten</h2>\n<p>En revidering sparar den gällande budgeten som en ny "
				    "version; ändringar görs sedan i den nya versionen och den tidigare finns kvar.</p>\n"
				    "<form id=\"revise-form\" method=\"post\" action=\"/budget/revidera\">\n");
		page_csrf(r);
		page_hidden_int(r, "year", year);
		page_field(r, "label", "Beskrivning (t.ex. Reviderad 2025-06-15)", "text", "",
			   page_errors_for(pe, "label"));
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"revise-submit\">Revidera</button></p>\n</form>\n");
	}
	web_printf(&r->out, "<h2 id=\"add-line\">Lägg till en budgetrad</h2>\n");
	page_errors_summary(r, pe);
	buf_adds(&r->out, "<form id=\"line-form\" method=\"post\" action=\"/budget/rader\">\n");
	page_csrf(r);
	page_hidden_int(r, "year", year);
	page_form_fields(r, line_fields, DOC_N(line_fields), NULL, pe, v);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"line-submit\">Lägg till</button></p>\n</form>\n");
	page_end(r);
}

void page_budget_lines(struct web_req *r)
{
	lines_page(r, page_year_of(r, &r->query), NULL, NULL);
}

void page_budget_line_add(struct web_req *r)
{
	const struct form *b = &r->body;
	int year = (int)web_int(form_get(b, "year"), 1990, 2200), added;
	const char *accounts = form_get(b, "accounts"), *type = form_get(b, "type");
	struct page_errors pe;
	struct err err;
	char path[64];

	page_errors_init(&pe);
	if (year < 0) {
		web_error(r, 400, "Året saknas.");
		return;
	}
	if (!page_require(&pe, &APP_BUDGET_LINE, b) && app_budget_set(r->st, year, type, form_get(b, "group"), form_get(b, "name"),
				    form_get(b, "amount"), accounts && *accounts ? accounts : NULL, &added, &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		lines_page(r, year, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/budget/rader?year=%d", year);
	page_done(r, path, added ? "Budgetraden är tillagd." : "Budgetraden är ändrad.");
}

/* The current line named by the form's year, type, group and name: 0 and
 * *out (a copy of its amount and accounts), or -1 after a 404 page. */
static int find_line(struct web_req *r, const struct form *f, int *year, int64_t *amount, char *accounts,
		     size_t n)
{
	const char *type = form_get(f, "type"), *group = form_get(f, "group"), *name = form_get(f, "name");
	struct budget b;
	struct err err;
	size_t i;
	int found = -1;

	*year = (int)web_int(form_get(f, "year"), 1990, 2200);
	if (*year < 0 || !type || !group || !name || app_budget_load(r->st, *year, 0, &b, &err) < 0) {
		web_error(r, 404, "Det finns ingen sådan budgetrad.");
		return -1;
	}
	for (i = 0; i < b.n && found < 0; i++) {
		if (strcmp(type_word(b.lines[i].kind), type) == 0 && strcmp(b.lines[i].group, group) == 0 &&
		    strcmp(b.lines[i].name, name) == 0) {
			*amount = b.lines[i].amount;
			snprintf(accounts, n, "%s", b.lines[i].accounts);
			found = 0;
		}
	}
	budget_release(&b);
	if (found < 0)
		web_error(r, 404, "Det finns ingen sådan budgetrad i den gällande budgeten.");
	return found;
}

static void line_form(struct web_req *r, const struct form *f, int year, int64_t amount, const char *accounts,
		      const struct page_errors *pe, const struct form *v)
{
	char money[48], y[16], cancel[48];
	const char *now[] = { money, accounts };
	const char *hide[] = { "year", y, "type", form_get(f, "type"), "group", form_get(f, "group"),
			       "name", form_get(f, "name"), NULL };
	struct buf intro;

	kr(money, sizeof(money), amount);
	snprintf(y, sizeof(y), "%d", year);
	snprintf(cancel, sizeof(cancel), "/budget/rader?year=%d", year);
	buf_init(&intro);
	web_printf(&intro, "<p>%s, %s%s%s, budgeten för %d.</p>\n", form_get(f, "name"), form_get(f, "type"),
		   *form_get(f, "group") ? ": " : "", form_get(f, "group"), year);
	page_edit(r,
		  &(struct page_edit){ "Ändra en budgetrad", intro.s, "line-edit", "/budget/rad", hide,
				       line_fields + LINE_EDIT, DOC_N(line_fields) - LINE_EDIT, now, cancel },
		  pe, v);
	buf_release(&intro);
}

void page_budget_line_form(struct web_req *r)
{
	int year;
	int64_t amount;
	char accounts[256];

	if (find_line(r, &r->query, &year, &amount, accounts, sizeof(accounts)) < 0)
		return;
	line_form(r, &r->query, year, amount, accounts, NULL, NULL);
}

void page_budget_line_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	int year, added;
	int64_t amount;
	char accounts[256], path[64];
	struct page_errors pe;
	struct err err;

	if (find_line(r, b, &year, &amount, accounts, sizeof(accounts)) < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_BUDGET_LINE, b) && app_budget_set(r->st, year, form_get(b, "type"), form_get(b, "group"), form_get(b, "name"),
				form_get(b, "amount"), form_get(b, "accounts") ? form_get(b, "accounts") : "", &added,
				&err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		line_form(r, b, year, amount, accounts, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/budget/rader?year=%d", year);
	page_done(r, path, "Budgetraden är ändrad.");
}

void page_budget_line_remove_form(struct web_req *r)
{
	const struct form *q = &r->query;
	int year;
	int64_t amount;
	char accounts[256], money[48];
	struct buf what;

	if (find_line(r, q, &year, &amount, accounts, sizeof(accounts)) < 0)
		return;
	kr(money, sizeof(money), amount);
	buf_init(&what);
	buf_addf(&what, "Raden %s (%s kr) tas bort ur den gällande budgeten för %d. Borttagningen står i loggen.",
		 form_get(q, "name"), money, year);
	page_confirm_begin(r, "Ta bort en budgetrad?", what.s, "/budget/rad/ta-bort");
	buf_release(&what);
	page_hidden_int(r, "year", year);
	page_hidden(r, "type", form_get(q, "type"));
	page_hidden(r, "group", form_get(q, "group"));
	page_hidden(r, "name", form_get(q, "name"));
	{
		char back[64];

		snprintf(back, sizeof(back), "/budget/rader?year=%d", year);
		page_confirm_end(r, "Ta bort", back);
	}
}

void page_budget_line_remove(struct web_req *r)
{
	const struct form *b = &r->body;
	int year;
	int64_t amount;
	char accounts[256], path[64];
	struct err err;

	if (find_line(r, b, &year, &amount, accounts, sizeof(accounts)) < 0)
		return;
	if (app_budget_remove_line(r->st, year, form_get(b, "type"), form_get(b, "group"), form_get(b, "name"),
				   &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/budget/rader?year=%d", year);
	page_done(r, path, "Budgetraden är borttagen.");
}

void page_budget_revise(struct web_req *r)
{
	const struct form *b = &r->body;
	int year = (int)web_int(form_get(b, "year"), 1990, 2200), version;
	struct page_errors pe;
	struct err err;
	char path[64];

	if (year < 0) {
		web_error(r, 400, "Året saknas.");
		return;
	}
	if (app_budget_revise(r->st, year, form_get(b, "label"), &version, &err) < 0) {
		page_errors_init(&pe);
		page_errors_add(&pe, "label", err.msg);
		r->status = 400;
		lines_page(r, year, &pe, NULL);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/budget/rader?year=%d", year);
	page_done(r, path, "Budgeten är reviderad.");
}

/* ---- the budgets of several years ---- */

/* The current budgets of several years side by side, the document of
 * `report budget --years`: the page's year and those of the two after it
 * that have a budget, or the years the form gives. A span the use case
 * refuses (backwards, too long, a year without budget) is said beside the
 * form, with what was typed. */
void page_budget_years(struct web_req *r)
{
	const struct form *q = &r->query;
	const char *from_s = form_get(q, "from"), *to_s = form_get(q, "to");
	long from = from_s && *from_s ? web_int(from_s, 1990, 2200) : page_year_of(r, q);
	long to = to_s && *to_s ? web_int(to_s, 1990, 2200) : from + 2;
	char from_v[16], to_v[16];
	struct page_errors pe;
	struct doc *d = NULL;
	struct err err;

	page_errors_init(&pe);
	if (from < 0)
		page_errors_add(&pe, "from", "Skriv det första året med fyra siffror, till exempel 2026");
	if (to < 0 && to_s && *to_s)
		page_errors_add(&pe, "to", "Skriv det sista året med fyra siffror, till exempel 2028");
	if (!pe.n && !(d = app_report_budget_years(r->st, (int)from, (int)to, !(to_s && *to_s), &err)))
		page_errors_add_err(&pe, &err);
	if (pe.n)
		r->status = 400;
	snprintf(from_v, sizeof(from_v), "%ld", from);
	snprintf(to_v, sizeof(to_v), "%ld", to);
	page_begin(r, "Budget för flera år");
	web_printf(&r->out, "<p>De gällande budgetarna för flera år i följd (högst %d), rad för rad, med medlemmarnas "
			    "andelar av driftbidraget varje år. <a href=\"/budget?year=%s\">Budgeten och prognosen</a></p>\n",
		   BUDGET_YEARS_MAX, from < 0 ? "" : from_v);
	page_errors_summary(r, &pe);
	buf_adds(&r->out, "<form class=\"filters\" id=\"budget-years-form\" method=\"get\" action=\"/budget/flera-ar\">\n");
	page_field(r, "from", "Från år", "text", from < 0 ? from_s : from_v, page_errors_for(&pe, "from"));
	page_field(r, "to", "Till år", "text", to < 0 && to_s ? to_s : to_v, page_errors_for(&pe, "to"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"budget-years-submit\">Visa</button></p>\n</form>\n");
	if (d)
		page_doc_scroll(r, d, NULL, "budget-years");
	page_errors_release(&pe);
	page_end(r);
}

/* ---- a budget read in from a CSV file ---- */

/* The form, and the import's errors (page_import_errors: error, the bad
 * rows, the temporary path shown as name). */
static void import_page(struct web_req *r, const char *error, const struct app_import_errors *rows,
			const char *path, const char *name)
{
	page_begin(r, "Läs in en budget");
	if (error)
		page_import_errors(r, "import-errors", error, rows, path, name);
	buf_adds(&r->out, "<p>En budget som Excel sparar den, som CSV med semikolon: en rubrikrad med kolumnerna år, typ, "
			  "grupp, rad, belopp och gärna konton, och en rad per budgetrad. Varje rad prövas; har filen ett "
			  "enda fel sparas ingenting. Ett år som redan har en budget får den gällande versionen ersatt, "
			  "eller en ny version om du kryssar i Ny version.</p>\n"
			  "<form id=\"budget-import-form\" method=\"post\" action=\"/budget/import\" "
			  "enctype=\"multipart/form-data\">\n");
	page_csrf(r);
	buf_adds(&r->out, error ? "<p class=\"field has-error\">" : "<p class=\"field\">");
	buf_adds(&r->out, "<label for=\"file\">Budgeten (CSV)</label>\n"
			  "<input type=\"file\" id=\"file\" name=\"file\" accept=\".csv,text/csv\"");
	buf_adds(&r->out, error ? " aria-invalid=\"true\" aria-describedby=\"file-error\">" : ">");
	if (error)
		buf_adds(&r->out, "<span class=\"field-error\" id=\"file-error\">Rätta filen efter felen ovan och välj "
				  "den igen.</span>");
	buf_adds(&r->out, "</p>\n");
	buf_adds(&r->out, "<p class=\"check\"><input type=\"checkbox\" id=\"revise\" name=\"revise\" value=\"1\"> "
			  "<label for=\"revise\">Ny version (en revidering; den tidigare versionen finns kvar)</label></p>\n");
	page_field(r, "label", "Beskrivning (t.ex. Beslutad 2025-11-20)", "text", "", NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"budget-import-submit\">Läs in</button></p>\n</form>\n");
	page_end(r);
}

void page_budget_import_form(struct web_req *r)
{
	import_page(r, NULL, NULL, NULL, NULL);
}

void page_budget_import(struct web_req *r)
{
	struct app_budget_result res;
	struct app_import_errors rows;
	struct err err;
	struct web_upload u;
	char to[64];
	const char *label = form_get(&r->body, "label");
	int rc;

	if (!r->file.data || r->file.len == 0) {
		r->status = 400;
		import_page(r, "Välj en CSV-fil att läsa in.", NULL, NULL, NULL);
		return;
	}
	if (web_upload_save(r, &u, "budget.csv") < 0) {
		web_error(r, 500, "Filen kunde inte tas emot.");
		return;
	}
	app_import_errors_init(&rows);
	rc = app_budget_import_rows(r->st, u.path, web_upload_name(r, "budget.csv"), form_get(&r->body, "revise") != NULL,
				    label && *label ? label : NULL, &res, &rows, &err);
	web_upload_gone(&u);
	if (rc < 0) {
		r->status = 400;
		import_page(r, err.msg, &rows, u.path, web_upload_name(r, "budgeten"));
		app_import_errors_release(&rows);
		return;
	}
	app_import_errors_release(&rows);
	snprintf(to, sizeof(to), "/budget/rader?year=%d", res.n ? res.years[0] : web_this_year());
	page_done(r, to, "Budgeten är inläst.");
}

/* ---- the forecasts of the interim report ---- */

static void forecasts_page(struct web_req *r, int year)
{
	struct app_forecast *f = NULL;
	size_t n = 0, i;
	struct err err;

	page_begin(r, "Prognoser");
	page_notice(r);
	page_year_picker(r, "/budget/prognoser", year, "pick-year");
	web_printf(&r->out, "<p>Prognoserna för helåret som delårsrapporten visar i stället för budgeten. En ny prognos "
			    "sätts i formuläret på <a href=\"/budget?year=%d#forecast\">budgetsidan</a>.</p>\n",
		   year);
	if (app_forecast_list(r->st, year, &f, &n, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	if (n == 0) {
		web_printf(&r->out, "<p id=\"no-forecasts\">Ingen prognos är satt för %d.</p>\n", year);
	} else {
		struct doc *d;
		struct doc_table *t = page_records_table(&d, "forecasts", "Satta prognoser", admin(r) ? 5 : 3);
		struct buf h1, h2;

		doc_column_set(t, 0, "area", "Område", 0);
		doc_column_set(t, 1, "amount", "Prognos, kr", year);
		doc_column_set(t, 2, "comment", "Kommentar", 0);
		if (admin(r))
			page_action_columns(t, 3);
		buf_init(&h1);
		buf_init(&h2);
		for (i = 0; i < n; i++) {
			struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

			doc_cell_text(row, 0, f[i].area, NULL);
			doc_cell_money(row, 1, f[i].amount);
			unit_for(d, f[i].amount);
			doc_cell_text(row, 2, f[i].comment, NULL);
			if (!admin(r))
				continue;
			buf_reset(&h1);
			buf_addf(&h1, "/budget/prognoser/andra?year=%d&area=", year);
			web_url_esc(&h1, f[i].area);
			buf_reset(&h2);
			buf_addf(&h2, "/budget/prognoser/ta-bort?year=%d&area=", year);
			web_url_esc(&h2, f[i].area);
			page_actions(row, 3, h1.s, h2.s, f[i].area, NULL);
		}
		buf_release(&h1);
		buf_release(&h2);
		page_doc_scroll(r, d, NULL, "forecast-list");
	}
	free(f);
	page_end(r);
}

void page_forecasts(struct web_req *r)
{
	forecasts_page(r, page_year_of(r, &r->query));
}

/* The forecast of the form's year and area: 0 with it in *out, or -1
 * after a 404 page. */
static int find_forecast(struct web_req *r, const struct form *f, int *year, struct app_forecast *out)
{
	const char *area = form_get(f, "area");
	struct app_forecast *all = NULL;
	size_t n = 0, i;
	struct err err;
	int rc = -1;

	*year = (int)web_int(form_get(f, "year"), 1990, 2200);
	if (*year > 0 && area && app_forecast_list(r->st, *year, &all, &n, &err) == 0) {
		for (i = 0; i < n && rc < 0; i++)
			if (strcmp(all[i].area, area) == 0) {
				*out = all[i];
				rc = 0;
			}
	}
	free(all);
	if (rc < 0)
		web_error(r, 404, "Det finns ingen sådan prognos.");
	return rc;
}

static const struct page_field_decl forecast_fields[] = {
	FIELD_TEXT("amount", "Prognos för helåret i kronor"),
	FIELD_TEXT("comment", "Kommentar"),
};

static void forecast_form(struct web_req *r, int year, const struct app_forecast *f, const struct page_errors *pe,
			  const struct form *v)
{
	char money[48], y[16], cancel[48];
	const char *now[] = { money, f->comment };
	const char *hide[] = { "year", y, "area", f->area, NULL };
	struct buf intro;

	kr(money, sizeof(money), f->amount);
	snprintf(y, sizeof(y), "%d", year);
	snprintf(cancel, sizeof(cancel), "/budget/prognoser?year=%d", year);
	buf_init(&intro);
	web_printf(&intro, "<p>Prognosen för %s, %d. En kostnad kan skrivas med eller utan minustecken.</p>\n", f->area,
		   year);
	page_edit(r,
		  &(struct page_edit){ "Ändra en prognos", intro.s, "forecast-edit", "/budget/prognoser/andra", hide,
				       forecast_fields, DOC_N(forecast_fields), now, cancel },
		  pe, v);
	buf_release(&intro);
}

void page_forecast_form(struct web_req *r)
{
	struct app_forecast f;
	int year;

	if (find_forecast(r, &r->query, &year, &f) < 0)
		return;
	forecast_form(r, year, &f, NULL, NULL);
}

void page_forecast_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_forecast f;
	struct page_errors pe;
	struct err err;
	int year;
	char path[64];

	if (find_forecast(r, b, &year, &f) < 0)
		return;
	page_errors_init(&pe);
	if (!form_get(b, "amount") || !*form_get(b, "amount"))
		page_errors_add(&pe, "amount", "Skriv prognosen i kronor (eller ta bort prognosen)");
	else if (app_forecast_set(r->st, year, f.area, form_get(b, "amount"), form_get(b, "comment"), &err) < 0)
		page_errors_add(&pe, "amount", err.msg);
	if (pe.n) {
		r->status = 400;
		forecast_form(r, year, &f, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/budget/prognoser?year=%d", year);
	page_done(r, path, "Prognosen är sparad.");
}

void page_forecast_remove_form(struct web_req *r)
{
	struct app_forecast f;
	struct buf what;
	int year;
	char back[64];

	if (find_forecast(r, &r->query, &year, &f) < 0)
		return;
	buf_init(&what);
	buf_addf(&what, "Prognosen för %s %d tas bort; delårsrapporten visar då budgeten (eller det bokförda där det "
			"är mer). Borttagningen står i loggen.",
		 f.area, year);
	page_confirm_begin(r, "Ta bort en prognos?", what.s, "/budget/prognoser/ta-bort");
	buf_release(&what);
	page_hidden_int(r, "year", year);
	page_hidden(r, "area", f.area);
	snprintf(back, sizeof(back), "/budget/prognoser?year=%d", year);
	page_confirm_end(r, "Ta bort", back);
}

void page_forecast_remove(struct web_req *r)
{
	struct app_forecast f;
	struct err err;
	int year;
	char path[64];

	if (find_forecast(r, &r->body, &year, &f) < 0)
		return;
	if (app_forecast_set(r->st, year, f.area, NULL, NULL, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/budget/prognoser?year=%d", year);
	page_done(r, path, "Prognosen är borttagen.");
}

/* ---- members ---- */

static const char *const member_kinds[] = { "stat", "region", "kommun", NULL };
static const char *const member_kind_labels[] = { "Staten", "Region", "Kommun", NULL };

static const struct page_field_decl member_add_fields[] = {
	FIELD_TEXT("name", "Namn"),
	FIELD_CHOICE("kind", "Sort", member_kinds, member_kind_labels),
	FIELD_TEXT("key", "Fördelningsnyckel (ett positivt heltal, t.ex. invånarantalet)"),
};
static const struct page_field_decl member_fields[] = {
	FIELD_TEXT("name", "Namn"),
	FIELD_CHOICE("kind", "Sort", member_kinds, member_kind_labels),
	FIELD_TEXT("key", "Fördelningsnyckel (ett positivt heltal)"),
};

/* The members, each with its kind and key under its name (so that a
 * phone shows the parts beside them), its part of the year's grant when
 * there are parts, and the links to change and remove it. */
static void members_table(struct web_req *r, const struct member *m, size_t n, const int64_t *parts, int year)
{
	size_t cols = 1 + (parts != NULL), i;
	struct doc *d;
	struct doc_table *t = page_records_table(&d, "members", "Förbundets medlemmar", cols + (admin(r) ? 2 : 0));
	char col[48], href[48], remove[48];
	struct buf line;

	buf_init(&line);
	doc_column_set(t, 0, "member", "Medlem, sort och nyckel", 0);
	if (parts) {
		snprintf(col, sizeof(col), "Andel av bidraget %d, kr", year);
		doc_column_set(t, 1, "part", col, year);
	}
	if (admin(r))
		page_action_columns(t, cols);
	for (i = 0; i < n; i++) {
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		buf_reset(&line);
		buf_addf(&line, "%s\n%s, nyckel %lld", m[i].name, member_kind_labels[m[i].kind], (long long)m[i].key);
		doc_cell_text(row, 0, line.s, NULL);
		if (parts) {
			doc_cell_money(row, 1, parts[i]);
			unit_for(d, parts[i]);
		}
		if (admin(r)) {
			snprintf(href, sizeof(href), "/medlemmar/%lld", (long long)m[i].id);
			snprintf(remove, sizeof(remove), "/medlemmar/%lld/ta-bort", (long long)m[i].id);
			page_actions(row, cols, href, remove, m[i].name, NULL);
		}
	}
	buf_release(&line);
	page_doc_scroll(r, d, NULL, "member-list");
}

static void members_page(struct web_req *r, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	struct member *m = NULL;
	int64_t *parts = NULL;
	size_t n = 0;
	struct err err;
	int year = page_year_of(r, &r->query), has_budget = 0;

	if (!pe)
		pe = &none;
	page_begin(r, "Medlemmar");
	page_notice(r);
	if (app_member_list(r->st, &m, &n, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	page_year_picker(r, "/medlemmar", year, "pick-year");
	buf_adds(&r->out, "<p>Driftbidraget delas med hälften på staten och en fjärdedel var på regionen och "
			  "kommunerna; inom varje sort efter medlemmarnas fördelningsnycklar (t.ex. invånarantalet).</p>\n");
	if (app_member_contributions(r->st, year, m, n, &parts, &has_budget, &err) < 0)
		web_printf(&r->out, "<p class=\"error\" id=\"share-error\">%s</p>\n", err.msg);
	else if (!has_budget)
		web_printf(&r->out, "<p>Det finns ingen budget för %d att fördela.</p>\n", year);
	members_table(r, m, n, parts, year);
	free(parts);
	free(m);
	if (admin(r)) {
		buf_adds(&r->out, "<h2 id=\"add-member\">Lägg till en medlem</h2>\n");
		page_errors_summary(r, pe);
		buf_adds(&r->out, "<form id=\"member-form\" method=\"post\" action=\"/medlemmar\">\n");
		page_csrf(r);
		page_form_fields(r, member_add_fields, DOC_N(member_add_fields), (const char *const[]){ "", NULL, "1" }, pe, v);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"member-submit\">Lägg till</button></p>\n</form>\n");
	}
	page_end(r);
}

void page_members(struct web_req *r)
{
	members_page(r, NULL, NULL);
}

void page_member_add(struct web_req *r)
{
	const struct form *b = &r->body;
	struct page_errors pe;
	struct member m;
	struct err err;

	page_errors_init(&pe);
	if (page_require(&pe, &APP_MEMBER, b) ||
	    app_member_add(r->st, form_get(b, "name"), form_get(b, "kind"), form_get(b, "key"), &m, &err) < 0) {
		if (!pe.n)
			page_errors_add_err(&pe, &err);
		r->status = 400;
		members_page(r, &pe, b);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/medlemmar", "Medlemmen är tillagd.");
}

/* The member of params[0]: 0, or -1 after a 404 page. */
static int find_member(struct web_req *r, struct member *out)
{
	struct member *m = NULL;
	size_t n = 0, i;
	struct err err;
	long id = web_int(r->params[0], 1, 999999999);
	int rc = -1;

	if (id > 0 && app_member_list(r->st, &m, &n, &err) == 0)
		for (i = 0; i < n && rc < 0; i++)
			if (m[i].id == id) {
				*out = m[i];
				rc = 0;
			}
	free(m);
	if (rc < 0)
		web_error(r, 404, "Det finns ingen sådan medlem.");
	return rc;
}

static void member_form(struct web_req *r, const struct member *m, const struct page_errors *pe,
			const struct form *v)
{
	char key[32], action[64];
	const char *now[] = { m->name, member_kinds[m->kind], key };

	snprintf(key, sizeof(key), "%lld", (long long)m->key);
	snprintf(action, sizeof(action), "/medlemmar/%lld", (long long)m->id);
	page_edit(r,
		  &(struct page_edit){ "Ändra en medlem",
				       "<p>En ändrad nyckel eller sort ändrar fördelningen av driftbidraget i varje års "
				       "budget.</p>\n",
				       "member-edit", action, NULL, member_fields, DOC_N(member_fields), now,
				       "/medlemmar" },
		  pe, v);
}

void page_member_form(struct web_req *r)
{
	struct member m;

	if (find_member(r, &m) == 0)
		member_form(r, &m, NULL, NULL);
}

void page_member_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct member m;
	struct page_errors pe;
	struct err err;

	if (find_member(r, &m) < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_MEMBER, b) && app_member_edit(r->st, r->params[0], form_get(b, "name") ? form_get(b, "name") : "",
				 form_get(b, "kind"), form_get(b, "key") ? form_get(b, "key") : "", &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		member_form(r, &m, &pe, b);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/medlemmar", "Medlemmen är ändrad.");
}

void page_member_remove_form(struct web_req *r)
{
	struct member m;
	struct buf what;
	char action[64];

	if (find_member(r, &m) < 0)
		return;
	buf_init(&what);
	buf_addf(&what, "%s tas bort ur förbundets medlemmar, och driftbidraget fördelas på de andra i varje års "
			"budget. Borttagningen står i loggen.",
		 m.name);
	snprintf(action, sizeof(action), "/medlemmar/%lld/ta-bort", (long long)m.id);
	page_confirm_begin(r, "Ta bort en medlem?", what.s, action);
	buf_release(&what);
	page_confirm_end(r, "Ta bort", "/medlemmar");
}

void page_member_remove(struct web_req *r)
{
	struct member m;
	struct err err;

	if (find_member(r, &m) < 0)
		return;
	if (app_member_remove(r->st, r->params[0], &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	page_done(r, "/medlemmar", "Medlemmen är borttagen.");
}

/* ---- the board ---- */

static const char *const board_roles[] = { "ordförande", "vice ordförande", "ledamot", "ersättare", NULL };
static const char *const board_role_labels[] = { "Ordförande", "Vice ordförande", "Ledamot", "Ersättare", NULL };

/* A member of the board's fields; one is added to the year of the page
 * (BOARD_ADD: without the year). */
static const struct page_field_decl board_fields[] = {
	FIELD_TEXT("year", "År"),
	FIELD_TEXT("name", "Namn"),
	FIELD_CHOICE("role", "Roll", board_roles, board_role_labels),
	FIELD_TEXT("appointed_by", "Utsedd av (medlemmen)"),
};
#define BOARD_ADD 1

static void board_page(struct web_req *r, int year, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	struct board_member *b = NULL;
	size_t n = 0, i;
	struct err err;

	if (!pe)
		pe = &none;
	page_begin(r, "Styrelsen");
	page_notice(r);
	page_year_picker(r, "/styrelse", year, "pick-year");
	if (app_board_list(r->st, year, &b, &n, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	web_printf(&r->out, "<p>Styrelsen %d som årsredovisningen räknar upp. <a href=\"/rapporter/arsredovisning/%d\">"
			    "Årsredovisningen %d</a></p>\n",
		   year, year, year);
	if (n == 0) {
		web_printf(&r->out, "<p id=\"no-board\">Ingen ledamot är registrerad för %d.</p>\n", year);
	} else {
		struct doc *d;
		struct doc_table *t = page_records_table(&d, "board", "Ledamöter", admin(r) ? 5 : 3);

		doc_column_set(t, 0, "name", "Namn", 0);
		doc_column_set(t, 1, "role", "Roll", 0);
		doc_column_set(t, 2, "appointed_by", "Utsedd av", 0);
		if (admin(r))
			page_action_columns(t, 3);
		for (i = 0; i < n; i++) {
			struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
			char href[48], remove[48];

			doc_cell_text(row, 0, b[i].name, NULL);
			doc_cell_text(row, 1, board_role_labels[b[i].role < BOARD_ROLE__MAX ? b[i].role : BOARD_MEMBER], NULL);
			doc_cell_text(row, 2, b[i].appointed_by, NULL);
			if (!admin(r))
				continue;
			snprintf(href, sizeof(href), "/styrelse/%lld", (long long)b[i].id);
			snprintf(remove, sizeof(remove), "/styrelse/%lld/ta-bort", (long long)b[i].id);
			page_actions(row, 3, href, remove, b[i].name, NULL);
		}
		page_doc_scroll(r, d, NULL, "board-list");
	}
	free(b);
	if (admin(r)) {
		buf_adds(&r->out, "<h2 id=\"add-board\">Lägg till en ledamot</h2>\n");
		page_errors_summary(r, pe);
		buf_adds(&r->out, "<form id=\"board-form\" method=\"post\" action=\"/styrelse\">\n");
		page_csrf(r);
		page_hidden_int(r, "year", year);
		page_form_fields(r, board_fields + BOARD_ADD, DOC_N(board_fields) - BOARD_ADD, NULL, pe, v);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"board-submit\">Lägg till</button></p>\n</form>\n");
	}
	page_end(r);
}

void page_board(struct web_req *r)
{
	board_page(r, page_year_of(r, &r->query), NULL, NULL);
}

void page_board_add(struct web_req *r)
{
	const struct form *b = &r->body;
	int year = (int)web_int(form_get(b, "year"), 1990, 2200);
	struct page_errors pe;
	struct err err;
	char path[64];

	if (year < 0) {
		web_error(r, 400, "Året saknas.");
		return;
	}
	page_errors_init(&pe);
	if (page_require(&pe, &APP_BOARD_MEMBER, b) ||
	    app_board_add(r->st, year, form_get(b, "name"), form_get(b, "role"), form_get(b, "appointed_by"), &err) < 0) {
		if (!pe.n)
			page_errors_add_err(&pe, &err);
		r->status = 400;
		board_page(r, year, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/styrelse?year=%d", year);
	page_done(r, path, "Ledamoten är tillagd.");
}

static int find_board(struct web_req *r, struct board_member *out)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_board_get(r->st, id, out, &err) < 0) {
		web_error(r, 404, "Det finns ingen sådan ledamot.");
		return -1;
	}
	return 0;
}

static void board_form(struct web_req *r, const struct board_member *m, const struct page_errors *pe,
		       const struct form *v)
{
	char year[16], action[64], cancel[48];
	const char *now[] = { year, m->name, board_roles[m->role < BOARD_ROLE__MAX ? m->role : BOARD_MEMBER],
			      m->appointed_by };

	snprintf(year, sizeof(year), "%d", m->year);
	snprintf(action, sizeof(action), "/styrelse/%lld", (long long)m->id);
	snprintf(cancel, sizeof(cancel), "/styrelse?year=%d", m->year);
	page_edit(r,
		  &(struct page_edit){ "Ändra en ledamot", NULL, "board-edit", action, NULL, board_fields,
				       DOC_N(board_fields), now, cancel },
		  pe, v);
}

void page_board_form(struct web_req *r)
{
	struct board_member m;

	if (find_board(r, &m) == 0)
		board_form(r, &m, NULL, NULL);
}

void page_board_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct board_member m;
	struct page_errors pe;
	struct err err;
	long year = web_int(form_get(b, "year"), 1990, 2200);
	char path[64];

	if (find_board(r, &m) < 0)
		return;
	page_errors_init(&pe);
	if (year < 0)
		page_errors_add(&pe, "year", "Skriv året med fyra siffror");
	page_require(&pe, &APP_BOARD_MEMBER, b);
	if (!pe.n && app_board_edit(r->st, m.id, (int)year, form_get(b, "name") ? form_get(b, "name") : "",
				    form_get(b, "role"), form_get(b, "appointed_by") ? form_get(b, "appointed_by") : "",
				    &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		board_form(r, &m, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/styrelse?year=%ld", year);
	page_done(r, path, "Ledamoten är ändrad.");
}

void page_board_remove_form(struct web_req *r)
{
	struct board_member m;
	struct buf what;
	char action[64], back[64];

	if (find_board(r, &m) < 0)
		return;
	buf_init(&what);
	buf_addf(&what, "%s tas bort ur styrelsen %d (och ur årsredovisningen). Borttagningen står i loggen.", m.name,
		 m.year);
	snprintf(action, sizeof(action), "/styrelse/%lld/ta-bort", (long long)m.id);
	snprintf(back, sizeof(back), "/styrelse?year=%d", m.year);
	page_confirm_begin(r, "Ta bort en ledamot?", what.s, action);
	buf_release(&what);
	page_confirm_end(r, "Ta bort", back);
}

void page_board_remove(struct web_req *r)
{
	struct board_member m;
	struct err err;
	char path[64];

	if (find_board(r, &m) < 0)
		return;
	if (app_board_remove(r->st, m.id, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/styrelse?year=%d", m.year);
	page_done(r, path, "Ledamoten är borttagen.");
}

/* ---- the year cycle ---- */

static const char *const event_kinds[] = { "styrelse", "utvecklingsgrupp", "medlemssamråd", "deadline", "övrigt",
					   NULL };
static const char *const event_kind_labels[] = { "Styrelsemöte", "Utvecklingsgruppen", "Medlemssamråd",
						 "Sista dag (deadline)", "Övrigt", NULL };

static const struct page_field_decl event_fields[] = {
	FIELD_TEXT("date", "Datum (ÅÅÅÅ-MM-DD)"),
	FIELD_CHOICE("kind", "Sort", event_kinds, event_kind_labels),
	FIELD_TEXT("title", "Rubrik"),
};

/* The year's events, each with its kind under its title ("hållet" after
 * it when a recorded meeting held it); the entered ones with links to
 * change and remove them, the fixed ones said to be, a meeting no event
 * planned leading to the meetings. */
static void events_table(struct web_req *r, const struct event *ev, size_t n)
{
	struct doc *d;
	struct doc_table *t = page_records_table(&d, "events", "Årshjulet", admin(r) ? 4 : 2);
	char href[48], remove[48];
	struct buf line;
	size_t i;

	buf_init(&line);
	doc_column_set(t, 0, "date", "Datum", 0);
	doc_column_set(t, 1, "event", "Händelse", 0);
	if (admin(r))
		page_action_columns(t, 2);
	for (i = 0; i < n; i++) {
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		buf_reset(&line);
		buf_addf(&line, "%s\n%s%s", ev[i].title, event_kind_labels[ev[i].kind < EVENT__MAX ? ev[i].kind : EVENT_OTHER],
			 ev[i].held ? ", hållet" : "");
		doc_cell_date(row, 0, ev[i].date);
		doc_cell_text(row, 1, line.s, NULL);
		if (!admin(r))
			continue;
		if (ev[i].id > 0 && !ev[i].derived) {
			snprintf(href, sizeof(href), "/arshjul/%lld", (long long)ev[i].id);
			snprintf(remove, sizeof(remove), "/arshjul/%lld/ta-bort", (long long)ev[i].id);
			page_actions(row, 2, href, remove, ev[i].title, NULL);
		} else if (ev[i].id == 0 && !ev[i].derived) {
			/* A meeting recorded that no event planned. */
			snprintf(href, sizeof(href), "/sammantraden?year=%d", ev[i].date.y);
			doc_cell_text_link(row, 2, "sammanträde", href);
		} else {
			doc_cell_text(row, 2, "fast", NULL);
		}
	}
	buf_release(&line);
	page_doc_scroll(r, d, NULL, "event-list");
}

static void cycle_page(struct web_req *r, int year, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	struct event *ev = NULL;
	size_t n = 0, i, upcoming = 0;
	struct date today = date_today();
	struct err err;
	char d[11];

	if (!pe)
		pe = &none;
	page_begin(r, "Årshjulet");
	page_notice(r);
	page_year_picker(r, "/arshjul", year, "pick-year");
	if (app_calendar_events_at(r->st, year, today, &ev, &n, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	buf_adds(&r->out, "<h2 id=\"deadlines\">Kommande sista dagar</h2>\n<ul id=\"upcoming\">\n");
	for (i = 0; i < n; i++) {
		if (ev[i].kind != EVENT_DEADLINE || date_cmp(ev[i].date, today) < 0 || upcoming == 5)
			continue;
		web_printf(&r->out, "<li>%s: %s</li>\n", date_format(d, ev[i].date), ev[i].title);
		upcoming++;
	}
	if (!upcoming)
		web_printf(&r->out, "<li>Ingen sista dag återstår %d.</li>\n", year);
	buf_adds(&r->out, "</ul>\n");
	web_printf(&r->out, "<h2>Året %d</h2>\n<p>Händelserna som förbundet har lagt in och de fasta sista dagarna "
			    "(som inte kan ändras här). Ett möte som har ett protokollfört sammanträde samma dag står "
			    "som hållet, och ett sammanträde som inte var planerat visas också.</p>\n",
		   year);
	events_table(r, ev, n);
	free(ev);
	web_printf(&r->out, "<p><a href=\"/rapporter/verksamhetsplan/%d\">Verksamhetsplanen %d</a> visar årshjulet.</p>\n",
		   year, year);
	if (admin(r)) {
		buf_adds(&r->out, "<h2 id=\"add-event\">Lägg till en händelse</h2>\n");
		page_errors_summary(r, pe);
		buf_adds(&r->out, "<form id=\"event-form\" method=\"post\" action=\"/arshjul\">\n");
		page_csrf(r);
		page_form_fields(r, event_fields, DOC_N(event_fields), NULL, pe, v);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"event-submit\">Lägg till</button></p>\n</form>\n");
	}
	page_end(r);
}

void page_cycle(struct web_req *r)
{
	cycle_page(r, page_year_of(r, &r->query), NULL, NULL);
}

void page_cycle_add(struct web_req *r)
{
	const struct form *b = &r->body;
	struct page_errors pe;
	struct err err;
	struct date d;
	char path[64];
	int year = web_this_year();

	page_errors_init(&pe);
	page_require(&pe, &APP_EVENT, b);
	if (form_get(b, "date") && date_parse(form_get(b, "date"), &d, NULL) == 0)
		year = d.y;
	if (!pe.n && app_calendar_add(r->st, form_get(b, "date"), form_get(b, "kind"), form_get(b, "title"), &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		cycle_page(r, year, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/arshjul?year=%d", year);
	page_done(r, path, "Händelsen är tillagd.");
}

static int find_event(struct web_req *r, struct event *out)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_calendar_get(r->st, id, out, &err) < 0) {
		web_error(r, 404, "Det finns ingen sådan händelse.");
		return -1;
	}
	return 0;
}

static void event_form(struct web_req *r, const struct event *e, const struct page_errors *pe,
		       const struct form *v)
{
	char d[11], action[64], cancel[48];
	const char *now[] = { date_format(d, e->date), event_kinds[e->kind < EVENT__MAX ? e->kind : EVENT_OTHER],
			      e->title };

	snprintf(action, sizeof(action), "/arshjul/%lld", (long long)e->id);
	snprintf(cancel, sizeof(cancel), "/arshjul?year=%d", e->date.y);
	page_edit(r,
		  &(struct page_edit){ "Ändra en händelse", NULL, "event-edit", action, NULL, event_fields,
				       DOC_N(event_fields), now, cancel },
		  pe, v);
}

void page_cycle_form(struct web_req *r)
{
	struct event e;

	if (find_event(r, &e) == 0)
		event_form(r, &e, NULL, NULL);
}

void page_cycle_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct event e;
	struct page_errors pe;
	struct err err;
	struct date d;
	char path[64];

	if (find_event(r, &e) < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_EVENT, b) && app_calendar_edit(r->st, e.id, form_get(b, "date") ? form_get(b, "date") : "", form_get(b, "kind"),
				       form_get(b, "title") ? form_get(b, "title") : "", &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		event_form(r, &e, &pe, b);
		page_errors_release(&pe);
		return;
	}
	d = e.date;
	date_parse(form_get(b, "date"), &d, NULL);
	snprintf(path, sizeof(path), "/arshjul?year=%d", d.y);
	page_done(r, path, "Händelsen är ändrad.");
}

void page_cycle_remove_form(struct web_req *r)
{
	struct event e;
	struct buf what;
	char action[64], back[64], d[11];

	if (find_event(r, &e) < 0)
		return;
	buf_init(&what);
	buf_addf(&what, "%s den %s tas bort ur årshjulet. Borttagningen står i loggen.", e.title, date_format(d, e.date));
	snprintf(action, sizeof(action), "/arshjul/%lld/ta-bort", (long long)e.id);
	snprintf(back, sizeof(back), "/arshjul?year=%d", e.date.y);
	page_confirm_begin(r, "Ta bort en händelse?", what.s, action);
	buf_release(&what);
	page_confirm_end(r, "Ta bort", back);
}

void page_cycle_remove(struct web_req *r)
{
	struct event e;
	struct err err;
	char path[64];

	if (find_event(r, &e) < 0)
		return;
	if (app_calendar_remove(r->st, e.id, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/arshjul?year=%d", e.date.y);
	page_done(r, path, "Händelsen är borttagen.");
}

/* ---- the fiscal years ---- */

void page_years(struct web_req *r)
{
	struct app_year *y = NULL;
	struct doc *d;
	struct doc_table *t;
	size_t n = 0, i;
	struct err err;
	char d1[11], d2[11];

	page_begin(r, "Åren");
	page_notice(r);
	if (app_years(r->st, &y, &n, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	buf_adds(&r->out, "<p>Ett år stängs när förbundsstyrelsen har fastställt årsredovisningen; därefter kan "
			  "ingenting som årets dokument bygger på ändras. Ett stängt år kan öppnas igen med ett skäl, "
			  "som sparas i loggen.</p>\n");
	t = page_records_table(&d, "years", "Räkenskapsåren", admin(r) ? 4 : 3);
	doc_column_set(t, 0, "year", "År", 0);
	doc_column_set(t, 1, "content", "Innehåll", 0);
	doc_column_set(t, 2, "status", "Status", 0);
	if (admin(r))
		doc_column_set(t, 3, "change", "Ändra", 0);
	for (i = 0; i < n; i++) {
		const struct app_year *a = &y[i];
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		char text[64], href[48], about[8];

		snprintf(about, sizeof(about), "%d", a->year);
		snprintf(text, sizeof(text), "year-%d", a->year);
		doc_row_id(row, text);
		doc_cell_text(row, 0, about, NULL);
		text[0] = '\0';
		if (a->has_books)
			snprintf(text, sizeof(text), "bokföring %s–%s", date_format(d1, a->period.start),
				 date_format(d2, a->period.end));
		if (a->has_budget)
			snprintf(text + strlen(text), sizeof(text) - strlen(text), "%sbudget", a->has_books ? ", " : "");
		doc_cell_text(row, 1, text, NULL);
		if (a->closed)
			snprintf(text, sizeof(text), "stängt (fastställt %s)", date_format(d1, a->adopted));
		doc_cell_text(row, 2, a->closed ? text : "öppet", NULL);
		if (!admin(r) || !(a->closed || a->has_books))
			continue;
		snprintf(href, sizeof(href), "/rakenskapsar/%d/%s", a->year, a->closed ? "oppna" : "stang");
		doc_cell_action(row, 3, a->closed ? "Öppna igen" : "Stäng året", href, about, NULL);
	}
	page_doc_scroll(r, d, NULL, "year-list");
	free(y);
	page_end(r);
}

static void close_form(struct web_req *r, int year, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	char action[32];

	if (!pe)
		pe = &none;
	snprintf(action, sizeof(action), "/rakenskapsar/%d/stang", year);
	page_begin(r, "Stäng året?");
	web_printf(&r->out, "<p id=\"confirm-what\">När året %d stängs kan ingenting som årets dokument bygger på "
			    "läggas till, ändras eller tas bort: bokföringen, budgeten, målen, styrelsen, årshjulet "
			    "och deltagarna. Årsredovisningen anger dagen då den fastställdes. Året kan öppnas igen "
			    "med ett skäl.</p>\n",
		   year);
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"close-form\" method=\"post\" action=\"%s\">\n", action);
	page_csrf(r);
	page_form_field(r, pe, v, "adopted", "Dagen då förbundsstyrelsen fastställde årsredovisningen (ÅÅÅÅ-MM-DD)", "");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"close-submit\">Stäng året</button> "
			  "<a href=\"/rakenskapsar\">Avbryt</a></p>\n</form>\n");
	page_end(r);
}

static void reopen_form(struct web_req *r, int year, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	char action[32];

	if (!pe)
		pe = &none;
	snprintf(action, sizeof(action), "/rakenskapsar/%d/oppna", year);
	page_begin(r, "Öppna året igen?");
	web_printf(&r->out, "<p id=\"confirm-what\">Året %d öppnas för ändringar igen. Skälet sparas i loggen med ditt "
			    "namn; stäng året på nytt när ändringen är gjord.</p>\n",
		   year);
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"reopen-form\" method=\"post\" action=\"%s\">\n", action);
	page_csrf(r);
	page_form_field(r, pe, v, "reason", "Skäl", "");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"reopen-submit\">Öppna året</button> "
			  "<a href=\"/rakenskapsar\">Avbryt</a></p>\n</form>\n");
	page_end(r);
}

static int year_param(struct web_req *r)
{
	long y = web_int(r->params[0], 1990, 2200);

	if (y < 0)
		web_error(r, 404, "Det finns inget sådant år.");
	return (int)y;
}

void page_year_close_form(struct web_req *r)
{
	int year = year_param(r);

	if (year > 0)
		close_form(r, year, NULL, NULL);
}

void page_year_close(struct web_req *r)
{
	int year = year_param(r);
	const char *adopted = form_get(&r->body, "adopted");
	struct page_errors pe;
	struct err err;

	if (year < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_YEAR_CLOSE, &r->body) && app_year_close(r->st, &r->sess.user, year, adopted, &err) < 0)
		page_errors_add(&pe, "adopted", err.msg);
	if (pe.n) {
		r->status = 400;
		close_form(r, year, &pe, &r->body);
		page_errors_release(&pe);
		return;
	}
	/* The adoption refers to a board meeting; without one recorded that
	 * day the year is closed all the same (an older database has none),
	 * and the notice says what to record. */
	{
		struct date day;

		if (date_parse(adopted, &day, &err) == 0 && app_meeting_held(r->st, BODY_BOARD, day, &err) == 0) {
			page_done(r, "/rakenskapsar", YEAR_CLOSED_NO_MEETING);
			return;
		}
	}
	page_done(r, "/rakenskapsar", "Året är stängt.");
}

void page_year_reopen_form(struct web_req *r)
{
	int year = year_param(r);

	if (year > 0)
		reopen_form(r, year, NULL, NULL);
}

void page_year_reopen(struct web_req *r)
{
	int year = year_param(r);
	const char *reason = form_get(&r->body, "reason");
	struct page_errors pe;
	struct err err;

	if (year < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_YEAR_REOPEN, &r->body) && app_year_reopen(r->st, &r->sess.user, year, reason, &err) < 0)
		page_errors_add(&pe, "reason", err.msg);
	if (pe.n) {
		r->status = 400;
		reopen_form(r, year, &pe, &r->body);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/rakenskapsar", "Året är öppnat igen.");
}
