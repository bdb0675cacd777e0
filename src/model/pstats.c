/*
 * pstats.c: participant statistics and their small-cell protection.
 */
#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
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

static const char *const band_keys[PSTATS_BANDS] = { "16-19", "20-24", "25-29", "30-39", "40-49",
							"50-64" };
static const char *const band_labels[PSTATS_BANDS] = { "16–19 år", "20–24 år", "25–29 år", "30–39 år",
							  "40–49 år", "50–64 år" };

int pstats_band_of(int age)
{
	static const int upper[PSTATS_BANDS] = { 19, 24, 29, 39, 49, 64 };
	int i;

	if (age < 16)
		return -1;
	for (i = 0; i < PSTATS_BANDS; i++)
		if (age <= upper[i])
			return i;
	return -1;
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
	init_dist(&out->support_before_exited, VOCAB_SUPPORT);
	pstats_young_from(out, PSTATS_YOUNG_FROM);
}

void pstats_young_from(struct pstats *s, int from)
{
	int b;

	if (from < PSTATS_YOUNG_MIN || from > PSTATS_YOUNG_MAX)
		from = PSTATS_YOUNG_FROM;
	s->young_from = from;
	snprintf(s->young_label, sizeof(s->young_label), "%d–29 år", from);
	for (b = 0; b < PSTATS_BANDS; b++) {
		snprintf(s->band_keys[b], sizeof(s->band_keys[b]), "%s", band_keys[b]);
		snprintf(s->band_labels[b], sizeof(s->band_labels[b]), "%s", band_labels[b]);
	}
	snprintf(s->band_keys[0], sizeof(s->band_keys[0]), "%d-19", from);
	snprintf(s->band_labels[0], sizeof(s->band_labels[0]), "%d–19 år", from);
}

int pstats_band_in(const struct pstats *s, int age)
{
	return age < s->young_from ? -1 : pstats_band_of(age < 16 ? 16 : age);
}

/* Adds one person of the measure at offset off to every group they are in. */
static void add_in(struct pmeasures *const *in, size_t n, size_t off, int woman)
{
	size_t i;

	for (i = 0; i < n; i++)
		add_sex((struct psex *)((char *)in[i] + off), woman);
}

void pstats_add(struct pstats *out, const struct participant *who, const struct enrolment *x)
{
	struct date start = { out->year, 1, 1 }, end = { out->year, 12, 31 };
	int exited = date_is_set(x->exited), woman, age, b;
	struct pmeasures *in[3];
	size_t n = 0;

	if (date_cmp(x->enrolled, end) > 0 || (exited && date_cmp(x->exited, start) < 0))
		return;     /* not in the intervention during the year */
	woman = strcmp(who->sex, "kvinna") == 0;
	age = x->enrolled.y - who->birth_year;
	b = pstats_band_in(out, age);
	in[n++] = &out->all;
	if (age >= out->young_from)
		in[n++] = age <= 29 ? &out->young : &out->older;
	else
		out->outside_bands++;
	if (b >= 0)
		in[n++] = &out->band[b];
	else if (age >= out->young_from)
		out->above_bands++;
	add_in(in, n, offsetof(struct pmeasures, enrolled), woman);
	count_word(&out->education, VOCAB_EDUCATION, who->education);
	count_word(&out->time_in_support, VOCAB_TIME_IN_SUPPORT, x->time_in_support);
	count_word(&out->support_before, VOCAB_SUPPORT, x->support_before);
	if (x->enrolled.y == out->year)
		add_in(in, n, offsetof(struct pmeasures, new_), woman);
	if (exited && x->exited.y == out->year) {
		int work = !strcmp(x->exit_reason, "arbete") || !strcmp(x->exit_reason, "studier") ||
			   !strcmp(x->exit_reason, "arbete och studier");

		add_in(in, n, offsetof(struct pmeasures, exited), woman);
		if (work)
			add_in(in, n, offsetof(struct pmeasures, to_work), woman);
		out->days_sum += date_diff(x->enrolled, x->exited);
		out->days_n++;
		count_word(&out->support_after, VOCAB_SUPPORT, x->support_after);
		count_word(&out->support_before_exited, VOCAB_SUPPORT, x->support_before);
		count_word(&out->exit_reason, VOCAB_EXIT_REASON, x->exit_reason);
	}
}

void pstats_add_anonymous(struct pstats *out, const struct anonymous_count *a)
{
	if (a->from.y != out->year)
		return;
	out->anonymous.women.n += a->women;
	out->anonymous.men.n += a->men;
	out->anonymous.total.n += a->women + a->men;
}

