/*
 * engine_pg.c: the PostgreSQL side of the engine (engine_int.h), through
 * libpq. A statement's named parameters (:name) are numbered $1, $2, … in
 * the order they first appear, as SQLite numbers them, and the statement
 * is prepared on the server once per connection under a name of its own.
 * Values go as text (a blob as binary), rows come back as text, read a
 * result at a time. Writes are one writer at a time per database, as on
 * SQLite: store_begin takes a transaction-scoped advisory lock, so that a
 * use case's reads and writes see no other writer between them, and a
 * write outside a transaction takes it for itself (as SQLite's does the
 * write lock), waiting for a writer as long and as told as store_begin.
 *
 * A large read (q_large: a year's verifications and transactions, a
 * table copied whole) is not held whole in one result: it runs as a
 * cursor of its own on the server (DECLARE … NO SCROLL CURSOR, sent with
 * its values by PQexecParams each time rather than prepared: one round
 * trip more is nothing to a read of many rows), whose rows come a batch
 * at a time (FETCH FORWARD), so that memory stays at one batch however
 * large the year. Two such reads may be
 * open at once, and ordinary statements run between their batches. A
 * cursor lives in a transaction: inside the caller's (store_begin, or
 * migrate's snapshot of its source) the read uses it; outside one it
 * opens a read-only one of its own, REPEATABLE READ so that every batch
 * (and every other large read begun meanwhile, which shares it) sees the
 * database as of one moment, and ends it when the last such read ends
 * (reset, finalized or failed). Meanwhile a write outside a transaction
 * and store_begin are refused with a message rather than run in the
 * read-only transaction: no caller does either while reading.
 */
#include <errno.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine_int.h"
#include "store/migrations.h"
#include "store/store_int.h"
#include "store/store.h"

/* Rows appended in bulk (q_append, below) wait per statement, for at most
 * this many tables at once and this many bytes in all. */
#define BULK_TABLES 8
#define BULK_BYTES (4u << 20)
/* The rows a large read's cursor gives at a time. */
#define PG_BATCH 10000

struct pg_conn {
	PGconn *c;
	int next;                  /* the number of the next statement prepared */
	/* Within a transaction: the statements with rows waiting to be sent
	 * by COPY, in the order their first row came, and their bytes. */
	struct stmt *pending[BULK_TABLES];
	size_t n_pending, pending_bytes;
	/* The next ids q_next_id hands out, per table. */
	struct {
		const char *table;
		int64_t next;
	} ids[BULK_TABLES];
	size_t n_ids;
	/* Large reads: the rows a FETCH asks for, the large reads open in
	 * a read transaction of their own (0: none is open), and a number
	 * that changes whenever a transaction ends, which the cursors
	 * opened in it end with. */
	int batch;
	int read_tx;
	unsigned tx_gen;
	/* The tables COPY wrote to in the transaction, ", "-separated, to be
	 * looked over once it is committed (tidy_copied, below). */
	struct buf copied;
};

struct pg_stmt {
	char name[24];             /* its name on the server */
	char *sql;                 /* its text with $N */
	int prepared;
	int n;                     /* its parameters */
	char **names;              /* their names, by number - 1 */
	const char **values;
	int *lengths, *formats;
	char (*scratch)[32];       /* a parameter's number or date */
	int writes;                /* INSERT, UPDATE or DELETE */
	PGresult *res;
	int row, rows;
	unsigned char *blob;       /* the last blob read, unescaped */
	/* Appended rows: the COPY that sends them (made from the INSERT;
	 * "" when the INSERT has no such form) and the rows, COPY's text. */
	char *copy;
	struct buf rows_out;
	/* A large read (q_large): the DECLARE of its cursor, made once;
	 * whether the cursor is open, in its own read transaction, in the
	 * transaction of which tx_gen, and whether a FETCH may give more. */
	int large;
	char *declare;
	int cursor, own_tx, more;
	unsigned gen;
};

/* 1 when s starts a PostgreSQL connection string or URI. */
int pg_is_uri(const char *s)
{
	return strncmp(s, "postgresql://", 13) == 0 || strncmp(s, "postgres://", 11) == 0;
}

/* sql with each :name replaced by $N (the names in *names, in order of
 * first appearance), quoted text, quoted names, comments and PostgreSQL's
 * casts (::) left as they are. */
