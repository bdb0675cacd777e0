/*
 * pages_control.c: the internal control plan (internkontrollplan) on the
 * web: the year's plan (its adoption, the risk and materiality analysis
 * with the risk matrix, the control actions, their follow-ups and the
 * periods without one), the same document `finsam report control` makes,
 * and one risk with its actions and their follow-ups. The board and the
 * auditors read them; the director adds, corrects and removes a risk and
 * its control actions, copies last year's analysis into an empty year,
 * records the meeting that adopted the plan and the follow-up of an
 * action at a meeting, each through its use case in app/ (control.c),
 * which checks it, refuses a closed year and writes the audit log. A
 * removal asks for a confirmation first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "model/control.h"
#include "model/meeting.h"
#include "web/web_int.h"

static const char *const scores[] = { "1", "2", "3", "4", NULL };
static const char *const probability_labels[] = { "1 osannolik", "2 möjlig", "3 sannolik", "4 mycket sannolik",
						  NULL };
static const char *const consequence_labels[] = { "1 lindrig", "2 måttlig", "3 kännbar", "4 allvarlig", NULL };
static const char *const frequencies[] = { "monthly", "quarterly", "tertial", "halfyear", "yearly", NULL };
static const char *const frequency_labels[] = { "Månadsvis", "Kvartalsvis", "Tertialvis", "Halvårsvis", "Årligen",
						NULL };
static const char *const results[] = { "done", "deviation", "not_done", NULL };
static const char *const result_labels[] = { "Genomförd", "Avvikelse", "Ej genomförd", NULL };

static const struct page_field_decl risk_fields[] = {
	FIELD_TEXT("area", "Område (till exempel ekonomi eller personuppgifter)"),
	FIELD_TEXT("text", "Risk"),
	FIELD_CHOICE("probability", "Sannolikhet", scores, probability_labels),
	FIELD_CHOICE("consequence", "Konsekvens", scores, consequence_labels),
	FIELD_TEXT("owner", "Ansvarig (kan lämnas tom)"),
};

static const struct page_field_decl action_fields[] = {
	FIELD_TEXT("what", "Vad som kontrolleras"),
	FIELD_CHOICE("frequency", "Hur ofta", frequencies, frequency_labels),
	FIELD_TEXT("owner", "Vem som utför kontrollen"),
	FIELD_TEXT("report_to", "Rapporteras till och när (kan lämnas tomt)"),
};

static int admin(const struct web_req *r)
{
	return r->sess.user.role == ROLE_ADMIN;
}

/* A form's field, "" when it was not sent. */
static const char *sent(const struct form *b, const char *name)
{
	const char *s = form_get(b, name);

	return s ? s : "";
}

/* The choices of a select made from the records (meetings, periods). */
#define CHOICES_MAX 64
struct choices {
	size_t n;
	char v[CHOICES_MAX][24], l[CHOICES_MAX][160];
	const char *vp[CHOICES_MAX + 1], *lp[CHOICES_MAX + 1];
};

static void choice_add(struct choices *c, const char *value, const char *label)
{
	if (c->n >= CHOICES_MAX)
		return;
	snprintf(c->v[c->n], sizeof(c->v[0]), "%s", value);
	snprintf(c->l[c->n], sizeof(c->l[0]), "%s", label);
	c->vp[c->n] = c->v[c->n];
	c->lp[c->n] = c->l[c->n];
	c->n++;
	c->vp[c->n] = c->lp[c->n] = NULL;
}

/* The meetings of the years from..to (of the board only when board), by
 * day: "2025-11-20, Styrelsen, protokoll 2025:5". */
