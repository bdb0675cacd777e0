/*
 * web_int.h: what the files of web/ share: a request with its response,
 * the page table, the page layout and the handlers. Seen only by web/.
 */
#ifndef FINSAM_WEB_WEB_INT_H
#define FINSAM_WEB_WEB_INT_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "app/app.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "model/user.h"
#include "web/form.h"
#include "web/web.h"

struct doc;
struct doc_row;
struct doc_table;

#define WEB_BODY_MAX (1024 * 1024)     /* a form's body */
#define WEB_UPLOAD_MAX (10 * 1024 * 1024) /* a form with a file (multipart) */
#define WEB_SESSION_COOKIE "finsam_session"
#define WEB_LOGIN_COOKIE "finsam_login"   /* the login form's CSRF token */

/* The keys of a host's förbund, loaded when a request of each first
 * needs one (web_key). */
struct web_keys {
	pthread_mutex_t lock;
	struct web_key {
		char forbund[FORBUND_NAME_MAX + 1];
		struct app_key key;
		int has_key;
	} *v;
	size_t n, cap;
};

struct web_server {
	struct web_config cfg;
	struct app_key key;
	int has_key;
	/* A host of many förbund: each request's förbund is the one its
	 * Host header names, its key among keys. */
	int host;
	struct web_keys keys;
	int64_t idle;                  /* seconds */
	pthread_mutex_t render_lock;   /* the chart and PDF code is not thread-safe */
	/* The thread that makes kept parts again (web_background, server.c)
	 * and its queue of jobs. */
	pthread_mutex_t bg_lock;
	pthread_cond_t bg_cond;
	struct background *bg_head, *bg_tail;
	int bg_started, bg_stop;
	pthread_t bg_thread;
};

struct route;

struct web_req {
	struct web_server *srv;
	char method[8];                /* "GET", "POST"; HEAD is served as GET */
	char *raw_uri;                 /* as sent */
	char *path;                    /* decoded, without the query */
	char *params[3];               /* the '*' segments of the route, decoded */
	struct form query, body, cookies;
	struct form_file file;         /* a file sent with a multipart form */
	char address[64];
	char forbund[FORBUND_NAME_MAX + 1]; /* on a host: the förbund its Host names */
	const struct route *route;
	int logged_in;
	struct app_session sess;
	/* On a host: at a host name of the region pages (region 1), what it
	 * shows, and the logged-in region user (sess then holds their session,
	 * their name and no role of a förbund). */
	int region;
	struct region_host region_host;
	struct region_user region_user;
	struct store *st;
	/* The records' version (app_data_version) as this request read it,
	 * once for all its kept parts; read when data_version_read is 1. */
	int64_t data_version;
	int data_version_read;
	/* The body as it arrives. */
	struct buf raw_body;
	int too_large;
	int close;                     /* the connection is closed after the answer */
	char content_type[128];
	/* The response. */
	int status;
	struct buf out;
	const char *type;              /* Content-Type; NULL: HTML */
	char disposition[300];         /* Content-Disposition, or "" */
	char location[600];            /* a redirect, or "" */
	char cookies_out[2][400];      /* Set-Cookie lines */
	int cacheable;                 /* static: may be cached (else no-store) */
	char allow[32];                /* for 405 */
	long retry_after;              /* for 429: seconds, 0 for none */
	/* Another writer (an import) held the database. */
	int busy;                      /* opening the store found it busy */
	int busy_said;                 /* the page says so itself (beside its form) */
};

/* How long a request waits for another writer before it answers 503, and
 * the seconds its Retry-After asks the browser to wait. */
#define WEB_WAIT_MS 3000L
#define WEB_RETRY_AFTER "10"
/* What a page says when the database is busy. */
#define WEB_BUSY_TEXT "Databasen är upptagen av en inläsning just nu. Försök igen om en stund."
#define WEB_BUSY_FORM_TEXT WEB_BUSY_TEXT " Det du skrev finns kvar: tryck på knappen igen."
/* The request's answer when the database was busy (the one place that
 * decides it, after the handler): 503 with Retry-After; a page that said
 * it beside its form keeps its body (the typed values with it), any other
 * becomes the page that says it, a form sent again from it when a form
 * was sent. A redirect (the change went through) stays. */
