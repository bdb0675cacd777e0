/*
 * pages_main.c: the pages everyone logged in reads: the overview, the
 * interventions, the goals, the budget, the reports with their downloads,
 * and the audit log; and the administrator's forms among them (a decision,
 * an assessment, a forecast). The tables are the documents' own, rendered
 * by render_html_body: the web shows what the PDF shows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/doc.h"
#include "doc/reports.h"
#include "model/goal.h"
#include "model/statements.h"
#include "web/web_int.h"

static int is_admin(const struct web_req *r)
{
	return r->sess.user.role == ROLE_ADMIN;
}

/* ---- the overview ---- */

/* The overview's cards are the same for everyone: kept per year until the
 * records or the day change, and made again on their own after a minute
 * at the most (see kept.c). */
#define DASH_SECONDS 60

static void dashboard_cards(struct web_req *r, int year);

static struct web_kept cards = WEB_KEPT(dashboard_cards, DASH_SECONDS);

void page_dashboard(struct web_req *r)
{
	int year = page_year_of(r, &r->query);

	page_begin(r, "Översikt");
	page_year_picker(r, "/", year, "year");
	page_role_overview(r, year);
	web_kept(&cards, r, "", year);
	page_end(r);
}

static void dashboard_cards(struct web_req *r, int year)
{
	int has_prev, threshold = 5;
	struct statements cur, prev;
	struct interim in;
	struct pstats ps;
	struct goals_data g;
	struct event *ev = NULL;
	struct err err;
	struct date t = date_today(), until;
	struct doc *d;
	char m1[32], m2[32];
	size_t n_ev = 0, i, shown = 0;

	web_printf(&r->out, "<div class=\"cards\">\n");

	/* Equity against the 20 % goal. */
	buf_adds(&r->out, "<section class=\"card\" id=\"equity\"><h2>Eget kapital</h2>\n");
	if (app_statements(r->st, year, &cur, &prev, &has_prev, &err) == 0 && cur.equity_rule.defined) {
		const struct equity_rule *rule = &cur.equity_rule;
		char pct[32], end[11];

		/* Rounded as the statements and the documents show it. */
		percent_format(pct, sizeof(pct), rule->ratio.num, rule->ratio.den);
		web_printf(&r->out, "<p class=\"big %s\">%s</p>\n<p>av årets driftbidrag (mål: högst %d %%). Eget "
				    "kapital %s kr, driftbidrag %s kr (%s), %s.</p>\n",
			   rule->within ? "ok" : "warn", pct, EQUITY_TO_GRANT_GOAL_PERCENT,
			   money_format(m1, sizeof(m1), rule->equity, MONEY_STYLE_KR),
			   money_format(m2, sizeof(m2), rule->grant, MONEY_STYLE_KR),
			   rule->basis == GRANT_BASIS_BUDGET     ? "enligt budgeten"
			   : rule->basis == GRANT_BASIS_ACCOUNTS ? "enligt kontona för driftbidrag"
								 : "alla verksamhetens intäkter",
			   date_format(end, cur.period.end));
		d = doc_new(NULL);
		{
			struct doc_table *c = doc_chart_add(d, NULL, DOC_CHART_BARS, "equity", "Eget kapital och taket", 1);
			struct doc_row *row;

			doc_column_set(c, 0, "amount", "Kronor", year);
			row = doc_row_add(c, "equity", "Eget kapital", DOC_ROW_NORMAL);
			doc_cell_money(row, 0, cur.bs.equity);
			row = doc_row_add(c, "limit", "20 % av driftbidraget", DOC_ROW_NORMAL);
			doc_cell_money(row, 0, cur.equity_rule.limit);
		}
		page_doc(r, d, NULL);
	} else {
		web_printf(&r->out, "<p>Ingen bokföring för %d.</p>\n", year);
	}
	buf_adds(&r->out, "</section>\n");

	/* Budget used so far. */
	until = date_cmp(t, (struct date){ year, 12, 31 }) < 0 ? t : (struct date){ year, 12, 31 };
	buf_adds(&r->out, "<section class=\"card\" id=\"budget-used\"><h2>Budgeten hittills</h2>\n");
	if (until.y == year && app_interim_figures(r->st, until, &in, NULL, &err) == 0) {
		char d1[11];

		web_printf(&r->out, "<p class=\"big\">%s kr</p><p>bokförda kostnader av budgeterade %s kr, till och med "
				    "%s.</p>\n",
			   money_format(m1, sizeof(m1), -in.cost_total.booked, MONEY_STYLE_KR),
			   money_format(m2, sizeof(m2), -in.cost_total.budget, MONEY_STYLE_KR), date_format(d1, until));
		d = doc_new(NULL);
		{
			struct doc_table *c = doc_chart_add(d, NULL, DOC_CHART_BARS, "budget_used", "Budget och bokfört", 2);

			doc_column_set(c, 0, "budget", "Budget", year);
			doc_column_set(c, 1, "booked", "Bokfört", year);
			for (i = 0; i < in.n_areas; i++) {
				struct doc_row *row = doc_row_add(c, NULL, in.areas[i].name, DOC_ROW_NORMAL);

				doc_cell_money(row, 0, -in.areas[i].budget);
				doc_cell_money(row, 1, -in.areas[i].booked);
			}
		}
		page_doc(r, d, NULL);
		interim_release(&in);
	} else {
		web_printf(&r->out, "<p>Ingen budget för %d.</p>\n", year);
	}
	buf_adds(&r->out, "</section>\n");

	/* Participants, protected. */
	buf_adds(&r->out, "<section class=\"card\" id=\"participants\"><h2>Deltagare</h2>\n");
	if (app_participant_stats(r->st, year, &ps, &threshold, &err) == 0) {
		const char *labels[] = { "Inskrivna", "Nya", "Avslutade", "Till arbete eller studier" };
		const struct psex *rows[] = { &ps.all.enrolled, &ps.all.new_, &ps.all.exited, &ps.all.to_work };
		struct doc_table *counts;

		d = doc_new(NULL);
		counts = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "participants", NULL, 3);
		doc_column_set(counts, 0, "women", "Kvinnor", year);
		doc_column_set(counts, 1, "men", "Män", year);
		doc_column_set(counts, 2, "total", "Totalt", year);
		for (i = 0; i < 4; i++) {
			struct doc_row *row = doc_row_add(counts, NULL, labels[i], DOC_ROW_NORMAL);

			doc_count_cell(row, 0, &rows[i]->women, threshold);
			doc_count_cell(row, 1, &rows[i]->men, threshold);
			doc_count_cell(row, 2, &rows[i]->total, threshold);
		}
		page_doc_scroll(r, d, NULL, "participant-counts");
		web_printf(&r->out, "<p>%d. Grupper under %d personer visas som &lt;%d.</p>\n", year, threshold, threshold);
	} else {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
	}
	buf_adds(&r->out, "</section>\n");

	/* Goals. */
	buf_adds(&r->out, "<section class=\"card\" id=\"goals\"><h2>Mål</h2>\n");
	if (app_goals_load(r->st, year, NULL, &g, &err) == 0) {
		if (!g.n_goals)
			web_printf(&r->out, "<p>Inga mål för %d.</p>\n", year);
		buf_adds(&r->out, "<ul>\n");
		for (i = 0; i < g.n_goals; i++) {
			const struct assessment *a = goals_assessment(&g, g.goals[i].id, 0, PERIOD_ANNUAL);

			if (!a)
				a = goals_assessment(&g, g.goals[i].id, 0, PERIOD_INTERIM);
			web_printf(&r->out, "<li>Mål %d: %s – <strong>%s</strong></li>\n", g.goals[i].number,
				   g.goals[i].title, goal_status_label(a ? a->status : GOAL_NOT_ASSESSED));
		}
		buf_adds(&r->out, "</ul>\n");
		app_goals_release(&g);
	}
	buf_adds(&r->out, "</section>\n");

	/* What the year cycle says comes next. */
	buf_adds(&r->out, "<section class=\"card\" id=\"next\"><h2>Närmast i årshjulet</h2>\n<ul>\n");
	for (year = t.y; year <= t.y + 1 && shown < 5; year++) {
		if (app_calendar_events(r->st, year, &ev, &n_ev, &err) < 0)
			break;
		for (i = 0; i < n_ev && shown < 5; i++) {
			char d1[11];

			if (date_cmp(ev[i].date, t) < 0)
				continue;
			web_printf(&r->out, "<li>%s: %s</li>\n", date_format(d1, ev[i].date), ev[i].title);
			shown++;
		}
		free(ev);
		ev = NULL;
	}
	if (!shown)
		buf_adds(&r->out, "<li>Inget inlagt.</li>\n");
	buf_adds(&r->out, "</ul>\n</section>\n</div>\n");
}

