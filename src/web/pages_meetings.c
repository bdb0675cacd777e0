/*
 * pages_meetings.c: the meetings of the förbund's bodies (sammanträden)
 * on the web: the year's meetings with who was there, how many decisions
 * each took and whether the board was quorate, and one meeting with its
 * attendees, its decisions (a board meeting's with the funding decisions
 * of its day) and its quorum, the same documents `finsam meeting list`
 * and `meeting show` make. The board and the auditors read them; the
 * director records a meeting (who of the year's board attended, as
 * checkboxes), corrects and removes it, and records, corrects and removes
 * a decision, each through its use case in app/ (meeting.c), which checks
 * it and writes the audit log. A removal asks for a confirmation first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "model/meeting.h"
#include "web/web_int.h"

static const char *const bodies[] = { "board", "development", "consultation", "other", NULL };
static const char *const body_labels[] = { "Styrelsen", "Beredningsgruppen", "Medlemssamråd", "Övrigt", NULL };
static const char *const kinds[] = { "budget", "plan", "interim", "annual", "governing", "funding", "other", NULL };
static const char *const kind_labels[] = { "Budget", "Verksamhetsplan", "Delårsrapport", "Årsredovisning",
					   "Styrdokument", "Finansiering av insats", "Övrigt", NULL };

static const struct page_field_decl meeting_fields[] = {
	FIELD_TEXT("date", "Datum (ÅÅÅÅ-MM-DD)"),
	FIELD_CHOICE("body", "Organ", bodies, body_labels),
	FIELD_TEXT("protocol", "Protokoll (beteckning, kan lämnas tom)"),
};

static const struct page_field_decl decision_fields[] = {
	FIELD_CHOICE("kind", "Slag", kinds, kind_labels),
	FIELD_TEXT("text", "Beslut"),
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

/* The names ticked among the attendees' checkboxes of b, "Eva Lind, Per
 * Holm" (the app matches them against the year's board). */
static void ticked(const struct form *b, struct buf *out)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		if (strcmp(b->f[i].name, "attended") == 0)
			buf_addf(out, "%s%s", out->len ? ", " : "", b->f[i].value);
}

static int is_ticked(const struct form *v, const char *name, const struct meeting_attendee *att, size_t n_att)
{
	size_t i;

	if (v) {
		for (i = 0; i < v->n; i++)
			if (strcmp(v->f[i].name, "attended") == 0 && strcmp(v->f[i].value, name) == 0)
				return 1;
		return 0;
	}
	for (i = 0; i < n_att; i++)
		if (strcmp(att[i].name, name) == 0)
			return 1;
	return 0;
}

/* The checkboxes of the board of `year`, each member with their role;
 * ticked as v was sent, else as att (n_att) recorded. */
static void attendee_boxes(struct web_req *r, int year, const struct page_errors *pe, const struct form *v,
			   const struct meeting_attendee *att, size_t n_att)
{
	struct board_member *b = NULL;
	size_t n = 0, i;
	struct err err;
	const char *error = page_errors_for(pe, "attended");

	web_printf(&r->out, "<fieldset id=\"attended\"><legend>Närvarande ur styrelsen %d</legend>\n", year);
	if (error) {
		buf_adds(&r->out, "<p class=\"field-error\" id=\"attended-error\">");
		web_esc(&r->out, error);
		buf_adds(&r->out, "</p>\n");
	}
	if (app_board_list(r->st, year, &b, &n, &err) < 0 || n == 0) {
		web_printf(&r->out, "<p>Ingen styrelse är inlagd för %d; lägg in den under <a href=\"/styrelse?year=%d\">"
				    "Styrelse</a> för att anteckna närvaron.</p>\n",
			   year, year);
	}
	for (i = 0; i < n; i++) {
		web_printf(&r->out, "<p class=\"field check\"><input type=\"checkbox\" id=\"attended-%zu\" "
				    "name=\"attended\" value=\"",
			   i + 1);
		web_esc(&r->out, b[i].name);
		web_printf(&r->out, "\"%s> <label for=\"attended-%zu\">", is_ticked(v, b[i].name, att, n_att) ? " checked" : "",
			   i + 1);
		web_esc(&r->out, b[i].name);
		web_printf(&r->out, " (%s)</label></p>\n", board_role_label(b[i].role));
	}
	buf_adds(&r->out, "</fieldset>\n");
	free(b);
}

/* ---- the list ---- */

/* Each meeting's date leads to its page. */
static void link_meetings(void *ctx, const struct doc_table *t)
{
	char href[48];
	size_t i;

	(void)ctx;
	if (!t->key || strcmp(t->key, "meetings") != 0)
		return;
	for (i = 0; i < t->n_rows; i++) {
		snprintf(href, sizeof(href), "/sammantraden/%lld", (long long)t->rows[i]->cells[0].i);
		doc_cell_link(t->rows[i], 1, href);
	}
}

