/*
 * interim.c: the use cases of the interim report: its budget table for a
 * cut-off date, from the current budget and the transactions booked up to
 * that date, and the director's forecast overrides.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "model/interim.h"
#include "model/operating.h"
#include "store/store.h"

static int on_sum(void *ctx, const char *account, const char *objects, int64_t sum,
		  struct err *err)
{
	struct sums *s = ctx;

	(void)err;
	s->a = xgrow(s->a, sizeof(*s->a), s->n + 1, &s->cap);
	snprintf(s->a[s->n].account, sizeof(s->a[s->n].account), "%s", account);
	snprintf(s->a[s->n].objects, sizeof(s->a[s->n].objects), "%s", objects ? objects : "");
	s->a[s->n].sum = sum;
	s->n++;
	return 0;
}

int app_interim_figures(struct store *st, struct date until, struct interim *in, int *version, struct err *err)
{
	struct budget b;
	struct fiscal_year fy;
	struct sums sums = { NULL, 0, 0 };
	struct forecast_override *ov = NULL;
	struct interim_override *io = NULL;
	struct statements cur, prev;
	int64_t opening = 0;
	size_t n_ov = 0, i;
	int rc, has_books = 0, has_prev, ret = -1;

	if (app_load_budget(st, until.y, 0, &b, err) < 0)
		return -1;
	rc = store_year_get(st, until.y, &fy, err);
	if (rc < 0)
		goto out;
	if (rc == 0) {
		if (!period_contains(fy.period, until)) {
			char d1[11], d2[11];

			err_set(err, "brytdagen ligger utanför räkenskapsåret %s–%s", date_format(d1, fy.period.start),
				date_format(d2, fy.period.end));
			goto out;
		}
		/* At the year's end the sums kept at import serve; before it,
		 * the transactions up to the day are summed. */
		{
			int64_t rows = 0;

			if (date_cmp(until, fy.period.end) >= 0 &&
			    store_object_turnover_each(st, fy.id, on_sum, &sums, &rows, err) < 0)
				goto out;
			if (rows == 0 && store_account_sums_until(st, fy.id, until, on_sum, &sums, err) < 0)
				goto out;
		}
		/* The equity at the start of the year, from the books. */
		if (app_statements(st, until.y, &cur, &prev, &has_prev, err) < 0)
			goto out;
		opening = cur.opening_equity;
		has_books = 1;
	}
	if (store_forecast_list(st, until.y, &ov, &n_ov, err) < 0)
		goto out;
	io = xcalloc(n_ov ? n_ov : 1, sizeof(*io));
	for (i = 0; i < n_ov; i++) {
		io[i].area = ov[i].area;
		io[i].amount = ov[i].amount;
		io[i].comment = ov[i].comment;
	}
	if (interim_compute(&b, sums.a, sums.n, io, n_ov, has_books, opening, in, err) < 0)
		goto out;
	if (version)
		*version = b.version;
	ret = 0;
out:
	free(io);
	free(ov);
	free(sums.a);
	budget_release(&b);
	return ret;
}

struct doc *app_report_interim(struct store *st, struct date until, struct err *err)
{
	return app_report_interim_as(st, until, MONEY_KR, err);
}

struct doc *app_report_interim_as(struct store *st, struct date until, int64_t unit, struct err *err)
{
	struct association a;
	struct interim in;
	struct doc *d;
	int version = 0;

	if (app_load_association(st, &a, err) < 0 || app_interim_figures(st, until, &in, &version, err) < 0)
		return NULL;
	if (unit == MONEY_TKR)
		interim_round(&in, unit);
	d = doc_interim(&a, &in, until, version);
	if (unit == MONEY_TKR)
		doc_unit_set(d, DOC_UNIT_TKR);
	interim_release(&in);
	return d;
}

/* The names of the year's cost areas and revenue lines, for checking an override. */
static int area_known(const struct budget *b, const char *area)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		if (l->kind == BUDGET_EQUITY)
			continue;
		if (strcmp(l->kind == BUDGET_COST && *l->group ? l->group : l->name, area) == 0)
			return l->kind == BUDGET_COST ? 1 : 2;
	}
	return 0;
}

static int forecast_change(struct store *st, int year, const char *area, const int64_t *amount,
			   const char *comment, struct err *err);

