/*
 * text.c: the plain-text renderer, laid out like the tables of a Swedish
 * annual report: labels to the left, amounts right-aligned in one column
 * per year under "Belopp i kr", totals set off by a rule, headings on lines
 * of their own. Records tables are grids (or lists, as the check report)
 * whose long texts wrap inside their column; paragraphs wrap at 80
 * characters. Widths count characters, not bytes, since labels are UTF-8
 * with å, ä and ö. Lines are built in a buffer and written without the
 * blanks that padding leaves at their ends.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "render/render_int.h"

#define LINE_WIDTH 80    /* paragraphs and lists wrap here */
#define TABLE_WIDTH 120  /* a grid wider than this wraps its text columns */
#define TEXT_COL_MIN 16  /* ... but none narrower than this */
#define LABEL_MIN 30     /* the label column of figures tables */
#define LABEL_MAX 60
#define VALUE_MIN 12     /* an amount column: room for "-100 000 000" */
#define GAP 2            /* blanks between columns */

struct text {
	const struct doc *d;
	FILE *f;
	struct buf line;
	int written;         /* a block is out: the next one starts after a blank line */
	size_t label_w;      /* shared by every figures table, so they line up */
};

/* A piece of a line of text, not NUL-terminated. */
struct span {
	const char *s;
	size_t n;
};

struct spans {
	struct span *v;
	size_t n, cap;
};

static size_t width_n(const char *s, size_t n)
{
	return utf8_len(s, n);
}

static size_t width(const char *s)
{
	return width_n(s, strlen(s));
}

/* Bytes taken by the first k characters of s[0..n). */
static size_t char_bytes(const char *s, size_t n, size_t k)
{
	size_t i = 0;

	while (i < n && k > 0) {
		i++;
		while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		k--;
	}
	return i;
}

static void spans_push(struct spans *l, const char *s, size_t n)
{
	l->v = xgrow(l->v, sizeof(*l->v), l->n + 1, &l->cap);
	l->v[l->n].s = s;
	l->v[l->n].n = n;
	l->n++;
}

/* 1 when the blank at s[i] groups the digits of one amount ("409 997,00"),
 * where a line must not break. */
static int in_number(const char *s, size_t n, size_t i)
{
	return i > 0 && i + 1 < n && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9';
}

/* Splits one line s[0..n) into pieces of at most w characters, breaking at
 * blanks (not those within an amount) and inside a word only when the word
 * alone is wider. Blanks that
 * start the line are kept (they indent it); those at a break are dropped. */
static void wrap_line(const char *s, size_t n, size_t w, struct spans *out)
{
	size_t lead = 0;
	int first = 1;

	while (lead < n && s[lead] == ' ')
		lead++;
	for (;;) {
		size_t cut, brk, end;

		if (!first) {
			while (n > 0 && *s == ' ') {
				s++;
				n--;
			}
			if (n == 0)
				return;
			lead = 0;
		}
		first = 0;
		if (width_n(s, n) <= w) {
			spans_push(out, s, n);
			return;
		}
		cut = char_bytes(s, n, w);
		for (brk = cut; brk > lead && (s[brk] != ' ' || in_number(s, n, brk)); brk--)
			;
		if (brk > lead) {
			for (end = brk; end > lead && s[end - 1] == ' '; end--)
				;
			spans_push(out, s, end);
		} else {
			brk = cut ? cut : char_bytes(s, n, 1);
			spans_push(out, s, brk);
		}
		s += brk;
		n -= brk;
	}
}

/* Splits s into lines of at most w characters (at least 1): at each '\n',
 * and by wrap_line within. A final '\n' adds no empty line. */
static void wrap(const char *s, size_t w, struct spans *out)
{
	out->n = 0;
	if (w < 1)
		w = 1;
	for (;;) {
		size_t n = strcspn(s, "\n");
		size_t m = n;

		if (m > 0 && s[m - 1] == '\r')
			m--;
		if (m == 0)
			spans_push(out, s, 0);
		else
			wrap_line(s, m, w, out);
		if (s[n] == '\0' || s[n + 1] == '\0')
			break;
		s += n + 1;
	}
}

/* The width of the widest line of s. */
static size_t widest_line(const char *s)
{
	size_t w = 0;

	for (;;) {
		size_t n = strcspn(s, "\n"), k = width_n(s, n);

		if (k > w)
			w = k;
		if (s[n] == '\0')
			return w;
		s += n + 1;
	}
}

static void put_n(struct text *o, const char *s, size_t n)
{
	buf_add(&o->line, s, n);
}

static void pad(struct text *o, size_t n)
{
	while (n-- > 0)
		buf_addc(&o->line, ' ');
}

static void repeat(struct text *o, const char *s, size_t n)
{
	while (n-- > 0)
		buf_adds(&o->line, s);
}

