/*
 * date.c: calendar dates in the proleptic Gregorian calendar, ISO 8601 in
 * and out, and day arithmetic through a day count.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/date.h"
#include "base/err.h"

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

int date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int date_is_set(struct date d)
{
	return d.y || d.m || d.d;
}

/* Reads exactly n digits at s into *out; -1 when one is not a digit. */
static int digits(const char *s, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* Checks a time of day after a date: "HH:MM", "HH:MM:SS", an optional
 * fraction of a second and an optional zone ("Z", "+01:00"). The time is
 * ignored, but a text that is not a time makes the whole value suspect. */
static int time_ok(const char *t)
{
	int h, m, sec;

	if (digits(t, 2, &h) || t[2] != ':' || digits(t + 3, 2, &m) || h > 23 || m > 59)
		return 0;
	t += 5;
	if (*t == ':') {
		if (digits(t + 1, 2, &sec) || sec > 60)
			return 0;
		t += 3;
		if (*t == '.') {
			if (t[1] < '0' || t[1] > '9')
				return 0;
			for (t++; *t >= '0' && *t <= '9'; t++)
				;
		}
	}
	if (*t == 'Z')
		t++;
	else if (*t == '+' || *t == '-') {
		if (digits(t + 1, 2, &h) || t[3] != ':' || digits(t + 4, 2, &m))
			return 0;
		t += 6;
	}
	return *t == '\0';
}

/* Reads one or two digits at s into *out; the count read, or 0. */
static int short_number(const char *s, int *out)
{
	if (s[0] < '0' || s[0] > '9')
		return 0;
	if (s[1] >= '0' && s[1] <= '9') {
		*out = (s[0] - '0') * 10 + (s[1] - '0');
		return 2;
	}
	*out = s[0] - '0';
	return 1;
}

/* The Swedish day-first form "20/11/2025" or "20/11 2025" (day and month
 * of one or two digits, the year of four): the day always comes first, so
 * "11/20/2025" has no month 20 and is refused, never read as American. */
static int day_first(const char *s, int *y, int *m, int *d)
{
	int n = short_number(s, d), k;

	if (!n || s[n] != '/')
		return -1;
	s += n + 1;
	k = short_number(s, m);
	if (!k || (s[k] != '/' && s[k] != ' '))
		return -1;
	s += k + 1;
	if (digits(s, 4, y) || s[4] != '\0')
		return -1;
	return 0;
}

int date_parse(const char *s, struct date *out, struct err *err)
{
	int y, m, d;
	const char *rest;

	if (strchr(s, '/')) {
		if (day_first(s, &y, &m, &d) < 0)
			goto bad;
		rest = "";
	/* Both ISO forms have fixed widths; digits() stops at the NUL of a
	 * short string because the NUL is not a digit, so nothing is read
	 * past it. */
	} else if (digits(s, 4, &y)) {
		goto bad;
	} else if (s[4] == '-') {
		if (digits(s + 5, 2, &m) || s[7] != '-' || digits(s + 8, 2, &d))
			goto bad;
		rest = s + 10;
	} else {
		if (digits(s + 4, 2, &m) || digits(s + 6, 2, &d))
			goto bad;
		rest = s + 8;
	}
	if (*rest && !((*rest == ' ' || *rest == 'T') && time_ok(rest + 1)))
		goto bad;
	if (!date_valid(y, m, d))
		goto bad;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
bad:
	return err_set(err, "ogiltigt datum '%s'", s);
}

char *date_format(char *buf, struct date d)
{
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, dd = (unsigned)d.d % 100u;

	if (snprintf(buf, 11, "%04u-%02u-%02u", y, m, dd) < 0)
		buf[0] = '\0';
	return buf;
}

char *date_format_compact(char *buf, struct date d)
{
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, dd = (unsigned)d.d % 100u;

	if (snprintf(buf, 9, "%04u%02u%02u", y, m, dd) < 0)
		buf[0] = '\0';
	return buf;
}

int date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

/* Days from 0001-01-01, after H. Hinnant's days_from_civil. */
long date_to_days(struct date dt)
{
	long y = dt.y - (dt.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (dt.m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + dt.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 306; /* 306: 0000-03-01 to 0001-01-01 */
}

struct date date_from_days(long days)
{
	long z = days + 306;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	struct date d;

	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(yoe + era * 400 + (d.m <= 2));
	return d;
}

long date_diff(struct date a, struct date b)
{
	return date_to_days(b) - date_to_days(a);
}

struct date date_add_days(struct date d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

struct period period_year(int y)
{
	struct period p = { { y, 1, 1 }, { y, 12, 31 } };

	return p;
}

struct period period_year_to_date(struct date to)
{
	struct period p = { { to.y, 1, 1 }, to };

	return p;
}

int period_contains(struct period p, struct date d)
{
	return date_cmp(p.start, d) <= 0 && date_cmp(d, p.end) <= 0;
}

/* FINSAM_TODAY as a date; 0 when it is unset, -1 when it is invalid. */
static int today_env(struct date *out, struct err *err)
{
	const char *s = getenv("FINSAM_TODAY");
	struct err e;

	if (!s || !*s)
		return 0;
	if (date_parse(s, out, &e) < 0)
		return err_set(err ? err : &e, "FINSAM_TODAY ska vara ett datum ÅÅÅÅ-MM-DD, inte '%s'", s);
	return 1;
}

struct date date_today(void)
{
	struct date d;
	time_t now;
	struct tm tm;

	if (today_env(&d, NULL) > 0)
		return d;
	now = time(NULL);
	if (!localtime_r(&now, &tm))
		return (struct date){ 1970, 1, 1 };
	return (struct date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}

int date_today_check(struct err *err)
{
	struct date d;

	return today_env(&d, err) < 0 ? -1 : 0;
}
