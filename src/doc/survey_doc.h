/*
 * survey_doc.h: the documents of the NNS indicator surveys: the year's
 * results per respondent group, for `report survey` and for the reports
 * that include them (the annual report). Knows no output format.
 */
#ifndef FINSAM_DOC_SURVEY_DOC_H
#define FINSAM_DOC_SURVEY_DOC_H

#include "doc/doc.h"
#include "model/books.h"
#include "model/survey.h"

/* Adds the survey tables of s to parent (NULL: the document's body) of d:
 * one records table per respondent group, keyed "groups.<group key>",
 * with a row per question (code, text, respondents and share positive in
 * total, for women and for men, the share clearly positive, each share
 * with the previous year's beside it from prev (NULL: none; protected as s
 * is; empty for a question not asked then), the six steps' counts). A group without
 * answers gets its table for programs only, so that the JSON always holds
 * every group. threshold is what a small cell says ("<5"); 0 when s was
 * not protected. The cells follow the marks survey_protect set. */
void doc_survey_tables(struct doc *d, struct doc_block *parent, const struct survey_stats *s,
		       const struct survey_stats *prev, int threshold);

/* The survey results of s as a document, titled "Enkäter (NNS-indikatorer)
 * <year>" (and ": <insats>" when insats is not NULL); group >= 0 limits it
 * to that respondent group. protected_ says whether s was protected with
 * threshold. Metadata "year", "insats" and "min_cell" (null unprotected).
 * The JSON contract of `report survey` (docs/formats.md). */
struct doc *doc_survey(const struct association *a, const struct survey_stats *s, const struct survey_stats *prev,
		       const char *insats, int group, int protected_, int threshold);

#endif
