/*
 * survey.h: the NNS indicator surveys (DOMAIN.md, "Goals, indicators,
 * surveys"). Respondents answer questions on a six-step scale, 1 "inte
 * alls" to 6 "helt och hållet"; the survey tool gives the answers as counts
 * per step, per respondent group, question and sex. The share positive is
 * the answers on the top three steps (4–6) over all answers. Pure data and
 * computation.
 *
 * Small-cell protection follows the participant statistics (pstats.h):
 * survey_protect marks every count people see of 1 to threshold−1 as small
 * ("<5"), hides each share whose respondents are hidden, and then hides
 * further cells ("x") until no relation of survey_relations has exactly one
 * hidden cell, so that no hidden figure can be worked out from the others.
 */
#ifndef FINSAM_MODEL_SURVEY_H
#define FINSAM_MODEL_SURVEY_H

#include <stddef.h>
#include <stdint.h>

#include "base/money.h"
#include "model/pstats.h"

/* The respondent groups of the NNS surveys. */
enum survey_group {
	SURVEY_PARTICIPANTS_START,
	SURVEY_PARTICIPANTS_DURING,
	SURVEY_PARTICIPANTS_EXIT,
	SURVEY_STAFF,
	SURVEY_MANAGERS,
	SURVEY_BOARD,
	SURVEY_GROUPS
};

/* The group's machine key ("participants_exit"), its word as the survey
 * tool writes it ("deltagare avslut") and its label in reports ("Deltagare
 * vid avslut"); NULL for a group out of range. */
const char *survey_group_key(enum survey_group g);
const char *survey_group_word(enum survey_group g);
const char *survey_group_label(enum survey_group g);
/* The group named by s, its word or its key, without regard to case and
 * surrounding blanks; -1 when s names none. */
int survey_group_match(const char *s);

/* Sex of a respondent as the survey tool gives it; SURVEY_TOTAL is the sum
 * of the three, never a record's own sex. */
enum survey_sex { SURVEY_TOTAL, SURVEY_WOMEN, SURVEY_MEN, SURVEY_UNKNOWN, SURVEY_SEXES };

/* "kvinna", "man", "okänt" for records; NULL for SURVEY_TOTAL. */
const char *survey_sex_word(enum survey_sex s);
/* SURVEY_WOMEN, SURVEY_MEN or SURVEY_UNKNOWN for "kvinna", "man" or
 * "okänt" (without regard to case); -1 otherwise. */
int survey_sex_match(const char *s);

#define SURVEY_STEPS 6
#define SURVEY_POSITIVE_FROM 4   /* steps 4, 5 and 6 are positive */
#define SURVEY_CLEAR_FROM 5      /* steps 5 and 6 are clearly positive */
#define SURVEY_CODE_MAX 32
#define SURVEY_TEXT_MAX 512

/* The steps' Swedish words, 1 to 6 ("inte alls" ... "helt och hållet"). */
const char *survey_step_word(int step);

/* One line of a survey's results: the counts per step of one sex's
 * answers to one question in one group, for a year and, when the survey
 * belonged to an intervention, that intervention (0: none). */
struct survey_answer {
	int year;
	int64_t intervention_id;
	enum survey_group group;
	enum survey_sex sex;
	char code[SURVEY_CODE_MAX];   /* the question's code, "A3" */
	char text[SURVEY_TEXT_MAX];   /* the question as asked */
	int64_t counts[SURVEY_STEPS]; /* answers on steps 1..6 */
};

/* One question of one group, summed over the year's answers. Per sex
 * (SURVEY_TOTAL, SURVEY_WOMEN, SURVEY_MEN, SURVEY_UNKNOWN): respondents,
 * the positive (steps 4–6) and the others (steps 1–3); per step the counts
 * of all sexes. The share positive of a sex is pos / n; it is hidden when
 * pos is (survey_protect hides pos and neg together). Only n of total,
 * women and men and the steps are shown as counts; the unknown sex is
 * never shown, but it is part of the sums and so protected like the rest. */
struct survey_row {
	char code[SURVEY_CODE_MAX];
	char text[SURVEY_TEXT_MAX];
	struct pcell n[SURVEY_SEXES];
	struct pcell pos[SURVEY_SEXES];
	struct pcell neg[SURVEY_SEXES];
	struct pcell steps[SURVEY_STEPS];
};

struct survey_group_stats {
	struct survey_row *rows;      /* by question code, "A2" before "A10" */
	size_t n, cap;
};

struct survey_stats {
	int year;
	struct survey_group_stats group[SURVEY_GROUPS];
};

/* Streaming: survey_stats_init, survey_stats_add for each answer line (one
 * of another year is left out), survey_stats_release at the end. A
 * question's text is the one of its first line. */
void survey_stats_init(int year, struct survey_stats *s);
void survey_stats_add(struct survey_stats *s, const struct survey_answer *a);
void survey_stats_release(struct survey_stats *s);

/* Orders question codes: letters as text, numbers by value ("A2" < "A10"). */
int survey_code_cmp(const char *a, const char *b);

/* A relation the published figures obey: total = the sum of parts. Only
 * the first n_pick parts may be hidden to protect another cell (the others
 * are never shown, and hiding them would hide nothing). */
#define SURVEY_RELATION_PARTS SURVEY_STEPS
struct survey_relation {
	const char *name;             /* "respondents: total = women + men + unknown" */
	struct pcell *total;
	struct pcell *parts[SURVEY_RELATION_PARTS];
	size_t n, n_pick;
};

#define SURVEY_RELATIONS 10

/* The relations of r into out (SURVEY_RELATIONS of them): the respondents,
 * the positive and the others each add up over the sexes; each sex's
 * respondents are its positive and its others; the steps add up to the
 * respondents, steps 4–6 to the positive and 1–3 to the others. Returns
 * how many. */
size_t survey_relations(struct survey_row *r, struct survey_relation *out);

/* The share clearly positive ("klart positivt") of r: the answers on the
 * top two steps (5 and 6) over all answers, of all sexes, into *out (den 0:
 * no answers). Returns 0, or -1 when a count it is made of is hidden (the
 * steps' or the respondents'), so that it shows nothing the shown counts
 * do not. */
int survey_row_clear(const struct survey_row *r, struct ratio *out);

/* The row of the question code in group g of s; NULL when s (may be NULL)
 * has none: the same question another year. */
const struct survey_row *survey_find(const struct survey_stats *s, enum survey_group g, const char *code);

/* Protects one row, or every row of s, with the threshold (5 hides 1–4). */
void survey_row_protect(struct survey_row *r, int threshold);
void survey_protect(struct survey_stats *s, int threshold);

#endif
