/*
 * books_search.c: the books as the auditor reads them: the accounts of a
 * year with their opening balance, turnover and closing balance, the
 * search among the year's verifications (a page at a time, filtered in
 * the store) and one verification with its transactions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/doc.h"
#include "doc/reports.h"
#include "store/store.h"

/* The names of the chart of accounts, sorted by number (as the store
 * gives them), for a lookup by number. */
struct names {
	char (*number)[ACCOUNT_MAX];
	char **name;
	size_t n, cap, cap2;
};

static int on_name(void *ctx, const struct account *a, struct err *err)
{
	struct names *c = ctx;

	(void)err;
	c->number = xgrow(c->number, sizeof(*c->number), c->n + 1, &c->cap);
	c->name = xgrow(c->name, sizeof(*c->name), c->n + 1, &c->cap2);
	snprintf(c->number[c->n], ACCOUNT_MAX, "%s", a->number);
	c->name[c->n++] = xstrdup(a->name ? a->name : "");
	return 0;
}

static const char *name_of(const struct names *c, const char *number)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->number[i], number) == 0)
			return c->name[i];
	return "";
}

static void names_release(struct names *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->name[i]);
	free(c->name);
	free(c->number);
}

static int load_year(struct store *st, int year, struct fiscal_year *fy, struct err *err)
{
	int rc = store_year_get(st, year, fy, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "databasen har ingen bokföring för %d", year);
		return err_field(err, "year");
	}
	return rc < 0 ? -1 : 0;
}

struct doc *app_books_accounts(struct store *st, int year, struct err *err)
{
	struct fiscal_year fy;
	struct year_books b;
	struct association a;
	struct names names;
	struct doc *d = NULL;
	struct doc_table *t;
	char line[64];
	size_t i;

	memset(&names, 0, sizeof(names));
	memset(&b, 0, sizeof(b));
	if (app_load_association(st, &a, err) < 0 || load_year(st, year, &fy, err) < 0 ||
	    store_account_each(st, on_name, &names, err) < 0 || store_year_books(st, &fy, &b, err) < 0)
		goto done;
	d = doc_new("Kontona");
	doc_report_titles(d, &a);
	snprintf(line, sizeof(line), "Räkenskapsåret %d", year);
	doc_subtitle_add(d, line);
	doc_unit_set(d, DOC_UNIT_KR_ORE);
	doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "accounts", NULL, 5);
	doc_column_set(t, 0, "account", "Konto", 0);
	doc_column_set(t, 1, "name", "Namn", 0);
	doc_column_set(t, 2, "opening", "Ingående balans", year);
	doc_column_set(t, 3, "turnover", "Omslutning", year);
	doc_column_set(t, 4, "closing", "Utgående balans", year);
	for (i = 0; i < b.n; i++) {
		const struct year_account *y = &b.accounts[i];
		struct doc_row *r = doc_row_add(t, y->number, NULL, DOC_ROW_NORMAL);
		int64_t closing = y->has_ub ? y->ub : y->has_res ? y->res : y->ib + y->turnover;

		doc_cell_text(r, 0, y->number, NULL);
		doc_cell_text(r, 1, name_of(&names, y->number), NULL);
		doc_cell_money(r, 2, y->has_ib ? y->ib : 0);
		doc_cell_money(r, 3, y->turnover);
		doc_cell_money(r, 4, closing);
	}
done:
	year_books_release(&b);
	names_release(&names);
	return d;
}

/* ---- the search ---- */

struct hits {
	struct app_ver_result *out;
	size_t cap;
};

static int on_hit(void *ctx, const struct verification *v, int64_t debit, struct err *err)
{
	struct hits *h = ctx;
	struct app_ver_hit *x;

	(void)err;
	h->out->hits = xgrow(h->out->hits, sizeof(*h->out->hits), h->out->n + 1, &h->cap);
	x = &h->out->hits[h->out->n++];
	memset(x, 0, sizeof(*x));
	x->id = v->id;
	snprintf(x->series, sizeof(x->series), "%s", v->series ? v->series : "");
	snprintf(x->number, sizeof(x->number), "%s", v->number ? v->number : "");
	x->date = v->date;
	snprintf(x->text, sizeof(x->text), "%s", v->text ? v->text : "");
	x->debit = debit;
	return 0;
}

static int parse_date(const char *s, const char *field, struct date *out, struct err *err)
{
	memset(out, 0, sizeof(*out));
	if (!s || !*s)
		return 0;
	if (date_parse(s, out, NULL) < 0) {
		err_set(err, "datumet skrivs ÅÅÅÅ-MM-DD, till exempel 2024-03-31");
		return err_field(err, field);
	}
	return 0;
}

int app_ver_search(struct store *st, int year, const struct app_ver_query *q, struct app_ver_result *out,
		   struct err *err)
{
	struct fiscal_year fy;
	struct ver_filter f;
	struct hits h = { out, 0 };
	size_t per = q->per_page ? q->per_page : APP_VER_PAGE;
	long page = q->page > 0 ? q->page : 1;

