/*
 * csv_import.h: the one frame of finsam's all-or-nothing CSV imports (the
 * participant lists, the survey answers, the budget), seen only by the
 * files of app/. An import declares its columns and what one row does; the
 * frame opens the file, finds the columns by their headers, runs every row
 * in one transaction, collects each bad row with its line and stores
 * nothing unless every row was good.
 */
#ifndef FINSAM_APP_CSV_IMPORT_H
#define FINSAM_APP_CSV_IMPORT_H

#include <stddef.h>

struct err;
struct store;
struct app_import_errors;

/* How many bad rows the message in err lists (the command line shows it);
 * the rest are counted, and all of them reach app_import_errors. */
#define APP_CSV_ERRORS_LISTED 25

/* One column of an import's file, found by its header. */
struct app_csv_col {
	const char *name;     /* the header's name, compared as csv_column does */
	const char *alt;      /* another header it may have ("1" or "inte alls"), or NULL; a
				 missing column's message shows it in parentheses */
	int required;         /* a file without the column is refused before any row */
	const char *hint;     /* words after the missing column's message, such as
				 "(eller ange året)", or NULL */
};

/* An import: the file, its columns and what each row does. */
struct app_csv_import {
	const char *file;
	const struct app_csv_col *cols;
	size_t n_cols;
	/* Checks and stores one row, inside the import's transaction. v[i] is
	 * the value of cols[i] ("" when the file has no such column or the row
	 * is short), line the row's line in the file. Returns 0, or -1 with
	 * the reason in err (without file and line: the frame adds them). A
	 * bad row does not stop the import: the next rows are still checked,
	 * so that every bad row is listed. */
	int (*row)(void *ctx, const char *const *v, long line, struct err *err);
	/* Runs when every row was good, in the same transaction before it is
	 * committed (NULL: nothing); -1 with a message refuses the whole file. */
	int (*finish)(void *ctx, struct err *err);
	void *ctx;
	int cp1252;           /* OUT: the file was read as Windows-1252 */
};

/* Runs the import im on st: all rows stored or none. A bad row is listed
 * in err's message as "FILE, rad L: reason" (the first
 * APP_CSV_ERRORS_LISTED of them, under "N rader i FILE är felaktiga;
 * ingenting sparades:") and, when rows is not NULL, added to rows with its
 * line. A missing column, a file that cannot be opened or read, or a
 * failing finish is the whole message. Returns 0 when everything was
 * stored, else -1 with nothing stored. */
int app_csv_import(struct store *st, struct app_csv_import *im, struct app_import_errors *rows, struct err *err);

#endif