static void meetings_page(struct web_req *r, int year, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	struct doc *d;
	struct err err;

	if (!pe)
		pe = &none;
	page_begin(r, "Sammanträden");
	page_notice(r);
	page_year_picker(r, "/sammantraden", year, "pick-year");
	buf_adds(&r->out, "<p>Styrelsens, beredningsgruppens och medlemssamrådets sammanträden: vilka ur styrelsen "
			  "som var där, hur många beslut som fattades och om styrelsen var beslutsför (fler än hälften "
			  "av de ordinarie ledamöterna närvarande). Datumet leder till sammanträdet med dess beslut. "
			  "Ett beslut av styrelsen en dag utan protokollfört styrelsesammanträde, och ett beslut utan "
			  "att styrelsen var beslutsför, är varningar i kontrollen.</p>\n");
	d = app_report_meetings(r->st, year, NULL, &err);
	if (d)
		doc_each_table(d, link_meetings, NULL);
	page_doc_scroll(r, d, &err, "meeting-list");
	if (admin(r)) {
		buf_adds(&r->out, "<h2 id=\"add-meeting\">Protokollför ett sammanträde</h2>\n");
		page_errors_summary(r, pe);
		buf_adds(&r->out, "<form id=\"meeting-form\" method=\"post\" action=\"/sammantraden\">\n");
		page_csrf(r);
		page_form_fields(r, meeting_fields, DOC_N(meeting_fields), NULL, pe, v);
		attendee_boxes(r, year, pe, v, NULL, 0);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"meeting-submit\">Lägg till</button></p>\n</form>\n");
	}
	page_end(r);
}

void page_meetings(struct web_req *r)
{
	meetings_page(r, page_year_of(r, &r->query), NULL, NULL);
}

/* The year of a posted meeting: its date's, else the year picked. */
static int posted_year(struct web_req *r, const struct form *b)
{
	struct date d;
	const char *s = form_get(b, "date");

	if (s && date_parse(s, &d, NULL) == 0)
		return d.y;
	return page_year_of(r, b);
}

static void meeting_fields_of(const struct form *b, struct buf *names, struct app_meeting_fields *f)
{
	ticked(b, names);
	*f = (struct app_meeting_fields){ sent(b, "date"), form_get(b, "body"), sent(b, "protocol"), names->s };
}

void page_meeting_add(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_meeting_fields f;
	struct page_errors pe;
	struct buf names;
	struct err err;
	int64_t id = 0;
	char path[48];

	page_errors_init(&pe);
	buf_init(&names);
	meeting_fields_of(b, &names, &f);
	if (!page_require(&pe, &APP_MEETING, b) && app_meeting_add(r->st, &f, &id, &err) < 0)
		page_errors_add_err(&pe, &err);
	buf_release(&names);
	if (pe.n) {
		r->status = 400;
		meetings_page(r, posted_year(r, b), &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/sammantraden/%lld", (long long)id);
	page_done(r, path, "Sammanträdet är tillagt.");
}

/* ---- one meeting ---- */

static int find_meeting(struct web_req *r, struct meeting *m, struct meeting_attendee **att, size_t *n_att)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_meeting_get(r->st, id, m, att, n_att, &err) < 0) {
		web_error(r, 404, "Det finns inget sådant sammanträde.");
		return -1;
	}
	return 0;
}

/* The director's correction of a decision: its text leads to its form. */
static void link_decisions(void *ctx, const struct doc_table *t)
{
	char href[48];
	size_t i;

	(void)ctx;
	if (!t->key || strcmp(t->key, "decisions") != 0)
		return;
	for (i = 0; i < t->n_rows; i++)
		if (t->rows[i]->cells[0].type == DOC_CELL_INT) {
			snprintf(href, sizeof(href), "/sammantraden/beslut/%lld", (long long)t->rows[i]->cells[0].i);
			doc_cell_link(t->rows[i], 2, href);
		}
}

