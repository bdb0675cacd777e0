/*
 * app_int.h: what the use-case files share, seen only by the files of app/.
 */
#ifndef FINSAM_APP_APP_INT_H
#define FINSAM_APP_APP_INT_H

#include <stdint.h>

#include "model/books.h"
#include "model/budget.h"
#include "model/history.h"
#include "model/interim.h"
#include "model/intervention.h"
#include "model/operating.h"
#include "model/pstats.h"
#include "store/store.h"

struct err;
struct store;

/* The association, or an empty one when the database has none yet. */
int app_load_association(struct store *st, struct association *a, struct err *err);

/* The year's budget (version 0: the current), with a message a person can
 * act on when there is none. The caller releases b. */
int app_load_budget(struct store *st, int year, int version, struct budget *b, struct err *err);

/* 1 when s is an account list such as "4010-4019,4030" (or empty). */
int app_accounts_valid(const char *s);

/* Booked sums per account and object list. */
struct sums {
	struct account_sum *a;
	size_t n, cap;
};

/* Appends the year's result per income-statement account (and object list,
 * when the year has transactions) to out. */
int app_year_sums(struct store *st, const struct fiscal_year *fy, struct sums *out,
		  struct err *err);

/* Writes n bytes to path, readable by its owner only, whole or not at
 * all (through a temporary file renamed into place); excl refuses an
 * existing path (backup.c). */
int app_write_private(const char *path, const void *bytes, size_t n, int excl, struct err *err);

/* Who makes a change through st, for the audit log: the user app_as
 * named (the web's logged-in user), else the login name, or "okänd". */
const char *app_actor(struct store *st);

/* What logging in to the web shares, a förbund's users' and the host's
 * (user.c, region.c): libsodium started; a password's Argon2id hash
 * (out: crypto_pwhash_STRBYTES bytes); whether password is hash's (hash
 * NULL, for a user that does not exist: 0, after as long a wait as for
 * one that does); a session's new token (64 hex digits) and the hash the
 * database keeps of it (-1 when token is not 64 lower-case hex digits);
 * the message of a throttled login. */
int app_crypto_ready(struct err *err);
int app_password_hash(const char *password, char *out, struct err *err);
int app_password_verify(const char *hash, const char *password);
void app_token_new(char out[65]);
int app_token_hash(const char *token, char out[65]);
void app_login_wait_message(struct err *err, int64_t wait);

/* The steps of a login and of finding a session, the same for a
 * förbund's users (REALM_FORBUND, user.c) and the host's region users
 * (REALM_HOST, region.c); only finding the user and what makes it welcome
 * differ. */
struct session;
/* A login's first step: forgets failures and sessions too old to count,
 * then 0 to go on, or APP_LOGIN_THROTTLED with *wait (seconds) and the
 * message when name has failed too often from address of late; -1 on
 * error. */
int app_login_begin(struct store *st, enum realm r, const char *name, const char *address,
		    int64_t now, int64_t *wait, struct err *err);
/* A login refused: the failure noted, -1 with "fel användarnamn eller
 * lösenord" whatever the reason. */
int app_login_refused(struct store *st, enum realm r, const char *name, const char *address,
		      int64_t now, struct err *err);
/* A login that passed: a new session of user_id in *s, its token (the
 * only copy) in token, and name's failures forgotten; 0, or -1. */
int app_login_session(struct store *st, enum realm r, int64_t user_id, const char *name,
		      const char *address, int64_t now, char token[65], struct session *s, struct err *err);
/* The live session of token at now into *s and the hash of its token into
 * h: 0; 1 when there is none or it has expired (idle seconds without a
 * request, or SESSION_MAX since the login: then it is removed); -1. */
int app_session_find(struct store *st, enum realm r, const char *token, int64_t now,
		     int64_t idle, struct session *s, char h[65], struct err *err);
/* The last step of finding a session, once its user is read: a session
 * whose user is gone or not welcome (disabled) is removed, 1; else its
 * use at now is noted once in a while (a write spared on most requests;
 * during an import it waits for a later request), 0; -1 on error. */
int app_session_keep(struct store *st, enum realm r, const char *h, struct session *s, int welcome,
		     int64_t now, struct err *err);
/* Whether uri names a host's database: a PostgreSQL one, without a
 * förbund after '#' (forbund.c). */
int app_host_uri(const char *uri);
/* A logout: the session of token removed (0 when there is none). */
int app_session_end(struct store *st, enum realm r, const char *token, struct err *err);

/* Finds an intervention by id ("3") or name, with a message naming
 * 'finsam insats list' when there is none. */
int app_find_insats(struct store *st, const char *which, struct intervention *iv, struct err *err);

/* The driftredovisning of a year in unit (1, MONEY_KR, MONEY_TKR), from
 * its budget and books; the caller releases op. */
int app_operating(struct store *st, int year, int64_t unit, struct operating *op, int *budget_version,
		  struct err *err);

/* The commitments of interventions iv[0..n) at the end of `year` (decided
 * by then, paid by then from the books), into out[0..n). */
int app_commitments(struct store *st, int year, const struct intervention *iv, size_t n, struct commitment *out,
		    struct err *err);
