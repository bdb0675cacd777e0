/*
 * test_csv_import.c: the one frame of the CSV imports (app/csv_import.c)
 * on a database of its own: the declared columns found by name or by
 * their other name, a missing one refused with its hint, every row stored
 * in one transaction or none, every bad row listed with its line (the
 * message with as many whole rows as it holds), and the finish that runs
 * only when every row was good.
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
#include "app/csv_import.h"
#include "base/err.h"
#include "model/participant.h"
#include "store/store.h"
#include "tmpdb.h"

struct fixture {
	struct tmpdb t;
	char csv[sizeof(((struct tmpdb *)0)->other)];
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct err err;

	assert_non_null(f);
	assert_int_equal(tmpdb_make(&f->t, "csvimport"), 0);
	snprintf(f->csv, sizeof(f->csv), "%s", tmpdb_path(&f->t, "in.csv"));
	if (app_init(f->t.db, "Samordningsförbundet Test", "222000-1990", &err) < 0)
		fail_msg("init: %s", err.msg);
	if (app_open(&f->st, f->t.db, 0, NULL, &err) < 0)
		fail_msg("open: %s", err.msg);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	app_close(f->st);
	tmpdb_remove(&f->t);
	free(f);
	return 0;
}

static void write_file(const char *path, const char *text)
{
	FILE *out = fopen(path, "w");

	assert_non_null(out);
	fputs(text, out);
	fclose(out);
}

/* The test's import: a name (required), an amount found as "belopp" or
 * "summa" (required), a note (optional). A row is good when its amount is
 * a number; it is stored as a line of the audit log, which is written in
 * the import's transaction like any record. */
enum { T_NAME, T_AMOUNT, T_NOTE, T__MAX };

static const struct app_csv_col cols[T__MAX] = {
	{ "namn", NULL, 1, NULL },
	{ "belopp", "summa", 1, "(behövs: namn, belopp)" },
	{ "anteckning", NULL, 0, NULL },
};

struct ctx {
	struct store *st;
	long rows, finished;
	int finish_fails;
	char seen[8][3][32];  /* the values of the first rows */
	long lines[8];
};

static int row(void *p, const char *const *v, long line, struct err *err)
{
	struct ctx *c = p;
	char *end;
	int k;

	if (c->rows < 8) {
		for (k = 0; k < T__MAX; k++)
			snprintf(c->seen[c->rows][k], sizeof(c->seen[0][0]), "%s", v[k]);
		c->lines[c->rows] = line;
	}
	c->rows++;
	strtol(v[T_AMOUNT], &end, 10);
	if (!*v[T_AMOUNT] || *end)
		return err_set(err, "beloppet '%s' är inget tal", v[T_AMOUNT]);
	return store_audit_add(c->st, "test", "importrad", v[T_NAME], v[T_AMOUNT], err);
}

static int finish(void *p, struct err *err)
{
	struct ctx *c = p;

	c->finished++;
	if (c->finish_fails)
		return err_set(err, "filen har inga rader som räknas");
	return store_audit_add(c->st, "test", "importslut", "", "", err);
}

/* The lines of the audit log the import wrote. */
static size_t logged(struct store *st)
{
	struct audit_entry *log = NULL;
	struct err err;
	size_t n = 0, i, count = 0;

	if (store_audit_list(st, &log, &n, &err) < 0)
		fail_msg("audit: %s", err.msg);
	for (i = 0; i < n; i++)
		count += strcmp(log[i].actor, "test") == 0;
	audit_release(log, n);
	return count;
}

static void test_good_rows_stored(void **state)
{
	struct fixture *f = *state;
	struct ctx c = { f->st, 0, 0, 0, { { { 0 } } }, { 0 } };
	struct app_csv_import im = { f->csv, cols, T__MAX, row, finish, &c, 0 };
	struct app_import_errors rows;
	struct err err;

	/* The columns in another order, the amount by its other name, no
	 * note column; a short row and an empty line. */
	write_file(f->csv, "Summa;Namn;Annat\n12;Anna;x\n\n7;Bo\n");
	app_import_errors_init(&rows);
	assert_int_equal(app_csv_import(f->st, &im, &rows, &err), 0);
	assert_int_equal(c.rows, 2);
	assert_int_equal(c.finished, 1);
	assert_string_equal(c.seen[0][T_NAME], "Anna");
	assert_string_equal(c.seen[0][T_AMOUNT], "12");
	assert_string_equal(c.seen[0][T_NOTE], "");
	assert_int_equal(c.lines[0], 2);
	assert_string_equal(c.seen[1][T_NAME], "Bo");
	assert_int_equal(c.lines[1], 4);
	assert_int_equal(rows.n, 0);
	assert_int_equal(rows.count, 0);
	assert_int_equal(im.cp1252, 0);
	assert_int_equal(logged(f->st), 3);   /* two rows and the finish */
	app_import_errors_release(&rows);
}