void web_busy_answer(struct web_req *r);
/* The sentence for a page that shows it itself; marks r as said. */
const char *web_busy_said(struct web_req *r);

/* A page: a handler for a method and a path pattern ("/insatser/ID", a star
 * is one segment, handed over in params), and the roles it is for. */
typedef void (*web_handler)(struct web_req *r);

/* The key of the participant register of r's förbund (NULL: none, which
 * the use cases refuse with the reason). */
const struct app_key *web_key(struct web_req *r);

/* Runs fn(w, arg) on the server's thread for such work, after the jobs
 * before it, w a request of r's server and session with that thread's own
 * connection to the database (w NULL when it could not open one, or the
 * server stops first), then frees arg: for making a kept part of a page
 * again while the requests are given the part made before, so that no
 * request (nor the others on its thread) waits for it. 0 when it is
 * queued; -1 when it could not be (fn is not called, arg is freed). */
int web_background(struct web_req *r, void (*fn)(struct web_req *w, void *arg), void *arg);

/* A part of a page kept for a few seconds per owner and year, made again
 * on a thread of its own while requests are given the one made before (see
 * kept.c): declared once with WEB_KEPT(make, seconds), make writing the
 * part for a year to r->out. */
#define WEB_KEPT_SLOTS 256
#define WEB_KEPT_OWNER (FORBUND_NAME_MAX + 66)   /* "förbund/user" */
struct web_kept_slot {
	char owner[WEB_KEPT_OWNER];
	int year;
	struct date day;
	unsigned long generation;
	int64_t version;        /* the records' (app_data_version) it was made of */
	time_t made;
	char *html;
	int again;              /* a thread is making it again */
};
struct web_kept {
	pthread_mutex_t lock, making;
	int seconds;
	void (*make)(struct web_req *r, int year);
	size_t next;
	struct web_kept_slot slot[WEB_KEPT_SLOTS];
};
#define WEB_KEPT(make, seconds) \
	{ PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, (seconds), (make), 0, { { "", 0, { 0, 0, 0 }, 0, 0, 0, NULL, 0 } } }
/* Writes owner's part of year to r->out: the kept one, or one made now. */
void web_kept(struct web_kept *k, struct web_req *r, const char *owner, int year);

#define ROLE_BIT(x) (1u << (x))
#define R_ADMIN ROLE_BIT(ROLE_ADMIN)
#define R_REG ROLE_BIT(ROLE_REGISTRAR)
#define R_BOARD ROLE_BIT(ROLE_BOARD)
#define R_AUDIT ROLE_BIT(ROLE_AUDITOR)
#define R_ALL (R_ADMIN | R_REG | R_BOARD | R_AUDIT)
#define R_PUBLIC 0u                    /* no login needed */

struct route {
	const char *method;
	const char *pattern;
	unsigned roles;
	web_handler fn;
	const char *nav;               /* the menu's word for the page, or NULL */
};

extern const struct route web_routes[];
extern const size_t web_routes_n;
/* The pages of a region host name, for its region users (R_REGION) and
 * nobody else: logging in and out, the style sheet and the summed
 * national follow-up with its downloads. */
#define R_REGION (1u << 8)
extern const struct route web_region_routes[];
extern const size_t web_region_routes_n;
/* web_route_find in the region pages' table. */
const struct route *web_region_route_find(const char *method, const char *path, char **params, int *other_method,
					  char *allow, size_t allow_n);

/* The route for method and path: the page, with the '*' segments in
 * params (pointers to new strings the caller frees; at most 3). NULL when
 * none; then *other_method is 1 when the path exists for another method,
 * with those methods in allow ("GET, POST"). */
const struct route *web_route_find(const char *method, const char *path, char **params, int *other_method,
				   char *allow, size_t allow_n);
/* 1 when a user with role may use route r (every role a public one). */
int web_route_allows(const struct route *r, enum role role);

/* ---- the page: layout, escaping, errors ---- */

