/*
 * html.c: the HTML renderer. One self-contained UTF-8 HTML5 file: the
 * style sheet inside it, no script, no outside resource, so it can be
 * mailed, opened from disk and printed on A4 as it is. Tables are real
 * tables (a header row, figures right-aligned in tabular digits, totals
 * over a rule), charts are inline SVG drawn by chart.c through cairo, and
 * a document with three or more titled sections opens with a table of
 * contents linking to them. The web pages embed the same body and style
 * (render_html_embed, render_html_css), so they show what the file shows,
 * headed under the page's own <h1>.
 *
 * A file of its own is one <main> landmark, so all its content stands in
 * one; a page that embeds the document has its own <main>.
 *
 * For the screen: every table stands in a frame that scrolls sideways on a
 * phone (the page does not), a focusable region named after the table;
 * cairo's style attributes become presentation attributes, so a page
 * served with a Content-Security-Policy that refuses inline style draws
 * the charts as the file does; and each chart is drawn a second time,
 * narrow, for a small screen. On paper no frame scrolls and every table
 * fits the A4 page's width.
 *
 * A page finds its rows and cells by the ids the document gives them (a
 * row's <tr id>, a cell's link or text), and a record's action ("Ändra")
 * carries the words that name the record to those who hear the page,
 * hidden from sight; a column of dates keeps each date on one line.
 *
 * Every text from the document is escaped, in elements and in attributes
 * alike: a label that says <script> is shown as the word, never run.
 *
 * cairo names the glyphs and clip paths of each SVG it writes glyph0-1,
 * clip1 and so on, the same in every chart; in one page those ids would
 * clash and one chart would draw with another's glyphs. Each chart's ids
 * get a prefix of its own: its number and a hash of its content, so two
 * documents embedded in one page do not clash either.
 */
#include <cairo-svg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "render/chart.h"
#include "render/render.h"
#include "render/render_int.h"

#define CHART_W 560.0    /* an SVG chart's width in its own units; CSS scales it */
#define CHART_W_NARROW 260.0 /* the same for a phone's screen, in a page */
#define TOC_MIN 3        /* titled sections it takes to get a table of contents */
#define TOC_DEPTH 3      /* the deepest sections listed there */

