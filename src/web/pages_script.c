/*
 * pages_script.c: the one script of the pages (GET /static/finsam.js),
 * served from finsam's own origin so that the Content-Security-Policy
 * allows scripts from 'self' only, never inline; the session's remaining
 * time that it reads from the page and asks for again (GET /inloggning);
 * and where a login may lead back to. The script only helps: it warns
 * before the login ends for want of activity, with a button that keeps
 * it alive, and keeps what is typed in a form (never a password or a
 * personal identity number) in the tab's sessionStorage, so that a form
 * sent after the login ended is filled in again after logging in. Every
 * task works without it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "web/web_int.h"

/* Kept readable: the source of the script as it is served. */
/* In parts, each within the length a C compiler must take. */
static const char *const script[] = {
	"/* finsam.js: what the pages do better with a script; every task works\n"
	" * without it. (a) A warning a few minutes before the login ends for want\n"
	" * of activity, with a button that keeps it alive. (b) What is typed in a\n"
	" * form is kept in this tab's sessionStorage (never a password or a\n"
	" * personal identity number) and filled in again when the same form is\n"
	" * shown after logging in again; a stored form's text is forgotten when the\n"
	" * page after it says it was saved. */\n"
	"(function () {\n"
	"  'use strict';\n"
	"  var PREFIX = 'finsam-form:';\n"
	"  var MAX_AGE = 12 * 60 * 60 * 1000;\n"
	"\n"
	"  function skip(el) {\n"
	"    var type = (el.type || '').toLowerCase();\n"
	"    return !el.name || el.name === 'csrf' || el.name === 'pnr' || /pnr|personnummer/i.test(el.name) ||\n"
	"      type === 'password' || type === 'hidden' || type === 'file' || type === 'submit' ||\n"
	"      type === 'button' || el.disabled;\n"
	"  }\n"
	"\n"
	"  function keyOf(form) {\n"
	"    return PREFIX + (form.getAttribute('action') || location.pathname) + '#' + (form.id || '');\n"
	"  }\n"
	"\n"
	"  function kept(form) {\n"
	"    var form_id = form.id || '';\n"
	"    return (form.method || '').toLowerCase() === 'post' && form_id !== 'logout' && form_id !== 'login-form';\n"
	"  }\n"
	"\n"
	"  function read(key) {\n"
	"    try {\n"
	"      var v = JSON.parse(sessionStorage.getItem(key) || 'null');\n"
	"      if (v && typeof v === 'object' && v.fields && Date.now() - v.at < MAX_AGE)\n"
	"        return v;\n"
	"    } catch (e) { /* nothing kept, or storage refused */ }\n"
	"    return null;\n"
	"  }\n"
	"\n"
	"  function write(key, v) {\n"
	"    try {\n"
	"      sessionStorage.setItem(key, JSON.stringify(v));\n"
	"    } catch (e) { /* storage full or refused: the form still works */ }\n"
	"  }\n"
	"\n"
	"  function save(form, submitted) {\n"
	"    var fields = {}, i, el;\n"
	"    for (i = 0; i < form.elements.length; i++) {\n"
	"      el = form.elements[i];\n"
	"      if (skip(el))\n"
	"        continue;\n"
	"      if (el.type === 'checkbox' || el.type === 'radio')\n"
	"        fields[el.name + '=' + el.value] = el.checked;\n"
	"      else\n"
	"        fields[el.name] = el.value;\n"
	"    }\n"
	"    write(keyOf(form), { at: Date.now(), submitted: submitted, fields: fields });\n"
	"  }\n"
	"\n"
	"  function restore(form, v) {\n"
	"    var i, el, k, filled = 0;\n"
	"    for (i = 0; i < form.elements.length; i++) {\n"
	"      el = form.elements[i];\n"
	"      if (skip(el))\n"
	"        continue;\n"
	"      if (el.type === 'checkbox' || el.type === 'radio') {\n"
	"        k = el.name + '=' + el.value;\n"
	"        if (Object.prototype.hasOwnProperty.call(v.fields, k) && el.checked !== v.fields[k]) {\n"
	"          el.checked = v.fields[k];\n"
	"          filled++;\n"
	"        }\n"
	"      } else if (Object.prototype.hasOwnProperty.call(v.fields, el.name) &&\n"
	"           el.value !== v.fields[el.name]) {\n"
	"        el.value = v.fields[el.name];\n"
	"        filled++;\n"
	"      }\n"
	"    }\n"
	"    if (filled) {\n"
	"      var p = document.createElement('p');\n"
	"      p.className = 'notice restored';\n"
	"      p.setAttribute('role', 'status');\n"
	"      p.textContent = 'Det du skrev innan inloggningen gick ut är ifyllt igen. Kontrollera det och spara.';\n"
	"      form.insertBefore(p, form.firstChild);\n"
	"    }\n"
	"  }\n"
	"\n"
	"  function forms() {\n"
	"    var saved = document.getElementById('notice') !== null;\n"
	"    var errors = document.getElementById('error-summary') !== null;\n",
	"    var all = document.forms, i, form, key, v;\n"
	"    /* A page that says something was saved ends every kept form that\n"
	"     * was sent. */\n"
	"    if (saved) {\n"
	"      for (i = sessionStorage.length - 1; i >= 0; i--) {\n"
	"        key = sessionStorage.key(i);\n"
	"        if (key && key.indexOf(PREFIX) === 0) {\n"
	"          v = read(key);\n"
	"          if (!v || v.submitted)\n"
	"            sessionStorage.removeItem(key);\n"
	"        }\n"
	"      }\n"
	"    }\n"
	"    for (i = 0; i < all.length; i++) {\n"
	"      form = all[i];\n"
	"      if (!kept(form))\n"
	"        continue;\n"
	"      v = read(keyOf(form));\n"
	"      /* A form shown again with its errors already holds what was\n"
	"       * sent: the server's values stand. */\n"
	"      if (v && !errors)\n"
	"        restore(form, v);\n"
	"      form.addEventListener('input', function (e) { save(e.currentTarget, false); });\n"
	"      form.addEventListener('change', function (e) { save(e.currentTarget, false); });\n"
	"      form.addEventListener('submit', function (e) { save(e.currentTarget, true); });\n"
	"    }\n"
	"  }\n"
	"\n"
	"  /* ---- the session's end ---- */\n"
	"  var timer = null, warning = null;\n"
	"\n"
	"  function minutes(s) {\n"
	"    var m = Math.max(1, Math.round(s / 60));\n"
	"    return m === 1 ? 'en minut' : m + ' minuter';\n"
	"  }\n"
	"\n"
	"  function show(text, button) {\n"
	"    if (!warning) {\n"
	"      warning = document.createElement('div');\n"
	"      warning.id = 'session-warning';\n"
	"      warning.className = 'session-warning';\n"
	"      warning.setAttribute('role', 'alert');\n"
	"      var p = document.createElement('p');\n"
	"      p.id = 'session-warning-text';\n"
	"      warning.appendChild(p);\n"
	"      var b = document.createElement('button');\n"
	"      b.type = 'button';\n"
	"      b.id = 'session-stay';\n"
	"      b.textContent = 'Fortsätt vara inloggad';\n"
	"      b.addEventListener('click', stay);\n"
	"      warning.appendChild(b);\n"
	"      document.body.insertBefore(warning, document.body.firstChild);\n"
	"    }\n"
	"    document.getElementById('session-warning-text').textContent = text;\n"
	"    document.getElementById('session-stay').hidden = !button;\n"
	"    warning.hidden = false;\n"
	"  }\n"
	"\n"
	"  function schedule(seconds, warn) {\n"
	"    var end = Date.now() + seconds * 1000;\n"
	"    if (timer)\n"
	"      clearTimeout(timer);\n"
	"    if (warning)\n"
	"      warning.hidden = true;\n"
	"    function tick() {\n"
	"      var left = Math.round((end - Date.now()) / 1000);\n"
	"      if (left <= 0) {\n"
	"        show('Inloggningen har gått ut eftersom ingenting har hänt på en stund. Det du har skrivit ' +\n"
	"             'finns kvar: när du sparar får du logga in igen, och sedan fylls formuläret i på nytt.', false);\n"
	"        return;\n"
	"      }\n"
	"      if (left <= warn)\n"
	"        show('Du loggas ut om ' + minutes(left) + ' om ingenting händer. Det du har skrivit ' +\n"
	"             'sparas inte förrän du sparar formuläret.', true);\n"
	"      timer = setTimeout(tick, left <= warn ? 15000 : (left - warn) * 1000);\n"
	"    }\n"
	"    tick();\n"
	"  }\n"
	"\n"
	"  function stay() {\n"
	"    fetch('/inloggning', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })\n"
	"      .then(function (r) {\n"
	"        if (!r.ok || r.redirected)\n"
	"          throw new Error('utloggad');\n"
	"        return r.json();\n"
	"      })\n"
	"      .then(function (v) { schedule(v.seconds, v.warn); })\n"
	"      .catch(function () {\n",
	"        show('Inloggningen har redan gått ut. Logga in igen; det du har skrivit fylls i på nytt.', false);\n"
	"      });\n"
	"  }\n"
	"\n"
	"  function session() {\n"
	"    var b = document.body, s = parseInt(b.getAttribute('data-session-seconds'), 10),\n"
	"        w = parseInt(b.getAttribute('data-session-warn'), 10);\n"
	"    if (s > 0 && w > 0)\n"
	"      schedule(s, w);\n"
	"  }\n"
	"\n"
	"  function start() {\n"
	"    forms();\n"
	"    session();\n"
	"  }\n"
	"  if (document.readyState === 'loading')\n"
	"    document.addEventListener('DOMContentLoaded', start);\n"
	"  else\n"
	"    start();\n"
	"})();\n",
	NULL
};