/* Appends s with & < > " ' escaped: the one way a value reaches a page. */
void web_esc(struct buf *b, const char *s);
/* Appends printf-formatted text where every %s argument is escaped
 * (and only %s, %d, %ld, %lld, %zu and %% are known). */
void web_printf(struct buf *b, const char *fmt, ...);
/* The start of a page with a link past the menu, the menu for the user
 * and the title as the page's one <h1>, and its end. page_end puts every
 * table of the page in a frame that scrolls sideways on a phone (the page
 * does not), named after its <caption> or the heading above it: a table
 * needs a caption or a heading, and a header cell needs words (a cell of
 * a header row without words is a <td>). */
void page_begin(struct web_req *r, const char *title);
void page_end(struct web_req *r);
/* The hidden field with the session's CSRF token. */
void page_csrf(struct web_req *r);
/* An error page: status 400, 403, 404, 405, 413, 429, 500 or 503 with a short
 * Swedish text, never an internal detail. */
void web_error(struct web_req *r, int status, const char *text);
/* The same without the link to the overview, where there is none: at a
 * host name of no förbund it would lead to the same page. */
void web_error_nowhere(struct web_req *r, int status, const char *text);
/* A 303 redirect to path (a local path). */
void web_redirect(struct web_req *r, const char *path);
/* Appends s percent-encoded for a path or query. */
void web_url_esc(struct buf *b, const char *s);
/* A 303 redirect to path with ?ok=notice (one of page.c's notices),
 * after a form was stored; the notice goes before a fragment of path. */
void page_done(struct web_req *r, const char *path, const char *notice);
/* The notice of a year closed with no board meeting recorded on the day
 * its annual report was adopted. */
#define YEAR_CLOSED_NO_MEETING                                                                        \
	"Året är stängt, men inget styrelsesammanträde är registrerat den dag årsredovisningen "        \
	"fastställdes: registrera sammanträdet under Sammanträden och anteckna beslutet om "           \
	"årsredovisningen."
/* page_done to base + code (encoded; may be NULL) + rest (may be NULL). */
void web_done_at(struct web_req *r, const char *base, const char *code, const char *rest, const char *notice);
/* Renders d into the page as HTML (render_html_embed: its title an <h2>),
 * then frees it; a
 * NULL d shows the message in err instead. */
void page_doc(struct web_req *r, struct doc *d, const struct err *err);
/* A record's two actions in a table of its page: the columns "Ändra" and
 * "Ta bort" at col and col + 1, and in a row the links to the pages that
 * change (edit) and remove it (a confirmation first), with the words about
 * (NULL: none) that name the record to those who hear the page, and ids
 * edit-ID and remove-ID (id NULL: none). */
void page_action_columns(struct doc_table *t, size_t col);
void page_actions(struct doc_row *row, size_t col, const char *edit, const char *remove, const char *about,
		  const char *id);
/* Renders d in format ("pdf", "xlsx", "html", "csv", "json") as the whole
 * response, a download named filename; frees d. */
void web_download(struct web_req *r, struct doc *d, const char *format, const char *filename);
/* A notice at the top of a page from ?ok=..., when it is one of the
 * notices the forms' redirects give ("Beslutet är sparat."). */
void page_notice(struct web_req *r);
/* An input with label, keeping value, and its error message beside it
 * when there is one. */
void page_field(struct web_req *r, const char *name, const char *label, const char *type, const char *value,
		const char *error);
/* The same with the autocomplete attribute ("username",
 * "current-password", "new-password"), which lets the browser fill it. */
void page_field_ac(struct web_req *r, const char *name, const char *label, const char *type, const char *value,
		   const char *error, const char *autocomplete);
/* A select of the values (at most n, or up to a NULL value), each shown
 * as labels[i] (labels NULL: as the value itself), the one equal to
 * chosen selected; first an option "" reading empty, unless empty is
 * NULL. With error, marked invalid and described by the error beside it. */
void page_select_labels(struct web_req *r, const char *name, const char *label, const char *const *values,
			const char *const *labels, size_t n, const char *empty, const char *chosen, const char *error);
