/*
 * store.h: the one way into finsam's database. Callers see an opaque
 * struct store and operations in the domain's words; no SQL and no engine
 * leaks through. Behind it, one file per domain (books.c, budget.c,
 * meetings.c, …) writes its SQL once over the engine interface
 * (engine.h), which runs on SQLite, the embedded default (one file, WAL,
 * foreign keys on), or on PostgreSQL when the database is named by a
 * postgresql:// URI (engine_pg.c).
 *
 * Writes happen inside store_begin/store_commit; store_rollback undoes them
 * all, which is how an import stores nothing when its input is bad.
 * Functions return 0 on success, STORE_NOT_FOUND where a lookup finds
 * nothing, and -1 with a message in err on failure.
 */
#ifndef FINSAM_STORE_STORE_H
#define FINSAM_STORE_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "model/books.h"
#include "model/budget.h"
#include "model/calendar.h"
#include "model/intervention.h"
#include "model/payments.h"
#include "model/goal.h"
#include "model/history.h"
#include "model/board.h"
#include "model/meeting.h"
#include "model/policy.h"
#include "model/control.h"
#include "model/activity.h"
#include "model/participant.h"
#include "model/survey.h"
#include "model/check.h"
#include "model/user.h"
#include "model/forbund.h"
#include "model/region.h"

struct err;
struct store;

#define STORE_NOT_FOUND 1
#define STORE_DUPLICATE 2   /* a line that is already stored */

enum store_open_mode {
	STORE_OPEN_EXISTING,   /* fail when the database does not exist */
	STORE_OPEN_CREATE      /* create it (with the schema) when missing */
};

/* Opens (or creates) the database at path and brings its schema up to date
 * by applying the numbered migrations it lacks. *created is set to 1 when
 * the file was created now (created may be NULL). */
int store_open(struct store **out, const char *path, enum store_open_mode mode,
	       int *created, struct err *err);
void store_close(struct store *st);       /* store_close(NULL) does nothing */

/* ---- many förbund on a PostgreSQL host (host.c) ----
 * A förbund of a host is named after the database's URI and '#'
 * ("postgresql://server/db#kalmar"); store_open of that opens the
 * förbund's own schema, as a database of one förbund, and refuses a
 * förbund the host's register does not know. store_host_open opens the
 * host's register itself (made when create, and the database has none),
 * from a URI without a förbund (STORE_NOT_FOUND, with a message, when the
 * database is no host and create is 0); on it, store_forbund_use makes the
 * connection work in a förbund of the register (a connection the web's
 * requests of many förbund share: a failure leaves it in none), and
 * store_forbund names the förbund it works in (NULL: none). Adding a
 * förbund: store_forbund_create makes its schema and gives a store in it
 * (*out), store_forbund_register then enters it and its host names in
 * the register (a host name already taken is refused; created is the
 * time now), and
 * store_forbund_drop undoes both for an addition that failed half-way. */
int store_host_open(struct store **out, const char *uri, int create, struct err *err);
int store_is_host(struct store *st);
int store_forbund_use(struct store *st, const char *name, struct err *err);
const char *store_forbund(const struct store *st);
int store_forbund_list(struct store *st, struct forbund **out, size_t *n, struct err *err);
/* STORE_NOT_FOUND when there is none. */
int store_forbund_get(struct store *st, const char *name, struct forbund *out, struct err *err);
int store_forbund_by_host(struct store *st, const char *host, char name[FORBUND_NAME_MAX + 1], struct err *err);
int store_forbund_create(struct store *host, const struct forbund *f, struct store **out, struct err *err);
/* The host's audit log gets a row (action, detail, actor f->created_by)
 * in the same transaction; a host name of the region pages is taken too. */
int store_forbund_register(struct store *host, const struct forbund *f, const char *action, const char *detail,
			   struct err *err);
int store_forbund_drop(struct store *host, const struct forbund *f, struct err *err);

/* ---- the host's region users, region host names and audit log (region.c) ----
 * On a host's store (store_host_open) only: the tables are the host's own
 * (finsam_host), whatever förbund the connection is in; on SQLite or a
 * single förbund they refuse with a message. A name or host name taken
 * already gives STORE_DUPLICATE, a lookup that finds none
 * STORE_NOT_FOUND. Passwords are given and read as their hashes; their
 * sessions and failed logins are login.c's, of REALM_HOST. */
int store_region_user_add(struct store *st, struct region_user *u, const char *hash, struct err *err);
/* By name, or by id when name is NULL; hash (may be NULL) gets its hash. */
int store_region_user_get(struct store *st, const char *name, int64_t id, struct region_user *out, char *hash,
			  size_t hash_n, struct err *err);
int store_region_user_list(struct store *st, struct region_user **out, size_t *n, struct err *err);
int store_region_user_disable(struct store *st, int64_t id, struct err *err);
int store_region_user_enable(struct store *st, int64_t id, struct err *err);
/* Sets the user's password hash (an Argon2id string). */
int store_region_user_set_password(struct store *st, int64_t id, const char *hash, struct err *err);
/* Adds a host name of the region pages: -1 with a message when a förbund
 * has it, STORE_DUPLICATE when the region pages have it already. */
int store_region_host_add(struct store *st, struct region_host *h, struct err *err);
/* The region host name host (out may be NULL: whether there is one). */
int store_region_host_get(struct store *st, const char *host, struct region_host *out, struct err *err);
int store_region_host_list(struct store *st, struct region_host **out, size_t *n, struct err *err);
/* How many förbund of the register belong to region. */
int store_region_forbund_count(struct store *st, const char *region, int64_t *n, struct err *err);
/* The regions some förbund of the register belongs to, by name, each as
 * a scope of one region; the caller frees *out. */
