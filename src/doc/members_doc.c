/*
 * members_doc.c: the association's members as a document, each with its
 * kind and its key for sharing the grant.
 */
#include "doc/reports.h"

static void kind_cell(struct doc_row *r, size_t col, const void *at, const void *ctx)
{
	static const char *const kinds[] = { "stat", "region", "kommun" };

	doc_cell_text(r, col, kinds[*(const enum member_kind *)at], NULL);
}

static const struct doc_col member_cols[] = {
	{ .key = "id", .title = "Id", .kind = DOC_KIND_INT, DOC_AT(struct member, id) },
	{ .key = "name", .title = "Medlem", .kind = DOC_KIND_TEXT, DOC_AT(struct member, name) },
	{ .key = "kind", .title = "Typ", .kind = DOC_KIND_TEXT, DOC_GET(kind_cell, struct member, kind) },
	{ .key = "key", .title = "Fördelningsnyckel", .kind = DOC_KIND_INT, .in = DOC_IN_COUNT,
	  DOC_AT(struct member, key) },
};

struct doc *doc_members(const struct association *a, const struct member *m, size_t n)
{
	struct doc *d = doc_new("Medlemmar");
	struct doc_table *t;

	doc_report_titles(d, a);
	t = doc_table_from(d, NULL, DOC_TABLE_RECORDS, "members", NULL, member_cols, DOC_N(member_cols),
			   DOC_FOR_BOTH);
	doc_records(t, m, n, sizeof(m[0]));
	return d;
}
