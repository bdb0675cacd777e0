/*
 * test_app_web_forms.c: the use cases the director's web forms call: a
 * text from a form (checked as a file's is, stored and logged), its
 * preview through the documents' Markdown reading without storing
 * anything, the survey answers listed per group and intervention, an SIE
 * file read in under the web user's name and the browser's file name (and
 * nothing logged when it fails), and goal errors that name the field at
 * fault and no command-line option.
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
#include "model/survey.h"
#include "render/render.h"
#include "tmpdb.h"

#define EXAMPLE TEST_DATA_DIR "/../../examples/norrdalen-2025.se"

struct fixture {
	struct tmpdb t;
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct app_import_result res;
	struct err err;

	assert_non_null(f);
	assert_int_equal(tmpdb_make(&f->t, "forms"), 0);
	setenv("FINSAM_TODAY", "2026-03-15", 1);
	if (app_import_sie(f->t.db, EXAMPLE, NULL, &res, &err) < 0)
		fail_msg("import: %s", err.msg);
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
	unsetenv("FINSAM_TODAY");
	free(f);
	return 0;
}

/* The audit log as JSON (the caller frees it). */
static char *audit_json(struct store *st)
{
	struct err err;
	struct doc *d = app_report_audit(st, &err);
	char *s = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&s, &n);

	assert_non_null(d);
	assert_non_null(out);
	assert_int_equal(render_doc(d, RENDER_JSON, out, &err), 0);
	fclose(out);
	doc_free(d);
	return s;
}

static void test_text_put(void **state)
{
	struct fixture *f = *state;
	struct err err;
	char *md = NULL, *log;

	assert_int_equal(app_text_put(f->st, "nope", 2025, "Text", &err), -1);
	assert_string_equal(err.field, "section");
	assert_int_equal(app_text_put(f->st, "economy", 2025, " \n\t ", &err), -1);
	assert_string_equal(err.field, "markdown");
	assert_null(strstr(err.msg, "--"));
	assert_int_equal(app_text_put(f->st, "economy", 2025, "Trasig \xff text", &err), -1);
	assert_string_equal(err.field, "markdown");
	assert_int_equal(app_text_find(f->st, "economy", 2025, &md, &err), 0);
	assert_null(md);

	assert_int_equal(app_text_put(f->st, "economy", 2025, "Förbundet höll **budgeten**.", &err), 0);
	assert_int_equal(app_text_find(f->st, "economy", 2025, &md, &err), 0);
	assert_string_equal(md, "Förbundet höll **budgeten**.");
	free(md);
	log = audit_json(f->st);
	assert_non_null(strstr(log, "skriv text"));
	free(log);
}

static void test_text_preview(void **state)
{
	struct err err;
	struct doc *d;
	const struct doc_block *sec;
	size_t n, i;
	const struct app_text_section *s = app_text_sections(&n);

	(void)state;
	/* Every section has a title, and the documents it is printed in. */
	assert_true(n >= 12);
	for (i = 0; i < n; i++) {
		assert_string_equal(app_text_title(s[i].key), s[i].title);
		assert_true(strlen(s[i].documents) > 0);
	}
	d = app_text_preview("economy", "## Hushållning\n\nFörbundet höll *budgeten*.", 1, &err);
	assert_non_null(d);
	assert_int_equal(d->body.n_children, 1);
	sec = d->body.children[0];
	assert_int_equal(sec->kind, DOC_BLOCK_SECTION);
	assert_string_equal(sec->text, "God ekonomisk hushållning och ekonomisk ställning");
	assert_int_equal(sec->n_children, 1);
	assert_string_equal(sec->children[0]->text, "Hushållning");
	assert_string_equal(sec->children[0]->children[0]->text, "Förbundet höll budgeten.");
	doc_free(d);
	/* Without the title the text stands in the body. */
	d = app_text_preview("economy", "Ett stycke.", 0, &err);
	assert_non_null(d);
	assert_int_equal(d->body.n_children, 1);
	assert_int_equal(d->body.children[0]->kind, DOC_BLOCK_PARAGRAPH);
	doc_free(d);
	assert_null(app_text_preview("nope", "x", 1, &err));
	assert_null(app_text_preview("economy", "\xff", 1, &err));
}