/* ---- interventions ---- */

void page_insatser(struct web_req *r)
{
	page_begin(r, "Insatser");
	page_notice(r);
	if (is_admin(r))
		buf_adds(&r->out, "<p><a id=\"new-insats\" href=\"/insatser/ny\">Lägg till en insats</a></p>\n");
	/* Searched, sorted and paged (pages_lists.c). */
	insats_list(r);
	page_end(r);
}

void page_insats(struct web_req *r)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct intervention iv;
	struct err err;
	char which[24], action[40];
	int year = page_year_of(r, &r->query);

	if (id < 0 || app_insats_find(r->st, (snprintf(which, sizeof(which), "%ld", id), which), &iv, &err) < 0) {
		web_error(r, 404, "Det finns ingen sådan insats.");
		return;
	}
	page_begin(r, iv.name);
	page_notice(r);
	page_insats_actions(r, which);
	page_doc(r, app_report_insatser(r->st, which, 0, &err), &err);
	web_printf(&r->out, "<h2>Deltagare %d</h2>\n", year);
	snprintf(action, sizeof(action), "/insatser/%ld", id);
	page_year_picker(r, action, year, "year");
	page_doc(r, app_report_participants(r->st, year, which, 1, 0, &err), &err);
	page_doc(r, app_report_insats_indicators(r->st, year, which, &err), &err);
	page_insats_sections(r, &iv, which);
	if (is_admin(r))
		page_decisions_section(r, id, which);
	page_end(r);
}

