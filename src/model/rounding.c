/*
 * rounding.c: rounding parts so they add up to their rounded total.
 */
#include <stdlib.h>

#include "base/money.h"
#include "base/xmalloc.h"
#include "model/rounding.h"

__extension__ typedef __int128 i128;

int64_t round_parts(int64_t *parts, size_t n, int64_t unit)
{
	i128 exact = 0;
	int64_t total;
	size_t i;

	for (i = 0; i < n; i++)
		exact += parts[i];
	/* The exact total fits: the parts are the lines of one statement. */
	total = money_round((int64_t)exact, unit) * unit;
	round_parts_to(parts, n, unit, total);
	return total;
}

/* How far rounding moved parts[i] up (positive) or down, in öre. */
static int64_t moved(const int64_t *exact, const int64_t *parts, size_t i)
{
	return parts[i] - exact[i];
}

static uint64_t magnitude(int64_t x)
{
	return x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
}

void round_parts_to(int64_t *parts, size_t n, int64_t unit, int64_t total)
{
	i128 rounded = 0;
	int64_t stack[16], *exact = n <= 16 ? stack : xmalloc(n * sizeof(*exact));
	size_t i;

	for (i = 0; i < n; i++) {
		exact[i] = parts[i];
		parts[i] = money_round(parts[i], unit) * unit;
		rounded += parts[i];
	}
	/* What the parts lack or exceed against the total, a unit at a time,
	 * on the part rounding moved furthest the other way (the largest
	 * remainder), ties to the largest amount: an exact part keeps its
	 * figure whenever another can take the difference. */
	while (n && rounded != total) {
		int up = rounded < total;
		size_t best = 0;

		for (i = 1; i < n; i++) {
			int64_t a = up ? -moved(exact, parts, i) : moved(exact, parts, i);
			int64_t b = up ? -moved(exact, parts, best) : moved(exact, parts, best);

			if (a > b || (a == b && magnitude(exact[i]) > magnitude(exact[best])))
				best = i;
		}
		parts[best] += up ? unit : -unit;
		rounded += up ? unit : -unit;
	}
	if (exact != stack)
		free(exact);
}
