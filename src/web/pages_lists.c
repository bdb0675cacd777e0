/*
 * pages_lists.c: the lists that grow large, searched and paged: the
 * books for the auditor (the accounts of a year, the search among its
 * verifications and one verification with its transactions), the audit
 * log with its filters, and the participant and intervention lists that
 * page_deltagare and page_insatser show. The tables are documents
 * rendered by render/html.c; the search forms are plain GET forms, so a
 * search is a link that can be kept, and every page works without
 * JavaScript.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/doc.h"
#include "web/web_int.h"

/* ---- what the lists share ---- */

/* Appends v percent-encoded (all but letters, digits and . - _). */
static void url_encode(struct buf *b, const char *v)
{
	const char *p;

	for (p = v; *p; p++) {
		unsigned char c = (unsigned char)*p;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
		    c == '-' || c == '_')
			buf_addc(b, (char)c);
		else
			buf_addf(b, "%%%02X", c);
	}
}

/* Appends "&name=value" (or "?" first when b is empty) with the value
 * percent-encoded; nothing for an empty value. */
static void query_add(struct buf *b, const char *name, const char *v)
{
	if (!v || !*v)
		return;
	buf_addc(b, b->len ? '&' : '?');
	buf_adds(b, name);
	buf_addc(b, '=');
	url_encode(b, v);
}

/* The value of a query field, "" when absent. */
static const char *q(struct web_req *r, const char *name)
{
	const char *v = form_get(&r->query, name);

	return v ? v : "";
}

/* The pages of a list: how many hits, which page, and links to the pages
 * before and after (the query without its page in query, "" or "?..."). */
static void pager(struct web_req *r, const char *path, const char *query, long page, long pages, int64_t count,
		  const char *one, const char *many)
{
	web_printf(&r->out, "<nav class=\"pager\" aria-label=\"Sidor\">\n<p id=\"hits\">%lld %s",
		   (long long)count, count == 1 ? one : many);
	if (page > pages)
		web_printf(&r->out, ". Sidan %ld finns inte, den sista är sida %ld", page, pages);
	else if (pages > 1)
		web_printf(&r->out, ", sida %ld av %ld", page, pages);
	buf_adds(&r->out, ".</p>\n");
	if (page > 1)
		web_printf(&r->out, "<a id=\"prev-page\" rel=\"prev\" href=\"%s%s%spage=%ld\">Föregående</a>\n", path,
			   query, *query ? "&" : "?", page > pages ? pages : page - 1);
	if (page < pages)
		web_printf(&r->out, "<a id=\"next-page\" rel=\"next\" href=\"%s%s%spage=%ld\">Nästa</a>\n", path, query,
			   *query ? "&" : "?", page + 1);
	buf_adds(&r->out, "</nav>\n");
}

/* A select whose options have values apart from their labels (labels
 * NULL: the values themselves), the first option "first" with value "". */
static void select_kv(struct web_req *r, const char *name, const char *label, const char *first,
		      const char *const *values, const char *const *labels, size_t n, const char *chosen)
{
	page_select_labels(r, name, label, values, labels ? labels : values, n, first, chosen, NULL);
}

/* A document's table in a box that scrolls sideways on a narrow screen
 * (the page itself never does); named for the screen reader. The
 * document's title is the page's <h1> already: it is dropped. */
static void doc_box(struct web_req *r, struct doc *d, const struct err *err, const char *id, const char *name)
{
	if (d) {
		free(d->title);
		d->title = NULL;
	}
	web_printf(&r->out, "<div class=\"table-box\" id=\"%s\" role=\"region\" tabindex=\"0\" aria-label=\"%s\">\n",
		   id, name);
	page_doc(r, d, err);
	buf_adds(&r->out, "</div>\n");
}

/* The year of the books a page shows: ?year= when the books have it,
 * else the latest; 0 when there are no books. */
