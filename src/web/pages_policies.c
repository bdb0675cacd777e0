/*
 * pages_policies.c: the governing documents (styrdokument) on the web:
 * the list with each one's adoption, latest revision, the day by which it
 * must be revised and whether that day has passed, and every revision.
 * The board and the auditors read it; the director adds a document,
 * records a revision, corrects and removes one (the route table), each
 * through its use case in app/ (policy.c), which checks it and writes the
 * audit log. A removal asks for a confirmation first.
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "model/policy.h"
#include "web/web_int.h"

static const char *const kinds[] = { "charter", "procedure", "delegation", "attestation", "records",
				     "internal_control", "risk", "other", NULL };
static const char *const kind_labels[] = { "Förbundsordning", "Arbetsordning", "Delegeringsordning",
					   "Attestordning", "Dokumenthanteringsplan", "Internkontrollplan",
					   "Risk- och väsentlighetsanalys", "Övrigt", NULL };

static const struct page_field_decl policy_fields[] = {
	FIELD_TEXT("name", "Namn"),
	FIELD_CHOICE("kind", "Slag", kinds, kind_labels),
	FIELD_TEXT("adopted", "Antaget (ÅÅÅÅ-MM-DD)"),
	FIELD_TEXT("revise_by", "Revideras senast (ÅÅÅÅ-MM-DD, kan lämnas tomt)"),
	FIELD_TEXT("note", "Anteckning"),
};

static const struct page_field_decl revision_fields[] = {
	FIELD_TEXT("date", "Reviderat (ÅÅÅÅ-MM-DD)"),
	FIELD_TEXT("revise_by", "Revideras senast igen (ÅÅÅÅ-MM-DD, kan lämnas tomt)"),
	FIELD_TEXT("note", "Anteckning"),
};

static int admin(const struct web_req *r)
{
	return r->sess.user.role == ROLE_ADMIN;
}

static const char *day(char buf[11], struct date d)
{
	return date_is_set(d) ? date_format(buf, d) : "";
}

/* The documents, and for the director the links to revise, change and
 * remove each. */
static void policies_table(struct web_req *r, const struct policy *p, size_t n, struct date today)
{
	struct doc *d;
	struct doc_table *t = page_records_table(&d, "policies", "Styrdokument", admin(r) ? 9 : 6);
	char href[64], remove[64], revise[64];
	size_t i;

	doc_column_set(t, 0, "name", "Styrdokument", 0);
	doc_column_set(t, 1, "kind", "Slag", 0);
	doc_column_set(t, 2, "adopted", "Antaget", 0);
	doc_column_set(t, 3, "last_revised", "Senast reviderat", 0);
	doc_column_set(t, 4, "revise_by", "Revideras senast", 0);
	doc_column_set(t, 5, "overdue", "Försenat", 0);
	if (admin(r)) {
		doc_column_set(t, 6, "revise", "Revidera", 0);
		page_action_columns(t, 7);
	}
	for (i = 0; i < n; i++) {
		struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		int late = policy_overdue(&p[i], today);

		doc_cell_text(row, 0, p[i].name, NULL);
		doc_cell_text(row, 1, policy_kind_label(p[i].kind), NULL);
		doc_cell_date(row, 2, p[i].adopted);
		doc_cell_date(row, 3, p[i].last_revised);
		doc_cell_date(row, 4, p[i].due);
		doc_cell_text(row, 5, late ? "ja, revidera" : "nej", NULL);
		if (!admin(r))
			continue;
		snprintf(revise, sizeof(revise), "/styrdokument/%lld/revidera", (long long)p[i].id);
		snprintf(href, sizeof(href), "/styrdokument/%lld", (long long)p[i].id);
		snprintf(remove, sizeof(remove), "/styrdokument/%lld/ta-bort", (long long)p[i].id);
		doc_cell_action(row, 6, "Revidera", revise, p[i].name, NULL);
		page_actions(row, 7, href, remove, p[i].name, NULL);
	}
	page_doc_scroll(r, d, NULL, "policy-list");
}

