/*
 * pages_docdata.c: what the documents state beyond the books and the
 * texts, for the director to record in the browser: the board's decisions
 * on the plan and the interim report, the förbund's staff, the key figures
 * of years before the books, and the auditors' report as a signed PDF.
 * Every change goes through the use case the command line calls.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "web/web_int.h"

static const char *field_of(const struct form *v, const char *name, const char *stored)
{
	const char *s = v ? form_get(v, name) : NULL;

	return v ? (s ? s : "") : stored;
}

/* The year of the page: ?year=, the form's year, else the latest. */
static int year_of(struct web_req *r)
{
	long y = web_int(form_get(&r->query, "year"), 1990, 2200);

	return y > 0 ? (int)y : page_year_of(r, &r->body);
}

/* ---- the forms ---- */

static void adoption_form(struct web_req *r, int year, const struct form *v, const struct page_errors *pe)
{
	static const char *const docs[] = { "plan", "interim" };
	static const char *const labels[] = { "Verksamhetsplanen beslutad (ÅÅÅÅ-MM-DD)",
					      "Delårsrapporten beslutad (ÅÅÅÅ-MM-DD)" };
	struct err err;
	size_t i;

	buf_adds(&r->out, "<section id=\"adoption\">\n<h2>Styrelsens beslut om dokumenten</h2>\n"
			  "<p>Dagen då förbundsstyrelsen beslutade om årets verksamhetsplan och delårsrapport. "
			  "Dokumentet säger det under sin rubrik. Lämna tomt om styrelsen inte har beslutat. "
			  "Årsredovisningen fastställs när året stängs.</p>\n");
	web_printf(&r->out, "<form id=\"adoption-form\" method=\"post\" action=\"/dokument/beslut?year=%d\">\n", year);
	page_csrf(r);
	page_errors_summary(r, pe);
	for (i = 0; i < 2; i++) {
		struct date d;
		char ds[11] = "", name[24];
		int rc = app_document_adopted(r->st, docs[i], year, &d, &err);

		if (rc > 0)
			date_format(ds, d);
		snprintf(name, sizeof(name), "%s_date", docs[i]);
		page_field(r, name, labels[i], "text", field_of(v, name, ds), page_errors_for(pe, name));
	}
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"adoption-submit\">Spara besluten</button></p>\n</form>\n"
			  "</section>\n");
}

