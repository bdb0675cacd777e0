/*
 * pages_goals.c: the director's pages for the plan year's own words and
 * files: the goals with their result goals, indicators and assessments
 * (added, changed and removed; the board reads them on /mal), the texts
 * of the annual report, the business plan and the interim report (written
 * in Markdown, previewed through the documents' own Markdown reading
 * before they are saved), and the files read in from elsewhere: the books
 * as an SIE file and the survey tool's answers as CSV, each all or
 * nothing, with every error the file has listed by its line.
 *
 * Every change goes through the use case the command line calls, which
 * checks it, refuses a closed year and writes the audit log.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/goal.h"
#include "model/survey.h"
#include "web/web_int.h"

/* ---- what the pages share ---- */

/* The year of a page: ?year= or the form's year, else the latest year of
 * the books, else this year. */
static int the_year(struct web_req *r)
{
	long y = web_int(form_get(&r->query, "year"), 1990, 2200);

	return y > 0 ? (int)y : page_year_of(r, &r->body);
}

/* page_select_labels with its arguments in this file's order: the keys
 * and labels of n options, first an empty one reading empty when given. */
static void select_kv(struct web_req *r, const char *name, const char *label, const char *const *keys,
		      const char *const *labels, size_t n, const char *empty, const char *chosen,
		      const char *error)
{
	page_select_labels(r, name, label, keys, labels, n, empty, chosen, error);
}

/* A checkbox with its label. */
static void checkbox(struct web_req *r, const char *name, const char *label, int checked)
{
	web_printf(&r->out, "<p class=\"field check\"><input type=\"checkbox\" id=\"%s\" name=\"%s\" value=\"1\"%s> "
			    "<label for=\"%s\">%s</label></p>\n",
		   name, name, checked ? " checked" : "", name, label);
}

/* The value of field name: from the form sent (v), else def. */
static const char *val(const struct form *v, const char *name, const char *def)
{
	const char *s = v ? form_get(v, name) : NULL;

	return s ? s : def;
}

/* A form's field given and not blank, else NULL. */
static const char *given(const struct form *f, const char *name)
{
	const char *s = form_get(f, name);

	return s && *s ? s : NULL;
}

/* ---- goals ---- */

static const char *const period_keys[] = { "annual", "interim" };
static const char *const period_labels[] = { "Helår", "Delår" };

static const char *const indicator_keys[] = { "manual", "exit-share", "participants", "attendees",
					      "attendees-structural", "attendees-competence", "equity-share",
					      "within-budget" };
static const char *const indicator_labels[] = {
	"Värde som anges vid bedömningen",
	"Andel avslutade till arbete eller studier (%)",
	"Inskrivna deltagare under året",
	"Deltagare i aktiviteter",
	"Deltagare i strukturinriktade aktiviteter",
	"Deltagare i kompetenshöjande aktiviteter",
	"Eget kapital i procent av driftbidraget",
	"Kostnader i procent av budgeten",
};
#define N_INDICATORS (sizeof(indicator_keys) / sizeof(indicator_keys[0]))

static const char *indicator_label(enum indicator_kind k)
{
	size_t i;

	for (i = 0; i < N_INDICATORS; i++)
		if (strcmp(indicator_keys[i], indicator_kind_key(k)) == 0)
			return indicator_labels[i];
	return "Ingen indikator";
}

static const char *period_label(enum goal_period p)
{
	return p == PERIOD_ANNUAL ? "Helår" : "Delår";
}

/* The goal (and result goal, *ri, or -1 for the goal itself) of ref
 * ("2" or "2.1") in g; -1 when there is none. */
static int find_ref(const struct goals_data *g, const char *ref, size_t *gi, long *ri)
{
	char goal_s[8] = "", res_s[8] = "";
	const char *dot = ref ? strchr(ref, '.') : NULL;
	long gn, rn = -1;
	size_t i;

	if (!ref || strlen(ref) > 7)
		return -1;
	snprintf(goal_s, sizeof(goal_s), "%.*s", dot ? (int)(dot - ref) : (int)strlen(ref), ref);
	gn = web_int(goal_s, 1, 999);
	if (dot) {
		snprintf(res_s, sizeof(res_s), "%s", dot + 1);
		rn = web_int(res_s, 1, 999);
		if (rn < 0)
			return -1;
	}
	if (gn < 0)
		return -1;
	for (i = 0; i < g->n_goals; i++) {
		if (g->goals[i].number != gn)
			continue;
		*gi = i;
		*ri = -1;
		if (rn < 0)
			return 0;
		for (size_t k = 0; k < g->n_results; k++)
			if (g->results[k].goal_id == g->goals[i].id && g->results[k].number == rn) {
				*ri = (long)k;
				return 0;
			}
		return -1;
	}
	return -1;
}

/* The goals of the year for a page, or an error page (-1). */
static int load_goals(struct web_req *r, int year, struct goals_data *g)
{
	struct err err;

	if (app_goals_load(r->st, year, NULL, g, &err) < 0) {
		web_error(r, 500, "Målen kunde inte läsas.");
		return -1;
	}
	return 0;
}

static void goal_fields(struct web_req *r, const struct form *v, const struct goal *g,
			const struct page_errors *pe)
{
	const char *area_keys[GOAL_AREA__MAX], *area_labels[GOAL_AREA__MAX];
	int a;

	for (a = 0; a < GOAL_AREA__MAX; a++) {
		area_keys[a] = goal_area_key((enum goal_area)a);
		area_labels[a] = goal_area_label((enum goal_area)a);
	}
	page_field(r, "title", "Rubrik", "text", val(v, "title", g ? g->title : ""), page_errors_for(pe, "title"));
	select_kv(r, "area", "Område", area_keys, area_labels, GOAL_AREA__MAX, g ? NULL : "Välj område",
		  val(v, "area", g ? goal_area_key(g->area) : NULL), page_errors_for(pe, "area"));
	page_textarea(r, "description", "Beskrivning (valfri)", val(v, "description", g ? g->description : ""), 3, NULL,
		 page_errors_for(pe, "description"));
}

