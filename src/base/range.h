/*
 * range.h: ranges of whole numbers as people write them and as finsam
 * prints them: "2026-2028" with a hyphen, "2026–2028" with the en dash
 * (U+2013) that finsam's own documents use or the em dash (U+2014) a
 * word processor may put instead, blanks around the dash
 * allowed ("2026 – 2028"), or one number ("2026"). One parser for every
 * range finsam reads: years, account ranges and account lists, ages.
 */
#ifndef FINSAM_BASE_RANGE_H
#define FINSAM_BASE_RANGE_H

#include <stddef.h>

/* The two numbers of a range as they stand in the text: lo and hi point
 * into it (hi == lo, hi_len == lo_len for a single number). */
struct range_text {
	const char *lo, *hi;
	size_t lo_len, hi_len;
};

/* Reads one range at s: digits, then optionally blanks, a dash ('-' or
 * '–' or '—'), blanks and digits. Returns the first byte after it
 * (blanks after a single number are not read), or NULL when s does not start with a
 * digit or a dash is not followed by digits. */
const char *range_scan(const char *s, struct range_text *out);

/* Parses the whole of s as one range of numbers within [min, max] with
 * lo <= hi (blanks around it allowed). Returns 0, or -1 when s is not
 * such a range; the caller words the message, naming what is allowed. */
int range_parse(const char *s, long min, long max, long *lo, long *hi);

/* 1 when s is a list of ranges separated by ',' or ';' (blanks allowed),
 * such as "4010-4019, 4030" or "3000–3099"; the empty list too. Each
 * number has at most max_digits digits. */
int range_list_valid(const char *s, size_t max_digits);

/* Writes each en or em dash of s as '-' in place (the text only shrinks), so
 * that a list is stored the one way whichever dash was typed. Returns s. */
char *range_ascii(char *s);

#endif