static int books_year(struct web_req *r, int **years, size_t *n)
{
	long y = web_int(form_get(&r->query, "year"), 1900, 2200);
	struct err err;
	size_t i;

	*years = NULL;
	*n = 0;
	if (app_book_years(r->st, years, n, &err) < 0 || *n == 0)
		return 0;
	for (i = 0; i < *n; i++)
		if ((*years)[i] == y)
			return (int)y;
	return (*years)[0];
}

static void books_year_form(struct web_req *r, const char *action, const int *years, size_t n, int year)
{
	size_t i;

	web_printf(&r->out, "<form class=\"filters\" method=\"get\" action=\"%s\">\n"
			    "<p class=\"field\"><label for=\"year\">Räkenskapsår</label>\n"
			    "<select id=\"year\" name=\"year\">\n", action);
	for (i = 0; i < n; i++)
		web_printf(&r->out, "<option%s>%d</option>\n", years[i] == year ? " selected" : "", years[i]);
	buf_adds(&r->out, "</select></p>\n<p><button type=\"submit\" id=\"year-submit\">Visa</button></p>\n</form>\n");
}

/* ---- the books ---- */

void page_books(struct web_req *r)
{
	struct err err;
	struct doc *d;
	int *years, year;
	size_t n, i, j;
	char href[160];

	year = books_year(r, &years, &n);
	page_begin(r, "Bokföring");
	if (!year) {
		buf_adds(&r->out, "<p>Databasen har ingen bokföring ännu.</p>\n");
		goto done;
	}
	books_year_form(r, "/bokforing", years, n, year);
	web_printf(&r->out, "<p><a id=\"search-link\" href=\"/bokforing/verifikationer?year=%d\">Sök bland "
			    "verifikationerna %d</a></p>\n<h2>Kontona %d</h2>\n"
			    "<p>Välj ett konto för att se dess verifikationer.</p>\n", year, year, year);
	d = app_books_accounts(r->st, year, &err);
	/* Each account leads to the search for its verifications. */
	if (d)
		for (i = 0; i < d->body.n_children; i++) {
			struct doc_table *t = d->body.children[i]->table;

			if (!t || !t->key || strcmp(t->key, "accounts") != 0)
				continue;
			for (j = 0; j < t->n_rows; j++) {
				snprintf(href, sizeof(href), "/bokforing/verifikationer?year=%d&account=%s", year,
					 t->rows[j]->key);
				doc_cell_link(t->rows[j], 0, href);
			}
		}
	doc_box(r, d, &err, "accounts", "Kontona");
done:
	free(years);
	page_end(r);
}

