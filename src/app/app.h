/*
 * app.h: finsam's use cases. Each opens what it needs from the store, runs
 * the model and builds the document; the command line (and later the web)
 * only translate their arguments into these calls, so the two can never
 * disagree. Functions return 0, or -1 with a Swedish message in err.
 */
#ifndef FINSAM_APP_APP_H
#define FINSAM_APP_APP_H

#include <stdint.h>
#include <stdio.h>

#include "model/books.h"
#include "model/check.h"
#include "model/goal.h"
#include "model/notes.h"
#include "model/statements.h"
#include "model/user.h"
#include "model/region.h"
#include "model/calendar.h"
#include "model/meeting.h"
#include "model/interim.h"
#include "model/history.h"
#include "model/intervention.h"
#include "model/participant.h"
#include "model/pstats.h"
#include "model/forbund.h"

struct err;
struct store;
struct doc;
struct survey_stats;
struct allocation;

/* The fields a kind of record cannot be without, declared once
 * (fields.c): APP_REQUIRED is refused blank by the use case itself;
 * APP_CHOOSE has a default on the command line but is a choice a form
 * must make (nothing is preselected where a wrong default would count). */
enum app_need { APP_REQUIRED = 1, APP_CHOOSE };
struct app_field {
	const char *name;    /* the form's field, err.field */
	enum app_need need;
	const char *missing; /* what is said when it is blank */
};
struct app_record {
	const struct app_field *fields; /* ends with a NULL name */
};
extern const struct app_record APP_BUDGET_LINE, APP_FORECAST, APP_MEMBER, APP_BOARD_MEMBER, APP_EVENT,
	APP_YEAR_CLOSE, APP_YEAR_REOPEN, APP_GOAL, APP_RESULT_GOAL, APP_ASSESSMENT, APP_MEETING,
	APP_MEETING_DECISION, APP_POLICY, APP_POLICY_REVISION, APP_RISK, APP_CONTROL_ACTION,
	APP_CONTROL_FOLLOWUP;
/* 1 when s is NULL or holds only blanks. */
int app_blank(const char *s);
/* 0, or -1 with the declared words in err (err.field set) when rec
 * requires field (APP_REQUIRED) and value is blank. */
int app_require(const struct app_record *rec, const char *field, const char *value, struct err *err);
/* Calls missing for every declared field (required or to choose) whose
 * value(ctx, name) is given but blank; returns how many. */
size_t app_missing(const struct app_record *rec, const char *(*value)(const void *ctx, const char *field),
		   const void *ctx, void (*missing)(void *arg, const char *field, const char *msg), void *arg);

/* Opens the database at path; with create set it is made when missing
 * (*created tells; may be NULL). Close with app_close. */
int app_open(struct store **st, const char *path, int create, int *created,
	     struct err *err);
void app_close(struct store *st);
/* How long a change waits while another writer (an import) holds the
 * database: up to ms milliseconds, notice (may be NULL) called once a wait
 * has lasted a second; then the change fails with err->busy. Called once
 * by the front end before it opens a database (store_wait_set). */
void app_wait_set(long ms, void (*notice)(long limit_ms));
/* 1 when the database was found busy on st since the last call (which
 * forgets it): the request may be asked again later. */
int app_busy(struct store *st);

/* The förbund of a PostgreSQL host (forbund.c), for its administrator.
 * app_forbund_add adds one to the host at host_uri (the host's register
 * made when the database has none): its name on the host, the
 * association's name (title) and organisation number, the region it
 * reports to (may be NULL), the host names the web answers for it, and
 * its first user, an administrator, with the password. Its key is made in
 * FINSAM_KEY_DIR as NAME.key. All or nothing. app_forbund_list gives the
 * register (caller frees *out); app_report_forbund the register as a
 * document, with each förbund's own name and organisation number. */
struct app_forbund_new {
	const char *name, *title, *orgnr, *region;
	const char *const *hosts;
	size_t n_hosts;
	const char *user, *password;
};
int app_forbund_add(const char *host_uri, const struct app_forbund_new *nf, struct err *err);
int app_forbund_list(const char *host_uri, struct forbund **out, size_t *n, struct err *err);
struct doc *app_report_forbund(const char *host_uri, struct err *err);
/* The host's server: app_host_open opens a connection to the host's
 * register (1 with a message when the database at uri is no host: a
 * database of one förbund), app_forbund_of_host finds the förbund a host
 * name (as a request's Host header gives it, a port and all) belongs to
 * (1 when none), and app_forbund_use makes st work in that förbund (on
 * failure in none). */
int app_host_open(struct store **st, const char *uri, struct err *err);
/* The association's name ("" when it has none yet) into out (n bytes),
 * for a page that names the förbund before anyone logs in. */
int app_association_name(struct store *st, char *out, size_t n, struct err *err);
int app_forbund_of_host(struct store *st, const char *host, char name[FORBUND_NAME_MAX + 1], struct err *err);
int app_forbund_use(struct store *st, const char *name, struct err *err);

/* The association of a new database, checked: its name (--name) and
 * organisation number, in SEK. */
int app_association_new(const char *name, const char *orgnr, struct association *a, struct err *err);
/* Creates a new database for the association: refuses an existing file
 * (or PostgreSQL database with finsam's tables) and an invalid
 * organisation number. */
int app_init(const char *path, const char *name, const char *orgnr,
	     struct err *err);

/* Progress and warnings of a long operation, both may be NULL. */
struct app_progress {
	void *ctx;
	void (*warn)(void *ctx, const char *msg);
	/* Called now and then with the number of lines read. */
	void (*step)(void *ctx, long lines, long verifications);
	/* Each error of an imported file as it is found: its line, its
	 * column (0: not at one place of the line) and what is wrong, without
	 * the file, line and column (err_where writes them); the import then
	 * fails and stores nothing. */
	void (*error)(void *ctx, long line, long col, const char *msg);
};

/* Every bad row of a failed CSV import (a participant list, survey
 * answers, a budget), for a page that lists them all: each row's line in
 * the file and the reason, in the file's order, up to
 * APP_IMPORT_ERRORS_MAX of them; count has every bad row, also those
 * beyond the list. (The import's message in err lists only the first
 * ones.) Start with app_import_errors_init; app_import_errors_release
 * frees the reasons and the list. */
#define APP_IMPORT_ERRORS_MAX 10000
struct app_import_error {
	long line;
	long col;               /* 0: the whole line */
	char *msg;
};
struct app_import_errors {
	struct app_import_error *v;
	size_t n, cap;
	long count;
};
void app_import_errors_init(struct app_import_errors *e);
void app_import_errors_release(struct app_import_errors *e);
/* Adds a bad row (msg copied), or only counts it beyond the list's end. */
void app_import_errors_add(struct app_import_errors *e, long line, const char *msg);
/* As app_import_errors_add, at a column of the line (0: none). */
void app_import_errors_add_at(struct app_import_errors *e, long line, long col, const char *msg);
/* The app_progress error callback that adds each error to the struct
 * app_import_errors that is its ctx. */
void app_import_errors_on_error(void *ctx, long line, long col, const char *msg);

struct app_import_result {
	int year;                 /* label of the file's current year */
	int created;              /* the database was created by this import */
	int replaced;             /* the year's earlier books were replaced */
	int has_prev;             /* the file held the previous year's balances */
	long accounts, balances, verifications, transactions, warnings;
	long errors;              /* errors in the file (the import failed) */
	int utf8;                 /* the file was UTF-8 (else PC8) */
	int ksumma;               /* #KSUMMA was present and verified */
};

/* Imports an SIE 4 file into the database at db_path, creating the database
 * when it does not exist (the association's name and number then come from
 * #FNAMN and #ORGNR). The whole file is checked, the records as the
 * reader reads them (years, accounts, balances) too, and every error goes
 * to progress->error; with one error err holds it, with more (res->errors)
 * err holds a summary on its first line and the first errors after it (see
 * sie_read). One transaction: on any error nothing is stored, and a
 * database created by this import is removed again. */
int app_import_sie(const char *db_path, const char *file,
		   const struct app_progress *progress,
		   struct app_import_result *res, struct err *err);
/* As app_import_sie, with the change logged as made by user (NULL: the
 * login name) and the file called name (NULL: file) in messages and in
 * the log: the web's upload, kept in a temporary file, by the name the
 * browser gave it. The import's line in the audit log names the file,
 * the year and what it held. */
int app_import_sie_as(const char *db_path, const char *user, const char *file, const char *name,
		      const struct app_progress *progress, struct app_import_result *res, struct err *err);

/* Writes year `year` (and the previous year's balances when the database
 * holds them) as an SIE 4E file to out. */
int app_export_sie(struct store *st, int year, FILE *out, struct err *err);

/* The latest fiscal year in the database (its label), or -1 with a message
 * when there is none. */
int app_latest_year(struct store *st, int *year, struct err *err);

/* Computes the statements of `year` and, when the database holds it, of the
 * year before (*has_prev). */
int app_statements(struct store *st, int year, struct statements *cur,
		   struct statements *prev, int *has_prev, struct err *err);
/* The statements of the part of a fiscal year up to and including until
 * (an interim report's period, RKR R17): the opening balances and the
 * transactions dated up to it; prev the same part of the year before,
 * when the books hold it. cur->period.end is until. */
