/*
 * reports.h: the documents finsam produces from model results: the
 * financial statements, the check report, the chart of accounts, budgets,
 * interim and operating reports, the year cycle, interventions, activities
 * and the participant register. Each builder returns a new tree that the
 * caller frees with doc_free; none of them fails. Each report is built in
 * a file of its own (statements_doc.c, check_doc.c, accounts_doc.c,
 * budget_doc.c, members_doc.c, interim_doc.c, operating_doc.c,
 * calendar_doc.c, multiyear_doc.c, interventions_doc.c, commitments_doc.c,
 * payments_doc.c, ready_doc.c, activities_doc.c, participants_doc.c,
 * audit_doc.c, pstats_doc.c, goals_doc.c, annual_doc.c), its tables
 * declared once as columns (doc.h).
 */
#ifndef FINSAM_DOC_REPORTS_H
#define FINSAM_DOC_REPORTS_H

#include <stddef.h>

#include "doc/doc.h"
#include "model/books.h"
#include "model/budget.h"
#include "model/budget_years.h"
#include "model/calendar.h"
#include "model/policy.h"
#include "model/control.h"
#include "model/interim.h"
#include "model/intervention.h"
#include "model/payments.h"
#include "model/activity.h"
#include "model/participant.h"
#include "model/pstats.h"
#include "model/multiyear.h"
#include "model/operating.h"
#include "model/check.h"
#include "model/followup.h"
#include "model/board.h"
#include "model/meeting.h"
#include "model/goal.h"
#include "model/history.h"
#include "model/notes.h"
#include "model/statements.h"

/* Resultaträkning, balansräkning, kassaflödesanalys and nyckeltal of cur,
 * with prev (may be NULL: the year before is not in the books) beside it.
 * Titled "Finansiella rapporter <year>" with the association's name and
 * "Org.nr <orgnr>" below; metadata "year". Tables income_statement,
 * balance_sheet, cash_flow and ratios, each with a value column "current"
 * and one "previous_year" that has no data when prev is NULL (JSON then
 * reads "previous_year": null). Their keys and row keys are the JSON
 * contract of `finsam report statements` (docs/formats.md). The note on
 * rounding says the sums are computed on exact amounts. */
struct doc *doc_statements(const struct association *a, const struct statements *cur,
			   const struct statements *prev);

/* A statement line's note in the annual report: the line's row key
 * ("revenue", "receivables") and the note's number. */
struct stmt_note {
	const char *key;
	int no;
};

/* How doc_statements_as shows the statements. unit: MONEY_TKR shows
 * thousands (the figures rounded with statements_round beforehand; the
 * note on rounding says so), anything else whole kronor. notes: the note
 * number beside each line that has one, in a first column "Not" of the
 * tables that have such a line (for people; JSON leaves it out). period:
 * cur is the part of its year up to cur->period.end (an interim report):
 * the headings show the periods, metadata "until", no ratios (they are a
 * whole year's) and a sentence on what the columns compare. */
struct statements_view {
	int64_t unit;
	const struct stmt_note *notes;
	size_t n_notes;
	int period;
};

/* doc_statements as v says (NULL: as doc_statements). */
struct doc *doc_statements_as(const struct association *a, const struct statements *cur,
			      const struct statements *prev, const struct statements_view *v);

/* The check report of r: titled "Kontroll av bokföringen <year>";
 * metadata "year" and "failures"; a records table "checks" with the
 * columns id (for programs only), title, status and detail, laid out for
 * people as a list ("[FEL] Balansräkningen balanserar" with the detail
 * below). Status reads "ok", "fel" or "ej kontrollerad" to people and
 * "ok", "failed" or "skipped" to programs. A closing line counts the checks,
 * failures and checks not made. */
struct doc *doc_check(const struct association *a, const struct check_report *r);

/* One account of the chart with the line it lands on. */
struct account_line {
	const char *number;
	const char *name;
	enum stmt_line line;
};

/* The chart of accounts with each account's line, and the map's ranges. */
struct doc *doc_accounts(const struct association *a, const struct account_line *accounts,
			 size_t n, const struct account_map *map, int map_is_default);

/* The plan's budget table: revenue with each member's contribution
 * (parts, n of them; NULL when the förbund has no members yet), the cost
 * groups (groups, from budget_groups) with their sums, the totals and the
 * forecast equity. The metadata and the machine-only table "lines" are the
 * JSON contract of `report budget`. */