/* A select with the choices (NULL-terminated), the chosen one selected. */
void page_select(struct web_req *r, const char *name, const char *label, const char *const *choices,
		 const char *chosen, const char *error);
/* page_select with an empty "Välj …" first, for a choice where a default
 * would count in the statistics. */
void page_choice(struct web_req *r, const char *name, const char *label, const char *const *choices,
		 const char *chosen, const char *error);
/* A textarea of rows lines with label, an optional hint under it and its
 * error, described and marked as page_field does. */
void page_textarea(struct web_req *r, const char *name, const char *label, const char *value, int rows,
		   const char *hint, const char *error);

/* A file sent with a form (r->file), written to a private folder (mode
 * 0700) under TMPDIR while a use case reads it, as name: 0, or -1 when it
 * could not be written (nothing is left behind). web_upload_gone removes
 * it (it holds personal data: before the answer). web_upload_name: the
 * name the browser gave it, without folders, or def. web_upload_rename
 * appends s with the temporary path replaced by that name. */
struct web_upload {
	char dir[4096];
	char path[4200];
};
int web_upload_save(struct web_req *r, struct web_upload *u, const char *name);
void web_upload_gone(struct web_upload *u);
const char *web_upload_name(const struct web_req *r, const char *def);
void web_upload_rename(struct buf *b, const char *s, const char *path, const char *name);
/* The errors of a failed import, in a summary (id) that takes the focus:
 * "Ingenting sparades", the first line of the use case's message msg, and
 * a list of every error of rows (NULL or empty: none) as "name, rad 12,
 * kolumn 3: reason", with a sentence (#ID-more) when there were more than
 * the list holds. The temporary path (path, may be NULL) is shown as
 * name. */
void page_import_errors(struct web_req *r, const char *id, const char *msg, const struct app_import_errors *rows,
			const char *path, const char *name);

/* A form's errors: each shown beside its field (page_field's error is
 * page_errors_for(pe, name)) and all in a summary at the top of the form
 * (page_errors_summary), which takes the focus so that a screen reader
 * and the keyboard start there. */
#define PAGE_ERRORS_MAX 32
struct page_errors {
	size_t n;
	struct {
		char field[ERR_FIELD_MAX];  /* the input's name, "" for the whole form */
		char *msg;
	} e[PAGE_ERRORS_MAX];
	int busy;                       /* one is a busy database (WEB_BUSY_FORM_TEXT) */
};
void page_errors_init(struct page_errors *pe);
void page_errors_release(struct page_errors *pe);
/* Adds msg (copied) for field (an input's name, or NULL or "" for the
 * form as a whole); the first letter is made upper case, a full stop is
 * added, so that an app message ("beslutet är daterat …") reads as a
 * sentence. Beyond PAGE_ERRORS_MAX the rest are dropped. */
void page_errors_add(struct page_errors *pe, const char *field, const char *msg);
/* Adds an app error: beside err->field when it names one, else for the
 * form; a busy database (err->busy) as WEB_BUSY_FORM_TEXT, for the form. */
void page_errors_add_err(struct page_errors *pe, const struct err *err);
/* Adds the declared words (app/fields.c) for every field of rec that form
 * f gives blank, all at once; returns how many. */
struct app_record;
size_t page_require(struct page_errors *pe, const struct app_record *rec, const struct form *f);
/* The message for field, or NULL. */
const char *page_errors_for(const struct page_errors *pe, const char *field);
/* The summary (nothing when there is no error): "Formuläret har N fel"
 * and each message, linking to its field. */
void page_errors_summary(struct web_req *r, const struct page_errors *pe);

/* The year a page is about: the form's "year" (the query's, or a
 * body's), else the latest year of the books, else this year. */
int page_year_of(struct web_req *r, const struct form *f);
/* The form that picks the year of the page at action (a GET); its input
 * has the id input_id ("year", or another where a form of the page has a
 * field called year). */
void page_year_picker(struct web_req *r, const char *action, int year, const char *input_id);

/* The store of the request, opened when first needed (NULL after a 500). */
struct store *web_store(struct web_req *r);
/* The same at a region host name: the host's connection, in no förbund
 * of its own choosing (the follow-up goes through them all). */
