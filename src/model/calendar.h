/*
 * calendar.h: the year cycle (årshjul). The events the förbund enters
 * (board meetings, development group meetings, the members' consultation)
 * and the deadlines every förbund has: the annual report to the members by
 * 30 April, the interim report per 31 August decided in September, the
 * plan and budget decided in November; a development group meeting a week
 * before each board meeting unless one is entered. Pure computation.
 */
#ifndef FINSAM_MODEL_CALENDAR_H
#define FINSAM_MODEL_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

enum event_kind { EVENT_BOARD, EVENT_DEVELOPMENT, EVENT_CONSULTATION, EVENT_DEADLINE, EVENT_OTHER,
		  EVENT__MAX };

/* "board", "development", ... and the Swedish words ("styrelsemöte", ...). */
const char *event_kind_key(enum event_kind k);
const char *event_kind_label(enum event_kind k);
/* Accepts the key or the Swedish word (styrelse, utvecklingsgrupp,
 * medlemssamråd, deadline/sista dag, övrigt). */
int event_kind_parse(const char *s, enum event_kind *out);

struct event {
	int64_t id;           /* an entered event's id; 0 for one the calendar made */
	struct date date;
	enum event_kind kind;
	char title[200];
	int derived;          /* made by the calendar, not entered */
	int held;             /* a recorded meeting was held that day (meeting_cycle) */
};

/* The year's three tertials: 1 januari–april, 2 maj–augusti, 3
 * september–december. Each may have a theme the förbund enters per year
 * ("Uppföljning av föregående år"). */
#define CALENDAR_TERTIALS 3
#define CALENDAR_THEME_MAX 200

struct tertial_theme {
	int year;
	int tertial;                    /* 1..3 */
	char theme[CALENDAR_THEME_MAX];
};

/* The tertial (1..3) of d's month. */
int calendar_tertial(struct date d);
/* "januari–april", "maj–augusti", "september–december"; "" out of range. */
const char *calendar_tertial_months(int tertial);
/* The tertial's heading into buf of n bytes: "Tertial 1 (januari–april):
 * Uppföljning av föregående år", or without a theme (NULL or "") "Tertial
 * 1 (januari–april)". Returns buf. */
const char *calendar_tertial_heading(char *buf, size_t n, int tertial, const char *theme);

/* The year's cycle: the entered events of `year` with the standard
 * deadlines and derived development group meetings, sorted by date.
 * *out is allocated (free()); returns its length. */
size_t calendar_year(int year, const struct event *entered, size_t n, struct event **out);

#endif
