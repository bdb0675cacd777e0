/*
 * books_search.c: the auditor's search among a year's verifications
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
#include "store/domain_int.h"
#include "store/engine.h"
#include "store/store.h"

/* The conditions, shared by the count and the page. A NULL parameter
 * leaves its condition out (cast where it stands alone, so that
 * PostgreSQL knows its type). :number the number ("12", "A12" or "A 12"),
 * :from and :to the first and last date, :account an account, :amount an
 * amount (debit or credit) that one and the same transaction must have.
 * Without an account or amount the verifications are read in order and
 * the page stops at its last row; with one, the year's transactions are
 * read once for the verifications they name (an index of the accounts
 * would cost every import more than it saves an auditor), and those are
 * looked up by id. */
#define VER_WHERE \
	"WHERE v.year_id = :year " \
	"AND (CAST(:number AS text) IS NULL OR v.number = :number OR v.series || v.number = :number " \
	"OR v.series || ' ' || v.number = :number) " \
	"AND (CAST(:from AS text) IS NULL OR v.date >= :from) AND (CAST(:to AS text) IS NULL OR v.date <= :to) "
#define VER_WHERE_TRANS VER_WHERE \
	"AND v.id IN (SELECT t.ver_id FROM trans t WHERE t.year_id = :year " \
	"AND (CAST(:account AS text) IS NULL OR t.account = :account) " \
	"AND (CAST(:amount AS bigint) IS NULL OR t.amount = :amount OR t.amount = -CAST(:amount AS bigint))) "
/* The transactions t of verification v: from its first up to the next
 * verification's first (after the last transaction, for the last). */
#define TRANS_OF_V \
	"t.id >= v.trans_first AND t.id < coalesce((SELECT n.trans_first FROM verification n " \
	"WHERE n.id > v.id ORDER BY n.id LIMIT 1), (SELECT max(id) + 1 FROM trans)) AND t.ver_id = v.id "
#define VER_COLUMNS \
	"SELECT v.id, v.series, v.number, v.date, v.text, v.regdate, v.sign, " \
	"(SELECT coalesce(sum(t.amount), 0) FROM trans t WHERE " TRANS_OF_V "AND t.kind <> 2 AND t.amount > 0) " \
	"FROM verification v "

/* Without account and amount :account and :amount are NULL; naming them
 * keeps one binding for both forms. */
#define NO_TRANS "AND CAST(:account AS text) IS NULL AND CAST(:amount AS bigint) IS NULL "
static const char sql_count[] = "SELECT count(*) FROM verification v " VER_WHERE NO_TRANS;
static const char sql_count_trans[] = "SELECT count(*) FROM verification v " VER_WHERE_TRANS;
static const char sql_page[] = VER_COLUMNS VER_WHERE NO_TRANS "ORDER BY v.id LIMIT :limit OFFSET :offset";
static const char sql_page_trans[] = VER_COLUMNS VER_WHERE_TRANS "ORDER BY v.id LIMIT :limit OFFSET :offset";

static void bind_filter(struct stmt *s, const struct ver_filter *f)
{
	q_int(s, "year", f->year_id);
	q_text(s, "number", f->number && *f->number ? f->number : NULL);
	q_date(s, "from", f->from);
	q_date(s, "to", f->to);
	q_text(s, "account", f->account && *f->account ? f->account : NULL);
	if (f->has_amount)
		q_int(s, "amount", f->amount < 0 ? -f->amount : f->amount);
}

static void read_ver(struct stmt *s, struct verification *v)
{
	memset(v, 0, sizeof(*v));
	v->id = q_col_int(s, 0);
	v->series = q_col_text(s, 1);
	v->number = q_col_text(s, 2);
	v->date = q_col_date(s, 3);
	v->text = q_col_text(s, 4);
	v->regdate = q_col_date(s, 5);
	v->sign = q_col_text(s, 6);
}

static int hit_row(struct stmt *s, void *ctx, struct err *err)
{
	const struct each_call *c = ctx;
	struct verification v;

	read_ver(s, &v);
	return c->fn.ver_hit(c->ctx, &v, q_col_int(s, 7), err);
}

int store_ver_search(struct store *st, const struct ver_filter *f, size_t limit, size_t offset, int64_t *count,
		     store_ver_hit_fn fn, void *ctx, struct err *err)
{
	int by_trans = (f->account && *f->account) || f->has_amount;
	struct each_call c = { ctx, { .ver_hit = fn }, 0 };
	struct stmt *s;

	if (count) {
		*count = 0;
		if (!(s = q_prep(st, by_trans ? sql_count_trans : sql_count, err)))
			return -1;
		bind_filter(s, f);
		if (q_exec_id(s, count, "räkna verifikationerna", err) < 0)
			return -1;
	}
	if (!(s = q_prep(st, by_trans ? sql_page_trans : sql_page, err)))
		return -1;
	bind_filter(s, f);
	q_int(s, "limit", (int64_t)limit);
	q_int(s, "offset", (int64_t)offset);
	return q_each(s, hit_row, &c, "söka bland verifikationerna", err);
}

static const char sql_ver[] =
	"SELECT v.id, v.series, v.number, v.date, v.text, v.regdate, v.sign, v.year_id "
	"FROM verification v WHERE v.id = :id";
static const char sql_trans[] =
	"SELECT t.kind, t.account, t.objects, t.amount, t.date, t.text, t.quantity, t.sign "
	"FROM verification v JOIN trans t ON " TRANS_OF_V "WHERE v.id = :id ORDER BY t.id";

static int trans_row(struct stmt *s, void *ctx, struct err *err)
{
	const struct each_call *c = ctx;
	struct transaction t;

	memset(&t, 0, sizeof(t));
	t.kind = (enum trans_kind)q_col_int(s, 0);
	t.account = q_col_text(s, 1);
	t.objects = q_col_text(s, 2);
	t.amount = q_col_int(s, 3);
	t.date = q_col_date(s, 4);
	t.text = q_col_text(s, 5);
	t.quantity = q_col_text(s, 6);
	t.sign = q_col_text(s, 7);
	return c->fn.trans(c->ctx, &t, err);
}

int store_ver_get(struct store *st, int64_t id, int64_t *year_id, store_ver_fn ver_fn, store_trans_fn trans_fn,
		  void *ctx, struct err *err)
{
	struct each_call c = { ctx, { .trans = trans_fn }, 0 };
	struct stmt *s = q_prep(st, sql_ver, err);
	struct verification v;
	int rc;

	if (!s)
		return -1;
	q_int(s, "id", id);
	rc = q_step(s, "läsa verifikationen", err);
	if (rc <= 0)
		return rc < 0 ? -1 : STORE_NOT_FOUND;
	read_ver(s, &v);
	if (year_id)
		*year_id = q_col_int(s, 7);
	rc = ver_fn(ctx, &v, err);
	q_reset(s);
	if (rc < 0)
		return -1;
	if (!(s = q_prep(st, sql_trans, err)))
		return -1;
	q_int(s, "id", id);
	return q_each(s, trans_row, &c, "läsa verifikationens transaktioner", err);
}
