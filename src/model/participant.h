/*
 * participant.h: the participant register's words and records: sex,
 * education, main support before and after, time in public support, exit
 * reasons, and the participant and enrolment records. Pure data and
 * validation; the words are the Swedish ones the staff write.
 */
#ifndef FINSAM_MODEL_PARTICIPANT_H
#define FINSAM_MODEL_PARTICIPANT_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

enum vocab { VOCAB_SEX, VOCAB_EDUCATION, VOCAB_SUPPORT, VOCAB_TIME_IN_SUPPORT, VOCAB_EXIT_REASON,
	     VOCAB__MAX };

/* The canonical word for s in the vocabulary (matched without regard to
 * case, "1-2 år" and "1–2 år" alike), or NULL when it is not one of them. */
const char *vocab_match(enum vocab v, const char *s);
/* The vocabulary's words, NULL-terminated, for messages and statistics. */
const char *const *vocab_words(enum vocab v);
/* "kön", "utbildning", ... for messages. */
const char *vocab_name(enum vocab v);

/* Checks the förbund's own code of a participant: 1–32 characters of
 * letters (å, ä, ö too), digits, '-', '_' and '.', and not made of digits
 * only as a personal identity number is (ten or twelve digits, with or
 * without '-' or '+'), since the code is shown and exported where the number
 * must never be; "anonym-..." is kept for the purged. Returns 0, or -1 with
 * a message. */
struct err;
int participant_code_check(const char *code, struct err *err);

struct participant {
	int64_t id;
	char code[64];            /* the förbund's own pseudonymous code */
	char pnr_hash[65];        /* hex HMAC-SHA-256, or "" */
	char sex[16];
	int birth_year;
	char education[32];
};

struct enrolment {
	int64_t id;
	int64_t participant_id;
	int64_t intervention_id;
	struct date enrolled;
	char support_before[64];
	char time_in_support[32];
	struct date exited;       /* unset while in the intervention */
	char exit_reason[32];
	char support_after[64];
};

/* The plausibility of an enrolment (with its exit when set) of
 * participant p in an intervention whose participant period is
 * p_start..p_end (each unset when not known) and whose target group's
 * ages are age_min..age_max (0 when not set), on the day `today`. Refused,
 * with a message saying what is wrong and what is allowed: a date after
 * today (enrolment or exit) unless ENROLMENT_PLANNED; an exit before its
 * enrolment; an enrolment outside the participant period; an age in the
 * enrolment's year (the year minus the year of birth) outside the target
 * group's unless ENROLMENT_FORCE. Returns 0 or -1. */
enum { ENROLMENT_PLANNED = 1, ENROLMENT_FORCE = 2,
       /* For a form whose choices start empty: a support, time in support
        * or exit reason not chosen is refused rather than taken as "okänd"
        * (which would count in the statistics). Not used by the model. */
       ENROLMENT_CHOOSE = 4 };
struct intervention;
int enrolment_plausible(const struct enrolment *e, const struct participant *p, const struct intervention *iv,
			struct date today, unsigned flags, struct err *err);

/* The age rule alone: p's age in `year` (the year minus the year of
 * birth) within iv's target group's ages (age_min..age_max, 0: not set). */
int enrolment_age_check(const struct participant *p, const struct intervention *iv, int year, struct err *err);

/* The calendar years an enrolment counts in: from its enrolment's year to
 * its exit's, or, while it is open, to today's year (at least the
 * enrolment's). */
void enrolment_years(const struct enrolment *e, struct date today, int *from, int *to);

/* Anonymous participants: people in an intervention who are not
 * registered, counted by sex for a period within one calendar year. */
struct anonymous_count {
	int64_t id;
	int64_t intervention_id;
	struct date from, to;
	int64_t women, men;
	char note[200];
};

/* One line of the audit log: who changed which record, when (local time
 * with its offset; older lines in UTC, ending in "Z"), and how: a
 * participant's code and a detail, or the record ("decision 12") with its
 * values before and after as JSON objects ("" where there were none).
 * Never a personal identity number. Release a list with audit_release. */
struct audit_entry {
	char at[40];
	char actor[64];
	char action[48];
	char code[64];
	char detail[512];
	char record[96];
	char *old_values, *new_values;
};
void audit_release(struct audit_entry *log, size_t n);

/* How many of the enrolments e (n of them) are of the participant whose
 * id is participant_id. */
int64_t enrolment_count(const struct enrolment *e, size_t n, int64_t participant_id);

#endif
