/*
 * check_records.h: the checks of finsam's own records beside the books':
 * the participant statistics (nobody exits who was not enrolled, nobody
 * exits before enrolling), the interim report's opening equity against the
 * books, and accounts with an amount that the account map sends to no line
 * of the statements. Pure computation; each function writes what it finds
 * as Swedish text with the figures into a buffer and says how many
 * findings there were, so the caller can add it to a check report with
 * check_add.
 */
#ifndef FINSAM_MODEL_CHECK_RECORDS_H
#define FINSAM_MODEL_CHECK_RECORDS_H

#include <stddef.h>
#include <stdint.h>

#include "model/books.h"
#include "model/participant.h"
#include "model/pstats.h"

struct buf;
struct err;

/* Findings listed in one detail at most; the count covers them all. */
#define CHECK_RECORDS_LISTED 10

/* The year's statistics s of one group of participants (`group`, such as
 * "alla insatser" or an intervention's name): in every breakdown the
 * statistics show (all, 16–29, 30 and over, each age band) and for each sex,
 * no more exited than enrolled, no more new than enrolled and no more
 * exited to work or studies than exited. Appends one line per finding to d
 * (up to *listed in all: *listed counts the lines written) and returns how
 * many findings there were. */
long check_pstats_exits(const struct pstats *s, const char *group, struct buf *d, long *listed);

/* The enrolments e[0..n) whose exit, dated in `year` or whose enrolment is
 * dated in `year`, lies before their enrolment. code and insats name the
 * participant and the intervention of an enrolment for the text (either
 * may be NULL, and may return NULL). Appends one line per finding (up to
 * *listed as above) and returns how many there were. */
long check_exit_order(const struct enrolment *e, size_t n, int year,
		      const char *(*code)(void *ctx, int64_t participant_id),
		      const char *(*insats)(void *ctx, int64_t intervention_id), void *ctx, struct buf *d,
		      long *listed);

/* An account with an amount that no line of the statements shows. */
struct unmapped_account {
	char number[ACCOUNT_MAX];
	int year;                 /* the fiscal year's label */
	int is_result;            /* an income statement account (class 3–8, or
				     a class 9 account with a result) */
	int64_t opening, closing; /* öre, a balance account's */
	int64_t result;           /* öre, a result account's */
};

/* Appends to *out (growing it; *n its length, *cap its room) every account
 * of b with an opening or closing balance or a result other than zero that
 * map sends to no line (LINE_NONE). The closing entry's line (8999, result
 * transfer) is a line and is not reported. -1 with a message on overflow. */
int check_unmapped_accounts(const struct year_books *b, const struct account_map *map,
			    struct unmapped_account **out, size_t *n, size_t *cap, struct err *err);

/* Appends the text of the unmapped accounts u[0..n) to d: the account,
 * its name (name may be NULL or return NULL), the year and the amount,
 * and how to place it with `finsam accounts map`. */
void check_unmapped_describe(const struct unmapped_account *u, size_t n,
			     const char *(*name)(void *ctx, const char *number), void *ctx, struct buf *d);

/* The interim report's equity at the start of `year` against the books':
 * the closing equity of the year before (when has_prev_closing) and the
 * year's own opening equity (when has_opening). Appends a line per
 * difference to d and returns how many there were. */
int check_interim_equity(int year, int64_t interim_equity, int has_prev_closing, int64_t prev_closing,
			 int has_opening, int64_t opening, struct buf *d);

#endif
