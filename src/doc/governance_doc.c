/*
 * governance_doc.c: the board's governance over a period, stated from the
 * records (Styrning och uppföljning): how many meetings each body held
 * and when, the decisions taken, the governing documents with their
 * revisions, and the follow-up of the internal control plan.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/money.h"
#include "doc/reports.h"

/* "ett", "två" … "tolv" for a neuter noun (sammanträde), else digits. */
static const char *count_words(size_t n, char *buf, size_t size)
{
	static const char *const words[] = { "inga", "ett", "två", "tre", "fyra", "fem", "sex",
					     "sju", "åtta", "nio", "tio", "elva", "tolv" };

	if (n < sizeof(words) / sizeof(words[0]))
		return words[n];
	snprintf(buf, size, "%zu", n);
	return buf;
}

/* The body as the subject of a sentence, in lower case. */
static const char *body_subject(enum meeting_body b)
{
	switch (b) {
	case BODY_BOARD: return "styrelsen";
	case BODY_DEVELOPMENT: return "beredningsgruppen";
	case BODY_CONSULTATION: return "medlemssamrådet";
	default: return "andra organ";
	}
}

struct body_row {
	enum meeting_body body;
	int64_t count;
	char dates[600];
};

static void body_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum meeting_body b = *(const enum meeting_body *)at;

	(void)ctx;
	doc_cell_text(r, col, meeting_body_label(b), meeting_body_key(b));
}

static const struct doc_col body_cols[] = {
	{ .key = "body", .title = "Organ", .kind = DOC_KIND_TEXT, DOC_GET(body_cell, struct body_row, body) },
	{ .key = "count", .title = "Sammanträden", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct body_row, count) },
	DOC_TEXT("dates", "Datum", struct body_row, dates),
};

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum decision_kind k = *(const enum decision_kind *)at;

	(void)ctx;
	doc_cell_text(r, col, decision_kind_label(k), decision_kind_key(k));
}

/* The meeting's own decision's id; empty for a funding decision. */
static void own_id_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct meeting_decision *d = at;

	(void)ctx;
	if (!d->funding_id)
		doc_cell_int(r, col, d->id);
}

static void funding_id_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct meeting_decision *d = at;

	(void)ctx;
	if (d->funding_id)
		doc_cell_int(r, col, d->funding_id);
}

static void amount_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct meeting_decision *d = at;

	(void)ctx;
	if (d->funding_id)
		doc_cell_money(r, col, d->amount);
}

static void meeting_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int64_t id = *(const int64_t *)at;

	(void)ctx;
	if (id)
		doc_cell_int(r, col, id);
}

static const struct doc_col decision_cols[] = {
	{ .key = "date", .title = "Datum", .kind = DOC_KIND_DATE, DOC_AT(struct governance_decision, date) },
	{ .key = "meeting", .title = "Sammanträdets id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(meeting_cell, struct governance_decision, meeting_id) },
	{ .key = "body", .title = "Organ", .kind = DOC_KIND_TEXT, DOC_GET(body_cell, struct governance_decision, body) },
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct governance_decision, d.kind) },
	{ .key = "text", .title = "Beslut", .kind = DOC_KIND_TEXT, DOC_AT(struct governance_decision, d.text) },
	{ .key = "id", .title = "Beslutets id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(own_id_cell, struct governance_decision, d) },
	{ .key = "funding_decision", .title = "Insatsbeslut", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(funding_id_cell, struct governance_decision, d) },
	{ .key = "amount", .title = "Belopp", .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(amount_cell, struct governance_decision, d) },
};

static void policy_kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum policy_kind k = *(const enum policy_kind *)at;

	(void)ctx;
	doc_cell_text(r, col, policy_kind_label(k), policy_kind_key(k));
}

/* The days of the document's revisions within the period. */
static void revised_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct governance_policy *p = at;
	struct buf b;
	char day[11];
	size_t i;

	(void)ctx;
	buf_init(&b);
	for (i = 0; i < p->n_revised && i < GOVERNANCE_REVISIONS; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", date_format(day, p->revised[i]));
	if (p->n_revised > GOVERNANCE_REVISIONS)
		buf_addf(&b, " och %zu till", p->n_revised - GOVERNANCE_REVISIONS);
	doc_cell_text(r, col, b.len ? b.s : "", NULL);
	buf_release(&b);
}

