/*
 * doc.h: a document as a tree, built once from model results and walked by
 * every renderer (text, Markdown, CSV, JSON; later HTML, PDF, XLSX and
 * charts). A document has a title, subtitle lines, metadata for machine
 * output, a unit for amounts, a note on rounding and a body of blocks:
 * sections (titled, nesting), paragraphs of plain text and tables. Tables,
 * columns and rows carry machine keys beside their Swedish labels, so the
 * JSON renderer can keep the keys other programs rely on, while people read
 * the labels. The tree knows no output format.
 *
 * A report declares each table once, as a list of columns (struct doc_col:
 * key, title, kind, unit, whom it is for, where a record holds the value);
 * the table people read, the records programs read and every renderer use
 * that one declaration (see "Declared columns" below). Each report has its
 * own file in doc/ (statements_doc.c, budget_doc.c, ...), declared in
 * reports.h; the sums it shows are computed in model/, and doc/ only lays
 * them out.
 *
 * The tree owns everything in it: strings are copied in, and doc_free frees
 * the whole. Pointers returned by the builders (sections, tables, rows) stay
 * valid until doc_free, however many blocks or rows are added after them.
 * Indexes out of range are programming errors: they trip an assertion in
 * debug builds and are ignored otherwise.
 */
#ifndef FINSAM_DOC_DOC_H
#define FINSAM_DOC_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/money.h"

/* How amounts are shown to people; machine output is always exact öre. */
enum doc_unit {
	DOC_UNIT_KR,        /* whole kronor, rounded: "1 468 000" */
	DOC_UNIT_KR_ORE,    /* kronor and öre: "1 468 000,50" */
	DOC_UNIT_TKR        /* thousands, rounded: "1 468" */
};

enum doc_cell_type {
	DOC_CELL_EMPTY,     /* nothing: blank for people, null for programs */
	DOC_CELL_MONEY,     /* money, öre */
	DOC_CELL_RATIO,     /* num / den, den 0 = undefined */
	DOC_CELL_INT,
	DOC_CELL_TEXT,
	DOC_CELL_DATE
};

struct doc_cell {
	enum doc_cell_type type;
	int64_t money;          /* DOC_CELL_MONEY: öre */
	int64_t num, den;       /* DOC_CELL_RATIO */
	int64_t i;              /* DOC_CELL_INT */
	char *text;             /* DOC_CELL_TEXT: what people read */
	char *value;            /* DOC_CELL_TEXT: what programs read, when it
				   differs from text ("failed" for "fel"); else NULL */
	struct date date;       /* DOC_CELL_DATE */
	char *href;             /* where the cell leads, for the formats that
				   have links (HTML: a local path); else NULL */
	char *spoken;           /* words that finish the text for those who hear
				   the page read ("Utbildningsdag" after "Ändra"),
				   hidden from sight in HTML; the other formats
				   leave them out. NULL: none */
	char *id;               /* the cell's name in a page, for the formats
				   that have anchors (HTML: the id of its link, or
				   of its text); else NULL */
};

enum doc_row_style {
	DOC_ROW_NORMAL,
	DOC_ROW_HEADING,        /* a label on its own line, no figures */
	DOC_ROW_SUM,            /* a total, set off from the rows above */
	DOC_ROW_OPTIONAL        /* left out for people when every cell is empty
				   or an amount of zero */
};

struct doc_col;

struct doc_row {
	char *key;              /* machine key; NULL for headings */
	char *label;            /* Swedish label ("Verksamhetens intäkter") */
	enum doc_row_style style;
	struct doc_cell *cells; /* n_cells of them, one per column */
	size_t n_cells;
	char *id;               /* the row's name in a page, for the formats that
				   have anchors (HTML: the row's id); else NULL */
	const struct doc_col *decl; /* the declared column this row lays out
				   (doc_rows_from); else NULL */
};

/* ---- Declared columns ---------------------------------------------------
 * A report declares each of its tables once, as a static const array of
 * struct doc_col: per column the machine key, the Swedish title, the kind
 * of its cells, what its figures count, whom it is for and where a record
 * holds its value. doc_table_from makes a table of the columns meant for
 * its readers, doc_row_record fills a row from one record and doc_records
 * a row per record, so that the table people read and the records
 * programs read (a report's machine-only table) are made from the same
 * declaration and the same rows. The renderers read a column's kind and
 * unit where they need them (the alignment of figures).
 *
 * A declaration can also lay out the rows of a figures table whose
 * columns are records, a year in each (the statements, the five-year
 * overview): doc_rows_from adds a row per declared column, titled by it,
 * and doc_column_record fills one column of those rows from a record. */

