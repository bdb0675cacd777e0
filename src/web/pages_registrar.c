/*
 * pages_registrar.c: the registrar's corrections of the participant
 * register (and the administrator's): a participant's facts and an
 * enrolment changed, an exit undone, an enrolment or a participant
 * removed after a confirmation; and the ready marks (klarmarkering) of an
 * intervention's figures for a year's Helår or Delår. Each change goes
 * through its use case in app/, which checks it and writes the audit log;
 * a registrar reaches only the enrolments of her own interventions (the
 * register as app_register_load gives it to her).
 *
 * And the overview's part for each role (page_role_overview), with the
 * governing documents not revised in time for the director and the
 * auditors.
 *
 * The forms share what pages_people.c's forms use: a choice that starts
 * empty ("Välj …") where a wrong default would count in the statistics,
 * and the checkboxes a refused enrolment asks for (err.need).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/doc.h"
#include "model/policy.h"
#include "web/web_int.h"

/* ---- shared by the participant forms ---- */

void page_enrolment_need(struct web_req *r, unsigned need, const struct form *v, const char *planned_label)
{
	int planned = (need & ERR_NEED_PLANNED) || (v && form_get(v, "planned"));
	int force = (need & ERR_NEED_FORCE) || (v && form_get(v, "force"));

	if (planned)
		web_printf(&r->out, "<p class=\"field check\"><input type=\"checkbox\" id=\"planned\" name=\"planned\" "
				    "value=\"1\"%s> <label for=\"planned\">%s</label></p>\n",
			   v && form_get(v, "planned") ? " checked" : "", planned_label);
	if (force)
		web_printf(&r->out, "<p class=\"field check\"><input type=\"checkbox\" id=\"force\" name=\"force\" "
				    "value=\"1\"%s> <label for=\"force\">Spara ändå: åldern är utanför målgruppen"
				    "</label></p>\n",
			   v && form_get(v, "force") ? " checked" : "");
}

unsigned page_enrolment_flags(const struct form *b)
{
	unsigned flags = ENROLMENT_CHOOSE;

	if (form_get(b, "planned"))
		flags |= ENROLMENT_PLANNED;
	if (form_get(b, "force"))
		flags |= ENROLMENT_FORCE;
	return flags;
}

void page_errors_in(struct page_errors *pe, const struct err *err, const char *const *fields)
{
	size_t i;

	for (i = 0; err->field[0] && fields[i]; i++)
		if (strcmp(err->field, fields[i]) == 0) {
			page_errors_add_err(pe, err);
			return;
		}
	page_errors_add(pe, NULL, err->msg);
}

void page_doc_scroll(struct web_req *r, struct doc *d, const struct err *err, const char *id)
{
	/* The table inside gets its frame, a region, from the renderer. */
	web_printf(&r->out, "<div class=\"scroll\" id=\"%s\">\n", id);
	if (d)
		doc_untitle(d);
	page_doc(r, d, err);
	buf_adds(&r->out, "</div>\n");
}

int page_exit_undoable(const struct app_register *reg, const struct enrolment *e)
{
	size_t i;

	if (!date_is_set(e->exited))
		return 0;
	for (i = 0; i < reg->n_e; i++) {
		const struct enrolment *o = &reg->e[i];

		if (o == e || o->participant_id != e->participant_id || o->intervention_id != e->intervention_id)
			continue;
		if (!date_is_set(o->exited) || date_cmp(o->exited, e->exited) > 0 ||
		    (date_cmp(o->exited, e->exited) == 0 && o > e))
			return 0;
	}
	return 1;
}

/* ---- finding what a page is about ---- */

/* The register as the user may see it, and in it participant params[0]
 * (*p) and, when id is given, enrolment id of theirs (*e) in one of the
 * user's own interventions. 0, or -1 after an error page. */
static int find(struct web_req *r, struct app_register *reg, const char *id, const struct participant **p,
		const struct enrolment **e)
{
	struct err err;
	size_t i;
	long want = id ? web_int(id, 1, 999999999) : 0;

	*p = NULL;
	if (e)
		*e = NULL;
	if (app_register_load(r->st, &r->sess.user, reg, &err) < 0) {
		web_error(r, 403, "Din roll ger inte tillgång till deltagaruppgifter.");
		return -1;
	}
	for (i = 0; i < reg->n_p; i++)
		if (strcmp(reg->p[i].code, r->params[0]) == 0)
			*p = &reg->p[i];
	for (i = 0; *p && e && i < reg->n_e; i++)
		if (reg->e[i].id == want && reg->e[i].participant_id == (*p)->id &&
		    user_owns_insats(&r->sess.user, reg->e[i].intervention_id))
			*e = &reg->e[i];
	if (!*p || (e && !*e)) {
		app_register_release(reg);
		web_error(r, 404, *p ? "Det finns ingen sådan inskrivning i dina insatser."
				     : "Det finns ingen sådan deltagare bland dem du kan se.");
		return -1;
	}
	return 0;
}

