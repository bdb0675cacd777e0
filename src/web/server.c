/*
 * server.c: the HTTP server around the page table, on libmicrohttpd with
 * a pool of worker threads. Each request: the URI is parsed here (not by
 * the library, so that one parser, fuzzed, sees every byte), the route
 * found, the session read from its cookie, the role checked against the
 * table, a POST's body read within its limit and its CSRF token checked,
 * and only then the handler runs, with the store opened for it and the
 * logged-in user named for the audit log. Every response carries the
 * security headers; pages are never cached.
 *
 * SQLite is opened once per request (a connection never crosses threads);
 * the chart and PDF renderers are not thread-safe, so documents are
 * rendered one at a time (page.c).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <malloc.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#include "app/app.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "web/guard.h"
#include "web/web_int.h"

static const char csp[] = "default-src 'none'; script-src 'self'; connect-src 'self'; "
			  "style-src 'self'; img-src 'self' data:; "
			  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/* Each worker thread keeps its database connection from one request to the
 * next (MHD serves a connection on one thread from start to end), so a
 * request does not open the file and prepare its statements anew; the
 * connection is closed when the thread ends. */
static pthread_key_t thread_store;
static pthread_once_t thread_store_once = PTHREAD_ONCE_INIT;

static void close_thread_store(void *st)
{
	app_close(st);
}

static void make_thread_store_key(void)
{
	pthread_key_create(&thread_store, close_thread_store);
}

/* A connection of the server's database: on a host, to its register,
 * working in no förbund until a request enters its own. */
static int open_store(struct web_server *srv, struct store **st, struct err *err)
{
	return srv->host ? app_host_open(st, srv->cfg.db, err) : app_open(st, srv->cfg.db, 0, NULL, err);
}

/* The thread's connection, opened on its first request; NULL when it
 * cannot be (said on stderr; r->busy when the database was busy). */
static struct store *thread_store_get(struct web_req *r)
{
	struct store *st;
	struct err err;

	pthread_once(&thread_store_once, make_thread_store_key);
	st = pthread_getspecific(thread_store);
	if (!st) {
		if (open_store(r->srv, &st, &err) != 0) {
			fprintf(stderr, "finsam serve: %s\n", err.msg);
			r->busy = err.busy;
			return NULL;
		}
		pthread_setspecific(thread_store, st);
	}
	return st;
}

/* Forgets the thread's connection (after it failed to enter a förbund, it
 * is in none; a new one is opened for the next request). */
static void thread_store_drop(void)
{
	struct store *st = pthread_getspecific(thread_store);

	pthread_setspecific(thread_store, NULL);
	app_close(st);
}

struct store *web_store(struct web_req *r)
{
	struct err err;

	if (r->st)
		return r->st;
	r->st = thread_store_get(r);
	if (!r->st)
		return NULL;
	/* On a host, a request works only in its own förbund. */
	if (r->srv->host && (!r->forbund[0] || app_forbund_use(r->st, r->forbund, &err) < 0)) {
		if (r->forbund[0])
			fprintf(stderr, "finsam serve: %s\n", err.msg);
		r->busy = r->forbund[0] && err.busy;
		thread_store_drop();
		r->st = NULL;
		return NULL;
	}
	app_as(r->st, "");     /* nobody until the session says who */
	app_busy(r->st);       /* what an earlier request met is not this one's */
	return r->st;
}

struct store *web_host_store(struct web_req *r)
{
	if (r->st)
		return r->st;
	r->st = thread_store_get(r);
	if (!r->st)
		return NULL;
	app_as(r->st, "");
	app_busy(r->st);
	return r->st;
}

