/*
 * date.h: calendar dates (proleptic Gregorian) and periods such as a fiscal
 * year. Dates are small value structs; ISO 8601 is the only written form.
 */
#ifndef FINSAM_BASE_DATE_H
#define FINSAM_BASE_DATE_H

#include <stddef.h>

struct err;

struct date {
	int y, m, d;   /* all zero means "no date" */
};

struct period {
	struct date start, end;   /* both inclusive */
};

int date_valid(int y, int m, int d);       /* 1 when the date exists (years 1..9999) */
int date_is_set(struct date d);            /* 0 for the all-zero "no date" */

/* Parses "2024-12-31", "20241231", "2024-12-31 00:00" (the time is
 * ignored) and the Swedish day-first "31/12/2024" or "31/12 2024" (never
 * month first: "12/31/2024" is refused). Returns 0, or -1 with "ogiltigt
 * datum '2024-02-30'". */
int date_parse(const char *s, struct date *out, struct err *err);

/* Writes "2024-12-31" into buf (at least 11 bytes). Returns buf. */
char *date_format(char *buf, struct date d);
/* Writes "20241231" (the SIE form) into buf (at least 9 bytes). Returns buf. */
char *date_format_compact(char *buf, struct date d);

/* Today in local time: the one place finsam asks the clock for the date.
 * When the environment variable FINSAM_TODAY holds a date ("2026-03-15")
 * that date stands in for today, so that what depends on the day (a year
 * cycle's "klart", the newest date an adoption may have) comes out the
 * same on any day: for tests and golden files, never for real use. An
 * invalid FINSAM_TODAY counts as unset; date_today_check reports it. */
struct date date_today(void);
/* 0 when FINSAM_TODAY is unset or a valid date; -1 with a message when
 * it is set to something else. */
int date_today_check(struct err *err);

int date_cmp(struct date a, struct date b);    /* <0, 0, >0 */
long date_to_days(struct date d);              /* days since 0001-01-01 */
struct date date_from_days(long days);
long date_diff(struct date a, struct date b);  /* days from a to b (b - a) */
struct date date_add_days(struct date d, long n);

/* The calendar year as a fiscal year: 1 Jan to 31 Dec of y. */
struct period period_year(int y);
/* 1 Jan of to's year to `to`, as in an interim report. */
struct period period_year_to_date(struct date to);
int period_contains(struct period p, struct date d);

#endif
