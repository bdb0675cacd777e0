/*
 * accounts_doc.c: the chart of accounts as a document: each account with
 * the statement line it lands on, and the ranges of the map that put it
 * there.
 */
#include <stdio.h>

#include "doc/reports.h"

static void line_label(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_text(r, col, stmt_line_label(*(const enum stmt_line *)at), NULL);
}

static void line_key(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	doc_cell_text(r, col, stmt_line_key(*(const enum stmt_line *)at), NULL);
}

static const struct doc_col account_cols[] = {
	{ .key = "account", .title = "Konto", .kind = DOC_KIND_TEXT, DOC_AT(struct account_line, number) },
	{ .key = "name", .title = "Namn", .kind = DOC_KIND_TEXT, DOC_GET(doc_get_string, struct account_line, name) },
	{ .key = "line_label", .title = "Rad", .kind = DOC_KIND_TEXT, DOC_GET(line_label, struct account_line, line) },
	{ .key = "line", .title = "Radnyckel", .kind = DOC_KIND_TEXT, DOC_GET(line_key, struct account_line, line) },
};

/* A range of the map, its numbers written out. */
struct range_row {
	char range[32];
	enum stmt_line line;
};

static const struct doc_col range_cols[] = {
	{ .key = "range", .title = "Konton", .kind = DOC_KIND_TEXT, DOC_AT(struct range_row, range) },
	{ .key = "line_label", .title = "Rad", .kind = DOC_KIND_TEXT, DOC_GET(line_label, struct range_row, line) },
	{ .key = "line", .title = "Radnyckel", .kind = DOC_KIND_TEXT, DOC_GET(line_key, struct range_row, line) },
};

struct doc *doc_accounts(const struct association *a, const struct account_line *accounts,
			 size_t n, const struct account_map *map, int map_is_default)
{
	struct doc *d = doc_new("Kontoplan och rader i rapporterna");
	struct doc_table *t;
	size_t i;

	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "accounts", "Konton", account_cols, DOC_N(account_cols),
			   DOC_FOR_BOTH);
	for (i = 0; i < n; i++)
		doc_row_record(t, accounts[i].number, accounts[i].name, DOC_ROW_NORMAL, &accounts[i]);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "map",
			   map_is_default ? "Kontointervall (standard, BAS)" : "Kontointervall", range_cols,
			   DOC_N(range_cols), DOC_FOR_BOTH);
	for (i = 0; i < map->n; i++) {
		struct range_row rr = { .line = map->ranges[i].line };

		snprintf(rr.range, sizeof(rr.range), "%04d-%04d", map->ranges[i].from, map->ranges[i].to);
		doc_row_record(t, rr.range, rr.range, DOC_ROW_NORMAL, &rr);
	}
	doc_meta_int(d, "default_map", map_is_default);
	return d;
}
