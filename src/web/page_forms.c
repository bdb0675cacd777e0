/*
 * page_forms.c: the forms of the pages that add, change and remove the
 * records of the förbund's frame (the budget, the members, the board, the
 * year cycle, the governing documents): fields declared once as a table
 * (struct page_field_decl), the page of a form that changes one record,
 * the confirmation before a removal, and the records table of a page.
 */
#include <stdint.h>

#include "doc/doc.h"
#include "web/web_int.h"

const char *page_form_value(const struct form *v, const char *name, const char *dflt)
{
	const char *s = v ? form_get(v, name) : NULL;

	return s ? s : dflt;
}

void page_form_field(struct web_req *r, const struct page_errors *pe, const struct form *v, const char *name,
		     const char *label, const char *dflt)
{
	page_field(r, name, label, "text", page_form_value(v, name, dflt), page_errors_for(pe, name));
}

void page_form_choice(struct web_req *r, const struct page_errors *pe, const char *name, const char *label,
		      const char *const *values, const char *const *labels, const char *chosen)
{
	page_select_labels(r, name, label, values, labels, SIZE_MAX, "Välj …", chosen, page_errors_for(pe, name));
}

void page_hidden(struct web_req *r, const char *name, const char *v)
{
	web_printf(&r->out, "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n", name, v ? v : "");
}

void page_hidden_int(struct web_req *r, const char *name, long v)
{
	web_printf(&r->out, "<input type=\"hidden\" name=\"%s\" value=\"%ld\">\n", name, v);
}

void page_form_fields(struct web_req *r, const struct page_field_decl *f, size_t n, const char *const *now,
		      const struct page_errors *pe, const struct form *v)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (f[i].values)
			page_form_choice(r, pe, f[i].name, f[i].label, f[i].values, f[i].labels,
					 page_form_value(v, f[i].name, now ? now[i] : NULL));
		else
			page_form_field(r, pe, v, f[i].name, f[i].label, now ? now[i] : "");
	}
}

void page_edit(struct web_req *r, const struct page_edit *p, const struct page_errors *pe, const struct form *v)
{
	static const struct page_errors none;
	size_t i;

	if (!pe)
		pe = &none;
	page_begin(r, p->title);
	if (p->intro)
		buf_adds(&r->out, p->intro);
	page_errors_summary(r, pe);
	web_printf(&r->out, "<form id=\"%s-form\" method=\"post\" action=\"%s\">\n", p->id, p->action);
	page_csrf(r);
	for (i = 0; p->hidden && p->hidden[i]; i += 2)
		page_hidden(r, p->hidden[i], p->hidden[i + 1]);
	page_form_fields(r, p->fields, p->n, p->now, pe, v);
	web_printf(&r->out, "<p><button type=\"submit\" id=\"%s-submit\">Spara</button> <a href=\"%s\">Avbryt</a></p>\n"
			    "</form>\n",
		   p->id, p->cancel);
	page_end(r);
}

void page_confirm_begin(struct web_req *r, const char *title, const char *what, const char *action)
{
	page_begin(r, title);
	web_printf(&r->out, "<p id=\"confirm-what\">%s</p>\n<form id=\"confirm-form\" method=\"post\" action=\"%s\">\n",
		   what, action);
	page_csrf(r);
}

void page_confirm_end(struct web_req *r, const char *button, const char *back)
{
	web_printf(&r->out, "<p><button type=\"submit\" id=\"confirm-submit\">%s</button> "
			    "<a id=\"confirm-cancel\" href=\"%s\">Avbryt</a></p>\n</form>\n",
		   button, back);
	page_end(r);
}

struct doc_table *page_records_table(struct doc **d, const char *key, const char *caption, size_t n)
{
	*d = doc_new(NULL);
	return doc_table_add(*d, NULL, DOC_TABLE_RECORDS, key, caption, n);
}
