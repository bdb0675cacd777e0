/*
 * books.c: the books as the SIE files bring them: the chart of accounts,
 * the dimensions and their objects, the balances, the verifications with
 * their transactions, and the turnovers kept at import (per account and
 * per account and objects); the sums and checks read from them, and the
 * mapping of accounts onto the lines of the statements. The import runs
 * the inserts millions of times: each is one prepared statement, found by
 * its text's address, with its values bound in place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "store/domain_int.h"
#include "store/engine.h"
#include "store/store.h"

/* A date as "YYYY-MM-DD" in buf, NULL when it is not set: for q_text,
 * which borrows buf (it outlives the step) where q_date would copy it, a
 * cost that shows over an import's millions of rows. */
static const char *date_text(char buf[11], struct date d)
{
	return date_is_set(d) ? q_format_date(buf, d) : NULL;
}

/* Runs an upsert of an account's column: :number and :value. */
static int account_put(struct store *st, const char *sql, const char *number, const char *value, const char *what,
		       struct err *err)
{
	struct stmt *s = q_prep(st, sql, err);

	q_text(s, "number", number);
	q_text(s, "value", value);
	return q_exec(s, what, err);
}

static const char sql_account_put[] = "INSERT INTO account (number, name) VALUES (:number, :value) "
				      "ON CONFLICT (number) DO UPDATE SET name = excluded.name";

int store_account_put(struct store *st, const char *number, const char *name, struct err *err)
{
	return account_put(st, sql_account_put, number, name ? name : "", "spara kontot", err);
}

static const char sql_account_type[] = "INSERT INTO account (number, type) VALUES (:number, :value) "
				       "ON CONFLICT (number) DO UPDATE SET type = excluded.type";

int store_account_set_type(struct store *st, const char *number, const char *type, struct err *err)
{
	return account_put(st, sql_account_type, number, type, "spara kontotypen", err);
}

static const char sql_account_unit[] = "INSERT INTO account (number, unit) VALUES (:number, :value) "
				       "ON CONFLICT (number) DO UPDATE SET unit = excluded.unit";

int store_account_set_unit(struct store *st, const char *number, const char *unit, struct err *err)
{
	return account_put(st, sql_account_unit, number, unit, "spara kontots enhet", err);
}

static const char sql_account_sru[] = "INSERT INTO account (number, sru) VALUES (:number, :value) "
				      "ON CONFLICT (number) DO UPDATE SET sru = excluded.sru";

int store_account_set_sru(struct store *st, const char *number, const char *sru, struct err *err)
{
	return account_put(st, sql_account_sru, number, sru, "spara kontots SRU-kod", err);
}

static const char sql_account_each[] = "SELECT number, name, type, unit, sru FROM account ORDER BY number";

static int account_row(struct stmt *s, void *ctx, struct err *err)
{
	const struct each_call *c = ctx;
	struct account a = { q_col_text(s, 0), q_col_text(s, 1), q_col_text(s, 2), q_col_text(s, 3),
			     q_col_text(s, 4) };

	return c->fn.account(c->ctx, &a, err);
}

int store_account_each(struct store *st, store_account_fn fn, void *ctx, struct err *err)
{
	struct each_call c = { ctx, { .account = fn }, 0 };

	return q_each(q_prep(st, sql_account_each, err), account_row, &c, "läsa kontoplanen", err);
}

static const char sql_dim_put[] = "INSERT INTO dimension (number, name, parent) VALUES (:number, :name, :parent) "
				  "ON CONFLICT (number) DO UPDATE SET name = excluded.name, parent = excluded.parent";

int store_dimension_put(struct store *st, const struct dimension *d, struct err *err)
{
	struct stmt *s = q_prep(st, sql_dim_put, err);

	q_int(s, "number", d->number);
	q_text(s, "name", d->name ? d->name : "");
	q_int(s, "parent", d->parent);
	return q_exec(s, "spara dimensionen", err);
}

