/*
 * interventions_doc.c: the interventions as documents: the list with what
 * the board has decided for each, or one intervention in full with its
 * decisions and its anonymous participants; and the lists of decisions and
 * anonymous counts a person corrects by id (each row starts with the id
 * that 'edit' and 'remove' take).
 */
#include <stdio.h>

#include "doc/reports.h"

void doc_get_insats_name(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct doc_insatser *l = ctx;

	doc_cell_text(r, col, intervention_name(l->iv, l->n, *(const int64_t *)at), NULL);
}

/* "2024" or "2024–2026", as finsam writes a decision's years. */
static void years_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct decision *d = at;
	char text[32];

	if (d->year_from == d->year_to)
		snprintf(text, sizeof(text), "%d", d->year_from);
	else
		snprintf(text, sizeof(text), "%d–%d", d->year_from, d->year_to);
	doc_cell_text(r, col, text, NULL);
}

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum intervention_kind k = *(const enum intervention_kind *)at;

	doc_cell_text(r, col, intervention_kind_label(k), intervention_kind_key(k));
}

/* What the getters of the interventions' table look up. */
struct insats_ctx {
	struct doc_decisions decisions;
	const struct doc_insats_years *years;
};

/* All the board has decided for the intervention, whatever the year. */
static void decided_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	static const struct date ever = { 9999, 12, 31 };
	const struct doc_decisions *l = &((const struct insats_ctx *)ctx)->decisions;
	int64_t decided = 0;

	intervention_decided(at, l->d, l->n, ever, &decided, NULL);
	doc_cell_money(r, col, decided);
}

/* A status as people read it ("pågående") and programs ("running"). */
static void status_text(struct doc_row *r, size_t col, enum intervention_status st)
{
	doc_cell_text(r, col, intervention_status_label(st), intervention_status_key(st));
}

/* Where the intervention stands in the table's year: as set for the year,
 * else from its dates. */
static void status_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct intervention *iv = at;
	const struct doc_insats_years *ys = ((const struct insats_ctx *)ctx)->years;
	const struct intervention_year *y = NULL;
	size_t i;

	for (i = 0; i < ys->n && !y; i++)
		if (ys->y[i].intervention_id == iv->id && ys->y[i].year == ys->year)
			y = &ys->y[i];
	status_text(r, col, intervention_status_in(iv, y, ys->year));
}

/* One year of an intervention: its status (never AUTO) and results. */
struct year_rec {
	int year;
	enum intervention_status status;
	const char *results;
};

static void year_status_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	(void)ctx;
	status_text(r, col, *(const enum intervention_status *)at);
}

#define DATE(k, label, member, w)                                                                          \
	{ .key = k, .title = label, .kind = DOC_KIND_DATE, .who = w, DOC_AT(struct intervention, member) }

static const struct doc_col intervention_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct intervention, id) },
	DOC_TEXT("name", "Insats", struct intervention, name),
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct intervention, kind) },
	DOC_TEXT("owner", "Projektägare", struct intervention, owner),
	DATE("start", "Från", start, DOC_FOR_BOTH),
	DATE("end", "Till", end, DOC_FOR_BOTH),
	{ .key = "status", .title = "Status", .kind = DOC_KIND_TEXT, .get = status_cell },
	{ .key = "decided", .title = "Beslutat", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .get = decided_cell },
	DOC_TEXT("accounts", "Konton", struct intervention, accounts),
	DOC_TEXT("objects", "Objekt", struct intervention, objects),
	DATE("participants_from", "Deltagare från", p_start, DOC_FOR_PROGRAMS),
	DATE("participants_to", "Deltagare till", p_end, DOC_FOR_PROGRAMS),
	{ .key = "goals", .title = "Mål", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct intervention, goals) },
};

static const struct doc_col year_cols[] = {
	{ .key = "year", .title = "År", .kind = DOC_KIND_INT, DOC_AT(struct year_rec, year) },
	{ .key = "status", .title = "Status", .kind = DOC_KIND_TEXT, DOC_GET(year_status_cell, struct year_rec, status) },
	/* People read the results as text under the table (Markdown). */
	{ .key = "results", .title = "Resultat och lärdomar", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(doc_get_string, struct year_rec, results) },
};

