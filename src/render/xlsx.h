/*
 * xlsx.h: what the XLSX renderer shows beyond render_doc, for its tests:
 * how a table's title becomes the name of its worksheet. The renderer
 * itself is reached through render_doc (render/render.h).
 */
#ifndef FINSAM_RENDER_XLSX_H
#define FINSAM_RENDER_XLSX_H

#include <stddef.h>

/* The most characters Excel allows in a worksheet's name, and room enough
 * in bytes for any name xlsx_sheet_name makes (UTF-8, NUL included). */
#define XLSX_SHEET_CHARS    31
#define XLSX_SHEET_NAME_MAX (XLSX_SHEET_CHARS * 4 + 1)

/* Makes a worksheet name Excel accepts from title and writes it to buf (n
 * bytes, XLSX_SHEET_NAME_MAX is enough): each of [ ] becomes ( ), each of
 * : * ? / \ a '-' (": " after a word " - "), control characters blanks; blanks and apostrophes are
 * trimmed from both ends; the name is cut to XLSX_SHEET_CHARS characters
 * (never inside one). An empty result, a NULL title or one that is not
 * UTF-8 gives fallback instead. When the name equals one of used[0..n_used)
 * as Excel compares them (ignoring the case of ASCII and Latin-1 letters,
 * so "år" equals "ÅR"), or is Excel's reserved "History", " (2)", " (3)"
 * ... is added, the name cut shorter to make room. Returns buf. */
char *xlsx_sheet_name(char *buf, size_t n, const char *title, const char *fallback,
		      const char *const *used, size_t n_used);

#endif