const struct app_key *web_key(struct web_req *r)
{
	struct web_keys *k = &r->srv->keys;
	const struct app_key *key = NULL;
	struct err err;
	size_t i;

	if (!r->srv->host)
		return r->srv->has_key ? &r->srv->key : NULL;
	if (!r->forbund[0] || !web_store(r))
		return NULL;
	pthread_mutex_lock(&k->lock);
	for (i = 0; i < k->n && strcmp(k->v[i].forbund, r->forbund) != 0; i++)
		;
	if (i == k->n) {
		char db[4096];

		k->v = xgrow(k->v, sizeof(*k->v), k->n + 1, &k->cap);
		memset(&k->v[i], 0, sizeof(k->v[i]));
		snprintf(k->v[i].forbund, sizeof(k->v[i].forbund), "%s", r->forbund);
		snprintf(db, sizeof(db), "%s#%s", r->srv->cfg.db, r->forbund);
		k->v[i].has_key = app_key_load(r->st, db, 0, &k->v[i].key, &err) == 0;
		if (!k->v[i].has_key)
			fprintf(stderr, "finsam serve: varning: förbundet %s: %s\n", r->forbund, err.msg);
		k->n++;
	}
	if (k->v[i].has_key)
		key = &k->v[i].key;
	pthread_mutex_unlock(&k->lock);
	return key;
}

/* ---- making kept parts again ----
 * One thread of the server's own takes the jobs of web_background in turn,
 * with a connection of its own kept from one job to the next (on a host it
 * enters each job's förbund, whose statements it keeps prepared), so that
 * making a part again costs neither a new connection nor more than one
 * processor while the requests are answered. */
struct background {
	struct background *next;
	struct web_req w;
	void (*fn)(struct web_req *w, void *arg);
	void *arg;
};

static void background_free(struct background *b)
{
	buf_release(&b->w.out);
	free(b->arg);
	free(b);
}

/* Runs b on the worker's connection *st, opened or entered as b needs; a
 * connection that cannot be is forgotten, and b told so (w NULL). */
static void background_run(struct web_server *srv, struct store **st, struct background *b)
{
	struct err err;

	if ((!*st && open_store(srv, st, &err) != 0) ||
	    (srv->host && app_forbund_use(*st, b->w.forbund, &err) < 0)) {
		fprintf(stderr, "finsam serve: %s\n", err.msg);
		app_close(*st);
		*st = NULL;
		b->fn(NULL, b->arg);
	} else {
		b->w.st = *st;
		app_as(*st, "");
		app_busy(*st);
		b->fn(&b->w, b->arg);
	}
	background_free(b);
}

static void *background_worker(void *p)
{
	struct web_server *srv = p;
	struct store *st = NULL;
	struct background *b;

	pthread_mutex_lock(&srv->bg_lock);
	for (;;) {
		while (!srv->bg_head && !srv->bg_stop)
			pthread_cond_wait(&srv->bg_cond, &srv->bg_lock);
		b = srv->bg_head;
		if (!b)
			break;
		srv->bg_head = b->next;
		if (!srv->bg_head)
			srv->bg_tail = NULL;
		pthread_mutex_unlock(&srv->bg_lock);
		if (srv->bg_stop) {
			/* Stopping: what is left is not made, only let go. */
			b->fn(NULL, b->arg);
			background_free(b);
		} else {
			background_run(srv, &st, b);
		}
		pthread_mutex_lock(&srv->bg_lock);
	}
	pthread_mutex_unlock(&srv->bg_lock);
	app_close(st);
	return NULL;
}

int web_background(struct web_req *r, void (*fn)(struct web_req *w, void *arg), void *arg)
{
	struct web_server *srv = r->srv;
	struct background *b = xcalloc(1, sizeof(*b));
	int rc = 0;

	b->w.srv = srv;
	memcpy(b->w.forbund, r->forbund, sizeof(b->w.forbund));
	b->w.logged_in = r->logged_in;
	b->w.sess = r->sess;
	b->w.status = 200;
	buf_init(&b->w.out);
	b->fn = fn;
	b->arg = arg;
	pthread_mutex_lock(&srv->bg_lock);
	if (srv->bg_stop)
		rc = -1;
	else if (!srv->bg_started)
		rc = pthread_create(&srv->bg_thread, NULL, background_worker, srv) == 0 ? 0 : -1;
	if (rc == 0) {
		srv->bg_started = 1;
		if (srv->bg_tail)
			srv->bg_tail->next = b;
		else
			srv->bg_head = b;
		srv->bg_tail = b;
		pthread_cond_signal(&srv->bg_cond);
	}
	pthread_mutex_unlock(&srv->bg_lock);
	if (rc < 0)
		background_free(b);
	return rc;
}

