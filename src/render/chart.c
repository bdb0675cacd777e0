/*
 * chart.c: a figures table drawn as a chart, with cairo and pango, for the
 * PDF (vectors on its page) and the HTML (an SVG). Bars stand side by side
 * per category or stacked, against an axis of round figures (1, 2 or 5
 * times a power of ten) in Swedish form ("1 500 000"); a pie shows the
 * first column's shares with their percentages ("69 %"). The values are
 * written on the bars where they fit, in the same form as the tables show
 * them, so a printed chart can be read without its table.
 *
 * Positions are computed in floating point: they are only where ink goes.
 * Every figure a reader sees is formatted from the exact integers, and a
 * pie's percentages are computed from öre and counts, not from angles.
 *
 * The palette is restrained and its colours differ in lightness as much as
 * in hue, so bars and slices stay apart on a grey printer; a white line
 * separates stacked segments and slices for the same reason.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "render/chart.h"
#include "render/render.h"
#include "render/render_int.h"

#define SIZE_TITLE 10.0  /* the chart's title */
#define SIZE_TEXT 8.0    /* legend, category labels, axis */
#define SIZE_VALUE 7.0   /* values on bars and slices */
#define GAP 6.0
#define SWATCH 8.0
#define TAU 6.283185307179586 /* a full turn; M_PI is not C17's */

/* Dark blue, ochre, brick, pale blue-grey, steel blue, olive: in grey
 * they come out as 22 %, 65 %, 34 %, 79 %, 52 % and 46 % lightness. */
static const double palette[][3] = {
	{ 0.122, 0.231, 0.361 },
	{ 0.847, 0.631, 0.227 },
	{ 0.549, 0.290, 0.231 },
	{ 0.741, 0.800, 0.839 },
	{ 0.353, 0.561, 0.659 },
	{ 0.427, 0.478, 0.278 },
};

#define N_PALETTE (sizeof(palette) / sizeof(palette[0]))

struct chart {
	const struct doc *d;
	const struct doc_table *t;
	cairo_t *cr;
	PangoContext *pc;
	size_t *rows, n_rows;  /* the categories: rows people see, with figures */
	size_t *cols, n_cols;  /* the series: columns people see */
	int money;             /* some figure is an amount: the axis says its unit */
	int percent;           /* every figure is a ratio: the axis is in percent */
	int integers;          /* every figure is a count: no ticks between units */
};

/* Some text was laid out, so fonts were looked up: render_release has
 * something to let go of. Set once, never cleared but by render_release. */
static int fonts_loaded;

PangoContext *chart_context(cairo_t *cr)
{
	PangoContext *ctx = pango_cairo_create_context(cr);
	cairo_font_options_t *fo = cairo_font_options_create();

	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(ctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	fonts_loaded = 1;
	return ctx;
}

PangoLayout *chart_layout(PangoContext *ctx, const char *text, double size, int bold, double width)
{
	PangoLayout *l = pango_layout_new(ctx);
	PangoFontDescription *fd = pango_font_description_new();
	char *valid = NULL;

	pango_font_description_set_family_static(fd, CHART_FONT);
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	if (!text)
		text = "";
	/* Pango refuses invalid UTF-8 with a warning and shows nothing. */
	if (!g_utf8_validate(text, -1, NULL))
		text = valid = g_utf8_make_valid(text, -1);
	pango_layout_set_text(l, text, -1);
	g_free(valid);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
	return l;
}

/* The logical size of l. */
static void extent(PangoLayout *l, double *w, double *h)
{
	PangoRectangle r;

	pango_layout_get_extents(l, NULL, &r);
	if (w)
		*w = (double)(r.x + r.width) / PANGO_SCALE;
	if (h)
		*h = (double)r.height / PANGO_SCALE;
}

static void show(cairo_t *cr, PangoLayout *l, double x, double y)
{
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, l);
}

static void ink(cairo_t *cr, double grey)
{
	cairo_set_source_rgb(cr, grey, grey, grey);
}

static void colour(cairo_t *cr, size_t i)
{
	const double *c = palette[i % N_PALETTE];

	cairo_set_source_rgb(cr, c[0], c[1], c[2]);
}

