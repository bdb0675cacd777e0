/*
 * reports.c: builds the documents finsam produces from model results: the
 * statements, the check, the chart of accounts, budgets, interim and
 * operating reports, the year cycle, interventions, activities and the
 * participant register. Swedish labels and machine keys side by side; the
 * keys are a contract other programs rely on (docs/formats.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"

void doc_report_titles(struct doc *d, const struct association *a)
{
	char line[300];

	if (a->name[0])
		doc_subtitle_add(d, a->name);
	if (a->orgnr[0]) {
		snprintf(line, sizeof(line), "Org.nr %s", a->orgnr);
		doc_subtitle_add(d, line);
	}
}

/* A figures table with the current year and the one before. Without prev
 * the second column says it has no data, so that programs read
 * "previous_year": null rather than a missing key. */
static struct doc_table *year_table(struct doc *d, const char *key, const char *title,
				    const struct statements *cur, const struct statements *prev,
				    int dates)
{
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, key, title, 2);
	char h[16];

	if (dates)
		date_format(h, cur->period.end);
	else
		snprintf(h, sizeof(h), "%d", cur->year);
	doc_column_set(t, 0, "current", h, cur->year);
	if (prev) {
		if (dates)
			date_format(h, prev->period.end);
		else
			snprintf(h, sizeof(h), "%d", prev->year);
		doc_column_set(t, 1, "previous_year", h, prev->year);
	} else {
		doc_column_set(t, 1, "previous_year", NULL, 0);
		t->cols[1].no_data = 1;
	}
	return t;
}

/* One line of a statement: where its amount lies in struct statements, so
 * that each statement is one table of rows rather than a run of calls. */
struct money_row {
	const char *key;
	const char *label;
	enum doc_row_style style;
	size_t offset;
};

static int64_t field(const struct statements *s, size_t offset)
{
	int64_t v;

	memcpy(&v, (const char *)s + offset, sizeof(v));
	return v;
}

static void money_rows(struct doc_table *t, const struct money_row *rows, size_t n,
		       const struct statements *cur, const struct statements *prev)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, rows[i].key, rows[i].label, rows[i].style);

		if (rows[i].style == DOC_ROW_HEADING)
			continue;
		doc_cell_money(r, 0, field(cur, rows[i].offset));
		if (prev)
			doc_cell_money(r, 1, field(prev, rows[i].offset));
	}
}

#define ROW(key, label, style, member) { key, label, style, offsetof(struct statements, member) }
#define HEAD(label) { NULL, label, DOC_ROW_HEADING, 0 }

static const struct money_row income_rows[] = {
	ROW("revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL, is.revenue),
	ROW("expenses", "Verksamhetens kostnader", DOC_ROW_NORMAL, is.expenses),
	ROW("net_cost", "Verksamhetens nettokostnad", DOC_ROW_SUM, is.net_cost),
	ROW("financial_income", "Finansiella intäkter", DOC_ROW_NORMAL, is.financial_income),
	ROW("financial_expenses", "Finansiella kostnader", DOC_ROW_NORMAL, is.financial_expenses),
	ROW("result_after_financial", "Resultat efter finansiella poster", DOC_ROW_SUM, is.result_after_financial),
	ROW("appropriations", "Bokslutsdispositioner och skatt", DOC_ROW_OPTIONAL, is.appropriations),
	ROW("result", "Årets resultat", DOC_ROW_SUM, is.result),
};

static const struct money_row balance_rows[] = {
	HEAD("Tillgångar"),
	ROW("fixed_assets", "Anläggningstillgångar", DOC_ROW_OPTIONAL, bs.fixed_assets),
	ROW("inventories", "Förråd", DOC_ROW_OPTIONAL, bs.inventories),
	ROW("receivables", "Fordringar", DOC_ROW_NORMAL, bs.receivables),
	ROW("cash_and_bank", "Kassa och bank", DOC_ROW_NORMAL, bs.cash_and_bank),
	ROW("total_assets", "Summa tillgångar", DOC_ROW_SUM, bs.total_assets),
	HEAD("Eget kapital, avsättningar och skulder"),
	ROW("equity", "Eget kapital", DOC_ROW_NORMAL, bs.equity),
	ROW("result_of_year", "  därav årets resultat", DOC_ROW_NORMAL, bs.result_of_year),
	ROW("other_equity", "  därav övrigt eget kapital", DOC_ROW_NORMAL, bs.other_equity),
	ROW("provisions", "Avsättningar", DOC_ROW_NORMAL, bs.provisions),
	ROW("long_term_liabilities", "Långfristiga skulder", DOC_ROW_NORMAL, bs.long_term_liabilities),
	ROW("current_liabilities", "Kortfristiga skulder", DOC_ROW_NORMAL, bs.current_liabilities),
	ROW("total_equity_and_liabilities", "Summa eget kapital, avsättningar och skulder", DOC_ROW_SUM,
	    bs.total_equity_and_liabilities),
};

static const struct money_row cash_rows[] = {
	ROW("result", "Årets resultat", DOC_ROW_NORMAL, cf.result),
	ROW("non_cash_adjustments", "Justering för ej likviditetspåverkande poster", DOC_ROW_NORMAL,
	    cf.non_cash_adjustments),
	ROW("change_receivables", "Ökning (−) / minskning (+) av kortfristiga fordringar",
	    DOC_ROW_NORMAL, cf.change_receivables),
	ROW("change_current_liabilities", "Ökning (+) / minskning (−) av kortfristiga skulder",
	    DOC_ROW_NORMAL, cf.change_current_liabilities),
	ROW("operating", "Kassaflöde från den löpande verksamheten", DOC_ROW_SUM, cf.operating),
	ROW("investing", "Kassaflöde från investeringsverksamheten", DOC_ROW_NORMAL, cf.investing),
	ROW("financing", "Kassaflöde från finansieringsverksamheten", DOC_ROW_NORMAL, cf.financing),
	ROW("net_cash_flow", "Årets kassaflöde", DOC_ROW_SUM, cf.net_cash_flow),
	ROW("cash_start", "Likvida medel vid årets början", DOC_ROW_NORMAL, cf.cash_start),
	ROW("cash_end", "Likvida medel vid årets slut", DOC_ROW_NORMAL, cf.cash_end),
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void ratio_row(struct doc_table *t, const char *key, const char *label, struct ratio cur,
		      const struct ratio *prev)
{
	struct doc_row *r = doc_row_add(t, key, label, DOC_ROW_NORMAL);

	doc_cell_ratio(r, 0, cur.num, cur.den);
	if (prev)
		doc_cell_ratio(r, 1, prev->num, prev->den);
}

struct doc *doc_statements(const struct association *a, const struct statements *cur,
			   const struct statements *prev)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;

	snprintf(title, sizeof(title), "Finansiella rapporter %d", cur->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", cur->year);

	t = year_table(d, "income_statement", "Resultaträkning", cur, prev, 0);
	money_rows(t, income_rows, N(income_rows), cur, prev);
	t = year_table(d, "balance_sheet", "Balansräkning", cur, prev, 1);
	money_rows(t, balance_rows, N(balance_rows), cur, prev);
	t = year_table(d, "cash_flow", "Kassaflödesanalys", cur, prev, 0);
	money_rows(t, cash_rows, N(cash_rows), cur, prev);

	t = year_table(d, "ratios", "Nyckeltal", cur, prev, 0);
	ratio_row(t, "solidity", "Soliditet (eget kapital / summa tillgångar)", cur->solidity,
		  prev ? &prev->solidity : NULL);
	ratio_row(t, "equity_to_grant", "Eget kapital / driftbidrag (mål: högst 20 %)",
		  cur->equity_to_grant, prev ? &prev->equity_to_grant : NULL);
	{
		struct equity_rule rules[2];
		int years[2];

		rules[0] = cur->equity_rule;
		years[0] = cur->year;
		if (prev) {
			rules[1] = prev->equity_rule;
			years[1] = prev->year;
		}
		doc_grant_basis(d, NULL, rules, years, prev ? 2 : 1);
	}
	doc_meta_int(d, "grant", cur->grant);
	doc_meta_text(d, "grant_basis", grant_basis_key(cur->grant_basis));

	/* Each amount is rounded on its own, so a printed sum may differ by a
	 * krona from the printed lines; the note says why. */
	doc_note_set(d, "Beloppen är avrundade till hela kronor var för sig; summorna är "
			"beräknade på exakta belopp.");
	return d;
}

struct doc *doc_check(const struct association *a, const struct check_report *r)
{
	/* Indexed by enum check_status: what people read, what programs read. */
	static const char *const shown[] = { "ok", "fel", "ej kontrollerad", "varning" };
	static const char *const machine[] = { "ok", "failed", "skipped", "warning" };
	char title[64], line[128];
	struct doc *d;
	struct doc_table *t;
	size_t i, skipped = 0, warnings = 0;
	int len;

	snprintf(title, sizeof(title), "Kontroll av bokföringen %d", r->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", r->year);
	doc_meta_int(d, "failures", r->failures);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "checks", NULL, 4);
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "title", "Kontroll", 0);
	doc_column_set(t, 2, "status", "Resultat", 0);
	doc_column_set(t, 3, "detail", "Detaljer", 0);
	t->cols[0].hidden_in_text = 1;
	doc_table_list(t, 2, 1);
	for (i = 0; i < r->n; i++) {
		const struct check_item *it = &r->items[i];
		struct doc_row *row = doc_row_add(t, it->id, it->title, DOC_ROW_NORMAL);
		size_t s = (size_t)it->status < N(shown) ? (size_t)it->status : CHECK_SKIPPED;

		doc_cell_text(row, 0, it->id, NULL);
		doc_cell_text(row, 1, it->title, NULL);
		doc_cell_text(row, 2, shown[s], machine[s]);
		if (it->detail)
			doc_cell_text(row, 3, it->detail, NULL);
		skipped += s == CHECK_SKIPPED;
		warnings += s == CHECK_WARNING;
	}
	len = snprintf(line, sizeof(line), "%zu %s, %d fel", r->n, r->n == 1 ? "kontroll" : "kontroller",
		       r->failures);
	if (warnings && len > 0 && (size_t)len < sizeof(line))
		len += snprintf(line + len, sizeof(line) - (size_t)len, ", %zu %s", warnings,
				warnings == 1 ? "varning" : "varningar");
	if (skipped && len > 0 && (size_t)len < sizeof(line))
		snprintf(line + len, sizeof(line) - (size_t)len, ", %zu %s", skipped,
			 skipped == 1 ? "ej kontrollerad" : "ej kontrollerade");
	doc_paragraph_add(d, NULL, line);
	return d;
}

struct doc *doc_accounts(const struct association *a, const struct account_line *accounts,
			 size_t n, const struct account_map *map, int map_is_default)
{
	struct doc *d = doc_new("Kontoplan och rader i rapporterna");
	struct doc_table *t;
	size_t i;
	char range[32];

	doc_report_titles(d, a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "accounts", "Konton", 4);
	doc_column_set(t, 0, "account", "Konto", 0);
	doc_column_set(t, 1, "name", "Namn", 0);
	doc_column_set(t, 2, "line_label", "Rad", 0);
	doc_column_set(t, 3, "line", "Radnyckel", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, accounts[i].number, accounts[i].name, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, accounts[i].number, NULL);
		doc_cell_text(r, 1, accounts[i].name ? accounts[i].name : "", NULL);
		doc_cell_text(r, 2, stmt_line_label(accounts[i].line), NULL);
		doc_cell_text(r, 3, stmt_line_key(accounts[i].line), NULL);
	}
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "map",
		      map_is_default ? "Kontointervall (standard, BAS)" : "Kontointervall", 3);
	doc_column_set(t, 0, "range", "Konton", 0);
	doc_column_set(t, 1, "line_label", "Rad", 0);
	doc_column_set(t, 2, "line", "Radnyckel", 0);
	for (i = 0; i < map->n; i++) {
		struct doc_row *r;

		snprintf(range, sizeof(range), "%04d-%04d", map->ranges[i].from, map->ranges[i].to);
		r = doc_row_add(t, range, range, DOC_ROW_NORMAL);
		doc_cell_text(r, 0, range, NULL);
		doc_cell_text(r, 1, stmt_line_label(map->ranges[i].line), NULL);
		doc_cell_text(r, 2, stmt_line_key(map->ranges[i].line), NULL);
	}
	doc_meta_int(d, "default_map", map_is_default);
	return d;
}

