/*
 * protect.h: small-cell protection of counts of people, for anything that
 * leaves the förbund's own administrators. A count of 1 to threshold−1 is
 * hidden as small ("<5"); then, wherever a total and the parts that add
 * up to it have exactly one hidden cell among them, one more is hidden
 * (complementary suppression), until no hidden count can be worked out
 * from a sum. The participant statistics (pstats.h), the surveys and the
 * national follow-up use it. Pure computation.
 */
#ifndef FINSAM_MODEL_PROTECT_H
#define FINSAM_MODEL_PROTECT_H

#include <stddef.h>
#include <stdint.h>

enum pstats_mark { CELL_SHOWN = 0, CELL_SMALL = 1, CELL_SECONDARY = 2 };

/* A count and whether it is shown. */
struct pcell {
	int64_t n;
	enum pstats_mark mark;
};

/* Marks c small when it counts 1 to threshold−1 people (0 is shown). */
void pcell_mark_small(struct pcell *c, int threshold);
/* Whether c is hidden, small or secondary. */
int pcell_hidden(const struct pcell *c);

/* One relation total = parts[0] + ... + parts[n−1]: when exactly one of
 * them, the total included, is hidden, hides one more: the smallest shown
 * part that is not zero (a zero tells little), else the total, else a zero
 * part. Returns 1 when it hid one, 0 when the relation gives nothing away
 * (or has no other cell to hide). */
int pcell_fix_sum(struct pcell *total, struct pcell *const *parts, size_t n);

/* A sum across the columns of one row of a grid: column `total` is the
 * sum of the columns parts[0..n). */
#define PROTECT_SUM_PARTS 8
struct protect_sum {
	size_t total;
	size_t parts[PROTECT_SUM_PARTS];
	size_t n;
};

/* Protects a table of counts: cells holds n_rows × n_cols cells, row by
 * row. Within every row, each of sums[0..n_sums) holds (a total column
 * and its part columns); with total_row set, the last row is the sum of
 * the rows above it, column by column. The rows may be anything whose
 * counts add up in the last one (interventions of a förbund, or many
 * förbund), so the same call serves a national table. Marks small cells
 * (pcell_mark_small), then hides others with pcell_fix_sum over every
 * row's sums and every column until no relation has exactly one hidden
 * cell. Cells already hidden when called stay hidden. */
void protect_grid(struct pcell *cells, size_t n_rows, size_t n_cols, int total_row, const struct protect_sum *sums,
		  size_t n_sums, int threshold);

#endif
