/*
 * annual_doc.c: the parts of the annual and interim reports that no other
 * report has: the five-year overview, a compact participant table, the
 * charts of the participant statistics and of the costs, the follow-up of
 * each intervention, and the signatures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"

/* Where a year's grant came from, as a reader of the ratio needs it. */
static const char *basis_words(enum grant_basis b)
{
	switch (b) {
	case GRANT_BASIS_BUDGET: return "medlemmarnas driftbidrag enligt budgeten";
	case GRANT_BASIS_ACCOUNTS: return "driftbidraget enligt kontona för driftbidrag";
	default: return "alla verksamhetens intäkter (det finns varken budget eller konto för driftbidrag)";
	}
}

void doc_grant_basis(struct doc *d, struct doc_block *parent, const struct equity_rule *rules, const int *years,
		     size_t n)
{
	struct buf b;
	char amount[32];
	size_t i;

	buf_init(&b);
	buf_adds(&b, "Eget kapital / driftbidrag räknas på ");
	for (i = 0; i < n; i++) {
		if (n > 1)
			buf_addf(&b, "%s%d: ", i ? "; " : "", years[i]);
		buf_addf(&b, "%s, %s kr", basis_words(rules[i].basis),
			 money_format(amount, sizeof(amount), rules[i].grant, MONEY_STYLE_KR));
	}
	buf_addf(&b, ". Målet är att eget kapital är högst %d %% av driftbidraget.", EQUITY_TO_GRANT_GOAL_PERCENT);
	doc_paragraph_add(d, parent, b.s);
	buf_release(&b);
}

static void basis_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum grant_basis b = *(const enum grant_basis *)at;

	doc_cell_text(r, col, basis_words(b), grant_basis_key(b));
}

#define OV_RATIO(k, label, member)                                                                 \
	{ .key = k, .title = label, .kind = DOC_KIND_RATIO, .in = DOC_IN_PERCENT,                   \
	  DOC_AT(struct overview_year, member) }

#define OV_MONEY(k, label, st, member) DOC_MONEY_ROW(k, label, st, struct overview_year, member)

/* The rows of the five-year overview, in the order people read them; for
 * programs a record per year. */
static const struct doc_col overview_cols[] = {
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct overview_year, year) },
	OV_MONEY("revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL, revenue),
	OV_MONEY("expenses", "Verksamhetens kostnader", DOC_ROW_NORMAL, expenses),
	OV_MONEY("financial_net", "Finansiella poster, netto", DOC_ROW_NORMAL, financial_net),
	OV_MONEY("result_after_financial", "Resultat efter finansiella poster", DOC_ROW_SUM, result_after_financial),
	OV_MONEY("appropriations", "Bokslutsdispositioner och skatt", DOC_ROW_OPTIONAL, appropriations),
	OV_MONEY("result", "Årets resultat", DOC_ROW_SUM, result),
	OV_MONEY("equity", "Eget kapital", DOC_ROW_NORMAL, equity),
	OV_RATIO("solidity", "Soliditet", solidity),
	OV_MONEY("grant", "Driftbidrag från medlemmarna", DOC_ROW_NORMAL, rule.grant),
	OV_RATIO("equity_to_grant", "Eget kapital / driftbidrag", rule.ratio),
	{ .key = "grant_basis", .title = "Driftbidraget enligt", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(basis_cell, struct overview_year, rule.basis) },
};

void doc_five_year(struct doc *d, struct doc_block *parent, const struct statements *years, size_t n)
{
	/* The section's heading names it: the table needs no title of its own. */
	struct doc_table *t = doc_table_add(d, parent, DOC_TABLE_FIGURES, NULL, NULL, n);
	struct overview_year *ov = xcalloc(n ? n : 1, sizeof(*ov));
	struct equity_rule *rules = xcalloc(n ? n : 1, sizeof(*rules));
	int *labels = xcalloc(n ? n : 1, sizeof(*labels));
	size_t j;

	t->people_only = 1;
	doc_rows_from(t, overview_cols, DOC_N(overview_cols));
	/* Every figure from the one projection of the statements. */
	for (j = 0; j < n; j++) {
		char head[16];

		statements_overview(&years[j], &ov[j]);
		rules[j] = ov[j].rule;
		labels[j] = ov[j].year;
		snprintf(head, sizeof(head), "%d", ov[j].year);
		doc_column_set(t, j, NULL, head, ov[j].year);
		doc_column_record(t, j, &ov[j]);
	}
	doc_grant_basis(d, parent, rules, labels, n);
	t = doc_table_from(d, parent, DOC_TABLE_RECORDS, "five_year_overview", NULL, overview_cols,
			   DOC_N(overview_cols), DOC_FOR_PROGRAMS);
	doc_records(t, ov, n, sizeof(ov[0]));
	free(ov);
	free(rules);
	free(labels);
}