void page_js(struct web_req *r)
{
	size_t i;

	for (i = 0; script[i]; i++)
		buf_adds(&r->out, script[i]);
	r->type = "text/javascript; charset=utf-8";
	r->cacheable = 1;
}

/* The warning comes this many seconds before the end: three minutes, or a
 * third of a short idle time. */
static int64_t warn_seconds(const struct web_req *r)
{
	int64_t w = r->srv->idle / 3;

	return w > 180 ? 180 : w < 10 ? 10 : w;
}

int64_t web_session_left(const struct web_req *r, int64_t *warn)
{
	int64_t now = (int64_t)time(NULL), idle_left, max_left;

	idle_left = r->srv->idle - (now - r->sess.s.last_seen);
	max_left = SESSION_MAX - (now - r->sess.s.created);
	if (warn)
		*warn = warn_seconds(r);
	idle_left = idle_left < max_left ? idle_left : max_left;
	return idle_left > 0 ? idle_left : 0;
}

/* GET /inloggning: the request itself keeps the session alive (the
 * server notes the time of every request); the answer is what is left. */
void page_session(struct web_req *r)
{
	int64_t warn, left = web_session_left(r, &warn);

	buf_addf(&r->out, "{\"seconds\":%lld,\"warn\":%lld}\n", (long long)left, (long long)warn);
	r->type = "application/json";
}

