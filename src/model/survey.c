/*
 * survey.c: the NNS indicator surveys: the words of respondent groups,
 * sexes and answer steps, the year's sums per group and question, and
 * their small-cell protection.
 */
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "model/survey.h"

static const struct {
	const char *key, *word, *label;
} groups[SURVEY_GROUPS] = {
	{ "participants_start", "deltagare start", "Deltagare vid start" },
	{ "participants_during", "deltagare pågående", "Deltagare under pågående insats" },
	{ "participants_exit", "deltagare avslut", "Deltagare vid avslut" },
	{ "staff", "personal", "Personal" },
	{ "managers", "chefer", "Chefer" },
	{ "board", "styrelse", "Styrelse" },
};

static const char *const sexes[SURVEY_SEXES] = { NULL, "kvinna", "man", "okänt" };

static const char *const steps[SURVEY_STEPS] = { "inte alls", "i låg grad", "till viss del", "till stor del",
						"till mycket stor del", "helt och hållet" };

const char *survey_group_key(enum survey_group g)
{
	return (unsigned)g < SURVEY_GROUPS ? groups[g].key : NULL;
}

const char *survey_group_word(enum survey_group g)
{
	return (unsigned)g < SURVEY_GROUPS ? groups[g].word : NULL;
}

const char *survey_group_label(enum survey_group g)
{
	return (unsigned)g < SURVEY_GROUPS ? groups[g].label : NULL;
}

const char *survey_sex_word(enum survey_sex s)
{
	return (unsigned)s < SURVEY_SEXES ? sexes[s] : NULL;
}

const char *survey_step_word(int step)
{
	return step >= 1 && step <= SURVEY_STEPS ? steps[step - 1] : NULL;
}

/* The next character of s for a comparison without regard to case: ASCII
 * and the Latin-1 letters of UTF-8 (Å Ä Ö É ...) lower-cased, a run of
 * blanks as one blank. Advances *s; 0 at the end. */
static unsigned next_folded(const unsigned char **s)
{
	const unsigned char *p = *s;
	unsigned c;

	if (*p == ' ') {
		while (*p == ' ')
			p++;
		*s = p;
		return *p ? ' ' : 0;
	}
	if (!*p)
		return 0;
	if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) {
		c = p[1] <= 0x9E && p[1] != 0x97 ? p[1] + 0x20u : p[1];
		*s = p + 2;
		return 0xC300u | c;
	}
	c = *p >= 'A' && *p <= 'Z' ? *p + 32u : *p;
	*s = p + 1;
	return c;
}

/* 1 when s is word, without regard to case and surrounding blanks. */
static int same_word(const char *word, const char *s)
{
	const unsigned char *a = (const unsigned char *)word, *b = (const unsigned char *)s;
	unsigned x, y;

	while (*b == ' ')
		b++;
	do {
		x = next_folded(&a);
		y = next_folded(&b);
	} while (x && x == y);
	return x == 0 && y == 0;
}

int survey_group_match(const char *s)
{
	int g;

	for (g = 0; s && g < SURVEY_GROUPS; g++)
		if (same_word(groups[g].word, s) || same_word(groups[g].key, s))
			return g;
	return -1;
}

int survey_sex_match(const char *s)
{
	int i;

	for (i = SURVEY_WOMEN; s && i < SURVEY_SEXES; i++)
		if (same_word(sexes[i], s))
			return i;
	return -1;
}

int survey_code_cmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			const char *ea = a, *eb = b;
			size_t la, lb;
			int c;

			while (*a == '0' && a[1] >= '0' && a[1] <= '9')
				a++;
			while (*b == '0' && b[1] >= '0' && b[1] <= '9')
				b++;
			for (ea = a; *ea >= '0' && *ea <= '9'; ea++)
				;
			for (eb = b; *eb >= '0' && *eb <= '9'; eb++)
				;
			la = (size_t)(ea - a);
			lb = (size_t)(eb - b);
			if (la != lb)
				return la < lb ? -1 : 1;
			c = memcmp(a, b, la);
			if (c)
				return c < 0 ? -1 : 1;
			a = ea;
			b = eb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}

void survey_stats_init(int year, struct survey_stats *s)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
}