static const char css[] =
	".finsam-doc{font-family:\"DejaVu Sans\",Verdana,\"Liberation Sans\",Arial,sans-serif;"
	"font-size:15px;line-height:1.45;color:#1a1a1a;background:#fff;max-width:52rem;"
	"margin:0 auto;padding:2rem 1.5rem;overflow-wrap:break-word}\n"
	".finsam-doc h1{font-size:1.75rem;line-height:1.2;margin:0 0 .4rem}\n"
	".finsam-doc h2{font-size:1.35rem;margin:2.2rem 0 .6rem}\n"
	".finsam-doc h3{font-size:1.15rem;margin:1.6rem 0 .5rem}\n"
	".finsam-doc h4,.finsam-doc h5,.finsam-doc h6{font-size:1rem;margin:1.3rem 0 .4rem}\n"
	".finsam-doc .doc-head{border-bottom:2px solid #333;padding-bottom:.9rem;"
	"margin-bottom:1.6rem}\n"
	".finsam-doc .subtitle{margin:.1rem 0;color:#444}\n"
	".finsam-doc p{margin:0 0 .9rem}\n"
	".finsam-doc table{border-collapse:collapse;margin:0 0 1.8rem}\n"
	".finsam-doc caption,.finsam-doc .list-title{text-align:left;font-weight:bold;"
	"font-size:1.05rem;padding:0 0 .45rem}\n"
	".finsam-doc th,.finsam-doc td{padding:.18rem 0 .18rem 1.1rem;text-align:left;"
	"vertical-align:top;font-weight:normal}\n"
	".finsam-doc th:first-child,.finsam-doc td:first-child{padding-left:0}\n"
	".finsam-doc thead th{font-weight:bold;vertical-align:bottom;border-bottom:1px solid #333}\n"
	".finsam-doc thead th.unit{font-weight:normal;color:#555}\n"
	".finsam-doc .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
	".finsam-doc .date,.finsam-doc .word{white-space:nowrap}\n"
	".finsam-doc table.figures tbody th{min-width:16rem}\n"
	".finsam-doc tr.sum th,.finsam-doc tr.sum td{font-weight:bold}\n"
	".finsam-doc tr.sum td{border-top:1px solid #333}\n"
	".finsam-doc tr.sum td:empty{border-top:0}\n"
	".finsam-doc tr.heading th{font-weight:bold;padding-top:.75rem}\n"
	".finsam-doc .toc{margin:0 0 2rem}\n"
	".finsam-doc .toc h2{font-size:1.1rem;margin:0 0 .5rem}\n"
	".finsam-doc .toc ol{list-style:none;margin:0;padding-left:1.2rem}\n"
	".finsam-doc .toc>ol{padding-left:0}\n"
	".finsam-doc .toc a{color:#1f3b5c;display:inline-block;min-height:24px;line-height:24px}\n"
	".finsam-doc figure.chart{margin:0 0 1.8rem}\n"
	".finsam-doc figure.chart svg{display:block;width:100%;max-width:42rem;height:auto}\n"
	/* A chart is drawn twice (but in render_html_body): the narrow one
	 * wherever the chart has little room (a phone, a card), so that its
	 * letters are not scaled down beyond reading. */
	".finsam-doc figure.chart{container-type:inline-size}\n"
	".finsam-doc figure.chart svg.chart-narrow{display:none;max-width:26rem}\n"
	"@container (max-width:34rem){.finsam-doc figure.chart svg.chart-wide{display:none}"
	".finsam-doc figure.chart svg.chart-narrow{display:block}}\n"
	".finsam-doc .table-scroll{overflow-x:auto;position:relative;margin:0 0 1.8rem}\n"
	".finsam-doc .table-scroll>table{margin:0}\n"
	"@media screen and (max-width:36rem){.finsam-doc{padding:1rem .5rem}"
	".finsam-doc h1{font-size:1.45rem}"
	".finsam-doc table.figures tbody th{min-width:9rem}}\n"
	".finsam-doc details.chart-figures{margin:.4rem 0 0;font-size:.9rem}\n"
	".finsam-doc details.chart-figures table{margin:.4rem 0 0}\n"
	".finsam-doc .items{list-style:none;margin:0 0 1.8rem;padding:0}\n"
	".finsam-doc .items li{margin:0 0 .35rem}\n"
	".finsam-doc .tag{display:inline-block;min-width:3.4em;font-weight:bold;font-size:.8rem;"
	"text-transform:uppercase}\n"
	".finsam-doc .tag-fel,.finsam-doc .tag-failed,.finsam-doc .tag-error{color:#a3201a}\n"
	".finsam-doc .detail{margin-left:3.4rem;color:#555;font-size:.9rem}\n"
	".finsam-doc .note{margin-top:2rem;color:#555;font-size:.85rem}\n"
	/* Words for those who hear the page, hidden from sight. */
	".finsam-doc .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
	"overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}\n"
	".finsam-doc .draft-mark{border:2px solid #a3201a;color:#a3201a;background:#fff4f3;"
	"padding:.5rem .8rem;margin:0 0 1.4rem;font-weight:bold}\n"
	".finsam-doc .draft-mark span{display:block;font-weight:normal;font-size:.9rem}\n";

