/*
 * app_int.h: what the use-case files share, seen only by the files of app/.
 */
#ifndef FINSAM_APP_APP_INT_H
#define FINSAM_APP_APP_INT_H

#include "model/books.h"
#include "model/budget.h"
#include "model/interim.h"
#include "model/intervention.h"
#include "model/operating.h"

struct err;
struct store;

/* The association, or an empty one when the database has none yet. */
int app_load_association(struct store *st, struct association *a, struct err *err);

/* The year's budget (version 0: the current), with a message a person can
 * act on when there is none. The caller releases b. */
int app_load_budget(struct store *st, int year, int version, struct budget *b, struct err *err);

/* 1 when s is an account list such as "4010-4019,4030" (or empty). */
int app_accounts_valid(const char *s);

/* Booked sums per account and object list. */
struct sums {
	struct account_sum *a;
	size_t n, cap;
};

/* Appends the year's result per income-statement account (and object list,
 * when the year has transactions) to out. */
int app_year_sums(struct store *st, const struct fiscal_year *fy, struct sums *out,
		  struct err *err);

/* Who makes a change through st, for the audit log: the user app_as
 * named (the web's logged-in user), else the login name, or "okänd". */
const char *app_actor(struct store *st);

/* Finds an intervention by id ("3") or name, with a message naming
 * 'finsam insats list' when there is none. */
int app_find_insats(struct store *st, const char *which, struct intervention *iv, struct err *err);

/* The driftredovisning of a year in unit (1, MONEY_KR, MONEY_TKR), from
 * its budget and books; the caller releases op. */
int app_operating(struct store *st, int year, int64_t unit, struct operating *op, int *budget_version,
		  struct err *err);

/* The commitments of interventions iv[0..n) at the end of `year` (decided
 * by then, paid by then from the books), into out[0..n). */
int app_commitments(struct store *st, int year, const struct intervention *iv, size_t n, struct commitment *out,
		    struct err *err);

/* Copies src (NULL: "") into dst of n bytes, or fails naming `what` when
 * it is too long. */
int app_copy_field(char *dst, size_t n, const char *src, const char *what, struct err *err);

struct pstats;
/* The participant statistics of `year` for an intervention (0: all), the
 * anonymous included, unprotected, as the register stood at *until (NULL:
 * the year's end): an enrolment after it is left out, an exit after it is
 * no exit yet. The caller protects what it shows. */
int app_year_pstats(struct store *st, int year, int64_t intervention_id, const struct date *until,
		    struct pstats *s, struct err *err);

/* Fails with a message naming `what` (such as "beslutet") and the date
 * the board adopted the year's annual report when `year` is closed; 0
 * when it is open. Every use case that adds, changes or removes something
 * a year's documents use asks this first, for each year it touches. */
int app_year_check_open(struct store *st, int year, const char *what, struct err *err);

/* Fails, naming `what` (such as "inställningen min-cell") and every
 * closed year with its adoption date, when any year is closed; 0 when
 * none is. For changes that reach every year's documents at once. */
int app_closed_years_refuse(struct store *st, const char *what, struct err *err);

/* Fails, listing the accounts that would move, when going from map
 * `before` to `after` would move an account with an amount in a year
 * whose figures a closed year's annual report shows (its own year, the
 * previous year's column, the five-year overview); 0 otherwise. */
int app_map_check_closed(struct store *st, const struct account_map *before, const struct account_map *after,
			 struct err *err);

/* The audit log of a change of any record. action is what was done in
 * Swedish ("ändra beslut", "ta bort beslut"); record names the record by
 * kind and id ("decision 12"); code is the participant's when the record
 * is theirs (else NULL); before and after are the record's values as JSON
 * objects (NULL where there is none: before an addition, after a
 * removal). The caller is inside the change's transaction, so the change
 * and its log line are stored together or not at all. */
struct json_t;
int app_audit_change(struct store *st, const char *action, const char *record, const char *code,
		     const struct json_t *before, const struct json_t *after, struct err *err);

#endif