/* Text on colour i: white on the dark ones, near black on the light. */
static void ink_on(cairo_t *cr, size_t i)
{
	const double *c = palette[i % N_PALETTE];

	ink(cr, 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2] < 0.5 ? 1.0 : 0.1);
}

/* The value of a cell where it is drawn: amounts in the document's unit,
 * ratios in percent. 0 when the cell holds no figure ("<5", empty). */
static int value_of(const struct doc *d, const struct doc_cell *c, double *v)
{
	switch (c->type) {
	case DOC_CELL_MONEY:
		*v = (double)c->money / (d->unit == DOC_UNIT_TKR ? MONEY_TKR : MONEY_KR);
		return 1;
	case DOC_CELL_INT:
		*v = (double)c->i;
		return 1;
	case DOC_CELL_RATIO:
		if (c->den == 0)
			return 0;
		*v = 100.0 * (double)c->num / (double)c->den;
		return 1;
	case DOC_CELL_EMPTY:
	case DOC_CELL_TEXT:
	case DOC_CELL_DATE:
		break;
	}
	return 0;
}

static const struct doc_cell *cell(const struct chart *c, size_t i, size_t j)
{
	static const struct doc_cell empty;
	const struct doc_row *r = c->t->rows[c->rows[i]];

	return c->cols[j] < r->n_cells ? &r->cells[c->cols[j]] : &empty;
}

static int value(const struct chart *c, size_t i, size_t j, double *v)
{
	return value_of(c->d, cell(c, i, j), v);
}

/* Picks the rows and columns to draw and what kind of figures they hold. */
static void collect(struct chart *c)
{
	const struct doc_table *t = c->t;
	size_t i, j, ratios = 0, others = 0;

	c->rows = xcalloc(t->n_rows + 1, sizeof(*c->rows));
	c->cols = xcalloc(t->n_cols + 1, sizeof(*c->cols));
	for (j = 0; j < t->n_cols; j++)
		if (render_column_shown(t, j))
			c->cols[c->n_cols++] = j;
	if (t->chart == DOC_CHART_PIE && c->n_cols > 1)
		c->n_cols = 1;
	for (i = 0; i < t->n_rows; i++)
		if (t->rows[i]->style != DOC_ROW_HEADING && !render_row_hidden(t, t->rows[i]))
			c->rows[c->n_rows++] = i;
	c->integers = 1;
	for (i = 0; i < c->n_rows; i++) {
		for (j = 0; j < c->n_cols; j++) {
			const struct doc_cell *x = cell(c, i, j);

			if (x->type == DOC_CELL_MONEY)
				c->money = 1;
			if (x->type == DOC_CELL_RATIO)
				ratios++;
			else if (x->type == DOC_CELL_MONEY || x->type == DOC_CELL_INT)
				others++;
			if (x->type != DOC_CELL_INT && x->type != DOC_CELL_EMPTY &&
			    x->type != DOC_CELL_TEXT)
				c->integers = 0;
		}
	}
	c->percent = ratios > 0 && others == 0;
}

/* A step between ticks: 1, 2 or 5 times a power of ten, giving about
 * n ticks over range. */
static double nice_step(double range, int n)
{
	double raw = range / n, mag = pow(10.0, floor(log10(raw))), f = raw / mag;

	if (f <= 1.0)
		return mag;
	if (f <= 2.0)
		return 2.0 * mag;
	if (f <= 5.0)
		return 5.0 * mag;
	return 10.0 * mag;
}

/* A tick's figure in Swedish form: "1 500 000", "-500", "0,25"; with
 * " %" after it on a percentage axis. */
static void axis_number(char *buf, size_t n, double v, int decimals, int percent)
{
	const char *suffix = percent ? " %" : "";

	if (decimals <= 0 && fabs(v) < 1e15) {
		char m[32];

		money_format(m, sizeof(m), (int64_t)llround(v) * MONEY_KR, MONEY_STYLE_KR);
		snprintf(buf, n, "%s%s", m, suffix);
	} else {
		char *p;

		/* Beyond a thousand billion the grouping is left out. */
		snprintf(buf, n, "%.*f%s", decimals > 0 ? decimals : 0, v, suffix);
		p = strchr(buf, '.');
		if (p)
			*p = ',';
	}
}

