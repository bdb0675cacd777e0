/*
 * payments.c: the use cases of what the interventions have been paid: the
 * allocations that divide an account several interventions share (add,
 * list, remove, each with the audit log), the remaining commitments at the
 * end of a year (the note "Återstående belopp", `report commitments`, the
 * annual report's follow-ups), and the checks of finsam's own figures that
 * `finsam check` adds after the books' (payments counted once and within
 * what is decided, one value per indicator).
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "model/payments.h"
#include "store/store.h"

/* Everything the payments of a year are computed from. */
struct pay_data {
	struct intervention *iv;
	size_t n_iv;
	struct decision *d;
	size_t n_d;
	struct allocation *al;
	size_t n_al;
	struct fiscal_year *years;
	struct sums *sums;        /* one per year */
	struct booked_year *books;
	size_t n_books;
};

static void pay_release(struct pay_data *p)
{
	size_t i;

	for (i = 0; i < p->n_books; i++)
		free(p->sums[i].a);
	free(p->iv);
	free(p->d);
	free(p->al);
	free(p->years);
	free(p->sums);
	free(p->books);
	memset(p, 0, sizeof(*p));
}

/* Loads the interventions, decisions, allocations and the sums booked in
 * every year up to `year`. */
static int pay_load(struct store *st, int year, struct pay_data *p, struct err *err)
{
	size_t n_years = 0, i;

	memset(p, 0, sizeof(*p));
	if (store_intervention_list(st, &p->iv, &p->n_iv, err) < 0 ||
	    store_decision_list(st, &p->d, &p->n_d, err) < 0 ||
	    store_allocation_list(st, 0, &p->al, &p->n_al, err) < 0 ||
	    store_year_list(st, &p->years, &n_years, err) < 0)
		goto fail;
	p->sums = xcalloc(n_years ? n_years : 1, sizeof(*p->sums));
	p->books = xcalloc(n_years ? n_years : 1, sizeof(*p->books));
	for (i = 0; i < n_years; i++) {
		int label = fiscal_year_label(&p->years[i]);

		if (label > year)
			continue;
		if (app_year_sums(st, &p->years[i], &p->sums[p->n_books], err) < 0)
			goto fail;
		p->books[p->n_books].year = label;
		p->books[p->n_books].sums = p->sums[p->n_books].a;
		p->books[p->n_books].n = p->sums[p->n_books].n;
		p->n_books++;
	}
	return 0;
fail:
	pay_release(p);
	return -1;
}

static int pay_compute(const struct pay_data *p, int year, struct payments *out, struct err *err)
{
	return payments_compute(p->iv, p->n_iv, p->d, p->n_d, p->al, p->n_al, p->books, p->n_books, year, out,
				err);
}

/* The commitments at the end of year from p, which holds the books of
 * that year and those before it (payments_compute passes over later ones). */
static int commitments_of(const struct pay_data *p, int year, const struct intervention *iv, size_t n,
			  struct commitment *out, struct err *err)
{
	struct payments pay;
	size_t i, k;

	if (pay_compute(p, year, &pay, err) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		memset(&out[i], 0, sizeof(out[i]));
		out[i].intervention_id = iv[i].id;
		for (k = 0; k < pay.n; k++)
			if (pay.c[k].intervention_id == iv[i].id)
				out[i] = pay.c[k];
	}
	payments_release(&pay);
	return 0;
}

int app_commitments(struct store *st, int year, const struct intervention *iv, size_t n, struct commitment *out,
		    struct err *err)
{
	return app_commitments_two(st, year, iv, n, out, NULL, err);
}

int app_commitments_two(struct store *st, int year, const struct intervention *iv, size_t n, struct commitment *cur,
			struct commitment *prev, struct err *err)
{
	struct pay_data p;
	int rc;

	if (pay_load(st, year, &p, err) < 0)
		return -1;
	rc = commitments_of(&p, year, iv, n, cur, err);
	if (rc == 0 && prev)
		rc = commitments_of(&p, year - 1, iv, n, prev, err);
	pay_release(&p);
	return rc;
}

struct doc *app_report_commitments(struct store *st, int year, struct err *err)
{
	struct association a;
	struct pay_data p;
	struct payments cur, prev;
	struct doc *doc = NULL;

