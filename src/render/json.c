/*
 * json.c: the JSON renderer, for other programs. One object, keys in the
 * order added:
 *
 *   - the document's metadata first ("year": 2024);
 *   - then, in document order, each figures table as its key -> object of
 *     row key -> the value of its first column (rows without a key, the
 *     headings, are left out), and each records table as its key -> array
 *     of objects, one per row, named by the column keys;
 *   - last, each further column of a figures table, whose key is K, as a
 *     top-level object K holding the same structure for that column, with
 *     the column's year as "year" ("previous_year": {"year": 2023,
 *     "income_statement": {...}}), or K: null when the column has no data.
 *     A K with dots ("by_age.young") nests one object in another.
 *
 * A records table's key with dots nests its array the same way
 * ("groups.staff": {"groups": {"staff": [...]}}); within a record a column
 * key with dots nests ("respondents.total": {"respondents": {"total": 12}})
 * and columns whose key ends in "[]" make one array, in column order
 * ("counts[]" six times: "counts": [0, 1, 4, 9, 12, 7]).
 *
 * Values: money as integer öre, ratios as decimal strings with four
 * decimals ("0.2411") or null when undefined, integers as numbers, texts
 * as their machine value when they have one, dates as "2024-12-31", empty
 * cells as null. Tables for people only and tables without a key are left
 * out. Pretty-printed with two-space indents and a final newline.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "render/render_int.h"

/* The JSON of a cell, or NULL when a text is not valid UTF-8. */
static json_t *cell_json(const struct doc_cell *c)
{
	char buf[RENDER_CELL_MAX];

	switch (c->type) {
	case DOC_CELL_EMPTY:
		return json_null();
	case DOC_CELL_MONEY:
		return json_integer(c->money);
	case DOC_CELL_RATIO:
		if (ratio_format(buf, sizeof(buf), c->num, c->den, 4) < 0)
			return json_null();
		return json_string(buf);
	case DOC_CELL_INT:
		return json_integer(c->i);
	case DOC_CELL_TEXT:
		return json_string(c->value ? c->value : (c->text ? c->text : ""));
	case DOC_CELL_DATE:
		if (!date_is_set(c->date))
			return json_null();
		return json_string(date_format(buf, c->date));
	}
	return json_null();
}

struct json {
	json_t *root;
	int failed;
	struct err *err;
};

/* Sets o[key] = v, taking v; notes the first failure (v NULL: a text that
 * is not UTF-8, or a key that is not). */
static void set(struct json *s, json_t *o, const char *key, json_t *v, const char *what)
{
	if (v && json_object_set_new(o, key, v) == 0)
		return;
	if (!s->failed)
		err_set(s->err, "kan inte skriva JSON: %s '%s' är inte giltig UTF-8", what, key);
	s->failed = 1;
}

/* Sets root[path] = v, taking v, where a dotted path ("participants.year")
 * names nested objects, made when missing. */
static void set_path(struct json *s, json_t *root, const char *key, json_t *v, const char *what)
{
	char path[256];
	char *rest = path, *dot;
	json_t *parent = root;

	if (!strchr(key, '.') || strlen(key) >= sizeof(path)) {
		set(s, root, key, v, what);
		return;
	}
	snprintf(path, sizeof(path), "%s", key);
	while ((dot = strchr(rest, '.')) != NULL) {
		json_t *o;

		*dot = '\0';
		o = json_object_get(parent, rest);
		if (!o || !json_is_object(o)) {
			o = json_object();
			set(s, parent, rest, o, "nyckeln");
			if (s->failed) {
				json_decref(v);
				return;
			}
		}
		parent = o;
		rest = dot + 1;
	}
	set(s, parent, rest, v, what);
}

/* The object the values of a further column go into: the top-level
 * object named by the column's key (created with its year on first use),
 * or NULL when the column has no data or on failure. */
static json_t *column_target(struct json *s, const struct doc_column *c)
{
	char path[256];
	const char *rest;
	json_t *parent = s->root, *o;

	snprintf(path, sizeof(path), "%s", c->key ? c->key : "");
	rest = path;
	for (;;) {
		char *dot = strchr(rest, '.');

		if (!dot)
			break;
		*dot = '\0';
		o = json_object_get(parent, rest);
		if (!o || !json_is_object(o)) {
			o = json_object();
			set(s, parent, rest, o, "nyckeln");
			if (s->failed)
				return NULL;
		}
		parent = o;
		rest = dot + 1;
	}
	o = json_object_get(parent, rest);
	if (c->no_data) {
		if (!o)
			set(s, parent, rest, json_null(), "nyckeln");
		return NULL;
	}
	if (!o || !json_is_object(o)) {
		o = json_object();
		if (c->year)
			json_object_set_new(o, "year", json_integer(c->year));
		set(s, parent, rest, o, "nyckeln");
		if (s->failed)
			return NULL;
	}
	return o;
}

/* The object that key names within o, when key has dots: "a.b.c" gives
 * o["a"]["b"] (made when missing) and *leaf the "c" in buf; NULL on failure. */