/* A row's figures added up exactly, for the total over a stacked bar:
 * NULL unless every figure is an amount, or every one a count. */
static const char *row_total(const struct chart *c, size_t i, char *buf, size_t n)
{
	struct doc_cell sum;
	size_t j;

	memset(&sum, 0, sizeof(sum));
	for (j = 0; j < c->n_cols; j++) {
		const struct doc_cell *x = cell(c, i, j);

		if (x->type == DOC_CELL_EMPTY)
			continue;
		if (sum.type == DOC_CELL_EMPTY)
			sum.type = x->type;
		if (x->type != sum.type)
			return NULL;
		if (x->type == DOC_CELL_MONEY) {
			if (money_add(sum.money, x->money, &sum.money) < 0)
				return NULL;
		} else if (x->type == DOC_CELL_INT) {
			if (money_add(sum.i, x->i, &sum.i) < 0)
				return NULL;
		} else {
			return NULL;
		}
	}
	return sum.type == DOC_CELL_EMPTY ? NULL : render_cell(c->d, &sum, buf, n);
}

/* Draws the legend, a swatch and a label per item, in as many lines as w
 * needs; returns its height. */
static double legend(struct chart *c, const char *const *labels, size_t n, double x, double y,
		     double w)
{
	double cx = x, cy = y, line_h = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		PangoLayout *l = chart_layout(c->pc, labels[i], SIZE_TEXT, 0, w - SWATCH - 4);
		double lw, lh;

		extent(l, &lw, &lh);
		if (cx > x && cx + SWATCH + 4 + lw > x + w) {
			cx = x;
			cy += line_h + 3;
			line_h = 0;
		}
		colour(c->cr, i);
		cairo_rectangle(c->cr, cx, cy + (lh - SWATCH) / 2, SWATCH, SWATCH);
		cairo_fill(c->cr);
		ink(c->cr, 0.15);
		show(c->cr, l, cx + SWATCH + 4, cy);
		cx += SWATCH + 4 + lw + 14;
		if (lh > line_h)
			line_h = lh;
		g_object_unref(l);
	}
	return cy + line_h - y;
}

