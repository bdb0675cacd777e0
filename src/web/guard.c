/*
 * guard.c: slow and hostile clients.
 *
 * libmicrohttpd 0.9.75 has only an idle timeout (MHD_OPTION_CONNECTION_TIMEOUT),
 * which every byte renews: a client sending one header line every few
 * seconds holds its connection for ever, and with a fixed connection limit
 * a few dozen such clients shut everyone else out. The library has no total
 * deadline and no call to close a connection from outside its own threads,
 * so the guard keeps one:
 *
 *  - MHD_OPTION_NOTIFY_CONNECTION tells it of each connection as it opens
 *    and closes; it keeps the connection's socket, its address and a
 *    deadline: GUARD_HEADER_MS for the request line and headers from the
 *    moment the connection opens (or its previous answer was sent), then,
 *    once the headers are in, for the body at GUARD_BODY_RATE bytes a
 *    second of its length; none while the request is answered.
 *  - A thread of its own looks twice a second for connections past their
 *    deadline and shuts their socket down (shutdown(2), never close(2)).
 *    The library's own thread then reads the end of the connection and
 *    closes and frees it as it would for a client that went away. The
 *    record is removed under the same lock when the library reports the
 *    connection closed, which it does before it closes the socket, so the
 *    guard never touches a descriptor that has been reused.
 *
 * The number of connections is a share of the file descriptors the process
 * may open (at least several hundred). Of these, one in sixteen is kept in
 * reserve: a connection that comes when the rest are taken, or from an
 * address that already holds more than its share while the server is half
 * full, is accepted but answered 503 with Retry-After as soon as its
 * headers are in, and closed. Beyond the reserve the library refuses the
 * connection without a word: nothing can be said before accepting it.
 * Behind a reverse proxy every request comes from the proxy's address, so
 * there the shares per address are not applied.
 */
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>

#include "base/xmalloc.h"
#include "web/guard.h"
#include "web/web_int.h"

struct guard_con {
	struct guard_con *prev, *next;
	struct guard *g;
	int fd;
	struct sockaddr_storage addr;
	socklen_t addr_len;
	int64_t deadline;          /* monotonic ms; 0: none */
	int overflow;              /* over the limit: answered 503 */
};

struct guard {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	int stopping;
	struct guard_con *head;
	unsigned served;           /* connections within the limit */
	unsigned total;            /* the library's limit: served + reserve */
	unsigned limit;            /* served normally */
	unsigned per_address;      /* the library's limit for one address */
	unsigned share;            /* over half the limit, one address's share */
	int one_address;           /* behind a proxy: all come from it */
};

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Descriptors left for the database, the logs and the library's own. */
#define FD_KEPT 128
#define TOTAL_MIN 256
#define TOTAL_MAX 4096

static unsigned total_from_limits(void)
{
	const char *env = getenv("FINSAM_SERVE_CONNECTIONS");
	struct rlimit rl;
	rlim_t n;

	if (env && *env) {
		long v = strtol(env, NULL, 10);

		if (v >= 16 && v <= 65536)
			return (unsigned)v;
	}
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return TOTAL_MIN;
	/* Most systems start a process at 1024 and allow far more. */
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < TOTAL_MAX * 2 + FD_KEPT &&
	    (rl.rlim_max == RLIM_INFINITY || rl.rlim_max > rl.rlim_cur)) {
		rlim_t want = TOTAL_MAX * 2 + FD_KEPT;

		rl.rlim_cur = rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want ? rl.rlim_max : want;
		setrlimit(RLIMIT_NOFILE, &rl);
		getrlimit(RLIMIT_NOFILE, &rl);
	}
	n = rl.rlim_cur == RLIM_INFINITY ? TOTAL_MAX : rl.rlim_cur;
	n = n > FD_KEPT * 2 ? n - FD_KEPT : n / 2;
	if (n > TOTAL_MAX)
		n = TOTAL_MAX;
	return (unsigned)n;
}

static int same_address(const struct guard_con *a, const struct guard_con *b)
{
	if (a->addr.ss_family != b->addr.ss_family)
		return 0;
	if (a->addr.ss_family == AF_INET)
		return memcmp(&((const struct sockaddr_in *)(const void *)&a->addr)->sin_addr,
			      &((const struct sockaddr_in *)(const void *)&b->addr)->sin_addr,
			      sizeof(struct in_addr)) == 0;
	if (a->addr.ss_family == AF_INET6)
		return memcmp(&((const struct sockaddr_in6 *)(const void *)&a->addr)->sin6_addr,
			      &((const struct sockaddr_in6 *)(const void *)&b->addr)->sin6_addr,
			      sizeof(struct in6_addr)) == 0;
	return 0;
}

