/*
 * export_sie.c: the use case "export a year as SIE 4E". Writes the
 * identification part, the chart of accounts, the year's balances, the
 * previous year's balances when the database holds them, and every
 * verification, streaming from the store so memory stays bounded. Importing
 * the result gives the same books.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "import/sie.h"
#include "store/store.h"

struct export_ctx {
	struct sie_writer *w;
	int yearnr;
	int in_ver;             /* a #VER block is open */
};

static int write_rec(struct export_ctx *c, struct sie_record *r, struct err *err)
{
	return sie_write(c->w, r, err);
}

static int on_account(void *ctx, const struct account *a, struct err *err)
{
	struct export_ctx *c = ctx;
	struct sie_record r;

	memset(&r, 0, sizeof(r));
	r.label = SIE_KONTO;
	r.account = a->number;
	r.name = a->name ? a->name : "";
	if (write_rec(c, &r, err) < 0)
		return -1;
	if (a->type && *a->type) {
		r.label = SIE_KTYP;
		r.code = a->type;
		if (write_rec(c, &r, err) < 0)
			return -1;
	}
	if (a->unit && *a->unit) {
		r.label = SIE_ENHET;
		r.code = a->unit;
		if (write_rec(c, &r, err) < 0)
			return -1;
	}
	if (a->sru && *a->sru) {
		r.label = SIE_SRU;
		r.code = a->sru;
		if (write_rec(c, &r, err) < 0)
			return -1;
	}
	return 0;
}

static int on_dimension(void *ctx, const struct dimension *d, struct err *err)
{
	struct sie_record r;

	memset(&r, 0, sizeof(r));
	r.label = d->parent ? SIE_UNDERDIM : SIE_DIM;
	r.number = d->number;
	r.parent = d->parent;
	r.name = d->name ? d->name : "";
	return write_rec(ctx, &r, err);
}

static int on_object(void *ctx, const struct object *o, struct err *err)
{
	struct sie_record r;

	memset(&r, 0, sizeof(r));
	r.label = SIE_OBJEKT;
	r.number = o->dim;
	r.code = o->code;
	r.name = o->name ? o->name : "";
	return write_rec(ctx, &r, err);
}

static const enum sie_label balance_label[BAL__MAX] = {
	[BAL_IB] = SIE_IB, [BAL_UB] = SIE_UB, [BAL_RES] = SIE_RES,
	[BAL_OIB] = SIE_OIB, [BAL_OUB] = SIE_OUB,
	[BAL_PSALDO] = SIE_PSALDO, [BAL_PBUDGET] = SIE_PBUDGET,
};

static int on_balance(void *ctx, const struct balance *b, struct err *err)
{
	struct export_ctx *c = ctx;
	struct sie_record r;

	memset(&r, 0, sizeof(r));
	r.label = balance_label[b->kind];
	r.number = c->yearnr;
	r.account = b->account;
	r.period = b->period;
	/* Object lists are part of the syntax of these labels even when empty. */
	if (b->kind == BAL_OIB || b->kind == BAL_OUB || b->kind == BAL_PSALDO ||
	    b->kind == BAL_PBUDGET)
		r.objects = b->objects ? b->objects : "";
	r.amount = b->amount;
	r.quantity = b->quantity;
	return write_rec(c, &r, err);
}

static int on_ver(void *ctx, const struct verification *v, struct err *err)
{
	struct export_ctx *c = ctx;
	struct sie_record r;

	memset(&r, 0, sizeof(r));
	if (c->in_ver) {
		r.label = SIE_VER_END;
		if (write_rec(c, &r, err) < 0)
			return -1;
	}
	r.label = SIE_VER;
	r.code = v->series ? v->series : "";
	r.version = v->number ? v->number : "";
	r.date = v->date;
	r.text = v->text ? v->text : "";
	r.date2 = v->regdate;
	r.sign = v->sign;
	c->in_ver = 1;
	return write_rec(c, &r, err);
}

static int on_trans(void *ctx, const struct transaction *t, struct err *err)
{
	struct sie_record r;

	memset(&r, 0, sizeof(r));
	r.label = t->kind == TRANS_ADDED ? SIE_RTRANS
		  : t->kind == TRANS_REMOVED ? SIE_BTRANS : SIE_TRANS;
	r.account = t->account;
	r.objects = t->objects ? t->objects : "";
	r.amount = t->amount;
	r.date = t->date;
	r.text = t->text;
	r.quantity = t->quantity;
	r.sign = t->sign;
	if (write_rec(ctx, &r, err) < 0)
		return -1;
	if (t->kind == TRANS_ADDED) {
		/* The standard asks for the added transaction to be repeated as
		 * a plain #TRANS for readers that do not know #RTRANS. */
		r.label = SIE_TRANS;
		return write_rec(ctx, &r, err);
	}
	return 0;
}