static const char *insats_of(const struct app_register *reg, int64_t id)
{
	size_t i;

	for (i = 0; i < reg->n_iv; i++)
		if (reg->iv[i].id == id)
			return reg->iv[i].name;
	return "?";
}

/* "/deltagare/CODE" + rest into b. */
static void participant_path(struct buf *b, const char *code, const char *rest)
{
	buf_adds(b, "/deltagare/");
	web_url_esc(b, code);
	if (rest)
		buf_adds(b, rest);
}

static void back_link(struct web_req *r, const char *code)
{
	struct buf b;

	buf_init(&b);
	participant_path(&b, code, NULL);
	web_printf(&r->out, "<p><a href=\"%s\">Tillbaka till deltagaren</a></p>\n", b.s);
	buf_release(&b);
}

/* ---- a participant's facts ---- */

static const char *const participant_fields[] = { "code", "sex", "born", "education", "pnr", NULL };

static void edit_form(struct web_req *r, const struct participant *p, const struct form *v,
		      const struct page_errors *pe, unsigned need)
{
	static const char *const sexes[] = { "kvinna", "man", NULL };
	char born[16];
	struct buf action;

	snprintf(born, sizeof(born), "%d", p->birth_year);
	buf_init(&action);
	participant_path(&action, p->code, "/andra");
	page_begin(r, "Ändra deltagarens uppgifter");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<p>Deltagare %s. Ändringen skrivs i loggen och ändrar statistiken för varje år "
			    "deltagaren varit inskriven.</p>\n",
		   p->code);
	web_printf(&r->out, "<form id=\"participant-edit\" method=\"post\" action=\"%s\">\n", action.s);
	page_csrf(r);
	page_field(r, "code", "Deltagarkod (förbundets egen)", "text", v ? form_get(v, "code") : p->code,
		   page_errors_for(pe, "code"));
	page_choice(r, "sex", "Kön", sexes, v ? form_get(v, "sex") : p->sex, page_errors_for(pe, "sex"));
	page_field(r, "born", "Födelseår", "text", v ? form_get(v, "born") : born, page_errors_for(pe, "born"));
	page_choice(r, "education", "Utbildning", vocab_words(VOCAB_EDUCATION), v ? form_get(v, "education") : p->education,
		    page_errors_for(pe, "education"));
	/* Never filled in: a number goes only to the use case. */
	page_field(r, "pnr", p->pnr_hash[0] ? "Nytt personnummer (lämna tomt för att behålla det som finns)"
					     : "Personnummer (valfritt; sparas bara som kontrollvärde)",
		   "text", "", page_errors_for(pe, "pnr"));
	if (p->pnr_hash[0])
		web_printf(&r->out, "<p class=\"field check\"><input type=\"checkbox\" id=\"no_pnr\" name=\"no_pnr\" "
				    "value=\"1\"%s> <label for=\"no_pnr\">Ta bort personnumret</label></p>\n",
			   v && form_get(v, "no_pnr") ? " checked" : "");
	page_enrolment_need(r, need, v, "Datumet är planerat");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"participant-save\">Spara ändringen</button></p>\n</form>\n");
	back_link(r, p->code);
	buf_release(&action);
	page_end(r);
}

void page_participant_edit_form(struct web_req *r)
{
	struct app_register reg;
	const struct participant *p;
	struct page_errors pe;

	if (find(r, &reg, NULL, &p, NULL) < 0)
		return;
	page_errors_init(&pe);
	edit_form(r, p, NULL, &pe, 0);
	app_register_release(&reg);
}

void page_participant_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_register reg;
	const struct participant *p;
	struct app_participant_fields f;
	struct page_errors pe;
	struct err err;
	const char *code = form_get(b, "code"), *pnr = form_get(b, "pnr");
	char born[16];

	if (find(r, &reg, NULL, &p, NULL) < 0)
		return;
	snprintf(born, sizeof(born), "%d", p->birth_year);
	memset(&f, 0, sizeof(f));
	/* Only what differs is a change: the same code kept is no new code. */
	f.code = code && strcmp(code, p->code) != 0 ? code : NULL;
	f.sex = form_get(b, "sex") ? form_get(b, "sex") : "";
	f.born = form_get(b, "born") ? form_get(b, "born") : "";
	f.education = form_get(b, "education") ? form_get(b, "education") : "";
	f.pnr = pnr && *pnr ? pnr : NULL;
	f.hide_other = r->sess.user.role != ROLE_ADMIN;
	f.must_choose = 1;
	if (app_participant_edit(r->st, web_key(r), p->code, &f,
				 form_get(b, "no_pnr") != NULL, page_enrolment_flags(b), &err) < 0) {
		page_errors_init(&pe);
		page_errors_in(&pe, &err, participant_fields);
		r->status = 400;
		edit_form(r, p, b, &pe, err.need);
		page_errors_release(&pe);
		app_register_release(&reg);
		return;
	}
	web_done_at(r, "/deltagare/", f.code ? f.code : p->code, NULL, "Deltagarens uppgifter är ändrade.");
	app_register_release(&reg);
}

/* ---- an enrolment ---- */

static const char *const enrolment_fields[] = { "date", "support_before", "time_in_support", "exited", "reason",
						"support_after", NULL };