int app_statements_until(struct store *st, struct date until, struct statements *cur, struct statements *prev,
			 int *has_prev, struct err *err);

/* The statements of `year` as a document (caller frees with doc_free). */
struct doc *app_report_statements(struct store *st, int year, struct err *err);
/* The same, in unit (MONEY_TKR: thousands, the statements rounded with
 * statements_round so that every sum adds up; else whole kronor as
 * app_report_statements), and with until (not NULL) the statements of
 * the part of `year` up to and including *until (app_statements_until),
 * beside the same period of the year before; an until outside `year` or
 * its fiscal year is refused with a message. */
struct doc *app_report_statements_as(struct store *st, int year, const struct date *until, int64_t unit,
				     struct err *err);

/* The figures of the annual report's notes of `year` beside its
 * statements s (exact, as app_statements computes them): the revenue per
 * member, the costs by kind and the provision's movement. The caller
 * releases out (year_notes_release). */
int app_year_notes(struct store *st, int year, const struct statements *s, struct year_notes *out,
		   struct err *err);

/* Runs every check on `year`. The caller releases the report. */
int app_check(struct store *st, int year, struct check_report *out,
	      struct err *err);
struct doc *app_report_check(struct store *st, const struct check_report *r,
			     struct err *err);

/* The account map in force (the stored one, or the default when none is
 * stored); *is_default tells which. The caller releases m. */
int app_map_get(struct store *st, struct account_map *m, int *is_default,
		struct err *err);
/* Adds a range FROM-TO on LINE (a key such as "revenue") to the map in force. */
int app_map_add(struct store *st, const char *range, const char *line,
		struct err *err);
/* Goes back to the default map. */
int app_map_reset(struct store *st, struct err *err);
/* The chart of accounts with the line each account lands on, as a document. */
struct doc *app_report_accounts(struct store *st, struct err *err);

/* What a budget import stored: per year, the version and the number of lines. */
struct app_budget_result {
	size_t n;
	int years[16], versions[16];
	long lines[16];
	int cp1252;               /* the file was read as Windows-1252 */
};

/* Imports budget lines from a CSV file (see docs/formats.md). Each year in
 * the file replaces the year's latest budget version, or becomes a new
 * revision with revise set (the first budget of a year is version 1).
 * A row of a closed year is refused. All rows or none: every bad row is
 * listed in the message. Each year stored is logged in the audit log. */
int app_budget_import(struct store *st, const char *file, int revise, const char *label,
		      struct app_budget_result *res, struct err *err);
/* As app_budget_import, and every bad row (the message lists the first
 * ones) is added to rows (may be NULL); name is the file's name as the
 * person knows it, for the log (a web upload's own name; NULL: file's). */
int app_budget_import_rows(struct store *st, const char *file, const char *name, int revise, const char *label,
			   struct app_budget_result *res, struct app_import_errors *rows, struct err *err);
/* The plan's budget table of the year (version 0: the current one). */
struct doc *app_report_budget(struct store *st, int year, int version, struct err *err);

/* The current budgets of the years from..to (at most five) side by side,
 * with the members' shares per year. A year without a budget is refused
 * with a message naming it; with skip_missing (the plan's coming years)
 * it is left out, but from must have one. */
struct doc *app_report_budget_years(struct store *st, int from, int to, int skip_missing, struct err *err);
/* The same in unit: MONEY_TKR shows thousands, each year's column and the
 * members' shares rounded so that they add up (budget_years_round). */
struct doc *app_report_budget_years_as(struct store *st, int from, int to, int skip_missing, int64_t unit,
				       struct err *err);
/* Writes the year's budget (version 0: the current) as budget CSV, which
 * `budget import` reads back into the same lines. */
int app_budget_export(struct store *st, int year, int version, FILE *out, struct err *err);
/* Copies the current budget into a new version (a revision); *version gets it. */
int app_budget_revise(struct store *st, int year, const char *label, int *version, struct err *err);
/* Sets one line of the current budget (found by type, name and, when
 * given, group), or adds it; *added tells which. */
int app_budget_set(struct store *st, int year, const char *type, const char *group,
		   const char *name, const char *amount, const char *accounts,
		   int *added, struct err *err);

/* The year's budget lines as stored (version 0: the current one). */
struct doc *app_budget_lines(struct store *st, int year, int version, struct err *err);

/* The interim report's budget table for the cut-off date `until` (its year's
 * current budget and the books up to that date). */
struct doc *app_report_interim(struct store *st, struct date until, struct err *err);
/* The same in unit: MONEY_TKR shows thousands, rounded so that the table
 * adds up (interim_round). */
struct doc *app_report_interim_as(struct store *st, struct date until, int64_t unit, struct err *err);
/* Sets the forecast of a cost area (a budget group) or revenue line for
 * the interim report, with a comment; amount NULL goes back to the default
 * (the budget, or what is booked where that is more). */
int app_forecast_set(struct store *st, int year, const char *area, const char *amount,
		     const char *comment, struct err *err);

/* The driftredovisning of `year`: outcome, current budget, deviation and
 * last year's outcome per budget row. unit 1 keeps öre; MONEY_KR or
 * MONEY_TKR rounds so the table adds up. */
struct doc *app_report_operating(struct store *st, int year, int64_t unit, struct err *err);
/* The national follow-up of `year` (Uppföljning Finsam): the participants
 * of each individual-oriented intervention going on in the year by sex
 * (enrolled, new, exited, anonymous), protected with the setting min-cell;
 * each intervention's budget (the current budget's cost lines named as
 * it) and outcome (paid in the year: what the annual report's commitments
 * count as paid by the year's end less by the end of the year before);
 * the members' grants (the annual report's note on revenue per member);
 * the equity at the year's end against the year's grant (the equity
 * rule). unit 1 keeps öre; MONEY_KR or MONEY_TKR rounds each table so
 * that it adds up. */
struct doc *app_report_followup(struct store *st, int year, int64_t unit, struct err *err);
/* The same over every förbund of the host at host_uri (or those of
 * region), one row per förbund with their sums, the participants
 * protected over the whole table. */
struct doc *app_report_followup_all(const char *host_uri, const char *region, int year, int64_t unit,
				    struct err *err);
/* The same on a host's store that is open already (the web's region
 * pages): the connection is left in one of the förbund, or none. */
struct doc *app_report_followup_host(struct store *host, const char *region, int year, int64_t unit,
				     struct err *err);

/* The plan's texts: the Swedish title of a section (vision, direction,
 * target_groups, overall_goal), or NULL for an unknown one. */
const char *app_text_title(const char *section);
/* The sections in the order finsam keeps them: key, title and the
 * documents that print it; *n gets how many. */
struct app_text_section {
	const char *key, *title, *documents;
};
const struct app_text_section *app_text_sections(size_t *n);
/* Stores markdown (UTF-8, at most 1 MiB, not blank) as the section's text
 * for year, as app_text_set does with a file's (the web's form). */
int app_text_put(struct store *st, const char *section, int year, const char *markdown, struct err *err);
/* The section's markdown as the documents show it, through the same
 * Markdown reading, under the section's title when titled is set, without
 * storing anything (a preview; the caller frees it with doc_free). NULL
 * with a message for an unknown section or text that is not UTF-8. */
struct doc *app_text_preview(const char *section, const char *markdown, int titled, struct err *err);
/* The text a document shows for section of year when the users have
 * written none, stating the section's figures from the records: 1 and
 * *out (the caller frees it), 0 when the section has no such text, -1 on
 * a store error. */
int app_default_text(struct store *st, const char *section, int year, char **out, struct err *err);

/* Reads the Markdown text in file ("-": standard input) into *out (the
 * caller frees it): UTF-8 without NUL bytes, at most 1 MiB. */
int app_read_markdown(const char *file, char **out, struct err *err);
/* Stores the Markdown in file ("-": standard input) as the section's text for year. */
int app_text_set(struct store *st, const char *section, int year, const char *file,
		 struct err *err);
/* Removes the section's text for year (refused when the year is closed;
 * logged with the text it was). */
int app_text_remove(struct store *st, const char *section, int year, struct err *err);
/* The section's text for year (caller frees). */
/* As app_text_get, but a missing text is no error: *out is then NULL. */
int app_text_find(struct store *st, const char *section, int year, char **out, struct err *err);
int app_text_get(struct store *st, const char *section, int year, char **out, struct err *err);

/* The year cycle: add an entered event (kind: styrelse, utvecklingsgrupp,
 * medlemssamråd, deadline, övrigt), list the year, write it as iCalendar. */
int app_calendar_add(struct store *st, const char *date, const char *kind, const char *title,
		     struct err *err);
/* Sets the theme of a tertial (tertial "1", "2" or "3") of year, shown as
 * the tertial's heading in the year cycle, replacing any earlier; removes
 * it (app_calendar_theme_remove, a message when there is none). Refused
 * while the year is closed; logged with the theme before and after. */
int app_calendar_theme_set(struct store *st, int year, const char *tertial, const char *theme, struct err *err);
int app_calendar_theme_remove(struct store *st, int year, const char *tertial, struct err *err);
struct doc *app_report_calendar(struct store *st, int year, struct err *err);
/* The year cycle as of a document's date: events before as_of are done
 * ("klart"), the first on or after it is next; the meetings recorded
 * until as_of mark the planned events they held ("hållet"), and one no
 * event planned is shown as held beside them (meeting_cycle).
 * app_report_calendar is as of today, the working view; a plan's cycle is
 * as of the plan's date. */