/* Stops the worker after the job under way (the others let go) and waits
 * for it; the server's requests have all ended. */
static void background_stop(struct web_server *srv)
{
	int started;

	pthread_mutex_lock(&srv->bg_lock);
	srv->bg_stop = 1;
	started = srv->bg_started;
	pthread_cond_signal(&srv->bg_cond);
	pthread_mutex_unlock(&srv->bg_lock);
	if (started)
		pthread_join(srv->bg_thread, NULL);
	pthread_mutex_destroy(&srv->bg_lock);
	pthread_cond_destroy(&srv->bg_cond);
}

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *con)
{
	struct web_req *r = xcalloc(1, sizeof(*r));

	(void)con;
	r->srv = cls;
	r->raw_uri = xstrndup(uri ? uri : "", 8192);
	form_init(&r->query);
	form_init(&r->body);
	form_init(&r->cookies);
	buf_init(&r->raw_body);
	buf_init(&r->out);
	r->status = 200;
	return r;
}

static void on_completed(void *cls, struct MHD_Connection *con, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct web_req *r = *con_cls;
	size_t i;

	(void)cls;
	(void)toe;
	guard_request_done(con);
	if (!r)
		return;
	/* r->st is the thread's: it stays open for the next request. */
	free(r->raw_uri);
	free(r->path);
	for (i = 0; i < 3; i++)
		free(r->params[i]);
	form_release(&r->query);
	form_release(&r->body);
	form_release(&r->cookies);
	form_file_release(&r->file);
	memset(r->raw_body.s, 0, r->raw_body.len);
	buf_release(&r->raw_body);
	buf_release(&r->out);
	memset(&r->sess, 0, sizeof(r->sess));
	free(r);
	*con_cls = NULL;
}

static void client_address(struct web_req *r, struct MHD_Connection *con)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const char *fwd;

	snprintf(r->address, sizeof(r->address), "okänd");
	if (ci && ci->client_addr) {
		const struct sockaddr *sa = ci->client_addr;

		if (sa->sa_family == AF_INET)
			inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, r->address,
				  sizeof(r->address));
		else if (sa->sa_family == AF_INET6)
			inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, r->address,
				  sizeof(r->address));
	}
	/* Behind a reverse proxy every request comes from the proxy: the
	 * client is the last address it added. Trusted only when asked for. */
	fwd = r->srv->cfg.behind_proxy ? MHD_lookup_connection_value(con, MHD_HEADER_KIND, "X-Forwarded-For")
				       : NULL;
	if (fwd) {
		const char *last = strrchr(fwd, ',');
		char tmp[64];
		unsigned char bin[16];

		last = last ? last + 1 : fwd;
		while (*last == ' ')
			last++;
		snprintf(tmp, sizeof(tmp), "%s", last);
		tmp[strcspn(tmp, " ")] = '\0';
		if (inet_pton(AF_INET, tmp, bin) == 1 || inet_pton(AF_INET6, tmp, bin) == 1)
			snprintf(r->address, sizeof(r->address), "%s", tmp);
	}
}

static void add_header(struct MHD_Response *resp, const char *name, const char *value)
{
	MHD_add_response_header(resp, name, value);
}

static enum MHD_Result respond(struct web_req *r, struct MHD_Connection *con)
{
	struct MHD_Response *resp;
	enum MHD_Result rc;
	size_t len = r->out.len, i;
	char *data = buf_detach(&r->out);

