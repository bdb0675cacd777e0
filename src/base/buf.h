/*
 * buf.h: a growable text buffer, always NUL-terminated. Used for building
 * messages, SQL-free text output and converted strings.
 */
#ifndef FINSAM_BASE_BUF_H
#define FINSAM_BASE_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *s;     /* NUL-terminated; never NULL after buf_init */
	size_t len;  /* bytes before the NUL */
	size_t cap;
};

/* Makes b empty; allocates nothing until the first addition. */
void buf_init(struct buf *b);
void buf_release(struct buf *b);   /* frees the memory; b can be reused after buf_init */
void buf_reset(struct buf *b);     /* empties, keeps the memory */
/* Appends n bytes (NULs included); s may point into b itself. */
void buf_add(struct buf *b, const char *s, size_t n);
/* Appends the NUL-terminated s. */
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
/* Appends printf-formatted text; the arguments must not point into b. */
void buf_addf(struct buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);
/* Gives the string to the caller (who frees it) and leaves b empty. */
char *buf_detach(struct buf *b);

#endif
