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
	"table.app{border-collapse:collapse;margin:.5rem 0;width:100%}\n"
	"table.app th,table.app td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;"
	"vertical-align:top}\n"
	"table.app td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
	".cards{display:flex;flex-wrap:wrap;gap:1rem}.card{flex:1 1 16rem;border:1px solid #ddd;"
	"border-radius:4px;padding:.8rem}\n.card .big{font-size:1.6rem;font-weight:bold}\n"
	".ok{color:#2e7d32}.warn{color:#b00020}\nform.inline{display:inline}\n"
	"fieldset{border:1px solid #ddd;margin:1rem 0}\n"
	/* The registrar's pages: wide tables scroll on their own; checkboxes, actions. */
	".scroll{overflow-x:auto;max-width:100%}\n"
	".field.check input{min-width:0;width:1.5rem;height:1.5rem;vertical-align:middle}\n"
	".field.check label{display:inline;font-weight:normal}\n"
	".actions{padding-left:1.2rem}.actions li{margin:.4rem 0}\n"
	".todo li{margin:.3rem 0}.todo{margin-bottom:1rem}\n"
	/* The overview's cards on a phone: the participants' table keeps within its card. */
	".card{min-width:0}.card table.app th,.card table.app td{padding:.3rem .25rem}\n";

const char *web_css(void)
{
	return app_css;
}

void page_css(struct web_req *r)
{
	buf_adds(&r->out, render_html_css());
	buf_adds(&r->out, "\n");
	buf_adds(&r->out, app_css);
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

static void login_form(struct web_req *r, const char *user, const char *error)
{
	unsigned char raw[32];
	char token[65];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(token, sizeof(token), raw, sizeof(raw));
	cookie(r, 1, WEB_LOGIN_COOKIE, token, "/login", 3600);
	page_begin(r, "Logga in");
	if (error)
		web_printf(&r->out, "<p class=\"error\" id=\"login-error\" role=\"alert\">%s</p>\n", error);
	web_printf(&r->out, "<form id=\"login-form\" method=\"post\" action=\"/login\">\n"
			    "<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n",
		   token);
	page_field(r, "user", "Användarnamn", "text", user, NULL);
	page_field(r, "password", "Lösenord", "password", "", NULL);
	buf_adds(&r->out, "<p><button type=\"submit\" id=\"login-button\">Logga in</button></p>\n</form>\n");
	page_end(r);
}

void page_login_form(struct web_req *r)
{
	login_form(r, "", NULL);
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
	if (rc == 0) {
		cookie(r, 0, WEB_SESSION_COOKIE, lg.token, "/", -1);
		cookie(r, 1, WEB_LOGIN_COOKIE, "", "/login", 0);
		sodium_memzero(&lg, sizeof(lg));
		web_redirect(r, "/");
		return;
	}
	if (rc == APP_LOGIN_THROTTLED) {
		r->status = 429;
		login_form(r, user, err.msg);
		return;
	}
	if (rc < 0 && strcmp(err.msg, "fel användarnamn eller lösenord") != 0) {
		fprintf(stderr, "finsam serve: %s\n", err.msg);
		web_error(r, 500, NULL);
		return;
	}
	r->status = 200;
	login_form(r, user, "Fel användarnamn eller lösenord.");
}

void page_logout(struct web_req *r)
{
	struct err err;

	app_logout(r->st, form_get(&r->cookies, WEB_SESSION_COOKIE), &err);
	cookie(r, 0, WEB_SESSION_COOKIE, "", "/", 0);
	web_redirect(r, "/login");
}