/* What a column's cells hold. */
enum doc_kind {
	DOC_KIND_NONE,          /* nothing: a heading among declared rows */
	DOC_KIND_MONEY,         /* an amount, öre (int64_t) */
	DOC_KIND_INT,           /* an integer (int64_t or int) */
	DOC_KIND_RATIO,         /* a ratio (struct ratio: num / den) */
	DOC_KIND_TEXT,          /* a text (a char array, or a pointer; NULL: empty) */
	DOC_KIND_DATE,          /* a date (struct date; unset: empty) */
	DOC_KIND_COUNT          /* a protected count of people: a number, "<5" or
				   "x" (set by the column's getter) */
};

/* What a column's figures are counted in. Kronor follow the document's
 * unit (kr, kr and öre, tkr); programs always read öre. */
enum doc_in {
	DOC_IN_NONE,            /* not figures, or figures of no unit (a year, an id) */
	DOC_IN_KRONOR,
	DOC_IN_PERSONS,
	DOC_IN_COUNT,           /* a number of things (checks, enrolments, answers) */
	DOC_IN_PERCENT
};

/* Whom a declared column, or a table made from a declaration, is for. A
 * table for people leaves out the columns for programs and is left out of
 * JSON; a table for programs leaves out the columns for people and is left
 * out of everything but JSON; a table for both leaves out the columns for
 * people and shows programs' columns only to programs (hidden_in_text). */
enum doc_for { DOC_FOR_BOTH, DOC_FOR_PEOPLE, DOC_FOR_PROGRAMS };

/* How a record holds a column's value; set by DOC_AT from the member's type. */
enum doc_store { DOC_STORE_NONE, DOC_STORE_I64, DOC_STORE_INT, DOC_STORE_CHARS, DOC_STORE_STR, DOC_STORE_DATE,
		 DOC_STORE_RATIO };

struct doc_col {
	const char *key;        /* machine key ("budget"); NULL: none */
	const char *title;      /* Swedish header ("Budget"), or the row's label
				   when the declaration lays out rows */
	enum doc_kind kind;
	enum doc_in in;
	enum doc_for who;
	enum doc_row_style style; /* the row's style when it lays out rows */
	size_t at;              /* where a record holds the value (DOC_AT) */
	enum doc_store store;   /* how it holds it; DOC_STORE_NONE: nowhere */
	/* Sets cell col of r when the value is worked out rather than read
	 * (a label beside its key, a name looked up): from the record's
	 * member at offset at (0: the whole record) and ctx, the table's
	 * (doc_table_context). */
	void (*get)(struct doc_row *r, size_t col, const void *at, const void *ctx);
};

/* ".at" and ".store" of a column whose value is member of struct type: an
 * int64_t, an int, a char array, a char pointer, a struct date or a struct
 * ratio (any other type does not compile: give it a getter). */
#define DOC_AT(type, member) .at = offsetof(type, member), .store = DOC_STORE_OF(((type *)0)->member)
#define DOC_STORE_OF(x)                                                                               \
	_Generic((x), char *: _Generic(&(x), char **: DOC_STORE_STR, default: DOC_STORE_CHARS),      \
		 const char *: _Generic(&(x), const char **: DOC_STORE_STR, default: DOC_STORE_CHARS), \
		 int64_t: DOC_STORE_I64, int: DOC_STORE_INT, struct date: DOC_STORE_DATE,              \
		 struct ratio: DOC_STORE_RATIO)

/* The two most common columns: an amount in kronor and a text, each a
 * member of struct type, for people and programs. */
#define DOC_MONEY(k, label, type, member)                                                          \
	{ .key = k, .title = label, .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, DOC_AT(type, member) }
#define DOC_TEXT(k, label, type, member) { .key = k, .title = label, .kind = DOC_KIND_TEXT, DOC_AT(type, member) }
/* An amount as a row of a figures table laid out from a declaration
 * (doc_rows_from), with the row's style. */
#define DOC_MONEY_ROW(k, label, st, type, member)                                                  \
	{ .key = k, .title = label, .kind = DOC_KIND_MONEY, .in = DOC_IN_KRONOR, .style = st,      \
	  DOC_AT(type, member) }

/* ".get" and ".at" of a column worked out by fn from member of struct type. */
#define DOC_GET(fn, type, member) .get = fn, .at = offsetof(type, member)

/* The number of entries of a declaration (a static array). */
#define DOC_N(a) (sizeof(a) / sizeof((a)[0]))

