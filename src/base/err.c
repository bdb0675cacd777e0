/*
 * err.c: filling struct err with a message a person reads. Every function
 * formats into a scratch buffer first and copies afterwards, so a caller may
 * pass err->msg itself as an argument ("%s", err->msg) without the overlap
 * that vsnprintf does not allow. Messages longer than ERR_MSG_MAX - 1 bytes
 * are cut, never overrun. Personal identity numbers in a message are
 * masked (see put).
 */
#include <stdarg.h>
#include <stdio.h>

#include "base/err.h"
#include "base/pnr.h"

/* Copies the NUL-terminated tmp into err->msg with every personal
 * identity number masked, cut (if it must be) before a UTF-8 character
 * so the message stays valid UTF-8.
 *
 * This is the one place every message of finsam passes (err_set,
 * err_set_at, err_prefix; warnings are made with them too), whichever
 * front end shows it: a number that a person put in the wrong field or
 * column and that a message repeats never reaches the screen, the web
 * page, a log or standard error. */
static void put(struct err *err, const char *tmp)
{
	pnr_mask(err->msg, sizeof(err->msg), tmp);
}

/* A new message: what an earlier one needed or pointed to is gone. */
static void fresh(struct err *err)
{
	err->need = 0;
	err->see[0] = '\0';
	err->field[0] = '\0';
	err->busy = 0;
}

/* Formats into tmp (ERR_MSG_MAX + 1 bytes, so that put can see whether the
 * text was cut). */
static void vformat(char *tmp, size_t size, const char *fmt, va_list ap)
{
	if (vsnprintf(tmp, size, fmt, ap) < 0)
		tmp[0] = '\0';
}

int err_set(struct err *err, const char *fmt, ...)
{
	char tmp[ERR_MSG_MAX + 1];
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vformat(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	fresh(err);
	put(err, tmp);
	return -1;
}

int err_where(char *buf, size_t n, const char *file, long line, long col)
{
	const char *sep = file && *file ? ", " : "";

	if (!file)
		file = "";
	if (line <= 0)
		return snprintf(buf, n, "%s%s", file, *file ? ": " : "");
	if (col <= 0)
		return snprintf(buf, n, "%s%srad %ld: ", file, sep, line);
	return snprintf(buf, n, "%s%srad %ld, kolumn %ld: ", file, sep, line, col);
}

int err_set_at(struct err *err, const char *file, long line, long col,
	       const char *fmt, ...)
{
	char tmp[ERR_MSG_MAX + 1];
	va_list ap;
	int n;

	if (!err)
		return -1;
	n = err_where(tmp, sizeof(tmp), file, line, col);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof(tmp) - 1) {
		va_start(ap, fmt);
		vformat(tmp + n, sizeof(tmp) - (size_t)n, fmt, ap);
		va_end(ap);
	}
	fresh(err);
	put(err, tmp);
	return -1;
}

int err_need(struct err *err, unsigned need)
{
	if (err)
		err->need |= need;
	return -1;
}

int err_field(struct err *err, const char *field)
{
	if (err && field)
		snprintf(err->field, sizeof(err->field), "%s", field);
	return -1;
}

int err_busy(struct err *err)
{
	if (err)
		err->busy = 1;
	return -1;
}

int err_see(struct err *err, const char *fmt, ...)
{
	char tmp[ERR_SEE_MAX];
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vformat(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	pnr_mask(err->see, sizeof(err->see), tmp);
	return -1;
}

int err_prefix(struct err *err, const char *fmt, ...)
{
	char prefix[ERR_MSG_MAX + 1], tmp[ERR_MSG_MAX + 1];
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vformat(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	if (snprintf(tmp, sizeof(tmp), "%s: %s", prefix, err->msg) < 0)
		tmp[0] = '\0';
	put(err, tmp);
	return -1;
}
