/*
 * goal.h: the förbund's goals per plan year (as in Ånge's plans: goal 1–4
 * with an area), the result goals under each with their follow-up method
 * and an optional indicator (a target with a unit, entered by hand or
 * computed from the records), and the assessments per period (interim or
 * annual): status, measured value and comment. Pure data and rules.
 */
#ifndef FINSAM_MODEL_GOAL_H
#define FINSAM_MODEL_GOAL_H

#include <stddef.h>
#include <stdint.h>

enum goal_area { GOAL_AREA_INDIVIDUAL, GOAL_AREA_STRUCTURAL, GOAL_AREA_COMPETENCE, GOAL_AREA_FINANCIAL,
		 GOAL_AREA__MAX };

enum goal_status { GOAL_NOT_ASSESSED, GOAL_MET, GOAL_PARTLY_MET, GOAL_ON_TRACK, GOAL_NOT_MET,
		   GOAL_STATUS__MAX };

/* Where an indicator's value comes from. */
enum indicator_kind {
	IND_NONE,          /* no indicator */
	IND_MANUAL,        /* entered with the assessment */
	IND_EXIT_SHARE,    /* share of exits to work or studies, % (of an intervention or all) */
	IND_PARTICIPANTS,  /* participants enrolled during the year (of an intervention or all) */
	IND_ATTENDEES,     /* attendees of the year's competence and structural activities */
	IND_EQUITY_SHARE,  /* equity at the year's end / the members' grant, % (at most) */
	IND_WITHIN_BUDGET, /* the year's costs / the budgeted costs, % (at most) */
	IND_ATTENDEES_STRUCTURAL, /* attendees of the year's structural activities */
	IND_ATTENDEES_COMPETENCE, /* attendees of the year's competence activities */
	IND__MAX
};

/* Keys ("individual"), Swedish words ("individ") and labels; parse accepts
 * both key and word, without regard to case. */
const char *goal_area_key(enum goal_area a);
const char *goal_area_label(enum goal_area a);
int goal_area_parse(const char *s, enum goal_area *out);
/* "met" / "Uppfyllt", ...; parse accepts "uppfyllt", "delvis", "delvis uppfyllt",
 * "på god väg", "på god väg att uppfyllas", "ej uppfyllt", "ej bedömt" and the keys. */
const char *goal_status_key(enum goal_status s);
const char *goal_status_label(enum goal_status s);
int goal_status_parse(const char *s, enum goal_status *out);
/* "exit-share", ...; the unit a computed indicator has ("%", "deltagare",
 * "personer"), and whether lower is better (equity share, within budget). */
const char *indicator_kind_key(enum indicator_kind k);
int indicator_kind_parse(const char *s, enum indicator_kind *out);
const char *indicator_unit(enum indicator_kind k);
int indicator_at_most(enum indicator_kind k);

struct goal {
	int64_t id;
	int year;
	int number;              /* 1, 2, ... within the year */
	char title[200];
	enum goal_area area;
	char description[2000];
};

/* A value of an indicator: hundredths of its unit ("63,16 %" is 6316; 65
 * participants is 6500). */
struct result_goal {
	int64_t id;
	int64_t goal_id;
	int number;              /* 1, 2, ... within its goal: "1.2" */
	char text[1000];
	char follow_up[1000];    /* how it is followed up */
	enum indicator_kind indicator;
	int64_t intervention_id; /* for exit share and participants; 0: all */
	int has_target;
	int64_t target;          /* hundredths of the unit */
	int at_most;             /* the target is a ceiling */
	char unit[32];
};

enum goal_period { PERIOD_INTERIM, PERIOD_ANNUAL };
const char *goal_period_key(enum goal_period p);
int goal_period_parse(const char *s, enum goal_period *out);

struct assessment {
	int64_t id;
	int64_t goal_id;
	int64_t result_goal_id;  /* 0: the goal as a whole */
	int year;
	enum goal_period period;
	enum goal_status status;
	int has_value;
	int64_t value;           /* a measured value entered by hand, hundredths */
	char comment[2000];
};

/* An indicator's value for a year, as the records give it: available when
 * there is something to measure; hidden when it rests on fewer people than
 * the small-cell threshold (then it is not shown to others). */
struct indicator_value {
	int available;
	int hidden;
	int64_t value;           /* hundredths of the unit */
};

struct intervention;

/* Everything the goal tables of a year's documents show: the goals, their
 * result goals with each one's computed value (values[i] belongs to
 * results[i]), the assessments, and the interventions (for names). */
struct goals_data {
	int year;
	int threshold;
	struct goal *goals;
	size_t n_goals;
	struct result_goal *results;
	size_t n_results;
	struct indicator_value *values;
	struct assessment *assessments;
	size_t n_assessments;
	struct intervention *interventions;
	size_t n_interventions;
};

/* The assessment of a goal (result_goal_id 0) or result goal in a period, or NULL. */
const struct assessment *goals_assessment(const struct goals_data *g, int64_t goal_id, int64_t result_goal_id,
					  enum goal_period period);

/* The one value of result goal g->results[i] in a period, the value every
 * document shows (the goal table, the interventions' follow-ups, the
 * indicator report, `report goals`): the value entered by hand with the
 * period's assessment of the result goal wins when there is one (the
 * director's measured figure is what the board adopts, and the register
 * may lack people counted elsewhere); else the value computed from the
 * records (g->values[i], as of the document's date). A manual indicator
 * has only the hand-entered value. *by_hand (may be NULL) tells which. */
struct indicator_value goals_indicator_value(const struct goals_data *g, size_t i, enum goal_period period,
					     int *by_hand);

/* Whether the two values an indicator is shown with are one value: both
 * unavailable, or both hidden, or the same number. */
int indicator_values_agree(const struct indicator_value *a, const struct indicator_value *b);

/* Parses "63", "63,2", "63.25", "1 280" into hundredths; -1 when bad. */
int indicator_value_parse(const char *s, int64_t *out);
/* Formats hundredths with the unit, Swedish style: "63 %", "63,2 %",
 * "65 deltagare", "1 280". */
char *indicator_value_format(char *buf, size_t n, int64_t v, const char *unit);
/* Whether value reaches the target (at_most: stays at or below it). */
int indicator_reached(const struct result_goal *r, int64_t value);

#endif