static void test_survey_batches(void **state)
{
	struct fixture *f = *state;
	struct app_survey_import res;
	struct app_survey_batch *b = NULL;
	struct err err;
	const char *path = tmpdb_path(&f->t, "svar.csv");
	size_t n = 0;
	FILE *out;

	out = fopen(path, "w");
	assert_non_null(out);
	fputs("år;grupp;fråga;frågetext;kön;1;2;3;4;5;6\n"
	      "2025;personal;C1;Fråga ett;kvinna;0;1;3;8;6;4\n"
	      "2025;personal;C1;Fråga ett;man;0;2;2;5;4;3\n"
	      "2025;deltagare avslut;A1;Fråga två;kvinna;1;1;1;1;1;1\n",
	      out);
	fclose(out);
	assert_int_equal(app_survey_batches(f->st, 2025, &b, &n, &err), 0);
	assert_int_equal(n, 0);
	free(b);
	assert_int_equal(app_import_survey(f->st, path, 0, &res, &err), 0);
	assert_int_equal(res.year, 2025);
	assert_int_equal(app_survey_batches(f->st, 2025, &b, &n, &err), 0);
	assert_int_equal(n, 2);
	/* By group: the participants at exit before the staff. */
	assert_int_equal(b[0].group, SURVEY_PARTICIPANTS_EXIT);
	assert_int_equal(b[0].lines, 1);
	assert_int_equal(b[0].answers, 6);
	assert_int_equal(b[1].group, SURVEY_STAFF);
	assert_int_equal(b[1].lines, 2);
	assert_int_equal(b[1].answers, 22 + 16);
	assert_int_equal(b[1].intervention_id, 0);
	assert_string_equal(b[1].insats, "");
	free(b);
	assert_int_equal(app_survey_batches(f->st, 2024, &b, &n, &err), 0);
	assert_int_equal(n, 0);
	free(b);
}

static void test_import_sie_as(void **state)
{
	struct fixture *f = *state;
	struct app_import_result res;
	struct err err;
	const char *path = tmpdb_path(&f->t, "trasig.se");
	char *log;
	FILE *out;

	out = fopen(path, "w");
	assert_non_null(out);
	fputs("#FLAGGA 0\n#SIETYP 4\n#ORGNR 222000-3129\n#RAR 0 20250101 20251231\n#KONTO 1930 \"Trasigt\"\n"
	      "#VER A 1 20250601 \"Obalanserad\"\n{\n#TRANS 1930 {} 100.00\n#TRANS 4010 {} -50.00\n}\n",
	      out);
	fclose(out);
	app_close(f->st);
	f->st = NULL;
	assert_int_equal(app_import_sie_as(f->t.db, "anna", path, "min-fil.se", NULL, &res, &err), -1);
	assert_non_null(strstr(err.msg, "min-fil.se, rad 6"));
	assert_null(strstr(err.msg, path));
	assert_int_equal(app_import_sie_as(f->t.db, "anna", EXAMPLE, "bokslut.se", NULL, &res, &err), 0);
	assert_int_equal(res.year, 2025);
	assert_int_equal(app_open(&f->st, f->t.db, 0, NULL, &err), 0);
	log = audit_json(f->st);
	assert_non_null(strstr(log, "läs in bokföring"));
	assert_non_null(strstr(log, "bokslut.se"));
	assert_non_null(strstr(log, "\"anna\""));
	/* The failed import left no line. */
	assert_null(strstr(log, "min-fil.se"));
	free(log);
}

static void test_goal_fields(void **state)
{
	struct fixture *f = *state;
	struct app_result_fields rf;
	struct err err;
	char ref[16];
	int number;

	assert_int_equal(app_goal_add(f->st, 2025, NULL, "", "individ", NULL, &number, &err), -1);
	assert_string_equal(err.field, "title");
	assert_null(strstr(err.msg, "--"));
	assert_int_equal(app_goal_add(f->st, 2025, NULL, "Mål", "hav", NULL, &number, &err), -1);
	assert_string_equal(err.field, "area");
	assert_int_equal(app_goal_add(f->st, 2025, NULL, "Mål", "individ", NULL, &number, &err), 0);
	memset(&rf, 0, sizeof(rf));
	rf.text = "";
	assert_int_equal(app_goal_result_add(f->st, 2025, "1", &rf, ref, sizeof(ref), &err), -1);
	assert_string_equal(err.field, "text");
	rf.text = "Resultat";
	rf.target = "många";
	assert_int_equal(app_goal_result_add(f->st, 2025, "1", &rf, ref, sizeof(ref), &err), -1);
	assert_string_equal(err.field, "target");
	rf.target = NULL;
	rf.indicator = "attendees";
	rf.insats = "Finns inte";
	assert_int_equal(app_goal_result_add(f->st, 2025, "1", &rf, ref, sizeof(ref), &err), -1);
	assert_string_equal(err.field, "insats");
	assert_int_equal(app_goal_assess(f->st, 2025, "1", "Helår", "uppfyllt", "4", NULL, &err), -1);
	assert_string_equal(err.field, "value");
	assert_null(strstr(err.msg, "--"));
	assert_int_equal(app_goal_assess(f->st, 2025, "1", "Sommar", "uppfyllt", NULL, NULL, &err), -1);
	assert_string_equal(err.field, "period");
	assert_int_equal(app_goal_assess(f->st, 2025, "1", "Delår", "uppfyllt", NULL, NULL, &err), 0);
	assert_int_equal(app_goal_assessment_remove(f->st, 2025, "1", "Delår", &err), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_put, setup, teardown),
		cmocka_unit_test(test_text_preview),
		cmocka_unit_test_setup_teardown(test_survey_batches, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_sie_as, setup, teardown),
		cmocka_unit_test_setup_teardown(test_goal_fields, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
