/*
 * engine.c: the calls the domain files run their SQL through (engine.h),
 * sent to the engine the store runs on, and what is the same for both:
 * the cache of prepared statements, the parameters found by name, reading
 * rows into arrays, dates and stamps.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine_int.h"
#include "store/store_int.h"
#include "store/store.h"

struct stmt *q_prep2(struct store *st, const char *sqlite_sql, const char *pg_sql, struct err *err)
{
	struct stmt *s = store_stmt_find(st, sqlite_sql);

	/* A statement still stepping belongs to a read whose callback ran the
	 * same read again: resetting it would end the outer one. */
	if (s && (s->pg ? pg_busy(s) : lite_busy(s))) {
		err_set(err, "en läsning ur databasen pågår redan (anropad på nytt inifrån sig själv)");
		return NULL;
	}
	if (s) {
		q_reset(s);
		s->next = 0;
		return s;
	}
	s = store_pg(st) ? pg_prepare(st, pg_sql, err) : lite_prepare(st, sqlite_sql, err);
	if (!s)
		return NULL;
	s->key = sqlite_sql;
	s->schema = st->q_schema;
	store_stmt_keep(st, s);
	return s;
}

struct stmt *q_prep(struct store *st, const char *sql, struct err *err)
{
	return q_prep2(st, sql, sql, err);
}

struct stmt *q_prep_large(struct store *st, const char *sql, struct err *err)
{
	struct stmt *s = q_prep(st, sql, err);

	q_large(s);
	return s;
}

void q_large(struct stmt *s)
{
	if (s && s->pg)
		pg_large(s);
}

void q_large_batch(struct store *st, int rows)
{
	if (store_pg(st))
		pg_batch_set(st, rows);
}

struct stmt *q_prep_key(struct store *st, const char *by_id, int64_t id, const char *by_name, const char *name,
			struct err *err)
{
	struct stmt *s = q_prep(st, id ? by_id : by_name, err);

	if (id)
		q_int(s, "id", id);
	else
		q_text(s, "name", name);
	return s;
}

/* The number of parameter :name in s, 0 when it has none. */
static int param(struct stmt *s, const char *name)
{
	int i, k;

	/* The literal itself, where the binding before left off: a caller
	 * binds the same names in the same order each time, so in an
	 * import's inner loop each is found at the first look. */
	if (s->next < s->n_names && s->names[s->next] == name)
		return s->index[s->next++];
	for (i = 0; i < s->n_names; i++)
		if (s->names[i] == name) {
			s->next = i + 1;
			return s->index[i];
		}
	for (i = 0; i < s->n_names; i++)
		if (strcmp(s->names[i], name) == 0)
			return s->index[i];
	k = s->pg ? pg_param(s, name) : lite_param(s, name);
	/* Only the literals are kept: their addresses stay. */
	if (k > 0 && s->n_names < STMT_NAMES) {
		s->names[s->n_names] = name;
		s->index[s->n_names++] = k;
		s->next = s->n_names;
	}
	return k;
}

void q_int(struct stmt *s, const char *name, int64_t v)
{
	int i = s ? param(s, name) : 0;

	if (i > 0 && s->pg)
		pg_bind_int(s, i, v);
	else if (i > 0)
		lite_bind_int(s, i, v);
}

void q_text(struct stmt *s, const char *name, const char *v)
{
	int i = s ? param(s, name) : 0;

	if (i <= 0)
		return;
	if (s->pg && v)
		pg_bind_text(s, i, v);
	else if (s->pg)
		pg_bind_null(s, i);
	else if (v)
		lite_bind_text(s, i, v);
	else
		lite_bind_null(s, i);
}

void q_blob(struct stmt *s, const char *name, const void *v, size_t n)
{
	int i = s ? param(s, name) : 0;

	if (i > 0 && s->pg)
		pg_bind_blob(s, i, v, n);
	else if (i > 0)
		lite_bind_blob(s, i, v, n);
}

