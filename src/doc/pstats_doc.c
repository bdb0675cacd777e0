/*
 * pstats_doc.c: the participant statistics as a document: per measure
 * (enrolled, new, exited, to work or studies) the counts by sex and age,
 * the age bands, the anonymous participants and the distributions, each
 * count protected: "<5" for a small group, "x" for one hidden so that a
 * small one cannot be worked out. The JSON contract of `report
 * participants`.
 */
#include <stdio.h>

#include "doc/reports.h"

/* A protected count: the number, "<5" for a small cell, "x" for one hidden
 * so that a small cell cannot be worked out. */
void doc_count_cell(struct doc_row *r, size_t col, const struct pcell *c, int threshold)
{
	char small[16];

	if (c->mark == CELL_SMALL) {
		snprintf(small, sizeof(small), "<%d", threshold);
		doc_cell_text(r, col, small, NULL);
	} else if (c->mark == CELL_SECONDARY) {
		doc_cell_text(r, col, "x", NULL);
	} else {
		doc_cell_int(r, col, c->n);
	}
}

void doc_get_count(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_count_cell(r, col, at, *(const int *)ctx);
}

#define COUNT(k, label, member)                                                                    \
	{ .key = k, .title = label, .kind = DOC_KIND_COUNT, .in = DOC_IN_PERSONS,                   \
	  DOC_GET(doc_get_count, struct pmeasures, member) }

/* An age band's counts; its label is set beside them. */
static const struct doc_col band_cols[] = {
	{ .key = "band", .title = "Ålder", .kind = DOC_KIND_TEXT },
	COUNT("women", "Kvinnor", enrolled.women),
	COUNT("men", "Män", enrolled.men),
	COUNT("enrolled", "Inskrivna", enrolled.total),
	COUNT("new", "Nya", new_.total),
	COUNT("exited", "Avslutade", exited.total),
	COUNT("to_work", "Arbete/studier", to_work.total),
};

