/*
 * payments.h: what each intervention has been paid, counted once, from the
 * books. A booked sum (a year, an account, the SIE objects it carries)
 * belongs to an intervention
 *
 *   a. by its SIE objects: the one intervention whose objects ("6:1") the
 *      sum carries (and whose accounts, when it names any, hold it);
 *   b. by an allocation the förbund entered for the account (a share of
 *      what is booked on it, or an amount of a year), for the sums no
 *      object settles;
 *   c. by its account: the one intervention without objects that names the
 *      account, when no other intervention names it and no allocation
 *      covers it.
 *
 * A sum that several interventions could claim and no allocation divides
 * belongs to none: it is a finding, never counted twice. An intervention
 * counts what it is given only in the years its decisions cover
 * (year_from..year_to of the decisions made by the end of the year
 * computed); what is booked outside them is not its payment, and a
 * finding of its own (a warning: it is left out, not counted). Paid above
 * decided is a finding too (the remaining amount then shows 0). Pure
 * computation: no I/O.
 */
#ifndef FINSAM_MODEL_PAYMENTS_H
#define FINSAM_MODEL_PAYMENTS_H

#include <stddef.h>
#include <stdint.h>

#include "model/interim.h"
#include "model/intervention.h"

struct err;

/* An explicit division of what is booked on an account between the
 * interventions that share it: either a share of the account's sums (of
 * every year, or of `year` only), or an amount of one year. */
struct allocation {
	int64_t id;
	int64_t intervention_id;
	char accounts[128];       /* "4010" or "4010-4019"; one account for an amount */
	int year;                 /* 0: every year (shares only) */
	int64_t share;            /* hundredths of a percent (6000 = 60 %); 0 for an amount */
	int64_t amount;           /* öre in `year`; 0 for a share */
	char note[400];
};

/* Parses "60", "60 %", "33,33" into hundredths of a percent (0 < share
 * ≤ 10000); -1 when it is not such a share. */
int allocation_share_parse(const char *s, int64_t *out);

/* The sums booked in one year (debit positive), per account and objects. */
struct booked_year {
	int year;
	const struct account_sum *sums;
	size_t n;
};

enum payment_finding_kind {
	PAYMENT_UNATTRIBUTED,     /* several interventions follow the account, nothing divides it */
	PAYMENT_OVER_ALLOCATED,   /* the allocations give out more than is booked */
	PAYMENT_UNDER_ALLOCATED,  /* the allocations leave part of the account to no one */
	PAYMENT_ABOVE_DECIDED,    /* an intervention paid more than decided */
	PAYMENT_OUTSIDE_DECISIONS,/* booked for an intervention in a year no decision of it covers:
				     not counted as paid (one finding per intervention and year) */
};

struct payment_finding {
	enum payment_finding_kind kind;
	int year;                 /* the booked year; the year computed for ABOVE_DECIDED */
	char account[ACCOUNT_MAX];/* "" for ABOVE_DECIDED */
	int64_t intervention_id;  /* ABOVE_DECIDED and OUTSIDE_DECISIONS; else 0 */
	int64_t amount;           /* öre: the sum left, given out too much, or paid − decided */
	char who[400];            /* the interventions that follow the account, by name */
};

struct payments {
	struct commitment *c;     /* one per intervention, in the order given */
	size_t n;
	struct payment_finding *findings;
	size_t n_findings, cap;
};

/* Computes, at the end of `year`, each intervention's decided, paid and
 * remaining amounts and the findings, from the booked years (those after
 * `year` are left out). The caller releases out with payments_release.
 * -1 with a message on overflow. */
int payments_compute(const struct intervention *iv, size_t n_iv, const struct decision *d, size_t n_d,
		     const struct allocation *al, size_t n_al, const struct booked_year *books,
		     size_t n_books, int year, struct payments *out, struct err *err);
void payments_release(struct payments *p);

/* Whether a booked sum of `year` (account, objects) is one whose owner the
 * books cannot tell: one the findings' unattributed or allocated amounts
 * are made of. Used to name the verifications behind a finding. */
int payments_is_pooled(const struct intervention *iv, size_t n_iv, const struct allocation *al,
		       size_t n_al, int year, const struct account_sum *s);

/* Whether `year` lies within a decision of the intervention made by the
 * end of `until`. */
int intervention_decided_in(const struct decision *d, size_t n_d, int64_t intervention_id, int year,
			    int until);

#endif
