/*
 * sqlite_payments.c: the allocations that divide a shared account between
 * interventions, and the verifications behind a sum the books cannot give
 * to one intervention (so that `check` can name them).
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

static const char sql_add[] =
	"INSERT INTO allocation (intervention_id, accounts, year, share, amount, note) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

int store_allocation_add(struct store *st, struct allocation *a, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_add, err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, a->intervention_id);
	sq_bind_text(s, 2, a->accounts);
	sqlite3_bind_int(s, 3, a->year);
	sqlite3_bind_int64(s, 4, a->share);
	sqlite3_bind_int64(s, 5, a->amount);
	sq_bind_text(s, 6, a->note);
	if (sq_exec_step(st, s, err, "spara fördelningen") < 0)
		return -1;
	a->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void fill_allocation(sqlite3_stmt *s, void *row)
{
	struct allocation *a = row;

	a->id = sqlite3_column_int64(s, 0);
	a->intervention_id = sqlite3_column_int64(s, 1);
	sq_copy_col(a->accounts, sizeof(a->accounts), s, 2);
	a->year = sqlite3_column_int(s, 3);
	a->share = sqlite3_column_int64(s, 4);
	a->amount = sqlite3_column_int64(s, 5);
	sq_copy_col(a->note, sizeof(a->note), s, 6);
}

static const char sql_list[] =
	"SELECT id, intervention_id, accounts, year, share, amount, note FROM allocation "
	"WHERE ?1 = 0 OR intervention_id = ?1 ORDER BY id";

int store_allocation_list(struct store *st, int64_t intervention_id, struct allocation **out, size_t *n,
			  struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_list, err);
	void *rows = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, intervention_id);
	rc = sq_read_rows(st, s, sizeof(**out), fill_allocation, &rows, n, "läsa fördelningarna", err);
	*out = rows;
	return rc;
}

static const char sql_get[] =
	"SELECT id, intervention_id, accounts, year, share, amount, note FROM allocation WHERE id = ?1";

int store_allocation_get(struct store *st, int64_t id, struct allocation *out, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_get, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof(*out));
		fill_allocation(s, out);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "läsa fördelningen");
	return STORE_NOT_FOUND;
}

int store_allocation_delete(struct store *st, int64_t id, struct err *err)
{
	return sq_delete_id(st, "DELETE FROM allocation WHERE id = ?1", id, "ta bort fördelningen", err);
}

/* Per verification and object list, what the year's counted transactions
 * put on the account. */
static const char sql_vers[] =
	"SELECT v.series, v.number, v.date, t.objects, sum(t.amount) FROM trans t "
	"JOIN verification v ON v.id = t.ver_id "
	"WHERE t.year_id = ?1 AND t.account = ?2 AND t.kind <> 2 "
	"GROUP BY v.id, t.objects ORDER BY v.date, v.id";

int store_account_vers(struct store *st, int64_t year_id, const char *account, store_account_ver_fn fn, void *ctx,
		       struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, sql_vers, err);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, year_id);
	sq_bind_text(s, 2, account);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct account_ver v;

		memset(&v, 0, sizeof(v));
		sq_copy_col(v.series, sizeof(v.series), s, 0);
		sq_copy_col(v.number, sizeof(v.number), s, 1);
		v.date = sq_col_date(s, 2);
		sq_copy_col(v.objects, sizeof(v.objects), s, 3);
		v.amount = sqlite3_column_int64(s, 4);
		if (fn(ctx, &v, err) < 0) {
			sqlite3_reset(s);
			return -1;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : sq_db_error(st, err, "läsa verifikationerna på kontot");
}
