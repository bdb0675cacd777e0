/*
 * control.h: the internal control plan (internkontrollplan): a year's
 * risk and materiality analysis (each risk's area, probability and
 * consequence 1-4, their product the score and its level), the control
 * actions that answer the risks, each with how often it is done, and the
 * follow-ups of the actions per period at meetings. The pure computations:
 * the score and its level, the periods of a frequency, and which periods
 * of which actions have ended without a follow-up. Pure data.
 */
#ifndef FINSAM_MODEL_CONTROL_H
#define FINSAM_MODEL_CONTROL_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

#define CONTROL_TEXT_MAX 500
#define CONTROL_NAME_MAX 200

/* The level of a score (probability × consequence, 1-16): 1-3 låg, 4-6
 * medel, 8-9 hög, 12-16 mycket hög. */
enum control_level { LEVEL_LOW, LEVEL_MEDIUM, LEVEL_HIGH, LEVEL_VERY_HIGH };

int control_score(int probability, int consequence);
enum control_level control_level_of(int score);
/* "low", "medium", "high", "very_high"; "låg", "medel", "hög", "mycket hög". */
const char *control_level_key(enum control_level l);
const char *control_level_label(enum control_level l);

/* How often an action is done and followed up. */
enum control_frequency { FREQ_MONTHLY, FREQ_QUARTERLY, FREQ_TERTIAL, FREQ_HALFYEAR, FREQ_YEARLY, FREQ__MAX };

/* "monthly" / "månadsvis", "quarterly" / "kvartalsvis", "tertial" /
 * "tertialvis", "halfyear" / "halvårsvis", "yearly" / "årligen"; parse
 * takes the key or the Swedish word in any case. */
const char *control_frequency_key(enum control_frequency f);
const char *control_frequency_label(enum control_frequency f);
int control_frequency_parse(const char *s, enum control_frequency *out);

/* The number of periods a year has for f: 12, 4, 3, 2 or 1. */
int control_periods(enum control_frequency f);
/* Period p (1..control_periods(f)) of year: its first and last days. */
struct period control_period(int year, enum control_frequency f, int p);
/* Its name in Swedish: "januari", "kvartal 2", "tertial 3", "halvår 1",
 * "helår". */
void control_period_label(enum control_frequency f, int p, char *out, size_t size);
/* The period a follow-up held on `day` is for by default: the latest one
 * of year that has ended before day, or the first when none has; the
 * last when day lies after the year. */
int control_period_default(int year, enum control_frequency f, struct date day);

/* The result of a follow-up: "done" / "genomförd", "deviation" /
 * "avvikelse", "not_done" / "ej genomförd". */
enum control_result { RESULT_DONE, RESULT_DEVIATION, RESULT_NOT_DONE, RESULT__MAX };
const char *control_result_key(enum control_result r);
const char *control_result_label(enum control_result r);
int control_result_parse(const char *s, enum control_result *out);

struct risk {
	int64_t id;
	int year;
	int number;                     /* its place in the year's analysis, 1 on (by id) */
	char area[CONTROL_NAME_MAX];
	char text[CONTROL_TEXT_MAX];
	int probability, consequence;   /* 1-4 */
	int score;                      /* their product (control_score) */
	char owner[CONTROL_NAME_MAX];   /* "" none */
};

struct control_action {
	int64_t id, risk_id;
	int risk_number;                /* the risk's number in its year */
	char what[CONTROL_TEXT_MAX];
	enum control_frequency frequency;
	char owner[CONTROL_NAME_MAX];
	char report_to[CONTROL_NAME_MAX]; /* to whom and when it is reported; "" none */
};

struct control_followup {
	int64_t id, action_id, meeting_id;
	int period;
	struct date meeting_date;
	enum control_result result;
	char comment[CONTROL_TEXT_MAX];
	char measure[CONTROL_TEXT_MAX];
};

/* A period of an action without a follow-up. */
struct control_missing {
	int64_t action_id;
	int period;
	struct period days;
};

/* The periods of year that have ended before as_of (day included: a
 * period ending on as_of has not ended) of the actions a[0..n) with no
 * follow-up among f[0..nf) for them. *out is allocated (free()), in the
 * order of the actions and periods; returns how many. */
size_t control_missing(int year, const struct control_action *a, size_t n, const struct control_followup *f,
		       size_t nf, struct date as_of, struct control_missing **out);

/* The follow-ups f[0..n) counted by their result into counts (indexed
 * by enum control_result), and how many different meetings they were
 * held at. */
void control_tally(const struct control_followup *f, size_t n, size_t counts[RESULT__MAX], size_t *meetings);

/* The check of year's actions a[0..n) with their follow-ups f[0..nf) on
 * as_of: each period ended before it without a follow-up gets a line in d
 * saying so in Swedish, with the action, the period, the day it ended and
 * how to record the follow-up. Returns how many. */
struct buf;
long control_findings(int year, const struct control_action *a, size_t n, const struct control_followup *f,
		      size_t nf, struct date as_of, struct buf *d);

#endif