struct doc *app_report_calendar_at(struct store *st, int year, struct date as_of, struct err *err);
int app_calendar_ics(struct store *st, int year, FILE *out, struct err *err);

/* The equity forecast from the latest books over the years with budgets. */
struct doc *app_report_multiyear(struct store *st, struct err *err);
/* The same in unit: MONEY_TKR shows thousands, the books' year as the
 * statements round it, every column adding up (multiyear_round). */
struct doc *app_report_multiyear_as(struct store *st, int64_t unit, struct err *err);

/* An intervention as the command line gives it (NULL: not given). */
struct app_insats_fields {
	const char *name, *kind, *owner, *partners, *target, *ages, *start, *end, *purpose,
		*accounts, *objects, *p_start, *p_end, *goals;
};
int app_insats_add(struct store *st, const struct app_insats_fields *f, int64_t *id, struct err *err);
/* Records the board's decision to fund `which` (an id or a name): the
 * meeting date, the amount and the years it covers ("2024-2025"). */
int app_insats_decide(struct store *st, const char *which, const char *date, const char *amount,
		      const char *years, const char *note, struct err *err);
/* Records anonymous participants of `which`: women and men (counts as
 * text) in a period within one calendar year. */
int app_insats_anonymous(struct store *st, const char *which, const char *from, const char *to,
			 const char *women, const char *men, const char *note, struct err *err);
/* All interventions (which NULL), or one with its decisions and its
 * status and results in each year that has them; the interventions'
 * table shows each one's status in year (0: this year). */
struct doc *app_report_insatser(struct store *st, const char *which, int year, struct err *err);
/* The note "Återstående belopp för beslutad finansiering" for `year`. */
struct doc *app_report_commitments(struct store *st, int year, struct err *err);

/* What the annual report of year says of intervention `which` (an id or
 * a name) beyond its figures: its status ("planerad", "pågående",
 * "avslutad", or "auto" to let its dates decide; NULL keeps it) and its
 * results and lessons (Markdown, at most 64 KiB; "" removes them; NULL
 * keeps them). Refused for a closed year; logged ("ändra insatsens år").
 * app_insats_year_get gives what is said (an automatic status and an
 * empty text when nothing is); out->results is the caller's to free. */
int app_insats_year(struct store *st, const char *which, int year, const char *status, const char *results,
		    struct err *err);
int app_insats_year_get(struct store *st, int64_t intervention_id, int year, struct intervention_year *out,
			struct err *err);

/* Earlier years' key figures for the five-year overview, as that year's
 * annual report published them: values[f] for each of history_fields
 * (kronor or a count; NULL keeps the field, "" makes it unknown), and the
 * report they come from (source; NULL keeps it). Only for years before
 * the books: a year the books hold is refused. Logged.
 * app_history_get gives STORE_NOT_FOUND when year has none. */
int app_history_set(struct store *st, int year, const char *const values[HIST__MAX], const char *source,
		    struct err *err);
int app_history_remove(struct store *st, int year, struct err *err);
int app_history_get(struct store *st, int year, struct history_year *out, struct err *err);

/* The förbund's own staff in a year (NULL keeps a field): people employed
 * (a whole number), the full-time posts they fill and the posts it funds
 * in interventions ("1,5"), and the sick leave in per cent of working
 * time ("2,3"; "" when not known), only with staff of its own. Refused for
 * a closed year; logged. app_staff_get gives STORE_NOT_FOUND when year has
 * none. */
struct app_staff_fields {
	const char *employees, *own_posts, *funded_posts, *sick_leave, *note;
};
int app_staff_set(struct store *st, int year, const struct app_staff_fields *f, struct err *err);
int app_staff_remove(struct store *st, int year, struct err *err);
int app_staff_get(struct store *st, int year, struct staff_year *out, struct err *err);
/* The day the board adopted the plan or the interim report of year
 * (document "plan"/"verksamhetsplan" or "interim"/"delårsrapport"), which
 * the document then states ("Beslutad av förbundsstyrelsen DATE"): not
 * after today, refused for a closed year, logged. The annual report's is
 * the year's close. app_document_adopted gives 1 and the date, or 0. */
int app_document_adopt(struct store *st, const char *document, int year, const char *date, struct err *err);
int app_document_unadopt(struct store *st, const char *document, int year, struct err *err);
int app_document_adopted(struct store *st, const char *document, int year, struct date *out, struct err *err);

/* The auditors' report of year as the auditors signed it, a PDF (at most
 * 20 MiB) in file, called name (NULL: the file's own name): the annual
 * report's PDF then ends with its pages. section is "auditors_report".
 * Refused for a closed year; logged. app_detach removes it. */
int app_attach(struct store *st, const char *section, int year, const char *file, const char *name, struct err *err);
int app_detach(struct store *st, const char *section, int year, struct err *err);
/* The attached PDF of section and year: 1 with its name and bytes (the
 * caller frees both), 0 when there is none. */
int app_attachment(struct store *st, const char *section, int year, char **name, void **pdf, size_t *n,
		   struct err *err);

/* The lists of earlier years' key figures and of the staff per year. */
struct doc *app_report_history(struct store *st, struct err *err);
struct doc *app_report_staff(struct store *st, struct err *err);

/* Allocations: how an account that several interventions share (and that
 * no SIE object tells apart) is divided between them. An allocation is a
 * share of the account (--share "60", of every year, or of --year only) or
 * an amount of one year (--year and --amount, one account). Each change
 * asks whether the years it touches are open and is written to the audit
 * log. */
struct app_allocation_fields {
	const char *insats, *accounts, *share, *year, *amount, *note;
};
int app_insats_allocate(struct store *st, const struct app_allocation_fields *f, int64_t *id, struct err *err);
/* Removes the allocation with the id `which` ("3"). */
int app_insats_allocation_remove(struct store *st, const char *which, struct err *err);
/* The allocations of intervention id (0: of all), with their ids (caller frees *out). */
int app_allocation_list(struct store *st, int64_t id, struct allocation **out, size_t *n, struct err *err);
/* The allocations of `which` (NULL: of all interventions). */
struct doc *app_report_allocations(struct store *st, const char *which, struct err *err);

/* A structural or competence activity with its attendance per member
 * organisation ("Försäkringskassan=40, Arbetsförmedlingen=30"). */
struct app_activity_fields;
int app_activity_add(struct store *st, const struct app_activity_fields *f, int64_t *total, struct err *err);
struct doc *app_report_activities(struct store *st, int year, struct err *err);
/* The same for a published document (published set: without the ids and
 * the kind of each activity, which its totals give). */
struct doc *app_report_activities_for(struct store *st, int year, int published, struct err *err);

/* Corrections: every kind of record the command line adds can be changed
 * and removed, by the id its list shows. Each is one transaction with its
 * line in the audit log (the record's values before and after), validated
 * as its addition is (the same function), and refused for a closed year
 * (app_year_check_open, for every year the record touches before and
 * after). In the fields structs NULL keeps a field as it is; "" clears an
 * optional text or date. */
/* An intervention: any field of app_insats_fields (name: a new name).
 * Removing one that decisions, enrolments, anonymous counts, result goals,
 * survey answers or registrars refer to is refused, naming them. */
int app_insats_edit(struct store *st, const char *which, const struct app_insats_fields *f, struct err *err);
int app_insats_remove(struct store *st, const char *which, struct err *err);
/* A decision of the board. insats moves it to another intervention (an id
 * or a name). A date after today is refused unless planned; a decision
 * like one already entered (same intervention, date, amount and years)
 * unless again. Years are "2024", "2024-2026" or "2024–2026". */
struct app_decision_fields {
	const char *insats, *date, *amount, *years, *note;
	int planned, again;
};
int app_decision_add(struct store *st, const char *which, const struct app_decision_fields *f, int64_t *id,
		     struct err *err);
int app_decision_edit(struct store *st, int64_t id, const struct app_decision_fields *f, struct err *err);
int app_decision_remove(struct store *st, int64_t id, struct err *err);
/* The decisions of intervention `which` (an id or a name, found into
 * *iv), by meeting date; the caller frees *out. */
int app_decisions(struct store *st, const char *which, struct intervention *iv, struct decision **out, size_t *n,
		  struct err *err);
/* The decisions of one intervention with their ids ("decisions"). */
struct doc *app_report_decisions(struct store *st, const char *which, struct err *err);
/* Anonymous participant counts (see app_insats_anonymous). */
struct app_anonymous_fields {
	const char *insats, *from, *to, *women, *men, *note;
};
int app_anonymous_edit(struct store *st, int64_t id, const struct app_anonymous_fields *f, struct err *err);
int app_anonymous_remove(struct store *st, int64_t id, struct err *err);
/* The anonymous counts of intervention id (0: of all), by period (caller frees *out). */
int app_anonymous_list(struct store *st, int64_t id, struct anonymous_count **out, size_t *n, struct err *err);
/* The anonymous counts of one intervention (which) or all (NULL), with ids. */
struct doc *app_report_anonymous(struct store *st, const char *which, struct err *err);
/* An activity; attendees replace the whole attendance. meetings: how
 * many meetings a series had (at least 1); persons: how many different
 * people came ("" when not known), at most the attendance. */
