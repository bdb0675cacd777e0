/*
 * payments_doc.c: the document parts about what the interventions have
 * been paid: the findings beside the remaining commitments, and the
 * allocations that divide a shared account.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/money.h"
#include "doc/reports.h"

static const char *finding_key(enum payment_finding_kind k)
{
	switch (k) {
	case PAYMENT_UNATTRIBUTED:
		return "unattributed";
	case PAYMENT_OVER_ALLOCATED:
		return "over_allocated";
	case PAYMENT_UNDER_ALLOCATED:
		return "under_allocated";
	case PAYMENT_ABOVE_DECIDED:
		return "above_decided";
	case PAYMENT_OUTSIDE_DECISIONS:
		return "outside_decisions";
	}
	return "";
}

static void finding_kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_text(r, col, finding_key(*(const enum payment_finding_kind *)at), NULL);
}

/* A text, or nothing when it is empty; an id, or nothing when it is 0. */
static void text_or_none(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	if (*(const char *)at)
		doc_cell_text(r, col, at, NULL);
}

static void id_or_none(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	if (*(const int64_t *)at)
		doc_cell_int(r, col, *(const int64_t *)at);
}

static const struct doc_col finding_cols[] = {
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT,
	  DOC_GET(finding_kind_cell, struct payment_finding, kind) },
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, DOC_AT(struct payment_finding, year) },
	{ .key = "account", .title = "Konto", .kind = DOC_KIND_TEXT,
	  DOC_GET(text_or_none, struct payment_finding, account) },
	{ .key = "intervention_id", .title = "Insats", .kind = DOC_KIND_INT,
	  DOC_GET(id_or_none, struct payment_finding, intervention_id) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR,
	  DOC_AT(struct payment_finding, amount) },
	{ .key = "interventions", .title = "Insatser", .kind = DOC_KIND_TEXT, DOC_AT(struct payment_finding, who) },
};

void doc_commitments_findings(struct doc *d, const struct intervention *iv, size_t n,
			      const struct payment_finding *f, size_t n_f)
{
	struct doc_table *t;
	struct buf people;
	size_t i;

	if (!d)
		return;
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "payment_findings", NULL, finding_cols, DOC_N(finding_cols),
			   DOC_FOR_PROGRAMS);
	doc_records(t, f, n_f, sizeof(f[0]));
	buf_init(&people);
	for (i = 0; i < n_f; i++) {
		char kr[32];

		money_format(kr, sizeof(kr), f[i].amount, MONEY_STYLE_KR);
		if (f[i].kind == PAYMENT_ABOVE_DECIDED)
			buf_addf(&people, "%s%s har fått %s kr mer än beslutat.", people.len ? "\n" : "",
				 intervention_name(iv, n, f[i].intervention_id), kr);
		else if (f[i].kind == PAYMENT_OUTSIDE_DECISIONS)
			buf_addf(&people, "%s%s: %s kr bokfört %d, utanför beslutens år, räknas inte som utbetalt.",
				 people.len ? "\n" : "", f[i].who, kr, f[i].year);
		else if (f[i].kind == PAYMENT_OVER_ALLOCATED)
			buf_addf(&people, "%s%d, konto %s: fördelningarna (%s) ger ut %s kr mer än det bokförda.",
				 people.len ? "\n" : "", f[i].year, f[i].account, f[i].who, kr);
		else
			buf_addf(&people, "%s%d, konto %s: %s kr kan inte räknas till en enda insats (%s).",
				 people.len ? "\n" : "", f[i].year, f[i].account, kr, f[i].who);
	}
	if (people.len) {
		buf_adds(&people, "\nSe 'finsam check'.");
		doc_paragraph_add(d, NULL, people.s);
	}
	buf_release(&people);
}

/* A year, or nothing for every year. */
static void year_or_none(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	if (*(const int *)at)
		doc_cell_int(r, col, *(const int *)at);
}

/* "33,33 %" for people, "33.33" for programs; nothing for an amount. */
static void share_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int64_t share = *(const int64_t *)at;
	char text[48], value[32];

	if (!share)
		return;
	ratio_format(value, sizeof(value), share, 100, share % 100 ? 2 : 0);
	snprintf(text, sizeof(text), "%s %%", value);
	for (char *p = text; *p; p++)
		if (*p == '.')
			*p = ',';
	doc_cell_text(r, col, text, value);
}

/* The amount of an allocation that is not a share. */
static void amount_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct allocation *al = at;

	if (!al->share)
		doc_cell_money(r, col, al->amount);
}

static const struct doc_col allocation_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct allocation, id) },
	{ .key = "intervention", .title = "Insats", .kind = DOC_KIND_TEXT,
	  DOC_GET(doc_get_insats_name, struct allocation, intervention_id) },
	{ .key = "accounts", .title = "Konton", .kind = DOC_KIND_TEXT, DOC_AT(struct allocation, accounts) },
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, DOC_GET(year_or_none, struct allocation, year) },
	{ .key = "share", .title = "Andel", .kind = DOC_KIND_TEXT, .in = DOC_IN_PERCENT,
	  DOC_GET(share_cell, struct allocation, share) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .get = amount_cell },
	{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, DOC_AT(struct allocation, note) },
};

struct doc *doc_allocations(const struct association *a, const struct intervention *iv, size_t n_iv,
			    const struct allocation *al, size_t n_al)
{
	struct doc_insatser names = { iv, n_iv };
	struct doc *d = doc_new("Fördelning av gemensamma konton mellan insatser");
	struct doc_table *t;

	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "allocations", NULL, allocation_cols,
			   DOC_N(allocation_cols), n_al ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS);
	doc_table_context(t, &names);
	doc_records(t, al, n_al, sizeof(al[0]));
	if (n_al == 0)
		doc_paragraph_add(d, NULL, "Inga konton är fördelade mellan insatser.");
	return d;
}
