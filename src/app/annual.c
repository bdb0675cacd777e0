/*
 * annual.c: the published documents, each built once as one document tree
 * from the records and the users' texts: the annual report
 * (årsredovisning), the interim report (delårsrapport) and the business
 * plan with budget (verksamhetsplan och budget). Their tables come from the
 * same builders as the single reports, grafted in, so that no figure can
 * differ between a report and a document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "model/pstats.h"
#include "model/rounding.h"
#include "store/store.h"

/* A user's text as a section titled `title` under parent (none when the
 * text is not written). Returns -1 on a store error. */
static int text_section(struct store *st, struct doc *d, struct doc_table *texts, struct doc_block *parent,
			const char *section, int year, const char *title, struct err *err)
{
	char *md = NULL;

	if (app_text_find(st, section, year, &md, err) < 0)
		return -1;
	if (md) {
		doc_markdown(d, doc_section_add(d, parent, title), md);
		doc_texts_add(texts, section, md);
		free(md);
	}
	return 0;
}

/* The same, into parent itself without a heading of its own. */
static int text_into(struct store *st, struct doc *d, struct doc_table *texts, struct doc_block *parent,
		     const char *section, int year, struct err *err)
{
	char *md = NULL;

	if (app_text_find(st, section, year, &md, err) < 0)
		return -1;
	if (md) {
		doc_markdown(d, parent, md);
		doc_texts_add(texts, section, md);
		free(md);
	}
	return 0;
}

/* A section's text as a section titled `title` under parent (NULL title:
 * into parent itself): the users' own, else the text stating the
 * section's figures (app_default_text); nothing when neither is. */
static int text_or_default(struct store *st, struct doc *d, struct doc_table *texts, struct doc_block *parent,
			   const char *section, int year, const char *title, struct err *err)
{
	char *md = NULL;

	if (app_text_find(st, section, year, &md, err) < 0)
		return -1;
	if (!md && app_default_text(st, section, year, &md, err) < 0)
		return -1;
	if (md) {
		doc_markdown(d, title ? doc_section_add(d, parent, title) : parent, md);
		doc_texts_add(texts, section, md);
		free(md);
	}
	return 0;
}

/* The next numbered section of the förvaltningsberättelse: "1.<n> title". */
static struct doc_block *numbered(struct doc *d, struct doc_block *parent, int *n, const char *title)
{
	char t[200];

	snprintf(t, sizeof(t), "1.%d %s", ++*n, title);
	return doc_section_add(d, parent, t);
}

/* Grafts src (built by a report) under parent, or fails with its message. */
static int graft(struct doc *d, struct doc_block *parent, struct doc *src, const char *prefix)
{
	if (!src)
		return -1;
	doc_graft(d, parent, src, prefix);
	return 0;
}

static int has_year(struct store *st, int year, struct err *err)
{
	struct fiscal_year fy;
	int rc = store_year_get(st, year, &fy, err);

	return rc == 0 ? 1 : rc == STORE_NOT_FOUND ? 0 : -1;
}

static int has_budget(struct store *st, int year, struct err *err)
{
	struct budget b;
	int rc = store_budget_get(st, year, 0, &b, err);

	if (rc == 0)
		budget_release(&b);
	return rc == 0 ? 1 : rc == STORE_NOT_FOUND ? 0 : -1;
}

/* The individual participants of a year from the register (with the
 * anonymous ones), for a year of the books or one the register holds;
 * other years keep what their history says. */
static void overview_register(const struct app_pstats_years *reg, struct overview_entry *e)
{
	const struct app_people *pp;
	const struct pstats *s;

	if (e->f.year < reg->first || e->f.year > reg->last)
		return;
	pp = &reg->people[e->f.year - reg->first];
	s = &reg->all[e->f.year - reg->first];
	if (e->source == OVERVIEW_BOOKS || pp->n || s->anonymous.women.n || s->anonymous.men.n)
		overview_people(e, pp->p, pp->n, &s->anonymous);
}

/* 1.1: the year and the four before it, newest first: from the books,
 * else from the key figures entered from earlier annual reports; the
 * years before the first of which anything is known are left out. */
