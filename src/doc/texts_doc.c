/*
 * texts_doc.c: the texts of a published document's sections for programs:
 * each section's Markdown as the document shows it (the users' own, or the
 * text that states its figures), by the section's key.
 */
#include "doc/reports.h"

struct doc_table *doc_texts_table(struct doc *d)
{
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_FIGURES, "texts", NULL, 1);

	t->machine_only = 1;
	doc_column_set(t, 0, "text", "Text", 0);
	return t;
}

void doc_texts_add(struct doc_table *t, const char *section, const char *markdown)
{
	if (t)
		doc_cell_text(doc_row_add(t, section, section, DOC_ROW_NORMAL), 0, markdown, NULL);
}
