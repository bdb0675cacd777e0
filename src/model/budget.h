/*
 * budget.h: a year's budget as the business plan lays it out: the grant
 * (split automatically into the members' contributions), other revenue,
 * the equity at disposal, and cost lines in groups; the totals and the
 * forecast equity. Pure computation.
 *
 * Amounts are öre. Revenue and equity lines carry their sign (a revenue
 * line may be negative); cost lines carry the cost as a positive amount,
 * and the totals give costs negative, as the plans print them.
 */
#ifndef FINSAM_MODEL_BUDGET_H
#define FINSAM_MODEL_BUDGET_H

#include <stddef.h>
#include <stdint.h>

#include "model/books.h"

struct err;

enum budget_kind {
	BUDGET_GRANT,      /* the members' grant, "Parternas insats" */
	BUDGET_REVENUE,    /* other revenue (e.g. from Skatteverket) */
	BUDGET_EQUITY,     /* equity at disposal at the start of the year */
	BUDGET_COST
};

/* "grant", "revenue", "equity", "cost". */
const char *budget_kind_key(enum budget_kind k);
int budget_kind_parse(const char *key, enum budget_kind *out);

struct budget_line {
	enum budget_kind kind;
	char *group;       /* cost group, e.g. "Kansli-/administrativa kostnader"; "" for none */
	char *name;
	int64_t amount;
	char *accounts;    /* "4010-4019,4030", or "" */
	char *objects;     /* SIE objects as dimension:code, "6:1,6:2", or "" */
};

struct budget {
	int year;
	int version;       /* 1 = decided; higher = revisions; the highest is current */
	char *label;       /* e.g. "Beslutad 2021-11-18" */
	struct budget_line *lines;
	size_t n, cap;
};

void budget_init(struct budget *b, int year);
void budget_release(struct budget *b);
/* Adds a line; the strings are copied (NULL as ""). */
void budget_add(struct budget *b, enum budget_kind kind, const char *group,
		const char *name, int64_t amount, const char *accounts);

/* Sets the objects of a line ("6:1,6:2": dimension 6, objects 1 and 2). */
void budget_line_objects(struct budget_line *l, const char *objects);
/* Checks an object list: -1 when it is not "dim:code" pairs. */
int budget_objects_valid(const char *objects);

/* One member's contribution to the grant. */
struct contribution {
	const struct member *member;
	int64_t amount;
};

/* Splits grant between members: 50 % to the state, 25 % to the region(s)
 * and 25 % to the municipalities, each share divided among the members of
 * that kind by their keys. The largest-remainder method makes the parts
 * add up to the grant exactly, never losing or inventing an öre; ties go to
 * the member listed first. out has n entries in the members' order.
 * Returns 0, or -1 with a message when a kind has no member or the keys
 * are not positive. */
int budget_split_grant(int64_t grant, const struct member *members, size_t n,
		       struct contribution *out, struct err *err);

struct budget_totals {
	int64_t grant;          /* the sum of the grant lines */
	int64_t other_revenue;
	int64_t equity;         /* at disposal at the start */
	int64_t revenue_total;  /* grant + other revenue + equity: "Summa intäkter" */
	int64_t cost_total;     /* negative: "Summa totala kostnader" */
	int64_t forecast_equity;/* revenue_total + cost_total: "Prognos eget kapital" */
};

/* Totals of b; -1 with a message on overflow. */
int budget_totals(const struct budget *b, struct budget_totals *out, struct err *err);

/* The sum of the cost lines in group (positive); -1 on overflow. */
int budget_group_total(const struct budget *b, const char *group, int64_t *out,
		       struct err *err);

/* A cost group of a budget: its name (the group of its first line, not
 * copied), where that line is, and the sum of its lines' amounts (costs
 * positive, as stored). */
struct budget_group {
	const char *name;
	size_t first;
	int64_t total;
};

/* The cost groups of b in the order of their first lines, each with its
 * sum; lines without a group belong to none. *out (NULL when there are
 * none) is the caller's to free. Returns 0, or -1 with a message when a
 * sum does not fit. */
int budget_groups(const struct budget *b, struct budget_group **out, size_t *n, struct err *err);

/* The sum of the contributions of the members of kind k (the state's
 * members print as one row). */
int64_t budget_contributions_of(const struct contribution *parts, size_t n, enum member_kind k);

#endif