/* One row of the budget table with a single amount. */
static void budget_row(struct doc_table *t, const char *key, const char *label,
		       enum doc_row_style style, int64_t amount)
{
	doc_cell_money(doc_row_add(t, key, label, style), 0, amount);
}

static int seen_before(const struct budget *b, size_t upto, const char *group)
{
	size_t i;

	for (i = 0; i < upto; i++)
		if (b->lines[i].kind == BUDGET_COST && strcmp(b->lines[i].group, group) == 0)
			return 1;
	return 0;
}

struct doc *doc_budget(const struct association *a, const struct budget *b,
		       const struct budget_totals *tot, const struct contribution *parts, size_t n)
{
	static const enum member_kind order[] = { MEMBER_STATE, MEMBER_MUNICIPALITY, MEMBER_REGION };
	char title[64], key[48], label[320];
	struct doc *d;
	struct doc_table *t;
	struct doc_row *r;
	size_t i, j, k, g = 0;

	snprintf(title, sizeof(title), "Budget %d", b->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	if (b->label && *b->label)
		snprintf(label, sizeof(label), "Version %d: %s", b->version, b->label);
	else
		snprintf(label, sizeof(label), "Version %d", b->version);
	doc_subtitle_add(d, label);
	doc_meta_int(d, "year", b->year);
	doc_meta_int(d, "version", b->version);
	doc_meta_int(d, "revenue_total", tot->revenue_total);
	doc_meta_int(d, "cost_total", tot->cost_total);
	doc_meta_int(d, "forecast_equity", tot->forecast_equity);

	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "budget", NULL, 1);
	snprintf(title, sizeof(title), "%d", b->year);
	doc_column_set(t, 0, "current", title, b->year);
	doc_row_add(t, NULL, "INTÄKTER", DOC_ROW_HEADING);
	/* The members' contributions: the state's members on one row, as the
	 * plans print "Försäkringskassan/Arbetsförmedlingen". */
	for (k = 0; k < sizeof(order) / sizeof(order[0]) && parts; k++) {
		int64_t state = 0;
		size_t len = 0;

		label[0] = '\0';
		for (i = 0; i < n; i++) {
			if (parts[i].member->kind != order[k])
				continue;
			if (order[k] == MEMBER_STATE) {
				len += (size_t)snprintf(label + len, len < sizeof(label) ? sizeof(label) - len : 0,
							"%s%s", len ? "/" : "", parts[i].member->name);
				state += parts[i].amount;
				continue;
			}
			snprintf(key, sizeof(key), "contribution_%lld", (long long)parts[i].member->id);
			budget_row(t, key, parts[i].member->name, DOC_ROW_NORMAL, parts[i].amount);
		}
		if (order[k] == MEMBER_STATE && len)
			budget_row(t, "contribution_state", label, DOC_ROW_NORMAL, state);
	}
	budget_row(t, "grant", "Parternas insats", parts ? DOC_ROW_SUM : DOC_ROW_NORMAL, tot->grant);
	for (i = 0; i < b->n; i++) {
		if (b->lines[i].kind != BUDGET_REVENUE)
			continue;
		snprintf(key, sizeof(key), "revenue_%zu", i + 1);
		budget_row(t, key, b->lines[i].name, DOC_ROW_NORMAL, b->lines[i].amount);
	}
	for (i = 0; i < b->n; i++) {
		if (b->lines[i].kind != BUDGET_EQUITY)
			continue;
		snprintf(key, sizeof(key), "equity_%zu", i + 1);
		budget_row(t, key, b->lines[i].name, DOC_ROW_NORMAL, b->lines[i].amount);
	}
	budget_row(t, "revenue_total", "Summa intäkter", DOC_ROW_SUM, tot->revenue_total);

	doc_row_add(t, NULL, "KOSTNADER", DOC_ROW_HEADING);
	for (i = 0; i < b->n; i++) {
		const char *group = b->lines[i].group;
		int64_t sum = 0;

		if (b->lines[i].kind != BUDGET_COST || !*group || seen_before(b, i, group))
			continue;
		doc_row_add(t, NULL, group, DOC_ROW_HEADING);
		for (j = i; j < b->n; j++) {
			if (b->lines[j].kind != BUDGET_COST || strcmp(b->lines[j].group, group) != 0)
				continue;
			snprintf(key, sizeof(key), "cost_%zu", j + 1);
			budget_row(t, key, b->lines[j].name, DOC_ROW_NORMAL, -b->lines[j].amount);
			sum += b->lines[j].amount;
		}
		snprintf(key, sizeof(key), "group_%zu", ++g);
		snprintf(label, sizeof(label), "Summa %s", group);
		budget_row(t, key, label, DOC_ROW_SUM, -sum);
	}
	for (i = 0; i < b->n; i++) {
		if (b->lines[i].kind != BUDGET_COST || *b->lines[i].group)
			continue;
		snprintf(key, sizeof(key), "cost_%zu", i + 1);
		budget_row(t, key, b->lines[i].name, DOC_ROW_NORMAL, -b->lines[i].amount);
	}
	budget_row(t, "cost_total", "Summa totala kostnader", DOC_ROW_SUM, tot->cost_total);
	budget_row(t, "forecast_equity", "Prognos eget kapital", DOC_ROW_SUM, tot->forecast_equity);
	r = doc_row_add(t, "forecast_equity_to_grant",
		    "Prognos eget kapital / driftbidrag (mål: högst 20 %)", DOC_ROW_NORMAL);
	doc_cell_ratio(r, 0, tot->forecast_equity, tot->grant > 0 ? tot->grant : 0);

	/* The lines as stored, for programs. */
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "lines", NULL, 5);
	t->machine_only = 1;
	doc_column_set(t, 0, "type", "Typ", 0);
	doc_column_set(t, 1, "group", "Grupp", 0);
	doc_column_set(t, 2, "name", "Rad", 0);
	doc_column_set(t, 3, "amount", "Belopp", 0);
	doc_column_set(t, 4, "accounts", "Konton", 0);
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		r = doc_row_add(t, NULL, l->name, DOC_ROW_NORMAL);
		doc_cell_text(r, 0, budget_kind_key(l->kind), NULL);
		doc_cell_text(r, 1, l->group, NULL);
		doc_cell_text(r, 2, l->name, NULL);
		doc_cell_money(r, 3, l->kind == BUDGET_COST ? -l->amount : l->amount);
		doc_cell_text(r, 4, l->accounts, NULL);
	}
	return d;
}