void page_books_search(struct web_req *r)
{
	struct app_ver_query vq;
	struct app_ver_result res;
	struct page_errors pe;
	struct err err;
	struct buf query;
	int *years, year;
	size_t n, i;
	char heading[64];

	buf_init(&query);
	page_errors_init(&pe);
	memset(&res, 0, sizeof(res));
	year = books_year(r, &years, &n);
	page_begin(r, "Verifikationer");
	if (!year) {
		buf_adds(&r->out, "<p>Databasen har ingen bokföring ännu.</p>\n");
		goto done;
	}
	memset(&vq, 0, sizeof(vq));
	vq.number = q(r, "number");
	vq.from = q(r, "from");
	vq.to = q(r, "to");
	vq.account = q(r, "account");
	vq.amount = q(r, "amount");
	vq.page = web_int(form_get(&r->query, "page"), 1, 100000000);
	if (app_ver_search(r->st, year, &vq, &res, &err) < 0) {
		if (!*err.field) {
			web_error(r, 500, NULL);
			goto done;
		}
		page_errors_add_err(&pe, &err);
	}
	buf_adds(&r->out, "<form class=\"filters\" id=\"search-form\" method=\"get\" action=\"/bokforing/verifikationer\">\n");
	page_errors_summary(r, &pe);
	buf_adds(&r->out, "<p class=\"field\"><label for=\"year\">Räkenskapsår</label>\n<select id=\"year\" name=\"year\">\n");
	for (i = 0; i < n; i++)
		web_printf(&r->out, "<option%s>%d</option>\n", years[i] == year ? " selected" : "", years[i]);
	buf_adds(&r->out, "</select></p>\n");
	page_field(r, "number", "Verifikationsnummer", "text", vq.number, page_errors_for(&pe, "number"));
	page_field(r, "from", "Från datum", "date", vq.from, page_errors_for(&pe, "from"));
	page_field(r, "to", "Till datum", "date", vq.to, page_errors_for(&pe, "to"));
	page_field(r, "account", "Konto", "text", vq.account, page_errors_for(&pe, "account"));
	page_field(r, "amount", "Belopp (kronor)", "text", vq.amount, page_errors_for(&pe, "amount"));
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"search-submit\">Sök</button> "
			  "<a href=\"/bokforing/verifikationer\">Rensa</a></p>\n</form>\n");
	if (pe.n)
		goto done;
	{
		char y[16];
		struct doc *d = doc_new(NULL);
		struct doc_table *t;

		snprintf(y, sizeof(y), "%d", year);
		query_add(&query, "year", y);
		query_add(&query, "number", vq.number);
		query_add(&query, "from", vq.from);
		query_add(&query, "to", vq.to);
		query_add(&query, "account", vq.account);
		query_add(&query, "amount", vq.amount);
		snprintf(heading, sizeof(heading), "Träffar %d", year);
		web_printf(&r->out, "<h2>%s</h2>\n", heading);
		pager(r, "/bokforing/verifikationer", query.s ? query.s : "", res.page, res.pages, res.count,
		      "verifikation", "verifikationer");
		doc_unit_set(d, DOC_UNIT_KR_ORE);
		t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "verifications", NULL, 4);
		doc_column_set(t, 0, "number", "Verifikation", 0);
		doc_column_set(t, 1, "date", "Datum", 0);
		doc_column_set(t, 2, "text", "Text", 0);
		doc_column_set(t, 3, "debit", "Belopp", 0);
		for (i = 0; i < res.n; i++) {
			struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
			char label[64], href[96];

			snprintf(label, sizeof(label), "%s%s%s", res.hits[i].series, *res.hits[i].series ? " " : "",
				 res.hits[i].number);
			snprintf(href, sizeof(href), "/bokforing/ver/%lld", (long long)res.hits[i].id);
			doc_cell_text(row, 0, label, NULL);
			doc_cell_link(row, 0, href);
			doc_cell_date(row, 1, res.hits[i].date);
			doc_cell_text(row, 2, res.hits[i].text, NULL);
			doc_cell_money(row, 3, res.hits[i].debit);
		}
		if (res.n)
			doc_box(r, d, NULL, "verifications", "Träffarna");
		else
			doc_free(d);
	}
done:
	app_ver_result_release(&res);
	page_errors_release(&pe);
	buf_release(&query);
	free(years);
	page_end(r);
}

void page_books_ver(struct web_req *r)
{
	long id = web_int(r->params[0], 1, 2000000000L);
	struct err err;
	struct doc *d;
	char title[128];
	int year = 0, missing = 0;

	if (id < 0) {
		web_error(r, 404, NULL);
		return;
	}
	d = app_ver_show(r->st, id, &year, &missing, &err);
	if (!d) {
		web_error(r, missing ? 404 : 500, NULL);
		return;
	}
	snprintf(title, sizeof(title), "%s", d->title ? d->title : "Verifikation");
	page_begin(r, title);
	doc_box(r, d, &err, "transactions", "Transaktionerna");
	web_printf(&r->out, "<p><a id=\"back\" href=\"/bokforing/verifikationer?year=%d\">Till verifikationerna %d</a></p>\n",
		   year, year);
	page_end(r);
}

/* ---- the audit log ---- */