/* For paper: A4, as the PDF is. */
static const char print_css[] =
	"@page{size:A4;margin:20mm 20mm 22mm}\n"
	"@media print{\n"
	".finsam-doc{max-width:none;padding:0;font-size:9.5pt}\n"
	".finsam-doc h1,.finsam-doc h2,.finsam-doc h3,.finsam-doc h4,.finsam-doc h5,"
	".finsam-doc h6,.finsam-doc caption,.finsam-doc .list-title"
	"{break-after:avoid;page-break-after:avoid}\n"
	".finsam-doc tr,.finsam-doc li,.finsam-doc figure{break-inside:avoid;"
	"page-break-inside:avoid}\n"
	".finsam-doc thead{display:table-header-group}\n"
	".finsam-doc section.new-page{break-before:page;page-break-before:always}\n"
	".finsam-doc .toc a{color:inherit;text-decoration:none}\n"
	".finsam-doc details.chart-figures{display:none}\n"
	".finsam-doc figure.chart svg.chart-wide{display:block}\n"
	".finsam-doc figure.chart svg.chart-narrow{display:none}\n"
	/* No frame scrolls on paper: every table fits the page's width, so
	 * that the printer does not shrink every page to fit the widest one. */
	".finsam-doc .table-scroll{overflow:visible}\n"
	".finsam-doc .records th+th,.finsam-doc .records td+td{padding-left:.6em}\n"
	".finsam-doc thead th.num{white-space:normal}\n"
	".finsam-doc table.figures tbody th{min-width:12em}\n"
	".finsam-doc table.records{font-size:.9em}\n"
	/* Sized after the printed text, not the screen's. */
	".finsam-doc .detail{font-size:.9em}\n"
	".finsam-doc .note{font-size:.85em}\n"
	/* A draft's mark on every printed page. */
	".finsam-doc .draft-mark{position:fixed;top:-14mm;left:0;right:0;margin:0;padding:.2rem .5rem;"
	"text-align:center}\n"
	".finsam-doc .draft-mark span{display:none}\n"
	"}\n";

const char *render_html_css(void)
{
	return css;
}

const char *render_html_print_css(void)
{
	return print_css;
}

struct html {
	const struct doc *d;
	FILE *out;
	int top;             /* the heading level of the document's title */
	size_t section;      /* sections so far, for their anchors */
	size_t charts;       /* charts so far, for their SVG ids */
	const char *heading; /* the latest section's title, to name an untitled table */
	char **frames;       /* the names the table frames got so far */
	size_t n_frames;
	int failed;          /* a chart could not be drawn */
	int standalone;      /* a file of its own, not a body to embed */
};

/* Writes s escaped for an element's text or an attribute's value. With
 * lines, '\n' becomes <br> and blanks that start a line are kept (the
 * indent of "  därav"); without, '\n' is a blank. */
static void esc(FILE *out, const char *s, int lines)
{
	int line_start = 1;

	if (!s)
		return;
	for (; *s; s++) {
		if (lines && line_start && *s == ' ') {
			fputs("&nbsp;", out);
			continue;
		}
		line_start = 0;
		switch (*s) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		case '\'':
			fputs("&#39;", out);
			break;
		case '\r':
			break;
		case '\n':
			fputs(lines ? "<br>\n" : " ", out);
			line_start = 1;
			break;
		default:
			fputc(*s, out);
		}
	}
}

static void count_sections(const struct doc_block *b, size_t *n)
{
	size_t i;

	if (b->kind != DOC_BLOCK_SECTION)
		return;
	if (b->text)
		(*n)++;
	for (i = 0; i < b->n_children; i++)
		count_sections(b->children[i], n);
}

/* The list of the titled sections under b, at depth; untitled sections
 * give their titled ones to the list they stand in. *k numbers them in
 * document order, as the anchors in the body are. */
static void toc_items(struct html *h, const struct doc_block *b, int depth, size_t *k)
{
	size_t i;

	for (i = 0; i < b->n_children; i++) {
		const struct doc_block *c = b->children[i];

		if (c->kind != DOC_BLOCK_SECTION)
			continue;
		if (!c->text) {
			toc_items(h, c, depth, k);
			continue;
		}
		++*k;
		fprintf(h->out, "<li><a href=\"#avsnitt-%zu\">", *k);
		esc(h->out, c->text, 0);
		fputs("</a>", h->out);
		if (depth < TOC_DEPTH) {
			size_t before = *k, n = 0;

			count_sections(c, &n);
			if (n > 1) {
				fputs("\n<ol>\n", h->out);
				toc_items(h, c, depth + 1, k);
				fputs("</ol>\n", h->out);
			}
			*k = before + n - 1;
		} else {
			size_t n = 0;

			count_sections(c, &n);
			*k += n - 1;
		}
		fputs("</li>\n", h->out);
	}
}