struct doc *doc_members(const struct association *a, const struct member *m, size_t n)
{
	static const char *const kinds[] = { "stat", "region", "kommun" };
	struct doc *d = doc_new("Medlemmar");
	struct doc_table *t;
	size_t i;

	doc_report_titles(d, a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "members", NULL, 4);
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "name", "Medlem", 0);
	doc_column_set(t, 2, "kind", "Typ", 0);
	doc_column_set(t, 3, "key", "Fördelningsnyckel", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, m[i].name, DOC_ROW_NORMAL);

		doc_cell_int(r, 0, m[i].id);
		doc_cell_text(r, 1, m[i].name, NULL);
		doc_cell_text(r, 2, kinds[m[i].kind], NULL);
		doc_cell_int(r, 3, m[i].key);
	}
	return d;
}

struct doc *doc_budget_lines(const struct association *a, const struct budget *b)
{
	static const char *const kinds[] = { "driftbidrag", "intäkt", "eget kapital", "kostnad" };
	char title[64], label[320];
	struct doc *d;
	struct doc_table *t;
	size_t i;

	snprintf(title, sizeof(title), "Budgetrader %d", b->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	if (b->label && *b->label)
		snprintf(label, sizeof(label), "Version %d: %s", b->version, b->label);
	else
		snprintf(label, sizeof(label), "Version %d", b->version);
	doc_subtitle_add(d, label);
	doc_meta_int(d, "year", b->year);
	doc_meta_int(d, "version", b->version);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "lines", NULL, 5);
	doc_column_set(t, 0, "type", "Typ", 0);
	doc_column_set(t, 1, "group", "Grupp", 0);
	doc_column_set(t, 2, "name", "Rad", 0);
	doc_column_set(t, 3, "amount", "Belopp", 0);
	doc_column_set(t, 4, "accounts", "Konton", 0);
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];
		struct doc_row *r = doc_row_add(t, NULL, l->name, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, kinds[l->kind], budget_kind_key(l->kind));
		doc_cell_text(r, 1, l->group, NULL);
		doc_cell_text(r, 2, l->name, NULL);
		doc_cell_money(r, 3, l->kind == BUDGET_COST ? -l->amount : l->amount);
		doc_cell_text(r, 4, l->accounts, NULL);
	}
	return d;
}

static void interim_cells(struct doc_row *r, const struct interim_row *x)
{
	doc_cell_money(r, 0, x->budget);
	doc_cell_money(r, 1, x->booked);
	doc_cell_money(r, 2, x->remaining);
	doc_cell_money(r, 3, x->forecast);
	doc_cell_money(r, 4, x->deviation);
}