static const char sql_dim_each[] = "SELECT number, name, parent FROM dimension ORDER BY parent <> 0, number";

static int dimension_row(struct stmt *s, void *ctx, struct err *err)
{
	const struct each_call *c = ctx;
	struct dimension d = { (int)q_col_int(s, 0), q_col_text(s, 1), (int)q_col_int(s, 2) };

	return c->fn.dimension(c->ctx, &d, err);
}

int store_dimension_each(struct store *st, store_dimension_fn fn, void *ctx, struct err *err)
{
	struct each_call c = { ctx, { .dimension = fn }, 0 };

	return q_each(q_prep(st, sql_dim_each, err), dimension_row, &c, "läsa dimensionerna", err);
}

static const char sql_object_put[] = "INSERT INTO object (dim, code, name) VALUES (:dim, :code, :name) "
				     "ON CONFLICT (dim, code) DO UPDATE SET name = excluded.name";

int store_object_put(struct store *st, const struct object *o, struct err *err)
{
	struct stmt *s = q_prep(st, sql_object_put, err);

	q_int(s, "dim", o->dim);
	q_text(s, "code", o->code);
	q_text(s, "name", o->name ? o->name : "");
	return q_exec(s, "spara objektet", err);
}

static const char sql_object_each[] = "SELECT dim, code, name FROM object ORDER BY dim, code";

static int object_row(struct stmt *s, void *ctx, struct err *err)
{
	const struct each_call *c = ctx;
	struct object o = { (int)q_col_int(s, 0), q_col_text(s, 1), q_col_text(s, 2) };

	return c->fn.object(c->ctx, &o, err);
}

int store_object_each(struct store *st, store_object_fn fn, void *ctx, struct err *err)
{
	struct each_call c = { ctx, { .object = fn }, 0 };

	return q_each(q_prep(st, sql_object_each, err), object_row, &c, "läsa objekten", err);
}

static const char sql_balance_put[] =
	"INSERT INTO balance (year_id, kind, account, period, objects, amount, quantity) "
	"VALUES (:year, :kind, :account, :period, :objects, :amount, :quantity) "
	"ON CONFLICT (year_id, kind, account, period, objects) DO UPDATE SET "
	"amount = excluded.amount, quantity = excluded.quantity";

int store_balance_put(struct store *st, int64_t year_id, const struct balance *b, struct err *err)
{
	struct stmt *s = q_prep(st, sql_balance_put, err);

	q_int(s, "year", year_id);
	q_text(s, "kind", balance_kind_name(b->kind));
	q_text(s, "account", b->account);
	q_int(s, "period", b->period);
	q_text(s, "objects", b->objects ? b->objects : "");
	q_int(s, "amount", b->amount);
	q_text(s, "quantity", b->quantity);
	return q_exec(s, "spara saldot", err);
}

static const char sql_balance_each[] =
	"SELECT kind, account, period, objects, amount, quantity FROM balance "
	"WHERE year_id = :year ORDER BY CASE kind WHEN 'ib' THEN 0 WHEN 'ub' THEN 1 "
	"WHEN 'oib' THEN 2 WHEN 'oub' THEN 3 WHEN 'res' THEN 4 WHEN 'psaldo' THEN 5 "
	"ELSE 6 END, account, period, objects";

static int balance_row(struct stmt *s, void *ctx, struct err *err)
{
	const struct each_call *c = ctx;
	struct balance b;

	if (balance_kind_parse(q_col_text(s, 0), &b.kind) < 0)
		return err_set(err, "okänd sorts saldo '%s' i databasen", q_col_text(s, 0));
	b.account = q_col_text(s, 1);
	b.period = (int)q_col_int(s, 2);
	b.objects = q_col_text(s, 3);
	b.amount = q_col_int(s, 4);
	b.quantity = q_col_text(s, 5);
	return c->fn.balance(c->ctx, &b, err);
}

