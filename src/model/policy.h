/*
 * policy.h: the förbund's governing documents (styrdokument): the
 * förbundsordning, the board's arbetsordning, the delegeringsordning and
 * the others, each with the day the board adopted it, its revisions and
 * the day by which it must be revised again. Pure data and computation.
 */
#ifndef FINSAM_MODEL_POLICY_H
#define FINSAM_MODEL_POLICY_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

enum policy_kind {
	POLICY_CHARTER,          /* förbundsordning */
	POLICY_PROCEDURE,        /* arbetsordning */
	POLICY_DELEGATION,       /* delegeringsordning */
	POLICY_ATTESTATION,      /* attestordning */
	POLICY_RECORDS,          /* dokumenthanteringsplan */
	POLICY_INTERNAL_CONTROL, /* internkontrollplan */
	POLICY_RISK,             /* risk- och väsentlighetsanalys */
	POLICY_OTHER,            /* övrigt */
	POLICY_KIND__MAX
};

/* "charter", "procedure", "delegation", "attestation", "records",
 * "internal_control", "risk", "other" (the JSON's words) and the Swedish
 * names ("Förbundsordning", ...). parse takes either, in any case. */
const char *policy_kind_key(enum policy_kind k);
const char *policy_kind_label(enum policy_kind k);
int policy_kind_parse(const char *s, enum policy_kind *out);

#define POLICY_NAME_MAX 200
#define POLICY_NOTE_MAX 500

/* A revision: the day the board adopted the revised document and the day
 * by which it must be revised again (not set: none). */
struct policy_revision {
	int64_t id, policy_id;
	struct date date, revise_by;
	char note[POLICY_NOTE_MAX];
};

struct policy {
	int64_t id;
	char name[POLICY_NAME_MAX];
	enum policy_kind kind;
	struct date adopted;     /* the first adoption */
	struct date revise_by;   /* set at the first adoption (not set: none) */
	char note[POLICY_NOTE_MAX];
	/* From the revisions (policy_summarise): */
	struct date last_revised; /* the latest revision's day; not set: none */
	struct date due;          /* the revise-by date in force */
	int revisions;
};

/* Sets p's last_revised, due and revisions from its revisions r[0..n)
 * (any order; those of other documents are passed over). */
void policy_summarise(struct policy *p, const struct policy_revision *r, size_t n);

/* p as it stood at the end of `day`: only the revisions r[0..n) dated on
 * or before it counted (policy_summarise). 0 when p was not yet adopted
 * that day (*out untouched), else 1. */
int policy_at(const struct policy *p, const struct policy_revision *r, size_t n, struct date day,
	      struct policy *out);

/* 1 when p's revise-by date in force (p->due) lies before today. */
int policy_overdue(const struct policy *p, struct date today);

/* The check of the documents p[0..n) (their revisions among r[0..nr)) on
 * `day`: each one adopted by then whose revise-by date in force then lies
 * before it gets a line in d saying so in Swedish, with the date, the
 * latest adoption and how to record a revision. Returns how many. */
struct buf;
long policy_findings(const struct policy *p, size_t n, const struct policy_revision *r, size_t nr, struct date day,
		     struct buf *d);

#endif