struct app_activity_fields {
	const char *name, *date, *kind, *organiser, *attendees, *meetings, *persons;
};
int app_activity_edit(struct store *st, int64_t id, const struct app_activity_fields *f, struct err *err);
int app_activity_remove(struct store *st, int64_t id, struct err *err);
/* A member (which: an id or a name). The members' shares of the grant are
 * in the budget table of every year with a budget: a change touches each. */
int app_member_edit(struct store *st, const char *which, const char *name, const char *kind, const char *key,
		    struct err *err);
int app_member_remove(struct store *st, const char *which, struct err *err);
/* A board member of a year (year 0 keeps it). */
int app_board_edit(struct store *st, int64_t id, int year, const char *name, const char *role,
		   const char *appointed_by, struct err *err);
int app_board_remove(struct store *st, int64_t id, struct err *err);
/* An entered event of the year cycle. */
int app_calendar_edit(struct store *st, int64_t id, const char *date, const char *kind, const char *title,
		      struct err *err);
int app_calendar_remove(struct store *st, int64_t id, struct err *err);
/* The entered events (of `year`, 0: all) with their ids ("events"). */
struct doc *app_report_calendar_entries(struct store *st, int year, struct err *err);
/* The meetings of the förbund's bodies (meeting.c). The fields of a
 * meeting as given (NULL: not given; an edit keeps it): date, body
 * (styrelse, beredningsgrupp/utvecklingsgrupp, medlemssamråd, övrigt),
 * protocol (the protocol's reference) and attended ("Eva Lind, Sara Ek":
 * names of the board of the meeting's year, each stored as ordinarie or
 * ersättare as the board has them; an unknown name is refused with the
 * board listed; an edit without it matches the names kept against the
 * board of the new date's year). Every change is refused for a closed
 * year and logged. */
struct app_meeting_fields {
	const char *date, *body, *protocol, *attended;
};
int app_meeting_add(struct store *st, const struct app_meeting_fields *f, int64_t *id, struct err *err);
int app_meeting_edit(struct store *st, int64_t id, const struct app_meeting_fields *f, struct err *err);
/* Refused while the meeting has decisions of its own, unless force: then they are removed with it, each logged. */
int app_meeting_remove(struct store *st, int64_t id, int force, struct err *err);
/* A decision of a meeting: kind (finansiering, budget, verksamhetsplan,
 * delårsrapport, årsredovisning, styrdokument, övrigt) and text. */
int app_meeting_decide(struct store *st, int64_t meeting_id, const char *kind, const char *text, int64_t *id,
		       struct err *err);
int app_meeting_decision_edit(struct store *st, int64_t id, const char *kind, const char *text, struct err *err);
int app_meeting_decision_remove(struct store *st, int64_t id, struct err *err);
/* The meetings of `year` (0: all) of body (NULL: all) ("meetings"), and
 * one meeting with its attendees, its decisions (a board meeting's with
 * the funding decisions dated its day) and a board meeting's quorum. */
struct doc *app_report_meetings(struct store *st, int year, const char *body, struct err *err);
struct doc *app_report_meeting(struct store *st, int64_t id, struct err *err);
/* One meeting and (att not NULL) who attended, in the order recorded
 * (the caller frees *att); one decision of a meeting with its meeting. */
int app_meeting_get(struct store *st, int64_t id, struct meeting *m, struct meeting_attendee **att, size_t *n_att,
		    struct err *err);
int app_meeting_decision_get(struct store *st, int64_t id, struct meeting_decision *d, struct meeting *m,
			     struct err *err);
/* 1 when a meeting of body is recorded on day, 0 when none is. */
int app_meeting_held(struct store *st, enum meeting_body body, struct date day, struct err *err);
/* The meetings of `year` held until `until` (that day included), by date
 * (caller frees *out). */
int app_meetings_until(struct store *st, int year, struct date until, struct meeting **out, size_t *n,
		       struct err *err);

/* Removes a line of the year's current budget, found by name, type (NULL:
 * any) and group (NULL: any); refused when more than one line fits. */
int app_budget_remove_line(struct store *st, int year, const char *type, const char *group, const char *name,
			   struct err *err);
/* The forecasts set for the year's interim report ("forecasts"). */
struct doc *app_report_forecasts(struct store *st, int year, struct err *err);

/* For the web's pages of the budget, the members, the board and the year
 * cycle: the records as data, each with what identifies it. */
struct budget;
struct board_member;
/* The year's budget (version 0: the current), released with
 * budget_release; a message a person can act on when there is none. */
int app_budget_load(struct store *st, int year, int version, struct budget *b, struct err *err);
/* The latest version of the year's budget (0: none). */
int app_budget_latest(struct store *st, int year, int *version, struct err *err);
/* The forecasts set for the year's interim report (caller frees *out). */
struct app_forecast {
	char area[128];
	int64_t amount;
	char comment[512];
};
int app_forecast_list(struct store *st, int year, struct app_forecast **out, size_t *n, struct err *err);
/* The members (caller frees *out); with the year's budget, each one's part
 * of its grant in amounts[0..n) (caller frees) and *has_budget 1. */
int app_member_list(struct store *st, struct member **out, size_t *n, struct err *err);
int app_member_contributions(struct store *st, int year, const struct member *m, size_t n, int64_t **amounts,
			     int *has_budget, struct err *err);
/* The board of a year (caller frees *out); one member by id. */
int app_board_list(struct store *st, int year, struct board_member **out, size_t *n, struct err *err);
int app_board_get(struct store *st, int64_t id, struct board_member *out, struct err *err);
/* An entered event of the year cycle by id. */
int app_calendar_get(struct store *st, int64_t id, struct event *out, struct err *err);

/* The participant register. The key for personal identity numbers lives
 * in a file beside the database (key.c): app_key_path puts its name in out
 * (FINSAM_KEY_FILE, else db_path + ".key"; for a PostgreSQL database only
 * FINSAM_KEY_FILE, else ""). The database keeps the key's
 * fingerprint; app_key_load loads the key of st's database (opened from
 * db_path) and refuses, with APP_KEY_REFUSED, a key file that is missing
 * or whose fingerprint is not the recorded one. create makes a key (and
 * records it) only for a database that has never had one: no fingerprint
 * and no hashed number; without create such a database gives
 * APP_KEY_NONE. A key found for a database that has hashes but no
 * fingerprint is tested on them first (key.c). app_key_load_file does the
 * same with the key file at path (a backup's). */
struct app_key {
	unsigned char bytes[32];
};
#define APP_KEY_REFUSED \
	"nyckelfilen saknas eller hör inte till databasen: personnummer kan inte läggas till, ändras eller " \
	"sökas utan rätt nyckel. Lägg tillbaka nyckelfilen från säkerhetskopian (filen med .key bredvid " \
	"kopian) eller återställ hela kopian med 'finsam restore'"
#define APP_KEY_NONE 1
#define APP_KEY_FINGERPRINT_HEX 65
void app_key_path(const char *db_path, char *out, size_t n);
int app_key_load(struct store *st, const char *db_path, int create, struct app_key *key, struct err *err);
int app_key_load_file(struct store *st, const char *path, int create, struct app_key *key, struct err *err);
/* The fingerprint of key, as the database keeps it (hex). */
void app_key_fingerprint(const struct app_key *key, char out[APP_KEY_FINGERPRINT_HEX]);

/* Backups (backup.c). A backup is the copy FILE and its key FILE.key
 * (both mode 0600). progress (may be NULL) is told the pages copied of
 * all. app_backup copies the database at db_path through the engine's
 * online backup (others may write meanwhile), after checking its key;
 * *with_key 0 when the database needs none. app_restore checks the copy
 * (whole, and its key its own) and puts it at db_path with its key
 * (app_key_path), refusing an existing database unless force; the one it
 * replaces is kept as db_path.YYYYMMDD-HHMMSS.bak with its key, named in
 * aside ("" when there was none). app_verify_backup runs on a temporary
 * copy every check of 'finsam check' and two more (backup_integrity,
 * backup_key), as a check document; *failures the failed checks (1 and
 * NULL for a damaged copy; NULL with a message when it cannot be read). */
typedef void (*app_copy_progress)(void *ctx, long done, long total);
int app_backup(const char *db_path, const char *out, app_copy_progress progress, void *ctx, int *with_key,
	       struct err *err);
int app_restore(const char *copy, const char *db_path, int force, char *aside, size_t aside_n,
		app_copy_progress progress, void *ctx, struct err *err);
struct doc *app_verify_backup(const char *copy, int *failures, app_copy_progress progress, void *ctx,
			      struct err *err);

/* Moving a förbund between stores (migrate.c): the förbund at from (a
 * file, a PostgreSQL database, or a förbund of a host, URI#NAME) copied
 * whole into to, which must be new: a file that does not exist, a
 * PostgreSQL database without finsam's records, or a förbund a host does
 * not have yet (made now, with region and hosts as 'forbund add' takes
 * them). The source is brought up to date first, as any opening does.
 * Its key goes with it, to key_to (NULL: where finsam looks for the
 * target's key, app_key_path), mode 0600; a key file there that holds
 * another key is refused. On failure nothing is left of the target but
 * an empty schema a new attempt accepts. *with_key 0 when the förbund
 * needs no key; key_out the key file written or found there. progress
 * (may be NULL) is told each table's rows as they are copied. */
