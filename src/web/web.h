/*
 * web.h: finsam's web pages: an HTTP server (libmicrohttpd) that shows the
 * same documents as the command line, and lets the förbund's people work
 * in the browser with a login, roles, sessions and CSRF-protected forms.
 */
#ifndef FINSAM_WEB_WEB_H
#define FINSAM_WEB_WEB_H

struct err;

struct web_config {
	const char *db;            /* the database file */
	const char *listen;        /* "127.0.0.1:8080", "[::1]:8080" */
	int threads;               /* worker threads, 2–16 (0: 4) */
	int idle_minutes;          /* session idle timeout (0: 30) */
	int secure_cookies;        /* mark the cookie Secure (served over https) */
	int behind_proxy;          /* take the client's address from X-Forwarded-For */
	int quiet;                 /* no line per request on standard error */
};

/* Serves the database until SIGINT or SIGTERM, then finishes the requests
 * in progress and returns 0; -1 with a message when it cannot start (the
 * address is taken, the database cannot be opened). */
int web_serve(const struct web_config *cfg, struct err *err);

#endif
