/*
 * audit.c: the audit log, append-only (the schema's triggers refuse any
 * UPDATE or DELETE of it, whoever asks). A line says when (local time,
 * with its offset from UTC), who, what was done, to which record, and the
 * record's values before and after.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine.h"
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
	"VALUES (:at, :actor, :action, :code, :detail, :record, :old_values, :new_values)";

static int audit_insert(struct store *st, const char *actor, const char *action, const char *code,
			const char *detail, const char *record, const char *old_values, const char *new_values,
			struct err *err)
{
	struct stmt *s = q_prep(st, sql_add, err);
	char stamp[40];

	q_text(s, "at", local_now(stamp, sizeof(stamp)));
	q_text(s, "actor", actor ? actor : "");
	q_text(s, "action", action);
	q_text(s, "code", code ? code : "");
	q_text(s, "detail", detail ? detail : "");
	q_text(s, "record", record ? record : "");
	q_text(s, "old_values", old_values ? old_values : "");
	q_text(s, "new_values", new_values ? new_values : "");
	return q_exec(s, "skriva i loggen", err);
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
	"SELECT count(*) FROM audit_log WHERE actor = :actor AND action = :action AND at >= :since";

int store_audit_count_since(struct store *st, const char *actor, const char *action, int64_t since, int64_t *n,
			    struct err *err)
{
	struct stmt *s = q_prep(st, sql_count_since, err);
	char stamp[40];

	*n = 0;
	q_text(s, "actor", actor ? actor : "");
	q_text(s, "action", action);
	q_text(s, "since", local_time(stamp, sizeof(stamp), (time_t)since));
	return q_exec_id(s, n, "läsa loggen", err);
}

static const char sql_last[] = "SELECT coalesce(max(id), 0) FROM audit_log";

int store_audit_last(struct store *st, int64_t *id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_last, err);

	return q_exec_id(s, id, "läsa loggen", err);
}

static const char sql_list[] =
	"SELECT at, actor, action, participant_code, detail, record, old_values, new_values "
	"FROM audit_log ORDER BY id";

/* The kind of a line's record: the record's first word, "participant"
 * for the participant register's lines (a code, no record), else "".
 * SQLite cuts the first word with instr, PostgreSQL with split_part. */
#define RECORD_KIND(first_word) \
	"(CASE WHEN record <> '' THEN " first_word " WHEN participant_code <> '' THEN 'participant' ELSE '' END)"
#define FIRST_WORD_LITE "substr(record, 1, instr(record || ' ', ' ') - 1)"
#define FIRST_WORD_PG "split_part(record, ' ', 1)"

/* :actor, :action, :kind (of record), :from and :to the first and last
 * local date (the first ten characters of at), :text a LIKE pattern
 * ("%text%", its own % _ \ escaped): each NULL leaves its condition out.
 * SQLite's LIKE ignores the case of A-Z and, column by column, reads a
 * log of millions of lines four times faster than lower() of them all
 * joined; PostgreSQL's LIKE minds the case, its ILIKE does not. */
#define AUDIT_WHERE(first_word, like) \
	"WHERE (CAST(:actor AS text) IS NULL OR actor = :actor) " \
	"AND (CAST(:action AS text) IS NULL OR action = :action) " \
	"AND (CAST(:kind AS text) IS NULL OR " RECORD_KIND(first_word) " = :kind) " \
	"AND (CAST(:from AS text) IS NULL OR substr(at, 1, 10) >= :from) " \
	"AND (CAST(:to AS text) IS NULL OR substr(at, 1, 10) <= :to) " \
	"AND (CAST(:text AS text) IS NULL OR action " like " :text ESCAPE '\\' OR record " like " :text ESCAPE '\\' " \
	"OR participant_code " like " :text ESCAPE '\\' OR detail " like " :text ESCAPE '\\' " \
	"OR old_values " like " :text ESCAPE '\\' OR new_values " like " :text ESCAPE '\\' " \
	"OR actor " like " :text ESCAPE '\\') "