	resp = MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(data);
		return MHD_NO;
	}
	add_header(resp, "Content-Type", r->type ? r->type : "text/html; charset=utf-8");
	add_header(resp, "Content-Security-Policy", csp);
	add_header(resp, "X-Content-Type-Options", "nosniff");
	add_header(resp, "Referrer-Policy", "same-origin");
	add_header(resp, "X-Frame-Options", "DENY");
	add_header(resp, "Cross-Origin-Opener-Policy", "same-origin");
	add_header(resp, "Cache-Control", r->cacheable ? "public, max-age=3600" : "no-store");
	if (r->disposition[0])
		add_header(resp, "Content-Disposition", r->disposition);
	if (r->location[0])
		add_header(resp, "Location", r->location);
	if (r->allow[0])
		add_header(resp, "Allow", r->allow);
	if (r->status == 503)
		add_header(resp, "Retry-After", WEB_RETRY_AFTER);
	if (r->status == 429 && r->retry_after > 0) {
		char secs[24];

		snprintf(secs, sizeof(secs), "%ld", r->retry_after);
		add_header(resp, "Retry-After", secs);
	}
	if (r->close)
		add_header(resp, "Connection", "close");
	for (i = 0; i < 2; i++)
		if (r->cookies_out[i][0])
			add_header(resp, "Set-Cookie", r->cookies_out[i]);
	rc = MHD_queue_response(con, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	if (!r->srv->cfg.quiet) {
		char stamp[32];
		time_t t = time(NULL);
		struct tm tm;

		gmtime_r(&t, &tm);
		strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
		/* The path only: a query could hold what a person typed. */
		fprintf(stderr, "%s %s %s %s %d\n", stamp, r->address, r->method, r->path ? r->path : "-", r->status);
	}
	return rc;
}

static enum MHD_Result count_cookie_headers(void *cls, enum MHD_ValueKind kind, const char *key,
					   const char *value)
{
	size_t *n = cls;

	(void)kind;
	(void)value;
	if (n && strcasecmp(key, "Cookie") == 0)
		(*n)++;
	return MHD_YES;
}

/* How many Cookie headers the request has. */
static size_t cookie_headers(struct MHD_Connection *con)
{
	size_t n = 0;

	MHD_get_connection_values(con, MHD_HEADER_KIND, count_cookie_headers, &n);
	return n;
}

/* On a host: the förbund the request's Host header names, into
 * r->forbund; 0, or -1 with the response made (404 for a host name that
 * is no förbund's). Behind a proxy, the proxy passes the Host on. */
static int enter_forbund(struct web_req *r, struct MHD_Connection *con)
{
	const char *host = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Host");
	struct store *st = thread_store_get(r);
	struct err err;
	int rc;

	if (!st) {
		web_error(r, 500, NULL);
		web_busy_answer(r);
		return -1;
	}
	rc = app_forbund_of_host(st, host ? host : "", r->forbund, &err);
	if (rc < 0) {
		fprintf(stderr, "finsam serve: %s\n", err.msg);
		thread_store_drop();
		web_error(r, 500, NULL);
		return -1;
	}
	if (rc > 0) {
		r->forbund[0] = '\0';
		/* A host name of the region pages is no förbund's. */
		rc = app_region_host_of(st, host ? host : "", &r->region_host, &err);
		if (rc < 0) {
			fprintf(stderr, "finsam serve: %s\n", err.msg);
			thread_store_drop();
			web_error(r, 500, NULL);
			return -1;
		}
		if (rc == 0) {
			r->region = 1;
			return 0;
		}
		web_error_nowhere(r, 404, "Det finns inget förbund på den här adressen.");
		return -1;
	}
	return 0;
}

/* The region user of the request's session at a region host name into
 * r: 0, 1 when there is none (the answer made), -1 on an error (made). */