/* ---- goals ---- */

/* The goals of year with the assessment form; a refused form (pe) comes
 * back alone with its errors, what was typed (v) kept. */
static void goals_page(struct web_req *r, int year, const struct form *v, const struct page_errors *pe)
{
	struct goals_data g;
	struct err err;
	size_t i, j;

	if (pe) {
		page_begin(r, "Bedöm ett mål");
		web_printf(&r->out, "<p>Bedömningen gäller %d. <a href=\"/mal?year=%d\">Tillbaka till målen</a></p>\n",
			   year, year);
	} else {
		page_begin(r, "Mål och måluppfyllelse");
		page_notice(r);
		page_year_picker(r, "/mal", year, "year");
		if (is_admin(r))
			web_printf(&r->out, "<p><a id=\"manage-goals\" href=\"/mal/hantera?year=%d\">Lägg till, ändra och "
					    "ta bort mål, resultatmål och bedömningar</a></p>\n", year);
		page_doc(r, app_report_goals(r->st, year, &err), &err);
	}
	if (is_admin(r) && app_goals_load(r->st, year, NULL, &g, &err) == 0) {
		static const char *const periods[] = { "annual", "interim", NULL };
		const char *statuses[GOAL_STATUS__MAX + 1];
		char refs_buf[64][16];
		const char *refs[65];
		size_t k = 0;
		int s;

		for (s = 0; s < GOAL_STATUS__MAX; s++)
			statuses[s] = goal_status_label((enum goal_status)s);
		statuses[GOAL_STATUS__MAX] = NULL;
		for (i = 0; i < g.n_goals && k < 64; i++) {
			snprintf(refs_buf[k], sizeof(refs_buf[k]), "%d", g.goals[i].number);
			refs[k] = refs_buf[k];
			k++;
			for (j = 0; j < g.n_results && k < 64; j++) {
				if (g.results[j].goal_id != g.goals[i].id)
					continue;
				snprintf(refs_buf[k], sizeof(refs_buf[k]), "%d.%d", g.goals[i].number, g.results[j].number);
				refs[k] = refs_buf[k];
				k++;
			}
		}
		refs[k] = NULL;
		app_goals_release(&g);
		if (k) {
			if (!pe)
				buf_adds(&r->out, "<h2>Bedöm ett mål</h2>\n");
			web_printf(&r->out, "<form id=\"assess-form\" method=\"post\" action=\"/mal/bedomning\">\n"
					    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
				   year);
			page_csrf(r);
			if (pe)
				page_errors_summary(r, pe);
			page_select(r, "ref", "Mål eller resultatmål", refs, v ? form_get(v, "ref") : NULL,
				    pe ? page_errors_for(pe, "ref") : NULL);
			page_select(r, "period", "Period (annual: helår, interim: delår)", periods,
				    v ? form_get(v, "period") : NULL, pe ? page_errors_for(pe, "period") : NULL);
			page_select(r, "status", "Måluppfyllelse", statuses, v ? form_get(v, "status") : NULL,
				    pe ? page_errors_for(pe, "status") : NULL);
			page_field(r, "value", "Uppmätt värde (för ett resultatmål, valfritt)", "text",
				   v ? form_get(v, "value") : "", pe ? page_errors_for(pe, "value") : NULL);
			page_field(r, "comment", "Kommentar", "text", v ? form_get(v, "comment") : "",
				   pe ? page_errors_for(pe, "comment") : NULL);
			buf_adds(&r->out, "<p><button type=\"submit\" id=\"assess-submit\">Spara bedömningen</button></p>\n"
					  "</form>\n");
		}
	}
	page_end(r);
}

