/*
 * csv_field.h: writing CSV fields. csv_write_field is the one place every
 * CSV finsam writes (the reports' CSV format, the budget export) gets its
 * fields from, so every one is quoted and guarded the same way against a
 * spreadsheet running a text as a formula.
 */
#ifndef FINSAM_BASE_CSV_FIELD_H
#define FINSAM_BASE_CSV_FIELD_H

#include <stddef.h>
#include <stdio.h>

/* Writes one field of a row: a ';' before it unless first, RFC 4180
 * quotes when it holds ';', '"', CR or LF or starts or ends with a blank.
 * A text (is_text) starting with '=', '+', '-', '@' or a tab gets a
 * leading apostrophe, so that a spreadsheet shows it rather than running
 * it as a formula, and so does one starting with an apostrophe (so that it
 * reads back whole). Numbers (is_text 0) are written as they are, a minus
 * and all. */
void csv_write_field(FILE *out, const char *s, int first, int is_text);

/* 1 when the field s[0..len) starts with such a guarding apostrophe: an
 * apostrophe followed by one of those characters or another apostrophe.
 * The CSV reader drops it. */
int csv_guarded(const char *s, size_t len);

#endif
