/*
 * text.c: the plain-text renderer, laid out like the tables of a Swedish
 * annual report: labels to the left, amounts right-aligned in one column
 * per year, totals set off by a rule. Widths count characters, not bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/text.h"
#include "render/render_int.h"

#define LABEL_MIN 30
#define LABEL_MAX 60
#define VALUE_MIN 12

static size_t width(const char *s)
{
	return utf8_len(s, strlen(s));
}

static void pad(FILE *out, size_t n)
{
	while (n--)
		fputc(' ', out);
}

/* Prints s left-aligned in w characters (no trailing blanks when last). */
static void left(FILE *out, const char *s, size_t w, int last)
{
	fputs(s, out);
	if (!last && width(s) < w)
		pad(out, w - width(s));
}

static void right(FILE *out, const char *s, size_t w)
{
	if (width(s) < w)
		pad(out, w - width(s));
	fputs(s, out);
}

struct widths {
	size_t label;
};

static void label_width(void *ctx, const struct doc_table *t)
{
	struct widths *w = ctx;
	size_t i;

	if (t->kind != TABLE_FIGURES || t->machine_only)
		return;
	for (i = 0; i < t->n_rows; i++) {
		size_t n = width(t->rows[i].label ? t->rows[i].label : "");

		if (n > w->label)
			w->label = n > LABEL_MAX ? LABEL_MAX : n;
	}
}

static void figures(const struct doc *d, const struct doc_table *t, size_t label_w, FILE *out)
{
	size_t vw[16] = { 0 }, i, j, ncols = t->n_cols < 16 ? t->n_cols : 16;
	char buf[64];

	for (j = 0; j < ncols; j++) {
		vw[j] = VALUE_MIN;
		if (t->cols[j].header && width(t->cols[j].header) > vw[j])
			vw[j] = width(t->cols[j].header);
		for (i = 0; i < t->n_rows; i++) {
			size_t n = width(render_cell(d, &t->rows[i].cells[j], buf, sizeof(buf)));

			if (n > vw[j])
				vw[j] = n;
		}
	}
	if (t->title)
		fprintf(out, "%s\n", t->title);
	left(out, render_table_has_money(t) ? (d->unit == DOC_UNIT_TKR ? "Belopp i tkr" : "Belopp i kr") : "",
	     label_w, 0);
	for (j = 0; j < ncols; j++) {
		if (t->cols[j].no_data || t->cols[j].hidden_in_text)
			continue;
		fputs("  ", out);
		right(out, t->cols[j].header ? t->cols[j].header : "", vw[j]);
	}
	fputc('\n', out);
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = &t->rows[i];

		if (render_row_hidden(t, r))
			continue;
		if (r->style == ROW_HEADING) {
			fprintf(out, "%s\n", r->label ? r->label : "");
			continue;
		}
		if (r->style == ROW_SUM) {
			pad(out, label_w);
			for (j = 0; j < ncols; j++) {
				size_t k;

				if (t->cols[j].no_data || t->cols[j].hidden_in_text)
					continue;
				fputs("  ", out);
				for (k = 0; k < vw[j]; k++)
					fputc('-', out);
			}
			fputc('\n', out);
		}
		left(out, r->label ? r->label : "", label_w, 0);
		for (j = 0; j < ncols; j++) {
			if (t->cols[j].no_data || t->cols[j].hidden_in_text)
				continue;
			fputs("  ", out);
			right(out, render_cell(d, &r->cells[j], buf, sizeof(buf)), vw[j]);
		}
		fputc('\n', out);
	}
}

/* Writes text line by line, each line indented by indent. */
static void indented(FILE *out, const char *text, size_t indent)
{
	const char *p = text;

	while (*p) {
		size_t n = strcspn(p, "\n");

		pad(out, indent);
		fwrite(p, 1, n, out);
		fputc('\n', out);
		p += n;
		if (*p == '\n')
			p++;
	}
}

/* A column of amounts or numbers, to be right-aligned. */
static int numeric_column(const struct doc_table *t, size_t j)
{
	size_t i;

	for (i = 0; i < t->n_rows; i++) {
		enum cell_type ty = t->rows[i].cells[j].type;

		if (ty == CELL_MONEY || ty == CELL_INT || ty == CELL_RATIO)
			return 1;
		if (ty != CELL_EMPTY)
			return 0;
	}
	return 0;
}

