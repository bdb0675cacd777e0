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

/* The rows of the five-year overview, in the order people read them. */
enum ov_row { OV_REVENUE, OV_EXPENSES, OV_FINANCIAL, OV_AFTER_FINANCIAL, OV_APPROPRIATIONS, OV_RESULT,
	      OV_EQUITY, OV_SOLIDITY, OV_GRANT, OV_EQUITY_TO_GRANT, OV__MAX };

static const struct {
	const char *key, *label;
	enum doc_row_style style;
} ov_rows[OV__MAX] = {
	[OV_REVENUE] = { "revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL },
	[OV_EXPENSES] = { "expenses", "Verksamhetens kostnader", DOC_ROW_NORMAL },
	[OV_FINANCIAL] = { "financial_net", "Finansiella poster, netto", DOC_ROW_NORMAL },
	[OV_AFTER_FINANCIAL] = { "result_after_financial", "Resultat efter finansiella poster", DOC_ROW_SUM },
	[OV_APPROPRIATIONS] = { "appropriations", "Bokslutsdispositioner och skatt", DOC_ROW_OPTIONAL },
	[OV_RESULT] = { "result", "Årets resultat", DOC_ROW_SUM },
	[OV_EQUITY] = { "equity", "Eget kapital", DOC_ROW_NORMAL },
	[OV_SOLIDITY] = { "solidity", "Soliditet", DOC_ROW_NORMAL },
	[OV_GRANT] = { "grant", "Driftbidrag från medlemmarna", DOC_ROW_NORMAL },
	[OV_EQUITY_TO_GRANT] = { "equity_to_grant", "Eget kapital / driftbidrag", DOC_ROW_NORMAL },
};

static void ov_cell(struct doc_row *r, size_t col, const struct overview_year *o, enum ov_row row)
{
	switch (row) {
	case OV_REVENUE: doc_cell_money(r, col, o->revenue); break;
	case OV_EXPENSES: doc_cell_money(r, col, o->expenses); break;
	case OV_FINANCIAL: doc_cell_money(r, col, o->financial_net); break;
	case OV_AFTER_FINANCIAL: doc_cell_money(r, col, o->result_after_financial); break;
	case OV_APPROPRIATIONS: doc_cell_money(r, col, o->appropriations); break;
	case OV_RESULT: doc_cell_money(r, col, o->result); break;
	case OV_EQUITY: doc_cell_money(r, col, o->equity); break;
	case OV_SOLIDITY: doc_cell_ratio(r, col, o->solidity.num, o->solidity.den); break;
	case OV_GRANT: doc_cell_money(r, col, o->rule.grant); break;
	default: doc_cell_ratio(r, col, o->rule.ratio.num, o->rule.ratio.den); break;
	}
}

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

void doc_five_year(struct doc *d, struct doc_block *parent, const struct statements *years, size_t n)
{
	/* The section's heading names it: the table needs no title of its own. */
	struct doc_table *t = doc_table_add(d, parent, DOC_TABLE_FIGURES, NULL, NULL, n);
	struct overview_year *ov = xcalloc(n ? n : 1, sizeof(*ov));
	struct equity_rule *rules = xcalloc(n ? n : 1, sizeof(*rules));
	int *labels = xcalloc(n ? n : 1, sizeof(*labels));
	size_t i, j;

	/* Every figure from the one projection of the statements. */
	for (j = 0; j < n; j++) {
		statements_overview(&years[j], &ov[j]);
		rules[j] = ov[j].rule;
		labels[j] = ov[j].year;
	}
	t->people_only = 1;
	for (j = 0; j < n; j++) {
		char head[16];

		snprintf(head, sizeof(head), "%d", ov[j].year);
		doc_column_set(t, j, NULL, head, ov[j].year);
	}
	for (i = 0; i < OV__MAX; i++) {
		struct doc_row *r = doc_row_add(t, ov_rows[i].key, ov_rows[i].label, ov_rows[i].style);

		for (j = 0; j < n; j++)
			ov_cell(r, j, &ov[j], (enum ov_row)i);
	}
	doc_grant_basis(d, parent, rules, labels, n);
	/* For programs, a record per year. */
	t = doc_table_add(d, parent, DOC_TABLE_RECORDS, "five_year_overview", NULL, OV__MAX + 2);
	t->machine_only = 1;
	doc_column_set(t, 0, "year", "År", 0);
	for (i = 0; i < OV__MAX; i++)
		doc_column_set(t, i + 1, ov_rows[i].key, ov_rows[i].label, 0);
	doc_column_set(t, OV__MAX + 1, "grant_basis", "Driftbidraget enligt", 0);
	for (j = 0; j < n; j++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_int(r, 0, ov[j].year);
		for (i = 0; i < OV__MAX; i++)
			ov_cell(r, i + 1, &ov[j], (enum ov_row)i);
		doc_cell_text(r, OV__MAX + 1, basis_words(ov[j].rule.basis), grant_basis_key(ov[j].rule.basis));
	}
	free(ov);
	free(rules);
	free(labels);
}

void doc_pstats_summary(struct doc *d, struct doc_block *parent, const struct pstats *s, int threshold)
{
	static const char *const labels[4] = { "Inskrivna under året", "Nya under året", "Avslutade under året",
						"Avslutade till arbete eller studier" };
	const struct psex *m[4] = { &s->all.enrolled, &s->all.new_, &s->all.exited, &s->all.to_work };
	struct doc_table *t = doc_table_add(d, parent, DOC_TABLE_FIGURES, NULL, NULL, 3);
	char line[200];
	size_t i;

	t->people_only = 1;
	doc_column_set(t, 0, NULL, "Totalt", 0);
	doc_column_set(t, 1, NULL, "Kvinnor", 0);
	doc_column_set(t, 2, NULL, "Män", 0);
	for (i = 0; i < 4; i++) {
		struct doc_row *r = doc_row_add(t, NULL, labels[i], DOC_ROW_NORMAL);

		doc_count_cell(r, 0, &m[i]->total, threshold);
		doc_count_cell(r, 1, &m[i]->women, threshold);
		doc_count_cell(r, 2, &m[i]->men, threshold);
	}
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
		struct doc_row *r;

		t = doc_table_add(d, parent, DOC_TABLE_FIGURES, NULL, NULL, 3);
		t->people_only = 1;
		doc_column_set(t, 0, NULL, "Totalt", 0);
		doc_column_set(t, 1, NULL, "Kvinnor", 0);
		doc_column_set(t, 2, NULL, "Män", 0);
		r = doc_row_add(t, NULL, "Anonyma deltagare", DOC_ROW_NORMAL);
		doc_count_cell(r, 0, &s->anonymous.total, threshold);
		doc_count_cell(r, 1, &s->anonymous.women, threshold);
		doc_count_cell(r, 2, &s->anonymous.men, threshold);
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
		struct doc_row *r;

		t->people_only = 1;
		doc_column_set(t, 0, NULL, "Kronor", 0);
		doc_cell_money(doc_row_add(t, NULL, "Beslutad finansiering", DOC_ROW_NORMAL), 0, c->decided);
		doc_cell_money(doc_row_add(t, NULL, "Utbetalt", DOC_ROW_NORMAL), 0, c->paid);
		r = doc_row_add(t, NULL, "Återstår", DOC_ROW_SUM);
		doc_cell_money(r, 0, c->remaining);
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
	int64_t cur = 0, prev = 0;
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
		cur += l[i].current;
		prev += l[i].previous;
	}
	{
		struct doc_row *r = doc_row_add(t, NULL, "Summa", DOC_ROW_SUM);

		doc_cell_money(r, 0, cur);
		if (has_prev)
			doc_cell_money(r, 1, prev);
	}
}