static char *translate(const char *sql, char ***names, int *n)
{
	size_t len = strlen(sql), o = 0, cap = len * 2 + 16;
	char *out = xmalloc(cap);
	const char *p = sql;

	*names = NULL;
	*n = 0;
	while (*p) {
		if (*p == '\'' || *p == '"') {
			char q = *p;

			out[o++] = *p++;
			while (*p) {
				out[o++] = *p;
				if (*p++ == q) {
					if (*p == q) {
						out[o++] = *p++;
						continue;
					}
					break;
				}
			}
		} else if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n')
				out[o++] = *p++;
		} else if (p[0] == ':' && p[1] == ':') {
			out[o++] = *p++;
			out[o++] = *p++;
		} else if (p[0] == ':' && ((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z') || p[1] == '_')) {
			const char *start = ++p;
			size_t k;
			int i;

			while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
			       *p == '_')
				p++;
			k = (size_t)(p - start);
			for (i = 0; i < *n; i++)
				if (strlen((*names)[i]) == k && memcmp((*names)[i], start, k) == 0)
					break;
			if (i == *n) {
				*names = xrealloc(*names, (size_t)(*n + 1) * sizeof(**names));
				(*names)[*n] = xstrndup(start, k);
				(*n)++;
			}
			o += (size_t)snprintf(out + o, cap - o, "$%d", i + 1);
		} else {
			out[o++] = *p++;
		}
		if (o + 16 > cap) {
			cap *= 2;
			out = xrealloc(out, cap);
		}
	}
	out[o] = '\0';
	return out;
}

/* The server's message, one line, for a person. */
static const char *message(PGconn *c, const PGresult *r)
{
	static char line[512];
	const char *m = r ? PQresultErrorMessage(r) : PQerrorMessage(c);
	size_t k;

	snprintf(line, sizeof(line), "%s", m && *m ? m : "okänt fel");
	k = strcspn(line, "\n");
	line[k] = '\0';
	return line;
}

/* A lock not granted in time, a deadlock or a serialization failure: the
 * database was busy with another writer. */
static int is_busy(const PGresult *r)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;

	return state && (strcmp(state, "55P03") == 0 || strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0);
}

static int fail(struct store *st, PGresult *r, const char *what, struct err *err)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;

	if (is_busy(r)) {
		err_set(err, "databasen är upptagen av en annan skrivning (till exempel en inläsning); försök igen "
			"när den är klar");
		store_busy_note(st);
		return err_busy(err);
	}
	/* A row naming one that does not exist is told in the words SQLite
	 * uses, so that the message does not depend on the engine (nor name
	 * the server's constraints). */
	if (state && strcmp(state, "23503") == 0)
		return err_set(err, "databasfel (%s): FOREIGN KEY constraint failed", what);
	return err_set(err, "databasfel (%s): %s", what, message(store_pg(st)->c, r));
}

struct stmt *pg_prepare(struct store *st, const char *sql, struct err *err)
{
	struct stmt *s = xcalloc(1, sizeof(*s));
	struct pg_stmt *p = xcalloc(1, sizeof(*p));

	(void)err;
	s->st = st;
	s->pg = p;
	p->sql = translate(sql, &p->names, &p->n);
	sql += strspn(sql, " \t\n");
	p->writes = strncasecmp(sql, "INSERT", 6) == 0 || strncasecmp(sql, "UPDATE", 6) == 0 ||
		    strncasecmp(sql, "DELETE", 6) == 0;
	snprintf(p->name, sizeof(p->name), "f%d", store_pg(st)->next++);
	p->values = xcalloc((size_t)p->n + 1, sizeof(*p->values));
	p->lengths = xcalloc((size_t)p->n + 1, sizeof(*p->lengths));
	p->formats = xcalloc((size_t)p->n + 1, sizeof(*p->formats));
	p->scratch = xcalloc((size_t)p->n + 1, sizeof(*p->scratch));
	return s;
}

void pg_finalize(struct stmt *s)
{
	struct pg_stmt *p;
	int i;

	if (!s)
		return;
	p = s->pg;
	/* Rows it appended and never sent go with it (the transaction they
	 * belonged to is being given up). */
	if (p->rows_out.len) {
		struct pg_conn *pc = store_pg(s->st);
		size_t j, k = 0;

		for (j = 0; j < pc->n_pending; j++)
			if (pc->pending[j] != s)
				pc->pending[k++] = pc->pending[j];
		pc->n_pending = k;
	}
	PQclear(p->res);
	PQfreemem(p->blob);
	for (i = 0; i < p->n; i++)
		free(p->names[i]);
	free(p->names);
	free(p->sql);
	free(p->values);
	free(p->lengths);
	free(p->formats);
	free(p->scratch);
	free(p->copy);
	free(p->declare);
	buf_release(&p->rows_out);
	free(p);
	free(s);
}

int pg_param(struct stmt *s, const char *name)
{
	struct pg_stmt *p = s->pg;
	int i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->names[i], name) == 0)
			return i + 1;
	return 0;
}

int pg_busy(struct stmt *s)
{
	return s->pg->res != NULL || s->pg->cursor;
}

/* A transaction ended on the connection: the cursors opened in it are
 * gone with it, and so is a read transaction of the large reads'. */
static void tx_ended(struct pg_conn *pc)
{
	pc->tx_gen++;
	pc->read_tx = 0;
}

/* Ends s's cursor: closed, unless its transaction is over or failed (it
 * is gone then, or goes with the rollback); the read transaction of its
 * own rolled back (nothing was written in it) when s is the last large
 * read in it, or when it failed, so that the statements after run. */