static void result_fields(struct web_req *r, const struct form *v, const struct goals_data *gd,
			  const struct result_goal *rg, const struct page_errors *pe)
{
	char target[64] = "", iv_id[24] = "";
	const char **iv_keys = NULL, **iv_labels = NULL;
	char (*ids)[24] = NULL;
	size_t i;

	if (rg && rg->has_target)
		indicator_value_format(target, sizeof(target), rg->target, "");
	/* The formatted value ends with the blank before an empty unit. */
	for (i = strlen(target); i > 0 && target[i - 1] == ' '; i--)
		target[i - 1] = '\0';
	if (rg && rg->intervention_id)
		snprintf(iv_id, sizeof(iv_id), "%lld", (long long)rg->intervention_id);
	page_textarea(r, "text", "Resultatmål", val(v, "text", rg ? rg->text : ""), 2, NULL, page_errors_for(pe, "text"));
	page_textarea(r, "follow_up", "Hur det följs upp (valfritt)", val(v, "follow_up", rg ? rg->follow_up : ""), 2, NULL,
		 page_errors_for(pe, "follow_up"));
	select_kv(r, "indicator", "Indikator", indicator_keys, indicator_labels, N_INDICATORS, "Ingen indikator",
		  val(v, "indicator", rg && rg->indicator != IND_NONE ? indicator_kind_key(rg->indicator) : ""),
		  page_errors_for(pe, "indicator"));
	page_field(r, "target", "Målvärde (valfritt, till exempel 40 eller 12,5)", "text", val(v, "target", target),
		   page_errors_for(pe, "target"));
	page_field(r, "unit", "Enhet (valfri; tom: indikatorns egen)", "text", val(v, "unit", rg ? rg->unit : ""),
		   page_errors_for(pe, "unit"));
	checkbox(r, "at_most", "Målvärdet är ett tak (lägre är bättre)",
		 v ? form_get(v, "at_most") != NULL : rg ? rg->at_most : 0);
	iv_keys = xcalloc(gd->n_interventions + 1, sizeof(*iv_keys));
	iv_labels = xcalloc(gd->n_interventions + 1, sizeof(*iv_labels));
	ids = xcalloc(gd->n_interventions + 1, sizeof(*ids));
	for (i = 0; i < gd->n_interventions; i++) {
		snprintf(ids[i], sizeof(ids[i]), "%lld", (long long)gd->interventions[i].id);
		iv_keys[i] = ids[i];
		iv_labels[i] = gd->interventions[i].name;
	}
	select_kv(r, "insats", "Insats som följs upp (för andel till arbete, deltagare eller värde vid bedömningen)",
		  iv_keys, iv_labels, gd->n_interventions, "Alla insatser", val(v, "insats", iv_id),
		  page_errors_for(pe, "insats"));
	free(iv_keys);
	free(iv_labels);
	free(ids);
}

/* The management page of the year's goals with the forms to add a goal
 * (which "goal") or a result goal ("result"), the one sent showing its
 * errors. */