static void staff_form(struct web_req *r, int year, const struct form *v, const struct page_errors *pe)
{
	struct staff_year s;
	struct err err;
	char emp[24] = "", posts[24] = "", funded[24] = "", sick[24] = "";
	int rc = app_staff_get(r->st, year, &s, &err);

	if (rc == 0) {
		snprintf(emp, sizeof(emp), "%lld", (long long)s.employees);
		hundredths_format(posts, sizeof(posts), s.own_posts);
		hundredths_format(funded, sizeof(funded), s.funded_posts);
		if (s.has_sick_leave)
			hundredths_format(sick, sizeof(sick), s.sick_leave);
	} else {
		s.note[0] = '\0';
	}
	web_printf(&r->out, "<section id=\"staff\">\n<h2>Personal %d</h2>\n<p>Förbundets egen personal, som "
			    "årsredovisningen redovisar under Väsentliga personalförhållanden och i "
			    "femårsöversikten.</p>\n", year);
	web_printf(&r->out, "<form id=\"staff-form\" method=\"post\" action=\"/dokument/personal?year=%d\">\n", year);
	page_csrf(r);
	page_errors_summary(r, pe);
	page_field(r, "employees", "Anställda (personer)", "text", field_of(v, "employees", emp),
		   page_errors_for(pe, "employees"));
	page_field(r, "own_posts", "Tjänster de har (heltid = 1, till exempel 1,5)", "text",
		   field_of(v, "own_posts", posts), page_errors_for(pe, "own_posts"));
	page_field(r, "funded_posts", "Tjänster förbundet finansierar i insatserna", "text",
		   field_of(v, "funded_posts", funded), page_errors_for(pe, "funded_posts"));
	page_field(r, "sick_leave", "Sjukfrånvaro i procent av arbetstiden (tomt: redovisas inte)", "text",
		   field_of(v, "sick_leave", sick), page_errors_for(pe, "sick_leave"));
	page_field(r, "note", "Anteckning", "text", field_of(v, "note", s.note), page_errors_for(pe, "note"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"staff-submit\">Spara personalen</button></p>\n</form>\n"
			  "</section>\n");
}

static void history_forms(struct web_req *r, int year, const struct form *v, const struct page_errors *pe)
{
	struct err err;
	char earlier[16];
	size_t f;

	buf_adds(&r->out, "<section id=\"history\">\n<h2>Tidigare års nyckeltal</h2>\n<p>Femårsöversikten visar "
			  "fem år även när bokföringen har färre: ange nyckeltalen för åren före bokföringen som "
			  "årets årsredovisning redovisade dem. Översikten säger att de är hämtade ur tidigare "
			  "årsredovisningar.</p>\n");
	page_doc_scroll(r, app_report_history(r->st, &err), &err, "history-list");
	snprintf(earlier, sizeof(earlier), "%d", year - 4);
	web_printf(&r->out, "<form id=\"history-form\" method=\"post\" action=\"/dokument/historik?year=%d\">\n", year);
	page_csrf(r);
	page_errors_summary(r, pe);
	page_field(r, "history_year", "År", "text", field_of(v, "history_year", earlier), page_errors_for(pe, "year"));
	for (f = 0; f < HIST__MAX; f++) {
		char label[96];

		snprintf(label, sizeof(label), "%s%s", history_fields[f].label, history_fields[f].money ? " (kr)" : "");
		page_field(r, history_fields[f].key, label, "text", field_of(v, history_fields[f].key, ""),
			   page_errors_for(pe, history_fields[f].key));
	}
	page_field(r, "source", "Källa (till exempel Årsredovisning 2021)", "text", field_of(v, "source", ""),
		   page_errors_for(pe, "source"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"history-submit\">Spara nyckeltalen</button></p>\n</form>\n");
	web_printf(&r->out, "<form id=\"history-remove-form\" method=\"post\" action=\"/dokument/historik/ta-bort?year=%d\">\n",
		   year);
	page_csrf(r);
	page_field(r, "remove_year", "Ta bort nyckeltalen för året", "text", "", NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"history-remove-submit\">Ta bort</button></p>\n</form>\n"
			  "</section>\n");
}

static void auditors_form(struct web_req *r, int year, const char *error)
{
	struct err err;
	char *name = NULL;
	void *pdf = NULL;
	size_t n = 0;
	int rc = app_attachment(r->st, "auditors_report", year, &name, &pdf, &n, &err);

	web_printf(&r->out, "<section id=\"auditors\">\n<h2>Revisionsberättelsen %d</h2>\n", year);
	if (rc > 0) {
		buf_adds(&r->out, "<p id=\"auditors-file\">Bifogad: ");
		web_esc(&r->out, name);
		buf_adds(&r->out, ". Årsredovisningens PDF slutar med den, efter underskrifterna.</p>\n");
		web_printf(&r->out, "<form id=\"auditors-remove-form\" method=\"post\" "
				    "action=\"/dokument/revisionsberattelse/ta-bort?year=%d\">\n", year);
		page_csrf(r);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"auditors-remove-submit\">Ta bort den bifogade "
				  "revisionsberättelsen</button></p>\n</form>\n");
	} else {
		buf_adds(&r->out, "<p id=\"auditors-file\">Ingen revisionsberättelse är bifogad. Bifoga den som "
				  "revisorerna skrev under, som PDF, så läggs den sist i årsredovisningens PDF.</p>\n");
	}
	web_printf(&r->out, "<form id=\"auditors-form\" method=\"post\" enctype=\"multipart/form-data\" "
			    "action=\"/dokument/revisionsberattelse?year=%d\">\n", year);
	page_csrf(r);
	if (error) {
		buf_adds(&r->out, "<div class=\"error-summary\" id=\"auditors-errors\" role=\"alert\" tabindex=\"-1\" "
				  "autofocus><h2>Ingenting sparades</h2>\n<p>");
		web_esc(&r->out, error);
		buf_adds(&r->out, "</p></div>\n");
	}
	page_field(r, "file", "PDF-fil (högst 20 MiB)", "file", NULL, NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"auditors-submit\">Bifoga</button></p>\n</form>\n</section>\n");
	free(name);
	free(pdf);
}

/* The page, with the errors (pe or auditors) of the form that failed. */
static void docdata_page(struct web_req *r, int year, const char *failed, const struct page_errors *pe,
			 const char *auditors)
{
	struct page_errors none;

	page_errors_init(&none);
	page_begin(r, "Uppgifter till dokumenten");
	page_notice(r);
	page_year_picker(r, "/dokument", year, "year");
	web_printf(&r->out, "<p>Det årsredovisningen, delårsrapporten och verksamhetsplanen för %d säger som inte "
			    "finns i bokföringen eller i <a href=\"/texter?year=%d\">texterna</a>.</p>\n",
		   year, year);
	adoption_form(r, year, failed && !strcmp(failed, "adoption") ? &r->body : NULL,
		      failed && !strcmp(failed, "adoption") ? pe : &none);
	staff_form(r, year, failed && !strcmp(failed, "staff") ? &r->body : NULL,
		   failed && !strcmp(failed, "staff") ? pe : &none);
	history_forms(r, year, failed && !strcmp(failed, "history") ? &r->body : NULL,
		      failed && !strcmp(failed, "history") ? pe : &none);
	auditors_form(r, year, auditors);
	page_end(r);
}

void page_docdata(struct web_req *r)
{
	docdata_page(r, year_of(r), NULL, NULL, NULL);
}

/* Shows the page again with err beside its field of the form failed. */
static void refused(struct web_req *r, int year, const char *failed, const struct err *err)
{
	struct page_errors pe;

	page_errors_init(&pe);
	page_errors_add_err(&pe, err);
	r->status = 400;
	docdata_page(r, year, failed, &pe, NULL);
	page_errors_release(&pe);
}

static void done(struct web_req *r, int year, const char *anchor, const char *notice)
{
	char back[64];

	snprintf(back, sizeof(back), "/dokument?year=%d#%s", year, anchor);
	page_done(r, back, notice);
}

void page_docdata_adoption(struct web_req *r)
{
	static const char *const docs[] = { "plan", "interim" };
	int year = year_of(r);
	struct err err;
	size_t i;

	for (i = 0; i < 2; i++) {
		char name[24];
		const char *date;
		struct date had;
		int rc;

		snprintf(name, sizeof(name), "%s_date", docs[i]);
		date = form_get(&r->body, name);
		rc = app_document_adopted(r->st, docs[i], year, &had, &err);
		if (rc >= 0 && date && *date)
			rc = app_document_adopt(r->st, docs[i], year, date, &err);
		else if (rc > 0)
			rc = app_document_unadopt(r->st, docs[i], year, &err);
		if (rc < 0) {
			/* the fault lies in this document's date */
			snprintf(err.field, sizeof(err.field), "%s", name);
			refused(r, year, "adoption", &err);
			return;
		}
	}
	done(r, year, "adoption", "Styrelsens beslut om dokumenten är sparade.");
}

void page_docdata_staff(struct web_req *r)
{
	int year = year_of(r);
	struct app_staff_fields f = { form_get(&r->body, "employees"), form_get(&r->body, "own_posts"),
				      form_get(&r->body, "funded_posts"), form_get(&r->body, "sick_leave"),
				      form_get(&r->body, "note") };
	struct err err;

	if (f.employees && !*f.employees)
		f.employees = "0";
	if (f.own_posts && !*f.own_posts)
		f.own_posts = "0";
	if (f.funded_posts && !*f.funded_posts)
		f.funded_posts = "0";
	if (app_staff_set(r->st, year, &f, &err) < 0) {
		refused(r, year, "staff", &err);
		return;
	}
	done(r, year, "staff", "Personalen är sparad.");
}

void page_docdata_history(struct web_req *r)
{
	int year = year_of(r);
	long hy = web_int(form_get(&r->body, "history_year"), 1990, 2200);
	const char *values[HIST__MAX];
	struct err err;
	size_t f;

	for (f = 0; f < HIST__MAX; f++)
		values[f] = form_get(&r->body, history_fields[f].key);
	if (hy < 0) {
		err_set(&err, "Året ska vara ett år med fyra siffror, till exempel 2021.");
		err_field(&err, "year");
		refused(r, year, "history", &err);
		return;
	}
	if (app_history_set(r->st, (int)hy, values, form_get(&r->body, "source"), &err) < 0) {
		refused(r, year, "history", &err);
		return;
	}
	done(r, year, "history", "Nyckeltalen är sparade.");
}

void page_docdata_history_remove(struct web_req *r)
{
	int year = year_of(r);
	long hy = web_int(form_get(&r->body, "remove_year"), 1990, 2200);
	struct err err;

	if (hy < 0 || app_history_remove(r->st, (int)hy, &err) < 0) {
		if (hy < 0)
			err_set(&err, "Ange året vars nyckeltal ska tas bort, till exempel 2021.");
		err_field(&err, "year");
		refused(r, year, "history", &err);
		return;
	}
	done(r, year, "history", "Nyckeltalen är borttagna.");
}

void page_docdata_auditors(struct web_req *r)
{
	int year = year_of(r);
	struct web_upload u;
	struct err err;
	const char *name = web_upload_name(r, "revisionsberattelse.pdf");
	int rc;

	if (!r->file.data || r->file.len == 0) {
		r->status = 400;
		docdata_page(r, year, NULL, NULL, "Välj revisionsberättelsen som en PDF-fil.");
		return;
	}
	if (web_upload_save(r, &u, "revisionsberattelse.pdf") < 0) {
		web_error(r, 500, "Filen kunde inte tas emot.");
		return;
	}
	rc = app_attach(r->st, "auditors_report", year, u.path, name, &err);
	web_upload_gone(&u);
	if (rc < 0) {
		struct buf msg;

		buf_init(&msg);
		web_upload_rename(&msg, err.msg, u.path, name);
		r->status = 400;
		docdata_page(r, year, NULL, NULL, msg.s);
		buf_release(&msg);
		return;
	}
	done(r, year, "auditors", "Revisionsberättelsen är bifogad.");
}

void page_docdata_auditors_remove(struct web_req *r)
{
	int year = year_of(r);
	struct err err;

	if (app_detach(r->st, "auditors_report", year, &err) < 0) {
		r->status = 400;
		docdata_page(r, year, NULL, NULL, err.msg);
		return;
	}
	done(r, year, "auditors", "Den bifogade revisionsberättelsen är borttagen.");
}