static int region_session(struct web_req *r)
{
	const char *token = form_get(&r->cookies, WEB_SESSION_COOKIE);
	struct app_region_session rs;
	struct err err;
	int rc;

	if (!web_host_store(r)) {
		web_error(r, 500, NULL);
		web_busy_answer(r);
		return -1;
	}
	rc = token ? app_region_session_get(r->st, &r->region_host.scope, token, (int64_t)time(NULL), r->srv->idle,
					    &rs, &err)
		   : 1;
	if (rc < 0) {
		fprintf(stderr, "finsam serve: %s\n", err.msg);
		web_error(r, 500, NULL);
		web_busy_answer(r);
		return -1;
	}
	if (rc == 1) {
		web_redirect(r, "/login");
		return 1;
	}
	/* The page frame reads the session (its CSRF token, its time left)
	 * and the name from sess; a region user has no role of a förbund,
	 * so that no page of a förbund could ever let them in. */
	memset(&r->sess, 0, sizeof(r->sess));
	r->sess.s = rs.s;
	snprintf(r->sess.user.name, sizeof(r->sess.user.name), "%s", rs.user.name);
	r->sess.user.role = ROLE__MAX;
	r->sess.user.disabled = 1;
	r->region_user = rs.user;
	r->logged_in = 1;
	app_as(r->st, rs.user.name);
	return 0;
}

/* Settles the request up to the handler: 0 to run it, or -1 when the
 * response (an error, a redirect) is already made. */
static int prepare(struct web_req *r, struct MHD_Connection *con)
{
	const char *q = strchr(r->raw_uri, '?'), *cookie;
	size_t path_len = q ? (size_t)(q - r->raw_uri) : strlen(r->raw_uri);
	struct err err;
	int other = 0, rc;

	r->path = form_decode_path(r->raw_uri, path_len, &err);
	if (!r->path || r->path[0] != '/') {
		web_error(r, 400, "Adressen kunde inte tolkas.");
		return -1;
	}
	if (q && form_parse(&r->query, q + 1, strlen(q + 1), &err) < 0) {
		web_error(r, 400, "Adressens frågedel kunde inte tolkas.");
		return -1;
	}
	/* One Cookie header, read raw: with two, libmicrohttpd's lookup
	 * would show only the first and the second would go unchecked. */
	cookie = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Cookie");
	if (cookie && cookie_headers(con) > 1) {
		web_error(r, 400, "Begäran har mer än ett huvud med kakor.");
		return -1;
	}
	if (cookie && form_parse_cookies(&r->cookies, cookie, &err) < 0) {
		web_error(r, 400, "Kakorna i begäran kunde inte tolkas.");
		return -1;
	}
	/* On a host every request works in the förbund its Host names, but
	 * the pages' style and script, which are every förbund's and which
	 * the page that says a host name is no förbund's uses too. */
	if (r->srv->host && strncmp(r->path, "/static/", 8) != 0 && enter_forbund(r, con) < 0)
		return -1;
	r->route = r->region ? web_region_route_find(r->method, r->path, r->params, &other, r->allow, sizeof(r->allow))
			     : web_route_find(r->method, r->path, r->params, &other, r->allow, sizeof(r->allow));
	if (!r->route) {
		if (other) {
			web_error(r, 405, "Sidan kan inte användas så.");
		} else {
			r->allow[0] = '\0';
			web_error(r, 404, "Det finns ingen sådan sida.");
		}
		return -1;
	}
	r->allow[0] = '\0';
	if (r->region && r->route->roles != R_PUBLIC) {
		if (region_session(r) != 0)
			return -1;
	} else if (r->route->roles != R_PUBLIC) {
		const char *token = form_get(&r->cookies, WEB_SESSION_COOKIE);

		if (!web_store(r)) {
			web_error(r, 500, NULL);
			web_busy_answer(r);
			return -1;
		}
		rc = token ? app_session_get(r->st, token, (int64_t)time(NULL), r->srv->idle, &r->sess, &err) : 1;
		if (rc < 0) {
			fprintf(stderr, "finsam serve: %s\n", err.msg);
			web_error(r, 500, NULL);
			web_busy_answer(r);
			return -1;
		}
		if (rc == 1) {
			char next[FORM_MAX_PATH + 1];

			/* Logging in leads back to the page: the one asked for,
			 * or the one a form was sent from. */
			if (strcmp(r->method, "GET") == 0) {
				web_login_redirect(r);
			} else {
				web_next_for_post(r->path, next, sizeof(next));
				page_login_again(r, next);
			}
			return -1;
		}
		r->logged_in = 1;
		if (!web_route_allows(r->route, r->sess.user.role)) {
			web_error(r, 403, "Din roll ger inte tillgång till den här sidan.");
			return -1;
		}
		app_as(r->st, r->sess.user.name);
	}
	if (strcmp(r->method, "POST") == 0) {
		const char *want, *got;

		if (r->too_large) {
			web_error(r, 413, "Formuläret är för stort.");
			return -1;
		}
		if (strncasecmp(r->content_type, "multipart/form-data", 19) == 0) {
			if (form_parse_multipart(&r->body, &r->file, r->content_type, r->raw_body.s, r->raw_body.len,
						 &err) < 0) {
				web_error(r, 400, "Formuläret kunde inte tolkas.");
				return -1;
			}
		} else if (strncmp(r->content_type, "application/x-www-form-urlencoded", 33) != 0) {
			web_error(r, 400, "Formuläret har en okänd kodning.");
			return -1;
		} else if (r->raw_body.len > WEB_BODY_MAX) {
			web_error(r, 413, "Formuläret är för stort.");
			return -1;
		} else if (form_parse(&r->body, r->raw_body.s, r->raw_body.len, &err) < 0) {
			web_error(r, 400, "Formuläret kunde inte tolkas.");
			return -1;
		}
		got = form_get(&r->body, "csrf");
		want = r->route->roles == R_PUBLIC ? form_get(&r->cookies, WEB_LOGIN_COOKIE) : r->sess.s.csrf;
		if (!want || !got || strlen(want) < 32 || !form_token_equal(want, got)) {
			web_error(r, 403, "Formuläret saknar en giltig kontrollkod. Ladda om sidan och försök igen.");
			return -1;
		}
	}
	return 0;
}

