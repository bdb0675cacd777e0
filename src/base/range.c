/*
 * range.c: one parser for the ranges people write and finsam prints,
 * with a hyphen or an en dash between the numbers.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/range.h"

static const char en_dash[] = "\xe2\x80\x93";   /* U+2013 in UTF-8 */
static const char em_dash[] = "\xe2\x80\x94";   /* U+2014, which some word processors put instead */

static const char *skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* The length of the dash at p ('-', the en dash or the em dash), 0 when
 * there is none. */
static size_t dash_len(const char *p)
{
	if (*p == '-')
		return 1;
	if (strncmp(p, en_dash, sizeof(en_dash) - 1) == 0 || strncmp(p, em_dash, sizeof(em_dash) - 1) == 0)
		return sizeof(en_dash) - 1;
	return 0;
}

const char *range_scan(const char *s, struct range_text *out)
{
	const char *p = s, *q;
	size_t n = strspn(s, "0123456789"), d;

	if (n == 0)
		return NULL;
	out->lo = out->hi = s;
	out->lo_len = out->hi_len = n;
	p = s + n;
	q = skip_blanks(p);
	d = dash_len(q);
	if (d == 0)
		return p;
	q = skip_blanks(q + d);
	n = strspn(q, "0123456789");
	if (n == 0)
		return NULL;
	out->hi = q;
	out->hi_len = n;
	return q + n;
}

/* The number of the n digits at s, or -1 when it is too large. */
static long number(const char *s, size_t n)
{
	char buf[24];
	long v;

	if (n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	v = strtol(buf, NULL, 10);
	return errno ? -1 : v;
}

int range_parse(const char *s, long min, long max, long *lo, long *hi)
{
	struct range_text r;
	const char *end;
	long a, b;

	if (!s)
		return -1;
	end = range_scan(skip_blanks(s), &r);
	if (!end || *skip_blanks(end))
		return -1;
	a = number(r.lo, r.lo_len);
	b = number(r.hi, r.hi_len);
	if (a < 0 || b < 0 || a < min || b > max || a > b)
		return -1;
	*lo = a;
	*hi = b;
	return 0;
}

int range_list_valid(const char *s, size_t max_digits)
{
	const char *p = s;

	if (!p)
		return 1;
	p = skip_blanks(p);
	while (*p) {
		struct range_text r;

		p = range_scan(p, &r);
		if (!p || r.lo_len > max_digits || r.hi_len > max_digits)
			return 0;
		p = skip_blanks(p);
		if (*p == ',' || *p == ';')
			p = skip_blanks(p + 1);
		else if (*p)
			return 0;
	}
	return 1;
}

char *range_ascii(char *s)
{
	char *r = s, *w = s;

	if (!s)
		return s;
	while (*r) {
		if (strncmp(r, en_dash, sizeof(en_dash) - 1) == 0 || strncmp(r, em_dash, sizeof(em_dash) - 1) == 0) {
			*w++ = '-';
			r += sizeof(en_dash) - 1;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return s;
}