struct app_migrate {
	const char *from, *to, *key_to;
	const char *region;
	const char *const *hosts;
	size_t n_hosts;
};
typedef void (*app_table_progress)(void *ctx, const char *table, long done, long total);
int app_migrate(const struct app_migrate *m, app_table_progress progress, void *ctx, int *with_key, char *key_out,
		size_t key_n, struct err *err);

struct app_participant_fields {
	const char *code, *pnr, *sex, *born, *education;
	int hide_other;   /* a duplicate person is refused without naming their code */
	int must_choose;  /* an empty education is refused, not taken as "okänd" (a form
			     whose choices start empty) */
};
/* The codes no participant may have, NULL-terminated: the names the web's
 * pages under /deltagare/ take ("ny", "import"), and "." and "..", which
 * an address cannot hold. A participant with one of them would have a page
 * no link reaches. Compared without regard to case. */
extern const char *const app_participant_reserved_codes[];

/* Adds a participant; a personal identity number (may be NULL) is checked,
 * hashed with key and forgotten. Every change is written to the audit log. */
int app_participant_add(struct store *st, const struct app_key *key, const struct app_participant_fields *f,
			struct err *err);
/* Adds a participant and enrols them in `insats` in one transaction: both
 * or neither (the web's registration form). */
int app_participant_register(struct store *st, const struct app_key *key, const struct app_participant_fields *f,
			     const char *insats, const char *date, const char *support_before,
			     const char *time_in_support, unsigned flags, struct err *err);
/* Enrols, and exits. flags: ENROLMENT_PLANNED lets a date after today
 * pass, ENROLMENT_FORCE an age outside the target group's (see
 * enrolment_plausible, which every enrolment and exit must pass: no exit
 * before its enrolment, an enrolment within the intervention's
 * participant period); ENROLMENT_CHOOSE refuses a support or reason not
 * chosen. Every year the enrolment counts in must be open. An error names
 * the field at fault (err.field: "insats", "date", "support_before",
 * "time_in_support", "exited", "reason", "support_after", "born"). */
int app_participant_enrol(struct store *st, const char *code, const char *insats, const char *date,
			  const char *support_before, const char *time_in_support, unsigned flags, struct err *err);
int app_participant_exit(struct store *st, const char *code, const char *insats, const char *date,
			 const char *reason, const char *support_after, unsigned flags, struct err *err);
/* Imports a participant list (CSV, one row per enrolment; see
 * docs/formats.md). All rows or none; every bad row is listed. A row is
 * checked by the same rules as the commands; a date after today is
 * always refused, an age outside the target group's unless flags has
 * ENROLMENT_FORCE. */
struct app_participant_import {
	long participants, enrolments;
};
int app_import_participants(struct store *st, const struct app_key *key, const char *file, unsigned flags,
			    struct app_participant_import *res, struct err *err);
/* As app_import_participants, and every bad row is added to rows (may be NULL). */
int app_import_participants_rows(struct store *st, const struct app_key *key, const char *file, unsigned flags,
				 struct app_participant_import *res, struct app_import_errors *rows,
				 struct err *err);

/* Corrections of the register. Each checks the new values by the same
 * rules as the addition, refuses a change that touches a closed year (an
 * enrolment touches every year from its enrolment to its exit, or to
 * today while it is open), and writes the record's values before and
 * after to the audit log in the same transaction: a personal identity
 * number only as "given" or "none". */
/* Changes participant `code`: the given fields of f (NULL: keep; f->code
 * a new code); f->pnr a new personal identity number (hashed with key),
 * or remove_pnr to forget the one given. A new sex, year of birth or
 * education changes the statistics of every year of their enrolments. */
int app_participant_edit(struct store *st, const struct app_key *key, const char *code,
			 const struct app_participant_fields *f, int remove_pnr, unsigned flags, struct err *err);
/* Removes participant `code` with their enrolments. */
int app_participant_remove(struct store *st, const char *code, struct err *err);
/* The fields of an enrolment as given (NULL: keep; for a new enrolment
 * the defaults "okänd" and "ingen"); exited, reason and support_after
 * make or change its exit (with must_choose, as a form gives every field,
 * an empty exited leaves it open). */
struct app_enrolment_fields {
	const char *insats, *date, *support_before, *time_in_support;
	const char *exited, *reason, *support_after;
	int must_choose;  /* an empty support, time in support or reason is refused, not
			     given its default (a form whose choices start empty) */
};
/* Changes enrolment `id` (as 'participant show' gives it). */
int app_enrolment_edit(struct store *st, const char *id, const struct app_enrolment_fields *f, unsigned flags,
		       struct err *err);
int app_enrolment_remove(struct store *st, const char *id, struct err *err);
/* Undoes the latest exit of participant `code` from `insats`: the
 * enrolment is open again (refused when another one there is open). */
int app_participant_exit_undo(struct store *st, const char *code, const char *insats, struct err *err);
/* Participant statistics of `year`, for one intervention or all (NULL);
 * protected_ hides cells of 1 to threshold−1 people and enough others.
 * threshold 0 takes the setting min-cell; a threshold below the setting
 * is refused when protected_. */
struct doc *app_report_participants(struct store *st, int year, const char *insats, int protected_,
				    int threshold, struct err *err);
/* Removes what identifies participants who left before `before` (a date),
 * keeping every year's statistics; *count gets how many. */
int app_participant_purge(struct store *st, const char *before, int64_t *count, struct err *err);
/* The register extract of the person with personal identity number pnr
 * (found by its hash with key): everything stored about them, as
 * app_report_participant gives it; code (may be NULL) gets their code.
 * The extract is written to the audit log under the code, never with
 * the number. */
struct doc *app_participant_extract(struct store *st, const struct app_key *key, const char *pnr, char *code,
				    size_t code_n, struct err *err);
/* Erases what identifies participant `code` at their request: the code
 * becomes anonym-ID (into new_code, may be NULL) and the hash of the
 * personal identity number is forgotten; the statistics stay the same.
 * Refused while the participant is enrolled somewhere. Logged under the
 * new code. */
int app_participant_anonymise(struct store *st, const char *code, char *new_code, size_t n, struct err *err);
/* The förbund's settings ("min-cell"): an integer setting's value (its
 * default when not set); setting one checks its range and writes the change
 * to the audit log; the report lists them all. */
int app_setting_int(struct store *st, const char *key, int *out, struct err *err);
int app_setting_set(struct store *st, const char *key, const char *value, struct err *err);
struct doc *app_report_settings(struct store *st, struct err *err);
/* One participant with enrolments (code), or all participants (NULL). */
struct doc *app_report_participant(struct store *st, const char *code, struct err *err);
struct doc *app_report_audit(struct store *st, struct err *err);

/* NNS indicator surveys. app_import_survey reads the survey tool's CSV
 * (see docs/formats.md); year, when not 0, is the year of lines without
 * one, and a line of another year is an error. For each year, group and
 * intervention (or none) in the file, what was stored before is replaced.
 * All lines or none: every bad line is listed. */
struct app_survey_import {
	long lines;               /* answer lines stored */
	long replaced;            /* lines stored before that the file replaced */
	long combinations;        /* years × groups × interventions in the file */
	int cp1252;               /* the file was read as Windows-1252 */
	int year;                 /* the year of the first line stored */
};
int app_import_survey(struct store *st, const char *file, int year, struct app_survey_import *res,
		      struct err *err);
/* As app_import_survey, and every bad line is added to rows (may be
 * NULL); name is the file's name as the person knows it, for the log (a
 * web upload's own name; NULL: file). */
int app_import_survey_rows(struct store *st, const char *file, const char *name, int year,
			   struct app_survey_import *res, struct app_import_errors *rows, struct err *err);
/* Removes the answers of `year` from group (a word or key) for one
 * intervention (an id or a name), or those of no intervention (NULL):
 * what one 'survey import' of them replaces. Refused when the year is
 * closed or there are none; logged. *removed gets how many lines went. */
int app_survey_remove(struct store *st, int year, const char *group, const char *insats, int64_t *removed,
		      struct err *err);
/* What is stored of the year's answers, one entry per group and
 * intervention (what one import replaces and app_survey_remove removes):
 * by group, then intervention (0 and insats "": none). The caller frees
 * *out. */
struct app_survey_batch {
	int group;                /* enum survey_group */
	int64_t intervention_id;
	char insats[200];         /* the intervention's name */
	long lines;               /* answer lines: question × sex */
	int64_t answers;          /* the answers on all steps */
};
int app_survey_batches(struct store *st, int year, struct app_survey_batch **out, size_t *n, struct err *err);
/* The year's survey results per group and question, for one intervention
 * (an id or a name) or all (NULL); with protected_ set, protected with the
 * setting min-cell, put in *threshold (0 when unprotected). The caller
 * releases out with survey_stats_release; on failure there is nothing to
 * release. For documents that include the survey tables (doc_survey_tables). */
