/*
 * doc.c: building and freeing the document tree.
 */
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "doc/doc.h"

static char *dup(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct doc *doc_new(const char *title)
{
	struct doc *d = xcalloc(1, sizeof(*d));

	d->title = dup(title);
	d->unit = DOC_UNIT_KR;
	d->body.kind = BLOCK_SECTION;
	return d;
}

static void table_free(struct doc_table *t)
{
	size_t i, j;

	if (!t)
		return;
	for (i = 0; i < t->n_rows; i++) {
		struct doc_row *r = &t->rows[i];

		for (j = 0; j < t->n_cols; j++) {
			free(r->cells[j].text);
			free(r->cells[j].value);
		}
		free(r->cells);
		free(r->key);
		free(r->label);
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

static void block_release(struct doc_block *b)
{
	size_t i;

	for (i = 0; i < b->n_children; i++)
		block_release(&b->children[i]);
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
		free(d->meta[i].text);
	}
	free(d->meta);
	free(d->title);
	free(d);
}

void doc_subtitle(struct doc *d, const char *line)
{
	d->subtitles = xrealloc(d->subtitles, (d->n_subtitles + 1) * sizeof(*d->subtitles));
	d->subtitles[d->n_subtitles++] = xstrdup(line);
}

static struct doc_meta *meta_add(struct doc *d, const char *key)
{
	struct doc_meta *m;

	d->meta = xrealloc(d->meta, (d->n_meta + 1) * sizeof(*d->meta));
	m = &d->meta[d->n_meta++];
	memset(m, 0, sizeof(*m));
	m->key = xstrdup(key);
	return m;
}

void doc_meta_int(struct doc *d, const char *key, int64_t v)
{
	meta_add(d, key)->i = v;
}

void doc_meta_text(struct doc *d, const char *key, const char *v)
{
	struct doc_meta *m = meta_add(d, key);

	m->is_text = 1;
	m->text = xstrdup(v);
}

void doc_meta_ratio(struct doc *d, const char *key, int64_t num, int64_t den)
{
	struct doc_meta *m = meta_add(d, key);

	m->is_ratio = 1;
	m->i = num;
	m->den = den;
}

void doc_meta_null(struct doc *d, const char *key)
{
	meta_add(d, key)->is_null = 1;
}

static struct doc_block *child(struct doc *d, struct doc_block *parent, enum block_kind kind)
{
	struct doc_block *b;

	if (!parent)
		parent = &d->body;
	parent->children = xgrow(parent->children, sizeof(*parent->children),
				 parent->n_children + 1, &parent->cap_children);
	b = &parent->children[parent->n_children++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	return b;
}

struct doc_block *doc_section(struct doc *d, struct doc_block *parent, const char *title)
{
	struct doc_block *b = child(d, parent, BLOCK_SECTION);

	b->text = dup(title);
	return b;
}

void doc_paragraph(struct doc *d, struct doc_block *parent, const char *text)
{
	child(d, parent, BLOCK_PARAGRAPH)->text = xstrdup(text);
}

struct doc_table *doc_table(struct doc *d, struct doc_block *parent, enum table_kind kind,
			    const char *key, const char *title, size_t n_cols)
{
	struct doc_table *t = xcalloc(1, sizeof(*t));

	t->kind = kind;
	t->key = dup(key);
	t->title = dup(title);
	t->n_cols = n_cols;
	t->cols = xcalloc(n_cols ? n_cols : 1, sizeof(*t->cols));
	child(d, parent, BLOCK_TABLE)->table = t;
	return t;
}

void doc_column(struct doc_table *t, size_t i, const char *key, const char *header, int year)
{
	struct doc_column *c = &t->cols[i];

	free(c->key);
	free(c->header);
	c->key = dup(key);
	c->header = dup(header);
	c->year = year;
}

struct doc_row *doc_row(struct doc_table *t, const char *key, const char *label,
			enum row_style style)
{
	struct doc_row *r;

	t->rows = xgrow(t->rows, sizeof(*t->rows), t->n_rows + 1, &t->cap_rows);
	r = &t->rows[t->n_rows++];
	r->key = dup(key);
	r->label = dup(label);
	r->style = style;
	r->cells = xcalloc(t->n_cols ? t->n_cols : 1, sizeof(*r->cells));
	return r;
}

void doc_cell_money(struct doc_row *r, size_t col, int64_t ore)
{
	r->cells[col].type = CELL_MONEY;
	r->cells[col].money = ore;
}

void doc_cell_ratio(struct doc_row *r, size_t col, int64_t num, int64_t den)
{
	r->cells[col].type = CELL_RATIO;
	r->cells[col].num = num;
	r->cells[col].den = den;
}

void doc_cell_int(struct doc_row *r, size_t col, int64_t v)
{
	r->cells[col].type = CELL_INT;
	r->cells[col].i = v;
}

void doc_cell_text(struct doc_row *r, size_t col, const char *text, const char *value)
{
	struct doc_cell *c = &r->cells[col];

	free(c->text);
	free(c->value);
	c->type = CELL_TEXT;
	c->text = xstrdup(text ? text : "");
	c->value = dup(value);
}

void doc_cell_date(struct doc_row *r, size_t col, struct date d)
{
	r->cells[col].type = CELL_DATE;
	r->cells[col].date = d;
}

static void each_table(const struct doc_block *b, void (*fn)(void *, const struct doc_table *),
		       void *ctx)
{
	size_t i;

	if (b->table)
		fn(ctx, b->table);
	for (i = 0; i < b->n_children; i++)
		each_table(&b->children[i], fn, ctx);
}

void doc_each_table(const struct doc *d, void (*fn)(void *ctx, const struct doc_table *t),
		    void *ctx)
{
	each_table(&d->body, fn, ctx);
}
