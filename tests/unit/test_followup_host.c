/*
 * test_followup_host.c: the national follow-up over the förbund of a host:
 * the sum row adds every förbund's figures, and has the members' grants
 * only when every förbund has them; the document says why a grants cell is
 * empty, and says nothing of it when none is.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "doc/doc.h"
#include "doc/reports.h"
#include "model/followup.h"

#define EMPTY_GRANTS "En tom ruta under Medlemmarnas driftbidrag"

/* Whether a paragraph of b or of its sections begins with text. */
static int has_paragraph(const struct doc_block *b, const char *text)
{
	size_t i;

	if (b->kind == DOC_BLOCK_PARAGRAPH && b->text && strncmp(b->text, text, strlen(text)) == 0)
		return 1;
	for (i = 0; i < b->n_children; i++)
		if (has_paragraph(b->children[i], text))
			return 1;
	return 0;
}

/* Two förbund, the second with grants or not. */
static void two(struct followup_host *h, struct followup_forbund rows[3], int second_has_grants)
{
	memset(h, 0, sizeof(*h));
	memset(rows, 0, 3 * sizeof(*rows));
	h->year = 2024;
	h->threshold = 5;
	h->rows = rows;
	h->n = 2;
	buf_init(&h->without);
	snprintf(rows[0].forbund, sizeof(rows[0].forbund), "alfa");
	snprintf(rows[0].people.name, sizeof(rows[0].people.name), "Samordningsförbundet Alfa");
	rows[0].people.c[FU_ENROLLED].n = 40;
	rows[0].budget = 100000;
	rows[0].outcome = 90000;
	rows[0].grants = 200000;
	rows[0].has_grants = 1;
	rows[0].equity = 30000;
	rows[0].grant = 200000;
	snprintf(rows[1].forbund, sizeof(rows[1].forbund), "beta");
	snprintf(rows[1].people.name, sizeof(rows[1].people.name), "Samordningsförbundet Beta");
	rows[1].people.c[FU_ENROLLED].n = 12;
	rows[1].budget = 50000;
	rows[1].outcome = 70000;
	rows[1].grants = second_has_grants ? 100000 : 0;
	rows[1].has_grants = second_has_grants;
	rows[1].equity = 10000;
	rows[1].grant = 100000;
}

static void test_sums_with_every_grant(void **state)
{
	struct followup_forbund rows[3];
	struct followup_host h;
	struct err err;
	struct doc *d;

	(void)state;
	two(&h, rows, 1);
	assert_int_equal(followup_host_total(&h, &err), 0);
	assert_string_equal(rows[2].people.name, "Summa");
	assert_int_equal(rows[2].people.c[FU_ENROLLED].n, 52);
	assert_int_equal(rows[2].budget, 150000);
	assert_int_equal(rows[2].outcome, 160000);
	assert_int_equal(rows[2].grants, 300000);
	assert_true(rows[2].has_grants);
	assert_int_equal(rows[2].equity, 40000);
	d = doc_followup_host(&h, NULL);
	assert_non_null(d);
	assert_false(has_paragraph(&d->body, EMPTY_GRANTS));
	assert_true(has_paragraph(&d->body, "Riktlinjen: eget kapital"));
	doc_free(d);
	buf_release(&h.without);
}

static void test_an_empty_grants_cell_is_explained(void **state)
{
	struct followup_forbund rows[3];
	struct followup_host h;
	struct err err;
	struct doc *d;

	(void)state;
	two(&h, rows, 0);
	assert_int_equal(followup_host_total(&h, &err), 0);
	assert_false(rows[2].has_grants);
	assert_int_equal(rows[2].budget, 150000);
	d = doc_followup_host(&h, "Region Syd");
	assert_non_null(d);
	assert_true(has_paragraph(&d->body, EMPTY_GRANTS));
	doc_free(d);
	buf_release(&h.without);
}

static void test_no_forbund_no_note(void **state)
{
	struct followup_forbund rows[1];
	struct followup_host h;
	struct err err;
	struct doc *d;

	(void)state;
	memset(&h, 0, sizeof(h));
	memset(rows, 0, sizeof(rows));
	h.year = 2024;
	h.rows = rows;
	buf_init(&h.without);
	assert_int_equal(followup_host_total(&h, &err), 0);
	assert_false(rows[0].has_grants);
	d = doc_followup_host(&h, NULL);
	assert_non_null(d);
	assert_false(has_paragraph(&d->body, EMPTY_GRANTS));
	doc_free(d);
	buf_release(&h.without);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sums_with_every_grant),
		cmocka_unit_test(test_an_empty_grants_cell_is_explained),
		cmocka_unit_test(test_no_forbund_no_note),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