/* Whether the document was past its revise-by date at the period's end. */
static void overdue_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	int late = policy_overdue(at, *(const struct date *)ctx);

	doc_cell_text(r, col, late ? "ja" : "nej", late ? "true" : "false");
}

static const struct doc_col policy_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct governance_policy, p.id) },
	{ .key = "name", .title = "Styrdokument", .kind = DOC_KIND_TEXT, DOC_AT(struct governance_policy, p.name) },
	{ .key = "kind", .title = "Slag", .kind = DOC_KIND_TEXT, .who = DOC_FOR_PROGRAMS,
	  DOC_GET(policy_kind_cell, struct governance_policy, p.kind) },
	{ .key = "adopted", .title = "Antaget", .kind = DOC_KIND_DATE, DOC_AT(struct governance_policy, p.adopted) },
	{ .key = "revised", .title = "Reviderat under perioden", .kind = DOC_KIND_TEXT, .get = revised_cell, .at = 0 },
	{ .key = "last_revised", .title = "Senast reviderat", .kind = DOC_KIND_DATE, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct governance_policy, p.last_revised) },
	{ .key = "revise_by", .title = "Revideras senast", .kind = DOC_KIND_DATE,
	  DOC_AT(struct governance_policy, p.due) },
	{ .key = "overdue", .title = "Försenat", .kind = DOC_KIND_TEXT, DOC_GET(overdue_cell, struct governance_policy, p) },
};

/* "under året" or "under perioden". */
static const char *during(const struct governance_doc *g)
{
	return g->whole_year ? "under året" : "under perioden";
}

static void meetings_part(struct doc *d, struct doc_block *s, const struct governance_doc *g)
{
	struct body_row rows[BODY__MAX];
	size_t counts[BODY__MAX], n = 0, i;
	int b;
	char day[11], w[24], line[600];
	struct buf t;

	meeting_counts(g->meetings, g->n_meetings, g->period.start, g->period.end, counts);
	doc_meta_int(d, "board_meetings", (int64_t)counts[BODY_BOARD]);
	for (b = 0; b < BODY__MAX; b++) {
		struct body_row *r = &rows[n];
		size_t len = 0;

		if (!counts[b])
			continue;
		memset(r, 0, sizeof(*r));
		r->body = (enum meeting_body)b;
		r->count = (int64_t)counts[b];
		for (i = 0; i < g->n_meetings; i++) {
			if (g->meetings[i].body != r->body || date_cmp(g->meetings[i].date, g->period.start) < 0 ||
			    date_cmp(g->meetings[i].date, g->period.end) > 0)
				continue;
			/* Room for the day, its comma and a closing ellipsis. */
			if (len + 16 >= sizeof(r->dates)) {
				snprintf(r->dates + len, sizeof(r->dates) - len, " …");
				break;
			}
			len += (size_t)snprintf(r->dates + len, sizeof(r->dates) - len, "%s%s", len ? ", " : "",
						date_format(day, g->meetings[i].date));
		}
		n++;
	}
	buf_init(&t);
	if (counts[BODY_BOARD])
		buf_addf(&t, "Styrelsen har haft %s %s %s.", count_words(counts[BODY_BOARD], w, sizeof(w)),
			 counts[BODY_BOARD] == 1 ? "sammanträde" : "sammanträden", during(g));
	else
		buf_addf(&t, "Inga sammanträden med styrelsen är registrerade %s.", during(g));
	for (b = 0, i = 0; b < BODY__MAX; b++) {
		size_t later = 0;
		int k;

		if (b == BODY_BOARD || !counts[b])
			continue;
		for (k = b + 1; k < BODY__MAX; k++)
			later += counts[k] != 0;
		if (i == 0) {
			snprintf(line, sizeof(line), " %s har haft %s %s", body_subject((enum meeting_body)b),
				 count_words(counts[b], w, sizeof(w)), counts[b] == 1 ? "sammanträde" : "sammanträden");
			line[1] = (char)(line[1] - 'a' + 'A');
		} else {
			snprintf(line, sizeof(line), "%s %s %s", later ? "," : " och", body_subject((enum meeting_body)b),
				 count_words(counts[b], w, sizeof(w)));
		}
		buf_adds(&t, line);
		if (!later)
			buf_adds(&t, ".");
		i++;
	}
	doc_paragraph_add(d, s, t.s);
	buf_release(&t);
	/* An empty table only for programs, who read it as an empty list. */
	doc_records(doc_table_from(d, s, DOC_TABLE_RECORDS, "meetings", "Sammanträden per organ", body_cols,
				   DOC_N(body_cols), n ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS),
		    rows, n, sizeof(rows[0]));
}

