/*
 * doc.c: building and freeing the document tree. Blocks and rows are
 * allocated one by one and held by pointer, so a section or row a builder
 * holds on to survives the growth of its parent's arrays.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "doc/doc.h"

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct doc *doc_new(const char *title)
{
	struct doc *d = xcalloc(1, sizeof(*d));

	d->title = dup_or_null(title);
	d->unit = DOC_UNIT_KR;
	d->body.kind = DOC_BLOCK_SECTION;
	return d;
}

static void cell_release(struct doc_cell *c)
{
	free(c->text);
	free(c->value);
	free(c->href);
	free(c->spoken);
	free(c->id);
	memset(c, 0, sizeof(*c));
}

static void table_free(struct doc_table *t)
{
	size_t i, j;

	if (!t)
		return;
	for (i = 0; i < t->n_rows; i++) {
		struct doc_row *r = t->rows[i];

		for (j = 0; j < r->n_cells; j++)
			cell_release(&r->cells[j]);
		free(r->cells);
		free(r->id);
		free(r->key);
		free(r->label);
		free(r);
	}
	for (i = 0; i < t->n_cols; i++) {
		free(t->cols[i].key);
		free(t->cols[i].header);
	}
	free(t->rows);
	free(t->cols);
	free(t->key);
	free(t->title);
	free(t);
}

/* Frees what b holds, not b itself (the body lives inside struct doc). */
static void block_release(struct doc_block *b)
{
	size_t i;

	for (i = 0; i < b->n_children; i++) {
		block_release(b->children[i]);
		free(b->children[i]);
	}
	free(b->children);
	free(b->text);
	table_free(b->table);
}

void doc_free(struct doc *d)
{
	size_t i;

	if (!d)
		return;
	block_release(&d->body);
	for (i = 0; i < d->n_subtitles; i++)
		free(d->subtitles[i]);
	free(d->subtitles);
	for (i = 0; i < d->n_meta; i++) {
		free(d->meta[i].key);
		cell_release(&d->meta[i].value);
	}
	free(d->meta);
	for (i = 0; i < d->n_failing; i++) {
		free(d->failing[i].id);
		free(d->failing[i].title);
	}
	free(d->failing);
	free(d->note);
	free(d->title);
	free(d->appendix_name);
	free(d->appendix);
	free(d);
}

void doc_appendix_set(struct doc *d, const char *name, const void *pdf, size_t n)
{
	free(d->appendix_name);
	free(d->appendix);
	d->appendix_name = xstrdup(name ? name : "");
	d->appendix = xmalloc(n ? n : 1);
	if (n)
		memcpy(d->appendix, pdf, n);
	d->n_appendix = n;
}

void doc_subtitle_add(struct doc *d, const char *line)
{
	d->subtitles = xrealloc(d->subtitles, (d->n_subtitles + 1) * sizeof(*d->subtitles));
	d->subtitles[d->n_subtitles++] = xstrdup(line ? line : "");
}

void doc_unit_set(struct doc *d, enum doc_unit unit)
{
	d->unit = unit;
}

void doc_note_set(struct doc *d, const char *text)
{
	free(d->note);
	d->note = dup_or_null(text);
}

void doc_status_set(struct doc *d, enum doc_status status)
{
	d->status = status;
}

void doc_failing_add(struct doc *d, const char *id, const char *title)
{
	struct doc_failing *f;

	d->failing = xgrow(d->failing, sizeof(*d->failing), d->n_failing + 1, &d->cap_failing);
	f = &d->failing[d->n_failing++];
	f->id = xstrdup(id ? id : "");
	f->title = xstrdup(title ? title : "");
}

const char *doc_failing_titles(const struct doc *d, char *buf, size_t n)
{
	size_t i, len = 0;

	if (n == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < d->n_failing; i++) {
		int w = snprintf(buf + len, n - len, "%s%s", i ? ", " : "", d->failing[i].title);

		/* A title that does not fit is left out whole, never cut
		 * inside a character. */
		if (w < 0 || (size_t)w >= n - len) {
			buf[len] = '\0';
			break;
		}
		len += (size_t)w;
	}
	return buf;
}