static void toc(struct html *h)
{
	size_t n = 0, k = 0;

	count_sections(&h->d->body, &n);
	if (n < TOC_MIN)
		return;
	fprintf(h->out, "<nav class=\"toc\" aria-label=\"Innehåll\">\n<h%d>Innehåll</h%d>\n<ol>\n", h->top + 1,
		h->top + 1);
	toc_items(h, &h->d->body, 1, &k);
	fputs("</ol>\n</nav>\n", h->out);
}

/* ---- tables ---- */

/* What names a table or chart with no title of its own: the section it
 * stands in, else the document. */
static const char *table_name(const struct html *h, const char *title)
{
	return title ? title : h->heading ? h->heading : h->d->title ? h->d->title : "Tabell";
}

/* Opens the frame a table stands in: on a narrow screen the table scrolls
 * sideways inside it, never the page. The frame takes the keyboard's focus
 * (so it scrolls with the arrow keys) and is a region named by the table's
 * title, else by the section it stands in, else by the document; a name
 * that comes again in the document is numbered ("Budget (2)"), so that a
 * screen reader's list of regions tells them apart. */
static void frame_open(struct html *h, const char *title)
{
	const char *name = table_name(h, title);
	size_t i, same = 1;

	for (i = 0; i < h->n_frames; i++)
		same += strcmp(h->frames[i], name) == 0;
	h->frames = xrealloc(h->frames, (h->n_frames + 1) * sizeof(*h->frames));
	h->frames[h->n_frames++] = xstrdup(name);
	fputs("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"", h->out);
	esc(h->out, name, 0);
	if (same > 1)
		fprintf(h->out, " (%zu)", same);
	fputs("\">\n", h->out);
}

/* An id="..." attribute when there is an id. */
static void id_attr(FILE *out, const char *id)
{
	if (!id)
		return;
	fputs(" id=\"", out);
	esc(out, id, 0);
	fputc('"', out);
}

/* A cell's text, as a link when it leads somewhere (the link carries the
 * cell's id, else a span around the text does), and the words for those
 * who hear the page, hidden from sight. */
static void cell(FILE *out, const struct doc *d, const struct doc_cell *c)
{
	char buf[RENDER_CELL_MAX];

	if (c->href) {
		fputs("<a href=\"", out);
		esc(out, c->href, 0);
		fputc('"', out);
		id_attr(out, c->id);
		fputc('>', out);
	} else if (c->id) {
		fputs("<span", out);
		id_attr(out, c->id);
		fputc('>', out);
	}
	esc(out, render_cell(d, c, buf, sizeof(buf)), 1);
	if (c->spoken) {
		fputs("<span class=\"visually-hidden\"> ", out);
		esc(out, c->spoken, 0);
		fputs("</span>", out);
	}
	if (c->href)
		fputs("</a>", out);
	else if (c->id)
		fputs("</span>", out);
}

/* A row's opening tag (tr or li) with its class (or none) and id. */
static void row_open(FILE *out, const char *tag, const char *cls, const struct doc_row *r)
{
	fprintf(out, "<%s", tag);
	if (cls)
		fprintf(out, " class=\"%s\"", cls);
	id_attr(out, r->id);
	fputc('>', out);
}

/* 1 when the n bytes at s hold a hyphen or an en dash ("2025-08-31",
 * "16–29"), where a line may break. */
static int has_dash(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '-' || (i + 2 < n && memcmp(s + i, "\xe2\x80\x93", 3) == 0))
			return 1;
	return 0;
}

