/*
 * user.h: the people who log in to finsam's web pages, their roles and
 * sessions, and the rules about them that need no database: which
 * passwords are too weak, how long a name may be, when repeated failed
 * logins make the next attempt wait, and when a session has expired.
 * Pure computation: every function that depends on the time is given it.
 */
#ifndef FINSAM_MODEL_USER_H
#define FINSAM_MODEL_USER_H

#include <stddef.h>
#include <stdint.h>

struct err;

/* What a user may do. An administrator everything; a registrar registers
 * and updates the participants of their own interventions and sees no
 * other personal data; the board reads documents and protected
 * statistics, never personal data; an auditor reads everything, the audit
 * log included, and writes nothing. */
enum role { ROLE_ADMIN, ROLE_REGISTRAR, ROLE_BOARD, ROLE_AUDITOR, ROLE__MAX };

/* "admin", "registrar", "board", "auditor" and the Swedish words
 * ("administratör", "registrerare", "styrelse", "revisor"). */
const char *role_key(enum role r);
const char *role_label(enum role r);
/* Accepts the key or the Swedish word; -1 with a message listing them. */
int role_parse(const char *s, enum role *out, struct err *err);

#define USER_NAME_MAX 64
#define USER_INSATS_MAX 16

struct user {
	int64_t id;
	char name[USER_NAME_MAX];
	enum role role;
	int disabled;
	char created[32];                    /* "2026-11-29T17:00:00Z" */
	int64_t insatser[USER_INSATS_MAX];   /* a registrar's interventions */
	size_t n_insatser;
};

/* 1 when user u may see and change participants of intervention id: an
 * administrator any, a registrar those of their own interventions. */
int user_owns_insats(const struct user *u, int64_t id);

/* A user name: 2 to 63 characters of a-z, A-Z, 0-9, '.', '_', '-', '@'.
 * 0, or -1 with a message. */
int user_name_check(const char *name, struct err *err);

#define PASSWORD_MIN 10     /* characters */
#define PASSWORD_MAX 512    /* bytes */

/* Refuses a password that is too short (fewer than PASSWORD_MIN
 * characters) or too long, not UTF-8, holds control characters, has fewer
 * than five different characters, is a run such as "1234567890" or
 * "abcdefghij", contains the user name, or is a common word ("lösenord",
 * "password", "sommar", ...) with digits or signs around it. The message
 * never repeats the password. */
int password_check(const char *password, const char *user, struct err *err);

/* Login throttling, by the pair of address and name tried: failures from
 * one address never hold back a user at another, nor another user behind
 * the same address (an office shares one). Failures older than
 * THROTTLE_WINDOW seconds are forgotten; the first `free_tries` within the
 * window cost nothing, then each further one makes the next attempt wait
 * twice as long as the one before, from THROTTLE_BASE seconds up to
 * THROTTLE_MAX. The attempts are slowed down, never locked out: once the
 * wait has passed the right password logs in. */
#define THROTTLE_WINDOW (15 * 60)
#define THROTTLE_BASE 2
#define THROTTLE_MAX (5 * 60)
#define THROTTLE_FREE 5    /* failures per address and name */

/* Seconds until the next attempt may be made, given the times of the
 * failures (any order); 0 when it may be made now. */
int64_t throttle_wait(const int64_t *failures, size_t n, size_t free_tries, int64_t now);

/* Sessions end after SESSION_IDLE seconds without a request (or the
 * server's setting) and at the latest SESSION_MAX after the login. */
#define SESSION_IDLE (30 * 60)
#define SESSION_MAX (12 * 60 * 60)

struct session {
	char token_hash[65];    /* hex BLAKE2b of the token the browser holds */
	int64_t user_id;
	int64_t created, last_seen;   /* seconds since 1970 */
	char csrf[65];          /* the token every form of the session carries */
	char address[64];       /* where the login came from */
};

/* 1 when s is still valid at now with idle timeout `idle` seconds. */
int session_alive(const struct session *s, int64_t now, int64_t idle);

#endif