void page_goals(struct web_req *r)
{
	goals_page(r, page_year_of(r, &r->query), NULL, NULL);
}

void page_goal_assess(struct web_req *r)
{
	const struct form *b = &r->body;
	long year = web_int(form_get(b, "year"), 1990, 2200);
	const char *value = form_get(b, "value");
	struct page_errors pe;
	struct err err;
	char path[64];

	if (year < 0) {
		web_error(r, 400, "Året saknas.");
		return;
	}
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_ASSESSMENT, b) && app_goal_assess(r->st, (int)year, form_get(b, "ref"), form_get(b, "period"),
				     form_get(b, "status"), value && *value ? value : NULL, form_get(b, "comment"),
				     &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		goals_page(r, (int)year, b, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/mal?year=%ld", year);
	page_done(r, path, "Bedömningen är sparad.");
}

/* ---- budget ---- */

/* The budget of year with the forecast form; a refused form (pe) comes
 * back alone with its errors, what was typed (v) kept. */
static void budget_page(struct web_req *r, int year, const struct form *v, const struct page_errors *pe)
{
	struct date t = date_today(), until;
	struct interim in;
	struct err err;
	size_t i;

	until = date_cmp(t, (struct date){ year, 12, 31 }) < 0 ? t : (struct date){ year, 12, 31 };
	if (until.y != year)
		until = (struct date){ year, 8, 31 };
	if (pe) {
		page_begin(r, "Ändra en prognos");
		web_printf(&r->out, "<p>Prognosen gäller %d. <a href=\"/budget?year=%d\">Tillbaka till budgeten</a></p>\n",
			   year, year);
	} else {
		page_begin(r, "Budget och prognos");
		page_notice(r);
		page_year_picker(r, "/budget", year, "year");
		web_printf(&r->out, "<p><a id=\"budget-lines-link\" href=\"/budget/rader?year=%d\">Budgetraderna och "
				    "versionerna</a> · <a href=\"/budget/prognoser?year=%d\">Prognoserna</a> · "
				    "<a id=\"budget-years-link\" href=\"/budget/flera-ar?from=%d\">Flera år</a></p>\n",
			   year, year, year);
		page_doc(r, app_report_budget(r->st, year, 0, &err), &err);
		web_printf(&r->out, "<h2 id=\"forecast\">Utfall och prognos</h2>\n");
		page_doc(r, app_report_interim(r->st, until, &err), &err);
	}
	if (is_admin(r) && app_interim_figures(r->st, until, &in, NULL, &err) == 0) {
		const char *areas[80];
		size_t k = 0;

		for (i = 0; i < in.n_areas && k < 79; i++)
			areas[k++] = in.areas[i].name;
		for (i = 0; i < in.n_revenue && k < 79; i++)
			areas[k++] = in.revenue[i].name;
		areas[k] = NULL;
		if (!pe)
			buf_adds(&r->out, "<h2>Ändra en prognos</h2>\n");
		web_printf(&r->out, "<form id=\"forecast-form\" method=\"post\" action=\"/budget/prognos\">\n"
				    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
			   year);
		page_csrf(r);
		if (pe)
			page_errors_summary(r, pe);
		page_select(r, "area", "Kostnadsområde eller intäkt", areas, v ? form_get(v, "area") : NULL,
			    pe ? page_errors_for(pe, "area") : NULL);
		page_field(r, "amount", "Prognos för året (till exempel 250 000 kr eller 250 tkr; tomt: tillbaka "
				       "till standard)", "text", v ? form_get(v, "amount") : "",
			   pe ? page_errors_for(pe, "amount") : NULL);
		page_field(r, "comment", "Kommentar", "text", v ? form_get(v, "comment") : "",
			   pe ? page_errors_for(pe, "comment") : NULL);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"forecast-submit\">Spara prognosen</button></p>\n</form>\n");
		interim_release(&in);
	}
	page_end(r);
}

