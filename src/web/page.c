/*
 * page.c: what every page is made of: HTML escaping (the one function all
 * values go through), the layout with the menu of the pages the user's
 * role allows, form fields with their messages, the CSRF field, error
 * pages that say what went wrong in Swedish without internal detail, and
 * documents rendered into a page or as a download.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/tmp.h"
#include "base/xmalloc.h"
#include "doc/doc.h"
#include "render/render.h"
#include "web/web_int.h"

void web_esc(struct buf *b, const char *s)
{
	const char *p, *run;

	if (!s)
		return;
	for (run = p = s; *p; p++) {
		const char *rep;

		switch (*p) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: continue;
		}
		buf_add(b, run, (size_t)(p - run));
		buf_adds(b, rep);
		run = p + 1;
	}
	buf_add(b, run, (size_t)(p - run));
}

void web_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	const char *p;

	va_start(ap, fmt);
	for (p = fmt; *p; p++) {
		if (*p != '%') {
			size_t n = strcspn(p, "%");

			buf_add(b, p, n);
			p += n - 1;
			continue;
		}
		p++;
		if (*p == 's') {
			web_esc(b, va_arg(ap, const char *));
		} else if (*p == 'd') {
			buf_addf(b, "%d", va_arg(ap, int));
		} else if (p[0] == 'l' && p[1] == 'd') {
			buf_addf(b, "%ld", va_arg(ap, long));
			p++;
		} else if (p[0] == 'l' && p[1] == 'l' && p[2] == 'd') {
			buf_addf(b, "%lld", va_arg(ap, long long));
			p += 2;
		} else if (p[0] == 'z' && p[1] == 'u') {
			buf_addf(b, "%zu", va_arg(ap, size_t));
			p++;
		} else if (*p == '%') {
			buf_addc(b, '%');
		} else {
			break;     /* an unknown conversion is a programming error: stop */
		}
	}
	va_end(ap);
}

long web_int(const char *s, long lo, long hi)
{
	long v = 0;
	size_t i;

	if (!s || !*s || strlen(s) > 9)
		return -1;
	for (i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v >= lo && v <= hi ? v : -1;
}

int web_this_year(void)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	return tm.tm_year + 1900;
}

void page_begin(struct web_req *r, const char *title)
{
	struct buf *b = &r->out;
	/* A region host name has its own few pages, and no script. */
	const struct route *routes = r->region ? web_region_routes : web_routes;
	size_t n_routes = r->region ? web_region_routes_n : web_routes_n, i;

	web_printf(b, "<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
		      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		      "<title>%s – finsam</title>\n"
		      "<link rel=\"stylesheet\" href=\"/static/finsam.css\">\n",
		   title);
	if (!r->region)
		buf_adds(b, "<script src=\"/static/finsam.js\" defer></script>\n");
	buf_adds(b, "</head>\n");
	if (r->logged_in) {
		int64_t warn, left = web_session_left(r, &warn);

		/* For the script's warning before the login ends. */
		web_printf(b, "<body data-session-seconds=\"%lld\" data-session-warn=\"%lld\">\n", (long long)left,
			   (long long)warn);
		buf_adds(b, "<a class=\"skip-link\" href=\"#main\">Hoppa till innehållet</a>\n");
		buf_adds(b, "<header class=\"app-head\">\n<nav id=\"menu\" aria-label=\"Huvudmeny\">\n<ul>\n");
		for (i = 0; i < n_routes; i++) {
			const struct route *rt = &routes[i];
			int here = strcmp(rt->pattern, "/") == 0 ? strcmp(r->path, "/") == 0
							       : strncmp(r->path, rt->pattern, strlen(rt->pattern)) == 0;

			if (!rt->nav || (!r->region && !web_route_allows(rt, r->sess.user.role)))
				continue;
			web_printf(b, "<li><a href=\"%s\"", rt->pattern);
			if (here)
				buf_adds(b, " aria-current=\"page\"");
			web_printf(b, ">%s</a></li>\n", rt->nav);
		}
		buf_adds(b, "</ul>\n</nav>\n<form id=\"logout\" method=\"post\" action=\"/logout\">");
		page_csrf(r);
		web_printf(b, "<span class=\"who\">%s (%s)</span> "
			      "<button type=\"submit\" id=\"logout-button\">Logga ut</button></form>\n</header>\n",
			   r->sess.user.name, r->region ? REGION_ROLE : role_label(r->sess.user.role));
	} else {
		buf_adds(b, "<body>\n<a class=\"skip-link\" href=\"#main\">Hoppa till innehållet</a>\n");
	}
	web_printf(b, "<main id=\"main\">\n<h1>%s</h1>\n", title);
}

