/*
 * pstats.h: participant statistics for a year, overall or for one
 * intervention: enrolled, new, exited and exited to work or studies, by
 * sex and by age (young 16–29 at enrolment, or from the age the förbund
 * counts as young, such as 15; older 30 and over); the share
 * to work or studies, the mean days in the intervention, and the
 * distributions of education, time in support, support before and after,
 * and exit reasons. The measures are also given per age band at enrolment
 * (16–19, 20–24, 25–29, 30–39, 40–49, 50–64). Counted per enrolment (a
 * person in two interventions counts in each). Anonymous participants,
 * known only as counts per intervention, period and sex, are counted
 * beside the others and in none of their measures. Pure computation.
 *
 * Small-cell protection: pstats_protect marks every count of 1 to
 * threshold−1 people as hidden ("<5"), and then hides further cells, as
 * few and as small as it can, until no hidden count can be worked out from
 * a total and the other cells that add up to it.
 */
#ifndef FINSAM_MODEL_PSTATS_H
#define FINSAM_MODEL_PSTATS_H

#include <stddef.h>
#include <stdint.h>

#include "model/participant.h"
#include "model/protect.h"

struct psex {
	struct pcell total, women, men;
};

struct pmeasures {
	struct psex enrolled, new_, exited, to_work;
};

#define PSTATS_CATS 12
#define PSTATS_BANDS 6

/* The age band of an age, or -1 outside the bands (under 16, 65 and
 * over). The bands' keys ("16-19") and labels ("16–19 år") are those of
 * the statistics (struct pstats: band_keys, band_labels), whose first
 * band starts where the förbund counts young from. */
int pstats_band_of(int age);

struct pdist {
	size_t n;                 /* categories in use */
	struct pcell cell[PSTATS_CATS];
};

struct pstats {
	int year;
	struct pmeasures all, young, older;
	struct pmeasures band[PSTATS_BANDS];
	int64_t outside_bands;    /* enrolled under young_from at enrolment */
	int64_t above_bands;      /* enrolled at 65 or over: older, in no band */
	struct psex anonymous;    /* anonymous participants of the year */
	int64_t days_sum, days_n; /* for the mean days of those exited */
	int share_hidden, mean_hidden;
	struct pdist education, time_in_support, support_before, support_after, exit_reason;
	struct pdist support_before_exited; /* support before, of those exited in the year */
	int young_from;           /* the youngest age counted (16 unless set) */
	char young_label[24];     /* "16–29 år" */
	char band_keys[PSTATS_BANDS][8];    /* "16-19", "20-24", ... */
	char band_labels[PSTATS_BANDS][24]; /* "16–19 år", ... */
};

/* The youngest age the statistics count (young from it to 29, the first
 * age band from it to 19): PSTATS_YOUNG_FROM unless the förbund counts
 * otherwise (Jämtland: 15), within PSTATS_YOUNG_MIN..PSTATS_YOUNG_MAX. */
#define PSTATS_YOUNG_FROM 16
#define PSTATS_YOUNG_MIN 13
#define PSTATS_YOUNG_MAX 19
/* Sets the youngest age of s (after pstats_init, before pstats_add);
 * an age outside the range is taken as PSTATS_YOUNG_FROM. */
void pstats_young_from(struct pstats *s, int from);
/* The band of an age in s, or -1 outside the bands. */
int pstats_band_in(const struct pstats *s, int age);

/* Streaming: pstats_init, then pstats_add for each enrolment with its
 * participant (those outside the year are left out). */
void pstats_init(int year, struct pstats *out);
void pstats_add(struct pstats *out, const struct participant *who, const struct enrolment *e);
/* Counts anonymous participants whose period lies in the year. */
void pstats_add_anonymous(struct pstats *out, const struct anonymous_count *a);
/* Computes the statistics of `year` over the enrolments e (with their
 * participants p, found by id) of intervention_id (0: all). */
void pstats_compute(int year, const struct participant *p, size_t n_p, const struct enrolment *e,
		    size_t n_e, int64_t intervention_id, struct pstats *out);
/* The mean days in the intervention of those exited in the year, rounded
 * to whole days; -1 when nobody exited. */
int64_t pstats_mean_days(const struct pstats *s);
/* Hides small cells and enough others; threshold 5 hides 1–4. */
void pstats_protect(struct pstats *s, int threshold);

#endif
