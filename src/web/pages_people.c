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
#include "base/pnr.h"
#include "web/web_int.h"

static void url_escape(struct buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
		    c == '_')
			buf_addc(b, (char)c);
		else
			buf_addf(b, "%%%02X", c);
	}
}

/* Redirects to base + code + rest, with a notice. */
static void done_at(struct web_req *r, const char *base, const char *code, const char *notice)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, base);
	if (code)
		url_escape(&b, code);
	buf_adds(&b, "?ok=");
	url_escape(&b, notice);
	web_redirect(r, b.s);
	buf_release(&b);
}

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

/* The interventions the user may enrol in: ids as text and names. */
static void insats_select(struct web_req *r, const struct app_register *reg, const char *chosen, const char *error)
{
	size_t i;

	web_printf(&r->out, "<p class=\"field%s\"><label for=\"insats\">Insats</label>\n<select id=\"insats\" "
			    "name=\"insats\">\n",
		   error ? " has-error" : "");
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

enum { F_CODE, F_PNR, F_SEX, F_BORN, F_EDU, F_INSATS, F_DATE, F_BEFORE, F_TIME, F__MAX };

static void new_form(struct web_req *r, const struct app_register *reg, const struct form *v,
		     const char *const *errs, const char *general)
{
	static const char *const sexes[] = { "kvinna", "man", NULL };
	const char *const *no = errs;
	static const char *const none[F__MAX];
	char today[11];
	time_t t = time(NULL);
	struct tm tm;

	if (!no)
		no = none;
	localtime_r(&t, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	page_begin(r, "Registrera en deltagare");
	if (general)
		web_printf(&r->out, "<p class=\"error\" id=\"form-error\" role=\"alert\">%s</p>\n", general);
	buf_adds(&r->out, "<form id=\"participant-form\" method=\"post\" action=\"/deltagare/ny\">\n");
	page_csrf(r);
	page_field(r, "code", "Deltagarkod (förbundets egen)", "text", v ? form_get(v, "code") : "", no[F_CODE]);
	/* Never filled in again: the number goes only to the use case. */
	page_field(r, "pnr", "Personnummer (valfritt; sparas bara som kontrollvärde)", "text", "", no[F_PNR]);
	page_select(r, "sex", "Kön", sexes, v ? form_get(v, "sex") : NULL, no[F_SEX]);
	page_field(r, "born", "Födelseår", "text", v ? form_get(v, "born") : "", no[F_BORN]);
	page_select(r, "education", "Utbildning", vocab_words(VOCAB_EDUCATION), v ? form_get(v, "education") : "okänd",
		    no[F_EDU]);
	buf_adds(&r->out, "<fieldset><legend>Inskrivning</legend>\n");
	insats_select(r, reg, v ? form_get(v, "insats") : NULL, no[F_INSATS]);
	page_field(r, "date", "Inskrivningsdatum (ÅÅÅÅ-MM-DD)", "text", v ? form_get(v, "date") : today, no[F_DATE]);
	page_select(r, "support_before", "Försörjning före", vocab_words(VOCAB_SUPPORT),
		    v ? form_get(v, "support_before") : "okänd", no[F_BEFORE]);
	page_select(r, "time_in_support", "Tid i offentlig försörjning", vocab_words(VOCAB_TIME_IN_SUPPORT),
		    v ? form_get(v, "time_in_support") : "ingen", no[F_TIME]);
	buf_adds(&r->out, "</fieldset>\n<p><button type=\"submit\" id=\"participant-submit\">Registrera</button></p>\n"
			  "</form>\n");
	page_end(r);
}

void page_deltagare_ny(struct web_req *r)
{
	struct app_register reg;

	if (load_register(r, &reg) < 0)
		return;
	new_form(r, &reg, NULL, NULL, NULL);
	app_register_release(&reg);
}

void page_deltagare_add(struct web_req *r)
{
	const struct form *b = &r->body;
	const char *errs[F__MAX] = { NULL };
	const char *code = form_get(b, "code"), *pnr = form_get(b, "pnr"), *born = form_get(b, "born");
	struct app_participant_fields f;
	struct app_register reg;
	struct err err, pnr_err;
	struct date d;
	int bad = 0;
	time_t t = time(NULL);
	struct tm tm;

	if (load_register(r, &reg) < 0)
		return;
	localtime_r(&t, &tm);
	if (!code || !*code || strlen(code) > 63)
		errs[F_CODE] = "Ange en kod på 1–63 tecken.", bad = 1;
	if (!vocab_match(VOCAB_SEX, form_get(b, "sex") ? form_get(b, "sex") : ""))
		errs[F_SEX] = "Välj kvinna eller man.", bad = 1;
	if (web_int(born, 1900, tm.tm_year + 1900) < 0)
		errs[F_BORN] = "Ange ett födelseår med fyra siffror.", bad = 1;
	if (!vocab_match(VOCAB_EDUCATION, form_get(b, "education") ? form_get(b, "education") : ""))
		errs[F_EDU] = "Välj en utbildningsnivå.", bad = 1;
	if (owned_insats(r, form_get(b, "insats")) < 0)
		errs[F_INSATS] = "Välj en av dina insatser.", bad = 1;
	if (!form_get(b, "date") || date_parse(form_get(b, "date"), &d, NULL) < 0)
		errs[F_DATE] = "Ange datumet som ÅÅÅÅ-MM-DD.", bad = 1;
	if (!vocab_match(VOCAB_SUPPORT, form_get(b, "support_before") ? form_get(b, "support_before") : ""))
		errs[F_BEFORE] = "Välj försörjning före.", bad = 1;
	if (!vocab_match(VOCAB_TIME_IN_SUPPORT, form_get(b, "time_in_support") ? form_get(b, "time_in_support") : ""))
		errs[F_TIME] = "Välj tid i försörjning.", bad = 1;
	if (pnr && *pnr) {
		struct pnr n;
		struct date today = { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };

		/* The message never repeats the number (base/pnr.c). */
		if (pnr_parse(pnr, today, &n, &pnr_err) < 0)
			errs[F_PNR] = pnr_err.msg, bad = 1;
		else if (born && n.birth.y != web_int(born, 1900, 9999))
			errs[F_PNR] = "Födelseåret stämmer inte med personnumret.", bad = 1;
		sodium_memzero(&n, sizeof(n));
	}
	if (bad) {
		r->status = 400;
		new_form(r, &reg, b, errs, "Rätta uppgifterna nedan. Personnumret behöver skrivas in igen.");
		app_register_release(&reg);
		return;
	}
	memset(&f, 0, sizeof(f));
	f.code = code;
	f.pnr = pnr && *pnr ? pnr : NULL;
	f.sex = form_get(b, "sex");
	f.born = born;
	f.education = form_get(b, "education");
	f.hide_other = r->sess.user.role != ROLE_ADMIN;
	if (app_participant_register(r->st, r->srv->has_key ? &r->srv->key : NULL, &f, form_get(b, "insats"),
				     form_get(b, "date"), form_get(b, "support_before"), form_get(b, "time_in_support"),
				     0, &err) < 0) {
		r->status = 400;
		new_form(r, &reg, b, NULL, err.msg);
		app_register_release(&reg);
		return;
	}
	app_register_release(&reg);
	done_at(r, "/deltagare/", code, "Deltagaren är registrerad.");
}

/* ---- one participant ---- */

static void show(struct web_req *r, const char *error)
{
	const char *code = r->params[0];
	struct app_register reg;
	const struct participant *p = NULL;
	size_t i;
	struct buf action;

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
	page_begin(r, "Deltagare");
	page_notice(r);
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"form-error\" role=\"alert\">%s</p>\n", error);
	web_printf(&r->out, "<table class=\"app\" id=\"participant\"><tr><th>Kod</th><td>%s</td></tr>"
			    "<tr><th>Kön</th><td>%s</td></tr><tr><th>Födelseår</th><td>%d</td></tr>"
			    "<tr><th>Utbildning</th><td>%s</td></tr><tr><th>Personnummer</th><td>%s</td></tr></table>\n",
		   p->code, p->sex, p->birth_year, p->education,
		   p->pnr_hash[0] ? "angivet (sparas bara som kontrollvärde)" : "inte angivet");
	buf_init(&action);
	buf_adds(&action, "/deltagare/");
	url_escape(&action, p->code);
	buf_adds(&r->out, "<h2>Inskrivningar</h2>\n<table class=\"app\" id=\"enrolments\"><tr><th>Insats</th>"
			  "<th>Inskriven</th><th>Försörjning före</th><th>Avslutad</th><th>Orsak</th>"
			  "<th>Försörjning efter</th></tr>\n");
	for (i = 0; i < reg.n_e; i++) {
		const struct enrolment *e = &reg.e[i];
		char d1[11], d2[11];

		if (e->participant_id != p->id)
			continue;
		web_printf(&r->out, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
			   insats_name(&reg, e->intervention_id), date_format(d1, e->enrolled), e->support_before,
			   date_is_set(e->exited) ? date_format(d2, e->exited) : "", e->exit_reason, e->support_after);
		if (!date_is_set(e->exited) && may_write(r) && user_owns_insats(&r->sess.user, e->intervention_id)) {
			web_printf(&r->out, "<tr><td colspan=\"6\"><form class=\"exit-form\" id=\"exit-%lld\" method=\"post\" "
					    "action=\"%s/avslut\"><input type=\"hidden\" name=\"insats\" value=\"%lld\">",
				   (long long)e->intervention_id, action.s, (long long)e->intervention_id);
			page_csrf(r);
			page_field(r, "date", "Avslutsdatum", "text", "", NULL);
			page_select(r, "reason", "Orsak", vocab_words(VOCAB_EXIT_REASON), NULL, NULL);
			page_select(r, "support_after", "Försörjning efter", vocab_words(VOCAB_SUPPORT), "okänd", NULL);
			buf_adds(&r->out, "<button type=\"submit\">Avsluta</button></form></td></tr>\n");
		}
	}
	buf_adds(&r->out, "</table>\n");
	if (may_write(r)) {
		web_printf(&r->out, "<h2>Skriv in i en insats</h2>\n<form id=\"enrol-form\" method=\"post\" "
				    "action=\"%s/inskrivning\">\n",
			   action.s);
		page_csrf(r);
		insats_select(r, &reg, NULL, NULL);
		page_field(r, "date", "Inskrivningsdatum (ÅÅÅÅ-MM-DD)", "text", "", NULL);
		page_select(r, "support_before", "Försörjning före", vocab_words(VOCAB_SUPPORT), "okänd", NULL);
		page_select(r, "time_in_support", "Tid i offentlig försörjning", vocab_words(VOCAB_TIME_IN_SUPPORT),
			    "ingen", NULL);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"enrol-submit\">Skriv in</button></p>\n</form>\n");
	}
	buf_release(&action);
	app_register_release(&reg);
	page_end(r);
}

