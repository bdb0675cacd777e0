/*
 * calendar.c: the year cycle from the entered events and the deadlines
 * every samordningsförbund has.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "model/calendar.h"

static const struct {
	const char *key, *label, *alias1, *alias2;
} kinds[EVENT__MAX] = {
	[EVENT_BOARD] = { "board", "Styrelsemöte", "styrelse", "styrelsemöte" },
	[EVENT_DEVELOPMENT] = { "development", "Utvecklingsgrupp", "utvecklingsgrupp", "ug" },
	[EVENT_CONSULTATION] = { "consultation", "Medlemssamråd", "medlemssamråd", "samråd" },
	[EVENT_DEADLINE] = { "deadline", "Sista dag", "sista dag", "deadline" },
	[EVENT_OTHER] = { "other", "Övrigt", "övrigt", "annat" },
};

const char *event_kind_key(enum event_kind k)
{
	return k < EVENT__MAX ? kinds[k].key : "other";
}

const char *event_kind_label(enum event_kind k)
{
	return k < EVENT__MAX ? kinds[k].label : kinds[EVENT_OTHER].label;
}

int event_kind_parse(const char *s, enum event_kind *out)
{
	int k;

	for (k = 0; k < EVENT__MAX; k++) {
		if (strcmp(s, kinds[k].key) == 0 || strcmp(s, kinds[k].alias1) == 0 ||
		    strcmp(s, kinds[k].alias2) == 0) {
			*out = (enum event_kind)k;
			return 0;
		}
	}
	return -1;
}

static int by_date(const void *a, const void *b)
{
	const struct event *x = a, *y = b;
	int c = date_cmp(x->date, y->date);

	if (c)
		return c;
	return (int)x->kind - (int)y->kind;
}

static void push(struct event **ev, size_t *n, size_t *cap, struct date d, enum event_kind k,
		 const char *title, int derived)
{
	struct event *e;

	*ev = xgrow(*ev, sizeof(**ev), *n + 1, cap);
	e = &(*ev)[(*n)++];
	memset(e, 0, sizeof(*e));
	e->date = d;
	e->kind = k;
	e->derived = derived;
	snprintf(e->title, sizeof(e->title), "%s", title);
}

size_t calendar_year(int year, const struct event *entered, size_t n, struct event **out)
{
	static const struct {
		int m, d;
		const char *title;
	} deadlines[] = {
		{ 4, 30, "Årsredovisningen för föregående år skickas till medlemmarna" },
		{ 8, 31, "Brytdag för delårsrapporten (1 januari – 31 augusti)" },
		{ 9, 30, "Delårsrapporten beslutas av styrelsen i september" },
		{ 11, 30, "Verksamhetsplan och budget för nästa år beslutas i november" },
	};
	struct event *ev = NULL;
	size_t count = 0, cap = 0, i, j;

	for (i = 0; i < n; i++) {
		if (entered[i].date.y != year)
			continue;
		push(&ev, &count, &cap, entered[i].date, entered[i].kind, entered[i].title, 0);
		ev[count - 1].id = entered[i].id;   /* an entered event keeps its id */
	}
	for (i = 0; i < sizeof(deadlines) / sizeof(deadlines[0]); i++) {
		struct date d = { year, deadlines[i].m, deadlines[i].d };

		push(&ev, &count, &cap, d, EVENT_DEADLINE, deadlines[i].title, 1);
	}
	/* The development group prepares each board meeting a week before. */
	for (i = 0; i < n; i++) {
		int has = 0;
		struct date before;

		if (entered[i].date.y != year || entered[i].kind != EVENT_BOARD)
			continue;
		for (j = 0; j < n; j++) {
			long days = date_diff(entered[j].date, entered[i].date);

			if (entered[j].kind == EVENT_DEVELOPMENT && days >= 0 && days <= 14)
				has = 1;
		}
		if (has)
			continue;
		before = date_add_days(entered[i].date, -7);
		if (before.y == year)
			push(&ev, &count, &cap, before, EVENT_DEVELOPMENT,
			     "Utvecklingsgruppen förbereder styrelsemötet", 1);
	}
	if (count)
		qsort(ev, count, sizeof(*ev), by_date);
	*out = ev;
	return count;
}

int calendar_tertial(struct date d)
{
	return d.m <= 4 ? 1 : d.m <= 8 ? 2 : 3;
}

const char *calendar_tertial_months(int tertial)
{
	static const char *const months[] = { "januari–april", "maj–augusti", "september–december" };

	return tertial >= 1 && tertial <= CALENDAR_TERTIALS ? months[tertial - 1] : "";
}

const char *calendar_tertial_heading(char *buf, size_t n, int tertial, const char *theme)
{
	snprintf(buf, n, "Tertial %d (%s)%s%s", tertial, calendar_tertial_months(tertial), theme && *theme ? ": " : "",
		 theme ? theme : "");
	return buf;
}
