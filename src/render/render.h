/*
 * render.h: the renderers. One per format, each walking the document tree
 * and writing it to a stream; they know nothing of the domain, only the
 * tree (doc/doc.h). Text and Markdown are for people, CSV for spreadsheets,
 * JSON for other programs, HTML for the browser and the web pages, PDF for
 * printing and signing, XLSX a workbook for Excel and LibreOffice.
 */
#ifndef FINSAM_RENDER_RENDER_H
#define FINSAM_RENDER_RENDER_H

#include <stdio.h>

struct doc;
struct err;

enum render_format { RENDER_TEXT, RENDER_MD, RENDER_CSV, RENDER_JSON, RENDER_HTML, RENDER_PDF,
		     RENDER_XLSX };

/* Sets *out to the format named "text", "json", "csv", "md", "html",
 * "pdf" or "xlsx" (exactly so written). Returns 0, or -1 with the message
 * "okänt format 'NAME' (välj text, json, csv, md, html, pdf eller xlsx)"
 * and *out untouched. */
int render_format_parse(const char *name, enum render_format *out, struct err *err);

/* 1 when format f writes bytes that are not text (PDF, XLSX), which a
 * terminal cannot show; 0 otherwise. */
int render_format_binary(enum render_format f);

/* Writes d in format f to out; d is not changed. Returns 0, or -1 with a
 * message when out cannot be written or the document cannot be expressed
 * in the format (JSON or XLSX of text that is not UTF-8); output may then
 * be partial, except for JSON and XLSX, which write nothing on such an
 * error. */
int render_doc(const struct doc *d, enum render_format f, FILE *out, struct err *err);

/* Counts the pages of the n bytes of a PDF (one to append to a document,
 * see doc_appendix_set): 0, or -1 with a Swedish message when it is not a
 * PDF that can be read. */
int render_pdf_pages(const void *pdf, size_t n, int *pages, struct err *err);

/* The HTML document without <html>, <head> and <body>: a <div
 * class="finsam-doc"> for a web page to embed, styled by
 * render_html_css(). Same contract as render_doc. */
int render_html_body(const struct doc *d, FILE *out, struct err *err);

/* The same body for a page that has its own <h1>: the document's title is
 * headed at level top (2 under a page's <h1>), its sections under it, so
 * the page keeps one <h1> and its headings in order. render_html_body is
 * render_html_embed at level 1. */
int render_html_embed(const struct doc *d, int top, FILE *out, struct err *err);

/* The style sheet of the HTML format, for a web page to link or embed:
 * render_html_css for the screen and render_html_print_css (after it)
 * for A4 paper; static text, never freed. */
const char *render_html_css(void);
const char *render_html_print_css(void);

/* Lets go of what the font and drawing libraries keep for the whole
 * process once PDF or HTML with charts has been made (the fonts found,
 * their caches), so that a leak checker at exit sees only real leaks. Call
 * it at exit; rendering after it works, and builds the caches anew. */
void render_release(void);

#endif
