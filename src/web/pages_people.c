/*
 * pages_people.c: the pages with personal data: the participant register
 * (an administrator all of it, a registrar only the participants and
 * enrolments of their own interventions, an auditor reads all and changes
 * nothing; the board none).
 *
 * A personal identity number typed into the registration form is checked,
 * handed to the use case that hashes it, and never written back into a
 * page, a redirect or a log line: on any error the field comes back empty.
 */
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "web/web_int.h"

static const char *insats_name(const struct app_register *reg, int64_t id)
{
	size_t i;

	for (i = 0; i < reg->n_iv; i++)
		if (reg->iv[i].id == id)
			return reg->iv[i].name;
	return "?";
}

static int may_write(const struct web_req *r)
{
	return r->sess.user.role == ROLE_ADMIN || r->sess.user.role == ROLE_REGISTRAR;
}

/* The interventions the user may enrol in, starting with "Välj …". */
static void insats_select(struct web_req *r, const struct app_register *reg, const char *chosen, const char *error)
{
	size_t i;

	web_printf(&r->out, "<p class=\"field%s\"><label for=\"insats\">Insats</label>\n<select id=\"insats\" "
			    "name=\"insats\"%s>\n<option value=\"\">Välj …</option>\n",
		   error ? " has-error" : "", error ? " aria-invalid=\"true\" aria-describedby=\"insats-error\"" : "");
	for (i = 0; i < reg->n_iv; i++) {
		char id[24];

		if (!user_owns_insats(&r->sess.user, reg->iv[i].id))
			continue;
		snprintf(id, sizeof(id), "%lld", (long long)reg->iv[i].id);
		web_printf(&r->out, "<option value=\"%s\"%s>%s</option>\n", id,
			   chosen && strcmp(chosen, id) == 0 ? " selected" : "", reg->iv[i].name);
	}
	buf_adds(&r->out, "</select>");
	if (error)
		web_printf(&r->out, "<span class=\"field-error\" id=\"insats-error\">%s</span>", error);
	buf_adds(&r->out, "</p>\n");
}

/* The id in s of an intervention the user may write to, else -1. */
static long owned_insats(const struct web_req *r, const char *s)
{
	long id = web_int(s, 1, 999999999);

	return id > 0 && user_owns_insats(&r->sess.user, id) ? id : -1;
}

static int load_register(struct web_req *r, struct app_register *reg)
{
	struct err err;

	if (app_register_load(r->st, &r->sess.user, reg, &err) < 0) {
		web_error(r, 403, "Din roll ger inte tillgång till deltagaruppgifter.");
		return -1;
	}
	return 0;
}

/* "/deltagare/CODE" + rest, as a new string in b. */
static const char *participant_href(struct buf *b, const char *code, const char *rest)
{
	buf_reset(b);
	buf_adds(b, "/deltagare/");
	web_url_esc(b, code);
	if (rest)
		buf_adds(b, rest);
	return b->s;
}

/* ---- the list ---- */

void page_deltagare(struct web_req *r)
{
	page_begin(r, "Deltagare");
	page_notice(r);
	if (may_write(r))
		buf_adds(&r->out, "<p><a id=\"new-participant\" href=\"/deltagare/ny\">Registrera en ny deltagare</a>");
	if (r->sess.user.role == ROLE_ADMIN)
		buf_adds(&r->out, " · <a id=\"import-list\" href=\"/deltagare/import\">Läs in en deltagarlista (CSV)</a>");
	if (may_write(r))
		buf_adds(&r->out, "</p>\n");
	if (r->sess.user.role == ROLE_REGISTRAR)
		buf_adds(&r->out, "<p>Du ser deltagarna i dina egna insatser.</p>\n");
	/* Searched and paged in the store (pages_lists.c). */
	participant_list(r);
	page_end(r);
}

/* ---- registration ---- */

static const char *const new_fields[] = { "code", "pnr", "sex", "born", "education", "insats", "date",
					  "support_before", "time_in_support", NULL };

