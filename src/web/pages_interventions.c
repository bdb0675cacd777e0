/*
 * pages_interventions.c: the administrator's pages for the interventions
 * themselves: a new intervention, a change of its fields, closing it (an
 * end date, confirmed) and removing it (confirmed, and only when nothing
 * refers to it any more); on the intervention's page the allocations of
 * shared accounts and the anonymous participant counts, each added,
 * changed or removed (a registrar may keep the anonymous counts of her
 * own interventions). Every change goes through the use case the command
 * line uses (app_insats_add, app_insats_edit, app_insats_remove,
 * app_insats_allocate, app_insats_anonymous ...), which checks it and
 * writes it to the audit log with the user's name.
 *
 * The helpers at the top (adm_*) are shared with pages_users.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/doc.h"
#include "model/payments.h"
#include "web/web_int.h"

/* ---- shared helpers ---- */

void adm_form_add(struct form *v, const char *name, const char *value)
{
	v->f = xgrow(v->f, sizeof(*v->f), v->n + 1, &v->cap);
	v->f[v->n].name = xstrdup(name);
	v->f[v->n].value = xstrdup(value ? value : "");
	v->n++;
}

void adm_form_error(struct web_req *r, struct page_errors *pe, const struct err *err)
{
	page_errors_add_err(pe, err);
	r->status = 400;
}

/* As adm_form_error for a form whose inputs are named prefix + the use
 * case's field ("alloc_share"), so that two forms on one page never share
 * an id. */
static void prefixed_error(struct web_req *r, struct page_errors *pe, const char *prefix, const struct err *err)
{
	char field[ERR_FIELD_MAX + 16];

	if (!err->field[0]) {
		adm_form_error(r, pe, err);
		return;
	}
	snprintf(field, sizeof(field), "%s%s", prefix, err->field);
	page_errors_add(pe, field, err->msg);
	r->status = 400;
}

/* The value of a form field, "" when it is not there. */
static const char *val(const struct form *v, const char *name)
{
	const char *s = v ? form_get(v, name) : NULL;

	return s ? s : "";
}

/* The intervention params[0] (an id) into iv and its id as text into
 * which; a 404 page when there is none. */
static int find_insats(struct web_req *r, struct intervention *iv, char which[24])
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id > 0) {
		snprintf(which, 24, "%ld", id);
		if (app_insats_find(r->st, which, iv, &err) == 0)
			return 0;
	}
	web_error(r, 404, "Det finns ingen sådan insats.");
	return -1;
}

/* ---- a new intervention and its changes ---- */

/* The kinds by their keys, shown with their Swedish names. */
static void kind_choice(struct web_req *r, const char *chosen, const char *error)
{
	const char *values[INTERVENTION__MAX + 1], *labels[INTERVENTION__MAX + 1];
	char names[INTERVENTION__MAX][64];
	int k;

	for (k = 0; k < INTERVENTION__MAX; k++) {
		const char *l = intervention_kind_label((enum intervention_kind)k);

		/* "individinriktad" → "Individinriktad" (the labels are ASCII-initial). */
		snprintf(names[k], sizeof(names[k]), "%s", l);
		if (names[k][0] >= 'a' && names[k][0] <= 'z')
			names[k][0] = (char)(names[k][0] - 'a' + 'A');
		values[k] = intervention_kind_key((enum intervention_kind)k);
		labels[k] = names[k];
	}
	values[k] = labels[k] = NULL;
	page_select_labels(r, "kind", "Sort", values, labels, SIZE_MAX, "Välj sort …",
			   chosen, error);
}

/* The fields of an intervention as the form shows them. */
static void insats_values(const struct intervention *iv, struct form *v)
{
	char d[11], ages[16];

	adm_form_add(v, "name", iv->name);
	adm_form_add(v, "kind", intervention_kind_key(iv->kind));
	adm_form_add(v, "owner", iv->owner);
	adm_form_add(v, "partners", iv->partners);
	adm_form_add(v, "target", iv->target_group);
	ages[0] = '\0';
	if (iv->age_min || iv->age_max)
		snprintf(ages, sizeof(ages), "%d-%d", iv->age_min, iv->age_max);
	adm_form_add(v, "ages", ages);
	adm_form_add(v, "start", date_is_set(iv->start) ? date_format(d, iv->start) : "");
	adm_form_add(v, "end", date_is_set(iv->end) ? date_format(d, iv->end) : "");
	adm_form_add(v, "p_start", date_is_set(iv->p_start) ? date_format(d, iv->p_start) : "");
	adm_form_add(v, "p_end", date_is_set(iv->p_end) ? date_format(d, iv->p_end) : "");
	adm_form_add(v, "purpose", iv->purpose);
	adm_form_add(v, "goals", iv->goals);
	adm_form_add(v, "accounts", iv->accounts);
	adm_form_add(v, "objects", iv->objects);
}

