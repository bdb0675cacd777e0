/*
 * pnr.h: Swedish personal identity numbers (personnummer) and
 * co-ordination numbers (samordningsnummer, the day of birth plus 60).
 * finsam only validates and normalises them: the number itself is never
 * stored, printed or logged (see the participant register).
 */
#ifndef FINSAM_BASE_PNR_H
#define FINSAM_BASE_PNR_H

#include <stddef.h>

#include "base/date.h"

struct err;

struct pnr {
	char digits[13];        /* YYYYMMDDNNNC, the normalised twelve digits */
	struct date birth;      /* the date of birth (day without the +60) */
	int coordination;       /* 1 for a samordningsnummer */
};

/* Parses "YYYYMMDD-NNNN", "YYYYMMDDNNNN", "YYMMDD-NNNN", "YYMMDDNNNN" and
 * "YYMMDD+NNNN" (a person of 100 years or more). A two-digit year is put
 * in the latest century that makes the person not older than 100 on
 * `today` (or, with '+', at least 100). Checks the date (for a
 * co-ordination number the day less 60) and the Luhn check digit. The
 * message never repeats the number, so it can be shown and logged. */
int pnr_parse(const char *s, struct date today, struct pnr *out, struct err *err);

/* What pnr_mask puts in place of a number. */
#define PNR_MASK "(personnummer dolt)"

/* Copies the text s to out (n bytes, always NUL-terminated when n > 0)
 * with everything that looks like a personal identity or co-ordination
 * number put as PNR_MASK: 10 or 12 digits in a row, or 6 or 8 digits, a
 * '-' or '+' and 4 digits, not next to other digits, that start with a
 * date (a month 01-12 and a day 01-31, or 61-91 for a co-ordination
 * number), whether the check digit holds or not. An organisation number
 * ("month" 20 or more) and other figures stay. A text cut to fit n is cut
 * before a character, and any digits it would end with are left out (part
 * of a number is not shown either). Returns out. */
char *pnr_mask(char *out, size_t n, const char *s);

#endif
