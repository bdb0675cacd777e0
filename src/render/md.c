/*
 * md.c: the Markdown renderer (GitHub's dialect): the title as "#", tables
 * and sections as "##" and deeper, paragraphs, and pipe tables with the
 * figures right-aligned and totals in bold, in the same number formats as
 * the text renderer. Every text taken from the document is escaped: the
 * characters Markdown acts on get a backslash, HTML's get entities and a
 * line break inside a cell becomes <br>, so text a user typed can neither
 * break a table nor carry markup or script.
 */
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "render/render_int.h"

/* Writes s escaped. In a table cell newlines become <br> and leading blanks
 * non-breaking ones (so "  därav" keeps its indent); elsewhere a line keeps
 * its break and its start is kept from reading as a list, quote or heading. */
static void esc(FILE *out, const char *s, int in_cell)
{
	int line_start = 1;

	for (; *s; s++) {
		char c = *s;

		if (line_start && in_cell && c == ' ') {
			fputs("&nbsp;", out);
			continue;
		}
		if (line_start && !in_cell) {
			const char *p = s;

			if (c == '-' || c == '+' || c == '=') {
				fputc('\\', out);
				fputc(c, out);
				line_start = 0;
				continue;
			}
			/* "1. " or "1) " would start a numbered list. */
			while (*p >= '0' && *p <= '9')
				p++;
			if (p > s && (*p == '.' || *p == ')')) {
				fwrite(s, 1, (size_t)(p - s), out);
				fputc('\\', out);
				fputc(*p, out);
				s = p;
				line_start = 0;
				continue;
			}
		}
		line_start = 0;
		switch (c) {
		case '\\': case '`': case '*': case '_': case '[': case ']': case '#':
		case '|': case '!': case '~':
			fputc('\\', out);
			fputc(c, out);
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
		case '\r':
			break;
		case '\n':
			fputs(in_cell ? "<br>" : "\n", out);
			line_start = 1;
			break;
		default:
			fputc(c, out);
		}
	}
}

struct md {
	const struct doc *d;
	FILE *out;
	int started;         /* something is out: the next block follows a blank line */
};

/* Starts a block, after a blank line unless it is the first. */
static void block_start(struct md *m)
{
	if (m->started)
		fputc('\n', m->out);
	m->started = 1;
}

static void heading(struct md *m, int level, const char *text)
{
	block_start(m);
	fprintf(m->out, "%.*s ", level > 6 ? 6 : level, "######");
	esc(m->out, text, 0);
	fputc('\n', m->out);
}

static void paragraph(struct md *m, const char *text)
{
	block_start(m);
	esc(m->out, text, 0);
	fputc('\n', m->out);
}

/* One cell: " text |", in bold when asked and there is something to bold. */
static void cell(FILE *out, const char *s, int bold)
{
	bold = bold && *s;
	fputs(bold ? " **" : " ", out);
	esc(out, s, 1);
	fputs(bold ? "** |" : " |", out);
}

static void table(struct md *m, const struct doc_table *t, int level)
{
	FILE *out = m->out;
	char buf[RENDER_CELL_MAX];
	size_t i, j, shown = 0;
	int figures = t->kind == DOC_TABLE_FIGURES;

	if (t->title)
		heading(m, level, t->title);
	for (j = 0; j < t->n_cols; j++)
		shown += render_column_shown(t, j) != 0;
	if (!figures && shown == 0)
		return;
	if (figures && render_table_has_money(t))
		paragraph(m, render_unit_caption(m->d));
	block_start(m);
	fputc('|', out);
	if (figures)
		cell(out, "", 0);
	for (j = 0; j < t->n_cols; j++)
		if (render_column_shown(t, j))
			cell(out, t->cols[j].header ? t->cols[j].header : "", 0);
	fputs("\n|", out);
	if (figures)
		fputs(" --- |", out);
	for (j = 0; j < t->n_cols; j++)
		if (render_column_shown(t, j))
			fputs(render_column_numeric(t, j) ? " ---: |" : " --- |", out);
	fputc('\n', out);
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];
		int bold = r->style == DOC_ROW_SUM || r->style == DOC_ROW_HEADING;

		if (render_row_hidden(t, r))
			continue;
		fputc('|', out);
		if (figures)
			cell(out, r->label ? r->label : "", bold);
		for (j = 0; j < t->n_cols; j++)
			if (render_column_shown(t, j))
				cell(out, render_cell(m->d, &r->cells[j], buf, sizeof(buf)), bold);
		fputc('\n', out);
	}
}

/* b at level: the heading level its own title (sections, tables) takes. */
static void block(struct md *m, const struct doc_block *b, int level)
{
	size_t i;

	switch (b->kind) {
	case DOC_BLOCK_SECTION:
		if (b->text)
			heading(m, level, b->text);
		for (i = 0; i < b->n_children; i++)
			block(m, b->children[i], b->text ? level + 1 : level);
		break;
	case DOC_BLOCK_PARAGRAPH:
		paragraph(m, b->text ? b->text : "");
		break;
	case DOC_BLOCK_TABLE:
		if (!b->table->machine_only)
			table(m, b->table, level);
		break;
	}
}

int render_md(const struct doc *d, FILE *out, struct err *err)
{
	struct md m = { d, out, 0 };
	size_t i;

	if (d->status == DOC_DRAFT) {
		char titles[1024];

		block_start(&m);
		fputs("**", m.out);
		esc(m.out, DOC_DRAFT_MARK, 0);
		fputs("**", m.out);
		if (d->n_failing) {
			fputs(": ", m.out);
			esc(m.out, doc_failing_titles(d, titles, sizeof(titles)), 0);
		}
		fputc('\n', m.out);
	}
	if (d->title)
		heading(&m, 1, d->title);
	for (i = 0; i < d->n_subtitles; i++)
		paragraph(&m, d->subtitles[i]);
	block(&m, &d->body, 2);
	if (d->note)
		paragraph(&m, d->note);
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
