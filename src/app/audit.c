/*
 * audit.c: the audit log's lines for changes of records. Every use case
 * that changes or removes a record writes one, with the record's values
 * before and after, so an auditor can see what it was and who changed it.
 */
#include <jansson.h>
#include <stdlib.h>

#include "app/app_int.h"
#include "base/date.h"
#include "base/buf.h"
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
	err_set(err, "%s hör till %d, vars årsredovisning fastställdes av förbundsstyrelsen %s: året är "
		"stängt och kan bara öppnas igen av en administratör", what, year, d);
	return err_see(err, "finsam year reopen %d --reason ...", year);
}

/* A value as the log shows it: compact JSON ("Förlängt" with its quotes). */
static void add_value(struct buf *b, const json_t *v)
{
	char *t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);

	buf_adds(b, t ? t : "?");
	free(t);
}

/* "key: value, key: value" of every field of o. */
static void add_fields(struct buf *b, const json_t *o)
{
	const char *key;
	json_t *v;
	int first = 1;

	json_object_foreach((json_t *)o, key, v) {
		buf_addf(b, "%s%s: ", first ? "" : ", ", key);
		add_value(b, v);
		first = 0;
	}
}

char *app_audit_change_text(const char *before, const char *after)
{
	json_t *old = before && *before ? json_loads(before, 0, NULL) : NULL;
	json_t *cur = after && *after ? json_loads(after, 0, NULL) : NULL;
	struct buf b;
	const char *key;
	json_t *v;

	buf_init(&b);
	if (json_is_object(old) && json_is_object(cur)) {
		json_object_foreach(cur, key, v) {
			json_t *was = json_object_get(old, key);

			if (was && json_equal(was, v))
				continue;
			buf_addf(&b, "%s%s: ", b.len ? ", " : "", key);
			if (was)
				add_value(&b, was);
			else
				buf_adds(&b, "(inget)");
			buf_adds(&b, " → ");
			add_value(&b, v);
		}
		if (!b.len)
			buf_adds(&b, "inget ändrat");
	} else if (json_is_object(cur) && !old) {
		buf_adds(&b, "ny: ");
		add_fields(&b, cur);
	} else if (json_is_object(old) && !cur) {
		buf_adds(&b, "borttagen: ");
		add_fields(&b, old);
	}
	json_decref(old);
	json_decref(cur);
	if (!b.len) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b);
}
