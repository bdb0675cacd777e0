/*
 * control.c: the internal control plan's score, levels, frequencies,
 * periods and the follow-ups missing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "model/control.h"

int control_score(int probability, int consequence)
{
	return probability * consequence;
}

enum control_level control_level_of(int score)
{
	if (score >= 12)
		return LEVEL_VERY_HIGH;
	if (score >= 8)
		return LEVEL_HIGH;
	if (score >= 4)
		return LEVEL_MEDIUM;
	return LEVEL_LOW;
}

static const char *const level_keys[] = { "low", "medium", "high", "very_high" };
static const char *const level_labels[] = { "låg", "medel", "hög", "mycket hög" };

const char *control_level_key(enum control_level l)
{
	return level_keys[l <= LEVEL_VERY_HIGH ? l : LEVEL_LOW];
}

const char *control_level_label(enum control_level l)
{
	return level_labels[l <= LEVEL_VERY_HIGH ? l : LEVEL_LOW];
}

/* The index of s among keys[0..n) or labels[0..n) (any case); -1: none. */
static int find_word(const char *s, const char *const *keys, const char *const *labels, int n)
{
	int i;

	for (i = 0; s && i < n; i++)
		if (text_equal_nocase(s, keys[i]) || text_equal_nocase(s, labels[i]))
			return i;
	return -1;
}

static const char *const freq_keys[FREQ__MAX] = { "monthly", "quarterly", "tertial", "halfyear", "yearly" };
static const char *const freq_labels[FREQ__MAX] = { "månadsvis", "kvartalsvis", "tertialvis", "halvårsvis",
						    "årligen" };
static const int freq_periods[FREQ__MAX] = { 12, 4, 3, 2, 1 };

const char *control_frequency_key(enum control_frequency f)
{
	return freq_keys[f < FREQ__MAX ? f : FREQ_YEARLY];
}

const char *control_frequency_label(enum control_frequency f)
{
	return freq_labels[f < FREQ__MAX ? f : FREQ_YEARLY];
}

int control_frequency_parse(const char *s, enum control_frequency *out)
{
	int f = find_word(s, freq_keys, freq_labels, FREQ__MAX);

	if (f < 0)
		return -1;
	*out = (enum control_frequency)f;
	return 0;
}

int control_periods(enum control_frequency f)
{
	return freq_periods[f < FREQ__MAX ? f : FREQ_YEARLY];
}

static int month_days(int y, int m)
{
	int d = 31;

	while (d > 28 && !date_valid(y, m, d))
		d--;
	return d;
}

struct period control_period(int year, enum control_frequency f, int p)
{
	int months = 12 / control_periods(f);
	struct period r;

	r.start = (struct date){ year, (p - 1) * months + 1, 1 };
	r.end = (struct date){ year, p * months, month_days(year, p * months) };
	return r;
}

void control_period_label(enum control_frequency f, int p, char *out, size_t size)
{
	static const char *const months[] = { "januari", "februari", "mars", "april", "maj", "juni", "juli",
					      "augusti", "september", "oktober", "november", "december" };

	switch (f) {
	case FREQ_MONTHLY:
		snprintf(out, size, "%s", p >= 1 && p <= 12 ? months[p - 1] : "?");
		break;
	case FREQ_QUARTERLY:
		snprintf(out, size, "kvartal %d", p);
		break;
	case FREQ_TERTIAL:
		snprintf(out, size, "tertial %d", p);
		break;
	case FREQ_HALFYEAR:
		snprintf(out, size, "halvår %d", p);
		break;
	case FREQ_YEARLY:
	case FREQ__MAX:
	default:
		snprintf(out, size, "helår");
		break;
	}
}

int control_period_default(int year, enum control_frequency f, struct date day)
{
	int n = control_periods(f), p;

	for (p = n; p >= 1; p--)
		if (date_cmp(control_period(year, f, p).end, day) < 0)
			return p;
	return 1;
}

static const char *const result_keys[RESULT__MAX] = { "done", "deviation", "not_done" };
static const char *const result_labels[RESULT__MAX] = { "genomförd", "avvikelse", "ej genomförd" };

const char *control_result_key(enum control_result r)
{
	return result_keys[r < RESULT__MAX ? r : RESULT_DONE];
}

const char *control_result_label(enum control_result r)
{
	return result_labels[r < RESULT__MAX ? r : RESULT_DONE];
}

int control_result_parse(const char *s, enum control_result *out)
{
	int r = find_word(s, result_keys, result_labels, RESULT__MAX);

	if (r < 0)
		return -1;
	*out = (enum control_result)r;
	return 0;
}

static int followed_up(const struct control_followup *f, size_t nf, int64_t action, int period)
{
	size_t i;

	for (i = 0; i < nf; i++)
		if (f[i].action_id == action && f[i].period == period)
			return 1;
	return 0;
}

size_t control_missing(int year, const struct control_action *a, size_t n, const struct control_followup *f,
		       size_t nf, struct date as_of, struct control_missing **out)
{
	size_t i, count = 0, cap = 0;
	int p;

	*out = NULL;
	for (i = 0; i < n; i++)
		for (p = 1; p <= control_periods(a[i].frequency); p++) {
			struct period days = control_period(year, a[i].frequency, p);

			if (date_cmp(days.end, as_of) >= 0 || followed_up(f, nf, a[i].id, p))
				continue;
			*out = xgrow(*out, sizeof(**out), count + 1, &cap);
			(*out)[count].action_id = a[i].id;
			(*out)[count].period = p;
			(*out)[count].days = days;
			count++;
		}
	return count;
}

void control_tally(const struct control_followup *f, size_t n, size_t counts[RESULT__MAX], size_t *meetings)
{
	size_t i, j;

	memset(counts, 0, RESULT__MAX * sizeof(counts[0]));
	*meetings = 0;
	for (i = 0; i < n; i++) {
		if (f[i].result < RESULT__MAX)
			counts[f[i].result]++;
		for (j = 0; j < i && f[j].meeting_id != f[i].meeting_id; j++)
			;
		*meetings += j == i;
	}
}

long control_findings(int year, const struct control_action *a, size_t n, const struct control_followup *f,
		      size_t nf, struct date as_of, struct buf *d)
{
	struct control_missing *m = NULL;
	size_t count = control_missing(year, a, n, f, nf, as_of, &m), i, j;
	char label[32], end[11];

	for (i = 0; i < count; i++) {
		for (j = 0; j < n && a[j].id != m[i].action_id; j++)
			;
		control_period_label(a[j].frequency, m[i].period, label, sizeof(label));
		buf_addf(d, "Kontrollmomentet %lld (%s) är inte uppföljt för %s %d, som slutade %s; registrera "
			    "uppföljningen med 'finsam control follow-up %lld --meeting ID --result R --period %d'\n",
			 (long long)a[j].id, a[j].what, label, year, date_format(end, m[i].days.end),
			 (long long)a[j].id, m[i].period);
	}
	free(m);
	return (long)count;
}