#define SEX(label, member) { .title = label, .kind = DOC_KIND_COUNT, .in = DOC_IN_PERSONS, \
			     DOC_GET(doc_get_count, struct psex, member) }

/* A count by sex, protected. */
static const struct doc_col sex_cols[] = {
	SEX("Totalt", total),
	SEX("Kvinnor", women),
	SEX("Män", men),
};

void doc_pstats_summary(struct doc *d, struct doc_block *parent, const struct pstats *s, int threshold)
{
	static const char *const labels[4] = { "Inskrivna under året", "Nya under året", "Avslutade under året",
						"Avslutade till arbete eller studier" };
	const struct psex *m[4] = { &s->all.enrolled, &s->all.new_, &s->all.exited, &s->all.to_work };
	struct doc_table *t = doc_table_from(d, parent, DOC_TABLE_FIGURES, NULL, NULL, sex_cols, DOC_N(sex_cols),
					     DOC_FOR_PEOPLE);
	char line[200];
	size_t i;

	doc_table_context(t, &threshold);
	for (i = 0; i < 4; i++)
		doc_row_record(t, NULL, labels[i], DOC_ROW_NORMAL, m[i]);
	if (!s->share_hidden && s->all.exited.total.n > 0) {
		int64_t pct = 0;

		ratio_scaled(s->all.to_work.total.n, s->all.exited.total.n, 2, &pct);

		snprintf(line, sizeof(line), "%lld %% av dem som avslutades gick till arbete eller studier.",
			 (long long)pct);
		doc_paragraph_add(d, parent, line);
	}
	if (!s->mean_hidden && s->days_n > 0) {
		snprintf(line, sizeof(line), "De som avslutades var i genomsnitt %lld dagar i insatsen.",
			 (long long)pstats_mean_days(s));
		doc_paragraph_add(d, parent, line);
	}
	if (s->anonymous.total.n > 0) {
		t = doc_table_from(d, parent, DOC_TABLE_FIGURES, NULL, NULL, sex_cols, DOC_N(sex_cols), DOC_FOR_PEOPLE);
		doc_table_context(t, &threshold);
		doc_row_record(t, NULL, "Anonyma deltagare", DOC_ROW_NORMAL, &s->anonymous);
	}
}

/* A count in a chart: shown counts only; a hidden one stays empty. */
static void chart_count(struct doc_row *r, size_t col, const struct pcell *c)
{
	if (c->mark == CELL_SHOWN)
		doc_cell_int(r, col, c->n);
}

static void dist_chart(struct doc *d, struct doc_block *parent, const char *title, const struct pdist *a,
		       const char *a_label, const struct pdist *b, const char *b_label, enum vocab v)
{
	const char *const *words = vocab_words(v);
	struct doc_table *t = doc_chart_add(d, parent, DOC_CHART_BARS, NULL, title, b ? 2 : 1);
	size_t k;

	doc_column_set(t, 0, NULL, a_label, 0);
	if (b)
		doc_column_set(t, 1, NULL, b_label, 0);
	for (k = 0; k < a->n; k++) {
		struct doc_row *r;

		/* Categories nobody is in would only widen the chart. */
		if (a->cell[k].n == 0 && (!b || b->cell[k].n == 0))
			continue;
		r = doc_row_add(t, NULL, words[k], DOC_ROW_NORMAL);
		chart_count(r, 0, &a->cell[k]);
		if (b)
			chart_count(r, 1, &b->cell[k]);
	}
}

