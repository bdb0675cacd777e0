/*
 * board.h: the board's composition in a year (styrelsens sammansättning):
 * members and deputies, the chair and vice chair, and which member
 * organisation appointed each. Pure data.
 */
#ifndef FINSAM_MODEL_BOARD_H
#define FINSAM_MODEL_BOARD_H

#include <stddef.h>
#include <stdint.h>

enum board_role { BOARD_CHAIR, BOARD_VICE_CHAIR, BOARD_MEMBER, BOARD_DEPUTY, BOARD_ROLE__MAX };

/* "chair" / "ordförande", "vice_chair" / "vice ordförande", "member" /
 * "ledamot" (also "ordinarie"), "deputy" / "ersättare"; parse takes both. */
const char *board_role_key(enum board_role r);
const char *board_role_label(enum board_role r);
int board_role_parse(const char *s, enum board_role *out);

struct board_member {
	int64_t id;
	int year;
	char name[200];
	enum board_role role;
	char appointed_by[200];
};

/* A line of the signature page: an ordinary member (the chair, the vice
 * chair or a member) and the deputy appointed by the same member
 * organisation, or a deputy no member was paired with (member NULL). */
struct board_pair {
	const struct board_member *member, *deputy;
};

/* Pairs the board b (n of them) into out (room for n): each ordinary
 * member in order with the first deputy not yet paired whose appointed_by
 * is the same (and not empty), then the deputies left, one a line. The
 * number of lines. */
size_t board_pairs(const struct board_member *b, size_t n, struct board_pair *out);

#endif
