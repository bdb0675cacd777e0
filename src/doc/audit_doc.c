/*
 * audit_doc.c: the audit log as a document: who changed what and when.
 * People read each change of a record in one column; programs get its
 * parts (the record, the values before and after) as keys of their own.
 */
#include "base/buf.h"
#include "doc/reports.h"

#define TEXT(k, label, member, w)                                                                  \
	{ .key = k, .title = label, .kind = DOC_KIND_TEXT, .who = w, DOC_AT(struct audit_entry, member) }

static const struct doc_col audit_cols[] = {
	TEXT("at", "Tid", at, DOC_FOR_BOTH),
	TEXT("actor", "Vem", actor, DOC_FOR_BOTH),
	TEXT("action", "Vad", action, DOC_FOR_BOTH),
	TEXT("participant", "Deltagare", code, DOC_FOR_BOTH),
	/* For people the detail and the change together (set by doc_audit). */
	{ .key = "detail", .title = "Ändring", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PEOPLE },
	TEXT("detail", "Ändring", detail, DOC_FOR_PROGRAMS),
	TEXT("record", "Post", record, DOC_FOR_PROGRAMS),
	{ .key = "before", .title = "Före", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(doc_get_string, struct audit_entry, old_values) },
	{ .key = "after", .title = "Efter", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(doc_get_string, struct audit_entry, new_values) },
};

/* What a log entry changed, for people: its detail, then "decision 3:
 * {...} → {...}" or the words change says. */
static void change_text(struct buf *b, const struct audit_entry *l, const char *change)
{
	buf_reset(b);
	buf_adds(b, l->detail);
	if (!*l->record)
		return;
	if (b->len)
		buf_adds(b, "; ");
	if (change)
		buf_addf(b, "%s: %s", l->record, change);
	else
		buf_addf(b, "%s: %s → %s", l->record, *l->old_values ? l->old_values : "(ny)",
			 *l->new_values ? l->new_values : "(borttagen)");
}

struct doc *doc_audit(const struct association *a, const struct audit_entry *log, const char *const *changes,
		      size_t n)
{
	struct doc *d = doc_new("Logg över ändringar");
	struct doc_table *t, *m;
	struct buf change;
	size_t i, detail;

	buf_init(&change);
	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, NULL, NULL, audit_cols, DOC_N(audit_cols), DOC_FOR_PEOPLE);
	m = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "audit", NULL, audit_cols, DOC_N(audit_cols),
			   DOC_FOR_PROGRAMS);
	detail = doc_column_index(t, "detail");
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_record(t, NULL, "", DOC_ROW_NORMAL, &log[i]);

		change_text(&change, &log[i], changes ? changes[i] : NULL);
		doc_cell_text(r, detail, change.s, NULL);
	}
	doc_records(m, log, n, sizeof(log[0]));
	buf_release(&change);
	return d;
}
