/*
 * pages_users.c: the administrator's pages for the förbund itself: the
 * users of these pages (a new one with a role chosen by its Swedish name
 * and, for a registrar, her interventions; a change of role and
 * interventions; a new password; turning a user off, confirmed, and on
 * again), the settings, and a person's register extract and the purge of
 * those who left. Each change goes through the use case of the command
 * line (app/user.c, app/settings.c, app/privacy.c, app_participant_purge),
 * which writes it to the audit log with the administrator's name.
 *
 * A personal identity number typed for an extract goes only to the use
 * case, which hashes it: it is never written back into a page (the field
 * is always empty, autocomplete off), a redirect or a log line.
 */
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "web/web_int.h"

static const char *const role_values[] = { "admin", "registrar", "board", "auditor", NULL };
static const char *const role_names[] = { "Administratör", "Registrerare", "Styrelseledamot", "Revisor", NULL };

static const char *role_name(enum role r)
{
	return (unsigned)r < ROLE__MAX ? role_names[r] : "?";
}

/* The interventions chosen in a form (each a checkbox "insats"). */
static size_t chosen_insatser(const struct form *b, const char **out)
{
	size_t n = 0, i;

	for (i = 0; i < b->n && n < USER_INSATS_MAX; i++)
		if (strcmp(b->f[i].name, "insats") == 0)
			out[n++] = b->f[i].value;
	return n;
}

static int is_chosen(const struct form *v, const struct user *u, int64_t id)
{
	char s[24];
	size_t i;

	if (v) {
		snprintf(s, sizeof(s), "%lld", (long long)id);
		for (i = 0; i < v->n; i++)
			if (strcmp(v->f[i].name, "insats") == 0 && strcmp(v->f[i].value, s) == 0)
				return 1;
		return 0;
	}
	for (i = 0; u && i < u->n_insatser; i++)
		if (u->insatser[i] == id)
			return 1;
	return 0;
}

/* The interventions as checkboxes: those of u, or those chosen in v. */
static void insats_boxes(struct web_req *r, const struct intervention *iv, size_t n_iv, const struct form *v,
			 const struct user *u, const char *error)
{
	size_t k;

	buf_adds(&r->out, "<fieldset id=\"insats\" class=\"boxes");
	if (error)
		buf_adds(&r->out, " has-error\" aria-describedby=\"insats-error");
	buf_adds(&r->out, "\"><legend>Insatser (bara för en registrerare: de insatser hon registrerar deltagare i)"
			  "</legend>\n");
	if (error)
		web_printf(&r->out, "<span class=\"field-error\" id=\"insats-error\">%s</span>\n", error);
	for (k = 0; k < n_iv; k++)
		web_printf(&r->out, "<p class=\"box\"><input type=\"checkbox\" id=\"insats-%lld\" name=\"insats\" "
				    "value=\"%lld\"%s> <label for=\"insats-%lld\">%s</label></p>\n",
			   (long long)iv[k].id, (long long)iv[k].id, is_chosen(v, u, iv[k].id) ? " checked" : "",
			   (long long)iv[k].id, iv[k].name);
	buf_adds(&r->out, "</fieldset>\n");
}

/* ---- the list and a new user ---- */

/* The users, each name a link to the user's page, in a row named
 * user-NAME. */
static void users_table(struct web_req *r, const struct user *users, size_t n, const struct intervention *iv,
			size_t n_iv)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "users", NULL, 4);
	struct buf href, list;
	size_t i, j, k;

	buf_init(&href);
	buf_init(&list);
	doc_column_set(t, 0, "name", "Användare", 0);
	doc_column_set(t, 1, "role", "Roll", 0);
	doc_column_set(t, 2, "interventions", "Insatser", 0);
	doc_column_set(t, 3, "status", "Status", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		buf_reset(&href);
		buf_adds(&href, "user-");
		buf_adds(&href, users[i].name);
		doc_row_id(row, href.s);
		buf_reset(&href);
		buf_adds(&href, "/anvandare/");
		web_url_esc(&href, users[i].name);
		doc_cell_text_link(row, 0, users[i].name, href.s);
		doc_cell_text(row, 1, role_name(users[i].role), NULL);
		buf_reset(&list);
		for (j = 0; j < users[i].n_insatser; j++)
			for (k = 0; k < n_iv; k++)
				if (iv[k].id == users[i].insatser[j])
					buf_addf(&list, "%s%s", list.len ? "\n" : "", iv[k].name);
		doc_cell_text(row, 2, list.len ? list.s : "", NULL);
		doc_cell_text(row, 3, users[i].disabled ? "avstängd" : "aktiv", NULL);
	}
	page_doc_scroll(r, d, NULL, "user-list");
	buf_release(&href);
	buf_release(&list);
}