/* Ends the line, without the blanks padding left at its end. */
static void endl(struct text *o)
{
	size_t n = o->line.len;

	while (n > 0 && o->line.s[n - 1] == ' ')
		n--;
	fwrite(o->line.s, 1, n, o->f);
	fputc('\n', o->f);
	buf_reset(&o->line);
}

/* s left-aligned in w characters. */
static void left_n(struct text *o, const char *s, size_t n, size_t w)
{
	size_t k = width_n(s, n);

	put_n(o, s, n);
	if (k < w)
		pad(o, w - k);
}

/* s right-aligned in w characters. */
static void right_n(struct text *o, const char *s, size_t n, size_t w)
{
	size_t k = width_n(s, n);

	if (k < w)
		pad(o, w - k);
	put_n(o, s, n);
}

/* Writes s wrapped at w characters, each line after indent blanks. */
static void wrapped(struct text *o, const char *s, size_t indent, size_t w, struct spans *sp)
{
	size_t i;

	wrap(s, w > indent ? w - indent : 1, sp);
	for (i = 0; i < sp->n; i++) {
		pad(o, indent);
		put_n(o, sp->v[i].s, sp->v[i].n);
		endl(o);
	}
}

/* Starts a block: a blank line after whatever came before. */
static void block_start(struct text *o)
{
	if (o->written)
		endl(o);
	o->written = 1;
}

static void label_width(void *ctx, const struct doc_table *t)
{
	struct text *o = ctx;
	size_t i;

	if (t->kind != DOC_TABLE_FIGURES || t->machine_only)
		return;
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];
		size_t n;

		if (r->style == DOC_ROW_HEADING || render_row_hidden(t, r) || !r->label)
			continue;
		n = widest_line(r->label);
		if (n > o->label_w)
			o->label_w = n > LABEL_MAX ? LABEL_MAX : n;
	}
}

static void figures(struct text *o, const struct doc_table *t)
{
	size_t *vw = xcalloc(t->n_cols + 1, sizeof(*vw));
	struct spans sp = { 0 };
	char buf[RENDER_CELL_MAX];
	const char *caption = render_table_has_money(t) ? render_unit_caption(o->d) : "";
	size_t i, j, total = o->label_w;
	int headers = 0;

	for (j = 0; j < t->n_cols; j++) {
		if (!render_column_shown(t, j))
			continue;
		vw[j] = VALUE_MIN;
		if (t->cols[j].header && width(t->cols[j].header) > vw[j])
			vw[j] = width(t->cols[j].header);
		headers |= t->cols[j].header && *t->cols[j].header;
		for (i = 0; i < t->n_rows; i++) {
			size_t n;

			if (render_row_hidden(t, t->rows[i]))
				continue;
			n = widest_line(render_cell(o->d, &t->rows[i]->cells[j], buf, sizeof(buf)));
			if (n > vw[j])
				vw[j] = n;
		}
		total += GAP + vw[j];
	}
	if (t->title)
		wrapped(o, t->title, 0, total > LINE_WIDTH ? total : LINE_WIDTH, &sp);
	if (*caption || headers) {
		left_n(o, caption, strlen(caption), o->label_w);
		for (j = 0; j < t->n_cols; j++) {
			if (!render_column_shown(t, j))
				continue;
			pad(o, GAP);
			right_n(o, t->cols[j].header ? t->cols[j].header : "",
				t->cols[j].header ? strlen(t->cols[j].header) : 0, vw[j]);
		}
		endl(o);
	}
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];
		const char *label = r->label ? r->label : "";

		if (render_row_hidden(t, r))
			continue;
		if (r->style == DOC_ROW_HEADING) {
			wrapped(o, label, 0, total, &sp);
			continue;
		}
		if (r->style == DOC_ROW_SUM) {
			int rule = 0;

			pad(o, o->label_w);
			for (j = 0; j < t->n_cols; j++) {
				if (!render_column_shown(t, j))
					continue;
				pad(o, GAP);
				if (r->cells[j].type == DOC_CELL_EMPTY) {
					pad(o, vw[j]);
					continue;
				}
				repeat(o, "-", vw[j]);
				rule = 1;
			}
			if (rule)
				endl(o);
			else
				buf_reset(&o->line);
		}
		/* A label too long for its column goes on lines of its own; the
		 * amounts stand beside its last line, as printed reports do. */
		wrap(label, o->label_w, &sp);
		for (j = 0; j + 1 < sp.n; j++) {
			put_n(o, sp.v[j].s, sp.v[j].n);
			endl(o);
		}
		if (sp.n)
			left_n(o, sp.v[sp.n - 1].s, sp.v[sp.n - 1].n, o->label_w);
		else
			pad(o, o->label_w);
		for (j = 0; j < t->n_cols; j++) {
			const char *s;

			if (!render_column_shown(t, j))
				continue;
			s = render_cell(o->d, &r->cells[j], buf, sizeof(buf));
			pad(o, GAP);
			right_n(o, s, strcspn(s, "\n"), vw[j]);
		}
		endl(o);
	}
	free(sp.v);
	free(vw);
}