static void cursor_end(struct stmt *s)
{
	struct pg_stmt *p = s->pg;
	struct pg_conn *pc = store_pg(s->st);
	PGTransactionStatusType status = PQtransactionStatus(pc->c);
	int live = p->gen == pc->tx_gen && (status == PQTRANS_INTRANS || status == PQTRANS_INERROR);
	PGresult *r = NULL;
	char sql[48];

	if (live && p->own_tx && (status == PQTRANS_INERROR || pc->read_tx <= 1)) {
		r = PQexec(pc->c, "ROLLBACK");
		tx_ended(pc);
	} else if (live && status == PQTRANS_INTRANS) {
		snprintf(sql, sizeof(sql), "CLOSE c%s", p->name);
		r = PQexec(pc->c, sql);
		if (p->own_tx)
			pc->read_tx--;
	}
	PQclear(r);
	p->cursor = 0;
	p->own_tx = 0;
}

void pg_reset(struct stmt *s)
{
	struct pg_stmt *p = s->pg;

	if (p->cursor)
		cursor_end(s);
	PQclear(p->res);
	p->res = NULL;
	memset(p->values, 0, (size_t)p->n * sizeof(*p->values));
	memset(p->lengths, 0, (size_t)p->n * sizeof(*p->lengths));
	memset(p->formats, 0, (size_t)p->n * sizeof(*p->formats));
}

void pg_bind_int(struct stmt *s, int i, int64_t v)
{
	struct pg_stmt *p = s->pg;

	snprintf(p->scratch[i - 1], sizeof(p->scratch[0]), "%lld", (long long)v);
	p->values[i - 1] = p->scratch[i - 1];
	p->formats[i - 1] = 0;
}

void pg_bind_text(struct stmt *s, int i, const char *v)
{
	s->pg->values[i - 1] = v;
	s->pg->formats[i - 1] = 0;
}

void pg_bind_text_copy(struct stmt *s, int i, const char *v, int len)
{
	struct pg_stmt *p = s->pg;

	snprintf(p->scratch[i - 1], sizeof(p->scratch[0]), "%.*s", len, v);
	p->values[i - 1] = p->scratch[i - 1];
	p->formats[i - 1] = 0;
}

void pg_bind_blob(struct stmt *s, int i, const void *v, size_t n)
{
	struct pg_stmt *p = s->pg;

	p->values[i - 1] = v ? v : "";
	p->lengths[i - 1] = (int)n;
	p->formats[i - 1] = 1;
}

void pg_bind_null(struct stmt *s, int i)
{
	s->pg->values[i - 1] = NULL;
}

/* Prepares p on its own: 0, or -1 with err set. */
static int prepare(struct store *st, struct pg_stmt *p, struct err *err)
{
	PGresult *r = PQprepare(store_pg(st)->c, p->name, p->sql, p->n, NULL);
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK;

	if (!ok)
		fail(st, r, "förbereda fråga", err);
	PQclear(r);
	p->prepared = ok;
	return ok ? 0 : -1;
}

/* Prepares p and runs it with its values in one round trip to the server
 * (a pipeline of the two) rather than two: on a host each förbund's
 * statements are prepared apart, so a read over many förbund (the
 * follow-up, a server's first requests) prepares nearly every statement
 * it runs. The result of the run (its status to be looked at, as
 * PQexecPrepared's), or NULL with err set when the preparing failed. */
static PGresult *prepare_run(struct store *st, struct pg_stmt *p, struct err *err)
{
	PGconn *c = store_pg(st)->c;
	PGresult *prep = NULL, *res = NULL, *r;
	int nulls = 0;

	if (PQenterPipelineMode(c) != 1)
		return prepare(st, p, err) < 0 ? NULL
					       : PQexecPrepared(c, p->name, p->n, p->values, p->lengths, p->formats, 0);
	if (PQsendPrepare(c, p->name, p->sql, p->n, NULL) == 1)
		PQsendQueryPrepared(c, p->name, p->n, p->values, p->lengths, p->formats, 0);
	PQpipelineSync(c);
	/* Each command's results end in a NULL; two NULLs in a row, or the
	 * sync, mean that nothing more is coming. */
	while (nulls < 2) {
		r = PQgetResult(c);
		if (!r) {
			nulls++;
			continue;
		}
		nulls = 0;
		if (PQresultStatus(r) == PGRES_PIPELINE_SYNC) {
			PQclear(r);
			break;
		}
		if (!prep)
			prep = r;
		else if (!res)
			res = r;
		else
			PQclear(r);
	}
	PQexitPipelineMode(c);
	if (PQresultStatus(prep) != PGRES_COMMAND_OK) {
		fail(st, prep, "förbereda fråga", err);
		PQclear(prep);
		PQclear(res);
		return NULL;
	}
	PQclear(prep);
	p->prepared = 1;
	if (!res)
		res = PQmakeEmptyPGresult(c, PGRES_FATAL_ERROR);
	return res;
}

/* Runs the statement with its values: the result waits in p->res. A
 * write outside a transaction runs in one of its own with the writers'
 * lock. */
