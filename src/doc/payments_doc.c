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

static const char *iv_name(const struct intervention *iv, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (iv[i].id == id)
			return iv[i].name;
	return "";
}

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

void doc_commitments_findings(struct doc *d, const struct intervention *iv, size_t n,
			      const struct payment_finding *f, size_t n_f)
{
	struct doc_table *t;
	struct buf people;
	size_t i;

	if (!d)
		return;
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "payment_findings", NULL, 6);
	t->machine_only = 1;
	doc_column_set(t, 0, "kind", "Slag", 0);
	doc_column_set(t, 1, "year", "År", 0);
	doc_column_set(t, 2, "account", "Konto", 0);
	doc_column_set(t, 3, "intervention_id", "Insats", 0);
	doc_column_set(t, 4, "amount", "Belopp", 0);
	doc_column_set(t, 5, "interventions", "Insatser", 0);
	buf_init(&people);
	for (i = 0; i < n_f; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		char kr[32];

		doc_cell_text(r, 0, finding_key(f[i].kind), NULL);
		doc_cell_int(r, 1, f[i].year);
		if (f[i].account[0])
			doc_cell_text(r, 2, f[i].account, NULL);
		if (f[i].intervention_id)
			doc_cell_int(r, 3, f[i].intervention_id);
		doc_cell_money(r, 4, f[i].amount);
		doc_cell_text(r, 5, f[i].who, NULL);
		money_format(kr, sizeof(kr), f[i].amount, MONEY_STYLE_KR);
		if (f[i].kind == PAYMENT_ABOVE_DECIDED)
			buf_addf(&people, "%s%s har fått %s kr mer än beslutat.", people.len ? "\n" : "",
				 iv_name(iv, n, f[i].intervention_id), kr);
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

struct doc *doc_allocations(const struct association *a, const struct intervention *iv, size_t n_iv,
			    const struct allocation *al, size_t n_al)
{
	struct doc *d = doc_new("Fördelning av gemensamma konton mellan insatser");
	struct doc_table *t;
	size_t i;

	doc_report_titles(d, a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "allocations", NULL, 7);
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "intervention", "Insats", 0);
	doc_column_set(t, 2, "accounts", "Konton", 0);
	doc_column_set(t, 3, "year", "År", 0);
	doc_column_set(t, 4, "share", "Andel", 0);
	doc_column_set(t, 5, "amount", "Belopp", 0);
	doc_column_set(t, 6, "note", "Anteckning", 0);
	for (i = 0; i < n_al; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		char share[48], value[32];

		doc_cell_int(r, 0, al[i].id);
		doc_cell_text(r, 1, iv_name(iv, n_iv, al[i].intervention_id), NULL);
		doc_cell_text(r, 2, al[i].accounts, NULL);
		if (al[i].year)    /* none: every year */
			doc_cell_int(r, 3, al[i].year);
		if (al[i].share) {
			/* "33,33 %" for people, "33.33" for programs. */
			ratio_format(value, sizeof(value), al[i].share, 100, al[i].share % 100 ? 2 : 0);
			snprintf(share, sizeof(share), "%s %%", value);
			for (char *p = share; *p; p++)
				if (*p == '.')
					*p = ',';
			doc_cell_text(r, 4, share, value);
		} else {
			doc_cell_money(r, 5, al[i].amount);
		}
		doc_cell_text(r, 6, al[i].note, NULL);
	}
	if (n_al == 0) {
		t->machine_only = 1;
		doc_paragraph_add(d, NULL, "Inga konton är fördelade mellan insatser.");
	}
	return d;
}