/* A column's header, escaped as esc does, each word with a hyphen or a
 * dash in it kept on one line: the header of a column of figures breaks
 * between its words when paper is narrow, never inside a date or a span
 * of ages. */
static void header_words(FILE *out, const char *s)
{
	if (!has_dash(s, strlen(s))) {
		esc(out, s, 1);
		return;
	}
	while (*s) {
		size_t n = strcspn(s, " \n");
		char *word;

		if (has_dash(s, n)) {
			word = xstrndup(s, n);
			fputs("<span class=\"word\">", out);
			esc(out, word, 1);
			fputs("</span>", out);
			free(word);
		} else if (n) {
			word = xstrndup(s, n);
			esc(out, word, 1);
			free(word);
		}
		s += n;
		if (*s)
			fputs(*s++ == '\n' ? "<br>\n" : " ", out);
	}
}

/* 1 when column j of t holds dates and nothing else but empty cells:
 * a date is not broken over two lines. */
static int column_dated(const struct doc_table *t, size_t j)
{
	size_t i;
	int dates = 0;

	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];

		if (j >= r->n_cells || r->cells[j].type == DOC_CELL_EMPTY)
			continue;
		if (r->cells[j].type != DOC_CELL_DATE)
			return 0;
		dates = 1;
	}
	return dates;
}

static void figures_or_grid(struct html *h, const struct doc_table *t)
{
	FILE *out = h->out;
	int figures = t->kind == DOC_TABLE_FIGURES;
	size_t i, j, span = figures ? 1 : 0;
	/* Whether a column is of figures (1) or of dates (2) takes a look at
	 * all its cells: once. */
	int *numeric = xcalloc(t->n_cols + 1, sizeof(*numeric));

	for (j = 0; j < t->n_cols; j++) {
		span += render_column_shown(t, j) != 0;
		numeric[j] = render_column_numeric(t, j) ? 1 : column_dated(t, j) ? 2 : 0;
	}
	frame_open(h, t->title);
	fprintf(out, "<table class=\"%s\">\n", figures ? "figures" : "records");
	if (t->title) {
		fputs("<caption>", out);
		esc(out, t->title, 1);
		fputs("</caption>\n", out);
	}
	fputs("<thead>\n<tr>", out);
	/* A header cell without words is a plain cell: a header must say
	 * what it heads. */
	if (figures) {
		if (render_table_has_money(t)) {
			fputs("<th scope=\"col\" class=\"unit\">", out);
			esc(out, render_unit_caption(h->d), 0);
			fputs("</th>", out);
		} else {
			fputs("<td class=\"unit\"></td>", out);
		}
	}
	for (j = 0; j < t->n_cols; j++) {
		const char *head = t->cols[j].header;

		if (!render_column_shown(t, j))
			continue;
		if (!head || !*head) {
			fputs(numeric[j] == 1 ? "<td class=\"num\"></td>" : "<td></td>", out);
			continue;
		}
		fprintf(out, "<th scope=\"col\"%s>", numeric[j] == 1 ? " class=\"num\"" : "");
		header_words(out, head);
		fputs("</th>", out);
	}
	fputs("</tr>\n</thead>\n<tbody>\n", out);
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];

		if (render_row_hidden(t, r))
			continue;
		if (figures && r->style == DOC_ROW_HEADING) {
			row_open(out, "tr", "heading", r);
			fprintf(out, "<th scope=\"rowgroup\" colspan=\"%zu\">", span);
			esc(out, r->label, 1);
			fputs("</th></tr>\n", out);
			continue;
		}
		row_open(out, "tr", r->style == DOC_ROW_SUM ? "sum" : r->style == DOC_ROW_HEADING ? "heading" : NULL, r);
		if (figures) {
			fputs("<th scope=\"row\">", out);
			esc(out, r->label, 1);
			fputs("</th>", out);
		}
		for (j = 0; j < t->n_cols; j++) {
			if (!render_column_shown(t, j))
				continue;
			fputs(numeric[j] == 1 ? "<td class=\"num\">" : numeric[j] == 2 ? "<td class=\"date\">" : "<td>", out);
			if (j < r->n_cells)
				cell(out, h->d, &r->cells[j]);
			fputs("</td>", out);
		}
		fputs("</tr>\n", out);
	}
	fputs("</tbody>\n</table>\n</div>\n", out);
	free(numeric);
}