int store_balance_each(struct store *st, int64_t year_id, store_balance_fn fn, void *ctx, struct err *err)
{
	struct each_call c = { ctx, { .balance = fn }, 0 };
	struct stmt *s = q_prep(st, sql_balance_each, err);

	q_int(s, "year", year_id);
	return q_each(s, balance_row, &c, "läsa saldona", err);
}

/* A verification's transactions follow it: the first gets the id after
 * the last (migration 0019), which the insert reads itself, a seek to the
 * end of trans's primary key. */
static const char sql_ver_add[] =
	"INSERT INTO verification (year_id, series, number, date, text, regdate, sign, trans_first) "
	"VALUES (:year, :series, :number, :date, :text, :regdate, :sign, "
	"(SELECT coalesce(max(id), 0) + 1 FROM trans)) RETURNING id";

/* In bulk (an import's transaction on PostgreSQL, q_bulk), the rows are
 * appended with ids of their own, the verification's first transaction
 * the id the next transaction will have. */
static const char sql_ver_bulk[] =
	"INSERT INTO verification (id, year_id, series, number, date, text, regdate, sign, trans_first) "
	"VALUES (:id, :year, :series, :number, :date, :text, :regdate, :sign, :trans_first)";

static void bind_ver(struct stmt *s, int64_t year_id, const struct verification *v, char d1[11], char d2[11])
{
	q_int(s, "year", year_id);
	q_text(s, "series", v->series ? v->series : "");
	q_text(s, "number", v->number ? v->number : "");
	q_text(s, "date", date_text(d1, v->date));
	q_text(s, "text", v->text);
	q_text(s, "regdate", date_text(d2, v->regdate));
	q_text(s, "sign", v->sign);
}

/* The year has verifications (migration 0024): set before its first, and
 * within a transaction once. */
static const char sql_ver_mark[] =
	"UPDATE fiscal_year SET has_verifications = 1 WHERE id = :year AND has_verifications = 0";

static int mark_year(struct store *st, int64_t year_id, struct err *err)
{
	struct stmt *s;

	if (q_tx_note(st) == year_id)
		return 0;
	s = q_prep(st, sql_ver_mark, err);
	q_int(s, "year", year_id);
	if (q_exec(s, "anteckna att året har verifikationer", err) < 0)
		return -1;
	q_tx_note_set(st, year_id);
	return 0;
}

int store_ver_add(struct store *st, int64_t year_id, struct verification *v, struct err *err)
{
	struct stmt *s;
	char d1[11], d2[11];
	int64_t first;

	if (mark_year(st, year_id, err) < 0)
		return -1;
	if (q_bulk(st)) {
		if (q_next_id(st, "verification", 1, &v->id, err) < 0 || q_next_id(st, "trans", 0, &first, err) < 0)
			return -1;
		s = q_prep(st, sql_ver_bulk, err);
		q_int(s, "id", v->id);
		q_int(s, "trans_first", first);
		bind_ver(s, year_id, v, d1, d2);
		return q_append(s, "spara verifikationen", err);
	}
	s = q_prep(st, sql_ver_add, err);
	bind_ver(s, year_id, v, d1, d2);
	return q_exec_id(s, &v->id, "spara verifikationen", err);
}

/* A transaction's id is the one after the last, as trans_first above
 * expects: SQLite gives a new row that id by itself; PostgreSQL's
 * sequence would not, so there the insert names it (one writer at a time
 * holds the writers' lock, so no other can take it). */
static const char sql_trans_add[] =
	"INSERT INTO trans (year_id, ver_id, kind, account, objects, amount, date, text, quantity, sign) "
	"VALUES (:year, :ver, :kind, :account, :objects, :amount, :date, :text, :quantity, :sign)";
