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

#include "model/pstats.h"
#include "model/statements.h"

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

/* ---- The five-year overview ----------------------------------------
 * A year of the overview (the year of the report and the four before it)
 * comes from the books when they hold it, else from the key figures
 * entered from that year's annual report (history), else from neither;
 * beside the figures of the statements it shows the year's individual
 * participants by sex and the förbund's employees. */
enum overview_source { OVERVIEW_NONE, OVERVIEW_BOOKS, OVERVIEW_HISTORY };

/* What of an overview year is known (struct overview_entry's known). */
enum {
	OVK_STATEMENTS = 1u << 0, /* every figure of the statements (a year of the books) */
	OVK_REVENUE = 1u << 1,
	OVK_EXPENSES = 1u << 2,
	OVK_RESULT = 1u << 3,
	OVK_EQUITY = 1u << 4,
	OVK_PEOPLE = 1u << 5,     /* women and men */
	OVK_EMPLOYEES = 1u << 6
};

struct overview_entry {
	struct overview_year f;   /* the figures (of a history year only revenue,
				     expenses, result and equity) */
	struct pcell women, men;  /* individual participants of the year */
	int64_t employees;
	enum overview_source source;
	unsigned known;           /* OVK_* bits */
};

/* A year of the books: every figure of s. */
void overview_from_books(const struct statements *s, struct overview_entry *out);
/* A year from an earlier annual report: the figures h knows. */
void overview_from_history(const struct history_year *h, struct overview_entry *out);
/* A year of neither: nothing known. */
void overview_empty(int year, struct overview_entry *out);
/* 1 when the figure at offset (offsetof(struct overview_entry, ...)) is
 * known in e; a member the overview does not show is known. */
int overview_known(const struct overview_entry *e, size_t offset);

/* A participant enrolled during the year, by sex. */
struct person_sex {
	int64_t id;
	int woman;
};
/* Sets e's women and men from the enrolments' people p (n of them, a
 * person once per enrolment; sorted here) counted once each, plus the
 * anonymous participants anon (NULL: none); known from then on. */
void overview_people(struct overview_entry *e, struct person_sex *p, size_t n, const struct psex *anon);
/* Marks the counts of 1 to threshold−1 people as hidden ("<5"). */
void overview_protect(struct overview_entry *e, int threshold);

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