/* Every revision of the documents, by document and day. */
static void revisions_table(struct web_req *r, const struct policy *p, size_t n)
{
	struct doc *d;
	struct doc_table *t = page_records_table(&d, "revisions", "Revideringar", 4);
	struct policy one;
	struct policy_revision *rev;
	size_t i, j, n_rev, shown = 0;
	struct err err;

	doc_column_set(t, 0, "name", "Styrdokument", 0);
	doc_column_set(t, 1, "date", "Reviderat", 0);
	doc_column_set(t, 2, "revise_by", "Revideras senast igen", 0);
	doc_column_set(t, 3, "note", "Anteckning", 0);
	for (i = 0; i < n; i++) {
		char id[24];

		snprintf(id, sizeof(id), "%lld", (long long)p[i].id);
		if (app_policy_get(r->st, id, &one, &rev, &n_rev, &err) < 0)
			continue;
		for (j = 0; j < n_rev; j++, shown++) {
			struct doc_row *row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

			doc_cell_text(row, 0, p[i].name, NULL);
			doc_cell_date(row, 1, rev[j].date);
			doc_cell_date(row, 2, rev[j].revise_by);
			doc_cell_text(row, 3, rev[j].note, NULL);
		}
		free(rev);
	}
	if (shown)
		page_doc_scroll(r, d, NULL, "revision-list");
	else
		doc_free(d);
}

static void policies_page(struct web_req *r, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	struct policy *p = NULL;
	struct date today = date_today();
	size_t n = 0, i, late = 0;
	struct err err;

	if (!pe)
		pe = &none;
	page_begin(r, "Styrdokument");
	page_notice(r);
	if (app_policy_list(r->st, &p, &n, &err) < 0) {
		web_printf(&r->out, "<p class=\"error\">%s</p>\n", err.msg);
		page_end(r);
		return;
	}
	buf_adds(&r->out, "<p>Förbundets styrdokument: när styrelsen antog dem, när de senast reviderades och när "
			  "de senast ska revideras igen. Ett styrdokument som inte har reviderats i tid är en "
			  "varning i kontrollen.</p>\n");
	for (i = 0; i < n; i++)
		late += (size_t)policy_overdue(&p[i], today);
	if (late)
		web_printf(&r->out, "<p id=\"overdue\" class=\"error\">%zu styrdokument har inte reviderats i tid.</p>\n",
			   late);
	if (n == 0) {
		buf_adds(&r->out, "<p id=\"no-policies\">Inga styrdokument är registrerade.</p>\n");
	} else {
		policies_table(r, p, n, today);
		revisions_table(r, p, n);
	}
	free(p);
	if (admin(r)) {
		buf_adds(&r->out, "<h2 id=\"add-policy\">Lägg till ett styrdokument</h2>\n");
		page_errors_summary(r, pe);
		buf_adds(&r->out, "<form id=\"policy-form\" method=\"post\" action=\"/styrdokument\">\n");
		page_csrf(r);
		page_form_fields(r, policy_fields, DOC_N(policy_fields), NULL, pe, v);
		buf_adds(&r->out, "<p><button type=\"submit\" id=\"policy-submit\">Lägg till</button></p>\n</form>\n");
	}
	page_end(r);
}

void page_policies(struct web_req *r)
{
	policies_page(r, NULL, NULL);
}

/* A form's field, "" when it was not sent. */
static const char *sent(const struct form *b, const char *name)
{
	const char *s = form_get(b, name);

	return s ? s : "";
}

