/*
 * xlsx.c: the XLSX renderer (libxlsxwriter), a workbook for people who go
 * on working in Excel or LibreOffice. A first sheet "Rapport" holds the
 * document's title, subtitles, section titles and paragraphs in order, a
 * link to each table's sheet where the table stands, and the note; then one
 * sheet per table people see, named from its title. A table's sheet has the
 * title in bold on row 1, a header row (bold, a rule under it, the panes
 * frozen below it) and the rows as the text report shows them: headings
 * bold without figures, sums bold with a rule over them, optional rows
 * without amounts left out. A chart's table also gets a native chart beside
 * its figures.
 *
 * Cells hold what people read, as numbers: an amount is the rounded figure
 * the text report prints in the document's unit (whole kronor, kronor with
 * öre, or thousands), a ratio the percentage rounded to the tenth printed
 * (0.223 for "22,3 %"), so a sheet shows and adds up exactly as the printed
 * report does; exact öre are in the JSON and CSV. The number formats carry
 * the Swedish locale tag [$-41D], so LibreOffice groups thousands with a
 * space and writes a decimal comma whatever the reader's locale; Excel
 * takes the separators from the reader's regional settings. Dates are real
 * dates shown as yyyy-mm-dd; texts (a protected "<5") stay texts.
 *
 * libxlsxwriter writes only to a named file, so the workbook goes to a
 * private temporary file (mkstemp, mode 0600) that is copied to the stream
 * and removed, whatever happens. Its creation time is fixed, so the same
 * document always gives the same bytes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/text.h"
#include "base/tmp.h"
#include "base/xmalloc.h"
#include "render/render_int.h"
#include "render/xlsx.h"

#define REPORT_SHEET "Rapport"
#define LABEL_MIN 30      /* the label column of figures tables, in characters */
#define LABEL_MAX 60
#define NUMBER_MIN 14     /* a column of figures */
#define TEXT_MIN 8        /* a column of text in a records table */
#define TEXT_MAX 60
#define REPORT_WIDTH 100  /* the first sheet's one column */

/* 1980-01-01T00:00:00Z, the date the library already gives every member of
 * the zip: a creation time that does not change from run to run. */
#define FIXED_CREATED ((time_t)315532800)

/* Swedish grouping and decimal comma by the locale tag, minus as '-'. */
#define FMT_KR "[$-41D]#,##0"
#define FMT_KR_ORE "[$-41D]#,##0.00"
#define FMT_PERCENT "[$-41D]0.0 %"
#define FMT_INT "0"
#define FMT_DATE "yyyy-mm-dd"

/* How a row is set off: its cells' weight and rules. */
enum style { ST_NORMAL, ST_BOLD, ST_SUM, N_STYLES };

/* What a cell holds, and so its number format and alignment. */
enum kind { K_TEXT, K_RTEXT, K_KR, K_KR_ORE, K_PERCENT, K_INT, K_DATE, N_KINDS };

struct xlsx {
	const struct doc *d;
	lxw_workbook *wb;
	lxw_format *fmt[N_STYLES][N_KINDS]; /* made when first needed */
	lxw_format *title, *section, *head, *head_right, *wrap;
	lxw_worksheet *report;
	lxw_row_t report_row;
	int after_link;                      /* the last line there is a link */
	const char *section_title;           /* the innermost titled section */
	char **names;                        /* the sheets' names so far */
	size_t n_names, cap_names;
	lxw_error lerr;                      /* the library's first error */
	struct err *err;
	int failed;                          /* err holds a message */
};

/* ---- Worksheet names ---------------------------------------------------- */

/* Bytes in the UTF-8 character that starts with byte c. */
static size_t char_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xF0)
		return 4;
	if (c >= 0xE0)
		return 3;
	return 2;
}

/* s with ASCII and Latin-1 letters in lower case, into out (strlen(s) + 1
 * bytes): how Excel tells two names apart for the letters finsam uses. */
static void fold(char *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char *o = (unsigned char *)out;

	for (; *p; p++, o++) {
		*o = *p;
		if (*p >= 'A' && *p <= 'Z') {
			*o = (unsigned char)(*p - 'A' + 'a');
		} else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
			*o++ = *p++;
			*o = (unsigned char)(*p + 0x20);
		}
	}
	*o = '\0';
}