static void insats_fields(const struct form *b, struct app_insats_fields *f)
{
	memset(f, 0, sizeof(*f));
	f->name = val(b, "name");
	f->kind = val(b, "kind");
	f->owner = val(b, "owner");
	f->partners = val(b, "partners");
	f->target = val(b, "target");
	f->ages = val(b, "ages");
	f->start = val(b, "start");
	f->end = val(b, "end");
	f->p_start = val(b, "p_start");
	f->p_end = val(b, "p_end");
	f->purpose = val(b, "purpose");
	f->goals = val(b, "goals");
	f->accounts = val(b, "accounts");
	f->objects = val(b, "objects");
}

static void insats_form(struct web_req *r, const char *title, const char *action, const struct form *v,
			const struct page_errors *pe, const char *submit, const char *cancel)
{
#define E(n) page_errors_for(pe, n)
	page_begin(r, title);
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"insats-form\" method=\"post\" action=\"%s\">\n", action);
	page_csrf(r);
	page_field(r, "name", "Namn", "text", val(v, "name"), E("name"));
	kind_choice(r, val(v, "kind"), E("kind"));
	page_field(r, "owner", "Projektägare (en medlemsorganisation)", "text", val(v, "owner"), E("owner"));
	page_field(r, "partners", "Samverkande parter (med komma emellan)", "text", val(v, "partners"),
		   E("partners"));
	buf_adds(&r->out, "<fieldset><legend>Period</legend>\n");
	page_field(r, "start", "Insatsen börjar (ÅÅÅÅ-MM-DD)", "text", val(v, "start"), E("start"));
	page_field(r, "end", "Insatsen slutar (ÅÅÅÅ-MM-DD, kan lämnas tomt)", "text", val(v, "end"), E("end"));
	page_field(r, "p_start", "Deltagare skrivs in från (ÅÅÅÅ-MM-DD)", "text", val(v, "p_start"), E("p_start"));
	page_field(r, "p_end", "Deltagare skrivs in till och med (ÅÅÅÅ-MM-DD)", "text", val(v, "p_end"),
		   E("p_end"));
	buf_adds(&r->out, "</fieldset>\n<fieldset><legend>Målgrupp</legend>\n");
	page_field(r, "target", "Målgrupp", "text", val(v, "target"), E("target"));
	page_field(r, "ages", "Åldrar (till exempel 16-29)", "text", val(v, "ages"), E("ages"));
	buf_adds(&r->out, "</fieldset>\n");
	page_textarea(r, "purpose", "Syfte", val(v, "purpose"), 4, NULL, E("purpose"));
	page_textarea(r, "goals", "Insatsens mål (som beslutet anger dem)", val(v, "goals"), 4, NULL, E("goals"));
	buf_adds(&r->out, "<fieldset><legend>Bokföring</legend>\n");
	page_field(r, "accounts", "Konton där insatsens kostnader bokförs (till exempel 4010-4019)", "text",
		   val(v, "accounts"), E("accounts"));
	page_field(r, "objects", "Objekt (dimension:objekt, till exempel 6:1)", "text", val(v, "objects"),
		   E("objects"));
	buf_adds(&r->out, "</fieldset>\n");
	web_printf(&r->out, "<p><button type=\"submit\" id=\"insats-submit\">%s</button> <a href=\"%s\">Avbryt</a></p>\n"
			    "</form>\n",
		   submit, cancel);
	page_end(r);
#undef E
}

void page_insats_new_form(struct web_req *r)
{
	struct page_errors pe;

	page_errors_init(&pe);
	insats_form(r, "Ny insats", "/insatser/ny", NULL, &pe, "Lägg till insatsen", "/insatser");
}