static const struct doc_col decision_cols[] = {
	{ .key = "meeting", .title = "Sammanträde", .kind = DOC_KIND_DATE, DOC_AT(struct decision, meeting) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR,
	  DOC_AT(struct decision, amount) },
	{ .key = "years", .title = "År", .kind = DOC_KIND_TEXT, .get = years_cell },
	{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, DOC_AT(struct decision, note) },
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct decision, id) },
};

/* The list of decisions: the id first, the date keyed as a date. */
static const struct doc_col decision_list_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct decision, id) },
	{ .key = "date", .title = "Sammanträde", .kind = DOC_KIND_DATE, DOC_AT(struct decision, meeting) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR,
	  DOC_AT(struct decision, amount) },
	{ .key = "years", .title = "År", .kind = DOC_KIND_TEXT, .get = years_cell },
	{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, DOC_AT(struct decision, note) },
};

#define ANON_COLS                                                                                          \
	{ .key = "from", .title = "Från", .kind = DOC_KIND_DATE, DOC_AT(struct anonymous_count, from) },   \
	{ .key = "to", .title = "Till", .kind = DOC_KIND_DATE, DOC_AT(struct anonymous_count, to) },       \
	{ .key = "women", .title = "Kvinnor", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,                 \
	  DOC_AT(struct anonymous_count, women) },                                                        \
	{ .key = "men", .title = "Män", .kind = DOC_KIND_INT, .in = DOC_IN_PERSONS,                       \
	  DOC_AT(struct anonymous_count, men) },                                                          \
	{ .key = "note", .title = "Anteckning", .kind = DOC_KIND_TEXT, DOC_AT(struct anonymous_count, note) }

/* The list of anonymous counts: the id first, and whose they are. */
static const struct doc_col anonymous_list_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct anonymous_count, id) },
	{ .key = "insats", .title = "Insats", .kind = DOC_KIND_TEXT,
	  DOC_GET(doc_get_insats_name, struct anonymous_count, intervention_id) },
	ANON_COLS,
};

static const struct doc_col anonymous_cols[] = {
	ANON_COLS,
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct anonymous_count, id) },
};

/* One intervention's facts beyond the table, as paragraphs. */
static void facts(struct doc *doc, const struct intervention *iv)
{
	char line[2100];

	if (*iv->partners) {
		doc_paragraph_add(doc, NULL, "Samverkande parter:");
		doc_paragraph_add(doc, NULL, iv->partners);
	}
	if (*iv->target_group || iv->age_max) {
		if (iv->age_max)
			snprintf(line, sizeof(line), "Målgrupp: %s (%d–%d år)", iv->target_group, iv->age_min,
				 iv->age_max);
		else
			snprintf(line, sizeof(line), "Målgrupp: %s", iv->target_group);
		doc_paragraph_add(doc, NULL, line);
	}
	if (*iv->purpose) {
		snprintf(line, sizeof(line), "Syfte: %s", iv->purpose);
		doc_paragraph_add(doc, NULL, line);
	}
	if (*iv->goals) {
		snprintf(line, sizeof(line), "Mål: %s", iv->goals);
		doc_paragraph_add(doc, NULL, line);
	}
	if (date_is_set(iv->p_start) || date_is_set(iv->p_end)) {
		char from[11] = "", to[11] = "";

		if (date_is_set(iv->p_start))
			date_format(from, iv->p_start);
		if (date_is_set(iv->p_end))
			date_format(to, iv->p_end);
		snprintf(line, sizeof(line), "Deltagare skrivs in: %s–%s", from, to);
		doc_paragraph_add(doc, NULL, line);
	}
}

/* The status and results of each year that has them, in the years' order;
 * each year's results then as the text its users wrote. */
