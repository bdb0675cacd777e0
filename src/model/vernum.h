/*
 * vernum.h: the verification numbers of one year, by series, for the rule
 * that a series uses a number once a year. Series and numbers are text, as
 * the SIE file has them ("7" and "07" are two numbers). Most books number
 * each series 1, 2, 3 ... so a number written plainly in decimal is kept
 * as the line it was read on in an array per series indexed by the number
 * (4 bytes a verification, and nothing to copy as it grows); a number the
 * array cannot take without growing far beyond what the series has (the
 * first of 1 and 1000000000, one below the series' first, "07", "12a")
 * goes into a hash table of the whole text instead, as do the numbers of
 * series after the first VERNUM_SERIES_DENSE. An addition looks in both.
 */
#ifndef FINSAM_MODEL_VERNUM_H
#define FINSAM_MODEL_VERNUM_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Series that get an array of their own; the rest are hashed. */
#define VERNUM_SERIES_DENSE 64

struct vernum_series {
	char *name;          /* owned */
	uint32_t base;       /* the number of lines[0] */
	uint32_t *lines;     /* the line of number base + i, 0 for none yet */
	size_t len;          /* lines[0..len) are set, the rest of cap is not */
	size_t cap;
	size_t n;            /* numbers kept in lines */
};

struct vernum_slot {
	uint32_t hash;
	uint32_t off;        /* of the key in keys, 0 for an empty slot */
	uint32_t line;
};

struct vernum_set {
	struct vernum_series series[VERNUM_SERIES_DENSE];
	size_t nseries;
	size_t last;                /* the series of the last addition */
	struct vernum_slot *slots;  /* the hashed keys: "series", 0x1f, "number" */
	size_t cap, n;
	struct buf keys;
};

void vernum_set_init(struct vernum_set *s);
/* Frees what the set holds; the set may be initialised again. */
void vernum_set_release(struct vernum_set *s);
/* Adds series and number (NUL-terminated, compared as text) read on line
 * (1 or more). Returns 0 when the series had no such number yet, else the
 * line of the verification that has it (and adds nothing). */
long vernum_set_add(struct vernum_set *s, const char *series, const char *number, long line);

#endif