void page_budget(struct web_req *r)
{
	budget_page(r, page_year_of(r, &r->query), NULL, NULL);
}

void page_forecast(struct web_req *r)
{
	const struct form *b = &r->body;
	long year = web_int(form_get(b, "year"), 1990, 2200);
	const char *amount = form_get(b, "amount");
	struct page_errors pe;
	struct err err;
	char path[64];

	if (year < 0) {
		web_error(r, 400, "Året saknas.");
		return;
	}
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_FORECAST, b) && app_forecast_set(r->st, (int)year, form_get(b, "area"), amount && *amount ? amount : NULL,
				  form_get(b, "comment"), &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		budget_page(r, (int)year, b, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/budget?year=%ld", year);
	page_done(r, path, "Prognosen är sparad.");
}

/* ---- reports ---- */

struct report_kind {
	const char *slug;       /* in the address */
	const char *title;
	const char *file;       /* the download's name before the year */
	int units;              /* shown in kr or tkr, as the reader chooses */
};

static const struct report_kind reports[] = {
	{ "arsredovisning", "Årsredovisning", "arsredovisning", 1 },
	{ "finansiella-rapporter", "Finansiella rapporter", "finansiella-rapporter", 1 },
	{ "delarsrapport", "Delårsrapport (till och med 31 augusti)", "delarsrapport", 1 },
	{ "verksamhetsplan", "Verksamhetsplan och budget", "verksamhetsplan", 1 },
	{ "deltagarstatistik", "Deltagarstatistik (skyddad)", "deltagarstatistik", 0 },
	{ "enkater", "Enkäter (skyddade)", "enkater", 0 },
	{ "styrning", "Styrning och uppföljning", "styrning", 0 },
	{ "uppfoljning-finsam", "Nationell uppföljning av Finsam (skyddad)", "uppfoljning-finsam", 1 },
};
/* The national follow-up: for the roles that see protected statistics
 * beyond their own interventions (not a registrar). */
#define FOLLOWUP_REPORT 7

static int report_allowed(const struct web_req *r, size_t k)
{
	return k != FOLLOWUP_REPORT || r->sess.user.role != ROLE_REGISTRAR;
}
#define N_REPORTS (sizeof(reports) / sizeof(reports[0]))

/* The published documents pass the same gate as on the command line; the
 * web shows and downloads them while a check fails too, as drafts that
 * carry "UTKAST – kontrollen visar fel" and name the failing checks, so
 * that the board can read them, never mistake them for the final ones. */
static struct doc *checked(struct web_req *r, struct doc *d, int year, struct err *err)
{
	struct check_report rep;
	int checked_year;

	if (!d)
		return NULL;
	if (app_document_gate(r->st, year, 1, d, &rep, &checked_year, err) < 0) {
		doc_free(d);
		return NULL;
	}
	check_report_release(&rep);
	return d;
}

static struct doc *build_report(struct web_req *r, size_t k, int year, int64_t unit, struct err *err)
{
	switch (k) {
	case 0: return checked(r, app_report_annual_unit(r->st, year, unit, err), year, err);
	case 1: return app_report_statements_as(r->st, year, NULL, unit, err);
	case 2: return checked(r, app_report_interim_doc(r->st, (struct date){ year, 8, 31 }, unit, err), year, err);
	case 3: return checked(r, app_report_plan_unit(r->st, year, unit, err), year, err);
	case 4: return app_report_participants(r->st, year, NULL, 1, 0, err);
	case 5: return app_report_survey(r->st, year, NULL, NULL, 1, err);
	case FOLLOWUP_REPORT: return app_report_followup(r->st, year, unit, err);
	default: return app_report_governance(r->st, year, err);
	}
}

void page_reports(struct web_req *r)
{
	static const char *const formats[] = { "pdf", "xlsx", "html" }, *const labels[] = { "PDF", "XLSX", "HTML" };
	int year = page_year_of(r, &r->query);
	struct doc *d;
	struct doc_table *t;
	size_t k, j;

	page_begin(r, "Rapporter");
	page_year_picker(r, "/rapporter", year, "year");
	d = doc_new(NULL);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "reports", NULL, 5);
	doc_column_set(t, 0, "report", "Rapport", 0);
	doc_column_set(t, 1, "page", "Visa", 0);
	for (j = 0; j < 3; j++)
		doc_column_set(t, 2 + j, formats[j], labels[j], 0);
	for (k = 0; k < N_REPORTS; k++) {
		struct doc_row *row;
		char href[96], y[8], about[96];

		if (!report_allowed(r, k))
			continue;
		row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		snprintf(y, sizeof(y), "%d", year);
		snprintf(about, sizeof(about), "%s %d", reports[k].title, year);
		doc_cell_text(row, 0, reports[k].title, NULL);
		snprintf(href, sizeof(href), "/rapporter/%s/%d", reports[k].slug, year);
		doc_cell_action(row, 1, y, href, reports[k].title, NULL);
		for (j = 0; j < 3; j++) {
			snprintf(href, sizeof(href), "/rapporter/%s/%d.%s", reports[k].slug, year, formats[j]);
			doc_cell_action(row, 2 + j, labels[j], href, about, NULL);
		}
	}
	page_doc_scroll(r, d, NULL, "report-list");
	page_end(r);
}

