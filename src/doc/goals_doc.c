/*
 * goals_doc.c: the goals of a plan year as document parts: per goal its
 * result goals with follow-up, target, outcome and assessment (for the
 * annual and interim reports and the business plan), and the board's
 * composition.
 */
#include <stdio.h>
#include <string.h>

#include "base/money.h"
#include "doc/reports.h"

static const struct goal *goal_of(const struct goals_data *g, int64_t id)
{
	size_t i;

	for (i = 0; i < g->n_goals; i++)
		if (g->goals[i].id == id)
			return &g->goals[i];
	return NULL;
}

static const char *insats_name(const struct goals_data *g, int64_t id)
{
	size_t i;

	for (i = 0; i < g->n_interventions; i++)
		if (g->interventions[i].id == id)
			return g->interventions[i].name;
	return "";
}

/* The outcome of result goal i in a period as people read it and as
 * programs do, from its one value (goals_indicator_value); returns 0 when
 * there is none. */
static int outcome(const struct goals_data *g, size_t i, enum goal_period period, char *text, size_t n,
		   char *value, size_t vn)
{
	const struct result_goal *r = &g->results[i];
	struct indicator_value v = goals_indicator_value(g, i, period, NULL);

	if (!v.available)
		return 0;
	if (v.hidden) {
		snprintf(text, n, "färre än %d personer", g->threshold);
		snprintf(value, vn, "<%d", g->threshold);
		return 1;
	}
	indicator_value_format(text, n, v.value, r->unit);
	ratio_format(value, vn, v.value, 100, 2);
	return 1;
}

/* The goals of a year as a table reads them: which period, and whether
 * they are planned (the business plan: no outcome, no assessment). */
struct goals_view {
	const struct goals_data *g;
	enum goal_period period;
	int planned;
};

static void status_cell(struct doc_row *r, size_t col, const struct assessment *a)
{
	doc_cell_text(r, col, "", goal_status_key(a ? a->status : GOAL_NOT_ASSESSED));
}

/* The getters of a result goal's columns: at is the result goal. */
static size_t result_index(const void *at, const struct goals_view *w)
{
	return (size_t)((const struct result_goal *)at - w->g->results);
}

static void ref_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct result_goal *rg = at;
	char ref[32];

	snprintf(ref, sizeof(ref), "%d.%d", goal_of(((const struct goals_view *)ctx)->g, rg->goal_id)->number,
		 rg->number);
	doc_cell_text(r, col, ref, NULL);
}

static void indicator_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_text(r, col, indicator_kind_key(*(const enum indicator_kind *)at), NULL);
}

static void insats_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int64_t id = *(const int64_t *)at;

	if (id)
		doc_cell_text(r, col, insats_name(((const struct goals_view *)ctx)->g, id), NULL);
}

static void target_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct result_goal *rg = at;
	char value[64];

	if (!rg->has_target)
		return;
	ratio_format(value, sizeof(value), rg->target, 100, 2);
	doc_cell_text(r, col, value, NULL);
}

static void at_most_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_text(r, col, "", *(const int *)at ? "true" : "false");
}

/* The outcome of a period, for programs. */
static void value_cell(struct doc_row *r, size_t col, const void *at, const struct goals_view *w, enum goal_period p)
{
	char text[200], value[64];

	if (outcome(w->g, result_index(at, w), p, text, sizeof(text), value, sizeof(value)))
		doc_cell_text(r, col, value, NULL);
}

static void annual_value(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	value_cell(r, col, at, ctx, PERIOD_ANNUAL);
}

static void interim_value(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	value_cell(r, col, at, ctx, PERIOD_INTERIM);
}

/* Whether the year's value reaches the target, when both are known. */
static void reached_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct goals_view *w = ctx;
	const struct result_goal *rg = at;
	struct indicator_value v = goals_indicator_value(w->g, result_index(at, w), PERIOD_ANNUAL, NULL);

	if (v.available && rg->has_target && !v.hidden)
		doc_cell_text(r, col, "", indicator_reached(rg, v.value) ? "true" : "false");
}