static int name_taken(const char *name, const char *const *used, size_t n_used)
{
	char a[XLSX_SHEET_NAME_MAX], b[XLSX_SHEET_NAME_MAX];
	size_t i;

	fold(a, name);
	if (strcmp(a, "history") == 0)
		return 1;
	for (i = 0; i < n_used; i++) {
		if (!used[i] || strlen(used[i]) >= sizeof(b))
			continue;
		fold(b, used[i]);
		if (strcmp(a, b) == 0)
			return 1;
	}
	return 0;
}

/* Drops blanks and apostrophes from the end of s[0..*len). */
static void trim_end(const char *s, size_t *len)
{
	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\''))
		(*len)--;
}

char *xlsx_sheet_name(char *buf, size_t n, const char *title, const char *fallback,
		      const char *const *used, size_t n_used)
{
	char base[XLSX_SHEET_NAME_MAX], suffix[16];
	size_t len = 0, chars = 0, i, room, cut;
	unsigned k;

	if (n == 0)
		return buf;
	if (!title || !utf8_valid(title, strlen(title)))
		title = "";
	while (*title == ' ' || *title == '\'' || (unsigned char)*title < 0x20) {
		if (!*title)
			break;
		title++;
	}
	/* The cleaned title, at most XLSX_SHEET_CHARS characters. */
	for (i = 0; title[i] && chars < XLSX_SHEET_CHARS; chars++) {
		size_t m = char_len((unsigned char)title[i]);
		char c = title[i];

		if (m == 1) {
			if ((unsigned char)c < 0x20 || c == 0x7F)
				c = ' ';
			else if (c == '[')
				c = '(';
			else if (c == ']')
				c = ')';
			else if (strchr(":*?/\\", c))
				c = '-';
			/* "Delårsrapport 2025: budget" reads "... 2025 - budget". */
			if (title[i] == ':' && title[i + 1] == ' ' && len > 0 && base[len - 1] != ' ' &&
			    chars + 1 < XLSX_SHEET_CHARS) {
				base[len++] = ' ';
				chars++;
			}
			base[len++] = c;
			i++;
			continue;
		}
		memcpy(base + len, title + i, m);
		len += m;
		i += m;
	}
	trim_end(base, &len);
	base[len] = '\0';
	if (len == 0) {
		if (fallback && fallback != title && *fallback)
			return xlsx_sheet_name(buf, n, fallback, NULL, used, n_used);
		snprintf(base, sizeof(base), "Blad");
		len = strlen(base);
	}
	for (k = 1;; k++) {
		suffix[0] = '\0';
		if (k > 1)
			snprintf(suffix, sizeof(suffix), " (%u)", k);
		/* Cut the base to leave room for the suffix, at a character. */
		room = XLSX_SHEET_CHARS - strlen(suffix);
		for (cut = 0, chars = 0; cut < len && chars < room; chars++)
			cut += char_len((unsigned char)base[cut]);
		trim_end(base, &cut);
		snprintf(buf, n, "%.*s%s", (int)cut, base, suffix);
		if (!name_taken(buf, used, n_used))
			return buf;
	}
}

/* ---- Formats ------------------------------------------------------------ */

static lxw_format *fmt(struct xlsx *x, enum style s, enum kind k)
{
	static const char *const codes[N_KINDS] = {
		[K_KR] = FMT_KR, [K_KR_ORE] = FMT_KR_ORE, [K_PERCENT] = FMT_PERCENT,
		[K_INT] = FMT_INT, [K_DATE] = FMT_DATE,
	};
	lxw_format *f = x->fmt[s][k];

	if (f)
		return f;
	f = workbook_add_format(x->wb);
	if (codes[k])
		format_set_num_format(f, codes[k]);
	if (k == K_TEXT)
		format_set_align(f, LXW_ALIGN_LEFT);
	else if (k == K_RTEXT)
		format_set_align(f, LXW_ALIGN_RIGHT);
	if (s != ST_NORMAL)
		format_set_bold(f);
	if (s == ST_SUM)
		format_set_top(f, LXW_BORDER_THIN);
	x->fmt[s][k] = f;
	return f;
}

