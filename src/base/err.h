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

struct err {
	char msg[ERR_MSG_MAX];
};

#if defined(__GNUC__)
#define ERR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ERR_PRINTF(a, b)
#endif

/* Sets the message. Always returns -1, so callers can write
 * "return err_set(err, ...);". err may be NULL. */
int err_set(struct err *err, const char *fmt, ...) ERR_PRINTF(2, 3);

/* Sets the message for an error in input: "FILE, rad LINE, kolumn COL: ...".
 * col <= 0 leaves the column out; line <= 0 leaves line and column out.
 * Returns -1. */
int err_set_at(struct err *err, const char *file, long line, long col,
	       const char *fmt, ...) ERR_PRINTF(5, 6);

/* Puts "PREFIX: " in front of the message already in err. Returns -1. */
int err_prefix(struct err *err, const char *fmt, ...) ERR_PRINTF(2, 3);

#endif
