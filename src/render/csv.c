/*
 * csv.c: the CSV renderer, for spreadsheets. UTF-8, ';' between fields and
 * CRLF after each row (what Swedish Excel opens directly), RFC 4180 quoting.
 * Figures tables share one header row, "tabell;rad;text;" and the value
 * columns' headers (taken from the first figures table), and give one row
 * per keyed row: the table key, the row key, the Swedish label and the
 * values. Money is kronor with two decimals and a decimal comma without
 * grouping ("1468000,00"); ratios are decimals with a comma ("0,2412"),
 * empty when undefined. A records table follows after a blank row, with its
 * own header row of column headers.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "render/render_int.h"

static void field(FILE *out, const char *s, int first)
{
	if (!first)
		fputc(';', out);
	if (strpbrk(s, ";\"\r\n") || (s[0] == ' ' || (s[0] && s[strlen(s) - 1] == ' '))) {
		fputc('"', out);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', out);
			fputc(*s, out);
		}
		fputc('"', out);
	} else {
		fputs(s, out);
	}
}

static const char *value(const struct doc *d, const struct doc_cell *c, char *buf, size_t n)
{
	char *p;

	switch (c->type) {
	case CELL_MONEY:
		money_format(buf, n, c->money, MONEY_STYLE_SIE);
		break;
	case CELL_RATIO:
		if (ratio_format(buf, n, c->num, c->den, 4) < 0)
			buf[0] = '\0';
		break;
	default:
		return render_cell(d, c, buf, n);
	}
	p = strchr(buf, '.');
	if (p)
		*p = ',';
	return buf;
}

struct csv_state {
	const struct doc *d;
	FILE *out;
	int header_done;
	int records_done;
};

static void figures(void *ctx, const struct doc_table *t)
{
	struct csv_state *s = ctx;
	char buf[64];
	size_t i, j;

	if (t->kind != TABLE_FIGURES || t->machine_only)
		return;
	if (!s->header_done) {
		field(s->out, "tabell", 1);
		field(s->out, "rad", 0);
		field(s->out, "text", 0);
		for (j = 0; j < t->n_cols; j++)
			if (!t->cols[j].no_data)
				field(s->out, t->cols[j].header ? t->cols[j].header : "", 0);
		fputs("\r\n", s->out);
		s->header_done = 1;
	}
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = &t->rows[i];

		if (!r->key)
			continue;
		field(s->out, t->key ? t->key : "", 1);
		field(s->out, r->key, 0);
		field(s->out, r->label ? r->label : "", 0);
		for (j = 0; j < t->n_cols; j++)
			if (!t->cols[j].no_data)
				field(s->out, value(s->d, &r->cells[j], buf, sizeof(buf)), 0);
		fputs("\r\n", s->out);
	}
}

static void records(void *ctx, const struct doc_table *t)
{
	struct csv_state *s = ctx;
	char buf[64];
	size_t i, j;

	if (t->kind != TABLE_RECORDS || t->machine_only)
		return;
	if (s->header_done || s->records_done)
		fputs("\r\n", s->out);
	for (j = 0; j < t->n_cols; j++)
		field(s->out, t->cols[j].header ? t->cols[j].header : "", j == 0);
	fputs("\r\n", s->out);
	for (i = 0; i < t->n_rows; i++) {
		for (j = 0; j < t->n_cols; j++)
			field(s->out, value(s->d, &t->rows[i].cells[j], buf, sizeof(buf)), j == 0);
		fputs("\r\n", s->out);
	}
	s->records_done = 1;
}

int render_csv(const struct doc *d, FILE *out, struct err *err)
{
	struct csv_state s = { d, out, 0, 0 };

	doc_each_table(d, figures, &s);
	doc_each_table(d, records, &s);
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