static void today(struct date *d)
{
	*d = date_today();
}

int app_export_sie(struct store *st, int year, FILE *out, struct err *err)
{
	struct export_ctx c = { 0 };
	struct association a;
	struct fiscal_year fy, pfy;
	struct sie_record r;
	int has_prev, rc = -1;

	switch (store_year_get(st, year, &fy, err)) {
	case 0: break;
	case STORE_NOT_FOUND: return err_set(err, "räkenskapsåret %d finns inte i databasen", year);
	default: return -1;
	}
	has_prev = store_year_get(st, year - 1, &pfy, err);
	if (has_prev < 0)
		return -1;
	has_prev = has_prev == 0;
	if (store_association_get(st, &a, err) != 0)
		return err_set(err, "databasen saknar uppgifter om förbundet");

	c.w = sie_writer_new(out);
#define EMIT() do { if (write_rec(&c, &r, err) < 0) goto out; } while (0)
	memset(&r, 0, sizeof(r)); r.label = SIE_FLAGGA; r.flag = 0; EMIT();
	memset(&r, 0, sizeof(r)); r.label = SIE_FORMAT; r.code = "PC8"; EMIT();
	memset(&r, 0, sizeof(r)); r.label = SIE_SIETYP; r.number = 4; EMIT();
	memset(&r, 0, sizeof(r)); r.label = SIE_PROGRAM; r.name = "finsam"; r.version = FINSAM_VERSION; EMIT();
	memset(&r, 0, sizeof(r)); r.label = SIE_GEN; today(&r.date); EMIT();
	if (a.fnr[0]) { memset(&r, 0, sizeof(r)); r.label = SIE_FNR; r.code = a.fnr; EMIT(); }
	if (a.orgnr[0]) { memset(&r, 0, sizeof(r)); r.label = SIE_ORGNR; r.code = a.orgnr; EMIT(); }
	if (a.contact[0] || a.street[0] || a.postal[0] || a.phone[0]) {
		memset(&r, 0, sizeof(r)); r.label = SIE_ADRESS;
		r.name = a.contact; r.text = a.street; r.text2 = a.postal; r.text3 = a.phone;
		EMIT();
	}
	memset(&r, 0, sizeof(r)); r.label = SIE_FNAMN; r.name = a.name; EMIT();
	memset(&r, 0, sizeof(r)); r.label = SIE_RAR; r.number = 0;
	r.date = fy.period.start; r.date2 = fy.period.end; EMIT();
	if (has_prev) {
		memset(&r, 0, sizeof(r)); r.label = SIE_RAR; r.number = -1;
		r.date = pfy.period.start; r.date2 = pfy.period.end; EMIT();
	}
	if (a.kptyp[0]) { memset(&r, 0, sizeof(r)); r.label = SIE_KPTYP; r.code = a.kptyp; EMIT(); }
	if (a.currency[0]) { memset(&r, 0, sizeof(r)); r.label = SIE_VALUTA; r.code = a.currency; EMIT(); }
#undef EMIT
	if (store_account_each(st, on_account, &c, err) < 0)
		goto out;
	if (store_dimension_each(st, on_dimension, &c, err) < 0)
		goto out;
	if (store_object_each(st, on_object, &c, err) < 0)
		goto out;
	c.yearnr = 0;
	if (store_balance_each(st, fy.id, on_balance, &c, err) < 0)
		goto out;
	if (has_prev) {
		c.yearnr = -1;
		if (store_balance_each(st, pfy.id, on_balance, &c, err) < 0)
			goto out;
	}
	if (store_ver_each(st, fy.id, on_ver, on_trans, &c, err) < 0)
		goto out;
	if (c.in_ver) {
		memset(&r, 0, sizeof(r));
		r.label = SIE_VER_END;
		if (write_rec(&c, &r, err) < 0)
			goto out;
	}
	rc = 0;
out:
	if (sie_writer_free(c.w, rc < 0 ? NULL : err) < 0)
		rc = -1;
	return rc;
}
