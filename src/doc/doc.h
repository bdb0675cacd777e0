/*
 * doc.h: a document as a tree, built once from model results and walked by
 * every renderer (text, Markdown, CSV, JSON; later HTML, PDF, XLSX). A
 * document has a title, subtitle lines, metadata for machine output and a
 * list of blocks: sections (with their own blocks), paragraphs and tables.
 * Tables and rows carry machine keys next to their Swedish labels, so the
 * JSON renderer can keep the keys other programs rely on.
 *
 * The tree owns all its strings (copied in); doc_free frees it all.
 */
#ifndef FINSAM_DOC_DOC_H
#define FINSAM_DOC_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

enum doc_unit {
	DOC_UNIT_KR,        /* whole kronor, rounded */
	DOC_UNIT_KR_ORE,    /* kronor and öre */
	DOC_UNIT_TKR        /* thousands, rounded */
};

enum cell_type { CELL_EMPTY, CELL_MONEY, CELL_RATIO, CELL_INT, CELL_TEXT, CELL_DATE };

struct doc_cell {
	enum cell_type type;
	int64_t money;          /* öre */
	int64_t num, den;       /* ratio; den 0 = undefined */
	int64_t i;
	char *text;             /* shown to people */
	char *value;            /* machine value of a text cell, when it differs */
	struct date date;
};

enum row_style {
	ROW_NORMAL,
	ROW_HEADING,            /* a label alone, no figures */
	ROW_SUM,                /* a total, set off */
	ROW_OPTIONAL            /* left out of text when every amount is zero */
};

struct doc_row {
	char *key;              /* machine key; NULL for headings */
	char *label;
	enum row_style style;
	struct doc_cell *cells; /* one per column */
};

struct doc_column {
	char *key;              /* "current", "previous_year", "status" */
	char *header;           /* "2025", "2025-12-31", "Kontroll" */
	int year;               /* the column's year for machine output, 0 when none */
	int no_data;            /* the column has no data: JSON writes null */
	int hidden_in_text;     /* machine-only column */
};

enum table_kind {
	TABLE_FIGURES,          /* row key -> value per column */
	TABLE_RECORDS           /* each row a record named by the column keys */
};

struct doc_table {
	enum table_kind kind;
	int as_list;            /* records read as a list: the first column a tag,
				   the second the item, the others below it */
	int machine_only;       /* for programs (JSON) only, not shown to people */
	int people_only;        /* for people only: left out of JSON */
	char *key;
	char *title;
	struct doc_column *cols;
	size_t n_cols;
	struct doc_row *rows;
	size_t n_rows, cap_rows;
};

enum block_kind { BLOCK_SECTION, BLOCK_PARAGRAPH, BLOCK_TABLE };

struct doc_block {
	enum block_kind kind;
	char *text;                 /* section title or paragraph text */
	struct doc_table *table;
	struct doc_block *children; /* of a section */
	size_t n_children, cap_children;
};

struct doc_meta {
	char *key;
	int is_text;
	int is_ratio;           /* num/den (i and den); den 0 = undefined */
	int is_null;            /* no value: JSON null */
	int64_t i, den;
	char *text;
};

struct doc {
	char *title;
	char **subtitles;
	size_t n_subtitles;
	struct doc_meta *meta;
	size_t n_meta;
	enum doc_unit unit;
	struct doc_block body;      /* a section without a title */
};

struct doc *doc_new(const char *title);
void doc_free(struct doc *d);                     /* doc_free(NULL) does nothing */
void doc_subtitle(struct doc *d, const char *line);
void doc_meta_int(struct doc *d, const char *key, int64_t v);
void doc_meta_text(struct doc *d, const char *key, const char *v);
void doc_meta_ratio(struct doc *d, const char *key, int64_t num, int64_t den);
void doc_meta_null(struct doc *d, const char *key);

/* Adds a section (title may be NULL) to parent (NULL: the document body). */
struct doc_block *doc_section(struct doc *d, struct doc_block *parent, const char *title);
void doc_paragraph(struct doc *d, struct doc_block *parent, const char *text);
/* Adds a table with n_cols value columns; set them with doc_column. */
struct doc_table *doc_table(struct doc *d, struct doc_block *parent, enum table_kind kind,
			    const char *key, const char *title, size_t n_cols);
void doc_column(struct doc_table *t, size_t i, const char *key, const char *header, int year);

/* Adds a row; its cells start empty. key may be NULL. */
struct doc_row *doc_row(struct doc_table *t, const char *key, const char *label,
			enum row_style style);
void doc_cell_money(struct doc_row *r, size_t col, int64_t ore);
void doc_cell_ratio(struct doc_row *r, size_t col, int64_t num, int64_t den);
void doc_cell_int(struct doc_row *r, size_t col, int64_t v);
/* value may be NULL when the machine value is the text itself. */
void doc_cell_text(struct doc_row *r, size_t col, const char *text, const char *value);
void doc_cell_date(struct doc_row *r, size_t col, struct date d);

/* Calls fn for each table of the document in order, sections included. */
void doc_each_table(const struct doc *d, void (*fn)(void *ctx, const struct doc_table *t),
		    void *ctx);

#endif