static void enrolment_form(struct web_req *r, const struct app_register *reg, const struct participant *p,
			   const struct enrolment *e, const struct form *v, const struct page_errors *pe, unsigned need)
{
	char d1[11], d2[11];
	struct buf action;
	char rest[48];

	snprintf(rest, sizeof(rest), "/inskrivning/%lld/andra", (long long)e->id);
	buf_init(&action);
	participant_path(&action, p->code, rest);
	page_begin(r, "Ändra inskrivningen");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<p>Deltagare %s i %s. Ändringen skrivs i loggen.</p>\n", p->code,
		   insats_of(reg, e->intervention_id));
	web_printf(&r->out, "<form id=\"enrolment-edit\" method=\"post\" action=\"%s\">\n", action.s);
	page_csrf(r);
	page_field(r, "date", "Inskrivningsdatum (ÅÅÅÅ-MM-DD)", "text",
		   v ? form_get(v, "date") : date_format(d1, e->enrolled), page_errors_for(pe, "date"));
	page_choice(r, "support_before", "Försörjning före", vocab_words(VOCAB_SUPPORT),
		    v ? form_get(v, "support_before") : e->support_before, page_errors_for(pe, "support_before"));
	page_choice(r, "time_in_support", "Tid i offentlig försörjning", vocab_words(VOCAB_TIME_IN_SUPPORT),
		    v ? form_get(v, "time_in_support") : e->time_in_support, page_errors_for(pe, "time_in_support"));
	buf_adds(&r->out, "<fieldset><legend>Avslut (lämna tomt när deltagaren är kvar)</legend>\n");
	page_field(r, "exited", "Avslutsdatum (ÅÅÅÅ-MM-DD)", "text",
		   v ? form_get(v, "exited") : date_is_set(e->exited) ? date_format(d2, e->exited) : "",
		   page_errors_for(pe, "exited"));
	page_choice(r, "reason", "Orsak", vocab_words(VOCAB_EXIT_REASON), v ? form_get(v, "reason") : e->exit_reason,
		    page_errors_for(pe, "reason"));
	page_choice(r, "support_after", "Försörjning efter", vocab_words(VOCAB_SUPPORT),
		    v ? form_get(v, "support_after") : e->support_after, page_errors_for(pe, "support_after"));
	buf_adds(&r->out, "</fieldset>\n");
	page_enrolment_need(r, need, v, "Inskrivningen är planerad");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"enrolment-save\">Spara ändringen</button></p>\n</form>\n");
	back_link(r, p->code);
	buf_release(&action);
	page_end(r);
}

void page_enrolment_edit_form(struct web_req *r)
{
	struct app_register reg;
	const struct participant *p;
	const struct enrolment *e;
	struct page_errors pe;

	if (find(r, &reg, r->params[1], &p, &e) < 0)
		return;
	page_errors_init(&pe);
	enrolment_form(r, &reg, p, e, NULL, &pe, 0);
	app_register_release(&reg);
}

void page_enrolment_edit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct app_register reg;
	const struct participant *p;
	const struct enrolment *e;
	struct app_enrolment_fields f;
	struct page_errors pe;
	struct err err;
	const char *exited = form_get(b, "exited") ? form_get(b, "exited") : "";

	if (find(r, &reg, r->params[1], &p, &e) < 0)
		return;
	memset(&f, 0, sizeof(f));
	f.date = form_get(b, "date") ? form_get(b, "date") : "";
	f.support_before = form_get(b, "support_before") ? form_get(b, "support_before") : "";
	f.time_in_support = form_get(b, "time_in_support") ? form_get(b, "time_in_support") : "";
	f.exited = exited;
	/* Without an exit, what was chosen for one is no exit. */
	f.reason = *exited ? (form_get(b, "reason") ? form_get(b, "reason") : "") : NULL;
	f.support_after = *exited ? (form_get(b, "support_after") ? form_get(b, "support_after") : "") : NULL;
	f.must_choose = 1;
	if (app_enrolment_edit(r->st, r->params[1], &f, page_enrolment_flags(b), &err) < 0) {
		page_errors_init(&pe);
		page_errors_in(&pe, &err, enrolment_fields);
		r->status = 400;
		enrolment_form(r, &reg, p, e, b, &pe, err.need);
		page_errors_release(&pe);
		app_register_release(&reg);
		return;
	}
	app_register_release(&reg);
	web_done_at(r, "/deltagare/", r->params[0], NULL, "Inskrivningen är ändrad.");
}

/* ---- confirmations: remove an enrolment, a participant; undo an exit ---- */

static void confirm_page(struct web_req *r, const char *title, const char *what, const char *action,
			 const char *button, const char *id, const char *code, const char *error)
{
	page_begin(r, title);
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"form-error\" role=\"alert\">%s</p>\n", error);
	web_printf(&r->out, "<p>%s</p>\n<form id=\"%s\" method=\"post\" action=\"%s\">\n", what, id, action);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"%s-submit\">%s</button></p>\n</form>\n", id, button);
	back_link(r, code);
	page_end(r);
}

