/*
 * import_sie.c: the use case "import an SIE file". Streams the file through
 * the SIE reader into the store inside one transaction: the file's current
 * year (#RAR 0) replaces what the database held for that year, earlier years
 * (#RAR -1 ...) fill in years the database knows only from such files. The
 * sums of the transactions per account are gathered on the way, so the
 * statements and checks never need to read every transaction again.
 *
 * The file is read to its end even after an error, so that every error is
 * found: a record that is wrong on its own (a balance for a year the file
 * has no #RAR for, say) is one error among the reader's, and the reading
 * goes on; what leaves the rest without meaning (no #RAR 0, a year that
 * cannot be, another association's file, a closed year, the database
 * failing) ends it. Any error rolls the whole transaction back.
 */
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "base/buf.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/money.h"
#include "base/orgnr.h"
#include "base/xmalloc.h"
#include "import/sie.h"
#include "model/vernum.h"
#include "store/store.h"

#define YEARS_MAX 11     /* #RAR 0 down to #RAR -10 */
#define STEP_EVERY 100000

/* The per-account sums of counted transactions: an open-addressing table,
 * as there are at most a few thousand accounts but millions of lookups.
 * The same table, keyed by account, a TAB and the objects, holds the sums
 * per account and objects. */
#define TURNOVER_KEY 160
struct turnover_slot {
	char account[TURNOVER_KEY];
	int64_t sum;
	int64_t debit, credit;     /* the positive and the negative amounts */
	int used;
};

struct turnover_table {
	struct turnover_slot *slots;
	size_t cap, n;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static struct turnover_slot *turnover_slot(struct turnover_table *t, const char *account)
{
	size_t i;

	if ((t->n + 1) * 2 > t->cap) {
		struct turnover_table bigger = { 0 };

		bigger.cap = t->cap ? t->cap * 2 : 1024;
		bigger.slots = xcalloc(bigger.cap, sizeof(*bigger.slots));
		for (i = 0; i < t->cap; i++) {
			if (t->slots[i].used) {
				struct turnover_slot *s = turnover_slot(&bigger, t->slots[i].account);
				s->sum = t->slots[i].sum;
				s->debit = t->slots[i].debit;
				s->credit = t->slots[i].credit;
			}
		}
		free(t->slots);
		*t = bigger;
	}
	for (i = hash_str(account) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		struct turnover_slot *s = &t->slots[i];

		if (!s->used) {
			s->used = 1;
			snprintf(s->account, sizeof(s->account), "%s", account);
			t->n++;
			return s;
		}
		if (strcmp(s->account, account) == 0)
			return s;
	}
}

struct year_slot {
	int known;              /* the file has #RAR for it */
	struct period period;
	int64_t id;             /* fiscal_year id once created */
	int skip;               /* the database holds this year's own books */
};

struct import_ctx {
	struct store *st;
	const char *file;
	const char *base;       /* the file's name without folders */
	const struct app_progress *progress;
	struct app_import_result *res;

	struct association assoc;
	int assoc_in_db;
	char file_orgnr[32];
	int header_done;

