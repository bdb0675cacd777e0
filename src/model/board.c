/*
 * board.c: the board roles' words, and the members paired with their
 * deputies for the signature page.
 */
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/xmalloc.h"
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

size_t board_pairs(const struct board_member *b, size_t n, struct board_pair *out)
{
	unsigned char *used = xcalloc(n ? n : 1, 1);
	size_t i, k, m = 0;

	for (i = 0; i < n; i++) {
		if (b[i].role == BOARD_DEPUTY)
			continue;
		out[m].member = &b[i];
		out[m].deputy = NULL;
		for (k = 0; k < n && b[i].appointed_by[0]; k++) {
			if (b[k].role == BOARD_DEPUTY && !used[k] && strcmp(b[k].appointed_by, b[i].appointed_by) == 0) {
				used[k] = 1;
				out[m].deputy = &b[k];
				break;
			}
		}
		m++;
	}
	for (k = 0; k < n; k++) {
		if (b[k].role != BOARD_DEPUTY || used[k])
			continue;
		out[m].member = NULL;
		out[m++].deputy = &b[k];
	}
	free(used);
	return m;
}