struct doc *doc_interim(const struct association *a, const struct interim *in, struct date until,
			int budget_version)
{
	char title[96], date[11], head[48], key[32], line[700];
	struct doc *d;
	struct doc_table *t;
	struct doc_row *r;
	size_t i;

	date_format(date, until);
	snprintf(title, sizeof(title), "Delårsrapport %d: budget och prognos", in->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	snprintf(line, sizeof(line), "Bokfört till och med %s, budget version %d", date, budget_version);
	doc_subtitle_add(d, line);
	doc_meta_text(d, "until", date);
	doc_meta_int(d, "year", in->year);
	doc_meta_int(d, "grant", in->grant);
	doc_meta_int(d, "equity", in->equity);
	doc_meta_int(d, "total_funds", in->total_funds);
	doc_meta_int(d, "forecast_equity", in->forecast_equity);
	doc_meta_ratio(d, "forecast_equity_to_grant", in->forecast_equity, in->grant > 0 ? in->grant : 0);

	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "interim", NULL, 5);
	t->people_only = 1;     /* programs get "areas" and the metadata */
	snprintf(head, sizeof(head), "Budget %d", in->year);
	doc_column_set(t, 0, "budget", head, 0);
	snprintf(head, sizeof(head), "Bokfört %s", date);
	doc_column_set(t, 1, "booked", head, 0);
	doc_column_set(t, 2, "remaining", "Återstår", 0);
	doc_column_set(t, 3, "forecast", "Prognos helår", 0);
	doc_column_set(t, 4, "deviation", "Avvikelse", 0);
	doc_row_add(t, NULL, "Kostnader", DOC_ROW_HEADING);
	for (i = 0; i < in->n_areas; i++) {
		snprintf(key, sizeof(key), "area_%zu", i + 1);
		interim_cells(doc_row_add(t, key, in->areas[i].name, DOC_ROW_NORMAL), &in->areas[i]);
	}
	interim_cells(doc_row_add(t, "cost_total", "Summa kostnader", DOC_ROW_SUM), &in->cost_total);
	doc_row_add(t, NULL, "Intäkter", DOC_ROW_HEADING);
	for (i = 0; i < in->n_revenue; i++) {
		snprintf(key, sizeof(key), "revenue_%zu", i + 1);
		interim_cells(doc_row_add(t, key, in->revenue[i].name, DOC_ROW_NORMAL), &in->revenue[i]);
	}
	r = doc_row_add(t, "equity", "Eget kapital vid årets början", DOC_ROW_NORMAL);
	doc_cell_money(r, 3, in->equity);
	r = doc_row_add(t, "total_funds", "Totala medel", DOC_ROW_SUM);
	doc_cell_money(r, 3, in->total_funds);
	r = doc_row_add(t, "forecast_equity", "Prognos eget kapital vid årets slut", DOC_ROW_SUM);
	doc_cell_money(r, 3, in->forecast_equity);
	r = doc_row_add(t, "forecast_equity_to_grant", "Prognos eget kapital / driftbidrag (mål: högst 20 %)",
		    DOC_ROW_NORMAL);
	doc_cell_ratio(r, 3, in->forecast_equity, in->grant > 0 ? in->grant : 0);

	for (i = 0; i < in->n_areas + in->n_revenue; i++) {
		const struct interim_row *x = i < in->n_areas ? &in->areas[i] : &in->revenue[i - in->n_areas];

		if (x->comment && *x->comment) {
			snprintf(line, sizeof(line), "Prognos för %s: %s", x->name, x->comment);
			doc_paragraph_add(d, NULL, line);
		}
		if (!x->has_accounts && x->budget != 0) {
			snprintf(line, sizeof(line), "%s har inga konton i budgeten; bokfört visas som 0.",
				 x->name);
			doc_paragraph_add(d, NULL, line);
		}
	}

	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "areas", NULL, 7);
	t->machine_only = 1;
	doc_column_set(t, 0, "name", "Kostnadsområde", 0);
	doc_column_set(t, 1, "budget", "Budget", 0);
	doc_column_set(t, 2, "booked", "Bokfört", 0);
	doc_column_set(t, 3, "remaining", "Återstår", 0);
	doc_column_set(t, 4, "forecast", "Prognos", 0);
	doc_column_set(t, 5, "deviation", "Avvikelse", 0);
	doc_column_set(t, 6, "comment", "Kommentar", 0);
	for (i = 0; i < in->n_areas; i++) {
		const struct interim_row *x = &in->areas[i];

		r = doc_row_add(t, NULL, x->name, DOC_ROW_NORMAL);
		doc_cell_text(r, 0, x->name, NULL);
		doc_cell_money(r, 1, x->budget);
		doc_cell_money(r, 2, x->booked);
		doc_cell_money(r, 3, x->remaining);
		doc_cell_money(r, 4, x->forecast);
		doc_cell_money(r, 5, x->deviation);
		if (x->comment)
			doc_cell_text(r, 6, x->comment, NULL);
	}
	return d;
}

struct doc *doc_operating(const struct association *a, const struct operating *op, int budget_version)
{
	static const char *const kinds[] = { "revenue", "revenue_total", "cost", "other", "result",
					     "equity_start", "equity_end" };
	char title[96], head[64], key[32];
	struct doc *d;
	struct doc_table *t;
	size_t i, nr = 0, nc = 0;

	snprintf(title, sizeof(title), "Driftredovisning %d", op->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	snprintf(head, sizeof(head), "Budget version %d", budget_version);
	doc_subtitle_add(d, head);
	doc_unit_set(d, op->unit == MONEY_TKR ? DOC_UNIT_TKR : op->unit == MONEY_KR ? DOC_UNIT_KR : DOC_UNIT_KR_ORE);
	doc_meta_int(d, "year", op->year);
	doc_meta_int(d, "budget_version", budget_version);

	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "operating", NULL, 4);
	t->people_only = 1;
	snprintf(head, sizeof(head), "Utfall %d", op->year);
	doc_column_set(t, 0, "outcome", head, op->year);
	snprintf(head, sizeof(head), "Budget %d", op->year);
	doc_column_set(t, 1, "budget", head, op->year);
	doc_column_set(t, 2, "deviation", "Avvikelse utfall − budget", 0);
	snprintf(head, sizeof(head), "Utfall %d", op->year - 1);
	doc_column_set(t, 3, "previous", head, op->year - 1);
	t->cols[3].no_data = !op->has_previous;
	for (i = 0; i < op->n; i++) {
		const struct operating_row *x = &op->rows[i];
		enum doc_row_style style = DOC_ROW_NORMAL;
		struct doc_row *r;

		if (x->kind == OP_REVENUE)
			snprintf(key, sizeof(key), "revenue_%zu", ++nr);
		else if (x->kind == OP_COST)
			snprintf(key, sizeof(key), "cost_%zu", ++nc);
		else
			snprintf(key, sizeof(key), "%s", kinds[x->kind]);
		if (x->kind == OP_REVENUE_TOTAL || x->kind == OP_RESULT || x->kind == OP_EQUITY_END)
			style = DOC_ROW_SUM;
		if (x->kind == OP_OTHER)
			style = DOC_ROW_OPTIONAL;
		r = doc_row_add(t, key, x->name, style);
		doc_cell_money(r, 0, x->outcome);
		doc_cell_money(r, 1, x->budget);
		doc_cell_money(r, 2, x->deviation);
		if (op->has_previous)
			doc_cell_money(r, 3, x->previous);
	}
	if (op->unit > 1)
		doc_note_set(d, op->unit == MONEY_TKR
				? "Beloppen är avrundade till tusental kronor. Avrundningsdifferenser är lagda på "
				  "den största raden i varje summa, så att tabellen summerar. Eget kapital är "
				  "avrundat för sig, som i balansräkningen."
				: "Beloppen är avrundade till hela kronor. Avrundningsdifferenser är lagda på den "
				  "största raden i varje summa, så att tabellen summerar. Eget kapital är "
				  "avrundat för sig, som i balansräkningen.");

	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "rows", NULL, 6);
	t->machine_only = 1;
	doc_column_set(t, 0, "kind", "Typ", 0);
	doc_column_set(t, 1, "name", "Rad", 0);
	doc_column_set(t, 2, "outcome", "Utfall", 0);
	doc_column_set(t, 3, "budget", "Budget", 0);
	doc_column_set(t, 4, "deviation", "Avvikelse", 0);
	doc_column_set(t, 5, "previous", "Föregående år", 0);
	for (i = 0; i < op->n; i++) {
		const struct operating_row *x = &op->rows[i];
		struct doc_row *r = doc_row_add(t, NULL, x->name, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, kinds[x->kind], NULL);
		doc_cell_text(r, 1, x->name, NULL);
		doc_cell_money(r, 2, x->outcome);
		doc_cell_money(r, 3, x->budget);
		doc_cell_money(r, 4, x->deviation);
		if (op->has_previous)
			doc_cell_money(r, 5, x->previous);
	}
	return d;
}

struct doc *doc_calendar(const struct association *a, int year, const struct event *ev, size_t n,
			 struct date as_of)
{
	char title[64];
	struct doc *d;
	struct doc_table *t;
	size_t i;
	int next_marked = 0;