static int run(struct stmt *s, const char *what, struct err *err)
{
	struct pg_stmt *p = s->pg;
	PGconn *c = store_pg(s->st)->c;
	PGresult *r;
	ExecStatusType status;
	int own = p->writes && PQtransactionStatus(c) == PQTRANS_IDLE;

	if (p->writes && store_pg(s->st)->read_tx)
		return err_set(err, "databasfel (%s): kan inte skriva medan en stor läsning pågår utanför en "
			       "transaktion", what);
	/* What was appended is in the tables before anything reads them. */
	if (pg_bulk_flush(s->st, err) < 0)
		return -1;
	if (!p->prepared && !own) {
		r = prepare_run(s->st, p, err);
		if (!r)
			return -1;
	} else {
		if ((!p->prepared && prepare(s->st, p, err) < 0) || (own && store_pg_lock(s->st, err) < 0))
			return -1;
		r = PQexecPrepared(c, p->name, p->n, p->values, p->lengths, p->formats, 0);
	}
	status = PQresultStatus(r);
	if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
		fail(s->st, r, what, err);
		PQclear(r);
		if (own)
			pg_rollback(s->st);
		return -1;
	}
	if (own && pg_exec(s->st, "COMMIT", err) < 0) {
		PQclear(r);
		pg_rollback(s->st);
		return -1;
	}
	p->res = r;
	p->row = -1;
	p->rows = status == PGRES_TUPLES_OK ? PQntuples(r) : 0;
	s->changes = strtoll(PQcmdTuples(r), NULL, 10);
	return 0;
}

/* The next batch of s's cursor into p->res. */
static int cursor_fetch(struct stmt *s, const char *what, struct err *err)
{
	struct pg_stmt *p = s->pg;
	struct pg_conn *pc = store_pg(s->st);
	char sql[64];
	PGresult *r;

	PQclear(p->res);
	p->res = NULL;
	snprintf(sql, sizeof(sql), "FETCH FORWARD %d FROM c%s", pc->batch, p->name);
	r = PQexec(pc->c, sql);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		fail(s->st, r, what, err);
		PQclear(r);
		return -1;
	}
	p->res = r;
	p->row = -1;
	p->rows = PQntuples(r);
	p->more = p->rows == pc->batch;
	return 0;
}

/* Opens s's cursor, in the transaction there is or in a read transaction
 * of its own, and fetches its first batch. */