/* The choice of kr or tkr of a report's page (a form that works without
 * script); its downloads carry the choice as ?enhet=tkr. */
static void unit_form(struct web_req *r, const char *slug, long year, int64_t unit)
{
	int tkr = unit == MONEY_TKR;

	web_printf(&r->out, "<form id=\"unit-form\" class=\"filters\" method=\"get\" action=\"/rapporter/%s/%ld\">\n"
			    "<p class=\"field\"><label for=\"enhet\">Belopp i</label>\n"
			    "<select id=\"enhet\" name=\"enhet\">\n<option value=\"kr\"%s>kr</option>\n"
			    "<option value=\"tkr\"%s>tkr</option>\n</select></p>\n"
			    "<p><button type=\"submit\" id=\"unit-submit\">Visa</button></p>\n</form>\n",
		   slug, year, tkr ? "" : " selected", tkr ? " selected" : "");
}

void page_report(struct web_req *r)
{
	const char *slug = r->params[0], *which = r->params[1], *dot = strchr(which, '.');
	const char *enhet = form_get(&r->query, "enhet"), *q;
	char year_s[8], file[96];
	int64_t unit = MONEY_KR;
	struct err err;
	struct doc *d;
	size_t k;
	long year;

	for (k = 0; k < N_REPORTS && strcmp(reports[k].slug, slug) != 0; k++)
		;
	snprintf(year_s, sizeof(year_s), "%.*s", dot ? (int)(dot - which) : 7, which);
	year = web_int(year_s, 1990, 2200);
	if (k == N_REPORTS || !report_allowed(r, k) || year < 0 || (dot && strcmp(dot, ".pdf") && strcmp(dot, ".xlsx") && strcmp(dot, ".html"))) {
		web_error(r, 404, "Det finns ingen sådan rapport.");
		return;
	}
	if (enhet && *enhet && reports[k].units && strcmp(enhet, "tkr") == 0)
		unit = MONEY_TKR;
	else if (enhet && *enhet && (!reports[k].units || strcmp(enhet, "kr") != 0)) {
		web_error(r, 400, reports[k].units ? "Enheten ska vara kr eller tkr."
						   : "Rapporten har inga belopp att visa i tkr.");
		return;
	}
	q = unit == MONEY_TKR ? "?enhet=tkr" : "";
	d = build_report(r, k, (int)year, unit, &err);
	if (dot) {
		if (!d) {
			web_error(r, 404, "Rapporten kan inte göras för det året.");
			return;
		}
		snprintf(file, sizeof(file), "%s-%ld%s", reports[k].file, year, dot);
		web_download(r, d, dot + 1, file);
		return;
	}
	page_begin(r, reports[k].title);
	if (reports[k].units)
		unit_form(r, slug, year, unit);
	web_printf(&r->out, "<ul class=\"downloads\">"
			    "<li><a id=\"download-pdf\" href=\"/rapporter/%s/%ld.pdf%s\">Visa som PDF</a></li>"
			    "<li><a id=\"download-xlsx\" href=\"/rapporter/%s/%ld.xlsx%s\">Visa som XLSX</a></li>"
			    "<li><a id=\"download-html\" href=\"/rapporter/%s/%ld.html%s\">Visa som HTML</a></li></ul>\n",
		   slug, year, q, slug, year, q, slug, year, q);
	page_doc(r, d, &err);
	page_end(r);
}

