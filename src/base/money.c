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
static size_t group_sep(const char *s, const char *end)
{
	const unsigned char *u = (const unsigned char *)s;

	if (end - s >= 1 && u[0] == ' ')
		return 1;
	if (end - s >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (end - s >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
		return 3;
	return 0;
}

/* Length of a blank (ASCII blank, NBSP, narrow NBSP) ending just before
 * end, or 0; used to take the space off before "kr". */
static size_t blank_before(const char *b, const char *end)
{
	const unsigned char *u = (const unsigned char *)end;

	if (end - b >= 1 && (end[-1] == ' ' || end[-1] == '\t'))
		return 1;
	if (end - b >= 2 && u[-2] == 0xC2 && u[-1] == 0xA0)
		return 2;
	if (end - b >= 3 && u[-3] == 0xE2 && u[-2] == 0x80 && u[-1] == 0xAF)
		return 3;
	return 0;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Adds one digit to the magnitude *v; -1 when it would pass limit. */
static int push_digit(uint64_t *v, int d, uint64_t limit)
{
	if (*v > (limit - (uint64_t)d) / 10)
		return -1;
	*v = *v * 10 + (uint64_t)d;
	return 0;
}

/* The forms an amount may take. */
enum form {
	FORM_PERSON,   /* groups, ',' or '.', '+', U+2212 minus */
	FORM_SIE       /* '-', digits, '.' only */
};

/* Parses s[0..n) into öre. On failure *why is a short reason for the
 * message, or NULL when the text simply is not an amount. The magnitude is
 * built in uint64_t against the limit of its sign, so INT64_MIN parses and
 * nothing ever wraps. scale is the power of ten of the unit over a krona
 * (0 for kr, 3 for tkr, 6 for Mkr): the number has 2 + scale decimals
 * down to the öre, and the digits are the öre themselves, so "1,9" Mkr is
 * exactly 190 000 000 öre without any rounding. */
static int parse_amount(const char *s, size_t n, enum form form, int scale, int64_t *out,
			const char **why)
{
	const char *p = s, *end = s + n;
	int neg = 0, digits = 0, group_len = 0, grouped = 0, dec = 0, extra = 0, places = 2 + scale;
	uint64_t v = 0, limit;

	*why = NULL;
	if (p < end && *p == '-') {
		neg = 1;
		p++;
	} else if (form == FORM_PERSON && p < end && *p == '+') {
		p++;
	} else if (form == FORM_PERSON && end - p >= 3 && (unsigned char)p[0] == 0xE2 &&
		   (unsigned char)p[1] == 0x88 && (unsigned char)p[2] == 0x92) {
		neg = 1;
		p += 3;
	}
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	/* Whole kronor: the first group has one to three digits, every later
	 * one exactly three ("1 46 000" is a typing error, not an amount). */
	while (p < end) {
		size_t sep;

		if (is_digit(*p)) {
			if (push_digit(&v, *p - '0', limit) < 0)
				goto too_big;
			digits++;
			group_len++;
			p++;
			continue;
		}
		sep = form == FORM_PERSON ? group_sep(p, end) : 0;
		if (sep && digits > 0 && p + sep < end && is_digit(p[sep])) {
			if ((!grouped && group_len > 3) || (grouped && group_len != 3)) {
				*why = "fel sifferuppdelning";
				return -1;
			}
			grouped = 1;
			group_len = 0;
			p += sep;
			continue;
		}
		break;
	}
	if (digits == 0)
		return -1;
	if (grouped && group_len != 3) {
		*why = "fel sifferuppdelning";
		return -1;
	}
	/* Öre: the decimals down to the öre count; more are allowed only as
	 * zeros. */
	if (p < end && (*p == '.' || (form == FORM_PERSON && *p == ','))) {
		p++;
		if (p >= end || !is_digit(*p))
			return -1;
		for (; p < end && is_digit(*p); p++, dec++) {
			if (dec >= places) {
				extra |= *p != '0';
				continue;
			}
			if (push_digit(&v, *p - '0', limit) < 0)
				goto too_big;
		}
	}
	if (p != end)
		return -1;
	if (extra) {
		*why = scale == 6 ? "högst åtta decimaler i miljoner kronor, ned till ett öre"
		       : scale == 3 ? "högst fem decimaler i tusen kronor, ned till ett öre"
				    : "högst två decimaler";
		return -1;
	}
	for (; dec < places; dec++)
		if (push_digit(&v, 0, limit) < 0)
			goto too_big;
	if (!neg)
		*out = (int64_t)v;
	else if (v == (uint64_t)INT64_MAX + 1)
		*out = INT64_MIN;
	else
		*out = -(int64_t)v;
	return 0;
too_big:
	*why = "för stort belopp";
	return -1;
}

static int refuse(struct err *err, const char *s, const char *why)
{
	if (why)
		return err_set(err, "kan inte tolka beloppet '%s' (%s)", s, why);
	return err_set(err, "kan inte tolka beloppet '%s'", s);
}

/* The unit written after an amount, in any case: "kr", "tkr" (thousand
 * kronor), "Mkr" or "Mnkr" (million kronor). Its length, with *scale the
 * power of ten over a krona; 0 when there is none. */
static size_t unit_suffix(const char *b, const char *e, int *scale)
{
	static const struct {
		const char *text;
		int scale;
	} units[] = { { "mnkr", 6 }, { "mkr", 6 }, { "tkr", 3 }, { "kr", 0 } };
	size_t i, j, len;

	*scale = 0;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		len = strlen(units[i].text);
		if ((size_t)(e - b) < len)
			continue;
		for (j = 0; j < len; j++) {
			char c = (e - len)[j];

			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != units[i].text[j])
				break;
		}
		if (j == len) {
			*scale = units[i].scale;
			return len;
		}
	}
	return 0;
}

int money_parse(const char *s, int64_t *out, struct err *err)
{
	const char *b = s, *e = s + strlen(s), *why;
	int64_t v;
	size_t blank, n;
	int scale;

	while (b < e && is_blank(*b))
		b++;
	while (e > b && is_blank(e[-1]))
		e--;
	if ((n = unit_suffix(b, e, &scale)) > 0) {
		e -= n;
		while ((blank = blank_before(b, e)) > 0)
			e -= blank;
	}
	if (parse_amount(b, (size_t)(e - b), FORM_PERSON, scale, &v, &why) < 0)
		return refuse(err, s, why);
	*out = v;
	return 0;
}

int money_parse_sie(const char *s, int64_t *out, struct err *err)
{
	const char *why;
	int64_t v;

	if (parse_amount(s, strlen(s), FORM_SIE, 0, &v, &why) < 0)
		return refuse(err, s, why);
	*out = v;
	return 0;
}

int64_t money_round(int64_t ore, int64_t unit)
{
	int64_t q, r;

	/* A unit that is not positive is a caller's mistake; dividing by it
	 * would trap, so the amount comes back as it is. */
	if (unit <= 0)
		return ore;
	q = ore / unit;
	r = ore % unit;
	/* |r| >= unit/2 rounds away from zero; written as r >= unit - r so
	 * that nothing can overflow even for INT64_MIN and INT64_MAX. */
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

int ratio_scaled(int64_t num, int64_t den, int decimals, int64_t *out)
{
	i128 v;

	if (decimals < 0 || decimals > 12 || scaled(num, den, decimals, &v) < 0 || v > INT64_MAX || v < -INT64_MAX)
		return -1;
	*out = (int64_t)v;
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