static struct doc_cell *meta_add(struct doc *d, const char *key)
{
	struct doc_meta *m;

	d->meta = xgrow(d->meta, sizeof(*d->meta), d->n_meta + 1, &d->cap_meta);
	m = &d->meta[d->n_meta++];
	memset(m, 0, sizeof(*m));
	m->key = xstrdup(key);
	m->value.type = DOC_CELL_EMPTY;
	return &m->value;
}

void doc_meta_int(struct doc *d, const char *key, int64_t v)
{
	struct doc_cell *c = meta_add(d, key);

	c->type = DOC_CELL_INT;
	c->i = v;
}

void doc_meta_text(struct doc *d, const char *key, const char *v)
{
	struct doc_cell *c = meta_add(d, key);

	c->type = DOC_CELL_TEXT;
	c->text = xstrdup(v ? v : "");
}

void doc_meta_ratio(struct doc *d, const char *key, int64_t num, int64_t den)
{
	struct doc_cell *c = meta_add(d, key);

	c->type = DOC_CELL_RATIO;
	c->num = num;
	c->den = den;
}

void doc_meta_null(struct doc *d, const char *key)
{
	meta_add(d, key);
}

static struct doc_block *child_add(struct doc *d, struct doc_block *parent, enum doc_block_kind kind)
{
	struct doc_block *b = xcalloc(1, sizeof(*b));

	if (!parent)
		parent = &d->body;
	assert(parent->kind == DOC_BLOCK_SECTION);
	parent->children = xgrow(parent->children, sizeof(*parent->children), parent->n_children + 1,
				 &parent->cap_children);
	parent->children[parent->n_children++] = b;
	b->kind = kind;
	return b;
}

struct doc_block *doc_section_add(struct doc *d, struct doc_block *parent, const char *title)
{
	struct doc_block *b = child_add(d, parent, DOC_BLOCK_SECTION);

	b->text = dup_or_null(title);
	return b;
}

void doc_section_new_page(struct doc_block *b)
{
	assert(b->kind == DOC_BLOCK_SECTION);
	b->new_page = 1;
}

void doc_paragraph_add(struct doc *d, struct doc_block *parent, const char *text)
{
	child_add(d, parent, DOC_BLOCK_PARAGRAPH)->text = xstrdup(text ? text : "");
}

/* Whether declared column c belongs in a table for who. */
static int col_for(const struct doc_col *c, enum doc_for who)
{
	if (c->kind == DOC_KIND_NONE)
		return 0;
	return who == DOC_FOR_PEOPLE ? c->who != DOC_FOR_PROGRAMS : c->who != DOC_FOR_PEOPLE;
}

struct doc_table *doc_table_add(struct doc *d, struct doc_block *parent, enum doc_table_kind kind,
				const char *key, const char *title, size_t n_cols)
{
	struct doc_table *t = xcalloc(1, sizeof(*t));

	t->kind = kind;
	t->key = dup_or_null(key);
	t->title = dup_or_null(title);
	t->n_cols = n_cols;
	/* One spare element, so that a table without columns still has an array. */
	t->cols = xcalloc(n_cols + 1, sizeof(*t->cols));
	t->layout = DOC_LAYOUT_GRID;
	child_add(d, parent, DOC_BLOCK_TABLE)->table = t;
	return t;
}

struct doc_table *doc_chart_add(struct doc *d, struct doc_block *parent, enum doc_chart kind,
				const char *key, const char *title, size_t n_series)
{
	struct doc_table *t = doc_table_add(d, parent, DOC_TABLE_FIGURES, key, title, n_series);

	t->chart = kind;
	t->people_only = 1;
	return t;
}

void doc_column_set(struct doc_table *t, size_t i, const char *key, const char *header, int year)
{
	struct doc_column *c;

	assert(i < t->n_cols);
	if (i >= t->n_cols)
		return;
	c = &t->cols[i];
	free(c->key);
	free(c->header);
	c->key = dup_or_null(key);
	c->header = dup_or_null(header);
	c->year = year;
}

