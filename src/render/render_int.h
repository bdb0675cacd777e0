/*
 * render_int.h: what the renderers share and nothing outside render/ sees:
 * one entry point per format and the form of a cell for people, so every
 * format shows the same figures the same way.
 */
#ifndef FINSAM_RENDER_RENDER_INT_H
#define FINSAM_RENDER_RENDER_INT_H

#include <stddef.h>
#include <stdio.h>

#include "doc/doc.h"

struct err;

/* One per format; each writes d to out and returns 0, or -1 with a message. */
int render_text(const struct doc *d, FILE *out, struct err *err);
int render_md(const struct doc *d, FILE *out, struct err *err);
int render_csv(const struct doc *d, FILE *out, struct err *err);
int render_json(const struct doc *d, FILE *out, struct err *err);
int render_xlsx(const struct doc *d, FILE *out, struct err *err);
int render_html(const struct doc *d, FILE *out, struct err *err);
int render_pdf(const struct doc *d, FILE *out, struct err *err);

/* Room enough for any cell render_cell formats into a buffer. */
#define RENDER_CELL_MAX 64

/* A cell as people read it, in the document's unit: "1 468 000", "24,1 %"
 * ("–" when undefined), "2024-12-31", the text of a text cell, or "" for an
 * empty cell. Formats into buf (n bytes, RENDER_CELL_MAX is enough) or
 * returns the cell's own text; either way valid while c and buf are. */
const char *render_cell(const struct doc *d, const struct doc_cell *c, char *buf, size_t n);

/* "Belopp i kr" or "Belopp i tkr": the caption over tables of amounts. */
const char *render_unit_caption(const struct doc *d);

/* 1 when people do not see r: an optional row whose cells are all empty
 * or zero amounts. */
int render_row_hidden(const struct doc_table *t, const struct doc_row *r);

/* 1 when people see column j of t (not for programs only, not without data). */
int render_column_shown(const struct doc_table *t, size_t j);

/* 1 when column j of t holds figures (money, ratios, integers) and is
 * therefore right-aligned; text and dates are left-aligned. */
int render_column_numeric(const struct doc_table *t, size_t j);

/* 1 when any cell of t is an amount of money. */
int render_table_has_money(const struct doc_table *t);

#endif