int store_region_list(struct store *st, struct region_scope **out, size_t *n, struct err *err);
/* Appends a row to the host's audit log (it is never changed). */
int store_host_audit_add(struct store *st, const char *actor, const char *action, const char *detail,
			 struct err *err);
/* The host's audit log, the last limit rows (0: all) oldest first; the
 * caller frees *out. */
int store_host_audit_list(struct store *st, int64_t limit, struct host_audit_entry **out, size_t *n,
			  struct err *err);

/* While another connection writes (an import holds the write lock for
 * its whole transaction), a statement that must write waits for it, up to
 * ms milliseconds (0: not at all); when a wait has gone on for a second,
 * notice (may be NULL) is called once for that wait with the limit. Then
 * the statement fails with err->busy set and a message of its own (not a
 * generic database error). Set once, before any database is opened and
 * before threads start; the default is STORE_WAIT_DEFAULT_MS. Reading
 * never waits for a writer (WAL). */
#define STORE_WAIT_DEFAULT_MS 5000L
void store_wait_set(long ms, void (*notice)(long limit_ms));
/* 1 when a statement of st found the database busy since the last call
 * (which forgets it), whatever the caller made of the error. */
int store_busy_taken(struct store *st);
/* Removes the database file at path and the files the engine keeps beside
 * it (for an import that created a database and then failed). */
void store_remove(const char *path);
int store_schema_version(struct store *st);

/* Copies of a whole database (sqlite_backup.c), through the engine's
 * online backup: the source is read as of one moment while others go on
 * writing. The copy is a new file (dest must not exist) of mode 0600, one
 * file without a journal beside it, synced to the disk; progress (may be
 * NULL) is told the pages copied of all. store_backup copies st's
 * database, store_copy_file the one at src (opened read-only). */
typedef void (*store_progress_fn)(void *ctx, long done, long total);
int store_backup(struct store *st, const char *dest, store_progress_fn progress, void *ctx, struct err *err);
int store_copy_file(const char *src, const char *dest, store_progress_fn progress, void *ctx, struct err *err);
/* Opens path read-only and runs the engine's integrity check: problem
 * gets "" when the file is a sound finsam database, else what is wrong
 * (Swedish, or the engine's words for a damaged page); -1 with a message
 * when it cannot be read at all. */
int store_integrity_check(const char *path, char *problem, size_t n, struct err *err);

/* Moving a förbund between stores (transfer.c): every row of every table
 * of src copied into dst, ids kept, as one transaction on dst, so that
 * every report reads the same from either. dst must be at src's schema
 * version (each made by its own engine's migrations) and hold no rows in
 * any of finsam's tables; on PostgreSQL each identity sequence is then
 * set past the largest id copied. src is read as of one moment.
 * progress (may be NULL) is told each table as its rows are copied
 * (done the rows so far, total -1 while the table goes on, then its rows
 * with total equal to done). On failure dst holds what it held. */
typedef void (*store_table_progress_fn)(void *ctx, const char *table, long done, long total);
int store_transfer(struct store *src, struct store *dst, store_table_progress_fn progress, void *ctx,
		   struct err *err);
/* Whether st holds any row in finsam's tables: *empty 1 when none. */
int store_is_empty(struct store *st, int *empty, struct err *err);
/* The tables of st's schema that the transfer's list lacks, and those of
 * the list the schema lacks, into out ("" when the two agree). The list
 * leaves out only the table of the schema's version, which each store
 * keeps for itself. */
int store_tables_check(struct store *st, char *out, size_t n, struct err *err);

/* The fingerprint of the key of the participants' personal identity
 * numbers (association.c): hex, and how it was recorded ("created", "first
 * use", "proven", "unproven"; how may be NULL); STORE_NOT_FOUND before one
 * is. _put records one only if none is (STORE_NOT_FOUND when one was). */
int store_key_fingerprint_get(struct store *st, char *out, size_t n, char *how, size_t how_n, struct err *err);
int store_key_fingerprint_put(struct store *st, const char *fingerprint, const char *how, struct err *err);
/* The first max participants with a hashed number (hash, year of birth)
 * into out[0..*n), and *total the number of all of them. */
struct store_pnr_hash {
	char hash[65];
	int birth_year;
};
int store_pnr_hash_sample(struct store *st, struct store_pnr_hash *out, size_t max, size_t *n, int64_t *total,
			  struct err *err);

/* A long read that reads the same things many times (`check`, the
 * follow-up): between store_keep(st, 1) and store_keep(st, 0) each year
 * (store_year_get), each year's books (store_year_books), the account map
 * (store_map_get) and each year's latest budget version
 * (store_budget_latest) are read from the database once and then served
 * from memory. The calls nest; the
 * last store_keep(st, 0) forgets what was kept. Nothing is kept or served
 * inside a transaction, and beginning one or entering another förbund
 * forgets what was kept: the caller writes nothing else in between. */
void store_keep(struct store *st, int on);

/* Bulk mode for a long import: trades durability of the half-done work for
 * speed while a transaction is open (the database stays consistent). */
int store_begin(struct store *st, struct err *err);
int store_commit(struct store *st, struct err *err);
void store_rollback(struct store *st);

/* The association: STORE_NOT_FOUND before it is set. */
int store_association_get(struct store *st, struct association *out, struct err *err);
int store_association_set(struct store *st, const struct association *a, struct err *err);

/* Members with their grant-share keys. store_member_list gives an array the
 * caller frees with free(). */
int store_member_add(struct store *st, struct member *m /* id set */, struct err *err);
int store_member_list(struct store *st, struct member **out, size_t *n, struct err *err);