	snprintf(title, sizeof(title), "Årshjul %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "events", NULL, 4);
	doc_column_set(t, 0, "date", "Datum", 0);
	doc_column_set(t, 1, "kind", "Slag", 0);
	doc_column_set(t, 2, "title", "Vad", 0);
	doc_column_set(t, 3, "status", "", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, ev[i].title, DOC_ROW_NORMAL);

		doc_cell_date(r, 0, ev[i].date);
		doc_cell_text(r, 1, event_kind_label(ev[i].kind), event_kind_key(ev[i].kind));
		doc_cell_text(r, 2, ev[i].title, NULL);
		if (date_cmp(ev[i].date, as_of) < 0) {
			doc_cell_text(r, 3, "klart", "past");
		} else if (!next_marked) {
			doc_cell_text(r, 3, "← nästa", "next");
			next_marked = 1;
		}
	}
	return d;
}

struct doc *doc_multiyear(const struct association *a, const struct multiyear *m)
{
	static const struct {
		const char *key, *label;
		enum doc_row_style style;
		size_t offset;
	} rows[] = {
		{ "equity_start", "Eget kapital vid årets början", DOC_ROW_NORMAL, offsetof(struct multiyear_row, equity_start) },
		{ "revenue", "Verksamhetens intäkter", DOC_ROW_NORMAL, offsetof(struct multiyear_row, revenue) },
		{ "costs", "Verksamhetens kostnader", DOC_ROW_NORMAL, offsetof(struct multiyear_row, costs) },
		{ "financial", "Finansiella poster, netto", DOC_ROW_NORMAL, offsetof(struct multiyear_row, financial) },
		{ "result", "Årets resultat", DOC_ROW_SUM, offsetof(struct multiyear_row, result) },
		{ "equity_end", "Eget kapital vid årets slut", DOC_ROW_SUM, offsetof(struct multiyear_row, equity_end) },
		{ "grant", "Driftbidrag", DOC_ROW_NORMAL, offsetof(struct multiyear_row, grant) },
	};
	char head[48], line[200];
	struct equity_rule *rules;
	int *years;
	struct doc *d = doc_new("Flerårsprognos för eget kapital");
	struct doc_table *t;
	struct doc_row *r;
	size_t i, j;

	doc_report_titles(d, a);
	if (m->goal_year)
		doc_meta_int(d, "goal_year", m->goal_year);
	else
		doc_meta_null(d, "goal_year");
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "multiyear", NULL, m->n);
	t->people_only = 1;
	for (j = 0; j < m->n; j++) {
		snprintf(head, sizeof(head), "%s %d", m->rows[j].actual ? "Utfall" : "Budget", m->rows[j].year);
		doc_column_set(t, j, m->rows[j].actual ? "actual" : "budget", head, m->rows[j].year);
	}
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		r = doc_row_add(t, rows[i].key, rows[i].label, rows[i].style);
		for (j = 0; j < m->n; j++) {
			int64_t v;

			memcpy(&v, (const char *)&m->rows[j] + rows[i].offset, sizeof(v));
			doc_cell_money(r, j, v);
		}
	}
	r = doc_row_add(t, "equity_to_grant", "Eget kapital / driftbidrag (mål: högst 20 %)", DOC_ROW_NORMAL);
	rules = xcalloc(m->n ? m->n : 1, sizeof(*rules));
	years = xcalloc(m->n ? m->n : 1, sizeof(*years));
	for (j = 0; j < m->n; j++) {
		equity_rule_eval(m->rows[j].equity_end, m->rows[j].grant,
				 m->rows[j].actual ? (enum grant_basis)m->rows[j].grant_basis : GRANT_BASIS_BUDGET,
				 &rules[j]);
		years[j] = m->rows[j].year;
		doc_cell_ratio(r, j, rules[j].ratio.num, rules[j].ratio.den);
	}
	if (m->goal_year)
		snprintf(line, sizeof(line), "Eget kapital är som mest 20 %% av driftbidraget år %d.", m->goal_year);
	else
		snprintf(line, sizeof(line), "Eget kapital når inte målet om högst 20 %% av driftbidraget "
					     "under de år som har en budget.");
	doc_paragraph_add(d, NULL, line);
	if (m->n)
		doc_grant_basis(d, NULL, rules, years, m->n);

	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "years", NULL, 10);
	t->machine_only = 1;
	doc_column_set(t, 0, "year", "År", 0);
	doc_column_set(t, 1, "source", "Källa", 0);
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		doc_column_set(t, 2 + i, rows[i].key, rows[i].label, 0);
	doc_column_set(t, 9, "equity_to_grant", "Eget kapital / driftbidrag", 0);
	for (j = 0; j < m->n; j++) {
		r = doc_row_add(t, NULL, "", DOC_ROW_NORMAL);
		doc_cell_int(r, 0, m->rows[j].year);
		doc_cell_text(r, 1, m->rows[j].actual ? "utfall" : "budget", m->rows[j].actual ? "books" : "budget");
		for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
			int64_t v;

			memcpy(&v, (const char *)&m->rows[j] + rows[i].offset, sizeof(v));
			doc_cell_money(r, 2 + i, v);
		}
		doc_cell_ratio(r, 9, rules[j].ratio.num, rules[j].ratio.den);
	}
	free(rules);
	free(years);
	return d;
}

