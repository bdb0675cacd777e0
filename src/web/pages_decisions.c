/*
 * pages_decisions.c: the board's decisions on an intervention's page, for
 * the administrator: a new decision, a change of one (date, amount, years,
 * note) and the removal of one entered by mistake, each through the same
 * use case as the command line. A refused form comes back with what was
 * typed, each message beside its field and all in a summary; when the use
 * case asks for a confirmation (a planned meeting, the same decision
 * twice) the form shows a checkbox that says it in words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "web/web_int.h"

void decision_form_init(struct decision_form *df, const struct form *v)
{
	memset(df, 0, sizeof(*df));
	page_errors_init(&df->pe);
	df->v = v;
}

void decision_form_release(struct decision_form *df)
{
	page_errors_release(&df->pe);
}

/* A typed value, or the stored one (fallback) when nothing was typed. */
static const char *value(const struct decision_form *df, const char *name, const char *fallback)
{
	const char *s = df && df->v ? form_get(df->v, name) : NULL;

	return s ? s : fallback;
}

static void checkbox(struct web_req *r, const char *name, const char *label, int checked)
{
	web_printf(&r->out, "<p class=\"field check\"><input type=\"checkbox\" id=\"%s\" name=\"%s\" value=\"1\"%s> "
			    "<label for=\"%s\">%s</label></p>\n",
		   name, name, checked ? " checked" : "", name, label);
}

/* The fields of a decision, with the confirmations the use case asked for
 * (or that were ticked before). */
static void decision_fields(struct web_req *r, const struct decision_form *df, const char *date, const char *amount,
			    const char *years, const char *note)
{
	const struct page_errors *pe = &df->pe;
	int planned = df->v && form_get(df->v, "planned"), again = df->v && form_get(df->v, "again");

	page_errors_summary(r, pe);
	page_csrf(r);
	page_field(r, "date", "Sammanträdets datum (till exempel 2025-11-20 eller 20/11/2025)", "text",
		   value(df, "date", date), page_errors_for(pe, "date"));
	page_field(r, "amount", "Belopp (till exempel 1 900 000 kr, 250 tkr eller 1,9 Mkr)", "text",
		   value(df, "amount", amount), page_errors_for(pe, "amount"));
	page_field(r, "years", "År som beslutet gäller (till exempel 2026 eller 2026–2027)", "text",
		   value(df, "years", years), page_errors_for(pe, "years"));
	page_field(r, "note", "Anteckning", "text", value(df, "note", note), page_errors_for(pe, "note"));
	if ((df->need & ERR_NEED_PLANNED) || planned)
		checkbox(r, "planned", "Beslutet är planerat – sammanträdet har inte hållits än", planned);
	if ((df->need & ERR_NEED_AGAIN) || again)
		checkbox(r, "again", "Styrelsen har verkligen fattat samma beslut två gånger", again);
}

/* The use case's fields from a posted form ("" years: the meeting's year
 * for a new decision). */
static struct app_decision_fields posted(const struct form *b, int edit)
{
	struct app_decision_fields f;
	const char *years = form_get(b, "years");

	memset(&f, 0, sizeof(f));
	f.date = form_get(b, "date");
	f.amount = form_get(b, "amount");
	f.years = years && (*years || edit) ? years : NULL;
	f.note = form_get(b, "note");
	f.planned = form_get(b, "planned") != NULL;
	f.again = form_get(b, "again") != NULL;
	return f;
}

/* The form for a new decision; heading: under the intervention's own
 * heading (not on a page of its own). */
static void add_form(struct web_req *r, long id, const struct decision_form *df, int heading)
{
	if (heading)
		buf_adds(&r->out, "<h2 id=\"new-decision\">Nytt beslut</h2>\n");
	web_printf(&r->out, "<form id=\"decision-form\" method=\"post\" action=\"/insatser/%ld/beslut\" novalidate>\n",
		   id);
	decision_fields(r, df, "", "", "", "");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"decision-submit\">Spara beslutet</button>");
	if (!heading)
		web_printf(&r->out, " <a href=\"/insatser/%ld\">Avbryt</a>", id);
	buf_adds(&r->out, "</p>\n</form>\n");
}

