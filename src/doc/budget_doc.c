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

/* The members' contributions: the state's members on one row, as the
 * plans print "Försäkringskassan/Arbetsförmedlingen". */
static void contribution_rows(struct doc_table *t, const struct contribution *parts, size_t n)
{
	static const enum member_kind order[] = { MEMBER_STATE, MEMBER_MUNICIPALITY, MEMBER_REGION };
	char key[48], label[320];
	size_t i, k;

	for (k = 0; k < DOC_N(order); k++) {
		size_t len = 0;

		label[0] = '\0';
		for (i = 0; i < n; i++) {
			if (parts[i].member->kind != order[k])
				continue;
			if (order[k] == MEMBER_STATE) {
				len += (size_t)snprintf(label + len, len < sizeof(label) ? sizeof(label) - len : 0,
							"%s%s", len ? "/" : "", parts[i].member->name);
				continue;
			}
			snprintf(key, sizeof(key), "contribution_%lld", (long long)parts[i].member->id);
			budget_row(t, key, parts[i].member->name, DOC_ROW_NORMAL, parts[i].amount);
		}
		if (order[k] == MEMBER_STATE && len)
			budget_row(t, "contribution_state", label, DOC_ROW_NORMAL,
				   budget_contributions_of(parts, n, MEMBER_STATE));
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
		contribution_rows(t, parts, n);
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
