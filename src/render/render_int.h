/*
 * render_int.h: what the renderers share: one function per format and
 * the formatting of a cell for people.
 */
#ifndef FINSAM_RENDER_RENDER_INT_H
#define FINSAM_RENDER_RENDER_INT_H

#include <stddef.h>
#include <stdio.h>

#include "doc/doc.h"

struct err;

int render_text(const struct doc *d, FILE *out, struct err *err);
int render_md(const struct doc *d, FILE *out, struct err *err);
int render_csv(const struct doc *d, FILE *out, struct err *err);
int render_json(const struct doc *d, FILE *out, struct err *err);

/* A cell as people read it, in the document's unit: "1 468 000",
 * "24,1 %", "2025-12-31", or "" for an empty cell. */
const char *render_cell(const struct doc *d, const struct doc_cell *c, char *buf, size_t n);
/* 1 when the row is optional and every amount in it is zero. */
int render_row_hidden(const struct doc_table *t, const struct doc_row *r);
/* 1 when any cell of the table is an amount of money. */
int render_table_has_money(const struct doc_table *t);

#endif