static void make_formats(struct xlsx *x)
{
	x->title = workbook_add_format(x->wb);
	format_set_bold(x->title);
	format_set_font_size(x->title, 14);
	x->section = workbook_add_format(x->wb);
	format_set_bold(x->section);
	x->head = workbook_add_format(x->wb);
	format_set_bold(x->head);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	x->head_right = workbook_add_format(x->wb);
	format_set_bold(x->head_right);
	format_set_bottom(x->head_right, LXW_BORDER_THIN);
	format_set_align(x->head_right, LXW_ALIGN_RIGHT);
	x->wrap = workbook_add_format(x->wb);
	format_set_text_wrap(x->wrap);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
}

/* ---- Writing cells ------------------------------------------------------ */

/* Keeps the library's first error; later ones are its consequences. */
static void check(struct xlsx *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && x->lerr == LXW_NO_ERROR)
		x->lerr = e;
}

/* A text cell; text that is not UTF-8 would make the file unreadable, so
 * it fails the whole rendering, as it does for JSON. */
static void put_text(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
		     const char *s, lxw_format *f)
{
	if (!s)
		s = "";
	if (!utf8_valid(s, strlen(s))) {
		if (!x->failed)
			err_set(x->err, "kan inte skriva XLSX: texten '%.40s' är inte giltig UTF-8", s);
		x->failed = 1;
		return;
	}
	if (*s)
		check(x, worksheet_write_string(ws, row, col, s, f));
	else if (f)
		check(x, worksheet_write_blank(ws, row, col, f));
}

/* The amount people read, in the document's unit. */
static double money_shown(const struct doc *d, int64_t ore)
{
	switch (d->unit) {
	case DOC_UNIT_KR_ORE:
		return (double)ore / MONEY_KR;
	case DOC_UNIT_TKR:
		return (double)money_round(ore, MONEY_TKR);
	case DOC_UNIT_KR:
	default:
		return (double)money_round(ore, MONEY_KR);
	}
}

/* num/den rounded as the percentage people read ("22,3 %" is 0.223);
 * returns -1 when den is 0. */
static int ratio_shown(int64_t num, int64_t den, double *out)
{
	char buf[64], digits[64];
	size_t i, j = 0;

	if (ratio_format(buf, sizeof(buf), num, den, 3) < 0)
		return -1;
	for (i = 0; buf[i] && j + 1 < sizeof(digits); i++)
		if (buf[i] != '.')
			digits[j++] = buf[i];
	digits[j] = '\0';
	*out = (double)strtoll(digits, NULL, 10) / 1000.0;
	return 0;
}

/* Writes cell c; right says a text belongs in a column of figures. */
static void put_cell(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
		     const struct doc_cell *c, enum style s, int right)
{
	lxw_datetime dt;
	double v;

	switch (c->type) {
	case DOC_CELL_EMPTY:
		if (s != ST_NORMAL)
			check(x, worksheet_write_blank(ws, row, col, fmt(x, s, K_TEXT)));
		break;
	case DOC_CELL_MONEY:
		check(x, worksheet_write_number(ws, row, col, money_shown(x->d, c->money),
						fmt(x, s, x->d->unit == DOC_UNIT_KR_ORE ? K_KR_ORE : K_KR)));
		break;
	case DOC_CELL_RATIO:
		if (ratio_shown(c->num, c->den, &v) == 0)
			check(x, worksheet_write_number(ws, row, col, v, fmt(x, s, K_PERCENT)));
		else /* undefined: the dash the text report prints */
			put_text(x, ws, row, col, "\xE2\x80\x93", fmt(x, s, K_RTEXT));
		break;
	case DOC_CELL_INT:
		check(x, worksheet_write_number(ws, row, col, (double)c->i, fmt(x, s, K_INT)));
		break;
	case DOC_CELL_TEXT:
		put_text(x, ws, row, col, c->text, fmt(x, s, right ? K_RTEXT : K_TEXT));
		break;
	case DOC_CELL_DATE:
		if (!date_is_set(c->date)) {
			put_cell(x, ws, row, col, &(struct doc_cell){ .type = DOC_CELL_EMPTY }, s, right);
			break;
		}
		memset(&dt, 0, sizeof(dt));
		dt.year = c->date.y;
		dt.month = c->date.m;
		dt.day = c->date.d;
		check(x, worksheet_write_datetime(ws, row, col, &dt, fmt(x, s, K_DATE)));
		break;
	}
}

