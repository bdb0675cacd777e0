/*
 * board.c: the board roles' words.
 */
#include "base/text.h"
#include "model/board.h"

static const struct {
	const char *key, *label, *alias;
} roles[BOARD_ROLE__MAX] = {
	{ "chair", "ordförande", "ordförande" },
	{ "vice_chair", "vice ordförande", "vice-ordförande" },
	{ "member", "ledamot", "ordinarie" },
	{ "deputy", "ersättare", "ersättare" },
};

const char *board_role_key(enum board_role r)
{
	return r < BOARD_ROLE__MAX ? roles[r].key : "";
}

const char *board_role_label(enum board_role r)
{
	return r < BOARD_ROLE__MAX ? roles[r].label : "";
}

int board_role_parse(const char *s, enum board_role *out)
{
	int i;

	for (i = 0; s && i < BOARD_ROLE__MAX; i++) {
		if (text_equal_nocase(s, roles[i].key) || text_equal_nocase(s, roles[i].label) ||
		    text_equal_nocase(s, roles[i].alias)) {
			*out = (enum board_role)i;
			return 0;
		}
	}
	return -1;
}