void doc_pstats_charts(struct doc *d, struct doc_block *parent, const struct pstats *years, size_t n)
{
	const struct pstats *s = &years[n - 1];
	struct doc_table *t;
	size_t i;
	int hidden = 0;

	t = doc_chart_add(d, parent, DOC_CHART_BARS, NULL, "Deltagare per år", 2);
	doc_column_set(t, 0, NULL, "Kvinnor", 0);
	doc_column_set(t, 1, NULL, "Män", 0);
	for (i = 0; i < n; i++) {
		char year[16];
		struct doc_row *r;

		snprintf(year, sizeof(year), "%d", years[i].year);
		r = doc_row_add(t, NULL, year, DOC_ROW_NORMAL);
		chart_count(r, 0, &years[i].all.enrolled.women);
		chart_count(r, 1, &years[i].all.enrolled.men);
	}
	t = doc_chart_add(d, parent, DOC_CHART_BARS, NULL, "Ålder vid inskrivning", 2);
	doc_column_set(t, 0, NULL, "Kvinnor", 0);
	doc_column_set(t, 1, NULL, "Män", 0);
	for (i = 0; i < PSTATS_BANDS; i++) {
		struct doc_row *r = doc_row_add(t, NULL, pstats_band_label((int)i), DOC_ROW_NORMAL);

		chart_count(r, 0, &s->band[i].enrolled.women);
		chart_count(r, 1, &s->band[i].enrolled.men);
	}
	dist_chart(d, parent, "Försörjning före och efter, de som avslutades under året", &s->support_before_exited,
		   "Vid inskrivning", &s->support_after, "Vid avslut", VOCAB_SUPPORT);
	dist_chart(d, parent, "Utbildning", &s->education, "Inskrivna", NULL, NULL, VOCAB_EDUCATION);
	dist_chart(d, parent, "Tid i offentlig försörjning före insatsen", &s->time_in_support, "Inskrivna", NULL,
		   NULL, VOCAB_TIME_IN_SUPPORT);
	for (i = 0; i < s->support_after.n && !hidden; i++)
		hidden = s->support_after.cell[i].mark != CELL_SHOWN;
	for (i = 0; i < PSTATS_BANDS && !hidden; i++)
		hidden = s->band[i].enrolled.women.mark != CELL_SHOWN || s->band[i].enrolled.men.mark != CELL_SHOWN;
	if (hidden)
		doc_paragraph_add(d, parent, "Diagrammen visar inte grupper som är för små för att visas.");
}

void doc_cost_chart(struct doc *d, struct doc_block *parent, const struct cost_shares *c)
{
	struct doc_table *t;
	struct buf b;
	char amount[32];
	size_t i;

	if (c->n == 0)
		return;
	t = doc_chart_add(d, parent, DOC_CHART_PIE, NULL, "Kostnadernas fördelning", 1);
	doc_column_set(t, 0, NULL, "Kostnader", 0);
	for (i = 0; i < c->n; i++)
		doc_cell_money(doc_row_add(t, NULL, c->slices[i].name, DOC_ROW_NORMAL), 0, c->slices[i].cost);
	buf_init(&b);
	buf_addf(&b, "Verksamhetens kostnader, %s kr: ", money_format(amount, sizeof(amount), c->expenses,
									MONEY_STYLE_KR));
	for (i = 0; i < c->n; i++)
		buf_addf(&b, "%s%s %lld %%", i ? ", " : "", c->slices[i].name, (long long)c->slices[i].percent);
	buf_adds(&b, ".");
	doc_paragraph_add(d, parent, b.s);
	buf_release(&b);
}

/* Adds "label: value" as a line of the facts (none when value is empty). */
static void line_add(struct buf *facts, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	buf_addf(facts, "%s%s: %s", facts->len ? "\n" : "", label, value);
}

/* An intervention's funding, its rows without keys (people only). */
static const struct doc_col funding_rows[] = {
	{ .title = "Beslutad finansiering", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR,
	  DOC_AT(struct commitment, decided) },
	{ .title = "Utbetalt", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, DOC_AT(struct commitment, paid) },
	{ .title = "Återstår", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .style = DOC_ROW_SUM,
	  DOC_AT(struct commitment, remaining) },
};