static void manage_page(struct web_req *r, int year, const char *which, const struct form *v,
			const struct page_errors *pe)
{
	static const struct page_errors none;
	struct goals_data g;
	char href[64];
	size_t i, k;
	int p;

	if (load_goals(r, year, &g) < 0)
		return;
	page_begin(r, "Ändra mål");
	page_notice(r);
	page_year_picker(r, "/mal/hantera", year, "year");
	web_printf(&r->out, "<p>Målen för %d som de står i verksamhetsplanen och årsredovisningen. "
			    "<a href=\"/mal?year=%d\">Se måluppfyllelsen</a>.</p>\n",
		   year, year);
	if (!g.n_goals)
		web_printf(&r->out, "<p id=\"no-goals\">Inga mål för %d än.</p>\n", year);
	for (i = 0; i < g.n_goals; i++) {
		const struct goal *goal = &g.goals[i];

		web_printf(&r->out, "<section class=\"goal\" id=\"goal-%d\">\n<h2>Mål %d: %s</h2>\n<p>Område: %s</p>\n",
			   goal->number, goal->number, goal->title, goal_area_label(goal->area));
		snprintf(href, sizeof(href), "/mal/%d", goal->number);
		web_printf(&r->out, "<p class=\"actions\"><a id=\"edit-goal-%d\" href=\"%s/andra?year=%d\">Ändra målet</a> · "
				    "<a id=\"remove-goal-%d\" href=\"%s/ta-bort?year=%d\">Ta bort målet</a></p>\n",
			   goal->number, href, year, goal->number, href, year);
		for (k = 0; k < g.n_results; k++) {
			const struct result_goal *rg = &g.results[k];
			char ref[32], t[64];

			if (rg->goal_id != goal->id)
				continue;
			snprintf(ref, sizeof(ref), "%d.%d", goal->number, rg->number);
			web_printf(&r->out, "<div class=\"result\" id=\"result-%s\">\n<h3>%s %s</h3>\n<p>Indikator: %s",
				   ref, ref, rg->text, indicator_label(rg->indicator));
			if (rg->has_target)
				web_printf(&r->out, ", målvärde %s%s",
					   rg->at_most ? "högst " : "", indicator_value_format(t, sizeof(t), rg->target, rg->unit));
			buf_adds(&r->out, "</p>\n");
			web_printf(&r->out, "<p class=\"actions\"><a href=\"/mal/%s/andra?year=%d\">Ändra resultatmålet</a> · "
					    "<a href=\"/mal/%s/ta-bort?year=%d\">Ta bort resultatmålet</a></p>\n",
				   ref, year, ref, year);
			buf_adds(&r->out, "<ul class=\"assessments\">\n");
			for (p = PERIOD_ANNUAL; p >= PERIOD_INTERIM; p--) {
				const struct assessment *a = goals_assessment(&g, goal->id, rg->id, (enum goal_period)p);

				web_printf(&r->out, "<li>%s: %s", period_label((enum goal_period)p),
					   goal_status_label(a ? a->status : GOAL_NOT_ASSESSED));
				if (a && a->has_value)
					web_printf(&r->out, " (%s)", indicator_value_format(t, sizeof(t), a->value, rg->unit));
				web_printf(&r->out, " – <a href=\"/mal/%s/bedomning?year=%d&amp;period=%s\">%s</a>", ref,
					   year, goal_period_key((enum goal_period)p), a ? "Ändra bedömningen" : "Bedöm");
				if (a)
					web_printf(&r->out, " · <a href=\"/mal/%s/bedomning/ta-bort?year=%d&amp;period=%s\">"
							    "Ta bort bedömningen</a>",
						   ref, year, goal_period_key((enum goal_period)p));
				buf_adds(&r->out, "</li>\n");
			}
			buf_adds(&r->out, "</ul>\n</div>\n");
		}
		buf_adds(&r->out, "<ul class=\"assessments\">\n");
		for (p = PERIOD_ANNUAL; p >= PERIOD_INTERIM; p--) {
			const struct assessment *a = goals_assessment(&g, goal->id, 0, (enum goal_period)p);

			web_printf(&r->out, "<li>Målet som helhet, %s: %s – <a href=\"%s/bedomning?year=%d&amp;period=%s\">%s</a>",
				   period_label((enum goal_period)p), goal_status_label(a ? a->status : GOAL_NOT_ASSESSED),
				   href, year, goal_period_key((enum goal_period)p), a ? "Ändra bedömningen" : "Bedöm");
			if (a)
				web_printf(&r->out, " · <a href=\"%s/bedomning/ta-bort?year=%d&amp;period=%s\">"
						    "Ta bort bedömningen</a>",
					   href, year, goal_period_key((enum goal_period)p));
			buf_adds(&r->out, "</li>\n");
		}
		buf_adds(&r->out, "</ul>\n</section>\n");
	}

	/* A new goal. */
	buf_adds(&r->out, "<h2 id=\"new-goal\">Nytt mål</h2>\n");
	if (which && strcmp(which, "goal") == 0)
		page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"goal-form\" method=\"post\" action=\"/mal/nytt\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
		   year);
	page_csrf(r);
	goal_fields(r, which && strcmp(which, "goal") == 0 ? v : NULL, NULL,
		    which && strcmp(which, "goal") == 0 ? pe : &none);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"goal-submit\">Lägg till målet</button></p>\n</form>\n");

	/* A new result goal under a goal chosen by its title. */
	if (g.n_goals) {
		const char **keys = xcalloc(g.n_goals, sizeof(*keys)), **labels = xcalloc(g.n_goals, sizeof(*labels));
		char (*nums)[8] = xcalloc(g.n_goals, sizeof(*nums));
		const struct page_errors *rpe = which && strcmp(which, "result") == 0 ? pe : &none;
		const struct form *rv = which && strcmp(which, "result") == 0 ? v : NULL;

		{
			for (i = 0; i < g.n_goals; i++) {
				snprintf(nums[i], sizeof(nums[i]), "%d", g.goals[i].number);
				keys[i] = nums[i];
				labels[i] = g.goals[i].title;
			}
			buf_adds(&r->out, "<h2 id=\"new-result\">Nytt resultatmål</h2>\n");
			page_errors_summary(r, rpe);
			web_printf(&r->out, "<form id=\"result-form\" method=\"post\" action=\"/mal/resultatmal\">\n"
					    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
				   year);
			page_csrf(r);
			select_kv(r, "goal", "Mål", keys, labels, g.n_goals, "Välj mål", val(rv, "goal", NULL),
				  page_errors_for(rpe, "goal"));
			result_fields(r, rv, &g, NULL, rpe);
			buf_adds(&r->out, "<p><button type=\"submit\" id=\"result-submit\">Lägg till resultatmålet</button>"
					  "</p>\n</form>\n");
		}
		free(keys);
		free(labels);
		free(nums);
	}
	app_goals_release(&g);
	page_end(r);
}

void page_goals_manage(struct web_req *r)
{
	static const struct page_errors none;

	manage_page(r, the_year(r), NULL, NULL, &none);
}

static void goals_done(struct web_req *r, int year, const char *notice)
{
	char path[64];

	snprintf(path, sizeof(path), "/mal/hantera?year=%d", year);
	page_done(r, path, notice);
}

void page_goal_add(struct web_req *r)
{
	const struct form *b = &r->body;
	struct page_errors pe;
	struct err err;
	int year = the_year(r), number;

	page_errors_init(&pe);
	if (!page_require(&pe, &APP_GOAL, b) && app_goal_add(r->st, year, NULL, form_get(b, "title"), form_get(b, "area"),
				  form_get(b, "description"), &number, &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		manage_page(r, year, "goal", b, &pe);
		page_errors_release(&pe);
		return;
	}
	goals_done(r, year, "Målet är sparat.");
}

/* The result goal's fields from a form, as the use case takes them. */
static void result_from_form(const struct form *b, struct app_result_fields *f, int edit)
{
	memset(f, 0, sizeof(*f));
	f->text = form_get(b, "text") ? form_get(b, "text") : "";
	f->follow_up = form_get(b, "follow_up");
	/* "Ingen indikator" (empty) takes a changed result goal's indicator away. */
	f->indicator = given(b, "indicator") ? given(b, "indicator") : edit ? "none" : NULL;
	f->target = edit ? (form_get(b, "target") ? form_get(b, "target") : "") : given(b, "target");
	f->unit = given(b, "unit");
	f->insats = edit ? (form_get(b, "insats") ? form_get(b, "insats") : "") : given(b, "insats");
	f->at_most = form_get(b, "at_most") != NULL;
	f->no_at_most = edit && !f->at_most;
}

void page_result_add(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_result_fields f;
	struct page_errors pe;
	struct err err;
	char ref[32];
	int year = the_year(r);

	page_errors_init(&pe);
	result_from_form(b, &f, 0);
	if (!page_require(&pe, &APP_RESULT_GOAL, b) && app_goal_result_add(r->st, year, form_get(b, "goal"), &f, ref, sizeof(ref), &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		manage_page(r, year, "result", b, &pe);
		page_errors_release(&pe);
		return;
	}
	goals_done(r, year, "Resultatmålet är sparat.");
}

/* ---- one goal or result goal: change, remove, assess ---- */

static void edit_page(struct web_req *r, const struct form *v, const struct page_errors *pe)
{
	struct goals_data g;
	size_t gi;
	long ri;
	int year = the_year(r);

	if (load_goals(r, year, &g) < 0)
		return;
	if (find_ref(&g, r->params[0], &gi, &ri) < 0) {
		app_goals_release(&g);
		web_error(r, 404, "Det finns inget sådant mål det året.");
		return;
	}
	page_begin(r, ri < 0 ? "Ändra ett mål" : "Ändra ett resultatmål");
	web_printf(&r->out, "<p>Mål %d för %d: %s</p>\n", g.goals[gi].number, year, g.goals[gi].title);
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"edit-form\" method=\"post\" action=\"/mal/%s/andra\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
		   r->params[0], year);
	page_csrf(r);
	if (ri < 0)
		goal_fields(r, v, &g.goals[gi], pe);
	else
		result_fields(r, v, &g, &g.results[ri], pe);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"edit-submit\">Spara</button> "
			    "<a href=\"/mal/hantera?year=%d\">Avbryt</a></p>\n</form>\n",
		   year);
	app_goals_release(&g);
	page_end(r);
}