int64_t pstats_mean_days(const struct pstats *s)
{
	return s->days_n > 0 ? (s->days_sum * 2 + s->days_n) / (2 * s->days_n) : -1;
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

/* A relation total = parts gives a hidden cell away when it is the only
 * hidden one of them: pcell_fix_sum hides one more. Returns 1 when it hid
 * one. */
static int fix_group(struct group *g)
{
	return pcell_fix_sum(g->total, g->parts, g->n);
}

static void sex_cells(struct psex *s, struct pcell **out)
{
	out[0] = &s->total;
	out[1] = &s->women;
	out[2] = &s->men;
}

/* The four measures of m, as sex triples. */
static void measures_of(struct pmeasures *m, struct psex **out)
{
	out[0] = &m->enrolled;
	out[1] = &m->new_;
	out[2] = &m->exited;
	out[3] = &m->to_work;
}

#define MAX_GROUPS 160

static void group_add(struct group *groups, size_t *ng, struct pcell *total, struct pcell *const *parts,
		      size_t n)
{
	size_t i;

	if (*ng >= MAX_GROUPS)
		return;     /* cannot happen: the groups below are counted */
	groups[*ng].total = total;
	for (i = 0; i < n; i++)
		groups[*ng].parts[i] = parts[i];
	groups[(*ng)++].n = n;
}

/* total = women + men, with the small cells marked. */
static void sex_group(struct group *groups, size_t *ng, struct psex *sx, int threshold)
{
	struct pcell *c[3];

	sex_cells(sx, c);
	pcell_mark_small(c[0], threshold);
	pcell_mark_small(c[1], threshold);
	pcell_mark_small(c[2], threshold);
	group_add(groups, ng, c[0], c + 1, 2);
}

/* For each measure and sex: whole = the sum of parts[0..n). */
static void sum_groups(struct group *groups, size_t *ng, struct pmeasures *whole, struct pmeasures *const *parts,
		       size_t n)
{
	struct psex *w[4], *p[3][4];
	size_t i, k, j;

	measures_of(whole, w);
	for (i = 0; i < n; i++)
		measures_of(parts[i], p[i]);
	for (k = 0; k < 4; k++) {
		struct pcell *cw[3], *cp[3][3];

		sex_cells(w[k], cw);
		for (i = 0; i < n; i++)
			sex_cells(p[i][k], cp[i]);
		for (j = 0; j < 3; j++) {
			struct pcell *parts_j[3];

			for (i = 0; i < n; i++)
				parts_j[i] = cp[i][j];
			group_add(groups, ng, cw[j], parts_j, n);
		}
	}
}

void pstats_protect(struct pstats *s, int threshold)
{
	struct pmeasures *m[3 + PSTATS_BANDS] = { &s->all, &s->young, &s->older };
	struct pdist *d[6] = { &s->education, &s->time_in_support, &s->support_before, &s->support_after,
			       &s->exit_reason, &s->support_before_exited };
	struct pcell *exited_total = &s->all.exited.total, *enrolled_total = &s->all.enrolled.total;
	struct group groups[MAX_GROUPS];
	size_t ng = 0, i, k;
	int changed;

	for (i = 0; i < PSTATS_BANDS; i++)
		m[3 + i] = &s->band[i];
	/* 9 × 4 sex groups. */
	for (i = 0; i < 3 + PSTATS_BANDS; i++) {
		struct psex *sx[4];

		measures_of(m[i], sx);
		for (k = 0; k < 4; k++)
			sex_group(groups, &ng, sx[k], threshold);
	}
	sex_group(groups, &ng, &s->anonymous, threshold);
	/* The age hierarchy, 3 × 12 groups: young = 16–19 + 20–24 + 25–29;
	 * older = 30–39 + 40–49 + 50–64 when nobody is 65 or over; all =
	 * young + older when nobody is under 16. */
	sum_groups(groups, &ng, &s->young, &m[3], 3);
	if (s->above_bands == 0)
		sum_groups(groups, &ng, &s->older, &m[6], 3);
	if (s->outside_bands == 0) {
		struct pmeasures *yo[2] = { &s->young, &s->older };

		sum_groups(groups, &ng, &s->all, yo, 2);
	}
	/* Distributions add up to the enrolled (or, after exit, the exited). */
	for (i = 0; i < 6; i++) {
		struct pcell *parts[PSTATS_CATS];

		for (k = 0; k < d[i]->n; k++) {
			pcell_mark_small(&d[i]->cell[k], threshold);
			parts[k] = &d[i]->cell[k];
		}
		group_add(groups, &ng, i < 3 ? enrolled_total : exited_total, parts, d[i]->n);
	}
	do {
		changed = 0;
		for (i = 0; i < ng; i++)
			changed |= fix_group(&groups[i]);
	} while (changed);
	/* The share and the mean describe the exited: hidden with them. */
	s->share_hidden = pcell_hidden(&s->all.exited.total) || pcell_hidden(&s->all.to_work.total);
	s->mean_hidden = pcell_hidden(&s->all.exited.total);
}
