/*
 * xmalloc.c: allocation that aborts instead of failing. The only file
 * allowed to call malloc and friends directly. A request whose size does not
 * fit in size_t is a bug in the caller, not a shortage of memory, and gets
 * its own message so the two are told apart in a crash report.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"

static void out_of_memory(size_t n)
{
	fprintf(stderr, "finsam: slut på minne (begärde %zu byte)\n", n);
	abort();
}

static void too_large(size_t count, size_t size)
{
	fprintf(stderr, "finsam: för stor minnesbegäran (%zu gånger %zu byte)\n", count, size);
	abort();
}

void *xmalloc(size_t n)
{
	/* malloc(0) may return NULL; callers expect a pointer they can free. */
	void *p = malloc(n ? n : 1);

	if (!p)
		out_of_memory(n);
	return p;
}

void *xcalloc(size_t count, size_t size)
{
	void *p;

	if (size && count > SIZE_MAX / size)
		too_large(count, size);
	p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory(count * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		out_of_memory(n);
	return q;
}

void *xgrow(void *p, size_t size, size_t need, size_t *cap)
{
	size_t c = *cap;

	if (need <= c)
		return p;
	if (size == 0)
		size = 1;
	if (need > SIZE_MAX / size)
		too_large(need, size);
	if (c < 8)
		c = 8;
	while (c < need)
		c = c > SIZE_MAX / 2 ? need : c * 2;
	/* Doubling may overshoot what fits; settle for exactly need then. */
	if (c > SIZE_MAX / size)
		c = need;
	p = xrealloc(p, c * size);
	*cap = c;
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p;

	if (len == SIZE_MAX)
		too_large(len, 1);
	p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