struct doc *doc_interventions(const struct association *a, const struct intervention *iv, size_t n,
			      const struct decision *d, size_t n_d, const struct anonymous_count *anon,
			      size_t n_anon, int one)
{
	struct doc *doc = doc_new(one && n ? iv[0].name : "Insatser");
	struct doc_table *t;
	struct doc_row *r;
	char text[64];
	size_t i, j;

	doc_report_titles(doc, a);
	t = doc_table_add(doc, NULL, DOC_TABLE_RECORDS, "interventions", one ? "Insatsen" : NULL, 12);
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "name", "Insats", 0);
	doc_column_set(t, 2, "kind", "Slag", 0);
	doc_column_set(t, 3, "owner", "Projektägare", 0);
	doc_column_set(t, 4, "start", "Från", 0);
	doc_column_set(t, 5, "end", "Till", 0);
	doc_column_set(t, 6, "decided", "Beslutat", 0);
	doc_column_set(t, 7, "accounts", "Konton", 0);
	doc_column_set(t, 8, "objects", "Objekt", 0);
	doc_column_set(t, 9, "participants_from", "Deltagare från", 0);
	doc_column_set(t, 10, "participants_to", "Deltagare till", 0);
	doc_column_set(t, 11, "goals", "Mål", 0);
	for (j = 9; j < 12; j++)
		t->cols[j].hidden_in_text = 1;
	for (i = 0; i < n; i++) {
		int64_t decided = 0;

		for (j = 0; j < n_d; j++)
			if (d[j].intervention_id == iv[i].id)
				decided += d[j].amount;
		r = doc_row_add(t, NULL, iv[i].name, DOC_ROW_NORMAL);
		doc_cell_int(r, 0, iv[i].id);
		doc_cell_text(r, 1, iv[i].name, NULL);
		doc_cell_text(r, 2, intervention_kind_label(iv[i].kind), intervention_kind_key(iv[i].kind));
		doc_cell_text(r, 3, iv[i].owner, NULL);
		if (date_is_set(iv[i].start))
			doc_cell_date(r, 4, iv[i].start);
		if (date_is_set(iv[i].end))
			doc_cell_date(r, 5, iv[i].end);
		doc_cell_money(r, 6, decided);
		doc_cell_text(r, 7, iv[i].accounts, NULL);
		doc_cell_text(r, 8, iv[i].objects, NULL);
		if (date_is_set(iv[i].p_start))
			doc_cell_date(r, 9, iv[i].p_start);
		if (date_is_set(iv[i].p_end))
			doc_cell_date(r, 10, iv[i].p_end);
		doc_cell_text(r, 11, iv[i].goals, NULL);
	}
	if (one && n) {
		if (*iv[0].partners) {
			snprintf(text, sizeof(text), "Samverkande parter:");
			doc_paragraph_add(doc, NULL, text);
			doc_paragraph_add(doc, NULL, iv[0].partners);
		}
		if (*iv[0].target_group || iv[0].age_max) {
			char line[500];

			if (iv[0].age_max)
				snprintf(line, sizeof(line), "Målgrupp: %s (%d–%d år)", iv[0].target_group,
					 iv[0].age_min, iv[0].age_max);
			else
				snprintf(line, sizeof(line), "Målgrupp: %s", iv[0].target_group);
			doc_paragraph_add(doc, NULL, line);
		}
		if (*iv[0].purpose) {
			char line[1100];

			snprintf(line, sizeof(line), "Syfte: %s", iv[0].purpose);
			doc_paragraph_add(doc, NULL, line);
		}
		if (*iv[0].goals) {
			char line[2100];

			snprintf(line, sizeof(line), "Mål: %s", iv[0].goals);
			doc_paragraph_add(doc, NULL, line);
		}
		if (date_is_set(iv[0].p_start) || date_is_set(iv[0].p_end)) {
			char line[100], from[11] = "", to[11] = "";

			if (date_is_set(iv[0].p_start))
				date_format(from, iv[0].p_start);
			if (date_is_set(iv[0].p_end))
				date_format(to, iv[0].p_end);
			snprintf(line, sizeof(line), "Deltagare skrivs in: %s–%s", from, to);
			doc_paragraph_add(doc, NULL, line);
		}
		t = doc_table_add(doc, NULL, DOC_TABLE_RECORDS, "decisions", "Beslut om finansiering", 5);
		doc_column_set(t, 0, "meeting", "Sammanträde", 0);
		doc_column_set(t, 1, "amount", "Belopp", 0);
		doc_column_set(t, 2, "years", "År", 0);
		doc_column_set(t, 3, "note", "Anteckning", 0);
		doc_column_set(t, 4, "id", "Id", 0);
		for (j = 0; j < n_d; j++) {
			if (d[j].intervention_id != iv[0].id)
				continue;
			r = doc_row_add(t, NULL, "", DOC_ROW_NORMAL);
			doc_cell_date(r, 0, d[j].meeting);
			doc_cell_money(r, 1, d[j].amount);
			if (d[j].year_from == d[j].year_to)
				snprintf(text, sizeof(text), "%d", d[j].year_from);
			else
				snprintf(text, sizeof(text), "%d–%d", d[j].year_from, d[j].year_to);
			doc_cell_text(r, 2, text, NULL);
			doc_cell_text(r, 3, d[j].note, NULL);
			doc_cell_int(r, 4, d[j].id);
		}
		t = doc_table_add(doc, NULL, DOC_TABLE_RECORDS, "anonymous", "Anonyma deltagare", 6);
		doc_column_set(t, 0, "from", "Från", 0);
		doc_column_set(t, 1, "to", "Till", 0);
		doc_column_set(t, 2, "women", "Kvinnor", 0);
		doc_column_set(t, 3, "men", "Män", 0);
		doc_column_set(t, 4, "note", "Anteckning", 0);
		doc_column_set(t, 5, "id", "Id", 0);
		for (j = 0; j < n_anon; j++) {
			r = doc_row_add(t, NULL, "", DOC_ROW_NORMAL);
			doc_cell_date(r, 0, anon[j].from);
			doc_cell_date(r, 1, anon[j].to);
			doc_cell_int(r, 2, anon[j].women);
			doc_cell_int(r, 3, anon[j].men);
			doc_cell_text(r, 4, anon[j].note, NULL);
			doc_cell_int(r, 5, anon[j].id);
		}
	}
	return doc;
}

struct doc *doc_commitments(const struct association *a, int year, const struct intervention *iv,
			    const struct commitment *cur, const struct commitment *prev, size_t n)
{
	char title[160], head[16];
	struct doc *d;
	struct doc_table *t;
	struct doc_row *r;
	int64_t total = 0, total_prev = 0;
	size_t i;

	snprintf(title, sizeof(title), "Återstående belopp för beslutad finansiering av samverkansinsatser %d", year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "commitments", NULL, 2);
	t->people_only = 1;
	snprintf(head, sizeof(head), "%d", year);
	doc_column_set(t, 0, "current", head, year);
	snprintf(head, sizeof(head), "%d", year - 1);
	doc_column_set(t, 1, "previous_year", head, year - 1);
	for (i = 0; i < n; i++) {
		char key[32];

		if (cur[i].remaining == 0 && prev[i].remaining == 0)
			continue;
		snprintf(key, sizeof(key), "intervention_%lld", (long long)iv[i].id);
		r = doc_row_add(t, key, iv[i].name, DOC_ROW_NORMAL);
		doc_cell_money(r, 0, cur[i].remaining);
		doc_cell_money(r, 1, prev[i].remaining);
		total += cur[i].remaining;
		total_prev += prev[i].remaining;
	}
	r = doc_row_add(t, "total", "Summa", DOC_ROW_SUM);
	doc_cell_money(r, 0, total);
	doc_cell_money(r, 1, total_prev);
	doc_meta_int(d, "total_remaining", total);

	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "interventions", NULL, 5);
	t->machine_only = 1;
	doc_column_set(t, 0, "id", "Id", 0);
	doc_column_set(t, 1, "name", "Insats", 0);
	doc_column_set(t, 2, "decided", "Beslutat", 0);
	doc_column_set(t, 3, "paid", "Utbetalt", 0);
	doc_column_set(t, 4, "remaining", "Återstår", 0);
	for (i = 0; i < n; i++) {
		r = doc_row_add(t, NULL, iv[i].name, DOC_ROW_NORMAL);
		doc_cell_int(r, 0, iv[i].id);
		doc_cell_text(r, 1, iv[i].name, NULL);
		doc_cell_money(r, 2, cur[i].decided);
		doc_cell_money(r, 3, cur[i].paid);
		doc_cell_money(r, 4, cur[i].remaining);
	}
	return d;
}

struct doc *doc_activities(const struct association *a, int year, const struct activity *acts, size_t n)
{
	char title[96];
	struct doc *d;
	struct doc_table *t;
	struct doc_row *r;
	size_t i, j;
	int64_t total = 0;

	if (year)
		snprintf(title, sizeof(title), "Strukturinriktade och kompetenshöjande aktiviteter %d", year);
	else
		snprintf(title, sizeof(title), "Strukturinriktade och kompetenshöjande aktiviteter");
	d = doc_new(title);
	doc_report_titles(d, a);
	if (year)
		doc_meta_int(d, "year", year);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "activities", NULL, 7);
	doc_column_set(t, 0, "date", "Datum", 0);
	doc_column_set(t, 1, "name", "Aktivitet", 0);
	doc_column_set(t, 2, "kind", "Slag", 0);
	doc_column_set(t, 3, "organiser", "Arrangör", 0);
	doc_column_set(t, 4, "attendees", "Deltagare", 0);
	doc_column_set(t, 5, "by_organisation", "Per organisation", 0);
	doc_column_set(t, 6, "id", "Id", 0);
	for (i = 0; i < n; i++) {
		char per[600] = "";
		size_t len = 0;

		for (j = 0; j < acts[i].n_attendance && len < sizeof(per); j++)
			len += (size_t)snprintf(per + len, sizeof(per) - len, "%s%s %lld", j ? ", " : "",
						acts[i].attendance[j].organisation,
						(long long)acts[i].attendance[j].attendees);
		r = doc_row_add(t, NULL, acts[i].name, DOC_ROW_NORMAL);
		doc_cell_date(r, 0, acts[i].date);
		doc_cell_text(r, 1, acts[i].name, NULL);
		doc_cell_text(r, 2, activity_kind_label(acts[i].kind), activity_kind_key(acts[i].kind));
		doc_cell_text(r, 3, acts[i].organiser, NULL);
		doc_cell_int(r, 4, activity_total(&acts[i]));
		doc_cell_text(r, 5, per, NULL);
		doc_cell_int(r, 6, acts[i].id);
		total += activity_total(&acts[i]);
	}
	if (n == 0) {
		/* Programs still get the empty list; people a sentence. */
		t->machine_only = 1;
		doc_paragraph_add(d, NULL, "Inga aktiviteter är registrerade.");
	}
	doc_meta_int(d, "total_attendees", total);
	return d;
}