struct doc *doc_budget(const struct association *a, const struct budget *b, const struct budget_totals *t,
		       const struct budget_group *groups, size_t n_groups, const struct contribution *parts,
		       size_t n);

/* The budgets b of several years side by side (y, matched from b): a
 * column per year with the rows of the budget table (the members'
 * contributions, the lines matched by kind, group and name, the groups'
 * sums, the totals, the forecast equity / grant) and the members' shares
 * per year (parts holds n per year, in y's years; the shares are those of
 * exact, the parts before rounding, or of parts when NULL), shown in
 * unit. Metadata "from" and
 * "to", the machine-only tables "years" and "lines" and the table
 * "shares" are the JSON contract of `report budget --years`. */
struct doc *doc_budget_years(const struct association *a, const struct budget *b, const struct budget_years *y,
			     const struct contribution *parts, const struct contribution *exact, size_t n,
			     enum doc_unit unit);

/* The lines of a budget as stored (type, group, name, amount, accounts). */
struct doc *doc_budget_lines(const struct association *a, const struct budget *b);

/* The interim report's budget table up to `until`. The metadata and the
 * machine-only table "areas" are the JSON contract of `report interim`. */
struct doc *doc_interim(const struct association *a, const struct interim *in, struct date until,
			int budget_version);

/* The driftredovisning; amounts in the unit op was computed in. */
struct doc *doc_operating(const struct association *a, const struct operating *op, int budget_version);

/* The year cycle: each event's date, kind and title; those before the
 * document's date as_of marked as past and the first one from it as next;
 * an event a recorded meeting held (ev[i].held) is marked held instead.
 * People read them by tertial under its heading, with the year's theme
 * of it from themes (n_themes of them, any order); programs get
 * "tertials" and "events" (each with its tertial). */
struct doc *doc_calendar(const struct association *a, int year, const struct event *ev, size_t n,
			 struct date as_of, const struct tertial_theme *themes, size_t n_themes);

/* A meeting in the list of meetings: with how many attended and how many
 * decisions it has (the funding decisions dated its day included). */
struct meeting_summary {
	struct meeting m;
	int64_t attendees, decisions;
	int quorate;               /* a board meeting: 1 or 0 (meeting_quorum); another body: -1 */
};
/* The meetings m (n of them) of `year` (0: all years; body NULL: all
 * bodies), by date, with the ids 'meeting show' takes: table "meetings". */
struct doc *doc_meetings(const struct association *a, int year, const char *body, const struct meeting_summary *m,
			 size_t n);
/* One meeting: its date, body and protocol (metadata), who attended
 * (table "attendees") and its decisions (table "decisions": its own, then
 * the funding decisions dated its day); for a board meeting q (else NULL),
 * the quorum by meeting_quorum. */
struct doc *doc_meeting(const struct association *a, const struct meeting *m, const struct meeting_attendee *att,
			size_t n_att, const struct meeting_decision *dec, size_t n_dec, const struct meeting_quorum *q);

/* The equity forecast over the coming years, shown in unit; "goal_year"
 * and "years" are for programs. */
struct doc *doc_multiyear(const struct association *a, const struct multiyear *m, enum doc_unit unit);

/* The national follow-up of f->year (Uppföljning Finsam): tables
 * "participants" (per intervention and a total row, counts protected with
 * threshold: "<threshold" and "x"), "interventions" (budget and outcome),
 * "grants" (per member and the total) and "equity" (equity, grant and
 * equity / grant). See docs/formats.md, "Followup". */
struct doc *doc_followup(const struct association *a, const struct followup *f, int threshold);
/* The same over the förbund of a host, one row each and their sums
 * (region: the region they were chosen by, or NULL for all). */
struct doc *doc_followup_host(const struct followup_host *h, const char *region);

/* The association's name and "Org.nr ..." under a document's title. */
void doc_report_titles(struct doc *d, const struct association *a);

/* What the getters of declared columns below look up in, given to a table
 * by doc_table_context. */
struct doc_insatser {
	const struct intervention *iv;
	size_t n;
};
struct doc_decisions {
	const struct decision *d;
	size_t n;
};
struct doc_enrolments {
	const struct enrolment *e;
	size_t n;
};
/* Getters (see struct doc_col): the name of the intervention whose id
 * (int64_t) is at, looked up in the table's struct doc_insatser; a
 * protected count (struct pcell) with the table's threshold (an int) for
 * "<5". */