int app_forecast_set(struct store *st, int year, const char *area, const char *amount,
		     const char *comment, struct err *err)
{
	struct budget b;
	int64_t v = 0;
	int rc, kind;

	if (app_require(&APP_FORECAST, "area", area, err) < 0)
		return -1;
	rc = store_budget_get(st, year, 0, &b, err);
	if (rc == STORE_NOT_FOUND)
		return err_set(err, "det finns ingen budget för %d", year);
	if (rc < 0)
		return -1;
	kind = area_known(&b, area);
	budget_release(&b);
	if (!kind) {
		err_set(err, "budgeten för %d har inget kostnadsområde eller intäkt som heter '%s'", year, area);
		return err_field(err, "area");
	}
	if (amount && money_parse(amount, &v, err) < 0)
		return err_field(err, "amount");
	/* Costs are shown negative; accept them written either way. */
	if (kind == 1 && v > 0)
		v = -v;
	if (store_begin(st, err) < 0)
		return -1;
	rc = forecast_change(st, year, area, amount ? &v : NULL, comment, err);
	if (rc < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

static json_t *forecast_json(int year, const char *area, int64_t amount, const char *comment)
{
	json_t *o = json_object();

	json_object_set_new(o, "year", json_integer(year));
	json_object_set_new(o, "area", json_string(area));
	json_object_set_new(o, "amount", json_integer(amount));
	json_object_set_new(o, "comment", json_string(comment ? comment : ""));
	return o;
}

/* Sets (amount) or removes (NULL) the forecast of an area inside the
 * caller's transaction, refused for a closed year, with its audit line. */
static int forecast_change(struct store *st, int year, const char *area, const int64_t *amount,
			   const char *comment, struct err *err)
{
	struct forecast_override *all = NULL;
	json_t *before = NULL, *after = NULL;
	char record[200];
	size_t n = 0, i;
	int rc;

	if (app_year_check_open(st, year, "prognosen", err) < 0 || store_forecast_list(st, year, &all, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(all[i].area, area) == 0)
			before = forecast_json(year, area, all[i].amount, all[i].comment);
	free(all);
	rc = amount ? store_forecast_put(st, year, area, *amount, comment, err)
		    : store_forecast_delete(st, year, area, err);
	if (rc >= 0) {
		snprintf(record, sizeof(record), "forecast %d:%s", year, area);
		after = amount ? forecast_json(year, area, *amount, comment) : NULL;
		rc = app_audit_change(st, amount ? "ändra prognos" : "ta bort prognos", record, NULL, before, after,
				      err);
	}
	json_decref(before);
	json_decref(after);
	return rc;
}

struct doc *app_report_forecasts(struct store *st, int year, struct err *err)
{
	struct association a;
	struct forecast_override *all = NULL;
	struct doc_forecast *f;
	size_t n = 0, i;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || store_forecast_list(st, year, &all, &n, err) < 0)
		return NULL;
	f = xcalloc(n ? n : 1, sizeof(*f));
	for (i = 0; i < n; i++) {
		f[i].area = all[i].area;
		f[i].amount = all[i].amount;
		f[i].comment = all[i].comment;
	}
	d = doc_forecasts(&a, year, f, n);
	free(f);
	free(all);
	return d;
}

/* Per account (and object list, when the year has transactions) the
 * year's result, for the income-statement accounts. */
int app_year_sums(struct store *st, const struct fiscal_year *fy, struct sums *out,
		  struct err *err)
{
	struct year_books b;
	size_t i;

	if (store_year_books(st, fy, &b, err) < 0)
		return -1;
	if (b.has_verifications) {
		size_t before = out->n;
		int64_t rows = 0;

		year_books_release(&b);
		/* The sums kept at import, or the transactions summed. */
		if (store_object_turnover_each(st, fy->id, on_sum, out, &rows, err) < 0)
			return -1;
		if (rows == 0 && store_account_sums_until(st, fy->id, fy->period.end, on_sum, out, err) < 0)
			return -1;
		/* Balance-sheet accounts are not part of the driftredovisning. */
		for (i = before; i < out->n;) {
			if (account_key(out->a[i].account) < 3000) {
				out->a[i] = out->a[--out->n];
				continue;
			}
			i++;
		}
		return 0;
	}
	for (i = 0; i < b.n; i++) {
		const struct year_account *a = &b.accounts[i];
		int key = account_key(a->number);

		if (key < 3000 || (!a->has_res && !a->has_turnover))
			continue;
		if (on_sum(out, a->number, "", a->has_res ? a->res : a->turnover, err) < 0) {
			year_books_release(&b);
			return -1;
		}
	}
	year_books_release(&b);
	return 0;
}

int app_operating(struct store *st, int year, int64_t unit, struct operating *op, int *budget_version,
		  struct err *err)
{
	struct budget b;
	struct fiscal_year fy, pfy;
	struct sums cur = { NULL, 0, 0 }, prev = { NULL, 0, 0 };
	struct statements s_cur, s_prev;
	int rc, has_prev;

	if (app_load_budget(st, year, 0, &b, err) < 0)
		return -1;
	rc = store_year_get(st, year, &fy, err);
	if (rc == STORE_NOT_FOUND)
		err_set(err, "räkenskapsåret %d finns inte i databasen (importera bokföringen först)", year);
	if (rc != 0)
		goto fail;
	if (app_statements(st, year, &s_cur, &s_prev, &has_prev, err) < 0 ||
	    app_year_sums(st, &fy, &cur, err) < 0)
		goto fail;
	if (has_prev) {
		if (store_year_get(st, year - 1, &pfy, err) != 0 || app_year_sums(st, &pfy, &prev, err) < 0)
			goto fail;
	}
	if (operating_compute(&b, cur.a, cur.n, has_prev ? prev.a : NULL, prev.n, &s_cur,
			      has_prev ? &s_prev : NULL, unit, op, err) < 0)
		goto fail;
	*budget_version = b.version;
	free(cur.a);
	free(prev.a);
	budget_release(&b);
	return 0;
fail:
	free(cur.a);
	free(prev.a);
	budget_release(&b);
	return -1;
}

struct doc *app_report_operating(struct store *st, int year, int64_t unit, struct err *err)
{
	struct association a;
	struct operating op;
	struct doc *d;
	int version;

	if (app_load_association(st, &a, err) < 0 || app_operating(st, year, unit, &op, &version, err) < 0)
		return NULL;
	d = doc_operating(&a, &op, version);
	operating_release(&op);
	return d;
}

int app_forecast_list(struct store *st, int year, struct app_forecast **out, size_t *n, struct err *err)
{
	struct forecast_override *f = NULL;
	size_t i;

	*out = NULL;
	*n = 0;
	if (store_forecast_list(st, year, &f, n, err) < 0)
		return -1;
	if (*n)
		*out = xcalloc(*n, sizeof(**out));
	for (i = 0; i < *n; i++) {
		snprintf((*out)[i].area, sizeof((*out)[i].area), "%s", f[i].area);
		(*out)[i].amount = f[i].amount;
		snprintf((*out)[i].comment, sizeof((*out)[i].comment), "%s", f[i].comment);
	}
	free(f);
	return 0;
}
