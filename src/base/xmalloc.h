/*
 * xmalloc.h: allocation that cannot fail. finsam does not try to limp on
 * after running out of memory: these abort with a message instead, so no
 * caller needs a branch for it. Use these instead of malloc and friends.
 */
#ifndef FINSAM_BASE_XMALLOC_H
#define FINSAM_BASE_XMALLOC_H

#include <stddef.h>

/* n bytes, uninitialised; n == 0 still gives a pointer to free. */
void *xmalloc(size_t n);
/* count * size bytes, zeroed; aborts when the product overflows. */
void *xcalloc(size_t count, size_t size);
/* As realloc; p may be NULL. The returned pointer replaces p. */
void *xrealloc(void *p, size_t n);
/* Grows an array of count elements of size to at least need elements,
 * doubling; updates *cap. Aborts on overflow. */
void *xgrow(void *p, size_t size, size_t need, size_t *cap);
/* A copy of s that the caller frees. */
char *xstrdup(const char *s);
/* A copy of at most the first n bytes of s, always NUL-terminated. */
char *xstrndup(const char *s, size_t n);

#endif