void page_goal_edit_form(struct web_req *r)
{
	static const struct page_errors none;

	edit_page(r, NULL, &none);
}

void page_goal_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_goal_fields gf;
	struct app_result_fields rf;
	struct page_errors pe;
	struct err err;
	int year = the_year(r), rc;

	page_errors_init(&pe);
	memset(&gf, 0, sizeof(gf));
	if (strchr(r->params[0], '.')) {
		result_from_form(b, &rf, 1);
		rc = app_goal_edit(r->st, year, r->params[0], NULL, &rf, &err);
	} else {
		gf.title = form_get(b, "title") ? form_get(b, "title") : "";
		gf.area = given(b, "area");
		gf.description = form_get(b, "description");
		memset(&rf, 0, sizeof(rf));
		rc = app_goal_edit(r->st, year, r->params[0], &gf, &rf, &err);
	}
	if (rc < 0) {
		page_errors_add_err(&pe, &err);
		r->status = 400;
		edit_page(r, b, &pe);
		page_errors_release(&pe);
		return;
	}
	goals_done(r, year, strchr(r->params[0], '.') ? "Resultatmålet är sparat." : "Målet är sparat.");
}

static void remove_page(struct web_req *r, const char *error)
{
	struct goals_data g;
	size_t gi;
	long ri;
	int year = the_year(r);

	if (load_goals(r, year, &g) < 0)
		return;
	if (find_ref(&g, r->params[0], &gi, &ri) < 0) {
		app_goals_release(&g);
		web_error(r, 404, "Det finns inget sådant mål det året.");
		return;
	}
	page_begin(r, ri < 0 ? "Ta bort ett mål" : "Ta bort ett resultatmål");
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"form-error\" role=\"alert\">%s</p>\n", error);
	if (ri < 0)
		web_printf(&r->out, "<p>Vill du ta bort mål %d för %d, ”%s”, med dess bedömningar? Målet försvinner ur "
				    "verksamhetsplanen och årsredovisningen, och borttagningen står i loggen med ditt "
				    "namn.</p>\n",
			   g.goals[gi].number, year, g.goals[gi].title);
	else
		web_printf(&r->out, "<p>Vill du ta bort resultatmålet ”%s” under ”%s” för %d, med dess bedömningar? "
				    "Det försvinner ur verksamhetsplanen och årsredovisningen, och borttagningen står i "
				    "loggen med ditt namn.</p>\n",
			   g.results[ri].text, g.goals[gi].title, year);
	web_printf(&r->out, "<form id=\"remove-form\" method=\"post\" action=\"/mal/%s/ta-bort\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
		   r->params[0], year);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-submit\">Ta bort</button> "
			    "<a href=\"/mal/hantera?year=%d\">Avbryt</a></p>\n</form>\n",
		   year);
	app_goals_release(&g);
	page_end(r);
}

void page_goal_remove_form(struct web_req *r)
{
	remove_page(r, NULL);
}

void page_goal_remove(struct web_req *r)
{
	struct page_errors pe;
	struct err err;
	int year = the_year(r);

	if (app_goal_remove(r->st, year, r->params[0], &err) < 0) {
		page_errors_init(&pe);
		page_errors_add_err(&pe, &err);
		r->status = 400;
		remove_page(r, pe.e[0].msg);
		page_errors_release(&pe);
		return;
	}
	goals_done(r, year, strchr(r->params[0], '.') ? "Resultatmålet är borttaget." : "Målet är borttaget.");
}

/* The period of ?period= or the form's, "annual" when none. */
static const char *the_period(struct web_req *r)
{
	const char *p = form_get(&r->body, "period");

	if (!p)
		p = form_get(&r->query, "period");
	return p && strcmp(p, "interim") == 0 ? "interim" : "annual";
}

