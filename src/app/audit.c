/*
 * audit.c: the audit log's lines for changes of records. Every use case
 * that changes or removes a record writes one, with the record's values
 * before and after, so an auditor can see what it was and who changed it.
 */
#include <jansson.h>
#include <stdlib.h>

#include "app/app_int.h"
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
