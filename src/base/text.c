/*
 * text.c: character encodings. CP437 ("PC8") is what the SIE standard
 * prescribes, Windows-1252 what Excel saves CSV in; finsam works in UTF-8.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/text.h"

/* CP437 bytes 0x80-0xFF as Unicode code points. */
static const uint16_t cp437_high[128] = {
	0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
	0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
	0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
	0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
	0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
	0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
	0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
	0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
	0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
	0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
	0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
	0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
	0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
	0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
	0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
	0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

/* Windows-1252 bytes 0x80-0x9F (0xA0-0xFF are Latin-1); undefined ones are U+FFFD. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

/* Decodes one UTF-8 sequence at s (n bytes left): returns its length and
 * sets *cp, or 0 when the sequence is invalid. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c;
	size_t len, i;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

static void utf8_encode(struct buf *out, uint32_t c)
{
	char b[4];

	if (c < 0x80) {
		b[0] = (char)c;
		buf_add(out, b, 1);
	} else if (c < 0x800) {
		b[0] = (char)(0xC0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3F));
		buf_add(out, b, 2);
	} else if (c < 0x10000) {
		b[0] = (char)(0xE0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F));
		buf_add(out, b, 3);
	} else {
		b[0] = (char)(0xF0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[3] = (char)(0x80 | (c & 0x3F));
		buf_add(out, b, 4);
	}
}

int utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, len;
	uint32_t c;

	while (i < n) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		len = utf8_decode(p + i, n - i, &c);
		if (!len)
			return 0;
		i += len;
	}
	return 1;
}

size_t utf8_len(const char *s, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

void cp437_to_utf8(struct buf *out, const char *s, size_t n)
{
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80)
			continue;
		buf_add(out, s + start, i - start);
		utf8_encode(out, cp437_high[c - 0x80]);
		start = i + 1;
	}
	buf_add(out, s + start, n - start);
}

int utf8_to_cp437(struct buf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	int rc = 0;

	while (i < n) {
		uint32_t c;
		size_t len;
		int k, found = -1;

		if (p[i] < 0x80) {
			buf_addc(out, (char)p[i]);
			i++;
			continue;
		}
		len = utf8_decode(p + i, n - i, &c);
		if (!len) {
			buf_addc(out, '?');
			rc = -1;
			i++;
			continue;
		}
		for (k = 0; k < 128; k++) {
			if (cp437_high[k] == c) {
				found = k;
				break;
			}
		}
		if (found < 0) {
			buf_addc(out, '?');
			rc = -1;
		} else {
			buf_addc(out, (char)(0x80 + found));
		}
		i += len;
	}
	return rc;
}

void cp1252_to_utf8(struct buf *out, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80)
			buf_addc(out, (char)c);
		else if (c < 0xA0)
			utf8_encode(out, cp1252_c1[c - 0x80]);
		else
			utf8_encode(out, c);
	}
}

void text_fold(struct buf *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p == ' ')
		p++;
	for (; *p; p++) {
		if (*p >= 'A' && *p <= 'Z') {
			buf_addc(out, (char)(*p + 32));
		} else if (*p == 0xC3 && (p[1] == 0x85 || p[1] == 0x84 || p[1] == 0x96 || p[1] == 0x89)) {
			buf_addc(out, (char)0xC3);
			buf_addc(out, (char)(p[1] + 0x20));
			p++;
		} else if (*p == 0xE2 && p[1] == 0x80 && p[2] == 0x93) {
			buf_addc(out, '-');
			p += 2;
		} else if (*p == ' ' && (p[1] == ' ' || p[1] == '\0')) {
			continue;
		} else {
			buf_addc(out, (char)*p);
		}
	}
}

int text_equal_nocase(const char *a, const char *b)
{
	struct buf fa, fb;
	int eq;

	buf_init(&fa);
	buf_init(&fb);
	text_fold(&fa, a);
	text_fold(&fb, b);
	eq = strcmp(fa.s, fb.s) == 0;
	buf_release(&fa);
	buf_release(&fb);
	return eq;
}