static int cursor_open(struct stmt *s, const char *what, struct err *err)
{
	struct pg_stmt *p = s->pg;
	struct pg_conn *pc = store_pg(s->st);
	PGresult *r;
	int own = pc->read_tx > 0;

	if (pg_bulk_flush(s->st, err) < 0)
		return -1;
	if (PQtransactionStatus(pc->c) == PQTRANS_IDLE) {
		r = PQexec(pc->c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
		if (PQresultStatus(r) != PGRES_COMMAND_OK) {
			fail(s->st, r, what, err);
			PQclear(r);
			return -1;
		}
		PQclear(r);
		own = 1;
	}
	if (!p->declare) {
		struct buf b;

		buf_init(&b);
		buf_addf(&b, "DECLARE c%s NO SCROLL CURSOR FOR %s", p->name, p->sql);
		p->declare = buf_detach(&b);
	}
	r = PQexecParams(pc->c, p->declare, p->n, NULL, p->values, p->lengths, p->formats, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		fail(s->st, r, what, err);
		PQclear(r);
		/* The read transaction failed with it (and any other large
		 * read in it, whose next batch will say so). */
		if (own) {
			r = PQexec(pc->c, "ROLLBACK");
			PQclear(r);
			tx_ended(pc);
		}
		return -1;
	}
	PQclear(r);
	p->cursor = 1;
	p->own_tx = own;
	p->gen = pc->tx_gen;
	if (own)
		pc->read_tx++;
	s->changes = 0;
	return cursor_fetch(s, what, err);
}

int pg_step(struct stmt *s, const char *what, struct err *err)
{
	struct pg_stmt *p = s->pg;

	if (!p->res && !p->cursor && (p->large ? cursor_open(s, what, err) : run(s, what, err)) < 0) {
		pg_reset(s);
		return -1;
	}
	if (++p->row < p->rows)
		return 1;
	if (p->cursor && p->more) {
		if (cursor_fetch(s, what, err) < 0) {
			pg_reset(s);
			return -1;
		}
		if (++p->row < p->rows)
			return 1;
	}
	pg_reset(s);
	return 0;
}

void pg_large(struct stmt *s)
{
	s->pg->large = 1;
}

void pg_batch_set(struct store *st, int rows)
{
	store_pg(st)->batch = rows > 0 ? rows : PG_BATCH;
}

int pg_reading(struct store *st)
{
	return store_pg(st)->read_tx > 0;
}

int pg_col_null(struct stmt *s, int col)
{
	return PQgetisnull(s->pg->res, s->pg->row, col);
}

int64_t pg_col_int(struct stmt *s, int col)
{
	const char *v = PQgetvalue(s->pg->res, s->pg->row, col);

	return v ? strtoll(v, NULL, 10) : 0;
}

const char *pg_col_text(struct stmt *s, int col)
{
	if (PQgetisnull(s->pg->res, s->pg->row, col))
		return NULL;
	return PQgetvalue(s->pg->res, s->pg->row, col);
}

size_t pg_col_bytes(struct stmt *s, int col)
{
	return (size_t)PQgetlength(s->pg->res, s->pg->row, col);
}

const void *pg_col_blob(struct stmt *s, int col, size_t *n)
{
	struct pg_stmt *p = s->pg;

	PQfreemem(p->blob);
	p->blob = NULL;
	*n = 0;
	if (PQgetisnull(p->res, p->row, col))
		return NULL;
	p->blob = PQunescapeBytea((const unsigned char *)PQgetvalue(p->res, p->row, col), n);
	return p->blob;
}

/* ---- rows in bulk ----
 *
 * An import appends its verifications and transactions by the hundred
 * thousand. One INSERT each costs a round trip to the server; appended
 * within a transaction, they are kept as COPY's text and sent with COPY
 * when BULK_BYTES have gathered, before any other statement runs (so
 * every read sees them), and before the transaction ends. Their ids are
 * handed out here (q_next_id): the writers' lock keeps every other writer
 * out meanwhile, and the tables' identity sequences are set past them
 * with each COPY, so that a row given its id by the sequence afterwards
 * takes the next one. */

static void bulk_forget(struct pg_conn *pc)
{
	size_t i;

	for (i = 0; i < pc->n_pending; i++)
		buf_reset(&pc->pending[i]->pg->rows_out);
	pc->n_pending = 0;
	pc->pending_bytes = 0;
	pc->n_ids = 0;
	buf_reset(&pc->copied);
}

/* "COPY t (a, b) FROM STDIN" for "INSERT INTO t (a, b) VALUES ($1, $2)"
 * whose values are its parameters in order, else "". COPY writes the
 * values given into an identity column GENERATED ALWAYS, as the INSERT's
 * OVERRIDING SYSTEM VALUE does. */
static char *copy_of(const char *sql, int n)
{
	static const char overriding[] = ") OVERRIDING SYSTEM VALUE VALUES (";
	const char *cols, *values, *v;
	struct buf b;
	int i;

	sql += strspn(sql, " \t\n");
	if (strncmp(sql, "INSERT INTO ", 12) != 0 || !(cols = strchr(sql, '(')))
		return xstrdup("");
	if ((values = strstr(cols, ") VALUES (")) != NULL)
		v = values + 10;
	else if ((values = strstr(cols, overriding)) != NULL)
		v = values + sizeof(overriding) - 1;
	else
		return xstrdup("");
	for (i = 1; i <= n; i++) {
		char want[16];
		int len = snprintf(want, sizeof(want), "$%d", i);

		if (strncmp(v, want, (size_t)len) != 0)
			return xstrdup("");
		v += len;
		if (i < n && strncmp(v, ", ", 2) != 0)
			return xstrdup("");
		v += i < n ? 2 : 0;
	}
	if (strcmp(v, ")") != 0)
		return xstrdup("");
	buf_init(&b);
	buf_addf(&b, "COPY %.*s FROM STDIN", (int)(values + 1 - (sql + 12)), sql + 12);
	return buf_detach(&b);
}

/* Appends v as a field of COPY's text format. */
static void copy_field(struct buf *b, const char *v, int len)
{
	int i;

	for (i = 0; i < len; i++) {
		char c = v[i];

		switch (c) {
		case '\\': buf_add(b, "\\\\", 2); break;
		case '\n': buf_add(b, "\\n", 2); break;
		case '\r': buf_add(b, "\\r", 2); break;
		case '\t': buf_add(b, "\\t", 2); break;
		default: buf_addc(b, c);
		}
	}
}

/* Notes the table of copy ("COPY t (a, b) FROM STDIN") among those
 * copied to, once. */
static void note_copied(struct pg_conn *pc, const char *copy)
{
	const char *name = copy + 5, *at = pc->copied.s;
	size_t len = strcspn(name, " (");

	while (*at) {
		size_t n = strcspn(at, ",");

		if (n == len && strncmp(at, name, len) == 0)
			return;
		at += n;
		at += strspn(at, ", ");
	}
	if (pc->copied.len)
		buf_adds(&pc->copied, ", ");
	buf_add(&pc->copied, name, len);
}

/* After a transaction that wrote rows by COPY (an import) is committed:
 * the tables it wrote are analysed, so that the planner knows how many
 * rows they now hold (before autovacuum comes to them, up to a minute
 * later, it plans the reads right after an import for a few thousand),
 * and vacuumed, which marks their pages all-visible, so that a read of an
 * index that carries every column it needs (migration 0025) need not
 * visit the table. For 1 000 000 verifications this took 1-2 s on a
 * busy machine, about what the import's own check then gains. Nothing is
 * lost when it fails: the rows are committed, and autovacuum does the
 * same later. */
static void tidy_copied(struct pg_conn *pc)
{
	struct buf sql;
	PGresult *r;

	if (!pc->copied.len)
		return;
	/* Two commands: a VACUUM (ANALYZE) of the two tables left the
	 * second's pages not all-visible (PostgreSQL 15). */
	buf_init(&sql);
	buf_addf(&sql, "VACUUM %s", pc->copied.s);
	r = PQexec(pc->c, sql.s);
	PQclear(r);
	buf_reset(&sql);
	buf_addf(&sql, "ANALYZE %s", pc->copied.s);
	r = PQexec(pc->c, sql.s);
	PQclear(r);
	buf_release(&sql);
	buf_reset(&pc->copied);
}

int pg_bulk_flush(struct store *st, struct err *err)
{
	struct pg_conn *pc = store_pg(st);
	PGresult *r;
	size_t i;
	int rc = 0;

	for (i = 0; i < pc->n_pending && rc == 0; i++) {
		struct pg_stmt *p = pc->pending[i]->pg;

		note_copied(pc, p->copy);
		r = PQexec(pc->c, p->copy);
		if (PQresultStatus(r) != PGRES_COPY_IN) {
			rc = fail(st, r, "spara raderna", err);
			PQclear(r);
			break;
		}
		PQclear(r);
		if (PQputCopyData(pc->c, p->rows_out.s, (int)p->rows_out.len) != 1 || PQputCopyEnd(pc->c, NULL) != 1)
			rc = err_set(err, "databasfel (spara raderna): %s", PQerrorMessage(pc->c));
		while ((r = PQgetResult(pc->c)) != NULL) {
			if (rc == 0 && PQresultStatus(r) != PGRES_COMMAND_OK)
				rc = fail(st, r, "spara raderna", err);
			PQclear(r);
		}
		buf_reset(&p->rows_out);
	}
	for (i = 0; i < pc->n_ids && rc == 0; i++) {
		char sql[200];

		if (pc->ids[i].next <= 1)
			continue;
		snprintf(sql, sizeof(sql), "SELECT setval(pg_get_serial_sequence('%s', 'id'), %lld)", pc->ids[i].table,
			 (long long)(pc->ids[i].next - 1));
		r = PQexec(pc->c, sql);
		if (PQresultStatus(r) != PGRES_TUPLES_OK)
			rc = fail(st, r, "ställa fram radernas nummer", err);
		PQclear(r);
	}
	if (rc < 0) {
		bulk_forget(pc);
		return -1;
	}
	for (i = 0; i < pc->n_pending; i++)
		buf_reset(&pc->pending[i]->pg->rows_out);
	pc->n_pending = 0;
	pc->pending_bytes = 0;
	return 0;
}

int pg_bulk_on(struct store *st)
{
	return PQtransactionStatus(store_pg(st)->c) == PQTRANS_INTRANS && !store_pg(st)->read_tx;
}

int pg_append(struct stmt *s, const char *what, struct err *err)
{
	struct pg_stmt *p = s->pg;
	struct pg_conn *pc = store_pg(s->st);
	int i;

	if (!p->copy)
		p->copy = copy_of(p->sql, p->n);
	for (i = 0; i < p->n && p->copy[0]; i++)
		if (p->formats[i] != 0)
			break;
	/* Outside a transaction, or a row COPY's text cannot carry: as
	 * any other statement. */
	if (!pg_bulk_on(s->st) || !p->copy[0] || i < p->n) {
		int rc;

		while ((rc = pg_step(s, what, err)) > 0)
			;
		return rc;
	}
	if (!p->rows_out.len) {
		size_t j;

		for (j = 0; j < pc->n_pending && pc->pending[j] != s; j++)
			;
		if (j == pc->n_pending) {
			if (pc->n_pending == BULK_TABLES && pg_bulk_flush(s->st, err) < 0)
				return -1;
			pc->pending[pc->n_pending++] = s;
		}
	}
	{
		size_t before = p->rows_out.len;

		for (i = 0; i < p->n; i++) {
			if (i)
				buf_addc(&p->rows_out, '\t');
			if (!p->values[i])
				buf_add(&p->rows_out, "\\N", 2);
			else
				copy_field(&p->rows_out, p->values[i], (int)strlen(p->values[i]));
		}
		buf_addc(&p->rows_out, '\n');
		pc->pending_bytes += p->rows_out.len - before;
	}
	pg_reset(s);
	s->changes = 1;
	return pc->pending_bytes >= BULK_BYTES ? pg_bulk_flush(s->st, err) : 0;
}

int pg_next_id(struct store *st, const char *table, int take, int64_t *id, struct err *err)
{
	struct pg_conn *pc = store_pg(st);
	size_t i;

	*id = 0;
	for (i = 0; i < pc->n_ids && strcmp(pc->ids[i].table, table) != 0; i++)
		;
	if (i == pc->n_ids) {
		char sql[300];
		PGresult *r;

		if (i == BULK_TABLES)
			return err_set(err, "för många tabeller med egna nummer i en transaktion");
		if (pg_bulk_flush(st, err) < 0)
			return -1;
		/* Past the largest id and the sequence both (a row since
		 * removed may have had a larger id than any left). */
		snprintf(sql, sizeof(sql),
			 "SELECT greatest(coalesce(max(id), 0), coalesce(pg_sequence_last_value("
			 "pg_get_serial_sequence('%s', 'id')::regclass), 0)) + 1 FROM %s", table, table);
		r = PQexec(pc->c, sql);
		if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
			fail(st, r, "läsa radernas nummer", err);
			PQclear(r);
			return -1;
		}
		pc->ids[i].table = table;
		pc->ids[i].next = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		pc->n_ids++;
		PQclear(r);
	}
	*id = pc->ids[i].next;
	if (take)
		pc->ids[i].next++;
	return 0;
}

