/*
 * ics.h: writing iCalendar (RFC 5545) files of all-day events, which
 * ordinary calendar programs import.
 */
#ifndef FINSAM_RENDER_ICS_H
#define FINSAM_RENDER_ICS_H

#include <stddef.h>
#include <stdio.h>

#include "base/date.h"

struct err;

struct ics_event {
	struct date date;
	const char *summary;
	const char *description;   /* may be NULL */
	const char *uid;           /* stable across exports, so re-imports update */
};

/* Writes a VCALENDAR with one all-day VEVENT per event. stamp is the
 * DTSTAMP (UTC, "20261122T120000Z"). Lines are CRLF-terminated, folded at
 * 75 octets, text escaped. Returns 0 or -1 on a write error. */
int ics_write(FILE *out, const char *calendar_name, const struct ics_event *ev, size_t n,
	      const char *stamp, struct err *err);

#endif
