/*
 * check.h: the consistency checks that make the published figures hold
 * together: the balance sheet balances, the result equals the change in
 * equity, the cash flow ends in the change of cash and bank, last year's
 * closing balances are this year's opening balances, every verification
 * balances and the transactions sum to the closing balances. Pure
 * computation on loaded books; each failure carries the figures involved.
 */
#ifndef FINSAM_MODEL_CHECK_H
#define FINSAM_MODEL_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "model/books.h"

struct err;

/* A warning is a finding people must see that is no inconsistency (equity
 * above the 20 % goal): it does not count as a failure. */
enum check_status { CHECK_OK, CHECK_FAILED, CHECK_SKIPPED, CHECK_WARNING };

struct check_item {
	const char *id;          /* stable key: "balance_sheet", "result_equity",
				    "cash_flow", "opening_balances",
				    "verifications", "transactions" */
	const char *title;       /* Swedish, e.g. "Balansräkningen balanserar" */
	enum check_status status;
	char *detail;            /* Swedish text with the figures; owned; may be NULL */
};

/* A verification that does not balance, as found in the store. */
struct unbalanced_ver {
	char series[32];
	char number[32];
	struct date date;
	int64_t sum;             /* öre */
};

struct check_input {
	const struct year_books *cur;        /* the year checked */
	const struct year_books *prev;       /* the year before, or NULL */
	const struct account_map *map;
	const struct unbalanced_ver *unbalanced;  /* up to n_unbalanced listed */
	size_t n_unbalanced;
	int64_t total_unbalanced;            /* how many there are in all */
};

struct check_report {
	int year;
	struct check_item *items;
	size_t n, cap;
	int failures;            /* items with CHECK_FAILED */
};

/* Runs every check on in. Returns 0 (whatever the checks found), or -1 with
 * a message when the figures could not be computed (overflow). */
int check_run(const struct check_input *in, struct check_report *out,
	      struct err *err);
void check_report_release(struct check_report *r);
/* How many checks of r have status s. */
size_t check_report_count(const struct check_report *r, enum check_status s);

/* Appends a check of finsam's own figures (the documents, the
 * interventions, the plans) to r, after the books' checks: id a stable key
 * (static), title Swedish (static), detail a Swedish text with the figures
 * (copied; may be NULL). A failure counts in r->failures. */
void check_add(struct check_report *r, const char *id, const char *title, enum check_status status,
	       const char *detail);

#endif
