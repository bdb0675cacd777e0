/*
 * budget_doc.c: a year's budget as documents: the plan's budget table
 * (revenue with the members' contributions, the cost groups with their
 * sums, the totals and the forecast equity) and the lines as stored. Both
 * give programs the lines from one declaration.
 */
#include <stdio.h>
#include <string.h>

#include "doc/reports.h"

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	static const char *const kinds[] = { "driftbidrag", "intäkt", "eget kapital", "kostnad" };
	enum budget_kind k = *(const enum budget_kind *)at;

	doc_cell_text(r, col, kinds[k], budget_kind_key(k));
}

/* Costs are shown negative, as the table subtracts them. */
static void amount_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct budget_line *l = at;

	doc_cell_money(r, col, l->kind == BUDGET_COST ? -l->amount : l->amount);
}

static const struct doc_col line_cols[] = {
	{ .key = "type", .title = "Typ", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct budget_line, kind) },
	{ .key = "group", .title = "Grupp", .kind = DOC_KIND_TEXT, DOC_AT(struct budget_line, group) },
	{ .key = "name", .title = "Rad", .kind = DOC_KIND_TEXT, DOC_AT(struct budget_line, name) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .get = amount_cell },
	{ .key = "accounts", .title = "Konton", .kind = DOC_KIND_TEXT, DOC_AT(struct budget_line, accounts) },
};

/* "Budget 2025" and "Version 2: Reviderad" under it. */
static struct doc *budget_doc(const struct association *a, const char *what, const struct budget *b)
{
	char title[64], label[320];
	struct doc *d;

	snprintf(title, sizeof(title), "%s %d", what, b->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	if (b->label && *b->label)
		snprintf(label, sizeof(label), "Version %d: %s", b->version, b->label);
	else
		snprintf(label, sizeof(label), "Version %d", b->version);
	doc_subtitle_add(d, label);
	doc_meta_int(d, "year", b->year);
	doc_meta_int(d, "version", b->version);
	return d;
}

/* One row of the budget table with a single amount. */
static void budget_row(struct doc_table *t, const char *key, const char *label,
		       enum doc_row_style style, int64_t amount)
{
	doc_cell_money(doc_row_add(t, key, label, style), 0, amount);
}

/* The rows of the budget lines of kind k, keyed prefix_<line number>. */
static void kind_rows(struct doc_table *t, const struct budget *b, enum budget_kind k, const char *group,
		      const char *prefix)
{
	char key[48];
	size_t i;

	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		if (l->kind != k || (group && strcmp(l->group, group) != 0))
			continue;
		snprintf(key, sizeof(key), "%s_%zu", prefix, i + 1);
		budget_row(t, key, l->name, DOC_ROW_NORMAL, k == BUDGET_COST ? -l->amount : l->amount);
	}
}

/* The members' contributions, a column per year (parts holds n per year,
 * n_years of them): the state's members on one row, as the plans print
 * "Försäkringskassan/Arbetsförmedlingen". */
static void contribution_rows(struct doc_table *t, const struct contribution *parts, size_t n, size_t n_years)
{
	static const enum member_kind order[] = { MEMBER_STATE, MEMBER_MUNICIPALITY, MEMBER_REGION };
	char key[48], label[320];
	size_t i, j, k;

	for (k = 0; k < DOC_N(order); k++) {
		size_t len = 0;

		label[0] = '\0';
		for (i = 0; i < n; i++) {
			struct doc_row *r;

			if (parts[i].member->kind != order[k])
				continue;
			if (order[k] == MEMBER_STATE) {
				len += (size_t)snprintf(label + len, len < sizeof(label) ? sizeof(label) - len : 0,
							"%s%s", len ? "/" : "", parts[i].member->name);
				continue;
			}
			snprintf(key, sizeof(key), "contribution_%lld", (long long)parts[i].member->id);
			r = doc_row_add(t, key, parts[i].member->name, DOC_ROW_NORMAL);
			for (j = 0; j < n_years; j++)
				doc_cell_money(r, j, parts[j * n + i].amount);
		}
		if (order[k] == MEMBER_STATE && len) {
			struct doc_row *r = doc_row_add(t, "contribution_state", label, DOC_ROW_NORMAL);

			for (j = 0; j < n_years; j++)
				doc_cell_money(r, j, budget_contributions_of(parts + j * n, n, MEMBER_STATE));
		}
	}
}

