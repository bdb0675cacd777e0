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

static void tertial_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_int(r, col, calendar_tertial(*(const struct date *)at));
}

static const struct doc_col event_cols[] = {
	EVENT_COLS,
	{ .key = "status", .title = "", .kind = DOC_KIND_TEXT },
	{ .key = "tertial", .title = "Tertial", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(tertial_cell, struct event, date) },
};

/* A tertial for programs: its number, months and theme (NULL: none). */
struct tertial_record {
	int tertial;
	const char *months, *theme;
};

static const struct doc_col tertial_cols[] = {
	{ .key = "tertial", .title = "Tertial", .kind = DOC_KIND_INT, DOC_AT(struct tertial_record, tertial) },
	{ .key = "months", .title = "Månader", .kind = DOC_KIND_TEXT, DOC_AT(struct tertial_record, months) },
	{ .key = "theme", .title = "Tema", .kind = DOC_KIND_TEXT, DOC_AT(struct tertial_record, theme) },
};

/* The entered events: the id that 'edit' and 'remove' take first. */
static const struct doc_col entered_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct event, id) },
	EVENT_COLS,
};

/* An event's status as of as_of: "held" when a meeting recorded held it,
 * else "past" before as_of, "next" for the first from it on (set once, in
 * *next_marked). */
static void status_cell(struct doc_row *r, size_t col, const struct event *e, struct date as_of, int *next_marked)
{
	if (e->held) {
		doc_cell_text(r, col, "hållet", "held");
	} else if (date_cmp(e->date, as_of) < 0) {
		doc_cell_text(r, col, "klart", "past");
	} else if (!*next_marked) {
		doc_cell_text(r, col, "← nästa", "next");
		*next_marked = 1;
	}
}

struct doc *doc_calendar(const struct association *a, int year, const struct event *ev, size_t n,
			 struct date as_of, const struct tertial_theme *themes, size_t n_themes)
{
	struct tertial_record tr[CALENDAR_TERTIALS];
	char title[CALENDAR_THEME_MAX + 64];
	struct doc *d;
	struct doc_table *t;
	size_t i, status;
	int k, next_marked = 0;

	snprintf(title, sizeof(title), "Årshjul %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	for (k = 0; k < CALENDAR_TERTIALS; k++) {
		tr[k] = (struct tertial_record){ k + 1, calendar_tertial_months(k + 1), NULL };
		for (i = 0; i < n_themes; i++)
			if (themes[i].tertial == k + 1)
				tr[k].theme = themes[i].theme;
	}
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "tertials", NULL, tertial_cols, DOC_N(tertial_cols),
			   DOC_FOR_PROGRAMS);
	doc_records(t, tr, CALENDAR_TERTIALS, sizeof(tr[0]));
	/* Programs get the events in one list, each with its tertial. */
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "events", NULL, event_cols, DOC_N(event_cols),
			   DOC_FOR_PROGRAMS);
	status = doc_column_index(t, "status");
	for (i = 0; i < n; i++)
		status_cell(doc_row_record(t, NULL, ev[i].title, DOC_ROW_NORMAL, &ev[i]), status, &ev[i], as_of,
			    &next_marked);
	/* People read them by tertial, each under its heading with its theme. */
	next_marked = 0;
	for (k = 0; k < CALENDAR_TERTIALS; k++) {
		size_t shown = 0;

		calendar_tertial_heading(title, sizeof(title), k + 1, tr[k].theme);
		t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, NULL, title, event_cols, DOC_N(event_cols),
				   DOC_FOR_PEOPLE);
		status = doc_column_index(t, "status");
		for (i = 0; i < n; i++) {
			if (calendar_tertial(ev[i].date) != k + 1)
				continue;
			status_cell(doc_row_record(t, NULL, ev[i].title, DOC_ROW_NORMAL, &ev[i]), status, &ev[i],
				    as_of, &next_marked);
			shown++;
		}
		if (!shown)
			doc_paragraph_add(d, NULL, "Inget är inplanerat under tertialen.");
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