static void meeting_choices(struct web_req *r, int from, int to, int board, struct choices *c)
{
	struct meeting *m;
	size_t n, i;
	struct err err;
	char id[24], label[300], day[11];
	int y;

	c->n = 0;
	c->vp[0] = c->lp[0] = NULL;
	for (y = from; y <= to; y++) {
		m = NULL;
		n = 0;
		if (app_meetings_until(r->st, y, (struct date){ y, 12, 31 }, &m, &n, &err) < 0)
			continue;
		for (i = 0; i < n; i++) {
			if (board && m[i].body != BODY_BOARD)
				continue;
			snprintf(id, sizeof(id), "%lld", (long long)m[i].id);
			snprintf(label, sizeof(label), "%s, %s%s%s", date_format(day, m[i].date),
				 meeting_body_label(m[i].body), m[i].protocol[0] ? ", protokoll " : "", m[i].protocol);
			choice_add(c, id, label);
		}
		free(m);
	}
}

/* The periods of a year of an action done f: "1" "kvartal 1", ... */
static void period_choices(enum control_frequency f, struct choices *c)
{
	char v[12], label[32];
	int p;

	c->n = 0;
	c->vp[0] = c->lp[0] = NULL;
	for (p = 1; p <= control_periods(f); p++) {
		snprintf(v, sizeof(v), "%d", p);
		control_period_label(f, p, label, sizeof(label));
		choice_add(c, v, label);
	}
}

/* A form's start: its heading, errors, the form tag and the CSRF token. */
static void form_begin(struct web_req *r, const char *id, const char *heading, const char *intro, const char *action,
		       const struct page_errors *pe)
{
	web_printf(&r->out, "<h2 id=\"%s\">%s</h2>\n", id, heading);
	if (intro)
		web_printf(&r->out, "<p>%s</p>\n", intro);
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"%s-form\" method=\"post\" action=\"%s\">\n", id, action);
	page_csrf(r);
}

static void form_end(struct web_req *r, const char *id, const char *button)
{
	web_printf(&r->out, "<p><button type=\"submit\" id=\"%s-submit\">%s</button></p>\n</form>\n", id, button);
}

/* ---- the year's plan ---- */

/* Each risk's text leads to its page, each action's to its risk's; the
 * number of risks into *ctx. */
static void link_plan(void *ctx, const struct doc_table *t)
{
	size_t *risks = ctx, i;
	char href[64];

	if (!t->key)
		return;
	if (strcmp(t->key, "risks") == 0) {
		*risks = t->n_rows;
		for (i = 0; i < t->n_rows; i++) {
			snprintf(href, sizeof(href), "/intern-kontroll/risk/%lld", (long long)t->rows[i]->cells[1].i);
			doc_cell_link(t->rows[i], 3, href);
		}
	} else if (strcmp(t->key, "actions") == 0) {
		for (i = 0; i < t->n_rows; i++) {
			snprintf(href, sizeof(href), "/intern-kontroll/risk/%lld", (long long)t->rows[i]->cells[2].i);
			doc_cell_link(t->rows[i], 3, href);
		}
	}
}

/* The year's plan; a refused form (which: "risk", "adopt" or "copy")
 * comes back with its errors (pe) and what was typed (v). */