/* Fiscal years. A year is found by its label (the year it ends in). */
int store_year_list(struct store *st, struct fiscal_year **out, size_t *n, struct err *err);
int store_year_get(struct store *st, int label, struct fiscal_year *out, struct err *err);
/* Adds a fiscal year, or updates the one with the same period; sets fy->id. */
int store_year_put(struct store *st, struct fiscal_year *fy, struct err *err);
/* Removes every balance, verification and transaction of the year (keeps
 * the year itself), as before a new import of it. */
int store_year_clear(struct store *st, int64_t year_id, struct err *err);

/* The chart of accounts. store_account_put adds the account or renames it;
 * the setters change one attribute of an existing (or new) account. */
int store_account_put(struct store *st, const char *number, const char *name, struct err *err);
int store_account_set_type(struct store *st, const char *number, const char *type, struct err *err);
int store_account_set_unit(struct store *st, const char *number, const char *unit, struct err *err);
int store_account_set_sru(struct store *st, const char *number, const char *sru, struct err *err);
typedef int (*store_account_fn)(void *ctx, const struct account *a, struct err *err);
int store_account_each(struct store *st, store_account_fn fn, void *ctx, struct err *err);

int store_dimension_put(struct store *st, const struct dimension *d, struct err *err);
typedef int (*store_dimension_fn)(void *ctx, const struct dimension *d, struct err *err);
int store_dimension_each(struct store *st, store_dimension_fn fn, void *ctx, struct err *err);
int store_object_put(struct store *st, const struct object *o, struct err *err);
typedef int (*store_object_fn)(void *ctx, const struct object *o, struct err *err);
int store_object_each(struct store *st, store_object_fn fn, void *ctx, struct err *err);

/* Balances of a year (IB, UB, RES, OIB, OUB, PSALDO, PBUDGET). Putting a
 * balance with the same kind, account, period and objects replaces it. */
int store_balance_put(struct store *st, int64_t year_id, const struct balance *b, struct err *err);
typedef int (*store_balance_fn)(void *ctx, const struct balance *b, struct err *err);
/* In kind order (IB, UB, OIB, OUB, RES, PSALDO, PBUDGET), then account,
 * period, objects: the order an SIE file lists them in. */
int store_balance_each(struct store *st, int64_t year_id, store_balance_fn fn, void *ctx, struct err *err);

/* Verifications and their transactions, in the order they were added. */
int store_ver_add(struct store *st, int64_t year_id, struct verification *v /* id set */, struct err *err);
int store_trans_add(struct store *st, int64_t year_id, int64_t ver_id, const struct transaction *t, struct err *err);
typedef int (*store_ver_fn)(void *ctx, const struct verification *v, struct err *err);
typedef int (*store_trans_fn)(void *ctx, const struct transaction *t, struct err *err);
/* Calls ver_fn for each verification of the year, then trans_fn for each of
 * its transactions, before the next verification. It streams: each
 * verification's transactions must have been added after it and before the
 * next one (as an import adds them); one that was not makes this fail
 * rather than leave it out. A callback may not start the same walk again. */
int store_ver_each(struct store *st, int64_t year_id, store_ver_fn ver_fn,
		   store_trans_fn trans_fn, void *ctx, struct err *err);
int store_ver_count(struct store *st, int64_t year_id, int64_t *vers, int64_t *trans, struct err *err);

/* Closed years (their annual report adopted by the board).
 * store_year_closed gives 0 and the adoption date (adopted may be NULL)
 * for a closed year, STORE_NOT_FOUND for an open one; store_year_reopen
 * gives STORE_NOT_FOUND when the year was not closed. */
int store_year_closed(struct store *st, int year, struct date *adopted, struct err *err);
int store_year_close(struct store *st, int year, struct date adopted, struct err *err);
int store_year_reopen(struct store *st, int year, struct err *err);
/* Every closed year with its adoption date, by year; *out (NULL when
 * none) freed by the caller with free(). */
struct closed_year {
	int year;
	struct date adopted;
};
int store_year_closed_list(struct store *st, struct closed_year **out, size_t *n, struct err *err);

/* The auditor's search among the verifications of a year: each condition
 * left empty (NULL or "", an unset date, has_amount 0) leaves it out.
 * number matches "12", "A12" or "A 12" (series and number); from and to
 * bound the date; account and amount must be those of one and the same
 * transaction (the amount as debit or credit). */
struct ver_filter {
	int64_t year_id;
	const char *number;
	struct date from, to;
	const char *account;
	int has_amount;
	int64_t amount;            /* öre; its sign does not matter */
};
/* A hit: the verification (borrowed strings) and the sum of its debits. */
typedef int (*store_ver_hit_fn)(void *ctx, const struct verification *v, int64_t debit, struct err *err);
/* Calls fn for at most limit hits from the offset-th on, in the book's
 * order, and sets *count (unless NULL) to the number of all hits. */
int store_ver_search(struct store *st, const struct ver_filter *f, size_t limit, size_t offset, int64_t *count,
		     store_ver_hit_fn fn, void *ctx, struct err *err);
/* One verification by its id: ver_fn, then trans_fn for each of its
 * transactions in order; *year_id (unless NULL) its year's id.
 * STORE_NOT_FOUND when there is none. */
int store_ver_get(struct store *st, int64_t id, int64_t *year_id, store_ver_fn ver_fn, store_trans_fn trans_fn,
		  void *ctx, struct err *err);

/* What the annual report says beyond the books (documents.c).
 * store_intervention_year_put replaces what is said of an intervention in
 * a year (an automatic status and no text removes it);
 * store_intervention_year_list gives those of year and intervention (0:
 * every), each results string allocated (intervention_years_free).
 * store_history_put replaces a year's earlier key figures, and
 * store_staff_put a year's staff; their deletes give STORE_NOT_FOUND when
 * there was none; the lists give year (0: every year) in order, *out
 * freed with free(). */