static void assess_page(struct web_req *r, const struct form *v, const struct page_errors *pe)
{
	const char *status_keys[GOAL_STATUS__MAX], *status_labels[GOAL_STATUS__MAX];
	const struct assessment *a;
	struct goals_data g;
	const char *period = the_period(r);
	char value[64] = "";
	size_t gi;
	long ri;
	int year = the_year(r), s;

	if (load_goals(r, year, &g) < 0)
		return;
	if (find_ref(&g, r->params[0], &gi, &ri) < 0) {
		app_goals_release(&g);
		web_error(r, 404, "Det finns inget sådant mål det året.");
		return;
	}
	a = goals_assessment(&g, g.goals[gi].id, ri < 0 ? 0 : g.results[ri].id,
			     strcmp(period, "interim") == 0 ? PERIOD_INTERIM : PERIOD_ANNUAL);
	for (s = 0; s < GOAL_STATUS__MAX; s++) {
		status_keys[s] = goal_status_key((enum goal_status)s);
		status_labels[s] = goal_status_label((enum goal_status)s);
	}
	page_begin(r, "Bedöm ett mål");
	if (ri < 0)
		web_printf(&r->out, "<p>Mål %d för %d: %s</p>\n", g.goals[gi].number, year, g.goals[gi].title);
	else
		web_printf(&r->out, "<p>Resultatmål %s för %d: %s</p>\n", r->params[0], year, g.results[ri].text);
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"assess-form\" method=\"post\" action=\"/mal/%s/bedomning\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
		   r->params[0], year);
	page_csrf(r);
	select_kv(r, "period", "Period", period_keys, period_labels, 2, NULL, val(v, "period", period),
		  page_errors_for(pe, "period"));
	select_kv(r, "status", "Måluppfyllelse", status_keys, status_labels, GOAL_STATUS__MAX, "Välj måluppfyllelse",
		  val(v, "status", a ? goal_status_key(a->status) : NULL), page_errors_for(pe, "status"));
	if (ri >= 0) {
		if (a && a->has_value) {
			size_t i;

			indicator_value_format(value, sizeof(value), a->value, "");
			for (i = strlen(value); i > 0 && value[i - 1] == ' '; i--)
				value[i - 1] = '\0';
		}
		page_field(r, "value", "Uppmätt värde (valfritt)", "text", val(v, "value", value),
			   page_errors_for(pe, "value"));
	}
	page_textarea(r, "comment", "Kommentar", val(v, "comment", a ? a->comment : ""), 3, NULL,
		 page_errors_for(pe, "comment"));
	web_printf(&r->out, "<p><button type=\"submit\" id=\"assess-submit\">Spara bedömningen</button> "
			    "<a href=\"/mal/hantera?year=%d\">Avbryt</a></p>\n</form>\n",
		   year);
	app_goals_release(&g);
	page_end(r);
}

void page_goal_assess_form(struct web_req *r)
{
	static const struct page_errors none;

	assess_page(r, NULL, &none);
}

void page_goal_assess_one(struct web_req *r)
{
	const struct form *b = &r->body;
	struct page_errors pe;
	struct err err;
	int year = the_year(r);

	page_errors_init(&pe);
	if (!page_require(&pe, &APP_ASSESSMENT, b) && app_goal_assess(r->st, year, r->params[0], the_period(r), form_get(b, "status"), given(b, "value"),
				     form_get(b, "comment"), &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		assess_page(r, b, &pe);
		page_errors_release(&pe);
		return;
	}
	goals_done(r, year, "Bedömningen är sparad.");
}

static void assess_remove_page(struct web_req *r, const char *error)
{
	const char *period = the_period(r);
	int year = the_year(r);

	page_begin(r, "Ta bort en bedömning");
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"form-error\" role=\"alert\">%s</p>\n", error);
	web_printf(&r->out, "<p>Vill du ta bort bedömningen för %s av %s för %d? Målet visas då som ej bedömt, och "
			    "borttagningen står i loggen med ditt namn.</p>\n",
		   strcmp(period, "interim") == 0 ? "delåret" : "helåret",
		   strchr(r->params[0], '.') ? "resultatmålet" : "målet", year);
	web_printf(&r->out, "<form id=\"remove-form\" method=\"post\" action=\"/mal/%s/bedomning/ta-bort\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\"><input type=\"hidden\" name=\"period\" "
			    "value=\"%s\">",
		   r->params[0], year, period);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-submit\">Ta bort</button> "
			    "<a href=\"/mal/hantera?year=%d\">Avbryt</a></p>\n</form>\n",
		   year);
	page_end(r);
}

void page_goal_assessment_remove_form(struct web_req *r)
{
	struct goals_data g;
	size_t gi;
	long ri;

	if (load_goals(r, the_year(r), &g) < 0)
		return;
	if (find_ref(&g, r->params[0], &gi, &ri) < 0) {
		app_goals_release(&g);
		web_error(r, 404, "Det finns inget sådant mål det året.");
		return;
	}
	app_goals_release(&g);
	assess_remove_page(r, NULL);
}

void page_goal_assessment_remove(struct web_req *r)
{
	struct page_errors pe;
	struct err err;
	int year = the_year(r);

	if (app_goal_assessment_remove(r->st, year, r->params[0], the_period(r), &err) < 0) {
		page_errors_init(&pe);
		page_errors_add_err(&pe, &err);
		r->status = 400;
		assess_remove_page(r, pe.e[0].msg);
		page_errors_release(&pe);
		return;
	}
	goals_done(r, year, "Bedömningen är borttagen.");
}

/* ---- the documents' texts ---- */

static const struct app_text_section *find_section(const char *key)
{
	size_t n, i;
	const struct app_text_section *s = app_text_sections(&n);

	for (i = 0; key && i < n; i++)
		if (strcmp(s[i].key, key) == 0)
			return &s[i];
	return NULL;
}

void page_texts(struct web_req *r)
{
	int year = the_year(r);
	size_t n, i;
	const struct app_text_section *s = app_text_sections(&n);
	struct err err;

	page_begin(r, "Texter");
	page_notice(r);
	page_year_picker(r, "/texter", year, "year");
	web_printf(&r->out, "<p>Texterna som årsredovisningen, verksamhetsplanen och delårsrapporten för %d "
			    "visar, skrivna i Markdown. Det dokumenten säger som inte är text, som personalen, "
			    "tidigare års nyckeltal och styrelsens beslut, finns under <a id=\"docdata-link\" "
			    "href=\"/dokument?year=%d\">Uppgifter till dokumenten</a>.</p>\n",
		   year, year);
	for (i = 0; i < n; i++) {
		char *md = NULL;

		if (app_text_find(r->st, s[i].key, year, &md, &err) < 0) {
			web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
			continue;
		}
		web_printf(&r->out, "<section class=\"text-section\" id=\"text-%s\">\n<h2>%s</h2>\n"
				    "<p class=\"where\">I %s.</p>\n",
			   s[i].key, s[i].title, s[i].documents);
		if (md) {
			page_doc(r, app_text_preview(s[i].key, md, 0, &err), &err);
		} else {
			char *written = NULL;

			/* what the document then writes from the records */
			if (app_default_text(r->st, s[i].key, year, &written, &err) > 0) {
				web_printf(&r->out, "<p class=\"empty\">Ingen egen text för %d. Dokumentet skriver i "
						    "stället utifrån uppgifterna:</p>\n", year);
				page_doc(r, app_text_preview(s[i].key, written, 0, &err), &err);
				free(written);
			} else {
				web_printf(&r->out, "<p class=\"empty\">Ingen text för %d.</p>\n", year);
			}
		}
		web_printf(&r->out, "<p class=\"actions\"><a id=\"edit-%s\" href=\"/texter/%s?year=%d\">%s <span "
				    "class=\"visually-hidden\">%s</span></a>",
			   s[i].key, s[i].key, year, md ? "Ändra" : "Skriv", s[i].title);
		if (md)
			web_printf(&r->out, " · <a id=\"remove-%s\" href=\"/texter/%s/ta-bort?year=%d\">Ta bort <span "
					    "class=\"visually-hidden\">%s</span></a>",
				   s[i].key, s[i].key, year, s[i].title);
		buf_adds(&r->out, "</p>\n</section>\n");
		free(md);
	}
	page_end(r);
}