void page_insats_new(struct web_req *r)
{
	struct app_insats_fields f;
	struct page_errors pe;
	struct err err;
	int64_t id;
	char path[48];

	insats_fields(&r->body, &f);
	if (app_insats_add(r->st, &f, &id, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		insats_form(r, "Ny insats", "/insatser/ny", &r->body, &pe, "Lägg till insatsen", "/insatser");
		page_errors_release(&pe);
		return;
	}
	snprintf(path, sizeof(path), "/insatser/%lld", (long long)id);
	page_done(r, path, "Insatsen är sparad.");
}

void page_insats_edit_form(struct web_req *r)
{
	struct intervention iv;
	struct page_errors pe;
	struct form v;
	char which[24], action[64], back[48];

	if (find_insats(r, &iv, which) < 0)
		return;
	form_init(&v);
	insats_values(&iv, &v);
	page_errors_init(&pe);
	snprintf(action, sizeof(action), "/insatser/%s/andra", which);
	snprintf(back, sizeof(back), "/insatser/%s", which);
	insats_form(r, "Ändra insatsen", action, &v, &pe, "Spara ändringarna", back);
	form_release(&v);
}

void page_insats_edit(struct web_req *r)
{
	struct intervention iv;
	struct app_insats_fields f;
	struct page_errors pe;
	struct err err;
	char which[24], action[64], back[48];

	if (find_insats(r, &iv, which) < 0)
		return;
	insats_fields(&r->body, &f);
	snprintf(back, sizeof(back), "/insatser/%s", which);
	if (app_insats_edit(r->st, which, &f, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		snprintf(action, sizeof(action), "/insatser/%s/andra", which);
		insats_form(r, "Ändra insatsen", action, &r->body, &pe, "Spara ändringarna", back);
		page_errors_release(&pe);
		return;
	}
	page_done(r, back, "Insatsen är ändrad.");
}

/* ---- closing: an end date, confirmed ---- */

static void close_form(struct web_req *r, const struct intervention *iv, const char *which, const char *date,
		       const struct page_errors *pe)
{
	char today[11];

	page_begin(r, "Avsluta insatsen");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<p>Insatsen <strong>%s</strong> får ett slutdatum. Efter det kan inga fler deltagare "
			    "skrivas in i den; deltagarperioden slutar senast samma dag. Beslut, deltagare och "
			    "statistik finns kvar, och ändringen står i loggen med ditt namn. Ett slutdatum kan "
			    "ändras igen under Ändra.</p>\n",
		   iv->name);
	web_printf(&r->out, "<form id=\"close-form\" method=\"post\" action=\"/insatser/%s/avsluta\">\n", which);
	page_csrf(r);
	page_field(r, "end", "Sista dag (ÅÅÅÅ-MM-DD)", "text", date ? date : date_format(today, date_today()),
		   page_errors_for(pe, "end"));
	web_printf(&r->out, "<p><button type=\"submit\" id=\"close-submit\">Avsluta</button> "
			    "<a href=\"/insatser/%s\">Avbryt</a></p>\n</form>\n",
		   which);
	page_end(r);
}

void page_insats_close_form(struct web_req *r)
{
	struct intervention iv;
	struct page_errors pe;
	char which[24];

	if (find_insats(r, &iv, which) < 0)
		return;
	page_errors_init(&pe);
	close_form(r, &iv, which, NULL, &pe);
}

void page_insats_close(struct web_req *r)
{
	struct intervention iv;
	struct app_insats_fields f;
	struct page_errors pe;
	struct err err;
	struct date end;
	char which[24], back[48];
	const char *date = val(&r->body, "end");

	if (find_insats(r, &iv, which) < 0)
		return;
	memset(&f, 0, sizeof(f));
	f.end = date;
	/* The participant period ends with the intervention at the latest:
	 * a later end of it moves to the same day (the use case checks the
	 * date itself). */
	if (date_parse(date, &end, NULL) == 0 && date_is_set(iv.p_end) && date_cmp(iv.p_end, end) > 0)
		f.p_end = date;
	if (!*date) {
		err_set(&err, "skriv den sista dagen som ÅÅÅÅ-MM-DD");
		err_field(&err, "end");
	}
	if (!*date || app_insats_edit(r->st, which, &f, &err) < 0) {
		page_errors_init(&pe);
		/* A participant period that would end before it begins is the
		 * end date's error here: the form has no other field. */
		if (strcmp(err.field, "p_end") == 0 || strcmp(err.field, "p_start") == 0)
			err_field(&err, "end");
		adm_form_error(r, &pe, &err);
		close_form(r, &iv, which, date, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(back, sizeof(back), "/insatser/%s", which);
	page_done(r, back, "Insatsen är avslutad.");
}

/* ---- removal, confirmed ---- */

static void remove_form(struct web_req *r, const struct intervention *iv, const char *which,
			const struct page_errors *pe)
{
	page_begin(r, "Ta bort insatsen");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<p>Vill du ta bort insatsen <strong>%s</strong>? Det går bara när inga beslut, "
			    "inskrivningar, anonyma deltagare, resultatmål, enkätsvar, registrerare eller "
			    "fördelningar hör till den: en insats som redan har använts avslutas i stället. "
			    "Borttagningen står i loggen med ditt namn.</p>\n",
		   iv->name);
	web_printf(&r->out, "<form id=\"remove-insats-form\" method=\"post\" action=\"/insatser/%s/ta-bort\">\n",
		   which);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-insats-submit\">Ta bort</button> "
			    "<a href=\"/insatser/%s\">Avbryt</a></p>\n</form>\n",
		   which);
	page_end(r);
}

void page_insats_remove_form(struct web_req *r)
{
	struct intervention iv;
	struct page_errors pe;
	char which[24];

	if (find_insats(r, &iv, which) < 0)
		return;
	page_errors_init(&pe);
	remove_form(r, &iv, which, &pe);
}

void page_insats_remove(struct web_req *r)
{
	struct intervention iv;
	struct page_errors pe;
	struct err err;
	char which[24];

	if (find_insats(r, &iv, which) < 0)
		return;
	if (app_insats_remove(r->st, which, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		remove_form(r, &iv, which, &pe);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/insatser", "Insatsen är borttagen.");
}

/* ---- allocations of shared accounts ---- */

static void allocation_form(struct web_req *r, const char *which, const struct form *v, const struct page_errors *pe)
{
	web_printf(&r->out, "<h3>Ny fördelning</h3>\n<p>Ett konto som flera insatser delar fördelas med en andel "
			    "(av varje år, eller av ett år) eller med ett belopp för ett år.</p>\n"
			    "<form id=\"allocation-form\" method=\"post\" action=\"/insatser/%s/fordelning\">\n",
		   which);
	page_csrf(r);
	page_errors_summary(r, pe);
	page_field(r, "alloc_accounts", "Konto (till exempel 4010; flera bara med en andel)", "text", val(v, "alloc_accounts"),
		   page_errors_for(pe, "alloc_accounts"));
	page_field(r, "alloc_share", "Andel i procent (till exempel 60)", "text", val(v, "alloc_share"),
		   page_errors_for(pe, "alloc_share"));
	page_field(r, "alloc_year", "År (tomt för en andel av varje år)", "text", val(v, "alloc_year"),
		   page_errors_for(pe, "alloc_year"));
	page_field(r, "alloc_amount", "Eller: belopp för året (kr)", "text", val(v, "alloc_amount"), page_errors_for(pe, "alloc_amount"));
	page_field(r, "alloc_note", "Anteckning", "text", val(v, "alloc_note"), page_errors_for(pe, "alloc_note"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"allocation-submit\">Spara fördelningen</button></p>\n"
			  "</form>\n");
}

static void allocation_list(struct web_req *r, const char *which, int64_t id)
{
	struct allocation *a = NULL;
	struct doc *d;
	struct doc_table *t;
	size_t n = 0, i;
	struct err err;

	if (app_allocation_list(r->st, id, &a, &n, &err) < 0) {
		page_doc(r, NULL, &err);
		return;
	}
	if (!n) {
		buf_adds(&r->out, "<p>Inga konton är fördelade till insatsen.</p>\n");
		free(a);
		return;
	}
	d = doc_new(NULL);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "allocations", NULL, 5);
	doc_column_set(t, 0, "accounts", "Konto", 0);
	doc_column_set(t, 1, "year", "År", 0);
	doc_column_set(t, 2, "share", "Andel eller belopp", 0);
	doc_column_set(t, 3, "note", "Anteckning", 0);
	doc_column_set(t, 4, "remove", "Ta bort", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		char amount[40], year[16], href[96], name[48], about[160];

		if (a[i].share)
			snprintf(amount, sizeof(amount), "%lld,%02lld %%", (long long)(a[i].share / 100),
				 (long long)(a[i].share % 100));
		else
			money_format(amount, sizeof(amount), a[i].amount, MONEY_STYLE_KR);
		snprintf(year, sizeof(year), "%d", a[i].year);
		doc_cell_text(row, 0, a[i].accounts, NULL);
		doc_cell_text(row, 1, a[i].year ? year : "varje år", NULL);
		doc_cell_text(row, 2, amount, NULL);
		doc_cell_text(row, 3, a[i].note, NULL);
		snprintf(href, sizeof(href), "/insatser/%s/fordelning/%lld/ta-bort", which, (long long)a[i].id);
		snprintf(name, sizeof(name), "remove-allocation-%lld", (long long)a[i].id);
		snprintf(about, sizeof(about), "fördelningen av %s", a[i].accounts);
		doc_cell_action(row, 4, "Ta bort", href, about, name);
	}
	page_doc_scroll(r, d, NULL, "allocation-list");
	free(a);
}

/* ---- anonymous participants ---- */

static void anonymous_form(struct web_req *r, const char *action, const struct form *v, const struct page_errors *pe,
			   const char *submit)
{
	web_printf(&r->out, "<form id=\"anonymous-form\" method=\"post\" action=\"%s\">\n", action);
	page_csrf(r);
	page_errors_summary(r, pe);
	page_field(r, "anon_from", "Från (ÅÅÅÅ-MM-DD)", "text", val(v, "anon_from"), page_errors_for(pe, "anon_from"));
	page_field(r, "anon_to", "Till och med (ÅÅÅÅ-MM-DD, samma år)", "text", val(v, "anon_to"), page_errors_for(pe, "anon_to"));
	page_field(r, "anon_women", "Antal kvinnor", "text", val(v, "anon_women"), page_errors_for(pe, "anon_women"));
	page_field(r, "anon_men", "Antal män", "text", val(v, "anon_men"), page_errors_for(pe, "anon_men"));
	page_field(r, "anon_note", "Anteckning", "text", val(v, "anon_note"), page_errors_for(pe, "anon_note"));
	web_printf(&r->out, "<p><button type=\"submit\" id=\"anonymous-submit\">%s</button></p>\n</form>\n", submit);
}

static void anonymous_list(struct web_req *r, const char *which, int64_t id, int may)
{
	struct anonymous_count *a = NULL;
	struct doc *d;
	struct doc_table *t;
	size_t n = 0, i;
	struct err err;

	if (app_anonymous_list(r->st, id, &a, &n, &err) < 0) {
		page_doc(r, NULL, &err);
		return;
	}
	if (!n) {
		buf_adds(&r->out, "<p>Inga anonyma deltagare är inlagda.</p>\n");
		free(a);
		return;
	}
	d = doc_new(NULL);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "anonymous", NULL, may ? 6 : 4);
	doc_column_set(t, 0, "period", "Period", 0);
	doc_column_set(t, 1, "women", "Kvinnor", 0);
	doc_column_set(t, 2, "men", "Män", 0);
	doc_column_set(t, 3, "note", "Anteckning", 0);
	if (may) {
		page_action_columns(t, 4);
	}
	for (i = 0; i < n; i++) {
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		char d1[11], d2[11], period[32], about[48], edit[96], remove[96], name[48];

		snprintf(period, sizeof(period), "%s – %s", date_format(d1, a[i].from), date_format(d2, a[i].to));
		doc_cell_text(row, 0, period, NULL);
		doc_cell_int(row, 1, a[i].women);
		doc_cell_int(row, 2, a[i].men);
		doc_cell_text(row, 3, a[i].note, NULL);
		if (!may)
			continue;
		snprintf(about, sizeof(about), "perioden %s", period);
		snprintf(edit, sizeof(edit), "/insatser/%s/anonyma/%lld/andra", which, (long long)a[i].id);
		snprintf(remove, sizeof(remove), "/insatser/%s/anonyma/%lld/ta-bort", which, (long long)a[i].id);
		snprintf(name, sizeof(name), "anonymous-%lld", (long long)a[i].id);
		page_actions(row, 4, edit, remove, about, name);
	}
	page_doc_scroll(r, d, NULL, "anonymous-list");
	free(a);
}

/* ---- what the year's annual report says of it ---- */

static const char *const status_values[] = { "auto", "planned", "running", "ended" };
static const char *const status_labels[] = { "Efter insatsens datum", "Planerad", "Pågående", "Avslutad" };

/* The form of the intervention's status and results in a year: v (after
 * a failed save) or what is stored for the year asked for. */
static void year_form(struct web_req *r, const struct intervention *iv, const char *which, const struct form *v,
		      const struct page_errors *pe)
{
	struct intervention_year y;
	struct err err;
	char action[64], year_s[8];
	int year = page_year_of(r, v ? v : &r->query);
	enum intervention_status shown;

	if (app_insats_year_get(r->st, iv->id, year, &y, &err) < 0) {
		page_doc(r, NULL, &err);
		return;
	}
	shown = intervention_status_in(iv, &y, year);
	web_printf(&r->out, "<p id=\"annual-status\">I årsredovisningen för %d står insatsen som <strong>%s</strong>%s.</p>\n",
		   year, intervention_status_label(shown), y.status == IV_STATUS_AUTO ? " (efter dess datum)" : "");
	snprintf(action, sizeof(action), "/insatser/%s/arsredovisning", which);
	snprintf(year_s, sizeof(year_s), "%d", year);
	web_printf(&r->out, "<form id=\"annual-form\" method=\"post\" action=\"%s\">\n", action);
	page_csrf(r);
	page_errors_summary(r, pe);
	page_field(r, "year", "År", "number", v ? val(v, "year") : year_s, page_errors_for(pe, "year"));
	page_select_labels(r, "status", "Status", status_values, status_labels, 4, NULL,
			   v ? val(v, "status") : (y.status == IV_STATUS_AUTO ? "auto" : intervention_status_key(y.status)),
			   page_errors_for(pe, "status"));
	page_textarea(r, "results", "Resultat och lärdomar", v ? val(v, "results") : y.results, 8,
		      "Markdown: en tom rad mellan stycken, ## för en rubrik.", page_errors_for(pe, "results"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"annual-submit\">Spara i årsredovisningen</button></p>\n</form>\n");
	free(y.results);
}

/* ---- the sections of the intervention's page ---- */

static void sections(struct web_req *r, const struct intervention *iv, const char *which, const struct form *v,
		     const struct page_errors *alloc_pe, const struct page_errors *anon_pe,
		     const struct page_errors *year_pe)
{
	int admin = r->sess.user.role == ROLE_ADMIN;
	int may_anon = admin || (r->sess.user.role == ROLE_REGISTRAR && user_owns_insats(&r->sess.user, iv->id));
	char action[64];

	if (admin) {
		buf_adds(&r->out, "<h2 id=\"annual\">I årsredovisningen</h2>\n<p>Insatsens status och en text om "
				  "resultat och lärdomar, som årsredovisningen visar under insatsens siffror.</p>\n");
		year_form(r, iv, which, year_pe && year_pe->n ? v : NULL, year_pe);
	}
	if (admin) {
		buf_adds(&r->out, "<h2 id=\"allocations\">Fördelade konton</h2>\n");
		allocation_list(r, which, iv->id);
		allocation_form(r, which, alloc_pe && alloc_pe->n ? v : NULL, alloc_pe);
	}
	if (may_anon || r->sess.user.role == ROLE_AUDITOR) {
		buf_adds(&r->out, "<h2 id=\"anonymous\">Anonyma deltagare</h2>\n<p>Deltagare som inte registreras "
				  "med kod räknas här per period, så att de kommer med i statistiken.</p>\n");
		anonymous_list(r, which, iv->id, may_anon);
		if (may_anon) {
			buf_adds(&r->out, "<h3>Lägg till anonyma deltagare</h3>\n");
			snprintf(action, sizeof(action), "/insatser/%s/anonyma", which);
			anonymous_form(r, action, anon_pe && anon_pe->n ? v : NULL, anon_pe, "Spara antalen");
		}
	}
}

void page_insats_actions(struct web_req *r, const char *which)
{
	if (r->sess.user.role != ROLE_ADMIN)
		return;
	web_printf(&r->out, "<p class=\"actions\" id=\"insats-actions\"><a id=\"edit-insats\" "
			    "href=\"/insatser/%s/andra\">Ändra insatsen</a> · <a id=\"close-insats\" "
			    "href=\"/insatser/%s/avsluta\">Avsluta</a> · <a id=\"remove-insats\" "
			    "href=\"/insatser/%s/ta-bort\">Ta bort</a> · <a href=\"#annual\">I årsredovisningen</a> · "
			    "<a href=\"#allocations\">Fördelade konton</a> · "
			    "<a href=\"#anonymous\">Anonyma deltagare</a></p>\n",
		   which, which, which);
}

void page_insats_sections(struct web_req *r, const struct intervention *iv, const char *which)
{
	struct page_errors none;

	page_errors_init(&none);
	sections(r, iv, which, NULL, &none, &none, &none);
}

/* The intervention's page with a form's errors in one of its sections. */
static void insats_with_errors(struct web_req *r, const struct intervention *iv, const char *which,
			       const struct page_errors *alloc_pe, const struct page_errors *anon_pe,
			       const struct page_errors *year_pe)
{
	page_begin(r, iv->name);
	web_printf(&r->out, "<p><a href=\"/insatser/%s\">Tillbaka till insatsen utan att spara</a></p>\n", which);
	sections(r, iv, which, &r->body, alloc_pe, anon_pe, year_pe);
	page_end(r);
}

void page_insats_year(struct web_req *r)
{
	struct intervention iv;
	struct page_errors pe, none;
	struct err err;
	char which[24], back[80];
	const struct form *b = &r->body;
	long year = web_int(val(b, "year"), 1990, 2200);
	int rc = -1;

	if (find_insats(r, &iv, which) < 0)
		return;
	page_errors_init(&pe);
	page_errors_init(&none);
	if (year < 0)
		page_errors_add(&pe, "year", "Året ska vara ett år med fyra siffror, till exempel 2025.");
	else if ((rc = app_insats_year(r->st, which, (int)year, val(b, "status"), val(b, "results"), &err)) < 0)
		page_errors_add_err(&pe, &err);
	if (rc < 0) {
		r->status = 400;
		insats_with_errors(r, &iv, which, &none, &none, &pe);
		page_errors_release(&pe);
		return;
	}
	page_errors_release(&pe);
	snprintf(back, sizeof(back), "/insatser/%s?year=%ld#annual", which, year);
	page_done(r, back, "Det årsredovisningen säger om insatsen är sparat.");
}

void page_allocation_add(struct web_req *r)
{
	struct intervention iv;
	struct app_allocation_fields f;
	struct page_errors pe, none;
	struct err err;
	int64_t id;
	char which[24], back[64];
	const struct form *b = &r->body;

	if (find_insats(r, &iv, which) < 0)
		return;
	memset(&f, 0, sizeof(f));
	f.insats = which;
	f.accounts = val(b, "alloc_accounts");
	f.share = *val(b, "alloc_share") ? val(b, "alloc_share") : NULL;
	f.year = *val(b, "alloc_year") ? val(b, "alloc_year") : NULL;
	f.amount = *val(b, "alloc_amount") ? val(b, "alloc_amount") : NULL;
	f.note = val(b, "alloc_note");
	if (app_insats_allocate(r->st, &f, &id, &err) < 0) {
		page_errors_init(&pe);
		page_errors_init(&none);
		prefixed_error(r, &pe, "alloc_", &err);
		insats_with_errors(r, &iv, which, &pe, &none, &none);
		page_errors_release(&pe);
		return;
	}
	snprintf(back, sizeof(back), "/insatser/%s#allocations", which);
	page_done(r, back, "Fördelningen är sparad.");
}

/* The allocation params[1] of intervention params[0]; a 404 when there is none. */
static int find_allocation(struct web_req *r, const struct intervention *iv, struct allocation *out)
{
	struct allocation *a = NULL;
	size_t n = 0, i;
	struct err err;
	long id = web_int(r->params[1], 1, 999999999);
	int found = 0;

	if (id > 0 && app_allocation_list(r->st, iv->id, &a, &n, &err) == 0)
		for (i = 0; i < n && !found; i++)
			if (a[i].id == id) {
				*out = a[i];
				found = 1;
			}
	free(a);
	if (!found)
		web_error(r, 404, "Det finns ingen sådan fördelning.");
	return found ? 0 : -1;
}

static void allocation_confirm(struct web_req *r, const struct intervention *iv, const char *which,
			       const struct allocation *a, const struct page_errors *pe)
{
	page_begin(r, "Ta bort en fördelning");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<p>Vill du ta bort fördelningen av konto %s till insatsen <strong>%s</strong>? "
			    "Insatsens utbetalningar räknas om, och borttagningen står i loggen med ditt namn.</p>\n"
			    "<form id=\"remove-allocation-form\" method=\"post\" "
			    "action=\"/insatser/%s/fordelning/%lld/ta-bort\">\n",
		   a->accounts, iv->name, which, (long long)a->id);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-allocation-submit\">Ta bort</button> "
			    "<a href=\"/insatser/%s\">Avbryt</a></p>\n</form>\n",
		   which);
	page_end(r);
}

void page_allocation_remove_form(struct web_req *r)
{
	struct intervention iv;
	struct allocation a;
	struct page_errors pe;
	char which[24];

	if (find_insats(r, &iv, which) < 0 || find_allocation(r, &iv, &a) < 0)
		return;
	page_errors_init(&pe);
	allocation_confirm(r, &iv, which, &a, &pe);
}

void page_allocation_remove(struct web_req *r)
{
	struct intervention iv;
	struct allocation a;
	struct page_errors pe;
	struct err err;
	char which[24], id[24], back[64];

	if (find_insats(r, &iv, which) < 0 || find_allocation(r, &iv, &a) < 0)
		return;
	snprintf(id, sizeof(id), "%lld", (long long)a.id);
	if (app_insats_allocation_remove(r->st, id, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		allocation_confirm(r, &iv, which, &a, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(back, sizeof(back), "/insatser/%s#allocations", which);
	page_done(r, back, "Fördelningen är borttagen.");
}

/* 0 when the user may keep the anonymous counts of iv, else a 403. */
static int may_anonymous(struct web_req *r, const struct intervention *iv)
{
	if (user_owns_insats(&r->sess.user, iv->id))
		return 0;
	web_error(r, 403, "Du kan bara lägga in anonyma deltagare i dina egna insatser.");
	return -1;
}

void page_anonymous_add(struct web_req *r)
{
	struct intervention iv;
	struct page_errors pe, none;
	struct err err;
	char which[24], back[64];
	const struct form *b = &r->body;

	if (find_insats(r, &iv, which) < 0 || may_anonymous(r, &iv) < 0)
		return;
	if (app_insats_anonymous(r->st, which, val(b, "anon_from"), val(b, "anon_to"), val(b, "anon_women"),
				 val(b, "anon_men"), val(b, "anon_note"), &err) < 0) {
		page_errors_init(&pe);
		page_errors_init(&none);
		prefixed_error(r, &pe, "anon_", &err);
		insats_with_errors(r, &iv, which, &none, &pe, &none);
		page_errors_release(&pe);
		return;
	}
	snprintf(back, sizeof(back), "/insatser/%s#anonymous", which);
	page_done(r, back, "De anonyma deltagarna är sparade.");
}

/* The anonymous count params[1] of intervention iv; a 404 when there is none. */
static int find_anonymous(struct web_req *r, const struct intervention *iv, struct anonymous_count *out)
{
	struct anonymous_count *a = NULL;
	size_t n = 0, i;
	struct err err;
	long id = web_int(r->params[1], 1, 999999999);
	int found = 0;

	if (id > 0 && app_anonymous_list(r->st, iv->id, &a, &n, &err) == 0)
		for (i = 0; i < n && !found; i++)
			if (a[i].id == id) {
				*out = a[i];
				found = 1;
			}
	free(a);
	if (!found)
		web_error(r, 404, "Det finns inga sådana anonyma deltagare.");
	return found ? 0 : -1;
}

static void anonymous_edit_page(struct web_req *r, const struct intervention *iv, const char *which,
				const struct anonymous_count *a, const struct form *v, const struct page_errors *pe)
{
	char action[96];

	page_begin(r, "Ändra anonyma deltagare");
	web_printf(&r->out, "<p>Insats: <strong>%s</strong></p>\n", iv->name);
	snprintf(action, sizeof(action), "/insatser/%s/anonyma/%lld/andra", which, (long long)a->id);
	anonymous_form(r, action, v, pe, "Spara ändringen");
	web_printf(&r->out, "<p><a href=\"/insatser/%s\">Avbryt</a></p>\n", which);
	page_end(r);
}

void page_anonymous_edit_form(struct web_req *r)
{
	struct intervention iv;
	struct anonymous_count a;
	struct page_errors pe;
	struct form v;
	char which[24], d[11], n[24];

	if (find_insats(r, &iv, which) < 0 || may_anonymous(r, &iv) < 0 || find_anonymous(r, &iv, &a) < 0)
		return;
	form_init(&v);
	adm_form_add(&v, "anon_from", date_format(d, a.from));
	adm_form_add(&v, "anon_to", date_format(d, a.to));
	snprintf(n, sizeof(n), "%lld", (long long)a.women);
	adm_form_add(&v, "anon_women", n);
	snprintf(n, sizeof(n), "%lld", (long long)a.men);
	adm_form_add(&v, "anon_men", n);
	adm_form_add(&v, "anon_note", a.note);
	page_errors_init(&pe);
	anonymous_edit_page(r, &iv, which, &a, &v, &pe);
	form_release(&v);
}

void page_anonymous_edit(struct web_req *r)
{
	struct intervention iv;
	struct anonymous_count a;
	struct app_anonymous_fields f;
	struct page_errors pe;
	struct err err;
	char which[24], back[64];
	const struct form *b = &r->body;

	if (find_insats(r, &iv, which) < 0 || may_anonymous(r, &iv) < 0 || find_anonymous(r, &iv, &a) < 0)
		return;
	memset(&f, 0, sizeof(f));
	f.from = val(b, "anon_from");
	f.to = val(b, "anon_to");
	f.women = val(b, "anon_women");
	f.men = val(b, "anon_men");
	f.note = val(b, "anon_note");
	if (app_anonymous_edit(r->st, a.id, &f, &err) < 0) {
		page_errors_init(&pe);
		prefixed_error(r, &pe, "anon_", &err);
		anonymous_edit_page(r, &iv, which, &a, b, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(back, sizeof(back), "/insatser/%s#anonymous", which);
	page_done(r, back, "De anonyma deltagarna är sparade.");
}

static void anonymous_confirm(struct web_req *r, const struct intervention *iv, const char *which,
			      const struct anonymous_count *a, const struct page_errors *pe)
{
	char d1[11], d2[11];

	page_begin(r, "Ta bort anonyma deltagare");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<p>Vill du ta bort de anonyma deltagarna i <strong>%s</strong> för %s – %s "
			    "(%lld kvinnor, %lld män)? Statistiken räknas om, och borttagningen står i loggen med "
			    "ditt namn.</p>\n<form id=\"remove-anonymous-form\" method=\"post\" "
			    "action=\"/insatser/%s/anonyma/%lld/ta-bort\">\n",
		   iv->name, date_format(d1, a->from), date_format(d2, a->to), (long long)a->women, (long long)a->men,
		   which, (long long)a->id);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-anonymous-submit\">Ta bort</button> "
			    "<a href=\"/insatser/%s\">Avbryt</a></p>\n</form>\n",
		   which);
	page_end(r);
}

void page_anonymous_remove_form(struct web_req *r)
{
	struct intervention iv;
	struct anonymous_count a;
	struct page_errors pe;
	char which[24];

	if (find_insats(r, &iv, which) < 0 || may_anonymous(r, &iv) < 0 || find_anonymous(r, &iv, &a) < 0)
		return;
	page_errors_init(&pe);
	anonymous_confirm(r, &iv, which, &a, &pe);
}

void page_anonymous_remove(struct web_req *r)
{
	struct intervention iv;
	struct anonymous_count a;
	struct page_errors pe;
	struct err err;
	char which[24], back[64];

	if (find_insats(r, &iv, which) < 0 || may_anonymous(r, &iv) < 0 || find_anonymous(r, &iv, &a) < 0)
		return;
	if (app_anonymous_remove(r->st, a.id, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		anonymous_confirm(r, &iv, which, &a, &pe);
		page_errors_release(&pe);
		return;
	}
	snprintf(back, sizeof(back), "/insatser/%s#anonymous", which);
	page_done(r, back, "De anonyma deltagarna är borttagna.");
}