int store_intervention_year_put(struct store *st, const struct intervention_year *y, struct err *err);
int store_intervention_year_list(struct store *st, int year, int64_t intervention_id, struct intervention_year **out,
				 size_t *n, struct err *err);
int store_history_put(struct store *st, const struct history_year *h, struct err *err);
int store_history_delete(struct store *st, int year, struct err *err);
int store_history_list(struct store *st, int year, struct history_year **out, size_t *n, struct err *err);
int store_staff_put(struct store *st, const struct staff_year *y, struct err *err);
int store_staff_delete(struct store *st, int year, struct err *err);
int store_staff_list(struct store *st, int year, struct staff_year **out, size_t *n, struct err *err);
/* The date the board adopted document ("plan", "interim") of year; get
 * and delete give STORE_NOT_FOUND when there is none. */
int store_adoption_put(struct store *st, const char *document, int year, struct date date, struct err *err);
int store_adoption_get(struct store *st, const char *document, int year, struct date *out, struct err *err);
int store_adoption_delete(struct store *st, const char *document, int year, struct err *err);
/* A file that goes with a year's document (kind "auditors_report"): put
 * replaces; get gives a copy of its name and bytes (the caller frees both)
 * or STORE_NOT_FOUND; delete gives STORE_NOT_FOUND when there was none. */
int store_attachment_put(struct store *st, int year, const char *kind, const char *name, const void *data, size_t n,
			 struct err *err);
int store_attachment_get(struct store *st, int year, const char *kind, char **name, void **data, size_t *n,
			 struct err *err);
int store_attachment_delete(struct store *st, int year, const char *kind, struct err *err);

/* The year cycle's themes (calendar.c): store_theme_set enters or
 * replaces the theme of t's year and tertial; store_theme_delete gives
 * STORE_NOT_FOUND when there was none; store_theme_list gives the year's
 * themes by tertial (*out NULL when none). */
int store_theme_set(struct store *st, const struct tertial_theme *t, struct err *err);
int store_theme_delete(struct store *st, int year, int tertial, struct err *err);
int store_theme_list(struct store *st, int year, struct tertial_theme **out, size_t *n, struct err *err);

/* Ready marks (ready.c). store_ready_set marks m (marked_at is set
 * to now, UTC) and gives STORE_DUPLICATE when it was marked already;
 * store_ready_clear gives STORE_NOT_FOUND when it was not.
 * store_ready_list gives the marks of year (0: every year) by
 * intervention and period; *out (NULL when none) freed with free(). */
int store_ready_set(struct store *st, struct ready_mark *m, struct err *err);
int store_ready_clear(struct store *st, int64_t intervention_id, int year, enum goal_period period, struct err *err);
int store_ready_list(struct store *st, int year, struct ready_mark **out, size_t *n, struct err *err);

/* The sum of counted transactions per account, and of its debits (the
 * positive amounts) and credits (the negative), kept so the statements,
 * notes and checks need not read every transaction. Put replaces. */
int store_turnover_put(struct store *st, int64_t year_id, const char *account, int64_t amount, int64_t debit,
		       int64_t credit, struct err *err);

/* Loads what the statements of a year need: per account IB, UB, RES and
 * turnover (objects and periods left out), sorted by account, and whether
 * the year has any verification. The caller releases out with
 * year_books_release. */
int store_year_books(struct store *st, const struct fiscal_year *fy, struct year_books *out, struct err *err);

/* Verifications of the year whose counted transactions do not sum to zero:
 * up to max of them into out (allocated, caller frees; NULL when none), in
 * the order they were added, *total = how many. */
int store_unbalanced_vers(struct store *st, int64_t year_id, size_t max,
			  struct unbalanced_ver **out, size_t *n, int64_t *total,
			  struct err *err);

/* The account map; an empty stored map means "use the default". */
int store_map_get(struct store *st, struct account_map *out /* initialised */, struct err *err);
int store_map_set(struct store *st, const struct account_map *m, struct err *err);

/* Budgets. store_budget_put stores b as version b->version of its year,
 * replacing that version's lines when it exists. store_budget_get loads
 * version `version` of the year, or the latest when version is 0; the
 * caller releases it with budget_release. STORE_NOT_FOUND when none. */
int store_budget_put(struct store *st, const struct budget *b, struct err *err);
int store_budget_get(struct store *st, int year, int version, struct budget *out, struct err *err);
/* The years that have a budget, in order; *out freed by the caller. */
int store_budget_years(struct store *st, int **out, size_t *n, struct err *err);
/* The latest version number of the year's budget, 0 when there is none. */
int store_budget_latest(struct store *st, int year, int *version, struct err *err);

/* The sum of the counted transactions per account and object list in
 * verifications dated up to and including `until` (the interim report's
 * "bokfört"); objects is "" for transactions without objects. */
typedef int (*store_sum_fn)(void *ctx, const char *account, const char *objects, int64_t sum,
			    struct err *err);
int store_account_sums_until(struct store *st, int64_t year_id, struct date until,
			     store_sum_fn fn, void *ctx, struct err *err);
/* The same for the whole year, from the sums per account and objects kept
 * at import (by account and objects; *rows gets how many). A year imported
 * before they were kept has none: then sum with store_account_sums_until. */
int store_object_turnover_put(struct store *st, int64_t year_id, const char *account, const char *objects,
			      int64_t amount, struct err *err);
int store_object_turnover_each(struct store *st, int64_t year_id, store_sum_fn fn, void *ctx, int64_t *rows,
			       struct err *err);