/* The text of the element that starts at p (its tags left out, the text
 * as the page has it: escaped), at most n bytes into out. */
static void element_text(const char *p, const char *end_tag, char *out, size_t n)
{
	const char *end = strstr(p, end_tag);
	size_t k = 0;
	int in_tag = 0;

	if (!end)
		end = p + strlen(p);
	for (; p < end && k + 1 < n; p++) {
		if (*p == '<')
			in_tag = 1;
		else if (*p == '>')
			in_tag = 0;
		else if (!in_tag && *p != '\n')
			out[k++] = *p;
	}
	/* Not in the middle of a UTF-8 letter or an entity. */
	if (p < end)
		while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
			k--;
	out[k] = '\0';
}

/* The name of a table's frame: its caption, else the heading the page has
 * last before it, else "Tabell". */
static void table_name(const char *page, const char *table, char *out, size_t n)
{
	const char *end = strstr(table, "</table>"), *cap = strstr(table, "<caption"), *p, *h = NULL;

	snprintf(out, n, "Tabell");
	if (cap && (!end || cap < end)) {
		element_text(strchr(cap, '>') + 1, "</caption>", out, n);
		return;
	}
	for (p = page; (p = strstr(p, "<h")) && p < table; p++)
		if (p[2] >= '1' && p[2] <= '6')
			h = p;
	if (h) {
		char end_tag[6] = "</h1>";

		end_tag[3] = h[2];
		element_text(strchr(h, '>') + 1, end_tag, out, n);
	}
	if (!*out)
		snprintf(out, n, "Tabell");
}

#define FRAME_OPEN "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""

/* Every table of the page in a frame of its own that scrolls sideways on
 * a narrow screen, as the documents' tables are (render/html.c), so the
 * page itself never does; a frame is a region named after the table's
 * caption or the heading above it, and every frame's name in the page is
 * made unique with a number ("Deltagare (2)"). Tables written by a page
 * itself need nothing of their own for this. */
static void frame_tables(struct buf *page)
{
	struct buf b;
	char **names = NULL;
	size_t n_names = 0, i;
	const char *p = page->s, *t;

	buf_init(&b);
	while ((t = strstr(p, "<table"))) {
		const char *lt = t, *end, *open, *name_end;
		char name[160], unique[176];
		size_t same;

		/* Already in a frame: the tag before the table opens one. */
		while (lt > page->s && lt[-1] != '<')
			lt--;
		if (lt > page->s && strncmp(lt - 1, FRAME_OPEN, strlen(FRAME_OPEN)) == 0) {
			open = lt - 1;
			name_end = strchr(open + strlen(FRAME_OPEN), '"');
			snprintf(name, sizeof(name), "%.*s", (int)(name_end - open - strlen(FRAME_OPEN)),
				 open + strlen(FRAME_OPEN));
			/* A document's table with no name of its own is named by
			 * the page's heading above it. */
			if (strcmp(name, "Tabell") == 0)
				table_name(page->s, t, name, sizeof(name));
			buf_add(&b, p, (size_t)(open - p));
			p = strchr(name_end, '>') + 1;
			end = t + strlen("<table");
		} else {
			table_name(page->s, t, name, sizeof(name));
			buf_add(&b, p, (size_t)(t - p));
			p = t;
			end = strstr(t, "</table>");
			end = end ? end + strlen("</table>") : t + strlen(t);
		}
		snprintf(unique, sizeof(unique), "%s", name);
		for (same = 1;; same++) {
			for (i = 0; i < n_names && strcmp(names[i], unique) != 0; i++)
				;
			if (i == n_names)
				break;
			snprintf(unique, sizeof(unique), "%s (%zu)", name, same + 1);
		}
		names = xrealloc(names, (n_names + 1) * sizeof(*names));
		names[n_names++] = xstrdup(unique);
		buf_adds(&b, FRAME_OPEN);
		buf_adds(&b, unique);
		buf_adds(&b, "\">");
		buf_add(&b, p, (size_t)(end - p));
		if (p == t)
			buf_adds(&b, "</div>");
		p = end;
	}
	buf_adds(&b, p);
	for (i = 0; i < n_names; i++)
		free(names[i]);
	free(names);
	buf_release(page);
	*page = b;
}