struct doc *doc_budget(const struct association *a, const struct budget *b, const struct budget_totals *tot,
		       const struct budget_group *groups, size_t n_groups, const struct contribution *parts,
		       size_t n)
{
	struct doc *d = budget_doc(a, "Budget", b);
	char head[16], key[48], label[320];
	struct doc_table *t;
	struct doc_row *r;
	size_t i;

	doc_meta_int(d, "revenue_total", tot->revenue_total);
	doc_meta_int(d, "cost_total", tot->cost_total);
	doc_meta_int(d, "forecast_equity", tot->forecast_equity);

	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "budget", NULL, 1);
	snprintf(head, sizeof(head), "%d", b->year);
	doc_column_set(t, 0, "current", head, b->year);
	doc_row_add(t, NULL, "INTÄKTER", DOC_ROW_HEADING);
	if (parts)
		contribution_rows(t, parts, n, 1);
	budget_row(t, "grant", "Parternas insats", parts ? DOC_ROW_SUM : DOC_ROW_NORMAL, tot->grant);
	kind_rows(t, b, BUDGET_REVENUE, NULL, "revenue");
	kind_rows(t, b, BUDGET_EQUITY, NULL, "equity");
	budget_row(t, "revenue_total", "Summa intäkter", DOC_ROW_SUM, tot->revenue_total);

	doc_row_add(t, NULL, "KOSTNADER", DOC_ROW_HEADING);
	for (i = 0; i < n_groups; i++) {
		doc_row_add(t, NULL, groups[i].name, DOC_ROW_HEADING);
		kind_rows(t, b, BUDGET_COST, groups[i].name, "cost");
		snprintf(key, sizeof(key), "group_%zu", i + 1);
		snprintf(label, sizeof(label), "Summa %s", groups[i].name);
		budget_row(t, key, label, DOC_ROW_SUM, -groups[i].total);
	}
	kind_rows(t, b, BUDGET_COST, "", "cost");
	budget_row(t, "cost_total", "Summa totala kostnader", DOC_ROW_SUM, tot->cost_total);
	budget_row(t, "forecast_equity", "Prognos eget kapital", DOC_ROW_SUM, tot->forecast_equity);
	r = doc_row_add(t, "forecast_equity_to_grant",
		    "Prognos eget kapital / driftbidrag (mål: högst 20 %)", DOC_ROW_NORMAL);
	doc_cell_ratio(r, 0, tot->forecast_equity, tot->grant > 0 ? tot->grant : 0);

	/* The lines as stored, for programs. */
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "lines", NULL, line_cols, DOC_N(line_cols),
			   DOC_FOR_PROGRAMS);
	doc_records(t, b->lines, b->n, sizeof(b->lines[0]));
	return d;
}

struct doc *doc_budget_lines(const struct association *a, const struct budget *b)
{
	struct doc *d = budget_doc(a, "Budgetrader", b);
	struct doc_table *t;

	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "lines", NULL, line_cols, DOC_N(line_cols), DOC_FOR_BOTH);
	doc_records(t, b->lines, b->n, sizeof(b->lines[0]));
	return d;
}

/* ---- Several years side by side ---------------------------------------- */

/* One year's totals, for programs. */
struct year_record {
	int year, version;
	int64_t grant, other_revenue, equity, revenue_total, cost_total, forecast_equity;
	struct ratio forecast_equity_to_grant;
};

static const struct doc_col year_cols[] = {
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, DOC_AT(struct year_record, year) },
	{ .key = "version", .title = "Version", .kind = DOC_KIND_INT, DOC_AT(struct year_record, version) },
	DOC_MONEY("grant", "Parternas insats", struct year_record, grant),
	DOC_MONEY("other_revenue", "Övriga intäkter", struct year_record, other_revenue),
	DOC_MONEY("equity", "Eget kapital", struct year_record, equity),
	DOC_MONEY("revenue_total", "Summa intäkter", struct year_record, revenue_total),
	DOC_MONEY("cost_total", "Summa totala kostnader", struct year_record, cost_total),
	DOC_MONEY("forecast_equity", "Prognos eget kapital", struct year_record, forecast_equity),
	{ .key = "forecast_equity_to_grant", .title = "Eget kapital / driftbidrag", .kind = DOC_KIND_RATIO,
	  .in = DOC_IN_PERCENT, DOC_AT(struct year_record, forecast_equity_to_grant) },
};

/* A row with a value per year; a year without it (has[j] 0) stays empty.
 * sign -1 turns costs negative, as the table subtracts them. */
static void years_row(struct doc_table *t, const char *key, const char *label, enum doc_row_style style,
		      const int64_t *v, const int *has, size_t n_years, int sign)
{
	struct doc_row *r = doc_row_add(t, key, label, style);
	size_t j;

	for (j = 0; j < n_years; j++)
		if (!has || has[j])
			doc_cell_money(r, j, sign * v[j]);
}