static void plan_page(struct web_req *r, int year, const char *which, const struct page_errors *pe,
		      const struct form *v)
{
	static const struct page_errors none;
	const struct page_errors *pr = &none, *pa = &none, *pc = &none;
	struct choices meetings;
	struct doc *d;
	struct err err;
	size_t risks = 0;
	char intro[300], ys[8];

	if (pe && which && strcmp(which, "risk") == 0)
		pr = pe;
	else if (pe && which && strcmp(which, "adopt") == 0)
		pa = pe;
	else if (pe)
		pc = pe;
	page_begin(r, "Intern kontroll");
	page_notice(r);
	page_year_picker(r, "/intern-kontroll", year, "pick-year");
	buf_adds(&r->out, "<p>Årets internkontrollplan: risk- och väsentlighetsanalysen med riskmatrisen, de "
			  "kontrollmoment som svarar mot riskerna, uppföljningen av dem vid sammanträdena och de "
			  "perioder som har slutat utan uppföljning. En risk leder till dess kontrollmoment och "
			  "uppföljningar. En plan som inte är antagen och en period utan uppföljning är varningar i "
			  "kontrollen.</p>\n");
	web_printf(&r->out, "<h2 id=\"plan-heading\">Internkontrollplan %d</h2>\n", year);
	d = app_report_control(r->st, year, &err);
	if (d)
		doc_each_table(d, link_plan, &risks);
	page_doc_scroll(r, d, &err, "control-plan");
	if (!admin(r)) {
		page_end(r);
		return;
	}
	snprintf(ys, sizeof(ys), "%d", year);
	meeting_choices(r, year - 1, year, 1, &meetings);
	snprintf(intro, sizeof(intro), "Välj styrelsens sammanträde där planen för %d antogs, under året eller "
				       "året före. Ett nytt val ersätter det förra.", year);
	form_begin(r, "adopt", "Registrera antagandet", intro, "/intern-kontroll/anta", pa);
	page_hidden(r, "year", ys);
	if (meetings.n)
		page_form_choice(r, pa, "meeting", "Sammanträde", meetings.vp, meetings.lp,
				 page_form_value(v, "meeting", NULL));
	else
		web_printf(&r->out, "<p id=\"no-meetings\">Inga styrelsesammanträden är protokollförda för %d eller %d; "
				    "lägg in dem under <a href=\"/sammantraden?year=%d\">Sammanträden</a>.</p>\n",
			   year - 1, year, year);
	form_end(r, "adopt", "Registrera antagandet");
	form_begin(r, "risk", "Lägg till en risk",
		   "Sannolikhet och konsekvens bedöms från 1 till 4; riskvärdet är deras produkt. Kontrollmomenten "
		   "läggs till på riskens sida.",
		   "/intern-kontroll", pr);
	page_hidden(r, "year", ys);
	page_form_fields(r, risk_fields, DOC_N(risk_fields), NULL, pr, v);
	form_end(r, "risk", "Lägg till");
	if (risks == 0 || pc->n) {
		snprintf(intro, sizeof(intro), "Riskerna i analysen för %d kopieras med sina kontrollmoment till %d, "
					       "där de sedan kan ändras. Uppföljningarna och antagandet kopieras inte.",
			 year - 1, year);
		form_begin(r, "copy", "Kopiera förra årets riskanalys", intro, "/intern-kontroll/kopiera", pc);
		page_hidden(r, "year", ys);
		page_hidden_int(r, "from", year - 1);
		form_end(r, "copy", "Kopiera");
	}
	page_end(r);
}

void page_control(struct web_req *r)
{
	plan_page(r, page_year_of(r, &r->query), NULL, NULL, NULL);
}

/* A refused form of the plan comes back; else page_done to path. */
static void plan_done(struct web_req *r, int year, const char *which, struct page_errors *pe, const char *path,
		      const char *notice)
{
	if (pe->n) {
		r->status = 400;
		plan_page(r, year, which, pe, &r->body);
		page_errors_release(pe);
		return;
	}
	page_done(r, path, notice);
}

void page_risk_add(struct web_req *r)
{
	const struct form *b = &r->body;
	int year = page_year_of(r, b);
	struct page_errors pe;
	struct err err;
	int64_t id = 0;
	char ys[8], path[64];

	snprintf(ys, sizeof(ys), "%d", year);
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_RISK, b) &&
	    app_risk_add(r->st,
			 &(struct app_risk_fields){ ys, sent(b, "area"), sent(b, "text"), form_get(b, "probability"),
						    form_get(b, "consequence"), sent(b, "owner") },
			 &id, &err) < 0)
		page_errors_add_err(&pe, &err);
	snprintf(path, sizeof(path), "/intern-kontroll/risk/%lld", (long long)id);
	plan_done(r, year, "risk", &pe, path, "Risken är tillagd.");
}