	memset(out, 0, sizeof(*out));
	memset(&f, 0, sizeof(f));
	if (load_year(st, year, &fy, err) < 0)
		return -1;
	f.year_id = fy.id;
	f.number = q->number;
	f.account = q->account;
	if (parse_date(q->from, "from", &f.from, err) < 0 || parse_date(q->to, "to", &f.to, err) < 0)
		return -1;
	if (date_is_set(f.from) && date_is_set(f.to) && date_cmp(f.from, f.to) > 0) {
		err_set(err, "från-datumet ska vara samma dag som till-datumet eller tidigare");
		return err_field(err, "to");
	}
	if (q->account && *q->account && strspn(q->account, "0123456789") != strlen(q->account)) {
		err_set(err, "kontot skrivs med siffror, till exempel 1930");
		return err_field(err, "account");
	}
	if (q->amount && *q->amount) {
		if (money_parse(q->amount, &f.amount, NULL) < 0) {
			err_set(err, "beloppet skrivs i kronor, till exempel 1 250 eller 1 250,50");
			return err_field(err, "amount");
		}
		f.has_amount = 1;
	}
	if ((size_t)(page - 1) > (size_t)INT64_MAX / per)
		page = 1;
	if (store_ver_search(st, &f, per, (size_t)(page - 1) * per, &out->count, on_hit, &h, err) < 0) {
		app_ver_result_release(out);
		return -1;
	}
	out->page = page;
	out->pages = out->count ? (long)((out->count + (int64_t)per - 1) / (int64_t)per) : 1;
	return 0;
}

void app_ver_result_release(struct app_ver_result *r)
{
	free(r->hits);
	memset(r, 0, sizeof(*r));
}

/* ---- one verification ---- */

struct one {
	struct doc *d;
	struct doc_table *t;
	const struct names *names;
	char title[96];
	char text[300];
	struct date date;
	int64_t debit, credit;
};

static int on_ver(void *ctx, const struct verification *v, struct err *err)
{
	struct one *o = ctx;

	(void)err;
	snprintf(o->title, sizeof(o->title), "Verifikation %s%s%s", v->series ? v->series : "",
		 v->series && *v->series ? " " : "", v->number ? v->number : "");
	snprintf(o->text, sizeof(o->text), "%s", v->text ? v->text : "");
	o->date = v->date;
	return 0;
}

static int on_trans(void *ctx, const struct transaction *t, struct err *err)
{
	struct one *o = ctx;
	struct doc_row *r = doc_row_add(o->t, NULL, NULL, DOC_ROW_NORMAL);

	(void)err;
	doc_cell_text(r, 0, t->account, NULL);
	doc_cell_text(r, 1, name_of(o->names, t->account), NULL);
	if (t->amount >= 0)
		doc_cell_money(r, 2, t->amount);
	else
		doc_cell_money(r, 3, -t->amount);
	doc_cell_text(r, 4, t->kind == TRANS_ADDED ? "tillagd i efterhand"
		      : t->kind == TRANS_REMOVED ? "borttagen i efterhand (räknas inte)" : "", NULL);
	doc_cell_text(r, 5, t->text ? t->text : "", NULL);
	if (t->kind != TRANS_REMOVED) {
		if (t->amount >= 0)
			o->debit += t->amount;
		else
			o->credit -= t->amount;
	}
	return 0;
}

struct doc *app_ver_show(struct store *st, int64_t id, int *year, int *missing, struct err *err)
{
	struct names names;
	struct one o;
	struct doc_row *r;
	char line[400], date[11];
	int64_t year_id = 0;
	struct fiscal_year *years = NULL;
	size_t n = 0, i;
	int rc;

	memset(&names, 0, sizeof(names));
	memset(&o, 0, sizeof(o));
	*year = 0;
	*missing = 0;
	if (store_account_each(st, on_name, &names, err) < 0)
		goto fail;
	o.names = &names;
	o.d = doc_new(NULL);
	doc_unit_set(o.d, DOC_UNIT_KR_ORE);
	o.t = doc_table_add(o.d, NULL, DOC_TABLE_RECORDS, "transactions", "Transaktioner", 6);
	doc_column_set(o.t, 0, "account", "Konto", 0);
	doc_column_set(o.t, 1, "name", "Namn", 0);
	doc_column_set(o.t, 2, "debit", "Debet", 0);
	doc_column_set(o.t, 3, "credit", "Kredit", 0);
	doc_column_set(o.t, 4, "kind", "Rättelse", 0);
	doc_column_set(o.t, 5, "text", "Text", 0);
	rc = store_ver_get(st, id, &year_id, on_ver, on_trans, &o, err);
	if (rc == STORE_NOT_FOUND) {
		*missing = 1;
		err_set(err, "det finns ingen sådan verifikation");
		goto fail;
	}
	if (rc < 0 || store_year_list(st, &years, &n, err) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (years[i].id == year_id)
			*year = fiscal_year_label(&years[i]);
	free(years);
	r = doc_row_add(o.t, "sum", NULL, DOC_ROW_SUM);
	doc_cell_text(r, 1, "Summa", NULL);
	doc_cell_money(r, 2, o.debit);
	doc_cell_money(r, 3, o.credit);
	free(o.d->title);
	o.d->title = xstrdup(o.title);
	snprintf(line, sizeof(line), "Datum %s%s%s", date_format(date, o.date), *o.text ? ": " : "", o.text);
	doc_subtitle_add(o.d, line);
	doc_meta_int(o.d, "id", id);
	names_release(&names);
	return o.d;
fail:
	doc_free(o.d);
	names_release(&names);
	return NULL;
}

int app_book_years(struct store *st, int **out, size_t *n, struct err *err)
{
	struct fiscal_year *years = NULL;
	size_t k = 0, i;

	*out = NULL;
	*n = 0;
	if (store_year_list(st, &years, &k, err) < 0)
		return -1;
	*out = xcalloc(k ? k : 1, sizeof(**out));
	/* The store lists the years oldest first. */
	for (i = k; i-- > 0;)
		if (years[i].origin == YEAR_BOOKS)
			(*out)[(*n)++] = fiscal_year_label(&years[i]);
	free(years);
	return 0;
}