static int five_year(struct store *st, struct doc *d, struct doc_block *parent, int year, int threshold,
		     int64_t unit, const struct app_pstats_years *reg, struct err *err)
{
	struct overview_entry years[5];
	size_t n = 0;
	int y, rc;

	for (y = year; y > year - 5; y--) {
		struct overview_entry *e = &years[n++];
		struct history_year h;
		struct staff_year sy;

		rc = has_year(st, y, err);
		if (rc < 0)
			return -1;
		if (rc) {
			struct statements s, prev;
			int has_prev;

			if (app_statements(st, y, &s, &prev, &has_prev, err) < 0)
				return -1;
			/* In tkr the overview shows the statements' own rounded figures. */
			if (unit == MONEY_TKR)
				statements_round(&s, unit);
			overview_from_books(&s, e);
		} else {
			rc = app_history_get(st, y, &h, err);
			if (rc < 0)
				return -1;
			if (rc == 0)
				overview_from_history(&h, e);
			else
				overview_empty(y, e);
		}
		overview_register(reg, e);
		rc = app_staff_get(st, y, &sy, err);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			e->employees = sy.employees;
			e->known |= OVK_EMPLOYEES;
		}
		overview_protect(e, threshold);
	}
	while (n > 1 && !years[n - 1].known)
		n--;
	doc_five_year(d, parent, years, n, threshold);
	return 0;
}

/* The interventions going on during the year, each with its follow-up,
 * its status and its results; for programs their records. */
static int followups(struct store *st, struct doc *d, struct doc_block *parent, int year, int threshold,
		     const struct goals_data *g, const struct intervention *iv, size_t n,
		     const struct app_pstats_years *reg, struct err *err)
{
	struct intervention *shown_iv;
	struct intervention_year *y;
	struct commitment *c = NULL;
	size_t i, k, shown = 0;
	int rc = -1;

	c = xcalloc(n ? n : 1, sizeof(*c));
	y = xcalloc(n ? n : 1, sizeof(*y));
	shown_iv = xcalloc(n ? n : 1, sizeof(*shown_iv));
	if (app_commitments(st, year, iv, n, c, err) < 0)
		goto out;
	for (i = 0; i < n; i++) {
		struct date start = { year, 1, 1 }, end = { year, 12, 31 };
		struct pstats s;

		if ((date_is_set(iv[i].start) && date_cmp(iv[i].start, end) > 0) ||
		    (date_is_set(iv[i].end) && date_cmp(iv[i].end, start) < 0))
			continue;
		/* reg counts the interventions of iv, in their order. */
		s = reg->per[i];
		pstats_protect(&s, threshold);
		if (app_insats_year_get(st, iv[i].id, year, &y[shown], err) < 0)
			goto out;
		for (k = 0; k < n && c[k].intervention_id != iv[i].id; k++)
			;
		doc_intervention_followup(d, parent, &iv[i], &y[shown], k < n ? &c[k] : NULL,
					  iv[i].kind == INTERVENTION_INDIVIDUAL ? &s : NULL, threshold, g);
		shown_iv[shown++] = iv[i];
	}
	if (!shown)
		doc_paragraph_add(d, parent, "Förbundet finansierade inga insatser under året.");
	doc_intervention_records(d, shown_iv, y, shown);
	rc = 0;
out:
	for (i = 0; i < n; i++)
		free(y[i].results);
	free(y);
	free(shown_iv);
	free(c);
	return rc;
}

/* The participant statistics of the year with charts over five years. */
static void participants(struct doc *d, struct doc_block *parent, const struct association *a, int year,
			 int threshold, const struct app_pstats_years *reg)
{
	struct pstats years[APP_PSTATS_YEARS];
	size_t n = 0;
	int y;

	for (y = reg->first; y <= year; y++) {
		years[n] = reg->all[y - reg->first];
		pstats_protect(&years[n], threshold);
		/* The chart starts at the first year anyone was enrolled. */
		if (n == 0 && y < year && years[0].all.enrolled.total.n == 0)
			continue;
		n++;
	}
	if (years[n - 1].all.enrolled.total.n == 0 && years[n - 1].anonymous.total.n == 0) {
		doc_paragraph_add(d, parent, "Inga deltagare var inskrivna under året.");
		return;
	}
	doc_pstats_summary(d, parent, &years[n - 1], threshold);
	doc_pstats_charts(d, parent, years, n);
	doc_graft(d, doc_section_add(d, parent, "Statistik"), doc_pstats(a, &years[n - 1], NULL, 1, threshold),
		  "participants");
}

struct names {
	struct note_line *l;
	size_t n;
};

static int name_of(void *ctx, const struct account *a, struct err *err)
{
	struct names *nm = ctx;
	size_t i;

	(void)err;
	for (i = 0; i < nm->n; i++)
		if (strcmp(nm->l[i].number, a->number) == 0)
			snprintf(nm->l[i].name, sizeof(nm->l[i].name), "%s", a->name ? a->name : "");
	return 0;
}

