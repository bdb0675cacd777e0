/*
 * csv_field.c: writing CSV fields, quoted and guarded (see csv_field.h).
 */
#include <string.h>

#include "base/csv_field.h"

/* The characters a spreadsheet starts a formula with, and the apostrophe
 * that guards them. */
static int guarded_start(char c)
{
	return c != '\0' && strchr("=+-@\t'", c) != NULL;
}

void csv_write_field(FILE *out, const char *s, int first, int is_text)
{
	size_t n = strlen(s);
	int guard = is_text && guarded_start(s[0]);
	int quote = strpbrk(s, ";\"\r\n") != NULL || (n > 0 && (s[0] == ' ' || s[n - 1] == ' '));

	if (!first)
		fputc(';', out);
	if (quote)
		fputc('"', out);
	if (guard)
		fputc('\'', out);
	for (; *s; s++) {
		if (quote && *s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	if (quote)
		fputc('"', out);
}

int csv_guarded(const char *s, size_t len)
{
	return len >= 2 && s[0] == '\'' && guarded_start(s[1]);
}