void page_end(struct web_req *r)
{
	buf_adds(&r->out, "</main>\n</body>\n</html>\n");
	frame_tables(&r->out);
}

void page_csrf(struct web_req *r)
{
	web_printf(&r->out, "<input type=\"hidden\" name=\"csrf\" value=\"%s\">", r->sess.s.csrf);
}

/* The notices a form's redirect may ask for: anything else in ?ok= is
 * not shown, so a link cannot put words of its own on a page. */
static const char *const notices[] = {
	"Beslutet är sparat.", "Bedömningen är sparad.", "Prognosen är sparad.", "Deltagaren är registrerad.",
	"Inskrivningen är sparad.", "Avslutet är sparat.", "Användaren är tillagd.", "Lösenordet är bytt.",
	"Användaren är avstängd.", "Listan är inläst.", "Beslutet är borttaget.",
	/* forms */
	"Beslutet är ändrat.",
	"Det årsredovisningen säger om insatsen är sparat.", "Styrelsens beslut om dokumenten är sparade.",
	"Personalen är sparad.", "Nyckeltalen är sparade.", "Nyckeltalen är borttagna.",
	"Revisionsberättelsen är bifogad.", "Den bifogade revisionsberättelsen är borttagen.",
	/* Interventions, users, settings and the register. */
	"Insatsen är sparad.", "Insatsen är ändrad.", "Insatsen är avslutad.", "Insatsen är borttagen.",
	"Fördelningen är sparad.", "Fördelningen är borttagen.", "De anonyma deltagarna är sparade.",
	"De anonyma deltagarna är borttagna.", "Användaren är ändrad.", "Användaren kan logga in igen.",
	"Inställningen är sparad.", "Deltagarna är avidentifierade.", "Deltagaren är avidentifierad.",
	/* the budget, the members, the board, the year cycle, the years and the
	 * governing documents and the meetings */
	"Budgetraden är tillagd.", "Budgetraden är ändrad.", "Budgetraden är borttagen.", "Budgeten är reviderad.",
	"Budgeten är inläst.", "Prognosen är borttagen.", "Medlemmen är tillagd.", "Medlemmen är ändrad.",
	"Medlemmen är borttagen.", "Ledamoten är tillagd.", "Ledamoten är ändrad.", "Ledamoten är borttagen.",
	"Händelsen är tillagd.", "Händelsen är ändrad.", "Händelsen är borttagen.", "Året är stängt.", YEAR_CLOSED_NO_MEETING,
	"Året är öppnat igen.", "Styrdokumentet är tillagt.", "Styrdokumentet är ändrat.", "Revideringen är sparad.",
	"Styrdokumentet är borttaget.", "Sammanträdet är tillagt.", "Sammanträdet är ändrat.",
	"Sammanträdet är borttaget.",
	/* the internal control plan */
	"Risken är tillagd.", "Risken är ändrad.", "Risken är borttagen.", "Riskanalysen är kopierad.",
	"Internkontrollplanen är antagen.", "Kontrollmomentet är tillagt.", "Kontrollmomentet är ändrat.",
	"Kontrollmomentet är borttaget.", "Uppföljningen är sparad.", "Uppföljningen är borttagen.",
	/* goals, texts and files read in */
	"Målet är sparat.", "Resultatmålet är sparat.", "Målet är borttaget.", "Resultatmålet är borttaget.",
	"Bedömningen är borttagen.", "Texten är sparad.", "Texten är borttagen.", "Bokföringen är inläst.",
	"Enkätsvaren är inlästa.", "Enkätsvaren är borttagna.",
	/* The registrar's pages. */
	"Deltagarens uppgifter är ändrade.", "Inskrivningen är ändrad.", "Inskrivningen är borttagen.",
	"Avslutet är ångrat.", "Deltagaren är borttagen.", "Insatsen är klarmarkerad.", "Klarmarkeringen är borttagen.",
	NULL
};

void page_notice(struct web_req *r)
{
	const char *ok = form_get(&r->query, "ok");
	size_t i;

	for (i = 0; ok && notices[i]; i++)
		if (strcmp(ok, notices[i]) == 0)
			web_printf(&r->out, "<p class=\"notice\" id=\"notice\" role=\"status\">%s</p>\n", ok);
}