void doc_intervention_followup(struct doc *d, struct doc_block *parent, const struct intervention *iv,
			       const struct commitment *c, const struct pstats *s, int threshold,
			       const struct goals_data *g)
{
	struct doc_block *sec = doc_section_add(d, parent, iv->name);
	char line[1400], a[11], b[11];
	struct buf facts;
	size_t i;

	buf_init(&facts);
	line_add(&facts, "Slag", intervention_kind_label(iv->kind));
	line_add(&facts, "Projektägare", iv->owner);
	line_add(&facts, "Samverkande parter", iv->partners);
	if (iv->age_max)
		snprintf(line, sizeof(line), "%s%s(%d–%d år)", iv->target_group, *iv->target_group ? " " : "",
			 iv->age_min, iv->age_max);
	else
		snprintf(line, sizeof(line), "%s", iv->target_group);
	line_add(&facts, "Målgrupp", line);
	if (date_is_set(iv->start) || date_is_set(iv->end)) {
		a[0] = b[0] = '\0';
		if (date_is_set(iv->start))
			date_format(a, iv->start);
		if (date_is_set(iv->end))
			date_format(b, iv->end);
		snprintf(line, sizeof(line), "%s – %s", a, b);
		line_add(&facts, "Projekttid", line);
	}
	if (date_is_set(iv->p_start) || date_is_set(iv->p_end)) {
		a[0] = b[0] = '\0';
		if (date_is_set(iv->p_start))
			date_format(a, iv->p_start);
		if (date_is_set(iv->p_end))
			date_format(b, iv->p_end);
		snprintf(line, sizeof(line), "%s – %s", a, b);
		line_add(&facts, "Deltagarperiod", line);
	}
	line_add(&facts, "Syfte", iv->purpose);
	line_add(&facts, "Mål", iv->goals);
	doc_paragraph_add(d, sec, facts.s);
	buf_release(&facts);
	if (c && c->decided) {
		struct doc_table *t = doc_table_add(d, sec, DOC_TABLE_FIGURES, NULL, NULL, 1);

		t->people_only = 1;
		doc_column_set(t, 0, NULL, "Kronor", 0);
		doc_rows_from(t, funding_rows, DOC_N(funding_rows));
		doc_column_record(t, 0, c);
	}
	if (s && (s->all.enrolled.total.n > 0 || s->anonymous.total.n > 0))
		doc_pstats_summary(d, sec, s, threshold);
	for (i = 0; g && i < g->n_results; i++) {
		const struct result_goal *r = &g->results[i];
		const struct indicator_value one = goals_indicator_value(g, i, PERIOD_ANNUAL, NULL), *v = &one;
		char target[64] = "", value[64] = "";

		if (r->intervention_id != iv->id)
			continue;
		if (r->has_target)
			indicator_value_format(target, sizeof(target), r->target, r->unit);
		if (v->available && !v->hidden)
			indicator_value_format(value, sizeof(value), v->value, r->unit);
		snprintf(line, sizeof(line), "Indikator: %s. Målvärde %s%s, utfall %s.", r->text,
			 r->at_most ? "högst " : "", *target ? target : "saknas",
			 *value ? value : v->hidden ? "för få för att visas" : "saknas");
		doc_paragraph_add(d, sec, line);
	}
}

void doc_signatures(struct doc *d, struct doc_block *parent, const struct board_member *b, size_t n,
		    const char *place)
{
	char line[400];
	size_t i;

	snprintf(line, sizeof(line), "%s den ____________________", place && *place ? place : "Ort");
	doc_paragraph_add(d, parent, line);
	for (i = 0; i < n; i++) {
		if (b[i].role == BOARD_DEPUTY)
			continue;
		snprintf(line, sizeof(line), "\n______________________________\n%s, %s", b[i].name,
			 board_role_label(b[i].role));
		doc_paragraph_add(d, parent, line);
	}
	if (n == 0)
		doc_paragraph_add(d, parent, "\n______________________________\nStyrelsens ledamöter (lägg in dem "
					     "med 'finsam board add')");
}

void doc_balance_note(struct doc *d, struct doc_block *parent, const char *title, struct date end,
		      const struct date *prev_end, const struct note_line *l, size_t n)
{
	struct doc_block *sec = doc_section_add(d, parent, title);
	int has_prev = prev_end != NULL;
	struct doc_table *t = doc_table_add(d, sec, DOC_TABLE_FIGURES, NULL, NULL, has_prev ? 2 : 1);
	int64_t cur, prev;
	char head[11];
	size_t i;

	t->people_only = 1;
	doc_column_set(t, 0, NULL, date_format(head, end), end.y);
	if (has_prev)
		doc_column_set(t, 1, NULL, date_format(head, *prev_end), prev_end->y);
	for (i = 0; i < n; i++) {
		char label[200];
		struct doc_row *r;

		snprintf(label, sizeof(label), "%s%s%s", l[i].number, l[i].name[0] ? " " : "", l[i].name);
		r = doc_row_add(t, NULL, label, DOC_ROW_NORMAL);
		doc_cell_money(r, 0, l[i].current);
		if (has_prev)
			doc_cell_money(r, 1, l[i].previous);
	}
	note_lines_total(l, n, &cur, &prev);
	{
		struct doc_row *r = doc_row_add(t, NULL, "Summa", DOC_ROW_SUM);

		doc_cell_money(r, 0, cur);
		if (has_prev)
			doc_cell_money(r, 1, prev);
	}
}
