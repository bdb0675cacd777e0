/*
 * control_doc.c: the internal control plan as a document (Internkontroll-
 * plan ÅR): the risk and materiality analysis, the risk matrix (a chart:
 * probability against consequence, each cell coloured by its score with
 * the numbers of the risks in it), the control actions with how often,
 * who and to whom they are reported, the follow-ups with their deviations
 * and the periods ended without one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "doc/reports.h"

static void level_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum control_level l = control_level_of(*(const int *)at);

	(void)ctx;
	doc_cell_text(r, col, control_level_label(l), control_level_key(l));
}

static const struct doc_col risk_cols[] = {
	{ .key = "number", .title = "Nr", .kind = DOC_KIND_INT, DOC_AT(struct risk, number) },
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct risk, id) },
	DOC_TEXT("area", "Område", struct risk, area),
	DOC_TEXT("risk", "Risk", struct risk, text),
	{ .key = "probability", .title = "Sannolikhet", .kind = DOC_KIND_INT, DOC_AT(struct risk, probability) },
	{ .key = "consequence", .title = "Konsekvens", .kind = DOC_KIND_INT, DOC_AT(struct risk, consequence) },
	{ .key = "score", .title = "Riskvärde", .kind = DOC_KIND_INT, DOC_AT(struct risk, score) },
	{ .key = "level", .title = "Nivå", .kind = DOC_KIND_TEXT, DOC_GET(level_cell, struct risk, score) },
	DOC_TEXT("owner", "Ansvarig", struct risk, owner),
};

static void frequency_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum control_frequency f = *(const enum control_frequency *)at;

	(void)ctx;
	doc_cell_text(r, col, control_frequency_label(f), control_frequency_key(f));
}

static const struct doc_col action_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct control_action, id) },
	{ .key = "risk", .title = "Risk nr", .kind = DOC_KIND_INT, DOC_AT(struct control_action, risk_number) },
	{ .key = "risk_id", .title = "Riskens id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct control_action, risk_id) },
	DOC_TEXT("what", "Kontrollmoment", struct control_action, what),
	{ .key = "frequency", .title = "Frekvens", .kind = DOC_KIND_TEXT,
	  DOC_GET(frequency_cell, struct control_action, frequency) },
	DOC_TEXT("owner", "Ansvarig", struct control_action, owner),
	DOC_TEXT("report_to", "Rapporteras till", struct control_action, report_to),
};

/* The action of id among the plan's (NULL: none). */
static const struct control_action *action_of(const struct control_plan_doc *p, int64_t id)
{
	size_t i;

	for (i = 0; i < p->n_actions; i++)
		if (p->actions[i].id == id)
			return &p->actions[i];
	return NULL;
}

/* The period (an int of a follow-up or a missing period) named by the
 * frequency of its action, whose id the record holds first. */
static void period_name(struct doc_row *r, size_t col, int64_t action, int period, const void *ctx)
{
	const struct control_action *a = action_of(ctx, action);
	char label[32];

	control_period_label(a ? a->frequency : FREQ_YEARLY, period, label, sizeof(label));
	doc_cell_text(r, col, label, label);
}

static void followup_period_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct control_followup *f = at;

	period_name(r, col, f->action_id, f->period, ctx);
}

static void missing_period_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct control_missing *m = at;

	period_name(r, col, m->action_id, m->period, ctx);
}

static void missing_what_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	const struct control_action *a = action_of(ctx, *(const int64_t *)at);

	doc_cell_text(r, col, a ? a->what : "", NULL);
}

static void result_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	enum control_result res = *(const enum control_result *)at;

	(void)ctx;
	doc_cell_text(r, col, control_result_label(res), control_result_key(res));
}

static const struct doc_col followup_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct control_followup, id) },
	{ .key = "action", .title = "Kontrollmoment", .kind = DOC_KIND_INT, DOC_AT(struct control_followup, action_id) },
	{ .key = "period", .title = "Period", .kind = DOC_KIND_TEXT, .get = followup_period_cell, .at = 0 },
	{ .key = "period_number", .title = "Periodens nummer", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct control_followup, period) },
	{ .key = "meeting", .title = "Sammanträdets id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct control_followup, meeting_id) },
	{ .key = "meeting_date", .title = "Sammanträde", .kind = DOC_KIND_DATE,
	  DOC_AT(struct control_followup, meeting_date) },
	{ .key = "result", .title = "Resultat", .kind = DOC_KIND_TEXT,
	  DOC_GET(result_cell, struct control_followup, result) },
	DOC_TEXT("comment", "Kommentar", struct control_followup, comment),
	DOC_TEXT("measure", "Åtgärd", struct control_followup, measure),
};