/* The edit form of the section params[0], with the text (v's, else the
 * stored one), a preview above it when preview is set. */
static void text_page(struct web_req *r, const struct form *v, int preview, const struct page_errors *pe)
{
	const struct app_text_section *s = find_section(r->params[0]);
	char *md = NULL;
	struct err err;
	int year = the_year(r);
	struct buf title;

	if (!s) {
		web_error(r, 404, "Det finns inget sådant avsnitt.");
		return;
	}
	if (!v && app_text_find(r->st, s->key, year, &md, &err) < 0) {
		web_error(r, 500, "Texten kunde inte läsas.");
		return;
	}
	buf_init(&title);
	buf_addf(&title, "%s %d", s->title, year);
	page_begin(r, title.s);
	buf_release(&title);
	web_printf(&r->out, "<p>I %s.</p>\n", s->documents);
	if (preview) {
		buf_adds(&r->out, "<section class=\"preview\" id=\"preview\" aria-labelledby=\"preview-title\">\n"
				  "<h2 id=\"preview-title\">Förhandsgranskning (inte sparad)</h2>\n");
		page_doc(r, app_text_preview(s->key, form_get(v, "markdown"), 0, &err), &err);
		buf_adds(&r->out, "</section>\n");
	}
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"text-form\" class=\"text-edit\" method=\"post\" action=\"/texter/%s\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
		   s->key, year);
	page_csrf(r);
	page_textarea(r, "markdown", "Text (Markdown)", v ? val(v, "markdown", "") : md ? md : "", 14,
		 "Tom rad mellan stycken; # Rubrik, ## Underrubrik; - i början av raden för en punktlista; "
		 "*kursiv* och **fet** visas som vanlig text.",
		 page_errors_for(pe, "markdown"));
	web_printf(&r->out, "<p><button type=\"submit\" name=\"action\" value=\"preview\" id=\"preview-submit\">"
			    "Förhandsgranska</button> <button type=\"submit\" name=\"action\" value=\"save\" "
			    "id=\"text-submit\">Spara</button> <a href=\"/texter?year=%d\">Avbryt</a></p>\n</form>\n",
		   year);
	free(md);
	page_end(r);
}

void page_text_form(struct web_req *r)
{
	static const struct page_errors none;

	text_page(r, NULL, 0, &none);
}

void page_text_save(struct web_req *r)
{
	const struct form *b = &r->body;
	const char *action = form_get(b, "action");
	static const struct page_errors none;
	struct page_errors pe;
	struct err err;
	char path[64];
	int year = the_year(r);

	if (!find_section(r->params[0])) {
		web_error(r, 404, "Det finns inget sådant avsnitt.");
		return;
	}
	if (action && strcmp(action, "preview") == 0) {
		text_page(r, b, 1, &none);
		return;
	}
	page_errors_init(&pe);
	if (app_text_put(r->st, r->params[0], year, form_get(b, "markdown"), &err) < 0) {
		page_errors_add_err(&pe, &err);
		r->status = 400;
		text_page(r, b, 0, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/texter?year=%d", year);
	page_done(r, path, "Texten är sparad.");
}

static void text_remove_page(struct web_req *r, const char *error)
{
	const struct app_text_section *s = find_section(r->params[0]);
	int year = the_year(r);

	if (!s) {
		web_error(r, 404, "Det finns inget sådant avsnitt.");
		return;
	}
	page_begin(r, "Ta bort en text");
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"form-error\" role=\"alert\">%s</p>\n", error);
	web_printf(&r->out, "<p>Vill du ta bort texten ”%s” för %d? Den försvinner ur %s; loggen behåller den med "
			    "ditt namn.</p>\n<form id=\"remove-form\" method=\"post\" action=\"/texter/%s/ta-bort\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\">",
		   s->title, year, s->documents, s->key, year);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-submit\">Ta bort</button> "
			    "<a href=\"/texter?year=%d\">Avbryt</a></p>\n</form>\n",
		   year);
	page_end(r);
}

void page_text_remove_form(struct web_req *r)
{
	text_remove_page(r, NULL);
}