static void new_form(struct web_req *r, const struct app_register *reg, const struct form *v,
		     const struct page_errors *pe, unsigned need)
{
	static const char *const sexes[] = { "kvinna", "man", NULL };
	char today[11];

	date_format(today, date_today());
	page_begin(r, "Registrera en deltagare");
	page_errors_summary(r, pe);
	if (pe->n)
		buf_adds(&r->out, "<p id=\"form-error\">Personnumret behöver skrivas in igen.</p>\n");
	buf_adds(&r->out, "<form id=\"participant-form\" method=\"post\" action=\"/deltagare/ny\">\n");
	page_csrf(r);
	page_field(r, "code", "Deltagarkod (förbundets egen)", "text", v ? form_get(v, "code") : "",
		   page_errors_for(pe, "code"));
	/* Never filled in again: the number goes only to the use case. */
	page_field(r, "pnr", "Personnummer (valfritt; sparas bara som kontrollvärde)", "text", "",
		   page_errors_for(pe, "pnr"));
	page_choice(r, "sex", "Kön", sexes, v ? form_get(v, "sex") : NULL, page_errors_for(pe, "sex"));
	page_field(r, "born", "Födelseår", "text", v ? form_get(v, "born") : "", page_errors_for(pe, "born"));
	page_choice(r, "education", "Utbildning", vocab_words(VOCAB_EDUCATION), v ? form_get(v, "education") : NULL,
		    page_errors_for(pe, "education"));
	buf_adds(&r->out, "<fieldset><legend>Inskrivning</legend>\n");
	insats_select(r, reg, v ? form_get(v, "insats") : NULL, page_errors_for(pe, "insats"));
	page_field(r, "date", "Inskrivningsdatum (ÅÅÅÅ-MM-DD)", "text", v ? form_get(v, "date") : today,
		   page_errors_for(pe, "date"));
	page_choice(r, "support_before", "Försörjning före", vocab_words(VOCAB_SUPPORT),
		    v ? form_get(v, "support_before") : NULL, page_errors_for(pe, "support_before"));
	page_choice(r, "time_in_support", "Tid i offentlig försörjning", vocab_words(VOCAB_TIME_IN_SUPPORT),
		    v ? form_get(v, "time_in_support") : NULL, page_errors_for(pe, "time_in_support"));
	buf_adds(&r->out, "</fieldset>\n");
	page_enrolment_need(r, need, v, "Inskrivningen är planerad");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"participant-submit\">Registrera</button></p>\n</form>\n");
	page_end(r);
}

void page_deltagare_ny(struct web_req *r)
{
	struct app_register reg;
	struct page_errors pe;

	if (load_register(r, &reg) < 0)
		return;
	page_errors_init(&pe);
	new_form(r, &reg, NULL, &pe, 0);
	app_register_release(&reg);
}

void page_deltagare_add(struct web_req *r)
{
	const struct form *b = &r->body;
	const char *code = form_get(b, "code"), *pnr = form_get(b, "pnr"), *insats = form_get(b, "insats");
	struct app_participant_fields f;
	struct app_register reg;
	struct page_errors pe;
	struct err err;

	if (load_register(r, &reg) < 0)
		return;
	page_errors_init(&pe);
	/* Which interventions are the user's is the web's to say; the rest
	 * of the checks are the use case's, which is asked without the
	 * intervention (and so stores nothing) to name a fault of the rest. */
	if (insats && *insats && owned_insats(r, insats) < 0) {
		page_errors_add(&pe, "insats", "välj en av dina insatser");
		insats = "";
	}
	memset(&f, 0, sizeof(f));
	f.code = code ? code : "";
	f.pnr = pnr && *pnr ? pnr : NULL;
	f.sex = form_get(b, "sex");
	f.born = form_get(b, "born");
	f.education = form_get(b, "education");
	f.hide_other = r->sess.user.role != ROLE_ADMIN;
	f.must_choose = 1;
	if (app_participant_register(r->st, web_key(r), &f, insats ? insats : "",
				     form_get(b, "date") ? form_get(b, "date") : "", form_get(b, "support_before"),
				     form_get(b, "time_in_support"), page_enrolment_flags(b), &err) < 0)
		goto refused;
	app_register_release(&reg);
	web_done_at(r, "/deltagare/", code, NULL, "Deltagaren är registrerad.");
	return;
refused:
	if (!(pe.n && strcmp(err.field, "insats") == 0))
		page_errors_in(&pe, &err, new_fields);
	r->status = 400;
	new_form(r, &reg, b, &pe, err.need);
	page_errors_release(&pe);
	app_register_release(&reg);
}

