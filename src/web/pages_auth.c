/*
 * pages_auth.c: the style sheet, logging in and out. The login form has no
 * session yet, so its CSRF token is a random value in a short-lived cookie
 * that the form must repeat (double submit); the session's own cookie is
 * HttpOnly and SameSite=Strict, and Secure when the server is told it is
 * reached over https.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "render/render.h"
#include "web/web_int.h"

static const char app_css[] =
	"body{margin:0;font-family:'DejaVu Sans',Verdana,sans-serif;color:#1a1a1a;background:#f6f7f9}\n"
	".app-head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;"
	"background:#1f3a5f;color:#fff;padding:.4rem 1rem}\n"
	".app-head ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}\n"
	".app-head a{color:#fff;text-decoration:none;padding:.2rem 0}\n"
	".app-head a[aria-current]{border-bottom:2px solid #ffd479}\n"
	".app-head form{margin:0}.who{margin-right:.5rem;font-size:.9rem}\n"
	"main{max-width:72rem;margin:0 auto;padding:1rem;background:#fff;min-height:80vh}\n"
	"h1{font-size:1.5rem;color:#1f3a5f}h2{font-size:1.2rem;color:#1f3a5f;margin-top:1.6rem}\n"
	".field{margin:.5rem 0}.field label{display:block;font-weight:bold;font-size:.9rem}\n"
	".field input,.field select,.field textarea{font:inherit;padding:.3rem;min-width:16rem;"
	"border:1px solid #888;border-radius:3px}\n"
	".has-error input,.has-error select{border-color:#b00020}\n"
	".field-error,.error{color:#b00020;font-weight:bold}.field-error{display:block;font-size:.9rem}\n"
	".notice{background:#e6f4ea;border-left:4px solid #2e7d32;padding:.5rem}\n"
	"button{font:inherit;padding:.35rem .9rem;background:#1f3a5f;color:#fff;border:0;border-radius:3px;"
	"cursor:pointer}\n.app-head button{background:#fff;color:#1f3a5f}\n"
	".cards{display:flex;flex-wrap:wrap;gap:1rem}.card{flex:1 1 16rem;min-width:0;border:1px solid #ddd;"
	"border-radius:4px;padding:.8rem}\n.card .big{font-size:1.6rem;font-weight:bold}\n"
	".ok{color:#2e7d32}.warn{color:#b00020}\nform.inline{display:inline}\n"
	"fieldset{border:1px solid #ddd;margin:1rem 0}\n"
	/* forms: confirmations, the session warning */
	".field.check{display:flex;align-items:flex-start;gap:.5rem}\n"
	".field.check input{width:1.5rem;height:1.5rem;min-width:0;margin:0;flex:none}\n"
	".field.check label{font-weight:normal;font-size:1rem}\n"
	".session-warning{position:sticky;top:0;z-index:10;background:#fff4ce;border-bottom:3px solid #8a6d00;"
	"padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}\n"
	".session-warning p{margin:0;flex:1 1 14rem}.session-warning[hidden]{display:none}\n";

/* Pages made for the screen: a phone's width, the keyboard, a finger.
 * Nothing here is for one page: every table, form and page is meant. */