/* A tag's class: "tag-" and its machine value (or text) in lower-case
 * letters, digits and hyphens, so the style can colour "fel" red. */
static void tag_class(FILE *out, const struct doc_cell *c)
{
	const char *s = c->type == DOC_CELL_TEXT ? (c->value ? c->value : c->text) : NULL;

	fputs("tag", out);
	if (!s || !*s)
		return;
	fputs(" tag-", out);
	for (; *s; s++) {
		char ch = *s;

		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		fputc((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch : '-', out);
	}
}

static void list(struct html *h, const struct doc_table *t)
{
	FILE *out = h->out;
	char buf[RENDER_CELL_MAX];
	size_t i, j;

	fputs("<div class=\"list\">\n", out);
	if (t->title) {
		fputs("<p class=\"list-title\">", out);
		esc(out, t->title, 1);
		fputs("</p>\n", out);
	}
	fputs("<ul class=\"items\">\n", out);
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];

		if (render_row_hidden(t, r))
			continue;
		row_open(out, "li", NULL, r);
		if (t->list_tag < r->n_cells) {
			fputs("<span class=\"", out);
			tag_class(out, &r->cells[t->list_tag]);
			fputs("\">", out);
			esc(out, render_cell(h->d, &r->cells[t->list_tag], buf, sizeof(buf)), 0);
			fputs("</span> ", out);
		}
		if (t->list_item < r->n_cells)
			cell(out, h->d, &r->cells[t->list_item]);
		for (j = 0; j < t->n_cols && j < r->n_cells; j++) {
			if (j == t->list_tag || j == t->list_item || !render_column_shown(t, j) ||
			    r->cells[j].type == DOC_CELL_EMPTY)
				continue;
			fputs("\n<div class=\"detail\">", out);
			cell(out, h->d, &r->cells[j]);
			fputs("</div>", out);
		}
		fputs("</li>\n", out);
	}
	fputs("</ul>\n</div>\n", out);
}

/* ---- charts ---- */

static cairo_status_t write_out(void *closure, const unsigned char *data, unsigned int len)
{
	return fwrite(data, 1, len, closure) == len ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* FNV-1a: a short fingerprint of a chart, for its ids. */
static uint32_t fingerprint(const char *s, size_t n)
{
	uint32_t x = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		x ^= (unsigned char)s[i];
		x *= 16777619u;
	}
	return x;
}

/* Writes cairo's style attribute at p (style="fill:red;stroke:none;")
 * as the presentation attributes it holds (fill="red" stroke="none"):
 * the same drawing, which a page's strict Content-Security-Policy lets
 * through where it blocks every style attribute. Returns the end of the
 * attribute. */
static const char *style_out(FILE *out, const char *p, const char *end)
{
	const char *q = memchr(p, '"', (size_t)(end - p));

	if (!q)
		return end;
	while (p < q) {
		const char *semi = memchr(p, ';', (size_t)(q - p)), *colon;

		if (!semi)
			semi = q;
		colon = memchr(p, ':', (size_t)(semi - p));
		while (p < semi && *p == ' ')
			p++;
		if (colon && colon > p) {
			const char *v = colon + 1;

			while (v < semi && *v == ' ')
				v++;
			fputc(' ', out);
			fwrite(p, 1, (size_t)(colon - p), out);
			fputs("=\"", out);
			fwrite(v, 1, (size_t)(semi - v), out);
			fputc('"', out);
		}
		p = semi + (semi < q);
	}
	return q + 1;
}

/* Writes cairo's SVG without its XML prolog, every id and every reference
 * to one prefixed, its style attributes as presentation attributes, and
 * the title for screen readers on the <svg>. */
