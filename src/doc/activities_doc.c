/*
 * activities_doc.c: the structural and competence-raising activities as a
 * document: each with its date, kind, organiser and attendance, in all
 * and per organisation.
 */
#include <stdio.h>
#include <string.h>

#include "doc/reports.h"

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum activity_kind k = *(const enum activity_kind *)at;

	doc_cell_text(r, col, activity_kind_label(k), activity_kind_key(k));
}

static void attendees_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_int(r, col, activity_total(at));
}

/* "Försäkringskassan 31, Arbetsförmedlingen 28". */
static void per_organisation_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct activity *act = at;
	char per[600] = "";
	size_t j, len = 0;

	for (j = 0; j < act->n_attendance && len < sizeof(per); j++)
		len += (size_t)snprintf(per + len, sizeof(per) - len, "%s%s %lld", j ? ", " : "",
					act->attendance[j].organisation, (long long)act->attendance[j].attendees);
	doc_cell_text(r, col, per, NULL);
}

/* The different persons, when the activity says; else empty. */
static void persons_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct activity *act = at;

	if (act->has_persons)
		doc_cell_int(r, col, act->persons);
}

static const struct doc_col activity_cols[] = {
	{ .key = "date", .title = "Datum", .kind = DOC_KIND_DATE, DOC_AT(struct activity, date) },
	{ .key = "name", .title = "Aktivitet", .kind = DOC_KIND_TEXT, DOC_AT(struct activity, name) },
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct activity, kind) },
	{ .key = "organiser", .title = "Arrangör", .kind = DOC_KIND_TEXT, DOC_AT(struct activity, organiser) },
	{ .key = "attendees", .title = "Deltagare", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,
	  .get = attendees_cell },
	{ .key = "meetings", .title = "Träffar", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct activity, meetings) },
	{ .key = "persons", .title = "Personer", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,
	  .get = persons_cell },
	{ .key = "by_organisation", .title = "Per organisation", .kind = DOC_KIND_TEXT,
	  .get = per_organisation_cell },
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct activity, id) },
};

/* One kind's totals, a row of the totals table. */
struct kind_totals {
	enum activity_kind kind;
	struct activity_totals t;
};

/* The different persons of the activities that say how many; empty when
 * none does. */
static void total_persons_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct kind_totals *k = at;

	if (k->t.persons_known)
		doc_cell_int(r, col, k->t.persons);
}

static const struct doc_col total_cols[] = {
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct kind_totals, kind) },
	{ .key = "activities", .title = "Aktiviteter", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct kind_totals, t.activities) },
	{ .key = "meetings", .title = "Träffar", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct kind_totals, t.meetings) },
	{ .key = "attendees", .title = "Deltagande", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,
	  DOC_AT(struct kind_totals, t.attendees) },
	{ .key = "persons", .title = "Olika personer", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,
	  .get = total_persons_cell },
	{ .key = "persons_known", .title = "Anger personer", .kind = DOC_KIND_INT,
	  .in = DOC_IN_COUNT, DOC_AT(struct kind_totals, t.persons_known) },
};

struct doc *doc_activities(const struct association *a, int year, const struct activity *acts, size_t n,
			    int published)
{
	/* A published document lists the activities without the ids the
	 * command line's corrections take, and without their kind, which the
	 * totals above give: so the list fits a printed page. */
	struct doc_col cols[DOC_N(activity_cols)];
	size_t n_cols = 0;
	char title[96];
	struct doc *d;
	struct doc_table *t;
	size_t i;

	for (i = 0; i < DOC_N(activity_cols); i++)
		if (!published || (strcmp(activity_cols[i].key, "id") != 0 && strcmp(activity_cols[i].key, "kind") != 0))
			cols[n_cols++] = activity_cols[i];

	if (year)
		snprintf(title, sizeof(title), "Strukturinriktade och kompetenshöjande aktiviteter %d", year);
	else
		snprintf(title, sizeof(title), "Strukturinriktade och kompetenshöjande aktiviteter");
	d = doc_new(title);
	doc_report_titles(d, a);
	if (year)
		doc_meta_int(d, "year", year);
	/* Per kind: how many, their meetings, the attendance (each person at
	 * each meeting) and the different persons where the activities say. */
	{
		struct activity_totals tot[2];
		struct kind_totals k[2];

		activity_totals(acts, n, tot);
		k[0] = (struct kind_totals){ ACTIVITY_STRUCTURAL, tot[ACTIVITY_STRUCTURAL] };
		k[1] = (struct kind_totals){ ACTIVITY_COMPETENCE, tot[ACTIVITY_COMPETENCE] };
		t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "totals", n ? "Summa per slag" : NULL, total_cols,
				   DOC_N(total_cols), n ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS);
		doc_records(t, k, 2, sizeof(k[0]));
	}
	/* Programs still get the empty list; people a sentence. */
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "activities", NULL, cols, n_cols,
			   n ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS);
	for (i = 0; i < n; i++)
		doc_row_record(t, NULL, acts[i].name, DOC_ROW_NORMAL, &acts[i]);
	/* the declaration above is this call's own: the table keeps no
	 * pointer into it */
	for (i = 0; i < t->n_cols; i++)
		t->cols[i].decl = NULL;
	if (n == 0)
		doc_paragraph_add(d, NULL, "Inga aktiviteter är registrerade.");
	doc_meta_int(d, "total_attendees", activities_total(acts, n));
	return d;
}