static const char sql_search_count[] = "SELECT count(*) FROM audit_log " AUDIT_WHERE(FIRST_WORD_LITE, "LIKE");
static const char sql_search_count_pg[] = "SELECT count(*) FROM audit_log " AUDIT_WHERE(FIRST_WORD_PG, "ILIKE");
#define SEARCH_COLS \
	"SELECT at, actor, action, participant_code, detail, record, old_values, new_values FROM audit_log "
static const char sql_search[] =
	SEARCH_COLS AUDIT_WHERE(FIRST_WORD_LITE, "LIKE") "ORDER BY id DESC LIMIT :limit OFFSET :offset";
static const char sql_search_pg[] =
	SEARCH_COLS AUDIT_WHERE(FIRST_WORD_PG, "ILIKE") "ORDER BY id DESC LIMIT :limit OFFSET :offset";

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

static void bind_audit_filter(struct stmt *s, const struct audit_filter *f, const char *pattern)
{
	q_text(s, "actor", opt(f->actor));
	q_text(s, "action", opt(f->action));
	q_text(s, "kind", opt(f->record_kind));
	q_date(s, "from", f->from);
	q_date(s, "to", f->to);
	q_text(s, "text", pattern);
}

static int read_entries(struct stmt *s, struct audit_entry **out, size_t *n, struct err *err);

int store_audit_search(struct store *st, const struct audit_filter *f, size_t limit, size_t offset,
		       struct audit_entry **out, size_t *n, int64_t *total, struct err *err)
{
	char *pattern = like_pattern(f->text);
	struct stmt *s = q_prep2(st, sql_search_count, sql_search_count_pg, err);
	int rc = -1;

	*out = NULL;
	*n = 0;
	*total = 0;
	if (!s)
		goto done;
	bind_audit_filter(s, f, pattern);
	if (q_exec_id(s, total, "räkna loggens rader", err) < 0) {
		*total = 0;
		goto done;
	}
	if (!(s = q_prep2(st, sql_search, sql_search_pg, err)))
		goto done;
	bind_audit_filter(s, f, pattern);
	q_int(s, "limit", (int64_t)limit);
	q_int(s, "offset", (int64_t)offset);
	rc = read_entries(s, out, n, err);
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
	struct stmt *s = q_prep(st, which == 0 ? sql_actors : sql_actions, err);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = q_step(s, "läsa loggen", err)) > 0) {
		const char *v = q_col_text(s, 0);

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		(*out)[(*n)++] = xstrdup(v ? v : "");
	}
	if (rc < 0) {
		store_strings_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
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
	struct stmt *s = q_prep(st, sql_list, err);

	*out = NULL;
	*n = 0;
	return read_entries(s, out, n, err);
}

/* Reads every row of s (the columns of sql_list) into *out. */
static int read_entries(struct stmt *s, struct audit_entry **out, size_t *n, struct err *err)
{
	size_t cap = 0;
	int rc;

	while ((rc = q_step(s, "läsa loggen", err)) > 0) {
		struct audit_entry *a;
		const char *v;

		*out = xgrow(*out, sizeof(**out), *n + 1, &cap);
		a = &(*out)[(*n)++];
		memset(a, 0, sizeof(*a));
		q_col_copy(a->at, sizeof(a->at), s, 0);
		q_col_copy(a->actor, sizeof(a->actor), s, 1);
		q_col_copy(a->action, sizeof(a->action), s, 2);
		q_col_copy(a->code, sizeof(a->code), s, 3);
		q_col_copy(a->detail, sizeof(a->detail), s, 4);
		q_col_copy(a->record, sizeof(a->record), s, 5);
		v = q_col_text(s, 6);
		a->old_values = xstrdup(v ? v : "");
		v = q_col_text(s, 7);
		a->new_values = xstrdup(v ? v : "");
	}
	if (rc < 0) {
		audit_release(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}