static const char screen_css[] =
	".skip-link{position:absolute;left:-999rem;top:.5rem;z-index:10;background:#fff;color:#1f3a5f;"
	"padding:.5rem 1rem;font-weight:bold}\n.skip-link:focus{left:.5rem}\n"
	":focus-visible{outline:3px solid #1f3a5f;outline-offset:2px}\n"
	".app-head :focus-visible{outline-color:#ffd479}\n"
	"main:focus{outline:0}\nmain{overflow-wrap:break-word}\n"
	"pre{white-space:pre-wrap;overflow-wrap:anywhere}\n"
	".visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;"
	"clip:rect(0 0 0 0);white-space:nowrap;border:0}\n"
	/* Tap targets of at least 24 by 24 px. */
	".app-head a,table a,.downloads a,.skip-link{display:inline-block;min-height:24px;min-width:24px;"
	"line-height:24px}\n"
	/* A link alone in a list item is a tap target of its own; inline, so
	 * that a link ending a sentence ("se deltagarna.") stays in it. */
	"main li>a:only-child{display:inline-block;min-height:24px;line-height:24px;padding:.1rem 0}\n"
	".error-summary a{display:block;min-height:24px;line-height:24px;padding:.1rem 0}\n"
	"button,input,select,summary{min-height:24px}\nsummary{cursor:pointer;line-height:24px}\n"
	".field input,.field select,.field textarea{max-width:100%;box-sizing:border-box}\n"
	".downloads{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}\n"
	/* Wide tables scroll in their frame (page_end), never the page. */
	".table-scroll{overflow-x:auto;max-width:100%;margin:.5rem 0;position:relative}\n"
	/* A shadow at the edge a table goes on past, so that it shows it scrolls. */
	".table-scroll{background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/2rem 100% no-repeat local,"
	"linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/2rem 100% no-repeat local,"
	"radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.3),rgba(0,0,0,0)) left/.8rem 100% no-repeat scroll,"
	"radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.3),rgba(0,0,0,0)) right/.8rem 100% no-repeat scroll;"
	"background-color:#fff}\n"
	"main .finsam-doc{padding:0;max-width:none}\n"
	".card h2{margin-top:0}\n"
	/* A form's errors: the summary at the top, each beside its field. */
	".error-summary{border:3px solid #b00020;background:#fff6f6;padding:.6rem 1rem;margin:1rem 0}\n"
	".error-summary h2{color:#b00020;font-size:1.1rem;margin:0 0 .4rem}\n"
	".error-summary ul{margin:0;padding-left:1.2rem}\n.error-summary a{color:#b00020;font-weight:bold}\n"
	".error-summary:focus{outline:3px solid #1f3a5f;outline-offset:2px}\n"
	".field.has-error{border-left:4px solid #b00020;padding-left:.6rem}\n"
	".has-error input,.has-error select,.has-error textarea{border:2px solid #b00020}\n"
	".field-error{margin-top:.2rem}\n"
	"@media (max-width:36rem){\n"
	".app-head{padding:.3rem .5rem}.app-head ul{gap:0 .9rem}\n"
	"main{padding:.75rem .6rem}h1{font-size:1.3rem}\n"
	".field input,.field select,.field textarea{min-width:0;width:100%;max-width:calc(100vw - 2.5rem)}\n"
	".card{flex-basis:100%}\n"
	".finsam-doc{font-size:14px}.finsam-doc th,.finsam-doc td{padding-left:.6rem}\n"
	/* A long word in a row's label breaks, so the figures find room. */
	".finsam-doc tbody th{overflow-wrap:anywhere}.finsam-doc table.figures tbody th{min-width:7rem}\n"
	".finsam-doc .detail{margin-left:1rem}\n"
	"}\n";

/* The lists that scale: search forms, pages, tables that scroll in their box. */
static const char lists_css[] =
	"form.filters{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}form.filters>.error-summary{flex-basis:100%}\n"
	"form.filters .field input,form.filters .field select{min-width:0;width:11rem;max-width:100%}\n"
	".pager{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:baseline;margin:.5rem 0}\n"
	".pager p{margin:0}.pager a{display:inline-block;padding:.3rem 0;min-height:24px}\n"
	".table-box{max-width:100%;overflow-x:auto}\n"
	".table-box .finsam-doc{padding:0;margin:0}\n"
	".finsam-doc td a{display:inline-block;min-height:24px}\n"
	/* An action ("Ta bort") is not broken over two lines. */
	".finsam-doc td a:only-child{white-space:nowrap}\n"
	/* The log's changes are long: on a phone the box scrolls rather than
	 * squeeze them into a column a word wide. */
	"#log table{min-width:40rem}#log td:first-child{white-space:nowrap}\n";

/* Interventions, users, settings and the register: long texts, a
 * row of links, checkboxes, and wide tables that scroll by
 * themselves on a phone instead of the page. */
static const char admin_css[] =
	".field textarea{display:block;width:100%;max-width:40rem;min-width:0;box-sizing:border-box}\n"
	".actions a{display:inline-block;padding:.3rem 0;min-height:24px}\n"
	".boxes .box{margin:.3rem 0}.boxes input{width:1.2rem;height:1.2rem;vertical-align:middle}\n"
	".boxes.has-error{border-color:#b00020}.scroll{overflow-x:auto}\n"
	".has-error textarea{border-color:#b00020}\n"
	/* A document wider than a phone (a table of many columns) scrolls
	 * within itself, not the page. */
	"main .finsam-doc{overflow-x:auto}\n";

