/*
 * policies_doc.c: the governing documents as documents: the list with
 * each one's adoption, latest revision, the day by which it must be
 * revised and whether that day has passed; and one document with its
 * revisions.
 */
#include <stdio.h>

#include "doc/reports.h"

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum policy_kind k = *(const enum policy_kind *)at;

	doc_cell_text(r, col, policy_kind_label(k), policy_kind_key(k));
}

/* Whether the document (the whole record) is past its revise-by date on
 * the day ctx points to. */
static void overdue_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int late = policy_overdue(at, *(const struct date *)ctx);

	doc_cell_text(r, col, late ? "ja" : "nej", late ? "true" : "false");
}

static const struct doc_col policy_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct policy, id) },
	{ .key = "name", .title = "Styrdokument", .kind = DOC_KIND_TEXT, DOC_AT(struct policy, name) },
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(kind_cell, struct policy, kind) },
	{ .key = "adopted", .title = "Antaget", .kind = DOC_KIND_DATE, DOC_AT(struct policy, adopted) },
	{ .key = "last_revised", .title = "Senast reviderat", .kind = DOC_KIND_DATE,
	  DOC_AT(struct policy, last_revised) },
	{ .key = "revise_by", .title = "Revideras senast", .kind = DOC_KIND_DATE, DOC_AT(struct policy, due) },
	{ .key = "overdue", .title = "Försenat", .kind = DOC_KIND_TEXT, .get = overdue_cell, .at = 0 },
	{ .key = "revisions", .title = "Revideringar", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct policy, revisions) },
	{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct policy, note) },
};

static const struct doc_col revision_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct policy_revision, id) },
	{ .key = "date", .title = "Reviderat", .kind = DOC_KIND_DATE, DOC_AT(struct policy_revision, date) },
	{ .key = "revise_by", .title = "Revideras senast", .kind = DOC_KIND_DATE,
	  DOC_AT(struct policy_revision, revise_by) },
	{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, DOC_AT(struct policy_revision, note) },
};

/* The table of the documents p[0..n) as of today, under the caption
 * (NULL: none). */
static void policy_table(struct doc *d, const char *caption, const struct policy *p, size_t n,
			 const struct date *today)
{
	char as_of[11];
	struct doc_table *t;

	doc_meta_text(d, "as_of", date_format(as_of, *today));
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "policies", caption, policy_cols, DOC_N(policy_cols),
			   DOC_FOR_BOTH);
	doc_table_context(t, today);
	doc_records(t, p, n, sizeof(p[0]));
}

struct doc *doc_policies(const struct association *a, const struct policy *p, size_t n, struct date today)
{
	struct doc *d = doc_new("Styrdokument");
	char line[160], day[11];
	size_t i, late = 0;

	doc_report_titles(d, a);
	policy_table(d, NULL, p, n, &today);
	for (i = 0; i < n; i++)
		late += (size_t)policy_overdue(&p[i], today);
	if (n == 0) {
		doc_paragraph_add(d, NULL, "Inga styrdokument är registrerade.");
	} else if (late) {
		snprintf(line, sizeof(line), "I dag (%s) har %zu styrdokument passerat dagen då %s senast skulle "
			 "revideras.", date_format(day, today), late, late == 1 ? "det" : "de");
		doc_paragraph_add(d, NULL, line);
	}
	return d;
}

struct doc *doc_policy(const struct association *a, const struct policy *p, const struct policy_revision *r,
		       size_t n, struct date today)
{
	struct doc *d = doc_new(p->name);
	struct doc_table *t;
	char line[POLICY_NOTE_MAX + 64], day[11], by[11];

	doc_report_titles(d, a);
	policy_table(d, "Styrdokumentet", p, 1, &today);
	if (date_is_set(p->revise_by))
		snprintf(line, sizeof(line), "Antogs första gången %s, att revideras senast %s.",
			 date_format(day, p->adopted), date_format(by, p->revise_by));
	else
		snprintf(line, sizeof(line), "Antogs första gången %s.", date_format(day, p->adopted));
	doc_paragraph_add(d, NULL, line);
	if (p->note[0]) {
		snprintf(line, sizeof(line), "Anteckning: %s", p->note);
		doc_paragraph_add(d, NULL, line);
	}
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "revisions", "Revideringar", revision_cols,
			   DOC_N(revision_cols), DOC_FOR_BOTH);
	doc_records(t, r, n, sizeof(r[0]));
	if (n == 0)
		doc_paragraph_add(d, NULL, "Styrdokumentet har inte reviderats.");
	return d;
}
