/*
 * guard.h: the server's defence against slow and hostile clients: a total
 * deadline for each request's headers and body, the number of connections
 * scaled to the process's file descriptors with a share kept for addresses
 * that do not already hold many, and 503 rather than silence when full.
 * Seen only by web/server.c.
 */
#ifndef FINSAM_WEB_GUARD_H
#define FINSAM_WEB_GUARD_H

#include <microhttpd.h>
#include <stdint.h>

#define GUARD_HEADER_MS 10000      /* the request line and headers */
#define GUARD_OVERFLOW_MS 3000     /* a connection over the limit, to be told 503 */
#define GUARD_BODY_RATE 16384      /* bytes a second a body must at least keep up */

struct guard;

/* Starts the guard: the limits from RLIMIT_NOFILE (raised to its hard
 * limit where allowed) or FINSAM_SERVE_CONNECTIONS, and the thread that
 * closes what is past its deadline. NULL when a thread cannot be made. */
struct guard *guard_start(int behind_proxy);
void guard_stop(struct guard *g);

/* MHD_OPTION_CONNECTION_LIMIT and MHD_OPTION_PER_IP_CONNECTION_LIMIT. */
unsigned guard_connection_limit(const struct guard *g);
unsigned guard_per_address_limit(const struct guard *g);

/* MHD_OPTION_NOTIFY_CONNECTION, with the guard as its closure. */
void guard_notify(void *cls, struct MHD_Connection *con, void **socket_context,
		  enum MHD_ConnectionNotificationCode code);

/* The request's headers are in: 1 when the connection came in over the
 * limit and is to be answered 503 and closed, else 0; the body's deadline
 * is set from its length (-1: not said). */
int guard_headers_done(struct MHD_Connection *con, int64_t content_length);
/* The body is in and the request is being answered: no deadline. */
void guard_answering(struct MHD_Connection *con);
/* The answer is sent: the next request on the connection has its own. */
void guard_request_done(struct MHD_Connection *con);

#endif
