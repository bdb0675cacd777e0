/*
 * calendar_doc.c: the year cycle as documents: each event's date, kind
 * and title, those passed marked as done and the next one marked; and the
 * events entered, with the ids their corrections take.
 */
#include <stdio.h>

#include "doc/reports.h"

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum event_kind k = *(const enum event_kind *)at;

	doc_cell_text(r, col, event_kind_label(k), event_kind_key(k));
}

#define EVENT_COLS                                                                                         \
	{ .key = "date", .title = "Datum", .kind = DOC_KIND_DATE, DOC_AT(struct event, date) },            \
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct event, kind) }, \
	{ .key = "title", .title = "Vad", .kind = DOC_KIND_TEXT, DOC_AT(struct event, title) }

static const struct doc_col event_cols[] = {
	EVENT_COLS,
	{ .key = "status", .title = "", .kind = DOC_KIND_TEXT },
};

/* The entered events: the id that 'edit' and 'remove' take first. */
static const struct doc_col entered_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct event, id) },
	EVENT_COLS,
};

struct doc *doc_calendar(const struct association *a, int year, const struct event *ev, size_t n,
			 struct date as_of)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;
	size_t i, status;
	int next_marked = 0;

	snprintf(title, sizeof(title), "Årshjul %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "events", NULL, event_cols, DOC_N(event_cols), DOC_FOR_BOTH);
	status = doc_column_index(t, "status");
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_record(t, NULL, ev[i].title, DOC_ROW_NORMAL, &ev[i]);

		/* Done or next depends on the events before it. */
		if (date_cmp(ev[i].date, as_of) < 0) {
			doc_cell_text(r, status, "klart", "past");
		} else if (!next_marked) {
			doc_cell_text(r, status, "← nästa", "next");
			next_marked = 1;
		}
	}
	return d;
}

struct doc *doc_events(const struct association *a, int year, const struct event *ev, size_t n)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;

	if (year)
		snprintf(title, sizeof(title), "Inlagda händelser i årshjulet %d", year);
	else
		snprintf(title, sizeof(title), "Inlagda händelser i årshjulet");
	d = doc_new(title);
	doc_report_titles(d, a);
	if (year)
		doc_meta_int(d, "year", year);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "events", NULL, entered_cols, DOC_N(entered_cols),
			   DOC_FOR_BOTH);
	doc_records(t, ev, n, sizeof(ev[0]));
	if (n == 0)
		doc_paragraph_add(d, NULL, "Inga händelser är inlagda.");
	return d;
}
