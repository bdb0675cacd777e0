/*
 * protect.c: small-cell protection: the rule that picks the cell to hide
 * beside one that a sum would give away, and its use over a grid whose
 * rows and columns both add up.
 */
#include <stdlib.h>

#include "base/xmalloc.h"
#include "model/protect.h"

void pcell_mark_small(struct pcell *c, int threshold)
{
	if (c->n >= 1 && c->n < threshold)
		c->mark = CELL_SMALL;
}

int pcell_hidden(const struct pcell *c)
{
	return c->mark != CELL_SHOWN;
}

int pcell_fix_sum(struct pcell *total, struct pcell *const *parts, size_t n)
{
	size_t i, n_hidden = pcell_hidden(total);
	struct pcell *pick = NULL;

	for (i = 0; i < n; i++)
		n_hidden += pcell_hidden(parts[i]);
	if (n_hidden != 1)
		return 0;
	for (i = 0; i < n; i++) {
		struct pcell *c = parts[i];

		if (!pcell_hidden(c) && c->n > 0 && (!pick || c->n < pick->n))
			pick = c;
	}
	if (!pick && !pcell_hidden(total))
		pick = total;
	for (i = 0; !pick && i < n; i++)
		if (!pcell_hidden(parts[i]))
			pick = parts[i];
	if (!pick)
		return 0;   /* a relation of one cell: nothing else to hide */
	pick->mark = CELL_SECONDARY;
	return 1;
}

void protect_grid(struct pcell *cells, size_t n_rows, size_t n_cols, int total_row, const struct protect_sum *sums,
		  size_t n_sums, int threshold)
{
	size_t n_parts = total_row && n_rows ? n_rows - 1 : 0;
	struct pcell **col = xcalloc(n_parts ? n_parts : 1, sizeof(*col));
	size_t r, c, s, i;
	int changed;

	for (i = 0; i < n_rows * n_cols; i++)
		pcell_mark_small(&cells[i], threshold);
	do {
		changed = 0;
		for (r = 0; r < n_rows; r++) {
			struct pcell *row = cells + r * n_cols;

			for (s = 0; s < n_sums; s++) {
				struct pcell *parts[PROTECT_SUM_PARTS];
				size_t n = sums[s].n < PROTECT_SUM_PARTS ? sums[s].n : PROTECT_SUM_PARTS;

				for (i = 0; i < n; i++)
					parts[i] = &row[sums[s].parts[i]];
				changed |= pcell_fix_sum(&row[sums[s].total], parts, n);
			}
		}
		for (c = 0; n_parts && c < n_cols; c++) {
			for (r = 0; r < n_parts; r++)
				col[r] = &cells[r * n_cols + c];
			changed |= pcell_fix_sum(&cells[n_parts * n_cols + c], col, n_parts);
		}
	} while (changed);
	free(col);
}