int web_safe_next(const char *next)
{
	const struct route *rt;
	char *params[3] = { NULL, NULL, NULL }, allow[32], *path;
	size_t i, n;
	int other, ok;
	struct err err;

	if (!next || next[0] != '/' || next[1] == '/' || next[1] == '\\' || strlen(next) > 512)
		return 0;
	for (i = 0; next[i]; i++)
		if ((unsigned char)next[i] <= 0x20 || (unsigned char)next[i] >= 0x7f || next[i] == '\\' ||
		    next[i] == '#')
			return 0;
	n = strcspn(next, "?");
	path = form_decode_path(next, n, &err);
	if (!path)
		return 0;
	rt = web_route_find("GET", path, params, &other, allow, sizeof(allow));
	ok = rt && rt->roles != R_PUBLIC;
	for (i = 0; i < 3; i++)
		free(params[i]);
	free(path);
	return ok;
}

/* Appends s with every byte but [A-Za-z0-9/._~-] percent-encoded. */
static void url_encode(struct buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
		    c == '.' || c == '_' || c == '~' || c == '-')
			buf_addc(b, (char)c);
		else
			buf_addf(b, "%%%02X", c);
	}
}

void web_login_redirect(struct web_req *r)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "/login");
	if (strcmp(r->raw_uri, "/") != 0 && web_safe_next(r->raw_uri)) {
		buf_adds(&b, "?next=");
		url_encode(&b, r->raw_uri);
	}
	web_redirect(r, b.s);
	buf_release(&b);
}

void web_next_for_post(const char *path, char *out, size_t n)
{
	char *slash;

	snprintf(out, n, "%s", path);
	/* "/insatser/1/beslut" is sent from "/insatser/1": the nearest page
	 * above the form's address. */
	while (!web_safe_next(out)) {
		slash = strrchr(out, '/');
		if (!slash || slash == out) {
			snprintf(out, n, "/");
			return;
		}
		*slash = '\0';
	}
}