void page_risk_copy(struct web_req *r)
{
	const struct form *b = &r->body;
	int year = page_year_of(r, b);
	long from = web_int(form_get(b, "from"), 1900, 9999);
	struct page_errors pe;
	struct err err;
	size_t copied;
	char path[48];

	page_errors_init(&pe);
	if (from < 0)
		page_errors_add(&pe, NULL, "ange året att kopiera riskanalysen från");
	else if (app_risk_copy(r->st, (int)from, year, &copied, &err) < 0)
		page_errors_add_err(&pe, &err);
	snprintf(path, sizeof(path), "/intern-kontroll?year=%d", year);
	plan_done(r, year, "copy", &pe, path, "Riskanalysen är kopierad.");
}

void page_control_adopt(struct web_req *r)
{
	const struct form *b = &r->body;
	int year = page_year_of(r, b);
	long meeting = web_int(form_get(b, "meeting"), 1, 999999999);
	struct page_errors pe;
	struct err err;
	char path[48];

	page_errors_init(&pe);
	if (meeting < 0)
		page_errors_add(&pe, "meeting", "välj sammanträdet där styrelsen antog internkontrollplanen");
	else if (app_control_adopt(r->st, year, meeting, &err) < 0)
		page_errors_add_err(&pe, &err);
	snprintf(path, sizeof(path), "/intern-kontroll?year=%d", year);
	plan_done(r, year, "adopt", &pe, path, "Internkontrollplanen är antagen.");
}

/* ---- one risk ---- */

static int find_risk(struct web_req *r, struct risk *out)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_risk_get(r->st, id, out, &err) < 0) {
		web_error(r, 404, "Det finns ingen sådan risk.");
		return -1;
	}
	return 0;
}

/* The director's page of an action: its text leads to it. */
static void link_actions(void *ctx, const struct doc_table *t)
{
	char href[64];
	size_t i;

	(void)ctx;
	if (!t->key || strcmp(t->key, "actions") != 0)
		return;
	for (i = 0; i < t->n_rows; i++) {
		snprintf(href, sizeof(href), "/intern-kontroll/moment/%lld", (long long)t->rows[i]->cells[0].i);
		doc_cell_link(t->rows[i], 3, href);
	}
}

static void risk_page(struct web_req *r, const struct risk *k, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	struct doc *d;
	struct err err;
	char title[64], action[64];

	if (!pe)
		pe = &none;
	snprintf(title, sizeof(title), "Risk %d i riskanalysen %d", k->number, k->year);
	page_begin(r, title);
	page_notice(r);
	buf_adds(&r->out, "<h2 id=\"risk-heading\">");
	web_esc(&r->out, k->text);
	buf_adds(&r->out, "</h2>\n");
	d = app_report_risk(r->st, k->id, &err);
	if (d && admin(r))
		doc_each_table(d, link_actions, NULL);
	page_doc_scroll(r, d, &err, "risk");
	web_printf(&r->out, "<p><a href=\"/intern-kontroll?year=%d\">Internkontrollplanen %d</a></p>\n", k->year,
		   k->year);
	if (!admin(r)) {
		page_end(r);
		return;
	}
	web_printf(&r->out, "<p><a id=\"edit-risk\" href=\"/intern-kontroll/risk/%lld/andra\">Ändra risken</a> "
			    "<a id=\"remove-risk\" href=\"/intern-kontroll/risk/%lld/ta-bort\">Ta bort risken</a></p>\n",
		   (long long)k->id, (long long)k->id);
	snprintf(action, sizeof(action), "/intern-kontroll/risk/%lld/moment", (long long)k->id);
	form_begin(r, "action", "Lägg till ett kontrollmoment",
		   "Ett kontrollmoment ändras, följs upp eller tas bort genom att välja dess text i tabellen ovan.",
		   action, pe);
	page_hidden_int(r, "risk", (long)k->id);
	page_form_fields(r, action_fields, DOC_N(action_fields), NULL, pe, v);
	form_end(r, "action", "Lägg till");
	page_end(r);
}