	struct year_slot years[YEARS_MAX];
	int64_t ver_id;
	int in_ver_outside_year;
	int ver_in_year;             /* the current verification is dated within the year */
	struct turnover_table turnover;
	struct turnover_table objects;  /* by account and objects, of verifications in the year */
	int objects_too_long;        /* a key did not fit: the object sums are not kept */
	struct vernum_set vers;      /* the series and numbers of the year's verifications */
};

static void warn(struct import_ctx *c, long line, const char *fmt, ...) ERR_PRINTF(3, 4);

/* A warning about the file, with its name and line as errors have them. */
static void warn(struct import_ctx *c, long line, const char *fmt, ...)
{
	struct err e;
	va_list ap;
	char msg[ERR_MSG_MAX];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->res->warnings++;
	if (c->progress && c->progress->warn) {
		err_set_at(&e, c->file, line, 0, "%s", msg);
		c->progress->warn(c->progress->ctx, e.msg);
	}
}

/* A record that is wrong while the rest of the file can be read: the
 * reader lists it with its other errors and goes on. */
static int bad_record(struct import_ctx *c, long line, struct err *err, const char *fmt, ...) ERR_PRINTF(4, 5);

static int bad_record(struct import_ctx *c, long line, struct err *err, const char *fmt, ...)
{
	char msg[ERR_MSG_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	err_set_at(err, c->file, line, 0, "%s", msg);
	return SIE_BAD_RECORD;
}

/* Each error of the file, as the reader finds it. */
static void on_sie_error(void *ctx, long line, long col, const char *msg)
{
	struct import_ctx *c = ctx;

	c->res->errors++;
	if (c->progress && c->progress->error)
		c->progress->error(c->progress->ctx, line, col, msg);
}

/* The reader's warnings already name the file, line and column. */
static void on_sie_warning(void *ctx, long line, const char *msg)
{
	struct import_ctx *c = ctx;

	(void)line;
	c->res->warnings++;
	if (c->progress && c->progress->warn)
		c->progress->warn(c->progress->ctx, msg);
}

static int is_header(enum sie_label l)
{
	switch (l) {
	case SIE_FLAGGA: case SIE_FORMAT: case SIE_SIETYP: case SIE_PROGRAM:
	case SIE_GEN: case SIE_FNAMN: case SIE_FNR: case SIE_ORGNR:
	case SIE_ADRESS: case SIE_RAR: case SIE_TAXAR: case SIE_KPTYP:
	case SIE_VALUTA: case SIE_KSUMMA:
		return 1;
	default:
		return 0;
	}
}

static void copy_field(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src ? src : "");
}

static int overlaps(struct period a, struct period b)
{
	return date_cmp(a.start, b.end) <= 0 && date_cmp(b.start, a.end) <= 0;
}

/* Settles the association and the fiscal years once the identification
 * part of the file has been read. */
static int finish_header(struct import_ctx *c, long line, struct err *err)
{
	struct fiscal_year *list = NULL;
	size_t n = 0, i;
	int k, closed, rc = -1;

	c->header_done = 1;
	if (!c->years[0].known)
		return err_set_at(err, c->file, line, 0,
				  "filen saknar räkenskapsår (#RAR 0) före kontoplan och saldon");

	if (c->file_orgnr[0]) {
		char canon[12];
		struct err oe;

		if (orgnr_parse(c->file_orgnr, canon, &oe) < 0) {
			warn(c, 0, "organisationsnumret i #ORGNR används inte: %s", oe.msg);
		} else if (c->assoc_in_db && c->assoc.orgnr[0] && strcmp(canon, c->assoc.orgnr) != 0) {
			return err_set_at(err, c->file, 0, 0,
					  "filen gäller organisationsnummer %s, men databasen är för %s (%s)",
					  canon, c->assoc.orgnr, c->assoc.name);
		} else {
			memcpy(c->assoc.orgnr, canon, sizeof(canon));
		}
	}
	if (!c->assoc.name[0])
		copy_field(c->assoc.name, sizeof(c->assoc.name), c->base);
	if (store_association_set(c->st, &c->assoc, err) < 0)
		return -1;

	if (store_year_list(c->st, &list, &n, err) < 0)
		return -1;
	for (k = 0; k < YEARS_MAX; k++) {
		struct year_slot *y = &c->years[k];
		struct fiscal_year fy = { 0 };
		int found = 0;

		if (!y->known)
			continue;
		for (i = 0; i < n; i++) {
			if (date_cmp(list[i].period.start, y->period.start) == 0 &&
			    date_cmp(list[i].period.end, y->period.end) == 0) {
				fy = list[i];
				found = 1;
				break;
			}
			if (overlaps(list[i].period, y->period)) {
				char a[11], b[11], d1[11], d2[11];

				err_set_at(err, c->file, 0, 0,
					   "räkenskapsåret %s–%s i filen överlappar räkenskapsåret %s–%s i databasen",
					   date_format(a, y->period.start), date_format(b, y->period.end),
					   date_format(d1, list[i].period.start), date_format(d2, list[i].period.end));
				goto out;
			}
		}
		if (k == 0) {
			/* The books of a closed year cannot be replaced: its
			 * annual report is adopted. */
			if (app_year_check_open(c->st, y->period.end.y, "bokföringen i filen", err) < 0) {
				err_prefix(err, "%s", c->file);
				goto out;
			}
			if (found)
				c->res->replaced = 1;
			fy.origin = YEAR_BOOKS;
			copy_field(fy.source, sizeof(fy.source), c->base);
		} else if (found && fy.origin == YEAR_BOOKS) {
			y->skip = 1;   /* the year's own import is better than a summary */
			y->id = fy.id;
			continue;
		} else if ((closed = app_year_adopted(c->st, y->period.end.y, NULL, err)) != 0) {
			if (closed < 0)
				goto out;
			/* A closed year keeps the balances it was adopted with. */
			warn(c, 0, "räkenskapsåret %d är stängt: filens saldon för det används inte", y->period.end.y);
			y->skip = 1;
			y->id = fy.id;
			continue;
		} else {
			fy.origin = YEAR_PRIOR;
			copy_field(fy.source, sizeof(fy.source), c->base);
			if (k == 1)
				c->res->has_prev = 1;
		}
		fy.period = y->period;
		if (store_year_put(c->st, &fy, err) < 0)
			goto out;
		if (found && store_year_clear(c->st, fy.id, err) < 0)
			goto out;
		y->id = fy.id;
	}
	c->res->year = c->years[0].period.end.y;
	rc = 0;
out:
	free(list);
	return rc;
}

static struct year_slot *year_of(struct import_ctx *c, const struct sie_record *r)
{
	int k = -r->number;

