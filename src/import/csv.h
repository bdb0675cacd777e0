/*
 * csv.h: reading CSV files as people save them from Excel: UTF-8 (with or
 * without a byte order mark) or Windows-1252, ';' or ',' between fields
 * (decided from the header row), quoted fields with "" for a quote and line
 * breaks inside quotes, CRLF or LF. Streams one row at a time, so memory
 * stays bounded whatever the file's size; all text handed over is UTF-8.
 * A field's leading apostrophe that guards a formula's character (see
 * base/csv_field.h) is taken away, so what finsam writes reads back whole.
 */
#ifndef FINSAM_IMPORT_CSV_H
#define FINSAM_IMPORT_CSV_H

#include <stddef.h>
#include <stdio.h>

struct err;
struct csv_reader;

struct csv_row {
	long line;               /* the line the row starts on, from 1 */
	size_t n;                /* number of fields */
	const char *const *fields;  /* UTF-8, trimmed of surrounding blanks; valid
				       until the next csv_next or csv_close */
};

/* Starts reading f (not owned) and reads the header row. name is used in
 * messages. Returns NULL with a message when the file is empty or the
 * header cannot be read. */
struct csv_reader *csv_open(FILE *f, const char *name, struct err *err);
void csv_close(struct csv_reader *r);    /* csv_close(NULL) does nothing */

/* The header row. */
const struct csv_row *csv_header(const struct csv_reader *r);
/* The column whose header is `name`, compared without regard to case
 * (also for å ä ö), or -1. */
int csv_column(const struct csv_reader *r, const char *name);
/* 1 when the file was read as Windows-1252. */
int csv_is_cp1252(const struct csv_reader *r);
char csv_separator(const struct csv_reader *r);

/* Reads the next row that is not empty. Returns 1 with *row filled, 0 at
 * the end of the file, or -1 with a message naming the line (an unclosed
 * quote, text after a closing quote, invalid UTF-8 in a UTF-8 file, a row
 * longer than 1 MiB). */
int csv_next(struct csv_reader *r, struct csv_row *row, struct err *err);

/* Lower-cases UTF-8 text in place for comparisons: A–Z and Å Ä Ö É Ü. */
void csv_fold(char *s);

#endif