void survey_stats_release(struct survey_stats *s)
{
	int g;

	for (g = 0; g < SURVEY_GROUPS; g++)
		free(s->group[g].rows);
	memset(s->group, 0, sizeof(s->group));
}

/* The row of code in g, added in its place when new. */
static struct survey_row *row_of(struct survey_group_stats *g, const struct survey_answer *a)
{
	size_t lo = 0, hi = g->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = survey_code_cmp(g->rows[mid].code, a->code);

		if (c == 0)
			return &g->rows[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	g->rows = xgrow(g->rows, sizeof(*g->rows), g->n + 1, &g->cap);
	memmove(&g->rows[lo + 1], &g->rows[lo], (g->n - lo) * sizeof(*g->rows));
	g->n++;
	memset(&g->rows[lo], 0, sizeof(g->rows[lo]));
	memcpy(g->rows[lo].code, a->code, sizeof(a->code));
	g->rows[lo].code[SURVEY_CODE_MAX - 1] = '\0';
	memcpy(g->rows[lo].text, a->text, sizeof(a->text));
	g->rows[lo].text[SURVEY_TEXT_MAX - 1] = '\0';
	return &g->rows[lo];
}

void survey_stats_add(struct survey_stats *s, const struct survey_answer *a)
{
	struct survey_row *r;
	int k;

	if (a->year != s->year || (unsigned)a->group >= SURVEY_GROUPS || a->sex == SURVEY_TOTAL ||
	    (unsigned)a->sex >= SURVEY_SEXES)
		return;
	r = row_of(&s->group[a->group], a);
	for (k = 0; k < SURVEY_STEPS; k++) {
		int64_t c = a->counts[k];
		int positive = k + 1 >= SURVEY_POSITIVE_FROM;

		r->steps[k].n += c;
		r->n[SURVEY_TOTAL].n += c;
		r->n[a->sex].n += c;
		if (positive) {
			r->pos[SURVEY_TOTAL].n += c;
			r->pos[a->sex].n += c;
		} else {
			r->neg[SURVEY_TOTAL].n += c;
			r->neg[a->sex].n += c;
		}
	}
}

static void relation(struct survey_relation *out, const char *name, struct pcell *total,
		     struct pcell *const *parts, size_t n, size_t n_pick)
{
	size_t i;

