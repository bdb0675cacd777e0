/*
 * survey_doc.c: the survey results as document tables, a table per
 * respondent group and a row per question, with the respondents and the
 * share positive in total and by sex, and the counts per step. Protected
 * cells read "<5" (fewer than the threshold) or "x" (hidden so that
 * another cannot be worked out); a hidden share reads "x".
 */
#include <stdio.h>
#include <string.h>

#include "doc/reports.h"
#include "doc/survey_doc.h"

/* The previous year's shares (positive in total, for women and for men,
 * and clearly positive) follow the steps, for programs only. */
enum { COL_GROUP, COL_CODE, COL_TEXT, COL_N, COL_SHARE = COL_N + 3, COL_CLEAR = COL_SHARE + 3,
       COL_STEPS, COL_PREV = COL_STEPS + SURVEY_STEPS, COL_PREV_CLEAR = COL_PREV + 3, N_COLS };

/* A share: "x" when hidden, empty when q is NULL (the question was not
 * asked that year). */
static void share(struct doc_row *r, size_t col, const struct survey_row *q, enum survey_sex s)
{
	if (!q)
		return;
	if (q->pos[s].mark != CELL_SHOWN || q->n[s].mark != CELL_SHOWN)
		doc_cell_text(r, col, "x", NULL);
	else
		doc_cell_ratio(r, col, q->pos[s].n, q->n[s].n);   /* den 0: undefined */
}

static void clear_share(struct doc_row *r, size_t col, const struct survey_row *q)
{
	struct ratio c;

	if (!q)
		return;
	if (survey_row_clear(q, &c) < 0)
		doc_cell_text(r, col, "x", NULL);
	else
		doc_cell_ratio(r, col, c.num, c.den);
}

/* For people, when the year before has answers in the group: each
 * question's share positive and clearly positive that year and this. */
static void compare_table(struct doc *d, struct doc_block *parent, const struct survey_stats *s,
			  const struct survey_stats *prev, enum survey_group g)
{
	const struct survey_group_stats *gs = &s->group[g];
	struct doc_table *t;
	char title[160], h[48];
	size_t i;

	snprintf(title, sizeof(title), "%s: jämfört med %d", survey_group_label(g), prev->year);
	t = doc_table_add(d, parent, DOC_TABLE_RECORDS, NULL, title, 5);
	t->people_only = 1;
	doc_column_set(t, 0, "code", "Fråga", 0);
	snprintf(h, sizeof(h), "Positiva %d", prev->year);
	doc_column_set(t, 1, "previous", h, prev->year);
	snprintf(h, sizeof(h), "Positiva %d", s->year);
	doc_column_set(t, 2, "current", h, s->year);
	snprintf(h, sizeof(h), "Klart positiva %d", prev->year);
	doc_column_set(t, 3, "previous_clear", h, prev->year);
	snprintf(h, sizeof(h), "Klart positiva %d", s->year);
	doc_column_set(t, 4, "current_clear", h, s->year);
	for (i = 1; i < 5; i++) {
		t->cols[i].kind = DOC_KIND_RATIO;
		t->cols[i].in = DOC_IN_PERCENT;
	}
	for (i = 0; i < gs->n; i++) {
		const struct survey_row *q = &gs->rows[i];
		const struct survey_row *p = survey_find(prev, g, q->code);
		struct doc_row *r = doc_row_add(t, NULL, q->code, DOC_ROW_NORMAL);

		doc_cell_text(r, 0, q->code, NULL);
		share(r, 1, p, SURVEY_TOTAL);
		share(r, 2, q, SURVEY_TOTAL);
		clear_share(r, 3, p);
		clear_share(r, 4, q);
	}
}