static json_t *nested(struct json *s, json_t *o, const char *key, char *buf, size_t n, const char **leaf)
{
	char *rest = buf;

	snprintf(buf, n, "%s", key);
	for (;;) {
		char *dot = strchr(rest, '.');
		json_t *inner;

		if (!dot)
			break;
		*dot = '\0';
		inner = json_object_get(o, rest);
		if (!inner || !json_is_object(inner)) {
			inner = json_object();
			set(s, o, rest, inner, "nyckeln");
			if (s->failed)
				return NULL;
		}
		o = inner;
		rest = dot + 1;
	}
	*leaf = rest;
	return o;
}

/* Sets a record's value: a key "a.b" nests, a key "a[]" appends to the
 * array "a". Takes v. */
static void record_set(struct json *s, json_t *o, const char *key, json_t *v)
{
	char buf[256];
	const char *leaf;
	size_t len;

	o = nested(s, o, key, buf, sizeof(buf), &leaf);
	if (!o) {
		json_decref(v);
		return;
	}
	len = strlen(leaf);
	if (len > 2 && strcmp(leaf + len - 2, "[]") == 0 && v) {
		json_t *arr;

		buf[(size_t)(leaf - buf) + len - 2] = '\0';
		arr = json_object_get(o, leaf);
		if (!arr || !json_is_array(arr)) {
			arr = json_array();
			set(s, o, leaf, arr, "nyckeln");
			if (s->failed) {
				json_decref(v);
				return;
			}
		}
		json_array_append_new(arr, v);
		return;
	}
	set(s, o, leaf, v, "värdet i kolumnen");
}

static void records(struct json *s, const struct doc_table *t)
{
	json_t *arr = json_array();
	size_t i, j;

	for (i = 0; i < t->n_rows; i++) {
		json_t *o = json_object();

		for (j = 0; j < t->n_cols; j++)
			record_set(s, o, t->cols[j].key ? t->cols[j].key : "", cell_json(&t->rows[i]->cells[j]));
		json_array_append_new(arr, o);
	}
	set_path(s, s->root, t->key, arr, "tabellen");
}

/* The first column of t for programs: columns for people only (a note's
 * number) are not data. t->n_cols when there is none. */
static size_t first_data(const struct doc_table *t)
{
	size_t j = 0;

	while (j < t->n_cols && t->cols[j].people_only)
		j++;
	return j;
}

/* The first pass: each figures table's first column, each records table. */
static void first_column(void *ctx, const struct doc_table *t)
{
	struct json *s = ctx;
	size_t i, first;
	json_t *o;

	if (!t->key || t->people_only || s->failed)
		return;
	if (t->kind == DOC_TABLE_RECORDS) {
		records(s, t);
		return;
	}
	o = json_object();
	first = first_data(t);
	if (first < t->n_cols)
		for (i = 0; i < t->n_rows; i++)
			if (t->rows[i]->key)
				set(s, o, t->rows[i]->key, cell_json(&t->rows[i]->cells[first]), "raden");
	set_path(s, s->root, t->key, o, "tabellen");
}

/* The second pass: the further columns of the figures tables, so that
 * "previous_year" follows every table of the current year. */
static void further_columns(void *ctx, const struct doc_table *t)
{
	struct json *s = ctx;
	size_t i, j;

	if (!t->key || t->people_only || t->kind != DOC_TABLE_FIGURES)
		return;
	for (j = first_data(t) + 1; j < t->n_cols && !s->failed; j++) {
		json_t *target, *o;

		if (t->cols[j].people_only)
			continue;
		target = column_target(s, &t->cols[j]);
		if (!target)
			continue;
		o = json_object();
		for (i = 0; i < t->n_rows; i++)
			if (t->rows[i]->key)
				set(s, o, t->rows[i]->key, cell_json(&t->rows[i]->cells[j]), "raden");
		/* A grafted table ("participants.enrolled") goes into its
		 * column's object ("participants.by_age.young") by its own name. */
		set(s, target, strrchr(t->key, '.') ? strrchr(t->key, '.') + 1 : t->key, o, "tabellen");
	}
}

int render_json(const struct doc *d, FILE *out, struct err *err)
{
	struct json s = { json_object(), 0, err };
	size_t i;
	int rc = -1;

	/* A checked document says first whether it is a draft, and why. */
	if (d->status != DOC_UNCHECKED) {
		json_object_set_new(s.root, "draft", json_boolean(d->status == DOC_DRAFT));
		if (d->status == DOC_DRAFT) {
			json_t *ids = json_array();

			for (i = 0; i < d->n_failing; i++)
				json_array_append_new(ids, json_string(d->failing[i].id));
			json_object_set_new(s.root, "failing_checks", ids);
		}
	}
	for (i = 0; i < d->n_meta; i++)
		set_path(&s, s.root, d->meta[i].key, cell_json(&d->meta[i].value), "uppgiften");
	doc_each_table(d, first_column, &s);
	doc_each_table(d, further_columns, &s);
	if (s.failed)
		goto out;
	if (json_dumpf(s.root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0 || fputc('\n', out) == EOF ||
	    ferror(out)) {
		err_set(err, "kunde inte skriva rapporten");
		goto out;
	}
	rc = 0;
out:
	json_decref(s.root);
	return rc;
}