void q_null(struct stmt *s, const char *name)
{
	int i = s ? param(s, name) : 0;

	if (i > 0 && s->pg)
		pg_bind_null(s, i);
	else if (i > 0)
		lite_bind_null(s, i);
}

void q_date(struct stmt *s, const char *name, struct date d)
{
	int i = s ? param(s, name) : 0;
	char buf[11];

	if (i <= 0)
		return;
	if (!date_is_set(d)) {
		if (s->pg)
			pg_bind_null(s, i);
		else
			lite_bind_null(s, i);
		return;
	}
	if (s->pg)
		pg_bind_text_copy(s, i, q_format_date(buf, d), 10);
	else
		lite_bind_text_copy(s, i, q_format_date(buf, d), 10);
}

void q_no_wait(struct store *st, int on)
{
	st->no_wait = on;
}

int q_step(struct stmt *s, const char *what, struct err *err)
{
	if (!s)
		return -1;
	return s->pg ? pg_step(s, what, err) : lite_step(s, what, err);
}

void q_reset(struct stmt *s)
{
	if (s->pg)
		pg_reset(s);
	else
		lite_reset(s);
}

int q_col_null(struct stmt *s, int col)
{
	return s->pg ? pg_col_null(s, col) : lite_col_null(s, col);
}

int64_t q_col_int(struct stmt *s, int col)
{
	return s->pg ? pg_col_int(s, col) : lite_col_int(s, col);
}

const char *q_col_text(struct stmt *s, int col)
{
	return s->pg ? pg_col_text(s, col) : lite_col_text(s, col);
}

size_t q_col_bytes(struct stmt *s, int col)
{
	return s->pg ? pg_col_bytes(s, col) : lite_col_bytes(s, col);
}

const void *q_col_blob(struct stmt *s, int col, size_t *n)
{
	return s->pg ? pg_col_blob(s, col, n) : lite_col_blob(s, col, n);
}

struct date q_col_date(struct stmt *s, int col)
{
	struct date d = { 0, 0, 0 };
	const char *t = q_col_text(s, col);

	if (t)
		date_parse(t, &d, NULL);
	return d;
}

/* Without snprintf: this runs for every column of every enrolment in the
 * statistics. */
void q_col_copy(char *dst, size_t n, struct stmt *s, int col)
{
	const char *t = q_col_text(s, col);
	size_t len = t ? q_col_bytes(s, col) : 0;

	if (len >= n)
		len = n - 1;
	if (len)
		memcpy(dst, t, len);
	dst[len] = '\0';
}

int q_exec(struct stmt *s, const char *what, struct err *err)
{
	int rc;

	while ((rc = q_step(s, what, err)) > 0)
		;
	if (rc < 0)
		return -1;
	return 0;
}

int q_exec_one(struct stmt *s, const char *what, struct err *err)
{
	if (q_exec(s, what, err) < 0)
		return -1;
	return s->changes > 0 ? 0 : STORE_NOT_FOUND;
}

int q_exec_id(struct stmt *s, int64_t *id, const char *what, struct err *err)
{
	int rc;

	if (!s) {
		*id = 0;
		return -1;
	}
	rc = q_step(s, what, err);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return err_set(err, "databasfel (%s): ingen rad kom tillbaka", what);
	*id = q_col_int(s, 0);
	q_reset(s);
	return 0;
}

int q_append(struct stmt *s, const char *what, struct err *err)
{
	if (!s)
		return -1;
	if (s->pg)
		return pg_append(s, what, err);
	return q_exec(s, what, err);
}

int q_flush(struct store *st, struct err *err)
{
	return store_pg(st) ? pg_bulk_flush(st, err) : 0;
}

int q_bulk(struct store *st)
{
	return store_pg(st) && pg_bulk_on(st);
}

int q_server(struct store *st)
{
	return store_pg(st) != NULL;
}