struct doc_column {
	char *key;              /* "current", "previous_year", "status" */
	char *header;           /* "2024", "2024-12-31", "Resultat" */
	int year;               /* the column's year for machine output, 0 when none */
	int no_data;            /* nothing to show: left out for people, null in JSON */
	int hidden_in_text;     /* for programs only: left out of text and Markdown */
	int people_only;        /* for people only: left out of JSON and CSV
				   (a note's number beside a statement line) */
	enum doc_kind kind;     /* what its cells hold: DOC_KIND_NONE when the
				   table was not made from a declaration */
	enum doc_in in;         /* what its figures count */
	const struct doc_col *decl; /* its declaration (doc_table_from); else NULL */
};

enum doc_table_kind {
	DOC_TABLE_FIGURES,      /* row key -> one value per column (the statements) */
	DOC_TABLE_RECORDS       /* each row a record, cells named by column keys */
};

/* How people see a records table: a grid, or a list of items, each with a
 * tag in brackets and the other columns below it ("[FEL] Balansräkningen
 * balanserar" and the detail indented under it). */
enum doc_layout { DOC_LAYOUT_GRID, DOC_LAYOUT_LIST };

/* A table can be drawn as a chart where a renderer can draw (HTML, PDF);
 * the others show its figures as a table, or leave it out (CSV, JSON). A
 * chart's table is a figures table: its rows are the categories (the row
 * label names one) and its columns the series (the header names one). */
enum doc_chart {
	DOC_CHART_NONE,
	DOC_CHART_BARS,         /* bars per category, the series side by side */
	DOC_CHART_STACKED,      /* one bar per category, the series stacked */
	DOC_CHART_PIE,          /* the first column's shares, a slice per row */
	DOC_CHART_MATRIX        /* a risk matrix: rows probability 4..1 (keys
				   "4".."1"), columns consequence 1..4 (keys
				   "1".."4"), each cell a text (the risks'
				   numbers) on the colour of its score */
};

struct doc_table {
	enum doc_table_kind kind;
	char *key;              /* machine key ("income_statement"); may be NULL */
	char *title;            /* Swedish title ("Resultaträkning"); may be NULL */
	struct doc_column *cols;
	size_t n_cols;
	struct doc_row **rows;
	size_t n_rows, cap_rows;
	enum doc_layout layout;
	size_t list_tag;        /* DOC_LAYOUT_LIST: the column shown as the tag */
	size_t list_item;       /* DOC_LAYOUT_LIST: the column shown beside it */
	int machine_only;       /* for programs (JSON) only: left out of text,
				   Markdown and the spreadsheet (CSV) */
	int people_only;        /* for people only: left out of JSON */
	enum doc_chart chart;   /* drawn as a chart: see enum doc_chart */
	const void *ctx;        /* what the declaration's getters receive
				   (doc_table_context) */
};

enum doc_block_kind { DOC_BLOCK_SECTION, DOC_BLOCK_PARAGRAPH, DOC_BLOCK_TABLE };

struct doc_block {
	enum doc_block_kind kind;
	char *text;                  /* section title (may be NULL) or paragraph text */
	struct doc_table *table;     /* DOC_BLOCK_TABLE */
	struct doc_block **children; /* DOC_BLOCK_SECTION: its blocks in order */
	size_t n_children, cap_children;
	int new_page;                /* DOC_BLOCK_SECTION: starts a page where there are pages */
};

/* A metadata value for programs: DOC_CELL_EMPTY is null. */
struct doc_meta {
	char *key;
	struct doc_cell value;
};

/* Whether a document was checked before it was written. The published
 * documents (annual report, interim report, plan) are written only when
 * every check of their year holds (DOC_FINAL), or on request as a draft
 * (DOC_DRAFT) that carries DOC_DRAFT_MARK on every page, in its title
 * where it has one, and "draft": true for programs; other documents are
 * DOC_UNCHECKED and say nothing of it. */
enum doc_status { DOC_UNCHECKED = 0, DOC_FINAL, DOC_DRAFT };

#define DOC_DRAFT_MARK "UTKAST – kontrollen visar fel"

/* A check that failed, named in a draft. */
struct doc_failing {
	char *id;                    /* the check's key ("balance_sheet") */
	char *title;                 /* Swedish ("Balansräkningen balanserar") */
};