/* Forecast overrides of the interim report, per year and area (a budget
 * group or revenue line name). Put replaces; delete removes. */
struct forecast_override {
	char area[128];
	int64_t amount;
	char comment[512];
};
int store_forecast_put(struct store *st, int year, const char *area, int64_t amount,
		       const char *comment, struct err *err);
int store_forecast_delete(struct store *st, int year, const char *area, struct err *err);
/* All of the year's overrides; the caller frees *out with free(). */
int store_forecast_list(struct store *st, int year, struct forecast_override **out, size_t *n,
			struct err *err);

/* Interventions and the board's decisions. store_intervention_get finds one
 * by id or, when id is 0, by name; STORE_NOT_FOUND when none. Lists are
 * allocated; the caller frees them. */
int store_intervention_add(struct store *st, struct intervention *iv, struct err *err);
int store_intervention_get(struct store *st, int64_t id, const char *name, struct intervention *out,
			   struct err *err);
int store_intervention_list(struct store *st, struct intervention **out, size_t *n, struct err *err);
int store_decision_add(struct store *st, struct decision *d, struct err *err);
int store_decision_list(struct store *st, struct decision **out, size_t *n, struct err *err);

/* Payments: the allocations that divide an account several interventions
 * share, and the verifications on an account in a year. The list gives an
 * intervention's (0: all), by id; the caller frees it. get and delete give
 * STORE_NOT_FOUND when there is no allocation with the id. */
int store_allocation_add(struct store *st, struct allocation *a, struct err *err);
int store_allocation_list(struct store *st, int64_t intervention_id, struct allocation **out, size_t *n,
			  struct err *err);
int store_allocation_get(struct store *st, int64_t id, struct allocation *out, struct err *err);
int store_allocation_delete(struct store *st, int64_t id, struct err *err);
/* What one verification put on an account, per object list. */
struct account_ver {
	char series[32];
	char number[32];
	struct date date;
	char objects[128];
	int64_t amount;          /* öre, debit positive */
};
typedef int (*store_account_ver_fn)(void *ctx, const struct account_ver *v, struct err *err);
/* Streams the verifications of the year whose counted transactions touch
 * the account, by date, each with its sum on the account per object list. */
int store_account_vers(struct store *st, int64_t year_id, const char *account, store_account_ver_fn fn, void *ctx,
		       struct err *err);
/* Corrections: one record by its id, changed (update) or removed
 * (delete); STORE_NOT_FOUND when there is no such record. A get fills out
 * (an activity's attendance is allocated: activity_release). Removing an
 * intervention that anything refers to is refused by the database:
 * store_intervention_refs counts what does, so the caller can say so
 * first. store_member_get finds a member by id or, when id is 0, by
 * name. Updates change every field but the id. */
struct intervention_refs {
	int64_t decisions, enrolments, anonymous, result_goals, survey_answers, users, allocations;
};
int store_intervention_update(struct store *st, const struct intervention *iv, struct err *err);
int store_intervention_delete(struct store *st, int64_t id, struct err *err);
int store_intervention_refs(struct store *st, int64_t id, struct intervention_refs *out, struct err *err);
int store_decision_get(struct store *st, int64_t id, struct decision *out, struct err *err);
int store_decision_update(struct store *st, const struct decision *d, struct err *err);
int store_decision_delete(struct store *st, int64_t id, struct err *err);
int store_anonymous_get(struct store *st, int64_t id, struct anonymous_count *out, struct err *err);
int store_anonymous_update(struct store *st, const struct anonymous_count *a, struct err *err);
int store_anonymous_delete(struct store *st, int64_t id, struct err *err);
int store_member_get(struct store *st, int64_t id, const char *name, struct member *out, struct err *err);
int store_member_update(struct store *st, const struct member *m, struct err *err);
int store_member_delete(struct store *st, int64_t id, struct err *err);
int store_board_get(struct store *st, int64_t id, struct board_member *out, struct err *err);
int store_board_update(struct store *st, const struct board_member *b, struct err *err);
int store_board_delete(struct store *st, int64_t id, struct err *err);
int store_activity_get(struct store *st, int64_t id, struct activity *out, struct err *err);
/* Replaces the activity's attendance with a->attendance. */
int store_activity_update(struct store *st, const struct activity *a, struct err *err);
/* Removes the activity with its attendance. */
int store_activity_delete(struct store *st, int64_t id, struct err *err);
int store_event_get(struct store *st, int64_t id, struct event *out, struct err *err);
int store_event_update(struct store *st, const struct event *e, struct err *err);
int store_event_delete(struct store *st, int64_t id, struct err *err);

/* The meetings of the förbund's bodies (meetings.c). add sets
 * m->id; list gives the meetings of `year` (0: all) by date; attendees
 * are replaced as a whole (set) and listed in the order set; a meeting's
 * decisions by id. A meeting is removed with its attendees, and only when
 * it has no decisions left. get, update and delete give STORE_NOT_FOUND
 * when there is no such record. Lists are allocated (free()). */
int store_meeting_add(struct store *st, struct meeting *m, struct err *err);
int store_meeting_get(struct store *st, int64_t id, struct meeting *out, struct err *err);
int store_meeting_update(struct store *st, const struct meeting *m, struct err *err);
int store_meeting_delete(struct store *st, int64_t id, struct err *err);
int store_meeting_list(struct store *st, int year, struct meeting **out, size_t *n, struct err *err);
int store_meeting_attendees_set(struct store *st, int64_t meeting_id, const struct meeting_attendee *a, size_t n,
				struct err *err);
int store_meeting_attendees(struct store *st, int64_t meeting_id, struct meeting_attendee **out, size_t *n,
			    struct err *err);
