/*
 * orgnr.h: Swedish organisation numbers (organisationsnummer), NNNNNN-NNNN
 * with a Luhn check digit, as for samordningsförbund (222000-1990).
 */
#ifndef FINSAM_BASE_ORGNR_H
#define FINSAM_BASE_ORGNR_H

struct err;

/* Parses "222000-1990", "2220001990" or "16222000-1990" (with the 16 prefix),
 * checks the Luhn digit and writes the canonical "222000-1990" into out
 * (12 bytes). Returns 0, or -1 with a message saying what is wrong. */
int orgnr_parse(const char *s, char out[12], struct err *err);

/* Luhn check of a string of digits: 1 when valid. */
int luhn_valid(const char *digits);

#endif