static const char *insats_name(const struct intervention *iv, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (iv[i].id == id)
			return iv[i].name;
	return "";
}

struct doc *doc_participant(const struct association *a, const struct participant *p,
			    const struct enrolment *e, size_t n, const struct intervention *iv, size_t n_iv)
{
	char title[128];
	struct doc *d;
	struct doc_table *t;
	struct doc_row *r;
	size_t i;

	snprintf(title, sizeof(title), "Deltagare %s", p->code);
	d = doc_new(title);
	doc_report_titles(d, a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "participant", "Uppgifter", 5);
	doc_column_set(t, 0, "code", "Kod", 0);
	doc_column_set(t, 1, "sex", "Kön", 0);
	doc_column_set(t, 2, "birth_year", "Födelseår", 0);
	doc_column_set(t, 3, "education", "Utbildning", 0);
	doc_column_set(t, 4, "personal_number", "Personnummer", 0);
	r = doc_row_add(t, NULL, p->code, DOC_ROW_NORMAL);
	doc_cell_text(r, 0, p->code, NULL);
	doc_cell_text(r, 1, p->sex, NULL);
	doc_cell_int(r, 2, p->birth_year);
	doc_cell_text(r, 3, p->education, NULL);
	/* Only whether one was given: the number itself is not kept. */
	doc_cell_text(r, 4, p->pnr_hash[0] ? "angivet (sparas inte, bara ett kontrollvärde)" : "inte angivet",
		      p->pnr_hash[0] ? "given" : "none");
	/* The id, for correcting the enrolment, comes last: the keys before it stay. */
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "enrolments", "Inskrivningar", 8);
	doc_column_set(t, 0, "intervention", "Insats", 0);
	doc_column_set(t, 1, "enrolled", "Inskriven", 0);
	doc_column_set(t, 2, "support_before", "Försörjning före", 0);
	doc_column_set(t, 3, "time_in_support", "Tid i försörjning", 0);
	doc_column_set(t, 4, "exited", "Avslutad", 0);
	doc_column_set(t, 5, "exit_reason", "Orsak", 0);
	doc_column_set(t, 6, "support_after", "Försörjning efter", 0);
	doc_column_set(t, 7, "id", "Id", 0);
	for (i = 0; i < n; i++) {
		r = doc_row_add(t, NULL, "", DOC_ROW_NORMAL);
		doc_cell_int(r, 7, e[i].id);
		doc_cell_text(r, 0, insats_name(iv, n_iv, e[i].intervention_id), NULL);
		doc_cell_date(r, 1, e[i].enrolled);
		doc_cell_text(r, 2, e[i].support_before, NULL);
		doc_cell_text(r, 3, e[i].time_in_support, NULL);
		if (date_is_set(e[i].exited)) {
			doc_cell_date(r, 4, e[i].exited);
			doc_cell_text(r, 5, e[i].exit_reason, NULL);
			doc_cell_text(r, 6, e[i].support_after, NULL);
		}
	}
	return d;
}

struct doc *doc_participants_list(const struct association *a, const struct participant *p, size_t n,
				  const struct enrolment *e, size_t n_e)
{
	struct doc *d = doc_new("Deltagare");
	struct doc_table *t;
	size_t i, j;

	doc_report_titles(d, a);
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "participants", NULL, 5);
	doc_column_set(t, 0, "code", "Kod", 0);
	doc_column_set(t, 1, "sex", "Kön", 0);
	doc_column_set(t, 2, "birth_year", "Födelseår", 0);
	doc_column_set(t, 3, "education", "Utbildning", 0);
	doc_column_set(t, 4, "enrolments", "Inskrivningar", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, p[i].code, DOC_ROW_NORMAL);
		int64_t count = 0;

		for (j = 0; j < n_e; j++)
			count += e[j].participant_id == p[i].id;
		doc_cell_text(r, 0, p[i].code, NULL);
		doc_cell_text(r, 1, p[i].sex, NULL);
		doc_cell_int(r, 2, p[i].birth_year);
		doc_cell_text(r, 3, p[i].education, NULL);
		doc_cell_int(r, 4, count);
	}
	return d;
}

struct doc *doc_audit(const struct association *a, const struct audit_entry *log, const char *const *changes,
		      size_t n)
{
	struct doc *d = doc_new("Logg över ändringar");
	struct doc_table *t, *m;
	struct buf change;
	size_t i;

	buf_init(&change);
	doc_report_titles(d, a);
	/* For people, a change of a record reads "decision 3: {...} → {...}"
	 * in the column of changes; programs get each part as its own key. */
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, NULL, NULL, 5);
	t->people_only = 1;
	m = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "audit", NULL, 8);
	m->machine_only = 1;
	doc_column_set(t, 0, "at", "Tid", 0);
	doc_column_set(t, 1, "actor", "Vem", 0);
	doc_column_set(t, 2, "action", "Vad", 0);
	doc_column_set(t, 3, "participant", "Deltagare", 0);
	doc_column_set(t, 4, "detail", "Ändring", 0);
	doc_column_set(m, 0, "at", "Tid", 0);
	doc_column_set(m, 1, "actor", "Vem", 0);
	doc_column_set(m, 2, "action", "Vad", 0);
	doc_column_set(m, 3, "participant", "Deltagare", 0);
	doc_column_set(m, 4, "detail", "Ändring", 0);
	doc_column_set(m, 5, "record", "Post", 0);
	doc_column_set(m, 6, "before", "Före", 0);
	doc_column_set(m, 7, "after", "Efter", 0);
	for (i = 0; i < n; i++) {
		struct doc_row *r = doc_row_add(t, NULL, "", DOC_ROW_NORMAL);
		struct doc_row *q = doc_row_add(m, NULL, "", DOC_ROW_NORMAL);

		buf_reset(&change);
		buf_adds(&change, log[i].detail);
		if (*log[i].record) {
			if (change.len)
				buf_adds(&change, "; ");
			if (changes && changes[i])
				buf_addf(&change, "%s: %s", log[i].record, changes[i]);
			else
				buf_addf(&change, "%s: %s → %s", log[i].record,
					 *log[i].old_values ? log[i].old_values : "(ny)",
					 *log[i].new_values ? log[i].new_values : "(borttagen)");
		}
		doc_cell_text(r, 0, log[i].at, NULL);
		doc_cell_text(r, 1, log[i].actor, NULL);
		doc_cell_text(r, 2, log[i].action, NULL);
		doc_cell_text(r, 3, log[i].code, NULL);
		doc_cell_text(r, 4, change.s, NULL);
		doc_cell_text(q, 0, log[i].at, NULL);
		doc_cell_text(q, 1, log[i].actor, NULL);
		doc_cell_text(q, 2, log[i].action, NULL);
		doc_cell_text(q, 3, log[i].code, NULL);
		doc_cell_text(q, 4, log[i].detail, NULL);
		doc_cell_text(q, 5, log[i].record, NULL);
		doc_cell_text(q, 6, log[i].old_values, NULL);
		doc_cell_text(q, 7, log[i].new_values, NULL);
	}
	buf_release(&change);
	return d;
}