static void enrolment_text(char *out, size_t n, const struct app_register *reg, const struct participant *p,
			   const struct enrolment *e)
{
	char d1[11], d2[11];

	snprintf(out, n, "%s i %s, inskriven %s%s%s", p->code, insats_of(reg, e->intervention_id),
		 date_format(d1, e->enrolled), date_is_set(e->exited) ? ", avslutad " : "",
		 date_is_set(e->exited) ? date_format(d2, e->exited) : "");
}

static void enrolment_confirm(struct web_req *r, int undo, const char *error)
{
	struct app_register reg;
	const struct participant *p;
	const struct enrolment *e;
	char text[600], what[800], rest[48];
	struct buf action;

	if (find(r, &reg, r->params[1], &p, &e) < 0)
		return;
	if (undo && !page_exit_undoable(&reg, e)) {
		app_register_release(&reg);
		web_error(r, 404, "Bara det senaste avslutet i en insats kan ångras, och bara när deltagaren inte "
				  "är inskriven där igen.");
		return;
	}
	enrolment_text(text, sizeof(text), &reg, p, e);
	snprintf(rest, sizeof(rest), "/inskrivning/%lld/%s", (long long)e->id, undo ? "angra-avslut" : "ta-bort");
	buf_init(&action);
	participant_path(&action, p->code, rest);
	if (undo) {
		snprintf(what, sizeof(what), "Avslutet av %s tas bort: deltagaren är åter inskriven och räknas som kvar "
					     "i insatsen. Orsaken och försörjningen efter tas bort med avslutet.", text);
		confirm_page(r, "Ångra avslutet", what, action.s, "Ångra avslutet", "undo-exit", p->code, error);
	} else {
		snprintf(what, sizeof(what), "Inskrivningen %s tas bort och räknas inte längre i statistiken. Det går "
					     "inte att ångra; borttagningen skrivs i loggen.", text);
		confirm_page(r, "Ta bort inskrivningen", what, action.s, "Ta bort", "remove-enrolment", p->code, error);
	}
	buf_release(&action);
	app_register_release(&reg);
}

void page_enrolment_remove_form(struct web_req *r)
{
	enrolment_confirm(r, 0, NULL);
}

void page_exit_undo_form(struct web_req *r)
{
	enrolment_confirm(r, 1, NULL);
}

void page_enrolment_remove(struct web_req *r)
{
	struct app_register reg;
	const struct participant *p;
	const struct enrolment *e;
	struct err err;

	if (find(r, &reg, r->params[1], &p, &e) < 0)
		return;
	app_register_release(&reg);
	if (app_enrolment_remove(r->st, r->params[1], &err) < 0) {
		r->status = 400;
		enrolment_confirm(r, 0, err.msg);
		return;
	}
	/* Without an enrolment in the user's interventions, the participant is no longer theirs to see. */
	if (app_participant_visible(r->st, &r->sess.user, r->params[0], &err) > 0)
		web_done_at(r, "/deltagare/", r->params[0], NULL, "Inskrivningen är borttagen.");
	else
		web_done_at(r, "/deltagare", NULL, NULL, "Inskrivningen är borttagen.");
}

void page_exit_undo(struct web_req *r)
{
	struct app_register reg;
	const struct participant *p;
	const struct enrolment *e;
	struct err err;
	char insats[24];

	if (find(r, &reg, r->params[1], &p, &e) < 0)
		return;
	if (!page_exit_undoable(&reg, e)) {
		app_register_release(&reg);
		web_error(r, 404, "Bara det senaste avslutet i en insats kan ångras, och bara när deltagaren inte "
				  "är inskriven där igen.");
		return;
	}
	snprintf(insats, sizeof(insats), "%lld", (long long)e->intervention_id);
	app_register_release(&reg);
	if (app_participant_exit_undo(r->st, r->params[0], insats, &err) < 0) {
		r->status = 400;
		enrolment_confirm(r, 1, err.msg);
		return;
	}
	web_done_at(r, "/deltagare/", r->params[0], NULL, "Avslutet är ångrat.");
}

static void participant_confirm(struct web_req *r, const char *error)
{
	struct app_register reg;
	const struct participant *p;
	char what[400];
	struct buf action;

	if (find(r, &reg, NULL, &p, NULL) < 0)
		return;
	buf_init(&action);
	participant_path(&action, p->code, "/ta-bort");
	snprintf(what, sizeof(what), "Deltagaren %s tas bort med alla sina inskrivningar och räknas inte längre i "
				     "statistiken. Det går inte att ångra; borttagningen skrivs i loggen.", p->code);
	confirm_page(r, "Ta bort deltagaren", what, action.s, "Ta bort", "remove-participant", p->code, error);
	buf_release(&action);
	app_register_release(&reg);
}

void page_participant_remove_form(struct web_req *r)
{
	participant_confirm(r, NULL);
}