/* The same into cur, and into prev (when not NULL) at the end of year - 1,
 * from one reading of the books: each year's sums are read once, not once
 * for each of the two. */
int app_commitments_two(struct store *st, int year, const struct intervention *iv, size_t n, struct commitment *cur,
			struct commitment *prev, struct err *err);

/* The checks of finsam's own figures about the interventions and the
 * goals, added to r after the books' checks: paid_within_decided,
 * payments_attributed (payments.c) and indicator_values (goal.c). */
struct check_report;
int app_check_payments(struct store *st, int year, struct check_report *r, struct err *err);
int app_check_indicators(struct store *st, int year, struct check_report *r, struct err *err);

/* The interim report's Ekonomiskt utfall where the users have written
 * none: the costs booked until `until` against the budget, and the
 * forecast of the costs and the equity at the year's end. */
int app_interim_economy_text(struct store *st, struct date until, int64_t unit, char **out, struct err *err);

/* Copies src (NULL: "") into dst of n bytes, or fails naming `what` when
 * it is too long. */
int app_copy_field(char *dst, size_t n, const char *src, const char *what, struct err *err);

struct pstats;
/* The participant statistics of `year` for an intervention (0: all), the
 * anonymous included, unprotected, as the register stood at *until (NULL:
 * the year's end): an enrolment after it is left out, an exit after it is
 * no exit yet. The caller protects what it shows. */
int app_year_pstats(struct store *st, int year, int64_t intervention_id, const struct date *until,
		    struct pstats *s, struct err *err);

/* The register's statistics of the years first..last (at most
 * APP_PSTATS_YEARS of them) read in one pass, each as of its year's end,
 * unprotected, the anonymous included: all[i] of every intervention in
 * the year first + i, per[k] of intervention ids[k] in the year last, and
 * (when asked for) people[i] the person of each enrolment during the year
 * first + i, to count people once (overview_people). ids must outlive r. */
#define APP_PSTATS_YEARS 5
struct app_people {
	struct person_sex *p;
	size_t n, cap;
};
struct app_pstats_years {
	int first, last;
	const int64_t *ids;
	size_t n_ids;
	int want_people;
	struct pstats all[APP_PSTATS_YEARS];
	struct pstats *per;
	struct app_people people[APP_PSTATS_YEARS];
};
int app_pstats_years_read(struct store *st, struct app_pstats_years *r, int first, int last, const int64_t *ids,
		      size_t n_ids, int want_people, struct err *err);
void app_pstats_years_release(struct app_pstats_years *r);

/* Fails with a message naming `what` (such as "beslutet") and the date
 * the board adopted the year's annual report when `year` is closed; 0
 * when it is open. Every use case that adds, changes or removes something
 * a year's documents use asks this first, for each year it touches. */
int app_year_check_open(struct store *st, int year, const char *what, struct err *err);

/* Fails, naming `what` (such as "inställningen min-cell") and every
 * closed year with its adoption date, when any year is closed; 0 when
 * none is. For changes that reach every year's documents at once. */
int app_closed_years_refuse(struct store *st, const char *what, struct err *err);

/* Fails, listing the accounts that would move, when going from map
 * `before` to `after` would move an account with an amount in a year
 * whose figures a closed year's annual report shows (its own year, the
 * previous year's column, the five-year overview); 0 otherwise. */
int app_map_check_closed(struct store *st, const struct account_map *before, const struct account_map *after,
			 struct err *err);

/* The audit log of a change of any record. action is what was done in
 * Swedish ("ändra beslut", "ta bort beslut"); record names the record by
 * kind and id ("decision 12"); code is the participant's when the record
 * is theirs (else NULL); before and after are the record's values as JSON
 * objects (NULL where there is none: before an addition, after a
 * removal). The caller is inside the change's transaction, so the change
 * and its log line are stored together or not at all. */
struct json_t;
/* What a logged change did, for people, from the values before and after
 * (JSON objects as the log keeps them, "" for none): the fields that
 * changed ("note: \"\" → \"Förlängt\""), or the values of an addition
 * ("ny: ...") or a removal ("borttagen: ..."). NULL when the line is no
 * change of a record or the values cannot be read; the caller frees it. */
char *app_audit_change_text(const char *before, const char *after);
int app_audit_change(struct store *st, const char *action, const char *record, const char *code,
		     const struct json_t *before, const struct json_t *after, struct err *err);

/* finsam's own figures (figures.c). The chart of the year's costs by the
 * budget's cost areas (needs the year's books and budget); the caller
 * releases c. */
int app_cost_shares(struct store *st, int year, struct cost_shares *c, struct err *err);
/* The equity forecast: the last year of the books carried through the
 * budgets of the years after it. The caller releases m. */
struct multiyear;
int app_multiyear(struct store *st, struct multiyear *m, struct err *err);
/* Appends the checks of the figures the documents of `year` show to r:
 * five_year_overview, equity_rule and plan_equity (docs/formats.md).
 * Returns -1 only when the figures cannot be computed. */