void doc_table_list(struct doc_table *t, size_t tag, size_t item)
{
	assert(tag < t->n_cols && item < t->n_cols);
	if (tag >= t->n_cols || item >= t->n_cols)
		return;
	t->layout = DOC_LAYOUT_LIST;
	t->list_tag = tag;
	t->list_item = item;
}

struct doc_row *doc_row_add(struct doc_table *t, const char *key, const char *label,
			    enum doc_row_style style)
{
	struct doc_row *r = xcalloc(1, sizeof(*r));

	t->rows = xgrow(t->rows, sizeof(*t->rows), t->n_rows + 1, &t->cap_rows);
	t->rows[t->n_rows++] = r;
	r->key = dup_or_null(key);
	r->label = dup_or_null(label);
	r->style = style;
	r->n_cells = t->n_cols;
	r->cells = xcalloc(t->n_cols + 1, sizeof(*r->cells));
	return r;
}

/* The cell to overwrite, emptied; NULL when col is out of range. */
static struct doc_cell *cell_at(struct doc_row *r, size_t col)
{
	assert(col < r->n_cells);
	if (col >= r->n_cells)
		return NULL;
	cell_release(&r->cells[col]);
	return &r->cells[col];
}

void doc_cell_money(struct doc_row *r, size_t col, int64_t ore)
{
	struct doc_cell *c = cell_at(r, col);

	if (!c)
		return;
	c->type = DOC_CELL_MONEY;
	c->money = ore;
}

void doc_cell_ratio(struct doc_row *r, size_t col, int64_t num, int64_t den)
{
	struct doc_cell *c = cell_at(r, col);

	if (!c)
		return;
	c->type = DOC_CELL_RATIO;
	c->num = num;
	c->den = den;
}

void doc_cell_int(struct doc_row *r, size_t col, int64_t v)
{
	struct doc_cell *c = cell_at(r, col);

	if (!c)
		return;
	c->type = DOC_CELL_INT;
	c->i = v;
}

void doc_cell_text(struct doc_row *r, size_t col, const char *text, const char *value)
{
	struct doc_cell *c = cell_at(r, col);

	if (!c)
		return;
	c->type = DOC_CELL_TEXT;
	c->text = xstrdup(text ? text : "");
	c->value = dup_or_null(value);
}

void doc_cell_link(struct doc_row *r, size_t col, const char *href)
{
	if (!r || col >= r->n_cells)
		return;
	free(r->cells[col].href);
	r->cells[col].href = dup_or_null(href);
}

void doc_untitle(struct doc *d)
{
	size_t i;

	free(d->title);
	d->title = NULL;
	for (i = 0; i < d->n_subtitles; i++)
		free(d->subtitles[i]);
	free(d->subtitles);
	d->subtitles = NULL;
	d->n_subtitles = 0;
}

void doc_cell_text_link(struct doc_row *r, size_t col, const char *text, const char *href)
{
	doc_cell_text(r, col, text, NULL);
	doc_cell_link(r, col, href);
}

void doc_cell_action(struct doc_row *r, size_t col, const char *text, const char *href, const char *about,
		     const char *id)
{
	doc_cell_text_link(r, col, text, href);
	if (!r || col >= r->n_cells)
		return;
	free(r->cells[col].spoken);
	r->cells[col].spoken = about && *about ? xstrdup(about) : NULL;
	doc_cell_id(r, col, id);
}

void doc_cell_id(struct doc_row *r, size_t col, const char *id)
{
	if (!r || col >= r->n_cells)
		return;
	free(r->cells[col].id);
	r->cells[col].id = dup_or_null(id);
}

void doc_row_id(struct doc_row *r, const char *id)
{
	if (!r)
		return;
	free(r->id);
	r->id = dup_or_null(id);
}

void doc_cell_date(struct doc_row *r, size_t col, struct date d)
{
	struct doc_cell *c = cell_at(r, col);

	if (!c)
		return;
	c->type = DOC_CELL_DATE;
	c->date = d;
}