/* ---- the checks ---- */

/* Every check of `finsam check` for a year, with its figures: the
 * auditor's and the director's view of whether the figures hold. */
/* Where each check's figures are seen, so that the person reading a
 * finding goes there in one step; %d is the year. Every page here is one
 * the roles that see the checks may open. */
static const struct {
	const char *id, *path;
} check_pages[] = {
	{ "balance_sheet", "/rapporter/finansiella-rapporter/%d" },
	{ "result_equity", "/rapporter/finansiella-rapporter/%d" },
	{ "cash_flow", "/rapporter/finansiella-rapporter/%d" },
	{ "equity_rule", "/rapporter/finansiella-rapporter/%d" },
	{ "opening_balances", "/bokforing?year=%d" },
	{ "transactions", "/bokforing?year=%d" },
	{ "accounts_mapped", "/bokforing?year=%d" },
	{ "verifications", "/bokforing/verifikationer?year=%d" },
	{ "five_year_overview", "/rapporter/arsredovisning/%d" },
	{ "plan_equity", "/rapporter/verksamhetsplan/%d" },
	{ "paid_within_decided", "/insatser?year=%d" },
	{ "payments_attributed", "/insatser?year=%d" },
	{ "payments_within_decisions", "/insatser?year=%d" },
	{ "indicator_values", "/mal?year=%d" },
	{ "interim_opening_equity", "/rapporter/delarsrapport/%d" },
	{ "participants_exits", "/deltagare?year=%d" },
	{ "notes_revenue", "/rapporter/arsredovisning/%d" },
	{ "notes_costs", "/rapporter/arsredovisning/%d" },
	{ "notes_provisions", "/rapporter/arsredovisning/%d" },
	{ "decisions_at_meetings", "/sammantraden?year=%d" },
	{ "meetings_quorate", "/sammantraden?year=%d" },
	{ "policies_revised", "/styrdokument?year=%d" },
	{ "control_plan_adopted", "/intern-kontroll?year=%d" },
	{ "control_followed_up", "/intern-kontroll?year=%d" },
};

struct check_links {
	int year;
};

static void link_checks(void *ctx, const struct doc_table *t)
{
	const struct check_links *c = ctx;
	char href[96];
	size_t i, k;

	if (!t->key || strcmp(t->key, "checks") != 0)
		return;
	for (i = 0; i < t->n_rows; i++)
		for (k = 0; t->rows[i]->key && k < sizeof(check_pages) / sizeof(check_pages[0]); k++)
			if (strcmp(t->rows[i]->key, check_pages[k].id) == 0) {
				snprintf(href, sizeof(href), check_pages[k].path, c->year);
				doc_cell_link(t->rows[i], 1, href);
				break;
			}
}

void page_checks(struct web_req *r)
{
	int year = page_year_of(r, &r->query);
	struct check_report report;
	struct err err;

	memset(&report, 0, sizeof(report));
	page_begin(r, "Kontroll");
	page_year_picker(r, "/kontroll", year, "year");
	if (app_check(r->st, year, &report, &err) < 0) {
		page_doc(r, NULL, &err);
		page_end(r);
		return;
	}
	web_printf(&r->out, "<p id=\"check-summary\" class=\"%s\">%s</p>\n", report.failures ? "warn" : "ok",
		   report.failures ? "Kontrollen visar fel: årsredovisningen, delårsrapporten och verksamhetsplanen "
				     "för året visas och laddas ner som utkast tills felen är rättade."
				   : "Alla kontroller håller.");
	{
		struct doc *d = app_report_check(r->st, &report, &err);
		struct check_links links = { year };

		if (d)
			doc_each_table(d, link_checks, &links);
		page_doc(r, d, &err);
	}
	check_report_release(&report);
	page_end(r);
}
