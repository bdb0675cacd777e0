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
	int tkr = d->unit == DOC_UNIT_TKR;
	size_t i;

	buf_init(&b);
	buf_adds(&b, "Eget kapital / driftbidrag räknas på ");
	for (i = 0; i < n; i++) {
		if (n > 1)
			buf_addf(&b, "%s%d: ", i ? "; " : "", years[i]);
		/* In the document's unit, as its tables. */
		buf_addf(&b, "%s, %s %s", basis_words(rules[i].basis),
			 money_format(amount, sizeof(amount), rules[i].grant, tkr ? MONEY_STYLE_TKR : MONEY_STYLE_KR),
			 tkr ? "tkr" : "kr");
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
	  DOC_AT(struct overview_entry, f.member) }

#define OV_MONEY(k, label, st, member) DOC_MONEY_ROW(k, label, st, struct overview_entry, f.member)

#define OV_COUNT(k, label, member)                                                                 \
	{ .key = k, .title = label, .kind = DOC_KIND_COUNT, .in = DOC_IN_PERSONS, .style = DOC_ROW_OPTIONAL, \
	  DOC_GET(doc_get_count, struct overview_entry, member) }

static void source_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum overview_source s = *(const enum overview_source *)at;

	(void)ctx;
	if (s != OVERVIEW_NONE)
		doc_cell_text(r, col, s == OVERVIEW_BOOKS ? "bokföringen" : "tidigare årsredovisning",
			      s == OVERVIEW_BOOKS ? "books" : "history");
}

static void overview_basis_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	(void)ctx;
	basis_cell(r, col, at, NULL);
}

/* The rows of the five-year overview, in the order people read them; for
 * programs a record per year. */
static const struct doc_col overview_cols[] = {
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct overview_entry, f.year) },
	{ .key = "source", .title = "Källa", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(source_cell, struct overview_entry, source) },
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
	  DOC_GET(overview_basis_cell, struct overview_entry, f.rule.basis) },
	OV_COUNT("women", "Deltagare, kvinnor", women),
	OV_COUNT("men", "Deltagare, män", men),
	{ .key = "employees", .title = "Anställda", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,
	  .style = DOC_ROW_OPTIONAL, DOC_AT(struct overview_entry, employees) },
};

/* Empties a cell filled from a figure the year does not know. */
static void cell_unknown(struct doc_row *r, size_t col)
{
	struct doc_cell *c = &r->cells[col];

	free(c->text);
	free(c->value);
	c->text = c->value = NULL;
	c->type = DOC_CELL_EMPTY;
}

/* A sentence, fmt with "2021, 2022 och 2023" for its %s: the years of ov
 * (n of them, newest first) whose source is src, oldest first; nothing
 * when there are none. */
static void years_said(struct doc *d, struct doc_block *parent, const struct overview_entry *ov, size_t n,
		       enum overview_source src, const char *fmt)
{
	struct buf b, line;
	size_t i, k = 0, all = 0;

	for (i = 0; i < n; i++)
		all += ov[i].source == src;
	if (!all)
		return;
	buf_init(&b);
	for (i = n; i-- > 0;) {
		if (ov[i].source != src)
			continue;
		buf_addf(&b, "%s%d", k == 0 ? "" : k + 1 == all ? " och " : ", ", ov[i].f.year);
		k++;
	}
	buf_init(&line);
	buf_addf(&line, fmt, b.s);
	doc_paragraph_add(d, parent, line.s);
	buf_release(&line);
	buf_release(&b);
}

void doc_five_year(struct doc *d, struct doc_block *parent, const struct overview_entry *years, size_t n,
		   int threshold)
{
	/* The section's heading names it: the table needs no title of its own. */
	struct doc_table *t = doc_table_add(d, parent, DOC_TABLE_FIGURES, NULL, NULL, n);
	struct equity_rule *rules = xcalloc(n ? n : 1, sizeof(*rules));
	int *labels = xcalloc(n ? n : 1, sizeof(*labels));
	size_t i, j, k, n_books = 0;
	const int *ctx = &threshold;

	t->people_only = 1;
	doc_table_context(t, ctx);
	doc_rows_from(t, overview_cols, DOC_N(overview_cols));
	for (j = 0; j < n; j++) {
		char head[16];

		if (years[j].source == OVERVIEW_BOOKS) {
			rules[n_books] = years[j].f.rule;
			labels[n_books++] = years[j].f.year;
		}
		snprintf(head, sizeof(head), "%d%s", years[j].f.year, years[j].source == OVERVIEW_HISTORY ? " *" : "");
		doc_column_set(t, j, NULL, head, years[j].f.year);
		doc_column_record(t, j, &years[j]);
		for (i = 0; i < t->n_rows; i++)
			if (t->rows[i]->decl && !overview_known(&years[j], t->rows[i]->decl->at))
				cell_unknown(t->rows[i], j);
	}
	years_said(d, parent, years, n, OVERVIEW_HISTORY,
		   "* Uppgifterna för %s är hämtade ur tidigare årsredovisningar; för de åren visas de nyckeltal "
		   "som fördes in därifrån.");
	years_said(d, parent, years, n, OVERVIEW_NONE,
		   "Det finns varken bokföring eller nyckeltal från tidigare årsredovisningar för %s.");
	if (n_books)
		doc_grant_basis(d, parent, rules, labels, n_books);
	t = doc_table_from(d, parent, DOC_TABLE_RECORDS, "five_year_overview", NULL, overview_cols,
			   DOC_N(overview_cols), DOC_FOR_PROGRAMS);
	doc_table_context(t, ctx);
	doc_records(t, years, n, sizeof(years[0]));
	for (j = 0; j < t->n_rows; j++)
		for (k = 0; k < t->n_cols; k++)
			if (t->cols[k].decl && !overview_known(&years[j], t->cols[k].decl->at))
				cell_unknown(t->rows[j], k);
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
		struct doc_row *r = doc_row_add(t, NULL, s->band_labels[i], DOC_ROW_NORMAL);

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

/* A follow-up for programs. */
struct followup_rec {
	int64_t id;
	const char *name;
	enum intervention_status status;
	const char *results;
};

static void status_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum intervention_status st = *(const enum intervention_status *)at;

	(void)ctx;
	doc_cell_text(r, col, intervention_status_label(st), intervention_status_key(st));
}