struct doc {
	char *title;
	char **subtitles;
	size_t n_subtitles;
	struct doc_meta *meta;
	size_t n_meta, cap_meta;
	enum doc_unit unit;
	char *note;                  /* how the amounts are rounded, for people; may be NULL */
	struct doc_block body;       /* a section without a title */
	enum doc_status status;
	struct doc_failing *failing; /* DOC_DRAFT: the checks that fail */
	size_t n_failing, cap_failing;
	char *appendix_name;         /* a PDF that follows the document in the
					formats with pages (the auditors' report):
					its name, or NULL */
	unsigned char *appendix;     /* its bytes */
	size_t n_appendix;
};

/* A new empty document with a title (may be NULL), amounts in whole kronor.
 * The caller frees it with doc_free. */
struct doc *doc_new(const char *title);
/* Frees d and everything in it; doc_free(NULL) does nothing. */
void doc_free(struct doc *d);

/* Adds a line under the title (the association's name, "Org.nr ..."). */
void doc_subtitle_add(struct doc *d, const char *line);
/* Removes the title and the subtitles: for a page that has its own
 * heading and shows the document's tables under it. */
void doc_untitle(struct doc *d);
/* Sets the unit amounts are shown in to people. */
void doc_unit_set(struct doc *d, enum doc_unit unit);
/* Sets the note on rounding that people read after the document (replacing
 * any earlier one; NULL removes it). Programs get exact amounts and no note. */
void doc_note_set(struct doc *d, const char *text);

/* Appends the n bytes of the PDF named name after d where there are
 * pages (the PDF renderer adds its pages; the other formats leave it
 * out, so the document says where it is). Copied; replaces any earlier. */
void doc_appendix_set(struct doc *d, const char *name, const void *pdf, size_t n);

/* Marks d as checked: final, or a draft (DOC_DRAFT) to which the failing
 * checks are added with doc_failing_add (id and title are copied). */
void doc_status_set(struct doc *d, enum doc_status status);
void doc_failing_add(struct doc *d, const char *id, const char *title);
/* The failing checks' titles joined by ", " into buf of n bytes (the
 * titles that do not fit are left out); "" when there are none. */
const char *doc_failing_titles(const struct doc *d, char *buf, size_t n);

/* Metadata for programs, in the order added: "year": 2024, "until":
 * "2025-08-31", a ratio written as a decimal string, or null. */
void doc_meta_int(struct doc *d, const char *key, int64_t v);
void doc_meta_text(struct doc *d, const char *key, const char *v);
void doc_meta_ratio(struct doc *d, const char *key, int64_t num, int64_t den);
void doc_meta_null(struct doc *d, const char *key);

/* Adds a section with a title (may be NULL) at the end of parent (NULL:
 * the document's body) and returns it, for its own blocks. */
struct doc_block *doc_section_add(struct doc *d, struct doc_block *parent, const char *title);
/* Makes section b start on a new page in the formats that have pages (PDF,
 * HTML when printed). */
void doc_section_new_page(struct doc_block *b);
/* Adds a paragraph of plain text at the end of parent (NULL: the body).
 * A '\n' in text starts a new line; renderers wrap long lines. */
void doc_paragraph_add(struct doc *d, struct doc_block *parent, const char *text);
/* Adds a table with n_cols value columns at the end of parent (NULL: the
 * body) and returns it; key and title may be NULL. A figures table also has
 * its rows' labels as a first column, which is not one of the n_cols. Set
 * the columns with doc_column_set; until then they have no key or header. */
struct doc_table *doc_table_add(struct doc *d, struct doc_block *parent, enum doc_table_kind kind,
				const char *key, const char *title, size_t n_cols);
/* Adds a chart: a figures table (people only, left out of CSV) with
 * n_series columns, one row per category added with doc_row_add and its
 * cells set as integers or money. */
struct doc_table *doc_chart_add(struct doc *d, struct doc_block *parent, enum doc_chart kind,
				const char *key, const char *title, size_t n_series);
/* Names column i (< n_cols): machine key, Swedish header, and the year it
 * stands for in machine output (0: none). */
void doc_column_set(struct doc_table *t, size_t i, const char *key, const char *header, int year);
/* Lays a records table out for people as a list: column tag in brackets,
 * column item beside it, the other visible columns indented below. */
void doc_table_list(struct doc_table *t, size_t tag, size_t item);

/* Adds a table made from the declaration cols (n of them) at the end of
 * parent (NULL: the body), for who: its columns are those of cols meant for
 * who (see enum doc_for) in their order, each with its key, title, kind and
 * unit; declared headings (DOC_KIND_NONE) are left out. A table for people
 * is people_only, one for programs machine_only. cols must outlive the
 * table (a static array). */