/* ---- one participant ---- */

/* Which form of the participant's page a refusal belongs to. */
enum show_form { SHOW_NONE, SHOW_ENROL, SHOW_EXIT };

static const char *const enrol_fields[] = { "insats", "date", "support_before", "time_in_support", NULL };
static const char *const exit_fields[] = { "exited", "reason", "support_after", NULL };

/* The participant's facts, as a document. */
static struct doc *facts_doc(const struct participant *p)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "participant", NULL, 5);
	struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

	doc_column_set(t, 0, "code", "Kod", 0);
	doc_column_set(t, 1, "sex", "Kön", 0);
	doc_column_set(t, 2, "birth_year", "Födelseår", 0);
	doc_column_set(t, 3, "education", "Utbildning", 0);
	doc_column_set(t, 4, "personal_number", "Personnummer", 0);
	doc_cell_text(row, 0, p->code, NULL);
	doc_cell_text(row, 1, p->sex, NULL);
	doc_cell_int(row, 2, p->birth_year);
	doc_cell_text(row, 3, p->education, NULL);
	doc_cell_text(row, 4, p->pnr_hash[0] ? "angivet (sparas bara som kontrollvärde)" : "inte angivet", NULL);
	return d;
}

/* The participant's enrolments that reg holds, as a document, with links
 * to correct each one the user may write to. */
static struct doc *enrolments_doc(struct web_req *r, const struct app_register *reg, const struct participant *p)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "enrolments", NULL, 10);
	struct buf href;
	size_t i, n = 0;

	doc_column_set(t, 0, "intervention", "Insats", 0);
	doc_column_set(t, 1, "enrolled", "Inskriven", 0);
	doc_column_set(t, 2, "support_before", "Försörjning före", 0);
	doc_column_set(t, 3, "time_in_support", "Tid i försörjning", 0);
	doc_column_set(t, 4, "exited", "Avslutad", 0);
	doc_column_set(t, 5, "exit_reason", "Orsak", 0);
	doc_column_set(t, 6, "support_after", "Försörjning efter", 0);
	doc_column_set(t, 7, "edit", "Ändra", 0);
	doc_column_set(t, 8, "undo", "Ångra avslut", 0);
	doc_column_set(t, 9, "remove", "Ta bort", 0);
	buf_init(&href);
	for (i = 0; i < reg->n_e; i++) {
		const struct enrolment *e = &reg->e[i];
		struct doc_row *row;
		char rest[64];

		if (e->participant_id != p->id)
			continue;
		n++;
		row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		doc_cell_text(row, 0, insats_name(reg, e->intervention_id), NULL);
		doc_cell_date(row, 1, e->enrolled);
		doc_cell_text(row, 2, e->support_before, NULL);
		doc_cell_text(row, 3, e->time_in_support, NULL);
		if (date_is_set(e->exited)) {
			doc_cell_date(row, 4, e->exited);
			doc_cell_text(row, 5, e->exit_reason, NULL);
			doc_cell_text(row, 6, e->support_after, NULL);
		}
		if (!may_write(r) || !user_owns_insats(&r->sess.user, e->intervention_id))
			continue;
		snprintf(rest, sizeof(rest), "/inskrivning/%lld/andra", (long long)e->id);
		doc_cell_text_link(row, 7, "Ändra", participant_href(&href, p->code, rest));
		if (page_exit_undoable(reg, e)) {
			snprintf(rest, sizeof(rest), "/inskrivning/%lld/angra-avslut", (long long)e->id);
			doc_cell_text_link(row, 8, "Ångra avslut", participant_href(&href, p->code, rest));
		}
		snprintf(rest, sizeof(rest), "/inskrivning/%lld/ta-bort", (long long)e->id);
		doc_cell_text_link(row, 9, "Ta bort", participant_href(&href, p->code, rest));
	}
	buf_release(&href);
	if (!may_write(r)) {
		t->cols[7].no_data = t->cols[8].no_data = t->cols[9].no_data = 1;
	}
	if (!n) {
		t->machine_only = 1;
		doc_paragraph_add(d, NULL, "Inga inskrivningar som du kan se.");
	}
	return d;
}

