/*
 * sqlite_books_search.c: the auditor's search among a year's verifications
 * (by number, date, account and amount, a page at a time, with the number
 * of hits) and one verification with its transactions. Everything is
 * filtered and counted in SQL: a year may hold a million verifications and
 * only the page asked for is kept. The transactions of a verification are
 * the rows from its trans_first up to the next verification's (migration
 * 0019): a seek by id, without an index that every import would pay for.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

/* The conditions, shared by the count and the page. A NULL parameter
 * leaves its condition out. ?2 the number ("12", "A12" or "A 12"), ?3 and
 * ?4 the first and last date, ?5 an account, ?6 an amount (debit or
 * credit) that one and the same transaction must have. Without an account
 * or amount the verifications are read in order and the page stops at its
 * last row; with one, the year's transactions are read once for the
 * verifications they name (an index of the accounts would cost every
 * import more than it saves an auditor), and those are looked up by id. */
#define VER_WHERE \
	"WHERE v.year_id = ?1 " \
	"AND (?2 IS NULL OR v.number = ?2 OR v.series || v.number = ?2 OR v.series || ' ' || v.number = ?2) " \
	"AND (?3 IS NULL OR v.date >= ?3) AND (?4 IS NULL OR v.date <= ?4) "
#define VER_WHERE_TRANS VER_WHERE \
	"AND v.id IN (SELECT t.ver_id FROM trans t WHERE t.year_id = ?1 " \
	"AND (?5 IS NULL OR t.account = ?5) AND (?6 IS NULL OR t.amount = ?6 OR t.amount = -?6)) "
/* The transactions t of verification v: from its first up to the next
 * verification's first (after the last transaction, for the last). */
#define TRANS_OF_V \
	"t.id >= v.trans_first AND t.id < coalesce((SELECT n.trans_first FROM verification n " \
	"WHERE n.id > v.id ORDER BY n.id LIMIT 1), (SELECT max(id) + 1 FROM trans)) AND t.ver_id = v.id "
#define VER_COLUMNS \
	"SELECT v.id, v.series, v.number, v.date, v.text, v.regdate, v.sign, " \
	"(SELECT coalesce(sum(t.amount), 0) FROM trans t WHERE " TRANS_OF_V "AND t.kind <> 2 AND t.amount > 0) " \
	"FROM verification v "

/* Without account and amount ?5 and ?6 are NULL; naming them keeps one
 * binding for both forms. */
static const char sql_count[] = "SELECT count(*) FROM verification v " VER_WHERE "AND ?5 IS NULL AND ?6 IS NULL";
static const char sql_count_trans[] = "SELECT count(*) FROM verification v " VER_WHERE_TRANS;
static const char sql_page[] = VER_COLUMNS VER_WHERE "AND ?5 IS NULL AND ?6 IS NULL ORDER BY v.id LIMIT ?7 OFFSET ?8";
static const char sql_page_trans[] = VER_COLUMNS VER_WHERE_TRANS "ORDER BY v.id LIMIT ?7 OFFSET ?8";

static void bind_filter(sqlite3_stmt *s, const struct ver_filter *f, char from[11], char to[11])
{
	sqlite3_bind_int64(s, 1, f->year_id);
	sq_bind_text(s, 2, f->number && *f->number ? f->number : NULL);
	sq_bind_date(s, 3, f->from, from);
	sq_bind_date(s, 4, f->to, to);
	sq_bind_text(s, 5, f->account && *f->account ? f->account : NULL);
	if (f->has_amount)
		sqlite3_bind_int64(s, 6, f->amount < 0 ? -f->amount : f->amount);
}

int store_ver_search(struct store *st, const struct ver_filter *f, size_t limit, size_t offset, int64_t *count,
		     store_ver_hit_fn fn, void *ctx, struct err *err)
{
	char from[11], to[11];
	int by_trans = (f->account && *f->account) || f->has_amount;
	sqlite3_stmt *s;
	int rc;

	if (count) {
		if (!(s = sq_stmt(st, by_trans ? sql_count_trans : sql_count, err)))
			return -1;
		bind_filter(s, f, from, to);
		rc = sqlite3_step(s);
		*count = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
		sqlite3_reset(s);
		if (rc != SQLITE_ROW)
			return sq_db_error(st, err, "räkna verifikationerna");
	}
	if (!(s = sq_stmt(st, by_trans ? sql_page_trans : sql_page, err)))
		return -1;
	bind_filter(s, f, from, to);
	sqlite3_bind_int64(s, 7, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 8, (sqlite3_int64)offset);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct verification v;

		memset(&v, 0, sizeof(v));
		v.id = sqlite3_column_int64(s, 0);
		v.series = sq_col_text(s, 1);
		v.number = sq_col_text(s, 2);
		v.date = sq_col_date(s, 3);
		v.text = sq_col_text(s, 4);
		v.regdate = sq_col_date(s, 5);
		v.sign = sq_col_text(s, 6);
		if (fn(ctx, &v, sqlite3_column_int64(s, 7), err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "söka bland verifikationerna");
}

static const char sql_ver[] =
	"SELECT v.id, v.series, v.number, v.date, v.text, v.regdate, v.sign, v.year_id "
	"FROM verification v WHERE v.id = ?1";
static const char sql_trans[] =
	"SELECT t.kind, t.account, t.objects, t.amount, t.date, t.text, t.quantity, t.sign "
	"FROM verification v JOIN trans t ON " TRANS_OF_V "WHERE v.id = ?1 ORDER BY t.id";

int store_ver_get(struct store *st, int64_t id, int64_t *year_id, store_ver_fn ver_fn, store_trans_fn trans_fn,
		  void *ctx, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_ver, err);
	struct verification v;
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		return rc == SQLITE_DONE ? STORE_NOT_FOUND : sq_db_error(st, err, "läsa verifikationen");
	}
	memset(&v, 0, sizeof(v));
	v.id = sqlite3_column_int64(s, 0);
	v.series = sq_col_text(s, 1);
	v.number = sq_col_text(s, 2);
	v.date = sq_col_date(s, 3);
	v.text = sq_col_text(s, 4);
	v.regdate = sq_col_date(s, 5);
	v.sign = sq_col_text(s, 6);
	if (year_id)
		*year_id = sqlite3_column_int64(s, 7);
	rc = ver_fn(ctx, &v, err);
	sqlite3_reset(s);
	if (rc < 0)
		return -1;
	if (!(s = sq_stmt(st, sql_trans, err)))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct transaction t;

		memset(&t, 0, sizeof(t));
		t.kind = (enum trans_kind)sqlite3_column_int(s, 0);
		t.account = sq_col_text(s, 1);
		t.objects = sq_col_text(s, 2);
		t.amount = sqlite3_column_int64(s, 3);
		t.date = sq_col_date(s, 4);
		t.text = sq_col_text(s, 5);
		t.quantity = sq_col_text(s, 6);
		t.sign = sq_col_text(s, 7);
		if (trans_fn(ctx, &t, err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa verifikationens transaktioner");
}