static const char sql_trans_add_pg[] =
	"INSERT INTO trans (id, year_id, ver_id, kind, account, objects, amount, date, text, quantity, sign) "
	"VALUES ((SELECT coalesce(max(id), 0) + 1 FROM trans), :year, :ver, :kind, :account, :objects, :amount, "
	":date, :text, :quantity, :sign)";
static const char sql_trans_bulk[] =
	"INSERT INTO trans (id, year_id, ver_id, kind, account, objects, amount, date, text, quantity, sign) "
	"VALUES (:id, :year, :ver, :kind, :account, :objects, :amount, :date, :text, :quantity, :sign)";

int store_trans_add(struct store *st, int64_t year_id, int64_t ver_id, const struct transaction *t,
		    struct err *err)
{
	int bulk = q_bulk(st);
	struct stmt *s = bulk ? q_prep(st, sql_trans_bulk, err) : q_prep2(st, sql_trans_add, sql_trans_add_pg, err);
	int64_t id;
	char d[11];

	if (bulk) {
		if (q_next_id(st, "trans", 1, &id, err) < 0)
			return -1;
		q_int(s, "id", id);
	}
	q_int(s, "year", year_id);
	q_int(s, "ver", ver_id);
	q_int(s, "kind", (int)t->kind);
	q_text(s, "account", t->account);
	q_text(s, "objects", t->objects ? t->objects : "");
	q_int(s, "amount", t->amount);
	q_text(s, "date", date_text(d, t->date));
	q_text(s, "text", t->text);
	q_text(s, "quantity", t->quantity);
	q_text(s, "sign", t->sign);
	return bulk ? q_append(s, "spara transaktionen", err) : q_exec(s, "spara transaktionen", err);
}

static const char sql_ver_each[] = "SELECT id, series, number, date, text, regdate, sign FROM verification "
				   "WHERE year_id = :year ORDER BY id";
static const char sql_trans_each[] = "SELECT ver_id, kind, account, objects, amount, date, text, quantity, sign "
				     "FROM trans WHERE year_id = :year ORDER BY id";

int store_ver_each(struct store *st, int64_t year_id, store_ver_fn ver_fn, store_trans_fn trans_fn, void *ctx,
		   struct err *err)
{
	static const char what[] = "läsa verifikationerna";
	struct stmt *vs = q_prep_large(st, sql_ver_each, err), *ts;
	int vrc, trc, rc = -1;

	if (!vs)
		return -1;
	ts = q_prep_large(st, sql_trans_each, err);
	if (!ts)
		return -1;
	q_int(vs, "year", year_id);
	q_int(ts, "year", year_id);
	/* Two cursors in id order, merged: memory stays at one row of each
	 * however large the year (on PostgreSQL at one batch of each: both
	 * are large reads, open at once). A transaction that does not fall
	 * in with its verification is reported rather than silently left
	 * out. */
	if ((trc = q_step(ts, what, err)) < 0)
		goto out;
	while ((vrc = q_step(vs, what, err)) > 0) {
		struct verification v;

		v.id = q_col_int(vs, 0);
		v.series = q_col_text(vs, 1);
		v.number = q_col_text(vs, 2);
		v.date = q_col_date(vs, 3);
		v.text = q_col_text(vs, 4);
		v.regdate = q_col_date(vs, 5);
		v.sign = q_col_text(vs, 6);
		if (ver_fn(ctx, &v, err) < 0)
			goto out;
		while (trc > 0) {
			int64_t owner = q_col_int(ts, 0);
			struct transaction t;

			if (owner > v.id)
				break;
			if (owner < v.id) {
				err_set(err, "transaktionerna ligger i fel ordning i databasen: en transaktion till "
					"verifikationen med id %lld lades till efter en senare verifikations",
					(long long)owner);
				goto out;
			}
			t.kind = (enum trans_kind)q_col_int(ts, 1);
			t.account = q_col_text(ts, 2);
			t.objects = q_col_text(ts, 3);
			t.amount = q_col_int(ts, 4);
			t.date = q_col_date(ts, 5);
			t.text = q_col_text(ts, 6);
			t.quantity = q_col_text(ts, 7);
			t.sign = q_col_text(ts, 8);
			if (trans_fn(ctx, &t, err) < 0)
				goto out;
			if ((trc = q_step(ts, what, err)) < 0)
				goto out;
		}
	}
	if (vrc < 0)
		goto out;
	if (trc > 0) {
		err_set(err, "en transaktion hör till verifikationen med id %lld, som inte finns under året",
			(long long)q_col_int(ts, 0));
		goto out;
	}
	rc = 0;
out:
	q_reset(vs);
	q_reset(ts);
	return rc;
}