	out->name = name;
	out->total = total;
	for (i = 0; i < n; i++)
		out->parts[i] = parts[i];
	out->n = n;
	out->n_pick = n_pick;
}

size_t survey_relations(struct survey_row *r, struct survey_relation *out)
{
	static const char *const sex_names[SURVEY_SEXES] = {
		"total = positive + others", "women = positive + others", "men = positive + others",
		"unknown = positive + others",
	};
	struct pcell *p[SURVEY_STEPS];
	size_t n = 0;
	int s, k;

	/* Over the sexes; the unknown sex last, never picked: it is not shown. */
	p[0] = &r->n[SURVEY_WOMEN];
	p[1] = &r->n[SURVEY_MEN];
	p[2] = &r->n[SURVEY_UNKNOWN];
	relation(&out[n++], "respondents: total = women + men + unknown", &r->n[SURVEY_TOTAL], p, 3, 2);
	p[0] = &r->pos[SURVEY_WOMEN];
	p[1] = &r->pos[SURVEY_MEN];
	p[2] = &r->pos[SURVEY_UNKNOWN];
	relation(&out[n++], "positive: total = women + men + unknown", &r->pos[SURVEY_TOTAL], p, 3, 2);
	p[0] = &r->neg[SURVEY_WOMEN];
	p[1] = &r->neg[SURVEY_MEN];
	p[2] = &r->neg[SURVEY_UNKNOWN];
	relation(&out[n++], "others: total = women + men + unknown", &r->neg[SURVEY_TOTAL], p, 3, 2);
	/* Each sex: respondents = positive + others (the share gives both). */
	for (s = 0; s < SURVEY_SEXES; s++) {
		p[0] = &r->pos[s];
		p[1] = &r->neg[s];
		relation(&out[n++], sex_names[s], &r->n[s], p, 2, s == SURVEY_UNKNOWN ? 0 : 2);
	}
	/* The steps. */
	for (k = 0; k < SURVEY_STEPS; k++)
		p[k] = &r->steps[k];
	relation(&out[n++], "respondents = steps 1–6", &r->n[SURVEY_TOTAL], p, SURVEY_STEPS, SURVEY_STEPS);
	relation(&out[n++], "positive = steps 4–6", &r->pos[SURVEY_TOTAL], p + 3, 3, 3);
	relation(&out[n++], "others = steps 1–3", &r->neg[SURVEY_TOTAL], p, 3, 3);
	return n;
}

static int hidden(const struct pcell *c)
{
	return c->mark != CELL_SHOWN;
}

static void mark_small(struct pcell *c, int threshold)
{
	if (c->n >= 1 && c->n < threshold)
		c->mark = CELL_SMALL;
}

static int hide(struct pcell *c)
{
	if (hidden(c))
		return 0;
	c->mark = CELL_SECONDARY;
	return 1;
}

/* A relation with exactly one hidden cell gives it away: hide one more, the
 * smallest shown part that may be picked and is not zero (a zero tells
 * little), else the total, else a zero part. The rule of pstats_protect.
 * Returns 1 when it hid one. */
static int fix_relation(struct survey_relation *rel)
{
	size_t i, n_hidden = hidden(rel->total);
	struct pcell *pick = NULL;

	for (i = 0; i < rel->n; i++)
		n_hidden += hidden(rel->parts[i]);
	if (n_hidden != 1)
		return 0;
	for (i = 0; i < rel->n_pick; i++) {
		struct pcell *c = rel->parts[i];

		if (!hidden(c) && c->n > 0 && (!pick || c->n < pick->n))
			pick = c;
	}
	if (!pick && !hidden(rel->total))
		pick = rel->total;
	for (i = 0; !pick && i < rel->n_pick; i++)
		if (!hidden(rel->parts[i]))
			pick = rel->parts[i];
	return pick ? hide(pick) : 0;
}

/* A share is shown whole or not at all: pos and neg hide together, and
 * with the respondents of their sex. */
static int couple_shares(struct survey_row *r)
{
	int s, changed = 0;

	for (s = 0; s < SURVEY_SEXES; s++) {
		if (hidden(&r->n[s]) || hidden(&r->pos[s]) || hidden(&r->neg[s])) {
			changed |= hide(&r->pos[s]);
			changed |= hide(&r->neg[s]);
		}
	}
	return changed;
}

void survey_row_protect(struct survey_row *r, int threshold)
{
	struct survey_relation rel[SURVEY_RELATIONS];
	size_t n = survey_relations(r, rel), i;
	int s, changed;

	/* The counts people see, and the unknown sex, which the sums give. */
	for (s = 0; s < SURVEY_SEXES; s++)
		mark_small(&r->n[s], threshold);
	for (i = 0; i < SURVEY_STEPS; i++)
		mark_small(&r->steps[i], threshold);
	do {
		changed = couple_shares(r);
		for (i = 0; i < n; i++)
			changed |= fix_relation(&rel[i]);
	} while (changed);
}

void survey_protect(struct survey_stats *s, int threshold)
{
	size_t i;
	int g;

	for (g = 0; g < SURVEY_GROUPS; g++)
		for (i = 0; i < s->group[g].n; i++)
			survey_row_protect(&s->group[g].rows[i], threshold);
}

int survey_row_clear(const struct survey_row *r, struct ratio *out)
{
	int k;

	out->num = 0;
	out->den = r->n[SURVEY_TOTAL].n;
	if (r->n[SURVEY_TOTAL].mark != CELL_SHOWN)
		return -1;
	for (k = SURVEY_CLEAR_FROM; k <= SURVEY_STEPS; k++) {
		if (r->steps[k - 1].mark != CELL_SHOWN)
			return -1;
		out->num += r->steps[k - 1].n;
	}
	return 0;
}

const struct survey_row *survey_find(const struct survey_stats *s, enum survey_group g, const char *code)
{
	size_t i;

	if (!s || (unsigned)g >= SURVEY_GROUPS)
		return NULL;
	for (i = 0; i < s->group[g].n; i++)
		if (strcmp(s->group[g].rows[i].code, code) == 0)
			return &s->group[g].rows[i];
	return NULL;
}