struct store *web_host_store(struct web_req *r);
/* The integer in s (a year, an id) within [lo, hi]; -1 when it is not. */
long web_int(const char *s, long lo, long hi);
/* The current year (UTC). */
int web_this_year(void);

/* The handlers. */
void page_css(struct web_req *r);
void page_login_form(struct web_req *r);
void page_login(struct web_req *r);
void page_logout(struct web_req *r);
/* The region pages (pages_auth.c, pages_region.c). */
void page_region_login(struct web_req *r);
void page_region_logout(struct web_req *r);
void page_region_followup(struct web_req *r);
void page_region_download(struct web_req *r);
void page_dashboard(struct web_req *r);
void page_insatser(struct web_req *r);
void page_insats(struct web_req *r);
void page_insats_decide(struct web_req *r);
void page_deltagare(struct web_req *r);
void page_deltagare_ny(struct web_req *r);
void page_import_form(struct web_req *r);
void page_import(struct web_req *r);
void page_deltagare_add(struct web_req *r);
void page_deltagare_show(struct web_req *r);
void page_enrol(struct web_req *r);
void page_exit(struct web_req *r);
void page_goals(struct web_req *r);
void page_goal_assess(struct web_req *r);
void page_budget(struct web_req *r);
void page_forecast(struct web_req *r);
void page_reports(struct web_req *r);
void page_report(struct web_req *r);
void page_checks(struct web_req *r);
void page_decision_remove_form(struct web_req *r);
void page_decision_remove(struct web_req *r);
/* The lists that scale (pages_lists.c): the books and the audit log. */
void page_books(struct web_req *r);
void page_books_search(struct web_req *r);
void page_books_ver(struct web_req *r);
void page_log(struct web_req *r);
/* The participant list's search form, pages and table, for page_deltagare. */
void participant_list(struct web_req *r);
/* The intervention list's search form, pages and table, for page_insatser. */
void insats_list(struct web_req *r);

/* Interventions (pages_interventions.c): a new one, changes, closing,
 * removal, allocations and anonymous counts; page_insats_actions puts
 * the administrator's links at the top of the intervention's page,
 * page_insats_sections the allocations and anonymous counts below. The adm_
 * helpers are shared with pages_users.c: a form's values added by hand,
 * and an app error added to the form's errors with status 400. */
void page_insats_new_form(struct web_req *r);
void page_insats_new(struct web_req *r);
void page_insats_edit_form(struct web_req *r);
void page_insats_edit(struct web_req *r);
void page_insats_close_form(struct web_req *r);
void page_insats_close(struct web_req *r);
void page_insats_year(struct web_req *r);
/* The records of the documents beyond the books (pages_docdata.c). */
void page_docdata(struct web_req *r);
void page_docdata_adoption(struct web_req *r);
void page_docdata_staff(struct web_req *r);
void page_docdata_history(struct web_req *r);
void page_docdata_history_remove(struct web_req *r);
void page_docdata_auditors(struct web_req *r);
void page_docdata_auditors_remove(struct web_req *r);
void page_insats_remove_form(struct web_req *r);
void page_insats_remove(struct web_req *r);
void page_allocation_add(struct web_req *r);
void page_allocation_remove_form(struct web_req *r);
void page_allocation_remove(struct web_req *r);
void page_anonymous_add(struct web_req *r);
void page_anonymous_edit_form(struct web_req *r);
void page_anonymous_edit(struct web_req *r);
void page_anonymous_remove_form(struct web_req *r);
void page_anonymous_remove(struct web_req *r);
void page_insats_actions(struct web_req *r, const char *which);
void page_insats_sections(struct web_req *r, const struct intervention *iv, const char *which);
void adm_form_add(struct form *v, const char *name, const char *value);
void adm_form_error(struct web_req *r, struct page_errors *pe, const struct err *err);

