/*
 * csv_import.c: the frame every CSV import of app/ runs in (see
 * csv_import.h): open the file, find the declared columns in the header,
 * check and store each row in one transaction, list every bad row with its
 * line, and commit only when there was none. The imports themselves hold
 * only their columns and their rows' rules.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/csv_import.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "import/csv.h"
#include "store/store.h"

void app_import_errors_init(struct app_import_errors *e)
{
	memset(e, 0, sizeof(*e));
}

void app_import_errors_release(struct app_import_errors *e)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		free(e->v[i].msg);
	free(e->v);
	memset(e, 0, sizeof(*e));
}

void app_import_errors_add_at(struct app_import_errors *e, long line, long col, const char *msg)
{
	e->count++;
	if (e->n == APP_IMPORT_ERRORS_MAX)
		return;
	e->v = xgrow(e->v, sizeof(*e->v), e->n + 1, &e->cap);
	e->v[e->n].line = line;
	e->v[e->n].col = col;
	e->v[e->n].msg = xstrdup(msg ? msg : "");
	e->n++;
}

void app_import_errors_add(struct app_import_errors *e, long line, const char *msg)
{
	app_import_errors_add_at(e, line, 0, msg);
}

void app_import_errors_on_error(void *ctx, long line, long col, const char *msg)
{
	app_import_errors_add_at(ctx, line, col, msg);
}

/* The columns of im in the header of r into cols; -1 naming the first
 * required one that is missing. */
static int find_columns(const struct csv_reader *r, const struct app_csv_import *im, int *cols, struct err *err)
{
	size_t i;

	for (i = 0; i < im->n_cols; i++) {
		const struct app_csv_col *c = &im->cols[i];

		cols[i] = csv_column(r, c->name);
		if (cols[i] < 0 && c->alt)
			cols[i] = csv_column(r, c->alt);
		if (cols[i] >= 0 || !c->required)
			continue;
		return err_set(err, "%s: kolumnen '%s'%s%s%s saknas i rubrikraden%s%s", im->file, c->name,
			       c->alt ? " (" : "", c->alt ? c->alt : "", c->alt ? ")" : "", c->hint ? " " : "",
			       c->hint ? c->hint : "");
	}
	return 0;
}

/* The message of a file with bad rows: how many, then the rows listed
 * (each "\n  FILE, rad L: reason"), as many whole rows as fit in a
 * message, and "..." when some were left out. */
static void bad_rows_message(struct err *err, const char *file, long bad, const struct buf *listed)
{
	static const char more[] = "\n  ...";
	struct buf m;
	size_t len;
	int cut = bad > APP_CSV_ERRORS_LISTED;

	buf_init(&m);
	if (bad == 1)
		buf_addf(&m, "1 rad i %s är felaktig; ingenting sparades:", file);
	else
		buf_addf(&m, "%ld rader i %s är felaktiga; ingenting sparades:", bad, file);
	buf_add(&m, listed->s, listed->len);
	len = m.len;
	while (len + sizeof(more) > ERR_MSG_MAX) {
		const char *row = NULL, *p;

		for (p = m.s; (p = strstr(p, "\n  ")) != NULL && (size_t)(p - m.s) < len; p++)
			row = p;
		if (!row)
			break;
		len = (size_t)(row - m.s);
		cut = 1;
	}
	err_set(err, "%.*s%s", (int)len, m.s, cut ? more : "");
	buf_release(&m);
}

int app_csv_import(struct store *st, struct app_csv_import *im, struct app_import_errors *rows, struct err *err)
{
	struct csv_reader *r = NULL;
	struct csv_row row;
	struct buf listed;
	const char **v;
	int *cols, k, rc = -1, in_tx = 0;
	long bad = 0;
	size_t i;
	FILE *f;

	im->cp1252 = 0;
	f = fopen(im->file, "rb");
	if (!f)
		return err_set(err, "kan inte öppna '%s': %s", im->file, strerror(errno));
	buf_init(&listed);
	cols = xcalloc(im->n_cols ? im->n_cols : 1, sizeof(*cols));
	v = xcalloc(im->n_cols ? im->n_cols : 1, sizeof(*v));
	r = csv_open(f, im->file, err);
	if (!r || find_columns(r, im, cols, err) < 0)
		goto out;
	/* One pass in one transaction: each row is checked and stored as it
	 * comes, so memory stays small; any bad row rolls all of it back. */
	if (store_begin(st, err) < 0)
		goto out;
	in_tx = 1;
	for (;;) {
		struct err e_row;

		k = csv_next(r, &row, err);
		if (k < 0)
			goto out;
		if (k == 0)
			break;
		for (i = 0; i < im->n_cols; i++)
			v[i] = cols[i] >= 0 && (size_t)cols[i] < row.n ? row.fields[cols[i]] : "";
		e_row.msg[0] = '\0';
		if (im->row(im->ctx, v, row.line, &e_row) == 0)
			continue;
		if (++bad <= APP_CSV_ERRORS_LISTED)
			buf_addf(&listed, "\n  %s, rad %ld: %s", im->file, row.line, e_row.msg);
		if (rows)
			app_import_errors_add(rows, row.line, e_row.msg);
	}
	im->cp1252 = csv_is_cp1252(r);
	if (bad) {
		bad_rows_message(err, im->file, bad, &listed);
		goto out;
	}
	if (im->finish && im->finish(im->ctx, err) < 0)
		goto out;
	if (store_commit(st, err) < 0)
		goto out;
	in_tx = 0;
	rc = 0;
out:
	if (in_tx)
		store_rollback(st);
	buf_release(&listed);
	free(cols);
	free(v);
	csv_close(r);
	fclose(f);
	return rc;
}