static void result_status(struct doc_row *r, size_t col, const void *at, const void *ctx, enum goal_period p)
{
	const struct result_goal *rg = at;

	status_cell(r, col, goals_assessment(((const struct goals_view *)ctx)->g, rg->goal_id, rg->id, p));
}

static void result_interim_status(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	result_status(r, col, at, ctx, PERIOD_INTERIM);
}

static void result_annual_status(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	result_status(r, col, at, ctx, PERIOD_ANNUAL);
}

/* A result goal for people: its number before it (unless planned) and its
 * intervention after it; programs read the text alone. */
static void text_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct goals_view *w = ctx;
	const struct result_goal *rg = at;
	char ref[32], line[1400];

	snprintf(ref, sizeof(ref), "%d.%d ", goal_of(w->g, rg->goal_id)->number, rg->number);
	if (rg->intervention_id)
		snprintf(line, sizeof(line), "%s%s (%s)", w->planned ? "" : ref, rg->text,
			 insats_name(w->g, rg->intervention_id));
	else
		snprintf(line, sizeof(line), "%s%s", w->planned ? "" : ref, rg->text);
	doc_cell_text(r, col, line, rg->text);
}

static void follow_up_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const char *follow_up = at;
	char line[1100];

	if (!*follow_up)
		return;
	snprintf(line, sizeof(line), "Uppföljning: %s", follow_up);
	doc_cell_text(r, col, line, follow_up);
}

static void target_text_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct result_goal *rg = at;
	char buf[200], value[64], people[300];

	if (!rg->has_target)
		return;
	indicator_value_format(buf, sizeof(buf), rg->target, rg->unit);
	snprintf(people, sizeof(people), "Målvärde: %s%s", rg->at_most ? "högst " : "", buf);
	ratio_format(value, sizeof(value), rg->target, 100, 2);
	doc_cell_text(r, col, people, value);
}

static void outcome_text_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct goals_view *w = ctx;
	char buf[200], value[64], people[300];

	if (outcome(w->g, result_index(at, w), w->period, buf, sizeof(buf), value, sizeof(value))) {
		snprintf(people, sizeof(people), "Utfall: %s", buf);
		doc_cell_text(r, col, people, value);
	}
}

/* The assessment of the period; not assessed but measured: whether the
 * target is reached. */
static void assessment_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct goals_view *w = ctx;
	const struct result_goal *rg = at;
	const struct assessment *a = goals_assessment(w->g, rg->goal_id, rg->id, w->period);
	struct indicator_value v = goals_indicator_value(w->g, result_index(at, w), w->period, NULL);

	if (a) {
		doc_cell_text(r, col, goal_status_label(a->status), goal_status_key(a->status));
	} else if (rg->has_target && v.available && !v.hidden) {
		int ok = indicator_reached(rg, v.value);

		doc_cell_text(r, col, ok ? "Nått" : "Ej nått", ok ? "reached" : "not_reached");
	} else {
		doc_cell_text(r, col, goal_status_label(GOAL_NOT_ASSESSED), goal_status_key(GOAL_NOT_ASSESSED));
	}
}

/* A goal's result goals for people; the plan has the first four. */
static const struct doc_col section_cols[] = {
	{ .key = "ref", .title = "Nr", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS, .get = ref_cell },
	{ .key = "text", .title = "Resultatmål", .kind = DOC_KIND_TEXT, .get = text_cell },
	{ .key = "follow_up", .title = "Uppföljning", .kind = DOC_KIND_TEXT,
	  DOC_GET(follow_up_cell, struct result_goal, follow_up) },
	{ .key = "target", .title = "Målvärde", .kind = DOC_KIND_TEXT, .get = target_text_cell },
	{ .key = "outcome", .title = "Utfall", .kind = DOC_KIND_TEXT, .get = outcome_text_cell },
	{ .key = "status", .title = "Bedömning", .kind = DOC_KIND_TEXT, .get = assessment_cell },
};