/* The one number a query of year_id gives. */
static int count(struct store *st, const char *sql, int64_t year_id, int64_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql, err);

	q_int(s, "year", year_id);
	return q_exec_id(s, n, "räkna", err);
}

static const char sql_ver_count[] = "SELECT count(*) FROM verification WHERE year_id = :year";
static const char sql_trans_count[] = "SELECT count(*) FROM trans WHERE year_id = :year";

int store_ver_count(struct store *st, int64_t year_id, int64_t *vers, int64_t *trans, struct err *err)
{
	if (count(st, sql_ver_count, year_id, vers, err) < 0)
		return -1;
	return trans ? count(st, sql_trans_count, year_id, trans, err) : 0;
}

static const char sql_turnover_put[] =
	"INSERT INTO turnover (year_id, account, amount, debit, credit) "
	"VALUES (:year, :account, :amount, :debit, :credit) ON CONFLICT (year_id, account) DO UPDATE SET "
	"amount = excluded.amount, debit = excluded.debit, credit = excluded.credit";

int store_turnover_put(struct store *st, int64_t year_id, const char *account, int64_t amount, int64_t debit,
		       int64_t credit, struct err *err)
{
	struct stmt *s = q_prep(st, sql_turnover_put, err);

	q_int(s, "year", year_id);
	q_text(s, "account", account);
	q_int(s, "amount", amount);
	q_int(s, "debit", debit);
	q_int(s, "credit", credit);
	return q_exec(s, "spara omsättningen", err);
}

/* The account's slot in the books being loaded (sorted insertion is cheap:
 * both queries deliver accounts in order); NULL when the number does not
 * fit, since a cut number could pass for another account. */
static struct year_account *books_slot(struct year_books *b, size_t *cap, const char *number)
{
	struct year_account *a;
	size_t lo = 0, hi = b->n;

	if (strlen(number) >= sizeof(a->number))
		return NULL;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(b->accounts[mid].number, number);

