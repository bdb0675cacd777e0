/*
 * transfer.c: a förbund moved between stores ('finsam migrate'): every
 * row of every table copied from one store into another, SQLite or
 * PostgreSQL either way, with its ids, so that every report reads the
 * same from both. The tables are declared once, below, in the order
 * their foreign keys allow; each is read whole with SELECT * and written
 * with an INSERT made from the columns the rows come with, so that a
 * column a migration adds is copied without a word here, and a table a
 * migration adds is found missing from the list (store_tables_check,
 * which the tests run on both engines and every transfer runs first).
 *
 * This is the one place whose SQL is made at run time: the tables'
 * names come from the list and the columns' from the database, each
 * checked to be a plain name before it goes into a statement, and every
 * value is bound.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine_int.h"
#include "store/store_int.h"
#include "store/store.h"

/* The tables, parents before the tables that refer to them. key is what
 * a table's rows are read in order of on PostgreSQL: "rowid" for the two
 * whose order SQLite keeps by its rowid (PostgreSQL's schema gives them
 * a rowid column, into which SQLite's rowid is copied, and back), else
 * its id or primary key. On SQLite every table is read in rowid order. */
static const struct table {
	const char *name;
	const char *key;
} tables[] = {
	{ "association", "id" },
	{ "member", "id" },
	{ "fiscal_year", "id" },
	{ "account", "number" },
	{ "dimension", "number" },
	{ "object", "dim, code" },
	{ "balance", "year_id, kind, account, period, objects" },
	{ "verification", "id" },
	{ "trans", "id" },
	{ "turnover", "year_id, account" },
	{ "account_map", "id" },
	{ "budget", "id" },
	{ "budget_line", "id" },
	{ "forecast", "year, area" },
	{ "event", "id" },
	{ "plan_text", "year, section" },
	{ "intervention", "id" },
	{ "decision", "id" },
	{ "activity", "id" },
	{ "activity_attendance", "rowid" },
	{ "participant", "id" },
	{ "enrolment", "id" },
	{ "audit_log", "id" },
	{ "anonymous_count", "id" },
	{ "setting", "key" },
	{ "goal", "id" },
	{ "result_goal", "id" },
	{ "assessment", "id" },
	{ "board_member", "id" },
	{ "survey_question", "id" },
	{ "survey_answer", "id" },
	{ "object_turnover", "year_id, account, objects" },
	{ "app_user", "id" },
	{ "user_intervention", "user_id, intervention_id" },
	{ "session", "token_hash" },
	{ "login_failure", "id" },
	{ "closed_year", "year" },
	{ "allocation", "id" },
	{ "ready_mark", "intervention_id, year, period" },
	{ "intervention_year", "intervention_id, year" },
	{ "history", "year" },
	{ "staff", "year" },
	{ "adoption", "document, year" },
	{ "attachment", "year, kind" },
	{ "tertial_theme", "year, tertial" },
	{ "key_fingerprint", "id" },
	{ "meeting", "id" },
	{ "meeting_attendee", "rowid" },
	{ "meeting_decision", "id" },
	{ "policy", "id" },
	{ "policy_revision", "id" },
	{ "risk", "id" },
	{ "control_action", "id" },
	{ "control_plan", "year" },
	{ "control_followup", "id" },
};
#define N_TABLES (sizeof(tables) / sizeof(tables[0]))

/* The table of the schema's version: each store has its own. */
static const char versions_table[] = "schema_migrations";

/* Rows between two reports of a table still being copied. */
#define PROGRESS_ROWS 100000L