void doc_goals_section(struct doc *d, struct doc_block *parent, const struct goals_data *g,
		       enum goal_period period, int planned)
{
	struct goals_view w = { g, period, planned };
	size_t i, j;

	if (g->n_goals == 0) {
		doc_paragraph_add(d, parent, "Inga mål är inlagda för året.");
		return;
	}
	for (i = 0; i < g->n_goals; i++) {
		const struct goal *goal = &g->goals[i];
		const struct assessment *ga = planned ? NULL : goals_assessment(g, goal->id, 0, period);
		char title[300], line[2300];
		struct doc_block *sec;
		struct doc_table *t;

		snprintf(title, sizeof(title), "Mål %d: %s", goal->number, goal->title);
		sec = doc_section_add(d, parent, title);
		snprintf(line, sizeof(line), "Område: %s", goal_area_label(goal->area));
		doc_paragraph_add(d, sec, line);
		if (goal->description[0])
			doc_paragraph_add(d, sec, goal->description);
		snprintf(title, sizeof(title), "Resultatmål för mål %d", goal->number);
		t = doc_table_from(d, sec, DOC_TABLE_RECORDS, NULL, title, section_cols, planned ? 4 : DOC_N(section_cols),
				   DOC_FOR_BOTH);
		doc_table_context(t, &w);
		if (!planned) {
			doc_table_list(t, 5, 1);
		} else {
			doc_table_list(t, 0, 1);
			t->cols[0].hidden_in_text = 0;
		}
		for (j = 0; j < g->n_results; j++)
			if (g->results[j].goal_id == goal->id)
				doc_row_record(t, NULL, NULL, DOC_ROW_NORMAL, &g->results[j]);
		/* The comments follow the table, each naming its result goal. */
		for (j = 0; !planned && j < g->n_results; j++) {
			const struct assessment *a = goals_assessment(g, goal->id, g->results[j].id, period);

			if (g->results[j].goal_id == goal->id && a && a->comment[0]) {
				snprintf(line, sizeof(line), "%d.%d: %s", goal->number, g->results[j].number, a->comment);
				doc_paragraph_add(d, sec, line);
			}
		}
		if (!planned) {
			snprintf(line, sizeof(line), "Mål %d bedöms: %s.", goal->number,
				 goal_status_label(ga ? ga->status : GOAL_NOT_ASSESSED));
			doc_paragraph_add(d, sec, line);
			if (ga && ga->comment[0])
				doc_paragraph_add(d, sec, ga->comment);
		}
	}
}

static void area_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum goal_area area = *(const enum goal_area *)at;

	doc_cell_text(r, col, goal_area_label(area), goal_area_key(area));
}

/* A goal's assessment in a period: its status, for programs, and its comment. */
static const struct assessment *assessed(const void *at, const void *ctx, enum goal_period p)
{
	return goals_assessment(((const struct goals_view *)ctx)->g, *(const int64_t *)at, 0, p);
}

static void comment_cell(struct doc_row *r, size_t col, const struct assessment *a)
{
	doc_cell_text(r, col, a ? a->comment : "", NULL);
}

static void interim_status(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	status_cell(r, col, assessed(at, ctx, PERIOD_INTERIM));
}

static void annual_status(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	status_cell(r, col, assessed(at, ctx, PERIOD_ANNUAL));
}

static void interim_comment(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	comment_cell(r, col, assessed(at, ctx, PERIOD_INTERIM));
}

static void annual_comment(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	comment_cell(r, col, assessed(at, ctx, PERIOD_ANNUAL));
}

