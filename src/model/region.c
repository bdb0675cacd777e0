/*
 * region.c: the rules of a host's region users and region host names
 * that need no database (see region.h).
 */
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/text.h"
#include "model/region.h"

int region_name_check(const char *region, struct err *err)
{
	size_t n = region ? strlen(region) : 0, i;

	if (n == 0)
		return err_set(err, "ange regionens namn");
	if (n >= FORBUND_REGION_MAX)
		return err_set(err, "regionens namn är för långt (högst %d byte)", FORBUND_REGION_MAX - 1);
	if (!utf8_valid(region, n))
		return err_set(err, "regionens namn är inte giltig UTF-8");
	for (i = 0; i < n; i++)
		if ((unsigned char)region[i] < 0x20 || region[i] == 0x7f)
			return err_set(err, "regionens namn får inte innehålla styrtecken");
	if (region[0] == ' ' || region[n - 1] == ' ')
		return err_set(err, "regionens namn får inte börja eller sluta med mellanslag");
	return 0;
}

int region_scope_set(struct region_scope *out, const char *region, int all, struct err *err)
{
	memset(out, 0, sizeof(*out));
	if (region && all)
		return err_set(err, "ange antingen en region eller alla förbund, inte båda");
	if (!region && !all)
		return err_set(err, "ange en region eller alla förbund på värden");
	if (all) {
		out->all = 1;
		return 0;
	}
	if (region_name_check(region, err) < 0)
		return -1;
	snprintf(out->region, sizeof(out->region), "%s", region);
	return 0;
}

const char *region_scope_filter(const struct region_scope *s)
{
	return s->all ? NULL : s->region;
}

const char *region_scope_label(const struct region_scope *s)
{
	return s->all ? "alla förbund på värden" : s->region;
}

int region_scope_covers(const struct region_scope *u, const struct region_scope *h)
{
	if (u->all)
		return 1;
	return !h->all && u->region[0] && strcmp(u->region, h->region) == 0;
}
