/*
 * participants_doc.c: the participant register as documents: the list of
 * participants, and one participant's data with the enrolments (the right
 * of access; never a personal identity number, only whether one was
 * given).
 */
#include <stdio.h>

#include "doc/reports.h"

/* Only whether one was given: the number itself is not kept. */
static void pnr_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int given = *(const char *)at != '\0';

	doc_cell_text(r, col, given ? "angivet (sparas inte, bara ett kontrollvärde)" : "inte angivet",
		      given ? "given" : "none");
}

static void enrolments_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct doc_enrolments *l = ctx;

	doc_cell_int(r, col, enrolment_count(l->e, l->n, *(const int64_t *)at));
}

/* What the register keeps of a person. */
#define PERSON_COLS                                                                                \
	DOC_TEXT("code", "Kod", struct participant, code),                                          \
	DOC_TEXT("sex", "Kön", struct participant, sex),                                            \
	{ .key = "birth_year", .title = "Födelseår", .kind = DOC_KIND_INT,                         \
	  DOC_AT(struct participant, birth_year) },                                                 \
	DOC_TEXT("education", "Utbildning", struct participant, education)

static const struct doc_col participant_cols[] = {
	PERSON_COLS,
	{ .key = "personal_number", .title = "Personnummer", .kind = DOC_KIND_TEXT,
	  DOC_GET(pnr_cell, struct participant, pnr_hash) },
};

static const struct doc_col list_cols[] = {
	PERSON_COLS,
	{ .key = "enrolments", .title = "Inskrivningar", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_GET(enrolments_cell, struct participant, id) },
};

/* What an enrolment says of its end, once it has ended. */
static void exit_reason_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct enrolment *e = at;

	if (date_is_set(e->exited))
		doc_cell_text(r, col, e->exit_reason, NULL);
}

static void support_after_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct enrolment *e = at;

	if (date_is_set(e->exited))
		doc_cell_text(r, col, e->support_after, NULL);
}

/* The id, for correcting the enrolment, comes last: the keys before it stay. */
static const struct doc_col enrolment_cols[] = {
	{ .key = "intervention", .title = "Insats", .kind = DOC_KIND_TEXT,
	  DOC_GET(doc_get_insats_name, struct enrolment, intervention_id) },
	{ .key = "enrolled", .title = "Inskriven", .kind = DOC_KIND_DATE, DOC_AT(struct enrolment, enrolled) },
	DOC_TEXT("support_before", "Försörjning före", struct enrolment, support_before),
	DOC_TEXT("time_in_support", "Tid i försörjning", struct enrolment, time_in_support),
	{ .key = "exited", .title = "Avslutad", .kind = DOC_KIND_DATE, DOC_AT(struct enrolment, exited) },
	{ .key = "exit_reason", .title = "Orsak", .kind = DOC_KIND_TEXT, .get = exit_reason_cell },
	{ .key = "support_after", .title = "Försörjning efter", .kind = DOC_KIND_TEXT, .get = support_after_cell },
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct enrolment, id) },
};

struct doc *doc_participant(const struct association *a, const struct participant *p,
			    const struct enrolment *e, size_t n, const struct intervention *iv, size_t n_iv)
{
	struct doc_insatser names = { iv, n_iv };
	char title[128];
	struct doc *d;
	struct doc_table *t;
	size_t i;

	snprintf(title, sizeof(title), "Deltagare %s", p->code);
	d = doc_new(title);
	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "participant", "Uppgifter", participant_cols,
			   DOC_N(participant_cols), DOC_FOR_BOTH);
	doc_row_record(t, NULL, p->code, DOC_ROW_NORMAL, p);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "enrolments", "Inskrivningar", enrolment_cols,
			   DOC_N(enrolment_cols), DOC_FOR_BOTH);
	doc_table_context(t, &names);
	for (i = 0; i < n; i++)
		doc_row_record(t, NULL, "", DOC_ROW_NORMAL, &e[i]);
	return d;
}

struct doc *doc_participants_list(const struct association *a, const struct participant *p, size_t n,
				  const struct enrolment *e, size_t n_e)
{
	struct doc_enrolments enrolments = { e, n_e };
	struct doc *d = doc_new("Deltagare");
	struct doc_table *t;
	size_t i;

	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "participants", NULL, list_cols, DOC_N(list_cols),
			   DOC_FOR_BOTH);
	doc_table_context(t, &enrolments);
	for (i = 0; i < n; i++)
		doc_row_record(t, NULL, p[i].code, DOC_ROW_NORMAL, &p[i]);
	return d;
}
