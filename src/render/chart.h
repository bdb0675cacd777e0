/*
 * chart.h: drawing a chart (a figures table whose chart is not
 * DOC_CHART_NONE) with cairo and pango, for the renderers that draw: the
 * PDF puts it on its page as vectors, the HTML into an inline SVG. Also the
 * text setup both share, so a chart and the page around it use one font
 * with the same metrics. Seen only inside render/.
 */
#ifndef FINSAM_RENDER_CHART_H
#define FINSAM_RENDER_CHART_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "doc/doc.h"

/* The house font, from the Debian package fonts-dejavu-core. Its figures
 * are all one width, so columns of amounts line up without a feature. */
#define CHART_FONT "DejaVu Sans"

/* A pango context for drawing on cr: metrics unhinted and glyphs placed
 * unrounded, as vector output wants, so what is measured is what is drawn.
 * The caller releases it with g_object_unref. */
PangoContext *chart_context(cairo_t *cr);

/* A layout of text (NULL: "") in the house font at size (in cr's units),
 * bold or not, wrapped at width (<= 0: not wrapped). Text that is not
 * valid UTF-8 is shown with replacement characters. The caller releases it
 * with g_object_unref. */
PangoLayout *chart_layout(PangoContext *ctx, const char *text, double size, int bold, double width);

/* The height a chart of t wants when it is w wide. */
double chart_height(const struct doc_table *t, double w);

/* Draws t, a table of d (whose unit the amounts are shown in), as its
 * chart inside the rectangle x, y, w, h of cr: its title, a legend, the
 * bars with an axis of round figures or the pie with each slice's share,
 * and the values. cr's state is as it was afterwards. A chart without a
 * figure to draw says so in its rectangle. */
void chart_draw(const struct doc *d, const struct doc_table *t, cairo_t *cr, double x, double y,
		double w, double h);

/* What t's chart shows, in words, for a reader who cannot see it: the
 * kind of chart, its title and unit, and each category with each series'
 * figure as the tables show them ("Stapeldiagram: Kostnader per år.
 * Belopp i kr. 2024: Insatser 1 200 000, Administration 300 000. ...").
 * Valid UTF-8; the caller frees it. */
char *chart_alt(const struct doc *d, const struct doc_table *t);

#endif