static const struct doc_col missing_cols[] = {
	{ .key = "action", .title = "Kontrollmoment", .kind = DOC_KIND_INT, DOC_AT(struct control_missing, action_id) },
	{ .key = "what", .title = "Vad", .kind = DOC_KIND_TEXT, DOC_GET(missing_what_cell, struct control_missing,
									 action_id) },
	{ .key = "period", .title = "Period", .kind = DOC_KIND_TEXT, .get = missing_period_cell, .at = 0 },
	{ .key = "period_end", .title = "Periodens slut", .kind = DOC_KIND_DATE,
	  .at = offsetof(struct control_missing, days) + offsetof(struct period, end), .store = DOC_STORE_DATE },
};

/* The risk matrix: probability 4 (top) to 1 against consequence 1 to 4,
 * each cell the numbers of the risks in it. */
static void risk_matrix(struct doc *d, struct doc_block *parent, const struct control_plan_doc *p)
{
	static const char *const p_words[] = { "", "1 osannolik", "2 möjlig", "3 sannolik", "4 mycket sannolik" };
	static const char *const c_words[] = { "", "1 lindrig", "2 måttlig", "3 kännbar", "4 allvarlig" };
	struct doc_table *t = doc_chart_add(d, parent, DOC_CHART_MATRIX, "risk_matrix",
					    "Riskmatris: sannolikhet och konsekvens", 4);
	struct buf b;
	char key[8];
	int prob, cons;
	size_t i;

	buf_init(&b);
	for (cons = 1; cons <= 4; cons++) {
		snprintf(key, sizeof(key), "%d", cons);
		doc_column_set(t, (size_t)cons - 1, key, c_words[cons], 0);
	}
	for (prob = 4; prob >= 1; prob--) {
		struct doc_row *r;

		snprintf(key, sizeof(key), "%d", prob);
		r = doc_row_add(t, key, p_words[prob], DOC_ROW_NORMAL);
		for (cons = 1; cons <= 4; cons++) {
			buf_reset(&b);
			for (i = 0; i < p->n_risks; i++)
				if (p->risks[i].probability == prob && p->risks[i].consequence == cons)
					buf_addf(&b, "%s%d", b.len ? ", " : "", p->risks[i].number);
			doc_cell_text(r, (size_t)cons - 1, b.len ? b.s : "", NULL);
		}
	}
	buf_release(&b);
}

static void adoption(struct doc *d, struct doc_block *parent, const struct control_plan_doc *p)
{
	char line[400], day[11];

	if (p->meeting_id) {
		doc_meta_text(d, "adopted", date_format(day, p->adopted));
		doc_meta_int(d, "adopted_meeting", p->meeting_id);
		snprintf(line, sizeof(line), "Planen antogs vid sammanträdet %s%s%s%s.", day,
			 p->protocol[0] ? " (protokoll " : "", p->protocol, p->protocol[0] ? ")" : "");
	} else {
		doc_meta_null(d, "adopted");
		doc_meta_null(d, "adopted_meeting");
		snprintf(line, sizeof(line), "Planen för %d är inte antagen vid något sammanträde.", p->year);
	}
	doc_paragraph_add(d, parent, line);
}

