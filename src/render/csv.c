/*
 * csv.c: the CSV renderer, for spreadsheets. Its fields are written by
 * csv_write_field (base/csv_field.h), as every CSV finsam writes. The format:
 *
 *   - UTF-8, ';' between fields and CRLF after every row: what Swedish
 *     Excel opens directly (it takes ',' for the decimal comma).
 *   - RFC 4180 quoting: a field holding ';', '"', CR or LF, or starting or
 *     ending with a blank, is put in double quotes with each '"' doubled.
 *   - A text that starts with '=', '+', '-', '@', a tab or an apostrophe
 *     gets a leading apostrophe, so that a spreadsheet shows it rather than
 *     running it as a formula. Amounts are numbers, not texts, and keep
 *     their minus.
 *   - Figures tables first, all under one header row
 *         tabell;rad;text;<the value columns' headers>
 *     (the headers of the first figures table: "2024;2023"), then one row
 *     per keyed row of every figures table: the table's key, the row's key,
 *     its Swedish label and one field per value column. Headings (rows
 *     without a key) are left out; optional rows are kept, zeros and all.
 *     Columns without data are left out.
 *   - Money in kronor with two decimals and a decimal comma, no grouping:
 *     "1468000,00", "-636819,00". Ratios as decimals with four places and a
 *     comma, "0,2412", or empty when undefined. Integers as digits, dates
 *     as "2024-12-31", texts as people read them.
 *   - Then each records table after a blank row: a header row of its
 *     columns' headers and one row per record, every column included.
 *   - A draft (a document written while a check fails) starts with a row
 *     holding only "UTKAST – kontrollen visar fel" and a blank row.
 *   - The tables are those people see (a table for programs only is left
 *     out), in exact figures; paragraphs, titles and the note are not.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/csv_field.h"
#include "base/err.h"
#include "base/money.h"
#include "render/render_int.h"

/* A cell as the spreadsheet gets it: exact amounts, decimal comma. */
static const char *value(const struct doc *d, const struct doc_cell *c, char *buf, size_t n)
{
	char *p;

	switch (c->type) {
	case DOC_CELL_MONEY:
		money_format(buf, n, c->money, MONEY_STYLE_SIE);
		break;
	case DOC_CELL_RATIO:
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

static void cell(FILE *out, const struct doc *d, const struct doc_cell *c, int first)
{
	char buf[RENDER_CELL_MAX];

	csv_write_field(out, value(d, c, buf, sizeof(buf)), first, c->type == DOC_CELL_TEXT);
}

struct csv {
	const struct doc *d;
	FILE *out;
	int header_done;     /* the figures' header row is out */
	int rows_out;        /* anything is out: a records table starts after a blank row */
};

static void figures(void *ctx, const struct doc_table *t)
{
	struct csv *s = ctx;
	size_t i, j;

	if (t->kind != DOC_TABLE_FIGURES || t->machine_only || t->chart)
		return;
	if (!s->header_done) {
		csv_write_field(s->out, "tabell", 1, 0);
		csv_write_field(s->out, "rad", 0, 0);
		csv_write_field(s->out, "text", 0, 0);
		for (j = 0; j < t->n_cols; j++)
			if (!t->cols[j].no_data && !t->cols[j].people_only)
				csv_write_field(s->out, t->cols[j].header ? t->cols[j].header : "", 0, 1);
		fputs("\r\n", s->out);
		s->header_done = 1;
		s->rows_out = 1;
	}
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];

		if (!r->key)
			continue;
		csv_write_field(s->out, t->key ? t->key : "", 1, 1);
		csv_write_field(s->out, r->key, 0, 1);
		csv_write_field(s->out, r->label ? r->label : "", 0, 1);
		/* One column per year, as the header says: a note's number
		 * (for people) is not one. */
		for (j = 0; j < t->n_cols; j++)
			if (!t->cols[j].no_data && !t->cols[j].people_only)
				cell(s->out, s->d, &r->cells[j], 0);
		fputs("\r\n", s->out);
	}
}

static void records(void *ctx, const struct doc_table *t)
{
	struct csv *s = ctx;
	size_t i, j;

	if (t->kind != DOC_TABLE_RECORDS || t->machine_only)
		return;
	if (s->rows_out)
		fputs("\r\n", s->out);
	for (j = 0; j < t->n_cols; j++)
		csv_write_field(s->out, t->cols[j].header ? t->cols[j].header : "", j == 0, 1);
	fputs("\r\n", s->out);
	for (i = 0; i < t->n_rows; i++) {
		for (j = 0; j < t->n_cols; j++)
			cell(s->out, s->d, &t->rows[i]->cells[j], j == 0);
		fputs("\r\n", s->out);
	}
	s->rows_out = 1;
}

int render_csv(const struct doc *d, FILE *out, struct err *err)
{
	struct csv s = { d, out, 0, 0 };

	/* A draft says so in its first row, before anything is read. */
	if (d->status == DOC_DRAFT) {
		csv_write_field(out, DOC_DRAFT_MARK, 1, 1);
		fputs("\r\n\r\n", out);
	}
	doc_each_table(d, figures, &s);
	doc_each_table(d, records, &s);
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