/* The width in characters of the widest line of s. */
static size_t text_width(const char *s)
{
	size_t w = 0;

	if (!s)
		return 0;
	for (;;) {
		size_t n = strcspn(s, "\n"), k = utf8_len(s, n);

		if (k > w)
			w = k;
		if (s[n] == '\0')
			return w;
		s += n + 1;
	}
}

static size_t clamp(size_t v, size_t lo, size_t hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* ---- The first sheet ---------------------------------------------------- */

/* Writes one line per line of s on the first sheet. */
static void report_lines(struct xlsx *x, const char *s, lxw_format *f)
{
	char *copy = xstrdup(s ? s : ""), *p = copy;

	for (;;) {
		size_t n = strcspn(p, "\n");
		char end = p[n];

		p[n] = '\0';
		if (n > 0 && p[n - 1] == '\r')
			p[n - 1] = '\0';
		put_text(x, x->report, x->report_row++, 0, p, f);
		x->after_link = 0;
		if (end == '\0' || p[n + 1] == '\0')
			break;
		p += n + 1;
	}
	free(copy);
}

/* A link on the first sheet to the sheet called name. */
/* A draft's mark in the header of every printed page of a sheet. */
static void draft_header(struct xlsx *x, lxw_worksheet *ws)
{
	if (x->d->status == DOC_DRAFT)
		check(x, worksheet_set_header(ws, "&C&\"-,Bold\"" DOC_DRAFT_MARK));
}

static void report_link(struct xlsx *x, const char *name)
{
	struct buf url;
	const char *p;

	/* A list of sheets is set off from the text above it. */
	if (!x->after_link)
		x->report_row++;
	x->after_link = 1;
	buf_init(&url);
	buf_adds(&url, "internal:'");
	for (p = name; *p; p++) {
		if (*p == '\'')
			buf_addc(&url, '\'');
		buf_addc(&url, *p);
	}
	buf_adds(&url, "'!A1");
	check(x, worksheet_write_url_opt(x->report, x->report_row++, 0, url.s, NULL, name, NULL));
	buf_release(&url);
}

/* ---- Table sheets ------------------------------------------------------- */

static const char *sheet_for(struct xlsx *x, const struct doc_table *t)
{
	char name[XLSX_SHEET_NAME_MAX];

	/* A table without a title is named after its section, else the document. */
	xlsx_sheet_name(name, sizeof(name), t->title,
			x->section_title ? x->section_title : x->d->title ? x->d->title : "Tabell",
			(const char *const *)x->names, x->n_names);
	x->names = xgrow(x->names, sizeof(*x->names), x->n_names + 1, &x->cap_names);
	x->names[x->n_names] = xstrdup(name);
	return x->names[x->n_names++];
}

/* The chart beside a chart table's figures: rows first..last are the
 * categories (their labels in column 0), columns 1..n_cols the series. */
static void chart(struct xlsx *x, lxw_worksheet *ws, const char *name, const struct doc_table *t,
		  lxw_row_t first, lxw_row_t last, lxw_col_t n_cols, int money)
{
	lxw_chart *c;
	lxw_col_t col, n_series = n_cols;

	if (last < first || n_cols == 0)
		return;
	switch (t->chart) {
	case DOC_CHART_BARS:
		c = workbook_add_chart(x->wb, LXW_CHART_COLUMN);
		break;
	case DOC_CHART_STACKED:
		c = workbook_add_chart(x->wb, LXW_CHART_COLUMN_STACKED);
		break;
	case DOC_CHART_PIE:
		c = workbook_add_chart(x->wb, LXW_CHART_PIE);
		n_series = 1; /* the first column's shares */
		break;
	case DOC_CHART_NONE:
	default:
		return;
	}
	if (!c) {
		check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	for (col = 1; col <= n_series; col++) {
		lxw_chart_series *s = chart_add_series(c, NULL, NULL);

		if (!s) {
			check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
			return;
		}
		chart_series_set_categories(s, name, first, 0, last, 0);
		chart_series_set_values(s, name, first, col, last, col);
		chart_series_set_name_range(s, name, 1, col);
	}
	if (t->title)
		chart_title_set_name(c, t->title);
	if (t->chart != DOC_CHART_PIE && money)
		chart_axis_set_num_format(c->y_axis,
					  x->d->unit == DOC_UNIT_KR_ORE ? FMT_KR_ORE : FMT_KR);
	check(x, worksheet_insert_chart(ws, 1, n_cols + 2, c));
}

static void table_sheet(struct xlsx *x, const struct doc_table *t)
{
	const char *name = sheet_for(x, t);
	lxw_worksheet *ws = NULL;
	int figures = t->kind == DOC_TABLE_FIGURES;
	int money = render_table_has_money(t);
	lxw_col_t first_value = figures ? 1 : 0, col;
	lxw_row_t row = 2, first_data;
	size_t *width = xcalloc(t->n_cols + 2, sizeof(*width));
	int *numeric = xcalloc(t->n_cols + 1, sizeof(*numeric));
	char buf[RENDER_CELL_MAX];
	size_t i, j;

	check(x, workbook_validate_sheet_name(x->wb, name));
	if (x->lerr == LXW_NO_ERROR)
		ws = workbook_add_worksheet(x->wb, name);
	if (!ws) {
		check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		goto out;
	}
	report_link(x, name);
	draft_header(x, ws);
	if (x->d->status == DOC_DRAFT) {
		/* A draft says so in the first row of every sheet. */
		struct buf first;

		buf_init(&first);
		buf_addf(&first, "%s: %s", DOC_DRAFT_MARK, t->title ? t->title : x->d->title ? x->d->title : name);
		put_text(x, ws, 0, 0, first.s, x->section);
		buf_release(&first);
	} else {
		put_text(x, ws, 0, 0, t->title ? t->title : x->d->title ? x->d->title : name, x->section);
	}

	/* The header row: a figures table's caption over its labels. */
	if (figures) {
		put_text(x, ws, 1, 0, money ? render_unit_caption(x->d) : "", x->head);
		width[0] = LABEL_MIN;
	}
	for (j = 0, col = first_value; j < t->n_cols; j++) {
		const char *h = t->cols[j].header ? t->cols[j].header : "";

		if (!render_column_shown(t, j))
			continue;
		numeric[j] = render_column_numeric(t, j);
		width[col] = numeric[j] ? NUMBER_MIN : TEXT_MIN;
		if (text_width(h) + 2 > width[col])
			width[col] = text_width(h) + 2;
		put_text(x, ws, 1, col, h, numeric[j] ? x->head_right : x->head);
		col++;
	}
	worksheet_freeze_panes(ws, 2, first_value);

	first_data = row;
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];
		enum style s = r->style == DOC_ROW_HEADING ? ST_BOLD
			       : r->style == DOC_ROW_SUM   ? ST_SUM
							   : ST_NORMAL;

		if (render_row_hidden(t, r))
			continue;
		if (figures) {
			put_text(x, ws, row, 0, r->label, fmt(x, s, K_TEXT));
			if (r->style != DOC_ROW_HEADING && text_width(r->label) + 1 > width[0])
				width[0] = text_width(r->label) + 1;
		}
		for (j = 0, col = first_value; j < t->n_cols; j++) {
			if (!render_column_shown(t, j))
				continue;
			if (r->style == DOC_ROW_HEADING) {
				col++;
				continue;
			}
			put_cell(x, ws, row, col, &r->cells[j], s, figures || numeric[j]);
			if (text_width(render_cell(x->d, &r->cells[j], buf, sizeof(buf))) + 2 > width[col])
				width[col] = text_width(render_cell(x->d, &r->cells[j], buf, sizeof(buf))) + 2;
			col++;
		}
		row++;
	}

	if (figures)
		check(x, worksheet_set_column(ws, 0, 0, (double)clamp(width[0], LABEL_MIN, LABEL_MAX), NULL));
	for (j = 0, col = first_value; j < t->n_cols; j++) {
		if (!render_column_shown(t, j))
			continue;
		check(x, worksheet_set_column(ws, col, col,
					      (double)(numeric[j] ? width[col]
								  : clamp(width[col], TEXT_MIN, TEXT_MAX)),
					      NULL));
		col++;
	}
	if (figures && t->chart)
		chart(x, ws, name, t, first_data, row - 1, (lxw_col_t)(col - first_value), money);
out:
	free(numeric);
	free(width);
}

