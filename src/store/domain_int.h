/*
 * domain_int.h: what the store's domain files share with one another, a
 * row's reading that more than one of them needs, kept in the file of its
 * domain. Nothing outside src/store/ includes this header.
 */
#ifndef FINSAM_STORE_DOMAIN_INT_H
#define FINSAM_STORE_DOMAIN_INT_H

struct stmt;

/* A board member (struct board_member) from the columns id, year, name,
 * role, appointed_by (board.c). */
void fill_board(struct stmt *s, void *row);

#endif
