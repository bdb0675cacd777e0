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

#include "model/books.h"
#include "model/intervention.h"

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

#endif