int app_survey_stats(struct store *st, int year, const char *insats, int protected_, struct survey_stats *out,
		     int *threshold, struct err *err);
/* The survey results of `year` as a document: one table per respondent
 * group, or only group (a group word such as "deltagare avslut" or a key
 * such as "participants_exit"; NULL: all), for one intervention or all. */
struct doc *app_report_survey(struct store *st, int year, const char *group, const char *insats, int protected_,
			      struct err *err);

/* Adds a member: kind is stat, region or kommun; key (may be NULL for 1) is
 * the share key within the kind, such as the municipality's population. */
int app_member_add(struct store *st, const char *name, const char *kind, const char *key,
		   struct member *out, struct err *err);
struct doc *app_report_members(struct store *st, struct err *err);

/* Builds the demo förbund from the SIE files and members.csv in dir into a
 * new database at db_path; *year gets the latest year. */
int app_demo(const char *db_path, const char *dir,
	     const struct app_progress *progress, int *year, struct err *err);

/* Goals of a plan year: add one (number NULL: the next free), a result
 * goal under goal_ref ("1"; *out_ref gets "1.2"), an assessment of a goal
 * ("1") or result goal ("1.2") for a period ("interim", "annual"), with a
 * measured value for a result goal. */
struct app_result_fields {
	const char *text, *follow_up, *indicator, *target, *unit, *insats;
	int at_most;
	int no_at_most;   /* app_goal_edit: the target is no longer a ceiling */
};
int app_goal_add(struct store *st, int year, const char *number, const char *title, const char *area,
		 const char *description, int *out_number, struct err *err);
int app_goal_result_add(struct store *st, int year, const char *goal_ref, const struct app_result_fields *f,
			char *out_ref, size_t out_n, struct err *err);
int app_goal_assess(struct store *st, int year, const char *ref, const char *period, const char *status,
		    const char *value, const char *comment, struct err *err);
/* Corrections of a plan year's goals, refused when the year is closed
 * and logged with the values before and after. ref is a goal ("1") or a
 * result goal ("1.2"), as 'goal list' shows them. app_goal_edit changes
 * the given fields (NULL: keep) of a goal (gf) or of a result goal (rf:
 * target "" removes the target, insats "" follows all interventions; the
 * same checks as app_goal_result_add). app_goal_remove removes a result
 * goal, or a goal without result goals, with their assessments. An
 * assessment is changed by assessing again (app_goal_assess) and removed
 * by app_goal_assessment_remove. */
struct app_goal_fields {
	const char *number, *title, *area, *description;
};
int app_goal_edit(struct store *st, int year, const char *ref, const struct app_goal_fields *gf,
		  const struct app_result_fields *rf, struct err *err);
int app_goal_remove(struct store *st, int year, const char *ref, struct err *err);
int app_goal_assessment_remove(struct store *st, int year, const char *ref, const char *period, struct err *err);
/* The value of a result goal's indicator in `year` from the records, as
 * they stood at *until (NULL: the whole year); the books' measures (equity
 * share, within budget) only once the year has ended. */
int app_indicator_value(struct store *st, int year, const struct date *until, const struct result_goal *r,
			int threshold, struct indicator_value *out, struct err *err);
/* Loads the year's goals with their values (as at *until, NULL: the whole
 * year); release with app_goals_release. */
int app_goals_load(struct store *st, int year, const struct date *until, struct goals_data *g, struct err *err);
void app_goals_release(struct goals_data *g);
/* The indicators of `year` whose result goals follow intervention `which` up. */
struct doc *app_report_insats_indicators(struct store *st, int year, const char *which, struct err *err);
/* The goals of a year, their indicators and assessments. */
struct doc *app_report_goals(struct store *st, int year, struct err *err);
/* The board's composition in a year: name, role ("ordförande", "vice
 * ordförande", "ledamot", "ersättare") and the appointing member. */
int app_board_add(struct store *st, int year, const char *name, const char *role, const char *appointed_by,
		  struct err *err);
struct doc *app_report_board(struct store *st, int year, struct err *err);

/* The governing documents (policy.c). `which` names one by its id or its
 * name. add: kind (NULL: found from the name, else övrigt), revise_by and
 * note may be NULL. revise records a revision adopted on date, not before
 * the one before it; revise_by (NULL: none) lies after the adoption.
 * edit changes the fields given (NULL keeps one; revise_by "" removes the
 * date); remove removes the document with its revisions; revision_remove
 * one revision by its id (as 'policy show' gives it). Each is logged. */
int app_policy_add(struct store *st, const char *name, const char *kind, const char *adopted, const char *revise_by,
		   const char *note, struct err *err);
int app_policy_revise(struct store *st, const char *which, const char *date, const char *revise_by, const char *note,
		      struct err *err);
int app_policy_edit(struct store *st, const char *which, const char *name, const char *kind, const char *adopted,
		    const char *revise_by, const char *note, struct err *err);
int app_policy_remove(struct store *st, const char *which, struct err *err);
int app_policy_revision_remove(struct store *st, int64_t id, struct err *err);
/* Every governing document, summarised (policy_summarise), in the order
 * of the kinds and then by name; the caller frees *out. One document with
 * its revisions by day (*revs freed by the caller; may be NULL). */
struct policy;
struct policy_revision;
int app_policy_list(struct store *st, struct policy **out, size_t *n, struct err *err);
int app_policy_get(struct store *st, const char *which, struct policy *out, struct policy_revision **revs,
		   size_t *n_revs, struct err *err);
/* The list as of today ("policies"), and one document with its revisions. */
struct doc *app_report_policies(struct store *st, struct err *err);
struct doc *app_report_policy(struct store *st, const char *which, struct err *err);

/* The internal control plan (control.c). Each change is validated,
 * refused in a closed year and logged. The fields are as given (NULL:
 * not given, kept by an edit). A risk belongs to a year's analysis
 * (year NULL: this year); probability and consequence are 1-4. A risk
 * with control actions, and an action with follow-ups, are removed only
 * after those. risk_copy copies the analysis of `from` (its risks and
 * their actions) into `to`, which must have none. control_adopt records
 * the meeting that adopted the year's plan; follow_up records the result
 * of an action for a period (NULL: the latest that ended before the
 * meeting) at a meeting. */
struct app_risk_fields {
	const char *year, *area, *text, *probability, *consequence, *owner;
};
struct app_action_fields {
	const char *risk, *what, *frequency, *owner, *report_to;
};
struct app_followup_fields {
	const char *meeting, *period, *result, *comment, *measure;
};
int app_risk_add(struct store *st, const struct app_risk_fields *f, int64_t *id, struct err *err);
int app_risk_edit(struct store *st, int64_t id, const struct app_risk_fields *f, struct err *err);
int app_risk_remove(struct store *st, int64_t id, struct err *err);
int app_risk_copy(struct store *st, int from, int to, size_t *copied, struct err *err);
int app_control_add(struct store *st, const struct app_action_fields *f, int64_t *id, struct err *err);
int app_control_edit(struct store *st, int64_t id, const struct app_action_fields *f, struct err *err);
int app_control_remove(struct store *st, int64_t id, struct err *err);
int app_control_adopt(struct store *st, int year, int64_t meeting_id, struct err *err);
int app_control_follow_up(struct store *st, int64_t action_id, const struct app_followup_fields *f, int64_t *id,
			  struct err *err);
int app_control_followup_remove(struct store *st, int64_t id, struct err *err);
/* One risk; one action with its risk (r may be NULL); one follow-up with
 * its action and risk. The year's risks, and its actions (of risk_id, 0:
 * of all) and follow-ups (of action_id, 0: of all), in their order; the
 * caller frees *out. */
struct risk;
struct control_action;
struct control_followup;
int app_risk_get(struct store *st, int64_t id, struct risk *out, struct err *err);
int app_control_get(struct store *st, int64_t id, struct control_action *a, struct risk *r, struct err *err);
int app_control_followup_get(struct store *st, int64_t id, struct control_followup *f, struct control_action *a,
			     struct risk *r, struct err *err);
int app_risk_list(struct store *st, int year, struct risk **out, size_t *n, struct err *err);
int app_control_list(struct store *st, int year, int64_t risk_id, struct control_action **out, size_t *n,
		     struct err *err);
int app_control_followups(struct store *st, int year, int64_t action_id, struct control_followup **out, size_t *n,
			  struct err *err);
/* The year's risk analysis ("risks", the matrix), one risk with its
 * actions, the actions with their follow-ups, and the whole plan
 * (Internkontrollplan: the report 'control'). */
struct doc *app_report_risks(struct store *st, int year, struct err *err);
struct doc *app_report_risk(struct store *st, int64_t id, struct err *err);
struct doc *app_report_controls(struct store *st, int year, struct err *err);
struct doc *app_report_control(struct store *st, int year, struct err *err);
/* The plan as the business plan lists it: its adoption, the risk analysis
 * with the matrix and the control actions, without the follow-up. */
struct doc *app_report_control_plan(struct store *st, int year, struct err *err);

/* The board's governance from the records (governance.c; Styrning och
 * uppföljning): the meetings of each body, the decisions, the governing
 * documents with their revisions and the internal control plan's
 * follow-up, over `year` or from its first day to `until` (the year when
 * it is its last day); the annual and interim reports graft it. */