/* Users, settings, the register extract and purge (pages_users.c). */
void page_users(struct web_req *r);
void page_user_add(struct web_req *r);
void page_user_show(struct web_req *r);
void page_user_edit(struct web_req *r);
void page_user_passwd(struct web_req *r);
void page_user_disable_form(struct web_req *r);
void page_user_disable(struct web_req *r);
void page_user_enable(struct web_req *r);
void page_settings(struct web_req *r);
void page_settings_set(struct web_req *r);
void page_privacy(struct web_req *r);
void page_extract(struct web_req *r);
void page_purge(struct web_req *r);
void page_anonymise(struct web_req *r);

/* ---- forms: the decisions, the script, logging in again ---- */

/* A decision form as it is shown again after a refusal: what was typed
 * (v, NULL for a fresh form), the messages, and the confirmations the use
 * case asked for (err.need), each shown as a checkbox. */
struct decision_form {
	const struct form *v;
	struct page_errors pe;
	unsigned need;
};
void decision_form_init(struct decision_form *df, const struct form *v);
void decision_form_release(struct decision_form *df);
/* The decisions' part of the intervention's page: the form for a new one
 * and the list, each with a way to change or remove it. */
void page_decisions_section(struct web_req *r, long id, const char *which);
void page_decision_edit_form(struct web_req *r);
void page_decision_edit(struct web_req *r);
/* The script that keeps typed text and warns before the session ends
 * (pages_script.c), and the session's seconds left that it asks for. */
void page_js(struct web_req *r);
void page_session(struct web_req *r);
/* The seconds left of the session of r (logged in), and in *warn (may be
 * NULL) how long before the end the pages warn. */
int64_t web_session_left(const struct web_req *r, int64_t *warn);
/* A 303 to the login, with ?next= the page asked for when it is safe. */
void web_login_redirect(struct web_req *r);
/* The page a form posted to path was sent from: path itself when it is
 * a page, else the nearest page above it ("/insatser/1/beslut" ->
 * "/insatser/1"), else "/". */
void web_next_for_post(const char *path, char *out, size_t n);
/* The login form for a request whose session has ended, leading back to
 * next (a local page, checked by web_safe_next). */
void page_login_again(struct web_req *r, const char *next);
/* 1 when next is a local path of a page (GET) of the route table, with no
 * scheme, host or control character: the only places a login leads to. */
int web_safe_next(const char *next);

/* The budget, the members, the board, the year cycle and the years (pages_budget.c). */
void page_budget_lines(struct web_req *r);
void page_budget_years(struct web_req *r);
void page_budget_line_add(struct web_req *r);
void page_budget_line_form(struct web_req *r);
void page_budget_line_edit(struct web_req *r);
void page_budget_line_remove_form(struct web_req *r);
void page_budget_line_remove(struct web_req *r);
void page_budget_revise(struct web_req *r);
void page_budget_import_form(struct web_req *r);
void page_budget_import(struct web_req *r);
void page_forecasts(struct web_req *r);
void page_forecast_form(struct web_req *r);
void page_forecast_edit(struct web_req *r);
void page_forecast_remove_form(struct web_req *r);
void page_forecast_remove(struct web_req *r);
void page_members(struct web_req *r);
void page_member_add(struct web_req *r);
void page_member_form(struct web_req *r);
void page_member_edit(struct web_req *r);
void page_member_remove_form(struct web_req *r);
void page_member_remove(struct web_req *r);
void page_board(struct web_req *r);
void page_board_add(struct web_req *r);
void page_board_form(struct web_req *r);
void page_board_edit(struct web_req *r);
void page_board_remove_form(struct web_req *r);
void page_board_remove(struct web_req *r);
void page_cycle(struct web_req *r);
void page_cycle_add(struct web_req *r);
void page_cycle_form(struct web_req *r);
void page_cycle_edit(struct web_req *r);
void page_cycle_remove_form(struct web_req *r);
void page_cycle_remove(struct web_req *r);
void page_years(struct web_req *r);
void page_year_close_form(struct web_req *r);
void page_year_close(struct web_req *r);
void page_year_reopen_form(struct web_req *r);
void page_year_reopen(struct web_req *r);