static void decisions_part(struct doc *d, struct doc_block *s, const struct governance_doc *g)
{
	char line[200];

	doc_records(doc_table_from(d, s, DOC_TABLE_RECORDS, "decisions", NULL, decision_cols, DOC_N(decision_cols),
				   g->n_decisions ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS),
		    g->decisions, g->n_decisions, sizeof(g->decisions[0]));
	if (g->n_decisions == 0) {
		snprintf(line, sizeof(line), "Inga beslut är registrerade %s.", during(g));
		doc_paragraph_add(d, s, line);
	}
}

static void policies_part(struct doc *d, struct doc_block *s, const struct governance_doc *g)
{
	struct doc_table *t;
	size_t i, revised = 0, adopted = 0, late = 0, same = 1;
	const struct date *first = NULL;
	char line[400], day[11];
	struct buf b;

	for (i = 0; i < g->n_policies; i++) {
		const struct governance_policy *p = &g->policies[i];

		if (p->n_revised) {
			revised++;
			if (p->n_revised > 1 || (first && date_cmp(*first, p->revised[0]) != 0))
				same = 0;
			if (!first)
				first = &p->revised[0];
		}
		adopted += date_cmp(p->p.adopted, g->period.start) >= 0;
		late += (size_t)policy_overdue(&p->p, g->period.end);
	}
	doc_meta_int(d, "policies_revised", (int64_t)revised);
	doc_meta_int(d, "policies_adopted", (int64_t)adopted);
	doc_meta_int(d, "policies_overdue", (int64_t)late);
	if (g->n_policies == 0)
		doc_paragraph_add(d, s, "Inga styrdokument är registrerade.");
	buf_init(&b);
	if (g->n_policies == 0)
		;
	else if (revised && revised == g->n_policies && same && revised > 1)
		buf_addf(&b, "Samtliga %zu styrdokument reviderades %s.", revised, date_format(day, *first));
	else if (revised)
		buf_addf(&b, "%s reviderades %zu av %zu styrdokument.", g->whole_year ? "Under året" : "Under perioden",
			 revised, g->n_policies);
	else
		buf_addf(&b, "Inga styrdokument reviderades %s.", during(g));
	if (adopted)
		buf_addf(&b, " %zu %s antogs %s.", adopted, adopted == 1 ? "styrdokument" : "styrdokument", during(g));
	if (late) {
		snprintf(line, sizeof(line), " Vid %s slut hade %zu styrdokument passerat dagen då %s senast skulle "
			 "revideras.", g->whole_year ? "årets" : "periodens", late, late == 1 ? "det" : "de");
		buf_adds(&b, line);
	}
	if (b.len)
		doc_paragraph_add(d, s, b.s);
	buf_release(&b);
	t = doc_table_from(d, s, DOC_TABLE_RECORDS, "policies", NULL, policy_cols, DOC_N(policy_cols),
			   g->n_policies ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS);
	for (i = 0; i < t->n_cols; i++)
		if (t->cols[i].key && strcmp(t->cols[i].key, "revised") == 0)
			doc_column_set(t, i, "revised", g->whole_year ? "Reviderat under året" : "Reviderat under perioden",
				       0);
	doc_table_context(t, &g->period.end);
	doc_records(t, g->policies, g->n_policies, sizeof(g->policies[0]));
}

struct doc *doc_governance(const struct association *a, const char *title, const struct governance_doc *g)
{
	struct doc *d = doc_new(title);
	char day[11];

	doc_report_titles(d, a);
	doc_meta_int(d, "year", g->period.start.y);
	doc_meta_text(d, "from", date_format(day, g->period.start));
	doc_meta_text(d, "to", date_format(day, g->period.end));
	meetings_part(d, doc_section_add(d, NULL, "Sammanträden"), g);
	decisions_part(d, doc_section_add(d, NULL, "Beslut"), g);
	policies_part(d, doc_section_add(d, NULL, "Styrdokument"), g);
	doc_control_summary(d, doc_section_add(d, NULL, "Intern kontroll"), g->control, "internal_control");
	return d;
}