/* The start of a page that answers with status instead of what the
 * handler had made. */
static void answer_begin(struct web_req *r, int status, const char *title)
{
	buf_reset(&r->out);
	r->status = status;
	r->type = NULL;
	r->disposition[0] = '\0';
	r->location[0] = '\0';
	page_begin(r, title);
}

static void error_page(struct web_req *r, int status, const char *text, int overview)
{
	const char *title;

	switch (status) {
	case 400: title = "Felaktig begäran"; break;
	case 403: title = "Åtkomst nekad"; break;
	case 404: title = "Sidan finns inte"; break;
	case 405: title = "Metoden är inte tillåten"; break;
	case 413: title = "För mycket data"; break;
	case 429: title = "För många försök"; break;
	case 503: title = "Databasen är upptagen"; break;
	default: status = 500; title = "Något gick fel"; break;
	}
	answer_begin(r, status, title);
	web_printf(&r->out, "<p class=\"error\" id=\"error\">%s</p>\n", text ? text : title);
	if (overview)
		buf_adds(&r->out, "<p><a href=\"/\">Till översikten</a></p>\n");
	page_end(r);
}

void web_error(struct web_req *r, int status, const char *text)
{
	error_page(r, status, text, 1);
}

void web_error_nowhere(struct web_req *r, int status, const char *text)
{
	error_page(r, status, text, 0);
}

const char *web_busy_said(struct web_req *r)
{
	r->busy_said = 1;
	return WEB_BUSY_TEXT;
}

/* The fields of the form sent, hidden, in a form that sends them again
 * (a password is never written into a page: that form then asks for it). */
static void busy_again(struct web_req *r)
{
	int password = 0;
	size_t i;

	web_printf(&r->out, "<form id=\"busy-again\" method=\"post\" action=\"%s\">\n", r->path);
	for (i = 0; i < r->body.n; i++) {
		const struct form_field *f = &r->body.f[i];

		if (strstr(f->name, "password")) {
			password = 1;
			continue;
		}
		web_printf(&r->out, "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n", f->name, f->value);
	}
	if (password)
		page_field(r, "password", "Lösenord", "password", "", NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"busy-again-button\">Skicka igen</button></p>\n</form>\n");
}

void web_busy_answer(struct web_req *r)
{
	int busy = r->st ? app_busy(r->st) : 0;

	if (!busy && !r->busy)
		return;
	if (r->status >= 300 && r->status < 400)
		return;
	if (!r->busy_said) {
		int post = strcmp(r->method, "POST") == 0, file = post && r->file.data;

		answer_begin(r, 503, "Databasen är upptagen");
		web_printf(&r->out, "<p class=\"error\" id=\"error\" role=\"alert\">%s</p>\n", WEB_BUSY_TEXT);
		if (file) {
			buf_adds(&r->out, "<p>Ingenting är sparat. Skicka filen igen när inläsningen är klar.</p>\n");
		} else if (post && r->body.n) {
			buf_adds(&r->out, "<p>Ingenting är sparat, men det du skrev finns kvar: tryck på knappen för att "
					  "skicka det igen.</p>\n");
			busy_again(r);
		}
		buf_adds(&r->out, "<p><a href=\"/\">Till översikten</a></p>\n");
		page_end(r);
	}
	r->status = 503;
}

void web_redirect(struct web_req *r, const char *path)
{
	r->status = 303;
	snprintf(r->location, sizeof(r->location), "%s", path);
	buf_reset(&r->out);
}

void web_url_esc(struct buf *b, const char *s)
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

void page_done(struct web_req *r, const char *path, const char *notice)
{
	struct buf b;
	const char *hash = strchr(path, '#');
	size_t len = hash ? (size_t)(hash - path) : strlen(path);

	/* The notice goes before a fragment ("/insatser/2?ok=...#anonymous"). */
	buf_init(&b);
	buf_add(&b, path, len);
	buf_adds(&b, memchr(path, '?', len) ? "&ok=" : "?ok=");
	web_url_esc(&b, notice);
	if (hash)
		buf_adds(&b, hash);
	web_redirect(r, b.s);
	buf_release(&b);
}

