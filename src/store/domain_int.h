/*
 * domain_int.h: what the store's domain files share with one another, a
 * row's reading that more than one of them needs, kept in the file of its
 * domain. Nothing outside src/store/ includes this header.
 */
#ifndef FINSAM_STORE_DOMAIN_INT_H
#define FINSAM_STORE_DOMAIN_INT_H

#include <stdint.h>

#include "store/store.h"

struct stmt;

/* A caller's callback with its context, for the row functions that the
 * reads handing each row to a callback run through q_each (books.c,
 * books_search.c, payments.c); rows counts the rows handed on. */
struct each_call {
	void *ctx;
	union {
		store_account_fn account;
		store_dimension_fn dimension;
		store_object_fn object;
		store_balance_fn balance;
		store_sum_fn sum;
		store_ver_hit_fn ver_hit;
		store_trans_fn trans;
		store_account_ver_fn account_ver;
	} fn;
	int64_t rows;
};

/* A board member (struct board_member) from the columns id, year, name,
 * role, appointed_by (board.c). */
void fill_board(struct stmt *s, void *row);

/* The years and books kept while store_keep is on (kept.c). kept_*_get
 * give 1 with a copy in *out (the caller releases the books) when the
 * thing was read before, 0 when it must be read; kept_*_put keep a copy of
 * what was read (nothing while nothing is kept, or in a transaction). */
int kept_books_get(struct store *st, int64_t year_id, struct year_books *out);
void kept_books_put(struct store *st, const struct year_books *b);
int kept_year_get(struct store *st, int label, struct fiscal_year *out, int *rc);
void kept_year_put(struct store *st, int label, int rc, const struct fiscal_year *fy);
int kept_budget_latest_get(struct store *st, int year, int *version);
void kept_budget_latest_put(struct store *st, int year, int version);
/* A budget of a year and version (not 0), with its lines. */
int kept_budget_get(struct store *st, int year, int version, struct budget *out);
void kept_budget_put(struct store *st, const struct budget *b);
/* The map's ranges added to out. */
int kept_map_get(struct store *st, struct account_map *out);
void kept_map_put(struct store *st, const struct account_map *m);
/* Forgets what is kept (store_keep stays on). */
void kept_drop(struct store *st);

#endif
