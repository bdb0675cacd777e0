/*
 * activity.c: activities' kinds and attendance.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "model/activity.h"

int activity_kind_parse(const char *s, enum activity_kind *out)
{
	if (!strcmp(s, "structural") || !strcmp(s, "strukturinriktad") || !strcmp(s, "strukturpåverkande")) {
		*out = ACTIVITY_STRUCTURAL;
		return 0;
	}
	if (!strcmp(s, "competence") || !strcmp(s, "kompetenshöjande")) {
		*out = ACTIVITY_COMPETENCE;
		return 0;
	}
	return -1;
}

const char *activity_kind_key(enum activity_kind k)
{
	return k == ACTIVITY_COMPETENCE ? "competence" : "structural";
}

const char *activity_kind_label(enum activity_kind k)
{
	return k == ACTIVITY_COMPETENCE ? "kompetenshöjande" : "strukturinriktad";
}

int activity_parse_attendance(struct activity *a, const char *s, struct err *err)
{
	const char *p = s;
	size_t cap = 0;

	free(a->attendance);
	a->attendance = NULL;
	a->n_attendance = 0;
	while (*p) {
		const char *eq, *end;
		struct attendance *at;
		char *num_end;
		size_t len;
		long long v;

		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		end = p + strcspn(p, ",");
		eq = memchr(p, '=', (size_t)(end - p));
		if (!eq)
			return err_set(err, "skriv deltagarna som organisation=antal, inte '%.*s'", (int)(end - p), p);
		len = (size_t)(eq - p);
		while (len && p[len - 1] == ' ')
			len--;
		if (len == 0 || len >= sizeof(at->organisation))
			return err_set(err, "organisationens namn saknas eller är för långt i '%.*s'", (int)(end - p), p);
		errno = 0;
		v = strtoll(eq + 1, &num_end, 10);
		while (*num_end == ' ')
			num_end++;
		if (errno || num_end == eq + 1 || num_end != end || v < 0)
			return err_set(err, "antalet deltagare är inte ett heltal i '%.*s'", (int)(end - p), p);
		a->attendance = xgrow(a->attendance, sizeof(*a->attendance), a->n_attendance + 1, &cap);
		at = &a->attendance[a->n_attendance++];
		memcpy(at->organisation, p, len);
		at->organisation[len] = '\0';
		at->attendees = v;
		p = end;
	}
	return 0;
}

void activity_totals(const struct activity *acts, size_t n, struct activity_totals out[2])
{
	size_t i;

	memset(out, 0, 2 * sizeof(*out));
	for (i = 0; i < n; i++) {
		struct activity_totals *t = &out[acts[i].kind == ACTIVITY_COMPETENCE];

		t->activities++;
		t->meetings += acts[i].meetings > 0 ? acts[i].meetings : 1;
		t->attendees += activity_total(&acts[i]);
		if (acts[i].has_persons) {
			t->persons += acts[i].persons;
			t->persons_known++;
		}
	}
}

int64_t activity_total(const struct activity *a)
{
	int64_t t = 0;
	size_t i;

	for (i = 0; i < a->n_attendance; i++)
		t += a->attendance[i].attendees;
	return t;
}

void activity_release(struct activity *a)
{
	free(a->attendance);
	a->attendance = NULL;
	a->n_attendance = 0;
}

int64_t activities_total(const struct activity *acts, size_t n)
{
	int64_t sum = 0;
	size_t i;

	for (i = 0; i < n; i++)
		sum += activity_total(&acts[i]);
	return sum;
}