void web_done_at(struct web_req *r, const char *base, const char *code, const char *rest, const char *notice)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, base);
	if (code)
		web_url_esc(&b, code);
	if (rest)
		buf_adds(&b, rest);
	page_done(r, b.s, notice);
	buf_release(&b);
}

/* Renders d with fn into a memory stream, under the render lock. */
static int render_to(struct web_req *r, const struct doc *d, int (*fn)(const struct doc *, FILE *, struct err *),
		     char **data, size_t *n, struct err *err)
{
	FILE *mem;
	int rc;

	*data = NULL;
	*n = 0;
	mem = open_memstream(data, n);
	if (!mem)
		return err_set(err, "slut på minne");
	pthread_mutex_lock(&r->srv->render_lock);
	rc = fn(d, mem, err);
	pthread_mutex_unlock(&r->srv->render_lock);
	if (fclose(mem) != 0 && rc == 0)
		rc = err_set(err, "kunde inte skriva rapporten");
	if (rc < 0) {
		free(*data);
		*data = NULL;
	}
	return rc;
}

static int render_pdf(const struct doc *d, FILE *out, struct err *err)
{
	return render_doc(d, RENDER_PDF, out, err);
}

static int render_xlsx(const struct doc *d, FILE *out, struct err *err)
{
	return render_doc(d, RENDER_XLSX, out, err);
}

static int render_csv(const struct doc *d, FILE *out, struct err *err)
{
	return render_doc(d, RENDER_CSV, out, err);
}

static int render_json(const struct doc *d, FILE *out, struct err *err)
{
	return render_doc(d, RENDER_JSON, out, err);
}

static int render_page(const struct doc *d, FILE *out, struct err *err)
{
	return render_doc(d, RENDER_HTML, out, err);
}

/* A document in a page is headed under the page's own <h1>. */
static int render_embed(const struct doc *d, FILE *out, struct err *err)
{
	return render_html_embed(d, 2, out, err);
}

void page_doc(struct web_req *r, struct doc *d, const struct err *err)
{
	struct err e;
	char *data;
	size_t n;

	if (!d) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n",
			   err && err->busy ? web_busy_said(r) : err ? err->msg : "Rapporten kunde inte göras.");
		return;
	}
	/* A document whose title is the page's own is not headed twice. */
	if (d->title) {
		const char *h1 = strstr(r->out.s, "<h1>"), *end = h1 ? strstr(h1, "</h1>") : NULL;
		struct buf t;

		buf_init(&t);
		web_esc(&t, d->title);
		if (end && (size_t)(end - h1 - 4) == t.len && memcmp(h1 + 4, t.s, t.len) == 0) {
			free(d->title);
			d->title = NULL;
		}
		buf_release(&t);
	}
	if (render_to(r, d, render_embed, &data, &n, &e) == 0) {
		buf_add(&r->out, data, n);
		free(data);
	} else {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", e.msg);
	}
	doc_free(d);
}

void page_action_columns(struct doc_table *t, size_t col)
{
	doc_column_set(t, col, "edit", "Ändra", 0);
	doc_column_set(t, col + 1, "remove", "Ta bort", 0);
}

void page_actions(struct doc_row *row, size_t col, const char *edit, const char *remove, const char *about,
		  const char *id)
{
	char name[64];

	if (id)
		snprintf(name, sizeof(name), "edit-%s", id);
	doc_cell_action(row, col, "Ändra", edit, about, id ? name : NULL);
	if (id)
		snprintf(name, sizeof(name), "remove-%s", id);
	doc_cell_action(row, col + 1, "Ta bort", remove, about, id ? name : NULL);
}

void web_download(struct web_req *r, struct doc *d, const char *format, const char *filename)
{
	int (*fn)(const struct doc *, FILE *, struct err *);
	struct err e;
	char *data;
	size_t n;

	if (strcmp(format, "pdf") == 0) {
		fn = render_pdf;
		r->type = "application/pdf";
	} else if (strcmp(format, "xlsx") == 0) {
		fn = render_xlsx;
		r->type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	} else if (strcmp(format, "csv") == 0) {
		fn = render_csv;
		r->type = "text/csv; charset=utf-8";
	} else if (strcmp(format, "json") == 0) {
		fn = render_json;
		r->type = "application/json";
	} else {
		fn = render_page;
		r->type = "text/html; charset=utf-8";
	}
	if (render_to(r, d, fn, &data, &n, &e) < 0) {
		doc_free(d);
		web_error(r, 500, "Rapporten kunde inte göras.");
		return;
	}
	doc_free(d);
	buf_reset(&r->out);
	buf_add(&r->out, data, n);
	free(data);
	/* The name is made by finsam from a report key and a year: plain ASCII. */
	snprintf(r->disposition, sizeof(r->disposition), "attachment; filename=\"%s\"", filename);
}

