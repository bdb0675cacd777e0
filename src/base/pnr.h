/*
 * pnr.h: Swedish personal identity numbers (personnummer) and
 * co-ordination numbers (samordningsnummer, the day of birth plus 60).
 * finsam only validates and normalises them: the number itself is never
 * stored, printed or logged (see the participant register).
 */
#ifndef FINSAM_BASE_PNR_H
#define FINSAM_BASE_PNR_H

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

#endif
