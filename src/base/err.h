/*
 * err.h: the one error idiom of finsam. A function that can fail returns an
 * int (0 on success, negative on failure) and fills a struct err with a
 * message a person can read, in Swedish. Errors in input files name the file,
 * line and column: "demo.se, rad 17, kolumn 5: kan inte tolka beloppet".
 */
#ifndef FINSAM_BASE_ERR_H
#define FINSAM_BASE_ERR_H

#include <stddef.h>

#define ERR_MSG_MAX 1024

/* What would make a refused change acceptable after all: the person
 * confirms that it is meant. Each front end asks in its own way (the
 * command line with an option such as --planned, the web with a checkbox),
 * so the message itself never names an option. */
enum err_need {
	ERR_NEED_PLANNED = 1,  /* a date after today is planned, not a mistake */
	ERR_NEED_AGAIN = 2,    /* the same record twice is meant */
	ERR_NEED_FORCE = 4     /* outside the usual (an age outside the target group) */
};

#define ERR_SEE_MAX 160
#define ERR_FIELD_MAX 32

struct err {
	char msg[ERR_MSG_MAX];
	unsigned need;              /* enum err_need bits, 0 when none */
	char see[ERR_SEE_MAX];      /* a command that lists what to use, or "" */
	char field[ERR_FIELD_MAX];  /* the record's field at fault ("date"), or "" */
	int busy;                   /* the database was held by another writer: the same
				     * request may succeed when it is asked again later */
};

#if defined(__GNUC__)
#define ERR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ERR_PRINTF(a, b)
#endif

/* Sets the message (and clears need, see and field). Always returns -1, so callers can write
 * "return err_set(err, ...);". err may be NULL. */
int err_set(struct err *err, const char *fmt, ...) ERR_PRINTF(2, 3);

/* Writes to buf (n bytes) where an error in input lies, as err_set_at
 * begins its message: "FILE, rad LINE, kolumn COL: " (col <= 0: without
 * the column; line <= 0: "FILE: "; no file: "rad LINE: "). Returns the
 * length it wanted, as snprintf. */
int err_where(char *buf, size_t n, const char *file, long line, long col);

/* Sets the message for an error in input: "FILE, rad LINE, kolumn COL: ...".
 * col <= 0 leaves the column out; line <= 0 leaves line and column out.
 * Returns -1. */
int err_set_at(struct err *err, const char *file, long line, long col,
	       const char *fmt, ...) ERR_PRINTF(5, 6);

/* Adds the confirmation(s) need (enum err_need bits) that would let the
 * refused change through, to the message already set. Returns -1. */
int err_need(struct err *err, unsigned need);

/* Names, for the command line only, the command that lists what may be
 * given ("finsam insats list"): the web shows its own choices instead.
 * Keeps the message. Returns -1. */
int err_see(struct err *err, const char *fmt, ...) ERR_PRINTF(2, 3);

/* Names the field of the record that the message is about, as the use
 * case's fields are named ("date", "amount"): the web shows the message
 * beside that field, the command line beside its option. Keeps the
 * message. Returns -1. */
int err_field(struct err *err, const char *field);

/* Marks the message already set as a busy database (err->busy), not a
 * fault of the request: the web answers 503, so that it is asked again.
 * Keeps the message. Returns -1. */
int err_busy(struct err *err);

/* Puts "PREFIX: " in front of the message already in err. Returns -1. */
int err_prefix(struct err *err, const char *fmt, ...) ERR_PRINTF(2, 3);

#endif