struct doc *doc_pstats(const struct association *a, const struct pstats *s, const char *insats,
		       int protected_, int threshold)
{
	static const struct {
		const char *key, *label;
		size_t offset;
	} measures[] = {
		{ "enrolled", "Inskrivna under året", offsetof(struct pmeasures, enrolled) },
		{ "new", "Nya under året", offsetof(struct pmeasures, new_) },
		{ "exited", "Avslutade under året", offsetof(struct pmeasures, exited) },
		{ "exited_to_work_or_studies", "Avslutade till arbete eller studier",
		  offsetof(struct pmeasures, to_work) },
	};
	static const struct {
		const char *key, *label;
		size_t offset;
		enum vocab v;
	} dists[] = {
		{ "education", "Utbildning", offsetof(struct pstats, education), VOCAB_EDUCATION },
		{ "time_in_support", "Tid i offentlig försörjning före", offsetof(struct pstats, time_in_support),
		  VOCAB_TIME_IN_SUPPORT },
		{ "support_before", "Försörjning vid inskrivning", offsetof(struct pstats, support_before), VOCAB_SUPPORT },
		{ "support_after", "Försörjning vid avslut", offsetof(struct pstats, support_after), VOCAB_SUPPORT },
		{ "exit_reason", "Avslutsorsak", offsetof(struct pstats, exit_reason), VOCAB_EXIT_REASON },
		{ "support_before_exited", "Försörjning vid inskrivning, de som avslutades under året",
		  offsetof(struct pstats, support_before_exited), VOCAB_SUPPORT },
	};
	static const char *const sexes[] = { "total", "women", "men" };
	static const char *const sex_labels[] = { "Totalt", "Kvinnor", "Män" };
	const struct pmeasures *bands[3] = { &s->all, &s->young, &s->older };
	static const char *const band_keys[3] = { "all", "by_age.young", "by_age.older" };
	const char *const band_labels[3] = { "Alla", s->young_label, "30 år och äldre" };
	char title[200];
	struct doc *d;
	struct doc_table *t;
	size_t i, j, k;

	if (insats)
		snprintf(title, sizeof(title), "Deltagarstatistik %d: %s", s->year, insats);
	else
		snprintf(title, sizeof(title), "Deltagarstatistik %d", s->year);
	d = doc_new(title);
	doc_report_titles(d, a);
	if (!protected_)
		doc_subtitle_add(d, "SKYDDADE UPPGIFTER: ej avrundad statistik, bara för förbundets administratörer");
	doc_meta_int(d, "year", s->year);
	if (s->share_hidden || s->all.exited.total.n == 0)
		doc_meta_null(d, "share_to_work_or_studies");
	else
		doc_meta_ratio(d, "share_to_work_or_studies", s->all.to_work.total.n, s->all.exited.total.n);
	if (s->mean_hidden || s->days_n == 0)
		doc_meta_null(d, "mean_days");
	else
		doc_meta_int(d, "mean_days", pstats_mean_days(s));
	/* One table per measure: rows by sex, columns all / young / older,
	 * and for programs the six age bands. */
	for (i = 0; i < sizeof(measures) / sizeof(measures[0]); i++) {
		t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, measures[i].key, measures[i].label,
				  3 + PSTATS_BANDS);
		for (k = 0; k < 3; k++)
			doc_column_set(t, k, band_keys[k], band_labels[k], 0);
		for (k = 0; k < PSTATS_BANDS; k++) {
			char key[32];

			snprintf(key, sizeof(key), "by_age_band.%s", s->band_keys[k]);
			doc_column_set(t, 3 + k, key, s->band_labels[k], 0);
			t->cols[3 + k].hidden_in_text = 1;
		}
		for (j = 0; j < 3; j++) {
			struct doc_row *r = doc_row_add(t, sexes[j], sex_labels[j], j == 0 ? DOC_ROW_SUM : DOC_ROW_NORMAL);

			for (k = 0; k < 3 + PSTATS_BANDS; k++) {
				const struct pmeasures *m = k < 3 ? bands[k] : &s->band[k - 3];
				const struct psex *sx = (const struct psex *)((const char *)m + measures[i].offset);
				const struct pcell *c = j == 0 ? &sx->total : j == 1 ? &sx->women : &sx->men;

				doc_count_cell(r, k, c, threshold);
			}
		}
	}
	/* The age bands for people: a row per band. */
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "age_bands", "Åldersgrupper vid inskrivning", band_cols,
			   DOC_N(band_cols), DOC_FOR_PEOPLE);
	doc_table_context(t, &threshold);
	for (k = 0; k < PSTATS_BANDS; k++)
		doc_cell_text(doc_row_record(t, NULL, NULL, DOC_ROW_NORMAL, &s->band[k]), 0,
			      s->band_labels[k], NULL);
	/* Anonymous participants: counted by sex only. */
	t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "anonymous", "Anonyma deltagare", 1);
	doc_column_set(t, 0, "count", "Antal", 0);
	for (j = 0; j < 3; j++) {
		const struct pcell *c = j == 0 ? &s->anonymous.total : j == 1 ? &s->anonymous.women
									 : &s->anonymous.men;

		doc_count_cell(doc_row_add(t, sexes[j], sex_labels[j], j == 0 ? DOC_ROW_SUM : DOC_ROW_NORMAL), 0, c,
			   threshold);
	}
	for (i = 0; i < sizeof(dists) / sizeof(dists[0]); i++) {
		const struct pdist *dd = (const struct pdist *)((const char *)s + dists[i].offset);
		const char *const *words = vocab_words(dists[i].v);

		t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, dists[i].key, dists[i].label, 1);
		doc_column_set(t, 0, "count", "Antal", 0);
		for (k = 0; k < dd->n; k++)
			doc_count_cell(doc_row_add(t, words[k], words[k], DOC_ROW_NORMAL), 0, &dd->cell[k], threshold);
	}
	if (protected_) {
		snprintf(title, sizeof(title),
			 "Grupper med färre än %d personer visas som <%d, och x döljer ytterligare uppgifter så "
			 "att de inte kan räknas fram ur summorna.", threshold, threshold);
		doc_paragraph_add(d, NULL, title);
	}
	return d;
}