static void svg_out(struct html *h, const struct doc_table *t, const char *cls, const char *svg, size_t n)
{
	static const char *const refs[] = { " id=\"", "href=\"#", "url(#" };
	const char *start = strstr(svg, "<svg"), *end = svg + n, *p;
	char prefix[48];

	if (!start)
		return;
	snprintf(prefix, sizeof(prefix), "c%zu-%08lx-", h->charts,
		 (unsigned long)fingerprint(svg, n));
	fputs("<svg role=\"img\"", h->out);
	if (cls)
		fprintf(h->out, " class=\"%s\"", cls);
	/* An image has a name: the chart's title, else its section's. */
	fputs(" aria-label=\"", h->out);
	esc(h->out, table_name(h, t->title), 0);
	fputc('"', h->out);
	for (p = start + 4; p < end;) {
		size_t k, len = 0;

		if ((size_t)(end - p) > 8 && memcmp(p, " style=\"", 8) == 0) {
			p = style_out(h->out, p + 8, end);
			continue;
		}

		for (k = 0; k < sizeof(refs) / sizeof(refs[0]); k++) {
			size_t m = strlen(refs[k]);

			if ((size_t)(end - p) >= m && memcmp(p, refs[k], m) == 0) {
				len = m;
				break;
			}
		}
		if (len) {
			fwrite(p, 1, len, h->out);
			fputs(prefix, h->out);
			p += len;
		} else {
			fputc(*p++, h->out);
		}
	}
	fputc('\n', h->out);
}

/* Draws t w units wide and writes it as SVG of class cls (or none). */
static void chart_svg(struct html *h, const struct doc_table *t, double w, const char *cls)
{
	double height = chart_height(t, w);
	char *svg = NULL;
	size_t n = 0;
	FILE *mem = open_memstream(&svg, &n);
	cairo_surface_t *s;
	cairo_status_t status;
	cairo_t *cr;

	if (!mem) {
		h->failed = 1;
		return;
	}
	h->charts++;
	s = cairo_svg_surface_create_for_stream(write_out, mem, w, height);
	cr = cairo_create(s);
	chart_draw(h->d, t, cr, 4, 4, w - 8, height - 8);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	status = cairo_surface_status(s);
	cairo_surface_destroy(s);
	if (fclose(mem) != 0 || status != CAIRO_STATUS_SUCCESS || !svg) {
		h->failed = 1;
		free(svg);
		return;
	}
	svg_out(h, t, cls, svg, n);
	free(svg);
}

static void chart(struct html *h, const struct doc_table *t)
{
	fputs("<figure class=\"chart\">\n", h->out);
	/* In a page and in a file of its own, the chart is drawn twice: as
	 * for print, and narrow for a phone's screen, where the wide one
	 * scaled down would have letters too small to read; the style sheet
	 * shows one of them. */
	if (h->top > 1 || h->standalone) {
		chart_svg(h, t, CHART_W, "chart-wide");
		chart_svg(h, t, CHART_W_NARROW, "chart-narrow");
	} else {
		chart_svg(h, t, CHART_W, NULL);
	}
	/* The figures for those who cannot see the chart, or want to copy
	 * them; left out of print, where the chart carries its values. */
	fputs("<details class=\"chart-figures\"><summary>Siffrorna i diagrammet</summary>\n", h->out);
	figures_or_grid(h, t);
	fputs("</details>\n</figure>\n", h->out);
}

/* ---- the document ---- */