/* A line's accounts at the end of the fiscal year fy (none when fy is NULL). */
static int line_accounts(struct store *st, const struct fiscal_year *fy, const struct account_map *map,
			 enum stmt_line line, struct line_account **out, size_t *n, struct err *err)
{
	struct year_books b;
	int rc;

	*out = NULL;
	*n = 0;
	if (!fy)
		return 0;
	if (store_year_books(st, fy, &b, err) < 0)
		return -1;
	rc = statements_line_accounts(&b, map, line, out, n, err);
	year_books_release(&b);
	return rc;
}

/* The notes of the statements' lines, numbered from *no, as a list of
 * which line has which note (refs, up to STMT_NOTES). */
#define STMT_NOTES 8

struct stmt_notes {
	struct stmt_note ref[STMT_NOTES];
	size_t n;
};

/* The title "Not <n> <title>" of the next note, which explains the line
 * keyed key (NULL: none) of the statements. */
static const char *next_note(char *buf, size_t size, int *no, const char *title, struct stmt_notes *refs,
			     const char *key)
{
	if (key && refs->n < STMT_NOTES)
		refs->ref[refs->n++] = (struct stmt_note){ key, *no };
	snprintf(buf, size, "Not %d %s", (*no)++, title);
	return buf;
}

/* Not 2 and 3: the revenue per member and the costs by kind, when their
 * lines have figures. */
static void income_notes(struct doc *d, struct doc_block *parent, const struct year_notes *cur,
			 const struct year_notes *prev, int *no, struct stmt_notes *refs)
{
	char title[96];
	int k, costs = 0;

	if (cur->has_revenue) {
		int64_t sum = 0;
		size_t i;

		for (i = 0; i < cur->n_revenue; i++)
			sum |= cur->revenue[i].amount;
		for (i = 0; prev && prev->has_revenue && i < prev->n_revenue; i++)
			sum |= prev->revenue[i].amount;
		if (sum)
			doc_revenue_note(d, parent, next_note(title, sizeof(title), no, "Verksamhetens intäkter", refs,
							      "revenue"),
					 cur, prev && prev->has_revenue ? prev : NULL);
	}
	for (k = 0; k < COST__MAX; k++)
		costs |= cur->costs[k] != 0 || (prev && prev->costs[k] != 0);
	if (costs)
		doc_costs_note(d, parent, next_note(title, sizeof(title), no, "Verksamhetens kostnader", refs,
						    "expenses"),
			       cur, prev);
}

/* The balance sheet's figure of line (a line of notes). */
static int64_t line_total(const struct statements *s, enum stmt_line line)
{
	switch (line) {
	case LINE_RECEIVABLES: return s->bs.receivables;
	case LINE_CASH_AND_BANK: return s->bs.cash_and_bank;
	case LINE_PROVISIONS: return s->bs.provisions;
	case LINE_LONG_TERM_LIABILITIES: return s->bs.long_term_liabilities;
	default: return s->bs.current_liabilities;
	}
}

/* Rounds the note's lines l to unit so that they add up to their line of
 * the statements, rounded alike (nothing in whole kronor: each amount is
 * rounded on its own there, as the statements are). */
static void round_lines(struct note_line *l, size_t n, int64_t unit, enum stmt_line line,
			const struct statements *cur, const struct statements *prev)
{
	int64_t *parts;
	size_t i;

	if (unit != MONEY_TKR || !n)
		return;
	parts = xcalloc(n, sizeof(*parts));
	for (i = 0; i < n; i++)
		parts[i] = l[i].current;
	round_parts_to(parts, n, unit, line_total(cur, line));
	for (i = 0; i < n; i++) {
		l[i].current = parts[i];
		parts[i] = l[i].previous;
	}
	if (prev) {
		round_parts_to(parts, n, unit, line_total(prev, line));
		for (i = 0; i < n; i++)
			l[i].previous = parts[i];
	}
	free(parts);
}

/* The notes that specify the balance sheet's receivables, cash and bank,
 * provisions (their movement over the year) and liabilities, numbered
 * from *no. */
static int notes(struct store *st, struct doc *d, struct doc_block *parent, int year, const struct statements *cur,
		 const struct statements *prev, const struct year_notes *nc, int64_t unit, int *no,
		 struct stmt_notes *refs, struct err *err)
{
	static const struct {
		enum stmt_line line;
		const char *title, *key;
	} lines[] = {
		{ LINE_RECEIVABLES, "Fordringar", "receivables" },
		{ LINE_CASH_AND_BANK, "Kassa och bank", "cash_and_bank" },
		{ LINE_PROVISIONS, "Avsättningar", "provisions" },
		{ LINE_LONG_TERM_LIABILITIES, "Långfristiga skulder", "long_term_liabilities" },
		{ LINE_CURRENT_LIABILITIES, "Kortfristiga skulder", "current_liabilities" },
	};
	struct fiscal_year fy, pfy;
	struct account_map map;
	size_t i;
	int has_prev, rc = -1;