static void test_missing_column(void **state)
{
	struct fixture *f = *state;
	struct ctx c = { f->st, 0, 0, 0, { { { 0 } } }, { 0 } };
	struct app_csv_import im = { f->csv, cols, T__MAX, row, finish, &c, 0 };
	struct err err;
	char want[ERR_MSG_MAX];

	write_file(f->csv, "namn;anteckning\nAnna;x\n");
	assert_int_equal(app_csv_import(f->st, &im, NULL, &err), -1);
	snprintf(want, sizeof(want), "%s: kolumnen 'belopp' (summa) saknas i rubrikraden (behövs: namn, belopp)",
		 f->csv);
	assert_string_equal(err.msg, want);
	write_file(f->csv, "belopp\n1\n");
	assert_int_equal(app_csv_import(f->st, &im, NULL, &err), -1);
	snprintf(want, sizeof(want), "%s: kolumnen 'namn' saknas i rubrikraden", f->csv);
	assert_string_equal(err.msg, want);
	assert_int_equal(c.rows, 0);
	assert_int_equal(c.finished, 0);

	im.file = tmpdb_path(&f->t, "saknas.csv");
	assert_int_equal(app_csv_import(f->st, &im, NULL, &err), -1);
	assert_non_null(strstr(err.msg, "kan inte öppna"));
	assert_int_equal(logged(f->st), 0);
}

static void test_bad_rows_listed(void **state)
{
	struct fixture *f = *state;
	struct ctx c = { f->st, 0, 0, 0, { { { 0 } } }, { 0 } };
	struct app_csv_import im = { f->csv, cols, T__MAX, row, finish, &c, 0 };
	struct app_import_errors rows;
	struct err err;
	FILE *out;
	char want[ERR_MSG_MAX];
	int i;

	/* Good rows around 40 bad ones: every bad one is listed, none stored. */
	out = fopen(f->csv, "w");
	assert_non_null(out);
	fputs("namn;belopp\nFörst;1\n", out);
	for (i = 0; i < 40; i++)
		fprintf(out, "Rad %d;x%d\n", i, i);
	fputs("Sist;2\n", out);
	fclose(out);
	app_import_errors_init(&rows);
	assert_int_equal(app_csv_import(f->st, &im, &rows, &err), -1);
	assert_int_equal(c.rows, 42);
	assert_int_equal(c.finished, 0);
	assert_int_equal(rows.count, 40);
	assert_int_equal(rows.n, 40);
	for (i = 0; i < 40; i++) {
		snprintf(want, sizeof(want), "beloppet 'x%d' är inget tal", i);
		assert_int_equal(rows.v[i].line, i + 3);
		assert_string_equal(rows.v[i].msg, want);
	}
	snprintf(want, sizeof(want), "40 rader i %s är felaktiga; ingenting sparades:\n  %s, rad 3: beloppet 'x0' är inget tal\n",
		 f->csv, f->csv);
	assert_memory_equal(err.msg, want, strlen(want));
	/* As many whole rows as the message holds, then "...". */
	assert_true(strlen(err.msg) < ERR_MSG_MAX - 1);
	assert_string_equal(strrchr(err.msg, '\n'), "\n  ...");
	assert_non_null(strstr(err.msg, "är inget tal\n  ..."));
	assert_int_equal(logged(f->st), 0);
	app_import_errors_release(&rows);

	/* Without a list the message is the same. */
	assert_int_equal(app_csv_import(f->st, &im, NULL, &err), -1);
	assert_memory_equal(err.msg, want, strlen(want));
	assert_int_equal(logged(f->st), 0);
}

static void test_finish_refuses(void **state)
{
	struct fixture *f = *state;
	struct ctx c = { f->st, 0, 0, 1, { { { 0 } } }, { 0 } };
	struct app_csv_import im = { f->csv, cols, T__MAX, row, finish, &c, 0 };
	struct err err;

	write_file(f->csv, "namn;belopp\nAnna;1\nBo;2\n");
	assert_int_equal(app_csv_import(f->st, &im, NULL, &err), -1);
	assert_string_equal(err.msg, "filen har inga rader som räknas");
	assert_int_equal(c.rows, 2);
	assert_int_equal(c.finished, 1);
	assert_int_equal(logged(f->st), 0);   /* the rows before it are rolled back */
	/* Without a finish the same rows are stored. */
	im.finish = NULL;
	assert_int_equal(app_csv_import(f->st, &im, NULL, &err), 0);
	assert_int_equal(logged(f->st), 2);
}

static void test_list_capped(void **state)
{
	struct app_import_errors e;
	long i;

	(void)state;
	app_import_errors_init(&e);
	for (i = 0; i < APP_IMPORT_ERRORS_MAX + 5; i++)
		app_import_errors_add(&e, i + 2, "fel");
	assert_int_equal(e.n, APP_IMPORT_ERRORS_MAX);
	assert_int_equal(e.count, APP_IMPORT_ERRORS_MAX + 5);
	assert_int_equal(e.v[APP_IMPORT_ERRORS_MAX - 1].line, APP_IMPORT_ERRORS_MAX + 1);
	app_import_errors_release(&e);
	assert_int_equal(e.n, 0);
	assert_null(e.v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_good_rows_stored, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_column, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_rows_listed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_finish_refuses, setup, teardown),
		cmocka_unit_test(test_list_capped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
