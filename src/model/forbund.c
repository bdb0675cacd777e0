/*
 * forbund.c: a förbund's name on a host, its schema and its host names.
 */
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "model/forbund.h"

int forbund_name_check(const char *name, struct err *err)
{
	size_t n = name ? strlen(name) : 0, i;

	if (n == 0)
		return err_set(err, "förbundets namn på värden saknas");
	if (n < 2 || n > FORBUND_NAME_MAX)
		return err_set(err, "förbundets namn på värden ska ha 2–%d tecken", FORBUND_NAME_MAX);
	if (name[0] < 'a' || name[0] > 'z')
		return err_set(err, "förbundets namn på värden ska börja med en bokstav a–z");
	for (i = 0; i < n; i++) {
		char c = name[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return err_set(err, "förbundets namn på värden får bara ha a–z, 0–9 och '-' "
				       "(inte å, ä, ö, versaler eller mellanslag)");
	}
	if (name[n - 1] == '-')
		return err_set(err, "förbundets namn på värden får inte sluta med '-'");
	return 0;
}

void forbund_schema_of(const char *name, char out[FORBUND_NAME_MAX + 4])
{
	size_t i;

	snprintf(out, FORBUND_NAME_MAX + 4, "fb_%.*s", FORBUND_NAME_MAX, name);
	for (i = 3; out[i]; i++)
		if (out[i] == '-')
			out[i] = '_';
}

int forbund_host_parse(const char *host, char out[FORBUND_HOST_MAX + 1], struct err *err)
{
	size_t n = host ? strcspn(host, ":") : 0, i, label = 0;

	/* "[::1]:8080" and other addresses are no names. */
	if (n == 0 || n > FORBUND_HOST_MAX)
		return err_set(err, "värdnamnet ska ha 1–%d tecken", FORBUND_HOST_MAX);
	for (i = 0; i < n; i++) {
		char c = host[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c == '.') {
			if (label == 0)
				return err_set(err, "värdnamnet '%.*s' har en tom del mellan punkterna", (int)n, host);
			label = 0;
		} else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
			if (++label > 63)
				return err_set(err, "värdnamnet '%.*s' har en del längre än 63 tecken", (int)n, host);
		} else {
			return err_set(err, "värdnamnet '%.*s' får bara ha a–z, 0–9, '-' och '.'", (int)n, host);
		}
		out[i] = c;
	}
	if (label == 0)
		return err_set(err, "värdnamnet '%.*s' slutar med en punkt", (int)n, host);
	if (host[n] && host[n] == ':' && host[n + 1] == '\0')
		return err_set(err, "värdnamnet '%s' har ett tomt portnummer", host);
	out[n] = '\0';
	return 0;
}