static void each_table(const struct doc_block *b, void (*fn)(void *, const struct doc_table *),
		       void *ctx)
{
	size_t i;

	if (b->table)
		fn(ctx, b->table);
	for (i = 0; i < b->n_children; i++)
		each_table(b->children[i], fn, ctx);
}

void doc_each_table(const struct doc *d, void (*fn)(void *ctx, const struct doc_table *t),
		    void *ctx)
{
	each_table(&d->body, fn, ctx);
}

static char *prefixed(const char *prefix, const char *key)
{
	size_t n = strlen(prefix) + 1 + strlen(key) + 1;
	char *out = xmalloc(n);

	snprintf(out, n, "%s.%s", prefix, key);
	return out;
}

/* Prefixes the machine keys of the tables under b: the table keys, and
 * the further columns of figures tables (their keys name objects). */
static void prefix_keys(struct doc_block *b, const char *prefix)
{
	size_t i;

	if (b->table) {
		struct doc_table *t = b->table;
		char *k;

		if (t->key) {
			k = prefixed(prefix, t->key);
			free(t->key);
			t->key = k;
		}
		for (i = 1; t->kind == DOC_TABLE_FIGURES && i < t->n_cols; i++) {
			if (!t->cols[i].key)
				continue;
			k = prefixed(prefix, t->cols[i].key);
			free(t->cols[i].key);
			t->cols[i].key = k;
		}
	}
	for (i = 0; i < b->n_children; i++)
		prefix_keys(b->children[i], prefix);
}

void doc_graft(struct doc *d, struct doc_block *parent, struct doc *src, const char *prefix)
{
	size_t i;

	if (!parent)
		parent = &d->body;
	assert(parent->kind == DOC_BLOCK_SECTION);
	if (prefix)
		prefix_keys(&src->body, prefix);
	/* What src says under its title that d does not (the association's
	 * name it shares) goes first, as a paragraph. */
	for (i = 0; i < src->n_subtitles; i++) {
		size_t k;
		int shared = 0;

		for (k = 0; k < d->n_subtitles && !shared; k++)
			shared = strcmp(d->subtitles[k], src->subtitles[i]) == 0;
		if (!shared)
			doc_paragraph_add(d, parent, src->subtitles[i]);
	}
	for (i = 0; i < src->body.n_children; i++) {
		parent->children = xgrow(parent->children, sizeof(*parent->children), parent->n_children + 1,
					 &parent->cap_children);
		parent->children[parent->n_children++] = src->body.children[i];
	}
	src->body.n_children = 0;
	for (i = 0; i < src->n_meta; i++) {
		struct doc_meta *m;

		d->meta = xgrow(d->meta, sizeof(*d->meta), d->n_meta + 1, &d->cap_meta);
		m = &d->meta[d->n_meta++];
		m->key = prefix ? prefixed(prefix, src->meta[i].key) : src->meta[i].key;
		if (prefix)
			free(src->meta[i].key);
		m->value = src->meta[i].value;
		memset(&src->meta[i], 0, sizeof(src->meta[i]));
	}
	src->n_meta = 0;
	if (src->note)
		doc_paragraph_add(d, parent, src->note);
	doc_free(src);
}

struct doc_table *doc_table_from(struct doc *d, struct doc_block *parent, enum doc_table_kind kind,
				 const char *key, const char *title, const struct doc_col *cols, size_t n,
				 enum doc_for who)
{
	struct doc_table *t;
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += col_for(&cols[i], who);
	t = doc_table_add(d, parent, kind, key, title, k);
	t->people_only = who == DOC_FOR_PEOPLE;
	t->machine_only = who == DOC_FOR_PROGRAMS;
	for (i = 0, k = 0; i < n; i++) {
		if (!col_for(&cols[i], who))
			continue;
		doc_column_set(t, k, cols[i].key, cols[i].title, 0);
		t->cols[k].kind = cols[i].kind;
		t->cols[k].in = cols[i].in;
		t->cols[k].decl = &cols[i];
		t->cols[k].hidden_in_text = cols[i].who == DOC_FOR_PROGRAMS && who == DOC_FOR_BOTH;
		k++;
	}
	return t;
}