	if (store_year_get(st, year, &fy, err) != 0)
		return -1;
	has_prev = store_year_get(st, year - 1, &pfy, err);
	if (has_prev < 0)
		return -1;
	has_prev = has_prev == 0;
	if (app_map_get(st, &map, NULL, err) < 0)
		return -1;
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		struct line_account *lc = NULL, *lp = NULL;
		size_t n_cur = 0, n_prev = 0;
		struct names nm = { NULL, 0 };
		char title[96];

		if (lines[i].line == LINE_PROVISIONS) {
			const struct provision_note *p = &nc->provisions;

			/* The pension provision as its movement over the year. */
			if (p->opening || p->added || p->paid || p->other || p->closing)
				doc_provision_note(d, parent, next_note(title, sizeof(title), no, lines[i].title, refs,
									lines[i].key), nc);
			continue;
		}
		if (line_accounts(st, &fy, &map, lines[i].line, &lc, &n_cur, err) < 0 ||
		    line_accounts(st, has_prev ? &pfy : NULL, &map, lines[i].line, &lp, &n_prev, err) < 0) {
			free(lc);
			goto out;
		}
		statements_note_merge(lc, n_cur, lp, n_prev, &nm.l, &nm.n);
		free(lc);
		free(lp);
		if (nm.n && store_account_each(st, name_of, &nm, err) < 0) {
			free(nm.l);
			goto out;
		}
		if (nm.n) {
			round_lines(nm.l, nm.n, unit, lines[i].line, cur, has_prev ? prev : NULL);
			doc_balance_note(d, parent, next_note(title, sizeof(title), no, lines[i].title, refs,
							      lines[i].key),
					 fy.period.end, has_prev ? &pfy.period.end : NULL, nm.l, nm.n);
		}
		free(nm.l);
	}
	rc = 0;
out:
	account_map_release(&map);
	return rc;
}

/* The year's survey results, when there are any (protected), as the next
 * numbered section. */
static int surveys(struct store *st, struct doc *d, struct doc_block *parent, int *no, int year, struct err *err)
{
	struct survey_stats s;
	size_t k, n = 0;
	int threshold;

	if (app_survey_stats(st, year, NULL, 1, &s, &threshold, err) < 0)
		return -1;
	for (k = 0; k < SURVEY_GROUPS; k++)
		n += s.group[k].n;
	survey_stats_release(&s);
	if (!n)
		return 0;
	return graft(d, numbered(d, parent, no, "Enkäter (NNS-indikatorer)"),
		     app_report_survey(st, year, NULL, NULL, 1, err), "surveys");
}

/* The town of the association's address ("123 45 Dalby" gives "Dalby"). */
static const char *place(const struct association *a)
{
	const char *p = a->postal;

	while (*p && ((*p >= '0' && *p <= '9') || *p == ' '))
		p++;
	return p;
}

/* The board meeting recorded on day, for the line that says the board
 * adopted a document that day: ", protokoll REF" (or "" without a
 * reference) into ref, and the meeting's id as key "adopted_meeting" (null
 * when none is recorded that day). -1 on a store error. */
static int adopting_meeting(struct store *st, struct doc *d, struct date day, char *ref, size_t size,
			    struct err *err)
{
	struct meeting *m = NULL;
	size_t n = 0, i;

