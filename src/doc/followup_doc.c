/*
 * followup_doc.c: the national follow-up of a year (Uppföljning Finsam) as
 * a document: the participants per intervention by sex, protected; each
 * intervention's budget and outcome; the members' grants; the equity
 * against the year's grant. The JSON contract of `report followup`.
 */
#include <stdio.h>

#include "doc/reports.h"

/* An id, or nothing on a total row (id 0). */
static void get_id(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int64_t id = *(const int64_t *)at;

	(void)ctx;
	if (id)
		doc_cell_int(r, col, id);
}

/* The budget, or nothing when no budget line names the intervention. */
static void get_budget(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct followup_money *m = at;

	(void)ctx;
	if (m->has_budget)
		doc_cell_money(r, col, m->budget);
}

#define FU_COUNT(k, label, i)                                                                       \
	{ .key = k, .title = label, .kind = DOC_KIND_COUNT, .in = DOC_IN_PERSONS,                   \
	  DOC_GET(doc_get_count, struct followup_people, c[i]) }

static const struct doc_col people_cols[] = {
	{ .key = "intervention_id", .title = "Id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(get_id, struct followup_people, intervention_id) },
	DOC_TEXT("name", "Insats", struct followup_people, name),
	FU_COUNT("enrolled.women", "Inskrivna kvinnor", FU_ENROLLED_WOMEN),
	FU_COUNT("enrolled.men", "Inskrivna män", FU_ENROLLED_MEN),
	FU_COUNT("enrolled.total", "Inskrivna totalt", FU_ENROLLED),
	FU_COUNT("new.women", "Nya kvinnor", FU_NEW_WOMEN),
	FU_COUNT("new.men", "Nya män", FU_NEW_MEN),
	FU_COUNT("new.total", "Nya totalt", FU_NEW),
	FU_COUNT("exited.women", "Avslutade kvinnor", FU_EXITED_WOMEN),
	FU_COUNT("exited.men", "Avslutade män", FU_EXITED_MEN),
	FU_COUNT("exited.total", "Avslutade totalt", FU_EXITED),
	FU_COUNT("anonymous.women", "Anonyma kvinnor", FU_ANONYMOUS_WOMEN),
	FU_COUNT("anonymous.men", "Anonyma män", FU_ANONYMOUS_MEN),
	FU_COUNT("anonymous.total", "Anonyma totalt", FU_ANONYMOUS),
};

static const struct doc_col money_cols[] = {
	{ .key = "intervention_id", .title = "Id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(get_id, struct followup_money, intervention_id) },
	DOC_TEXT("name", "Insats", struct followup_money, name),
	{ .key = "budget", .title = "Budget", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .get = get_budget },
	DOC_MONEY("outcome", "Kostnad", struct followup_money, outcome),
};

static const struct doc_col grant_cols[] = {
	{ .key = "member_id", .title = "Id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(get_id, struct member_revenue, member_id) },
	DOC_TEXT("name", "Medlem", struct member_revenue, name),
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(doc_get_string, struct member_revenue, kind) },
	DOC_MONEY("grant", "Driftbidrag", struct member_revenue, amount),
};

struct doc *doc_followup(const struct association *a, const struct followup *f, int threshold)
{
	char title[400];
	struct doc *d;
	struct doc_table *t;
	struct doc_block *sec;
	struct doc_row *r;
	size_t i;

	snprintf(title, sizeof(title), "Uppföljning Finsam %d", f->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	doc_meta_int(d, "year", f->year);
	doc_meta_int(d, "min_cell", threshold);
	doc_meta_text(d, "grant_basis", grant_basis_key(f->equity.basis));

	sec = doc_section_add(d, NULL, "Deltagare per insats");
	t = doc_table_from(d, sec, DOC_TABLE_RECORDS, "participants",
			   NULL, people_cols, DOC_N(people_cols), DOC_FOR_BOTH);
	doc_table_context(t, &threshold);
	for (i = 0; i <= f->n_people; i++)
		doc_row_record(t, NULL, NULL, i == f->n_people ? DOC_ROW_SUM : DOC_ROW_NORMAL, &f->people[i]);
	snprintf(title, sizeof(title),
		 "Inskrivna under året, nya under året och avslutade under året, per insats; anonyma deltagare "
		 "räknas för sig. Grupper med färre än %d personer visas som <%d, och x döljer ytterligare "
		 "uppgifter så att de inte kan räknas fram ur summorna.",
		 threshold, threshold);
	doc_paragraph_add(d, sec, title);

	sec = doc_section_add(d, NULL, "Insatsernas budget och kostnad");
	t = doc_table_from(d, sec, DOC_TABLE_RECORDS,
			   "interventions", NULL, money_cols, DOC_N(money_cols), DOC_FOR_BOTH);
	for (i = 0; i <= f->n_money; i++)
		doc_row_record(t, NULL, NULL, i == f->n_money ? DOC_ROW_SUM : DOC_ROW_NORMAL, &f->money[i]);

	sec = doc_section_add(d, NULL, "Medlemmarnas driftbidrag");
	t = doc_table_from(d, sec, DOC_TABLE_RECORDS, "grants",
			   NULL, grant_cols, DOC_N(grant_cols), DOC_FOR_BOTH);
	if (f->has_grants) {
		struct member_revenue total = { .member_id = 0, .kind = "", .amount = f->grants_total };

		for (i = 0; i < f->n_grants; i++)
			doc_row_record(t, NULL, NULL, DOC_ROW_NORMAL, &f->grants[i]);
		snprintf(total.name, sizeof(total.name), "Summa");
		doc_row_record(t, NULL, NULL, DOC_ROW_SUM, &total);
	} else if (*f->why_no_grants) {
		doc_paragraph_add(d, sec, f->why_no_grants);
	}

	sec = doc_section_add(d, NULL, "Eget kapital");
	t = doc_table_add(d, sec, DOC_TABLE_FIGURES, "equity", NULL, 1);
	doc_column_set(t, 0, "value", "Belopp", 0);
	doc_cell_money(doc_row_add(t, "equity", "Eget kapital vid årets slut", DOC_ROW_NORMAL), 0, f->equity.equity);
	doc_cell_money(doc_row_add(t, "grant", "Årets driftbidrag", DOC_ROW_NORMAL), 0, f->equity.grant);
	r = doc_row_add(t, "equity_to_grant", "Eget kapital / driftbidrag", DOC_ROW_SUM);
	if (f->equity.defined)
		doc_cell_ratio(r, 0, f->equity.ratio.num, f->equity.ratio.den);
	snprintf(title, sizeof(title), "Riktlinjen: eget kapital vid årets slut högst %d %% av årets driftbidrag.",
		 EQUITY_TO_GRANT_GOAL_PERCENT);
	doc_paragraph_add(d, sec, title);
	return d;
}

/* ---- over the förbund of a host (report followup --all) ---- */

/* Equity over grant, when the grant is positive. */
static void get_ratio(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct equity_rule *e = at;

	(void)ctx;
	if (e->defined)
		doc_cell_ratio(r, col, e->ratio.num, e->ratio.den);
}

/* The grants, or nothing when a förbund's revenue is not split. */
static void get_grants(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct followup_forbund *f = at;

	(void)ctx;
	if (f->has_grants)
		doc_cell_money(r, col, f->grants);
}

#define FH_COUNT(k, label, i)                                                                       \
	{ .key = k, .title = label, .kind = DOC_KIND_COUNT, .in = DOC_IN_PERSONS,                   \
	  DOC_GET(doc_get_count, struct followup_forbund, people.c[i]) }

static const struct doc_col host_people_cols[] = {
	{ .key = "forbund", .title = "Förbund på värden", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct followup_forbund, forbund) },
	DOC_TEXT("name", "Förbund", struct followup_forbund, people.name),
	FH_COUNT("enrolled.women", "Inskrivna kvinnor", FU_ENROLLED_WOMEN),
	FH_COUNT("enrolled.men", "Inskrivna män", FU_ENROLLED_MEN),
	FH_COUNT("enrolled.total", "Inskrivna totalt", FU_ENROLLED),
	FH_COUNT("new.women", "Nya kvinnor", FU_NEW_WOMEN),
	FH_COUNT("new.men", "Nya män", FU_NEW_MEN),
	FH_COUNT("new.total", "Nya totalt", FU_NEW),
	FH_COUNT("exited.women", "Avslutade kvinnor", FU_EXITED_WOMEN),
	FH_COUNT("exited.men", "Avslutade män", FU_EXITED_MEN),
	FH_COUNT("exited.total", "Avslutade totalt", FU_EXITED),
	FH_COUNT("anonymous.women", "Anonyma kvinnor", FU_ANONYMOUS_WOMEN),
	FH_COUNT("anonymous.men", "Anonyma män", FU_ANONYMOUS_MEN),
	FH_COUNT("anonymous.total", "Anonyma totalt", FU_ANONYMOUS),
};

static const struct doc_col host_money_cols[] = {
	{ .key = "forbund", .title = "Förbund på värden", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct followup_forbund, forbund) },
	DOC_TEXT("name", "Förbund", struct followup_forbund, people.name),
	DOC_MONEY("budget", "Insatsernas budget", struct followup_forbund, budget),
	DOC_MONEY("outcome", "Insatsernas kostnad", struct followup_forbund, outcome),
	{ .key = "grants", .title = "Medlemmarnas driftbidrag", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR,
	  .get = get_grants },
	DOC_MONEY("equity", "Eget kapital vid årets slut", struct followup_forbund, equity),
	DOC_MONEY("grant", "Årets driftbidrag", struct followup_forbund, grant),
	{ .key = "equity_to_grant", .title = "Eget kapital / driftbidrag", .kind = DOC_KIND_RATIO,
	  DOC_GET(get_ratio, struct followup_forbund, rule) },
};

struct doc *doc_followup_host(const struct followup_host *h, const char *region)
{
	char title[400];
	struct doc *d;
	struct doc_table *t;
	struct doc_block *sec;
	size_t i;

	snprintf(title, sizeof(title), "Uppföljning Finsam %d, %s", h->year,
		 region && *region ? region : "alla förbund på värden");
	d = doc_new(title);
	doc_meta_int(d, "year", h->year);
	doc_meta_int(d, "min_cell", h->threshold);
	doc_meta_int(d, "forbund_count", (int64_t)h->n);
	if (region && *region)
		doc_meta_text(d, "region", region);
	doc_meta_text(d, "without_books", h->without.s);
	if (h->without.len) {
		snprintf(title, sizeof(title), "Utan bokföring för %d (inte med i tabellerna): %s.", h->year,
			 h->without.s);
		doc_paragraph_add(d, NULL, title);
	}

	sec = doc_section_add(d, NULL, "Deltagare per förbund");
	t = doc_table_from(d, sec, DOC_TABLE_RECORDS, "participants", NULL, host_people_cols,
			   DOC_N(host_people_cols), DOC_FOR_BOTH);
	doc_table_context(t, &h->threshold);
	for (i = 0; i <= h->n; i++)
		doc_row_record(t, NULL, NULL, i == h->n ? DOC_ROW_SUM : DOC_ROW_NORMAL, &h->rows[i]);
	snprintf(title, sizeof(title),
		 "Varje förbunds deltagare i individinriktade insatser under året, och summan över förbunden. "
		 "Grupper med färre än %d personer visas som <%d, och x döljer ytterligare uppgifter så att "
		 "de inte kan räknas fram ur summorna, över hela tabellen.",
		 h->threshold, h->threshold);
	doc_paragraph_add(d, sec, title);

	sec = doc_section_add(d, NULL, "Ekonomi per förbund");
	t = doc_table_from(d, sec, DOC_TABLE_RECORDS, "money", NULL, host_money_cols, DOC_N(host_money_cols),
			   DOC_FOR_BOTH);
	for (i = 0; i <= h->n; i++)
		doc_row_record(t, NULL, NULL, i == h->n ? DOC_ROW_SUM : DOC_ROW_NORMAL, &h->rows[i]);
	/* An empty cell says why it is empty. */
	if (h->n && !h->rows[h->n].has_grants)
		doc_paragraph_add(d, sec,
				  "En tom ruta under Medlemmarnas driftbidrag: förbundet har inga medlemmar "
				  "registrerade, eller intäkterna kan inte fördelas på dem (se förbundets egen "
				  "uppföljning). Summan lämnas då också tom.");
	snprintf(title, sizeof(title), "Riktlinjen: eget kapital vid årets slut högst %d %% av årets driftbidrag.",
		 EQUITY_TO_GRANT_GOAL_PERCENT);
	doc_paragraph_add(d, sec, title);
	return d;
}