void page_field(struct web_req *r, const char *name, const char *label, const char *type, const char *value,
		const char *error)
{
	page_field_ac(r, name, label, type, value, error, NULL);
}

void page_field_ac(struct web_req *r, const char *name, const char *label, const char *type, const char *value,
		   const char *error, const char *autocomplete)
{
	web_printf(&r->out, "<p class=\"field%s\"><label for=\"%s\">%s</label>\n", error ? " has-error" : "", name,
		   label);
	web_printf(&r->out, "<input type=\"%s\" id=\"%s\" name=\"%s\" value=\"%s\"", type, name, name,
		   value ? value : "");
	if (autocomplete)
		web_printf(&r->out, " autocomplete=\"%s\"", autocomplete);
	else if (strcmp(type, "password") == 0 || strcmp(name, "pnr") == 0)
		buf_adds(&r->out, " autocomplete=\"off\"");
	if (error)
		web_printf(&r->out, " aria-invalid=\"true\" aria-describedby=\"%s-error\">"
				    "<span class=\"field-error\" id=\"%s-error\">%s</span></p>\n",
			   name, name, error);
	else
		buf_adds(&r->out, "></p>\n");
}

void page_select_labels(struct web_req *r, const char *name, const char *label, const char *const *values,
			const char *const *labels, size_t n, const char *empty, const char *chosen, const char *error)
{
	size_t i;

	web_printf(&r->out, "<p class=\"field%s\"><label for=\"%s\">%s</label>\n<select id=\"%s\" name=\"%s\"",
		   error ? " has-error" : "", name, label, name, name);
	if (error)
		web_printf(&r->out, " aria-invalid=\"true\" aria-describedby=\"%s-error\"", name);
	buf_adds(&r->out, ">\n");
	if (empty)
		web_printf(&r->out, "<option value=\"\">%s</option>\n", empty);
	for (i = 0; i < n && values[i]; i++) {
		const char *sel = chosen && strcmp(chosen, values[i]) == 0 ? " selected" : "";

		if (labels)
			web_printf(&r->out, "<option value=\"%s\"%s>%s</option>\n", values[i], sel, labels[i]);
		else
			web_printf(&r->out, "<option%s>%s</option>\n", sel, values[i]);
	}
	buf_adds(&r->out, "</select>");
	if (error)
		web_printf(&r->out, "<span class=\"field-error\" id=\"%s-error\">%s</span>", name, error);
	buf_adds(&r->out, "</p>\n");
}

void page_select(struct web_req *r, const char *name, const char *label, const char *const *choices,
		 const char *chosen, const char *error)
{
	page_select_labels(r, name, label, choices, NULL, SIZE_MAX, NULL, chosen, error);
}

void page_choice(struct web_req *r, const char *name, const char *label, const char *const *choices,
		 const char *chosen, const char *error)
{
	page_select_labels(r, name, label, choices, NULL, SIZE_MAX, "Välj …", chosen, error);
}

void page_textarea(struct web_req *r, const char *name, const char *label, const char *value, int rows,
		   const char *hint, const char *error)
{
	web_printf(&r->out, "<p class=\"field text-field%s\"><label for=\"%s\">%s</label>\n", error ? " has-error" : "",
		   name, label);
	if (hint)
		web_printf(&r->out, "<span class=\"hint\" id=\"%s-hint\">%s</span>\n", name, hint);
	web_printf(&r->out, "<textarea id=\"%s\" name=\"%s\" rows=\"%d\"", name, name, rows);
	if (error || hint) {
		buf_adds(&r->out, " aria-describedby=\"");
		if (hint)
			web_printf(&r->out, "%s-hint%s", name, error ? " " : "");
		if (error)
			web_printf(&r->out, "%s-error", name);
		buf_adds(&r->out, "\"");
	}
	if (error)
		buf_adds(&r->out, " aria-invalid=\"true\"");
	buf_adds(&r->out, ">");
	/* A newline right after the tag is dropped by the browser: keep a
	 * text that starts with one as it is. */
	if (value && value[0] == '\n')
		buf_adds(&r->out, "\n");
	web_esc(&r->out, value ? value : "");
	buf_adds(&r->out, "</textarea>");
	if (error)
		web_printf(&r->out, "<span class=\"field-error\" id=\"%s-error\">%s</span>", name, error);
	buf_adds(&r->out, "</p>\n");
}