/* The form that ends one of p's open enrolments in the user's
 * interventions (none when there is none): the intervention chosen when
 * there are several. With v, the refused form again with its errors pe. */
static void exit_form(struct web_req *r, const struct app_register *reg, const struct participant *p,
		      const char *action, const struct form *v, const struct page_errors *pe, unsigned need)
{
	const struct enrolment *open[64];
	size_t n = 0, i;

	for (i = 0; i < reg->n_e && n < 64; i++)
		if (reg->e[i].participant_id == p->id && !date_is_set(reg->e[i].exited) &&
		    user_owns_insats(&r->sess.user, reg->e[i].intervention_id))
			open[n++] = &reg->e[i];
	if (!n)
		return;
	if (n == 1)
		web_printf(&r->out, "<h2>Avsluta i %s</h2>\n", insats_name(reg, open[0]->intervention_id));
	else
		buf_adds(&r->out, "<h2>Avsluta en inskrivning</h2>\n");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form class=\"exit-form\" id=\"exit-form\" method=\"post\" action=\"%s/avslut\">\n", action);
	page_csrf(r);
	if (n == 1) {
		web_printf(&r->out, "<input type=\"hidden\" name=\"insats\" value=\"%lld\">\n",
			   (long long)open[0]->intervention_id);
	} else {
		const char *chosen = v ? form_get(v, "insats") : NULL;

		buf_adds(&r->out, "<p class=\"field\"><label for=\"exit-insats\">Insats</label>\n<select id=\"exit-insats\" "
				  "name=\"insats\">\n<option value=\"\">Välj …</option>\n");
		for (i = 0; i < n; i++) {
			char id[24];

			snprintf(id, sizeof(id), "%lld", (long long)open[i]->intervention_id);
			web_printf(&r->out, "<option value=\"%s\"%s>%s</option>\n", id,
				   chosen && strcmp(chosen, id) == 0 ? " selected" : "",
				   insats_name(reg, open[i]->intervention_id));
		}
		buf_adds(&r->out, "</select></p>\n");
	}
	page_field(r, "exited", "Avslutsdatum (ÅÅÅÅ-MM-DD)", "text", v ? form_get(v, "exited") : "",
		   page_errors_for(pe, "exited"));
	page_choice(r, "reason", "Orsak", vocab_words(VOCAB_EXIT_REASON), v ? form_get(v, "reason") : NULL,
		    page_errors_for(pe, "reason"));
	page_choice(r, "support_after", "Försörjning efter", vocab_words(VOCAB_SUPPORT),
		    v ? form_get(v, "support_after") : NULL, page_errors_for(pe, "support_after"));
	page_enrolment_need(r, need, v, "Avslutet är planerat");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"exit-submit\">Avsluta</button></p></form>\n");
}