void page_text_remove(struct web_req *r)
{
	struct page_errors pe;
	struct err err;
	char path[64];
	int year = the_year(r);

	if (!find_section(r->params[0])) {
		web_error(r, 404, "Det finns inget sådant avsnitt.");
		return;
	}
	if (app_text_remove(r->st, r->params[0], year, &err) < 0) {
		page_errors_init(&pe);
		page_errors_add_err(&pe, &err);
		r->status = 400;
		text_remove_page(r, pe.e[0].msg);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/texter?year=%d", year);
	page_done(r, path, "Texten är borttagen.");
}

/* ---- files read in: the books (SIE) and the survey answers (CSV) ---- */

static void file_input(struct web_req *r, const char *id, const char *label, const char *accept, const char *error)
{
	web_printf(&r->out, "<p class=\"field%s\"><label for=\"%s\">%s</label>\n<input type=\"file\" id=\"%s\" "
			    "name=\"file\" accept=\"%s\"",
		   error ? " has-error" : "", id, label, id, accept);
	if (error)
		web_printf(&r->out, " aria-invalid=\"true\" aria-describedby=\"%s-error\"><span class=\"field-error\" "
				    "id=\"%s-error\">%s</span></p>\n",
			   id, id, error);
	else
		buf_adds(&r->out, "></p>\n");
}

/* What a failed upload shows (page_import_errors): the use case's
 * message, the bad rows (may be NULL), the temporary path (may be NULL)
 * and the file's name. */
struct upload_failure {
	const char *msg;
	const struct app_import_errors *rows;
	const char *path, *name;
};

/* The page with both uploads; which ("sie", "survey") names the one that
 * failed with fail (every error) or field_error (beside the file field). */
static void upload_page(struct web_req *r, const char *which, const struct upload_failure *fail,
			const char *field_error)
{
	long done_year = web_int(form_get(&r->query, "year"), 1990, 2200);
	int sie = which && strcmp(which, "sie") == 0, survey = which && strcmp(which, "survey") == 0;

	page_begin(r, "Läs in filer");
	page_notice(r);
	if (done_year > 0 && form_get(&r->query, "ok")) {
		struct check_report rep;
		struct err err;
		size_t i;

		memset(&rep, 0, sizeof(rep));
		web_printf(&r->out, "<section id=\"import-result\" aria-labelledby=\"import-result-title\">\n"
				    "<h2 id=\"import-result-title\">Kontrollen av %ld</h2>\n",
			   done_year);
		if (app_check(r->st, (int)done_year, &rep, &err) < 0) {
			web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		} else {
			web_printf(&r->out, "<p id=\"check-summary\" class=\"%s\">%s</p>\n", rep.failures ? "warn" : "ok",
				   rep.failures ? "Kontrollen visar fel:" : "Alla kontroller håller.");
			if (rep.failures) {
				buf_adds(&r->out, "<ul id=\"check-failures\">\n");
				for (i = 0; i < rep.n; i++)
					if (rep.items[i].status == CHECK_FAILED)
						web_printf(&r->out, "<li>%s</li>\n", rep.items[i].title);
				buf_adds(&r->out, "</ul>\n");
			}
			check_report_release(&rep);
		}
		web_printf(&r->out, "<p><a id=\"check-link\" href=\"/kontroll?year=%ld\">Se hela kontrollen för %ld</a></p>\n"
				    "</section>\n",
			   done_year, done_year);
	}

	buf_adds(&r->out, "<h2 id=\"sie-title\">Bokföringen (SIE)</h2>\n");
	if (sie && fail)
		page_import_errors(r, "sie-errors", fail->msg, fail->rows, fail->path, fail->name);
	buf_adds(&r->out, "<p>En SIE-fil (typ 4) från bokföringsprogrammet. Filens räkenskapsår ersätter det som "
			  "lästs in för året tidigare. Hela filen prövas; har den ett enda fel sparas ingenting, och "
			  "alla fel visas med sina rader. En stor fil tar en stund att läsa in.</p>\n"
			  "<form id=\"sie-form\" method=\"post\" action=\"/inlasning/bokforing\" "
			  "enctype=\"multipart/form-data\">\n");
	page_csrf(r);
	file_input(r, "sie-file", "SIE-fil", ".se,.si,.sie,text/plain", sie ? field_error : NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"sie-submit\">Läs in bokföringen</button></p>\n</form>\n");

	buf_adds(&r->out, "<h2 id=\"survey-title\">Enkätsvar (CSV)</h2>\n");
	if (survey && fail)
		page_import_errors(r, "survey-errors", fail->msg, fail->rows, fail->path, fail->name);
	buf_adds(&r->out, "<p>Enkätverktygets CSV-fil med svaren på NNS indikatorenkäter, en rad per fråga, grupp och "
			  "kön (se användarhandledningen). Det som lästs in tidigare för samma år, grupp och insats "
			  "ersätts. Varje rad prövas; har filen ett enda fel sparas ingenting, och alla fel visas med "
			  "sina rader. <a href=\"/enkater\">Se och ta bort inlästa enkätsvar</a>.</p>\n"
			  "<form id=\"survey-form\" method=\"post\" action=\"/inlasning/enkater\" "
			  "enctype=\"multipart/form-data\">\n");
	page_csrf(r);
	file_input(r, "survey-file", "Enkätsvar (CSV)", ".csv,text/csv", survey ? field_error : NULL);
	page_field(r, "survey-year", "År för rader utan år (valfritt)", "text",
		   survey ? form_get(&r->body, "survey-year") : "", NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"survey-submit\">Läs in enkätsvaren</button></p>\n</form>\n");
	page_end(r);
}

void page_uploads(struct web_req *r)
{
	upload_page(r, NULL, NULL, NULL);
}

/* Every error of an SIE file is listed, up to this many. */
void page_upload_sie(struct web_req *r)
{
	struct app_import_result res;
	struct err err;
	struct web_upload u;
	struct app_import_errors errors;
	struct app_progress progress = { .ctx = &errors, .error = app_import_errors_on_error };
	char ok[64];
	const char *name = web_upload_name(r, "bokforing.se");
	int rc;

	if (!r->file.data || r->file.len == 0) {
		r->status = 400;
		upload_page(r, "sie", NULL, "Välj en SIE-fil att läsa in.");
		return;
	}
	if (web_upload_save(r, &u, "bokforing.se") < 0) {
		web_error(r, 500, "Filen kunde inte tas emot.");
		return;
	}
	app_import_errors_init(&errors);
	rc = app_import_sie_as(r->srv->cfg.db, r->sess.user.name, u.path, name, &progress, &res, &err);
	web_upload_gone(&u);
	if (rc < 0) {
		/* One error is the message; more are listed under its summary. */
		struct upload_failure fail = { err.msg, errors.count > 1 ? &errors : NULL, u.path, name };

		r->status = 400;
		upload_page(r, "sie", &fail, "Filen har fel; se listan ovan.");
	}
	app_import_errors_release(&errors);
	if (rc < 0)
		return;
	snprintf(ok, sizeof(ok), "/inlasning?year=%d", res.year);
	page_done(r, ok, "Bokföringen är inläst.");
}

void page_upload_survey(struct web_req *r)
{
	struct app_survey_import res;
	struct app_import_errors rows;
	struct err err;
	struct web_upload u;
	char ok[64];
	const char *name = web_upload_name(r, "enkater.csv"), *year_s = form_get(&r->body, "survey-year");
	long year = 0;
	int rc;

	if (!r->file.data || r->file.len == 0) {
		r->status = 400;
		upload_page(r, "survey", NULL, "Välj en CSV-fil med enkätsvar att läsa in.");
		return;
	}
	if (year_s && *year_s && (year = web_int(year_s, 1990, 2200)) < 0) {
		struct upload_failure fail = { "Året ska vara ett år med fyra siffror, till exempel 2025.", NULL, NULL, NULL };

		r->status = 400;
		upload_page(r, "survey", &fail, NULL);
		return;
	}
	if (web_upload_save(r, &u, "enkater.csv") < 0) {
		web_error(r, 500, "Filen kunde inte tas emot.");
		return;
	}
	app_import_errors_init(&rows);
	rc = app_import_survey_rows(r->st, u.path, name, (int)year, &res, &rows, &err);
	web_upload_gone(&u);
	if (rc < 0) {
		struct upload_failure fail = { err.msg, &rows, u.path, name };

		r->status = 400;
		upload_page(r, "survey", &fail, "Filen har fel; se listan ovan.");
		app_import_errors_release(&rows);
		return;
	}
	app_import_errors_release(&rows);
	snprintf(ok, sizeof(ok), "/enkater?year=%d", res.year);
	page_done(r, ok, "Enkätsvaren är inlästa.");
}

/* ---- the survey answers stored ---- */

void page_surveys(struct web_req *r)
{
	struct app_survey_batch *b = NULL;
	struct err err;
	size_t n = 0, i;
	int year = the_year(r);

	page_begin(r, "Enkätsvar");
	page_notice(r);
	page_year_picker(r, "/enkater", year, "year");
	if (app_survey_batches(r->st, year, &b, &n, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	if (!n) {
		web_printf(&r->out, "<p id=\"no-surveys\">Inga enkätsvar för %d.</p>\n", year);
	} else {
		web_printf(&r->out, "<h2>Inlästa enkätsvar %d</h2>\n<ul class=\"survey-list\" id=\"survey-list\">\n", year);
		for (i = 0; i < n; i++) {
			web_printf(&r->out, "<li><strong>%s</strong>, %s: %ld rader, %lld svar. "
					    "<a href=\"/enkater/ta-bort?year=%d&amp;group=%s&amp;insats=%lld\">Ta bort <span "
					    "class=\"visually-hidden\">%s, %s</span></a></li>\n",
				   survey_group_label((enum survey_group)b[i].group),
				   b[i].intervention_id ? b[i].insats : "förbundets egen enkät", b[i].lines,
				   (long long)b[i].answers, year, survey_group_key((enum survey_group)b[i].group),
				   (long long)b[i].intervention_id, survey_group_label((enum survey_group)b[i].group),
				   b[i].intervention_id ? b[i].insats : "förbundets egen enkät");
		}
		buf_adds(&r->out, "</ul>\n");
	}
	web_printf(&r->out, "<p><a href=\"/inlasning\">Läs in enkätsvar</a> · <a href=\"/rapporter/enkater/%d\">"
			    "Enkätresultaten %d</a></p>\n",
		   year, year);
	free(b);
	page_end(r);
}

/* The group and intervention of a removal, from the query or the form. */
static int survey_which(struct web_req *r, const char **group, long *insats)
{
	const struct form *f = strcmp(r->method, "POST") == 0 ? &r->body : &r->query;

	*group = form_get(f, "group");
	*insats = web_int(form_get(f, "insats"), 0, 999999999);
	if (!*group || survey_group_match(*group) < 0 || *insats < 0) {
		web_error(r, 404, "Det finns inga sådana enkätsvar.");
		return -1;
	}
	return 0;
}

static void survey_remove_page(struct web_req *r, const char *group, long insats, const char *error)
{
	struct intervention iv;
	struct err err;
	char id[24];
	int year = the_year(r);

	snprintf(id, sizeof(id), "%ld", insats);
	if (insats && app_insats_find(r->st, id, &iv, &err) < 0) {
		web_error(r, 404, "Det finns ingen sådan insats.");
		return;
	}
	page_begin(r, "Ta bort enkätsvar");
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"form-error\" role=\"alert\">%s</p>\n", error);
	web_printf(&r->out, "<p>Vill du ta bort enkätsvaren från %s för %d, %s%s? Enkätresultaten räknas om, och "
			    "borttagningen står i loggen med ditt namn.</p>\n",
		   survey_group_label((enum survey_group)survey_group_match(group)), year,
		   insats ? "i " : "förbundets egen enkät", insats ? iv.name : "");
	web_printf(&r->out, "<form id=\"remove-form\" method=\"post\" action=\"/enkater/ta-bort\">\n"
			    "<input type=\"hidden\" name=\"year\" value=\"%d\"><input type=\"hidden\" name=\"group\" "
			    "value=\"%s\"><input type=\"hidden\" name=\"insats\" value=\"%ld\">",
		   year, group, insats);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-submit\">Ta bort</button> "
			    "<a href=\"/enkater?year=%d\">Avbryt</a></p>\n</form>\n",
		   year);
	page_end(r);
}

void page_survey_remove_form(struct web_req *r)
{
	const char *group;
	long insats;

	if (survey_which(r, &group, &insats) == 0)
		survey_remove_page(r, group, insats, NULL);
}

void page_survey_remove(struct web_req *r)
{
	struct page_errors pe;
	struct err err;
	const char *group;
	char id[24], path[64];
	int64_t removed;
	long insats;
	int year = the_year(r);

	if (survey_which(r, &group, &insats) < 0)
		return;
	snprintf(id, sizeof(id), "%ld", insats);
	if (app_survey_remove(r->st, year, group, insats ? id : NULL, &removed, &err) < 0) {
		page_errors_init(&pe);
		page_errors_add_err(&pe, &err);
		r->status = 400;
		survey_remove_page(r, group, insats, pe.e[0].msg);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/enkater?year=%d", year);
	page_done(r, path, "Enkätsvaren är borttagna.");
}