/* The goals of a year for programs, both periods. */
static const struct doc_col goal_cols[] = {
	{ .key = "number", .title = "Nr", .kind = DOC_KIND_INT, DOC_AT(struct goal, number) },
	{ .key = "title", .title = "Mål", .kind = DOC_KIND_TEXT, DOC_AT(struct goal, title) },
	{ .key = "area", .title = "Område", .kind = DOC_KIND_TEXT, DOC_GET(area_cell, struct goal, area) },
	{ .key = "interim_status", .title = "Delår", .kind = DOC_KIND_TEXT, DOC_GET(interim_status, struct goal, id) },
	{ .key = "annual_status", .title = "Helår", .kind = DOC_KIND_TEXT, DOC_GET(annual_status, struct goal, id) },
	{ .key = "interim_comment", .title = "Kommentar delår", .kind = DOC_KIND_TEXT,
	  DOC_GET(interim_comment, struct goal, id) },
	{ .key = "annual_comment", .title = "Kommentar helår", .kind = DOC_KIND_TEXT,
	  DOC_GET(annual_comment, struct goal, id) },
};

/* The result goals of a year for programs: the year's value (the annual
 * one), and the interim's beside it. */
static const struct doc_col result_cols[] = {
	{ .key = "ref", .title = "Nr", .kind = DOC_KIND_TEXT, .get = ref_cell },
	DOC_TEXT("text", "Resultatmål", struct result_goal, text),
	DOC_TEXT("follow_up", "Uppföljning", struct result_goal, follow_up),
	{ .key = "indicator", .title = "Indikator", .kind = DOC_KIND_TEXT,
	  DOC_GET(indicator_cell, struct result_goal, indicator) },
	{ .key = "intervention", .title = "Insats", .kind = DOC_KIND_TEXT,
	  DOC_GET(insats_cell, struct result_goal, intervention_id) },
	{ .key = "target", .title = "Målvärde", .kind = DOC_KIND_TEXT, .get = target_cell },
	{ .key = "at_most", .title = "Högst", .kind = DOC_KIND_TEXT, DOC_GET(at_most_cell, struct result_goal, at_most) },
	DOC_TEXT("unit", "Enhet", struct result_goal, unit),
	{ .key = "value", .title = "Utfall", .kind = DOC_KIND_TEXT, .get = annual_value },
	{ .key = "reached", .title = "Nått", .kind = DOC_KIND_TEXT, .get = reached_cell },
	{ .key = "interim_status", .title = "Delår", .kind = DOC_KIND_TEXT, .get = result_interim_status },
	{ .key = "annual_status", .title = "Helår", .kind = DOC_KIND_TEXT, .get = result_annual_status },
	{ .key = "interim_value", .title = "Utfall delår", .kind = DOC_KIND_TEXT, .get = interim_value },
};

void doc_goals_records(struct doc *d, const struct goals_data *g)
{
	struct doc_table *t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "goals", NULL, goal_cols, DOC_N(goal_cols),
					     DOC_FOR_PROGRAMS);
	struct goals_view w = { g, PERIOD_ANNUAL, 0 };
	size_t i;

	doc_table_context(t, &w);
	doc_records(t, g->goals, g->n_goals, sizeof(g->goals[0]));
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "result_goals", NULL, result_cols, DOC_N(result_cols),
			   DOC_FOR_PROGRAMS);
	doc_table_context(t, &w);
	for (i = 0; i < g->n_results; i++)
		if (goal_of(g, g->results[i].goal_id))
			doc_row_record(t, NULL, NULL, DOC_ROW_NORMAL, &g->results[i]);
}

struct doc *doc_goals(const struct association *a, const struct goals_data *g)
{
	char title[64];
	struct doc *d;
	struct doc_block *s;

	snprintf(title, sizeof(title), "Mål och måluppfyllelse %d", g->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", g->year);
	s = doc_section_add(d, NULL, "Delårsrapport");
	doc_goals_section(d, s, g, PERIOD_INTERIM, 0);
	s = doc_section_add(d, NULL, "Årsredovisning");
	doc_goals_section(d, s, g, PERIOD_ANNUAL, 0);
	doc_goals_records(d, g);
	return d;
}

static void role_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum board_role role = *(const enum board_role *)at;