struct doc *app_report_governance(struct store *st, int year, struct err *err);
struct doc *app_report_governance_until(struct store *st, struct date until, struct err *err);

/* The annual report of `year` (årsredovisning): the users' texts, the
 * five-year overview, the board, goal fulfilment, the interventions'
 * follow-up, participant statistics with charts (protected), activities,
 * the statements, the driftredovisning, the notes and the signatures. */
struct doc *app_report_annual(struct store *st, int year, struct err *err);
/* The same in unit: MONEY_TKR shows thousands, the statements, the
 * driftredovisning and the notes rounded so that each adds up; anything
 * else whole kronor (app_report_annual). Programs read exact öre. */
struct doc *app_report_annual_unit(struct store *st, int year, int64_t unit, struct err *err);
/* The business plan with budget of plan year `year` (verksamhetsplan och
 * budget): the texts, the goals with follow-up, the year cycle, the budget
 * and the equity forecast. */
struct doc *app_report_plan(struct store *st, int year, struct err *err);
/* The same in unit: MONEY_TKR shows the budget, the members' shares and
 * the equity forecast in thousands, each table adding up. */
struct doc *app_report_plan_unit(struct store *st, int year, int64_t unit, struct err *err);
/* The gate of the published documents (the annual report, the interim
 * report and the plan of `year`). app_document_checks runs app_check on
 * the year's books, or on the latest year before it when the database has
 * none for it (a plan or an interim report ahead of its books); with no
 * books at all before it nothing is checked (*checked_year 0, out empty).
 * The caller releases out.
 * app_document_gate runs them for document d: when every check holds it
 * marks d final and returns 0; when one fails it marks d a draft naming the
 * failing checks and returns 0 if draft is set, else returns APP_REFUSED
 * and leaves d as it was (the failing checks are in out). -1 with a
 * message when the checks could not run. */
#define APP_REFUSED 1
int app_document_checks(struct store *st, int year, struct check_report *out, int *checked_year,
			struct err *err);
int app_document_gate(struct store *st, int year, int draft, struct doc *d, struct check_report *out,
		      int *checked_year, struct err *err);

/* The interim report (delårsrapport) until a date: the comments, the goals'
 * status with comments, and the cost table with forecasts
 * (app_report_interim, whose JSON keys it keeps), and the period's
 * statements; in unit MONEY_TKR every amount in thousands, each table
 * adding up, else whole kronor. Programs read exact öre. */
struct doc *app_report_interim_doc(struct store *st, struct date until, int64_t unit, struct err *err);

/* Changes made through st from now on are written to the audit log as
 * made by `user` (the web's logged-in user) instead of the login name. */
void app_as(struct store *st, const char *user);

/* Closed years. A year is closed when the board has adopted its annual
 * report (fastställd): from then on nothing its documents use can be
 * added, changed or removed, and the documents say when it was adopted.
 * Only an administrator closes and reopens a year: actor is the user who
 * acts (the web's logged-in user; on the command line app_operator). Each
 * is one transaction with its line in the audit log ("fastställ år",
 * "öppna år" with the reason).
 *
 * app_year_close needs a year with books, an adoption date after the
 * fiscal year's end and not after today, and a year not yet closed.
 * app_year_reopen needs a closed year and a reason (not blank). */
int app_year_close(struct store *st, const struct user *actor, int year, const char *adopted, struct err *err);
int app_year_reopen(struct store *st, const struct user *actor, int year, const char *reason, struct err *err);
/* 1 and the adoption date (adopted may be NULL) when `year` is closed, 0
 * when it is open, -1 on error. */
int app_year_adopted(struct store *st, int year, struct date *adopted, struct err *err);
/* The person at the command line, who acts as an administrator (as for
 * 'finsam user add'), named as the audit log names them. */
void app_operator(struct store *st, struct user *out);

/* A year as 'finsam year list' shows it. */
struct app_year {
	int year;
	int has_books, has_budget, closed;
	struct period period;     /* the fiscal year, when it has books */
	struct date adopted;      /* when closed */
};
/* Every year with books, a budget or a closing, by year; *out freed by the
 * caller with free(). */
int app_years(struct store *st, struct app_year **out, size_t *n, struct err *err);
struct doc *app_report_years(struct store *st, struct err *err);

/* The users of the web pages. app_user_add checks the name, the role
 * (admin, registrar, board, auditor or the Swedish words) and the
 * password (password_check), and gives a registrar the interventions in
 * insatser[0..n) (ids or names, each value may be a comma list; a
 * registrar needs at least one, the other roles none). Passwords are kept
 * only as Argon2id hashes. A new password or a disabled user ends the
 * user's sessions. Every change is written to the audit log. */
int app_user_add(struct store *st, const char *name, const char *role, const char *const *insatser, size_t n,
		 const char *password, struct err *err);
int app_user_passwd(struct store *st, const char *name, const char *password, struct err *err);
int app_user_disable(struct store *st, const char *name, struct err *err);
/* Turns a disabled user on again. */
int app_user_enable(struct store *st, const char *name, struct err *err);
/* Gives user name a new role (NULL keeps it) and the interventions in
 * insatser[0..n) in place of the ones they had, by the rules of
 * app_user_add; refused when it would leave no active administrator. */
int app_user_edit(struct store *st, const char *name, const char *role, const char *const *insatser, size_t n,
		  struct err *err);
/* Every user, by name (caller frees *out). */
int app_user_list(struct store *st, struct user **out, size_t *n, struct err *err);
struct doc *app_report_users(struct store *st, struct err *err);

/* A logged-in user's session. */
struct app_session {
	struct user user;
	struct session s;
};
struct app_login {
	char token[65];      /* for the browser's cookie: the only copy */
	int64_t wait;        /* when throttled: seconds until the next try */
	struct app_session session;
};
#define APP_LOGIN_THROTTLED (-2)
/* Logs name in with password from address at time now (seconds since
 * 1970). Returns 0 with a new session in out; -1 with "fel användarnamn
 * eller lösenord" (the same whether the name exists, the password is wrong
 * or the user is disabled; the failure is recorded); APP_LOGIN_THROTTLED
 * when too many recent failures of the name from this address make it
 * wait (out->wait seconds, THROTTLE_* in model/user.h; the password is
 * then not even tried, and after the wait the right one logs in). Failures
 * from other addresses, or of other names, do not count. A success
 * forgets the name's failures from this address. */
int app_login(struct store *st, const char *name, const char *password, const char *address, int64_t now,
	      struct app_login *out, struct err *err);
/* The session of token at now: 0 (and last seen now), 1 when there is
 * none, it has expired (idle seconds without a request, 0: SESSION_IDLE;
 * or SESSION_MAX since the login) or its user is disabled; -1 on error. */
int app_session_get(struct store *st, const char *token, int64_t now, int64_t idle, struct app_session *out,
		    struct err *err);
/* Ends the session of token (none is no error). */
int app_logout(struct store *st, const char *token, struct err *err);

/* ---- the host's region users (region.c) ----
 * Users of a host of many förbund, not of any förbund, with the role
 * "region": each reads the national follow-up summed over one region's
 * förbund or every förbund of the host, and nothing of a förbund's own
 * records. The host's administrator manages them, and the host names of
 * the region pages, on host_uri (a PostgreSQL database without a förbund:
 * a file or a förbund is refused, "… kräver en värd"). Every change is
 * written to the host's audit log with who made it. A region user is
 * added with a password (the rules and the hash of app_user_add) and
 * exactly one of region (a region some förbund of the host belongs to)
 * and all. */
int app_region_user_add(const char *host_uri, const char *name, const char *region, int all, const char *password,
			struct err *err);
/* Turns the region user off and ends their sessions. */
int app_region_user_disable(const char *host_uri, const char *name, struct err *err);
/* Turns a disabled region user on again; refused when they are not disabled. */
int app_region_user_enable(const char *host_uri, const char *name, struct err *err);
/* Gives the region user a new password (the rules of app_user_add), ends
 * their sessions and forgets their failed logins. */
int app_region_user_password(const char *host_uri, const char *name, const char *password, struct err *err);
struct doc *app_report_region_users(const char *host_uri, struct err *err);
/* A host name the web shows the region pages on, for region or all (as a
 * user's); refused when a förbund or the region pages have it already. */
int app_region_host_add(const char *host_uri, const char *host, const char *region, int all, struct err *err);
struct doc *app_report_region_hosts(const char *host_uri, struct err *err);
/* The host's audit log (forbund add, the region users and host names),
 * the last limit rows (0: all) oldest first: id, at (UTC; ISO 8601 for
 * programs), actor, action, detail. */
struct doc *app_report_host_audit(const char *host_uri, int64_t limit, struct err *err);
/* The region pages' host name host (as a request's Host header gives it),
 * on a host's store: 0 with its scope in out, STORE_NOT_FOUND when it is
 * none, -1 on error. */
int app_region_host_of(struct store *host, const char *host_name, struct region_host *out, struct err *err);
/* The regions of the host's förbund, by name, on a host's store that is
 * open already (the region page's chooser); the caller frees *out. */
int app_region_list(struct store *host, struct region_scope **out, size_t *n, struct err *err);