/* ---- a file sent with a form ---- */

int web_upload_save(struct web_req *r, struct web_upload *u, const char *name)
{
	int fd, rc;

	if (tmp_template(u->dir, sizeof(u->dir), "upload") < 0 || !mkdtemp(u->dir))
		return -1;
	snprintf(u->path, sizeof(u->path), "%s/%s", u->dir, name);
	fd = open(u->path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0) {
		rmdir(u->dir);
		return -1;
	}
	rc = write(fd, r->file.data, r->file.len) == (ssize_t)r->file.len ? 0 : -1;
	if (close(fd) < 0)
		rc = -1;
	if (rc < 0)
		web_upload_gone(u);
	return rc;
}

void web_upload_gone(struct web_upload *u)
{
	unlink(u->path);
	rmdir(u->dir);
}

const char *web_upload_name(const struct web_req *r, const char *def)
{
	const char *n = r->file.name, *slash = strrchr(n, '/'), *back = strrchr(n, '\\');

	if (slash && (!back || slash > back))
		n = slash + 1;
	else if (back)
		n = back + 1;
	return *n ? n : def;
}

void web_upload_rename(struct buf *b, const char *s, const char *path, const char *name)
{
	const char *hit;
	size_t len = strlen(path);

	while ((hit = strstr(s, path)) != NULL) {
		buf_add(b, s, (size_t)(hit - s));
		buf_adds(b, name);
		s = hit + len;
	}
	buf_adds(b, s);
}

/* n grouped by thousands, as Swedish writes numbers ("10 000"). */
static const char *grouped(char *buf, size_t size, long n)
{
	if (n >= 1000000)
		snprintf(buf, size, "%ld %03ld %03ld", n / 1000000, n / 1000 % 1000, n % 1000);
	else if (n >= 1000)
		snprintf(buf, size, "%ld %03ld", n / 1000, n % 1000);
	else
		snprintf(buf, size, "%ld", n);
	return buf;
}

void page_import_errors(struct web_req *r, const char *id, const char *msg, const struct app_import_errors *rows,
			const char *path, const char *name)
{
	struct buf text, line;
	const char *nl;
	char where[ERR_MSG_MAX];
	size_t i;

	buf_init(&text);
	if (path)
		web_upload_rename(&text, msg, path, name);
	else
		buf_adds(&text, msg);
	nl = strchr(text.s, '\n');
	buf_init(&line);
	buf_add(&line, text.s, nl ? (size_t)(nl - text.s) : strlen(text.s));
	web_printf(&r->out, "<div class=\"error-summary\" id=\"%s\" role=\"alert\" tabindex=\"-1\" autofocus>\n"
			    "<h2>Ingenting sparades</h2>\n<p>%s</p>\n",
		   id, line.s);
	if (rows && rows->n) {
		web_printf(&r->out, "<ul class=\"upload-errors\" id=\"%s-list\">\n", id);
		for (i = 0; i < rows->n; i++) {
			buf_reset(&line);
			if (path)
				web_upload_rename(&line, rows->v[i].msg, path, name);
			else
				buf_adds(&line, rows->v[i].msg);
			err_where(where, sizeof(where), name, rows->v[i].line, rows->v[i].col);
			web_printf(&r->out, "<li>%s%s</li>\n", where, line.s);
		}
		buf_adds(&r->out, "</ul>\n");
		if (rows->count > (long)rows->n) {
			char shown[32], all[32];

			web_printf(&r->out, "<p id=\"%s-more\">Listan visar de första %s av filens %s fel. Rätta dem och "
					    "läs in filen igen för att se resten.</p>\n",
				   id, grouped(shown, sizeof(shown), (long)rows->n),
				   grouped(all, sizeof(all), rows->count));
		}
	}
	buf_adds(&r->out, "</div>\n");
	buf_release(&line);
	buf_release(&text);
}

