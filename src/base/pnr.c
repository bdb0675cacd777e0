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
