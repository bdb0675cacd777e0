/*
 * sqlite_audit.c: the audit log, append-only (the schema's triggers refuse
 * any UPDATE or DELETE of it, whoever asks). A line says when (local time,
 * with its offset from UTC), who, what was done, to which record, and the
 * record's values before and after.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/sqlite_int.h"
#include "store/store.h"

/* The local time t with its offset: "2026-03-01T14:05:09+01:00". */
static const char *local_time(char *buf, size_t n, time_t t)
{
	struct tm tm;
	char zone[8];
	size_t len;

	if (!localtime_r(&t, &tm) || strftime(buf, n, "%Y-%m-%dT%H:%M:%S", &tm) == 0 ||
	    strftime(zone, sizeof(zone), "%z", &tm) != 5) {
		buf[0] = '\0';
		return buf;
	}
	len = strlen(buf);
	if (len + 7 <= n) {
		memcpy(buf + len, zone, 3);
		buf[len + 3] = ':';
		memcpy(buf + len + 4, zone + 3, 3);
	}
	return buf;
}

static const char *local_now(char *buf, size_t n)
{
	return local_time(buf, n, time(NULL));
}

static const char sql_add[] =
	"INSERT INTO audit_log (at, actor, action, participant_code, detail, record, old_values, new_values) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

static int audit_insert(struct store *st, const char *actor, const char *action, const char *code,
			const char *detail, const char *record, const char *old_values, const char *new_values,
			struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_add, err);
	char stamp[40];

	if (!s)
		return -1;
	sq_bind_text(s, 1, local_now(stamp, sizeof(stamp)));
	sq_bind_text(s, 2, actor ? actor : "");
	sq_bind_text(s, 3, action);
	sq_bind_text(s, 4, code ? code : "");
	sq_bind_text(s, 5, detail ? detail : "");
	sq_bind_text(s, 6, record ? record : "");
	sq_bind_text(s, 7, old_values ? old_values : "");
	sq_bind_text(s, 8, new_values ? new_values : "");
	return sq_exec_step(st, s, err, "skriva i loggen");
}

int store_audit_add(struct store *st, const char *actor, const char *action, const char *code,
		    const char *detail, struct err *err)
{
	return audit_insert(st, actor, action, code, detail, NULL, NULL, NULL, err);
}

int store_audit_change(struct store *st, const char *actor, const char *action, const char *record,
		       const char *code, const char *old_values, const char *new_values, struct err *err)
{
	return audit_insert(st, actor, action, code, NULL, record, old_values, new_values, err);
}

/* The stamps are local times with their offset, compared as text: the
 * count may be off for the hour the clocks are put back. */
static const char sql_count_since[] =
	"SELECT count(*) FROM audit_log WHERE actor = ?1 AND action = ?2 AND at >= ?3";

int store_audit_count_since(struct store *st, const char *actor, const char *action, int64_t since, int64_t *n,
			    struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_count_since, err);
	char stamp[40];
	int rc;

	*n = 0;
	if (!s)
		return -1;
	sq_bind_text(s, 1, actor ? actor : "");
	sq_bind_text(s, 2, action);
	sq_bind_text(s, 3, local_time(stamp, sizeof(stamp), (time_t)since));
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return sq_db_error(st, err, "läsa loggen");
	return 0;
}

static const char sql_list[] =
	"SELECT at, actor, action, participant_code, detail, record, old_values, new_values "
	"FROM audit_log ORDER BY id";

/* The kind of a line's record: the record's first word, "participant"
 * for the participant register's lines (a code, no record), else "". */
#define RECORD_KIND \
	"(CASE WHEN record <> '' THEN substr(record, 1, instr(record || ' ', ' ') - 1) " \
	"WHEN participant_code <> '' THEN 'participant' ELSE '' END)"

/* ?1 user, ?2 action, ?3 record kind, ?4 and ?5 the first and last local
 * date (the first ten characters of at), ?6 a text as a LIKE pattern
 * ("%text%", its own % _ \ escaped; LIKE ignores the case of A-Z and,
 * column by column, reads a log of millions of lines four times faster
 * than lower() of them all joined): each NULL leaves its condition out. */
#define AUDIT_WHERE \
	"WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR action = ?2) " \
	"AND (?3 IS NULL OR " RECORD_KIND " = ?3) " \
	"AND (?4 IS NULL OR substr(at, 1, 10) >= ?4) AND (?5 IS NULL OR substr(at, 1, 10) <= ?5) " \
	"AND (?6 IS NULL OR action LIKE ?6 ESCAPE '\\' OR record LIKE ?6 ESCAPE '\\' " \
	"OR participant_code LIKE ?6 ESCAPE '\\' OR detail LIKE ?6 ESCAPE '\\' OR old_values LIKE ?6 ESCAPE '\\' " \
	"OR new_values LIKE ?6 ESCAPE '\\' OR actor LIKE ?6 ESCAPE '\\') "