/* The governing documents (pages_policies.c). */
void page_policies(struct web_req *r);
void page_policy_add(struct web_req *r);
void page_policy_form(struct web_req *r);
void page_policy_edit(struct web_req *r);
void page_policy_revise_form(struct web_req *r);
void page_policy_revise(struct web_req *r);
void page_policy_remove_form(struct web_req *r);
void page_policy_remove(struct web_req *r);
void page_meetings(struct web_req *r);
void page_meeting_add(struct web_req *r);
void page_meeting(struct web_req *r);
void page_meeting_form(struct web_req *r);
void page_meeting_edit(struct web_req *r);
void page_meeting_remove_form(struct web_req *r);
void page_meeting_remove(struct web_req *r);
void page_meeting_decide(struct web_req *r);
void page_meeting_decision_form(struct web_req *r);
void page_meeting_decision_edit(struct web_req *r);
void page_meeting_decision_remove_form(struct web_req *r);
void page_meeting_decision_remove(struct web_req *r);
/* The internal control plan (pages_control.c). */
void page_control(struct web_req *r);
void page_risk_add(struct web_req *r);
void page_risk_copy(struct web_req *r);
void page_control_adopt(struct web_req *r);
void page_risk(struct web_req *r);
void page_risk_form(struct web_req *r);
void page_risk_edit(struct web_req *r);
void page_risk_remove_form(struct web_req *r);
void page_risk_remove(struct web_req *r);
void page_action_add(struct web_req *r);
void page_action(struct web_req *r);
void page_action_edit(struct web_req *r);
void page_action_follow_up(struct web_req *r);
void page_action_remove_form(struct web_req *r);
void page_action_remove(struct web_req *r);
void page_followup_remove_form(struct web_req *r);
void page_followup_remove(struct web_req *r);

/* The goals, the texts and the files read in (pages_goals.c). */
void page_goals_manage(struct web_req *r);
void page_goal_add(struct web_req *r);
void page_result_add(struct web_req *r);
void page_goal_edit_form(struct web_req *r);
void page_goal_edit(struct web_req *r);
void page_goal_remove_form(struct web_req *r);
void page_goal_remove(struct web_req *r);
void page_goal_assess_form(struct web_req *r);
void page_goal_assess_one(struct web_req *r);
void page_goal_assessment_remove_form(struct web_req *r);
void page_goal_assessment_remove(struct web_req *r);
void page_texts(struct web_req *r);
void page_text_form(struct web_req *r);
void page_text_save(struct web_req *r);
void page_text_remove_form(struct web_req *r);
void page_text_remove(struct web_req *r);
void page_uploads(struct web_req *r);
void page_upload_sie(struct web_req *r);
void page_upload_survey(struct web_req *r);
void page_surveys(struct web_req *r);
void page_survey_remove_form(struct web_req *r);
void page_survey_remove(struct web_req *r);

/* The registrar's pages (pages_registrar.c): corrections of the
 * participant register and the ready marks; and what the participant
 * forms share. */
void page_participant_edit_form(struct web_req *r);
void page_participant_edit(struct web_req *r);
void page_participant_remove_form(struct web_req *r);
void page_participant_remove(struct web_req *r);
void page_enrolment_edit_form(struct web_req *r);
void page_enrolment_edit(struct web_req *r);
void page_enrolment_remove_form(struct web_req *r);
void page_enrolment_remove(struct web_req *r);
void page_exit_undo_form(struct web_req *r);
void page_exit_undo(struct web_req *r);
void page_ready(struct web_req *r);
void page_ready_mark(struct web_req *r);
void page_ready_unmark(struct web_req *r);
/* The checkboxes an enrolment form shows when the use case asked for a
 * confirmation (need: err.need) or one was ticked in v: "planned" with
 * planned_label, "force" ("Spara ändå: åldern är utanför målgruppen"). */
void page_enrolment_need(struct web_req *r, unsigned need, const struct form *v, const char *planned_label);
/* The use case's flags from a posted enrolment form: ENROLMENT_CHOOSE,
 * and ENROLMENT_PLANNED / ENROLMENT_FORCE when their boxes are ticked. */
unsigned page_enrolment_flags(const struct form *b);
/* 1 when the exit of enrolment e (in reg) is the one undoing an exit
 * reopens (app_participant_exit_undo): the participant's latest exit in
 * that intervention, with no enrolment there open. */
