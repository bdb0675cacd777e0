/*
 * pdf_finish.h: the last pass over a PDF cairo has written, through libqpdf.
 * cairo 1.16 (Debian 12's) can leave a cross-reference table that points at
 * objects it never wrote, and it cannot set the catalog entries a tagged
 * PDF needs nor a figure's alternative text. This pass reads cairo's file,
 * keeps every page, link, bookmark and structure element, adds what is
 * missing and writes a clean file. Seen only inside render/.
 */
#ifndef FINSAM_RENDER_PDF_FINISH_H
#define FINSAM_RENDER_PDF_FINISH_H

#include <stddef.h>
#include <stdio.h>

struct err;

struct pdf_finish {
	const char *lang;            /* the document's language ("sv-SE") */
	const char *const *alt;      /* the alternative text of each Figure element,
					in document order (valid UTF-8) */
	size_t n_alt;
	const char *append;          /* a PDF whose pages follow, or NULL */
	size_t n_append;
};

/* Reads the n bytes of pdf and counts its pages into *pages: 0, or -1
 * with a Swedish message when it is not a PDF qpdf can read. */
int pdf_pages(const char *pdf, size_t n, int *pages, struct err *err);

/* Reads the n bytes of pdf, sets the catalog's /Lang, /MarkInfo (marked)
 * and /ViewerPreferences (the title shown, not the file name), gives the
 * structure tree's Figure elements their /Alt and the header cells of its
 * tables their scope, and writes the whole file to out with a new
 * cross-reference table, with the pages of f->append (when set) after its
 * own. Objects that nothing refers to are left out; the
 * file's ID is computed from its content, so the same input gives the same
 * output. Returns 0, or -1 with a message in err. */
int pdf_finish_write(const char *pdf, size_t n, const struct pdf_finish *f, FILE *out, struct err *err);

#endif