	if (r->number > 0 || k >= YEARS_MAX || !c->years[k].known)
		return NULL;
	return &c->years[k];
}

static int put_balance(struct import_ctx *c, const struct sie_record *r,
		       enum balance_kind kind, struct err *err)
{
	struct year_slot *y = year_of(c, r);
	struct balance b;

	if (!y)
		return bad_record(c, r->line, err, "årsnummer %d har inget räkenskapsår (#RAR %d saknas)",
				  r->number, r->number);
	if (y->skip)
		return 0;
	b.kind = kind;
	b.account = r->account;
	b.period = r->period;
	b.objects = r->objects ? r->objects : "";
	b.amount = r->amount;
	b.quantity = r->quantity;
	c->res->balances++;
	return store_balance_put(c->st, y->id, &b, err);
}

static int on_record(void *ctx, const struct sie_record *r, struct err *err)
{
	struct import_ctx *c = ctx;
	struct association *a = &c->assoc;

	if (!c->header_done && !is_header(r->label) && finish_header(c, r->line, err) < 0)
		return -1;

	switch (r->label) {
	case SIE_FNAMN:
		if (!c->assoc_in_db || !a->name[0])
			copy_field(a->name, sizeof(a->name), r->name);
		return 0;
	case SIE_ORGNR:
		copy_field(c->file_orgnr, sizeof(c->file_orgnr), r->code);
		return 0;
	case SIE_FNR:
		copy_field(a->fnr, sizeof(a->fnr), r->code);
		return 0;
	case SIE_ADRESS:
		copy_field(a->contact, sizeof(a->contact), r->name);
		copy_field(a->street, sizeof(a->street), r->text);
		copy_field(a->postal, sizeof(a->postal), r->text2);
		copy_field(a->phone, sizeof(a->phone), r->text3);
		return 0;
	case SIE_KPTYP:
		copy_field(a->kptyp, sizeof(a->kptyp), r->code);
		return 0;
	case SIE_VALUTA:
		copy_field(a->currency, sizeof(a->currency), r->code);
		return 0;
	case SIE_RAR: {
		int k = -r->number;

		/* the years frame everything after them: an error here ends the reading */
		if (r->number > 0 || k >= YEARS_MAX)
			return err_set_at(err, c->file, r->line, 0,
					  "årsnummer %d i #RAR stöds inte (0 till -%d)",
					  r->number, YEARS_MAX - 1);
		if (c->header_done)
			return bad_record(c, r->line, err,
					  "#RAR måste stå före kontoplan, saldon och verifikationer");
		if (date_cmp(r->date, r->date2) > 0)
			return err_set_at(err, c->file, r->line, 0,
					  "räkenskapsåret slutar före det börjar");
		c->years[k].known = 1;
		c->years[k].period.start = r->date;
		c->years[k].period.end = r->date2;
		return 0;
	}
	case SIE_KONTO:
		c->res->accounts++;
		return store_account_put(c->st, r->account, r->name, err);
	case SIE_KTYP:
		return store_account_set_type(c->st, r->account, r->code, err);
	case SIE_ENHET:
		return store_account_set_unit(c->st, r->account, r->code, err);
	case SIE_SRU:
		return store_account_set_sru(c->st, r->account, r->code, err);
	case SIE_DIM:
	case SIE_UNDERDIM: {
		struct dimension d = { r->number, r->name, r->label == SIE_UNDERDIM ? r->parent : 0 };
		return store_dimension_put(c->st, &d, err);
	}
	case SIE_OBJEKT: {
		struct object o = { r->number, r->code, r->name };
		return store_object_put(c->st, &o, err);
	}
	case SIE_IB: return put_balance(c, r, BAL_IB, err);
	case SIE_UB: return put_balance(c, r, BAL_UB, err);
	case SIE_OIB: return put_balance(c, r, BAL_OIB, err);
	case SIE_OUB: return put_balance(c, r, BAL_OUB, err);
	case SIE_RES: return put_balance(c, r, BAL_RES, err);
	case SIE_PSALDO: return put_balance(c, r, BAL_PSALDO, err);
	case SIE_PBUDGET: return put_balance(c, r, BAL_PBUDGET, err);
	case SIE_VER: {
		struct verification v = { 0 };

		v.series = r->code;
		v.number = r->version;
		v.date = r->date;
		v.text = r->text;
		v.regdate = r->date2;
		v.sign = r->sign;
		/* Numbers must be unique within a series and year. An empty
		 * number leaves the numbering to the reader, and BL
		 * Administration writes the verifications its asset register
		 * makes in the series "#", every one numbered 1. */
		if (r->version && *r->version && !(r->code && strcmp(r->code, "#") == 0)) {
			long first = vernum_set_add(&c->vers, r->code ? r->code : "", r->version, r->line);

			if (first)
				return bad_record(c, r->line, err,
						  "verifikation %s %s finns redan på rad %ld: en serie kan inte ha "
						  "samma nummer två gånger under ett år",
						  r->code ? r->code : "", r->version, first);
		}
		if (!period_contains(c->years[0].period, r->date)) {
			struct period y = c->years[0].period;
			char d[11];

			/* A day or a month beside the year is a slip; a year or
			 * more away is a wrong date that must be corrected. */
			y.start.y--;
			y.end.y++;
			if (date_cmp(r->date, y.start) < 0 || date_cmp(r->date, y.end) > 0)
				return bad_record(c, r->line, err,
						  "verifikation %s %s har datum %s, mer än ett år utanför "
						  "räkenskapsåret %d",
						  r->code ? r->code : "", r->version ? r->version : "",
						  date_format(d, r->date), c->years[0].period.end.y);
			warn(c, r->line, "verifikation %s %s har datum %s utanför räkenskapsåret",
			     r->code ? r->code : "", r->version ? r->version : "",
			     date_format(d, r->date));
		}
		if (store_ver_add(c->st, c->years[0].id, &v, err) < 0)
			return -1;
		c->ver_id = v.id;
		c->ver_in_year = date_cmp(r->date, c->years[0].period.end) <= 0;
		c->res->verifications++;
		if (c->progress && c->progress->step && c->res->verifications % STEP_EVERY == 0)
			c->progress->step(c->progress->ctx, r->line, c->res->verifications);
		return 0;
	}
	case SIE_TRANS:
	case SIE_RTRANS:
	case SIE_BTRANS: {
		struct transaction t;

		t.kind = r->label == SIE_TRANS ? TRANS_NORMAL
			 : r->label == SIE_RTRANS ? TRANS_ADDED : TRANS_REMOVED;
		t.account = r->account;
		t.objects = r->objects ? r->objects : "";
		t.amount = r->amount;
		t.date = r->date;
		t.text = r->text;
		t.quantity = r->quantity;
		t.sign = r->sign;
		if (store_trans_add(c->st, c->years[0].id, c->ver_id, &t, err) < 0)
			return -1;
		c->res->transactions++;
		if (t.kind != TRANS_REMOVED && c->ver_in_year && !c->objects_too_long) {
			char key[TURNOVER_KEY];
			int n = snprintf(key, sizeof(key), "%s\t%s", r->account, t.objects);

			if (n < 0 || (size_t)n >= sizeof(key)) {
				c->objects_too_long = 1;
			} else {
				struct turnover_slot *o = turnover_slot(&c->objects, key);

				if (money_add(o->sum, r->amount, &o->sum) < 0)
					return bad_record(c, r->line, err,
							  "summan av transaktionerna på konto %s blir för stor",
							  r->account);
			}
		}
		if (t.kind != TRANS_REMOVED) {
			struct turnover_slot *s = turnover_slot(&c->turnover, r->account);

			if (money_add(s->sum, r->amount, &s->sum) < 0 ||
			    money_add(r->amount > 0 ? s->debit : s->credit, r->amount,
				      r->amount > 0 ? &s->debit : &s->credit) < 0)
				return bad_record(c, r->line, err,
						  "summan av transaktionerna på konto %s blir för stor",
						  r->account);
		}
		return 0;
	}
	default:
		return 0;
	}
}

static int store_turnover(struct import_ctx *c, struct err *err)
{
	size_t i;

	for (i = 0; i < c->turnover.cap; i++) {
		const struct turnover_slot *s = &c->turnover.slots[i];

		if (s->used && store_turnover_put(c->st, c->years[0].id, s->account, s->sum, s->debit, s->credit, err) < 0)
			return -1;
	}
	if (c->objects_too_long)
		return 0;     /* the reports sum the transactions instead */
	for (i = 0; i < c->objects.cap; i++) {
		const struct turnover_slot *s = &c->objects.slots[i];
		char account[TURNOVER_KEY];
		const char *tab;

		if (!s->used)
			continue;
		tab = strchr(s->account, '\t');
		snprintf(account, sizeof(account), "%.*s", (int)(tab - s->account), s->account);
		if (store_object_turnover_put(c->st, c->years[0].id, account, tab + 1, s->sum, err) < 0)
			return -1;
	}
	return 0;
}

/* After the import: the checks that say whether the books hold together
 * across years and lines of the statements, for the imported year and for
 * the year after it when the database has that year's own books (its
 * opening balances must follow from the imported closing ones). Each
 * failing one is a warning naming the accounts; `finsam check` keeps
 * failing until it is put right. */
static void warn_books(struct import_ctx *c, int year)
{
	static const char *const ids[] = { "opening_balances", "transactions", "accounts_mapped" };
	struct fiscal_year next;
	struct check_report r;
	struct err e;
	int years[2] = { year, 0 }, k, found;
	size_t i, j;

	found = store_year_get(c->st, year + 1, &next, &e);
	if (found == 0 && next.origin == YEAR_BOOKS)
		years[1] = year + 1;
	for (k = 0; k < 2 && years[k]; k++) {
		if (app_check(c->st, years[k], &r, &e) < 0) {
			warn(c, 0, "bokföringen %d kunde inte kontrolleras: %s", years[k], e.msg);
			continue;
		}
		for (i = 0; i < r.n; i++) {
			const struct check_item *it = &r.items[i];
			struct buf msg;

			for (j = 0; j < sizeof(ids) / sizeof(ids[0]) && strcmp(ids[j], it->id) != 0; j++)
				;
			if (j == sizeof(ids) / sizeof(ids[0]) || it->status != CHECK_FAILED)
				continue;
			buf_init(&msg);
			buf_addf(&msg, "bokföringen %d stämmer inte: \"%s\" håller inte, och 'finsam check' "
				 "visar fel tills det är rättat:", years[k], it->title);
			for (const char *p = it->detail; p && *p;) {
				const char *nl = strchr(p, '\n');
				size_t len = nl ? (size_t)(nl - p) : strlen(p);

				buf_adds(&msg, "\n  ");
				buf_add(&msg, p, len);
				p += len + (nl != NULL);
			}
			c->res->warnings++;
			if (c->progress && c->progress->warn)
				c->progress->warn(c->progress->ctx, msg.s);
			buf_release(&msg);
		}
		check_report_release(&r);
	}
}

/* The import's line in the audit log: the file, its year and what it held. */
static int log_import(struct import_ctx *c, struct err *err)
{
	json_t *after;
	char record[32];
	int rc;

	snprintf(record, sizeof(record), "sie %d", c->res->year);
	after = json_pack("{s:s, s:i, s:b, s:I, s:I, s:I}", "file", c->base, "year", c->res->year, "replaced",
			  c->res->replaced, "accounts", (json_int_t)c->res->accounts, "verifications",
			  (json_int_t)c->res->verifications, "transactions", (json_int_t)c->res->transactions);
	rc = app_audit_change(c->st, "läs in bokföring", record, NULL, NULL, after, err);
	json_decref(after);
	return rc;
}

int app_import_sie(const char *db_path, const char *file,
		   const struct app_progress *progress,
		   struct app_import_result *res, struct err *err)
{
	return app_import_sie_as(db_path, NULL, file, NULL, progress, res, err);
}

int app_import_sie_as(const char *db_path, const char *user, const char *file, const char *name,
		      const struct app_progress *progress, struct app_import_result *res, struct err *err)
{
	struct import_ctx c;
	struct sie_stats stats;
	FILE *f = NULL;
	int rc = -1, in_tx = 0, created = 0;
	const char *slash;

	memset(&c, 0, sizeof(c));
	memset(res, 0, sizeof(*res));
	c.file = name ? name : file;
	slash = strrchr(c.file, '/');
	c.base = slash ? slash + 1 : c.file;
	c.progress = progress;
	c.res = res;
	vernum_set_init(&c.vers);

	f = fopen(file, "rb");
	if (!f)
		return err_set(err, "kan inte öppna '%s': %s", file, strerror(errno));
	if (app_open(&c.st, db_path, 1, &created, err) < 0)
		goto out;
	res->created = created;
	if (user)
		app_as(c.st, user);
	/* The association is read in the transaction that writes it back. */
	if (store_begin(c.st, err) < 0)
		goto out;
	in_tx = 1;
	switch (store_association_get(c.st, &c.assoc, err)) {
	case 0: c.assoc_in_db = 1; break;
	case STORE_NOT_FOUND: break;
	default: goto out;
	}
	if (sie_read(f, c.file, on_record, on_sie_warning, on_sie_error, &c, &stats, err) < 0)
		goto out;
	if (!c.header_done && finish_header(&c, stats.lines, err) < 0)
		goto out;
	if (store_turnover(&c, err) < 0 || log_import(&c, err) < 0)
		goto out;
	if (store_commit(c.st, err) < 0)
		goto out;
	in_tx = 0;
	warn_books(&c, res->year);
	res->utf8 = stats.encoding_utf8;
	res->ksumma = stats.ksumma_verified;
	rc = 0;
out:
	if (in_tx)
		store_rollback(c.st);
	app_close(c.st);
	if (rc < 0 && created)
		store_remove(db_path);
	free(c.turnover.slots);
	free(c.objects.slots);
	vernum_set_release(&c.vers);
	if (f)
		fclose(f);
	return rc;
}