static void meeting_page(struct web_req *r, const struct meeting *m, const struct page_errors *pe,
			 const struct form *v)
{
	static const struct page_errors none;
	struct doc *d;
	struct err err;
	char title[64], date[11], action[64];

	if (!pe)
		pe = &none;
	date_format(date, m->date);
	snprintf(title, sizeof(title), "Sammanträde %s: %s", date, meeting_body_label(m->body));
	page_begin(r, title);
	page_notice(r);
	d = app_report_meeting(r->st, m->id, &err);
	if (d && admin(r))
		doc_each_table(d, link_decisions, NULL);
	page_doc_scroll(r, d, &err, "meeting");
	if (m->body == BODY_BOARD)
		buf_adds(&r->out, "<p>Besluten om finansiering av insatser den dagen läggs in under "
				  "<a href=\"/insatser\">Insatser</a> och visas här bland styrelsens beslut.</p>\n");
	web_printf(&r->out, "<p><a href=\"/sammantraden?year=%d\">Alla sammanträden %d</a></p>\n", m->date.y,
		   m->date.y);
	if (admin(r)) {
		web_printf(&r->out, "<p><a id=\"edit-meeting\" href=\"/sammantraden/%lld/andra\">Ändra sammanträdet</a> "
				    "<a id=\"remove-meeting\" href=\"/sammantraden/%lld/ta-bort\">Ta bort sammanträdet</a></p>\n",
			   (long long)m->id, (long long)m->id);
		buf_adds(&r->out, "<h2 id=\"add-decision\">Anteckna ett beslut</h2>\n");
		buf_adds(&r->out, "<p>Ett beslut antecknat här kan rättas eller tas bort genom att välja dess text i "
				  "tabellen ovan.</p>\n");
		page_errors_summary(r, pe);
		snprintf(action, sizeof(action), "/sammantraden/%lld/beslut", (long long)m->id);
		web_printf(&r->out, "<form id=\"decision-form\" method=\"post\" action=\"%s\">\n", action);
		page_csrf(r);
		page_form_fields(r, decision_fields, DOC_N(decision_fields), NULL, pe, v);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"decision-submit\">Lägg till</button></p>\n</form>\n");
	}
	page_end(r);
}

void page_meeting(struct web_req *r)
{
	struct meeting m;

	if (find_meeting(r, &m, NULL, NULL) == 0)
		meeting_page(r, &m, NULL, NULL);
}

static void meeting_form(struct web_req *r, const struct meeting *m, const struct meeting_attendee *att,
			 size_t n_att, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	char date[11], action[64], cancel[48];
	const char *now[] = { date_format(date, m->date), bodies[m->body < BODY__MAX ? m->body : BODY_OTHER],
			      m->protocol };

	if (!pe)
		pe = &none;
	snprintf(action, sizeof(action), "/sammantraden/%lld/andra", (long long)m->id);
	snprintf(cancel, sizeof(cancel), "/sammantraden/%lld", (long long)m->id);
	page_begin(r, "Ändra ett sammanträde");
	buf_adds(&r->out, "<p>Rättar sammanträdets dag, organ och protokoll och vilka ur styrelsen som var där. "
			  "Närvaron sparas som hela listan på nytt.</p>\n");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"meeting-edit-form\" method=\"post\" action=\"%s\">\n", action);
	page_csrf(r);
	page_form_fields(r, meeting_fields, DOC_N(meeting_fields), now, pe, v);
	attendee_boxes(r, v ? posted_year(r, v) : m->date.y, pe, v, att, n_att);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"meeting-edit-submit\">Spara</button> "
			    "<a href=\"%s\">Avbryt</a></p>\n</form>\n",
		   cancel);
	page_end(r);
}

void page_meeting_form(struct web_req *r)
{
	struct meeting m;
	struct meeting_attendee *att = NULL;
	size_t n_att = 0;

	if (find_meeting(r, &m, &att, &n_att) == 0)
		meeting_form(r, &m, att, n_att, NULL, NULL);
	free(att);
}