void page_log(struct web_req *r)
{
	struct app_audit_query aq;
	struct app_audit_page res;
	struct page_errors pe;
	struct err err;
	struct buf query;
	char **v[3] = { NULL, NULL, NULL };
	size_t nv[3] = { 0, 0, 0 }, i;
	const char **kind_labels = NULL;

	buf_init(&query);
	page_errors_init(&pe);
	memset(&res, 0, sizeof(res));
	memset(&aq, 0, sizeof(aq));
	aq.actor = q(r, "user");
	aq.action = q(r, "action");
	aq.record_kind = q(r, "kind");
	aq.from = q(r, "from");
	aq.to = q(r, "to");
	aq.text = q(r, "q");
	aq.page = web_int(form_get(&r->query, "page"), 1, 100000000);
	for (i = 0; i < 3; i++)
		if (app_audit_choices(r->st, (int)i, &v[i], &nv[i], &err) < 0) {
			web_error(r, 500, NULL);
			goto done;
		}
	if (app_audit_search(r->st, &aq, &res, &err) < 0) {
		if (!*err.field) {
			web_error(r, 500, NULL);
			goto done;
		}
		page_errors_add_err(&pe, &err);
	}
	page_begin(r, "Logg");
	buf_adds(&r->out, "<form class=\"filters\" id=\"log-form\" method=\"get\" action=\"/logg\">\n");
	page_errors_summary(r, &pe);
	select_kv(r, "user", "Användare", "Alla", (const char *const *)v[0], NULL, nv[0], aq.actor);
	select_kv(r, "action", "Ändring", "Alla", (const char *const *)v[1], NULL, nv[1], aq.action);
	kind_labels = xcalloc(nv[2] ? nv[2] : 1, sizeof(*kind_labels));
	for (i = 0; i < nv[2]; i++)
		kind_labels[i] = app_record_kind_label(v[2][i]);
	select_kv(r, "kind", "Slag av post", "Alla", (const char *const *)v[2], kind_labels, nv[2], aq.record_kind);
	page_field(r, "from", "Från datum", "date", aq.from, page_errors_for(&pe, "from"));
	page_field(r, "to", "Till datum", "date", aq.to, page_errors_for(&pe, "to"));
	page_field(r, "q", "Sök text", "search", aq.text, NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"log-submit\">Sök</button> "
			  "<a href=\"/logg\">Rensa</a></p>\n</form>\n");
	if (!pe.n) {
		query_add(&query, "user", aq.actor);
		query_add(&query, "action", aq.action);
		query_add(&query, "kind", aq.record_kind);
		query_add(&query, "from", aq.from);
		query_add(&query, "to", aq.to);
		query_add(&query, "q", aq.text);
		buf_adds(&r->out, "<h2>Rader, nyast först</h2>\n");
		pager(r, "/logg", query.s ? query.s : "", res.page, res.pages, res.count, "rad", "rader");
		if (res.count)
			doc_box(r, res.doc, &err, "log", "Loggens rader");
		else
			doc_free(res.doc);
		res.doc = NULL;
	}
	page_end(r);
done:
	doc_free(res.doc);
	free(kind_labels);
	for (i = 0; i < 3; i++)
		app_strings_free(v[i], nv[i]);
	page_errors_release(&pe);
	buf_release(&query);
}

/* ---- the participant list ---- */

static const char *insats_label(const struct app_participant_page *pg, int64_t id)
{
	size_t i;

	for (i = 0; i < pg->n_iv; i++)
		if (pg->iv[i].id == id)
			return pg->iv[i].name;
	return "";
}