	if (app_load_association(st, &a, err) < 0 || pay_load(st, year, &p, err) < 0)
		return NULL;
	if (pay_compute(&p, year, &cur, err) < 0)
		goto out;
	if (pay_compute(&p, year - 1, &prev, err) == 0) {
		doc = doc_commitments(&a, year, p.iv, cur.c, prev.c, p.n_iv);
		doc_commitments_findings(doc, p.iv, p.n_iv, cur.findings, cur.n_findings);
		payments_release(&prev);
	}
	payments_release(&cur);
out:
	pay_release(&p);
	return doc;
}

/* The allocation's values for the audit log. */
static json_t *allocation_json(const struct allocation *a, const char *insats)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(a->id));
	json_object_set_new(o, "intervention_id", json_integer(a->intervention_id));
	json_object_set_new(o, "intervention", json_string(insats));
	json_object_set_new(o, "accounts", json_string(a->accounts));
	json_object_set_new(o, "year", a->year ? json_integer(a->year) : json_null());
	json_object_set_new(o, "share", a->share ? json_integer(a->share) : json_null());
	json_object_set_new(o, "amount", a->share ? json_null() : json_integer(a->amount));
	json_object_set_new(o, "note", json_string(a->note));
	return o;
}

/* Asks every year the allocation touches whether it is open: its own year,
 * or (a share of every year) each year the intervention's decisions cover. */
static int years_open(struct store *st, const struct allocation *a, struct err *err)
{
	struct decision *d = NULL;
	size_t n = 0, i;
	int y, rc = 0;

	if (a->year)
		return app_year_check_open(st, a->year, "fördelningen", err);
	if (store_decision_list(st, &d, &n, err) < 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++)
		for (y = d[i].year_from; d[i].intervention_id == a->intervention_id && y <= d[i].year_to && rc == 0;
		     y++)
			rc = app_year_check_open(st, y, "fördelningen", err);
	free(d);
	return rc;
}

int app_insats_allocate(struct store *st, const struct app_allocation_fields *f, int64_t *id, struct err *err)
{
	struct intervention iv;
	struct allocation a;
	json_t *after = NULL;
	int rc = -1;

	memset(&a, 0, sizeof(a));
	if (!f->insats || !*f->insats)
		return err_set(err, "ingen insats angiven");
	if (app_find_insats(st, f->insats, &iv, err) < 0)
		return -1;
	a.intervention_id = iv.id;
	if (!f->accounts || !*f->accounts)
		return err_set(err, "ange kontot som ska fördelas (t.ex. 4010)"), err_field(err, "accounts");
	if (app_copy_field(a.accounts, sizeof(a.accounts), f->accounts, "kontona", err) < 0)
		return err_field(err, "accounts");
	if (app_copy_field(a.note, sizeof(a.note), f->note, "anteckningen", err) < 0)
		return err_field(err, "note");
	if (!app_accounts_valid(a.accounts))
		return err_set(err, "kan inte tolka kontona '%s' (skriv t.ex. 4010 eller 4010-4019)", a.accounts),
		       err_field(err, "accounts");
	if (!f->share == !f->amount)
		return err_set(err, "ange antingen en andel (t.ex. 60 %%) eller ett belopp för ett år, inte båda"),
		       err_field(err, f->share ? "amount" : "share");
	if (f->year) {
		char *end;
		long y;

		errno = 0;
		y = strtol(f->year, &end, 10);
		if (errno || *end || end == f->year || y < 1900 || y > 9999)
			return err_set(err, "kan inte tolka året '%s' (skriv t.ex. 2025)", f->year), err_field(err, "year");
		a.year = (int)y;
	}
	if (f->share) {
		if (allocation_share_parse(f->share, &a.share) < 0)
			return err_set(err, "kan inte tolka andelen '%s' (en procentsats över 0 och högst 100, "
				       "t.ex. 60 eller 33,33)", f->share), err_field(err, "share");
	} else {
		if (!a.year)
			return err_set(err, "ett belopp gäller ett år: ange vilket år"), err_field(err, "year");
		if (strspn(a.accounts, "0123456789") != strlen(a.accounts))
			return err_set(err, "ett belopp fördelar ett enda konto, inte '%s' (använd en andel för "
				       "flera konton)", a.accounts), err_field(err, "accounts");
		if (money_parse(f->amount, &a.amount, err) < 0)
			return err_field(err, "amount");
		if (a.amount == 0)
			return err_set(err, "beloppet ska inte vara noll"), err_field(err, "amount");
	}
	if (store_begin(st, err) < 0)
		return -1;
	if (years_open(st, &a, err) < 0 || store_allocation_add(st, &a, err) < 0)
		goto fail;
	{
		char record[48];

		snprintf(record, sizeof(record), "allocation %lld", (long long)a.id);
		after = allocation_json(&a, iv.name);
		if (app_audit_change(st, "fördela konto", record, NULL, NULL, after, err) < 0)
			goto fail;
	}
	if (store_commit(st, err) < 0)
		goto out;
	*id = a.id;
	rc = 0;
	goto out;
fail:
	store_rollback(st);
out:
	json_decref(after);
	return rc;
}