struct check_report;
int app_check_figures(struct store *st, int year, struct check_report *r, struct err *err);
/* The checks of finsam's own records (app/check_records.c): participants
 * exited against enrolled, the interim report's opening equity, accounts
 * with an amount that no statement shows. Appends them to r, the report
 * of the books in `in` (the year checked, the year before, the map). */
struct check_input;
struct check_report;
int app_check_records(struct store *st, const struct check_input *in, struct check_report *r, struct err *err);
/* The checks that the annual report's notes agree with the statements of
 * `year` (check_notes). */
int app_check_notes(struct store *st, int year, struct check_report *r, struct err *err);
/* Corrections of records (records.c). app_years_check_open asks
 * app_year_check_open for each year from..to. app_json_date sets key of o to the date, or null when it is not
 * set. app_change writes the audit line of a change of the record "kind
 * id" (such as "decision 12") and releases before and after (either may
 * be NULL). */
int app_years_check_open(struct store *st, int from, int to, const char *what, struct err *err);
void app_json_date(struct json_t *o, const char *key, struct date d);
int app_change(struct store *st, const char *action, const char *kind, int64_t id, struct json_t *before,
	       struct json_t *after, struct err *err);
/* Stores markdown (NULL: removes) as the section's text for year, in a
 * transaction with the year's check and the log of the text before and
 * after (text_edit.c). */
int app_text_store(struct store *st, const char *section, int year, const char *markdown, struct err *err);

/* ---- the participant register's rules, one home for each field ---- */
#include "model/participant.h"

struct app_key;
struct app_participant_fields;
struct app_enrolment_fields;

/* The canonical word for s in vocabulary v into out, or a message listing
 * the words allowed. */
int app_word(enum vocab v, const char *s, char *out, size_t n, struct err *err);
/* Checks the participant's fields (code, sex, year of birth, education,
 * and a personal identity number, hashed with key and forgotten) into p
 * (id 0). The one check of these fields: adding, editing and importing
 * use it. */
int app_participant_fields_check(const struct app_key *key, const struct app_participant_fields *f,
				 struct participant *p, struct err *err);
/* The keyed hash of personal identity number pnr (checked: date, check
 * digit, coordination number) as stored, into out (hex, n bytes: at least
 * 65), with the year of birth it gives; the number itself is forgotten. */
int app_pnr_hash(const struct app_key *key, const char *pnr, int *birth_year, char *out, size_t n,
		 struct err *err);
/* Refuses p's code or person when another participant (not p->id) has
 * it; hide_other leaves the other's code out of the message. pnr_new: the
 * number was given now, so a refusal for it is logged (without it), and a
 * user refused too often of late may give none (participant.c). */
int app_participant_unique(struct store *st, const struct participant *p, int hide_other, int pnr_new,
			   struct err *err);
/* Ends, with -1 (the message as it was), the caller's transaction in which
 * app_participant_unique (or a check before it that writes nothing)
 * failed: committed, so that a refusal it logged stays. */
int app_participant_refused(struct store *st);
/* Finds a participant by code, with a message when there is none. */
int app_find_participant(struct store *st, const char *code, struct participant *p, struct err *err);
/* Applies the given fields of f (NULL: keep e's) to enrolment e, each
 * checked; finds its intervention into iv. The one check of an
 * enrolment's fields: enrolling, exiting, editing and importing use it. */
int app_enrolment_apply(struct store *st, const struct app_enrolment_fields *f, struct enrolment *e,
			struct intervention *iv, struct err *err);
/* The plausibility of e of participant p in iv (enrolment_plausible),
 * and no other open enrolment of p in iv while e is open. */
int app_enrolment_check(struct store *st, const struct participant *p, const struct enrolment *e,
			const struct intervention *iv, unsigned flags, struct err *err);
/* Fails when a year e counts in (enrolment_years) is closed. */
int app_enrolment_years_open(struct store *st, const struct enrolment *e, struct err *err);

/* The internal control plan of `year` (control.c) into p: its risks, the
 * actions and their follow-ups of risk_id (0: of all), the follow-ups
 * only of meetings held by `until` (not set: all), the plan's adoption,
 * and the periods ended before as_of without a follow-up (not set: today;
 * from the year's last day on, all of the year's). Free with
 * app_control_plan_release. */
struct control_plan_doc;
int app_control_plan_read(struct store *st, int year, int64_t risk_id, struct date as_of, struct date until,
			  struct control_plan_doc *p, struct err *err);
void app_control_plan_release(struct control_plan_doc *p);

/* The funding decisions of the interventions dated within `in`, appended
 * to *dec (n of them) as decisions of kind funding whose text names the
 * intervention, the amount and the years; with days, each one's day
 * appended to *days alike (meeting.c). */
struct meeting_decision;
int app_funding_decisions_in(struct store *st, struct period in, struct meeting_decision **dec, struct date **days,
			     size_t *n, struct err *err);

/* Reads the key file at path into *key: 0, ENOENT when there is none,
 * APP_KEY_MALFORMED (no message) when it is not a key's size, -1 with a
 * message when it cannot be read. */
#define APP_KEY_MALFORMED 3
int app_key_read(const char *path, struct app_key *key, struct err *err);

#endif