static void show(struct web_req *r, enum show_form which, const struct form *v, const struct page_errors *pe,
		 unsigned need)
{
	const char *code = r->params[0];
	static const struct page_errors none;
	struct app_register reg;
	const struct participant *p = NULL;
	size_t i;
	struct buf action, href;
	char title[120];

	if (load_register(r, &reg) < 0)
		return;
	for (i = 0; i < reg.n_p; i++)
		if (strcmp(reg.p[i].code, code) == 0)
			p = &reg.p[i];
	if (!p) {
		app_register_release(&reg);
		web_error(r, 404, "Det finns ingen sådan deltagare bland dem du kan se.");
		return;
	}
	snprintf(title, sizeof(title), "Deltagare %s", p->code);
	page_begin(r, title);
	page_notice(r);
	page_doc_scroll(r, facts_doc(p), NULL, "participant");
	buf_init(&action);
	buf_init(&href);
	if (may_write(r)) {
		web_printf(&r->out, "<ul class=\"actions\"><li><a id=\"edit-participant\" href=\"%s\">Ändra uppgifterna"
				    "</a></li>",
			   participant_href(&href, p->code, "/andra"));
		if (r->sess.user.role == ROLE_ADMIN)
			web_printf(&r->out, "<li><a id=\"remove-participant\" href=\"%s\">Ta bort deltagaren</a></li>",
				   participant_href(&href, p->code, "/ta-bort"));
		buf_adds(&r->out, "</ul>\n");
	}
	participant_href(&action, p->code, NULL);
	buf_adds(&r->out, "<h2>Inskrivningar</h2>\n");
	page_doc_scroll(r, enrolments_doc(r, &reg, p), NULL, "enrolments");
	if (may_write(r))
		exit_form(r, &reg, p, action.s, which == SHOW_EXIT ? v : NULL, which == SHOW_EXIT ? pe : &none, need);
	if (may_write(r)) {
		const int here = which == SHOW_ENROL;

		buf_adds(&r->out, "<h2>Skriv in i en insats</h2>\n");
		if (here)
			page_errors_summary(r, pe);
		web_printf(&r->out, "<form id=\"enrol-form\" method=\"post\" action=\"%s/inskrivning\">\n", action.s);
		page_csrf(r);
		if (!here)
			pe = &none;
		insats_select(r, &reg, here ? form_get(v, "insats") : NULL, page_errors_for(pe, "insats"));
		page_field(r, "date", "Inskrivningsdatum (ÅÅÅÅ-MM-DD)", "text", here ? form_get(v, "date") : "",
			   page_errors_for(pe, "date"));
		page_choice(r, "support_before", "Försörjning före", vocab_words(VOCAB_SUPPORT),
			    here ? form_get(v, "support_before") : NULL, page_errors_for(pe, "support_before"));
		page_choice(r, "time_in_support", "Tid i offentlig försörjning", vocab_words(VOCAB_TIME_IN_SUPPORT),
			    here ? form_get(v, "time_in_support") : NULL, page_errors_for(pe, "time_in_support"));
		if (here)
			page_enrolment_need(r, need, v, "Inskrivningen är planerad");
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"enrol-submit\">Skriv in</button></p>\n</form>\n");
	}
	buf_release(&action);
	buf_release(&href);
	app_register_release(&reg);
	page_end(r);
}

void page_deltagare_show(struct web_req *r)
{
	show(r, SHOW_NONE, NULL, NULL, 0);
}

/* 0 when the user may change participant params[0] in intervention insats. */
static int check_write(struct web_req *r, const char *insats)
{
	struct err err;
	int seen = app_participant_visible(r->st, &r->sess.user, r->params[0], &err);

	if (seen <= 0) {
		web_error(r, 404, "Det finns ingen sådan deltagare bland dem du kan se.");
		return -1;
	}
	if (insats && *insats && owned_insats(r, insats) < 0) {
		web_error(r, 403, "Du kan bara ändra inskrivningar i dina egna insatser.");
		return -1;
	}
	return 0;
}

/* Shows the participant's page again with err beside its field of form which. */
static void refused(struct web_req *r, enum show_form which, const struct err *err)
{
	struct page_errors pe;

	page_errors_init(&pe);
	page_errors_in(&pe, err, which == SHOW_EXIT ? exit_fields : enrol_fields);
	r->status = 400;
	show(r, which, &r->body, &pe, err->need);
	page_errors_release(&pe);
}