void page_deltagare_show(struct web_req *r)
{
	show(r, NULL);
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
	if (owned_insats(r, insats) < 0) {
		web_error(r, 403, "Du kan bara ändra inskrivningar i dina egna insatser.");
		return -1;
	}
	return 0;
}

void page_enrol(struct web_req *r)
{
	const struct form *b = &r->body;
	struct err err;

	if (check_write(r, form_get(b, "insats")) < 0)
		return;
	if (app_participant_enrol(r->st, r->params[0], form_get(b, "insats"), form_get(b, "date"),
				  form_get(b, "support_before"), form_get(b, "time_in_support"), 0, &err) < 0) {
		r->status = 400;
		show(r, err.msg);
		return;
	}
	done_at(r, "/deltagare/", r->params[0], "Inskrivningen är sparad.");
}

void page_exit(struct web_req *r)
{
	const struct form *b = &r->body;
	struct err err;

	if (check_write(r, form_get(b, "insats")) < 0)
		return;
	if (app_participant_exit(r->st, r->params[0], form_get(b, "insats"), form_get(b, "date"), form_get(b, "reason"),
				 form_get(b, "support_after"), 0, &err) < 0) {
		r->status = 400;
		show(r, err.msg);
		return;
	}
	done_at(r, "/deltagare/", r->params[0], "Avslutet är sparat.");
}