static void bars(struct chart *c, double x, double y, double w, double h)
{
	cairo_t *cr = c->cr;
	const double bottom_edge = y + h;
	int stacked = c->t->chart == DOC_CHART_STACKED;
	double lo = 0, hi = 0, step, axis_w = 0, label_h = 0, band, top, base, tick, vh;
	PangoLayout **labels;
	char buf[RENDER_CELL_MAX];
	int decimals;
	size_t i, j;

	if (c->n_cols > 1) {
		const char **names = xcalloc(c->n_cols, sizeof(*names));

		for (j = 0; j < c->n_cols; j++)
			names[j] = c->t->cols[c->cols[j]].header ? c->t->cols[c->cols[j]].header : "";
		y += legend(c, names, c->n_cols, x, y, w) + GAP;
		free(names);
	}
	for (i = 0; i < c->n_rows; i++) {
		double pos = 0, neg = 0, v;

		for (j = 0; j < c->n_cols; j++) {
			if (!value(c, i, j, &v))
				continue;
			if (stacked) {
				*(v > 0 ? &pos : &neg) += v;
			} else {
				pos = v > pos ? v : pos;
				neg = v < neg ? v : neg;
			}
		}
		hi = pos > hi ? pos : hi;
		lo = neg < lo ? neg : lo;
	}
	if (hi - lo <= 0)
		hi = 1;
	step = nice_step(hi - lo, 5);
	if (c->integers && step < 1)
		step = 1;
	lo = floor(lo / step + 1e-9) * step;
	hi = ceil(hi / step - 1e-9) * step;
	decimals = step < 1 ? (int)ceil(-log10(step) - 1e-9) : 0;

	if (c->money || c->percent) {
		PangoLayout *l = chart_layout(c->pc, c->money ? render_unit_caption(c->d) : "Procent",
					      SIZE_TEXT, 0, 0);
		double lh;

		extent(l, NULL, &lh);
		ink(cr, 0.35);
		show(cr, l, x, y);
		y += lh + 4;
		g_object_unref(l);
	}
	for (tick = lo; tick <= hi + step / 2; tick += step) {
		PangoLayout *l;
		double tw;

		axis_number(buf, sizeof(buf), fabs(tick) < step / 1e6 ? 0 : tick, decimals, c->percent);
		l = chart_layout(c->pc, buf, SIZE_TEXT, 0, 0);
		extent(l, &tw, NULL);
		axis_w = tw > axis_w ? tw : axis_w;
		g_object_unref(l);
	}
	axis_w += 6;
	band = (w - axis_w) / (double)c->n_rows;
	labels = xcalloc(c->n_rows, sizeof(*labels));
	for (i = 0; i < c->n_rows; i++) {
		const char *s = c->t->rows[c->rows[i]]->label;
		double lh;

		labels[i] = chart_layout(c->pc, s, SIZE_TEXT, 0, band - 4);
		pango_layout_set_alignment(labels[i], PANGO_ALIGN_CENTER);
		/* Three lines at most; a longer label ends in an ellipsis. */
		pango_layout_set_height(labels[i], -3);
		pango_layout_set_ellipsize(labels[i], PANGO_ELLIPSIZE_END);
		extent(labels[i], NULL, &lh);
		label_h = lh > label_h ? lh : label_h;
	}
	vh = SIZE_VALUE * 1.5;
	top = y + vh;
	base = bottom_edge - label_h - 4;
	if (base - top < 20)
		base = top + 20;

#define YPOS(v) (base - ((v) - lo) / (hi - lo) * (base - top))
	/* The grid and the axis's figures; the zero line comes after the bars. */
	for (tick = lo; tick <= hi + step / 2; tick += step) {
		double t = fabs(tick) < step / 1e6 ? 0 : tick, ty = YPOS(t), th;
		PangoLayout *l;

		if (t != 0) {
			cairo_set_line_width(cr, 0.4);
			ink(cr, 0.82);
			cairo_move_to(cr, x + axis_w, ty);
			cairo_line_to(cr, x + w, ty);
			cairo_stroke(cr);
		}
		axis_number(buf, sizeof(buf), t, decimals, c->percent);
		l = chart_layout(c->pc, buf, SIZE_TEXT, 0, 0);
		pango_layout_set_width(l, (int)((axis_w - 6) * PANGO_SCALE));
		pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
		extent(l, NULL, &th);
		ink(cr, 0.35);
		show(cr, l, x, ty - th / 2);
		g_object_unref(l);
	}

	for (i = 0; i < c->n_rows; i++) {
		double gx = x + axis_w + band * (double)i, inner = band * 0.72;
		double bw = stacked ? (inner < 56 ? inner : 56) : inner / (double)c->n_cols;
		double pos = 0, neg = 0;

		for (j = 0; j < c->n_cols; j++) {
			double v, bx, y0, y1, tw, th;
			PangoLayout *l;

			if (!value(c, i, j, &v))
				continue;
			if (stacked) {
				bx = gx + (band - bw) / 2;
				y0 = v >= 0 ? YPOS(pos) : YPOS(neg);
				y1 = v >= 0 ? YPOS(pos + v) : YPOS(neg + v);
				*(v >= 0 ? &pos : &neg) += v;
			} else {
				bx = gx + (band - inner) / 2 + bw * (double)j;
				y0 = YPOS(0);
				y1 = YPOS(v);
			}
			colour(cr, j);
			cairo_rectangle(cr, bx, y1 < y0 ? y1 : y0, bw, fabs(y1 - y0));
			cairo_fill_preserve(cr);
			cairo_set_source_rgb(cr, 1, 1, 1);
			cairo_set_line_width(cr, stacked ? 0.8 : 0.4);
			cairo_stroke(cr);

			l = chart_layout(c->pc, render_cell(c->d, cell(c, i, j), buf, sizeof(buf)),
					 SIZE_VALUE, 0, 0);
			extent(l, &tw, &th);
			if (stacked) {
				/* Inside its segment, when it fits there. */
				if (tw <= bw - 3 && fabs(y1 - y0) >= th + 1 && c->n_cols > 1) {
					ink_on(cr, j);
					show(cr, l, bx + (bw - tw) / 2, (y0 + y1) / 2 - th / 2);
				} else if (c->n_cols == 1 && tw <= band) {
					ink(cr, 0.15);
					show(cr, l, bx + (bw - tw) / 2, v >= 0 ? y1 - th - 1 : y1 + 1);
				}
			} else if (tw <= bw + band * 0.28 / (double)c->n_cols) {
				ink(cr, 0.15);
				show(cr, l, bx + (bw - tw) / 2, v >= 0 ? y1 - th - 1 : y1 + 1);
			}
			g_object_unref(l);
		}
		if (stacked && c->n_cols > 1) {
			const char *s = row_total(c, i, buf, sizeof(buf));

			if (s) {
				PangoLayout *l = chart_layout(c->pc, s, SIZE_VALUE, 1, 0);
				double tw, th;

				extent(l, &tw, &th);
				if (tw <= band) {
					ink(cr, 0.15);
					show(cr, l, gx + (band - tw) / 2, YPOS(pos) - th - 1);
				}
				g_object_unref(l);
			}
		}
		ink(cr, 0.15);
		show(cr, labels[i], gx + 2, base + 4);
	}
	cairo_set_line_width(cr, 0.8);
	ink(cr, 0.3);
	cairo_move_to(cr, x + axis_w, YPOS(0));
	cairo_line_to(cr, x + w, YPOS(0));
	cairo_stroke(cr);
#undef YPOS
	for (i = 0; i < c->n_rows; i++)
		g_object_unref(labels[i]);
	free(labels);
}

