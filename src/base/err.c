/*
 * err.c: filling struct err with a message a person reads.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"

int err_set(struct err *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int err_set_at(struct err *err, const char *file, long line, long col,
	       const char *fmt, ...)
{
	va_list ap;
	int n;

	if (!err)
		return -1;
	if (line <= 0)
		n = snprintf(err->msg, sizeof(err->msg), "%s: ", file ? file : "");
	else if (col <= 0)
		n = snprintf(err->msg, sizeof(err->msg), "%s, rad %ld: ", file ? file : "", line);
	else
		n = snprintf(err->msg, sizeof(err->msg), "%s, rad %ld, kolumn %ld: ",
			     file ? file : "", line, col);
	if (n < 0 || (size_t)n >= sizeof(err->msg))
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg + n, sizeof(err->msg) - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

int err_prefix(struct err *err, const char *fmt, ...)
{
	char prefix[ERR_MSG_MAX], old[ERR_MSG_MAX];
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	memcpy(old, err->msg, sizeof(old));
	if (snprintf(err->msg, sizeof(err->msg), "%s: %s", prefix, old) < 0)
		err->msg[0] = '\0';
	return -1;
}