int page_exit_undoable(const struct app_register *reg, const struct enrolment *e);
/* Adds err beside its field when the form has one of fields (NULL-ended),
 * else for the form as a whole. */
void page_errors_in(struct page_errors *pe, const struct err *err, const char *const *fields);
/* page_doc in a box with an id (the tables inside are framed and named
 * as in every page, so a wide table never widens the page). The
 * document's title and subtitles are left out: the page has its heading. */
void page_doc_scroll(struct web_req *r, struct doc *d, const struct err *err, const char *id);

/* The forms of the records of the förbund's frame (page_forms.c). A
 * field of a form: a text field, or a choice among values (shown as
 * labels, after an empty "Välj …") when values is set. */
struct page_field_decl {
	const char *name, *label;
	const char *const *values, *const *labels;
};
#define FIELD_TEXT(n, l) { .name = n, .label = l }
#define FIELD_CHOICE(n, l, vs, ls) { .name = n, .label = l, .values = vs, .labels = ls }
/* What was typed into field name of v (v NULL or no such field: dflt). */
const char *page_form_value(const struct form *v, const char *name, const char *dflt);
/* A text field keeping what was typed (v) or dflt, its error from pe. */
void page_form_field(struct web_req *r, const struct page_errors *pe, const struct form *v, const char *name,
		     const char *label, const char *dflt);
/* A select that starts with an empty "Välj …" option (nothing is chosen
 * for the user); values[i] is sent, labels[i] shown. */
void page_form_choice(struct web_req *r, const struct page_errors *pe, const char *name, const char *label,
		      const char *const *values, const char *const *labels, const char *chosen);
/* A hidden field (v NULL: empty), and one holding a number. */
void page_hidden(struct web_req *r, const char *name, const char *v);
void page_hidden_int(struct web_req *r, const char *name, long v);
/* The fields f[0..n) of a form, each with its present value now[i] (now
 * NULL: none, an empty field and nothing chosen), or what was typed (v)
 * and its error (pe) when the form comes back refused. */
void page_form_fields(struct web_req *r, const struct page_field_decl *f, size_t n, const char *const *now,
		      const struct page_errors *pe, const struct form *v);
/* The page of a form that changes one record. */
struct page_edit {
	const char *title;
	const char *intro;              /* HTML before the form; NULL: none */
	const char *id;                 /* "member-edit": the form member-edit-form,
					   its button member-edit-submit */
	const char *action;
	const char *const *hidden;      /* name, value, ..., NULL; NULL: none */
	const struct page_field_decl *fields;
	size_t n;
	const char *const *now;         /* the fields' present values */
	const char *cancel;             /* where Avbryt leads */
};
/* The page p; a refused form (pe) comes back with its errors, what was
 * typed (v) kept. */
void page_edit(struct web_req *r, const struct page_edit *p, const struct page_errors *pe, const struct form *v);
/* A confirmation page: the question, what follows, and a form that does
 * it (action), ended by the button and Avbryt leading back. */
void page_confirm_begin(struct web_req *r, const char *title, const char *what, const char *action);
void page_confirm_end(struct web_req *r, const char *button, const char *back);
/* A records table of n columns with its caption, in a document of its own
 * (*d) that page_doc_scroll shows: framed and named by the caption. */
struct doc_table *page_records_table(struct doc **d, const char *key, const char *caption, size_t n);

/* The overview's part for the user's role, first on "/": the director's
 * failing checks, deadlines, governing documents not revised in time and
 * interventions not marked ready; the registrar's participants to follow
 * up and ready marks; the auditor's check summary and governing documents
 * (nothing for the board, whose figures are the cards).
 * Kept per user and year like the cards. */
void page_role_overview(struct web_req *r, int year);
/* A number that changes whenever web_data_changed is called. */
unsigned long web_data_generation(void);

/* The style sheet of the pages (the documents' own plus the app's). */
const char *web_css(void);

/* Says that the data may have changed (after a form was handled), so that
 * pages kept for a while are made again. */
void web_data_changed(void);

#endif