		if (c == 0)
			return &b->accounts[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	b->accounts = xgrow(b->accounts, sizeof(*b->accounts), b->n + 1, cap);
	memmove(&b->accounts[lo + 1], &b->accounts[lo], (b->n - lo) * sizeof(*b->accounts));
	b->n++;
	a = &b->accounts[lo];
	memset(a, 0, sizeof(*a));
	snprintf(a->number, sizeof(a->number), "%s", number);
	return a;
}

static const char sql_books_balances[] = "SELECT account, kind, amount FROM balance WHERE year_id = :year "
					 "AND kind IN ('ib', 'ub', 'res') AND period = 0 AND objects = '' "
					 "ORDER BY account";
static const char sql_books_turnover[] =
	"SELECT account, amount, debit, credit FROM turnover WHERE year_id = :year ORDER BY account";
/* Kept with the year (migration 0024): verification has no index on the
 * year, and finding a year's first would read the verifications of every
 * year added before it. */
static const char sql_has_vers[] =
	"SELECT coalesce((SELECT has_verifications FROM fiscal_year WHERE id = :year), 0)";

int store_year_books(struct store *st, const struct fiscal_year *fy, struct year_books *out, struct err *err)
{
	static const char what[] = "läsa årets saldon";
	struct stmt *s;
	size_t cap = 0;
	int64_t vers = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (kept_books_get(st, fy->id, out)) {
		out->year = *fy;
		return 0;
	}
	out->year = *fy;
	s = q_prep(st, sql_books_balances, err);
	if (!s)
		return -1;
	q_int(s, "year", fy->id);
	while ((rc = q_step(s, what, err)) > 0) {
		struct year_account *a = books_slot(out, &cap, q_col_text(s, 0));
		const char *kind = q_col_text(s, 1);
		int64_t amount = q_col_int(s, 2);

		if (!a)
			goto too_long;
		if (strcmp(kind, "ib") == 0) {
			a->has_ib = 1;
			a->ib = amount;
		} else if (strcmp(kind, "ub") == 0) {
			a->has_ub = 1;
			a->ub = amount;
		} else {
			a->has_res = 1;
			a->res = amount;
		}
	}
	if (rc < 0)
		goto fail;
	s = q_prep(st, sql_books_turnover, err);
	if (!s)
		goto fail;
	q_int(s, "year", fy->id);
	while ((rc = q_step(s, what, err)) > 0) {
		struct year_account *a = books_slot(out, &cap, q_col_text(s, 0));

		if (!a)
			goto too_long;
		a->has_turnover = 1;
		a->turnover = q_col_int(s, 1);
		a->debit = q_col_int(s, 2);
		a->credit = q_col_int(s, 3);
	}
	if (rc < 0)
		goto fail;
	if (count(st, sql_has_vers, fy->id, &vers, err) < 0)
		goto fail;
	out->has_verifications = vers > 0;
	kept_books_put(st, out);
	return 0;
too_long:
	err_set(err, "kontonumret '%s' är längre än %d tecken", q_col_text(s, 0), ACCOUNT_MAX - 1);
	q_reset(s);
fail:
	year_books_release(out);
	return -1;
}

/* The unbalanced verifications found so far: all counted, the first max
 * listed. */
struct unbalanced_found {
	struct unbalanced_ver *list;
	size_t n, cap, max;
	int64_t total;
};

static struct unbalanced_ver *unbalanced_note(struct unbalanced_found *f, int64_t sum)
{
	struct unbalanced_ver *u;