static size_t body_max(const struct web_req *r)
{
	return strncasecmp(r->content_type, "multipart/form-data", 19) == 0 ? WEB_UPLOAD_MAX : WEB_BODY_MAX;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url, const char *method,
				  const char *version, const char *upload_data, size_t *upload_data_size,
				  void **con_cls)
{
	struct web_req *r = *con_cls;

	(void)cls;
	(void)url;
	(void)version;
	if (!r)
		return MHD_NO;
	if (!r->method[0]) {
		const char *len_s = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Content-Length");
		const char *ct = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Content-Type");

		snprintf(r->method, sizeof(r->method), "%s",
			 strcmp(method, "HEAD") == 0 ? "GET" : strlen(method) < sizeof(r->method) ? method : "?");
		snprintf(r->content_type, sizeof(r->content_type), "%s", ct ? ct : "");
		client_address(r, con);
		/* Came when the server was full: told so at once, and closed. */
		if (guard_headers_done(con, len_s && strlen(len_s) <= 9 ? strtol(len_s, NULL, 10) : -1)) {
			r->path = xstrdup("-");
			r->close = 1;
			web_error(r, 503, "Servern har för många anslutningar just nu. Försök igen om en stund.");
			return respond(r, con);
		}
		/* Refused before a byte of it is read; a form with a file may be larger. */
		if (len_s && (strlen(len_s) > 9 || strtol(len_s, NULL, 10) > (long)body_max(r))) {
			web_error(r, 413, "Formuläret är för stort.");
			r->path = r->path ? r->path : xstrdup("-");
			return respond(r, con);
		}
		if (strcmp(r->method, "GET") != 0 && strcmp(r->method, "POST") != 0) {
			r->path = xstrdup("-");
			snprintf(r->allow, sizeof(r->allow), "GET, HEAD, POST");
			web_error(r, 405, "Sidan kan inte användas så.");
			return respond(r, con);
		}
		return MHD_YES;
	}
	if (*upload_data_size) {
		if (r->raw_body.len + *upload_data_size > body_max(r))
			r->too_large = 1;
		else
			buf_add(&r->raw_body, upload_data, *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	guard_answering(con);
	if (prepare(r, con) == 0) {
		r->route->fn(r);
		web_busy_answer(r);
		/* A form that got through may have changed the data. */
		if (strcmp(r->method, "POST") == 0)
			web_data_changed();
	}
	return respond(r, con);
}

/* "127.0.0.1:8080", "[::1]:8080" or "8080" (all IPv4 addresses). */
static int parse_listen(const char *s, struct sockaddr_storage *ss, int *v6, struct err *err)
{
	char host[128];
	const char *colon;
	long port;
	char *end;

	memset(ss, 0, sizeof(*ss));
	*v6 = 0;
	if (s[0] == '[') {
		const char *close = strchr(s, ']');

		if (!close || close[1] != ':' || (size_t)(close - s - 1) >= sizeof(host))
			return err_set(err, "kan inte tolka adressen '%s' (skriv till exempel [::1]:8080)", s);
		snprintf(host, sizeof(host), "%.*s", (int)(close - s - 1), s + 1);
		colon = close + 1;
		*v6 = 1;
	} else {
		colon = strrchr(s, ':');
		if (colon && (size_t)(colon - s) >= sizeof(host))
			return err_set(err, "kan inte tolka adressen '%s'", s);
		snprintf(host, sizeof(host), "%.*s", colon ? (int)(colon - s) : 0, s);
	}
	errno = 0;
	port = strtol(colon ? colon + 1 : s, &end, 10);
	if (errno || *end || port < 1 || port > 65535)
		return err_set(err, "ogiltig port i '%s' (skriv till exempel 127.0.0.1:8080)", s);
	if (*v6) {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)(void *)ss;

		a->sin6_family = AF_INET6;
		a->sin6_port = htons((uint16_t)port);
		if (inet_pton(AF_INET6, host, &a->sin6_addr) != 1)
			return err_set(err, "ogiltig IPv6-adress '%s'", host);
	} else {
		struct sockaddr_in *a = (struct sockaddr_in *)(void *)ss;

		a->sin_family = AF_INET;
		a->sin_port = htons((uint16_t)port);
		if (!host[0])
			a->sin_addr.s_addr = htonl(INADDR_ANY);
		else if (inet_pton(AF_INET, host, &a->sin_addr) != 1)
			return err_set(err, "ogiltig IPv4-adress '%s'", host);
	}
	return 0;
}

/* The keys leave no copy in memory. */
static void forget_keys(struct web_server *srv)
{
	if (srv->keys.v)
		memset(srv->keys.v, 0, srv->keys.cap * sizeof(*srv->keys.v));
	free(srv->keys.v);
	pthread_mutex_destroy(&srv->keys.lock);
	memset(&srv->key, 0, sizeof(srv->key));
}

int web_serve(const struct web_config *cfg, struct err *err)
{
	struct web_server srv;
	struct sockaddr_storage ss;
	struct MHD_Daemon *d;
	struct guard *guard;
	struct store *st = NULL;
	sigset_t stop, old;
	int v6, sig = 0;
	unsigned threads;

	memset(&srv, 0, sizeof(srv));
	srv.cfg = *cfg;
#ifdef M_ARENA_MAX
	/* glibc gives each worker thread a heap of its own that keeps what the
	 * thread once needed; two shared heaps keep the server's memory flat
	 * under load (and cost nothing measurable in requests per second). */
	mallopt(M_ARENA_MAX, 2);
#endif
	if (!cfg->listen)
		srv.cfg.listen = "127.0.0.1:8080";
	threads = cfg->threads > 0 ? (unsigned)cfg->threads : 4;
	if (threads < 2 || threads > 16)
		return err_set(err, "antalet trådar ska vara 2–16");
	srv.idle = (int64_t)(cfg->idle_minutes > 0 ? cfg->idle_minutes : SESSION_IDLE / 60) * 60;
	if (parse_listen(srv.cfg.listen, &ss, &v6, err) < 0)
		return -1;
	/* Opened once here: a missing or foreign database is said at once,
	 * and the schema is brought up to date before any request. */
	/* A request waits a few seconds for an import, then answers 503. */
	app_wait_set(WEB_WAIT_MS, NULL);
	/* A host of many förbund serves each on its host names; its keys
	 * are read as their förbund's requests need them. */
	{
		struct err herr;
		int rc = app_host_open(&st, cfg->db, &herr);

		if (rc < 0) {
			*err = herr;
			return -1;
		}
		srv.host = rc == 0;
		app_close(st);
		st = NULL;
	}
	if (!srv.host) {
		struct err kerr;

		if (app_open(&st, cfg->db, 0, NULL, err) < 0)
			return -1;
		/* Without the database's own key the pages serve everything but
		 * personal identity numbers, which they refuse with the reason:
		 * the operator is told here what to do. */
		srv.has_key = app_key_load(st, cfg->db, 1, &srv.key, &kerr) == 0;
		if (!srv.has_key)
			fprintf(stderr, "finsam serve: varning: %s\n", kerr.msg);
		app_close(st);
	}
	pthread_mutex_init(&srv.keys.lock, NULL);
	pthread_mutex_init(&srv.render_lock, NULL);
	pthread_mutex_init(&srv.bg_lock, NULL);
	pthread_cond_init(&srv.bg_cond, NULL);

	/* The signals are taken by sigwait below; the library's threads,
	 * started after this, inherit the mask. A shell that started this one
	 * with SIGINT ignored (a background job) would otherwise keep it from
	 * ever arriving. */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &stop, &old);
	/* The idle timeout stays: a connection that sends nothing at all goes
	 * after 30 s; the guard's deadlines close what trickles (guard.c). */
	guard = guard_start(cfg->behind_proxy);
	d = !guard ? NULL : MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0), 0, NULL,
			     NULL, on_request, &srv,
			     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
			     MHD_OPTION_THREAD_POOL_SIZE, threads,
			     MHD_OPTION_CONNECTION_LIMIT, guard_connection_limit(guard),
			     MHD_OPTION_PER_IP_CONNECTION_LIMIT, guard_per_address_limit(guard),
			     MHD_OPTION_NOTIFY_CONNECTION, guard_notify, guard,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
			     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
			     MHD_OPTION_URI_LOG_CALLBACK, on_uri, &srv,
			     MHD_OPTION_NOTIFY_COMPLETED, on_completed, &srv,
			     MHD_OPTION_END);
	if (!d) {
		guard_stop(guard);
		background_stop(&srv);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		pthread_mutex_destroy(&srv.render_lock);
		forget_keys(&srv);
		return err_set(err, "kan inte lyssna på %s (är porten redan upptagen?)", srv.cfg.listen);
	}
	printf("finsam serve: lyssnar på http://%s/ (Ctrl-C avslutar)\n", srv.cfg.listen);
	fflush(stdout);
	sigdelset(&stop, SIGPIPE);
	while (sig != SIGINT && sig != SIGTERM)
		if (sigwait(&stop, &sig) != 0)
			break;
	printf("finsam serve: avslutar\n");
	fflush(stdout);
	MHD_stop_daemon(d);
	guard_stop(guard);
	background_stop(&srv);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	pthread_mutex_destroy(&srv.render_lock);
	forget_keys(&srv);
	return 0;
}