static void block(struct html *h, const struct doc_block *b, int level)
{
	size_t i;

	switch (b->kind) {
	case DOC_BLOCK_SECTION:
		if (b->text) {
			h->heading = b->text;
			int hl = level > 6 ? 6 : level;

			fprintf(h->out, "<section id=\"avsnitt-%zu\"%s>\n<h%d>", ++h->section,
				b->new_page ? " class=\"new-page\"" : "", hl);
			esc(h->out, b->text, 1);
			fprintf(h->out, "</h%d>\n", hl);
		}
		for (i = 0; i < b->n_children; i++)
			block(h, b->children[i], b->text ? level + 1 : level);
		if (b->text)
			fputs("</section>\n", h->out);
		break;
	case DOC_BLOCK_PARAGRAPH:
		fputs("<p>", h->out);
		esc(h->out, b->text, 1);
		fputs("</p>\n", h->out);
		break;
	case DOC_BLOCK_TABLE:
		if (b->table->machine_only)
			break;
		if (b->table->chart)
			chart(h, b->table);
		else if (b->table->kind == DOC_TABLE_RECORDS && b->table->layout == DOC_LAYOUT_LIST)
			list(h, b->table);
		else
			figures_or_grid(h, b->table);
		break;
	}
}

/* The document in an element of its own, tag: a <div> where a page holds
 * it in its own <main>, the <main> landmark itself in a file of its own,
 * so that everything in the file stands in a landmark. */
static int doc_body(const struct doc *d, int top, const char *tag, FILE *out, struct err *err)
{
	struct html h;
	size_t i;

	memset(&h, 0, sizeof(h));
	h.d = d;
	h.out = out;
	h.top = top < 1 ? 1 : top > 5 ? 5 : top;
	h.standalone = strcmp(tag, "main") == 0;
	fprintf(out, "<%s class=\"finsam-doc\">\n", tag);
	if (d->status == DOC_DRAFT) {
		char titles[1024];

		fputs("<p class=\"draft-mark\" id=\"draft-mark\" role=\"alert\">", out);
		esc(out, DOC_DRAFT_MARK, 0);
		if (d->n_failing) {
			fputs("<span>Kontroller som visar fel: ", out);
			esc(out, doc_failing_titles(d, titles, sizeof(titles)), 0);
			fputs(".</span>", out);
		}
		fputs("</p>\n", out);
	}
	if (d->title || d->n_subtitles) {
		fputs("<header class=\"doc-head\">\n", out);
		if (d->title) {
			fprintf(out, "<h%d>", h.top);
			esc(out, d->title, 1);
			fprintf(out, "</h%d>\n", h.top);
		}
		for (i = 0; i < d->n_subtitles; i++) {
			fputs("<p class=\"subtitle\">", out);
			esc(out, d->subtitles[i], 1);
			fputs("</p>\n", out);
		}
		fputs("</header>\n", out);
	}
	toc(&h);
	/* Sections are headed one level under the title; in a page, a
	 * document without a title has its sections at the level of its
	 * place. */
	block(&h, &d->body, d->title || h.top == 1 ? h.top + 1 : h.top);
	for (i = 0; i < h.n_frames; i++)
		free(h.frames[i]);
	free(h.frames);
	if (d->note) {
		fputs("<p class=\"note\">", out);
		esc(out, d->note, 1);
		fputs("</p>\n", out);
	}
	fprintf(out, "</%s>\n", tag);
	if (h.failed)
		return err_set(err, "kunde inte rita ett diagram till HTML");
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}

int render_html_body(const struct doc *d, FILE *out, struct err *err)
{
	return doc_body(d, 1, "div", out, err);
}

int render_html_embed(const struct doc *d, int top, FILE *out, struct err *err)
{
	return doc_body(d, top, "div", out, err);
}

int render_html(const struct doc *d, FILE *out, struct err *err)
{
	fputs("<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"finsam\">\n<title>",
	      out);
	if (d->status == DOC_DRAFT)
		fputs(DOC_DRAFT_MARK ": ", out);
	esc(out, d->title ? d->title : "Rapport", 0);
	fputs("</title>\n<style>\nbody{margin:0;background:#fff}\n", out);
	fputs(css, out);
	fputs(print_css, out);
	fputs("</style>\n</head>\n<body>\n", out);
	if (doc_body(d, 1, "main", out, err) < 0)
		return -1;
	fputs("</body>\n</html>\n", out);
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