/* Uppercases the ASCII letters and the Latin-1 ones (å ä ö é ...) of s. */
static void upper(char *s)
{
	unsigned char *p = (unsigned char *)s;

	for (; *p; p++) {
		if (*p >= 'a' && *p <= 'z') {
			*p = (unsigned char)(*p - 'a' + 'A');
		} else if (*p == 0xC3 && p[1] >= 0xA0 && p[1] <= 0xBE && p[1] != 0xB7) {
			p[1] = (unsigned char)(p[1] - 0x20);
			p++;
		}
	}
}

static char *list_tag(const struct text *o, const struct doc_table *t, const struct doc_row *r)
{
	char buf[RENDER_CELL_MAX];
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "[");
	buf_adds(&b, render_cell(o->d, &r->cells[t->list_tag], buf, sizeof(buf)));
	buf_adds(&b, "]");
	upper(b.s);
	return buf_detach(&b);
}

/* "[TAG] item" per row, the tags padded to one width, the other columns
 * on lines of their own below the item. */
static void list(struct text *o, const struct doc_table *t)
{
	struct spans sp = { 0 };
	char buf[RENDER_CELL_MAX];
	size_t i, j, k, indent = 0;

	for (i = 0; i < t->n_rows; i++) {
		char *tag = list_tag(o, t, t->rows[i]);

		if (width(tag) + 1 > indent)
			indent = width(tag) + 1;
		free(tag);
	}
	if (t->title)
		wrapped(o, t->title, 0, LINE_WIDTH, &sp);
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];
		char *tag = list_tag(o, t, r);

		wrap(render_cell(o->d, &r->cells[t->list_item], buf, sizeof(buf)),
		     LINE_WIDTH > indent ? LINE_WIDTH - indent : 1, &sp);
		left_n(o, tag, strlen(tag), indent);
		for (k = 0; k < sp.n; k++) {
			if (k > 0)
				pad(o, indent);
			put_n(o, sp.v[k].s, sp.v[k].n);
			endl(o);
		}
		if (sp.n == 0)
			endl(o);
		free(tag);
		for (j = 0; j < t->n_cols; j++) {
			if (j == t->list_tag || j == t->list_item || !render_column_shown(t, j) ||
			    r->cells[j].type == DOC_CELL_EMPTY)
				continue;
			wrapped(o, render_cell(o->d, &r->cells[j], buf, sizeof(buf)), indent, LINE_WIDTH, &sp);
		}
	}
	free(sp.v);
}

/* Narrows the widest text column, a character at a time, until the grid
 * fits in TABLE_WIDTH or no text column can give more. */
static void fit(const struct doc_table *t, size_t *w, const int *numeric)
{
	size_t j, total = 0, n = 0;

	for (j = 0; j < t->n_cols; j++) {
		if (render_column_shown(t, j)) {
			total += w[j];
			n++;
		}
	}
	if (n > 1)
		total += GAP * (n - 1);
	while (total > TABLE_WIDTH) {
		size_t widest = t->n_cols;

		for (j = 0; j < t->n_cols; j++)
			if (render_column_shown(t, j) && !numeric[j] && w[j] > TEXT_COL_MIN &&
			    (widest == t->n_cols || w[j] > w[widest]))
				widest = j;
		if (widest == t->n_cols)
			return;
		w[widest]--;
		total--;
	}
}

/* One row of the grid: each cell wrapped in its column, as many lines as
 * the tallest cell needs. texts[j] is NULL for a column not shown. */
static void grid_row(struct text *o, const struct doc_table *t, const char **texts, const size_t *w,
		     const int *numeric)
{
	struct spans *sp = xcalloc(t->n_cols + 1, sizeof(*sp));
	size_t j, k, height = 0, last = 0;

	for (j = 0; j < t->n_cols; j++) {
		if (!texts[j])
			continue;
		wrap(texts[j], w[j], &sp[j]);
		if (sp[j].n > height)
			height = sp[j].n;
		last = j;
	}
	for (k = 0; k < height; k++) {
		int first = 1;

		for (j = 0; j <= last; j++) {
			const struct span *s = k < sp[j].n ? &sp[j].v[k] : NULL;

			if (!texts[j])
				continue;
			if (!first)
				pad(o, GAP);
			first = 0;
			if (numeric[j])
				right_n(o, s ? s->s : "", s ? s->n : 0, w[j]);
			else
				left_n(o, s ? s->s : "", s ? s->n : 0, w[j]);
		}
		endl(o);
	}
	for (j = 0; j < t->n_cols; j++)
		free(sp[j].v);
	free(sp);
}