/* ---- The document ------------------------------------------------------- */

static void block(struct xlsx *x, const struct doc_block *b)
{
	size_t i;

	if (x->failed || x->lerr)
		return;
	switch (b->kind) {
	case DOC_BLOCK_SECTION: {
		const char *outer = x->section_title;

		if (b->text) {
			x->report_row++;
			report_lines(x, b->text, x->section);
			x->section_title = b->text;
		}
		for (i = 0; i < b->n_children; i++)
			block(x, b->children[i]);
		x->section_title = outer;
		break;
	}
	case DOC_BLOCK_PARAGRAPH:
		x->report_row++;
		report_lines(x, b->text, x->wrap);
		break;
	case DOC_BLOCK_TABLE:
		if (!b->table->machine_only)
			table_sheet(x, b->table);
		break;
	}
}

/* Builds the whole workbook into the file at path. */
static int build(struct xlsx *x, const char *path)
{
	const struct doc *d = x->d;
	lxw_workbook_options opts = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
	lxw_doc_properties props;
	size_t i;
	lxw_error e;

	x->wb = workbook_new_opt(path, &opts);
	if (!x->wb)
		return err_set(x->err, "kan inte skriva XLSX: kan inte skapa arbetsboken");
	make_formats(x);
	memset(&props, 0, sizeof(props));
	props.title = d->title && utf8_valid(d->title, strlen(d->title)) ? d->title : NULL;
	props.author = "finsam";
	props.created = FIXED_CREATED;
	check(x, workbook_set_properties(x->wb, &props));

	x->names = xgrow(x->names, sizeof(*x->names), 1, &x->cap_names);
	x->names[x->n_names++] = xstrdup(REPORT_SHEET);
	x->report = workbook_add_worksheet(x->wb, REPORT_SHEET);
	if (!x->report) {
		check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
	} else {
		check(x, worksheet_set_column(x->report, 0, 0, REPORT_WIDTH, NULL));
		draft_header(x, x->report);
		if (d->status == DOC_DRAFT) {
			char titles[1024], line[1100];

			report_lines(x, DOC_DRAFT_MARK, x->title);
			if (d->n_failing) {
				snprintf(line, sizeof(line), "Kontroller som visar fel: %s.",
					 doc_failing_titles(d, titles, sizeof(titles)));
				report_lines(x, line, NULL);
			}
		}
		if (d->title)
			report_lines(x, d->title, x->title);
		for (i = 0; i < d->n_subtitles; i++)
			report_lines(x, d->subtitles[i], NULL);
		block(x, &d->body);
		if (d->note && !x->failed) {
			x->report_row++;
			report_lines(x, d->note, x->wrap);
		}
	}
	/* workbook_close writes the file and frees the workbook, also when
	 * something above went wrong. */
	e = workbook_close(x->wb);
	x->wb = NULL;
	if (x->failed)
		return -1;
	check(x, e);
	if (x->lerr != LXW_NO_ERROR)
		return err_set(x->err, "kan inte skriva XLSX: %s", lxw_strerror(x->lerr));
	return 0;
}