/* The lines of kind k (and group, when not NULL) over the years. */
static void years_kind_rows(struct doc_table *t, const struct budget_years *y, enum budget_kind k,
			    const char *group)
{
	char key[48];
	size_t i;

	for (i = 0; i < y->n_lines; i++) {
		const struct budget_years_line *l = &y->lines[i];

		if (l->kind != k || (group && strcmp(l->group, group) != 0))
			continue;
		snprintf(key, sizeof(key), "%s_%zu", budget_kind_key(l->kind), i + 1);
		years_row(t, key, l->name, DOC_ROW_NORMAL, l->amount, l->has, y->n_years,
			  k == BUDGET_COST ? -1 : 1);
	}
}

/* A total of every year's budget_totals, found at offset at. */
static void totals_row(struct doc_table *t, const char *key, const char *label, const struct budget_years *y,
		       size_t at)
{
	int64_t v[BUDGET_YEARS_MAX];
	size_t j;

	for (j = 0; j < y->n_years; j++)
		v[j] = *(const int64_t *)((const char *)&y->totals[j] + at);
	years_row(t, key, label, DOC_ROW_SUM, v, NULL, y->n_years, 1);
}

static void years_table(struct doc *d, const struct budget_years *y, const struct contribution *parts, size_t n)
{
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "budget", NULL, y->n_years);
	struct doc_row *r;
	char head[16], key[48], label[320];
	size_t i, j;

	t->people_only = 1;
	for (j = 0; j < y->n_years; j++) {
		snprintf(head, sizeof(head), "%d", y->year[j]);
		snprintf(key, sizeof(key), "year_%d", y->year[j]);
		doc_column_set(t, j, key, head, y->year[j]);
	}
	doc_row_add(t, NULL, "INTÄKTER", DOC_ROW_HEADING);
	if (n)
		contribution_rows(t, parts, n, y->n_years);
	r = doc_row_add(t, "grant", "Parternas insats", n ? DOC_ROW_SUM : DOC_ROW_NORMAL);
	for (j = 0; j < y->n_years; j++)
		doc_cell_money(r, j, y->totals[j].grant);
	years_kind_rows(t, y, BUDGET_REVENUE, NULL);
	years_kind_rows(t, y, BUDGET_EQUITY, NULL);
	totals_row(t, "revenue_total", "Summa intäkter", y, offsetof(struct budget_totals, revenue_total));

	doc_row_add(t, NULL, "KOSTNADER", DOC_ROW_HEADING);
	for (i = 0; i < y->n_groups; i++) {
		doc_row_add(t, NULL, y->groups[i].name, DOC_ROW_HEADING);
		years_kind_rows(t, y, BUDGET_COST, y->groups[i].name);
		snprintf(key, sizeof(key), "group_%zu", i + 1);
		snprintf(label, sizeof(label), "Summa %s", y->groups[i].name);
		years_row(t, key, label, DOC_ROW_SUM, y->groups[i].total, NULL, y->n_years, -1);
	}
	years_kind_rows(t, y, BUDGET_COST, "");
	totals_row(t, "cost_total", "Summa totala kostnader", y, offsetof(struct budget_totals, cost_total));
	totals_row(t, "forecast_equity", "Prognos eget kapital", y, offsetof(struct budget_totals, forecast_equity));
	r = doc_row_add(t, "forecast_equity_to_grant", "Prognos eget kapital / driftbidrag (mål: högst 20 %)",
			DOC_ROW_NORMAL);
	for (j = 0; j < y->n_years; j++)
		doc_cell_ratio(r, j, y->to_grant[j].num, y->to_grant[j].den);
}

/* The lines for programs: type, group, name and the amounts per year
 * (costs negative; null in a year without the line). */
static void years_lines(struct doc *d, const struct budget_years *y)
{
	static const char *const kinds[] = { "driftbidrag", "intäkt", "eget kapital", "kostnad" };
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "lines", NULL, 3 + y->n_years);
	size_t i, j;

	t->machine_only = 1;
	doc_column_set(t, 0, "type", "Typ", 0);
	doc_column_set(t, 1, "group", "Grupp", 0);
	doc_column_set(t, 2, "name", "Rad", 0);
	for (j = 0; j < y->n_years; j++)
		doc_column_set(t, 3 + j, "amounts[]", "Belopp", y->year[j]);
	for (i = 0; i < y->n_lines; i++) {
		const struct budget_years_line *l = &y->lines[i];
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, kinds[l->kind], budget_kind_key(l->kind));
		doc_cell_text(r, 1, l->group, NULL);
		doc_cell_text(r, 2, l->name, NULL);
		for (j = 0; j < y->n_years; j++)
			if (l->has[j])
				doc_cell_money(r, 3 + j, l->kind == BUDGET_COST ? -l->amount[j] : l->amount[j]);
	}
}

