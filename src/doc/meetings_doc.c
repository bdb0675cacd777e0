/*
 * meetings_doc.c: the meetings of the förbund's bodies as documents: the
 * list with the ids the corrections take, and one meeting with who
 * attended, its decisions and, for the board, its quorum.
 */
#include <stdio.h>

#include "base/money.h"
#include "doc/reports.h"

static void body_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum meeting_body b = *(const enum meeting_body *)at;

	doc_cell_text(r, col, meeting_body_label(b), meeting_body_key(b));
}

/* "ja" or "nej" for a board meeting, empty for another body's. */
static void quorate_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int q = *(const int *)at;

	if (q >= 0)
		doc_cell_text(r, col, q ? "ja" : "nej", q ? "yes" : "no");
}

static const struct doc_col meeting_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct meeting_summary, m.id) },
	{ .key = "date", .title = "Datum", .kind = DOC_KIND_DATE, DOC_AT(struct meeting_summary, m.date) },
	{ .key = "body", .title = "Organ", .kind = DOC_KIND_TEXT, DOC_GET(body_cell, struct meeting_summary, m.body) },
	{ .key = "protocol", .title = "Protokoll", .kind = DOC_KIND_TEXT, DOC_AT(struct meeting_summary, m.protocol) },
	{ .key = "attendees", .title = "Närvarande", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct meeting_summary, attendees) },
	{ .key = "decisions", .title = "Beslut", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct meeting_summary, decisions) },
	{ .key = "quorate", .title = "Beslutsför", .kind = DOC_KIND_TEXT,
	  DOC_GET(quorate_cell, struct meeting_summary, quorate) },
};

struct doc *doc_meetings(const struct association *a, int year, const char *body, const struct meeting_summary *m,
			 size_t n)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;

	if (year)
		snprintf(title, sizeof(title), "Sammanträden %d", year);
	else
		snprintf(title, sizeof(title), "Sammanträden");
	d = doc_new(title);
	doc_report_titles(d, a);
	if (year)
		doc_meta_int(d, "year", year);
	if (body)
		doc_meta_text(d, "body", body);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "meetings", NULL, meeting_cols, DOC_N(meeting_cols),
			   DOC_FOR_BOTH);
	doc_records(t, m, n, sizeof(m[0]));
	if (n == 0)
		doc_paragraph_add(d, NULL, "Inga sammanträden är protokollförda.");
	return d;
}

static void as_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum meeting_as as = *(const enum meeting_as *)at;

	doc_cell_text(r, col, meeting_as_label(as), meeting_as_key(as));
}

static const struct doc_col attendee_cols[] = {
	{ .key = "name", .title = "Namn", .kind = DOC_KIND_TEXT, DOC_AT(struct meeting_attendee, name) },
	{ .key = "as", .title = "Som", .kind = DOC_KIND_TEXT, DOC_GET(as_cell, struct meeting_attendee, as) },
};

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum decision_kind k = *(const enum decision_kind *)at;

	doc_cell_text(r, col, decision_kind_label(k), decision_kind_key(k));
}

/* The meeting's own decision's id; empty for a funding decision. */
static void own_id_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct meeting_decision *dec = at;

	if (!dec->funding_id)
		doc_cell_int(r, col, dec->id);
}

/* A funding decision's id and amount; empty for the meeting's own. */
static void funding_id_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct meeting_decision *dec = at;

	if (dec->funding_id)
		doc_cell_int(r, col, dec->funding_id);
}

static void amount_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct meeting_decision *dec = at;

	if (dec->funding_id)
		doc_cell_money(r, col, dec->amount);
}

static void intervention_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct meeting_decision *dec = at;

	if (dec->funding_id)
		doc_cell_text(r, col, dec->intervention, NULL);
}

static const struct doc_col decision_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_GET(own_id_cell, struct meeting_decision, id) },
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct meeting_decision, kind) },
	{ .key = "text", .title = "Beslut", .kind = DOC_KIND_TEXT, DOC_AT(struct meeting_decision, text) },
	{ .key = "funding_decision", .title = "Insatsbeslut", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(funding_id_cell, struct meeting_decision, id) },
	{ .key = "intervention", .title = "Insats", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(intervention_cell, struct meeting_decision, id) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(amount_cell, struct meeting_decision, id) },
};

struct doc *doc_meeting(const struct association *a, const struct meeting *m, const struct meeting_attendee *att,
			size_t n_att, const struct meeting_decision *dec, size_t n_dec, const struct meeting_quorum *q)
{
	char title[300], date[11], line[300];
	struct doc *d;
	struct doc_table *t;

	date_format(date, m->date);
	snprintf(title, sizeof(title), "Sammanträde %s: %s", date, meeting_body_label(m->body));
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "id", m->id);
	doc_meta_text(d, "date", date);
	doc_meta_text(d, "body", meeting_body_key(m->body));
	doc_meta_text(d, "protocol", m->protocol);
	snprintf(line, sizeof(line), "Protokoll: %s.", m->protocol[0] ? m->protocol : "inte angivet");
	doc_paragraph_add(d, NULL, line);
	if (q) {
		doc_meta_int(d, "members", (int64_t)q->members);
		doc_meta_int(d, "present", (int64_t)q->present);
		doc_meta_text(d, "quorate", q->quorate ? "yes" : "no");
		if (q->deputies_serving)
			snprintf(line, sizeof(line), "Beslutsför: %s, %zu av %zu ordinarie ledamöter närvarande eller "
				 "ersatta (%zu ersättare tjänstgör).", q->quorate ? "ja" : "nej", q->present, q->members,
				 q->deputies_serving);
		else
			snprintf(line, sizeof(line), "Beslutsför: %s, %zu av %zu ordinarie ledamöter närvarande.",
				 q->quorate ? "ja" : "nej", q->present, q->members);
		doc_paragraph_add(d, NULL, line);
	}
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "attendees", "Närvarande", attendee_cols,
			   DOC_N(attendee_cols), DOC_FOR_BOTH);
	doc_records(t, att, n_att, sizeof(att[0]));
	if (n_att == 0)
		doc_paragraph_add(d, NULL, "Närvaron är inte antecknad.");
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "decisions", "Beslut", decision_cols, DOC_N(decision_cols),
			   DOC_FOR_BOTH);
	doc_records(t, dec, n_dec, sizeof(dec[0]));
	if (n_dec == 0)
		doc_paragraph_add(d, NULL, "Inga beslut är antecknade.");
	return d;
}