/* A share as a whole percentage, rounded half up: "69 %". Computed from
 * the exact figures when they are amounts or counts. */
static void share(char *buf, size_t n, const struct doc_cell *x, int64_t total, double v,
		  double vtotal)
{
	int64_t part = x->type == DOC_CELL_MONEY ? x->money : x->i;
	long long p;

	if (total > 0 && (x->type == DOC_CELL_MONEY || x->type == DOC_CELL_INT) &&
	    part <= INT64_MAX / 200 && total <= INT64_MAX / 2)
		p = (long long)((part * 200 + total) / (total * 2));
	else
		p = llround(100.0 * v / vtotal);
	snprintf(buf, n, "%lld %%", p);
}

static void pie(struct chart *c, double x, double y, double w, double h)
{
	cairo_t *cr = c->cr;
	double *v = xcalloc(c->n_rows + 1, sizeof(*v));
	const char **names = xcalloc(c->n_rows + 1, sizeof(*names));
	double vtotal = 0, dia, r, cx, cy, a, lx, lw, value_w = 0, share_w = 0, total_h = 0, ly;
	int64_t total = 0;
	int exact = 1;
	char buf[RENDER_CELL_MAX], pct[32];
	size_t i, k;

	for (i = 0; i < c->n_rows; i++) {
		const struct doc_cell *x0 = cell(c, i, 0);

		if (!value(c, i, 0, &v[i]) || v[i] <= 0) {
			v[i] = 0;
			continue;
		}
		vtotal += v[i];
		if (x0->type == DOC_CELL_MONEY || x0->type == DOC_CELL_INT) {
			if (money_add(total, x0->type == DOC_CELL_MONEY ? x0->money : x0->i, &total) < 0)
				exact = 0;
		} else {
			exact = 0;
		}
	}
	if (!exact)
		total = 0;
	if (vtotal <= 0) {
		PangoLayout *l = chart_layout(c->pc, "Inga värden att visa", SIZE_TEXT, 0, w);

		ink(cr, 0.35);
		show(cr, l, x, y);
		g_object_unref(l);
		goto out;
	}
	dia = w * 0.36 < h ? w * 0.36 : h;
	r = dia / 2 - 2;
	cx = x + dia / 2;
	cy = y + h / 2;
	a = -TAU / 4;
	for (i = k = 0; i < c->n_rows; i++) {
		double da;

		if (v[i] <= 0)
			continue;
		da = TAU * v[i] / vtotal;
		colour(cr, k);
		cairo_move_to(cr, cx, cy);
		cairo_arc(cr, cx, cy, r, a, a + da);
		cairo_close_path(cr);
		cairo_fill_preserve(cr);
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_set_line_width(cr, 1);
		cairo_stroke(cr);
		if (da >= 0.45) {
			PangoLayout *l;
			double tw, th, m = a + da / 2;

			share(pct, sizeof(pct), cell(c, i, 0), total, v[i], vtotal);
			l = chart_layout(c->pc, pct, SIZE_VALUE, 1, 0);
			extent(l, &tw, &th);
			ink_on(cr, k);
			show(cr, l, cx + 0.62 * r * cos(m) - tw / 2, cy + 0.62 * r * sin(m) - th / 2);
			g_object_unref(l);
		}
		a += da;
		k++;
	}

	/* The legend: swatch, label, value and share, in columns. */
	for (i = 0; i < c->n_rows; i++) {
		PangoLayout *l;
		double tw;

		if (v[i] <= 0)
			continue;
		l = chart_layout(c->pc, render_cell(c->d, cell(c, i, 0), buf, sizeof(buf)), SIZE_TEXT,
				 0, 0);
		extent(l, &tw, NULL);
		value_w = tw > value_w ? tw : value_w;
		g_object_unref(l);
	}
	{
		PangoLayout *l = chart_layout(c->pc, "100 %", SIZE_TEXT, 0, 0);

		extent(l, &share_w, NULL);
		g_object_unref(l);
	}
	lx = x + dia + 24;
	lw = x + w - lx - value_w - share_w - 16 - SWATCH - 5;
	if (lw < 40)
		lw = 40;
	for (i = 0; i < c->n_rows; i++) {
		PangoLayout *l;
		double lh;

		names[i] = c->t->rows[c->rows[i]]->label;
		if (v[i] <= 0)
			continue;
		l = chart_layout(c->pc, names[i], SIZE_TEXT, 0, lw);
		extent(l, NULL, &lh);
		total_h += lh + 4;
		g_object_unref(l);
	}
	ly = cy - total_h / 2 > y ? cy - total_h / 2 : y;
	for (i = k = 0; i < c->n_rows; i++) {
		PangoLayout *l;
		double lh, tw;

		if (v[i] <= 0)
			continue;
		l = chart_layout(c->pc, names[i], SIZE_TEXT, 0, lw);
		extent(l, NULL, &lh);
		colour(cr, k++);
		cairo_rectangle(cr, lx, ly + 1.5, SWATCH, SWATCH);
		cairo_fill(cr);
		ink(cr, 0.15);
		show(cr, l, lx + SWATCH + 5, ly);
		g_object_unref(l);
		l = chart_layout(c->pc, render_cell(c->d, cell(c, i, 0), buf, sizeof(buf)), SIZE_TEXT,
				 0, 0);
		extent(l, &tw, NULL);
		show(cr, l, lx + SWATCH + 5 + lw + 8 + value_w - tw, ly);
		g_object_unref(l);
		share(pct, sizeof(pct), cell(c, i, 0), total, v[i], vtotal);
		l = chart_layout(c->pc, pct, SIZE_TEXT, 0, 0);
		extent(l, &tw, NULL);
		ink(cr, 0.35);
		show(cr, l, lx + SWATCH + 5 + lw + 8 + value_w + 8 + share_w - tw, ly);
		g_object_unref(l);
		ly += lh + 4;
	}
out:
	free(names);
	free(v);
}