static void records(const struct doc *d, const struct doc_table *t, FILE *out)
{
	size_t colw[16] = { 0 }, i, j, ncols = t->n_cols < 16 ? t->n_cols : 16, tag = 0;
	char buf[64];

	if (t->title)
		fprintf(out, "%s\n", t->title);
	if (t->as_list) {
		for (i = 0; i < t->n_rows; i++) {
			size_t n = width(render_cell(d, &t->rows[i].cells[0], buf, sizeof(buf)));

			if (n > tag)
				tag = n;
		}
		for (i = 0; i < t->n_rows; i++) {
			const struct doc_row *r = &t->rows[i];
			const char *s = render_cell(d, &r->cells[0], buf, sizeof(buf));

			fprintf(out, "[%s]", s);
			pad(out, tag - width(s) + 1);
			fprintf(out, "%s\n", ncols > 1 ? render_cell(d, &r->cells[1], buf, sizeof(buf)) : "");
			for (j = 2; j < ncols; j++) {
				if (t->cols[j].hidden_in_text || r->cells[j].type == CELL_EMPTY)
					continue;
				indented(out, render_cell(d, &r->cells[j], buf, sizeof(buf)), tag + 3);
			}
		}
		return;
	}
	for (j = 0; j < ncols; j++) {
		colw[j] = width(t->cols[j].header ? t->cols[j].header : "");
		for (i = 0; i < t->n_rows; i++) {
			size_t n = width(render_cell(d, &t->rows[i].cells[j], buf, sizeof(buf)));

			if (n > colw[j])
				colw[j] = n;
		}
	}
	for (i = 0; i <= t->n_rows; i++) {
		size_t last = ncols;

		while (last > 0 && t->cols[last - 1].hidden_in_text)
			last--;
		for (j = 0; j < last; j++) {
			const char *s = i == 0 ? (t->cols[j].header ? t->cols[j].header : "")
					       : render_cell(d, &t->rows[i - 1].cells[j], buf, sizeof(buf));

			if (t->cols[j].hidden_in_text)
				continue;
			if (j)
				fputs("  ", out);
			if (numeric_column(t, j))
				right(out, s, colw[j]);
			else
				left(out, s, colw[j], j + 1 == last);
		}
		fputc('\n', out);
	}
}

static void block(const struct doc *d, const struct doc_block *b, size_t label_w, FILE *out,
		  int *first)
{
	size_t i;

	switch (b->kind) {
	case BLOCK_SECTION:
		if (b->text) {
			if (!*first)
				fputc('\n', out);
			fprintf(out, "%s\n", b->text);
			*first = 0;
		}
		for (i = 0; i < b->n_children; i++)
			block(d, &b->children[i], label_w, out, first);
		break;
	case BLOCK_PARAGRAPH:
		if (!*first)
			fputc('\n', out);
		indented(out, b->text, 0);
		*first = 0;
		break;
	case BLOCK_TABLE:
		if (b->table->machine_only)
			break;
		if (!*first)
			fputc('\n', out);
		if (b->table->kind == TABLE_FIGURES)
			figures(d, b->table, label_w, out);
		else
			records(d, b->table, out);
		*first = 0;
		break;
	}
}

/* Writes text without the blanks that padding leaves at the ends of lines. */
static void strip_blanks(const char *text, size_t len, FILE *out)
{
	size_t i = 0;

	while (i < len) {
		size_t end = i, last;

		while (end < len && text[end] != '\n')
			end++;
		last = end;
		while (last > i && text[last - 1] == ' ')
			last--;
		fwrite(text + i, 1, last - i, out);
		if (end < len)
			fputc('\n', out);
		i = end + 1;
	}
}

static void render_all(const struct doc *d, FILE *out)
{
	struct widths w = { LABEL_MIN };
	size_t i;
	int first = 1;

	if (d->title) {
		fprintf(out, "%s\n", d->title);
		first = 0;
	}
	for (i = 0; i < d->n_subtitles; i++) {
		fprintf(out, "%s\n", d->subtitles[i]);
		first = 0;
	}
	doc_each_table(d, label_width, &w);
	block(d, &d->body, w.label, out, &first);
}

int render_text(const struct doc *d, FILE *out, struct err *err)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);

	if (!mem)
		return err_set(err, "slut på minne");
	render_all(d, mem);
	fclose(mem);
	strip_blanks(text, len, out);
	free(text);
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
