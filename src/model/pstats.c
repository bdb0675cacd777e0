/*
 * pstats.c: participant statistics and their small-cell protection.
 */
#include <stdlib.h>
#include <string.h>

#include "model/pstats.h"

static const struct participant *person(const struct participant *p, size_t n, int64_t id)
{
	size_t i;

	/* Participants come sorted by code, not id: a plain search. */
	for (i = 0; i < n; i++)
		if (p[i].id == id)
			return &p[i];
	return NULL;
}

static void add_sex(struct psex *s, int woman)
{
	s->total.n++;
	if (woman)
		s->women.n++;
	else
		s->men.n++;
}

static void count_word(struct pdist *d, enum vocab v, const char *w)
{
	const char *const *words = vocab_words(v);
	size_t i;

	for (i = 0; words[i] && i < PSTATS_CATS; i++) {
		if (strcmp(words[i], w) == 0) {
			d->cell[i].n++;
			return;
		}
	}
}

static void init_dist(struct pdist *d, enum vocab v)
{
	const char *const *words = vocab_words(v);

	memset(d, 0, sizeof(*d));
	while (words[d->n] && d->n < PSTATS_CATS)
		d->n++;
}

void pstats_init(int year, struct pstats *out)
{
	memset(out, 0, sizeof(*out));
	out->year = year;
	init_dist(&out->education, VOCAB_EDUCATION);
	init_dist(&out->time_in_support, VOCAB_TIME_IN_SUPPORT);
	init_dist(&out->support_before, VOCAB_SUPPORT);
	init_dist(&out->support_after, VOCAB_SUPPORT);
	init_dist(&out->exit_reason, VOCAB_EXIT_REASON);
}

void pstats_add(struct pstats *out, const struct participant *who, const struct enrolment *x)
{
	struct date start = { out->year, 1, 1 }, end = { out->year, 12, 31 };
	int exited = date_is_set(x->exited), woman, age;
	struct pmeasures *band;

	if (date_cmp(x->enrolled, end) > 0 || (exited && date_cmp(x->exited, start) < 0))
		return;     /* not in the intervention during the year */
	woman = strcmp(who->sex, "kvinna") == 0;
	age = x->enrolled.y - who->birth_year;
	band = age >= 16 && age <= 29 ? &out->young : age >= 30 ? &out->older : NULL;
	if (!band)
		out->outside_bands++;
	add_sex(&out->all.enrolled, woman);
	if (band)
		add_sex(&band->enrolled, woman);
	count_word(&out->education, VOCAB_EDUCATION, who->education);
	count_word(&out->time_in_support, VOCAB_TIME_IN_SUPPORT, x->time_in_support);
	count_word(&out->support_before, VOCAB_SUPPORT, x->support_before);
	if (x->enrolled.y == out->year) {
		add_sex(&out->all.new_, woman);
		if (band)
			add_sex(&band->new_, woman);
	}
	if (exited && x->exited.y == out->year) {
		int work = !strcmp(x->exit_reason, "arbete") || !strcmp(x->exit_reason, "studier") ||
			   !strcmp(x->exit_reason, "arbete och studier");

		add_sex(&out->all.exited, woman);
		if (band)
			add_sex(&band->exited, woman);
		if (work) {
			add_sex(&out->all.to_work, woman);
			if (band)
				add_sex(&band->to_work, woman);
		}
		out->days_sum += date_diff(x->enrolled, x->exited);
		out->days_n++;
		count_word(&out->support_after, VOCAB_SUPPORT, x->support_after);
		count_word(&out->exit_reason, VOCAB_EXIT_REASON, x->exit_reason);
	}
}

void pstats_compute(int year, const struct participant *p, size_t n_p, const struct enrolment *e,
		    size_t n_e, int64_t intervention_id, struct pstats *out)
{
	size_t i;

	pstats_init(year, out);
	for (i = 0; i < n_e; i++) {
		const struct participant *who = person(p, n_p, e[i].participant_id);

		if (who && (!intervention_id || e[i].intervention_id == intervention_id))
			pstats_add(out, who, &e[i]);
	}
}

/* A total and the cells that add up to it. */
struct group {
	struct pcell *total;
	struct pcell *parts[PSTATS_CATS];
	size_t n;
};