/* A region user's session, and logging in at a region host name whose
 * scope is `at`. app_region_login is app_login for the host's users: the
 * same answers, throttling and hashes, with the host's own users,
 * sessions and failed logins; a user of a förbund is no user here, and a
 * region user whose scope does not cover at fails as a wrong password
 * does. app_region_session_get is app_session_get, and also ends (1) a
 * session whose user's scope does not cover at. */
struct app_region_session {
	struct region_user user;
	struct session s;
};
struct app_region_login {
	char token[65];
	int64_t wait;
	struct app_region_session session;
};
int app_region_login(struct store *host, const struct region_scope *at, const char *name, const char *password,
		     const char *address, int64_t now, struct app_region_login *out, struct err *err);
int app_region_session_get(struct store *host, const struct region_scope *at, const char *token, int64_t now,
			   int64_t idle, struct app_region_session *out, struct err *err);
int app_region_logout(struct store *host, const char *token, struct err *err);

/* For the web's pages. */
/* Every intervention (caller frees *out); one by id or name. */
int app_insats_list(struct store *st, struct intervention **out, size_t *n, struct err *err);
int app_insats_find(struct store *st, const char *which, struct intervention *iv, struct err *err);
/* The interim report's figures until a date (the caller releases out with
 * interim_release); *version (may be NULL) gets the budget version. */
int app_interim_figures(struct store *st, struct date until, struct interim *out, int *version, struct err *err);
/* The year's participant statistics over all interventions, protected
 * with the setting min-cell (put in *threshold). */
int app_participant_stats(struct store *st, int year, struct pstats *out, int *threshold, struct err *err);
/* The year cycle of `year` (entered and standard events, by date; the
 * caller frees *out). */
int app_calendar_events(struct store *st, int year, struct event **out, size_t *n, struct err *err);
/* The same with the meetings recorded until as_of (that day included)
 * marking the planned events they held, and each one no event planned
 * added as held (meeting_cycle): the year cycle as app_report_calendar_at
 * shows it. */
int app_calendar_events_at(struct store *st, int year, struct date as_of, struct event **out, size_t *n,
			   struct err *err);
/* Ready marks (klarmarkering, ready.c): an intervention's figures for
 * period ("helår"/"annual" or "delår"/"interim") of year marked ready by
 * the current actor, or the mark taken back; both logged. Refused for a
 * year after this one, a year the intervention does not run, a mark that
 * is already there (or, to take back, is not); err.field names "insats",
 * "year" or "period" when that is what is wrong. */
int app_ready_mark(struct store *st, const char *insats, const char *year, const char *period, struct err *err);
int app_ready_unmark(struct store *st, const char *insats, const char *year, const char *period, struct err *err);
/* The interventions running in year (*iv) and the year's marks (*marks);
 * the caller frees both. */
int app_ready_status(struct store *st, int year, struct intervention **iv, size_t *n_iv, struct ready_mark **marks,
		     size_t *n_marks, struct err *err);
/* The same as a document ("ready": intervention, period, status, by, when). */
struct doc *app_report_ready(struct store *st, int year, struct err *err);

/* The participants of u's interventions to follow up (overview.c): an
 * enrolment open for more than APP_FOLLOWUP_DAYS on today, or one whose
 * support before or education is "okänd". *out freed with free(). */
#define APP_FOLLOWUP_DAYS 365
struct app_followup {
	char code[64];
	char insats[200];
	char why[160];
};
int app_followup_list(struct store *st, const struct user *u, struct date today, struct app_followup **out,
		      size_t *n, struct err *err);

/* The part of the participant register user u may see: every participant
 * for an administrator or an auditor; for a registrar those enrolled in
 * their interventions, with only those enrolments; refused for the board.
 * Release with app_register_release. */
struct app_register {
	struct participant *p;
	size_t n_p;
	struct enrolment *e;
	size_t n_e;
	struct intervention *iv;
	size_t n_iv;
};
int app_register_load(struct store *st, const struct user *u, struct app_register *out, struct err *err);
void app_register_release(struct app_register *r);
/* 1 when u may see participant code (0 also when there is none), -1 on error. */
int app_participant_visible(struct store *st, const struct user *u, const char *code, struct err *err);

/* ---- the books and the log for the auditor (books_search.c, audit_search.c) ---- */

/* The accounts of the year with opening balance, turnover and closing
 * balance (rows keyed by account number, in the table "accounts"). */
struct doc *app_books_accounts(struct store *st, int year, struct err *err);

/* A search among the verifications of year, as typed in a form ("" or
 * NULL: any): number ("12", "A12"), dates from and to (YYYY-MM-DD),
 * account and amount (kronor, "1 250,50") of one transaction; page from
 * 1, per_page hits a page (0: APP_VER_PAGE). A field that is wrong gives
 * -1 with err naming it ("from", "to", "account", "amount", "year"). */
#define APP_VER_PAGE 50
struct app_ver_query {
	const char *number, *from, *to, *account, *amount;
	long page;
	size_t per_page;
};
struct app_ver_hit {
	int64_t id;
	char series[16];
	char number[32];
	struct date date;
	char text[256];
	int64_t debit;             /* the sum of its debits, öre */
};
struct app_ver_result {
	int64_t count;             /* every hit, on every page */
	long page, pages;          /* this page and how many there are (at least 1) */
	struct app_ver_hit *hits;  /* this page's */
	size_t n;
};
int app_ver_search(struct store *st, int year, const struct app_ver_query *q, struct app_ver_result *out,
		   struct err *err);
void app_ver_result_release(struct app_ver_result *r);
/* One verification (its id) with its transactions; *year its fiscal
 * year. NULL with a message on failure, *missing 1 when there is no
 * verification with the id. */
struct doc *app_ver_show(struct store *st, int64_t id, int *year, int *missing, struct err *err);
/* The labels of the years that have books, newest first (*out freed by
 * the caller). */
int app_book_years(struct store *st, int **out, size_t *n, struct err *err);

/* The version of the records: it grows with every change (each writes
 * the audit log), made through any server, command or import, so that
 * what is kept of a page made from them can tell it is out of date. */
int app_data_version(struct store *st, int64_t *version, struct err *err);

/* A page of the audit log, newest first, with the times in local time
 * ("2026-12-02 14:05"): the lines of user actor, action, the kind of
 * record (see app_record_kind_label), from and to (local dates,
 * YYYY-MM-DD) and with the text, each "" or NULL for any. */
#define APP_AUDIT_PAGE 50
struct app_audit_query {
	const char *actor, *action, *record_kind, *from, *to, *text;
	long page;
	size_t per_page;           /* 0: APP_AUDIT_PAGE */
};
struct app_audit_page {
	struct doc *doc;
	int64_t count;
	long page, pages;
};
int app_audit_search(struct store *st, const struct app_audit_query *q, struct app_audit_page *out,
		     struct err *err);
/* The users (which 0) and actions (1) found in the log, or the kinds of
 * record (2) it may hold, to choose among; freed with app_strings_free. */
int app_audit_choices(struct store *st, int which, char ***out, size_t *n, struct err *err);
void app_strings_free(char **v, size_t n);
/* A kind of record in Swedish ("decision": "Beslut"); the key itself when unknown. */
const char *app_record_kind_label(const char *kind);

/* The participant list a page at a time (people_search.c), as the form
 * gives it ("" or NULL: any): a part of the code, an intervention (its
 * id), the state of the enrolments ("pagaende", "avslutade"), a year in
 * which they were enrolled, and the order ("kod", "kod-omvand",
 * "fodelsear", "senaste"). A registrar sees the participants and
 * enrolments of their own interventions only; the board is refused. A
 * wrong field: -1 with err naming it ("year", "state", "insats"). */
#define APP_PARTICIPANT_PAGE 50
struct app_participant_query {
	const char *code, *insats, *state, *year, *sort;
	long page;
	size_t per_page;            /* 0: APP_PARTICIPANT_PAGE */
};
struct app_participant_page {
	struct participant *p;      /* this page's participants */
	size_t n;
	struct enrolment *e;        /* their enrolments the user may see */
	size_t n_e;
	struct intervention *iv;    /* the interventions the user may choose among */
	size_t n_iv;
	int64_t count;
	long page, pages;
};
int app_participant_search(struct store *st, const struct user *u, const struct app_participant_query *q,
			   struct app_participant_page *out, struct err *err);
void app_participant_page_release(struct app_participant_page *p);

/* The interventions a page at a time, as the form gives them ("" or
 * NULL: any): a part of the name or the project owner, the kind (its key
 * or Swedish word), the state today ("pagaende", "avslutade"), a year in
 * which they ran (and whose status the list shows; none: this year's),
 * the order ("namn", "start": newest first, "slut"). The
 * list is short (tens), so it is filtered here, over the store's list. A
 * wrong field: -1 with err naming it ("kind", "year", "state"). */
#define APP_INSATS_PAGE 50
struct app_insats_query {
	const char *text, *kind, *state, *year, *sort;
	long page;
	size_t per_page;            /* 0: APP_INSATS_PAGE */
};
struct app_insats_page {
	struct doc *doc;            /* the table "interventions" of this page */
	int64_t count;
	long page, pages;
};
int app_insats_search(struct store *st, const struct app_insats_query *q, struct app_insats_page *out,
		      struct err *err);

#endif