	f->total++;
	if (f->n >= f->max)
		return NULL;
	f->list = xgrow(f->list, sizeof(*f->list), f->n + 1, &f->cap);
	u = &f->list[f->n++];
	memset(u, 0, sizeof(*u));
	u->sum = sum;
	return u;
}

static void unbalanced_reset(struct unbalanced_found *f)
{
	free(f->list);
	f->list = NULL;
	f->n = f->cap = 0;
	f->total = 0;
}

static const char sql_trans_sums[] =
	"SELECT ver_id, amount FROM trans WHERE year_id = :year AND kind <> 2 ORDER BY id";
static const char sql_ver_get[] = "SELECT series, number, date FROM verification WHERE id = :id";

/* The sums in one pass over the transactions in the order they were added,
 * a verification's rows following one another: no sorting, no memory
 * beyond the list, about twice as fast as grouping on a year of three
 * million transactions. Returns 1, with nothing found, when the order does
 * not hold (a transaction added to an earlier verification after a later
 * one) or a sum overflows: then only grouping gives the right answer. */
static int unbalanced_in_order(struct store *st, int64_t year_id, struct unbalanced_found *f, struct err *err)
{
	struct stmt *s = q_prep(st, sql_trans_sums, err);
	int64_t ver = -1, sum = 0;
	int64_t *ids = NULL;
	size_t cap = 0, i;
	int rc;

	if (!s)
		return -1;
	q_int(s, "year", year_id);
	for (;;) {
		int64_t owner;

		rc = q_step(s, "summera verifikationerna", err);
		if (rc < 0)
			goto fail;
		owner = rc > 0 ? q_col_int(s, 0) : -1;
		if (rc > 0 && owner < ver)
			goto unordered;
		if (owner != ver) {
			if (ver >= 0 && sum != 0 && unbalanced_note(f, sum)) {
				ids = xgrow(ids, sizeof(*ids), f->n, &cap);
				ids[f->n - 1] = ver;
			}
			ver = owner;
			sum = 0;
		}
		if (rc == 0)
			break;
		if (money_add(sum, q_col_int(s, 1), &sum) < 0)
			goto unordered;
	}
	for (i = 0; i < f->n; i++) {
		struct unbalanced_ver *u = &f->list[i];

		s = q_prep(st, sql_ver_get, err);
		if (!s)
			goto fail;
		q_int(s, "id", ids[i]);
		rc = q_step(s, "summera verifikationerna", err);
		if (rc <= 0)
			goto unordered;    /* a transaction without its verification */
		q_col_copy(u->series, sizeof(u->series), s, 0);
		q_col_copy(u->number, sizeof(u->number), s, 1);
		u->date = q_col_date(s, 2);
		q_reset(s);
	}
	free(ids);
	return 0;
unordered:
	q_reset(s);
	free(ids);
	unbalanced_reset(f);
	return 1;
fail:
	free(ids);
	return -1;
}

/* The same by grouping, right whatever the order (and the way a server
 * database computes it). PostgreSQL sums bigints as numeric, which never
 * overflows: the cast back to bigint fails where SQLite's sum does, rather
 * than giving a total beyond 64 bits. */
static const char sql_unbalanced[] =
	"SELECT v.series, v.number, v.date, u.total FROM "
	"(SELECT ver_id, SUM(amount) AS total FROM trans WHERE year_id = :year AND kind <> 2 "
	"GROUP BY ver_id HAVING SUM(amount) <> 0) AS u "
	"JOIN verification v ON v.id = u.ver_id ORDER BY u.ver_id";
static const char sql_unbalanced_pg[] =
	"SELECT v.series, v.number, v.date, u.total FROM "
	"(SELECT ver_id, SUM(amount)::bigint AS total FROM trans WHERE year_id = :year AND kind <> 2 "
	"GROUP BY ver_id HAVING SUM(amount) <> 0) AS u "
	"JOIN verification v ON v.id = u.ver_id ORDER BY u.ver_id";

static int unbalanced_row(struct stmt *s, void *ctx, struct err *err)
{
	struct unbalanced_ver *u = unbalanced_note(ctx, q_col_int(s, 3));

	(void)err;
	if (u) {
		q_col_copy(u->series, sizeof(u->series), s, 0);
		q_col_copy(u->number, sizeof(u->number), s, 1);
		u->date = q_col_date(s, 2);
	}
	return 0;
}

static int unbalanced_grouped(struct store *st, int64_t year_id, struct unbalanced_found *f, struct err *err)
{
	struct stmt *s = q_prep2(st, sql_unbalanced, sql_unbalanced_pg, err);

	q_int(s, "year", year_id);
	return q_each(s, unbalanced_row, f, "summera verifikationerna", err);
}

int store_unbalanced_vers(struct store *st, int64_t year_id, size_t max, struct unbalanced_ver **out, size_t *n,
			  int64_t *total, struct err *err)
{
	struct unbalanced_found f = { NULL, 0, 0, max, 0 };
	/* A server would send every transaction here: it groups them. */
	int rc = q_server(st) ? 1 : unbalanced_in_order(st, year_id, &f, err);

	if (rc == 1)
		rc = unbalanced_grouped(st, year_id, &f, err);
	if (rc < 0) {
		unbalanced_reset(&f);
		*out = NULL;
		*n = 0;
		*total = 0;
		return -1;
	}
	*out = f.list;
	*n = f.n;
	*total = f.total;
	return 0;
}

static const char sql_sums_until[] = "SELECT t.account, t.objects, sum(t.amount) FROM trans t "
				     "JOIN verification v ON v.id = t.ver_id "
				     "WHERE v.year_id = :year AND v.date <= :until AND t.kind <> 2 "
				     "GROUP BY t.account, t.objects ORDER BY t.account, t.objects";

/* A row of account, objects and sum, counted. */
static int sum_row(struct stmt *s, void *ctx, struct err *err)
{
	struct each_call *c = ctx;

	c->rows++;
	return c->fn.sum(c->ctx, q_col_text(s, 0), q_col_text(s, 1), q_col_int(s, 2), err);
}

int store_account_sums_until(struct store *st, int64_t year_id, struct date until, store_sum_fn fn, void *ctx,
			     struct err *err)
{
	struct each_call c = { ctx, { .sum = fn }, 0 };
	struct stmt *s = q_prep(st, sql_sums_until, err);

