/*
 * goal.c: the goals' words and the indicator values.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/text.h"
#include "model/goal.h"

static const struct {
	const char *key, *word, *label;
} areas[GOAL_AREA__MAX] = {
	{ "individual", "individ", "Individinriktade insatser" },
	{ "structural", "struktur", "Strukturinriktade insatser" },
	{ "competence", "kompetens", "Kompetenshöjande insatser" },
	{ "financial", "ekonomi", "Finansiella mål" },
};

static const struct {
	const char *key, *label, *alias;
} statuses[GOAL_STATUS__MAX] = {
	{ "not_assessed", "Ej bedömt", "ej bedömt" },
	{ "met", "Uppfyllt", "uppfyllt" },
	{ "partly_met", "Delvis uppfyllt", "delvis" },
	{ "on_track", "På god väg att uppfyllas", "på god väg" },
	{ "not_met", "Ej uppfyllt", "ej uppfyllt" },
};

static const struct {
	const char *key, *unit;
	int at_most;
} kinds[IND__MAX] = {
	{ "none", "", 0 },
	{ "manual", "", 0 },
	{ "exit-share", "%", 0 },
	{ "participants", "deltagare", 0 },
	{ "attendees", "personer", 0 },
	{ "equity-share", "%", 1 },
	{ "within-budget", "%", 1 },
	{ "attendees-structural", "personer", 0 },
	{ "attendees-competence", "personer", 0 },
};

const char *goal_area_key(enum goal_area a)
{
	return a < GOAL_AREA__MAX ? areas[a].key : "";
}

const char *goal_area_label(enum goal_area a)
{
	return a < GOAL_AREA__MAX ? areas[a].label : "";
}

int goal_area_parse(const char *s, enum goal_area *out)
{
	int i;

	for (i = 0; s && i < GOAL_AREA__MAX; i++) {
		if (text_equal_nocase(s, areas[i].key) || text_equal_nocase(s, areas[i].word)) {
			*out = (enum goal_area)i;
			return 0;
		}
	}
	return -1;
}

const char *goal_status_key(enum goal_status s)
{
	return s < GOAL_STATUS__MAX ? statuses[s].key : "";
}

const char *goal_status_label(enum goal_status s)
{
	return s < GOAL_STATUS__MAX ? statuses[s].label : "";
}

int goal_status_parse(const char *s, enum goal_status *out)
{
	int i;

	for (i = 0; s && i < GOAL_STATUS__MAX; i++) {
		if (text_equal_nocase(s, statuses[i].key) || text_equal_nocase(s, statuses[i].label) ||
		    text_equal_nocase(s, statuses[i].alias)) {
			*out = (enum goal_status)i;
			return 0;
		}
	}
	return -1;
}

const char *indicator_kind_key(enum indicator_kind k)
{
	return k < IND__MAX ? kinds[k].key : "";
}

int indicator_kind_parse(const char *s, enum indicator_kind *out)
{
	int i;

	for (i = 0; s && i < IND__MAX; i++) {
		if (text_equal_nocase(s, kinds[i].key)) {
			*out = (enum indicator_kind)i;
			return 0;
		}
	}
	return -1;
}

const char *indicator_unit(enum indicator_kind k)
{
	return k < IND__MAX ? kinds[k].unit : "";
}

int indicator_at_most(enum indicator_kind k)
{
	return k < IND__MAX ? kinds[k].at_most : 0;
}

const char *goal_period_key(enum goal_period p)
{
	return p == PERIOD_INTERIM ? "interim" : "annual";
}

int goal_period_parse(const char *s, enum goal_period *out)
{
	if (s && (text_equal_nocase(s, "interim") || text_equal_nocase(s, "delår"))) {
		*out = PERIOD_INTERIM;
		return 0;
	}
	if (s && (text_equal_nocase(s, "annual") || text_equal_nocase(s, "år") ||
		  text_equal_nocase(s, "helår"))) {
		*out = PERIOD_ANNUAL;
		return 0;
	}
	return -1;
}

int indicator_value_parse(const char *s, int64_t *out)
{
	int64_t whole = 0, frac = 0;
	int digits = 0, frac_digits = 0, neg = 0;
	const char *p = s;

	if (!s)
		return -1;
	if (*p == '-') {
		neg = 1;
		p++;
	}
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (whole > INT64_MAX / 1000)
				return -1;
			whole = whole * 10 + (*p - '0');
			digits++;
		} else if (*p == ' ' && digits) {
			continue;
		} else {
			break;
		}
	}
	if (*p == ',' || *p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++) {
			if (frac_digits < 2)
				frac = frac * 10 + (*p - '0');
			else if (frac_digits == 2 && *p >= '5')
				frac++;   /* round half up on the third decimal */
			frac_digits++;
		}
		if (!frac_digits)
			return -1;
	}
	while (*p == ' ')
		p++;
	if (*p == '%')
		p++;
	if (*p || !digits)
		return -1;
	if (frac_digits == 1)
		frac *= 10;
	*out = (whole * 100 + frac) * (neg ? -1 : 1);
	return 0;
}

char *indicator_value_format(char *buf, size_t n, int64_t v, const char *unit)
{
	char whole[32], out[48];
	int64_t a = v < 0 ? -v : v, w = a / 100, f = a % 100;
	size_t len, i, j = 0;

	snprintf(whole, sizeof(whole), "%lld", (long long)w);
	len = strlen(whole);
	if (v < 0)
		out[j++] = '-';
	for (i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			out[j++] = ' ';
		out[j++] = whole[i];
	}
	out[j] = '\0';
	if (f % 10 == 0 && f)
		snprintf(out + j, sizeof(out) - j, ",%lld", (long long)(f / 10));
	else if (f)
		snprintf(out + j, sizeof(out) - j, ",%02lld", (long long)f);
	snprintf(buf, n, "%s%s%s", out, unit && *unit ? " " : "", unit ? unit : "");
	return buf;
}

int indicator_reached(const struct result_goal *r, int64_t value)
{
	if (!r->has_target)
		return 0;
	return r->at_most ? value <= r->target : value >= r->target;
}

const struct assessment *goals_assessment(const struct goals_data *g, int64_t goal_id, int64_t result_goal_id,
					  enum goal_period period)
{
	size_t i;

	for (i = 0; i < g->n_assessments; i++) {
		const struct assessment *a = &g->assessments[i];

		if (a->goal_id == goal_id && a->result_goal_id == result_goal_id && a->period == period)
			return a;
	}
	return NULL;
}

struct indicator_value goals_indicator_value(const struct goals_data *g, size_t i, enum goal_period period,
					     int *by_hand)
{
	const struct result_goal *r = &g->results[i];
	const struct assessment *a = goals_assessment(g, r->goal_id, r->id, period);
	struct indicator_value v = { 0, 0, 0 };

	if (by_hand)
		*by_hand = 0;
	if (a && a->has_value) {
		v.available = 1;
		v.value = a->value;
		if (by_hand)
			*by_hand = 1;
		return v;
	}
	if (g->values && r->indicator != IND_MANUAL && r->indicator != IND_NONE)
		v = g->values[i];
	return v;
}

int indicator_values_agree(const struct indicator_value *a, const struct indicator_value *b)
{
	if (a->available != b->available)
		return 0;
	if (!a->available)
		return 1;
	if (a->hidden || b->hidden)
		return a->hidden == b->hidden;
	return a->value == b->value;
}