static void users_page(struct web_req *r, const struct form *v, const struct page_errors *pe)
{
	struct user *users = NULL;
	struct intervention *iv = NULL;
	size_t n = 0, n_iv = 0;
	struct err err;

	page_begin(r, "Användare");
	page_notice(r);
	if (app_user_list(r->st, &users, &n, &err) < 0 || app_insats_list(r->st, &iv, &n_iv, &err) < 0) {
		page_doc(r, NULL, &err);
		free(users);
		page_end(r);
		return;
	}
	users_table(r, users, n, iv, n_iv);
	buf_adds(&r->out, "<h2>Ny användare</h2>\n");
	page_errors_summary(r, pe);
	buf_adds(&r->out, "<form id=\"user-form\" method=\"post\" action=\"/anvandare\">\n");
	page_csrf(r);
	page_field(r, "name", "Användarnamn (små bokstäver, siffror, punkt, bindestreck)", "text",
		   v ? form_get(v, "name") : "", page_errors_for(pe, "name"));
	page_select_labels(r, "role", "Roll", role_values, role_names, SIZE_MAX, "Välj roll …",
			   v ? form_get(v, "role") : NULL, page_errors_for(pe, "role"));
	insats_boxes(r, iv, n_iv, v, NULL, page_errors_for(pe, "insats"));
	page_field(r, "password", "Lösenord (minst 10 tecken)", "password", "", page_errors_for(pe, "password"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"user-submit\">Lägg till</button></p>\n</form>\n");
	free(users);
	free(iv);
	page_end(r);
}

void page_users(struct web_req *r)
{
	struct page_errors pe;

	page_errors_init(&pe);
	users_page(r, NULL, &pe);
}

void page_user_add(struct web_req *r)
{
	const char *insatser[USER_INSATS_MAX];
	size_t n = chosen_insatser(&r->body, insatser);
	struct page_errors pe;
	struct err err;

	if (app_user_add(r->st, form_get(&r->body, "name"), form_get(&r->body, "role"), insatser, n,
			 form_get(&r->body, "password"), &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		users_page(r, &r->body, &pe);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/anvandare", "Användaren är tillagd.");
}

/* ---- one user ---- */

/* The user params[0]; a 404 page when there is none. */
static int find_user(struct web_req *r, struct user *out)
{
	struct user *users = NULL;
	size_t n = 0, i;
	struct err err;
	int found = 0;

	if (app_user_list(r->st, &users, &n, &err) == 0)
		for (i = 0; i < n && !found; i++)
			if (strcmp(users[i].name, r->params[0]) == 0) {
				*out = users[i];
				found = 1;
			}
	free(users);
	if (!found)
		web_error(r, 404, "Det finns ingen sådan användare.");
	return found ? 0 : -1;
}

/* The user's page; pe holds the errors of the form named by `which`
 * ("edit" or "password"). */
static void user_page(struct web_req *r, const struct user *u, const char *which, const struct form *v,
		      const struct page_errors *pe)
{
	struct intervention *iv = NULL;
	size_t n_iv = 0;
	struct err err;
	struct buf href;
	struct page_errors none;
	const struct page_errors *edit_pe = which && strcmp(which, "edit") == 0 ? pe : NULL;
	const struct page_errors *pw_pe = which && strcmp(which, "password") == 0 ? pe : NULL;
	int self = strcmp(u->name, r->sess.user.name) == 0;
	char created[16];

	page_errors_init(&none);
	if (!edit_pe)
		edit_pe = &none;
	if (!pw_pe)
		pw_pe = &none;
	if (app_insats_list(r->st, &iv, &n_iv, &err) < 0) {
		web_error(r, 500, "Insatserna kunde inte läsas.");
		return;
	}
	buf_init(&href);
	web_url_esc(&href, u->name);
	page_begin(r, u->name);
	page_notice(r);
	snprintf(created, sizeof(created), "%.10s", u->created);
	web_printf(&r->out, "<p id=\"user-summary\">%s, %s. Skapad %s.</p>\n", role_name(u->role),
		   u->disabled ? "avstängd" : "aktiv", created);

	buf_adds(&r->out, "<h2>Roll och insatser</h2>\n");
	page_errors_summary(r, edit_pe);
	web_printf(&r->out, "<form id=\"user-edit-form\" method=\"post\" action=\"/anvandare/%s/andra\">\n", href.s);
	page_csrf(r);
	page_select_labels(r, "role", "Roll", role_values, role_names, SIZE_MAX, NULL,
			   v ? form_get(v, "role") : role_values[u->role], page_errors_for(edit_pe, "role"));
	insats_boxes(r, iv, n_iv, v, u, page_errors_for(edit_pe, "insats"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"user-edit-submit\">Spara roll och insatser</button></p>\n"
			  "</form>\n");

	buf_adds(&r->out, "<h2>Nytt lösenord</h2>\n<p>Ett nytt lösenord avslutar användarens inloggningar.</p>\n");
	page_errors_summary(r, pw_pe);
	web_printf(&r->out, "<form id=\"password-form\" method=\"post\" action=\"/anvandare/%s/losenord\">\n", href.s);
	page_csrf(r);
	page_field(r, "password", "Nytt lösenord (minst 10 tecken)", "password", "", page_errors_for(pw_pe, "password"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"password-submit\">Byt lösenord</button></p>\n</form>\n");

	buf_adds(&r->out, "<h2>Inloggning</h2>\n");
	if (u->disabled) {
		web_printf(&r->out, "<p>Användaren är avstängd och kan inte logga in.</p>\n<form id=\"enable-form\" "
				    "method=\"post\" action=\"/anvandare/%s/pasla\">",
			   href.s);
		page_csrf(r);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"enable-submit\">Slå på igen</button></p></form>\n");
	} else if (self) {
		buf_adds(&r->out, "<p>Du kan inte stänga av dig själv.</p>\n");
	} else {
		web_printf(&r->out, "<p><a id=\"disable-user\" href=\"/anvandare/%s/avstang\">Stäng av användaren</a></p>\n",
			   href.s);
	}
	buf_adds(&r->out, "<p><a href=\"/anvandare\">Alla användare</a></p>\n");
	buf_release(&href);
	free(iv);
	page_end(r);
}

void page_user_show(struct web_req *r)
{
	struct user u;

	if (find_user(r, &u) == 0)
		user_page(r, &u, NULL, NULL, NULL);
}

/* Redirects to the user's page with a notice. */
static void user_done(struct web_req *r, const char *name, const char *notice)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "/anvandare/");
	web_url_esc(&b, name);
	page_done(r, b.s, notice);
	buf_release(&b);
}

void page_user_edit(struct web_req *r)
{
	const char *insatser[USER_INSATS_MAX];
	size_t n = chosen_insatser(&r->body, insatser);
	struct page_errors pe;
	struct user u;
	struct err err;

	if (find_user(r, &u) < 0)
		return;
	if (app_user_edit(r->st, u.name, form_get(&r->body, "role"), insatser, n, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		user_page(r, &u, "edit", &r->body, &pe);
		page_errors_release(&pe);
		return;
	}
	user_done(r, u.name, "Användaren är ändrad.");
}

void page_user_passwd(struct web_req *r)
{
	struct page_errors pe;
	struct user u;
	struct err err;

	if (find_user(r, &u) < 0)
		return;
	if (app_user_passwd(r->st, u.name, form_get(&r->body, "password"), &err) < 0) {
		page_errors_init(&pe);
		if (!err.field[0])
			err_field(&err, "password");
		adm_form_error(r, &pe, &err);
		user_page(r, &u, "password", NULL, &pe);
		page_errors_release(&pe);
		return;
	}
	user_done(r, u.name, "Lösenordet är bytt.");
}

static void disable_confirm(struct web_req *r, const struct user *u, const struct page_errors *pe)
{
	struct buf href;

	buf_init(&href);
	web_url_esc(&href, u->name);
	page_begin(r, "Stäng av en användare");
	page_errors_summary(r, pe);
	web_printf(&r->out, "<p>Vill du stänga av <strong>%s</strong> (%s)? Hen loggas ut och kan inte logga in "
			    "förrän du slår på användaren igen. Det hen har gjort finns kvar, och avstängningen står i "
			    "loggen med ditt namn.</p>\n<form id=\"disable-form\" method=\"post\" "
			    "action=\"/anvandare/%s/avstang\">\n",
		   u->name, role_name(u->role), href.s);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"disable-submit\">Stäng av</button> "
			    "<a href=\"/anvandare/%s\">Avbryt</a></p>\n</form>\n",
		   href.s);
	buf_release(&href);
	page_end(r);
}

void page_user_disable_form(struct web_req *r)
{
	struct page_errors pe;
	struct user u;

	if (find_user(r, &u) < 0)
		return;
	page_errors_init(&pe);
	disable_confirm(r, &u, &pe);
}

void page_user_disable(struct web_req *r)
{
	struct page_errors pe;
	struct user u;
	struct err err;
	int rc;

	if (find_user(r, &u) < 0)
		return;
	if (strcmp(u.name, r->sess.user.name) == 0)
		rc = err_set(&err, "du kan inte stänga av dig själv");
	else
		rc = app_user_disable(r->st, u.name, &err);
	if (rc < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		disable_confirm(r, &u, &pe);
		page_errors_release(&pe);
		return;
	}
	user_done(r, u.name, "Användaren är avstängd.");
}

void page_user_enable(struct web_req *r)
{
	struct page_errors pe;
	struct user u;
	struct err err;

	if (find_user(r, &u) < 0)
		return;
	if (app_user_enable(r->st, u.name, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		user_page(r, &u, "edit", NULL, &pe);
		page_errors_release(&pe);
		return;
	}
	user_done(r, u.name, "Användaren kan logga in igen.");
}

/* ---- settings ---- */

static void settings_page(struct web_req *r, const char *value, const struct page_errors *pe)
{
	struct err err;
	char now[16];
	int v;

	page_begin(r, "Inställningar");
	page_notice(r);
	page_doc(r, app_report_settings(r->st, &err), &err);
	if (app_setting_int(r->st, "min-cell", &v, &err) < 0) {
		page_doc(r, NULL, &err);
		page_end(r);
		return;
	}
	snprintf(now, sizeof(now), "%d", v);
	buf_adds(&r->out, "<h2>Minsta grupp som visas</h2>\n<p>I den skyddade deltagar- och enkätstatistiken visas "
			  "en grupp med färre personer än så som &lt;N, och fler uppgifter döljs så att den inte kan "
			  "räknas fram. Ett heltal 2–100; ändringen gäller alla rapporter och står i loggen.</p>\n");
	page_errors_summary(r, pe);
	buf_adds(&r->out, "<form id=\"settings-form\" method=\"post\" action=\"/installningar\">\n");
	page_csrf(r);
	page_field(r, "min-cell", "Minsta grupp (min-cell)", "text", value ? value : now,
		   page_errors_for(pe, "min-cell"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"settings-submit\">Spara</button></p>\n</form>\n");
	page_end(r);
}

void page_settings(struct web_req *r)
{
	struct page_errors pe;

	page_errors_init(&pe);
	settings_page(r, NULL, &pe);
}

void page_settings_set(struct web_req *r)
{
	struct page_errors pe;
	struct err err;
	const char *value = form_get(&r->body, "min-cell");

	if (app_setting_set(r->st, "min-cell", value, &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		settings_page(r, value, &pe);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/installningar", "Inställningen är sparad.");
}

/* ---- the register extract and the purge ---- */

static void privacy_page(struct web_req *r, const char *before, const struct page_errors *extract_pe,
			 const struct page_errors *purge_pe)
{
	page_begin(r, "Registerutdrag och rensning");
	page_notice(r);
	buf_adds(&r->out, "<h2>Registerutdrag</h2>\n<p>En person har rätt att få veta vad som finns sparat om hen. "
			  "Skriv personens personnummer: deltagaren hittas med det kontrollvärde som sparades när hen "
			  "registrerades. Personnumret visas inte igen och sparas inte; loggen får bara deltagarens "
			  "kod.</p>\n");
	page_errors_summary(r, extract_pe);
	buf_adds(&r->out, "<form id=\"extract-form\" method=\"post\" action=\"/registerutdrag\" autocomplete=\"off\">\n");
	page_csrf(r);
	/* Never filled in again. */
	page_field(r, "pnr", "Personnummer (ÅÅÅÅMMDD-NNNN)", "text", "", page_errors_for(extract_pe, "pnr"));
	buf_adds(&r->out, "<p><button type=\"submit\" name=\"format\" value=\"page\" id=\"extract-submit\">Visa "
			  "utdraget</button> <button type=\"submit\" name=\"format\" value=\"pdf\" id=\"extract-pdf\">"
			  "Ladda ner som PDF</button></p>\n</form>\n");
	buf_adds(&r->out, "<h2>Rensa deltagare som slutat</h2>\n<p>Det som identifierar deltagare vars alla "
			  "inskrivningar avslutades före ett datum tas bort: koden ersätts av anonym-NNN och "
			  "personnumrets kontrollvärde glöms. Kön, födelseår, utbildning och inskrivningar finns kvar, "
			  "så att varje års statistik blir densamma. Det går inte att ångra; du får bekräfta först.</p>\n");
	page_errors_summary(r, purge_pe);
	buf_adds(&r->out, "<form id=\"purge-form\" method=\"post\" action=\"/registerutdrag/rensa\">\n");
	page_csrf(r);
	page_field(r, "before", "Avslutade före (ÅÅÅÅ-MM-DD)", "text", before ? before : "",
		   page_errors_for(purge_pe, "before"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"purge-submit\">Rensa …</button></p>\n</form>\n");
	page_end(r);
}

void page_privacy(struct web_req *r)
{
	struct page_errors none;

	page_errors_init(&none);
	privacy_page(r, NULL, &none, &none);
}

/* The way on from an extract: the person asks to be forgotten. */
static void anonymise_form(struct web_req *r, const char *code)
{
	buf_adds(&r->out, "<h2>Avidentifiera deltagaren</h2>\n<p>Vill personen bli glömd tar du bort det som "
			  "identifierar hen: koden ersätts av anonym-NNN och personnumrets kontrollvärde glöms, medan "
			  "statistiken blir densamma. Det går bara när alla hens inskrivningar är avslutade, och du får "
			  "bekräfta först.</p>\n<form id=\"anonymise-form\" method=\"post\" "
			  "action=\"/registerutdrag/avidentifiera\">\n");
	web_printf(&r->out, "<input type=\"hidden\" name=\"code\" value=\"%s\">", code);
	page_csrf(r);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"anonymise-submit\">Avidentifiera …</button></p>\n"
			  "</form>\n");
}

void page_anonymise(struct web_req *r)
{
	const char *code = form_get(&r->body, "code"), *confirm = form_get(&r->body, "confirm");
	struct page_errors pe;
	struct err err;
	char anon[64];

	if (!code || !*code) {
		web_error(r, 400, "Ingen deltagare angiven.");
		return;
	}
	if (!confirm || strcmp(confirm, "ja") != 0) {
		/* Nothing changes before the administrator has confirmed. */
		page_begin(r, "Avidentifiera en deltagare");
		web_printf(&r->out, "<p>Vill du avidentifiera deltagare <strong>%s</strong>? Koden ersätts av anonym-NNN "
				    "och personnumrets kontrollvärde glöms; det går inte att ångra. Statistiken blir "
				    "densamma, och ändringen står i loggen med ditt namn under den nya koden.</p>\n"
				    "<form id=\"anonymise-confirm-form\" method=\"post\" "
				    "action=\"/registerutdrag/avidentifiera\">\n<input type=\"hidden\" name=\"code\" "
				    "value=\"%s\"><input type=\"hidden\" name=\"confirm\" value=\"ja\">",
			   code, code);
		page_csrf(r);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"anonymise-confirm\">Avidentifiera</button> "
				  "<a href=\"/registerutdrag\">Avbryt</a></p>\n</form>\n");
		page_end(r);
		return;
	}
	if (app_participant_anonymise(r->st, code, anon, sizeof(anon), &err) < 0) {
		page_errors_init(&pe);
		adm_form_error(r, &pe, &err);
		page_begin(r, "Avidentifiera en deltagare");
		page_errors_summary(r, &pe);
		buf_adds(&r->out, "<p><a href=\"/registerutdrag\">Tillbaka</a></p>\n");
		page_end(r);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/registerutdrag", "Deltagaren är avidentifierad.");
}

void page_extract(struct web_req *r)
{
	struct page_errors pe, none;
	struct err err;
	struct doc *d;
	char code[64], file[96];
	const char *format = form_get(&r->body, "format");

	d = app_participant_extract(r->st, web_key(r), form_get(&r->body, "pnr"), code,
				    sizeof(code), &err);
	if (!d) {
		page_errors_init(&pe);
		page_errors_init(&none);
		if (!err.field[0])
			err_field(&err, "pnr");
		adm_form_error(r, &pe, &err);
		privacy_page(r, NULL, &pe, &none);
		page_errors_release(&pe);
		return;
	}
	if (format && strcmp(format, "pdf") == 0) {
		/* Named by the date, not by the person. */
		char today[11];

		snprintf(file, sizeof(file), "registerutdrag-%s.pdf", date_format(today, date_today()));
		web_download(r, d, "pdf", file);
		return;
	}
	page_begin(r, "Registerutdrag");
	web_printf(&r->out, "<p id=\"extract-code\">Deltagare %s. Allt som finns sparat om deltagaren:</p>\n", code);
	buf_adds(&r->out, "<div class=\"scroll\">\n");
	page_doc(r, d, NULL);
	buf_adds(&r->out, "</div>\n");
	anonymise_form(r, code);
	buf_adds(&r->out, "<p><a href=\"/registerutdrag\">Tillbaka</a></p>\n");
	page_end(r);
}

void page_purge(struct web_req *r)
{
	struct page_errors pe, none;
	struct err err;
	int64_t count = 0;
	const char *before = form_get(&r->body, "before");
	const char *confirm = form_get(&r->body, "confirm");

	page_errors_init(&pe);
	page_errors_init(&none);
	if (!before || !*before) {
		err_set(&err, "skriv datumet som ÅÅÅÅ-MM-DD");
		err_field(&err, "before");
		adm_form_error(r, &pe, &err);
		privacy_page(r, before, &none, &pe);
		page_errors_release(&pe);
		return;
	}
	if (!confirm || strcmp(confirm, "ja") != 0) {
		/* Nothing changes before the administrator has confirmed. */
		page_begin(r, "Rensa deltagare som slutat");
		web_printf(&r->out, "<p>Vill du avidentifiera alla deltagare vars alla inskrivningar avslutades före "
				    "<strong>%s</strong>? Deras koder ersätts av anonym-NNN och personnumrens "
				    "kontrollvärden glöms; det går inte att ångra. Statistiken blir densamma, och "
				    "rensningen står i loggen med ditt namn.</p>\n<form id=\"purge-confirm-form\" "
				    "method=\"post\" action=\"/registerutdrag/rensa\">\n<input type=\"hidden\" "
				    "name=\"before\" value=\"%s\"><input type=\"hidden\" name=\"confirm\" value=\"ja\">",
			   before, before);
		page_csrf(r);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"purge-confirm\">Avidentifiera</button> "
				  "<a href=\"/registerutdrag\">Avbryt</a></p>\n</form>\n");
		page_end(r);
		return;
	}
	if (app_participant_purge(r->st, before, &count, &err) < 0) {
		if (!err.field[0])
			err_field(&err, "before");
		adm_form_error(r, &pe, &err);
		privacy_page(r, before, &none, &pe);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/registerutdrag", "Deltagarna är avidentifierade.");
}