int pg_col_count(struct stmt *s)
{
	return s->pg->res ? PQnfields(s->pg->res) : 0;
}

const char *pg_col_name(struct stmt *s, int col)
{
	return PQfname(s->pg->res, col);
}

/* By the column's type (pg_type's oids): bigint, integer and smallint
 * are integers, bytea a blob, the rest text. */
enum q_kind pg_col_kind(struct stmt *s, int col)
{
	if (PQgetisnull(s->pg->res, s->pg->row, col))
		return Q_NULL;
	switch (PQftype(s->pg->res, col)) {
	case 20:
	case 21:
	case 23:
		return Q_INT;
	case 17:
		return Q_BLOB;
	default:
		return Q_TEXT;
	}
}

void pg_release(struct stmt *s)
{
	if (!s)
		return;
	if (s->pg->cursor)
		cursor_end(s);
	if (s->pg->prepared) {
		char sql[48];
		PGresult *r;

		snprintf(sql, sizeof(sql), "DEALLOCATE %s", s->pg->name);
		r = PQexec(store_pg(s->st)->c, sql);
		PQclear(r);
	}
	pg_finalize(s);
}

/* ---- the connection ---- */

int pg_connect(struct pg_conn **out, const char *uri, struct err *err)
{
	struct pg_conn *pc = xcalloc(1, sizeof(*pc));
	PGresult *r;

	*out = NULL;
	buf_init(&pc->copied);
	pc->c = PQconnectdb(uri);
	if (!pc->c || PQstatus(pc->c) != CONNECTION_OK) {
		err_set(err, "kan inte ansluta till PostgreSQL: %s", pc->c ? message(pc->c, NULL) : "slut på minne");
		PQfinish(pc->c);
		free(pc);
		return -1;
	}
	/* The server's notices (a table already there) are no business of a
	 * person at a terminal. */
	r = PQexec(pc->c, "SET client_min_messages = warning");
	PQclear(r);
	pc->batch = PG_BATCH;
	*out = pc;
	return 0;
}