/* ---- the risk matrix ---- */

/* The fills of the four levels of a score and the ink on each, chosen so
 * that the text on them has a contrast of at least 4.5:1: pale green,
 * yellow and orange under near-black, a deep red under white. Each cell
 * also names its level in words, so the colour is never the only sign. */
static const struct {
	double fill[3], ink;
} levels[] = {
	{ { 0.694, 0.863, 0.698 }, 0.1 },  /* låg (1-3) */
	{ { 1.000, 0.878, 0.447 }, 0.1 },  /* medel (4-6) */
	{ { 0.973, 0.651, 0.341 }, 0.1 },  /* hög (8-9) */
	{ { 0.659, 0.125, 0.102 }, 1.0 },  /* mycket hög (12-16) */
};

static double matrix_label_w(double w)
{
	return w * 0.24;
}

static double matrix_cell_h(double w)
{
	double h = (w - matrix_label_w(w)) / 4 * 0.5;

	return h > 46 ? 46 : h < 30 ? 30 : h;
}

/* The level of the cell of row key (probability) and column key
 * (consequence): the numbers in the keys, their product the score. */
static int matrix_score(const char *row_key, const char *col_key)
{
	long p = row_key ? strtol(row_key, NULL, 10) : 0, c = col_key ? strtol(col_key, NULL, 10) : 0;

	return (int)(p * c);
}

