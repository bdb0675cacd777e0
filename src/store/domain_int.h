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

#endif