/* Copies the file open at fd to out. */
static int copy_out(int fd, FILE *out, struct err *err)
{
	char buf[65536];
	ssize_t n;

	if (lseek(fd, 0, SEEK_SET) < 0)
		return err_set(err, "kan inte läsa den tillfälliga XLSX-filen: %s", strerror(errno));
	for (;;) {
		n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return err_set(err, "kan inte läsa den tillfälliga XLSX-filen: %s", strerror(errno));
		if (n == 0)
			break;
		if (fwrite(buf, 1, (size_t)n, out) != (size_t)n)
			return err_set(err, "kunde inte skriva rapporten");
	}
	if (ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}

int render_xlsx(const struct doc *d, FILE *out, struct err *err)
{
	struct xlsx x;
	struct buf path;
	size_t i;
	int fd, rc = -1;

	memset(&x, 0, sizeof(x));
	x.d = d;
	x.err = err;
	buf_init(&path);
	buf_addf(&path, "%s/finsam-xlsx-XXXXXX", tmp_base());
	fd = mkstemp(path.s);
	if (fd < 0) {
		err_set(err, "kan inte skapa en tillfällig fil i %s: %s", tmp_base(), strerror(errno));
		goto out;
	}
	if (build(&x, path.s) == 0)
		rc = copy_out(fd, out, err);
	close(fd);
	unlink(path.s);
out:
	for (i = 0; i < x.n_names; i++)
		free(x.names[i]);
	free(x.names);
	buf_release(&path);
	return rc;
}