static const char sql_search_count[] = "SELECT count(*) FROM audit_log " AUDIT_WHERE;
static const char sql_search[] =
	"SELECT at, actor, action, participant_code, detail, record, old_values, new_values "
	"FROM audit_log " AUDIT_WHERE "ORDER BY id DESC LIMIT ?7 OFFSET ?8";

static const char *opt(const char *s)
{
	return s && *s ? s : NULL;
}

/* "%text%" with the pattern's own characters escaped; NULL for no text. */
static char *like_pattern(const char *text)
{
	size_t n, i, k = 0;
	char *p;

	if (!text || !*text)
		return NULL;
	n = strlen(text);
	p = xmalloc(2 * n + 3);
	p[k++] = '%';
	for (i = 0; i < n; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			p[k++] = '\\';
		p[k++] = text[i];
	}
	p[k++] = '%';
	p[k] = '\0';
	return p;
}

static void bind_audit_filter(sqlite3_stmt *s, const struct audit_filter *f, char from[11], char to[11],
			      const char *pattern)
{
	sq_bind_text(s, 1, opt(f->actor));
	sq_bind_text(s, 2, opt(f->action));
	sq_bind_text(s, 3, opt(f->record_kind));
	sq_bind_date(s, 4, f->from, from);
	sq_bind_date(s, 5, f->to, to);
	sq_bind_text(s, 6, pattern);
}

static int read_entries(struct store *st, sqlite3_stmt *s, struct audit_entry **out, size_t *n, struct err *err);

int store_audit_search(struct store *st, const struct audit_filter *f, size_t limit, size_t offset,
		       struct audit_entry **out, size_t *n, int64_t *total, struct err *err)
{
	char from[11], to[11], *pattern = like_pattern(f->text);
	sqlite3_stmt *s = sq_stmt(st, sql_search_count, err);
	int rc = -1;

	*out = NULL;
	*n = 0;
	if (!s)
		goto done;
	bind_audit_filter(s, f, from, to, pattern);
	rc = sqlite3_step(s);
	*total = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW) {
		rc = sq_db_error(st, err, "räkna loggens rader");
		goto done;
	}
	rc = -1;
	if (!(s = sq_stmt(st, sql_search, err)))
		goto done;
	bind_audit_filter(s, f, from, to, pattern);
	sqlite3_bind_int64(s, 7, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 8, (sqlite3_int64)offset);
	rc = read_entries(st, s, out, n, err);
done:
	free(pattern);
	return rc;
}

/* The distinct values of an indexed column, one index seek each (a
 * "skip scan"): the log may hold millions of lines of a few users and
 * actions. */
static const char sql_actors[] =
	"WITH RECURSIVE d(v) AS (SELECT (SELECT min(actor) FROM audit_log WHERE actor > '') "
	"UNION ALL SELECT (SELECT min(actor) FROM audit_log WHERE actor > d.v) FROM d WHERE d.v IS NOT NULL) "
	"SELECT v FROM d WHERE v IS NOT NULL";
static const char sql_actions[] =
	"WITH RECURSIVE d(v) AS (SELECT (SELECT min(action) FROM audit_log WHERE action > '') "
	"UNION ALL SELECT (SELECT min(action) FROM audit_log WHERE action > d.v) FROM d WHERE d.v IS NOT NULL) "
	"SELECT v FROM d WHERE v IS NOT NULL";

int store_audit_distinct(struct store *st, int which, char ***out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, which == 0 ? sql_actors : sql_actions, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *v = sq_col_text(s, 0);

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		(*out)[(*n)++] = xstrdup(v ? v : "");
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_strings_free(*out, *n);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa loggen");
	}
	return 0;
}

void store_strings_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int store_audit_list(struct store *st, struct audit_entry **out, size_t *n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_list, err);

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	return read_entries(st, s, out, n, err);
}

/* Reads every row of s (the columns of sql_list) into *out. */
static int read_entries(struct store *st, sqlite3_stmt *s, struct audit_entry **out, size_t *n, struct err *err)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct audit_entry *a;
		const char *v;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		a = &(*out)[(*n)++];
		memset(a, 0, sizeof(*a));
		sq_copy_col(a->at, sizeof(a->at), s, 0);
		sq_copy_col(a->actor, sizeof(a->actor), s, 1);
		sq_copy_col(a->action, sizeof(a->action), s, 2);
		sq_copy_col(a->code, sizeof(a->code), s, 3);
		sq_copy_col(a->detail, sizeof(a->detail), s, 4);
		sq_copy_col(a->record, sizeof(a->record), s, 5);
		v = sq_col_text(s, 6);
		a->old_values = xstrdup(v ? v : "");
		v = sq_col_text(s, 7);
		a->new_values = xstrdup(v ? v : "");
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		audit_release(*out, *n);
		*out = NULL;
		*n = 0;
		return sq_db_error(st, err, "läsa loggen");
	}
	return 0;
}