void participant_list(struct web_req *r)
{
	static const char *const states[] = { "pagaende", "avslutade" };
	static const char *const state_labels[] = { "Pågående", "Avslutade" };
	static const char *const sorts[] = { "kod", "kod-omvand", "fodelsear", "senaste" };
	static const char *const sort_labels[] = { "Kod A–Ö", "Kod Ö–A", "Födelseår", "Senast inskriven först" };
	struct app_participant_query pq;
	struct app_participant_page pg;
	struct page_errors pe;
	struct err err;
	struct buf query, line;
	char (*ids)[24] = NULL;
	const char **id_v = NULL, **names = NULL;
	size_t i, j;

	buf_init(&query);
	buf_init(&line);
	page_errors_init(&pe);
	memset(&pq, 0, sizeof(pq));
	pq.code = q(r, "code");
	pq.insats = q(r, "insats");
	pq.state = q(r, "state");
	pq.year = q(r, "year");
	pq.sort = q(r, "sort");
	pq.page = web_int(form_get(&r->query, "page"), 1, 100000000);
	if (app_participant_search(r->st, &r->sess.user, &pq, &pg, &err) < 0) {
		if (!*err.field) {
			buf_adds(&r->out, "<p class=\"error\">Deltagarna kunde inte läsas.</p>\n");
			goto done;
		}
		page_errors_add_err(&pe, &err);
		/* The form still offers the user's interventions. */
		pq.insats = "";
		memset(&pg, 0, sizeof(pg));
		{
			struct app_participant_query none;

			memset(&none, 0, sizeof(none));
			none.per_page = 1;
			if (app_participant_search(r->st, &r->sess.user, &none, &pg, &err) < 0)
				memset(&pg, 0, sizeof(pg));
		}
	}
	ids = xcalloc(pg.n_iv ? pg.n_iv : 1, sizeof(*ids));
	id_v = xcalloc(pg.n_iv ? pg.n_iv : 1, sizeof(*id_v));
	names = xcalloc(pg.n_iv ? pg.n_iv : 1, sizeof(*names));
	for (i = 0; i < pg.n_iv; i++) {
		snprintf(ids[i], sizeof(ids[i]), "%lld", (long long)pg.iv[i].id);
		id_v[i] = ids[i];
		names[i] = pg.iv[i].name;
	}
	buf_adds(&r->out, "<form class=\"filters\" id=\"participant-search\" method=\"get\" action=\"/deltagare\">\n");
	page_errors_summary(r, &pe);
	page_field(r, "code", "Deltagarkod", "search", pq.code, NULL);
	select_kv(r, "insats", "Insats", "Alla", id_v, names, pg.n_iv, q(r, "insats"));
	select_kv(r, "state", "Inskrivning", "Alla", states, state_labels, 2, pq.state);
	page_field(r, "year", "Inskriven under året", "text", pq.year, page_errors_for(&pe, "year"));
	select_kv(r, "sort", "Ordning", "Kod A–Ö", sorts + 1, sort_labels + 1, 3, pq.sort);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"participant-search-submit\">Sök</button> "
			  "<a href=\"/deltagare\">Rensa</a></p>\n</form>\n");
	if (pe.n)
		goto done;
	query_add(&query, "code", pq.code);
	query_add(&query, "insats", pq.insats);
	query_add(&query, "state", pq.state);
	query_add(&query, "year", pq.year);
	query_add(&query, "sort", pq.sort);
	pager(r, "/deltagare", query.s ? query.s : "", pg.page, pg.pages, pg.count, "deltagare", "deltagare");
	if (pg.n) {
		struct doc *d = doc_new(NULL);
		struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "participants", NULL, 5);

		doc_column_set(t, 0, "code", "Kod", 0);
		doc_column_set(t, 1, "sex", "Kön", 0);
		doc_column_set(t, 2, "born", "Födelseår", 0);
		doc_column_set(t, 3, "education", "Utbildning", 0);
		doc_column_set(t, 4, "enrolments", "Inskrivningar", 0);
		for (i = 0; i < pg.n; i++) {
			struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

			buf_reset(&line);
			buf_adds(&line, "/deltagare/");
			url_encode(&line, pg.p[i].code);
			doc_cell_text(row, 0, pg.p[i].code, NULL);
			doc_cell_link(row, 0, line.s);
			doc_cell_text(row, 1, pg.p[i].sex, NULL);
			doc_cell_int(row, 2, pg.p[i].birth_year);
			doc_cell_text(row, 3, pg.p[i].education, NULL);
			buf_reset(&line);
			for (j = 0; j < pg.n_e; j++) {
				char d1[11], d2[11];

				if (pg.e[j].participant_id != pg.p[i].id)
					continue;
				buf_addf(&line, "%s%s %s–%s", line.len ? "\n" : "", insats_label(&pg, pg.e[j].intervention_id),
					 date_format(d1, pg.e[j].enrolled),
					 date_is_set(pg.e[j].exited) ? date_format(d2, pg.e[j].exited) : "");
			}
			doc_cell_text(row, 4, line.len ? line.s : "", NULL);
		}
		doc_box(r, d, NULL, "participant-list", "Deltagarna");
	}