int store_meeting_decision_add(struct store *st, struct meeting_decision *d, struct err *err);
int store_meeting_decision_get(struct store *st, int64_t id, struct meeting_decision *out, struct err *err);
int store_meeting_decision_update(struct store *st, const struct meeting_decision *d, struct err *err);
int store_meeting_decision_delete(struct store *st, int64_t id, struct err *err);
int store_meeting_decisions(struct store *st, int64_t meeting_id, struct meeting_decision **out, size_t *n,
			    struct err *err);

/* Activities with their attendance. store_activity_list gives the year's
 * (year 0: all), by date; release each with activity_release, then free(). */
int store_activity_add(struct store *st, struct activity *a, struct err *err);
int store_activity_list(struct store *st, int year, struct activity **out, size_t *n, struct err *err);

/* The participant register. store_participant_find looks up by code, or by
 * pnr_hash when code is NULL; STORE_NOT_FOUND when none. */
int store_participant_add(struct store *st, struct participant *p, struct err *err);
int store_participant_find(struct store *st, const char *code, const char *pnr_hash,
			   struct participant *out, struct err *err);
int store_participant_list(struct store *st, struct participant **out, size_t *n, struct err *err);
int store_enrolment_add(struct store *st, struct enrolment *e, struct err *err);
/* Sets the exit of an enrolment (exited, exit_reason, support_after). */
int store_enrolment_exit(struct store *st, const struct enrolment *e, struct err *err);
/* The participant list, searched (participants.c): participants whose
 * code holds code (any case; NULL or "": any) and, when a condition on
 * the enrolments is given, who have an enrolment that meets all of them:
 * in one of the interventions of only (",2,5,", a registrar's; NULL:
 * any), in intervention_id (0: any), ongoing (state 1) or ended (2; 0:
 * either), and enrolled some time of year (0: any). A page of at most
 * limit from offset in the order sort, and *total every hit. The caller
 * frees *out. */
enum participant_sort { PSORT_CODE, PSORT_CODE_DESC, PSORT_BORN, PSORT_LATEST };
struct participant_filter {
	const char *code;
	const char *only;
	int64_t intervention_id;
	int state;
	int year;
	enum participant_sort sort;
};
int store_participant_search(struct store *st, const struct participant_filter *f, size_t limit, size_t offset,
			     struct participant **out, size_t *n, int64_t *total, struct err *err);
/* The enrolments of a participant (participant_id 0: everyone's), by date. */
int store_enrolment_list(struct store *st, int64_t participant_id, struct enrolment **out, size_t *n,
			 struct err *err);
/* The enrolments whose exit is dated before their enrolment (which the
 * register's rules refuse, but older data may hold), by id. */
int store_enrolment_list_misordered(struct store *st, struct enrolment **out, size_t *n, struct err *err);

/* Streams the enrolments in an intervention (0: any) during any of the
 * years first..last, each with its participant (only its id, sex, year of
 * birth and education filled; the enrolment's participant_id is the id,
 * its id is not filled). One pass, whatever the number of years. */
typedef void (*store_enrolment_fn)(void *ctx, const struct participant *p, const struct enrolment *e);
int store_enrolment_each(struct store *st, int first, int last, int64_t intervention_id,
			 store_enrolment_fn fn, void *ctx, struct err *err);

/* Removes what identifies the participants whose every enrolment ended
 * before `before`: their code becomes "anonym-<id>" and the hash of their
 * personal identity number goes; sex, year of birth, education and the
 * enrolments stay, so the statistics of every year stay the same. */
int store_participant_purge(struct store *st, struct date before, int64_t *count, struct err *err);
/* Makes participant id anonymous (code anonym-ID, no hash of a number);
 * STORE_NOT_FOUND when there is none (participants.c). */
int store_participant_anonymise(struct store *st, int64_t id, struct err *err);

/* Corrections of the participant register (participants.c): a
 * participant or an enrolment found by its id (STORE_NOT_FOUND when
 * none), changed in every field (an enrolment's exit too: an unset exited
 * stores none, so an exit is undone), or removed. A participant can be
 * removed only once their enrolments are. */
int store_participant_get(struct store *st, int64_t id, struct participant *out, struct err *err);
int store_participant_update(struct store *st, const struct participant *p, struct err *err);
int store_participant_delete(struct store *st, int64_t id, struct err *err);
int store_enrolment_get(struct store *st, int64_t id, struct enrolment *out, struct err *err);
int store_enrolment_update(struct store *st, const struct enrolment *e, struct err *err);
int store_enrolment_delete(struct store *st, int64_t id, struct err *err);

/* Anonymous participants: counts per intervention, period and sex. The
 * list gives those whose period starts in `year` (0: all) in an
 * intervention (0: any), by period; the caller frees *out. */
int store_anonymous_add(struct store *st, struct anonymous_count *a, struct err *err);
int store_anonymous_list(struct store *st, int year, int64_t intervention_id, struct anonymous_count **out,
			 size_t *n, struct err *err);

/* The förbund's settings, text by key: STORE_NOT_FOUND when not set. */
int store_setting_get(struct store *st, const char *key, char *out, size_t n, struct err *err);
int store_setting_put(struct store *st, const char *key, const char *value, struct err *err);

/* Goals of a plan year, their result goals (of the year's goals, by goal
 * and number) and the assessments (a new assessment of the same goal or
 * result goal, year and period replaces the old); lists freed by the
 * caller. */