struct doc *doc_control(const struct association *a, const char *title, const struct control_plan_doc *p,
			unsigned parts)
{
	struct doc *d = doc_new(title);
	struct doc_block *s;
	struct doc_table *t;
	char line[200], day[11];

	doc_report_titles(d, a);
	doc_meta_int(d, "year", p->year);
	if (parts & CONTROL_DOC_ADOPTION)
		adoption(d, NULL, p);
	if (parts & CONTROL_DOC_RISKS) {
		s = doc_section_add(d, NULL, "Risk- och väsentlighetsanalys");
		doc_paragraph_add(d, s, "Sannolikhet och konsekvens bedöms från 1 till 4; riskvärdet är deras "
					"produkt: 1–3 låg, 4–6 medel, 8–9 hög och 12–16 mycket hög.");
		doc_records(doc_table_from(d, s, DOC_TABLE_RECORDS, "risks", "Risker", risk_cols, DOC_N(risk_cols),
					   DOC_FOR_BOTH),
			    p->risks, p->n_risks, sizeof(p->risks[0]));
		if (p->n_risks == 0)
			doc_paragraph_add(d, s, "Riskanalysen har inga risker.");
		if (parts & CONTROL_DOC_MATRIX)
			risk_matrix(d, s, p);
	}
	if (parts & CONTROL_DOC_ACTIONS) {
		s = doc_section_add(d, NULL, "Kontrollmoment");
		doc_records(doc_table_from(d, s, DOC_TABLE_RECORDS, "actions", "Kontrollmoment", action_cols,
					   DOC_N(action_cols), DOC_FOR_BOTH),
			    p->actions, p->n_actions, sizeof(p->actions[0]));
		if (p->n_actions == 0)
			doc_paragraph_add(d, s, "Inga kontrollmoment är registrerade.");
	}
	if (parts & CONTROL_DOC_FOLLOWUPS) {
		s = doc_section_add(d, NULL, "Uppföljning");
		t = doc_table_from(d, s, DOC_TABLE_RECORDS, "followups", "Uppföljningar", followup_cols,
				   DOC_N(followup_cols), DOC_FOR_BOTH);
		doc_table_context(t, p);
		doc_records(t, p->followups, p->n_followups, sizeof(p->followups[0]));
		if (p->n_followups == 0)
			doc_paragraph_add(d, s, "Inga kontrollmoment är uppföljda.");
		doc_meta_text(d, "as_of", date_format(day, p->as_of));
		t = doc_table_from(d, s, DOC_TABLE_RECORDS, "missing", "Perioder utan uppföljning", missing_cols,
				   DOC_N(missing_cols), DOC_FOR_BOTH);
		doc_table_context(t, p);
		doc_records(t, p->missing, p->n_missing, sizeof(p->missing[0]));
		if (p->n_missing == 0)
			snprintf(line, sizeof(line), "Varje period som har slutat före %s är uppföljd.", day);
		else
			snprintf(line, sizeof(line), "%zu %s som slutade före %s saknar uppföljning.", p->n_missing,
				 p->n_missing == 1 ? "period" : "perioder", day);
		doc_paragraph_add(d, s, line);
	}
	return d;
}

static const struct doc_col deviation_cols[] = {
	{ .key = "meeting_date", .title = "Sammanträde", .kind = DOC_KIND_DATE,
	  DOC_AT(struct control_followup, meeting_date) },
	{ .key = "action", .title = "Kontrollmomentets id", .kind = DOC_KIND_INT, .who = DOC_FOR_PROGRAMS,
	  DOC_AT(struct control_followup, action_id) },
	{ .key = "what", .title = "Kontrollmoment", .kind = DOC_KIND_TEXT,
	  DOC_GET(missing_what_cell, struct control_followup, action_id) },
	{ .key = "period", .title = "Period", .kind = DOC_KIND_TEXT, .get = followup_period_cell, .at = 0 },
	{ .key = "result", .title = "Resultat", .kind = DOC_KIND_TEXT,
	  DOC_GET(result_cell, struct control_followup, result) },
	DOC_TEXT("comment", "Avvikelse", struct control_followup, comment),
	DOC_TEXT("measure", "Åtgärd", struct control_followup, measure),
};

/* "<prefix>.<key>" into buf. */
static const char *key_in(char *buf, size_t size, const char *prefix, const char *key)
{
	snprintf(buf, size, "%s%s%s", prefix ? prefix : "", prefix && *prefix ? "." : "", key);
	return buf;
}