void page_enrol(struct web_req *r)
{
	const struct form *b = &r->body;
	struct err err;

	if (check_write(r, form_get(b, "insats")) < 0)
		return;
	if (app_participant_enrol(r->st, r->params[0], form_get(b, "insats") ? form_get(b, "insats") : "",
				  form_get(b, "date") ? form_get(b, "date") : "", form_get(b, "support_before"),
				  form_get(b, "time_in_support"), page_enrolment_flags(b), &err) < 0) {
		refused(r, SHOW_ENROL, &err);
		return;
	}
	web_done_at(r, "/deltagare/", r->params[0], NULL, "Inskrivningen är sparad.");
}

void page_exit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct err err;

	if (check_write(r, form_get(b, "insats")) < 0)
		return;
	if (!form_get(b, "insats") || !*form_get(b, "insats")) {
		err_set(&err, "välj insatsen där deltagaren avslutas");
		refused(r, SHOW_EXIT, &err);
		return;
	}
	if (app_participant_exit(r->st, r->params[0], form_get(b, "insats"), form_get(b, "exited"), form_get(b, "reason"),
				 form_get(b, "support_after"), page_enrolment_flags(b), &err) < 0) {
		refused(r, SHOW_EXIT, &err);
		return;
	}
	web_done_at(r, "/deltagare/", r->params[0], NULL, "Avslutet är sparat.");
}

/* ---- a participant list uploaded (admin) ---- */

/* The form, and the import's errors (page_import_errors: error, the bad
 * rows, the temporary path shown as name). */
static void import_form(struct web_req *r, const char *error, const struct app_import_errors *rows,
			const char *path, const char *name)
{
	page_begin(r, "Läs in en deltagarlista");
	if (error)
		page_import_errors(r, "import-errors", error, rows, path, name);
	buf_adds(&r->out, "<p>En CSV-fil som personalen för den, en rad per inskrivning, i UTF-8 eller Windows-1252 "
			  "med semikolon eller komma och en rubrikrad (se användarhandledningen). Varje rad prövas; "
			  "har filen ett enda fel sparas ingenting.</p>\n"
			  "<form id=\"import-form\" method=\"post\" action=\"/deltagare/import\" "
			  "enctype=\"multipart/form-data\">\n");
	page_csrf(r);
	buf_adds(&r->out, "<p class=\"field\"><label for=\"file\">Deltagarlista (CSV)</label>\n"
			  "<input type=\"file\" id=\"file\" name=\"file\" accept=\".csv,text/csv\"></p>\n"
			  "<p><button type=\"submit\" id=\"import-submit\">Läs in</button></p>\n</form>\n");
	page_end(r);
}

void page_import_form(struct web_req *r)
{
	import_form(r, NULL, NULL, NULL, NULL);
}

void page_import(struct web_req *r)
{
	struct app_participant_import res;
	struct app_import_errors rows;
	struct web_upload u;
	struct err err;
	int rc;

	if (!r->file.data || r->file.len == 0) {
		r->status = 400;
		import_form(r, "Välj en CSV-fil att läsa in.", NULL, NULL, NULL);
		return;
	}
	if (web_upload_save(r, &u, "lista.csv") < 0) {
		web_error(r, 500, "Filen kunde inte tas emot.");
		return;
	}
	app_import_errors_init(&rows);
	rc = app_import_participants_rows(r->st, web_key(r), u.path, 0, &res, &rows, &err);
	/* The list holds personal data: it is gone before the answer. */
	web_upload_gone(&u);
	if (rc < 0) {
		r->status = 400;
		import_form(r, err.msg, &rows, u.path, web_upload_name(r, "listan"));
		app_import_errors_release(&rows);
		return;
	}
	app_import_errors_release(&rows);
	web_done_at(r, "/deltagare", NULL, NULL, "Listan är inläst.");
}