/* A protected count: the number, "<5" for a small cell, "x" for one hidden
 * so that a small cell cannot be worked out. */
void doc_count_cell(struct doc_row *r, size_t col, const struct pcell *c, int threshold)
{
	char small[16];

	if (c->mark == CELL_SMALL) {
		snprintf(small, sizeof(small), "<%d", threshold);
		doc_cell_text(r, col, small, NULL);
	} else if (c->mark == CELL_SECONDARY) {
		doc_cell_text(r, col, "x", NULL);
	} else {
		doc_cell_int(r, col, c->n);
	}
}

struct doc *doc_pstats(const struct association *a, const struct pstats *s, const char *insats,
		       int protected_, int threshold)
{
	static const struct {
		const char *key, *label;
		size_t offset;
	} measures[] = {
		{ "enrolled", "Inskrivna under året", offsetof(struct pmeasures, enrolled) },
		{ "new", "Nya under året", offsetof(struct pmeasures, new_) },
		{ "exited", "Avslutade under året", offsetof(struct pmeasures, exited) },
		{ "exited_to_work_or_studies", "Avslutade till arbete eller studier",
		  offsetof(struct pmeasures, to_work) },
	};
	static const struct {
		const char *key, *label;
		size_t offset;
		enum vocab v;
	} dists[] = {
		{ "education", "Utbildning", offsetof(struct pstats, education), VOCAB_EDUCATION },
		{ "time_in_support", "Tid i offentlig försörjning före", offsetof(struct pstats, time_in_support),
		  VOCAB_TIME_IN_SUPPORT },
		{ "support_before", "Försörjning vid inskrivning", offsetof(struct pstats, support_before), VOCAB_SUPPORT },
		{ "support_after", "Försörjning vid avslut", offsetof(struct pstats, support_after), VOCAB_SUPPORT },
		{ "exit_reason", "Avslutsorsak", offsetof(struct pstats, exit_reason), VOCAB_EXIT_REASON },
		{ "support_before_exited", "Försörjning vid inskrivning, de som avslutades under året",
		  offsetof(struct pstats, support_before_exited), VOCAB_SUPPORT },
	};
	static const char *const sexes[] = { "total", "women", "men" };
	static const char *const sex_labels[] = { "Totalt", "Kvinnor", "Män" };
	const struct pmeasures *bands[3] = { &s->all, &s->young, &s->older };
	static const char *const band_keys[3] = { "all", "by_age.young", "by_age.older" };
	static const char *const band_labels[3] = { "Alla", "16–29 år", "30 år och äldre" };
	char title[200];
	struct doc *d;
	struct doc_table *t;
	size_t i, j, k;

	if (insats)
		snprintf(title, sizeof(title), "Deltagarstatistik %d: %s", s->year, insats);
	else
		snprintf(title, sizeof(title), "Deltagarstatistik %d", s->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	if (!protected_)
		doc_subtitle_add(d, "SKYDDADE UPPGIFTER: ej avrundad statistik, bara för förbundets administratörer");
	doc_meta_int(d, "year", s->year);
	if (s->share_hidden || s->all.exited.total.n == 0)
		doc_meta_null(d, "share_to_work_or_studies");
	else
		doc_meta_ratio(d, "share_to_work_or_studies", s->all.to_work.total.n, s->all.exited.total.n);
	if (s->mean_hidden || s->days_n == 0)
		doc_meta_null(d, "mean_days");
	else
		doc_meta_int(d, "mean_days", pstats_mean_days(s));
	/* One table per measure: rows by sex, columns all / young / older,
	 * and for programs the six age bands. */
	for (i = 0; i < sizeof(measures) / sizeof(measures[0]); i++) {
		t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, measures[i].key, measures[i].label,
				  3 + PSTATS_BANDS);
		for (k = 0; k < 3; k++)
			doc_column_set(t, k, band_keys[k], band_labels[k], 0);
		for (k = 0; k < PSTATS_BANDS; k++) {
			char key[32];

			snprintf(key, sizeof(key), "by_age_band.%s", pstats_band_key((int)k));
			doc_column_set(t, 3 + k, key, pstats_band_label((int)k), 0);
			t->cols[3 + k].hidden_in_text = 1;
		}
		for (j = 0; j < 3; j++) {
			struct doc_row *r = doc_row_add(t, sexes[j], sex_labels[j], j == 0 ? DOC_ROW_SUM : DOC_ROW_NORMAL);

			for (k = 0; k < 3 + PSTATS_BANDS; k++) {
				const struct pmeasures *m = k < 3 ? bands[k] : &s->band[k - 3];
				const struct psex *sx = (const struct psex *)((const char *)m + measures[i].offset);
				const struct pcell *c = j == 0 ? &sx->total : j == 1 ? &sx->women : &sx->men;

				doc_count_cell(r, k, c, threshold);
			}
		}
	}
	/* The age bands for people: a row per band. */
	t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "age_bands", "Åldersgrupper vid inskrivning", 7);
	t->people_only = 1;
	doc_column_set(t, 0, "band", "Ålder", 0);
	doc_column_set(t, 1, "women", "Kvinnor", 0);
	doc_column_set(t, 2, "men", "Män", 0);
	doc_column_set(t, 3, "enrolled", "Inskrivna", 0);
	doc_column_set(t, 4, "new", "Nya", 0);
	doc_column_set(t, 5, "exited", "Avslutade", 0);
	doc_column_set(t, 6, "to_work", "Arbete/studier", 0);
	for (k = 0; k < PSTATS_BANDS; k++) {
		const struct pmeasures *m = &s->band[k];
		struct doc_row *r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, pstats_band_label((int)k), NULL);
		doc_count_cell(r, 1, &m->enrolled.women, threshold);
		doc_count_cell(r, 2, &m->enrolled.men, threshold);
		doc_count_cell(r, 3, &m->enrolled.total, threshold);
		doc_count_cell(r, 4, &m->new_.total, threshold);
		doc_count_cell(r, 5, &m->exited.total, threshold);
		doc_count_cell(r, 6, &m->to_work.total, threshold);
	}
	/* Anonymous participants: counted by sex only. */
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "anonymous", "Anonyma deltagare", 1);
	doc_column_set(t, 0, "count", "Antal", 0);
	for (j = 0; j < 3; j++) {
		const struct pcell *c = j == 0 ? &s->anonymous.total : j == 1 ? &s->anonymous.women
									 : &s->anonymous.men;

		doc_count_cell(doc_row_add(t, sexes[j], sex_labels[j], j == 0 ? DOC_ROW_SUM : DOC_ROW_NORMAL), 0, c,
			   threshold);
	}
	for (i = 0; i < sizeof(dists) / sizeof(dists[0]); i++) {
		const struct pdist *dd = (const struct pdist *)((const char *)s + dists[i].offset);
		const char *const *words = vocab_words(dists[i].v);

		t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, dists[i].key, dists[i].label, 1);
		doc_column_set(t, 0, "count", "Antal", 0);
		for (k = 0; k < dd->n; k++)
			doc_count_cell(doc_row_add(t, words[k], words[k], DOC_ROW_NORMAL), 0, &dd->cell[k], threshold);
	}
	if (protected_) {
		snprintf(title, sizeof(title),
			 "Grupper med färre än %d personer visas som <%d, och x döljer ytterligare uppgifter så "
			 "att de inte kan räknas fram ur summorna.", threshold, threshold);
		doc_paragraph_add(d, NULL, title);
	}
	return d;
}
