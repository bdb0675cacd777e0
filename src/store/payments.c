/*
 * payments.c: the allocations that divide a shared account between
 * interventions, and the verifications behind a sum the books cannot give
 * to one intervention (so that `check` can name them).
 */
#include <string.h>

#include "base/err.h"
#include "store/domain_int.h"
#include "store/engine.h"
#include "store/store.h"

static const char sql_add[] = "INSERT INTO allocation (intervention_id, accounts, year, share, amount, note) "
			      "VALUES (:insats, :accounts, :year, :share, :amount, :note) RETURNING id";

int store_allocation_add(struct store *st, struct allocation *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_add, err);

	q_int(s, "insats", a->intervention_id);
	q_text(s, "accounts", a->accounts);
	q_int(s, "year", a->year);
	q_int(s, "share", a->share);
	q_int(s, "amount", a->amount);
	q_text(s, "note", a->note);
	return q_exec_id(s, &a->id, "spara fördelningen", err);
}

static void fill_allocation(struct stmt *s, void *row)
{
	struct allocation *a = row;

	a->id = q_col_int(s, 0);
	a->intervention_id = q_col_int(s, 1);
	q_col_copy(a->accounts, sizeof(a->accounts), s, 2);
	a->year = (int)q_col_int(s, 3);
	a->share = q_col_int(s, 4);
	a->amount = q_col_int(s, 5);
	q_col_copy(a->note, sizeof(a->note), s, 6);
}

static const char sql_list[] = "SELECT id, intervention_id, accounts, year, share, amount, note FROM allocation "
			       "WHERE CAST(:insats AS bigint) = 0 OR intervention_id = :insats ORDER BY id";

int store_allocation_list(struct store *st, int64_t intervention_id, struct allocation **out, size_t *n,
			  struct err *err)
{
	struct stmt *s = q_prep(st, sql_list, err);
	void *rows;
	int rc;

	q_int(s, "insats", intervention_id);
	rc = q_read_rows(s, sizeof(**out), fill_allocation, &rows, n, "läsa fördelningarna", err);
	*out = rows;
	return rc;
}

static const char sql_get[] =
	"SELECT id, intervention_id, accounts, year, share, amount, note FROM allocation WHERE id = :id";

int store_allocation_get(struct store *st, int64_t id, struct allocation *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_allocation, out, "läsa fördelningen", err);
}

static const char sql_delete[] = "DELETE FROM allocation WHERE id = :id";

int store_allocation_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort fördelningen", err);
}

/* Per verification and object list, what the year's counted transactions
 * put on the account. */
static const char sql_vers[] = "SELECT v.series, v.number, v.date, t.objects, sum(t.amount) FROM trans t "
			       "JOIN verification v ON v.id = t.ver_id "
			       "WHERE t.year_id = :year_id AND t.account = :account AND t.kind <> 2 "
			       "GROUP BY v.id, t.objects ORDER BY v.date, v.id";

static int account_ver_row(struct stmt *s, void *ctx, struct err *err)
{
	const struct each_call *c = ctx;
	struct account_ver v;

	memset(&v, 0, sizeof(v));
	q_col_copy(v.series, sizeof(v.series), s, 0);
	q_col_copy(v.number, sizeof(v.number), s, 1);
	v.date = q_col_date(s, 2);
	q_col_copy(v.objects, sizeof(v.objects), s, 3);
	v.amount = q_col_int(s, 4);
	return c->fn.account_ver(c->ctx, &v, err);
}

int store_account_vers(struct store *st, int64_t year_id, const char *account, store_account_ver_fn fn, void *ctx,
		       struct err *err)
{
	struct each_call c = { ctx, { .account_ver = fn }, 0 };
	struct stmt *s = q_prep_large(st, sql_vers, err);

	q_int(s, "year_id", year_id);
	q_text(s, "account", account);
	return q_each(s, account_ver_row, &c, "läsa verifikationerna på kontot", err);
}
