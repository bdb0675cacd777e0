/*
 * md.c: the Markdown renderer: headings, paragraphs and pipe tables with
 * amounts right-aligned and totals in bold. Every text from the document is
 * escaped, so user text cannot break a table or inject markup.
 */
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "render/render_int.h"

/* Writes s with Markdown's active characters escaped; newlines become <br>
 * inside tables and spaces elsewhere. */
static void esc(FILE *out, const char *s, int in_table)
{
	for (; *s; s++) {
		switch (*s) {
		case '\\': case '`': case '*': case '_': case '[': case ']': case '#':
		case '|': case '!': case '~':
			fputc('\\', out);
			fputc(*s, out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '&':
			fputs("&amp;", out);
			break;
		case '\n':
			fputs(in_table ? "<br>" : "\n", out);
			break;
		case '\r':
			break;
		default:
			fputc(*s, out);
		}
	}
}

static int visible(const struct doc_table *t, size_t j)
{
	return !t->cols[j].hidden_in_text && !t->cols[j].no_data;
}

static void table(const struct doc *d, const struct doc_table *t, FILE *out)
{
	char buf[64];
	size_t i, j;
	int figures = t->kind == TABLE_FIGURES;

	if (t->title) {
		fputs("## ", out);
		esc(out, t->title, 0);
		fputs("\n\n", out);
	}
	if (figures && render_table_has_money(t))
		fprintf(out, "Belopp i %s\n\n", d->unit == DOC_UNIT_TKR ? "tkr" : "kr");
	fputs("|", out);
	if (figures)
		fputs(" |", out);
	for (j = 0; j < t->n_cols; j++) {
		if (!visible(t, j))
			continue;
		fputc(' ', out);
		esc(out, t->cols[j].header ? t->cols[j].header : "", 1);
		fputs(" |", out);
	}
	fputs("\n|", out);
	if (figures)
		fputs(" --- |", out);
	for (j = 0; j < t->n_cols; j++)
		if (visible(t, j))
			fputs(figures ? " ---: |" : " --- |", out);
	fputc('\n', out);
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = &t->rows[i];
		int bold = r->style == ROW_SUM || r->style == ROW_HEADING;

		if (render_row_hidden(t, r))
			continue;
		fputs("|", out);
		if (figures) {
			fputs(bold ? " **" : " ", out);
			esc(out, r->label ? r->label : "", 1);
			fputs(bold ? "** |" : " |", out);
		}
		for (j = 0; j < t->n_cols; j++) {
			const char *s;

			if (!visible(t, j))
				continue;
			s = render_cell(d, &r->cells[j], buf, sizeof(buf));
			fputc(' ', out);
			if (bold && *s)
				fputs("**", out);
			esc(out, s, 1);
			if (bold && *s)
				fputs("**", out);
			fputs(" |", out);
		}
		fputc('\n', out);
	}
}

static void block(const struct doc *d, const struct doc_block *b, int depth, FILE *out)
{
	size_t i;

	switch (b->kind) {
	case BLOCK_SECTION:
		if (b->text) {
			fprintf(out, "\n%.*s ", depth + 1 > 6 ? 6 : depth + 1, "######");
			esc(out, b->text, 0);
			fputc('\n', out);
		}
		for (i = 0; i < b->n_children; i++)
			block(d, &b->children[i], b->text ? depth + 1 : depth, out);
		break;
	case BLOCK_PARAGRAPH:
		fputc('\n', out);
		esc(out, b->text, 0);
		fputc('\n', out);
		break;
	case BLOCK_TABLE:
		if (b->table->machine_only)
			break;
		fputc('\n', out);
		table(d, b->table, out);
		break;
	}
}

int render_md(const struct doc *d, FILE *out, struct err *err)
{
	size_t i;

	if (d->title) {
		fputs("# ", out);
		esc(out, d->title, 0);
		fputc('\n', out);
	}
	for (i = 0; i < d->n_subtitles; i++) {
		fputc('\n', out);
		esc(out, d->subtitles[i], 0);
		fputc('\n', out);
	}
	block(d, &d->body, 1, out);
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