	doc_cell_text(r, col, board_role_label(role), board_role_key(role));
}

/* The board; the id its corrections take comes last, in the list only. */
static const struct doc_col board_cols[] = {
	{ .key = "name", .title = "Namn", .kind = DOC_KIND_TEXT, DOC_AT(struct board_member, name) },
	{ .key = "role", .title = "Roll", .kind = DOC_KIND_TEXT, DOC_GET(role_cell, struct board_member, role) },
	{ .key = "appointed_by", .title = "Utsedd av", .kind = DOC_KIND_TEXT,
	  DOC_AT(struct board_member, appointed_by) },
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct board_member, id) },
};

/* The board's table; with_id adds the id its corrections take (the list,
 * not the annual report). */
static void board_table(struct doc *d, struct doc_block *parent, int year, const struct board_member *b, size_t n,
			int with_id)
{
	char title[64];
	struct doc_table *t;

	snprintf(title, sizeof(title), "Styrelsens sammansättning %d", year);
	t = doc_table_from(d, parent, DOC_TABLE_RECORDS, "board", title, board_cols,
			   with_id ? DOC_N(board_cols) : DOC_N(board_cols) - 1, DOC_FOR_BOTH);
	doc_records(t, b, n, sizeof(b[0]));
}

void doc_board_table(struct doc *d, struct doc_block *parent, int year, const struct board_member *b, size_t n)
{
	board_table(d, parent, year, b, n, 0);
}

struct doc *doc_board(const struct association *a, int year, const struct board_member *b, size_t n)
{
	struct doc *d = doc_new("Styrelsen");

	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	board_table(d, NULL, year, b, n, 1);
	return d;
}

struct doc *doc_insats_indicators(const struct association *a, const struct goals_data *g, int64_t intervention_id)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;
	size_t i;

	snprintf(title, sizeof(title), "Indikatorer %d", g->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", g->year);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "indicators", title, 5);
	doc_column_set(t, 0, "ref", "Mål", 0);
	doc_column_set(t, 1, "text", "Resultatmål", 0);
	doc_column_set(t, 2, "target", "Målvärde", 0);
	doc_column_set(t, 3, "value", "Utfall", 0);
	doc_column_set(t, 4, "reached", "Nått", 0);
	for (i = 0; i < g->n_results; i++) {
		const struct result_goal *r = &g->results[i];
		const struct indicator_value one = goals_indicator_value(g, i, PERIOD_ANNUAL, NULL), *v = &one;
		const struct goal *goal = goal_of(g, r->goal_id);
		struct doc_row *row;
		char ref[16], buf[64], value[64], people[80];

		if (r->intervention_id != intervention_id || !goal)
			continue;
		row = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
		snprintf(ref, sizeof(ref), "%d.%d", goal->number, r->number);
		doc_cell_text(row, 0, ref, NULL);
		doc_cell_text(row, 1, r->text, NULL);
		if (r->has_target) {
			ratio_format(value, sizeof(value), r->target, 100, 2);
			snprintf(people, sizeof(people), "%s%s", r->at_most ? "högst " : "",
				 indicator_value_format(buf, sizeof(buf), r->target, r->unit));
			doc_cell_text(row, 2, people, value);
		}
		if (v->available && v->hidden) {
			snprintf(buf, sizeof(buf), "färre än %d", g->threshold);
			doc_cell_text(row, 3, buf, NULL);
		} else if (v->available) {
			ratio_format(value, sizeof(value), v->value, 100, 2);
			doc_cell_text(row, 3, indicator_value_format(buf, sizeof(buf), v->value, r->unit), value);
			if (r->has_target)
				doc_cell_text(row, 4, indicator_reached(r, v->value) ? "ja" : "nej",
					      indicator_reached(r, v->value) ? "true" : "false");
		}
	}
	if (t->n_rows == 0) {
		t->machine_only = 1;
		doc_paragraph_add(d, NULL, "Inga resultatmål följer upp insatsen det här året.");
	}
	return d;
}
