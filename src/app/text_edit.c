/*
 * text_edit.c: the users' texts changed or removed, each change refused
 * when its year is closed and logged with the text before and after.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "store/store.h"

static json_t *text_json(int year, const char *section, const char *markdown)
{
	return json_pack("{s:i, s:s, s:s}", "year", year, "section", section, "markdown", markdown);
}

int app_text_store(struct store *st, const char *section, int year, const char *markdown, struct err *err)
{
	json_t *before = NULL, *after = NULL;
	char *old = NULL, record[96];
	int rc;

	snprintf(record, sizeof(record), "text %d %s", year, section);
	if (store_begin(st, err) < 0)
		return -1;
	rc = app_year_check_open(st, year, "texten", err);
	if (rc == 0) {
		rc = store_text_get(st, year, section, &old, err);
		if (rc == STORE_NOT_FOUND)
			rc = 0;
	}
	if (rc == 0 && !markdown && !old)
		rc = err_set(err, "ingen text '%s' för %d att ta bort", section, year);
	if (rc == 0)
		rc = markdown ? store_text_put(st, year, section, markdown, err) : store_text_delete(st, year, section, err);
	if (rc == 0) {
		before = old ? text_json(year, section, old) : NULL;
		after = markdown ? text_json(year, section, markdown) : NULL;
		rc = app_audit_change(st, markdown ? (old ? "ändra text" : "skriv text") : "ta bort text", record, NULL,
				      before, after, err);
	}
	json_decref(before);
	json_decref(after);
	free(old);
	if (rc != 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_text_remove(struct store *st, const char *section, int year, struct err *err)
{
	char *text = NULL;

	/* Checks the section and says so when there is no text. */
	if (app_text_get(st, section, year, &text, err) < 0)
		return -1;
	free(text);
	return app_text_store(st, section, year, NULL, err);
}
