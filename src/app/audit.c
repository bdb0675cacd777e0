/*
 * audit.c: the audit log's lines for changes of records. Every use case
 * that changes or removes a record writes one, with the record's values
 * before and after, so an auditor can see what it was and who changed it.
 */
#include <jansson.h>
#include <stdlib.h>

#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "store/store.h"

int app_audit_change(struct store *st, const char *action, const char *record, const char *code,
		     const struct json_t *before, const struct json_t *after, struct err *err)
{
	char *b = before ? json_dumps(before, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	char *a = after ? json_dumps(after, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	int rc;

	if ((before && !b) || (after && !a))
		rc = err_set(err, "slut på minne när ändringen skulle loggas");
	else
		rc = store_audit_change(st, app_actor(st), action, record, code, b, a, err);
	free(b);
	free(a);
	return rc;
}

int app_year_check_open(struct store *st, int year, const char *what, struct err *err)
{
	struct date adopted;
	char d[11];
	int rc = store_year_closed(st, year, &adopted, err);

	if (rc == STORE_NOT_FOUND)
		return 0;
	if (rc < 0)
		return -1;
	date_format(d, adopted);
	return err_set(err, "%s hör till %d, vars årsredovisning fastställdes av förbundsstyrelsen %s: året är "
		       "stängt och kan bara öppnas igen av en administratör ('finsam year reopen %d --reason ...')",
		       what, year, d, year);
}