int app_insats_allocation_remove(struct store *st, const char *which, struct err *err)
{
	struct allocation a;
	struct intervention iv;
	char *end, record[48];
	long long id;
	json_t *before = NULL;
	int rc;

	errno = 0;
	id = which ? strtoll(which, &end, 10) : 0;
	if (!which || errno || *end || end == which || id <= 0) {
		err_set(err, "ange fördelningens id (ett tal), inte '%s'", which ? which : "");
		return err_see(err, "finsam insats allocation list");
	}
	if (store_begin(st, err) < 0)
		return -1;
	rc = store_allocation_get(st, id, &a, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen fördelning %lld", id);
		err_see(err, "finsam insats allocation list");
	}
	memset(&iv, 0, sizeof(iv));
	if (rc != 0 || years_open(st, &a, err) < 0 || store_intervention_get(st, a.intervention_id, NULL, &iv, err) < 0) {
		store_rollback(st);
		return -1;
	}
	snprintf(record, sizeof(record), "allocation %lld", id);
	before = allocation_json(&a, iv.name);
	rc = store_allocation_delete(st, id, err);
	if (rc == 0)
		rc = app_audit_change(st, "ta bort fördelning", record, NULL, before, NULL, err);
	json_decref(before);
	if (rc != 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_allocation_list(struct store *st, int64_t id, struct allocation **out, size_t *n, struct err *err)
{
	return store_allocation_list(st, id, out, n, err);
}

struct doc *app_report_allocations(struct store *st, const char *which, struct err *err)
{
	struct association a;
	struct intervention iv, *all = NULL;
	struct allocation *al = NULL;
	size_t n_al = 0, n_all = 0;
	struct doc *d = NULL;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	memset(&iv, 0, sizeof(iv));
	if (which && app_find_insats(st, which, &iv, err) < 0)
		return NULL;
	if (store_intervention_list(st, &all, &n_all, err) == 0 &&
	    store_allocation_list(st, iv.id, &al, &n_al, err) == 0)
		d = doc_allocations(&a, all, n_all, al, n_al);
	free(all);
	free(al);
	return d;
}

/* The verifications behind a sum of an account in a year that the books
 * cannot give to one intervention, for check's detail. */
struct vers_ctx {
	const struct pay_data *p;
	int year;
	const char *account;
	struct buf *out;
	size_t listed, more;
};

#define VERS_LISTED 10

static int on_ver(void *ctx, const struct account_ver *v, struct err *err)
{
	struct vers_ctx *c = ctx;
	struct account_sum s;
	char d[11], amount[32];

	(void)err;
	memset(&s, 0, sizeof(s));
	snprintf(s.account, sizeof(s.account), "%s", c->account);
	snprintf(s.objects, sizeof(s.objects), "%s", v->objects);
	s.sum = v->amount;
	if (!payments_is_pooled(c->p->iv, c->p->n_iv, c->p->al, c->p->n_al, c->year, &s))
		return 0;
	if (c->listed == VERS_LISTED) {
		c->more++;
		return 0;
	}
	c->listed++;
	money_format(amount, sizeof(amount), v->amount, MONEY_STYLE_KR_ORE);
	buf_addf(c->out, "  %s %s %s %s kr\n", v->series, v->number, date_format(d, v->date), amount);
	return 0;
}

static int name_vers(struct store *st, const struct pay_data *p, int year, const char *account, struct buf *out,
		     struct err *err)
{
	struct vers_ctx c = { p, year, account, out, 0, 0 };
	struct fiscal_year fy;
	int rc = store_year_get(st, year, &fy, err);

	if (rc == STORE_NOT_FOUND)
		return 0;
	if (rc < 0 || store_account_vers(st, fy.id, account, on_ver, &c, err) < 0)
		return -1;
	if (c.more)
		buf_addf(out, "  och %zu %s till\n", c.more, c.more == 1 ? "verifikation" : "verifikationer");
	return 0;
}

static const char *kr(char *buf, size_t n, int64_t ore)
{
	char tmp[32];

	money_format(tmp, sizeof(tmp), ore, MONEY_STYLE_KR_ORE);
	snprintf(buf, n, "%s kr", tmp);
	return buf;
}

/* paid_within_decided and payments_attributed. */
static int check_payments(struct store *st, int year, struct check_report *r, struct err *err)
{
	struct pay_data p;
	struct payments pay;
	struct buf above, pooled, outside;
	size_t i;
	int n_above = 0, n_pooled = 0, n_outside = 0, rc = -1;

	if (pay_load(st, year, &p, err) < 0)
		return -1;
	if (pay_compute(&p, year, &pay, err) < 0) {
		pay_release(&p);
		return -1;
	}
	buf_init(&above);
	buf_init(&pooled);
	buf_init(&outside);
	for (i = 0; i < pay.n_findings; i++) {
		const struct payment_finding *f = &pay.findings[i];
		char a[48], b[48], c[48];
		size_t k;

		switch (f->kind) {
		case PAYMENT_OUTSIDE_DECISIONS:
			buf_addf(&outside, "%s: %s bokfört %d, ett år som inget beslut om insatsen omfattar; det räknas "
				 "inte som utbetalt (rätta beslutets år med 'finsam insats decision edit', eller "
				 "bokföringen)\n", f->who, kr(a, sizeof(a), f->amount), f->year);
			n_outside++;
			break;
		case PAYMENT_ABOVE_DECIDED:
			for (k = 0; k < pay.n && pay.c[k].intervention_id != f->intervention_id; k++)
				;
			if (k == pay.n)
				break;
			buf_addf(&above, "%s: utbetalt %s, beslutat %s, %s över\n", f->who,
				 kr(a, sizeof(a), pay.c[k].paid), kr(b, sizeof(b), pay.c[k].decided),
				 kr(c, sizeof(c), f->amount));
			n_above++;
			break;
		case PAYMENT_UNATTRIBUTED:
			buf_addf(&pooled, "%d, konto %s: %s följs av %s och ingen fördelning delar det (ange en med "
				 "'finsam insats allocate'); verifikationerna:\n", f->year, f->account,
				 kr(a, sizeof(a), f->amount), f->who);
			n_pooled++;
			goto vers;
		case PAYMENT_UNDER_ALLOCATED:
			buf_addf(&pooled, "%d, konto %s: fördelningarna (%s) lämnar %s åt ingen insats; "
				 "verifikationerna:\n", f->year, f->account, f->who, kr(a, sizeof(a), f->amount));
			n_pooled++;
			goto vers;
		case PAYMENT_OVER_ALLOCATED:
			buf_addf(&pooled, "%d, konto %s: fördelningarna (%s) ger ut %s mer än det bokförda, som då "
				 "räknas två gånger; verifikationerna:\n", f->year, f->account, f->who,
				 kr(a, sizeof(a), f->amount));
			n_pooled++;
		vers:
			if (name_vers(st, &p, f->year, f->account, &pooled, err) < 0)
				goto out;
			break;
		}
	}
	if (above.len)
		above.s[--above.len] = '\0';
	if (pooled.len)
		pooled.s[--pooled.len] = '\0';
	if (outside.len)
		outside.s[--outside.len] = '\0';
	check_add(r, "paid_within_decided", "Ingen insats har fått mer än beslutat",
		  n_above ? CHECK_FAILED : CHECK_OK, above.s);
	check_add(r, "payments_attributed",
		  "Utbetalningarna är räknade en gång, var och en till en insats",
		  n_pooled ? CHECK_FAILED : CHECK_OK, pooled.s);
	/* A warning: such a sum is left out, not counted twice or wrongly;
	 * the director should still know it is there. */
	check_add(r, "payments_within_decisions", "Utbetalningarna ligger inom besluten",
		  n_outside ? CHECK_WARNING : CHECK_OK, outside.s);
	rc = 0;
out:
	buf_release(&above);
	buf_release(&pooled);
	buf_release(&outside);
	payments_release(&pay);
	pay_release(&p);
	return rc;
}

int app_check_payments(struct store *st, int year, struct check_report *r, struct err *err)
{
	if (check_payments(st, year, r, err) < 0)
		return -1;
	return app_check_indicators(st, year, r, err);
}