/* The decisions with a way to change or remove each. */
static void decisions_list(struct web_req *r, long id, const char *which)
{
	struct intervention iv;
	struct decision *d = NULL;
	struct err err;
	size_t n = 0, i;

	if (app_decisions(r->st, which, &iv, &d, &n, &err) < 0 || n == 0) {
		free(d);
		return;
	}
	buf_adds(&r->out, "<h2>Rätta ett beslut</h2>\n<table class=\"app\" id=\"decision-list\">"
			  "<tr><th>Sammanträde</th><th class=\"num\">Belopp</th><th>År</th><th>Anteckning</th><th>Rätta</th></tr>\n");
	for (i = 0; i < n; i++) {
		char date[11], amount[32];

		date_format(date, d[i].meeting);
		money_format(amount, sizeof(amount), d[i].amount, MONEY_STYLE_KR);
		web_printf(&r->out, "<tr><td>%s</td><td class=\"num\">%s</td><td>%d–%d</td><td>", date, amount,
			   d[i].year_from, d[i].year_to);
		web_esc(&r->out, d[i].note);
		web_printf(&r->out, "</td><td class=\"actions\"><a id=\"edit-decision-%lld\" "
				    "href=\"/insatser/%ld/beslut/%lld/andra\">Ändra</a> "
				    "<a id=\"remove-decision-%lld\" href=\"/insatser/%ld/beslut/%lld/ta-bort\">"
				    "Ta bort</a></td></tr>\n",
			   (long long)d[i].id, id, (long long)d[i].id, (long long)d[i].id, id, (long long)d[i].id);
	}
	buf_adds(&r->out, "</table>\n");
	free(d);
}

void page_decisions_section(struct web_req *r, long id, const char *which)
{
	struct decision_form empty;

	decision_form_init(&empty, NULL);
	add_form(r, id, &empty, 1);
	decisions_list(r, id, which);
	decision_form_release(&empty);
}

void page_insats_decide(struct web_req *r)
{
	struct app_decision_fields f = posted(&r->body, 0);
	struct decision_form df;
	struct err err;
	char path[64];

	if (web_int(r->params[0], 1, 999999999) < 0) {
		web_error(r, 404, "Det finns ingen sådan insats.");
		return;
	}
	if (app_decision_add(r->st, r->params[0], &f, NULL, &err) < 0) {
		struct intervention iv;
		struct err e2;

		/* The form alone, with its errors: on a phone the messages are
		 * not below the intervention's long tables. */
		if (app_insats_find(r->st, r->params[0], &iv, &e2) < 0) {
			web_error(r, 404, "Det finns ingen sådan insats.");
			return;
		}
		decision_form_init(&df, &r->body);
		page_errors_add_err(&df.pe, &err);
		df.need = err.need;
		r->status = 400;
		page_begin(r, "Nytt beslut");
		web_printf(&r->out, "<p>Beslut om finansiering av <a href=\"/insatser/%s\">%s</a>.</p>\n", r->params[0],
			   iv.name);
		add_form(r, web_int(r->params[0], 1, 999999999), &df, 0);
		page_end(r);
		decision_form_release(&df);
		return;
	}
	snprintf(path, sizeof(path), "/insatser/%s", r->params[0]);
	page_done(r, path, "Beslutet är sparat.");
}

/* The decision params[1] of intervention params[0], or a 404. */
static int find_decision(struct web_req *r, struct decision *out, struct intervention *iv)
{
	struct decision *d = NULL;
	struct err err;
	size_t n = 0, i;
	long id = web_int(r->params[1], 1, 999999999);
	int found = 0;

	if (web_int(r->params[0], 1, 999999999) > 0 && id > 0 &&
	    app_decisions(r->st, r->params[0], iv, &d, &n, &err) == 0)
		for (i = 0; i < n && !found; i++)
			if (d[i].id == id) {
				*out = d[i];
				found = 1;
			}
	free(d);
	if (!found)
		web_error(r, 404, "Det finns inget sådant beslut.");
	return found ? 0 : -1;
}