void doc_get_insats_name(struct doc_row *r, size_t col, const void *at, const void *ctx);
void doc_get_count(struct doc_row *r, size_t col, const void *at, const void *ctx);

/* What is said of the interventions year by year (their status and
 * results, n of them, any year and intervention), and the year whose
 * status the interventions' table shows. */
struct doc_insats_years {
	const struct intervention_year *y;
	size_t n;
	int year;
};
/* The interventions, each with its status in years->year (one = 1: a
 * single one with its decisions, its status and results in each year that
 * has them, and its anonymous participants in full). */
struct doc *doc_interventions(const struct association *a, const struct intervention *iv, size_t n,
			      const struct decision *d, size_t n_d, const struct anonymous_count *anon,
			      size_t n_anon, const struct doc_insats_years *years, int one);
/* Remaining commitments per intervention at the end of `year` and the
 * year before. */
struct doc *doc_commitments(const struct association *a, int year, const struct intervention *iv,
			    const struct commitment *cur, const struct commitment *prev, size_t n);
/* Appends to a commitments document (NULL: nothing) the findings about its
 * payments, for programs ("payment_findings") and, when there are any, a
 * paragraph for people. */
void doc_commitments_findings(struct doc *d, const struct intervention *iv, size_t n,
			      const struct payment_finding *f, size_t n_f);
/* The ready marks of year: each intervention of iv (those running that
 * year) with its Helår and Delår, ready or not, by whom and when. */
struct doc *doc_ready(const struct association *a, int year, const struct intervention *iv, size_t n_iv,
		      const struct ready_mark *m, size_t n_m);
/* The allocations that divide shared accounts between interventions. */
struct doc *doc_allocations(const struct association *a, const struct intervention *iv, size_t n_iv,
			    const struct allocation *al, size_t n_al);

/* Lists of records with the ids their corrections take: an
 * intervention's decisions ("decisions": id, date, amount, years,
 * note), anonymous counts ("anonymous"), the year cycle's entered events
 * of `year` (0: all; "events") and the interim report's forecasts
 * ("forecasts"). */
struct doc_forecast {
	const char *area;
	int64_t amount;
	const char *comment;
};
struct doc *doc_decisions(const struct association *a, const struct intervention *iv, const struct decision *d,
			  size_t n);
struct doc *doc_anonymous_list(const struct association *a, const struct intervention *iv, size_t n_iv,
			       const struct anonymous_count *anon, size_t n);
struct doc *doc_events(const struct association *a, int year, const struct event *ev, size_t n);
struct doc *doc_forecasts(const struct association *a, int year, const struct doc_forecast *f, size_t n);

/* The activities of `year` (0: all) with their attendance. */
struct doc *doc_activities(const struct association *a, int year, const struct activity *acts, size_t n,
			    int published);

/* One participant's data with enrolments (the right of access; never a
 * personal identity number), the list of participants, and the audit log. */
struct doc *doc_participant(const struct association *a, const struct participant *p,
			    const struct enrolment *e, size_t n, const struct intervention *iv, size_t n_iv);
struct doc *doc_participants_list(const struct association *a, const struct participant *p, size_t n,
				  const struct enrolment *e, size_t n_e);
/* The audit log; changes[i] (may be NULL, or hold NULLs) is what a change
 * of a record did, for people ("note: "" → "Förlängt""); without it the
 * values before and after are shown whole. */
struct doc *doc_audit(const struct association *a, const struct audit_entry *log, const char *const *changes,
		      size_t n);

/* Participant statistics; protected_ says whether s was protected (and
 * threshold is what "<5" says). JSON: the contract of `report participants`. */
struct doc *doc_pstats(const struct association *a, const struct pstats *s, const char *insats,
		       int protected_, int threshold);

/* For programs: the Markdown of each of a document's text sections as it
 * shows it, by section key ("texts": {"staff": "..."}) (texts_doc.c). */
struct doc_table *doc_texts_table(struct doc *d);
void doc_texts_add(struct doc_table *t, const char *section, const char *markdown);

/* Earlier years' key figures and the staff per year, as entered
 * (history_doc.c). */
struct doc *doc_history(const struct association *a, const struct history_year *h, size_t n);
struct doc *doc_staff(const struct association *a, const struct staff_year *s, size_t n);

/* The members with their kind and share key. */
struct doc *doc_members(const struct association *a, const struct member *m, size_t n);