static int matrix_level(int score)
{
	return score >= 12 ? 3 : score >= 8 ? 2 : score >= 4 ? 1 : 0;
}

static const char *const level_words[] = { "låg", "medel", "hög", "mycket hög" };

/* Draws text centred on cx in a box w wide from y; returns its height. */
static double centred(struct chart *c, const char *text, double size, int bold, double cx, double y, double w)
{
	PangoLayout *l = chart_layout(c->pc, text, size, bold, w);
	double h;

	pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
	extent(l, NULL, &h);
	show(c->cr, l, cx - w / 2, y);
	g_object_unref(l);
	return h;
}

static void matrix(struct chart *c, double x, double y, double w)
{
	cairo_t *cr = c->cr;
	double lw = matrix_label_w(w), cw = (w - lw) / 4, ch = matrix_cell_h(w), th;
	size_t i, j;

	for (i = 0; i < c->n_rows; i++) {
		const struct doc_row *r = c->t->rows[c->rows[i]];
		double cy = y + (double)i * ch;
		PangoLayout *l = chart_layout(c->pc, r->label, SIZE_TEXT, 0, lw - 6);

		extent(l, NULL, &th);
		ink(cr, 0.2);
		show(cr, l, x, cy + (ch - th) / 2);
		g_object_unref(l);
		for (j = 0; j < c->n_cols && j < 4; j++) {
			const struct doc_cell *v = cell(c, i, j);
			int score = matrix_score(r->key, c->t->cols[c->cols[j]].key), lv = matrix_level(score);
			double cx = x + lw + (double)j * cw;
			char words[32];

			cairo_set_source_rgb(cr, levels[lv].fill[0], levels[lv].fill[1], levels[lv].fill[2]);
			cairo_rectangle(cr, cx, cy, cw, ch);
			cairo_fill_preserve(cr);
			cairo_set_source_rgb(cr, 1, 1, 1);
			cairo_set_line_width(cr, 1.5);
			cairo_stroke(cr);
			ink(cr, levels[lv].ink);
			snprintf(words, sizeof(words), "%d %s", score, level_words[lv]);
			centred(c, words, SIZE_VALUE - 1, 0, cx + cw / 2, cy + 3, cw - 4);
			if (v->type == DOC_CELL_TEXT && v->text && *v->text)
				centred(c, v->text, SIZE_TEXT + 1, 1, cx + cw / 2, cy + ch / 2 - 1, cw - 4);
		}
	}
	/* The consequences under the columns, and what the axes are. */
	ink(cr, 0.2);
	th = 0;
	for (j = 0; j < c->n_cols && j < 4; j++) {
		double hh = centred(c, c->t->cols[c->cols[j]].header, SIZE_TEXT, 0, x + lw + ((double)j + 0.5) * cw,
				    y + 4 * ch + 3, cw - 2);

		if (hh > th)
			th = hh;
	}
	centred(c, "Konsekvens →", SIZE_TEXT, 1, x + lw + 2 * cw, y + 4 * ch + 5 + th, 2 * cw);
	centred(c, "Sannolikhet ↑", SIZE_TEXT, 1, x + lw / 2, y + 4 * ch + 5 + th, lw);
}

