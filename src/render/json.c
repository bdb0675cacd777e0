/*
 * json.c: the JSON renderer, for other programs. The document's metadata
 * first; then each figures table as an object from row key to the value of
 * its first column, and each further column K as a top-level object K with
 * the same structure (or null when the column has no data); each records
 * table as an array of objects named by the column keys. Money is integer
 * öre, ratios decimal strings with four decimals or null.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "render/render_int.h"

static json_t *cell_json(const struct doc_cell *c)
{
	char buf[64];

	switch (c->type) {
	case CELL_EMPTY:
		return json_null();
	case CELL_MONEY:
		return json_integer(c->money);
	case CELL_RATIO:
		if (ratio_format(buf, sizeof(buf), c->num, c->den, 4) < 0)
			return json_null();
		return json_string(buf);
	case CELL_INT:
		return json_integer(c->i);
	case CELL_TEXT:
		return json_string(c->value ? c->value : (c->text ? c->text : ""));
	case CELL_DATE:
		return json_string(date_format(buf, c->date));
	}
	return json_null();
}

struct json_state {
	json_t *root;
};

static void add_table(void *ctx, const struct doc_table *t)
{
	struct json_state *s = ctx;
	size_t i, j;

	if (!t->key || t->people_only)
		return;
	if (t->kind == TABLE_RECORDS) {
		json_t *arr = json_array();

		for (i = 0; i < t->n_rows; i++) {
			json_t *o = json_object();

			for (j = 0; j < t->n_cols; j++)
				json_object_set_new(o, t->cols[j].key ? t->cols[j].key : "",
						    cell_json(&t->rows[i].cells[j]));
			json_array_append_new(arr, o);
		}
		json_object_set_new(s->root, t->key, arr);
		return;
	}
	for (j = 0; j < t->n_cols; j++) {
		json_t *target = s->root, *o;

		if (j > 0) {
			char path[128], *dot;
			const char *k = t->cols[j].key ? t->cols[j].key : "";
			json_t *parent = s->root;

			/* A key "a.b" nests: the column's object is b inside a. */
			snprintf(path, sizeof(path), "%s", k);
			while ((dot = strchr(path, '.')) != NULL) {
				json_t *next;

				*dot = '\0';
				next = json_object_get(parent, path);
				if (!next || !json_is_object(next)) {
					next = json_object();
					json_object_set_new(parent, path, next);
				}
				parent = next;
				memmove(path, dot + 1, strlen(dot + 1) + 1);
			}
			k = path;
			target = json_object_get(parent, k);
			if (t->cols[j].no_data) {
				if (!target)
					json_object_set_new(parent, k, json_null());
				continue;
			}
			if (!target || !json_is_object(target)) {
				target = json_object();
				if (t->cols[j].year)
					json_object_set_new(target, "year", json_integer(t->cols[j].year));
				json_object_set_new(parent, k, target);
			}
		}
		o = json_object();
		for (i = 0; i < t->n_rows; i++)
			if (t->rows[i].key)
				json_object_set_new(o, t->rows[i].key, cell_json(&t->rows[i].cells[j]));
		json_object_set_new(target, t->key, o);
	}
}

int render_json(const struct doc *d, FILE *out, struct err *err)
{
	struct json_state s;
	size_t i;
	int rc;

	s.root = json_object();
	for (i = 0; i < d->n_meta; i++) {
		const struct doc_meta *m = &d->meta[i];
		struct doc_cell ratio = { .type = CELL_RATIO, .num = m->i, .den = m->den };

		json_object_set_new(s.root, m->key,
				    m->is_null ? json_null() : m->is_text ? json_string(m->text)
				    : m->is_ratio ? cell_json(&ratio) : json_integer(m->i));
	}
	doc_each_table(d, add_table, &s);
	rc = json_dumpf(s.root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(s.root);
	if (rc < 0 || fputc('\n', out) == EOF || ferror(out))
		return err_set(err, "kunde inte skriva rapporten");
	return 0;
}
