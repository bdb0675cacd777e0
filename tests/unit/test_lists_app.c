/*
 * test_lists_app.c: the use cases over the searched lists, on the demo
 * förbund's books: the accounts of a year with opening balance, turnover
 * and closing balance, the verification search as a form gives it (the
 * fields read, a wrong one named, the pages counted), one verification,
 * and the intervention list's filters and orders.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "app/app.h"
#include "base/err.h"
#include "doc/doc.h"
#include "model/intervention.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb tmp;
static struct store *st;

static int setup(void **state)
{
	struct err err;
	int year;

	(void)state;
	if (tmpdb_make(&tmp, "lists") != 0)
		return -1;
	if (app_demo(tmp.db, TEST_DATA_DIR "/../../examples", NULL, &year, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	return app_open(&st, tmp.db, 0, NULL, &err);
}

static int teardown(void **state)
{
	(void)state;
	app_close(st);
	tmpdb_remove(&tmp);
	return 0;
}

static const struct doc_table *table(const struct doc *d, const char *key)
{
	size_t i;

	for (i = 0; i < d->body.n_children; i++)
		if (d->body.children[i]->table && d->body.children[i]->table->key &&
		    strcmp(d->body.children[i]->table->key, key) == 0)
			return d->body.children[i]->table;
	fail_msg("no table %s", key);
	return NULL;
}

static void test_accounts(void **state)
{
	struct err err;
	struct doc *d;
	const struct doc_table *t;
	size_t i;
	int found = 0;

	(void)state;
	d = app_books_accounts(st, 2025, &err);
	assert_non_null(d);
	t = table(d, "accounts");
	for (i = 0; i < t->n_rows; i++) {
		const struct doc_row *r = t->rows[i];

		if (strcmp(r->key, "1930") != 0)
			continue;
		found = 1;
		assert_string_equal(r->cells[1].text, "Företagskonto");
		assert_int_equal(r->cells[2].money, 75261590);
		assert_int_equal(r->cells[3].money, -15343887);
		assert_int_equal(r->cells[4].money, 75261590 - 15343887);
	}
	assert_true(found);
	doc_free(d);
	assert_null(app_books_accounts(st, 1999, &err));
	assert_string_equal(err.field, "year");
}

static void test_search(void **state)
{
	struct app_ver_query q;
	struct app_ver_result res;
	struct err err;
	struct doc *d;
	int year = 0, missing = 0;

	(void)state;
	memset(&q, 0, sizeof(q));
	assert_int_equal(app_ver_search(st, 2025, &q, &res, &err), 0);
	assert_int_equal(res.count, 54);
	assert_int_equal(res.pages, 2);
	assert_int_equal(res.n, 50);
	app_ver_result_release(&res);
	q.page = 2;
	assert_int_equal(app_ver_search(st, 2025, &q, &res, &err), 0);
	assert_int_equal(res.n, 4);
	assert_string_equal(res.hits[1].number, "52");
	app_ver_result_release(&res);
	/* As a form gives it: an amount in kronor with a space and a comma. */
	memset(&q, 0, sizeof(q));
	q.account = "2440";
	q.amount = "281 666,68";
	assert_int_equal(app_ver_search(st, 2025, &q, &res, &err), 0);
	assert_int_equal(res.count, 1);
	assert_int_equal(res.hits[0].debit, 28166668);
	d = app_ver_show(st, res.hits[0].id, &year, &missing, &err);
	assert_non_null(d);
	assert_int_equal(year, 2025);
	assert_string_equal(d->title, "Verifikation A 1");
	assert_int_equal(table(d, "transactions")->n_rows, 3);  /* two and the sum */
	doc_free(d);
	app_ver_result_release(&res);
	assert_null(app_ver_show(st, 99999999, &year, &missing, &err));
	assert_int_equal(missing, 1);
	/* Wrong fields are named. */
	memset(&q, 0, sizeof(q));
	q.from = "2025-02-30";
	assert_int_equal(app_ver_search(st, 2025, &q, &res, &err), -1);
	assert_string_equal(err.field, "from");
	memset(&q, 0, sizeof(q));
	q.from = "2025-06-01";
	q.to = "2025-05-01";
	assert_int_equal(app_ver_search(st, 2025, &q, &res, &err), -1);
	assert_string_equal(err.field, "to");
	memset(&q, 0, sizeof(q));
	q.amount = "mycket";
	assert_int_equal(app_ver_search(st, 2025, &q, &res, &err), -1);
	assert_string_equal(err.field, "amount");
	memset(&q, 0, sizeof(q));
	q.account = "19 30";
	assert_int_equal(app_ver_search(st, 2025, &q, &res, &err), -1);
	assert_string_equal(err.field, "account");
	memset(&q, 0, sizeof(q));
	assert_int_equal(app_ver_search(st, 1999, &q, &res, &err), -1);
	assert_string_equal(err.field, "year");
}