static void years_table(struct doc *doc, const struct intervention *iv, const struct doc_insats_years *ys)
{
	struct doc_table *t = doc_table_from(doc, NULL, DOC_TABLE_RECORDS, "years", "Status och resultat per år",
					     year_cols, DOC_N(year_cols), DOC_FOR_BOTH);
	char title[64];
	size_t i;

	for (i = 0; i < ys->n; i++) {
		const struct intervention_year *y = &ys->y[i];
		struct year_rec rec = { y->year, intervention_status_in(iv, y, y->year), y->results };

		if (y->intervention_id == iv->id)
			doc_row_record(t, NULL, "", DOC_ROW_NORMAL, &rec);
	}
	for (i = 0; i < ys->n; i++) {
		const struct intervention_year *y = &ys->y[i];

		if (y->intervention_id != iv->id || !y->results || !*y->results)
			continue;
		snprintf(title, sizeof(title), "Resultat och lärdomar %d", y->year);
		doc_markdown(doc, doc_section_add(doc, NULL, title), y->results);
	}
}

struct doc *doc_interventions(const struct association *a, const struct intervention *iv, size_t n,
			      const struct decision *d, size_t n_d, const struct anonymous_count *anon,
			      size_t n_anon, const struct doc_insats_years *years, int one)
{
	struct doc *doc = doc_new(one && n ? iv[0].name : "Insatser");
	struct insats_ctx ctx = { { d, n_d }, years };
	struct doc_table *t;
	char status[32];
	size_t i;

	doc_report_titles(doc, a);
	doc_meta_int(doc, "year", years->year);
	t = doc_table_from(doc, NULL, DOC_TABLE_RECORDS, "interventions", one ? "Insatsen" : NULL, intervention_cols,
			   DOC_N(intervention_cols), DOC_FOR_BOTH);
	snprintf(status, sizeof(status), "Status %d", years->year);
	doc_column_title(t, "status", status, years->year);
	doc_table_context(t, &ctx);
	for (i = 0; i < n; i++)
		doc_row_record(t, NULL, iv[i].name, DOC_ROW_NORMAL, &iv[i]);
	if (!one || !n)
		return doc;
	facts(doc, &iv[0]);
	years_table(doc, &iv[0], years);
	t = doc_table_from(doc, NULL, DOC_TABLE_RECORDS, "decisions", "Beslut om finansiering", decision_cols,
			   DOC_N(decision_cols), DOC_FOR_BOTH);
	for (i = 0; i < n_d; i++)
		if (d[i].intervention_id == iv[0].id)
			doc_row_record(t, NULL, "", DOC_ROW_NORMAL, &d[i]);
	t = doc_table_from(doc, NULL, DOC_TABLE_RECORDS, "anonymous", "Anonyma deltagare", anonymous_cols,
			   DOC_N(anonymous_cols), DOC_FOR_BOTH);
	for (i = 0; i < n_anon; i++)
		doc_row_record(t, NULL, "", DOC_ROW_NORMAL, &anon[i]);
	return doc;
}

struct doc *doc_decisions(const struct association *a, const struct intervention *iv, const struct decision *d,
			  size_t n)
{
	char title[260];
	struct doc *doc;
	struct doc_table *t;

	snprintf(title, sizeof(title), "Beslut om finansiering: %s", iv->name);
	doc = doc_new(title);
	doc_report_titles(doc, a);
	t = doc_table_from(doc, NULL, DOC_TABLE_RECORDS, "decisions", NULL, decision_list_cols,
			   DOC_N(decision_list_cols), DOC_FOR_BOTH);
	doc_records(t, d, n, sizeof(d[0]));
	if (n == 0)
		doc_paragraph_add(doc, NULL, "Inga beslut är registrerade.");
	return doc;
}

struct doc *doc_anonymous_list(const struct association *a, const struct intervention *iv, size_t n_iv,
			       const struct anonymous_count *anon, size_t n)
{
	struct doc_insatser names = { iv, n_iv };
	struct doc *d = doc_new("Anonyma deltagare");
	struct doc_table *t;

	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "anonymous", NULL, anonymous_list_cols,
			   DOC_N(anonymous_list_cols), DOC_FOR_BOTH);
	doc_table_context(t, &names);
	doc_records(t, anon, n, sizeof(anon[0]));
	if (n == 0)
		doc_paragraph_add(d, NULL, "Inga anonyma deltagare är registrerade.");
	return d;
}
