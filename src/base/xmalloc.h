/*
 * xmalloc.h: allocation that cannot fail. finsam does not try to limp on
 * after running out of memory: these abort with a message instead, so no
 * caller needs a branch for it. Use these instead of malloc and friends.
 */
#ifndef FINSAM_BASE_XMALLOC_H
#define FINSAM_BASE_XMALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grows an array of count elements of size to at least need elements,
 * doubling; updates *cap. Aborts on overflow. */
void *xgrow(void *p, size_t size, size_t need, size_t *cap);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
