/*
 * pdf.c: the PDF renderer, with cairo's PDF surface and pango: A4 portrait
 * pages meant to be printed, read and signed. The title and its lines open
 * the first page; a document with three or more titled sections gets a
 * table of contents with page numbers after them; every page ends with
 * "Sida N av M"; the sections and titled tables are bookmarks. Tables break
 * across pages with their header row repeated, long texts wrap inside
 * their column, amounts stand right-aligned in one column per year and
 * totals have a rule over their figures, as in a printed annual report.
 * Charts are drawn as vectors by chart.c. The fonts (DejaVu Sans) are
 * embedded by cairo, subset to the glyphs used.
 *
 * The layout runs twice over the same code: a first pass only measures, to
 * learn how many pages there are and where each section starts, and the
 * second draws with those numbers in the contents and the footers. Both
 * passes make the same decisions from the same measurements, so the page
 * numbers the first one finds are the ones the second one draws.
 *
 * Everything on a page is placed as a "row": pieces of text and rules at
 * offsets from the row's top. A row that does not fit goes to the next
 * page whole; one taller than a page (a cell with a very long text) is cut
 * between lines and continued.
 */
#include <cairo-pdf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "render/chart.h"
#include "render/pdf_finish.h"
#include "render/render_int.h"
#include "render/render.h"

/* A4 in points (1/72 inch): 210 x 297 mm. */
#define PAGE_W 595.276
#define PAGE_H 841.890
#define MARGIN_X 62.0                          /* 22 mm each side */
#define MARGIN_TOP 60.0
#define MARGIN_BOTTOM 72.0                     /* the footer lives here */
#define BODY_W (PAGE_W - 2 * MARGIN_X)
#define BOTTOM (PAGE_H - MARGIN_BOTTOM)
#define FOOTER_Y (PAGE_H - 46.0)
#define HEADER_Y 26.0                          /* a draft's mark */
#define DRAFT_R 0.64                           /* ... in red */
#define DRAFT_G 0.13
#define DRAFT_B 0.10

#define SIZE_TITLE 20.0
#define SIZE_SUBTITLE 11.0
#define SIZE_BODY 9.5
#define SIZE_TABLE 9.0
#define SIZE_TABLE_MIN 7.0                     /* a wide table shrinks no further */
#define SIZE_TABLE_TITLE 10.5
#define SIZE_SMALL 8.0

#define PAD_Y 2.2                              /* above and below a table cell */
#define COL_GAP 14.0                           /* between table columns */
#define COL_GAP_NARROW 9.0                     /* ... when there are many */
#define COL_GAP_MIN 5.0                        /* ... and when nothing else fits */
#define COL_MIN 12.0                           /* the narrowest column */
#define VALUE_MIN 52.0                         /* an amount column: "-10 000 000" */
#define VALUE_MAX 90.0                         /* ... and wider only on its own */
#define LABEL_MIN 140.0                        /* the label column of figures */
#define AFTER_BLOCK 12.0                       /* below a paragraph, table or chart */

#define INK 0.1                                /* text */
#define GREY 0.38                              /* captions, footers, notes */

/* Section headings by depth (1 for the top sections). */
static const double heading_size[] = { 15.0, 13.0, 11.5, 10.5 };

#define N_HEADING_SIZES (sizeof(heading_size) / sizeof(heading_size[0]))

/* Text or a rule, at x and at y below the top of its row. A piece with a
 * tag is a structure element of that kind (cairo's structure tag names:
 * "P", "TD", ...); one without is not in the structure (a rule, a
 * repeated header). A tag without text or rule is an empty element, such
 * as a table's empty cell. */
struct piece {
	PangoLayout *l;      /* NULL: a rule w long and line thick */
	double x, y, w, line;
	double grey;
	const char *tag;     /* static; NULL: none */
};

struct row {
	struct piece *v;
	size_t n, cap;
	double h;
	const char *group;   /* the element its tagged pieces are in ("TR"), or NULL */
};

struct toc_entry {
	const char *title;
	int depth;
	int page;            /* where the section starts: found by the first pass */
};

struct pdf;

/* Called when a row continues on a new page: repeats a table's header. */
typedef void (*page_fn)(struct pdf *p, void *ctx);

struct pdf {
	const struct doc *d;
	cairo_surface_t *surface;
	cairo_t *cr;
	PangoContext *pc;
	int drawing;         /* 0 in the first pass, which only measures */
	int page;            /* the page being filled, from 1 */
	int pages;           /* how many there are: known after the first pass */
	double y;            /* where the next row goes */
	int fresh;           /* nothing is on the page yet */
	struct toc_entry *toc;
	size_t n_toc, cap_toc;
	size_t section;      /* the next section's index in toc */
	int with_toc;
	int outline[16];     /* the bookmark of the open section at each depth */
	double label_w;      /* the label column every figures table shares */
	double value_w;      /* and the width of their amount columns */
	char **alt;          /* each chart's alternative text, in document order */
	size_t n_alt, cap_alt;
};

/* A column of a table as drawn: the label column of a figures table
 * (col SIZE_MAX) or one of the table's own columns. */
struct tab {
	const struct doc_table *t;
	double size;
	size_t n;
	size_t *col;
	double *x, *w;
	int *numeric;
	double right;        /* where the last column ends */
	double gap;          /* between columns */
};

static PangoLayout *text(struct pdf *p, const char *s, double size, int bold, double width)
{
	return chart_layout(p->pc, s, size, bold, width);
}

static double height_of(PangoLayout *l)
{
	PangoRectangle r;

	pango_layout_get_extents(l, NULL, &r);
	return (double)r.height / PANGO_SCALE;
}

static double width_of(PangoLayout *l)
{
	PangoRectangle r;

	pango_layout_get_extents(l, NULL, &r);
	return (double)(r.x + r.width) / PANGO_SCALE;
}

/* The height of the first n lines of l. */
static double lines_height(PangoLayout *l, int n)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);
	int y0, y1, k = 0;
	double h = 0;

	do {
		pango_layout_iter_get_line_yrange(it, &y0, &y1);
		h = (double)y1 / PANGO_SCALE;
	} while (++k < n && pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	return h;
}