double chart_height(const struct doc_table *t, double w)
{
	double h = w * (t->chart == DOC_CHART_PIE ? 0.36 : 0.5);
	size_t i;

	if (t->chart == DOC_CHART_MATRIX)
		return 4 * matrix_cell_h(w) + (w < 400 ? 44 : 34) + (t->title ? 24 : 0);

	for (i = 0; i < t->n_rows; i++)
		if (t->rows[i]->style != DOC_ROW_HEADING)
			break;
	/* Without a category there is only the title and a line to say so. */
	if (i == t->n_rows || t->n_cols == 0)
		h = 20;
	else if (h < 150)
		h = 150;
	return h + (t->title ? 24 : 0);
}

void chart_draw(const struct doc *d, const struct doc_table *t, cairo_t *cr, double x, double y,
		double w, double h)
{
	struct chart c;
	double bottom = y + h;

	memset(&c, 0, sizeof(c));
	c.d = d;
	c.t = t;
	c.cr = cr;
	cairo_save(cr);
	c.pc = chart_context(cr);
	collect(&c);
	if (t->title) {
		PangoLayout *l = chart_layout(c.pc, t->title, SIZE_TITLE, 1, w);
		double th;

		extent(l, NULL, &th);
		ink(cr, 0.1);
		show(cr, l, x, y);
		y += th + GAP;
		g_object_unref(l);
	}
	if (c.n_rows == 0 || c.n_cols == 0) {
		PangoLayout *l = chart_layout(c.pc, "Inga värden att visa", SIZE_TEXT, 0, w);

		ink(cr, 0.35);
		show(cr, l, x, y);
		g_object_unref(l);
	} else if (t->chart == DOC_CHART_MATRIX) {
		matrix(&c, x, y, w);
	} else if (t->chart == DOC_CHART_PIE) {
		pie(&c, x, y, w, bottom - y);
	} else {
		bars(&c, x, y, w, bottom - y);
	}
	free(c.rows);
	free(c.cols);
	g_object_unref(c.pc);
	cairo_restore(cr);
}

char *chart_alt(const struct doc *d, const struct doc_table *t)
{
	static const char *const kinds[] = { "Diagram", "Stapeldiagram", "Staplat stapeldiagram",
					     "Cirkeldiagram", "Riskmatris" };
	struct chart c;
	struct buf b;
	char cellbuf[RENDER_CELL_MAX], *valid, *alt;
	size_t i, j;

	memset(&c, 0, sizeof(c));
	c.d = d;
	c.t = t;
	collect(&c);
	buf_init(&b);
	buf_adds(&b, kinds[t->chart < 5 ? t->chart : 0]);
	if (t->title)
		buf_addf(&b, ": %s", t->title);
	buf_adds(&b, ".");
	if (c.money)
		buf_addf(&b, " %s.", render_unit_caption(d));
	if (c.n_rows == 0 || c.n_cols == 0)
		buf_adds(&b, " Inga värden att visa.");
	for (i = 0; i < c.n_rows; i++) {
		const char *sep = ": ";

		buf_addf(&b, " %s", c.t->rows[c.rows[i]]->label ? c.t->rows[c.rows[i]]->label : "");
		for (j = 0; j < c.n_cols; j++) {
			const char *v = render_cell(d, cell(&c, i, j), cellbuf, sizeof(cellbuf));
			const char *series = t->cols[c.cols[j]].header;

			if (!*v)
				continue;
			buf_adds(&b, sep);
			if (series && *series && (c.n_cols > 1 || t->chart != DOC_CHART_PIE))
				buf_addf(&b, "%s ", series);
			buf_adds(&b, v);
			sep = ", ";
		}
		buf_adds(&b, ".");
	}
	free(c.rows);
	free(c.cols);
	valid = g_utf8_make_valid(b.s, -1);
	alt = xstrdup(valid);
	g_free(valid);
	buf_release(&b);
	return alt;
}

void render_release(void)
{
	if (!fonts_loaded)
		return;
	fonts_loaded = 0;
	/* Pango's font map holds the fonts fontconfig found, and their
	 * glyph caches. cairo's own small cache of font faces stays: freeing
	 * it (cairo_debug_reset_static_data) aborts while any font lives, and
	 * pango keeps some beyond its map (scripts/lsan.supp). */
	pango_cairo_font_map_set_default(NULL);
}
