/*
 * render.c: choosing the renderer by name, and the formatting of cells for
 * people that every renderer shares. The formats sit in one table, so a new
 * one is one more entry, the error message lists it by itself, and
 * callers never switch on it.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "render/render.h"
#include "render/render_int.h"

static const struct renderer {
	const char *name;
	enum render_format format;
	int binary;          /* not text: a terminal would show it as garbage */
	int (*render)(const struct doc *d, FILE *out, struct err *err);
} renderers[] = {
	/* In the order the error message offers them. */
	{ "text", RENDER_TEXT, 0, render_text },
	{ "json", RENDER_JSON, 0, render_json },
	{ "csv", RENDER_CSV, 0, render_csv },
	{ "md", RENDER_MD, 0, render_md },
	{ "html", RENDER_HTML, 0, render_html },
	{ "pdf", RENDER_PDF, 1, render_pdf },
	{ "xlsx", RENDER_XLSX, 1, render_xlsx },
};

#define N_RENDERERS (sizeof(renderers) / sizeof(renderers[0]))

static const struct renderer *renderer_of(enum render_format f)
{
	size_t i;

	for (i = 0; i < N_RENDERERS; i++)
		if (renderers[i].format == f)
			return &renderers[i];
	return NULL;
}

int render_format_parse(const char *name, enum render_format *out, struct err *err)
{
	struct buf names;
	size_t i;

	for (i = 0; name && i < N_RENDERERS; i++) {
		if (strcmp(name, renderers[i].name) == 0) {
			*out = renderers[i].format;
			return 0;
		}
	}
	/* "text, json, csv, md, html, pdf eller xlsx", from the table. */
	buf_init(&names);
	for (i = 0; i < N_RENDERERS; i++)
		buf_addf(&names, "%s%s", i == 0 ? "" : i + 1 == N_RENDERERS ? " eller " : ", ",
			 renderers[i].name);
	err_set(err, "okänt format '%s' (välj %s)", name ? name : "", names.s);
	buf_release(&names);
	return -1;
}

int render_format_binary(enum render_format f)
{
	const struct renderer *r = renderer_of(f);

	return r && r->binary;
}

int render_doc(const struct doc *d, enum render_format f, FILE *out, struct err *err)
{
	const struct renderer *r = renderer_of(f);

	if (!r)
		return err_set(err, "okänt utdataformat (nummer %d)", (int)f);
	return r->render(d, out, err);
}

const char *render_cell(const struct doc *d, const struct doc_cell *c, char *buf, size_t n)
{
	static const enum money_style styles[] = {
		[DOC_UNIT_KR] = MONEY_STYLE_KR,
		[DOC_UNIT_KR_ORE] = MONEY_STYLE_KR_ORE,
		[DOC_UNIT_TKR] = MONEY_STYLE_TKR,
	};
	char date[16];

	if (n == 0)
		return "";
	buf[0] = '\0';
	switch (c->type) {
	case DOC_CELL_EMPTY:
		break;
	case DOC_CELL_MONEY:
		money_format(buf, n, c->money,
			     (size_t)d->unit < sizeof(styles) / sizeof(styles[0]) ? styles[d->unit] : MONEY_STYLE_KR);
		break;
	case DOC_CELL_RATIO:
		percent_format(buf, n, c->num, c->den);
		break;
	case DOC_CELL_INT:
		snprintf(buf, n, "%" PRId64, c->i);
		break;
	case DOC_CELL_TEXT:
		return c->text ? c->text : "";
	case DOC_CELL_DATE:
		if (date_is_set(c->date))
			snprintf(buf, n, "%s", date_format(date, c->date));
		break;
	}
	return buf;
}

const char *render_unit_caption(const struct doc *d)
{
	return d->unit == DOC_UNIT_TKR ? "Belopp i tkr" : "Belopp i kr";
}

int render_row_hidden(const struct doc_table *t, const struct doc_row *r)
{
	size_t i;

	if (r->style != DOC_ROW_OPTIONAL)
		return 0;
	for (i = 0; i < r->n_cells && i < t->n_cols; i++)
		if (r->cells[i].type != DOC_CELL_EMPTY && (r->cells[i].type != DOC_CELL_MONEY || r->cells[i].money != 0))
			return 0;
	return 1;
}

int render_column_shown(const struct doc_table *t, size_t j)
{
	return j < t->n_cols && !t->cols[j].hidden_in_text && !t->cols[j].no_data;
}

int render_column_numeric(const struct doc_table *t, size_t j)
{
	size_t i;
	int numbers = 0;

	/* A declared column of texts or dates never holds figures; the
	 * others are figures when a cell says so (an empty column of a
	 * records table is a column of words). */
	if (j < t->n_cols && t->kind == DOC_TABLE_RECORDS &&
	    (t->cols[j].kind == DOC_KIND_TEXT || t->cols[j].kind == DOC_KIND_DATE))
		return 0;
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];

		if (j >= r->n_cells)
			continue;
		switch (r->cells[j].type) {
		case DOC_CELL_MONEY:
		case DOC_CELL_RATIO:
		case DOC_CELL_INT:
			numbers = 1;
			break;
		case DOC_CELL_EMPTY:
			break;
		case DOC_CELL_TEXT:
		case DOC_CELL_DATE:
			/* A figures table's column stays a column of figures even
			 * where a cell says "<5" instead of a number. */
			if (t->kind == DOC_TABLE_RECORDS)
				return 0;
			break;
		}
	}
	return numbers || t->kind == DOC_TABLE_FIGURES;
}

int render_table_has_money(const struct doc_table *t)
{
	size_t i, j;

	for (i = 0; i < t->n_rows; i++)
		for (j = 0; j < t->rows[i]->n_cells; j++)
			if (t->rows[i]->cells[j].type == DOC_CELL_MONEY)
				return 1;
	return 0;
}