static void grid(struct text *o, const struct doc_table *t)
{
	size_t *w = xcalloc(t->n_cols + 1, sizeof(*w));
	int *numeric = xcalloc(t->n_cols + 1, sizeof(*numeric));
	const char **texts = xcalloc(t->n_cols + 1, sizeof(*texts));
	char (*bufs)[RENDER_CELL_MAX] = xcalloc(t->n_cols + 1, sizeof(*bufs));
	struct spans sp = { 0 };
	size_t i, j;
	int any = 0;

	for (j = 0; j < t->n_cols; j++) {
		if (!render_column_shown(t, j))
			continue;
		any = 1;
		numeric[j] = render_column_numeric(t, j);
		w[j] = widest_line(t->cols[j].header ? t->cols[j].header : "");
		for (i = 0; i < t->n_rows; i++) {
			size_t n = widest_line(render_cell(o->d, &t->rows[i]->cells[j], bufs[j], RENDER_CELL_MAX));

			if (n > w[j])
				w[j] = n;
		}
	}
	fit(t, w, numeric);
	if (t->title)
		wrapped(o, t->title, 0, LINE_WIDTH, &sp);
	if (any) {
		for (j = 0; j < t->n_cols; j++)
			texts[j] = render_column_shown(t, j) ? (t->cols[j].header ? t->cols[j].header : "") : NULL;
		grid_row(o, t, texts, w, numeric);
		/* A rule under the headers, one per column. */
		for (j = 0, i = 0; j < t->n_cols; j++) {
			if (!texts[j])
				continue;
			if (i++)
				pad(o, GAP);
			repeat(o, "-", w[j]);
		}
		endl(o);
		for (i = 0; i < t->n_rows; i++) {
			for (j = 0; j < t->n_cols; j++)
				texts[j] = render_column_shown(t, j)
						   ? render_cell(o->d, &t->rows[i]->cells[j], bufs[j], RENDER_CELL_MAX)
						   : NULL;
			grid_row(o, t, texts, w, numeric);
		}
	}
	free(sp.v);
	free(bufs);
	free(texts);
	free(numeric);
	free(w);
}

static void block(struct text *o, const struct doc_block *b, int depth)
{
	struct spans sp = { 0 };
	size_t i;

	switch (b->kind) {
	case DOC_BLOCK_SECTION:
		if (b->text) {
			block_start(o);
			wrapped(o, b->text, 0, LINE_WIDTH, &sp);
			repeat(o, depth <= 1 ? "=" : "-", widest_line(b->text) < LINE_WIDTH
							  ? widest_line(b->text) : LINE_WIDTH);
			endl(o);
		}
		for (i = 0; i < b->n_children; i++)
			block(o, b->children[i], b->text ? depth + 1 : depth);
		break;
	case DOC_BLOCK_PARAGRAPH:
		block_start(o);
		wrapped(o, b->text ? b->text : "", 0, LINE_WIDTH, &sp);
		break;
	case DOC_BLOCK_TABLE:
		if (b->table->machine_only)
			break;
		block_start(o);
		if (b->table->kind == DOC_TABLE_FIGURES)
			figures(o, b->table);
		else if (b->table->layout == DOC_LAYOUT_LIST)
			list(o, b->table);
		else
			grid(o, b->table);
		break;
	}
	free(sp.v);
}

int render_text(const struct doc *d, FILE *out, struct err *err)
{
	struct text o = { d, out, { 0 }, 0, LABEL_MIN };
	struct spans sp = { 0 };
	size_t i;

	buf_init(&o.line);
	if (d->status == DOC_DRAFT) {
		char titles[1024], line[1100];

		wrapped(&o, DOC_DRAFT_MARK, 0, LINE_WIDTH, &sp);
		if (d->n_failing) {
			snprintf(line, sizeof(line), "Kontroller som visar fel: %s.",
				 doc_failing_titles(d, titles, sizeof(titles)));
			wrapped(&o, line, 0, LINE_WIDTH, &sp);
		}
		endl(&o);
	}
	if (d->title) {
		wrapped(&o, d->title, 0, LINE_WIDTH, &sp);
		o.written = 1;
	}
	for (i = 0; i < d->n_subtitles; i++) {
		wrapped(&o, d->subtitles[i], 0, LINE_WIDTH, &sp);
		o.written = 1;
	}
	doc_each_table(d, label_width, &o);
	block(&o, &d->body, 1);
	if (d->note) {
		block_start(&o);
		wrapped(&o, d->note, 0, LINE_WIDTH, &sp);
	}
	free(sp.v);
	buf_release(&o.line);
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
