/*
 * settings.c: the förbund's settings. Each known setting has a key, a
 * Swedish description, a default and a range; a change is written to the
 * audit log, since the small-cell threshold protects the participants.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "doc/reports.h"
#include "store/store.h"

static const struct setting_def {
	const char *key, *label;
	int def, min, max;
} defs[] = {
	{ "min-cell", "Minsta grupp som visas i skyddad deltagar- och enkätstatistik (mindre visas som <N)", 5, 2, 100 },
	{ "young-from", "Yngsta ålder i deltagarstatistiken: unga räknas från den till och med 29 år", PSTATS_YOUNG_FROM,
	  PSTATS_YOUNG_MIN, PSTATS_YOUNG_MAX },
};

#define N_DEFS (sizeof(defs) / sizeof(defs[0]))

static const struct setting_def *find_def(const char *key)
{
	size_t i;

	for (i = 0; i < N_DEFS; i++)
		if (key && strcmp(defs[i].key, key) == 0)
			return &defs[i];
	return NULL;
}

static int parse_value(const struct setting_def *def, const char *s, int *out, struct err *err)
{
	char *end;
	long v;

	errno = 0;
	v = s && *s ? strtol(s, &end, 10) : 0;
	if (!s || !*s || errno || *end || v < def->min || v > def->max)
		return err_set(err, "%s ska vara ett heltal %d–%d, inte '%s'", def->key, def->min, def->max,
			       s ? s : "");
	*out = (int)v;
	return 0;
}

int app_setting_int(struct store *st, const char *key, int *out, struct err *err)
{
	const struct setting_def *def = find_def(key);
	char value[64];
	int rc;

	if (!def)
		return err_set(err, "okänd inställning '%s'", key ? key : "");
	rc = store_setting_get(st, key, value, sizeof(value), err);
	if (rc == STORE_NOT_FOUND) {
		*out = def->def;
		return 0;
	}
	if (rc < 0)
		return -1;
	if (parse_value(def, value, out, err) < 0)
		return err_prefix(err, "den sparade inställningen är felaktig");
	return 0;
}

int app_setting_set(struct store *st, const char *key, const char *value, struct err *err)
{
	const struct setting_def *def = find_def(key);
	char detail[160], canon[16];
	int v, old;

	if (!def) {
		struct buf known;
		size_t i;

		buf_init(&known);
		for (i = 0; i < N_DEFS; i++)
			buf_addf(&known, "%s%s", i ? ", " : "", defs[i].key);
		err_set(err, "okänd inställning '%s' (kända: %s)", key ? key : "", known.s);
		buf_release(&known);
		return -1;
	}
	if (parse_value(def, value, &v, err) < 0)
		return err_field(err, def->key);
	/* The value it replaces is read in the transaction that replaces
	 * it, so that the log names it rightly. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_setting_int(st, key, &old, err) < 0) {
		store_rollback(st);
		return -1;
	}
	if (v != old) {
		char what[64];

		/* The threshold protects every year's participant and survey
		 * tables, a closed year's published ones too. */
		snprintf(what, sizeof(what), "inställningen %s", key);
		if (app_closed_years_refuse(st, what, err) < 0) {
			store_rollback(st);
			return err_field(err, def->key);
		}
	}
	snprintf(canon, sizeof(canon), "%d", v);
	snprintf(detail, sizeof(detail), "%s: %d → %d", key, old, v);
	if (store_setting_put(st, key, canon, err) < 0 ||
	    store_audit_add(st, app_actor(st), "inställning", "", detail, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

struct doc *app_report_settings(struct store *st, struct err *err)
{
	struct association a;
	struct doc *d;
	struct doc_table *t;
	size_t i;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	d = doc_new("Inställningar");
	doc_report_titles(d, &a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "settings", NULL, 3);
	doc_column_set(t, 0, "key", "Inställning", 0);
	doc_column_set(t, 1, "value", "Värde", 0);
	doc_column_set(t, 2, "description", "Beskrivning", 0);
	for (i = 0; i < N_DEFS; i++) {
		struct doc_row *r = doc_row_add(t, defs[i].key, NULL, DOC_ROW_NORMAL);
		int v;

		if (app_setting_int(st, defs[i].key, &v, err) < 0) {
			doc_free(d);
			return NULL;
		}
		doc_cell_text(r, 0, defs[i].key, NULL);
		doc_cell_int(r, 1, v);
		doc_cell_text(r, 2, defs[i].label, NULL);
	}
	return d;
}