done:
	free(ids);
	free(id_v);
	free(names);
	app_participant_page_release(&pg);
	page_errors_release(&pe);
	buf_release(&query);
	buf_release(&line);
}

/* ---- the intervention list ---- */

void insats_list(struct web_req *r)
{
	static const char *const kinds[] = { "individinriktad", "strukturinriktad", "kompetenshöjande" };
	static const char *const kind_labels[] = { "Individinriktad", "Strukturinriktad", "Kompetenshöjande" };
	static const char *const states[] = { "pagaende", "avslutade" };
	static const char *const state_labels[] = { "Pågående", "Avslutade" };
	static const char *const sorts[] = { "start", "slut" };
	static const char *const sort_labels[] = { "Senast startad först", "Slutdatum" };
	struct app_insats_query iq;
	struct app_insats_page pg;
	struct page_errors pe;
	struct err err;
	struct buf query;
	size_t i, j;
	char href[64];

	buf_init(&query);
	page_errors_init(&pe);
	memset(&iq, 0, sizeof(iq));
	memset(&pg, 0, sizeof(pg));
	iq.text = q(r, "q");
	iq.kind = q(r, "kind");
	iq.state = q(r, "state");
	iq.year = q(r, "year");
	iq.sort = q(r, "sort");
	iq.page = web_int(form_get(&r->query, "page"), 1, 1000000);
	if (app_insats_search(r->st, &iq, &pg, &err) < 0) {
		if (!*err.field) {
			buf_adds(&r->out, "<p class=\"error\">Insatserna kunde inte läsas.</p>\n");
			goto done;
		}
		page_errors_add_err(&pe, &err);
	}
	buf_adds(&r->out, "<form class=\"filters\" id=\"insats-search\" method=\"get\" action=\"/insatser\">\n");
	page_errors_summary(r, &pe);
	page_field(r, "q", "Namn eller projektägare", "search", iq.text, NULL);
	select_kv(r, "kind", "Slag", "Alla", kinds, kind_labels, 3, iq.kind);
	select_kv(r, "state", "Läge i dag", "Alla", states, state_labels, 2, iq.state);
	page_field(r, "year", "Pågick under året", "text", iq.year, page_errors_for(&pe, "year"));
	select_kv(r, "sort", "Ordning", "Namn", sorts, sort_labels, 2, iq.sort);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"insats-search-submit\">Sök</button> "
			  "<a href=\"/insatser\">Rensa</a></p>\n</form>\n");
	if (pe.n)
		goto done;
	query_add(&query, "q", iq.text);
	query_add(&query, "kind", iq.kind);
	query_add(&query, "state", iq.state);
	query_add(&query, "year", iq.year);
	query_add(&query, "sort", iq.sort);
	pager(r, "/insatser", query.s ? query.s : "", pg.page, pg.pages, pg.count, "insats", "insatser");
	/* Each name leads to its intervention (the id is the first column). */
	for (i = 0; pg.doc && i < pg.doc->body.n_children; i++) {
		struct doc_table *t = pg.doc->body.children[i]->table;

		if (!t || !t->key || strcmp(t->key, "interventions") != 0)
			continue;
		for (j = 0; j < t->n_rows; j++) {
			snprintf(href, sizeof(href), "/insatser/%lld", (long long)t->rows[j]->cells[0].i);
			doc_cell_link(t->rows[j], 1, href);
		}
	}
	if (pg.count)
		doc_box(r, pg.doc, NULL, "insats-list", "Insatserna");
	else
		doc_free(pg.doc);
	pg.doc = NULL;
done:
	doc_free(pg.doc);
	page_errors_release(&pe);
	buf_release(&query);
}
