/*
 * test_import_sie_errors.c: an SIE import finds every error of its file,
 * the reader's and the import's own checks of records (a balance for a
 * year the file has no #RAR for) alike, hands each to the progress with
 * its line, and stores nothing: a database it would have created is not
 * left behind, an existing one keeps its books.
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
#include "store/store.h"
#include "tmpdb.h"

#define EXAMPLE TEST_DATA_DIR "/../../examples/norrdalen-2025.se"

static struct tmpdb tmp = { .name = "sie-errors" };

struct seen {
	int n;
	char msg[8][256];
};

/* Each error as the file's name, line and column (err_where) and what is
 * wrong: the callback gets them apart. */
static void on_error(void *ctx, long line, long col, const char *msg)
{
	struct seen *s = ctx;
	char where[128];

	err_where(where, sizeof(where), "bok.se", line, col);
	if (s->n < 8)
		snprintf(s->msg[s->n], sizeof(s->msg[0]), "%s%s", where, msg);
	s->n++;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* Finds account "3010"'s name. */
static int find_3010(void *ctx, const struct account *a, struct err *err)
{
	(void)err;
	if (strcmp(a->number, "3010") == 0)
		snprintf(ctx, 200, "%s", a->name);
	return 0;
}

static const char broken[] =
	"#FLAGGA 0\n#SIETYP 4\n#FNAMN \"Förbundet\"\n#ORGNR 222000-3129\n"
	"#RAR 0 20250101 20251231\n"
	"#KONTO 1930 \"Bank\"\n"                      /* 6 */
	"#IB -1 1930 100.00\n"                        /* 7: no #RAR -1 */
	"#VER A 1 20250230 \"Fel datum\"\n"           /* 8: no such date */
	"{\n#TRANS 1930 {} 100.00\n#TRANS 3010 {} -100.00\n}\n"
	"#KONTO 3010 \"Trasigt konto\"\n"             /* 13 */
	"#UB -2 1930 5.00\n";                          /* 14: no #RAR -2 */

static void test_every_error_new_database(void **state)
{
	const char *db = tmp.db, *path = tmpdb_path(&tmp, "bok.se");
	struct seen seen = { 0 };
	struct app_progress progress = { .ctx = &seen, .error = on_error };
	struct app_import_result res;
	struct err err;

	(void)state;
	write_file(path, broken);
	assert_int_equal(app_import_sie_as(db, "anna", path, "bok.se", &progress, &res, &err), -1);
	assert_int_equal(res.errors, 3);
	assert_int_equal(seen.n, 3);
	assert_string_equal(seen.msg[0], "bok.se, rad 7: årsnummer -1 har inget räkenskapsår (#RAR -1 saknas)");
	assert_string_equal(seen.msg[1], "bok.se, rad 8, kolumn 10: ogiltigt datum '20250230'");
	assert_string_equal(seen.msg[2], "bok.se, rad 14: årsnummer -2 har inget räkenskapsår (#RAR -2 saknas)");
	assert_string_equal(err.msg, "3 fel i bok.se; ingenting lästes in:\n"
			    "  bok.se, rad 7: årsnummer -1 har inget räkenskapsår (#RAR -1 saknas)\n"
			    "  bok.se, rad 8, kolumn 10: ogiltigt datum '20250230'\n"
			    "  bok.se, rad 14: årsnummer -2 har inget räkenskapsår (#RAR -2 saknas)");
	/* the database it would have created is gone */
	assert_int_equal(access(db, F_OK), -1);
}

static void test_existing_books_kept(void **state)
{
	const char *db = tmp.db, *path = tmpdb_path(&tmp, "bok.se");
	struct seen seen = { 0 };
	struct app_progress progress = { .ctx = &seen, .error = on_error };
	struct app_import_result res;
	struct store *st;
	struct err err;
	char name[200] = "";

	(void)state;
	setenv("FINSAM_TODAY", "2026-03-15", 1);
	if (app_import_sie(db, EXAMPLE, NULL, &res, &err) < 0)
		fail_msg("import: %s", err.msg);
	write_file(path, broken);
	assert_int_equal(app_import_sie_as(db, "anna", path, "bok.se", &progress, &res, &err), -1);
	assert_int_equal(seen.n, 3);
	/* the account the broken file renames keeps its name */
	assert_int_equal(app_open(&st, db, 0, NULL, &err), 0);
	assert_int_equal(store_account_each(st, find_3010, name, &err), 0);
	assert_true(name[0] != '\0');
	assert_string_not_equal(name, "Trasigt konto");
	app_close(st);

	/* one error: exactly the message as it always was, no summary */
	seen.n = 0;
	write_file(path, "#FLAGGA 0\n#RAR 0 20250101 20251231\n#IB 0 1930 1,5\n");
	assert_int_equal(app_import_sie_as(db, "anna", path, "bok.se", &progress, &res, &err), -1);
	assert_int_equal(seen.n, 1);
	assert_int_equal(res.errors, 1);
	assert_string_equal(err.msg, "bok.se, rad 3, kolumn 12: kan inte tolka beloppet '1,5'");
	assert_string_equal(seen.msg[0], err.msg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_every_error_new_database, &tmp),
		TMPDB_TEST(test_existing_books_kept, &tmp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