void doc_table_context(struct doc_table *t, const void *ctx)
{
	t->ctx = ctx;
}

size_t doc_column_index(const struct doc_table *t, const char *key)
{
	size_t i;

	for (i = 0; i < t->n_cols; i++)
		if (t->cols[i].key && key && strcmp(t->cols[i].key, key) == 0)
			return i;
	return t->n_cols;
}

void doc_column_title(struct doc_table *t, const char *key, const char *header, int year)
{
	size_t i = doc_column_index(t, key);
	struct doc_column *c;

	if (i == t->n_cols)
		return;
	c = &t->cols[i];
	free(c->header);
	c->header = dup_or_null(header);
	c->year = year;
}

/* Sets cell col of r from rec as c declares it. */
static void cell_from(struct doc_row *r, size_t col, const struct doc_col *c, const void *rec, const void *ctx)
{
	const char *p = (const char *)rec + c->at;
	int64_t v = 0;

	if (c->get) {
		c->get(r, col, p, ctx);
		return;
	}
	switch (c->store) {
	case DOC_STORE_NONE:
		return;
	case DOC_STORE_I64:
		memcpy(&v, p, sizeof(v));
		break;
	case DOC_STORE_INT: {
		int i;

		memcpy(&i, p, sizeof(i));
		v = i;
		break;
	}
	case DOC_STORE_CHARS:
		doc_cell_text(r, col, p, NULL);
		return;
	case DOC_STORE_STR: {
		const char *text;

		memcpy(&text, p, sizeof(text));
		if (text)
			doc_cell_text(r, col, text, NULL);
		return;
	}
	case DOC_STORE_DATE: {
		struct date dt;

		memcpy(&dt, p, sizeof(dt));
		if (date_is_set(dt))
			doc_cell_date(r, col, dt);
		return;
	}
	case DOC_STORE_RATIO: {
		struct ratio q;

		memcpy(&q, p, sizeof(q));
		doc_cell_ratio(r, col, q.num, q.den);
		return;
	}
	}
	if (c->kind == DOC_KIND_MONEY)
		doc_cell_money(r, col, v);
	else
		doc_cell_int(r, col, v);
}

struct doc_row *doc_row_record(struct doc_table *t, const char *key, const char *label,
			       enum doc_row_style style, const void *rec)
{
	struct doc_row *r = doc_row_add(t, key, label, style);
	size_t j;

	for (j = 0; j < t->n_cols; j++)
		if (t->cols[j].decl)
			cell_from(r, j, t->cols[j].decl, rec, t->ctx);
	return r;
}

void doc_records(struct doc_table *t, const void *recs, size_t n, size_t size)
{
	size_t i;

	for (i = 0; i < n; i++)
		doc_row_record(t, NULL, NULL, DOC_ROW_NORMAL, (const char *)recs + i * size);
}

void doc_rows_from(struct doc_table *t, const struct doc_col *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct doc_row *r;

		if (rows[i].who == DOC_FOR_PROGRAMS)
			continue;
		r = doc_row_add(t, rows[i].key, rows[i].title,
				rows[i].kind == DOC_KIND_NONE ? DOC_ROW_HEADING : rows[i].style);

		r->decl = &rows[i];
	}
}

void doc_column_record(struct doc_table *t, size_t col, const void *rec)
{
	size_t i;

	assert(col < t->n_cols);
	for (i = 0; i < t->n_rows && col < t->n_cols; i++)
		if (t->rows[i]->decl && t->rows[i]->decl->kind != DOC_KIND_NONE)
			cell_from(t->rows[i], col, t->rows[i]->decl, rec, t->ctx);
}

void doc_get_string(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const char *text;

	memcpy(&text, at, sizeof(text));
	doc_cell_text(r, col, text ? text : "", NULL);
}