int q_next_id(struct store *st, const char *table, int take, int64_t *id, struct err *err)
{
	if (!store_pg(st)) {
		*id = 0;
		return err_set(err, "radernas nummer ges av SQLite självt");
	}
	return pg_next_id(st, table, take, id, err);
}

int64_t q_changes(struct stmt *s)
{
	return s->changes;
}

int q_read_rows(struct stmt *s, size_t size, void (*fill)(struct stmt *s, void *row), void **out, size_t *n,
		const char *what, struct err *err)
{
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = q_step(s, what, err)) > 0) {
		char *row;

		*out = xgrow(*out, size, *n + 1, &cap);
		row = (char *)*out + size * (*n)++;
		memset(row, 0, size);
		fill(s, row);
	}
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int q_each(struct stmt *s, int (*row)(struct stmt *s, void *ctx, struct err *err), void *ctx, const char *what,
	   struct err *err)
{
	int rc;

	while ((rc = q_step(s, what, err)) > 0)
		if (row(s, ctx, err) < 0) {
			q_reset(s);
			return -1;
		}
	return rc;
}

int q_read_one(struct stmt *s, size_t size, void (*fill)(struct stmt *s, void *row), void *out, const char *what,
	       struct err *err)
{
	int rc;

	if (!s) {
		memset(out, 0, size);
		return -1;
	}
	rc = q_step(s, what, err);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return STORE_NOT_FOUND;
	memset(out, 0, size);
	fill(s, out);
	q_reset(s);
	return 0;
}

struct stmt *q_prep_once(struct store *st, const char *sql, struct err *err)
{
	struct stmt *s = store_pg(st) ? pg_prepare(st, sql, err) : lite_prepare(st, sql, err);

	if (s)
		s->key = NULL;
	return s;
}

void q_finalize(struct stmt *s)
{
	if (s && s->pg)
		pg_release(s);
	else
		lite_finalize(s);
}

void q_int_at(struct stmt *s, int i, int64_t v)
{
	if (s && s->pg)
		pg_bind_int(s, i, v);
	else if (s)
		lite_bind_int(s, i, v);
}

void q_text_at(struct stmt *s, int i, const char *v)
{
	if (!s)
		return;
	if (!v)
		q_null_at(s, i);
	else if (s->pg)
		pg_bind_text(s, i, v);
	else
		lite_bind_text(s, i, v);
}

void q_blob_at(struct stmt *s, int i, const void *v, size_t n)
{
	if (s && s->pg)
		pg_bind_blob(s, i, v, n);
	else if (s)
		lite_bind_blob(s, i, v, n);
}

void q_null_at(struct stmt *s, int i)
{
	if (s && s->pg)
		pg_bind_null(s, i);
	else if (s)
		lite_bind_null(s, i);
}

int q_col_count(struct stmt *s)
{
	return s->pg ? pg_col_count(s) : lite_col_count(s);
}

const char *q_col_name(struct stmt *s, int col)
{
	return s->pg ? pg_col_name(s, col) : lite_col_name(s, col);
}

enum q_kind q_col_kind(struct stmt *s, int col)
{
	return s->pg ? pg_col_kind(s, col) : lite_col_kind(s, col);
}

/* "YYYY-MM-DD" by hand: an import formats a million dates, and snprintf
 * costs as much as a third of the insert that stores one. */
const char *q_format_date(char buf[11], struct date d)
{
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, dd = (unsigned)d.d % 100u;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + dd / 10);
	buf[9] = (char)('0' + dd % 10);
	buf[10] = '\0';
	return buf;
}

const char *q_utc_now(char *buf, size_t n, const char *fmt)
{
	time_t t = time(NULL);
	struct tm tm;

	if (!gmtime_r(&t, &tm) || strftime(buf, n, fmt, &tm) == 0)
		buf[0] = '\0';
	return buf;
}