void page_errors_init(struct page_errors *pe)
{
	memset(pe, 0, sizeof(*pe));
}

void page_errors_release(struct page_errors *pe)
{
	size_t i;

	for (i = 0; i < pe->n; i++)
		free(pe->e[i].msg);
	pe->n = 0;
}

void page_errors_add(struct page_errors *pe, const char *field, const char *msg)
{
	struct buf b;
	size_t len;

	if (pe->n == PAGE_ERRORS_MAX || !msg || !*msg)
		return;
	snprintf(pe->e[pe->n].field, sizeof(pe->e[pe->n].field), "%s", field ? field : "");
	buf_init(&b);
	/* A sentence: the first letter upper case (Swedish å, ä, ö included)
	 * and a full stop at the end. */
	if ((unsigned char)msg[0] >= 'a' && (unsigned char)msg[0] <= 'z') {
		buf_addf(&b, "%c%s", msg[0] - 'a' + 'A', msg + 1);
	} else if ((unsigned char)msg[0] == 0xC3 && ((unsigned char)msg[1] == 0xA5 || (unsigned char)msg[1] == 0xA4 ||
						     (unsigned char)msg[1] == 0xB6)) {
		buf_addf(&b, "%c%c%s", msg[0], msg[1] - 0x20, msg + 2);
	} else {
		buf_adds(&b, msg);
	}
	len = strlen(b.s);
	if (len && b.s[len - 1] != '.' && b.s[len - 1] != '?' && b.s[len - 1] != '!' && b.s[len - 1] != ':')
		buf_adds(&b, ".");
	pe->e[pe->n++].msg = buf_detach(&b);
}

void page_errors_add_err(struct page_errors *pe, const struct err *err)
{
	if (err->busy && !pe->busy) {
		pe->busy = 1;
		page_errors_add(pe, NULL, WEB_BUSY_FORM_TEXT);
	} else if (!err->busy) {
		page_errors_add(pe, err->field, err->msg);
	}
}

static const char *form_value(const void *ctx, const char *field)
{
	return form_get(ctx, field);
}

static void add_missing(void *arg, const char *field, const char *msg)
{
	page_errors_add(arg, field, msg);
}

size_t page_require(struct page_errors *pe, const struct app_record *rec, const struct form *f)
{
	return app_missing(rec, form_value, f, add_missing, pe);
}

const char *page_errors_for(const struct page_errors *pe, const char *field)
{
	size_t i;

	for (i = 0; field && i < pe->n; i++)
		if (strcmp(pe->e[i].field, field) == 0)
			return pe->e[i].msg;
	return NULL;
}

void page_errors_summary(struct web_req *r, const struct page_errors *pe)
{
	size_t i;

	if (!pe->n)
		return;
	if (pe->busy)
		r->busy_said = 1;
	/* autofocus on the summary (it has a tabindex) moves the focus there
	 * without a script. */
	buf_adds(&r->out, "<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>\n");
	if (pe->n == 1)
		buf_adds(&r->out, "<h2>Formuläret har ett fel</h2>\n<ul>\n");
	else
		web_printf(&r->out, "<h2>Formuläret har %zu fel</h2>\n<ul>\n", pe->n);
	for (i = 0; i < pe->n; i++) {
		if (pe->e[i].field[0])
			web_printf(&r->out, "<li><a href=\"#%s\">%s</a></li>\n", pe->e[i].field, pe->e[i].msg);
		else
			web_printf(&r->out, "<li>%s</li>\n", pe->e[i].msg);
	}
	buf_adds(&r->out, "</ul>\n</div>\n");
}

int page_year_of(struct web_req *r, const struct form *f)
{
	long y = web_int(form_get(f, "year"), 1990, 2200);
	int latest;
	struct err err;

	if (y > 0)
		return (int)y;
	if (web_store(r) && app_latest_year(r->st, &latest, &err) == 0)
		return latest;
	return web_this_year();
}

void page_year_picker(struct web_req *r, const char *action, int year, const char *input_id)
{
	web_printf(&r->out, "<form id=\"year-form\" method=\"get\" action=\"%s\"><label for=\"%s\">År</label> "
			    "<input id=\"%s\" name=\"year\" type=\"number\" min=\"1990\" max=\"2200\" value=\"%d\"> "
			    "<button type=\"submit\">Visa</button></form>\n",
		   action, input_id, input_id, year);
}