void page_risk(struct web_req *r)
{
	struct risk k;

	if (find_risk(r, &k) == 0)
		risk_page(r, &k, NULL, NULL);
}

static void risk_form(struct web_req *r, const struct risk *k, const struct page_errors *pe, const struct form *v)
{
	char action[64], cancel[64];
	const char *now[] = { k->area, k->text, scores[k->probability - 1], scores[k->consequence - 1], k->owner };

	snprintf(action, sizeof(action), "/intern-kontroll/risk/%lld/andra", (long long)k->id);
	snprintf(cancel, sizeof(cancel), "/intern-kontroll/risk/%lld", (long long)k->id);
	page_edit(r,
		  &(struct page_edit){ "Ändra en risk",
				       "<p>Rättar riskens område, text, bedömning och ansvarig. Riskvärdet räknas "
				       "om.</p>\n",
				       "risk-edit", action, NULL, risk_fields, DOC_N(risk_fields), now, cancel },
		  pe, v);
}

void page_risk_form(struct web_req *r)
{
	struct risk k;

	if (find_risk(r, &k) == 0)
		risk_form(r, &k, NULL, NULL);
}

void page_risk_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct risk k;
	struct page_errors pe;
	struct err err;
	char path[64];

	if (find_risk(r, &k) < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_RISK, b) &&
	    app_risk_edit(r->st, k.id,
			  &(struct app_risk_fields){ NULL, sent(b, "area"), sent(b, "text"), form_get(b, "probability"),
						     form_get(b, "consequence"), sent(b, "owner") },
			  &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		risk_form(r, &k, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/intern-kontroll/risk/%lld", (long long)k.id);
	page_done(r, path, "Risken är ändrad.");
}

/* A page that says why a record cannot be removed yet, with the way back. */
static void not_yet(struct web_req *r, const char *title, const char *why, const char *back)
{
	page_begin(r, title);
	web_printf(&r->out, "<p id=\"confirm-what\">%s</p>\n<p><a id=\"confirm-cancel\" href=\"%s\">Tillbaka</a></p>\n",
		   why, back);
	page_end(r);
}

void page_risk_remove_form(struct web_req *r)
{
	struct risk k;
	struct control_action *a = NULL;
	size_t n = 0;
	struct err err;
	char what[200], action[64], back[64];

	if (find_risk(r, &k) < 0)
		return;
	snprintf(action, sizeof(action), "/intern-kontroll/risk/%lld/ta-bort", (long long)k.id);
	snprintf(back, sizeof(back), "/intern-kontroll/risk/%lld", (long long)k.id);
	if (app_control_list(r->st, k.year, k.id, &a, &n, &err) == 0 && n) {
		snprintf(what, sizeof(what), "Risken har %zu kontrollmoment. Ta bort %s först; sedan kan risken tas "
					     "bort.",
			 n, n == 1 ? "det" : "dem");
		free(a);
		not_yet(r, "Risken kan inte tas bort ännu", what, back);
		return;
	}
	free(a);
	snprintf(what, sizeof(what), "Risk %d i riskanalysen %d tas bort. Borttagningen står i loggen.", k.number,
		 k.year);
	page_confirm_begin(r, "Ta bort en risk?", what, action);
	page_confirm_end(r, "Ta bort", back);
}

void page_risk_remove(struct web_req *r)
{
	struct risk k;
	struct err err;
	char path[48];

	if (find_risk(r, &k) < 0)
		return;
	if (app_risk_remove(r->st, k.id, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/intern-kontroll?year=%d", k.year);
	page_done(r, path, "Risken är borttagen.");
}

/* ---- control actions ---- */

static void action_fields_of(const struct form *b, const char *risk, struct app_action_fields *f)
{
	*f = (struct app_action_fields){ risk, sent(b, "what"), form_get(b, "frequency"), sent(b, "owner"),
					 sent(b, "report_to") };
}

void page_action_add(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_action_fields f;
	struct risk k;
	struct page_errors pe;
	struct err err;
	char risk[24], path[64];

	if (find_risk(r, &k) < 0)
		return;
	snprintf(risk, sizeof(risk), "%lld", (long long)k.id);
	action_fields_of(b, risk, &f);
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_CONTROL_ACTION, b) && app_control_add(r->st, &f, NULL, &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		risk_page(r, &k, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/intern-kontroll/risk/%lld", (long long)k.id);
	page_done(r, path, "Kontrollmomentet är tillagt.");
}

static int find_action(struct web_req *r, struct control_action *a, struct risk *k)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_control_get(r->st, id, a, k, &err) < 0) {
		web_error(r, 404, "Det finns inget sådant kontrollmoment.");
		return -1;
	}
	return 0;
}

/* The action's follow-ups, each with the link that removes it. */
static void followups_table(struct web_req *r, const struct control_action *a, const struct risk *k)
{
	struct control_followup *f = NULL;
	struct doc *d;
	struct doc_table *t;
	size_t n = 0, i;
	struct err err;
	char label[32], href[64], id[32], date[11];

	buf_adds(&r->out, "<h2 id=\"followups\">Uppföljningar</h2>\n");
	if (app_control_followups(r->st, k->year, a->id, &f, &n, &err) < 0 || n == 0) {
		buf_adds(&r->out, "<p id=\"no-followups\">Kontrollmomentet är inte uppföljt ännu.</p>\n");
		free(f);
		return;
	}
	t = page_records_table(&d, "followups", "Uppföljningar", 6);
	doc_column_set(t, 0, "period", "Period", 0);
	doc_column_set(t, 1, "meeting_date", "Sammanträde", 0);
	doc_column_set(t, 2, "result", "Resultat", 0);
	doc_column_set(t, 3, "comment", "Kommentar", 0);
	doc_column_set(t, 4, "measure", "Åtgärd", 0);
	doc_column_set(t, 5, "remove", "Ta bort", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		control_period_label(a->frequency, f[i].period, label, sizeof(label));
		doc_cell_text(row, 0, label, NULL);
		doc_cell_date(row, 1, f[i].meeting_date);
		doc_cell_text(row, 2, result_labels[f[i].result < RESULT__MAX ? f[i].result : RESULT_DONE], NULL);
		doc_cell_text(row, 3, f[i].comment, NULL);
		doc_cell_text(row, 4, f[i].measure, NULL);
		snprintf(href, sizeof(href), "/intern-kontroll/uppfoljning/%lld/ta-bort", (long long)f[i].id);
		snprintf(id, sizeof(id), "remove-followup-%lld", (long long)f[i].id);
		snprintf(label + strlen(label), sizeof(label) - strlen(label), " %s", date_format(date, f[i].meeting_date));
		doc_cell_action(row, 5, "Ta bort", href, label, id);
	}
	free(f);
	page_doc_scroll(r, d, NULL, "followup-list");
}

/* The director's page of an action: its correction, its follow-up and
 * the follow-ups recorded; a refused form (which: "edit" or "follow-up")
 * comes back with its errors (pe) and what was typed (v). */
static void action_page(struct web_req *r, const struct control_action *a, const struct risk *k, const char *which,
			const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	const struct page_errors *pe_edit = &none, *pe_fu = &none;
	const struct form *v_edit = NULL, *v_fu = NULL;
	const char *now[] = { a->what, frequencies[a->frequency < FREQ__MAX ? a->frequency : FREQ_YEARLY], a->owner,
			      a->report_to };
	struct choices meetings, periods;
	char title[64], action[80], dflt[8], intro[400];

	if (which && strcmp(which, "edit") == 0)
		pe_edit = pe, v_edit = v;
	else if (which)
		pe_fu = pe, v_fu = v;
	snprintf(title, sizeof(title), "Kontrollmoment till risk %d, %d", k->number, k->year);
	page_begin(r, title);
	page_notice(r);
	buf_adds(&r->out, "<p>Kontrollmomentet svarar mot risken ");
	web_printf(&r->out, "<a href=\"/intern-kontroll/risk/%lld\">", (long long)k->id);
	web_esc(&r->out, k->text);
	buf_adds(&r->out, "</a>.</p>\n");

	snprintf(action, sizeof(action), "/intern-kontroll/moment/%lld", (long long)a->id);
	form_begin(r, "action-edit", "Ändra kontrollmomentet", NULL, action, pe_edit);
	page_hidden_int(r, "risk", (long)k->id);
	page_form_fields(r, action_fields, DOC_N(action_fields), now, pe_edit, v_edit);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"action-edit-submit\">Spara</button> "
			    "<a id=\"remove-action\" href=\"/intern-kontroll/moment/%lld/ta-bort\">Ta bort "
			    "kontrollmomentet</a></p>\n</form>\n",
		   (long long)a->id);

	snprintf(action, sizeof(action), "/intern-kontroll/moment/%lld/uppfoljning", (long long)a->id);
	snprintf(intro, sizeof(intro), "Anteckna resultatet av kontrollen för en period vid det sammanträde där den "
				       "följdes upp. Kontrollmomentet görs %s. En avvikelse beskrivs i kommentaren.",
		 control_frequency_label(a->frequency));
	form_begin(r, "followup", "Följ upp kontrollmomentet", intro, action, pe_fu);
	meeting_choices(r, k->year, k->year + 1, 0, &meetings);
	period_choices(a->frequency, &periods);
	snprintf(dflt, sizeof(dflt), "%d", control_period_default(k->year, a->frequency, date_today()));
	if (meetings.n)
		page_form_choice(r, pe_fu, "meeting", "Sammanträde", meetings.vp, meetings.lp,
				 page_form_value(v_fu, "meeting", NULL));
	else
		web_printf(&r->out, "<p id=\"no-meetings\">Inga sammanträden är protokollförda för %d eller %d; lägg in "
				    "dem under <a href=\"/sammantraden?year=%d\">Sammanträden</a>.</p>\n",
			   k->year, k->year + 1, k->year);
	page_form_choice(r, pe_fu, "period", "Period", periods.vp, periods.lp, page_form_value(v_fu, "period", dflt));
	page_form_choice(r, pe_fu, "result", "Resultat", results, result_labels, page_form_value(v_fu, "result", NULL));
	page_form_field(r, pe_fu, v_fu, "comment", "Kommentar", "");
	page_form_field(r, pe_fu, v_fu, "measure", "Åtgärd (kan lämnas tom)", "");
	form_end(r, "followup", "Spara uppföljningen");
	followups_table(r, a, k);
	page_end(r);
}

void page_action(struct web_req *r)
{
	struct control_action a;
	struct risk k;

	if (find_action(r, &a, &k) == 0)
		action_page(r, &a, &k, NULL, NULL, NULL);
}

void page_action_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_action_fields f;
	struct control_action a;
	struct risk k;
	struct page_errors pe;
	struct err err;
	char path[64];

	if (find_action(r, &a, &k) < 0)
		return;
	action_fields_of(b, NULL, &f);
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_CONTROL_ACTION, b) && app_control_edit(r->st, a.id, &f, &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		action_page(r, &a, &k, "edit", &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/intern-kontroll/risk/%lld", (long long)k.id);
	page_done(r, path, "Kontrollmomentet är ändrat.");
}

void page_action_follow_up(struct web_req *r)
{
	const struct form *b = &r->body;
	struct control_action a;
	struct risk k;
	struct page_errors pe;
	struct err err;
	char path[80];

	if (find_action(r, &a, &k) < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_CONTROL_FOLLOWUP, b) &&
	    app_control_follow_up(r->st, a.id,
				  &(struct app_followup_fields){ form_get(b, "meeting"), form_get(b, "period"),
								 form_get(b, "result"), sent(b, "comment"),
								 sent(b, "measure") },
				  NULL, &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		action_page(r, &a, &k, "follow-up", &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/intern-kontroll/moment/%lld#followups", (long long)a.id);
	page_done(r, path, "Uppföljningen är sparad.");
}

void page_action_remove_form(struct web_req *r)
{
	struct control_action a;
	struct control_followup *f = NULL;
	struct risk k;
	size_t n = 0;
	struct err err;
	char what[200], action[64], back[64];

	if (find_action(r, &a, &k) < 0)
		return;
	snprintf(action, sizeof(action), "/intern-kontroll/moment/%lld/ta-bort", (long long)a.id);
	snprintf(back, sizeof(back), "/intern-kontroll/moment/%lld", (long long)a.id);
	if (app_control_followups(r->st, k.year, a.id, &f, &n, &err) == 0 && n) {
		snprintf(what, sizeof(what), "Kontrollmomentet har följts upp %zu %s. Ta bort uppföljningarna först; "
					     "sedan kan kontrollmomentet tas bort.",
			 n, n == 1 ? "gång" : "gånger");
		free(f);
		not_yet(r, "Kontrollmomentet kan inte tas bort ännu", what, back);
		return;
	}
	free(f);
	snprintf(what, sizeof(what), "Kontrollmomentet till risk %d i riskanalysen %d tas bort. Borttagningen står i "
				     "loggen.",
		 k.number, k.year);
	page_confirm_begin(r, "Ta bort ett kontrollmoment?", what, action);
	page_confirm_end(r, "Ta bort", back);
}

void page_action_remove(struct web_req *r)
{
	struct control_action a;
	struct risk k;
	struct err err;
	char path[64];

	if (find_action(r, &a, &k) < 0)
		return;
	if (app_control_remove(r->st, a.id, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/intern-kontroll/risk/%lld", (long long)k.id);
	page_done(r, path, "Kontrollmomentet är borttaget.");
}

/* ---- follow-ups ---- */

static int find_followup(struct web_req *r, struct control_followup *f, struct control_action *a, struct risk *k)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_control_followup_get(r->st, id, f, a, k, &err) < 0) {
		web_error(r, 404, "Det finns ingen sådan uppföljning.");
		return -1;
	}
	return 0;
}

void page_followup_remove_form(struct web_req *r)
{
	struct control_followup f;
	struct control_action a;
	struct risk k;
	char what[200], action[80], back[64], label[32], day[11];

	if (find_followup(r, &f, &a, &k) < 0)
		return;
	control_period_label(a.frequency, f.period, label, sizeof(label));
	snprintf(what, sizeof(what), "Uppföljningen för %s %d vid sammanträdet %s tas bort. Borttagningen står i "
				     "loggen.",
		 label, k.year, date_format(day, f.meeting_date));
	snprintf(action, sizeof(action), "/intern-kontroll/uppfoljning/%lld/ta-bort", (long long)f.id);
	snprintf(back, sizeof(back), "/intern-kontroll/moment/%lld", (long long)a.id);
	page_confirm_begin(r, "Ta bort en uppföljning?", what, action);
	page_confirm_end(r, "Ta bort", back);
}

void page_followup_remove(struct web_req *r)
{
	struct control_followup f;
	struct control_action a;
	struct risk k;
	struct err err;
	char path[80];

	if (find_followup(r, &f, &a, &k) < 0)
		return;
	if (app_control_followup_remove(r->st, f.id, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/intern-kontroll/moment/%lld#followups", (long long)a.id);
	page_done(r, path, "Uppföljningen är borttagen.");
}