void page_meeting_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct meeting m;
	struct app_meeting_fields f;
	struct page_errors pe;
	struct buf names;
	struct err err;
	char path[48];

	if (find_meeting(r, &m, NULL, NULL) < 0)
		return;
	page_errors_init(&pe);
	buf_init(&names);
	meeting_fields_of(b, &names, &f);
	if (!page_require(&pe, &APP_MEETING, b) && app_meeting_edit(r->st, m.id, &f, &err) < 0)
		page_errors_add_err(&pe, &err);
	buf_release(&names);
	if (pe.n) {
		r->status = 400;
		meeting_form(r, &m, NULL, 0, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/sammantraden/%lld", (long long)m.id);
	page_done(r, path, "Sammanträdet är ändrat.");
}

void page_meeting_remove_form(struct web_req *r)
{
	struct meeting m;
	struct buf what;
	char action[64], back[48], date[11];

	if (find_meeting(r, &m, NULL, NULL) < 0)
		return;
	buf_init(&what);
	buf_addf(&what, "Sammanträdet %s (%s) tas bort med närvaron och de beslut som är antecknade på det. Besluten "
			"om finansiering av insatser finns kvar under Insatser. Borttagningen står i loggen.",
		 date_format(date, m.date), meeting_body_label(m.body));
	snprintf(action, sizeof(action), "/sammantraden/%lld/ta-bort", (long long)m.id);
	snprintf(back, sizeof(back), "/sammantraden/%lld", (long long)m.id);
	page_confirm_begin(r, "Ta bort ett sammanträde?", what.s, action);
	buf_release(&what);
	page_confirm_end(r, "Ta bort", back);
}

void page_meeting_remove(struct web_req *r)
{
	struct meeting m;
	struct err err;
	char path[48];

	if (find_meeting(r, &m, NULL, NULL) < 0)
		return;
	if (app_meeting_remove(r->st, m.id, 1, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/sammantraden?year=%d", m.date.y);
	page_done(r, path, "Sammanträdet är borttaget.");
}

/* ---- decisions ---- */

void page_meeting_decide(struct web_req *r)
{
	const struct form *b = &r->body;
	struct meeting m;
	struct page_errors pe;
	struct err err;
	char path[48];

	if (find_meeting(r, &m, NULL, NULL) < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_MEETING_DECISION, b) &&
	    app_meeting_decide(r->st, m.id, form_get(b, "kind"), sent(b, "text"), NULL, &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		meeting_page(r, &m, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/sammantraden/%lld", (long long)m.id);
	page_done(r, path, "Beslutet är sparat.");
}

static int find_decision(struct web_req *r, struct meeting_decision *d, struct meeting *m)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_meeting_decision_get(r->st, id, d, m, &err) < 0) {
		web_error(r, 404, "Det finns inget sådant beslut.");
		return -1;
	}
	return 0;
}

static void decision_form(struct web_req *r, const struct meeting_decision *d, const struct meeting *m,
			  const struct page_errors *pe, const struct form *v)
{
	char action[64], cancel[48], date[11];
	struct buf intro;
	const char *now[] = { kinds[0], d->text };
	size_t i;

	for (i = 0; kinds[i]; i++)
		if (strcmp(kinds[i], decision_kind_key(d->kind)) == 0)
			now[0] = kinds[i];
	snprintf(action, sizeof(action), "/sammantraden/beslut/%lld", (long long)d->id);
	snprintf(cancel, sizeof(cancel), "/sammantraden/%lld", (long long)m->id);
	buf_init(&intro);
	web_printf(&intro, "<p>Rättar ett beslut från sammanträdet %s (%s). <a id=\"remove-decision\" "
			   "href=\"/sammantraden/beslut/%lld/ta-bort\">Ta bort beslutet</a></p>\n",
		   date_format(date, m->date), meeting_body_label(m->body), (long long)d->id);
	page_edit(r,
		  &(struct page_edit){ "Ändra ett beslut", intro.s, "decision-edit", action, NULL, decision_fields,
				       DOC_N(decision_fields), now, cancel },
		  pe, v);
	buf_release(&intro);
}

void page_meeting_decision_form(struct web_req *r)
{
	struct meeting_decision d;
	struct meeting m;

	if (find_decision(r, &d, &m) == 0)
		decision_form(r, &d, &m, NULL, NULL);
}

void page_meeting_decision_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct meeting_decision d;
	struct meeting m;
	struct page_errors pe;
	struct err err;
	char path[48];

	if (find_decision(r, &d, &m) < 0)
		return;
	page_errors_init(&pe);
	if (!page_require(&pe, &APP_MEETING_DECISION, b) &&
	    app_meeting_decision_edit(r->st, d.id, form_get(b, "kind"), sent(b, "text"), &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		decision_form(r, &d, &m, &pe, b);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/sammantraden/%lld", (long long)m.id);
	page_done(r, path, "Beslutet är ändrat.");
}

void page_meeting_decision_remove_form(struct web_req *r)
{
	struct meeting_decision d;
	struct meeting m;
	char action[64], back[48];

	if (find_decision(r, &d, &m) < 0)
		return;
	snprintf(action, sizeof(action), "/sammantraden/beslut/%lld/ta-bort", (long long)d.id);
	snprintf(back, sizeof(back), "/sammantraden/%lld", (long long)m.id);
	page_confirm_begin(r, "Ta bort ett beslut?", "Beslutet tas bort från sammanträdet. Borttagningen står i loggen.",
			   action);
	page_confirm_end(r, "Ta bort", back);
}

void page_meeting_decision_remove(struct web_req *r)
{
	struct meeting_decision d;
	struct meeting m;
	struct err err;
	char path[48];

	if (find_decision(r, &d, &m) < 0)
		return;
	if (app_meeting_decision_remove(r->st, d.id, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/sammantraden/%lld", (long long)m.id);
	page_done(r, path, "Beslutet är borttaget.");
}
