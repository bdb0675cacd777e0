/*
 * records.c: what the corrections of records share: the closed-year
 * question for a range of years, today's date for the plausibility rules,
 * and the values of a record for the audit log.
 */
#include <jansson.h>
#include <stdio.h>
#include <time.h>

#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"

int app_years_check_open(struct store *st, int from, int to, const char *what, struct err *err)
{
	int y;

	for (y = from; y <= to; y++)
		if (app_year_check_open(st, y, what, err) < 0)
			return -1;
	return 0;
}

void app_json_date(json_t *o, const char *key, struct date d)
{
	char buf[11];

	json_object_set_new(o, key, date_is_set(d) ? json_string(date_format(buf, d)) : json_null());
}

int app_change(struct store *st, const char *action, const char *kind, int64_t id, json_t *before, json_t *after,
	       struct err *err)
{
	char record[64];
	int rc;

	snprintf(record, sizeof(record), "%s %lld", kind, (long long)id);
	rc = app_audit_change(st, action, record, NULL, before, after, err);
	json_decref(before);
	json_decref(after);
	return rc;
}
