/*
 * overview.c: what the overview shows a registrar first: the participants
 * of her interventions to follow up (enrolled for long without an exit,
 * or with a fact left unknown that the statistics count as "okänd").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "base/xmalloc.h"

static void add(struct app_followup **out, size_t *n, size_t *cap, const struct participant *p,
		const char *insats, const char *why)
{
	struct app_followup *f;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*out = xrealloc(*out, *cap * sizeof(**out));
	}
	f = &(*out)[(*n)++];
	memset(f, 0, sizeof(*f));
	snprintf(f->code, sizeof(f->code), "%s", p->code);
	snprintf(f->insats, sizeof(f->insats), "%s", insats);
	snprintf(f->why, sizeof(f->why), "%s", why);
}

int app_followup_list(struct store *st, const struct user *u, struct date today, struct app_followup **out,
		      size_t *n, struct err *err)
{
	struct app_register reg;
	size_t cap = 0, i, j, k;

	*out = NULL;
	*n = 0;
	if (app_register_load(st, u, &reg, err) < 0)
		return -1;
	for (i = 0; i < reg.n_e; i++) {
		const struct enrolment *e = &reg.e[i];
		const struct participant *p = NULL;
		const char *insats = "?";
		char why[160];

		if (!user_owns_insats(u, e->intervention_id))
			continue;
		for (j = 0; j < reg.n_p && !p; j++)
			if (reg.p[j].id == e->participant_id)
				p = &reg.p[j];
		for (k = 0; k < reg.n_iv; k++)
			if (reg.iv[k].id == e->intervention_id)
				insats = reg.iv[k].name;
		if (!p)
			continue;
		if (!date_is_set(e->exited) && date_diff(e->enrolled, today) > APP_FOLLOWUP_DAYS) {
			char d[11];

			snprintf(why, sizeof(why), "inskriven sedan %s utan avslut", date_format(d, e->enrolled));
			add(out, n, &cap, p, insats, why);
		} else if (strcmp(e->support_before, "okänd") == 0 || strcmp(p->education, "okänd") == 0) {
			snprintf(why, sizeof(why), "%s är okänd",
				 strcmp(e->support_before, "okänd") == 0 ? "försörjningen före" : "utbildningen");
			add(out, n, &cap, p, insats, why);
		}
	}
	app_register_release(&reg);
	return 0;
}