void page_policy_add(struct web_req *r)
{
	const struct form *b = &r->body;
	struct page_errors pe;
	struct err err;

	page_errors_init(&pe);
	if (!page_require(&pe, &APP_POLICY, b) &&
	    app_policy_add(r->st, sent(b, "name"), form_get(b, "kind"), sent(b, "adopted"), sent(b, "revise_by"),
			   sent(b, "note"), &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		policies_page(r, &pe, b);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/styrdokument", "Styrdokumentet är tillagt.");
}

static int find_policy(struct web_req *r, struct policy *out)
{
	long id = web_int(r->params[0], 1, 999999999);
	struct err err;

	if (id < 0 || app_policy_get(r->st, r->params[0], out, NULL, NULL, &err) < 0) {
		web_error(r, 404, "Det finns inget sådant styrdokument.");
		return -1;
	}
	return 0;
}

static void policy_form(struct web_req *r, const struct policy *p, const struct page_errors *pe,
			const struct form *v)
{
	char a[11], by[11], action[64];
	const char *now[] = { p->name, kinds[p->kind < POLICY_KIND__MAX ? p->kind : POLICY_OTHER], day(a, p->adopted),
			      day(by, p->revise_by), p->note };

	snprintf(action, sizeof(action), "/styrdokument/%lld", (long long)p->id);
	page_edit(r,
		  &(struct page_edit){ "Ändra ett styrdokument",
				       "<p>Rättar styrdokumentets uppgifter och dagarna då det antogs första gången "
				       "och då skulle revideras. En ny version som styrelsen har antagit registreras "
				       "med Revidera.</p>\n",
				       "policy-edit", action, NULL, policy_fields, DOC_N(policy_fields), now,
				       "/styrdokument" },
		  pe, v);
}

void page_policy_form(struct web_req *r)
{
	struct policy p;

	if (find_policy(r, &p) == 0)
		policy_form(r, &p, NULL, NULL);
}

static void revise_form(struct web_req *r, const struct policy *p, const struct page_errors *pe,
			const struct form *v)
{
	char title[POLICY_NAME_MAX + 16], action[64], last[11];
	struct buf intro;

	snprintf(title, sizeof(title), "Revidera %s", p->name);
	snprintf(action, sizeof(action), "/styrdokument/%lld/revidera", (long long)p->id);
	buf_init(&intro);
	web_printf(&intro, "<p>Registrera dagen då styrelsen antog en reviderad version av %s. Den senaste "
			   "versionen antogs %s; den nya kan inte ligga före den.</p>\n",
		   p->name, day(last, p->revisions ? p->last_revised : p->adopted));
	page_edit(r,
		  &(struct page_edit){ title, intro.s, "policy-revise", action, NULL, revision_fields,
				       DOC_N(revision_fields), NULL, "/styrdokument" },
		  pe, v);
	buf_release(&intro);
}

void page_policy_revise_form(struct web_req *r)
{
	struct policy p;

	if (find_policy(r, &p) == 0)
		revise_form(r, &p, NULL, NULL);
}

/* A change of one document from its form: the fields rec declares
 * required, then the use case (change); a refusal brings the form back
 * (form) with its errors, a change leads to the list with the notice. */
struct policy_change {
	const struct app_record *rec;
	int (*change)(struct web_req *r, const char *id, struct err *err);
	void (*form)(struct web_req *r, const struct policy *p, const struct page_errors *pe, const struct form *v);
	const char *notice;
};

static void policy_change(struct web_req *r, const struct policy_change *c)
{
	const struct form *b = &r->body;
	struct policy p;
	struct page_errors pe;
	struct err err;
	char id[24];

	if (find_policy(r, &p) < 0)
		return;
	snprintf(id, sizeof(id), "%lld", (long long)p.id);
	page_errors_init(&pe);
	if (!page_require(&pe, c->rec, b) && c->change(r, id, &err) < 0)
		page_errors_add_err(&pe, &err);
	if (pe.n) {
		r->status = 400;
		c->form(r, &p, &pe, b);
		page_errors_release(&pe);
		return;
	}
	page_done(r, "/styrdokument", c->notice);
}

static int edit(struct web_req *r, const char *id, struct err *err)
{
	const struct form *b = &r->body;

	return app_policy_edit(r->st, id, sent(b, "name"), form_get(b, "kind"), sent(b, "adopted"),
			       sent(b, "revise_by"), sent(b, "note"), err);
}

static int revise(struct web_req *r, const char *id, struct err *err)
{
	const struct form *b = &r->body;

	return app_policy_revise(r->st, id, sent(b, "date"), sent(b, "revise_by"), sent(b, "note"), err);
}

void page_policy_edit(struct web_req *r)
{
	policy_change(r, &(struct policy_change){ &APP_POLICY, edit, policy_form, "Styrdokumentet är ändrat." });
}

void page_policy_revise(struct web_req *r)
{
	policy_change(r, &(struct policy_change){ &APP_POLICY_REVISION, revise, revise_form, "Revideringen är sparad." });
}

void page_policy_remove_form(struct web_req *r)
{
	struct policy p;
	struct buf what;
	char action[64];

	if (find_policy(r, &p) < 0)
		return;
	buf_init(&what);
	buf_addf(&what, "%s tas bort med %d %s. Borttagningen står i loggen.", p.name, p.revisions,
		 p.revisions == 1 ? "revidering" : "revideringar");
	snprintf(action, sizeof(action), "/styrdokument/%lld/ta-bort", (long long)p.id);
	page_confirm_begin(r, "Ta bort ett styrdokument?", what.s, action);
	buf_release(&what);
	page_confirm_end(r, "Ta bort", "/styrdokument");
}

void page_policy_remove(struct web_req *r)
{
	struct policy p;
	struct err err;
	char id[24];

	if (find_policy(r, &p) < 0)
		return;
	snprintf(id, sizeof(id), "%lld", (long long)p.id);
	if (app_policy_remove(r->st, id, &err) < 0) {
		web_error(r, 400, err.msg);
		return;
	}
	page_done(r, "/styrdokument", "Styrdokumentet är borttaget.");
}