void page_participant_remove(struct web_req *r)
{
	struct app_register reg;
	const struct participant *p;
	struct err err;

	if (find(r, &reg, NULL, &p, NULL) < 0)
		return;
	app_register_release(&reg);
	if (app_participant_remove(r->st, r->params[0], &err) < 0) {
		r->status = 400;
		participant_confirm(r, err.msg);
		return;
	}
	web_done_at(r, "/deltagare", NULL, NULL, "Deltagaren är borttagen.");
}

/* ---- ready marks ---- */

static const char *const ready_fields[] = { "insats", "year", "period", NULL };

/* The year of the page: ?year=, else this year. */
static int ready_year(struct web_req *r)
{
	long y = web_int(form_get(&r->query, "year"), 1990, 2200);

	return y > 0 ? (int)y : web_this_year();
}

static int may_mark(const struct web_req *r)
{
	return r->sess.user.role == ROLE_ADMIN || r->sess.user.role == ROLE_REGISTRAR;
}

static void ready_page(struct web_req *r, int year, const struct form *v, const struct page_errors *pe)
{
	static const char *const periods[] = { "Helår", "Delår", NULL };
	struct intervention *iv = NULL;
	struct ready_mark *m = NULL;
	size_t n_iv = 0, n_m = 0, i, mine = 0;
	struct err err;
	char ys[16];

	snprintf(ys, sizeof(ys), "%d", year);
	page_begin(r, "Klarmarkering");
	page_notice(r);
	web_printf(&r->out, "<form id=\"ready-year\" method=\"get\" action=\"/klar\"><label for=\"year-pick\">År"
			    "</label> <input id=\"year-pick\" name=\"year\" type=\"number\" min=\"1990\" max=\"2200\" "
			    "value=\"%d\"> <button type=\"submit\">Visa</button></form>\n",
		   year);
	buf_adds(&r->out, "<p>En insats siffror är klarmarkerade för en period när den som registrerar har sagt att "
			  "deltagarna och inskrivningarna för perioden är kompletta. Markeringen kan tas tillbaka; "
			  "båda skrivs i loggen.</p>\n");
	if (app_ready_status(r->st, year, &iv, &n_iv, &m, &n_m, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	page_doc_scroll(r, app_report_ready(r->st, year, &err), &err, "ready-list");
	if (may_mark(r)) {
		buf_adds(&r->out, "<h2>Klarmarkera</h2>\n");
		page_errors_summary(r, pe);
		buf_adds(&r->out, "<form id=\"ready-form\" method=\"post\" action=\"/klar\">\n");
		page_csrf(r);
		web_printf(&r->out, "<p class=\"field%s\"><label for=\"insats\">Insats</label>\n<select id=\"insats\" "
				    "name=\"insats\"%s>\n<option value=\"\">Välj …</option>\n",
			   page_errors_for(pe, "insats") ? " has-error" : "",
			   page_errors_for(pe, "insats") ? " aria-invalid=\"true\" aria-describedby=\"insats-error\"" : "");
		for (i = 0; i < n_iv; i++) {
			char id[24];

			if (!user_owns_insats(&r->sess.user, iv[i].id))
				continue;
			snprintf(id, sizeof(id), "%lld", (long long)iv[i].id);
			web_printf(&r->out, "<option value=\"%s\"%s>%s</option>\n", id,
				   v && form_get(v, "insats") && strcmp(form_get(v, "insats"), id) == 0 ? " selected" : "",
				   iv[i].name);
		}
		buf_adds(&r->out, "</select>");
		if (page_errors_for(pe, "insats"))
			web_printf(&r->out, "<span class=\"field-error\" id=\"insats-error\">%s</span>",
				   page_errors_for(pe, "insats"));
		buf_adds(&r->out, "</p>\n");
		page_field(r, "year", "År", "text", v ? form_get(v, "year") : ys, page_errors_for(pe, "year"));
		page_choice(r, "period", "Period", periods, v ? form_get(v, "period") : NULL, page_errors_for(pe, "period"));
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"ready-submit\">Klarmarkera</button></p>\n</form>\n");
		/* The marks the user may take back. */
		for (i = 0; i < n_m; i++) {
			size_t k;
			const char *name = NULL;

			if (!user_owns_insats(&r->sess.user, m[i].intervention_id))
				continue;
			for (k = 0; k < n_iv; k++)
				if (iv[k].id == m[i].intervention_id)
					name = iv[k].name;
			if (!name)
				continue;
			if (!mine++)
				buf_adds(&r->out, "<h2>Ta tillbaka en markering</h2>\n<ul class=\"actions\">\n");
			web_printf(&r->out, "<li><form class=\"inline\" method=\"post\" action=\"/klar/ta-bort\">"
					    "<input type=\"hidden\" name=\"insats\" value=\"%lld\"><input type=\"hidden\" "
					    "name=\"year\" value=\"%d\"><input type=\"hidden\" name=\"period\" value=\"%s\">",
				   (long long)m[i].intervention_id, m[i].year, goal_period_key(m[i].period));
			page_csrf(r);
			web_printf(&r->out, "%s, %s: <button type=\"submit\" id=\"unmark-%lld-%s\">Ta bort markeringen"
					    "</button></form></li>\n",
				   name, m[i].period == PERIOD_ANNUAL ? "helår" : "delår", (long long)m[i].intervention_id,
				   goal_period_key(m[i].period));
		}
		if (mine)
			buf_adds(&r->out, "</ul>\n");
	}
	free(iv);
	free(m);
	page_end(r);
}

void page_ready(struct web_req *r)
{
	struct page_errors pe;

	page_errors_init(&pe);
	ready_page(r, ready_year(r), NULL, &pe);
}

/* The year posted, for the page shown after. */
static int posted_year(const struct form *b)
{
	long y = web_int(form_get(b, "year"), 1990, 2200);

	return y > 0 ? (int)y : web_this_year();
}

static void ready_change(struct web_req *r, int mark)
{
	const struct form *b = &r->body;
	const char *insats = form_get(b, "insats");
	struct page_errors pe;
	struct err err;
	char path[64];
	int rc;

	/* A registrar marks only her own interventions (an unknown id is the use case's to refuse). */
	if (insats && *insats && web_int(insats, 1, 999999999) > 0 &&
	    !user_owns_insats(&r->sess.user, web_int(insats, 1, 999999999))) {
		web_error(r, 403, "Du kan bara klarmarkera dina egna insatser.");
		return;
	}
	rc = mark ? app_ready_mark(r->st, insats, form_get(b, "year"), form_get(b, "period"), &err)
		  : app_ready_unmark(r->st, insats, form_get(b, "year"), form_get(b, "period"), &err);
	if (rc < 0) {
		page_errors_init(&pe);
		page_errors_in(&pe, &err, ready_fields);
		r->status = 400;
		ready_page(r, posted_year(b), mark ? b : NULL, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/klar?year=%d", posted_year(b));
	web_done_at(r, path, NULL, NULL, mark ? "Insatsen är klarmarkerad." : "Klarmarkeringen är borttagen.");
}

void page_ready_mark(struct web_req *r)
{
	ready_change(r, 1);
}

void page_ready_unmark(struct web_req *r)
{
	ready_change(r, 0);
}

/* ---- the overview per role ---- */

/* The role's part is kept per user and year, as the cards are (see
 * kept.c): the checks of a large database are read once, and no request
 * waits for them. */
#define ROLE_SECONDS 60

/* The warnings of the checks ids (NULL-ended) in rep, each line of their
 * details an item of a list (id list_id), a command-line hint at the end
 * of a line left out; returns how many lines were shown. */
static size_t findings_list(struct web_req *r, const struct check_report *rep, const char *const *ids,
			    const char *list_id)
{
	size_t i, k, shown = 0;
	struct buf line;

	buf_init(&line);
	for (i = 0; i < rep->n; i++) {
		const char *s = rep->items[i].detail, *nl, *hint;

		for (k = 0; ids[k] && strcmp(rep->items[i].id, ids[k]) != 0; k++)
			;
		if (!ids[k] || rep->items[i].status != CHECK_WARNING || !s)
			continue;
		for (; *s; s = *nl ? nl + 1 : nl) {
			nl = strchr(s, '\n');
			if (!nl)
				nl = s + strlen(s);
			if (nl == s)
				continue;
			buf_reset(&line);
			buf_add(&line, s, (size_t)(nl - s));
			hint = strstr(line.s, "; registrera ");
			if (hint && strstr(hint, "'finsam ")) {
				line.len = (size_t)(hint - line.s);
				line.s[line.len] = '\0';
				buf_adds(&line, ".");
			}
			if (line.s[0] >= 'a' && line.s[0] <= 'z')
				line.s[0] = (char)(line.s[0] - 'a' + 'A');
			if (!shown++)
				web_printf(&r->out, "<ul id=\"%s\" class=\"warn\">\n", list_id);
			buf_adds(&r->out, "<li>");
			web_esc(&r->out, line.s);
			buf_adds(&r->out, "</li>\n");
		}
	}
	if (shown)
		buf_adds(&r->out, "</ul>\n");
	buf_release(&line);
	return shown;
}

/* The findings of the checks of the meetings (decisions_at_meetings,
 * meetings_quorate) in rep, else that they hold. */
static void meetings_part(struct web_req *r, const struct check_report *rep, int year)
{
	static const char *const ids[] = { "decisions_at_meetings", "meetings_quorate", NULL };

	web_printf(&r->out, "<h3>Sammanträden och beslut %d</h3>\n", year);
	if (!findings_list(r, rep, ids, "meeting-findings"))
		buf_adds(&r->out, "<p id=\"meeting-findings\">Varje beslut av styrelsen har ett protokollfört "
				  "sammanträde, och styrelsen var beslutsför när den beslutade (eller inga "
				  "sammanträden är protokollförda för året).</p>\n");
	web_printf(&r->out, "<p><a href=\"/sammantraden?year=%d\">Sammanträdena %d</a></p>\n", year, year);
}

/* The findings of the checks of the internal control plan
 * (control_plan_adopted, control_followed_up) in rep, else that they
 * hold. */
static void control_part(struct web_req *r, const struct check_report *rep, int year)
{
	static const char *const ids[] = { "control_plan_adopted", "control_followed_up", NULL };

	web_printf(&r->out, "<h3>Intern kontroll %d</h3>\n", year);
	if (!findings_list(r, rep, ids, "control-findings"))
		web_printf(&r->out, "<p id=\"control-findings\">Internkontrollplanen för %d är antagen och varje "
				    "kontrollmoment är uppföljt för de perioder som har slutat (eller ingen plan är "
				    "registrerad för året).</p>\n",
			   year);
	web_printf(&r->out, "<p><a href=\"/intern-kontroll?year=%d\">Internkontrollplanen %d</a></p>\n", year,
		   year);
}

static void checks_part(struct web_req *r, int year, int director)
{
	struct check_report report;
	struct err err;
	size_t i, ok = 0, shown = 0;

	memset(&report, 0, sizeof(report));
	buf_adds(&r->out, "<h3>Kontroller</h3>\n");
	if (app_check(r->st, year, &report, &err) < 0) {
		web_printf(&r->out, "<p>Kontrollen för %d kunde inte göras: %s.</p>\n", year, err.msg);
		return;
	}
	for (i = 0; i < report.n; i++)
		ok += report.items[i].status == CHECK_OK;
	web_printf(&r->out, "<p id=\"check-count\" class=\"%s\">%zu av %zu kontroller håller för %d; %d visar fel.</p>\n",
		   report.failures ? "warn" : "ok", ok, report.n, year, report.failures);
	for (i = 0; i < report.n; i++) {
		if (report.items[i].status != CHECK_FAILED)
			continue;
		if (!shown++)
			buf_adds(&r->out, "<ul>\n");
		web_printf(&r->out, "<li>%s</li>\n", report.items[i].title);
	}
	if (shown)
		buf_adds(&r->out, "</ul>\n");
	web_printf(&r->out, "<p><a href=\"/kontroll?year=%d\">Se kontrollen</a></p>\n", year);
	meetings_part(r, &report, year);
	control_part(r, &report, year);
	if (director) {
		buf_adds(&r->out, "<h3>Insatser som fått mer än beslutat</h3>\n");
		for (i = 0; i < report.n; i++)
			if (strcmp(report.items[i].id, "paid_within_decided") == 0)
				break;
		if (i < report.n && report.items[i].status == CHECK_FAILED && report.items[i].detail) {
			buf_adds(&r->out, "<p id=\"over-decided\" class=\"warn\">");
			web_esc(&r->out, report.items[i].detail);
			buf_adds(&r->out, "</p>\n");
		} else {
			web_printf(&r->out, "<p id=\"over-decided\">Ingen insats har fått mer än beslutat %d.</p>\n", year);
		}
	}
	check_report_release(&report);
}

static void deadlines_part(struct web_req *r)
{
	struct date t = date_today();
	struct event *ev = NULL;
	struct err err;
	size_t n = 0, i, shown = 0;
	int y;

	buf_adds(&r->out, "<h3>Närmaste datum i årshjulet</h3>\n<ul>\n");
	for (y = t.y; y <= t.y + 1 && shown < 3; y++) {
		if (app_calendar_events(r->st, y, &ev, &n, &err) < 0)
			break;
		for (i = 0; i < n && shown < 3; i++) {
			char d[11];

			if (date_cmp(ev[i].date, t) <= 0)
				continue;
			web_printf(&r->out, "<li>%s: %s</li>\n", date_format(d, ev[i].date), ev[i].title);
			shown++;
		}
		free(ev);
		ev = NULL;
	}
	if (!shown)
		buf_adds(&r->out, "<li>Inget inlagt.</li>\n");
	buf_adds(&r->out, "</ul>\n");
}

/* The governing documents past the day by which they were to be revised,
 * else the next one due. */
static void policies_part(struct web_req *r)
{
	struct date t = date_today();
	struct policy *p = NULL;
	const struct policy *next = NULL;
	struct err err;
	size_t n = 0, i, late = 0;
	char d[11];

	buf_adds(&r->out, "<h3>Styrdokument</h3>\n");
	if (app_policy_list(r->st, &p, &n, &err) < 0) {
		web_printf(&r->out, "<p>%s</p>\n", err.msg);
		return;
	}
	for (i = 0; i < n; i++) {
		if (policy_overdue(&p[i], t)) {
			if (!late++)
				buf_adds(&r->out, "<p>Har inte reviderats i tid:</p>\n<ul id=\"policies-overdue\" class=\"warn\">\n");
			web_printf(&r->out, "<li>%s, senast %s</li>\n", p[i].name, date_format(d, p[i].due));
		} else if (date_is_set(p[i].due) && (!next || date_cmp(p[i].due, next->due) < 0)) {
			next = &p[i];
		}
	}
	if (late)
		buf_adds(&r->out, "</ul>\n");
	else if (!n)
		buf_adds(&r->out, "<p id=\"policies-overdue\">Inga styrdokument är registrerade.</p>\n");
	else if (next)
		web_printf(&r->out, "<p id=\"policies-overdue\">Alla är reviderade i tid. Närmast på tur: %s, senast "
				    "%s.</p>\n",
			   next->name, date_format(d, next->due));
	else
		buf_adds(&r->out, "<p id=\"policies-overdue\">Alla är reviderade i tid.</p>\n");
	web_printf(&r->out, "<p><a href=\"/styrdokument\">Styrdokumenten</a></p>\n");
	free(p);
}

/* The interventions (only the user's own unless all) with a period of
 * year not marked ready. */
static void ready_part(struct web_req *r, int year, int all)
{
	struct intervention *iv = NULL;
	struct ready_mark *m = NULL;
	size_t n_iv = 0, n_m = 0, i, k, shown = 0, total = 0;
	struct err err;

	web_printf(&r->out, "<h3>Klarmarkering %d</h3>\n", year);
	if (app_ready_status(r->st, year, &iv, &n_iv, &m, &n_m, &err) < 0) {
		web_printf(&r->out, "<p>%s</p>\n", err.msg);
		return;
	}
	for (i = 0; i < n_iv; i++) {
		int annual = 0, interim = 0;

		if (!all && !user_owns_insats(&r->sess.user, iv[i].id))
			continue;
		total++;
		for (k = 0; k < n_m; k++)
			if (m[k].intervention_id == iv[i].id) {
				annual |= m[k].period == PERIOD_ANNUAL;
				interim |= m[k].period == PERIOD_INTERIM;
			}
		if (annual && interim)
			continue;
		if (!shown++)
			buf_adds(&r->out, "<p>Inte klarmarkerade:</p>\n<ul id=\"not-ready\">\n");
		web_printf(&r->out, "<li>%s: %s</li>\n", iv[i].name,
			   !annual && !interim ? "helår och delår" : !annual ? "helår" : "delår");
	}
	if (shown)
		buf_adds(&r->out, "</ul>\n");
	else if (total)
		web_printf(&r->out, "<p id=\"not-ready\">Alla %s är klarmarkerade för %d.</p>\n",
			   all ? "insatser" : "dina insatser", year);
	else
		web_printf(&r->out, "<p id=\"not-ready\">Inga insatser pågår under %d.</p>\n", year);
	web_printf(&r->out, "<p><a href=\"/klar?year=%d\">Klarmarkering %d</a></p>\n", year, year);
	free(iv);
	free(m);
}

#define FOLLOWUP_SHOWN 5

static void followup_part(struct web_req *r)
{
	struct app_followup *f = NULL;
	struct err err;
	size_t n = 0, i;
	struct buf href;

	buf_adds(&r->out, "<h3>Deltagare att följa upp</h3>\n");
	if (app_followup_list(r->st, &r->sess.user, date_today(), &f, &n, &err) < 0) {
		web_printf(&r->out, "<p>%s</p>\n", err.msg);
		return;
	}
	if (!n) {
		buf_adds(&r->out, "<p id=\"followup\">Ingen just nu.</p>\n");
		return;
	}
	web_printf(&r->out, "<p>%zu inskrivningar i dina insatser har varit öppna i mer än ett år eller saknar en "
			    "uppgift.</p>\n<ul id=\"followup\">\n",
		   n);
	buf_init(&href);
	for (i = 0; i < n && i < FOLLOWUP_SHOWN; i++) {
		buf_reset(&href);
		buf_adds(&href, "/deltagare/");
		web_url_esc(&href, f[i].code);
		web_printf(&r->out, "<li><a href=\"%s\">%s</a> (%s): %s</li>\n", href.s, f[i].code, f[i].insats,
			   f[i].why);
	}
	if (n > FOLLOWUP_SHOWN)
		web_printf(&r->out, "<li>och %zu till; se <a href=\"/deltagare\">deltagarna</a>.</li>\n",
			   n - FOLLOWUP_SHOWN);
	buf_adds(&r->out, "</ul>\n");
	buf_release(&href);
	free(f);
}

static void role_part(struct web_req *r, int year)
{
	switch (r->sess.user.role) {
	case ROLE_ADMIN:
		buf_adds(&r->out, "<section class=\"card role-first\" id=\"role-overview\"><h2>Att se till först</h2>\n");
		checks_part(r, year, 1);
		deadlines_part(r);
		policies_part(r);
		ready_part(r, year, 1);
		break;
	case ROLE_REGISTRAR:
		buf_adds(&r->out, "<section class=\"card role-first\" id=\"role-overview\"><h2>Dina insatser</h2>\n");
		followup_part(r);
		ready_part(r, year, 0);
		break;
	case ROLE_AUDITOR:
		buf_adds(&r->out, "<section class=\"card role-first\" id=\"role-overview\"><h2>Granskning</h2>\n");
		checks_part(r, year, 0);
		policies_part(r);
		break;
	default:
		return;    /* the board: the goals and the finances are the cards */
	}
	buf_adds(&r->out, "</section>\n");
}

static struct web_kept role_kept = WEB_KEPT(role_part, ROLE_SECONDS);

void page_role_overview(struct web_req *r, int year)
{
	web_kept(&role_kept, r, r->sess.user.name, year);
}