void pg_disconnect(struct pg_conn *pc)
{
	if (!pc)
		return;
	PQfinish(pc->c);
	buf_release(&pc->copied);
	free(pc);
}

int pg_exec(struct store *st, const char *sql, struct err *err)
{
	PGresult *r;
	ExecStatusType status;
	int rc = 0;

	if (pg_bulk_flush(st, err) < 0)
		return -1;
	/* A transaction that wrote by COPY is committed durably whatever the
	 * server's synchronous_commit: the VACUUM that follows at once
	 * (tidy_copied) can then mark its rows' pages all-visible, which it
	 * cannot after an asynchronous commit until the commit is on disk. */
	if (store_pg(st)->copied.len && strcmp(sql, "COMMIT") == 0)
		PQclear(PQexec(store_pg(st)->c, "SET LOCAL synchronous_commit = on"));
	r = PQexec(store_pg(st)->c, sql);
	status = PQresultStatus(r);
	if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
		rc = fail(st, r, "köra SQL", err);
	PQclear(r);
	/* The ids handed out lived as long as the transaction. */
	if (PQtransactionStatus(store_pg(st)->c) == PQTRANS_IDLE) {
		if (rc == 0)
			tidy_copied(store_pg(st));
		bulk_forget(store_pg(st));
		tx_ended(store_pg(st));
	}
	return rc;
}

/* The one writer at a time: an advisory lock held until the transaction
 * ends, waited for up to the store's limit (lock_timeout), as SQLite's
 * busy handler waits for the write lock. Each förbund of a host has a
 * lock of its own (host.c), so that one's import holds up no other. */
int pg_begin(struct store *st, long wait_ms, struct err *err)
{
	char sql[160];

	snprintf(sql, sizeof(sql), "BEGIN; SET LOCAL lock_timeout = %ld; SELECT pg_advisory_xact_lock(%lld)",
		 wait_ms > 0 ? wait_ms : 1, (long long)st->lock_key);
	if (pg_exec(st, sql, err) < 0) {
		PGresult *r = PQexec(store_pg(st)->c, "ROLLBACK");

		PQclear(r);
		tx_ended(store_pg(st));
		return -1;
	}
	return 0;
}

void pg_rollback(struct store *st)
{
	PGresult *r = PQexec(store_pg(st)->c, "ROLLBACK");

	PQclear(r);
	bulk_forget(store_pg(st));
	tx_ended(store_pg(st));
}