static const struct doc_col followup_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct followup_rec, id) },
	{ .key = "name", .title = "Insats", .kind = DOC_KIND_TEXT, DOC_AT(struct followup_rec, name) },
	{ .key = "status", .title = "Status", .kind = DOC_KIND_TEXT, DOC_GET(status_cell, struct followup_rec, status) },
	{ .key = "results", .title = "Resultat och lärdomar", .kind = DOC_KIND_TEXT,
	  DOC_GET(doc_get_string, struct followup_rec, results) },
};

void doc_intervention_records(struct doc *d, const struct intervention *iv, const struct intervention_year *y,
			      size_t n)
{
	struct followup_rec *r = xcalloc(n ? n : 1, sizeof(*r));
	struct doc_table *t;
	size_t i;

	for (i = 0; i < n; i++)
		r[i] = (struct followup_rec){ iv[i].id, iv[i].name, intervention_status_in(&iv[i], &y[i], y[i].year),
					      y[i].results };
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "interventions", NULL, followup_cols, DOC_N(followup_cols),
			   DOC_FOR_PROGRAMS);
	doc_records(t, r, n, sizeof(*r));
	free(r);
}

void doc_intervention_followup(struct doc *d, struct doc_block *parent, const struct intervention *iv,
			       const struct intervention_year *y, const struct commitment *c,
			       const struct pstats *s, int threshold, const struct goals_data *g)
{
	struct doc_block *sec = doc_section_add(d, parent, iv->name);
	char line[1400], a[11], b[11];
	struct buf facts;
	size_t i;

	buf_init(&facts);
	line_add(&facts, "Slag", intervention_kind_label(iv->kind));
	line_add(&facts, "Status vid årets slut", intervention_status_label(intervention_status_in(iv, y, y->year)));
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
	if (y->results && *y->results)
		doc_markdown(d, doc_section_add(d, sec, "Resultat och lärdomar"), y->results);
}

/* A line of the signature table: room to sign, the line to sign on, the
 * name and the role (with the member organisation), for the member and
 * the deputy beside each other. */
struct sig_line {
	const char *member, *deputy;
};

static const struct doc_col sig_cols[] = {
	{ .key = "member", .title = "Ordinarie ledamot", .kind = DOC_KIND_TEXT, DOC_AT(struct sig_line, member) },
	{ .key = "deputy", .title = "Ersättare", .kind = DOC_KIND_TEXT, DOC_AT(struct sig_line, deputy) },
};

#define SIGN_LINE "______________________________"

/* "Ordförande, Dalby kommun" into buf (size n). */
static const char *role_of(char *buf, size_t n, const struct board_member *m)
{
	const char *r = board_role_label(m->role);

	/* The roles' words begin with an ASCII letter: capitalised as a line. */
	snprintf(buf, n, "%c%s%s%s", r[0] ? r[0] - 'a' + 'A' : ' ', r[0] ? r + 1 : "", m->appointed_by[0] ? ", " : "",
		 m->appointed_by);
	return buf;
}

void doc_signatures(struct doc *d, struct doc_block *parent, const struct board_member *b, size_t n,
		    const char *place, const struct date *date)
{
	struct board_pair *p = xcalloc(n ? n : 1, sizeof(*p));
	struct sig_line *l;
	struct doc_table *t;
	char line[400], ds[11];
	char (*roles)[2][420];
	size_t i, m = board_pairs(b, n, p), k = 0;

	snprintf(line, sizeof(line), "%s den %s", place && *place ? place : "Ort",
		 date ? date_format(ds, *date) : "____________________");
	doc_paragraph_add(d, parent, line);
	if (n == 0) {
		doc_paragraph_add(d, parent, "\n" SIGN_LINE "\nStyrelsens ledamöter (lägg in dem med 'finsam board add')");
		free(p);
		return;
	}
	l = xcalloc(m * 5, sizeof(*l));
	roles = xcalloc(m, sizeof(*roles));
	for (i = 0; i < m; i++) {
		/* Room above the line to sign on (a no-break space keeps the
		 * row's height where an empty row would shrink). */
		l[k++] = (struct sig_line){ "\u00a0", "" };
		l[k++] = (struct sig_line){ "\u00a0", "" };
		l[k++] = (struct sig_line){ p[i].member ? SIGN_LINE : "", p[i].deputy ? SIGN_LINE : "" };
		l[k++] = (struct sig_line){ p[i].member ? p[i].member->name : "", p[i].deputy ? p[i].deputy->name : "" };
		l[k++] = (struct sig_line){ p[i].member ? role_of(roles[i][0], sizeof(roles[i][0]), p[i].member) : "",
					    p[i].deputy ? role_of(roles[i][1], sizeof(roles[i][1]), p[i].deputy) : "" };
	}
	t = doc_table_from(d, parent, DOC_TABLE_RECORDS, "signatures", NULL, sig_cols, DOC_N(sig_cols),
			   DOC_FOR_PEOPLE);
	doc_records(t, l, k, sizeof(*l));
	free(roles);
	free(l);
	free(p);
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
