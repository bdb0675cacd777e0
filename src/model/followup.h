/*
 * followup.h: the national follow-up of one förbund and year (Försäkringskassan's
 * Uppföljning Finsam): participants by sex per intervention (enrolled, new,
 * exited, anonymous), each intervention's budget and outcome, and the sums
 * of both tables. The counts are protected with protect_grid: within a row
 * women + men = total, and the total row is the sum of the rows above it.
 * Pure computation.
 */
#ifndef FINSAM_MODEL_FOLLOWUP_H
#define FINSAM_MODEL_FOLLOWUP_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "model/budget.h"
#include "model/intervention.h"
#include "model/notes.h"
#include "model/protect.h"
#include "model/pstats.h"
#include "model/statements.h"

struct err;

/* The columns of a participants row: per measure women, men, total. */
enum followup_col {
	FU_ENROLLED_WOMEN, FU_ENROLLED_MEN, FU_ENROLLED,
	FU_NEW_WOMEN, FU_NEW_MEN, FU_NEW,
	FU_EXITED_WOMEN, FU_EXITED_MEN, FU_EXITED,
	FU_ANONYMOUS_WOMEN, FU_ANONYMOUS_MEN, FU_ANONYMOUS,
	FU_COLS
};

/* One intervention's participants of the year (or the total row). */
struct followup_people {
	int64_t intervention_id;  /* 0 for the total row */
	char name[200];
	struct pcell c[FU_COLS];
};

/* The row of one intervention from its statistics s (not protected). */
void followup_people_from(const struct pstats *s, const struct intervention *iv, struct followup_people *out);
/* rows[n] becomes the sum of rows[0..n), column by column, named "Summa". */
void followup_people_total(struct followup_people *rows, size_t n);
/* Protects rows[0..n] (the last the total of the others) as a grid:
 * every count of 1 to threshold−1 is small ("<5"), and each line (a
 * measure's women, men and total; a column and its total) with exactly
 * one hidden count gets one more hidden. */
void followup_people_protect(struct followup_people *rows, size_t n, int threshold);

/* One intervention's money of the year, öre (costs as positive amounts). */
struct followup_money {
	int64_t intervention_id;  /* 0 for the total row */
	char name[200];
	int64_t budget;           /* the year's budget for it */
	int has_budget;           /* a budget line names it */
	int64_t outcome;          /* paid in the year */
};

/* The year's budget of intervention iv in b: the sum of b's cost lines
 * named as iv or, when both have objects, with iv's objects. Sets *found
 * when a line matched. -1 with a message on overflow. */
int followup_budget_of(const struct budget *b, const struct intervention *iv, int64_t *out, int *found,
		       struct err *err);
/* rows[n] becomes the sum of rows[0..n), named "Summa"; has_budget when
 * any row has one. -1 with a message on overflow. */
int followup_money_total(struct followup_money *rows, size_t n, struct err *err);

/* The whole follow-up of a year: rows of people and money with their
 * total rows at [n_people] and [n_money], the members' grants (the
 * annual report's note "Intäkter per medlem") and the equity rule. */
struct followup {
	int year;
	struct followup_people *people;   /* n_people + 1 */
	size_t n_people;
	struct followup_money *money;     /* n_money + 1 */
	size_t n_money;
	struct member_revenue *grants;    /* n_grants */
	size_t n_grants;
	int has_grants;                   /* the revenue is split between the members */
	int64_t grants_total;
	char why_no_grants[ERR_MSG_MAX + 64];
	struct equity_rule equity;        /* equity at the year's end / the year's grant */
};
void followup_release(struct followup *f);

/* Rounds the amounts of f to multiples of unit (MONEY_KR, MONEY_TKR) so
 * that each table adds up to its rounded total (round_parts); the equity
 * and the grant each on their own, the share left as computed. */
void followup_round(struct followup *f, int64_t unit);

/* The follow-up over many förbund of a host (report followup --all): one
 * row per förbund, its participants the total row of its own follow-up
 * (unprotected, then protected as one grid over the förbund: a hidden
 * cell cannot be worked out from the host's sums), its budget, outcome,
 * grants and equity; rows[n] the sums. */
struct followup_forbund {
	char forbund[48];                 /* its name on the host; "" on the sum row */
	struct followup_people people;    /* name: the association's */
	int64_t budget, outcome, grants, equity, grant;
	int has_grants;
	struct equity_rule rule;          /* equity / grant */
};
struct followup_host {
	int year;
	int threshold;                    /* the largest of the förbund's */
	struct followup_forbund *rows;    /* n + 1 */
	size_t n;
	struct buf without;               /* the förbund without the year's books, "a, b" */
};
/* The row of a förbund named name (the association's name title) from
 * its follow-up f, before f is protected. */
void followup_forbund_from(const struct followup *f, const char *name, const char *title,
			   struct followup_forbund *out);
/* h->rows[h->n] becomes the sum of the rows (equity over grant of the
 * sums); -1 with a message on overflow. */
int followup_host_total(struct followup_host *h, struct err *err);
/* Protects the participants of h's rows and sum as one grid. */
void followup_host_protect(struct followup_host *h);
/* Rounds h's amounts to unit so that each column adds up to its sum. */
void followup_host_round(struct followup_host *h, int64_t unit);

#endif