/* Adds the text l to r as an element tagged tag (NULL: none). */
static void row_text(struct row *r, PangoLayout *l, double x, double y, double grey, const char *tag)
{
	struct piece *pc;
	double h = y + height_of(l);

	r->v = xgrow(r->v, sizeof(*r->v), r->n + 1, &r->cap);
	pc = &r->v[r->n++];
	memset(pc, 0, sizeof(*pc));
	pc->l = l;
	pc->x = x;
	pc->y = y;
	pc->grey = grey;
	pc->tag = tag;
	if (h > r->h)
		r->h = h;
}

/* Adds an empty element tagged tag to r. */
static void row_empty(struct row *r, const char *tag)
{
	r->v = xgrow(r->v, sizeof(*r->v), r->n + 1, &r->cap);
	memset(&r->v[r->n], 0, sizeof(*r->v));
	r->v[r->n++].tag = tag;
}

/* Takes r out of the structure: it repeats what is in it already. */
static void row_untag(struct row *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		r->v[i].tag = NULL;
	r->group = NULL;
}

static void row_rule(struct row *r, double x, double y, double w, double line, double grey)
{
	struct piece *pc;

	r->v = xgrow(r->v, sizeof(*r->v), r->n + 1, &r->cap);
	pc = &r->v[r->n++];
	memset(pc, 0, sizeof(*pc));
	pc->x = x;
	pc->y = y;
	pc->w = w;
	pc->line = line;
	pc->grey = grey;
	if (y + line > r->h)
		r->h = y + line;
}

static void row_clear(struct row *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->v[i].l)
			g_object_unref(r->v[i].l);
	r->n = 0;
	r->h = 0;
	r->group = NULL;
}

static void row_release(struct row *r)
{
	row_clear(r);
	free(r->v);
	r->v = NULL;
	r->cap = 0;
}

/* Opens a structure element (cairo's tag name) when drawing. Elements
 * that hold others may span pages; one that holds content must begin and
 * end on one page, and the content drawn while no such element is open
 * (footers, rules, a draft's mark) is outside the structure. */
static void tag_begin(struct pdf *p, const char *tag)
{
	if (p->drawing && tag)
		cairo_tag_begin(p->cr, tag, "");
}

static void tag_end(struct pdf *p, const char *tag)
{
	if (p->drawing && tag)
		cairo_tag_end(p->cr, tag);
}

