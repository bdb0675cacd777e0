/*
 * render.c: choosing the renderer, and the cell formatting they share.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "render/render.h"
#include "render/render_int.h"

int render_format_parse(const char *name, enum render_format *out, struct err *err)
{
	static const struct {
		const char *name;
		enum render_format f;
	} formats[] = { { "text", RENDER_TEXT }, { "md", RENDER_MD }, { "csv", RENDER_CSV },
			{ "json", RENDER_JSON } };
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (strcmp(name, formats[i].name) == 0) {
			*out = formats[i].f;
			return 0;
		}
	}
	return err_set(err, "okänt format '%s' (välj text, json, csv eller md)", name);
}

int render_doc(const struct doc *d, enum render_format f, FILE *out, struct err *err)
{
	switch (f) {
	case RENDER_TEXT: return render_text(d, out, err);
	case RENDER_MD: return render_md(d, out, err);
	case RENDER_CSV: return render_csv(d, out, err);
	case RENDER_JSON: return render_json(d, out, err);
	}
	return err_set(err, "okänt format");
}

const char *render_cell(const struct doc *d, const struct doc_cell *c, char *buf, size_t n)
{
	static const enum money_style styles[] = { [DOC_UNIT_KR] = MONEY_STYLE_KR,
						   [DOC_UNIT_KR_ORE] = MONEY_STYLE_KR_ORE,
						   [DOC_UNIT_TKR] = MONEY_STYLE_TKR };

	buf[0] = '\0';
	switch (c->type) {
	case CELL_EMPTY:
		break;
	case CELL_MONEY:
		money_format(buf, n, c->money, styles[d->unit]);
		break;
	case CELL_RATIO:
		percent_format(buf, n, c->num, c->den);
		break;
	case CELL_INT:
		snprintf(buf, n, "%" PRId64, c->i);
		break;
	case CELL_TEXT:
		return c->text ? c->text : "";
	case CELL_DATE:
		if (n >= 11)
			date_format(buf, c->date);
		break;
	}
	return buf;
}

int render_row_hidden(const struct doc_table *t, const struct doc_row *r)
{
	size_t i;

	if (r->style != ROW_OPTIONAL)
		return 0;
	for (i = 0; i < t->n_cols; i++)
		if (r->cells[i].type == CELL_MONEY && r->cells[i].money != 0)
			return 0;
	return 1;
}

int render_table_has_money(const struct doc_table *t)
{
	size_t i, j;

	for (i = 0; i < t->n_rows; i++)
		for (j = 0; j < t->n_cols; j++)
			if (t->rows[i].cells[j].type == CELL_MONEY)
				return 1;
	return 0;
}
