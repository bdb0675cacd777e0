/*
 * orgnr.c: Swedish organisation numbers and the Luhn check digit. The
 * canonical form, the one stored and printed, is NNNNNN-NNNN; the forms
 * without the dash and with the "16" prefix are accepted on the way in.
 */
#include <string.h>

#include "base/err.h"
#include "base/orgnr.h"

int luhn_valid(const char *digits)
{
	size_t n = strlen(digits), i;
	int sum = 0;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		int d = digits[n - 1 - i] - '0';

		if (d < 0 || d > 9)
			return 0;
		if (i % 2 == 1) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	return sum % 10 == 0;
}

int orgnr_parse(const char *s, char out[12], struct err *err)
{
	char digits[16];
	size_t n = 0, dash = 0;
	int dashes = 0;
	const char *p, *num;

	for (p = s; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n >= sizeof(digits) - 1)
				goto length;
			digits[n++] = *p;
		} else if (*p == '-') {
			dashes++;
			dash = n;
		} else {
			return err_set(err, "organisationsnumret '%s' får bara innehålla "
				       "siffror och ett bindestreck", s);
		}
	}
	digits[n] = '\0';
	/* The "16" in front is the century-like prefix some registers use for
	 * legal persons; the number itself is the ten digits after it. */
	num = digits;
	if (n == 12 && digits[0] == '1' && digits[1] == '6') {
		num += 2;
		n -= 2;
		if (dashes)
			dash -= 2;
	}
	if (n != 10)
		goto length;
	/* The dash, when there is one, sits before the last four digits. */
	if (dashes > 1 || (dashes == 1 && dash != 6))
		return err_set(err, "bindestrecket står på fel plats i organisationsnumret "
			       "'%s' (NNNNNN-NNNN)", s);
	if (!luhn_valid(num))
		return err_set(err, "kontrollsiffran stämmer inte i organisationsnumret '%s'", s);
	memcpy(out, num, 6);
	out[6] = '-';
	memcpy(out + 7, num + 6, 4);
	out[11] = '\0';
	return 0;
length:
	return err_set(err, "organisationsnumret '%s' ska ha tio siffror (NNNNNN-NNNN)", s);
}
