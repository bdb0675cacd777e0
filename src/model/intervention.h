/*
 * intervention.h: the interventions (insatser) a förbund funds, the
 * board's funding decisions, and the remaining commitments: what has been
 * decided but not yet paid (Jämtland 2022, note 6). Pure computation.
 */
#ifndef FINSAM_MODEL_INTERVENTION_H
#define FINSAM_MODEL_INTERVENTION_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "model/goal.h"
#include "model/interim.h"

struct err;

enum intervention_kind { INTERVENTION_INDIVIDUAL, INTERVENTION_STRUCTURAL,
			 INTERVENTION_COMPETENCE, INTERVENTION__MAX };

/* "individual", ... and the Swedish "individinriktad", "strukturinriktad",
 * "kompetenshöjande" (parse accepts both). */
const char *intervention_kind_key(enum intervention_kind k);
const char *intervention_kind_label(enum intervention_kind k);
int intervention_kind_parse(const char *s, enum intervention_kind *out);

/* Where an intervention stands: as the director sets it, or (AUTO) from
 * its dates. */
enum intervention_status { IV_STATUS_AUTO, IV_STATUS_PLANNED, IV_STATUS_RUNNING, IV_STATUS_ENDED,
			   IV_STATUS__MAX };

/* "" (auto), "planned", "running", "ended" and the Swedish "planerad",
 * "pågående", "avslutad" ("" for auto); parse accepts both, and "" or
 * "auto" for auto. */
const char *intervention_status_key(enum intervention_status s);
const char *intervention_status_label(enum intervention_status s);
int intervention_status_parse(const char *s, enum intervention_status *out);

struct intervention {
	int64_t id;
	char name[200];
	enum intervention_kind kind;
	char owner[200];          /* the project owner (a member organisation) */
	char partners[400];       /* co-operating members, comma separated */
	char target_group[400];
	int age_min, age_max;     /* 0 when not set */
	struct date start, end;   /* the intervention's period; unset when not known */
	struct date p_start, p_end; /* when participants can be enrolled; unset when not known */
	char purpose[1000];
	char goals[2000];         /* the intervention's goals, as the decision states them */
	char accounts[128];       /* where its payments are booked */
	char objects[128];        /* "6:1" */
};

/* What the annual report of a year says of an intervention beyond its
 * figures: where it stands (AUTO: from its dates) and its results and
 * lessons, as the director writes them. */
struct intervention_year {
	int64_t intervention_id;
	int year;
	enum intervention_status status;
	char *results;            /* Markdown; "" when none; owned by the caller */
};

/* Where iv stands at the end of year, with what y (may be NULL) says: its
 * status when set, else planned when it starts after the year, ended
 * when it ends within the year or before, running otherwise. Never
 * IV_STATUS_AUTO. */
/* Frees the results of v[0..n) and v. */
void intervention_years_free(struct intervention_year *v, size_t n);

enum intervention_status intervention_status_in(const struct intervention *iv, const struct intervention_year *y,
						int year);

struct decision {
	int64_t id;
	int64_t intervention_id;
	struct date meeting;
	int64_t amount;           /* öre */
	int year_from, year_to;
	char note[400];
};

/* An intervention's figures for a period of a year marked ready
 * (klarmarkerade) by the one who keeps them: who and when (UTC). */
struct ready_mark {
	int64_t intervention_id;
	int year;
	enum goal_period period;
	char marked_by[64];
	char marked_at[24];       /* "YYYY-MM-DD HH:MM:SS" */
};

/* One intervention's commitment at the end of a year. */
struct commitment {
	int64_t intervention_id;
	int64_t decided;          /* decisions made by the year's end */
	int64_t paid;             /* booked on its accounts/objects by the year's end */
	int64_t remaining;        /* decided − paid, never below 0 */
};

/* The paid amount of an intervention from booked sums (debit positive). */
int intervention_paid(const struct intervention *iv, const struct account_sum *sums, size_t n,
		      int64_t *paid, struct err *err);
/* Decided by `until` (meeting date on or before it). */
int intervention_decided(const struct intervention *iv, const struct decision *d, size_t n,
			 struct date until, int64_t *decided, struct err *err);

/* The name of the intervention of iv (n of them) whose id is id; "" when
 * none is. */
const char *intervention_name(const struct intervention *iv, size_t n, int64_t id);
/* What remains of the commitments c (n of them) together. */
int64_t commitments_remaining(const struct commitment *c, size_t n);

/* The ready mark of the intervention whose id is iv for period p among m
 * (n of them), or NULL when it is not marked ready. */
const struct ready_mark *ready_mark_find(const struct ready_mark *m, size_t n, int64_t iv, enum goal_period p);
/* How many of the interventions iv (n_iv of them) are marked ready among m
 * (n_m of them), counting each period (Helår, Delår) once. */
size_t ready_marks_count(const struct intervention *iv, size_t n_iv, const struct ready_mark *m, size_t n_m);

#endif
