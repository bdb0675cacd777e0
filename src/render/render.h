/*
 * render.h: the renderers. One per format, each walking the document tree
 * and writing it to a stream; they know nothing of the domain.
 */
#ifndef FINSAM_RENDER_RENDER_H
#define FINSAM_RENDER_RENDER_H

#include <stdio.h>

struct doc;
struct err;

enum render_format { RENDER_TEXT, RENDER_MD, RENDER_CSV, RENDER_JSON };

/* "text", "md", "csv", "json"; -1 with a message otherwise. */
int render_format_parse(const char *name, enum render_format *out, struct err *err);

/* Writes d in format f to out. Returns 0, or -1 with a message. */
int render_doc(const struct doc *d, enum render_format f, FILE *out, struct err *err);

#endif
