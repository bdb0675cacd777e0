/*
 * audit_search.c: the audit log as the auditor searches it: by user,
 * action, kind of record, local date and free text, newest first, a page
 * at a time (the store filters and counts), with the times shown as
 * local time to the minute.
 */
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "model/participant.h"
#include "store/store.h"

static const struct {
	const char *key, *label;
} kinds[] = {
	{ "account_map", "Kontoplan" },     { "activity", "Aktivitet" },
	{ "allocation", "Fördelning" },     { "anonymous", "Anonyma deltagare" },
	{ "assessment", "Bedömning" },      { "board_member", "Styrelseledamot" },
	{ "budget_line", "Budgetrad" },
	{ "decision", "Beslut" },           { "enrolment", "Inskrivning" },
	{ "event", "Händelse" },            { "forecast", "Prognos" },
	{ "goal", "Mål" },                  { "intervention", "Insats" },
	{ "member", "Medlem" },             { "participant", "Deltagare" },
	{ "result_goal", "Resultatmål" },   { "survey", "Enkät" },
	{ "text", "Text" },                 { "user", "Användare" },
	{ "year", "Räkenskapsår" },
};

const char *app_record_kind_label(const char *kind)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].key, kind) == 0)
			return kinds[i].label;
	return kind;
}

static int parse_date(const char *s, const char *field, struct date *out, struct err *err)
{
	memset(out, 0, sizeof(*out));
	if (!s || !*s)
		return 0;
	if (date_parse(s, out, NULL) < 0) {
		err_set(err, "datumet skrivs ÅÅÅÅ-MM-DD, till exempel 2026-12-02");
		return err_field(err, field);
	}
	return 0;
}

/* "2026-12-02T14:05:09+01:00" as people read it: "2026-12-02 14:05" (the
 * log holds the local time when the line was written). */
static void short_time(char at[40])
{
	if (strlen(at) >= 16 && at[10] == 'T') {
		at[10] = ' ';
		at[16] = '\0';
	}
}

int app_audit_search(struct store *st, const struct app_audit_query *q, struct app_audit_page *out,
		     struct err *err)
{
	struct audit_filter f;
	struct audit_entry *log = NULL;
	struct association a;
	size_t per = q->per_page ? q->per_page : APP_AUDIT_PAGE, n = 0, i;
	long page = q->page > 0 && q->page < 1000000 ? q->page : 1;
	char **changes;

	memset(out, 0, sizeof(*out));
	memset(&f, 0, sizeof(f));
	f.actor = q->actor;
	f.action = q->action;
	f.record_kind = q->record_kind;
	f.text = q->text;
	if (parse_date(q->from, "from", &f.from, err) < 0 || parse_date(q->to, "to", &f.to, err) < 0)
		return -1;
	if (date_is_set(f.from) && date_is_set(f.to) && date_cmp(f.from, f.to) > 0) {
		err_set(err, "från-datumet ska vara samma dag som till-datumet eller tidigare");
		return err_field(err, "to");
	}
	if (app_load_association(st, &a, err) < 0 ||
	    store_audit_search(st, &f, per, (size_t)(page - 1) * per, &log, &n, &out->count, err) < 0)
		return -1;
	changes = xcalloc(n ? n : 1, sizeof(*changes));
	for (i = 0; i < n; i++) {
		changes[i] = app_audit_change_text(log[i].old_values, log[i].new_values);
		short_time(log[i].at);
	}
	out->doc = doc_audit(&a, log, (const char *const *)changes, n);
	for (i = 0; i < n; i++)
		free(changes[i]);
	free(changes);
	audit_release(log, n);
	out->page = page;
	out->pages = out->count ? (long)((out->count + (int64_t)per - 1) / (int64_t)per) : 1;
	return 0;
}

int app_audit_choices(struct store *st, int which, char ***out, size_t *n, struct err *err)
{
	size_t i;

	if (which != 2)
		return store_audit_distinct(st, which, out, n, err);
	/* The kinds of record are known here: finding them in a log of
	 * millions of lines would read every line. */
	*n = sizeof(kinds) / sizeof(kinds[0]);
	*out = xcalloc(*n, sizeof(**out));
	for (i = 0; i < *n; i++)
		(*out)[i] = xstrdup(kinds[i].key);
	return 0;
}

void app_strings_free(char **v, size_t n)
{
	store_strings_free(v, n);
}