static void add_insats(const char *name, const char *owner, enum intervention_kind kind, struct date start,
		       struct date end)
{
	struct intervention iv;
	struct err err;

	memset(&iv, 0, sizeof(iv));
	snprintf(iv.name, sizeof(iv.name), "%s", name);
	snprintf(iv.owner, sizeof(iv.owner), "%s", owner);
	iv.kind = kind;
	iv.start = start;
	iv.end = end;
	if (store_intervention_add(st, &iv, &err) != 0)
		fail_msg("%s", err.msg);
}

/* The names of the page's interventions, joined by ", ". */
static const char *names(const struct app_insats_query *q, int64_t *count)
{
	static char buf[256];
	struct app_insats_page pg;
	const struct doc_table *t;
	struct err err;
	size_t i;

	if (app_insats_search(st, q, &pg, &err) != 0)
		fail_msg("%s", err.msg);
	*count = pg.count;
	t = table(pg.doc, "interventions");
	buf[0] = '\0';
	for (i = 0; i < t->n_rows; i++) {
		strcat(buf, i ? ", " : "");
		strcat(buf, t->rows[i]->cells[1].text);
	}
	doc_free(pg.doc);
	return buf;
}

static void test_insatser(void **state)
{
	struct app_insats_query q;
	struct app_insats_page pg;
	struct date none = { 0, 0, 0 };
	struct err err;
	int64_t n;

	(void)state;
	/* Today is far ahead of these: two ended, one without an end. */
	add_insats("Åter i arbete", "Region", INTERVENTION_INDIVIDUAL, (struct date){ 2020, 1, 1 },
		   (struct date){ 2021, 12, 31 });
	add_insats("Bryggan", "Dalby kommun", INTERVENTION_STRUCTURAL, (struct date){ 2022, 3, 1 },
		   (struct date){ 2023, 6, 30 });
	add_insats("Cirkeln", "Region", INTERVENTION_COMPETENCE, (struct date){ 2023, 1, 1 }, none);
	memset(&q, 0, sizeof(q));
	assert_string_equal(names(&q, &n), "Bryggan, Cirkeln, Åter i arbete");
	q.text = "åter";
	assert_string_equal(names(&q, &n), "Åter i arbete");
	q.text = "REGION";
	assert_string_equal(names(&q, &n), "Cirkeln, Åter i arbete");
	q.text = NULL;
	q.kind = "strukturinriktad";
	assert_string_equal(names(&q, &n), "Bryggan");
	q.kind = NULL;
	q.state = "pagaende";
	assert_string_equal(names(&q, &n), "Cirkeln");
	q.state = "avslutade";
	assert_string_equal(names(&q, &n), "Bryggan, Åter i arbete");
	q.state = NULL;
	q.year = "2023";
	assert_string_equal(names(&q, &n), "Bryggan, Cirkeln");
	q.year = NULL;
	q.sort = "start";
	assert_string_equal(names(&q, &n), "Cirkeln, Bryggan, Åter i arbete");
	q.sort = "slut";
	assert_string_equal(names(&q, &n), "Åter i arbete, Bryggan, Cirkeln");
	q.sort = NULL;
	q.per_page = 2;
	q.page = 2;
	assert_string_equal(names(&q, &n), "Åter i arbete");
	assert_int_equal(n, 3);
	q.year = "tjugo";
	assert_int_equal(app_insats_search(st, &q, &pg, &err), -1);
	assert_string_equal(err.field, "year");
	q.year = NULL;
	q.kind = "okänt";
	assert_int_equal(app_insats_search(st, &q, &pg, &err), -1);
	assert_string_equal(err.field, "kind");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_accounts),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_insatser),
	};

	setenv("FINSAM_TODAY", "2030-01-01", 1);
	return cmocka_run_group_tests(tests, setup, teardown);
}
