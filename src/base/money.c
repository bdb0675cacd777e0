/*
 * money.c: amounts as int64_t öre. Parsing the forms people and files
 * write, Swedish formatting, checked arithmetic and ratios from integers.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"

/* 128-bit intermediates keep num * 10^decimals exact for any int64 ratio. */
__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

int money_add(int64_t a, int64_t b, int64_t *out)
{
	int64_t r;

	if (__builtin_add_overflow(a, b, &r))
		return -1;
	*out = r;
	return 0;
}

int money_sub(int64_t a, int64_t b, int64_t *out)
{
	int64_t r;

	if (__builtin_sub_overflow(a, b, &r))
		return -1;
	*out = r;
	return 0;
}

int money_mul(int64_t a, int64_t b, int64_t *out)
{
	int64_t r;

	if (__builtin_mul_overflow(a, b, &r))
		return -1;
	*out = r;
	return 0;
}

/* Length of a group separator at s (space, NBSP, narrow NBSP), or 0. */
static size_t group_sep(const char *s)
{
	if (s[0] == ' ')
		return 1;
	if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xAF)
		return 3;
	return 0;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Adds one digit to *v (magnitude, as uint64); -1 beyond limit. */
static int push_digit(uint64_t *v, int d, uint64_t limit)
{
	if (*v > (limit - (uint64_t)d) / 10)
		return -1;
	*v = *v * 10 + (uint64_t)d;
	return 0;
}

/* The core: digits [grouped], decimals after sep_ok separators. */
static int parse_amount(const char *s, size_t n, int allow_groups, int allow_comma,
			int64_t *out, const char **why)
{
	const char *p = s, *end = s + n;
	int neg = 0, digits = 0, group_len = 0, grouped = 0, first_group = 1, dec = 0;
	uint64_t v = 0, limit;

	*why = NULL;
	if (p < end && (*p == '-' || *p == '+')) {
		neg = *p == '-';
		p++;
	} else if (allow_groups && end - p >= 3 && (unsigned char)p[0] == 0xE2 &&
		   (unsigned char)p[1] == 0x88 && (unsigned char)p[2] == 0x92) {
		neg = 1;
		p += 3;
	}
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	/* Whole kronor. */
	while (p < end) {
		size_t sep;

		if (*p >= '0' && *p <= '9') {
			if (push_digit(&v, *p - '0', limit) < 0)
				goto too_big;
			digits++;
			group_len++;
			p++;
			continue;
		}
		sep = allow_groups ? group_sep(p) : 0;
		if (sep && digits > 0 && p + sep < end && p[sep] >= '0' && p[sep] <= '9') {
			if ((first_group && group_len > 3) || (!first_group && group_len != 3))
				return -1;
			first_group = 0;
			grouped = 1;
			group_len = 0;
			p += sep;
			continue;
		}
		break;
	}
	if (digits == 0)
		return -1;
	if (grouped && group_len != 3)
		return -1;
	/* Öre. */
	if (p < end && (*p == '.' || (allow_comma && *p == ','))) {
		p++;
		if (p >= end || *p < '0' || *p > '9')
			return -1;
		while (p < end && *p >= '0' && *p <= '9') {
			if (dec < 2) {
				if (push_digit(&v, *p - '0', limit) < 0)
					goto too_big;
			} else if (*p != '0') {
				*why = "högst två decimaler";
				return -1;
			}
			dec++;
			p++;
		}
	}
	if (p != end)
		return -1;
	for (; dec < 2; dec++)
		if (push_digit(&v, 0, limit) < 0)
			goto too_big;
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	if (neg && v == (uint64_t)INT64_MAX + 1)
		*out = INT64_MIN;
	return 0;
too_big:
	*why = "för stort belopp";
	return -1;
}

int money_parse(const char *s, int64_t *out, struct err *err)
{
	const char *b = s, *e = s + strlen(s), *why;
	int64_t v;

	while (b < e && is_blank(*b))
		b++;
	while (e > b && is_blank(e[-1]))
		e--;
	if (e - b >= 2 && (e[-1] == 'r' || e[-1] == 'R') && (e[-2] == 'k' || e[-2] == 'K')) {
		e -= 2;
		for (;;) {
			if (e > b && is_blank(e[-1]))
				e--;
			else if (e - b >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0)
				e -= 2;
			else
				break;
		}
	}
	if (parse_amount(b, (size_t)(e - b), 1, 1, &v, &why) < 0) {
		if (why)
			return err_set(err, "kan inte tolka beloppet '%s' (%s)", s, why);
		return err_set(err, "kan inte tolka beloppet '%s'", s);
	}
	*out = v;
	return 0;
}