int store_goal_add(struct store *st, struct goal *g, struct err *err);
int store_goal_list(struct store *st, int year, struct goal **out, size_t *n, struct err *err);
int store_result_goal_add(struct store *st, struct result_goal *r, struct err *err);
int store_result_goal_list(struct store *st, int year, struct result_goal **out, size_t *n, struct err *err);
int store_assessment_put(struct store *st, struct assessment *a, struct err *err);
int store_assessment_list(struct store *st, int year, struct assessment **out, size_t *n, struct err *err);

/* Corrections of the goals (goals.c), by id: STORE_NOT_FOUND
 * when there is none. A goal can be removed only without result goals
 * and assessments, a result goal only without assessments. */
int store_goal_update(struct store *st, const struct goal *g, struct err *err);
int store_goal_delete(struct store *st, int64_t id, struct err *err);
int store_result_goal_update(struct store *st, const struct result_goal *r, struct err *err);
int store_result_goal_delete(struct store *st, int64_t id, struct err *err);
int store_assessment_delete(struct store *st, int64_t id, struct err *err);

/* The board's composition per year: chair, vice chair, members, deputies. */
int store_board_add(struct store *st, struct board_member *b, struct err *err);
int store_board_list(struct store *st, int year, struct board_member **out, size_t *n, struct err *err);

/* The governing documents (policies.c). store_policy_get finds one
 * by id, or by its name when id is 0: STORE_NOT_FOUND when there is none.
 * The list is by name; removing a document removes its revisions.
 * store_policy_revision_list gives the revisions of policy_id (0: of
 * every document) by document, day and id; the summaries (last_revised,
 * due, revisions) are the caller's (policy_summarise). */
int store_policy_add(struct store *st, struct policy *p /* id set */, struct err *err);
int store_policy_get(struct store *st, int64_t id, const char *name, struct policy *out, struct err *err);
int store_policy_list(struct store *st, struct policy **out, size_t *n, struct err *err);
int store_policy_update(struct store *st, const struct policy *p, struct err *err);
int store_policy_delete(struct store *st, int64_t id, struct err *err);
int store_policy_revision_add(struct store *st, struct policy_revision *r /* id set */, struct err *err);
int store_policy_revision_list(struct store *st, int64_t policy_id, struct policy_revision **out, size_t *n,
			       struct err *err);
int store_policy_revision_get(struct store *st, int64_t id, struct policy_revision *out, struct err *err);
int store_policy_revision_delete(struct store *st, int64_t id, struct err *err);

/* The internal control plan (control.c). A risk's number is its
 * place in its year's analysis (by id); the lists are in that order, the
 * actions by risk and id, the follow-ups by risk, action, period and the
 * meeting's day. store_control_plan_get gives the meeting that adopted
 * year's plan (0: not adopted) or STORE_NOT_FOUND when the year has no
 * plan; _set adds or replaces it. store_control_meeting_uses counts the
 * follow-ups and plans of a meeting. */
int store_risk_add(struct store *st, struct risk *r /* id set */, struct err *err);
int store_risk_get(struct store *st, int64_t id, struct risk *out, struct err *err);
int store_risk_list(struct store *st, int year, struct risk **out, size_t *n, struct err *err);
int store_risk_update(struct store *st, const struct risk *r, struct err *err);
int store_risk_delete(struct store *st, int64_t id, struct err *err);
int store_control_action_add(struct store *st, struct control_action *a /* id set */, struct err *err);
int store_control_action_get(struct store *st, int64_t id, struct control_action *out, struct err *err);
int store_control_action_list(struct store *st, int year, int64_t risk_id /* 0: all */, struct control_action **out,
			      size_t *n, struct err *err);
int store_control_action_update(struct store *st, const struct control_action *a, struct err *err);
int store_control_action_delete(struct store *st, int64_t id, struct err *err);
int store_control_plan_get(struct store *st, int year, int64_t *meeting_id, struct err *err);
int store_control_plan_set(struct store *st, int year, int64_t meeting_id, struct err *err);
int store_control_followup_add(struct store *st, struct control_followup *f /* id set */, struct err *err);
int store_control_followup_get(struct store *st, int64_t id, struct control_followup *out, struct err *err);
int store_control_followup_list(struct store *st, int year, int64_t action_id /* 0: all */,
				struct control_followup **out, size_t *n, struct err *err);
int store_control_followup_delete(struct store *st, int64_t id, struct err *err);
int store_control_meeting_uses(struct store *st, int64_t meeting_id, int64_t *count, struct err *err);

/* Survey results (NNS indicator surveys). store_survey_clear removes the
 * answers of a year and group for one intervention (0: those of none) and
 * the questions left without answers; *removed (may be NULL) gets how
 * many answer lines went. store_survey_answer_add stores one line, with
 * its question (the text replaces the stored one); STORE_DUPLICATE when
 * the year, group, question, sex and intervention already have a line.
 * store_survey_each streams the year's lines of an intervention (0: all),
 * by group and question. */
int store_survey_clear(struct store *st, int year, enum survey_group group, int64_t intervention_id,
		       int64_t *removed, struct err *err);
int store_survey_answer_add(struct store *st, const struct survey_answer *a, struct err *err);
typedef void (*store_survey_fn)(void *ctx, const struct survey_answer *a);
int store_survey_each(struct store *st, int year, int64_t intervention_id, store_survey_fn fn, void *ctx,
		      struct err *err);

/* Who makes the changes through st, for the audit log (a web page sets
 * the logged-in user); "" until set. Cut to 63 bytes. */
void store_actor_set(struct store *st, const char *actor);
const char *store_actor(const struct store *st);

/* The audit log: append-only. store_audit_add writes a line of the
 * participant register's (a code and a detail); store_audit_change one of
 * any record's change: the record ("decision 12"),
 * the participant's code when it is theirs (else NULL) and the values
 * before and after as JSON objects (NULL where there were none). The list
 * is released with audit_release. */
