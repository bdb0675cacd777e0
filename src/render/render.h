/*
 * render.h: the renderers. One per format, each walking the document tree
 * and writing it to a stream; they know nothing of the domain, only the
 * tree (doc/doc.h). Text and Markdown are for people, CSV for spreadsheets,
 * XLSX a workbook for Excel and LibreOffice, JSON for other programs.
 */
#ifndef FINSAM_RENDER_RENDER_H
#define FINSAM_RENDER_RENDER_H

#include <stdio.h>

struct doc;
struct err;

enum render_format { RENDER_TEXT, RENDER_MD, RENDER_CSV, RENDER_JSON, RENDER_XLSX };

/* Sets *out to the format named "text", "json", "csv", "md" or "xlsx"
 * (exactly so written). Returns 0, or -1 with the message "okänt format
 * 'NAME' (välj text, json, csv, md eller xlsx)" and *out untouched. */
int render_format_parse(const char *name, enum render_format *out, struct err *err);

/* 1 when format f writes bytes that are not text (XLSX), which a terminal
 * cannot show; 0 otherwise. */
int render_format_binary(enum render_format f);

/* Writes d in format f to out; d is not changed. Returns 0, or -1 with a
 * message when out cannot be written or the document cannot be expressed
 * in the format (JSON or XLSX of text that is not UTF-8); output may then
 * be partial, except for JSON and XLSX, which write nothing on such an
 * error. */
int render_doc(const struct doc *d, enum render_format f, FILE *out, struct err *err);

#endif
