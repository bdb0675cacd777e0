/*
 * pnr.c: validating personal identity and co-ordination numbers.
 */
#include <string.h>

#include "base/err.h"
#include "base/orgnr.h"
#include "base/pnr.h"

int pnr_parse(const char *s, struct date today, struct pnr *out, struct err *err)
{
	char d[13];
	size_t n = 0, i;
	int plus = 0, sep = 0, y, m, day, century;

	memset(out, 0, sizeof(*out));
	for (i = 0; s[i]; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (n >= 12)
				return err_set(err, "personnumret har för många siffror");
			d[n++] = s[i];
		} else if ((s[i] == '-' || s[i] == '+') && !sep && (n == 6 || n == 8)) {
			plus = s[i] == '+';
			sep = 1;
		} else if (s[i] != ' ') {
			return err_set(err, "personnumret får bara innehålla siffror och ett bindestreck");
		}
	}
	d[n] = '\0';
	if (n != 10 && n != 12)
		return err_set(err, "personnumret ska ha 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN)");
	if (plus && n == 12)
		return err_set(err, "plustecken används bara med tvåsiffrigt år");
	if (n == 10) {
		int yy = (d[0] - '0') * 10 + (d[1] - '0');

		/* The latest century that does not make the person 100 (or, with
		 * '+', that does). */
		century = today.y / 100;
		y = century * 100 + yy;
		if (y > today.y)
			y -= 100;
		if (plus)
			y -= 100;
		out->digits[0] = (char)('0' + y / 1000 % 10);
		out->digits[1] = (char)('0' + y / 100 % 10);
		memcpy(out->digits + 2, d, 11);
	} else {
		memcpy(out->digits, d, 13);
	}
	y = (out->digits[0] - '0') * 1000 + (out->digits[1] - '0') * 100 + (out->digits[2] - '0') * 10 +
	    (out->digits[3] - '0');
	m = (out->digits[4] - '0') * 10 + (out->digits[5] - '0');
	day = (out->digits[6] - '0') * 10 + (out->digits[7] - '0');
	if (day > 60) {
		out->coordination = 1;
		day -= 60;
	}
	if (!date_valid(y, m, day))
		return err_set(err, out->coordination ? "samordningsnumret har inget giltigt födelsedatum"
						      : "personnumret har inget giltigt födelsedatum");
	out->birth.y = y;
	out->birth.m = m;
	out->birth.d = day;
	if (date_cmp(out->birth, today) > 0)
		return err_set(err, "personnumrets födelsedatum ligger i framtiden");
	if (!luhn_valid(out->digits + 2))
		return err_set(err, "kontrollsiffran i personnumret stämmer inte");
	return 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The length of the UTF-8 sequence lead starts. */
static size_t utf8_lead_len(unsigned char lead)
{
	return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

static size_t digits_at(const char *s)
{
	size_t n = 0;

	while (is_digit(s[n]))
		n++;
	return n;
}

/* 1 when the two digits at s are a month, or (day) a day of a month or
 * a co-ordination number's day (the day plus 60). */
static int two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

static int date_like(const char *mmdd)
{
	int m = two(mmdd), d = two(mmdd + 2);

	return m >= 1 && m <= 12 && ((d >= 1 && d <= 31) || (d >= 61 && d <= 91));
}

/* The length of the number starting at s (a digit not after a digit) when
 * it looks like a personal identity number, else 0. */
static size_t pnr_like(const char *s)
{
	size_t a = digits_at(s), b;

	if (a == 10 || a == 12)
		return date_like(s + a - 8) ? a : 0;
	if ((a != 6 && a != 8) || (s[a] != '-' && s[a] != '+'))
		return 0;
	b = digits_at(s + a + 1);
	if (b != 4)
		return 0;
	return date_like(s + a - 4) ? a + 1 + b : 0;
}

char *pnr_mask(char *out, size_t n, const char *s)
{
	size_t o = 0, i = 0, len, cut;
	int cut_short = 0;

	if (n == 0)
		return out;
	while (s[i]) {
		const char *put = s + i;
		size_t take = 1, skip = 1;

		if (is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1])) && (len = pnr_like(s + i)) > 0) {
			put = PNR_MASK;
			take = sizeof(PNR_MASK) - 1;
			skip = len;
		}
		if (o + take > n - 1) {
			cut_short = 1;
			break;
		}
		memcpy(out + o, put, take);
		o += take;
		i += skip;
	}
	if (cut_short) {
		/* Not half a UTF-8 character at the end... */
		cut = o;
		while (cut > 0 && ((unsigned char)out[cut - 1] & 0xC0) == 0x80)
			cut--;
		if (cut > 0 && ((unsigned char)out[cut - 1] & 0x80) &&
		    cut - 1 + utf8_lead_len((unsigned char)out[cut - 1]) > o)
			o = cut - 1;
		/* ...nor the start of a number that goes on after the cut. */
		if (is_digit(s[i]) || s[i] == '-' || s[i] == '+')
			while (o > 0 && (is_digit(out[o - 1]) || out[o - 1] == '-' || out[o - 1] == '+'))
				o--;
	}
	out[o] = '\0';
	return out;
}