int store_audit_add(struct store *st, const char *actor, const char *action, const char *code,
		    const char *detail, struct err *err);
int store_audit_change(struct store *st, const char *actor, const char *action, const char *record,
		       const char *code, const char *old_values, const char *new_values, struct err *err);
int store_audit_list(struct store *st, struct audit_entry **out, size_t *n, struct err *err);
/* The id of the log's last line (0 for none): it grows with every change
 * of a record, whoever makes it. */
int store_audit_last(struct store *st, int64_t *id, struct err *err);
/* How many lines of actor's with action the log has from `since`
 * (seconds since 1970) on, into *n. */
int store_audit_count_since(struct store *st, const char *actor, const char *action, int64_t since, int64_t *n,
			    struct err *err);
/* A page of the audit log, newest first: the lines that match every
 * condition given (NULL, "" or an unset date leaves it out): the user,
 * the action, the kind of record ("decision"; "participant" also for the
 * participant register's lines without a record), the local date of the
 * line from and to, and a text found (case-insensitively for A-Z) in the
 * action, record, participant, detail or values. *total gets the number
 * of all matching lines. */
struct audit_filter {
	const char *actor;
	const char *action;
	const char *record_kind;
	struct date from, to;
	const char *text;
};
int store_audit_search(struct store *st, const struct audit_filter *f, size_t limit, size_t offset,
		       struct audit_entry **out, size_t *n, int64_t *total, struct err *err);
/* The distinct users (which 0) or actions (1) of the log, sorted (through
 * the indexes of 0015, a seek for each); *out an array of n strings,
 * freed with store_strings_free. */
int store_audit_distinct(struct store *st, int which, char ***out, size_t *n, struct err *err);
void store_strings_free(char **v, size_t n);

/* The year cycle's entered events (all years, by date, each with its id);
 * *out freed by the caller. */
int store_event_add(struct store *st, struct event *e /* id set */, struct err *err);
int store_event_list(struct store *st, struct event **out, size_t *n, struct err *err);

/* The users' texts per plan year and section, as Markdown. store_text_get
 * gives an allocated string (free()), or STORE_NOT_FOUND. */
int store_text_put(struct store *st, int year, const char *section, const char *markdown,
		   struct err *err);
int store_text_get(struct store *st, int year, const char *section, char **out, struct err *err);
/* Removes the section's text of the year (goals.c); STORE_NOT_FOUND when there is none. */
int store_text_delete(struct store *st, int year, const char *section, struct err *err);

/* The users of the web pages. store_user_add sets u->id; the password is
 * only ever given as its hash. store_user_get finds a user by name, or by
 * id when name is NULL, with the registrar's interventions, and copies the
 * stored hash to hash (hash_n bytes; hash may be NULL); STORE_NOT_FOUND
 * when there is none. store_user_list gives every user (free()). */
int store_user_add(struct store *st, struct user *u, const char *hash, struct err *err);
int store_user_get(struct store *st, const char *name, int64_t id, struct user *out, char *hash,
		   size_t hash_n, struct err *err);
int store_user_list(struct store *st, struct user **out, size_t *n, struct err *err);
int store_user_set_password(struct store *st, int64_t id, const char *hash, struct err *err);
int store_user_disable(struct store *st, int64_t id, struct err *err);
int store_user_insats_add(struct store *st, int64_t user_id, int64_t intervention_id, struct err *err);
/* Corrections (users.c): turn a disabled user on again, change the
 * role, forget every intervention of a user (before the new ones are
 * added). The first two give STORE_NOT_FOUND when there is no such user. */
int store_user_enable(struct store *st, int64_t id, struct err *err);
int store_user_set_role(struct store *st, int64_t id, enum role role, struct err *err);
int store_user_insats_clear(struct store *st, int64_t user_id, struct err *err);

/* ---- sessions and failed logins (login.c) ----
 * Of a realm: a förbund's web users (its own tables) or the host's region
 * users (the host's, on a host's store only: on SQLite or a single
 * förbund REALM_HOST refuses with a message). */
enum realm { REALM_FORBUND, REALM_HOST };

/* Sessions, found by the hash of their token. store_session_get gives
 * STORE_NOT_FOUND when there is none; store_session_expire removes those
 * last seen before idle_before or created before created_before. */
int store_session_add(struct store *st, enum realm r, const struct session *s, struct err *err);
int store_session_get(struct store *st, enum realm r, const char *token_hash, struct session *out,
		      struct err *err);
/* Never waits for another writer: a busy database fails at once. */
int store_session_touch(struct store *st, enum realm r, const char *token_hash, int64_t now, struct err *err);
int store_session_delete(struct store *st, enum realm r, const char *token_hash, struct err *err);
int store_session_delete_user(struct store *st, enum realm r, int64_t user_id, struct err *err);
int store_session_expire(struct store *st, enum realm r, int64_t idle_before, int64_t created_before,
			 struct err *err);

/* Failed logins: one row per failure, by the name tried and the address.
 * store_login_failures gives the times after `since` of the failures of
 * the name from the address, at most max of them (the latest) into out; *n
 * gets how many. store_login_failures_clear forgets the name's failures
 * from the address, or from everywhere when address is NULL. */
int store_login_failure_add(struct store *st, enum realm r, const char *name, const char *address, int64_t at,
			    struct err *err);
int store_login_failures(struct store *st, enum realm r, const char *name, const char *address, int64_t since,
			 int64_t *out, size_t max, size_t *n, struct err *err);
int store_login_failures_clear(struct store *st, enum realm r, const char *name, const char *address,
			       struct err *err);
int store_login_failures_prune(struct store *st, enum realm r, int64_t before, struct err *err);

#endif