	ref[0] = '\0';
	if (app_meetings_until(st, day.y, day, &m, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (m[i].body == BODY_BOARD && date_cmp(m[i].date, day) == 0)
			break;
	if (i < n) {
		doc_meta_int(d, "adopted_meeting", m[i].id);
		if (m[i].protocol[0])
			snprintf(ref, size, ", protokoll %.150s", m[i].protocol);
	} else {
		doc_meta_null(d, "adopted_meeting");
	}
	free(m);
	return 0;
}

/* The line under the title of a document of a closed year: the annual
 * report says it is adopted ("Fastställd av förbundsstyrelsen DATE", key
 * "adopted", with the protocol of the board meeting of that day); the interim report and the plan of the year were not
 * adopted with it, so they say that the year is closed and when its
 * annual report was adopted (key "annual_report_adopted"). Nothing for
 * an open year; -1 on a store error. */
static int adopted_line(struct store *st, struct doc *d, int year, int annual, struct err *err)
{
	struct date adopted;
	char ds[11], line[400], ref[200];
	int rc = app_year_adopted(st, year, &adopted, err);

	if (rc <= 0)
		return rc;
	date_format(ds, adopted);
	if (annual) {
		doc_meta_text(d, "adopted", ds);
		if (adopting_meeting(st, d, adopted, ref, sizeof(ref), err) < 0)
			return -1;
		snprintf(line, sizeof(line), "Fastställd av förbundsstyrelsen %s%s", ds, ref);
	} else {
		snprintf(line, sizeof(line), "Räkenskapsåret %d är stängt: årsredovisningen fastställdes av "
			 "förbundsstyrelsen %s", year, ds);
		doc_meta_text(d, "annual_report_adopted", ds);
	}
	doc_subtitle_add(d, line);
	return 0;
}

/* The line under the title of the plan or the interim report the board
 * has adopted: "Beslutad av förbundsstyrelsen DATE" (key "adopted"), from
 * the record of its adoption, with the protocol of the board meeting of
 * that day when one is recorded (key "adopted_meeting"); nothing when
 * there is none. */
static int decided_line(struct store *st, struct doc *d, const char *document, int year, struct err *err)
{
	struct date adopted;
	char ds[11], line[300], ref[200];
	int rc = app_document_adopted(st, document, year, &adopted, err);

	if (rc <= 0)
		return rc;
	date_format(ds, adopted);
	doc_meta_text(d, "adopted", ds);
	if (adopting_meeting(st, d, adopted, ref, sizeof(ref), err) < 0)
		return -1;
	snprintf(line, sizeof(line), "Beslutad av förbundsstyrelsen %s%s", ds, ref);
	doc_subtitle_add(d, line);
	return 0;
}

/* The auditors' report as they signed it, a PDF attached to the year:
 * its pages follow the document where there are pages, and the document
 * says so (key "auditors_report_attached": the file's name, or null). */
static int auditors_pdf(struct store *st, struct doc *d, int year, struct err *err)
{
	char *name = NULL, line[400];
	void *data = NULL;
	size_t n = 0;
	int rc = store_attachment_get(st, year, "auditors_report", &name, &data, &n, err);

	if (rc == STORE_NOT_FOUND) {
		doc_meta_null(d, "auditors_report_attached");
		return 0;
	}
	if (rc != 0)
		return -1;
	doc_appendix_set(d, name, data, n);
	doc_meta_text(d, "auditors_report_attached", name);
	snprintf(line, sizeof(line), "Revisorernas undertecknade revisionsberättelse (%s) följer som bilaga efter "
		 "underskrifterna i den utskrivna årsredovisningen (PDF).", name);
	doc_paragraph_add(d, doc_section_add(d, NULL, "Bilaga: Revisionsberättelse"), line);
	free(name);
	free(data);
	return 0;
}

struct doc *app_report_annual(struct store *st, int year, struct err *err)
{
	return app_report_annual_unit(st, year, MONEY_KR, err);
}

struct doc *app_report_annual_unit(struct store *st, int year, int64_t unit, struct err *err)
{
	struct doc_table *texts;
	struct association a;
	struct goals_data g;
	struct board_member *board = NULL;
	struct statements cur, prev;
	struct year_notes ncur, nprev;
	struct doc *d, *nd = NULL;
	struct doc_block *fb, *sec;
	struct intervention *iv = NULL;
	int64_t *ids = NULL;
	struct app_pstats_years reg;
	char title[64];
	size_t n_iv = 0, i;
	int threshold, rc, part = 0, has_prev = 0;

	memset(&ncur, 0, sizeof(ncur));
	memset(&nprev, 0, sizeof(nprev));
	memset(&reg, 0, sizeof(reg));

	if (app_load_association(st, &a, err) < 0 || app_setting_int(st, "min-cell", &threshold, err) < 0)
		return NULL;
	rc = has_year(st, year, err);
	if (rc <= 0) {
		if (rc == 0)
			err_set(err, "räkenskapsåret %d finns inte i databasen (importera bokföringen först)", year);
		return NULL;
	}
	/* The register is read once, for the five years the report shows and
	 * each intervention of the year. */
	if (store_intervention_list(st, &iv, &n_iv, err) < 0)
		return NULL;
	ids = xcalloc(n_iv ? n_iv : 1, sizeof(*ids));
	for (i = 0; i < n_iv; i++)
		ids[i] = iv[i].id;
	if (app_pstats_years_read(st, &reg, year - APP_PSTATS_YEARS + 1, year, ids, n_iv, 1, err) < 0 ||
	    app_goals_load(st, year, NULL, &g, err) < 0) {
		app_pstats_years_release(&reg);
		free(ids);
		free(iv);
		return NULL;
	}
	snprintf(title, sizeof(title), "Årsredovisning %d", year);
	d = doc_new(title);
	doc_report_titles(d, &a);
	if (unit == MONEY_TKR)
		doc_unit_set(d, DOC_UNIT_TKR);
	texts = doc_texts_table(d);
	doc_meta_int(d, "year", year);
	if (adopted_line(st, d, year, 1, err) < 0)
		goto fail;
	if (text_section(st, d, texts, NULL, "chair", year, "Ordförande har ordet", err) < 0)
		goto fail;

	fb = doc_section_add(d, NULL, "1. Förvaltningsberättelse");
	doc_section_new_page(fb);
	if (text_section(st, d, texts, fb, "summary", year, "Sammanfattning", err) < 0 ||
	    text_section(st, d, texts, fb, "organisation", year, "Organisation", err) < 0)
		goto fail;
	sec = numbered(d, fb, &part, "Översikt över verksamhetens utveckling");
	if (five_year(st, d, sec, year, threshold, unit, &reg, err) < 0)
		goto fail;
	sec = numbered(d, fb, &part, "Viktiga förhållanden för resultat och ekonomisk ställning");
	if (text_into(st, d, texts, sec, "conditions", year, err) < 0)
		goto fail;
	sec = numbered(d, fb, &part, "Händelser av väsentlig betydelse");
	if (text_into(st, d, texts, sec, "events", year, err) < 0 ||
	    text_or_default(st, d, texts, sec, "events_after", year, "Händelser efter balansdagen", err) < 0)
		goto fail;
	sec = numbered(d, fb, &part, "Styrning och uppföljning av verksamheten");
	if (text_into(st, d, texts, sec, "governance", year, err) < 0)
		goto fail;
	{
		size_t n = 0;

		if (store_board_list(st, year, &board, &n, err) < 0)
			goto fail;
		doc_board_table(d, sec, year, board, n);
	}
	/* The meetings, decisions, governing documents and internal control
	 * of the year, from the records. */
	if (graft(d, sec, app_report_governance(st, year, err), "governance") < 0)
		goto fail;
	sec = numbered(d, fb, &part, "God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning");
	if (text_into(st, d, texts, sec, "economy", year, err) < 0 ||
	    text_section(st, d, texts, sec, "target_groups", year, "Målgrupper", err) < 0 ||
	    text_section(st, d, texts, sec, "overall_goal", year, "Övergripande mål", err) < 0)
		goto fail;
	doc_goals_section(d, sec, &g, PERIOD_ANNUAL, 0);
	doc_goals_records(d, &g);
	if (has_budget(st, year, err) > 0) {
		struct cost_shares cs;

		if (app_cost_shares(st, year, &cs, err) < 0)
			goto fail;
		doc_cost_chart(d, sec, &cs);
		cost_shares_release(&cs);
	}
	if (text_or_default(st, d, texts, sec, "balance_requirement", year, "Balanskravet", err) < 0)
		goto fail;
	if (text_or_default(st, d, texts, numbered(d, fb, &part, "Väsentliga personalförhållanden"), "staff", year, NULL,
			    err) < 0 ||
	    text_or_default(st, d, texts, numbered(d, fb, &part, "Förväntad utveckling"), "expected_development", year, NULL,
			    err) < 0)
		goto fail;
	sec = numbered(d, fb, &part, "Insatser");
	if (followups(st, d, sec, year, threshold, &g, iv, n_iv, &reg, err) < 0)
		goto fail;
	sec = numbered(d, fb, &part, "Deltagare");
	participants(d, sec, &a, year, threshold, &reg);
	sec = numbered(d, fb, &part, "Strukturinriktade och kompetenshöjande aktiviteter");
	if (graft(d, sec, app_report_activities_for(st, year, 1, err), "activities") < 0)
		goto fail;

	if (surveys(st, d, fb, &part, year, err) < 0)
		goto fail;

	/* The notes are numbered as they are built, before the statements
	 * that show each line's number beside it. */
	nd = doc_new(NULL);
	doc_report_titles(nd, &a);
	{
		struct stmt_notes refs = { .n = 0 };
		struct statements_view v = { .unit = unit };
		int no = 1;
		char note[160];

		if (app_statements(st, year, &cur, &prev, &has_prev, err) < 0 ||
		    app_year_notes(st, year, &cur, &ncur, err) < 0)
			goto fail;
		if (has_prev) {
			if (app_year_notes(st, year - 1, &prev, &nprev, err) < 0)
				goto fail;
		}
		if (unit == MONEY_TKR) {
			statements_round(&cur, unit);
			year_notes_round(&ncur, &cur, unit);
			if (has_prev) {
				statements_round(&prev, unit);
				year_notes_round(&nprev, &prev, unit);
			}
		}
		if (text_or_default(st, nd, texts, NULL, "accounting_principles", year, "Not 1 Redovisningsprinciper",
				    err) < 0)
			goto fail;
		no++;
		income_notes(nd, NULL, &ncur, has_prev ? &nprev : NULL, &no, &refs);
		if (notes(st, nd, NULL, year, &cur, has_prev ? &prev : NULL, &ncur, unit, &no, &refs, err) < 0)
			goto fail;
		snprintf(note, sizeof(note), "Not %d Återstående belopp för beslutad finansiering av "
			 "samverkansinsatser", no);
		if (graft(nd, doc_section_add(nd, NULL, note), app_report_commitments(st, year, err),
			  "commitments") < 0)
			goto fail;

		sec = doc_section_add(d, NULL, "2. Resultaträkning, balansräkning och kassaflödesanalys");
		doc_section_new_page(sec);
		v.notes = refs.ref;
		v.n_notes = refs.n;
		doc_graft(d, sec, doc_statements_as(&a, &cur, has_prev ? &prev : NULL, &v), NULL);
	}
	sec = doc_section_add(d, NULL, "3. Driftredovisning");
	rc = has_budget(st, year, err);
	if (rc < 0)
		goto fail;
	if (rc) {
		if (graft(d, sec, app_report_operating(st, year, unit == MONEY_TKR ? MONEY_TKR : MONEY_KR, err),
			  "operating") < 0)
			goto fail;
	} else {
		doc_paragraph_add(d, sec, "Det finns ingen budget för året att jämföra med.");
	}
	sec = doc_section_add(d, NULL, "4. Noter");
	doc_graft(d, sec, nd, NULL);
	nd = NULL;
	sec = doc_section_add(d, NULL, "5. Underskrifter");
	doc_section_new_page(sec);
	{
		size_t n = 0;

		free(board);
		board = NULL;
		if (store_board_list(st, year, &board, &n, err) < 0)
			goto fail;
		struct date adopted;

		if (text_or_default(st, d, texts, sec, "attestation", year, NULL, err) < 0)
			goto fail;
		/* The board signs when it adopts the report: its date when it has. */
		rc = app_year_adopted(st, year, &adopted, err);
		if (rc < 0)
			goto fail;
		doc_signatures(d, sec, board, n, place(&a), rc > 0 ? &adopted : NULL);
	}
	/* The auditors' report, after the signatures, when it is written. */
	if (text_section(st, d, texts, NULL, "auditors_report", year, "6. Revisionsberättelse", err) < 0 ||
	    auditors_pdf(st, d, year, err) < 0)
		goto fail;
	free(board);
	app_goals_release(&g);
	year_notes_release(&ncur);
	year_notes_release(&nprev);
	app_pstats_years_release(&reg);
	free(ids);
	free(iv);
	return d;
fail:
	free(board);
	app_goals_release(&g);
	year_notes_release(&ncur);
	year_notes_release(&nprev);
	app_pstats_years_release(&reg);
	free(ids);
	free(iv);
	doc_free(nd);
	doc_free(d);
	return NULL;
}

struct doc *app_report_plan(struct store *st, int year, struct err *err)
{
	return app_report_plan_unit(st, year, MONEY_KR, err);
}

struct doc *app_report_plan_unit(struct store *st, int year, int64_t unit, struct err *err)
{
	struct doc_table *texts;
	static const struct {
		const char *section, *title;
	} plan_texts[] = {
		{ "organisation", "Organisation" },
		{ "vision", "Vision" },
		{ "direction", "Inriktning för perioden" },
		{ "target_groups", "Målgrupper" },
		{ "overall_goal", "Övergripande mål" },
	};
	struct association a;
	struct goals_data g;
	struct doc *d;
	struct doc_block *sec;
	char title[64];
	size_t i;
	int rc;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	rc = has_budget(st, year, err);
	if (rc <= 0) {
		if (rc == 0) {
			err_set(err, "det finns ingen budget för %d; läs in den först", year);
			err_see(err, "finsam budget import");
		}
		return NULL;
	}
	if (app_goals_load(st, year, NULL, &g, err) < 0)
		return NULL;
	snprintf(title, sizeof(title), "Verksamhetsplan och budget %d", year);
	d = doc_new(title);
	doc_report_titles(d, &a);
	if (unit == MONEY_TKR)
		doc_unit_set(d, DOC_UNIT_TKR);
	texts = doc_texts_table(d);
	doc_meta_int(d, "year", year);
	if (decided_line(st, d, "plan", year, err) < 0 || adopted_line(st, d, year, 0, err) < 0)
		goto fail;
	for (i = 0; i < sizeof(plan_texts) / sizeof(plan_texts[0]); i++)
		if (text_section(st, d, texts, NULL, plan_texts[i].section, year, plan_texts[i].title, err) < 0)
			goto fail;
	sec = doc_section_add(d, NULL, "Mål och uppföljning");
	doc_goals_section(d, sec, &g, PERIOD_ANNUAL, 1);
	sec = doc_section_add(d, NULL, "Årshjul");
	/* The plan is dated the first day of its year, before anything of the
	 * year is done, whenever it is printed: the document stays the one the
	 * board adopted. */
	if (graft(d, sec, app_report_calendar_at(st, year, (struct date){ year, 1, 1 }, err), "calendar") < 0)
		goto fail;
	sec = doc_section_add(d, NULL, "Intern kontroll");
	if (graft(d, sec, app_report_control_plan(st, year, err), "internal_control") < 0)
		goto fail;
	/* The plan year and the two after it that have budgets. */
	sec = doc_section_add(d, NULL, "Budget");
	if (graft(d, sec, app_report_budget_years_as(st, year, year + 2, 1, unit, err), "budget") < 0)
		goto fail;
	sec = doc_section_add(d, NULL, "Eget kapital de kommande åren");
	if (graft(d, sec, app_report_multiyear_as(st, unit, err), "multiyear") < 0)
		goto fail;
	app_goals_release(&g);
	return d;
fail:
	app_goals_release(&g);
	doc_free(d);
	return NULL;
}

struct doc *app_report_interim_doc(struct store *st, struct date until, int64_t unit, struct err *err)
{
	struct doc_table *texts;
	struct association a;
	struct goals_data g;
	struct doc *d, *table, *stmts;
	struct doc_block *sec;
	char title[64], line[128], date[11];

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	table = app_report_interim_as(st, until, unit, err);
	if (!table)
		return NULL;
	if (app_goals_load(st, until.y, &until, &g, err) < 0) {
		doc_free(table);
		return NULL;
	}
	snprintf(title, sizeof(title), "Delårsrapport %d", until.y);
	d = doc_new(title);
	doc_report_titles(d, &a);
	if (unit == MONEY_TKR)
		doc_unit_set(d, DOC_UNIT_TKR);
	texts = doc_texts_table(d);
	snprintf(line, sizeof(line), "Perioden %d-01-01 – %s", until.y, date_format(date, until));
	doc_subtitle_add(d, line);
	if (decided_line(st, d, "interim", until.y, err) < 0 || adopted_line(st, d, until.y, 0, err) < 0)
		goto fail;
	if (text_section(st, d, texts, NULL, "interim_idea", until.y, "Verksamhetsidé", err) < 0 ||
	    text_section(st, d, texts, NULL, "target_groups", until.y, "Målgrupper", err) < 0 ||
	    text_section(st, d, texts, NULL, "interim_summary", until.y, "Sammanfattning", err) < 0 ||
	    text_section(st, d, texts, NULL, "interim", until.y, "Kommentarer", err) < 0)
		goto fail;
	sec = doc_section_add(d, NULL, "Måluppfyllelse");
	doc_goals_section(d, sec, &g, PERIOD_INTERIM, 0);
	doc_goals_records(d, &g);
	sec = doc_section_add(d, NULL, "Styrning och uppföljning");
	if (graft(d, sec, app_report_governance_until(st, until, err), "governance") < 0)
		goto fail;
	sec = doc_section_add(d, NULL, "Ekonomiskt utfall");
	{
		char *md = NULL;

		if (app_text_find(st, "interim_economy", until.y, &md, err) < 0 ||
		    (!md && app_interim_economy_text(st, until, unit, &md, err) < 0))
			goto fail;
		doc_markdown(d, sec, md);
		doc_texts_add(texts, "interim_economy", md);
		free(md);
	}
	/* The period's statements (RKR R17), under their own keys. */
	stmts = app_report_statements_as(st, until.y, &until, unit == MONEY_TKR ? MONEY_TKR : MONEY_KR, err);
	if (!stmts)
		goto fail;
	doc_graft(d, doc_section_add(d, sec, "Periodens resultaträkning, balansräkning och kassaflödesanalys"),
		  stmts, "statements");
	doc_graft(d, doc_section_add(d, sec, "Budget, utfall och prognos"), table, NULL);
	app_goals_release(&g);
	return d;
fail:
	doc_free(table);
	app_goals_release(&g);
	doc_free(d);
	return NULL;
}