static void *watch(void *p)
{
	struct guard *g = p;
	struct guard_con *c;
	struct timespec ts;

	pthread_mutex_lock(&g->lock);
	while (!g->stopping) {
		int64_t now = now_ms();

		for (c = g->head; c; c = c->next)
			if (c->deadline && now >= c->deadline) {
				shutdown(c->fd, SHUT_RDWR);
				c->deadline = 0;
			}
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 500 * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&g->wake, &g->lock, &ts);
	}
	pthread_mutex_unlock(&g->lock);
	return NULL;
}

struct guard *guard_start(int behind_proxy)
{
	struct guard *g = xcalloc(1, sizeof(*g));

	g->total = total_from_limits();
	g->limit = g->total - g->total / 16;
	g->one_address = behind_proxy;
	g->per_address = behind_proxy ? g->total : g->total / 8 > 16 ? g->total / 8 : 16;
	g->share = g->limit / 64 > 8 ? g->limit / 64 : 8;
	pthread_mutex_init(&g->lock, NULL);
	pthread_cond_init(&g->wake, NULL);
	if (pthread_create(&g->thread, NULL, watch, g) != 0) {
		pthread_cond_destroy(&g->wake);
		pthread_mutex_destroy(&g->lock);
		free(g);
		return NULL;
	}
	return g;
}

void guard_stop(struct guard *g)
{
	if (!g)
		return;
	pthread_mutex_lock(&g->lock);
	g->stopping = 1;
	pthread_cond_signal(&g->wake);
	pthread_mutex_unlock(&g->lock);
	pthread_join(g->thread, NULL);
	/* The library has closed every connection by now. */
	pthread_cond_destroy(&g->wake);
	pthread_mutex_destroy(&g->lock);
	free(g);
}

unsigned guard_connection_limit(const struct guard *g)
{
	return g->total;
}

unsigned guard_per_address_limit(const struct guard *g)
{
	return g->per_address;
}

void guard_notify(void *cls, struct MHD_Connection *con, void **socket_context,
		  enum MHD_ConnectionNotificationCode code)
{
	struct guard *g = cls;
	struct guard_con *c, *o;

	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *fd = MHD_get_connection_info(con, MHD_CONNECTION_INFO_CONNECTION_FD);
		const union MHD_ConnectionInfo *ad = MHD_get_connection_info(con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		unsigned mine = 0;

		c = xcalloc(1, sizeof(*c));
		c->g = g;
		c->fd = fd ? fd->connect_fd : -1;
		if (ad && ad->client_addr) {
			c->addr_len = ad->client_addr->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6)
									     : sizeof(struct sockaddr_in);
			memcpy(&c->addr, ad->client_addr, c->addr_len);
		}
		pthread_mutex_lock(&g->lock);
		if (!g->one_address && g->served >= g->limit / 2)
			for (o = g->head; o && mine < g->share; o = o->next)
				mine += !o->overflow && same_address(o, c);
		c->overflow = g->served >= g->limit || mine >= g->share;
		if (!c->overflow)
			g->served++;
		c->deadline = now_ms() + (c->overflow ? GUARD_OVERFLOW_MS : GUARD_HEADER_MS);
		if (c->fd < 0)
			c->deadline = 0;
		c->next = g->head;
		if (g->head)
			g->head->prev = c;
		g->head = c;
		pthread_mutex_unlock(&g->lock);
		*socket_context = c;
	} else if (code == MHD_CONNECTION_NOTIFY_CLOSED && *socket_context) {
		c = *socket_context;
		pthread_mutex_lock(&g->lock);
		if (c->prev)
			c->prev->next = c->next;
		else
			g->head = c->next;
		if (c->next)
			c->next->prev = c->prev;
		if (!c->overflow)
			g->served--;
		pthread_mutex_unlock(&g->lock);
		free(c);
		*socket_context = NULL;
	}
}

static struct guard_con *con_of(struct MHD_Connection *con)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(con, MHD_CONNECTION_INFO_SOCKET_CONTEXT);

	return ci ? ci->socket_context : NULL;
}

static void set_deadline(struct guard_con *c, int64_t deadline)
{
	pthread_mutex_lock(&c->g->lock);
	c->deadline = deadline;
	pthread_mutex_unlock(&c->g->lock);
}

int guard_headers_done(struct MHD_Connection *con, int64_t content_length)
{
	struct guard_con *c = con_of(con);
	int64_t len = content_length >= 0 && content_length <= WEB_UPLOAD_MAX ? content_length : WEB_UPLOAD_MAX;

	if (!c)
		return 0;
	if (c->overflow)
		return 1;
	set_deadline(c, now_ms() + GUARD_HEADER_MS + len * 1000 / GUARD_BODY_RATE);
	return 0;
}

void guard_answering(struct MHD_Connection *con)
{
	struct guard_con *c = con_of(con);

	if (c)
		set_deadline(c, 0);
}

void guard_request_done(struct MHD_Connection *con)
{
	struct guard_con *c = con_of(con);

	if (c)
		set_deadline(c, now_ms() + GUARD_HEADER_MS);
}
