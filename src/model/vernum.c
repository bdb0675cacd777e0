/*
 * vernum.c: the verification numbers of a year, by series (see vernum.h).
 * A million verifications numbered 1 to 1000000 in one series cost one
 * array of 4 MB, grown by xrealloc (the C library moves the pages of an
 * array that large instead of copying them), where a hash table of every
 * key cost some 40 MB at its peak.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "model/vernum.h"

/* An array may cover numbers up to twice what its series holds and this
 * many more, so that books numbered 1, 2, 3 ... with gaps (a verification
 * removed before the year was closed) keep to their array. */
#define DENSE_SLACK 4096
/* How far below its first number a series' array starts, for the few
 * verifications a file may hold out of order. */
#define DENSE_BELOW 1024

void vernum_set_init(struct vernum_set *s)
{
	memset(s, 0, sizeof(*s));
	buf_init(&s->keys);
}

void vernum_set_release(struct vernum_set *s)
{
	size_t i;

	for (i = 0; i < s->nseries; i++) {
		free(s->series[i].name);
		free(s->series[i].lines);
	}
	free(s->slots);
	buf_release(&s->keys);
	vernum_set_init(s);
}

/* The number as an index when it is written plainly in decimal (no sign,
 * no leading zero) and below a thousand million; -1 otherwise. */
static long plain_number(const char *number)
{
	long v = 0;
	size_t i;

	if (number[0] == '0' && number[1])
		return -1;
	for (i = 0; number[i]; i++) {
		if (number[i] < '0' || number[i] > '9' || i == 9)
			return -1;
		v = v * 10 + (number[i] - '0');
	}
	return i ? v : -1;
}

/* The series' array, made for it when there is room for one more; NULL
 * when its numbers are hashed. */
static struct vernum_series *dense_series(struct vernum_set *s, const char *series)
{
	size_t i;

	if (s->last < s->nseries && strcmp(s->series[s->last].name, series) == 0)
		return &s->series[s->last];
	for (i = 0; i < s->nseries; i++)
		if (strcmp(s->series[i].name, series) == 0)
			break;
	if (i == s->nseries) {
		if (s->nseries == VERNUM_SERIES_DENSE)
			return NULL;
		s->series[s->nseries++].name = xstrdup(series);
	}
	s->last = i;
	return &s->series[i];
}

/* The slot of number v in the series' array, grown to hold it if that
 * keeps the array within twice the series' numbers (and the slack); NULL
 * when v is left to the hash table. */
static uint32_t *dense_slot(struct vernum_series *d, long v)
{
	size_t i;

	if (!d->lines) {
		d->base = (uint32_t)(v > DENSE_BELOW ? v - DENSE_BELOW : 0);
		d->cap = DENSE_SLACK;
		d->lines = xmalloc(d->cap * sizeof(*d->lines));
	}
	if (v < (long)d->base)
		return NULL;
	i = (size_t)v - d->base;
	if (i >= d->cap) {
		size_t cap = d->cap * 2 > i + 1 ? d->cap * 2 : i + 1;

		if (i >= 2 * (d->n + DENSE_SLACK))
			return NULL;
		d->lines = xrealloc(d->lines, cap * sizeof(*d->lines));
		d->cap = cap;
	}
	/* Only what has been reached is set: the rest of the array is never
	 * touched, and costs no memory, until numbers get there. */
	if (i >= d->len) {
		memset(d->lines + d->len, 0, (i + 1 - d->len) * sizeof(*d->lines));
		d->len = i + 1;
	}
	return &d->lines[i];
}

static uint32_t key_hash(const char *series, const char *number)
{
	uint64_t h = 1469598103934665603ULL;
	const char *p;

	for (p = series; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	h = (h ^ 0x1f) * 1099511628211ULL;
	for (p = number; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	return (uint32_t)h;
}

/* The hashed key's slot: the one holding it, or the empty one where it
 * belongs. */
static struct vernum_slot *hash_find(const struct vernum_set *s, uint32_t h, const char *series,
				     const char *number)
{
	size_t i, ls = strlen(series);

	for (i = h & (s->cap - 1); s->slots[i].off; i = (i + 1) & (s->cap - 1)) {
		const char *k = s->keys.s + s->slots[i].off;

		if (s->slots[i].hash == h && strncmp(k, series, ls) == 0 && k[ls] == 0x1f &&
		    strcmp(k + ls + 1, number) == 0)
			break;
	}
	return &s->slots[i];
}

static void hash_grow(struct vernum_set *s)
{
	size_t cap = s->cap ? s->cap * 2 : 256, i;
	struct vernum_slot *slots = xcalloc(cap, sizeof(*slots));

	for (i = 0; i < s->cap; i++) {
		size_t j;

		if (!s->slots[i].off)
			continue;
		for (j = s->slots[i].hash & (cap - 1); slots[j].off; j = (j + 1) & (cap - 1))
			;
		slots[j] = s->slots[i];
	}
	free(s->slots);
	s->slots = slots;
	s->cap = cap;
}

long vernum_set_add(struct vernum_set *s, const char *series, const char *number, long line)
{
	struct vernum_series *d = NULL;
	struct vernum_slot *slot;
	uint32_t *at = NULL, h;
	uint32_t l = line < 1 ? 1 : (unsigned long)line > UINT32_MAX ? UINT32_MAX : (uint32_t)line;
	long v = plain_number(number);

	if (v >= 0 && (d = dense_series(s, series)) != NULL) {
		at = dense_slot(d, v);
		if (at && *at)
			return *at;
	}
	/* A number now within the array may have been hashed before the
	 * array reached it. */
	if (s->n) {
		slot = hash_find(s, key_hash(series, number), series, number);
		if (slot->off)
			return slot->line;
	}
	if (at) {
		*at = l;
		d->n++;
		return 0;
	}
	if ((s->n + 1) * 4 > s->cap * 3)
		hash_grow(s);
	h = key_hash(series, number);
	slot = hash_find(s, h, series, number);
	if (s->keys.len == 0)
		buf_addc(&s->keys, 0);
	slot->hash = h;
	slot->off = (uint32_t)s->keys.len;
	slot->line = l;
	buf_adds(&s->keys, series);
	buf_addc(&s->keys, 0x1f);
	buf_add(&s->keys, number, strlen(number) + 1);   /* with its NUL */
	s->n++;
	return 0;
}
