/*
 * orgnr.c: Swedish organisation numbers and the Luhn check digit.
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
	size_t n = 0;
	const char *p;

	for (p = s; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n >= sizeof(digits) - 1)
				goto length;
			digits[n++] = *p;
		} else if (*p == '-' && n > 0 && p[1]) {
			continue;
		} else {
			return err_set(err, "organisationsnumret '%s' får bara innehålla siffror och bindestreck", s);
		}
	}
	digits[n] = '\0';
	if (n == 12 && strncmp(digits, "16", 2) == 0) {
		memmove(digits, digits + 2, 11);
		n = 10;
	}
	if (n != 10)
		goto length;
	if (!luhn_valid(digits))
		return err_set(err, "kontrollsiffran stämmer inte i organisationsnumret '%s'", s);
	memcpy(out, digits, 6);
	out[6] = '-';
	memcpy(out + 7, digits + 6, 4);
	out[11] = '\0';
	return 0;
length:
	return err_set(err, "organisationsnumret '%s' ska ha tio siffror (NNNNNN-NNNN)", s);
}