/* A draft's mark at the top of every page. */
static void draft_header(struct pdf *p)
{
	PangoLayout *l;

	if (p->d->status != DOC_DRAFT)
		return;
	cairo_set_source_rgb(p->cr, DRAFT_R, DRAFT_G, DRAFT_B);
	l = text(p, DOC_DRAFT_MARK, SIZE_SMALL + 1, 1, BODY_W);
	pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
	cairo_move_to(p->cr, MARGIN_X, HEADER_Y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

static void footer(struct pdf *p)
{
	char s[64];
	PangoLayout *l;

	draft_header(p);

	cairo_set_source_rgb(p->cr, 0.75, 0.75, 0.75);
	cairo_set_line_width(p->cr, 0.4);
	cairo_move_to(p->cr, MARGIN_X, FOOTER_Y - 6);
	cairo_line_to(p->cr, PAGE_W - MARGIN_X, FOOTER_Y - 6);
	cairo_stroke(p->cr);
	cairo_set_source_rgb(p->cr, GREY, GREY, GREY);
	if (p->d->title) {
		l = text(p, p->d->title, SIZE_SMALL, 0, BODY_W * 0.7);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		cairo_move_to(p->cr, MARGIN_X, FOOTER_Y);
		pango_cairo_show_layout(p->cr, l);
		g_object_unref(l);
	}
	snprintf(s, sizeof(s), "Sida %d av %d", p->page, p->pages);
	l = text(p, s, SIZE_SMALL, 0, BODY_W);
	pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
	cairo_move_to(p->cr, MARGIN_X, FOOTER_Y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

static void page_end(struct pdf *p)
{
	if (p->drawing) {
		footer(p);
		cairo_show_page(p->cr);
	}
}

static void page_new(struct pdf *p)
{
	page_end(p);
	p->page++;
	p->y = MARGIN_TOP;
	p->fresh = 1;
}

/* Starts a new page unless h more fits on this one (or it is empty). */
static void need(struct pdf *p, double h)
{
	if (!p->fresh && p->y + h > BOTTOM)
		page_new(p);
}

/* Draws r's pieces with their top at top; in the structure (its group
 * around its tagged pieces) only when tagged. */
static void draw_pieces(struct pdf *p, const struct row *r, double top, int tagged)
{
	const char *group = tagged ? r->group : NULL;
	size_t i;

	tag_begin(p, group);
	for (i = 0; i < r->n; i++) {
		const struct piece *pc = &r->v[i];
		const char *tag = tagged ? pc->tag : NULL;

		tag_begin(p, tag);
		cairo_set_source_rgb(p->cr, pc->grey, pc->grey, pc->grey);
		if (pc->l) {
			cairo_move_to(p->cr, pc->x, top + pc->y);
			pango_cairo_show_layout(p->cr, pc->l);
		} else if (pc->w > 0) {
			cairo_set_line_width(p->cr, pc->line);
			cairo_move_to(p->cr, pc->x, top + pc->y + pc->line / 2);
			cairo_line_to(p->cr, pc->x + pc->w, top + pc->y + pc->line / 2);
			cairo_stroke(p->cr);
		}
		tag_end(p, tag);
	}
	tag_end(p, group);
}

/* Where to cut a row that does not fit: the lowest line boundary above
 * limit, so that no line of text is cut in two. */
static double cut_at(const struct row *r, double from, double limit)
{
	double cut = limit;
	size_t i;

	for (i = 0; i < r->n; i++) {
		PangoLayoutIter *it;

		if (!r->v[i].l)
			continue;
		it = pango_layout_get_iter(r->v[i].l);
		do {
			int y0, y1;
			double top, bottom;

			pango_layout_iter_get_line_yrange(it, &y0, &y1);
			top = r->v[i].y + (double)y0 / PANGO_SCALE;
			bottom = r->v[i].y + (double)y1 / PANGO_SCALE;
			if (top < limit && bottom > limit && top < cut)
				cut = top;
		} while (pango_layout_iter_next_line(it));
		pango_layout_iter_free(it);
	}
	return cut > from + 1 ? cut : limit;
}

/* Puts r at the current position: on this page when it fits, else on the
 * next (on_page, when not NULL, then fills the new page's top first). A row
 * taller than a whole page is cut between lines over as many as it needs. */
static void place(struct pdf *p, const struct row *r, page_fn on_page, void *ctx)
{
	double from = 0;

	/* One taller than a page starts here all the same, if a few lines fit. */
	if (!p->fresh && p->y + r->h > BOTTOM &&
	    (r->h <= BOTTOM - MARGIN_TOP || BOTTOM - p->y < 60)) {
		page_new(p);
		if (on_page)
			on_page(p, ctx);
	}
	if (p->y + r->h <= BOTTOM) {
		if (p->drawing)
			draw_pieces(p, r, p->y, 1);
		p->y += r->h;
		p->fresh = 0;
		return;
	}
	for (;;) {
		double cut = cut_at(r, from, from + (BOTTOM - p->y));

		if (p->drawing) {
			cairo_save(p->cr);
			cairo_rectangle(p->cr, 0, p->y, PAGE_W, cut - from);
			cairo_clip(p->cr);
			/* The whole text is drawn, clipped, on every page
			 * it spans: the structure holds it once. */
			draw_pieces(p, r, p->y - from, from == 0);
			cairo_restore(p->cr);
		}
		p->y += cut - from;
		p->fresh = 0;
		from = cut;
		if (from >= r->h - 0.01)
			return;
		page_new(p);
		if (on_page)
			on_page(p, ctx);
	}
}

/* A paragraph of text at size, '\n' breaking lines, kept from leaving a
 * lone line at the foot of a page. */
static void paragraph(struct pdf *p, const char *s, double size, double grey)
{
	struct row r = { 0 };
	PangoLayout *l = text(p, s, size, 0, BODY_W);

	pango_layout_set_spacing(l, (int)(size * 0.25 * PANGO_SCALE));
	need(p, lines_height(l, 2));
	row_text(&r, l, MARGIN_X, 0, grey, "P");
	place(p, &r, NULL, NULL);
	row_release(&r);
	p->y += AFTER_BLOCK * 0.75;
}

/* ---- tables ---- */

static const char *label_of(const struct doc_row *r)
{
	return r->label ? r->label : "";
}

static const char *cell_text(const struct pdf *p, const struct tab *tb, const struct doc_row *r,
			     size_t c, char *buf)
{
	size_t j = tb->col[c];

	if (j == SIZE_MAX)
		return label_of(r);
	if (j >= r->n_cells)
		return "";
	return render_cell(p->d, &r->cells[j], buf, RENDER_CELL_MAX);
}

static const char *header_text(const struct pdf *p, const struct tab *tb, size_t c)
{
	size_t j = tb->col[c];

	if (j == SIZE_MAX)
		return render_table_has_money(tb->t) ? render_unit_caption(p->d) : "";
	return tb->t->cols[j].header ? tb->t->cols[j].header : "";
}

/* The width of s at size, unwrapped. */
static double natural(struct pdf *p, const char *s, double size, int bold)
{
	PangoLayout *l = text(p, s, size, bold, 0);
	double w = width_of(l);

	g_object_unref(l);
	return w;
}

/* The width of the widest word of s: a header may wrap between words. */
static double widest_word(struct pdf *p, const char *s, double size, int bold)
{
	double w = 0;

	while (*s) {
		size_t n = strcspn(s, " \n");
		char *word = xstrndup(s, n);
		double k = natural(p, word, size, bold);

		free(word);
		w = k > w ? k : w;
		s += n;
		s += strspn(s, " \n");
	}
	return w;
}

static void tab_release(struct tab *tb)
{
	free(tb->col);
	free(tb->x);
	free(tb->w);
	free(tb->numeric);
}

/* Gives the text columns of a records table what the figures leave: the
 * narrow ones their whole width (want), the wide ones an equal share but
 * none less than its widest word (least), so that a word is broken only
 * when the table cannot be laid out otherwise. */
static void share_text_columns(struct tab *tb, const double *want, const double *least, double avail)
{
	size_t c, left = 0;
	int changed = 1;
	char *fixed = xcalloc(tb->n + 1, 1);

	for (c = 0; c < tb->n; c++)
		if (!tb->numeric[c])
			left++;
	while (changed && left > 0) {
		changed = 0;
		for (c = 0; c < tb->n; c++) {
			double share = avail / (double)left;
			double w = want[c] <= share ? want[c] : least[c] > share ? least[c] : 0;

			if (tb->numeric[c] || fixed[c] || w == 0)
				continue;
			tb->w[c] = w;
			avail -= w;
			fixed[c] = 1;
			left--;
			changed = 1;
		}
	}
	for (c = 0; c < tb->n; c++)
		if (!tb->numeric[c] && !fixed[c])
			tb->w[c] = avail / (double)left > COL_MIN ? avail / (double)left : COL_MIN;
	free(fixed);
}

/* The widths of tb's cells at its size: want, what each column needs to
 * stand unwrapped (a column of figures: its widest figure or header word),
 * and least, the widest word of a text column. */
static void tab_measure(struct pdf *p, struct tab *tb, double *want, double *least)
{
	const struct doc_table *t = tb->t;
	char buf[RENDER_CELL_MAX];
	size_t c, i;

	for (c = 0; c < tb->n; c++) {
		const char *h = header_text(p, tb, c);

		if (tb->col[c] == SIZE_MAX)
			continue;
		want[c] = tb->numeric[c] ? widest_word(p, h, tb->size, 1) : natural(p, h, tb->size, 1);
		least[c] = widest_word(p, h, tb->size, 1);
		for (i = 0; i < t->n_rows; i++) {
			const struct doc_row *r = t->rows[i];
			const char *s;
			int bold = r->style == DOC_ROW_SUM;
			double k;

			if (render_row_hidden(t, r) || r->style == DOC_ROW_HEADING)
				continue;
			s = cell_text(p, tb, r, c, buf);
			k = natural(p, s, tb->size, bold);
			want[c] = k > want[c] ? k : want[c];
			/* A word is no wider than its text: most cells need
			 * no second look. */
			if (!tb->numeric[c] && k > least[c]) {
				k = widest_word(p, s, tb->size, bold);
				least[c] = k > least[c] ? k : least[c];
			}
		}
		want[c] = want[c] > COL_MIN ? want[c] : COL_MIN;
		least[c] = least[c] > COL_MIN ? least[c] : COL_MIN;
	}
}

/* Chooses the columns, the font size and the widths of t. Whatever the
 * table, it stands within the margins: when its columns do not fit at
 * the smallest size with narrow gaps, they are narrowed in proportion. */
static void tab_init(struct pdf *p, struct tab *tb, const struct doc_table *t)
{
	int figures = t->kind == DOC_TABLE_FIGURES;
	double *want, *least, total = 0, room;
	size_t c, j;
	int try;

	memset(tb, 0, sizeof(*tb));
	tb->t = t;
	tb->col = xcalloc(t->n_cols + 2, sizeof(*tb->col));
	if (figures)
		tb->col[tb->n++] = SIZE_MAX;
	for (j = 0; j < t->n_cols; j++)
		if (render_column_shown(t, j))
			tb->col[tb->n++] = j;
	tb->x = xcalloc(tb->n + 1, sizeof(*tb->x));
	tb->w = xcalloc(tb->n + 1, sizeof(*tb->w));
	tb->numeric = xcalloc(tb->n + 1, sizeof(*tb->numeric));
	want = xcalloc(tb->n + 1, sizeof(*want));
	least = xcalloc(tb->n + 1, sizeof(*least));
	for (c = 0; c < tb->n; c++)
		tb->numeric[c] = tb->col[c] != SIZE_MAX && render_column_numeric(t, tb->col[c]);

	/* First with the document's common width for amounts, so that the
	 * columns of one table stand under those of the table before; then,
	 * when the label would be left too little, each column as it needs;
	 * then smaller type; at the smallest, narrower gaps. */
	tb->size = SIZE_TABLE;
	tb->gap = tb->n > 5 ? COL_GAP_NARROW : COL_GAP;
	for (try = figures ? 0 : 1;; try++) {
		int common = try == 0;
		int last;
		double used = 0, avail;

		if (try > 1 && tb->size > SIZE_TABLE_MIN)
			tb->size -= 0.5;
		else if (try > 1)
			tb->gap = COL_GAP_MIN;
		last = !common && tb->size <= SIZE_TABLE_MIN && tb->gap <= COL_GAP_MIN;

		tab_measure(p, tb, want, least);
		for (c = 0; c < tb->n; c++) {
			if (tb->col[c] == SIZE_MAX)
				continue;
			if (figures && want[c] < VALUE_MIN * tb->size / SIZE_TABLE)
				want[c] = VALUE_MIN * tb->size / SIZE_TABLE;
			if (common && want[c] < p->value_w)
				want[c] = p->value_w;
			if (tb->numeric[c]) {
				tb->w[c] = want[c];
				used += want[c];
			}
			used += tb->gap;
		}
		avail = BODY_W - used;
		if (figures) {
			/* The label column: as wide as the document's widest label,
			 * so the tables line up, within what the figures leave. */
			double lw = p->label_w * tb->size / SIZE_TABLE;

			tb->w[0] = lw < avail ? lw : avail;
			if (avail >= LABEL_MIN || last)
				break;
		} else {
			size_t texts = 0;
			double words = 0;

			for (c = 0; c < tb->n; c++)
				if (!tb->numeric[c]) {
					texts++;
					words += least[c];
				}
			if ((avail + tb->gap >= 60.0 * (double)texts && avail + tb->gap >= words) || last) {
				share_text_columns(tb, want, least, avail + tb->gap);
				break;
			}
		}
	}
	/* What is left too wide is narrowed in proportion, gaps kept. */
	for (c = 0; c < tb->n; c++) {
		if (tb->w[c] < COL_MIN)
			tb->w[c] = COL_MIN;
		total += tb->w[c];
	}
	room = BODY_W - tb->gap * (double)(tb->n ? tb->n - 1 : 0);
	if (total > room + 0.01)
		for (c = 0; c < tb->n; c++)
			tb->w[c] *= room / total;
	for (c = 0; c < tb->n; c++)
		tb->x[c] = c == 0 ? MARGIN_X : tb->x[c - 1] + tb->w[c - 1] + tb->gap;
	tb->right = tb->n ? tb->x[tb->n - 1] + tb->w[tb->n - 1] : MARGIN_X;
	free(want);
	free(least);
}

static PangoLayout *cell_layout(struct pdf *p, const struct tab *tb, size_t c, const char *s,
				int bold)
{
	PangoLayout *l = text(p, s, tb->size, bold, tb->w[c]);

	if (tb->numeric[c])
		pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
	return l;
}

static void tab_header(struct pdf *p, const struct tab *tb, struct row *r)
{
	size_t c;
	double h = 0;

	row_clear(r);
	r->group = "TR";
	for (c = 0; c < tb->n; c++) {
		const char *s = header_text(p, tb, c);
		int caption = tb->col[c] == SIZE_MAX;
		PangoLayout *l;

		if (!*s) {
			row_empty(r, "TH");
			continue;
		}
		l = cell_layout(p, tb, c, s, !caption);
		/* Headers stand on the rule: a wrapped one grows upwards. */
		row_text(r, l, tb->x[c], PAD_Y, caption ? GREY : INK, "TH");
		if (height_of(l) > h)
			h = height_of(l);
	}
	for (c = 0; c < r->n; c++)
		if (r->v[c].l)
			r->v[c].y += h - height_of(r->v[c].l);
	row_rule(r, MARGIN_X, PAD_Y + h + PAD_Y, tb->right - MARGIN_X, 0.7, 0.25);
	r->h += 1;
}

static void tab_title(struct pdf *p, const struct doc_table *t, struct row *r, int more)
{
	struct buf b;

	row_clear(r);
	buf_init(&b);
	buf_adds(&b, t->title);
	if (more)
		buf_adds(&b, " (forts.)");
	row_text(r, text(p, b.s, SIZE_TABLE_TITLE, 1, BODY_W), MARGIN_X, 0, INK, "Caption");
	r->h += 4;
	buf_release(&b);
}

static void tab_row(struct pdf *p, const struct tab *tb, const struct doc_row *dr, struct row *r)
{
	char buf[RENDER_CELL_MAX];
	int sum = dr->style == DOC_ROW_SUM;
	double top = PAD_Y + (sum ? 2.5 : 0);
	size_t c;

	row_clear(r);
	r->group = "TR";
	if (dr->style == DOC_ROW_HEADING && tb->t->kind == DOC_TABLE_FIGURES) {
		row_text(r, text(p, label_of(dr), tb->size, 1, tb->right - MARGIN_X), MARGIN_X,
			 PAD_Y + 5, INK, "TH");
		r->h += PAD_Y;
		return;
	}
	for (c = 0; c < tb->n; c++) {
		const char *s = cell_text(p, tb, dr, c, buf);
		/* A figures table's labels head their rows. */
		const char *tag = tb->col[c] == SIZE_MAX ? "TH" : "TD";

		if (*s)
			row_text(r, cell_layout(p, tb, c, s, sum || dr->style == DOC_ROW_HEADING),
				 tb->x[c], top, INK, tag);
		else
			row_empty(r, tag);
		if (sum && tb->col[c] != SIZE_MAX && tb->col[c] < dr->n_cells &&
		    dr->cells[tb->col[c]].type != DOC_CELL_EMPTY)
			row_rule(r, tb->x[c], 1.2, tb->w[c], 0.6, 0.25);
	}
	if (r->h < top)
		r->h = top;
	r->h += PAD_Y;
}

struct tab_page {
	const struct tab *tb;
	struct row *scratch;
};

/* A table continues on a new page: its title, marked as continued, and
 * its header row again. */
static void tab_continue(struct pdf *p, void *ctx)
{
	struct tab_page *tp = ctx;

	if (tp->tb->t->title) {
		tab_title(p, tp->tb->t, tp->scratch, 1);
		row_untag(tp->scratch);
		place(p, tp->scratch, NULL, NULL);
	}
	tab_header(p, tp->tb, tp->scratch);
	row_untag(tp->scratch);
	place(p, tp->scratch, NULL, NULL);
}

/* The visible rows of t from i on: the index of the next one, or n_rows. */
static size_t next_row(const struct doc_table *t, size_t i)
{
	while (i < t->n_rows && render_row_hidden(t, t->rows[i]))
		i++;
	return i;
}

/* The height of t's start: title, header and first two rows, which are
 * kept together (and with a heading before them). */
static double tab_start_height(struct pdf *p, const struct tab *tb)
{
	const struct doc_table *t = tb->t;
	struct row r = { 0 };
	double h = 0;
	size_t i, k, rows = 0, keep;

	if (t->title) {
		tab_title(p, t, &r, 0);
		h += r.h;
	}
	tab_header(p, tb, &r);
	h += r.h;
	/* A small table (a board, a funding summary) stays on one page; a
	 * long one may start wherever two rows fit. */
	for (i = next_row(t, 0); i < t->n_rows; i = next_row(t, i + 1))
		rows++;
	keep = rows <= 8 ? rows : 2;
	for (i = next_row(t, 0), k = 0; i < t->n_rows && k < keep; i = next_row(t, i + 1), k++) {
		/* Of a row with a long text, its first lines are enough. */
		double most = 2 * PAD_Y + 3 * tb->size * 1.3;

		tab_row(p, tb, t->rows[i], &r);
		h += r.h < most ? r.h : most;
	}
	row_release(&r);
	return h;
}

static double grid_start_height(struct pdf *p, const struct doc_table *t)
{
	struct tab tb;
	double h;

	tab_init(p, &tb, t);
	h = tab_start_height(p, &tb);
	tab_release(&tb);
	return h;
}

static void add_bookmark(struct pdf *p, const char *title, int depth);

/* A table as a grid, with the bookmark of its title at depth. */
static void grid(struct pdf *p, const struct doc_table *t, int depth)
{
	struct tab tb;
	struct row r = { 0 }, scratch = { 0 };
	struct tab_page tp = { &tb, &scratch };
	size_t i;

	tab_init(p, &tb, t);
	need(p, tab_start_height(p, &tb));
	add_bookmark(p, t->title, depth);
	tag_begin(p, "Table");
	if (t->title) {
		tab_title(p, t, &r, 0);
		place(p, &r, NULL, NULL);
	}
	tab_header(p, &tb, &r);
	place(p, &r, NULL, NULL);
	for (i = next_row(t, 0); i < t->n_rows; i = next_row(t, i + 1)) {
		tab_row(p, &tb, t->rows[i], &r);
		/* A heading row stays with the row after it. */
		if (t->rows[i]->style == DOC_ROW_HEADING && next_row(t, i + 1) < t->n_rows) {
			tab_row(p, &tb, t->rows[next_row(t, i + 1)], &scratch);
			if (p->y + r.h + scratch.h > BOTTOM) {
				page_new(p);
				tab_continue(p, &tp);
			}
			tab_row(p, &tb, t->rows[i], &r);
		}
		place(p, &r, tab_continue, &tp);
	}
	tag_end(p, "Table");
	row_release(&r);
	row_release(&scratch);
	tab_release(&tb);
	p->y += AFTER_BLOCK;
}

/* s in capitals ("FEL"), for the caller to g_free. */
static char *upper_dup(const char *s)
{
	return g_utf8_strup(g_utf8_validate(s, -1, NULL) ? s : "?", -1);
}

/* "[TAG] item" per row, as the check report's list: the tag in capitals,
 * the item beside it and the other columns in grey below the item. */
static void list_item(struct pdf *p, const struct doc_table *t, const struct doc_row *dr,
		      double tag_w, struct row *r)
{
	char buf[RENDER_CELL_MAX];
	const char *tag = dr->n_cells > t->list_tag
				  ? render_cell(p->d, &dr->cells[t->list_tag], buf, sizeof(buf)) : "";
	char *upper = upper_dup(tag);
	double x = MARGIN_X + tag_w, w = BODY_W - tag_w, y;
	size_t j;

	row_clear(r);
	r->group = "LI";
	row_text(r, text(p, upper, SIZE_SMALL, 1, tag_w), MARGIN_X, PAD_Y + 1, INK, "Lbl");
	g_free(upper);
	row_text(r,
		 text(p, dr->n_cells > t->list_item
				 ? render_cell(p->d, &dr->cells[t->list_item], buf, sizeof(buf)) : "",
		      SIZE_BODY, 0, w),
		 x, PAD_Y, INK, "LBody");
	y = r->h + 1;
	for (j = 0; j < t->n_cols && j < dr->n_cells; j++) {
		if (j == t->list_tag || j == t->list_item || !render_column_shown(t, j) ||
		    dr->cells[j].type == DOC_CELL_EMPTY)
			continue;
		row_text(r, text(p, render_cell(p->d, &dr->cells[j], buf, sizeof(buf)), SIZE_SMALL, 0, w),
			 x, y, GREY, "LBody");
		y = r->h + 1;
	}
	r->h += PAD_Y + 2;
}

static void list(struct pdf *p, const struct doc_table *t)
{
	char buf[RENDER_CELL_MAX];
	struct row r = { 0 };
	double tag_w = 0;
	size_t i;

	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *dr = t->rows[i];
		char *upper;
		double k;

		if (dr->n_cells <= t->list_tag)
			continue;
		upper = upper_dup(render_cell(p->d, &dr->cells[t->list_tag], buf, sizeof(buf)));
		k = natural(p, upper, SIZE_SMALL, 1);
		g_free(upper);
		tag_w = k > tag_w ? k : tag_w;
	}
	tag_w += 10;
	if (t->title)
		tab_title(p, t, &r, 0);
	/* The title stays with the first item; the list starts on the page
	 * where they stand. */
	if (t->n_rows > 0) {
		struct row first = { 0 };

		list_item(p, t, t->rows[0], tag_w, &first);
		need(p, (t->title ? r.h : 0) + first.h);
		row_release(&first);
	}
	tag_begin(p, "L");
	if (t->title)
		place(p, &r, NULL, NULL);
	for (i = 0; i < t->n_rows; i++) {
		if (render_row_hidden(t, t->rows[i]))
			continue;
		list_item(p, t, t->rows[i], tag_w, &r);
		place(p, &r, NULL, NULL);
	}
	tag_end(p, "L");
	row_release(&r);
	p->y += AFTER_BLOCK;
}

/* A chart, as a Figure whose alternative text states its figures. */
static void chart(struct pdf *p, const struct doc_table *t)
{
	double h = chart_height(t, BODY_W);

	need(p, h);
	if (p->drawing) {
		p->alt = xgrow(p->alt, sizeof(*p->alt), p->n_alt + 1, &p->cap_alt);
		p->alt[p->n_alt++] = chart_alt(p->d, t);
		tag_begin(p, "Figure");
		chart_draw(p->d, t, p->cr, MARGIN_X, p->y, BODY_W, h);
		tag_end(p, "Figure");
	}
	p->y += h + AFTER_BLOCK;
	p->fresh = 0;
}

/* ---- sections and the document ---- */

static double heading_size_of(int depth)
{
	size_t i = depth < 1 ? 0 : (size_t)depth - 1;

	return heading_size[i < N_HEADING_SIZES ? i : N_HEADING_SIZES - 1];
}

/* The structure tag of a heading at depth: the document's title is the
 * H1, its top sections H2, and so on to H6. */
static const char *heading_tag(int depth)
{
	static const char *const tags[] = { "H2", "H3", "H4", "H5", "H6" };
	size_t i = depth < 1 ? 0 : (size_t)depth - 1;

	return tags[i < 5 ? i : 4];
}

static void heading_row(struct pdf *p, const char *title, int depth, struct row *r)
{
	double size = heading_size_of(depth);

	row_clear(r);
	row_text(r, text(p, title, size, 1, BODY_W), MARGIN_X, depth <= 1 ? 8 : 5, INK,
		 heading_tag(depth));
	r->h += size * 0.45;
}

/* The name the contents' link to section i goes to ("s3"). */
static void section_dest_name(char *buf, size_t n, size_t i)
{
	snprintf(buf, n, "s%zu", i);
}

/* Marks where section i starts (at the current place) for the contents'
 * link to it: a named destination, as cairo 1.16 writes a link to a page
 * after the link's own without its destination. */
static void section_dest(struct pdf *p, size_t i)
{
	char name[32], attrs[96];

	if (!p->drawing || !p->with_toc)
		return;
	section_dest_name(name, sizeof(name), i);
	snprintf(attrs, sizeof(attrs), "name='%s' x=%.1f y=%.1f", name, MARGIN_X, p->y);
	cairo_tag_begin(p->cr, CAIRO_TAG_DEST, attrs);
	cairo_tag_end(p->cr, CAIRO_TAG_DEST);
}

static double block_start_height(struct pdf *p, const struct doc_block *b, int depth);

/* The height of what must stay together at the start of a section's
 * children: its first block's start. */
static double children_start_height(struct pdf *p, const struct doc_block *b, int depth)
{
	size_t i;

	for (i = 0; i < b->n_children; i++) {
		double h = block_start_height(p, b->children[i], depth);

		if (h > 0)
			return h;
	}
	return 0;
}

/* What of b must stand on one page with a heading just above it. */
static double block_start_height(struct pdf *p, const struct doc_block *b, int depth)
{
	const struct doc_table *t = b->table;
	struct row r = { 0 };
	double h = 0;

	switch (b->kind) {
	case DOC_BLOCK_SECTION:
		if (!b->text)
			return children_start_height(p, b, depth);
		heading_row(p, b->text, depth, &r);
		h = r.h + children_start_height(p, b, depth + 1);
		row_release(&r);
		return h;
	case DOC_BLOCK_PARAGRAPH: {
		PangoLayout *l = text(p, b->text ? b->text : "", SIZE_BODY, 0, BODY_W);

		pango_layout_set_spacing(l, (int)(SIZE_BODY * 0.25 * PANGO_SCALE));
		/* A paragraph that fits on a page moves whole (see place()),
		 * so the heading must stand with all of it. */
		h = height_of(l);
		if (h > BOTTOM - MARGIN_TOP)
			h = lines_height(l, 2);
		g_object_unref(l);
		return h;
	}
	case DOC_BLOCK_TABLE:
		if (t->machine_only)
			return 0;
		if (t->chart)
			return chart_height(t, BODY_W);
		if (t->kind == DOC_TABLE_RECORDS && t->layout == DOC_LAYOUT_LIST)
			return 40;
		return grid_start_height(p, t);
	}
	return 0;
}

static void add_bookmark(struct pdf *p, const char *title, int depth)
{
	char link[64];
	char *valid;
	int parent;

	if (!p->drawing || !title)
		return;
	if (depth < 0)
		depth = 0;
	if (depth >= (int)(sizeof(p->outline) / sizeof(p->outline[0])))
		depth = (int)(sizeof(p->outline) / sizeof(p->outline[0])) - 1;
	parent = depth == 0 ? CAIRO_PDF_OUTLINE_ROOT : p->outline[depth - 1];
	snprintf(link, sizeof(link), "page=%d pos=[%.1f %.1f]", p->page, MARGIN_X, p->y);
	valid = g_utf8_make_valid(title, -1);
	p->outline[depth] = cairo_pdf_surface_add_outline(p->surface, parent, valid, link, 0);
	g_free(valid);
}

static void block(struct pdf *p, const struct doc_block *b, int depth)
{
	struct row r = { 0 };
	size_t i;

	switch (b->kind) {
	case DOC_BLOCK_SECTION:
		if (b->new_page && !p->fresh)
			page_new(p);
		if (b->text) {
			heading_row(p, b->text, depth, &r);
			need(p, r.h + children_start_height(p, b, depth + 1));
			if (p->section < p->n_toc) {
				section_dest(p, p->section);
				p->toc[p->section++].page = p->page;
			}
			add_bookmark(p, b->text, depth - 1);
			tag_begin(p, "Sect");
			place(p, &r, NULL, NULL);
			row_release(&r);
		}
		for (i = 0; i < b->n_children; i++)
			block(p, b->children[i], b->text ? depth + 1 : depth);
		if (b->text)
			tag_end(p, "Sect");
		break;
	case DOC_BLOCK_PARAGRAPH:
		paragraph(p, b->text ? b->text : "", SIZE_BODY, INK);
		break;
	case DOC_BLOCK_TABLE:
		if (b->table->machine_only)
			break;
		if (b->table->kind == DOC_TABLE_FIGURES || b->table->layout == DOC_LAYOUT_GRID) {
			if (!b->table->chart) {
				grid(p, b->table, depth - 1);
				break;
			}
		}
		/* Where the chart or list will start, for its bookmark. */
		need(p, block_start_height(p, b, depth));
		add_bookmark(p, b->table->title, depth - 1);
		if (b->table->chart)
			chart(p, b->table);
		else
			list(p, b->table);
		break;
	}
}

static void title_block(struct pdf *p)
{
	const struct doc *d = p->d;
	struct row r = { 0 };
	size_t i;

	if (d->title) {
		row_text(&r, text(p, d->title, SIZE_TITLE, 1, BODY_W), MARGIN_X, 0, INK, "H1");
		r.h += 6;
		place(p, &r, NULL, NULL);
	}
	for (i = 0; i < d->n_subtitles; i++) {
		row_clear(&r);
		row_text(&r, text(p, d->subtitles[i], SIZE_SUBTITLE, 0, BODY_W), MARGIN_X, 0, 0.25, "P");
		r.h += 2;
		place(p, &r, NULL, NULL);
	}
	if (d->status == DOC_DRAFT && d->n_failing) {
		char titles[1024], line[1100];

		snprintf(line, sizeof(line), "Kontroller som visar fel: %s.", doc_failing_titles(d, titles, sizeof(titles)));
		row_clear(&r);
		row_text(&r, text(p, line, SIZE_BODY, 0, BODY_W), MARGIN_X, 4, 0.25, "P");
		r.h += 6;
		place(p, &r, NULL, NULL);
	}
	if (d->title || d->n_subtitles) {
		row_clear(&r);
		row_rule(&r, MARGIN_X, 8, BODY_W, 1.0, 0.2);
		r.h += 20;
		place(p, &r, NULL, NULL);
	}
	row_release(&r);
}

/* The contents: each section's title, indented by depth, a dotted
 * leader and its page number; each entry a link to where the section
 * starts. In the structure a TOC of TOCI, each holding its Link. */
static void contents(struct pdf *p)
{
	struct row r = { 0 };
	size_t i;
	int open = 0;

	heading_row(p, "Innehåll", 1, &r);
	place(p, &r, NULL, NULL);
	for (i = 0; i < p->n_toc; i++) {
		const struct toc_entry *e = &p->toc[i];
		double indent = 14.0 * (e->depth - 1), num_w = 36, x_end, y_line;
		char num[16], link[64];
		PangoLayout *l;
		PangoLayoutLine *last;
		PangoRectangle ext;
		int depth_bold = e->depth == 1;

		if (e->depth > 3)
			continue;
		row_clear(&r);
		l = text(p, e->title, SIZE_BODY, depth_bold, BODY_W - indent - num_w - 12);
		row_text(&r, l, MARGIN_X + indent, 3, INK, NULL);
		snprintf(num, sizeof(num), "%d", e->page);
		l = text(p, num, SIZE_BODY, depth_bold, num_w);
		pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
		/* The number beside the entry's last line. */
		last = pango_layout_get_line_readonly(r.v[0].l, pango_layout_get_line_count(r.v[0].l) - 1);
		pango_layout_line_get_extents(last, NULL, &ext);
		x_end = MARGIN_X + indent + (double)(ext.x + ext.width) / PANGO_SCALE;
		y_line = 3 + height_of(r.v[0].l) - (double)ext.height / PANGO_SCALE;
		row_text(&r, l, PAGE_W - MARGIN_X - num_w, y_line, INK, NULL);
		r.h += depth_bold ? 3 : 1;
		need(p, r.h);
		if (!open++)
			tag_begin(p, "TOC");
		if (p->drawing) {
			double baseline = p->y + y_line + (double)pango_layout_get_baseline(l) / PANGO_SCALE;
			static const double dots[] = { 0.01, 3.0 };
			char name[32];

			section_dest_name(name, sizeof(name), i);
			snprintf(link, sizeof(link), "dest='%s'", name);
			tag_begin(p, "TOCI");
			cairo_tag_begin(p->cr, CAIRO_TAG_LINK, link);
			draw_pieces(p, &r, p->y, 1);
			cairo_tag_end(p->cr, CAIRO_TAG_LINK);
			tag_end(p, "TOCI");
			/* The leader is outside the structure. */
			cairo_save(p->cr);
			cairo_set_source_rgb(p->cr, 0.55, 0.55, 0.55);
			cairo_set_line_width(p->cr, 0.9);
			cairo_set_line_cap(p->cr, CAIRO_LINE_CAP_ROUND);
			cairo_set_dash(p->cr, dots, 2, 0);
			cairo_move_to(p->cr, x_end + 6, baseline);
			cairo_line_to(p->cr, PAGE_W - MARGIN_X - num_w + 8, baseline);
			cairo_stroke(p->cr);
			cairo_restore(p->cr);
		}
		p->y += r.h;
		p->fresh = 0;
	}
	if (open)
		tag_end(p, "TOC");
	row_release(&r);
}

static void collect_sections(struct pdf *p, const struct doc_block *b, int depth)
{
	size_t i;

	if (b->kind != DOC_BLOCK_SECTION)
		return;
	if (b->text) {
		p->toc = xgrow(p->toc, sizeof(*p->toc), p->n_toc + 1, &p->cap_toc);
		p->toc[p->n_toc].title = b->text;
		p->toc[p->n_toc].depth = depth;
		p->toc[p->n_toc].page = 0;
		p->n_toc++;
	}
	for (i = 0; i < b->n_children; i++)
		collect_sections(p, b->children[i], b->text ? depth + 1 : depth);
}

/* The widest label and figure of the figures tables people see. */
static void widest_label(void *ctx, const struct doc_table *t)
{
	struct pdf *p = ctx;
	char buf[RENDER_CELL_MAX];
	size_t i, j;

	if (t->kind != DOC_TABLE_FIGURES || t->machine_only || t->chart)
		return;
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];
		double w;

		if (r->style == DOC_ROW_HEADING || render_row_hidden(t, r))
			continue;
		w = natural(p, label_of(r), SIZE_TABLE, r->style == DOC_ROW_SUM);
		if (w > p->label_w)
			p->label_w = w > BODY_W * 0.62 ? BODY_W * 0.62 : w;
		for (j = 0; j < t->n_cols && j < r->n_cells; j++) {
			if (!render_column_shown(t, j))
				continue;
			w = natural(p, render_cell(p->d, &r->cells[j], buf, sizeof(buf)), SIZE_TABLE,
				    r->style == DOC_ROW_SUM);
			if (w > p->value_w)
				p->value_w = w > VALUE_MAX ? VALUE_MAX : w;
		}
	}
	for (j = 0; j < t->n_cols; j++) {
		double w;

		if (!render_column_shown(t, j))
			continue;
		w = widest_word(p, t->cols[j].header ? t->cols[j].header : "", SIZE_TABLE, 1);
		if (w > p->value_w)
			p->value_w = w > VALUE_MAX ? VALUE_MAX : w;
	}
}

/* One pass over the whole document: measuring or drawing. */
static void lay_out(struct pdf *p)
{
	p->page = 1;
	p->y = MARGIN_TOP;
	p->fresh = 1;
	p->section = 0;
	tag_begin(p, "Document");
	title_block(p);
	if (p->with_toc) {
		contents(p);
		page_new(p);
	}
	block(p, &p->d->body, 1);
	if (p->d->note) {
		p->y += 4;
		paragraph(p, p->d->note, SIZE_SMALL, GREY);
	}
	tag_end(p, "Document");
	page_end(p);
}

/* cairo's bytes into memory, for pdf_finish_write to read. */
static cairo_status_t write_out(void *closure, const unsigned char *data, unsigned int len)
{
	buf_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

int render_pdf(const struct doc *d, FILE *out, struct err *err)
{
	struct pdf p;
	struct buf raw;
	struct pdf_finish fin = { "sv-SE", NULL, 0, NULL, 0 };
	cairo_status_t status;
	size_t i;
	int rc = 0;

	memset(&p, 0, sizeof(p));
	buf_init(&raw);
	p.d = d;
	p.surface = cairo_pdf_surface_create_for_stream(write_out, &raw, PAGE_W, PAGE_H);
	p.cr = cairo_create(p.surface);
	p.pc = chart_context(p.cr);
	p.label_w = LABEL_MIN;
	collect_sections(&p, &d->body, 1);
	p.with_toc = p.n_toc >= 3;
	doc_each_table(d, widest_label, &p);

	lay_out(&p);
	p.pages = p.page;
	p.drawing = 1;
	if (d->title) {
		char *valid = g_utf8_make_valid(d->title, -1);

		if (d->status == DOC_DRAFT) {
			char *marked = g_strconcat(DOC_DRAFT_MARK ": ", valid, NULL);

			g_free(valid);
			valid = marked;
		}

		cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_TITLE, valid);
		g_free(valid);
	}
	cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_CREATOR, "finsam");
	lay_out(&p);

	g_object_unref(p.pc);
	cairo_destroy(p.cr);
	cairo_surface_finish(p.surface);
	status = cairo_surface_status(p.surface);
	cairo_surface_destroy(p.surface);
	free(p.toc);
	fin.alt = (const char *const *)p.alt;
	fin.n_alt = p.n_alt;
	fin.append = d->n_appendix ? (const char *)d->appendix : NULL;
	fin.n_append = d->n_appendix;
	if (status != CAIRO_STATUS_SUCCESS)
		rc = err_set(err, "kunde inte skriva rapporten som PDF: %s", cairo_status_to_string(status));
	else if (pdf_finish_write(raw.s, raw.len, &fin, out, err) < 0)
		rc = -1;
	else if (ferror(out))
		rc = err_set(err, "kunde inte skriva rapporten");
	for (i = 0; i < p.n_alt; i++)
		free(p.alt[i]);
	free(p.alt);
	buf_release(&raw);
	return rc;
}

int render_pdf_pages(const void *pdf, size_t n, int *pages, struct err *err)
{
	return pdf_pages(pdf, n, pages, err);
}
