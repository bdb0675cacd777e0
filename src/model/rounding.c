/*
 * rounding.c: rounding parts so they add up to their rounded total.
 */
#include "base/money.h"
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

void round_parts_to(int64_t *parts, size_t n, int64_t unit, int64_t total)
{
	i128 rounded = 0, diff;
	size_t i, largest = 0;

	for (i = 0; i < n; i++)
		if ((parts[i] < 0 ? -parts[i] : parts[i]) > (parts[largest] < 0 ? -parts[largest] : parts[largest]))
			largest = i;
	for (i = 0; i < n; i++) {
		parts[i] = money_round(parts[i], unit) * unit;
		rounded += parts[i];
	}
	diff = (i128)total - rounded;
	if (n)
		parts[largest] += (int64_t)diff;
}