	q_int(s, "year", year_id);
	q_date(s, "until", until);
	return q_each(s, sum_row, &c, "summera transaktionerna", err);
}

static const char sql_obj_turnover_put[] =
	"INSERT INTO object_turnover (year_id, account, objects, amount) VALUES (:year, :account, :objects, :amount)";

int store_object_turnover_put(struct store *st, int64_t year_id, const char *account, const char *objects,
			      int64_t amount, struct err *err)
{
	struct stmt *s = q_prep(st, sql_obj_turnover_put, err);

	q_int(s, "year", year_id);
	q_text(s, "account", account);
	q_text(s, "objects", objects);
	q_int(s, "amount", amount);
	return q_exec(s, "spara omsättningen per objekt", err);
}

static const char sql_obj_turnover_each[] = "SELECT account, objects, amount FROM object_turnover "
					    "WHERE year_id = :year ORDER BY account, objects";

int store_object_turnover_each(struct store *st, int64_t year_id, store_sum_fn fn, void *ctx, int64_t *rows,
			       struct err *err)
{
	struct each_call c = { ctx, { .sum = fn }, 0 };
	struct stmt *s = q_prep(st, sql_obj_turnover_each, err);
	int rc;

	q_int(s, "year", year_id);
	rc = q_each(s, sum_row, &c, "läsa omsättningen per objekt", err);
	*rows = c.rows;
	return rc;
}

static const char sql_map_get[] = "SELECT from_key, to_key, line FROM account_map ORDER BY id";

static int map_row(struct stmt *s, void *ctx, struct err *err)
{
	enum stmt_line line;

	if (stmt_line_parse(q_col_text(s, 2), &line) < 0)
		return err_set(err, "okänd rad '%s' i den sparade kontomappningen", q_col_text(s, 2));
	account_map_add(ctx, (int)q_col_int(s, 0), (int)q_col_int(s, 1), line);
	return 0;
}

int store_map_get(struct store *st, struct account_map *out, struct err *err)
{
	size_t before = out->n;

	if (kept_map_get(st, out))
		return 0;
	if (q_each(q_prep(st, sql_map_get, err), map_row, out, "läsa kontomappningen", err) < 0)
		return -1;
	if (before == 0)
		kept_map_put(st, out);
	return 0;
}

static const char sql_map_clear[] = "DELETE FROM account_map";
static const char sql_map_add[] = "INSERT INTO account_map (from_key, to_key, line) VALUES (:from, :to, :line)";

int store_map_set(struct store *st, const struct account_map *m, struct err *err)
{
	struct stmt *s = q_prep(st, sql_map_clear, err);
	size_t i;

	if (!s || q_exec(s, "spara kontomappningen", err) < 0)
		return -1;
	for (i = 0; i < m->n; i++) {
		s = q_prep(st, sql_map_add, err);
		if (!s)
			return -1;
		q_int(s, "from", m->ranges[i].from);
		q_int(s, "to", m->ranges[i].to);
		q_text(s, "line", stmt_line_key(m->ranges[i].line));
		if (q_exec(s, "spara kontomappningen", err) < 0)
			return -1;
	}
	return 0;
}