int money_parse_sie(const char *s, int64_t *out, struct err *err)
{
	const char *why;
	int64_t v;

	if (parse_amount(s, strlen(s), 0, 0, &v, &why) < 0) {
		if (why)
			return err_set(err, "kan inte tolka beloppet '%s' (%s)", s, why);
		return err_set(err, "kan inte tolka beloppet '%s'", s);
	}
	*out = v;
	return 0;
}

int64_t money_round(int64_t ore, int64_t unit)
{
	int64_t q = ore / unit, r = ore % unit;

	/* |r| >= unit/2 rounds away from zero; compare without overflow. */
	if (r > 0 && r >= unit - r)
		q++;
	else if (r < 0 && -r >= unit + r)
		q--;
	return q;
}

/* Writes magnitude m with Swedish grouping into buf (from the right). */
static void group_digits(char *buf, size_t n, uint64_t m, int negative, int grouping)
{
	char tmp[48];
	int i = (int)sizeof(tmp) - 1, count = 0;

	tmp[i] = '\0';
	do {
		if (grouping && count && count % 3 == 0)
			tmp[--i] = ' ';
		tmp[--i] = (char)('0' + m % 10);
		m /= 10;
		count++;
	} while (m);
	if (negative)
		tmp[--i] = '-';
	snprintf(buf, n, "%s", tmp + i);
}

static uint64_t magnitude(int64_t v)
{
	return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

char *money_format(char *buf, size_t n, int64_t ore, enum money_style style)
{
	char whole[48];
	uint64_t m = magnitude(ore);

	switch (style) {
	case MONEY_STYLE_KR:
	case MONEY_STYLE_TKR: {
		int64_t r = money_round(ore, style == MONEY_STYLE_KR ? MONEY_KR : MONEY_TKR);

		group_digits(buf, n, magnitude(r), r < 0, 1);
		break;
	}
	case MONEY_STYLE_KR_ORE:
		group_digits(whole, sizeof(whole), m / 100, ore < 0, 1);
		snprintf(buf, n, "%s,%02u", whole, (unsigned)(m % 100));
		break;
	case MONEY_STYLE_SIE:
		group_digits(whole, sizeof(whole), m / 100, ore < 0, 0);
		snprintf(buf, n, "%s.%02u", whole, (unsigned)(m % 100));
		break;
	}
	return buf;
}

/* Rounds num/den * 10^decimals half away from zero; 0 on success. */
static int scaled(int64_t num, int64_t den, int decimals, i128 *out)
{
	i128 scale = 1, q, r, a, b;
	int neg;

	if (den == 0)
		return -1;
	while (decimals-- > 0)
		scale *= 10;
	a = (i128)num * scale;
	b = den;
	neg = (a < 0) != (b < 0);
	if (a < 0)
		a = -a;
	if (b < 0)
		b = -b;
	q = a / b;
	r = a % b;
	if (2 * r >= b)
		q++;
	*out = neg ? -q : q;
	return 0;
}

static void write_fixed(char *buf, size_t n, i128 v, int decimals, char point)
{
	char digits[64];
	int neg = v < 0, len = 0, i, pos = 0;
	u128 m = neg ? (u128)(-v) : (u128)v;

	do {
		digits[len++] = (char)('0' + (int)(m % 10));
		m /= 10;
	} while (m || len <= decimals);
	if (n == 0)
		return;
	if (neg && (size_t)pos + 1 < n)
		buf[pos++] = '-';
	for (i = len - 1; i >= 0 && (size_t)pos + 1 < n; i--) {
		buf[pos++] = digits[i];
		if (i == decimals && decimals > 0 && (size_t)pos + 1 < n)
			buf[pos++] = point;
	}
	buf[pos] = '\0';
}

int ratio_format(char *buf, size_t n, int64_t num, int64_t den, int decimals)
{
	i128 v;

	if (decimals < 0)
		decimals = 0;
	if (decimals > 12)
		decimals = 12;
	if (scaled(num, den, decimals, &v) < 0) {
		if (n)
			buf[0] = '\0';
		return -1;
	}
	write_fixed(buf, n, v, decimals, '.');
	return 0;
}

int percent_format(char *buf, size_t n, int64_t num, int64_t den)
{
	i128 v;
	char tmp[64];

	if (scaled(num, den, 3, &v) < 0) {
		snprintf(buf, n, "\xE2\x80\x93");
		return -1;
	}
	write_fixed(tmp, sizeof(tmp), v, 1, ',');
	snprintf(buf, n, "%s %%", tmp);
	return 0;
}