/* ---- the store on PostgreSQL: opening and the schema ---- */

static const char sql_tables[] = "SELECT count(*), coalesce(sum(CASE WHEN table_name = 'schema_migrations' "
				 "THEN 1 ELSE 0 END), 0) FROM information_schema.tables "
				 "WHERE table_schema = current_schema()";
static const char sql_version[] = "SELECT coalesce(max(version), 0) FROM schema_migrations";

int pg_store_version(struct store *st, int *version, int *foreign, struct err *err)
{
	struct stmt *s = q_prep(st, sql_tables, err);
	int64_t tables, ours;
	int rc;

	*version = 0;
	*foreign = 0;
	if (!s || (rc = q_step(s, "läsa databasens tabeller", err)) < 0)
		return -1;
	tables = rc ? q_col_int(s, 0) : 0;
	ours = rc ? q_col_int(s, 1) : 0;
	q_reset(s);
	if (!ours) {
		*foreign = tables > 0;
		return 0;
	}
	s = q_prep(st, sql_version, err);
	if (!s || (rc = q_step(s, "läsa schemaversionen", err)) < 0)
		return -1;
	*version = rc ? (int)q_col_int(s, 0) : 0;
	q_reset(s);
	return 0;
}

static const char sql_record[] = "INSERT INTO schema_migrations (version, name, applied_at) "
				 "VALUES (:version, :name, :applied_at)";

/* Applies m and records it, in a transaction of its own holding the
 * writers' lock: another process may have brought the schema up to date
 * while this one waited. */
static int apply(struct store *st, const struct migration *m, struct err *err)
{
	struct stmt *s;
	char stamp[32];
	int version, foreign;

	if (pg_begin(st, 60000, err) < 0)
		goto fail;
	if (pg_store_version(st, &version, &foreign, err) < 0)
		goto fail;
	if (version >= m->version)
		return pg_exec(st, "COMMIT", err);
	if (pg_exec(st, "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, "
		    "name text NOT NULL, applied_at text NOT NULL)", err) < 0 ||
	    pg_exec(st, m->sql, err) < 0)
		goto fail;
	s = q_prep(st, sql_record, err);
	if (!s)
		goto fail;
	q_int(s, "version", m->version);
	q_text(s, "name", m->name);
	q_text(s, "applied_at", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	if (q_exec(s, "anteckna schemaversionen", err) < 0 || pg_exec(st, "COMMIT", err) < 0)
		goto fail;
	return 0;
fail:
	pg_rollback(st);
	return err_prefix(err, "kan inte uppdatera databasen till version %d (%s)", m->version, m->name);
}

/* Brings the schema the connection works in up to date: created when
 * mode allows and it has no finsam tables yet. */
int pg_store_ready(struct store *st, enum store_open_mode mode, int *created, struct err *err)
{
	int version, foreign;
	size_t i;

	if (pg_store_version(st, &version, &foreign, err) < 0)
		return -1;
	if (foreign)
		return err_set(err, "PostgreSQL-databasen har tabeller, men inte finsams: använd en egen databas för "
			       "finsam");
	/* A host's förbund are in schemas of their own: its public one is
	 * nobody's. */
	if (version == 0 && !st->forbund[0] && store_is_host(st))
		return err_set(err, "databasen är en värd för flera förbund: ange förbundet med --forbund NAMN "
			       "(se 'finsam forbund list')");
	if (version == 0 && mode != STORE_OPEN_CREATE)
		return err_set(err, "finsams databas finns inte än i PostgreSQL-databasen (skapa den med 'finsam "
			       "init' eller importera en SIE-fil)");
	if (version > (int)migrations[migrations_count - 1].version)
		return err_set(err, "databasen har schemaversion %d, nyare än den här versionen av finsam (%d)",
			       version, migrations[migrations_count - 1].version);
	for (i = 0; i < migrations_pg_count; i++)
		if (migrations_pg[i].version > version && apply(st, &migrations_pg[i], err) < 0)
			return -1;
	if (created)
		*created = version == 0;
	return 0;
}

/* uri is libpq's connection string or URI, with a förbund of a host after
 * '#' ("postgresql://server/db#kalmar"): '#' starts a URI's fragment,
 * which libpq does not read, so a password holding it is written %23. */
int pg_store_open(struct store **out, const char *uri, enum store_open_mode mode, int *created, struct err *err)
{
	struct store *st = xcalloc(1, sizeof(*st));
	const char *hash = strchr(uri, '#');
	char *conn = hash ? xstrndup(uri, (size_t)(hash - uri)) : xstrdup(uri);
	int rc;

	*out = NULL;
	st->path = xstrdup(uri);
	st->lock_key = PG_LOCK_PUBLIC;
	rc = pg_connect(&st->pg, conn, err);
	free(conn);
	if (rc < 0 || (hash && pg_host_enter(st, hash + 1, err) < 0) || pg_store_ready(st, mode, created, err) < 0) {
		store_close(st);
		return -1;
	}
	*out = st;
	return 0;
}