/* 1 when s is a plain lower-case name, fit to go into a statement. */
static int plain_name(const char *s)
{
	if (!s || !*s || strlen(s) > 63)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

static const char sql_tables_sqlite[] = "SELECT name FROM sqlite_master WHERE type = 'table' AND "
					"name NOT LIKE 'sqlite%' ORDER BY name";
static const char sql_tables_pg[] = "SELECT table_name::text FROM information_schema.tables "
				    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1";

int store_tables_check(struct store *st, char *out, size_t n, struct err *err)
{
	struct stmt *s = q_prep2(st, sql_tables_sqlite, sql_tables_pg, err);
	struct buf unlisted, absent;
	unsigned char *seen = xcalloc(N_TABLES, 1);
	size_t i;
	int rc;

	out[0] = '\0';
	if (!s) {
		free(seen);
		return -1;
	}
	buf_init(&unlisted);
	buf_init(&absent);
	while ((rc = q_step(s, "läsa databasens tabeller", err)) > 0) {
		const char *name = q_col_text(s, 0);

		if (!name || strcmp(name, versions_table) == 0)
			continue;
		for (i = 0; i < N_TABLES && strcmp(tables[i].name, name) != 0; i++)
			;
		if (i < N_TABLES)
			seen[i] = 1;
		else
			buf_addf(&unlisted, "%s%s", unlisted.len ? ", " : "", name);
	}
	for (i = 0; i < N_TABLES; i++)
		if (!seen[i])
			buf_addf(&absent, "%s%s", absent.len ? ", " : "", tables[i].name);
	if (rc == 0 && (unlisted.len || absent.len))
		snprintf(out, n, "%s%s%s%s%s", unlisted.len ? "inte i flyttens lista: " : "", unlisted.s,
			 unlisted.len && absent.len ? "; " : "", absent.len ? "i listan men inte i databasen: " : "",
			 absent.s);
	buf_release(&unlisted);
	buf_release(&absent);
	free(seen);
	return rc < 0 ? -1 : 0;
}

int store_is_empty(struct store *st, int *empty, struct err *err)
{
	char sql[128];
	size_t i;

	*empty = 1;
	for (i = 0; i < N_TABLES && *empty; i++) {
		struct stmt *s;
		int rc;

		snprintf(sql, sizeof(sql), "SELECT 1 FROM %s LIMIT 1", tables[i].name);
		if (!(s = q_prep_once(st, sql, err)))
			return -1;
		rc = q_step(s, "se efter rader", err);
		q_finalize(s);
		if (rc < 0)
			return -1;
		*empty = rc == 0;
	}
	return 0;
}

/* The INSERT of a row with the columns of the row s is on. */
static struct stmt *insert_for(struct store *dst, const struct table *t, struct stmt *s, struct err *err)
{
	struct buf sql;
	struct stmt *ins;
	int i, n = q_col_count(s);

	buf_init(&sql);
	buf_addf(&sql, "INSERT INTO %s (", t->name);
	for (i = 0; i < n; i++) {
		const char *col = q_col_name(s, i);

		if (!plain_name(col)) {
			buf_release(&sql);
			err_set(err, "tabellen %s har en kolumn med ett oväntat namn ('%s')", t->name, col ? col : "");
			return NULL;
		}
		/* A name SQL reserves (a column "text" or "key") is quoted;
		 * SQLite's rowid is only known by its bare name. */
		buf_addf(&sql, strcmp(col, "rowid") == 0 ? "%s%s" : "%s\"%s\"", i ? ", " : "", col);
	}
	/* On PostgreSQL, an identity column GENERATED ALWAYS (the rowid
	 * columns) takes the id given only when told so. */
	buf_adds(&sql, store_pg(dst) ? ") OVERRIDING SYSTEM VALUE VALUES (" : ") VALUES (");
	for (i = 0; i < n; i++)
		buf_addf(&sql, "%s:v%d", i ? ", " : "", i + 1);
	buf_adds(&sql, ")");
	ins = q_prep_once(dst, sql.s, err);
	buf_release(&sql);
	return ins;
}

/* Binds the values of the row s is on to ins, column for column. A blob
 * is copied into blobs[col] (freed by the caller after the insert): on
 * PostgreSQL the next blob read would free it. */
static void bind_row(struct stmt *ins, struct stmt *s, int n, void **blobs)
{
	int i;

	for (i = 0; i < n; i++) {
		switch (q_col_kind(s, i)) {
		case Q_NULL:
			q_null_at(ins, i + 1);
			break;
		case Q_INT:
			q_int_at(ins, i + 1, q_col_int(s, i));
			break;
		case Q_TEXT:
			q_text_at(ins, i + 1, q_col_text(s, i));
			break;
		case Q_BLOB: {
			size_t len;
			const void *p = q_col_blob(s, i, &len);

			/* An empty blob is still a blob, not NULL. */
			blobs[i] = xmalloc(len ? len : 1);
			if (len)
				memcpy(blobs[i], p, len);
			q_blob_at(ins, i + 1, blobs[i], len);
			break;
		}
		}
	}
}

static int copy_table(struct store *src, struct store *dst, const struct table *t, store_table_progress_fn progress,
		      void *ctx, struct err *err)
{
	char sql[192], what[96];
	struct stmt *s, *ins = NULL;
	void **blobs = NULL;
	long rows = 0;
	int rc, n = 0, i;

	if (store_pg(src))
		snprintf(sql, sizeof(sql), "SELECT * FROM %s ORDER BY %s", t->name, t->key);
	else
		snprintf(sql, sizeof(sql), "SELECT %s* FROM %s ORDER BY rowid", strcmp(t->key, "rowid") == 0 ? "rowid, " : "",
			 t->name);
	snprintf(what, sizeof(what), "läsa tabellen %s", t->name);
	if (!(s = q_prep_once(src, sql, err)))
		return err_prefix(err, "tabellen %s", t->name);
	/* Read a batch at a time, in the source's snapshot transaction. */
	q_large(s);
	while ((rc = q_step(s, what, err)) > 0) {
		if (!ins) {
			n = q_col_count(s);
			blobs = xcalloc((size_t)n + 1, sizeof(*blobs));
			if (!(ins = insert_for(dst, t, s, err))) {
				q_reset(s);
				rc = -1;
				break;
			}
		}
		bind_row(ins, s, n, blobs);
		snprintf(what, sizeof(what), "skriva tabellen %s", t->name);
		/* On PostgreSQL, within the copy's transaction, by COPY. */
		rc = q_append(ins, what, err);
		for (i = 0; i < n; i++) {
			free(blobs[i]);
			blobs[i] = NULL;
		}
		if (rc < 0) {
			q_reset(s);
			break;
		}
		snprintf(what, sizeof(what), "läsa tabellen %s", t->name);
		if (++rows % PROGRESS_ROWS == 0 && progress)
			progress(ctx, t->name, rows, -1);
	}
	free(blobs);
	if (rc == 0 && ins && q_flush(dst, err) < 0)
		rc = -1;
	q_finalize(ins);
	q_finalize(s);
	if (rc < 0)
		return -1;
	if (progress)
		progress(ctx, t->name, rows, rows);
	return 0;
}

/* On PostgreSQL: every identity sequence of the schema set to the
 * largest id copied, so that a new row gets the next. */
static int sequences_past(struct store *dst, struct err *err)
{
	static const char sql_identities[] = "SELECT table_name::text, column_name::text FROM information_schema.columns "
					     "WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1, 2";
	struct stmt *s = q_prep_once(dst, sql_identities, err);
	int rc;

	if (!s)
		return -1;
	while ((rc = q_step(s, "läsa tabellernas id-följder", err)) > 0) {
		const char *table = q_col_text(s, 0), *col = q_col_text(s, 1);
		char sql[320];
		struct stmt *set;

		if (!plain_name(table) || !plain_name(col)) {
			err_set(err, "tabellen '%s' har ett oväntat namn", table ? table : "");
			rc = -1;
			break;
		}
		snprintf(sql, sizeof(sql), "SELECT setval(pg_get_serial_sequence('%s', '%s'), max(\"%s\")) FROM %s", table,
			 col, col, table);
		set = q_prep_once(dst, sql, err);
		rc = q_exec(set, "flytta fram en id-följd", err);
		q_finalize(set);
		if (rc < 0)
			break;
	}
	if (rc < 0)
		q_reset(s);
	q_finalize(s);
	return rc < 0 ? -1 : 0;
}

/* The source read as of one moment: a read transaction of its own. */
static int snapshot_begin(struct store *src, struct err *err)
{
	if (src->pg)
		return pg_exec(src, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err);
	if (sqlite3_exec(src->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return sq_db_error(src, err, "läsa källan");
	return 0;
}

static void snapshot_end(struct store *src)
{
	if (src->pg)
		pg_rollback(src);
	else
		sqlite3_exec(src->db, "ROLLBACK", NULL, NULL, NULL);
}

int store_transfer(struct store *src, struct store *dst, store_table_progress_fn progress, void *ctx,
		   struct err *err)
{
	char problem[1024];
	int from = store_schema_version(src), to = store_schema_version(dst), empty, began = 0;
	size_t i;

	if (src->in_tx || dst->in_tx)
		return err_set(err, "kan inte flytta förbundet mitt i en ändring");
	if (from != to)
		return err_set(err, "källan har schemaversion %d men målet %d: båda måste vara vid samma version", from,
			       to);
	if (store_tables_check(src, problem, sizeof(problem), err) < 0)
		return -1;
	if (problem[0])
		return err_set(err, "källans tabeller stämmer inte med dem finsam flyttar (%s)", problem);
	if (store_tables_check(dst, problem, sizeof(problem), err) < 0)
		return -1;
	if (problem[0])
		return err_set(err, "målets tabeller stämmer inte med dem finsam flyttar (%s)", problem);
	if (store_is_empty(dst, &empty, err) < 0)
		return -1;
	if (!empty)
		return err_set(err, "målet har redan uppgifter: ett förbund flyttas bara till en ny fil, en tom "
			       "PostgreSQL-databas eller ett nytt förbund på en värd");
	if (snapshot_begin(src, err) < 0)
		return -1;
	if (store_begin(dst, err) < 0)
		goto fail;
	began = 1;
	/* The list's order keeps every parent before its children; SQLite
	 * may still check the keys once, at the end. */
	if (dst->db && sqlite3_exec(dst->db, "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK) {
		sq_db_error(dst, err, "skjuta upp nyckelkontrollen");
		goto fail;
	}
	for (i = 0; i < N_TABLES; i++)
		if (copy_table(src, dst, &tables[i], progress, ctx, err) < 0)
			goto fail;
	if (dst->pg && sequences_past(dst, err) < 0)
		goto fail;
	if (store_commit(dst, err) < 0)
		goto fail;
	snapshot_end(src);
	return 0;
fail:
	if (began)
		store_rollback(dst);
	snapshot_end(src);
	return -1;
}