/* The budget, the members, the board, the year cycle and the years. */
static const char budget_css[] =
	".check input{min-width:24px;min-height:24px;vertical-align:middle}\n";

/* The goals, the texts and the files read in. */
static const char goals_css[] =
	".text-field textarea{width:100%;min-width:0;box-sizing:border-box}\n"
	".field input[type=file]{min-width:0}.field.check label{display:inline}\n"
	".goal .field select,.text-edit select,#result-form select,#edit-form select,#assess-form select,"
	"#goal-form select{max-width:100%;min-width:0}\n"
	".field input[type=file],#result-form input,#edit-form input{max-width:100%;box-sizing:border-box}\n"
	"ul.survey-list li{margin:.4rem 0}\n"
	".hint{display:block;font-size:.9rem;color:#444}\n"
	".preview{border:1px dashed #1f3a5f;padding:.5rem 1rem;margin:1rem 0}\n"
	".upload-errors li{margin:.2rem 0;overflow-wrap:anywhere}\n";

/* The registrar's pages and the overview. */
static const char registrar_css[] =
	".scroll{overflow-x:auto;max-width:100%}\n"
	".field.check input{min-width:0;width:1.5rem;height:1.5rem;vertical-align:middle}\n"
	".field.check label{display:inline;font-weight:normal}\n"
	".actions{padding-left:1.2rem}.actions li{margin:.4rem 0}\n"
	".role-first li{margin:.3rem 0}.role-first{margin-bottom:1rem}\n"
	/* The overview's cards on a phone: the participants' table keeps within its card. */
	".card{min-width:0}.card .finsam-doc th,.card .finsam-doc td{padding:.2rem .25rem}\n"
	".card .finsam-doc table.figures tbody th{min-width:0}\n";

const char *web_css(void)
{
	return app_css;
}

void page_css(struct web_req *r)
{
	buf_adds(&r->out, render_html_css());
	buf_adds(&r->out, render_html_print_css());
	buf_adds(&r->out, "\n");
	buf_adds(&r->out, app_css);
	buf_adds(&r->out, screen_css);
	buf_adds(&r->out, lists_css);
	buf_adds(&r->out, admin_css);
	buf_adds(&r->out, budget_css);
	buf_adds(&r->out, goals_css);
	buf_adds(&r->out, registrar_css);
	r->type = "text/css; charset=utf-8";
	r->cacheable = 1;
}

static void cookie(struct web_req *r, int i, const char *name, const char *value, const char *path, int max_age)
{
	char age[32] = "";

	if (max_age >= 0)
		snprintf(age, sizeof(age), "; Max-Age=%d", max_age);
	snprintf(r->cookies_out[i], sizeof(r->cookies_out[i]), "%s=%s; Path=%s; HttpOnly; SameSite=Strict%s%s",
		 name, value, path, age, r->srv->cfg.secure_cookies ? "; Secure" : "");
}

/* On a host, whose login this is: the förbund's (its association's
 * name) at a förbund's host name, the region pages' at theirs; a host
 * serves many, and the address alone may not say which. Nothing when the
 * name cannot be read (the form works without it). */
static void login_for(struct web_req *r)
{
	char name[256];
	struct err err;

	if (r->region) {
		web_printf(&r->out, "<p id=\"login-for\">Inloggning till regionsidorna: den nationella uppföljningen "
				    "summerad över %s%s.</p>\n",
			   r->region_host.scope.all ? "alla förbund på värden" : "förbunden i ",
			   r->region_host.scope.all ? "" : r->region_host.scope.region);
		return;
	}
	if (!r->srv->host || !r->forbund[0])
		return;
	if (!web_store(r)) {
		/* The form is shown all the same, only without the name. */
		r->busy = 0;
		return;
	}
	if (app_association_name(r->st, name, sizeof(name), &err) < 0) {
		fprintf(stderr, "finsam serve: %s\n", err.msg);
		return;
	}
	if (*name)
		web_printf(&r->out, "<p id=\"login-for\">Inloggning till %s.</p>\n", name);
}

