/*
 * activity.h: structural and competence activities and their attendance
 * per member organisation (Jämtland's Handläggarforum: 153 attendees;
 * Ånge's Inspirationsdagen: 150). Pure data and parsing.
 */
#ifndef FINSAM_MODEL_ACTIVITY_H
#define FINSAM_MODEL_ACTIVITY_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

struct err;

enum activity_kind { ACTIVITY_STRUCTURAL, ACTIVITY_COMPETENCE };

struct attendance {
	char organisation[128];
	int64_t attendees;
};

struct activity {
	int64_t id;
	char name[200];
	struct date date;
	enum activity_kind kind;
	char organiser[200];
	struct attendance *attendance;   /* owned */
	size_t n_attendance;
	int64_t meetings;                /* a series of meetings: how many (at least 1) */
	int64_t persons;                 /* different people who came, when known */
	int has_persons;
};

/* The year's activities of one kind together: how many, their meetings,
 * the attendance (each person at each meeting) and the different people
 * (those of the activities that say; with persons_known how many do). */
struct activity_totals {
	int64_t activities, meetings, attendees, persons;
	int64_t persons_known;
};

/* Adds up acts[0..n) per kind into out[ACTIVITY_STRUCTURAL] and
 * out[ACTIVITY_COMPETENCE]. */
void activity_totals(const struct activity *acts, size_t n, struct activity_totals out[2]);

/* "structural"/"strukturinriktad"/"strukturpåverkande", "competence"/"kompetenshöjande". */
int activity_kind_parse(const char *s, enum activity_kind *out);
const char *activity_kind_key(enum activity_kind k);
const char *activity_kind_label(enum activity_kind k);

/* Parses "Försäkringskassan=40, Arbetsförmedlingen=30" into a->attendance
 * (replacing it). Returns 0, or -1 with a message naming the bad part. */
int activity_parse_attendance(struct activity *a, const char *s, struct err *err);
int64_t activity_total(const struct activity *a);
void activity_release(struct activity *a);

/* The attendees of the activities acts (n of them) together. */
int64_t activities_total(const struct activity *acts, size_t n);

#endif