static void group_table(struct doc *d, struct doc_block *parent, const struct survey_stats *s,
			const struct survey_stats *prev, enum survey_group g, int threshold)
{
	static const char *const sex_keys[3] = { "total", "women", "men" };
	static const char *const n_headers[3] = { "Svarande", "Kvinnor", "Män" };
	static const char *const share_headers[3] = { "Positiva", "Pos. kvinnor", "Pos. män" };
	static const enum survey_sex sx[3] = { SURVEY_TOTAL, SURVEY_WOMEN, SURVEY_MEN };
	const struct survey_group_stats *gs = &s->group[g];
	/* The previous year beside the shares only where it has answers. */
	int has_prev = prev && prev->group[g].n > 0;
	struct doc_table *t;
	char key[64], ck[64], h[48];
	size_t i, k;

	snprintf(key, sizeof(key), "groups.%s", survey_group_key(g));
	t = doc_table_add(d, parent, DOC_TABLE_RECORDS, key, survey_group_label(g), N_COLS);
	t->machine_only = gs->n == 0;
	/* The group on every row, for the spreadsheet, where the tables follow
	 * each other without their titles. */
	doc_column_set(t, COL_GROUP, "group", "Grupp", 0);
	t->cols[COL_GROUP].hidden_in_text = 1;
	doc_column_set(t, COL_CODE, "code", "Fråga", 0);
	doc_column_set(t, COL_TEXT, "text", "Frågetext", 0);
	for (k = 0; k < 3; k++) {
		snprintf(ck, sizeof(ck), "respondents.%s", sex_keys[k]);
		doc_column_set(t, COL_N + k, ck, n_headers[k], 0);
		snprintf(ck, sizeof(ck), "share_positive.%s", sex_keys[k]);
		doc_column_set(t, COL_SHARE + k, ck, share_headers[k], 0);
		/* People see the previous year in a table of its own (compare),
		 * so that this one stays readable on a page. */
		snprintf(ck, sizeof(ck), "previous_year.share_positive.%s", sex_keys[k]);
		snprintf(h, sizeof(h), "%s %d", share_headers[k], s->year - 1);
		doc_column_set(t, COL_PREV + k, ck, h, s->year - 1);
		t->cols[COL_PREV + k].hidden_in_text = 1;
	}
	doc_column_set(t, COL_CLEAR, "share_clearly_positive", "Klart positiva", 0);
	snprintf(h, sizeof(h), "Klart positiva %d", s->year - 1);
	doc_column_set(t, COL_PREV_CLEAR, "previous_year.share_clearly_positive", h, s->year - 1);
	t->cols[COL_PREV_CLEAR].hidden_in_text = 1;
	for (k = 0; k < SURVEY_STEPS; k++) {
		snprintf(h, sizeof(h), "%zu", k + 1);
		doc_column_set(t, COL_STEPS + k, "counts[]", h, 0);
	}
	for (i = 0; i < gs->n; i++) {
		const struct survey_row *q = &gs->rows[i];
		const struct survey_row *p = has_prev ? survey_find(prev, g, q->code) : NULL;
		struct doc_row *r = doc_row_add(t, q->code, q->code, DOC_ROW_NORMAL);

		doc_cell_text(r, COL_GROUP, survey_group_label(g), survey_group_key(g));
		doc_cell_text(r, COL_CODE, q->code, NULL);
		doc_cell_text(r, COL_TEXT, q->text, NULL);
		for (k = 0; k < 3; k++) {
			doc_count_cell(r, COL_N + k, &q->n[sx[k]], threshold);
			share(r, COL_SHARE + k, q, sx[k]);
			share(r, COL_PREV + k, p, sx[k]);
		}
		clear_share(r, COL_CLEAR, q);
		clear_share(r, COL_PREV_CLEAR, p);
		for (k = 0; k < SURVEY_STEPS; k++)
			doc_count_cell(r, COL_STEPS + k, &q->steps[k], threshold);
	}
	if (has_prev && gs->n)
		compare_table(d, parent, s, prev, g);
}

static int has_answers(const struct survey_stats *s)
{
	int g;

	if (!s)
		return 0;
	for (g = 0; g < SURVEY_GROUPS; g++)
		if (s->group[g].n)
			return 1;
	return 0;
}

static void tables(struct doc *d, struct doc_block *parent, const struct survey_stats *s,
		   const struct survey_stats *prev, int only, int threshold)
{
	int g;

	for (g = 0; g < SURVEY_GROUPS; g++)
		if (only < 0 || g == only)
			group_table(d, parent, s, prev, (enum survey_group)g, threshold);
}

void doc_survey_tables(struct doc *d, struct doc_block *parent, const struct survey_stats *s,
		       const struct survey_stats *prev, int threshold)
{
	tables(d, parent, s, prev, -1, threshold);
}

struct doc *doc_survey(const struct association *a, const struct survey_stats *s, const struct survey_stats *prev,
		       const char *insats, int group, int protected_, int threshold)
{
	char title[300];
	struct doc *d;
	int k;

	if (insats)
		snprintf(title, sizeof(title), "Enkäter (NNS-indikatorer) %d: %s", s->year, insats);
	else
		snprintf(title, sizeof(title), "Enkäter (NNS-indikatorer) %d", s->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	if (!protected_)
		doc_subtitle_add(d, "SKYDDADE UPPGIFTER: små grupper visas, bara för förbundets administratörer");
	doc_meta_int(d, "year", s->year);
	if (insats)
		doc_meta_text(d, "insats", insats);
	else
		doc_meta_null(d, "insats");
	if (protected_)
		doc_meta_int(d, "min_cell", threshold);
	else
		doc_meta_null(d, "min_cell");
	if (group >= 0 ? s->group[group].n == 0 : !has_answers(s)) {
		snprintf(title, sizeof(title), "Inga enkätsvar finns för %d%s%s%s.", s->year, group >= 0 ? " (" : "",
			 group >= 0 ? survey_group_label((enum survey_group)group) : "", group >= 0 ? ")" : "");
		doc_paragraph_add(d, NULL, title);
	} else {
		char line[400];
		size_t n = 0;

		n += (size_t)snprintf(line, sizeof(line), "Svarsskala:");
		for (k = 1; k <= SURVEY_STEPS && n < sizeof(line); k++)
			n += (size_t)snprintf(line + n, sizeof(line) - n, " %d %s%s", k, survey_step_word(k),
					      k < SURVEY_STEPS ? "," : ".");
		if (n < sizeof(line))
			snprintf(line + n, sizeof(line) - n,
				 " Andel positiva: svar 4–6 (till stor del, till mycket stor del, helt och hållet) "
				 "av alla svar. Andel klart positiva: svar 5–6 av alla svar.%s",
				 has_answers(prev) ? " Där gruppen svarade året före jämförs andelarna med det "
						     "årets, för de frågor som ställdes då." : "");
		doc_paragraph_add(d, NULL, line);
	}
	tables(d, NULL, s, prev, group, protected_ ? threshold : 0);
	if (protected_) {
		snprintf(title, sizeof(title),
			 "Antal svar färre än %d visas som <%d, och x döljer ytterligare uppgifter så att de inte "
			 "kan räknas fram ur summorna; en andel döljs när antalet svarande gör det.",
			 threshold, threshold);
		doc_paragraph_add(d, NULL, title);
	}
	return d;
}