static void edit_page(struct web_req *r, const struct intervention *iv, const struct decision *d,
		      const struct decision_form *df)
{
	char date[11], amount[32], years[24];

	date_format(date, d->meeting);
	money_format(amount, sizeof(amount), d->amount, d->amount % 100 ? MONEY_STYLE_KR_ORE : MONEY_STYLE_KR);
	if (d->year_from == d->year_to)
		snprintf(years, sizeof(years), "%d", d->year_from);
	else
		snprintf(years, sizeof(years), "%d–%d", d->year_from, d->year_to);
	page_begin(r, "Ändra ett beslut");
	web_printf(&r->out, "<p>Beslutet om finansiering av <a href=\"/insatser/%s\">%s</a>. Beslutad finansiering "
			    "och återstående belopp räknas om efter ändringen, och ändringen står i loggen med ditt "
			    "namn.</p>\n<form id=\"decision-edit-form\" method=\"post\" "
			    "action=\"/insatser/%s/beslut/%lld/andra\" novalidate>\n",
		   r->params[0], iv->name, r->params[0], (long long)d->id);
	decision_fields(r, df, date, amount, years, d->note);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"decision-edit-submit\">Spara ändringen</button> "
			    "<a href=\"/insatser/%s\">Avbryt</a></p>\n</form>\n",
		   r->params[0]);
	page_end(r);
}

void page_decision_edit_form(struct web_req *r)
{
	struct intervention iv;
	struct decision d;
	struct decision_form df;

	if (find_decision(r, &d, &iv) < 0)
		return;
	decision_form_init(&df, NULL);
	edit_page(r, &iv, &d, &df);
	decision_form_release(&df);
}

void page_decision_edit(struct web_req *r)
{
	struct app_decision_fields f = posted(&r->body, 1);
	struct intervention iv;
	struct decision d;
	struct decision_form df;
	struct err err;
	char path[64];

	if (find_decision(r, &d, &iv) < 0)
		return;
	if (app_decision_edit(r->st, d.id, &f, &err) < 0) {
		decision_form_init(&df, &r->body);
		page_errors_add_err(&df.pe, &err);
		df.need = err.need;
		r->status = 400;
		edit_page(r, &iv, &d, &df);
		decision_form_release(&df);
		return;
	}
	snprintf(path, sizeof(path), "/insatser/%s", r->params[0]);
	page_done(r, path, "Beslutet är ändrat.");
}

static void decision_confirm(struct web_req *r, const struct decision *d, const char *error)
{
	char date[11], amount[32];

	date_format(date, d->meeting);
	money_format(amount, sizeof(amount), d->amount, MONEY_STYLE_KR);
	page_begin(r, "Ta bort ett beslut");
	if (error) {
		struct page_errors pe;

		page_errors_init(&pe);
		page_errors_add(&pe, NULL, error);
		page_errors_summary(r, &pe);
		page_errors_release(&pe);
	}
	web_printf(&r->out, "<p>Vill du ta bort beslutet från sammanträdet %s om %s kr för %d–%d? "
			    "Beslutad finansiering och återstående belopp räknas om, och borttagningen står i "
			    "loggen med ditt namn.</p>\n<form id=\"remove-decision-form\" method=\"post\" "
			    "action=\"/insatser/%s/beslut/%lld/ta-bort\">\n",
		   date, amount, d->year_from, d->year_to, r->params[0], (long long)d->id);
	page_csrf(r);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"remove-decision-submit\">Ta bort</button> "
			    "<a href=\"/insatser/%s\">Avbryt</a></p>\n</form>\n", r->params[0]);
	page_end(r);
}

void page_decision_remove_form(struct web_req *r)
{
	struct intervention iv;
	struct decision d;

	if (find_decision(r, &d, &iv) == 0)
		decision_confirm(r, &d, NULL);
}

void page_decision_remove(struct web_req *r)
{
	struct intervention iv;
	struct decision d;
	struct err err;
	char path[64];

	if (find_decision(r, &d, &iv) < 0)
		return;
	if (app_decision_remove(r->st, d.id, &err) < 0) {
		r->status = 400;
		decision_confirm(r, &d, err.msg);
		return;
	}
	snprintf(path, sizeof(path), "/insatser/%s", r->params[0]);
	page_done(r, path, "Beslutet är borttaget.");
}