/* ---- a participant list uploaded (admin) ---- */

static void import_form(struct web_req *r, const char *error)
{
	page_begin(r, "Läs in en deltagarlista");
	if (error) {
		buf_adds(&r->out, "<div class=\"error\" id=\"form-error\" role=\"alert\"><p>Ingenting sparades:</p>\n<pre>");
		web_esc(&r->out, error);
		buf_adds(&r->out, "</pre></div>\n");
	}
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
	import_form(r, NULL);
}

/* The message with the temporary file's path replaced by the name the
 * browser gave the file. */
static void rename_in(char *msg, size_t n, const char *path, const char *name)
{
	struct buf b;
	const char *p = msg, *hit;
	size_t len = strlen(path);

	buf_init(&b);
	while ((hit = strstr(p, path)) != NULL) {
		buf_add(&b, p, (size_t)(hit - p));
		buf_adds(&b, name);
		p = hit + len;
	}
	buf_adds(&b, p);
	snprintf(msg, n, "%s", b.s);
	buf_release(&b);
}

void page_import(struct web_req *r)
{
	struct app_participant_import res;
	struct err err;
	char dir[4096], path[4200], notice[160];
	const char *tmp = getenv("TMPDIR");
	int fd, rc;

	/* A private folder (mode 0700) under TMPDIR for the file while it is read. */
	snprintf(dir, sizeof(dir), "%s/finsam-import-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!r->file.data || r->file.len == 0) {
		r->status = 400;
		import_form(r, "Välj en CSV-fil att läsa in.");
		return;
	}
	if (!mkdtemp(dir)) {
		web_error(r, 500, "Filen kunde inte tas emot.");
		return;
	}
	snprintf(path, sizeof(path), "%s/lista.csv", dir);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	rc = fd < 0 ? -1 : 0;
	if (fd >= 0) {
		if (write(fd, r->file.data, r->file.len) != (ssize_t)r->file.len)
			rc = -1;
		if (close(fd) < 0)
			rc = -1;
	}
	if (rc == 0)
		rc = app_import_participants(r->st, r->srv->has_key ? &r->srv->key : NULL, path, 0, &res, &err);
	else
		err_set(&err, "filen kunde inte tas emot");
	/* The list holds personal data: it is gone before the answer. */
	unlink(path);
	rmdir(dir);
	if (rc < 0) {
		rename_in(err.msg, sizeof(err.msg), path, *r->file.name ? r->file.name : "listan");
		r->status = 400;
		import_form(r, err.msg);
		return;
	}
	snprintf(notice, sizeof(notice), "Listan är inläst.");
	done_at(r, "/deltagare", NULL, notice);
}