/* The login form; next (checked) is where a login leads, "" the overview. */
static void login_form(struct web_req *r, const char *user, const char *error, const char *next)
{
	unsigned char raw[32];
	char token[65];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(token, sizeof(token), raw, sizeof(raw));
	cookie(r, 1, WEB_LOGIN_COOKIE, token, "/login", 3600);
	page_begin(r, "Logga in");
	login_for(r);
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"login-error\" role=\"alert\">%s</p>\n", error);
	web_printf(&r->out, "<form id=\"login-form\" method=\"post\" action=\"/login\">\n"
			    "<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n",
		   token);
	if (next && web_safe_next(next))
		web_printf(&r->out, "<input type=\"hidden\" name=\"next\" value=\"%s\">\n", next);
	page_field_ac(r, "user", "Användarnamn", "text", user, NULL, "username");
	page_field_ac(r, "password", "Lösenord", "password", "", NULL, "current-password");
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"login-button\">Logga in</button></p>\n</form>\n");
	page_end(r);
}

void page_login_form(struct web_req *r)
{
	login_form(r, "", NULL, form_get(&r->query, "next"));
}

void page_login_again(struct web_req *r, const char *next)
{
	buf_reset(&r->out);
	r->status = 403;
	r->logged_in = 0;
	login_form(r, "",
		   "Inloggningen har gått ut, så formuläret är inte sparat. Logga in igen, så kommer du tillbaka "
		   "till sidan och kan spara det på nytt.",
		   next);
}

/* Answers a login's outcome rc (app_login's and app_region_login's): the
 * session's cookie and a way on to next ("/" when unsafe or NULL) when it
 * passed; the form again with the wait (429) when throttled, or with the
 * refusal; 500 on any other error. The token is wiped. */
static void login_answer(struct web_req *r, int rc, char token[65], int64_t wait, const struct err *err,
			 const char *user, const char *next)
{
	if (rc == 0) {
		cookie(r, 0, WEB_SESSION_COOKIE, token, "/", -1);
		cookie(r, 1, WEB_LOGIN_COOKIE, "", "/login", 0);
		sodium_memzero(token, 65);
		web_redirect(r, next && web_safe_next(next) ? next : "/");
		return;
	}
	if (rc == APP_LOGIN_THROTTLED) {
		r->status = 429;
		r->retry_after = (long)wait;
		login_form(r, user, err->msg, next);
		return;
	}
	if (rc < 0 && strcmp(err->msg, "fel användarnamn eller lösenord") != 0) {
		fprintf(stderr, "finsam serve: %s\n", err->msg);
		web_error(r, 500, NULL);
		return;
	}
	r->status = 200;
	login_form(r, user, "Fel användarnamn eller lösenord.", next);
}

/* A logout's answer, once its session is gone: the cookie cleared, on to
 * the login. */
static void logout_answer(struct web_req *r)
{
	cookie(r, 0, WEB_SESSION_COOKIE, "", "/", 0);
	web_redirect(r, "/login");
}

void page_login(struct web_req *r)
{
	const char *user = form_get(&r->body, "user"), *pw = form_get(&r->body, "password");
	struct app_login lg;
	struct err err;
	int rc;

	if (!web_store(r)) {
		web_error(r, 500, NULL);
		return;
	}
	rc = app_login(r->st, user, pw, r->address, (int64_t)time(NULL), &lg, &err);
	login_answer(r, rc, lg.token, lg.wait, &err, user, form_get(&r->body, "next"));
	sodium_memzero(&lg, sizeof(lg));
}

void page_logout(struct web_req *r)
{
	struct err err;

	app_logout(r->st, form_get(&r->cookies, WEB_SESSION_COOKIE), &err);
	logout_answer(r);
}

/* POST /login at a region host name: the host's region users only (a
 * förbund's user is nobody here), answered as page_login answers. */
void page_region_login(struct web_req *r)
{
	const char *user = form_get(&r->body, "user"), *pw = form_get(&r->body, "password");
	struct app_region_login lg;
	struct err err;
	int rc;

	if (!web_host_store(r)) {
		web_error(r, 500, NULL);
		return;
	}
	rc = app_region_login(r->st, &r->region_host.scope, user, pw, r->address, (int64_t)time(NULL), &lg, &err);
	login_answer(r, rc, lg.token, lg.wait, &err, user, NULL);
	sodium_memzero(&lg, sizeof(lg));
}

void page_region_logout(struct web_req *r)
{
	struct err err;

	app_region_logout(r->st, form_get(&r->cookies, WEB_SESSION_COOKIE), &err);
	logout_answer(r);
}
