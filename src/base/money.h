/*
 * money.h: amounts of money as int64_t öre, never floating point.
 * Parsing of the forms people and files write, Swedish formatting in kr and
 * tkr, checked arithmetic (overflow is reported, never wrapped), and ratios
 * computed from integers at the last moment.
 */
#ifndef FINSAM_BASE_MONEY_H
#define FINSAM_BASE_MONEY_H

#include <stddef.h>
#include <stdint.h>

struct err;

#define MONEY_KR 100           /* öre per krona */
#define MONEY_TKR 100000       /* öre per tusen kronor */

/* Parses an amount as a person writes it: "1 468 000", "-636 819",
 * "1468000,50", "1 468 000 kr", "1 468 000,50 kr", "−1 500" (U+2212 minus),
 * "1.468.000" is NOT accepted (ambiguous). Grouping may use space, NBSP
 * (U+00A0) or narrow NBSP (U+202F); the decimal separator is ',' or '.';
 * at most two decimals (more are accepted only when they are zeros).
 * The unit may be "kr", "tkr" (thousand kronor: "250 tkr") or "Mkr" /
 * "Mnkr" (million kronor: "1,9 Mkr"), in any case; a larger unit allows
 * decimals down to the öre ("1,23456789 Mkr"), never finer, and the
 * result is exact (integer arithmetic, overflow refused).
 * Leading/trailing blanks are ignored. *out gets öre.
 * Returns 0, or -1 with a message such as "kan inte tolka beloppet '12,3,4'". */
int money_parse(const char *s, int64_t *out, struct err *err);

/* Parses an SIE amount: optional '-', digits, optional '.' and up to two
 * decimals ("-1500.00", "-1500", "0.5"); extra decimals only if zeros.
 * Returns 0, or -1 with a message. */
int money_parse_sie(const char *s, int64_t *out, struct err *err);

/* Checked arithmetic: return 0 and set *out, or -1 on overflow (*out untouched). */
int money_add(int64_t a, int64_t b, int64_t *out);
int money_sub(int64_t a, int64_t b, int64_t *out);
int money_mul(int64_t a, int64_t b, int64_t *out);

/* Rounds öre to a whole number of units (MONEY_KR, MONEY_TKR), half away
 * from zero, and returns the number of units: money_round(150, MONEY_KR) == 2,
 * money_round(-150, MONEY_KR) == -2. Exact for every int64 amount. A unit
 * that is not positive returns ore unchanged. */
int64_t money_round(int64_t ore, int64_t unit);

enum money_style {
	MONEY_STYLE_KR,      /* whole kronor, rounded: "1 468 000", "-636 819" */
	MONEY_STYLE_KR_ORE,  /* kronor and öre: "1 468 000,50", "-0,05" */
	MONEY_STYLE_TKR,     /* whole thousands, rounded: "1 468" */
	MONEY_STYLE_SIE      /* SIE form, always two decimals: "-1500.00", "0.50" */
};

/* Formats into buf (size n; 32 bytes is always enough) with Swedish
 * digit grouping by a plain space, minus as '-'. Returns buf. */
char *money_format(char *buf, size_t n, int64_t ore, enum money_style style);

/* A ratio kept as integers until it is written; den == 0 means undefined. */
struct ratio {
	int64_t num, den;
};

/* Writes num/den as a decimal string with `decimals` decimals, rounded half
 * away from zero, with '.' as separator ("0.2411", "-0.0500"). Exact integer
 * arithmetic; decimals is held to 0..12 and a result that rounds to zero
 * never carries a minus. Returns 0, or -1 when den == 0 (buf then holds ""). */
int ratio_format(char *buf, size_t n, int64_t num, int64_t den, int decimals);

/* num/den times 10^decimals, rounded half away from zero as ratio_format
 * and percent_format round. Returns 0, or -1 when den == 0 or the result
 * does not fit (*out untouched). */
int ratio_scaled(int64_t num, int64_t den, int decimals, int64_t *out);

/* Writes num/den as a Swedish percentage with one decimal: "24,1 %".
 * Returns 0, or -1 when den == 0 (buf then holds "–"). */
int percent_format(char *buf, size_t n, int64_t num, int64_t den);

#endif
