/*
 * notes.h: the figures of the annual report's notes that the statements
 * do not already hold, computed from the year's books: the costs by kind
 * (contributions to interventions, staff, other) and the movement of the
 * pension provision over the year (the accounts of a balance-sheet line
 * one by one are statements_line_accounts). Each adds up to the statement line it
 * explains. Pure computation.
 */
#ifndef FINSAM_MODEL_NOTES_H
#define FINSAM_MODEL_NOTES_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "model/books.h"
#include "model/intervention.h"
#include "model/statements.h"

struct check_report;

struct err;

/* The kinds of verksamhetens kostnader the note shows. */
enum cost_kind { COST_INTERVENTIONS, COST_STAFF, COST_OTHER, COST__MAX };

/* "interventions", "staff", "other" and "Bidrag till insatser",
 * "Personalkostnader", "Övriga kostnader". */
const char *cost_kind_key(enum cost_kind k);
const char *cost_kind_label(enum cost_kind k);

/* BAS's personnel costs, staff unless the map says otherwise. */
#define COST_STAFF_FROM 7000
#define COST_STAFF_TO 7699

/* The kind of an account of verksamhetens kostnader on line l (from the
 * account map): the line's own kind when the map places it on
 * expenses_interventions or expenses_staff; else a contribution to
 * interventions when an intervention of iv is paid on it (its accounts);
 * else staff in BAS 7000–7699; else other (depreciation too). */
enum cost_kind cost_kind_of(const char *account, enum stmt_line l, const struct intervention *iv, size_t n_iv);

/* The year's costs by kind, negative as the income statement prints them:
 * out[k] for each kind, summing to its verksamhetens kostnader. -1 with a
 * message when a sum overflows. */
int costs_by_kind(const struct year_books *b, const struct account_map *m, const struct intervention *iv,
		  size_t n_iv, int64_t out[COST__MAX], struct err *err);

/* The pension provision (the line provisions) over the year, each as the
 * note shows it: the opening, what was added (the credits of the year),
 * what was paid out (the debits), any other change (a closing balance
 * the transactions do not explain), and the closing, which is the balance
 * sheet's provisions: opening + added − paid + other = closing. */
struct provision_note {
	int64_t opening, added, paid, other, closing;
};
int provision_movement(const struct year_books *b, const struct account_map *m, struct provision_note *out,
		       struct err *err);

/* A member's part of the year's verksamhetens intäkter (Not 2): the
 * revenue split by the members' keys as the grant is (budget_split_grant:
 * 50 % the state, 25 % the region, 25 % the municipalities by key). */
struct member_revenue {
	int64_t member_id;
	char name[128];
	const char *kind;         /* member_kind_key: "state", "region", "municipality" */
	int64_t amount;           /* öre */
};

/* "state", "region", "municipality". */
const char *member_kind_key(enum member_kind k);

/* Splits revenue (öre, not negative) between the n members m into out[n],
 * in the members' order, so that the parts add up to revenue exactly.
 * -1 with a message when the members cannot share it (a kind without a
 * member, a key that is not positive) or revenue is negative. */
int revenue_by_member(int64_t revenue, const struct member *m, size_t n, struct member_revenue *out,
		      struct err *err);

/* The figures of a year's notes beside its statements. */
struct year_notes {
	int year;
	struct member_revenue *revenue; /* n_revenue of them; NULL when the
					   revenue is not split (has_revenue 0) */
	size_t n_revenue;
	int has_revenue;          /* the revenue is split between the members */
	char why_not[ERR_MSG_MAX + 64]; /* when it is not: why (Swedish), "" when
				     there are no members */
	int64_t costs[COST__MAX]; /* costs_by_kind */
	struct provision_note provisions;
};
void year_notes_release(struct year_notes *n);

/* Rounds the notes n in place to multiples of unit (MONEY_KR, MONEY_TKR)
 * so that each note adds up to its line of s, the statements rounded to
 * the same unit (statements_round): the members' parts to the revenue,
 * the kinds of cost to the costs, and the provision's movement to the
 * balance sheet's provisions (opening + added − paid + other = closing). */
void year_notes_round(struct year_notes *n, const struct statements *s, int64_t unit);

/* Appends to r the checks that the notes agree with the statements s of
 * the same year: "notes_revenue" (the members' parts sum to the revenue;
 * skipped when it is not split), "notes_costs" (the kinds of cost sum to
 * the costs) and "notes_provisions" (the movement adds up and ends at the
 * balance sheet's provisions). */
void check_notes(struct check_report *r, const struct statements *s, const struct year_notes *n);

#endif