static int hidden(const struct pcell *c)
{
	return c->mark != CELL_SHOWN;
}

/* When exactly one part is hidden and the total shows, it could be worked
 * out: hide the smallest other part that is not zero (a zero tells
 * nothing), or the total when there is none. Returns 1 when it hid one. */
static int fix_group(struct group *g)
{
	size_t i, n_hidden = 0;
	struct pcell *pick = NULL;

	if (hidden(g->total)) {
		/* With the total hidden, all parts but one shown reveal nothing
		 * of the hidden ones unless only one is hidden and the total is
		 * hidden too: then they are not derivable. */
		return 0;
	}
	for (i = 0; i < g->n; i++)
		n_hidden += hidden(g->parts[i]);
	if (n_hidden != 1)
		return 0;
	for (i = 0; i < g->n; i++) {
		struct pcell *c = g->parts[i];

		if (!hidden(c) && c->n > 0 && (!pick || c->n < pick->n))
			pick = c;
	}
	if (!pick)
		pick = g->total;
	pick->mark = CELL_SECONDARY;
	return 1;
}

static void mark_small(struct pcell *c, int threshold)
{
	if (c->n >= 1 && c->n < threshold)
		c->mark = CELL_SMALL;
}

static void sex_cells(struct psex *s, struct pcell **out)
{
	out[0] = &s->total;
	out[1] = &s->women;
	out[2] = &s->men;
}

void pstats_protect(struct pstats *s, int threshold)
{
	struct pmeasures *m[3] = { &s->all, &s->young, &s->older };
	struct pdist *d[5] = { &s->education, &s->time_in_support, &s->support_before, &s->support_after,
			       &s->exit_reason };
	struct pcell *exited_total = &s->all.exited.total, *enrolled_total = &s->all.enrolled.total;
	struct group groups[64];
	size_t ng = 0, i, k;
	int changed;

	for (i = 0; i < 3; i++) {
		struct psex *sx[4] = { &m[i]->enrolled, &m[i]->new_, &m[i]->exited, &m[i]->to_work };

		for (k = 0; k < 4; k++) {
			struct pcell *c[3];

			sex_cells(sx[k], c);
			mark_small(c[0], threshold);
			mark_small(c[1], threshold);
			mark_small(c[2], threshold);
			/* total = women + men */
			groups[ng].total = c[0];
			groups[ng].parts[0] = c[1];
			groups[ng].parts[1] = c[2];
			groups[ng++].n = 2;
		}
	}
	/* all = young + older, for each measure and sex, when everyone is in a band. */
	if (s->outside_bands == 0) {
		struct psex *a[4] = { &s->all.enrolled, &s->all.new_, &s->all.exited, &s->all.to_work };
		struct psex *y[4] = { &s->young.enrolled, &s->young.new_, &s->young.exited, &s->young.to_work };
		struct psex *o[4] = { &s->older.enrolled, &s->older.new_, &s->older.exited, &s->older.to_work };

		for (k = 0; k < 4; k++) {
			struct pcell *ca[3], *cy[3], *co[3];
			size_t j;

			sex_cells(a[k], ca);
			sex_cells(y[k], cy);
			sex_cells(o[k], co);
			for (j = 0; j < 3; j++) {
				groups[ng].total = ca[j];
				groups[ng].parts[0] = cy[j];
				groups[ng].parts[1] = co[j];
				groups[ng++].n = 2;
			}
		}
	}
	/* Distributions add up to the enrolled (or, after exit, the exited). */
	for (i = 0; i < 5; i++) {
		for (k = 0; k < d[i]->n; k++) {
			mark_small(&d[i]->cell[k], threshold);
			groups[ng].parts[k] = &d[i]->cell[k];
		}
		groups[ng].total = i < 3 ? enrolled_total : exited_total;
		groups[ng++].n = d[i]->n;
	}
	do {
		changed = 0;
		for (i = 0; i < ng; i++)
			changed |= fix_group(&groups[i]);
	} while (changed);
	/* The share and the mean describe the exited: hidden with them. */
	s->share_hidden = hidden(&s->all.exited.total) || hidden(&s->all.to_work.total);
	s->mean_hidden = hidden(&s->all.exited.total);
}