void doc_control_summary(struct doc *d, struct doc_block *parent, const struct control_plan_doc *p,
			 const char *prefix)
{
	struct control_followup *dev;
	struct doc_table *t;
	size_t counts[RESULT__MAX], meetings, i, n_dev = 0;
	char line[600], day[11], key[96];

	control_tally(p->followups, p->n_followups, counts, &meetings);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "year"), p->year);
	if (p->meeting_id) {
		doc_meta_text(d, key_in(key, sizeof(key), prefix, "adopted"), date_format(day, p->adopted));
		doc_meta_int(d, key_in(key, sizeof(key), prefix, "adopted_meeting"), p->meeting_id);
		snprintf(line, sizeof(line), "Internkontrollplanen för %d antogs av styrelsen %s%s%s%s.", p->year, day,
			 p->protocol[0] ? " (protokoll " : "", p->protocol, p->protocol[0] ? ")" : "");
	} else {
		doc_meta_null(d, key_in(key, sizeof(key), prefix, "adopted"));
		doc_meta_null(d, key_in(key, sizeof(key), prefix, "adopted_meeting"));
		snprintf(line, sizeof(line), "Internkontrollplanen för %d är inte antagen vid något sammanträde.",
			 p->year);
	}
	doc_paragraph_add(d, parent, line);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.risks"), (int64_t)p->n_risks);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.actions"), (int64_t)p->n_actions);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.followups"), (int64_t)p->n_followups);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.meetings"), (int64_t)meetings);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.done"), (int64_t)counts[RESULT_DONE]);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.deviation"), (int64_t)counts[RESULT_DEVIATION]);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.not_done"), (int64_t)counts[RESULT_NOT_DONE]);
	doc_meta_int(d, key_in(key, sizeof(key), prefix, "counts.missing"), (int64_t)p->n_missing);
	doc_meta_text(d, key_in(key, sizeof(key), prefix, "as_of"), date_format(day, p->as_of));
	if (p->n_actions == 0) {
		snprintf(line, sizeof(line), "Riskanalysen har %zu %s och planen inga kontrollmoment.", p->n_risks,
			 p->n_risks == 1 ? "risk" : "risker");
	} else if (p->n_followups == 0) {
		snprintf(line, sizeof(line), "Planen har %zu kontrollmoment för %zu %s. Inga kontrollmoment är uppföljda.",
			 p->n_actions, p->n_risks, p->n_risks == 1 ? "risk" : "risker");
	} else {
		/* The results that occurred, "a, b och c". */
		char part[RESULT__MAX][48];
		size_t n = 0, k;

		if (counts[RESULT_DONE])
			snprintf(part[n++], sizeof(part[0]), "%zu %s", counts[RESULT_DONE],
				 counts[RESULT_DONE] == 1 ? "genomförd" : "genomförda");
		if (counts[RESULT_DEVIATION])
			snprintf(part[n++], sizeof(part[0]), "%zu med avvikelse", counts[RESULT_DEVIATION]);
		if (counts[RESULT_NOT_DONE])
			snprintf(part[n++], sizeof(part[0]), "%zu ej %s", counts[RESULT_NOT_DONE],
				 counts[RESULT_NOT_DONE] == 1 ? "genomförd" : "genomförda");
		k = (size_t)snprintf(line, sizeof(line), "Planen har %zu kontrollmoment för %zu %s. De följdes upp %zu %s "
				     "vid %zu %s: ", p->n_actions, p->n_risks, p->n_risks == 1 ? "risk" : "risker",
				     p->n_followups, p->n_followups == 1 ? "gång" : "gånger", meetings,
				     meetings == 1 ? "sammanträde" : "sammanträden");
		for (i = 0; i < n && k < sizeof(line); i++)
			k += (size_t)snprintf(line + k, sizeof(line) - k, "%s%s", i == 0 ? "" : i + 1 == n ? " och " : ", ",
					      part[i]);
		if (k < sizeof(line) - 1)
			snprintf(line + k, sizeof(line) - k, ".");
	}
	doc_paragraph_add(d, parent, line);

	dev = xcalloc(p->n_followups ? p->n_followups : 1, sizeof(*dev));
	for (i = 0; i < p->n_followups; i++)
		if (p->followups[i].result != RESULT_DONE)
			dev[n_dev++] = p->followups[i];
	t = doc_table_from(d, parent, DOC_TABLE_RECORDS, key_in(key, sizeof(key), prefix, "deviations"),
			   "Avvikelser och åtgärder", deviation_cols, DOC_N(deviation_cols),
			   n_dev ? DOC_FOR_BOTH : DOC_FOR_PROGRAMS);
	doc_table_context(t, p);
	doc_records(t, dev, n_dev, sizeof(dev[0]));
	free(dev);
	if (p->n_followups && n_dev == 0)
		doc_paragraph_add(d, parent, "Uppföljningen fann inga avvikelser.");
	if (p->as_of.y > p->year && p->n_missing)
		snprintf(line, sizeof(line), "%zu %s av året saknar uppföljning.", p->n_missing,
			 p->n_missing == 1 ? "period" : "perioder");
	else if (p->as_of.y > p->year)
		snprintf(line, sizeof(line), "Varje period av året är uppföljd.");
	else if (p->n_missing)
		snprintf(line, sizeof(line), "%zu %s som slutade före %s saknar uppföljning.", p->n_missing,
			 p->n_missing == 1 ? "period" : "perioder", date_format(day, p->as_of));
	else
		snprintf(line, sizeof(line), "Varje period som slutade före %s är uppföljd.",
			 date_format(day, p->as_of));
	if (p->n_actions)
		doc_paragraph_add(d, parent, line);
}