/* The goals of a year under parent: per goal a section with its result
 * goals (follow-up, target; and unless planned, the outcome and the
 * assessment of the period with comments). */
void doc_goals_section(struct doc *d, struct doc_block *parent, const struct goals_data *g,
		       enum goal_period period, int planned);
/* For programs: "goals" and "result_goals", both periods, as records. */
void doc_goals_records(struct doc *d, const struct goals_data *g);
/* The goals of a year, both periods, with "goals" and "result_goals" for programs. */
struct doc *doc_goals(const struct association *a, const struct goals_data *g);
/* The indicators of the result goals that follow one intervention up. */
struct doc *doc_insats_indicators(const struct association *a, const struct goals_data *g, int64_t intervention_id);
/* The board's composition as a table under parent, and as a document. */
void doc_board_table(struct doc *d, struct doc_block *parent, int year, const struct board_member *b, size_t n);
struct doc *doc_board(const struct association *a, int year, const struct board_member *b, size_t n);

/* The governing documents p[0..n) (summarised) as of today ("policies",
 * with "overdue"), and one of them with its revisions r[0..n)
 * ("revisions"). */
struct doc *doc_policies(const struct association *a, const struct policy *p, size_t n, struct date today);
struct doc *doc_policy(const struct association *a, const struct policy *p, const struct policy_revision *r,
		       size_t n, struct date today);

/* The internal control plan of a year as a document: the parts chosen
 * of the risk analysis ("risks": number, area, risk, probability,
 * consequence, score, level, owner), the risk matrix (a chart, 4 × 4),
 * the control actions ("actions") and the follow-ups ("followups"), with
 * the periods ended without one ("missing") and the plan's adoption. */
struct control_plan_doc {
	int year;
	const struct risk *risks;
	size_t n_risks;
	const struct control_action *actions;
	size_t n_actions;
	const struct control_followup *followups;
	size_t n_followups;
	const struct control_missing *missing;
	size_t n_missing;
	struct date as_of;        /* the day the missing follow-ups are as of */
	int64_t meeting_id;       /* the meeting that adopted the plan; 0: not adopted */
	struct date adopted;      /* its day */
	char protocol[200];       /* its protocol's reference */
};
enum {
	CONTROL_DOC_RISKS = 1,
	CONTROL_DOC_MATRIX = 2,
	CONTROL_DOC_ACTIONS = 4,
	CONTROL_DOC_FOLLOWUPS = 8,
	CONTROL_DOC_ADOPTION = 16,  /* the line saying when the plan was adopted */
	CONTROL_DOC_ALL = 31
};
struct doc *doc_control(const struct association *a, const char *title, const struct control_plan_doc *p,
			unsigned parts);
/* The follow-up of the plan p as a summary under parent of d: when it was
 * adopted, how many of its actions were followed up and with what
 * results, the deviations and what was done about them (table
 * "<prefix>.deviations"), and how many periods have ended without a
 * follow-up; the counts as metadata under prefix. */
void doc_control_summary(struct doc *d, struct doc_block *parent, const struct control_plan_doc *p,
			 const char *prefix);

/* The board's governance over a period, from the records: the annual
 * report's "Styrning och uppföljning" for its year, the interim report's
 * for its period (governance_doc.c). */
struct governance_decision {
	struct date date;
	int64_t meeting_id;          /* the meeting that took it; 0: none is recorded that day */
	enum meeting_body body;      /* the body that met (a funding decision: the board) */
	struct meeting_decision d;
};
#define GOVERNANCE_REVISIONS 6
struct governance_policy {
	struct policy p;             /* as it stood at the period's end (policy_at) */
	/* Its adoption and revisions within the period, by date (the first
	 * GOVERNANCE_REVISIONS of n_revised). */
	struct date revised[GOVERNANCE_REVISIONS];
	size_t n_revised;
};
struct governance_doc {
	struct period period;
	int whole_year;              /* the period is a fiscal year ("under året") */
	const struct meeting *meetings;  /* the meetings held within the period, by date */
	size_t n_meetings;
	const struct governance_decision *decisions; /* taken within the period, by date */
	size_t n_decisions;
	const struct governance_policy *policies;    /* adopted by the period's end */
	size_t n_policies;
	const struct control_plan_doc *control;      /* the year's plan, followed up by the period's end */
};
/* The period ("from", "to"); the meetings of each body ("meetings",
 * "board_meetings"); the decisions ("decisions"); the governing
 * documents and their revisions ("policies", "policies_revised",
 * "policies_adopted", "policies_overdue"); the internal control's
 * follow-up ("internal_control", doc_control_summary). Each part a
 * section. */
