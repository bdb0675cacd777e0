/*
 * ics.c: the iCalendar writer. Written by hand: it is forty lines of
 * escaping and line folding, and no Debian library does just this.
 */
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "render/ics.h"

/* Writes one content line, folded at 75 octets without splitting a UTF-8
 * character, ending in CRLF. */
static void line(FILE *out, const char *s)
{
	size_t len = strlen(s), col = 0, i = 0;

	while (i < len) {
		size_t n = 1;

		while (i + n < len && ((unsigned char)s[i + n] & 0xC0) == 0x80)
			n++;
		if (col + n > 75) {
			fputs("\r\n ", out);
			col = 1;
		}
		fwrite(s + i, 1, n, out);
		col += n;
		i += n;
	}
	fputs("\r\n", out);
}

static void text_prop(FILE *out, const char *name, const char *value)
{
	struct buf b;
	const char *p;

	buf_init(&b);
	buf_adds(&b, name);
	buf_addc(&b, ':');
	for (p = value; *p; p++) {
		if (*p == '\\' || *p == ';' || *p == ',') {
			buf_addc(&b, '\\');
			buf_addc(&b, *p);
		} else if (*p == '\n') {
			buf_adds(&b, "\\n");
		} else if (*p != '\r') {
			buf_addc(&b, *p);
		}
	}
	line(out, b.s);
	buf_release(&b);
}

int ics_write(FILE *out, const char *calendar_name, const struct ics_event *ev, size_t n,
	      const char *stamp, struct err *err)
{
	char buf[64], d[9];
	size_t i;

	line(out, "BEGIN:VCALENDAR");
	line(out, "VERSION:2.0");
	line(out, "PRODID:-//finsam//finsam " FINSAM_VERSION "//SV");
	line(out, "CALSCALE:GREGORIAN");
	text_prop(out, "X-WR-CALNAME", calendar_name);
	for (i = 0; i < n; i++) {
		struct date next = date_add_days(ev[i].date, 1);

		line(out, "BEGIN:VEVENT");
		text_prop(out, "UID", ev[i].uid);
		snprintf(buf, sizeof(buf), "DTSTAMP:%s", stamp);
		line(out, buf);
		snprintf(buf, sizeof(buf), "DTSTART;VALUE=DATE:%s", date_format_compact(d, ev[i].date));
		line(out, buf);
		snprintf(buf, sizeof(buf), "DTEND;VALUE=DATE:%s", date_format_compact(d, next));
		line(out, buf);
		text_prop(out, "SUMMARY", ev[i].summary);
		if (ev[i].description && *ev[i].description)
			text_prop(out, "DESCRIPTION", ev[i].description);
		line(out, "TRANSP:TRANSPARENT");
		line(out, "END:VEVENT");
	}
	line(out, "END:VCALENDAR");
	return ferror(out) ? err_set(err, "kunde inte skriva kalendern") : 0;
}