struct doc_table *doc_table_from(struct doc *d, struct doc_block *parent, enum doc_table_kind kind,
				 const char *key, const char *title, const struct doc_col *cols, size_t n,
				 enum doc_for who);
/* Sets what the getters of t's declaration receive as ctx (NULL at first);
 * ctx must stay valid while rows are added. */
void doc_table_context(struct doc_table *t, const void *ctx);
/* The index of the first column of t keyed key, or t->n_cols when none is. */
size_t doc_column_index(const struct doc_table *t, const char *key);
/* Gives the column of t keyed key a header and year that depend on the
 * data ("Budget 2025", "Bokfört 2025-08-31"); nothing when none is keyed
 * key. */
void doc_column_title(struct doc_table *t, const char *key, const char *header, int year);
/* Adds a row to t, a table made by doc_table_from, and fills each of its
 * columns from the record rec as the declaration says. */
struct doc_row *doc_row_record(struct doc_table *t, const char *key, const char *label,
			       enum doc_row_style style, const void *rec);
/* Adds a row per record of recs (n records of size bytes each), without
 * key or label: the records of a records table. */
void doc_records(struct doc_table *t, const void *recs, size_t n, size_t size);
/* Adds to the figures table t a row per entry of the declaration rows (n
 * of them) that is not for programs only: its key, its title as the label
 * and its style; an entry of kind DOC_KIND_NONE is a heading. rows must
 * outlive t. */
void doc_rows_from(struct doc_table *t, const struct doc_col *rows, size_t n);
/* Fills column col of the rows doc_rows_from added to t from the record
 * rec, each row's value as its entry says. */
void doc_column_record(struct doc_table *t, size_t col, const void *rec);

/* A getter of a char * member that reads NULL as "" (DOC_AT leaves the
 * cell empty). */
void doc_get_string(struct doc_row *r, size_t col, const void *at, const void *ctx);

/* Adds a row at the end of t and returns it; every cell starts empty. key
 * may be NULL (headings and records need none); label may be NULL. */
struct doc_row *doc_row_add(struct doc_table *t, const char *key, const char *label,
			    enum doc_row_style style);

/* Set the cell in column col (< the table's n_cols) of r. */
void doc_cell_money(struct doc_row *r, size_t col, int64_t ore);
void doc_cell_ratio(struct doc_row *r, size_t col, int64_t num, int64_t den);
void doc_cell_int(struct doc_row *r, size_t col, int64_t v);
/* text (NULL: "") is what people read; value, when not NULL, is what
 * programs read instead ("failed" beside "fel"). */
void doc_cell_text(struct doc_row *r, size_t col, const char *text, const char *value);
void doc_cell_date(struct doc_row *r, size_t col, struct date d);
/* Makes the cell in column col of r (set before) lead to href, a local
 * path ("/bokforing/ver/12?year=2024"): a link in HTML; the other formats
 * show the cell as it is. */
void doc_cell_link(struct doc_row *r, size_t col, const char *href);
/* A text cell that links to href (a local path, such as a record's own
 * page): doc_cell_text, then doc_cell_link. */
void doc_cell_text_link(struct doc_row *r, size_t col, const char *text, const char *href);
/* An action of a record in a page: a text cell ("Ändra") that links to
 * href, with the words about (NULL: none) that a screen reader reads
 * after it ("Utbildningsdag"; see struct doc_cell's spoken) and an id
 * (NULL: none) for the link. */
void doc_cell_action(struct doc_row *r, size_t col, const char *text, const char *href, const char *about,
		     const char *id);
/* Names the cell in column col of r (set before), or r itself, for the
 * formats that have anchors: a page's tests and links find them by it.
 * The caller keeps the names unique in the page. */
void doc_cell_id(struct doc_row *r, size_t col, const char *id);
void doc_row_id(struct doc_row *r, const char *id);

/* Moves the body of src under parent of d (NULL: the body), with src's
 * metadata, the subtitles d does not have (as paragraphs before it) and its
 * note (as a paragraph after it), and frees the rest of src. With
 * a prefix, the machine keys move under it: table keys, the further
 * columns of figures tables and metadata become "prefix.key", so that the
 * JSON of src appears as one object named prefix. */
void doc_graft(struct doc *d, struct doc_block *parent, struct doc *src, const char *prefix);

/* Calls fn for each table of d in document order, those in sections
 * included. */
void doc_each_table(const struct doc *d, void (*fn)(void *ctx, const struct doc_table *t),
		    void *ctx);

#endif
