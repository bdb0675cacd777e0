/*
 * draft.c: the gate of the published documents. The annual report, the
 * interim report and the plan are written only when every check of their
 * year holds; while one fails they are refused, or written on request as a
 * draft that says so on every page. The command line and the web call the
 * same gate, so neither can publish a document that contradicts itself.
 */
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "doc/doc.h"
#include "store/store.h"

int app_document_checks(struct store *st, int year, struct check_report *out, int *checked_year,
			struct err *err)
{
	struct fiscal_year *years = NULL;
	size_t n = 0, i;
	int pick = 0;

	memset(out, 0, sizeof(*out));
	*checked_year = 0;
	if (store_year_list(st, &years, &n, err) < 0)
		return -1;
	/* The year's own books, or the latest before it: a plan or an
	 * interim report ahead of its books rests on those. */
	for (i = 0; i < n; i++) {
		int label = fiscal_year_label(&years[i]);

		if (label <= year && label > pick)
			pick = label;
	}
	free(years);
	if (!pick)
		return 0;
	if (app_check(st, pick, out, err) < 0)
		return -1;
	*checked_year = pick;
	return 0;
}

int app_document_gate(struct store *st, int year, int draft, struct doc *d, struct check_report *out,
		      int *checked_year, struct err *err)
{
	size_t i;

	if (app_document_checks(st, year, out, checked_year, err) < 0)
		return -1;
	if (out->failures == 0) {
		doc_status_set(d, DOC_FINAL);
		return 0;
	}
	if (!draft)
		return APP_REFUSED;
	doc_status_set(d, DOC_DRAFT);
	for (i = 0; i < out->n; i++)
		if (out->items[i].status == CHECK_FAILED)
			doc_failing_add(d, out->items[i].id, out->items[i].title);
	return 0;
}
