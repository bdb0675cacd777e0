/*
 * buf.c: the growable, always NUL-terminated text buffer. A fresh buffer
 * points at a shared static empty string and owns no memory (cap == 0), so
 * buf_init never allocates and a buffer that is never written needs no
 * buf_release.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"

static char empty[1];

void buf_init(struct buf *b)
{
	b->s = empty;
	b->len = 0;
	b->cap = 0;
}

void buf_release(struct buf *b)
{
	if (b->cap)
		free(b->s);
	buf_init(b);
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->cap)
		b->s[0] = '\0';
}

/* Makes room for extra more bytes and the NUL. */
static void reserve(struct buf *b, size_t extra)
{
	size_t need;

	if (extra > SIZE_MAX - b->len - 1) {
		fprintf(stderr, "finsam: för stor textbuffert\n");
		abort();
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	if (b->cap == 0) {
		size_t cap = 0;

		b->s = xgrow(NULL, 1, need < 64 ? 64 : need, &cap);
		b->s[0] = '\0';
		b->cap = cap;
		return;
	}
	b->s = xgrow(b->s, 1, need, &b->cap);
}

void buf_add(struct buf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	/* Appending a part of the buffer to itself must survive the move
	 * that growing may cause. */
	if (b->cap && s >= b->s && s < b->s + b->cap) {
		size_t off = (size_t)(s - b->s);

		reserve(b, n);
		s = b->s + off;
	} else {
		reserve(b, n);
	}
	memmove(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list again;
	size_t room = b->cap ? b->cap - b->len : 0;
	int n;

	/* Most additions fit in the room left; format straight into it and
	 * only measure and retry when they do not. */
	va_copy(again, ap);
	if (room)
		n = vsnprintf(b->s + b->len, room, fmt, ap);
	else
		n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0) {
		if (b->cap)
			b->s[b->len] = '\0';
		goto out;
	}
	if ((size_t)n >= room) {
		reserve(b, (size_t)n);
		vsnprintf(b->s + b->len, (size_t)n + 1, fmt, again);
	}
	b->len += (size_t)n;
out:
	va_end(again);
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

char *buf_detach(struct buf *b)
{
	char *s = b->cap ? b->s : xstrdup("");

	buf_init(b);
	return s;
}