/* The cost groups' sums per year for programs (negative, as the table's). */
static void years_groups(struct doc *d, const struct budget_years *y)
{
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "groups", NULL, 1 + y->n_years);
	size_t i, j;

	t->machine_only = 1;
	doc_column_set(t, 0, "name", "Grupp", 0);
	for (j = 0; j < y->n_years; j++)
		doc_column_set(t, 1 + j, "totals[]", "Summa", y->year[j]);
	for (i = 0; i < y->n_groups; i++) {
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, y->groups[i].name, NULL);
		for (j = 0; j < y->n_years; j++)
			doc_cell_money(r, 1 + j, -y->groups[i].total[j]);
	}
}

/* The grant the parts p[0..n) split. */
static int64_t grant_of(const struct contribution *p, size_t n)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < n; i++)
		sum += p[i].amount;
	return sum;
}

/* Each member's contribution and share of the grant per year. */
static void shares_table(struct doc *d, const struct budget_years *y, const struct contribution *parts,
			 const struct contribution *exact, size_t n)
{
	static const char *const kinds[] = { "stat", "region", "kommun" };
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "shares", "Medlemmarnas andelar",
					    3 + 2 * y->n_years);
	char head[32];
	size_t i, j;

	doc_column_set(t, 0, "member_id", "Id", 0);
	t->cols[0].hidden_in_text = 1;
	doc_column_set(t, 1, "member", "Medlem", 0);
	doc_column_set(t, 2, "kind", "Typ", 0);
	for (j = 0; j < y->n_years; j++) {
		/* A list has no "Belopp i" over it: thousands say so themselves. */
		snprintf(head, sizeof(head), d->unit == DOC_UNIT_TKR ? "%d, tkr" : "%d", y->year[j]);
		doc_column_set(t, 3 + 2 * j, "amounts[]", head, y->year[j]);
		t->cols[3 + 2 * j].kind = DOC_KIND_MONEY;
		t->cols[3 + 2 * j].in = DOC_IN_KRONOR;
		snprintf(head, sizeof(head), "Andel %d", y->year[j]);
		doc_column_set(t, 4 + 2 * j, "shares[]", head, y->year[j]);
		t->cols[4 + 2 * j].kind = DOC_KIND_RATIO;
		t->cols[4 + 2 * j].in = DOC_IN_PERCENT;
	}
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, parts[i].member->name, DOC_ROW_NORMAL);

		doc_cell_int(r, 0, parts[i].member->id);
		doc_cell_text(r, 1, parts[i].member->name, NULL);
		doc_cell_text(r, 2, kinds[parts[i].member->kind], NULL);
		for (j = 0; j < y->n_years; j++) {
			doc_cell_money(r, 3 + 2 * j, parts[j * n + i].amount);
			/* The share is the member's by the keys, whatever the unit. */
			doc_cell_ratio(r, 4 + 2 * j, exact[j * n + i].amount, grant_of(exact + j * n, n));
		}
	}
}

struct doc *doc_budget_years(const struct association *a, const struct budget *b, const struct budget_years *y,
			     const struct contribution *parts, const struct contribution *exact, size_t n,
			     enum doc_unit unit)
{
	struct year_record rec[BUDGET_YEARS_MAX];
	char title[64], line[600];
	size_t j, len = 0;
	struct doc *d;
	struct doc_table *t;

	if (y->n_years > 1)
		snprintf(title, sizeof(title), "Budget %d–%d", y->year[0], y->year[y->n_years - 1]);
	else
		snprintf(title, sizeof(title), "Budget %d", y->year[0]);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_unit_set(d, unit);
	line[0] = '\0';
	for (j = 0; j < y->n_years && len < sizeof(line); j++)
		len += (size_t)snprintf(line + len, sizeof(line) - len, "%s%d version %d%s%s%s", j ? ", " : y->n_years > 1 ? "Aktuella versioner: " : "Aktuell version: ",
					b[j].year, b[j].version, b[j].label && *b[j].label ? " (" : "",
					b[j].label ? b[j].label : "", b[j].label && *b[j].label ? ")" : "");
	doc_subtitle_add(d, line);
	doc_meta_int(d, "from", y->year[0]);
	doc_meta_int(d, "to", y->year[y->n_years - 1]);
	years_table(d, y, parts, n);
	for (j = 0; j < y->n_years; j++) {
		const struct budget_totals *tot = &y->totals[j];

		rec[j] = (struct year_record){ b[j].year, b[j].version, tot->grant, tot->other_revenue, tot->equity,
					       tot->revenue_total, tot->cost_total, tot->forecast_equity,
					       y->to_grant[j] };
	}
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "years", NULL, year_cols, DOC_N(year_cols), DOC_FOR_PROGRAMS);
	doc_records(t, rec, y->n_years, sizeof(rec[0]));
	years_lines(d, y);
	years_groups(d, y);
	if (n)
		shares_table(d, y, parts, exact ? exact : parts, n);
	return d;
}