struct doc *doc_governance(const struct association *a, const char *title, const struct governance_doc *g);

/* Adds a user's Markdown text under parent (NULL: the body): headings as
 * sections, paragraphs and list items as paragraphs, all as plain text. */
void doc_markdown(struct doc *d, struct doc_block *parent, const char *markdown);

/* A protected count in a cell: the number, "<N" for a small cell, "x"
 * for one hidden so that a small one cannot be worked out. */
void doc_count_cell(struct doc_row *r, size_t col, const struct pcell *c, int threshold);

/* The parts of the annual and interim reports (annual_doc.c). */
/* The five-year overview: years newest first, each from the books, from
 * an earlier annual report (its header marked "*" and said under the
 * table) or from neither (empty); counts of people protected below
 * threshold. */
void doc_five_year(struct doc *d, struct doc_block *parent, const struct overview_entry *years, size_t n,
		   int threshold);
/* A paragraph saying which grant the ratio equity / grant of each year was
 * computed on (the budget's, the grant accounts', or all revenue) and how
 * much it was, in the document's unit; years[i] labels rules[i] when
 * n > 1. */
void doc_grant_basis(struct doc *d, struct doc_block *parent, const struct equity_rule *rules, const int *years,
		     size_t n);
/* Enrolled, new, exited and to work or studies by sex, the share and mean
 * days, and the anonymous: for people, protected as s is. */
void doc_pstats_summary(struct doc *d, struct doc_block *parent, const struct pstats *s, int threshold);
/* The charts of the participant statistics: years oldest first, the last
 * the report's year, each protected (hidden cells are left out). */
void doc_pstats_charts(struct doc *d, struct doc_block *parent, const struct pstats *years, size_t n);
/* The year's costs per cost area, as a pie. */
void doc_cost_chart(struct doc *d, struct doc_block *parent, const struct cost_shares *c);
/* One intervention's follow-up: facts with its status in the year (y's,
 * or from its dates), funding (c may be NULL), its participants (s,
 * protected, may be NULL), its indicators in g, and its results and
 * lessons (y's Markdown) under them. */
void doc_intervention_followup(struct doc *d, struct doc_block *parent, const struct intervention *iv,
			       const struct intervention_year *y, const struct commitment *c,
			       const struct pstats *s, int threshold, const struct goals_data *g);
/* The follow-ups for programs: per intervention (iv[i] with y[i], n of
 * them) its id, name, status and results, the records "interventions". */
void doc_intervention_records(struct doc *d, const struct intervention *iv, const struct intervention_year *y,
			      size_t n);
/* The notes of model/notes.h, each a section titled title under parent:
 * the revenue per member (people: a row per member this year and last,
 * prev may be NULL; programs: records "notes.revenue_by_member" with
 * member_id, name, kind and amount of this year), the costs by kind
 * (figures "notes.costs_by_kind": interventions, staff, other, total) and
 * the provision's movement (figures "notes.provisions": opening, added,
 * paid, other, closing; paid shown negative). */
void doc_revenue_note(struct doc *d, struct doc_block *parent, const char *title, const struct year_notes *cur,
		      const struct year_notes *prev);
void doc_costs_note(struct doc *d, struct doc_block *parent, const char *title, const struct year_notes *cur,
		    const struct year_notes *prev);
void doc_provision_note(struct doc *d, struct doc_block *parent, const char *title, const struct year_notes *cur);
/* A note specifying a balance-sheet line per account at the year's end
 * and (prev_end not NULL) last year's, with its sum: the line's figure. */
void doc_balance_note(struct doc *d, struct doc_block *parent, const char *title, struct date end,
		      const struct date *prev_end, const struct note_line *l, size_t n);
/* The signature page after the attestation: "<place> den <date>" (a line
 * to write the date on when date is NULL), then a line to sign for each
 * of the board b (n of them), each ordinary member beside the deputy the
 * same member organisation appointed (board_pairs), deputies marked
 * "ersättare". */
void doc_signatures(struct doc *d, struct doc_block *parent, const struct board_member *b, size_t n,
		    const char *place, const struct date *date);

#endif
