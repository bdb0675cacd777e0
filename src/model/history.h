/*
 * history.h: what the annual report tells of years beyond this year's
 * books. The five-year overview needs five years even when the books hold
 * fewer: the key figures of earlier years are entered once, as the annual
 * report of that year published them, and marked as taken from it. And
 * the förbund's own staff per year (people employed, the posts they fill,
 * the posts it funds in interventions, the sick leave), which the books do
 * not hold. Pure data and validation; no I/O.
 */
#ifndef FINSAM_MODEL_HISTORY_H
#define FINSAM_MODEL_HISTORY_H

#include <stddef.h>
#include <stdint.h>

struct err;

/* The key figures of a year, each declared once (history_fields): the
 * command line's option, the JSON key and the label people read. */
enum history_field {
	HIST_REVENUE,           /* verksamhetens intäkter, öre */
	HIST_COSTS,             /* verksamhetens kostnader, öre (negative, as published) */
	HIST_RESULT,            /* årets resultat, öre */
	HIST_EQUITY,            /* eget kapital at the year's end, öre */
	HIST_WOMEN,             /* individual participants, women */
	HIST_MEN,               /* individual participants, men */
	HIST_EMPLOYEES,         /* people employed by the förbund */
	HIST__MAX
};

struct history_field_decl {
	const char *key;        /* "revenue": option --revenue, JSON "revenue" */
	const char *label;      /* "Verksamhetens intäkter" */
	int money;              /* an amount (kronor in, öre kept), else a count */
};

extern const struct history_field_decl history_fields[HIST__MAX];

struct history_year {
	int year;
	int64_t v[HIST__MAX];   /* öre or a count */
	unsigned known;         /* bit f set: v[f] is known */
	char source[200];       /* "Årsredovisning 2021"; "" when not said */
};

/* Sets field f of h from text (a kronor amount or a count; "" leaves it
 * unknown). -1 with a Swedish message naming the field. */
int history_field_parse(struct history_year *h, enum history_field f, const char *text, struct err *err);
/* The field whose key is key, or HIST__MAX. */
enum history_field history_field_by_key(const char *key);

/* The förbund's own staff in a year. Posts are hundredths of a full-time
 * post (150 = 1,5), the sick leave hundredths of a per cent of working
 * time (230 = 2,3 %). */
struct staff_year {
	int year;
	int64_t employees;
	int64_t own_posts;
	int64_t funded_posts;   /* posts it funds in interventions */
	int64_t sick_leave;
	int has_sick_leave;     /* 0: not known, or no staff of its own */
	char note[400];
};

/* "1,5" or "1.5" or "2" into hundredths (150, 150, 200), at most two
 * decimals, 0..max_hundredths. -1 with a message naming what. */
int hundredths_parse(const char *s, int64_t max_hundredths, const char *what, int64_t *out, struct err *err);
/* Hundredths as Swedish text: "1,5", "2", "0,25". */
const char *hundredths_format(char *buf, size_t n, int64_t v);

#endif
